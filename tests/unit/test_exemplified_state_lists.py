"""States named as examples of a plural subject ("Several signatories, France and Germany among
them, have not ratified it"; "Other states, including Chile and Peru, have yet to sign it") are
each the subject of the verb, as a plain list is; a list that is the object of a preposition or
of another verb is not."""

from __future__ import annotations

import pytest
from readings import standings

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "states", "treaty"),
    [
        (
            "Brazil ratified the Convention against Torture in 1989. Several of its neighbours, "
            "Bolivia and Paraguay among them, have not ratified it.",
            {"state/bol", "state/pry"},
            "treaty/un-cat",
        ),
        (
            "Ghana acceded to the Rome Statute in 1999. Other large states, including Nigeria and "
            "Kenya, have yet to ratify it.",
            {"state/nga", "state/ken"},
            "treaty/rome-statute",
        ),
        (
            "Spain ratified the Convention against Torture in 1987. Morocco and Algeria are yet to "
            "ratify it.",
            {"state/mar", "state/dza"},
            "treaty/un-cat",
        ),
        (
            "Norway ratified the Rome Statute in 2000. Some of its allies, notably Turkey and "
            "Iceland, have not ratified it.",
            {"state/tur", "state/isl"},
            "treaty/rome-statute",
        ),
    ],
)
def test_each_exemplified_state_is_not_a_party(
    registry: Registry, text: str, states: set[str], treaty: str
) -> None:
    found = standings(registry, text)
    assert {(s, "notPartyTo", treaty) for s in states} <= found


@pytest.mark.parametrize(
    "text",
    [
        # the list is set off after a singular noun: a description, not examples of the subject
        "Ghana acceded to the Rome Statute in 1999. The bloc's founding pair, Nigeria and Kenya, "
        "the committee said, has not ratified it.",
        # the list is a past signature's subject, the clause after the comma another's
        "Brazil ratified the Convention against Torture in 1989, Bolivia and Paraguay signed it, "
        "and Chile has not ratified it.",
    ],
)
def test_a_list_that_is_not_the_subject_gives_nostandings(registry: Registry, text: str) -> None:
    found = standings(registry, text)
    for state in ("state/nga", "state/bol", "state/pry"):
        assert not any(s == state and p == "notPartyTo" for s, p, _ in found)
