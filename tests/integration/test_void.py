"""The VoID description at /.well-known/void, over both stores: what a federating client reads first."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.config import ApiConfig
from graph import Store

MakeClient = Callable[[object], AbstractContextManager[httpx.Client]]

BASE = "https://w3id.org/treatygraph/id/"
DOC_A = BASE + "graph/doc/a"
DOC_B = BASE + "graph/doc/b"
REGISTRY = BASE + "graph/registry"

PREFIXES = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix id: <https://w3id.org/treatygraph/id/> .
"""
GRAPHS = {
    REGISTRY: """
        id:treaty\\/cets-126 a tg:Treaty ; skos:prefLabel "ECPT"@en .
        id:state\\/rus a tg:State ; skos:prefLabel "Russian Federation"@en .
        id:org\\/coe a tg:IntergovernmentalOrganization ; skos:prefLabel "Council of Europe"@en .
    """,
    DOC_A: """
        id:doc\\/a a tg:SourceDocument ; dct:title "Russia leaves the ECPT" ; schema:mentions id:state\\/rus .
        id:state\\/rus tg:partyTo id:treaty\\/cets-126 .
    """,
    # Shares one triple with DOC_A: the union holds it once.
    DOC_B: """
        id:doc\\/b a tg:SourceDocument ; schema:mentions id:state\\/rus .
        id:state\\/rus tg:partyTo id:treaty\\/cets-126 .
    """,
}

VOID = "http://rdfs.org/ns/void#"


def triples_of(turtle: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(PREFIXES + turtle, format=ox.RdfFormat.TURTLE)]


@pytest.fixture
def filled(store: Store) -> Store:
    for graph, turtle in GRAPHS.items():
        store.replace_graph(graph, triples_of(turtle))
    return store


@pytest.fixture
def client(filled: Store, make_client: MakeClient) -> Iterator[httpx.Client]:
    with make_client(create_app(ApiConfig(), filled)) as http:
        yield http


def described(response: httpx.Response, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> ox.Store:
    assert response.status_code == 200, response.text
    graph = ox.Store()
    graph.extend(ox.parse(response.content, format=fmt))
    return graph


def values(graph: ox.Store, query: str) -> list[str]:
    rows = graph.query(f"PREFIX void: <{VOID}> PREFIX dct: <http://purl.org/dc/terms/> {query}")
    assert isinstance(rows, ox.QuerySolutions)
    return sorted(str(row[0].value) for row in rows)


DATASET = "<http://testserver/.well-known/void#dataset>"


def test_where_to_query_and_what_iris_the_dataset_mints(client: httpx.Client) -> None:
    response = client.get("/.well-known/void")
    assert response.headers["content-type"].startswith("text/turtle")
    void = described(response)
    assert values(void, f"SELECT ?e WHERE {{ {DATASET} a void:Dataset ; void:sparqlEndpoint ?e }}") == [
        "http://testserver/sparql"
    ]
    assert values(void, f"SELECT ?d WHERE {{ {DATASET} void:dataDump ?d }}") == ["http://testserver/store"]
    assert values(void, f"SELECT ?u WHERE {{ {DATASET} void:uriSpace ?u }}") == [BASE]
    assert values(void, f"SELECT ?t WHERE {{ {DATASET} dct:title ?t }}") == ["TreatyGraph"]


def test_counts_distinct_triples_of_the_union(client: httpx.Client, filled: Store) -> None:
    void = described(client.get("/.well-known/void"))
    every = {t for g in filled.graphs() for t in filled.graph_triples(g)}
    assert values(void, f"SELECT ?n WHERE {{ {DATASET} void:triples ?n }}") == [str(len(every))]
    subjects = {t.subject for t in every}
    assert values(void, f"SELECT ?n WHERE {{ {DATASET} void:distinctSubjects ?n }}") == [str(len(subjects))]
    assert values(void, f"SELECT ?n WHERE {{ {DATASET} void:entities ?n }}") == ["3"]  # labelled
    # The property partitions split the same distinct triples.
    per_property = values(
        void, f"SELECT ?n WHERE {{ {DATASET} void:propertyPartition [ void:property ?p ; void:triples ?n ] }}"
    )
    assert sum(int(n) for n in per_property) == len(every)
    [party] = values(
        void,
        f"SELECT ?n WHERE {{ {DATASET} void:propertyPartition [ void:property "
        "<https://w3id.org/treatygraph/def#partyTo> ; void:triples ?n ] }",
    )
    assert party == "1"


def test_class_partitions_count_instances(client: httpx.Client) -> None:
    void = described(client.get("/.well-known/void"))
    rows = values(
        void,
        f"SELECT (CONCAT(STR(?c), ' ', STR(?n)) AS ?x) WHERE {{ {DATASET} void:classPartition "
        "[ void:class ?c ; void:entities ?n ] }",
    )
    tg = "https://w3id.org/treatygraph/def#"
    assert rows == sorted(
        [f"{tg}IntergovernmentalOrganization 1", f"{tg}SourceDocument 2", f"{tg}State 1", f"{tg}Treaty 1"]
    )


def test_vocabularies_are_the_namespaces_in_use(client: httpx.Client) -> None:
    void = described(client.get("/.well-known/void"))
    assert values(void, f"SELECT ?v WHERE {{ {DATASET} void:vocabulary ?v }}") == sorted(
        [
            "http://purl.org/dc/terms/",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://www.w3.org/2004/02/skos/core#",
            "https://schema.org/",
            "https://w3id.org/treatygraph/def#",
        ]
    )


def test_example_resources_are_only_those_present(client: httpx.Client) -> None:
    void = described(client.get("/.well-known/void"))
    # org/cpt is one of the preferred examples, but this dataset does not hold it.
    assert values(void, f"SELECT ?r WHERE {{ {DATASET} void:exampleResource ?r }}") == [
        BASE + "state/rus",
        BASE + "treaty/cets-126",
    ]


def test_one_subset_per_named_graph_with_its_source_document(client: httpx.Client, filled: Store) -> None:
    void = described(client.get("/.well-known/void"))
    assert values(void, f"SELECT ?s WHERE {{ {DATASET} void:subset ?s }}") == sorted(GRAPHS)
    for graph in GRAPHS:
        assert values(void, f"SELECT ?n WHERE {{ <{graph}> a void:Dataset ; void:triples ?n }}") == [
            str(filled.count(graph))
        ]
    assert values(void, f"SELECT ?d WHERE {{ <{DOC_A}> dct:source ?d }}") == [BASE + "doc/a"]
    assert values(void, f"SELECT ?d WHERE {{ <{DOC_B}> dct:source ?d }}") == [BASE + "doc/b"]
    assert values(void, f"SELECT ?t WHERE {{ <{DOC_A}> dct:title ?t }}") == ["Russia leaves the ECPT"]
    assert values(void, f"SELECT ?d WHERE {{ <{REGISTRY}> dct:source ?d }}") == []
    assert values(void, f"SELECT ?t WHERE {{ <{REGISTRY}> dct:title ?t }}")


@pytest.mark.parametrize(
    ("accept", "media_type", "fmt"),
    [
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("*/*", "text/turtle", ox.RdfFormat.TURTLE),
        # A browser: the Turtle as plain text, which it shows instead of downloading.
        ("text/html,application/xhtml+xml,*/*;q=0.8", "text/plain", ox.RdfFormat.TURTLE),
    ],
)
def test_negotiated_formats_say_the_same(
    client: httpx.Client, accept: str, media_type: str, fmt: ox.RdfFormat
) -> None:
    turtle = described(client.get("/.well-known/void"))
    response = client.get("/.well-known/void", headers={"Accept": accept})
    assert response.headers["content-type"].split(";")[0] == media_type
    assert "Accept" in response.headers["vary"]
    assert len(described(response, fmt)) == len(turtle)


def test_unavailable_format_is_406(client: httpx.Client) -> None:
    response = client.get("/.well-known/void", headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_head_has_no_body(client: httpx.Client) -> None:
    response = client.head("/.well-known/void")
    assert response.status_code == 200 and response.content == b""


def test_public_url_names_the_endpoint(filled: Store, make_client: MakeClient) -> None:
    config = ApiConfig(public_url="https://treaties.example.org/")
    with make_client(create_app(config, filled)) as http:
        void = described(http.get("/.well-known/void"))
    dataset = "<https://treaties.example.org/.well-known/void#dataset>"
    assert values(void, f"SELECT ?e WHERE {{ {dataset} void:sparqlEndpoint ?e }}") == [
        "https://treaties.example.org/sparql"
    ]


def test_figures_follow_a_write(client: httpx.Client, filled: Store) -> None:
    before = values(
        described(client.get("/.well-known/void")), f"SELECT ?n WHERE {{ {DATASET} void:triples ?n }}"
    )
    filled.replace_graph(BASE + "graph/doc/c", triples_of('id:org\\/cpt skos:prefLabel "CPT"@en .'))
    void = described(client.get("/.well-known/void"))
    assert values(void, f"SELECT ?n WHERE {{ {DATASET} void:triples ?n }}") == [str(int(before[0]) + 1)]
    assert BASE + "graph/doc/c" in values(void, f"SELECT ?s WHERE {{ {DATASET} void:subset ?s }}")
    assert BASE + "org/cpt" in values(void, f"SELECT ?r WHERE {{ {DATASET} void:exampleResource ?r }}")
