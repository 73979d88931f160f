"""Reading the store for the pages: batched label look-ups and term labels, so that a page costs a
handful of queries whatever its size (no query per row)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from api.pages.terms import RDFS, SKOS
from graph import Store

__all__ = ["Term", "iri_list", "labels", "select", "show_term", "term_labels"]


@dataclass(frozen=True)
class Term:
    """An RDF term as a page shows it: IRI or literal text, plus datatype/language for literals."""

    value: str
    is_iri: bool
    datatype: str = ""
    language: str = ""


def show_term(term: object) -> Term:
    if isinstance(term, ox.NamedNode):
        return Term(term.value, True)
    if isinstance(term, ox.Literal):
        return Term(term.value, False, term.datatype.value, term.language or "")
    return Term(str(term), False)


def select(store: Store, sparql: str) -> list[dict[str, Term]]:
    """A SELECT's rows as :class:`Term` values (unbound variables absent)."""
    return [{k: show_term(v) for k, v in row.items()} for row in store.query(sparql).rows()]


def iri_list(iris: Iterable[str]) -> str:
    """IRIs as the body of a VALUES clause; IRIs holding characters SPARQL forbids are left out."""
    return " ".join(f"<{i}>" for i in sorted(set(iris)) if i and not any(c in i for c in '<>"{}|^`\\ '))


def labels(store: Store, iris: Iterable[str]) -> dict[str, str]:
    """The skos:prefLabel of each IRI that has one, in one query."""
    values = iri_list(iris)
    if not values:
        return {}
    rows = store.query(
        f"SELECT ?s (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?s {{ {values} }} ?s <{SKOS}prefLabel> ?l }} "
        "GROUP BY ?s"
    ).text_rows()
    return {r["s"]: r["label"] for r in rows if "label" in r}


def term_labels(store: Store) -> dict[str, str]:
    """rdfs:label of vocabulary terms, when the ontology is published in the store (else empty)."""
    rows = store.query(
        f"SELECT ?t (SAMPLE(?l) AS ?label) WHERE {{ ?t <{RDFS}label> ?l "
        "FILTER(LANG(?l) = '' || LANGMATCHES(LANG(?l), 'en')) } GROUP BY ?t"
    ).text_rows()
    return {r["t"]: r["label"] for r in rows if "label" in r}
