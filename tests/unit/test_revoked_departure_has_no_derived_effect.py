"""A departure whose notice the document says was revoked never took effect: the effective date
the treaty's rule would derive from the notice is left out, while the notice, its date and the
revocation stay. A notice nobody revoked keeps its derived date."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG

_NOTICE = (
    "Headline\n\nPosted on 18 February 2017\n\nOn 10 November 2016 the Gambia deposited a notification "
    "of withdrawal from the Rome Statute with the UN Secretary-General."
)


def _derived(registry: Registry, text: str) -> set[str]:
    action = facts_of(registry, text, "2017-02-18").get("action/gmb-rome-statute-denunciation", {})
    return action.get(TG.derivedEffectiveDate, set())


def test_an_unrevoked_notice_keeps_its_derived_effect(registry: Registry) -> None:
    assert _derived(registry, _NOTICE) == {"2017-11-10"}


def test_a_revoked_notice_has_no_derived_effect(registry: Registry) -> None:
    text = _NOTICE + " Today the new government revoked the notification."
    facts = facts_of(registry, text, "2017-02-18")
    assert _derived(registry, text) == set()
    assert "event/gmb-rome-statute-denunciation-revocation" in facts
    assert facts["event/gmb-rome-statute-denunciation-notification"][TG.date] == {"2016-11-10"}
