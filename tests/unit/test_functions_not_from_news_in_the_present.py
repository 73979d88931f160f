"""A present tense that tells the news is no standing function of a body: a headline ("Assembly
approves X as rights chief") and a chronology's line opened by a date, even with a fronted phrase
("10 December 1984 - After a long campaign, the General Assembly adopts the convention"). What a
body does as a rule still is one. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG


def _functions(registry: Registry, text: str) -> set[str]:
    return {
        f for props in facts_of(registry, text, "2031-02-28").values() for f in props.get(TG.function, set())
    }


@pytest.mark.parametrize(
    "text",
    [
        "UN General Assembly approves Ana Lindqvist as rights chief\n\nNEW YORK, 10 August 2030 - The "
        "General Assembly approved her on Friday.",
        "Chronology\n\n10 December 2030 - After a decade-long campaign against torture, the UN General "
        "Assembly adopts the convention on enforced labour.",
    ],
)
def test_news_in_the_present_is_no_function(registry: Registry, text: str) -> None:
    assert _functions(registry, text) == set()


def test_a_rule_in_the_present_is_one(registry: Registry) -> None:
    text = "What the committee does\n\nThe Committee against Torture examines the reports of states parties."
    assert _functions(registry, text) == {"examines the reports of states parties"}
