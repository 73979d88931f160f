"""Words said by someone the text does not name, or names only by a surname it never introduced,
next to a body: "one deputy told me", "Okafor, a former dean of the law faculty at the University
of X, said". The body is not the speaker. A spokesperson or a statement from a body still speaks
for it. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry


@pytest.mark.parametrize(
    "text",
    [
        "Mali acceded to the Convention on Enforced Disappearance in 2025. When I brought the draft to the "
        "committee, one official told me, \u201cIt will never pass.\u201d",
        "The Permanent Representative of Fiji to the United Nations described the accession as \u201ca "
        "natural step for our country.\u201d",
        "Okonjo, a former dean of the law faculty at the University of Lagos, said he was "
        "\u201cdelighted\u201d to hand over.",
    ],
)
def test_words_of_someone_unnamed_are_not_the_body_s(registry: Registry, text: str) -> None:
    assert {speaker for speaker, _ in statements(registry, text)} <= {"person/okonjo"}


def test_a_spokesperson_still_speaks_for_the_body(registry: Registry) -> None:
    text = "A spokesperson for the Council of Europe said: \u201cWe regret the decision.\u201d"
    assert statements(registry, text) == {("org/coe", "We regret the decision")}


def test_a_quotation_after_a_person_introduced_by_her_group_s_title(registry: Registry) -> None:
    text = (
        "Amnesty International's Pacific researcher, Ana Tuilagi, said the group had urged Fiji to "
        "ratify. \u201cFiji ratified without reservations, which is welcome.\u201d"
    )
    assert statements(registry, text) == {
        ("person/ana-tuilagi", "Fiji ratified without reservations, which is welcome")
    }
