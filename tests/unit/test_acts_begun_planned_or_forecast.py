"""An act begun, planned or forecast is not done: "has begun the process of withdrawing", "its
planned withdrawal", "is on track to leave in October", "is also expected to ratify". A
signatory withdrawing its signature leaves no treaty it was party to, and the rule that a
denunciation takes effect "after the notification is received" is no notification. Words
that only look like a guard ("Members will recall that X denounced it") leave the act done.
Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import domestic_steps, treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway has begun the process of withdrawing from the Ottawa Convention.",
        "Norway has started withdrawing from the Ottawa Convention.",
        "Norway took the first step towards withdrawing from the Ottawa Convention.",
        "Norway's planned withdrawal from the Ottawa Convention is being challenged in court.",
        "Norway is on track to leave the Ottawa Convention in October 2026.",
        "Norway is widely expected to withdraw from the Ottawa Convention.",
        "Norway is also set to withdraw from the Ottawa Convention.",
        "The campaign pushed Norway to withdraw from the Ottawa Convention.",
    ],
)
def test_a_withdrawal_begun_planned_or_forecast_is_no_denunciation(registry: Registry, sentence: str) -> None:
    found = treaty_actions(registry, sentence, "2026-05-01")
    assert not any(a[0] == "Denunciation" for a in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway withdrew its signature of the Ottawa Convention in August 2002.",
        "Norway withdrew its signature from the Ottawa Convention in 2008.",
        "The withdrawal of its signature of the Ottawa Convention by Norway in 2002 was unprecedented.",
    ],
)
def test_a_signature_withdrawn_is_no_denunciation(registry: Registry, sentence: str) -> None:
    found = treaty_actions(registry, sentence, "2026-05-01")
    assert not any(a[0] == "Denunciation" for a in found), found


def test_a_withdrawal_in_the_same_sentence_as_a_plan_made_earlier_is_done(registry: Registry) -> None:
    sentence = "Norway withdrew from the Ottawa Convention in 2025, a step it had planned since March."
    found = treaty_actions(registry, sentence, "2026-05-01")
    assert ("Denunciation", "state/nor", "treaty/ottawa-convention", "2025", "-") in found


def test_words_that_only_look_like_a_plan_leave_the_act_done(registry: Registry) -> None:
    sentence = "Members will recall that Norway denounced the Ottawa Convention in 2000."
    found = treaty_actions(registry, sentence, "2026-05-01")
    assert any(a[:4] == ("Denunciation", "state/nor", "treaty/ottawa-convention", "2000") for a in found)


@pytest.mark.parametrize("verb", ["is received", "reaches the UN Secretary-General"])
def test_the_rule_for_when_a_denunciation_takes_effect_is_no_notification(
    registry: Registry, verb: str
) -> None:
    text = (
        "Norway's parliament voted to withdraw from the Ottawa Convention. A withdrawal takes effect "
        f"six months after the notification {verb}."
    )
    assert not any(s[0] == "Notification" for s in domestic_steps(registry, text, "2026-05-01"))
