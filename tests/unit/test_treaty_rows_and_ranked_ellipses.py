"""States' acts on a treaty set out as a fact sheet's rows under a heading, "was the first to do
so" and "followed by X in D" after another state's act, two treaties as one subject, and "both
instruments" for the two treaties named before."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry

_ACCESSIONS = """Fact sheet: Central Asia and refugee protection

Accessions to the 1951 Convention and 1967 Protocol (state – date – notes)
- Tajikistan – 7 December 1993 – first in the region
- Kazakhstan – 15 January 1999
- Uzbekistan – not a party – informal arrangement since 1999
"""


def test_rows_under_a_heading_naming_the_act_and_the_treaties(registry: Registry) -> None:
    actions = treaty_actions(registry, _ACCESSIONS, "2022-01-01")
    assert {
        ("Accession", "state/tjk", "treaty/refugee-convention", "1993-12-07", "-"),
        ("Accession", "state/tjk", "treaty/refugee-protocol", "1993-12-07", "-"),
        ("Accession", "state/kaz", "treaty/refugee-convention", "1999-01-15", "-"),
        ("Accession", "state/kaz", "treaty/refugee-protocol", "1999-01-15", "-"),
    } <= actions
    assert not {a for a in actions if a[1] == "state/uzb"}


def test_rows_with_their_verb_under_a_heading_above_the_treaty(registry: Registry) -> None:
    text = (
        "Fact sheet: Belgium v. Senegal\n\nThe treaty at issue\n"
        "- Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (1984)\n"
        "- Senegal: ratified 21 August 1986\n- Belgium: ratified 25 June 1999\n"
    )
    actions = treaty_actions(registry, text, "2022-07-01")
    assert ("Ratification", "state/sen", "treaty/un-cat", "1986-08-21", "-") in actions
    assert ("Ratification", "state/bel", "treaty/un-cat", "1999-06-25", "-") in actions


def test_rows_under_a_heading_naming_two_acts_say_nothing(registry: Registry) -> None:
    text = (
        "The Convention against Torture\n\nSignatures and ratifications\n"
        "- Senegal: 4 February 1985\n- Belgium: 25 June 1999\n"
    )
    assert not {a for a in treaty_actions(registry, text) if a[1] in ("state/sen", "state/bel")}


def test_rows_under_a_heading_naming_no_act_say_nothing(registry: Registry) -> None:
    text = "The Convention against Torture\n\nReviews by the Committee\n- Senegal: 4 February 1985\n"
    assert not {a for a in treaty_actions(registry, text) if a[1] == "state/sen"}


def test_the_first_to_do_so_is_the_act_of_the_clause_before(registry: Registry) -> None:
    text = (
        "Slovenia ratified the Lanzarote Convention in 2013. Norway was the first to do so, on 12 March 2009."
    )
    assert ("Ratification", "state/nor", "treaty/cets-201", "2009-03-12", "-") in treaty_actions(
        registry, text
    )


def test_a_state_followed_by_another_with_its_own_date(registry: Registry) -> None:
    text = (
        "The torture convention now binds the Gulf. Kuwait acceded to it in 1996 and Bahrain in 1998, "
        "followed by Qatar in January 2000."
    )
    assert ("Accession", "state/qat", "treaty/un-cat", "2000-01", "-") in treaty_actions(registry, text)


def test_followed_by_something_else_than_a_state_is_no_act(registry: Registry) -> None:
    text = "Denmark ratified the Convention against Torture in 1987, followed by protests in Norway in 1988."
    assert not {a for a in treaty_actions(registry, text) if a[1] == "state/nor"}


def test_two_treaties_as_the_subject_enter_into_force_together(registry: Registry) -> None:
    text = "The Refugee Convention and its 1967 Protocol entered into force for Nauru on 26 September 2011."
    actions = treaty_actions(registry, text)
    assert ("EntryIntoForce", "state/nru", "treaty/refugee-convention", "2011-09-26", "-") in actions
    assert ("EntryIntoForce", "state/nru", "treaty/refugee-protocol", "2011-09-26", "-") in actions


def test_both_instruments_are_the_two_treaties_named_before(registry: Registry) -> None:
    text = (
        "The Refugee Convention and its 1967 Protocol are the core of protection. Both instruments "
        "entered into force for Nauru on 26 September 2011."
    )
    actions = treaty_actions(registry, text)
    assert ("EntryIntoForce", "state/nru", "treaty/refugee-convention", "2011-09-26", "-") in actions
    assert ("EntryIntoForce", "state/nru", "treaty/refugee-protocol", "2011-09-26", "-") in actions


def test_the_instruments_may_be_those_of_ratification(registry: Registry) -> None:
    text = (
        "The Refugee Convention and its 1967 Protocol are the core of protection. The instruments "
        "entered into force for Nauru on 26 September 2011."
    )
    assert not {a for a in treaty_actions(registry, text) if a[0] == "EntryIntoForce"}


_OWN_ACTS = """Fact sheet: Malawi and the core human rights treaties

Malawi has been a party to most core treaties since 1994. Key dates:

- Convention on the Elimination of All Forms of Discrimination against Women: acceded 12 March 1987.
- Convention against Torture: acceded 11 June 1996.
- Optional Protocol to the Convention against Torture: not yet ratified.
"""


def test_rows_of_a_text_about_one_state_are_its_own_acts(registry: Registry) -> None:
    actions = treaty_actions(registry, _OWN_ACTS, "2021-09-10")
    assert ("Accession", "state/mwi", "treaty/cedaw", "1987-03-12", "-") in actions
    assert ("Accession", "state/mwi", "treaty/un-cat", "1996-06-11", "-") in actions
    assert not {a for a in actions if a[2] == "treaty/opcat"}


def test_rows_of_a_text_about_two_states_are_no_ones(registry: Registry) -> None:
    text = _OWN_ACTS.replace("since 1994.", "since 1994, as has Zambia.")
    assert not {a for a in treaty_actions(registry, text, "2021-09-10") if a[2] == "treaty/cedaw"}
