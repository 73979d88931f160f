"""States' acts on a treaty set out as a fact sheet's rows under a heading, and "was the first
to do so" after another state's act."""

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
