"""Statements made through a channel other than speech: a tweet, a post on a platform, a letter,
a speech, an op-ed; and quotations attributed with "according to" to a person named only there.
Every passage is written for these tests."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _statements(registry: Registry, text: str) -> set[tuple[str, str]]:
    """(speaker, quote) of every statement."""
    meta = DocumentMetadata(title="t", date_published="2024-05-02")
    claims = extract(parse_document(text, meta, "t"), registry)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Statement)}
    out = set()
    for node in nodes:
        values = {c.predicate: c.object for c in claims if c.subject == node}
        speaker, quote = values.get(TG.speaker), values.get(TG.quote)
        if isinstance(speaker, Ref) and isinstance(quote, Value):
            out.add((speaker.key, quote.lexical))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Lopes, the justice minister, tweeted: \u201cToday Portugal keeps its word.\u201d",
            {("person/ana-lopes", "Today Portugal keeps its word.")},
        ),
        (
            "Ana Lopes, a lawyer, posted on Telegram: \u201cThe court has earned our trust.\u201d",
            {("person/ana-lopes", "The court has earned our trust.")},
        ),
        (
            "\u201cToday Portugal keeps its word,\u201d Justice Minister Ana Lopes wrote on X.",
            {("person/ana-lopes", "Today Portugal keeps its word,")},
        ),
        (
            "In a letter to the Secretary-General, Foreign Minister Ana Lopes wrote: \u201cPortugal "
            "withdraws its reservation.\u201d",
            {("person/ana-lopes", "Portugal withdraws its reservation.")},
        ),
        (
            "In a speech to parliament on Tuesday, Prime Minister Ana Lopes said: \u201cWe will ratify "
            "the convention this year.\u201d",
            {("person/ana-lopes", "We will ratify the convention this year.")},
        ),
        (
            "In an op-ed for the Lisbon Daily, Ana Lopes, a lawyer, argued that \u201cthe court has "
            "earned our trust\u201d.",
            {("person/ana-lopes", "the court has earned our trust")},
        ),
        # a person named for the first time after "according to"
        (
            "The treaty enters into force next month. \u201cThis is a turning point for the region,\u201d "
            "according to Amina Sow, a lawyer in Dakar.",
            {("person/amina-sow", "This is a turning point for the region,")},
        ),
        (
            "\u201cWe will not ratify it,\u201d Foreign Minister Ana Lopes told Reuters on Monday.",
            {("person/ana-lopes", "We will not ratify it,")},
        ),
    ],
)
def test_statement(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert _statements(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "posted" without a platform is no speech
        "Ana Lopes, a lawyer, posted a video of the \u201chistoric vote\u201d on her page.",
        "The ministry posted the text of the \u201cfinal declaration\u201d online.",
        # "she" with two people named before: whose words, the text does not say
        "Ana Lopes met Rui Costa in Lisbon. \u201cThe court has earned our trust,\u201d she tweeted.",
    ],
)
def test_no_statement(registry: Registry, text: str) -> None:
    assert _statements(registry, text) == set()
