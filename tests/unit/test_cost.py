"""Which queries the service takes for lookups (their own slots) and which for heavy ones."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph import EmbeddedStore
from graph.cost import is_seek, is_single_scan, looks_like_lookup, scan_bounds

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


@pytest.mark.parametrize(
    ("query", "bounds"),
    [
        ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o }", [("http://x/s", None, None)]),
        (
            "ASK { ?s a <http://x/T> }",
            [(None, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://x/T")],
        ),
        ("SELECT ?o WHERE { <http://x/s> skos:prefLabel ?o }", [("http://x/s", None, None)]),
        ("DESCRIBE <http://x/a> <http://x/b>", [("http://x/a", None, None), ("http://x/b", None, None)]),
        ("DESCRIBE <http://x/a> <b>", None),  # a relative IRI is not read here
        ("SELECT ?s WHERE { ?s skos:prefLabel 'Russia' }", None),  # no IRI anchors it
        ("SELECT ?o WHERE { <http://x/s> ?p ?o . ?o ?q ?r }", None),  # not a single scan
    ],
)
def test_scan_bounds_name_the_anchoring_iris(query: str, bounds: object) -> None:
    assert scan_bounds(BASE + query) == bounds


def test_a_scan_is_small_below_the_bound_and_without_blank_nodes() -> None:
    store = EmbeddedStore()
    try:
        subject = "http://x/s"
        store.add_to_graph(
            "http://x/g1",
            [
                ox.Triple(ox.NamedNode(subject), ox.NamedNode(f"http://x/p{i}"), ox.Literal("v"))
                for i in range(5)
            ],
        )
        store.add_to_graph(
            "http://x/g2", [ox.Triple(ox.NamedNode(subject), ox.NamedNode("http://x/p0"), ox.Literal("v"))]
        )
        bounds = scan_bounds(BASE + f"SELECT ?p ?o WHERE {{ <{subject}> ?p ?o }}")
        assert bounds is not None
        assert store.matches_fewer_than(bounds, 7)
        assert not store.matches_fewer_than(bounds, 6)  # a triple in two graphs is read twice
        assert store.matches_fewer_than([("http://x/other", None, None)], 1)
        store.add_to_graph(
            "http://x/g1", [ox.Triple(ox.NamedNode(subject), ox.NamedNode("http://x/q"), ox.BlankNode())]
        )
        assert not store.matches_fewer_than(bounds, 100)  # a DESCRIBE would read the blank node's too
        assert not store.matches_fewer_than([("not an IRI", None, None)], 100)
    finally:
        store.close()
