"""A chamber that "passed the motion approving ratification" with no treaty or state named in the
sentences just before: the one treaty and the one state the whole text has named; nothing where it
named two."""

from __future__ import annotations

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG

_FILLER = (
    "Q: What changed on the ground? A: Advocates spent years on the detail. Officials met them often. "
    "Budgets were tight. Nobody wanted a symbolic gesture. "
)


def _approvals(text: str, registry: Registry) -> set[tuple[str, str | None]]:
    """(the act served, date) of every parliamentary approval."""
    document = parse_document(text, DocumentMetadata(title="t", date_published="2018-03-21"), "t")
    found: dict[str, dict[str, str]] = {}
    for c in extract(document, registry):
        value = (
            c.object.key
            if isinstance(c.object, Ref)
            else c.object.lexical
            if isinstance(c.object, Value)
            else ""
        )
        found.setdefault(c.subject.key, {})[c.predicate] = value
    return {
        (facts.get(SCHEMA.superEvent, ""), facts.get(TG.date))
        for facts in found.values()
        if facts.get(RDF.type) == TG.ParliamentaryApproval
    }


def test_the_one_treaty_and_state_of_the_text(registry: Registry) -> None:
    text = (
        "Portugal signed the Convention on the Rights of Persons with Disabilities in 2007. "
        + _FILLER
        + "Ana Ribeiro: The Assembly of the Republic passed the motion approving ratification on 7 March."
    )
    assert ("action/prt-crpd-ratification", "2018-03-07") in _approvals(text, registry)


def test_nothing_where_the_text_named_two_treaties(registry: Registry) -> None:
    text = (
        "Portugal signed the Convention on the Rights of Persons with Disabilities in 2007 and the "
        "Convention on the Rights of the Child in 1990. "
        + _FILLER
        + "Ana Ribeiro: The Assembly of the Republic passed the motion approving ratification on 7 March."
    )
    assert not _approvals(text, registry)
