"""Which queries the service takes for lookups (their own slots) and which for heavy ones."""

from __future__ import annotations

import pytest

from graph.cost import looks_like_lookup

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
