"""Votes won by candidates as a transcript or a wire gives them: a person named with the state
that put them forward ("Ana Silva of Brazil won 23"), "was re-elected with 27 votes", the verb
and "votes" left out for the candidates after the first, and "who got only nine votes"."""

from __future__ import annotations

import pytest
from readings import counts_of

from loaders.registry import Registry


def _votes(registry: Registry, text: str) -> set[int]:
    return {value for _, counts, value in counts_of(registry, text) if counts == "votes"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GUEST: All OAS members vote for the Commission. Joel Hernández García of Mexico was "
            "re-elected with 27 votes, Roberta Clarke of Barbados won 23 and Carlos Bernal Pulido of "
            "Colombia 21.",
            {27, 23, 21},
        ),
        (
            "In the Assembly, Maria Lopez of Peru received 19 votes and Ana Souza of Brazil 14.",
            {19, 14},
        ),
        ("Kenya was elected with 150 votes, Chile won 140 and Peru 120.", {150, 140, 120}),
        (
            "The surprise was Antonia Urrejola, the Commission's current president, who got only nine votes.",
            {9},
        ),
    ],
)
def test_candidate_votes(registry: Registry, text: str, expected: set[int]) -> None:
    assert _votes(registry, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after a person and a state that is not the next candidate
        ("Kenya won 150 votes, and the Minister of Peru said 12 were spoiled.", {150}),
        ("Kenya won 150 votes; the Foreign Minister of Peru met 12 delegations, Chile 3.", {150}),
        # a number with a noun of its own is no elided vote count
        ("Kenya won 150 votes, Peru 12 seats.", {150}),
        # no vote counted first: a bare number after a state says nothing of votes
        ("Maria Lopez of Peru won 3 and Ana Souza of Brazil 2.", set()),
    ],
)
def test_no_votes_without_a_counted_candidate(registry: Registry, text: str, expected: set[int]) -> None:
    assert _votes(registry, text) == expected
