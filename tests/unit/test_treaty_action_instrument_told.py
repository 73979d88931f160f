"""The instrument a text names settles the act its title only called joining: "Chile joins the
statute" over a body that says Chile deposited its instrument of accession is one accession, not
an undated ratification as well. And a passive deposit by a possessive state with no treaty named
("Canada's instrument of accession was deposited this morning") is of the treaty the text has
already given that state the act on."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry

_TITLE_THEN_BODY = [
    (
        "The Maldives joins the Rome Statute\n\nMalé, 22 September 2011\n\nYesterday the Maldives "
        "deposited its instrument of accession to the Rome Statute with the Secretary-General.",
        "state/mdv",
        "treaty/rome-statute",
    ),
    (
        "Tuvalu joins the Convention on the Rights of Persons with Disabilities\n\n"
        "Funafuti, 19 December 2013\n\nTuvalu acceded to the Convention on the Rights of Persons "
        "with Disabilities on 18 December 2013.",
        "state/tuv",
        "treaty/crpd",
    ),
]


@pytest.mark.parametrize(("text", "state", "treaty"), _TITLE_THEN_BODY)
def test_a_title_s_joining_is_the_accession_the_body_names(
    registry: Registry, text: str, state: str, treaty: str
) -> None:
    found = {(a[0], a[1], a[2]) for a in treaty_actions(registry, text, "2013-12-19")}
    assert ("Accession", state, treaty) in found
    assert ("Ratification", state, treaty) not in found


def test_joining_stays_a_ratification_where_no_instrument_is_named(registry: Registry) -> None:
    text = (
        "Benin joins the Convention on Cluster Munitions\n\n"
        "Benin has joined the Convention on Cluster Munitions."
    )
    found = {(a[0], a[1], a[2]) for a in treaty_actions(registry, text)}
    assert ("Ratification", "state/ben", "treaty/convention-on-cluster-munitions") in found


def test_a_dated_ratification_is_never_taken_back(registry: Registry) -> None:
    text = (
        "Chile ratified the Escazú Agreement on 13 June 2022. Chile acceded to the Convention on "
        "Cluster Munitions in 2010."
    )
    assert ("Ratification", "state/chl", "treaty/escazu-agreement", "2022-06-13", "-") in treaty_actions(
        registry, text
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Briefing on Canada's accession to the Optional Protocol to the Convention on the Rights "
            "of Persons with Disabilities\n\nOttawa, 3 December 2018\n\nOfficials: Jane Roe, director; "
            "John Doe, legal officer.\n\nQ: What happened?\n\nThe provinces had all agreed by "
            "then.\n\nJane Roe: Canada's instrument of accession was deposited with the "
            "Secretary-General in New York this morning.",
            "2018-12-03",
            ("Accession", "state/can", "treaty/crpd-op", "2018-12-03", "-"),
        ),
        (
            "Statement on Ghana's ratification of the Arms Trade Treaty\n\nAccra, 22 December 2015\n\n"
            "The ministry thanks the parliament. It also recalls the work of civil society over many "
            "years. Several ministries took part.\n\nGhana's instrument of ratification was lodged with "
            "the depositary yesterday.",
            "2015-12-22",
            ("Ratification", "state/gha", "treaty/arms-trade-treaty", "2015-12-21", "-"),
        ),
    ],
)
def test_a_possessive_deposit_is_of_the_treaty_already_told(
    registry: Registry, text: str, published: str, expected: tuple[str, str, str, str, str]
) -> None:
    assert expected in treaty_actions(registry, text, published)


def test_a_possessive_deposit_with_two_treaties_told_names_neither(registry: Registry) -> None:
    text = (
        "Chile's accession to the Convention against Torture and Chile's accession to the Convention "
        "on the Rights of the Child were debated.\n\nAfter a long debate the vote was held. Several "
        "deputies abstained. The session closed late.\n\nChile's instrument of accession was "
        "deposited yesterday."
    )
    dated = {a for a in treaty_actions(registry, text) if a[3] != "-"}
    assert not dated
