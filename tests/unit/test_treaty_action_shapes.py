"""Treaty actions, relations and counts in shapes articles about any state or treaty use: titles
that open with an organisation's name, dates told twice, gapped and elided clauses, negated
lists. Each shape has its false-fact counterpart: words near a trigger that state no act."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref
from loaders.registry import Registry, load_registry
from loaders.vocabulary import TG

ROOT = Path(__file__).parents[2]
BASE = "https://w3id.org/treatygraph/id/"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry((ROOT / "data" / "reference", ROOT / "data" / "registry.ttl"), BASE)


def _claims(registry: Registry, text: str, published: str = "2024-06-01") -> list[Claim]:
    document = parse_document(text, DocumentMetadata(title="t", date_published=published), "t")
    return extract(document, registry)


def _dates(claims: list[Claim], key: str) -> set[str]:
    return {
        str(getattr(c.object, "lexical", ""))
        for c in claims
        if c.subject.key == key and c.predicate == TG.date
    }


def _keys(claims: list[Claim], prefix: str) -> set[str]:
    return {c.subject.key for c in claims if c.subject.key.startswith(prefix)}


def _treaties(claims: list[Claim]) -> set[str]:
    return {
        m for c in claims if c.predicate == TG.treaty and isinstance(c.object, Ref) for m in [c.object.key]
    }


# ---------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        (
            "The African Union Convention on Preventing and Combating Corruption in Africa entered into "
            "force in August 2006.",
            "treaty/african-union-convention-on-preventing-and-combating-corruption-in-africa",
        ),
        (
            "The Council of Europe Convention on the Avoidance of Statelessness in relation to State "
            "Succession entered into force on 1 May 2009.",
            "treaty/council-of-europe-convention-on-the-avoidance-of-statelessness-in-relation-to-state-succession",
        ),
    ],
)
def test_an_unlisted_title_keeps_its_organisation_and_its_region(
    registry: Registry, text: str, treaty: str
) -> None:
    claims = _claims(registry, text)
    assert _treaties(claims) == {treaty}
    assert _keys(claims, "event/") == {f"event/{treaty.split('/')[1]}-entry-into-force"}


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        ("The UN Convention against Torture entered into force in 1987.", "treaty/un-cat"),
        (
            "The Council of Europe Convention on preventing and combating violence against women and "
            "domestic violence entered into force in 2014.",
            "treaty/cets-210",
        ),
    ],
)
def test_a_listed_treaty_is_not_swallowed_by_its_organisation(
    registry: Registry, text: str, treaty: str
) -> None:
    assert _treaties(_claims(registry, text)) == {treaty}


def test_a_region_after_a_listed_title_is_not_part_of_it(registry: Registry) -> None:
    claims = _claims(
        registry, "Italy ratified the Convention against Torture in Europe's first group, in 1989."
    )
    assert _keys(claims, "action/") == {"action/ita-un-cat-ratification"}


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "published", "key", "date"),
    [
        (
            "Twenty-five years ago today, diplomats meeting in Rome adopted the Rome Statute.",
            "2023-07-17",
            "event/rome-statute-adoption",
            "1998-07-17",
        ),
        (
            "The Convention relating to the Status of Refugees was adopted 67 years ago on Saturday, "
            "on 28 July 1951.",
            "2018-07-31",
            "event/refugee-convention-adoption",
            "1951-07-28",
        ),
        (
            "Ghana ratified the Maputo Protocol seventeen years ago, on 13 June 2007.",
            "2024-05-10",
            "action/gha-maputo-protocol-ratification",
            "2007-06-13",
        ),
    ],
)
def test_the_most_precise_of_the_dates_a_phrase_gives(
    registry: Registry, text: str, published: str, key: str, date: str
) -> None:
    assert _dates(_claims(registry, text, published), key) == {date}
