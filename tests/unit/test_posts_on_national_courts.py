"""Judges of a national court the registry does not know, named right after the court, and an
office held "then" or "formerly" before its holder's name; with the readings that must stay
unread where more than one court could be meant."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Constitutional Court of Bulgaria ruled on Tuesday. Judges Rumen Nenkov, Georgi Angelov "
            "and Philip Dimitrov appended dissenting opinions.",
            {
                ("person/rumen-nenkov", "org/constitutional-court-of-bulgaria", "role/judge"),
                ("person/georgi-angelov", "org/constitutional-court-of-bulgaria", "role/judge"),
                ("person/philip-dimitrov", "org/constitutional-court-of-bulgaria", "role/judge"),
            },
        ),
        (
            "The Constitutional Court of Bulgaria gave its ruling on Friday. The case was reported by "
            "Judge Anastas Anastasov.",
            {("person/anastas-anastasov", "org/constitutional-court-of-bulgaria", "role/judge")},
        ),
        (
            "Australia ratified the Optional Protocol in 2017, eight years after Australia signed it. "
            "The then Attorney-General, George Brandis, announced it in February 2017.",
            {("person/george-brandis", "state/aus", "role/attorney-general")},
        ),
    ],
)
def test_post(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= posts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # two courts the ruling passed through: whose judge, the words do not say
        "The Supreme Court of Kenya ruled on Tuesday, overturning the High Court of Kenya. Judge Anastas "
        "Anastasov dissented.",
        # a court named long before, with other sentences between
        "The Constitutional Court of Bulgaria ruled in 2018. The government withdrew the bill. "
        "Parliament never voted on it. Judge Anastas Anastasov later spoke at a conference.",
    ],
)
def test_no_judge_of_a_court_the_words_leave_open(registry: Registry, text: str) -> None:
    assert not {p for p in posts_of(registry, text) if p[2] == "role/judge"}
