"""Which queries the service takes for lookups (their own slots) and which for heavy ones."""

from __future__ import annotations

import pytest

from graph.cost import is_seek, is_single_scan, looks_like_lookup

BASE = "BASE <https://w3id.org/treatygraph/id/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?p ?o WHERE { <state/rus> ?p ?o }",
        "DESCRIBE <treaty/ets-005>",
        "CONSTRUCT { <x> ?p ?o } WHERE { <x> ?p ?o OPTIONAL { ?o skos:prefLabel ?l } }",
        'SELECT DISTINCT ?s WHERE { ?s skos:prefLabel "Russia" }',
        "ASK { <state/rus> a ?type }",
        "SELECT * WHERE { <x> ?p ?o } LIMIT 10",
    ],
)
def test_anchored_unordered_queries_are_lookups(query: str) -> None:
    assert looks_like_lookup(BASE + query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s ?p ?o }",  # nothing anchors it: the prologue's IRIs do not count
        "ASK {}",
        "SELECT ?d WHERE { <x> ?p ?d } ORDER BY ?d",
        "SELECT (COUNT(*) AS ?n) WHERE { <x> ?p ?o }",
        "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a ?t ; ?p <x> } GROUP BY ?t",
        "SELECT ?o WHERE { <x> skos:broader* ?o }",
        "SELECT ?o WHERE { <x> skos:broader+ ?o }",
        "SELECT ?o FROM <g> WHERE { <x> ?p ?o }",
        "SELECT ?o WHERE { SERVICE <http://elsewhere/sparql> { <x> ?p ?o } }",
        "SELECT ?o WHERE { ?s ?p ?o } # <x> in a comment anchors nothing",
        "SELECT ?o WHERE { <x> ?p ?o } " + "#" * 5000,
    ],
)
def test_unanchored_ordered_or_aggregated_queries_are_not(query: str) -> None:
    assert not looks_like_lookup(BASE + query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?p ?o WHERE { <state/rus> ?p ?o }",
        "SELECT DISTINCT ?p ?o WHERE { <state/rus> ?p ?o . } LIMIT 10",
        "SELECT * { ?s skos:prefLabel 'Russia'@en }",
        "ASK { <state/rus> skos:prefLabel ?label }",
        "CONSTRUCT WHERE { ?s a <http://example.org/Treaty> }",
        "DESCRIBE <treaty/ets-005> <treaty/ets-151>",
    ],
)
def test_one_anchored_pattern_is_a_single_scan(query: str) -> None:
    assert is_single_scan(BASE + query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s ?p ?o }",  # no constant: the whole graph
        "SELECT ?s WHERE { ?s a ?type }",  # a constant predicate only: every typed node
        "SELECT ?o WHERE { <x> ?p ?o . ?o ?q ?r }",  # a join
        "SELECT ?o WHERE { <x> ?p ?o } ORDER BY ?o",  # sees every row before the first
        "SELECT ?o WHERE { <x> skos:broader* ?o }",  # a path closure
        "SELECT ?o WHERE { <x> ?p ?o FILTER(?o != 1) }",
        "SELECT ?o WHERE { GRAPH ?g { <x> ?p ?o } }",
        "SELECT ?o FROM <g> WHERE { <x> ?p ?o }",
        "DESCRIBE ?s WHERE { ?s ?p <x> }",
        "ASK {}",
    ],
)
def test_anything_else_is_not(query: str) -> None:
    assert not is_single_scan(BASE + query)


@pytest.mark.parametrize(
    "query",
    [
        "ASK { <state/rus> skos:prefLabel ?label }",
        "ASK WHERE { ?s skos:prefLabel 'Russia'@en . }",
        "ask { <state/rus> ?p <state/fra> } LIMIT 1",
        "ASK { <state/rus> ?p $o }",
    ],
)
def test_an_ask_of_one_anchored_pattern_is_a_seek(query: str) -> None:
    assert is_seek(BASE + query)
    assert is_single_scan(BASE + query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?p ?o WHERE { <state/rus> ?p ?o }",  # every match, not the first
        "DESCRIBE <state/rus>",
        "CONSTRUCT WHERE { <state/rus> ?p ?o }",
        "ASK { <state/rus> ?p ?p }",  # a repeated variable filters the subject's triples
        "ASK { <state/rus> ?p $p }",
        "ASK { <state/rus> ?p ?o } OFFSET 100",  # skips matches before answering
        "ASK { ?s ?p ?o }",
        "ASK { <x> ?p ?o . ?o ?q ?r }",
    ],
)
def test_other_queries_are_no_seek(query: str) -> None:
    assert not is_seek(BASE + query)
