"""States as members of organisations, read from sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import ORG, RDF, TG


def _members(registry: Registry, text: str) -> set[tuple[str, str]]:
    """(state, organisation) of every current membership (one with an end date is past)."""
    meta = DocumentMetadata(title="t", date_published="2024-05-02")
    claims = extract(parse_document(text, meta, "t"), registry)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(ORG.Membership)}
    out = set()
    for node in nodes:
        values = {c.predicate: c.object for c in claims if c.subject == node}
        member, org = values.get(ORG.member), values.get(ORG.organization)
        current = TG.endDate not in values
        if current and isinstance(member, Ref) and isinstance(org, Ref) and member.key.startswith("state/"):
            out.add((member.key, org.key))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru ratified the convention in 1978. It remains a party to the convention and a member "
            "of the Organization of American States.",
            {("state/per", "org/oas")},
        ),
        (
            "If Hungary withdrew, it would remain a member of the Council of Europe.",
            {("state/hun", "org/coe")},
        ),
        (
            "Chile, a member of the Organization of American States since 1948, signed the protocol.",
            {("state/chl", "org/oas")},
        ),
        (
            "Ghana is one of the 55 member states of the African Union.",
            {("state/gha", "org/au")},
        ),
        (
            "Mali, Niger and Chad are all members of the African Union.",
            {("state/mli", "org/au"), ("state/ner", "org/au"), ("state/tcd", "org/au")},
        ),
        (
            "Russia, as the continuing state, kept the union's seat in the United Nations and its "
            "membership of the Council of Europe.",
            {("state/rus", "org/un"), ("state/rus", "org/coe")},
        ),
    ],
)
def test_state_member_of_organisation(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _members(registry, text)


# ---------------------------------------------------------------------------- false facts


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela is no longer a party to the convention and a member of the OAS.",
        "Russia's membership of the Council of Europe was terminated in March 2022.",
        "The vote ended Greece's membership of the Council of Europe.",
        "Kosovo applied for membership of the Council of Europe in May 2022.",
        "Mali, Niger and Chad left the Economic Community of West African States.",
        "Peru is a party to the convention, and the Inter-American Court is a member of no body.",
    ],
)
def test_no_membership_where_the_text_ends_denies_or_only_seeks_it(registry: Registry, text: str) -> None:
    found = _members(registry, text)
    assert not any(org in ("org/coe", "org/oas") for _, org in found) and not found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ruling was welcomed by the African Union, of which Rwanda is a founding member.",
            {("state/rwa", "org/au")},
        ),
        ("The ruling was criticised in the Council of Europe, of which Belarus is not a member.", set()),
    ],
)
def test_a_relative_clause_names_a_member(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _members(registry, text) == expected
