"""A count of states as the subject of an act ("after 20 states had ratified it", "once sixty
countries have joined") names none of them: the state the text named last is not one of the
count. A state named with the count ("Chile and forty other states have ratified it") still
acts. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    "text",
    [
        "Tonga has a long history with the treaty. The Convention against Torture was adopted in 1984. It "
        "entered into force on 26 June 1987 after 20 states had ratified it.",
        "Tonga signed the Convention against Torture in 1985. The convention entered into force once "
        "twenty countries had ratified it.",
    ],
)
def test_a_count_of_states_is_no_named_state(registry: Registry, text: str) -> None:
    found = treaty_actions(registry, text, "2020-01-01")
    assert not any(a[0] == "Ratification" for a in found), found


def test_a_state_named_with_the_count_acts(registry: Registry) -> None:
    found = treaty_actions(
        registry, "Tonga and forty other states have ratified the Convention against Torture."
    )
    assert any(a[:3] == ("Ratification", "state/ton", "treaty/un-cat") for a in found), found
