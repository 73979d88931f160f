"""A denunciation made "in a note that reached the General Secretariat yesterday" was notified to
the body the note reached, on the day it reached it; a headline that only announced the notice
("Colombia gives notice it will quit the Pact") adds nothing to contradict it. Every passage is
written for these tests."""

from __future__ import annotations

from readings import domestic_steps

from loaders.registry import Registry


def test_a_note_that_reached_the_depositary_is_the_notification(registry: Registry) -> None:
    text = (
        "Colombia gives notice it will quit the Pact of Bogota\n\n"
        "BOGOTA, 28 November 2012 - Colombia has denounced the Pact of Bogota, in a note that reached "
        "the General Secretariat of the Organization of American States yesterday."
    )
    steps = {s for s in domestic_steps(registry, text, "2012-11-28") if s[0] == "Notification"}
    assert steps == {
        (
            "Notification",
            "state/col",
            "org/general-secretariat-of-the-organization-of-american-states",
            "2012-11-27",
            "treaty/pact-of-bogota",
        )
    }


def test_a_note_that_announces_no_departure_is_no_notification(registry: Registry) -> None:
    text = (
        "Colombia praised the court in a note that reached the General Secretariat of the Organization "
        "of American States yesterday."
    )
    assert not any(s[0] == "Notification" for s in domestic_steps(registry, text, "2012-11-28"))
