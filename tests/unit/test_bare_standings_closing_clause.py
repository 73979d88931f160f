"""A state's standing told with nothing after it: "Canada and the United States have not become
parties.", "Chile remains outside." The treaty is the one the text has been about; where the
sentences before name two, or the clause goes on, no standing is read."""

from __future__ import annotations

import pytest
from readings import standings

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Belem do Para Convention has 32 parties. "
            "Canada and the United States have not become parties.",
            {
                ("state/can", "notPartyTo", "treaty/belem-do-para"),
                ("state/usa", "notPartyTo", "treaty/belem-do-para"),
            },
        ),
        (
            "Kenya ratified the Arms Trade Treaty in 2014. Uganda has never become a party.",
            {("state/uga", "notPartyTo", "treaty/arms-trade-treaty")},
        ),
        (
            "Bolivia ratified the Rome Statute in 2002. Chile remains outside.",
            {("state/chl", "notPartyTo", "treaty/rome-statute")},
        ),
        (
            "Bolivia ratified the Rome Statute in 2002. Chile, which signed in 1998, remains outside.",
            {("state/chl", "notPartyTo", "treaty/rome-statute")},
        ),
    ],
)
def test_a_standing_closing_its_clause_is_towards_the_treaty_told(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert standings(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two treaties told: which one is not said
        "Bolivia ratified the Rome Statute in 2002 and the Arms Trade Treaty in 2014. Chile remains outside.",
        "The Arms Trade Treaty and the Convention on Cluster Munitions were adopted. "
        "Canada has not become a party.",
        # the clause goes on: what it stays outside of may follow
        "Bolivia ratified the Rome Statute in 2002. Chile remains outside the European Union's scheme.",
    ],
)
def test_no_bare_standing_without_one_treaty(registry: Registry, text: str) -> None:
    assert not {s for s in standings(registry, text) if s[0] == "state/chl" or s[0] == "state/can"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Convention on Cluster Munitions has 111 parties. Russia, a major producer, has not "
            "signed the convention.",
            {("state/rus", "notPartyTo", "treaty/convention-on-cluster-munitions")},
        ),
        (
            "The Convention on Cluster Munitions has 111 parties. The United States, Russia, China and "
            "Israel, all major producers or users, have not signed.",
            {
                (f"state/{k}", "notPartyTo", "treaty/convention-on-cluster-munitions")
                for k in ("usa", "rus", "chn", "isr")
            },
        ),
    ],
)
def test_not_signed_past_an_apposition_on_the_subject(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert standings(registry, text) == expected


def test_a_relative_clause_is_no_apposition(registry: Registry) -> None:
    text = "The Convention on Cluster Munitions has 111 parties. Russia, which has not signed it, said so."
    assert standings(registry, text) == set()
