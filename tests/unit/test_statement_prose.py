"""Statements in the plain shapes of news copy: a speaker given an age or a post in apposition,
"she said" for the one person named before, "according to", an organisation's statement, and a
"he said" after a sentence about someone else the speaker is related to, which is not the last
speaker's. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Maria Oliveira, 54, told the paper: "The law changes nothing for the victims."',
            {("person/maria-oliveira", "The law changes nothing for the victims")},
        ),
        (
            'The foreign minister, Kwame Mensah, welcomed the ratification. "Ghana has kept its word," '
            "he said.",
            {("person/kwame-mensah", "Ghana has kept its word")},
        ),
        (
            'According to Elena Petrova, the head of the commission, "the reform is overdue."',
            {("person/elena-petrova", "the reform is overdue")},
        ),
        (
            '"Ratification without funding is an empty gesture," the Lisbon Rights Forum said in a '
            "statement.",
            {("org/lisbon-rights-forum", "Ratification without funding is an empty gesture")},
        ),
        (
            '"The court has spoken," said Ana Costa, a rights lawyer. Her voice was calm. "It has only '
            'begun," she said.',
            {("person/ana-costa", "The court has spoken"), ("person/ana-costa", "It has only begun")},
        ),
        ('"Never," said Ana Costa.', {("person/ana-costa", "Never")}),
        (
            'Asked whether Latvia would ratify, Ana Costa said: "Never again."',
            {("person/ana-costa", "Never again")},
        ),
    ],
)
def test_statement_in_plain_prose(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert statements(registry, text) == expected


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        (
            '"The court has spoken," said Ana Costa, a rights lawyer. Her colleague, Rui Mendes, '
            'disagreed. "It has only begun," he said.',
            "person/ana-costa",
            "It has only begun",
        ),
        (
            '"The treaty is dead," said Tomas Novak, the chairman. His deputy disagreed. "It is not," '
            "he said.",
            "person/tomas-novak",
            "It is not",
        ),
    ],
)
def test_he_said_after_someone_else_is_not_the_last_speaker(
    registry: Registry, text: str, earlier: str, later: str
) -> None:
    found = statements(registry, text)
    assert (earlier, later) not in found, found
    assert any(who == earlier for who, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a quoted word that is a name or a scare quote, with no speech verb right after
        'The so-called "reform" was criticised by Ana Costa.',
        'The "legacy," said Ana Costa, will be examined.',
        # words another reported to the speaker are not the speaker's
        'Nadia Karim said the government had told her that "the law will pass before the summer".',
    ],
)
def test_no_statement_of_a_scare_quote_or_words_told_the_speaker(registry: Registry, text: str) -> None:
    assert statements(registry, text) == set()
