"""States as members of organisations in the shapes news copy gives them: appositions and
relative clauses, lists after the organisation, adverbs before the verb; and the shapes that
say a state is not, or no longer, a member. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import memberships_of

from loaders.registry import Registry


def _members(registry: Registry, text: str) -> set[tuple[str, str]]:
    return memberships_of(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana and Nigeria, both members of the African Union, signed the protocol.",
            {("state/gha", "org/au"), ("state/nga", "org/au")},
        ),
        (
            "Serbia, which is a member of the Council of Europe, objected.",
            {("state/srb", "org/coe")},
        ),
        (
            "The Czech Republic has been a member of the Council of Europe since 1993.",
            {("state/cze", "org/coe")},
        ),
        (
            "Venezuela therefore remains a member of the OAS until April 2019.",
            {("state/ven", "org/oas")},
        ),
        (
            "The Council of Europe, whose members include Turkey and Ukraine, adopted the convention.",
            {("state/tur", "org/coe"), ("state/ukr", "org/coe")},
        ),
        (
            "The 46 member states of the Council of Europe, including Turkey and Poland, are bound by it.",
            {("state/tur", "org/coe"), ("state/pol", "org/coe")},
        ),
        (
            "Member states of the OAS such as Brazil and Argentina backed the resolution.",
            {("state/bra", "org/oas"), ("state/arg", "org/oas")},
        ),
        (
            "Among the members of the African Union are Egypt, Ethiopia and Kenya.",
            {("state/egy", "org/au"), ("state/eth", "org/au"), ("state/ken", "org/au")},
        ),
        (
            "As members of the Council of Europe, Armenia and Azerbaijan must comply with the judgments.",
            {("state/arm", "org/coe"), ("state/aze", "org/coe")},
        ),
    ],
)
def test_member_of(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert _members(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kosovo, which is not a member of the Council of Europe, applied in 2022.",
        "Belarus applied to become a member of the Council of Europe in 1993.",
        "Russia is no longer a member of the Council of Europe.",
        "States that are not members of the Council of Europe, such as Belarus and Kazakhstan, may accede.",
        "Former members of the Council of Europe such as Russia were discussed.",
        "Russia was expelled from the Council of Europe in 2022.",
    ],
)
def test_no_membership(registry: Registry, text: str) -> None:
    assert _members(registry, text) == set()
