"""Hostile and broken input: no 500, no crash, no change to stored data, a precise 4xx instead.

Property-based (hypothesis) over the SPARQL, update and Graph Store endpoints (with hostile
bodies and updates against a SHACL-gated service: entity bombs, deep nesting, long literals,
LOAD targets, deletions breaking the shapes), plus schemathesis over every operation of the
OpenAPI description. Example counts are small here (``make test``);
tests/stress/test_fuzz_long.py runs the same properties with many more.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
import rdflib
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore, Gate

EXAMPLES = int(os.environ.get("TREATYGRAPH_FUZZ_EXAMPLES", "40"))
TOKEN = "fuzz-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

INJECTIONS = [
    "http://x> } ; DROP ALL ; INSERT DATA { <a",
    "http://x/> } } ; CLEAR ALL ; #",
    'http://x/" ; DROP ALL',
    "http://x/\n} DROP ALL {",
    "http://x/\\u003e } ; DROP ALL",
    "",
    "relative/iri",
]
SPARQL_WORDS = [
    "SELECT",
    "ASK",
    "CONSTRUCT",
    "DESCRIBE",
    "WHERE",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "?s",
    "?p",
    "?o",
    "<http://x/a>",
    "'lit'",
    '"""long"""',
    "FILTER",
    "OPTIONAL",
    "UNION",
    "GRAPH",
    "SERVICE",
    "VALUES",
    "BIND",
    "AS",
    "COUNT",
    "*",
    ".",
    ";",
    ",",
    "LIMIT",
    "1",
    "ORDER BY",
    "GROUP BY",
    "INSERT",
    "DELETE",
    "DATA",
    "DROP",
    "ALL",
    "LOAD",
    "CLEAR",
    "#",
    "\n",
    "PREFIX",
    "x:",
    "BASE",
    "<<(",
    ")>>",
    "^^",
    "@en",
    "REGEX(?o, '(a+)+$')",
    "\x00",
    "\ufffd",
]
sparql_text = st.one_of(
    st.lists(st.sampled_from(SPARQL_WORDS), max_size=40).map(" ".join),
    st.text(max_size=300),
    st.integers(min_value=150, max_value=5000).map(lambda n: "SELECT * WHERE " + "{" * n + "}" * n),
    st.integers(min_value=150, max_value=5000).map(
        lambda n: "ASK { FILTER(" + "(" * n + "1" + ")" * n + ") }"
    ),
)
body_bytes = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.sampled_from(
        [b"<a:b> <a:c> <a:d> .", b"<a:b> <a:c> .", b"@prefix : <http://x/> . :a :b [ :c ( 1 2 ) ] ."]
    ),
)
content_types = st.sampled_from(
    [
        "text/turtle",
        "text/turtle; charset=latin-1",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
        "application/n-quads",
        "application/trig",
        "text/plain",
        "application/json",
        "multipart/form-data; boundary=x",
        "",
        "application/sparql-update",
        "application/x-www-form-urlencoded",
    ]
)


@pytest.fixture
def fuzzed(make_client: object, app_store: EmbeddedStore) -> Iterator[tuple[httpx.Client, EmbeddedStore]]:
    config = ApiConfig(write_token=TOKEN, query_timeout=5, result_limit=1000, max_body_bytes=100_000)
    with make_client(create_app(config, app_store)) as http:  # type: ignore[operator]
        yield http, app_store


def snapshot(store: EmbeddedStore) -> bytes:
    return store.dump(ox.RdfFormat.N_QUADS)


def assert_precise_refusal(r: httpx.Response) -> None:
    assert r.status_code < 500 or r.status_code == 503, (r.status_code, r.text)
    if r.status_code >= 400:
        assert r.text.strip(), "an error without a message"


@FUZZ
@given(query=sparql_text, via=st.sampled_from(["get", "form", "direct"]))
def test_any_query_text_gets_an_answer_or_a_4xx(
    fuzzed: tuple[httpx.Client, EmbeddedStore], query: str, via: str
) -> None:
    http, store = fuzzed
    before = snapshot(store)
    if via == "get":
        r = http.get("/sparql", params={"query": query})
    elif via == "form":
        r = http.post("/sparql", data={"query": query})
    else:
        r = http.post(
            "/sparql",
            content=query.encode("utf-8", "surrogatepass"),
            headers={"Content-Type": "application/sparql-query"},
        )
    assert r.status_code != 503 or "time limit" in r.text
    assert_precise_refusal(r)
    assert snapshot(store) == before


@FUZZ
@given(update=sparql_text)
def test_any_update_text_is_applied_or_refused_whole(
    fuzzed: tuple[httpx.Client, EmbeddedStore], update: str
) -> None:
    http, store = fuzzed
    before = snapshot(store)
    r = http.post(
        "/update",
        content=update.encode("utf-8", "surrogatepass"),
        headers={"Content-Type": "application/sparql-update", **AUTH},
    )
    assert_precise_refusal(r)
    if r.status_code >= 400:
        assert snapshot(store) == before


@FUZZ
@given(
    graph=st.one_of(st.sampled_from(INJECTIONS), st.text(max_size=60)),
    body=body_bytes,
    content_type=content_types,
    method=st.sampled_from(["PUT", "POST", "DELETE", "GET"]),
)
def test_graph_store_refuses_hostile_graphs_and_bodies_without_changes(
    fuzzed: tuple[httpx.Client, EmbeddedStore], graph: str, body: bytes, content_type: str, method: str
) -> None:
    http, store = fuzzed
    before = snapshot(store)
    headers = {"Content-Type": content_type, **AUTH} if content_type else AUTH
    r = http.request(method, "/store", params={"graph": graph}, content=body, headers=headers)
    assert_precise_refusal(r)
    if r.status_code >= 400:
        assert snapshot(store) == before, (r.status_code, r.text)


@pytest.mark.parametrize("graph", INJECTIONS)
def test_an_injected_graph_iri_is_400_and_drops_nothing(
    fuzzed: tuple[httpx.Client, EmbeddedStore], graph: str
) -> None:
    http, store = fuzzed
    before = snapshot(store)
    for method in ("PUT", "POST", "DELETE"):
        r = http.request(
            method,
            "/store",
            params={"graph": graph},
            content=b"<http://x/a> <http://x/b> <http://x/c> .",
            headers={"Content-Type": "application/n-triples", **AUTH},
        )
        assert r.status_code == 400 and "not an absolute IRI" in r.text, r.text
    assert snapshot(store) == before


def test_nesting_that_would_crash_the_parser_is_400(fuzzed: tuple[httpx.Client, EmbeddedStore]) -> None:
    http, _ = fuzzed
    deep = "SELECT * WHERE " + "{" * 40_000 + "}" * 40_000
    r = http.post("/sparql", content=deep, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400 and "nest" in r.text
    r = http.post(
        "/update",
        content="INSERT { <a:a> <a:b> <a:c> } WHERE " + "{" * 40_000 + "}" * 40_000,
        headers={"Content-Type": "application/sparql-update", **AUTH},
    )
    assert r.status_code == 400 and "nest" in r.text


# --- schemathesis, from the OpenAPI description -------------------------------------------------


def _openapi_schema() -> schemathesis.schemas.BaseSchema:
    store = EmbeddedStore(None)
    store.replace_graph("http://example.org/g", [ox.Triple(EX_A, EX_B, ox.Literal("c"))])
    app = create_app(ApiConfig(write_token=TOKEN, query_timeout=5, max_body_bytes=100_000), store)
    with warnings.catch_warnings():
        # FastAPI warns that GET and HEAD of one route share an operation id; harmless here.
        warnings.simplefilter("ignore", UserWarning)
        document = app.openapi()
    # Routes reading their path through the Request (/store/{path}) do not declare it.
    for path, operations in document["paths"].items():
        for name in re.findall(r"{(\w+)}", path):
            for operation in operations.values():
                declared = operation.setdefault("parameters", [])
                if not any(p.get("name") == name and p.get("in") == "path" for p in declared):
                    declared.append(
                        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                    )
    loaded = schemathesis.openapi.from_dict(document)
    loaded.app = app
    return loaded


EX_A, EX_B = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/b")
schema = _openapi_schema()


@schema.parametrize()
@settings(max_examples=max(EXAMPLES // 4, 5), deadline=None, suppress_health_check=list(HealthCheck))
def test_every_openapi_operation_survives_generated_requests(case: schemathesis.Case[Any]) -> None:
    response = case.call(headers=AUTH)
    case.validate_response(response, checks=[not_a_server_error])


# --- hostile Graph Store bodies and updates, with a SHACL gate ------------------------------------

GATE_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ex:TreatyShape a sh:NodeShape ; sh:targetClass ex:Treaty ;
  sh:property [ sh:path skos:prefLabel ; sh:minCount 1 ; sh:message "a treaty needs a label" ] .
ex:MonitorShape a sh:NodeShape ; sh:targetSubjectsOf ex:monitors ;
  sh:property [ sh:path ex:monitors ; sh:class ex:Treaty ; sh:message "monitors a treaty" ] .
"""
RDF_XML_HEAD = (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
)


def _entity_bomb(levels: int, fanout: int) -> bytes:
    entities = ['<!ENTITY e0 "lol">'] + [
        f'<!ENTITY e{i} "{f"&e{i - 1};" * fanout}">' for i in range(1, levels)
    ]
    return (
        f"<!DOCTYPE rdf:RDF [{''.join(entities)}]>{RDF_XML_HEAD}"
        f'<rdf:Description rdf:about="http://example.org/a"><ex:p>&e{levels - 1};</ex:p>'
        "</rdf:Description></rdf:RDF>"
    ).encode()


def _deep_xml(depth: int) -> bytes:
    return (
        RDF_XML_HEAD
        + "<rdf:Description>"
        + "<ex:p><rdf:Description>" * depth
        + "</rdf:Description></ex:p>" * depth
        + "</rdf:Description></rdf:RDF>"
    ).encode()


def _deep_json(depth: int) -> bytes:
    return ('{"@id":"http://x/a",' + '"http://x/p":{' * depth + '"@value":"1"' + "}" * depth + "}").encode()


hostile_bodies = st.one_of(
    st.tuples(
        st.just("application/rdf+xml"), st.builds(_entity_bomb, st.integers(2, 12), st.integers(2, 12))
    ),
    st.tuples(st.just("application/rdf+xml"), st.integers(1, 3000).map(_deep_xml)),
    st.tuples(st.just("application/ld+json"), st.integers(1, 3000).map(_deep_json)),
    st.tuples(
        st.just("text/turtle"),
        st.integers(1, 5000).map(
            lambda n: ("<http://x/a> <http://x/p> " + "[ <http://x/p> " * n + "1" + " ]" * n + " .").encode()
        ),
    ),
    st.tuples(
        st.just("application/n-triples"),
        st.integers(1, 50_000).map(lambda n: f'<http://x/a> <http://x/p> "{"y" * n}" .'.encode()),
    ),
    st.tuples(
        st.just("text/turtle"),
        st.sampled_from(
            [
                b"@prefix ex: <http://example.org/> . ex:t a ex:Treaty .",
                b"@prefix ex: <http://example.org/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> ."
                b' ex:t a ex:Treaty ; skos:prefLabel "T" .',
                b"@prefix ex: <http://example.org/> . ex:b ex:monitors ex:nothing .",
            ]
        ),
    ),
)
hostile_updates = st.one_of(
    st.integers(1, 20_000).map(
        lambda n: "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(" + "!" * n + "true) }"
    ),
    st.integers(1, 5_000).map(lambda n: "DELETE WHERE { " + "{" * n + "?s ?p ?o" + "}" * n + " }"),
    st.builds(
        lambda host, path: f"LOAD <http://{host}/{path}> INTO GRAPH <http://example.org/l>",
        st.sampled_from(["127.0.0.1:9", "2130706433:9", "[::1]:9", "localhost:9", "0x7f.1:9", "10.0.0.1"]),
        st.text(alphabet="abc/", max_size=10),
    ),
    st.sampled_from(
        [
            "LOAD <file:///etc/passwd>",
            "DROP GRAPH <http://example.org/graph/a>",
            "DROP ALL",
            "CLEAR DEFAULT",
            "PREFIX ex: <http://example.org/> INSERT DATA { GRAPH ex:b { ex:t a ex:Treaty } }",
            "PREFIX ex: <http://example.org/> DELETE WHERE { GRAPH ?g { ex:ecpt a ?t } }",
            'INSERT DATA { GRAPH <http://example.org/graph/b> { <http://x/a> <http://x/p> "ok" } }',
            "MOVE <http://example.org/graph/a> TO DEFAULT",
        ]
    ),
    sparql_text,
)


@pytest.fixture
def gated(make_client: object, app_store: EmbeddedStore) -> Iterator[tuple[httpx.Client, EmbeddedStore]]:
    gate = Gate(shapes=rdflib.Graph().parse(data=GATE_SHAPES, format="turtle"), ontology=rdflib.Graph())
    config = ApiConfig(write_token=TOKEN, query_timeout=5, max_body_bytes=2_000_000)
    with make_client(create_app(config, app_store, gate)) as http:  # type: ignore[operator]
        yield http, app_store


@FUZZ
@given(body=hostile_bodies, method=st.sampled_from(["PUT", "POST"]))
def test_hostile_graph_store_bodies_are_refused_or_gated_without_changes(
    gated: tuple[httpx.Client, EmbeddedStore], body: tuple[str, bytes], method: str
) -> None:
    http, store = gated
    before = snapshot(store)
    media, content = body
    r = http.request(
        method,
        "/store",
        params={"graph": "http://example.org/graph/b"},
        content=content,
        headers={"Content-Type": media, **AUTH},
    )
    assert r.status_code < 500, (r.status_code, r.text[:300])
    if r.status_code >= 400:
        assert r.text.strip()
        assert snapshot(store) == before, (r.status_code, r.text[:300])


@FUZZ
@given(update=hostile_updates)
def test_hostile_updates_are_refused_or_gated_without_changes(
    gated: tuple[httpx.Client, EmbeddedStore], update: str
) -> None:
    http, store = gated
    before = snapshot(store)
    r = http.post(
        "/update",
        content=update.encode("utf-8", "surrogatepass"),
        headers={"Content-Type": "application/sparql-update", **AUTH},
    )
    assert r.status_code < 500, (r.status_code, r.text[:300])
    if r.status_code >= 400:
        assert r.text.strip()
        assert snapshot(store) == before, (r.status_code, r.text[:300])


# --- search and pages ----------------------------------------------------------------------------

search_text = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(["CPT", "ECPT", "Navalny", "ё", "%", "*", "\\", '"', "' OR 1=1", " "]), max_size=80
    ).map("".join),
)
page_value = st.one_of(st.text(max_size=120), st.sampled_from(INJECTIONS), st.integers().map(str))


@FUZZ
@given(q=search_text, limit=st.integers(min_value=-5, max_value=80))
def test_any_search_text_gets_results_or_a_400(
    fuzzed: tuple[httpx.Client, EmbeddedStore], q: str, limit: int
) -> None:
    http, store = fuzzed
    before = snapshot(store)
    r = http.get("/api/search", params={"q": q, "limit": str(limit)})
    assert r.status_code in (200, 400), (r.status_code, r.text)
    if r.status_code == 200:
        assert isinstance(r.json()["results"], list)
    else:
        assert r.json()["error"]
    assert snapshot(store) == before


@FUZZ
@given(
    path=st.sampled_from(["/api/neighbours", "/timeline", "/search", "/network", "/browse/treaties"]),
    name=st.sampled_from(["iri", "q", "focus", "from", "to", "state", "treaty", "body"]),
    value=page_value,
)
def test_pages_answer_any_parameter_without_a_server_error(
    fuzzed: tuple[httpx.Client, EmbeddedStore], path: str, name: str, value: str
) -> None:
    http, store = fuzzed
    before = snapshot(store)
    r = http.get(path, params={name: value})
    assert_precise_refusal(r)
    assert r.status_code != 503, r.text  # nothing here is slow: a 503 would be a stall
    assert snapshot(store) == before
