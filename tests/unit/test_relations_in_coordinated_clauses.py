"""Standings and establishments told in coordination: "A and B are both parties to X", "A, B and C
are all parties to X", and a treaty whose own event comes first ("entered into force in 1987 and
created the Committee"); with another actor after "and" that sets nothing up for the treaty."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG


def _relations(registry: Registry, text: str, predicate: str) -> set[tuple[str, str]]:
    facts = facts_of(registry, "Headline\n\nGENEVA, 3 March 2019 - " + text, "2019-03-03")
    return {(node, obj) for node, props in facts.items() for obj in props.get(predicate, set())}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guinea and the Democratic Republic of the Congo are both parties to the Covenant on Civil and "
            "Political Rights.",
            {("state/gin", "treaty/iccpr"), ("state/cod", "treaty/iccpr")},
        ),
        (
            "Kenya, Uganda and Tanzania are all parties to the African Charter on Human and Peoples' Rights.",
            {("state/ken", "treaty/achpr"), ("state/uga", "treaty/achpr"), ("state/tza", "treaty/achpr")},
        ),
    ],
)
def test_both_and_all_parties(text: str, expected: set[tuple[str, str]], registry: Registry) -> None:
    assert _relations(registry, text, TG.partyTo) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Convention against Torture entered into force in 1987 and created the Committee against "
            "Torture.",
            {("treaty/un-cat", "org/un-cat-committee")},
        ),
        (
            "The Optional Protocol to the Convention against Torture was adopted in 2002 and set up the "
            "Subcommittee on Prevention of Torture.",
            {("treaty/opcat", "org/un-spt")},
        ),
        (
            "The Convention against Torture entered into force in 1987 and Peru created a national "
            "committee.",
            set(),
        ),
    ],
)
def test_the_treaty_that_came_into_force_and_set_up_a_body(
    text: str, expected: set[tuple[str, str]], registry: Registry
) -> None:
    assert _relations(registry, text, TG.establishes) == expected
