"""An interview with no labels on its turns, introduced as a meeting ("We met her in Nairobi",
"She sat down with us"), credits each answer to the one person its introduction names; a person
introduced by the body she has led holds that post. The same questions and answers after an
introduction that tells of no meeting are an explainer's, no one's words."""

from __future__ import annotations

import pytest
from readings import posts_of, statements

from loaders.registry import Registry

_TURNS = (
    "\n\nWhy does the protocol matter?\n\nIt opens every place of detention to independent visitors."
    "\n\nWhen will Kenya ratify?\n\nThe cabinet approved the bill last month.\n"
)
_LEAD = "Torture prevention\n\n4 March 2015\n\nMaria Okonjo has led the Torture Prevention Centre since 2009."


@pytest.mark.parametrize("meeting", [" We met her in Nairobi.", " She sat down with us in Nairobi."])
def test_answers_after_a_meeting_are_the_interviewees(meeting: str, registry: Registry) -> None:
    found = statements(registry, _LEAD + meeting + _TURNS, "2015-03-04")
    assert {speaker for speaker, _ in found} == {"person/maria-okonjo"}
    assert len(found) == 2


def test_answers_with_no_meeting_told_are_no_ones(registry: Registry) -> None:
    assert not statements(registry, _LEAD + _TURNS, "2015-03-04")


def test_the_body_she_has_led_is_her_post(registry: Registry) -> None:
    assert ("person/maria-okonjo", "org/torture-prevention-centre", "role/head") in posts_of(
        registry, _LEAD + _TURNS, "2015-03-04"
    )
