"""Counts with what they count: ratifications a treaty needs, signatures, votes, members."""

from __future__ import annotations

import pytest
from readings import counts_of

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Genocide Convention entered into force in 1951, ninety days after the deposit of the "
            "twentieth instrument of ratification.",
            ("treaty/genocide-convention", "ratifications", 20),
        ),
        (
            "The Istanbul Convention entered into force in 2014 after ten ratifications.",
            ("treaty/cets-210", "ratifications", 10),
        ),
        (
            "The Rome Statute, which required sixty ratifications, entered into force in 2002.",
            ("treaty/rome-statute", "ratifications", 60),
        ),
        (
            "The Convention on the Rights of the Child was opened for signature in 1990. On that day "
            "it was signed by 61 states.",
            ("treaty/crc", "signatures", 61),
        ),
        (
            "In its first year, 35 states ratified the Convention on the Rights of the Child.",
            ("treaty/crc", "ratifications", 35),
        ),
        (
            "The bill passed with 281 deputies in favour.",
            ("", "votes in favour", 281),
        ),
        (
            "The Council of Europe, which has 46 member states, condemned the vote.",
            ("org/coe", "member states", 46),
        ),
        (
            "With the accession, the Rome Statute has 125 states parties.",
            ("treaty/rome-statute", "states parties", 125),
        ),
        (
            "The Committee against Torture, composed at first of ten independent experts, met in 1988.",
            ("org/un-cat-committee", "experts", 10),
        ),
    ],
)
def test_count_with_what_itcounts_of(registry: Registry, text: str, expected: tuple[str, str, int]) -> None:
    assert expected in counts_of(registry, text)


# ---------------------------------------------------------------------------- false facts


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal with no entry into force is a rank, not a threshold
        "Ecuador deposited the twentieth instrument of ratification of the Rome Statute in 2002.",
        # a count of states that did something else, and a count of years
        "Ten states parties to the Rome Statute referred the situation to the court in 2022.",
        "The Rome Statute was adopted in 1998 and has been in force for twenty years.",
        # members of a treaty and parties of an organisation are no counts of either
        "The Council of Europe's 46 parties met. The Rome Statute's 120 members met.",
        # a vote in favour with its opposing count is read once, as a tally
        "The bill passed with 281 deputies in favour and 12 against.",
    ],
)
def test_no_count_where_the_number_counts_something_else(registry: Registry, text: str) -> None:
    found = counts_of(registry, text)
    assert not any(
        counts in ("ratifications", "signatures", "member states", "states parties") for _, counts, _ in found
    )
    assert sum(1 for _, counts, _ in found if counts == "votes in favour") <= 1


# ---------------------------------------------------------------------------- deaths


def _deaths(registry: Registry, text: str) -> set[str]:
    meta = DocumentMetadata(title="t", date_published="2024-05-02")
    claims = extract(parse_document(text, meta, "t"), registry)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Death)}
    return {
        c.object.key
        for c in claims
        if c.subject in nodes and c.predicate == TG.about and isinstance(c.object, Ref)
    }


def test_he_died_is_the_one_person_named_before(registry: Registry) -> None:
    text = "The word was coined by Raphael Lemkin, a lawyer. He died in New York on 28 August 1959."
    assert _deaths(registry, text) == {"person/raphael-lemkin"}


def test_he_died_after_two_people_names_no_one(registry: Registry) -> None:
    text = "President Ana Silva received Judge Pedro Gil. He died in 1990."
    assert _deaths(registry, text) == set()
