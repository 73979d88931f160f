"""A treaty "in force for" a named state as of a day entered into force for it that day; "in force
for 170 states" is a count, not an event."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Tonga ratified the Convention against Torture in March 2019. As of 29 April 2019 the "
            "Convention is in force for Tonga.",
            "2019-05-01",
            ("EntryIntoForce", "state/ton", "treaty/un-cat", "2019-04-29", "-"),
        ),
        (
            "Update, 30 November 2005: The Convention on the Rights of Persons with Disabilities is in force "
            "for Andorra as of today, the day its instrument was deposited.",
            "2005-11-30",
            ("EntryIntoForce", "state/and", "treaty/crpd", "2005-11-30", "-"),
        ),
    ],
)
def test_in_force_for_a_named_state_as_of_a_day(
    registry: Registry, text: str, published: str, expected: tuple[str, ...]
) -> None:
    assert expected in treaty_actions(registry, text, published)


def test_in_force_for_a_number_of_states_is_no_event(registry: Registry) -> None:
    text = "As of 2020 the Convention against Torture is in force for 170 states."
    assert not {a for a in treaty_actions(registry, text, "2020-06-01") if a[0] == "EntryIntoForce"}
