"""Memberships of the states that founded an organisation, told as "A created X with B, C and
D" or "X was founded in P on D by A, B and C". Passages are written for these tests, with
false-fact cases beside them."""

from __future__ import annotations

import pytest
from readings import memberships_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paraguay created Mercosur with Argentina, Brazil and Uruguay under the Treaty of "
            "Asuncion, which the four signed in March 1991.",
            {("state/pry", "org/mercosur"), ("state/arg", "org/mercosur"), ("state/ury", "org/mercosur")},
        ),
        (
            "ASEAN was founded in Bangkok on 8 August 1967 by Indonesia, Malaysia, the "
            "Philippines, Singapore and Thailand.",
            {("state/idn", "org/asean"), ("state/phl", "org/asean"), ("state/tha", "org/asean")},
        ),
        (
            "Nigeria co-founded the Economic Community of West African States with Ghana, "
            "Senegal and Togo in 1975.",
            {("state/nga", "org/ecowas"), ("state/gha", "org/ecowas"), ("state/tgo", "org/ecowas")},
        ),
    ],
)
def test_the_founders_of_an_organisation_are_its_members(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= memberships_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # a group set up with other states is no organisation of theirs
        "Brazil created a working group with Argentina and Chile on the Mercosur agenda.",
        # a treaty signed with others founds nothing
        "Paraguay signed the treaty with Argentina and Brazil.",
        # a court set up by a treaty has no founding states
        "The Court was established in 1979 by the American Convention.",
    ],
)
def test_no_founding_membership_without_an_organisation_founded_by_states(
    registry: Registry, text: str
) -> None:
    assert not memberships_of(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ireland, which signed the Protocol in 2007, is now the only member state of the "
            "European Union that has not ratified it.",
            ("state/irl", "org/eu"),
        ),
        (
            "Switzerland, which joined in 2002, is a member of the United Nations.",
            ("state/che", "org/un"),
        ),
    ],
)
def test_a_relative_clause_between_the_state_and_its_membership(
    registry: Registry, text: str, expected: tuple[str, str]
) -> None:
    assert expected in memberships_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway, which voted against accession twice, is the only Nordic state that is not a "
        "member of the European Union.",
        "Belarus, which applied in 1993, is the only European state that is not a member of the "
        "Council of Europe.",
    ],
)
def test_the_only_state_that_is_not_a_member(registry: Registry, text: str) -> None:
    assert not memberships_of(registry, text)
