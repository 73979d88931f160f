"""A protocol named after its treaty by another of the treaty's names ("the First Optional
Protocol to the Covenant on Civil and Political Rights", "the Optional Protocol to the Covenant
on Economic, Social and Cultural Rights") is the protocol the reference data lists under the
treaty's own name, not a new treaty. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import standings, treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("name", "treaty"),
    [
        ("the First Optional Protocol to the Covenant on Civil and Political Rights", "treaty/iccpr-op1"),
        ("the Second Optional Protocol to the Covenant on Civil and Political Rights", "treaty/iccpr-op2"),
        ("the Optional Protocol to the Covenant on Economic, Social and Cultural Rights", "treaty/icescr-op"),
    ],
)
def test_a_treaty_by_another_of_its_names_is_the_listed_treaty(
    registry: Registry, name: str, treaty: str
) -> None:
    found = standings(registry, f"Bhutan is not a party to {name}.")
    assert found == {("state/btn", "notPartyTo", treaty)}


def test_a_protocol_to_an_unlisted_treaty_stays_its_own(registry: Registry) -> None:
    found = treaty_actions(
        registry, "Bhutan ratified the Second Optional Protocol to the Convention on Mountain Rights in 2019."
    )
    assert not any(a[2].startswith(("treaty/iccpr", "treaty/icescr")) for a in found), found
