"""A treaty named after a lower-case "protocol to" ("the protocol to the ILO Forced Labour
Convention entered into force in 2016") is the protocol's parent, not what the sentence is
about: the words name the reference data's one protocol to that treaty, and where it has
several or none, nothing, so that the treaty itself gets no act it did not take. Every passage
is written for these tests."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The protocol to the ILO Forced Labour Convention entered into force on 9 November 2016.",
            ("EntryIntoForce", "-", "treaty/ilo-p029", "2016-11-09", "-"),
        ),
        (
            "Mongolia ratified the optional protocol to the Convention against Torture in 2015.",
            ("Ratification", "state/mng", "treaty/opcat", "2015", "-"),
        ),
    ],
)
def test_the_protocol_to_a_treaty_with_one_protocol_is_that_protocol(
    registry: Registry, sentence: str, expected: tuple[str, ...]
) -> None:
    found = treaty_actions(registry, sentence)
    assert expected in found
    parent = {"treaty/ilo-p029": "treaty/ilo-c029", "treaty/opcat": "treaty/un-cat"}[expected[2]]
    assert not any(a[2] == parent for a in found), found


def test_the_protocol_to_a_treaty_with_several_is_no_act_of_the_treaty(registry: Registry) -> None:
    found = treaty_actions(
        registry, "Mongolia ratified the protocol to the European Convention on Human Rights in 2009."
    )
    assert not any(a[2] == "treaty/ets-005" for a in found), found


def test_a_treaty_named_without_a_protocol_before_it_keeps_its_act(registry: Registry) -> None:
    found = treaty_actions(registry, "Mongolia ratified the Convention against Torture in 2002.")
    assert ("Ratification", "state/mng", "treaty/un-cat", "2002", "-") in found
