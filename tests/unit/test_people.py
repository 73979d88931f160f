"""Statements, posts, memberships and counts, read from sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry, load_registry
from loaders.vocabulary import ORG, RDF, SCHEMA, SKOS, TG

ROOT = Path(__file__).parents[2]
BASE = "https://w3id.org/treatygraph/id/"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry((ROOT / "data" / "reference", ROOT / "data" / "registry.ttl"), BASE)


def _claims(registry: Registry, text: str, publisher: str | None = None) -> list[Claim]:
    meta = DocumentMetadata(title="t", date_published="2024-05-02", publisher=publisher)
    return extract(parse_document(text, meta, "t"), registry)


def _statements(claims: list[Claim]) -> dict[str, tuple[str, str]]:
    """speaker key -> (statement key, quote), one per statement node."""
    nodes = {c.subject.key for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Statement)}
    out = {}
    for node in nodes:
        speaker = next(c.object for c in claims if c.subject.key == node and c.predicate == TG.speaker)
        quote = next(c.object for c in claims if c.subject.key == node and c.predicate == TG.quote)
        assert isinstance(speaker, Ref) and isinstance(quote, Value)
        out.setdefault(speaker.key, (node, quote.lexical))
    return out


def _speakers(claims: list[Claim]) -> list[str]:
    return sorted(c.object.key for c in claims if c.predicate == TG.speaker and isinstance(c.object, Ref))


# ---------------------------------------------------------------------------- statements


@pytest.mark.parametrize(
    "text",
    [
        '"The vote sends the wrong signal to victims," said Tomas Lindgren, a lawyer in Oslo.',
        "\u201cWe will keep reporting to the committee,\u201d says Amina Yusuf-Okafor.",
        '"Nothing changes for the prisoners this year," added Maria da Silva Pereira, a researcher.',
    ],
)
def test_speaker_named_after_the_speech_verb(registry: Registry, text: str) -> None:
    statements = _statements(_claims(registry, text))
    assert len(statements) == 1
    (speaker, (node, quote)) = next(iter(statements.items()))
    assert speaker.startswith("person/") and node.startswith("statement/")
    assert quote in text and len(quote.split()) >= 4


def test_inverted_speech_verb_does_not_reach_into_the_next_sentence(registry: Registry) -> None:
    text = (
        '"The protocol matters," the report said. Ana Ribeiro, a judge, ruled on the case later.'
    )
    assert "person/ana-ribeiro" not in _speakers(_claims(registry, text))


def test_interview_answers_belong_to_the_interviewee(registry: Registry) -> None:
    text = (
        "Leaving the court: an interview\n\n"
        "The Weekly Monitor spoke with Kofi Mensah-Bonsu, a lecturer in law, about the decision.\n\n"
        "The Weekly Monitor: What does the withdrawal change?\n\n"
        "Kofi Mensah-Bonsu: Individuals lose a forum. The state still reports to the commission.\n\n"
        "The Weekly Monitor: Will it come back?\n\n"
        "Kofi Mensah-Bonsu: Perhaps, under another government.\n"
    )
    claims = _claims(registry, text)
    quotes = sorted(
        c.object.lexical
        for c in claims
        if c.predicate == TG.quote and isinstance(c.object, Value) and c.subject.key.startswith("statement/")
    )
    assert quotes == [
        "Individuals lose a forum. The state still reports to the commission.",
        "Perhaps, under another government.",
    ]
    assert set(_speakers(claims)) == {"person/kofi-mensah-bonsu"}


def test_a_lone_labelled_line_is_not_an_interview(registry: Registry) -> None:
    text = "Background note\n\nHelen Carter: the ombudsman since 2019, appointed by parliament.\n"
    assert _speakers(_claims(registry, text)) == []


def test_scare_quotes_after_said_are_not_a_statement(registry: Registry) -> None:
    text = "The minister said the so-called 'legacy' cases would be closed, said Pavel Novak."
    assert _speakers(_claims(registry, text)) == []
