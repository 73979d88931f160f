"""Treaty titles as writers give them: in title case ("Convention Against Trafficking in
Persons"), or a short title with "of" before its head ("Freedom of Association Convention").
Every passage is written for these tests."""

from __future__ import annotations

from readings import facts_of, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import TG


def test_a_title_case_title_is_one_treaty(registry: Registry) -> None:
    text = "Malta ratified the Andean Convention Against Trafficking in Persons in January 2031."
    assert {a[2] for a in treaty_actions(registry, text)} == {
        "treaty/andean-convention-against-trafficking-in-persons"
    }


def test_a_short_title_with_of(registry: Registry) -> None:
    text = "Malta has not ratified the Freedom of Association Convention (No. 87)."
    facts = facts_of(registry, text)
    assert facts["state/mlt"][TG.notPartyTo] == {"treaty/ilo-c087"}
