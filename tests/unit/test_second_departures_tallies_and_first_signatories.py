"""A state that leaves a second treaty in the next sentence ("it also denounced ..., a
denunciation that took effect on D"), a government acting after a long opening phrase, the
states a list names as the first to act, a tally told later in the vote's clause, and an entry
into force dated between its noun and its treaty."""

from __future__ import annotations

import pytest
from readings import counts_of, domestic_steps, facts_of, statements, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def test_a_second_treaty_left_keeps_its_own_effect(registry: Registry) -> None:
    text = (
        "Jamaica acceded to the Optional Protocol to the International Covenant on Civil and Political "
        "Rights in 1975. Worried by delays in death-row appeals, the government denounced the Protocol "
        "on 23 October 1997.\n\n"
        "On the same date it also denounced the American Convention on Human Rights, a denunciation "
        "that took effect on 23 October 1998."
    )
    found = {a for a in treaty_actions(registry, text, "2000-01-01") if a[0] == "Denunciation"}
    assert found == {
        ("Denunciation", "state/jam", "treaty/iccpr-op1", "1997-10-23", "-"),
        ("Denunciation", "state/jam", "treaty/achr", "1997-10-23", "1998-10-23"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia was the first country to sign the Istanbul Convention.",
            {("Signature", "state/geo", "treaty/cets-210", "-", "-")},
        ),
        (
            "Chile, Peru and Uruguay were among the first states to ratify the Convention on the Rights "
            "of Persons with Disabilities.",
            {
                ("Ratification", "state/chl", "treaty/crpd", "-", "-"),
                ("Ratification", "state/per", "treaty/crpd", "-", "-"),
                ("Ratification", "state/ury", "treaty/crpd", "-", "-"),
            },
        ),
        (
            "Albania had been the first state to sign the Istanbul Convention, when it was opened for "
            "signature on 11 May 2011.",
            {("Signature", "state/alb", "treaty/cets-210", "2011-05-11", "-")},
        ),
        # a sign, not signing; a refusal, not an act
        ("It was a sign that Georgia would ratify the Istanbul Convention.", set()),
        ("Georgia refused to sign the Istanbul Convention in 2012.", set()),
    ],
)
def test_the_first_to_sign_or_ratify(registry: Registry, text: str, expected: set[tuple[str, ...]]) -> None:
    assert {a for a in treaty_actions(registry, text) if a[0] in ("Signature", "Ratification")} == expected


def test_an_entry_into_force_dated_before_its_treaty(registry: Registry) -> None:
    text = (
        "GENEVA, 1 July 2003 - The Committee welcomes the entry into force today of the International "
        "Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families."
    )
    assert ("EntryIntoForce", "-", "treaty/icmw", "2003-07-01", "-") in treaty_actions(
        registry, text, "2003-07-01"
    )


def test_a_tally_told_later_in_the_clause_counts_the_vote(registry: Registry) -> None:
    text = (
        "Gambia's National Assembly voted on 12 October 2016 to leave the Rome Statute, with 50 "
        "lawmakers in favour, 3 against and 2 abstentions."
    )
    facts = facts_of(registry, text, "2016-10-20")
    votes = {
        (min(p[TG.votesFor]), min(p[TG.votesAgainst]))
        for p in facts.values()
        if TG.ParliamentaryApproval in p.get(RDF.type, set()) and TG.votesFor in p
    }
    assert votes == {("50", "3")}


def test_a_tally_against_the_act_is_no_approval(registry: Registry) -> None:
    text = (
        "The Senate of Chile voted on the Istanbul Convention on 3 May 2016, with 12 senators in favour "
        "and 40 against."
    )
    assert not {s for s in domestic_steps(registry, text, "2016-05-04") if s[0] == "ParliamentaryApproval"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GENEVA, 1 July 2003 - High Commissioner Sergio Vieira called the entry into force "
            '"a milestone".',
            {("person/sergio-vieira", "a milestone")},
        ),
        (
            'LIMA, 1 July 2003 - Human rights lawyer Rosa Quispe disagreed: "The country closed a door."',
            {("person/rosa-quispe", "The country closed a door")},
        ),
    ],
)
def test_words_put_on_a_long_object_and_a_quotation_after_disagreeing(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert statements(registry, text) == expected


def test_what_a_departure_leaves_behind_counts_the_parties_of_the_treaty_left(registry: Registry) -> None:
    text = (
        "Gambia withdrew from the Rome Statute. Gambia, which ratified the statute in 2002, leaves "
        "behind 120 states parties."
    )
    assert counts_of(registry, text) == {("treaty/rome-statute", "states parties", 120)}
