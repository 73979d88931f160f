"""The SPARQL 1.1 Protocol endpoints (/sparql, /update), the service description, CORS, /health
and the landing page, over HTTP against the app on each store: in memory, ``oxigraph serve``
and Virtuoso (the same assertions; what a server cannot do is a strict expected failure).

``client`` (tests/conftest.py) serves ``app_store`` writable with the token "test-token"; tests
needing another configuration build their app and talk to it through ``httpx.ASGITransport``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import closing
from html import unescape

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from servers import STORE_KINDS, copied_to_server

from api.app import create_app
from api.config import ApiConfig
from api.errors import ApiError
from api.sparql import apply_protocol_dataset
from graph import EmbeddedStore, Gate, Store

GRAPH_A = "http://example.org/graph/a"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
AUTH = {"Authorization": "Bearer test-token"}
SD = "http://www.w3.org/ns/sparql-service-description#"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}


@pytest.fixture(params=STORE_KINDS)
def app_store(request: pytest.FixtureRequest, app_store: EmbeddedStore) -> Iterator[Store]:
    """The test data (tests/conftest.py) in memory, or copied to each real server."""
    if request.param == "embedded":
        yield app_store
        return
    with closing(copied_to_server(request, request.param, app_store)) as remote:
        yield remote


def asgi(config: ApiConfig, store: Store, gate: Gate | None = None) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(config, store, gate))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


def count_of(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text
    solutions = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
    assert isinstance(solutions, ox.QuerySolutions)
    value = next(iter(solutions))["n"]
    assert isinstance(value, ox.Literal)
    return int(value.value)


def triples_of(response: httpx.Response, fmt: ox.RdfFormat) -> set[str]:
    return {str(q.triple) for q in ox.parse(response.content, format=fmt)}


# --- query: the three ways to send one ----------------------------------------------------------


def test_get_query_answers_json_by_default(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": COUNT})
    assert r.headers["content-type"] == "application/sparql-results+json"
    assert "Accept" in r.headers["vary"]
    assert count_of(r) == 5


def test_form_post_query(client: httpx.Client) -> None:
    assert count_of(client.post("/sparql", content=f"query={COUNT}", headers=FORM)) == 5


def test_direct_post_query(client: httpx.Client) -> None:
    assert count_of(client.post("/sparql", content=COUNT, headers=DIRECT)) == 5


def test_ask_answers_a_boolean(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "ASK { ?s a <http://example.org/Treaty> }"})
    assert r.status_code == 200
    answer = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
    assert isinstance(answer, ox.QueryBoolean) and bool(answer)


# --- dataset -------------------------------------------------------------------------------------


def test_default_graph_is_the_union_of_all_graphs(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"})
    assert count_of(r) == 5  # the same triples, seen through their named graph


def test_default_graph_uri_restricts_the_default_graph(client: httpx.Client) -> None:
    elsewhere = {"query": COUNT, "default-graph-uri": "http://example.org/graph/none"}
    assert count_of(client.get("/sparql", params=elsewhere)) == 0
    here = {"query": COUNT, "default-graph-uri": GRAPH_A}
    assert count_of(client.get("/sparql", params=here)) == 5


def test_named_graph_uri_in_a_form_body(client: httpx.Client) -> None:
    body = httpx.QueryParams(
        {"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": GRAPH_A}
    )
    assert count_of(client.post("/sparql", content=str(body), headers=FORM)) == 5
    # only named graphs given: the default graph is empty
    body = httpx.QueryParams({"query": COUNT, "named-graph-uri": GRAPH_A})
    assert count_of(client.post("/sparql", content=str(body), headers=FORM)) == 0


def test_relative_iris_resolve_against_the_data_base(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "SELECT (<state/rus> AS ?x) {}"})
    assert "https://w3id.org/treatygraph/id/state/rus" in r.text


# --- content negotiation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv; charset=utf-8"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("text/*;q=0.2, text/csv;q=0, application/json;q=0.1", "text/tab-separated-values; charset=utf-8"),
    ],
)
def test_results_format_follows_accept_q_values(
    client: httpx.Client, accept: str | None, expected: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": COUNT}, headers=headers)
    assert r.status_code == 200 and r.headers["content-type"] == expected
    if expected.startswith("text/csv"):  # CSV results are lossy; pyoxigraph will not parse them
        assert r.text.splitlines() == ["n", "5"]
        return
    fmt = ox.QueryResultsFormat.from_media_type(expected)
    assert fmt is not None
    assert isinstance(ox.parse_query_results(r.content, format=fmt), ox.QuerySolutions)


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        (None, ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/n-quads;q=0.5, application/trig", ox.RdfFormat.TRIG),
    ],
)
def test_graph_format_follows_accept(client: httpx.Client, accept: str | None, fmt: ox.RdfFormat) -> None:
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers=headers)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == fmt.media_type
    assert len(triples_of(r, fmt)) == 5


def test_unmatched_accept_is_406_listing_the_offers(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": COUNT}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and r.headers["content-type"].startswith("text/plain")
    assert "application/sparql-results+json" in r.text and "text/turtle" in r.text


def test_graph_accept_for_a_select_is_406(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": COUNT}, headers={"Accept": "text/turtle"})
    assert r.status_code == 406
    assert "text/csv" in r.text and "text/turtle" not in r.text


# --- refusals ------------------------------------------------------------------------------------


def test_malformed_query_is_400_plain_text_with_the_parser_position(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "SELEC ?s WHERE {}"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
    assert r.text.startswith("line 1, column 1: ")  # the client's line 1, not the service's BASE line


@pytest.mark.parametrize(
    ("content", "headers"),
    [
        ("DELETE WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-update"}),
        ("update=CLEAR+ALL", FORM),
        ("query=CLEAR+ALL", FORM),
        ("query=ASK+%7B%7D&update=CLEAR+ALL", FORM),
    ],
)
def test_updates_sent_to_the_query_endpoint_are_400(
    client: httpx.Client, content: str, headers: dict[str, str]
) -> None:
    r = client.post("/sparql", content=content, headers={**headers, **AUTH})
    assert r.status_code == 400
    assert count_of(client.get("/sparql", params={"query": COUNT})) == 5


@pytest.mark.parametrize(
    "headers",
    [{"Content-Type": "text/plain"}, {}, {"Content-Type": "application/sparql-query; charset=utf-16"}],
)
def test_wrong_media_type_on_post_is_415(client: httpx.Client, headers: dict[str, str]) -> None:
    assert client.post("/sparql", content="ASK {}", headers=headers).status_code == 415


@pytest.mark.parametrize(
    "params",
    [
        "query=ASK+%7B%7D&query=ASK+%7B%7D",
        f"default-graph-uri={GRAPH_A}",
        "update=CLEAR+ALL",
        "query=ASK+%7B%7D&named-graph-uri=not+an+iri",
        "query=ASK+%7B%7D&default-graph-uri=relative",
    ],
)
def test_ambiguous_or_missing_query_is_400(client: httpx.Client, params: str) -> None:
    assert client.get("/sparql", params=params).status_code == 400


def test_query_in_both_url_and_body_is_400(client: httpx.Client) -> None:
    r = client.post("/sparql", params={"query": "ASK {}"}, content="ASK {}", headers=DIRECT)
    assert r.status_code == 400


def test_other_methods_are_405(client: httpx.Client) -> None:
    assert client.put("/sparql", params={"query": "ASK {}"}).status_code == 405


@pytest.mark.anyio
async def test_query_past_the_timeout_is_503(app_store: Store) -> None:
    async with asgi(ApiConfig(query_timeout=0), app_store) as http:
        r = await http.get("/sparql", params={"query": COUNT})
    assert r.status_code == 503 and "time limit" in r.text


@pytest.mark.anyio
async def test_body_over_the_limit_is_413(app_store: Store) -> None:
    async with asgi(ApiConfig(max_body_bytes=64), app_store) as http:
        r = await http.post("/sparql", content="ASK {}" + " " * 100, headers=DIRECT)
    assert r.status_code == 413


@pytest.mark.anyio
async def test_result_limit_caps_graph_results(app_store: Store) -> None:
    async with asgi(ApiConfig(result_limit=2), app_store) as http:
        r = await http.get("/sparql", params={"query": CONSTRUCT})
    assert len(triples_of(r, ox.RdfFormat.TURTLE)) == 2


# --- service description and query form ------------------------------------------------------------


def test_bare_get_is_a_service_description(client: httpx.Client) -> None:
    r = client.get("/sparql")
    assert r.status_code == 200 and r.headers["content-type"] == "text/turtle; charset=utf-8"
    graph = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace(SD)
    service = graph.value(None, rdflib.RDF.type, sd.Service)
    assert service is not None
    assert graph.value(service, sd.endpoint) == rdflib.URIRef("http://testserver/sparql")
    languages = set(graph.objects(service, sd.supportedLanguage))
    assert languages == {sd.SPARQL11Query, sd.SPARQL11Update}
    assert (service, sd.feature, sd.UnionDefaultGraph) in graph
    assert len(set(graph.objects(service, sd.resultFormat))) == 10
    names = set(graph.objects(None, sd.name))
    assert names == {rdflib.URIRef(GRAPH_A)}


@pytest.mark.anyio
async def test_read_only_description_uses_the_public_url(app_store: Store) -> None:
    config = ApiConfig(public_url="https://example.org/tg/")
    async with asgi(config, app_store) as http:
        r = await http.get("/sparql", headers={"Accept": "application/n-triples"})
    assert r.headers["content-type"] == "application/n-triples"
    assert f"<{SD}endpoint> <https://example.org/tg/sparql>" in r.text
    assert "SPARQL11Update" not in r.text


def test_browser_gets_a_query_form(client: httpx.Client) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/sparql", headers={"Accept": browser})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<form method="get"' in r.text and 'name="query"' in r.text


# --- update ----------------------------------------------------------------------------------------

INSERT = (
    "INSERT DATA { GRAPH <http://example.org/graph/b> { <http://example.org/x> a <http://example.org/T> } }"
)
UPDATE = {"Content-Type": "application/sparql-update"}


def test_update_with_the_token_is_204_and_applied(client: httpx.Client) -> None:
    r = client.post("/update", content=INSERT, headers={"Content-Type": "application/sparql-update", **AUTH})
    assert r.status_code == 204
    assert count_of(client.get("/sparql", params={"query": COUNT})) == 6


def test_form_update(client: httpx.Client) -> None:
    body = str(httpx.QueryParams({"update": INSERT}))
    assert client.post("/update", content=body, headers={**FORM, **AUTH}).status_code == 204


@pytest.mark.parametrize(
    ("headers", "error"),
    [({}, None), ({"Authorization": "Bearer wrong"}, "invalid_token"), ({"Authorization": "Basic x"}, None)],
)
def test_update_without_the_right_token_is_401(
    client: httpx.Client, headers: dict[str, str], error: str | None
) -> None:
    r = client.post("/update", content=INSERT, headers={**UPDATE, **headers})
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert (error in r.headers["www-authenticate"]) if error else True
    assert count_of(client.get("/sparql", params={"query": COUNT})) == 5


@pytest.mark.anyio
async def test_update_on_a_read_only_service_is_403(app_store: Store) -> None:
    async with asgi(ApiConfig(), app_store) as http:
        r = await http.post(
            "/update", content=INSERT, headers={"Content-Type": "application/sparql-update", **AUTH}
        )
    assert r.status_code == 403 and "read-only" in r.text


@pytest.mark.anyio
async def test_update_with_a_gate_still_needs_only_the_token(app_store: Store) -> None:
    gate = Gate(shapes=rdflib.Graph(), ontology=rdflib.Graph())
    before = app_store.count()
    async with asgi(ApiConfig(write_token="t"), app_store, gate) as http:
        refused = await http.post(
            "/update", content=INSERT, headers={"Content-Type": "application/sparql-update"}
        )
        r = await http.post(
            "/update",
            content=INSERT,
            headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer t"},
        )
    assert refused.status_code == 401
    assert r.status_code == 204
    assert app_store.count() > before


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [
        ("INSERT DATA { oops }", {"Content-Type": "application/sparql-update"}, 400),
        ("update=CLEAR+ALL&update=CLEAR+ALL", FORM, 400),
        ("update=CLEAR+ALL&query=ASK+%7B%7D", FORM, 400),
        ("CLEAR ALL", {"Content-Type": "text/plain"}, 415),
        ("CLEAR ALL", {"Content-Type": "application/sparql-update; charset=utf-16"}, 415),
    ],
)
def test_bad_updates_change_nothing(
    client: httpx.Client, content: str, headers: dict[str, str], status: int
) -> None:
    assert client.post("/update", content=content, headers={**headers, **AUTH}).status_code == status
    assert count_of(client.get("/sparql", params={"query": COUNT})) == 5


def test_get_on_update_is_405(client: httpx.Client) -> None:
    assert client.get("/update", params={"update": "CLEAR ALL"}).status_code == 405


def test_using_graph_uri_sets_the_update_dataset(client: httpx.Client) -> None:
    copy = "INSERT { GRAPH <http://example.org/graph/c> { ?s ?p ?o } } WHERE { ?s ?p ?o }"
    r = client.post(
        "/update",
        params={"using-graph-uri": GRAPH_A},
        content=copy,
        headers={"Content-Type": "application/sparql-update", **AUTH},
    )
    assert r.status_code == 204
    query = {"query": COUNT, "default-graph-uri": "http://example.org/graph/c"}
    assert count_of(client.get("/sparql", params=query)) == 5


def test_protocol_dataset_is_written_into_each_operation() -> None:
    text = (
        'PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:p "WHERE {" } ;\n'
        "DELETE WHERE { ?s ex:p ?o } ;\n"
        "# WHERE in a comment\nINSERT { ?s ex:q ?o } WHERE { ?s ex:p ?o FILTER(?o < 3) }"
    )
    out = apply_protocol_dataset(text, ["http://g/1"], ["http://g/2"])
    using = "USING <http://g/1> USING NAMED <http://g/2>"
    assert 'INSERT DATA { ex:a ex:p "WHERE {" }' in out
    assert f"DELETE {{ ?s ex:p ?o }} {using} WHERE {{ ?s ex:p ?o }}" in out
    assert f"INSERT {{ ?s ex:q ?o }} {using} WHERE" in out
    ox.Store().update(out)  # still valid SPARQL


@pytest.mark.parametrize(
    "text",
    [
        "WITH <http://g/x> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } USING <http://g/x> WHERE { ?s ?p ?o }",
    ],
)
def test_protocol_dataset_conflicting_with_using_or_with_is_400(text: str) -> None:
    with pytest.raises(ApiError) as raised:
        apply_protocol_dataset(text, ["http://g/1"], [])
    assert raised.value.status == 400


# --- CORS -----------------------------------------------------------------------------------------


def test_reads_are_open_to_any_origin(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": COUNT}, headers={"Origin": "https://elsewhere.example"})
    assert r.headers["access-control-allow-origin"] == "*"


def test_preflight_for_a_direct_post_query(client: httpx.Client) -> None:
    r = client.options(
        "/sparql",
        headers={
            "Origin": "https://elsewhere.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert r.status_code == 200
    assert "POST" in r.headers["access-control-allow-methods"]
    assert "content-type" in r.headers["access-control-allow-headers"].lower()


def test_preflight_for_a_write_is_refused(client: httpx.Client) -> None:
    r = client.options(
        "/store",
        headers={
            "Origin": "https://elsewhere.example",
            "Access-Control-Request-Method": "PUT",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert r.status_code == 400


# --- health, landing page, JSON errors ----------------------------------------------------------


def test_health(client: httpx.Client) -> None:
    r = client.get("/health")
    assert r.status_code == 200 and r.json() == {"status": "ok", "triples": 5}


def test_unknown_route_is_a_json_error(client: httpx.Client) -> None:
    r = client.get("/nowhere")
    assert r.status_code == 404
    assert r.json() == {"ok": False, "error": "Not Found", "status": 404}


@pytest.mark.anyio
async def test_landing_page_counts_and_escapes(app_store: Store) -> None:
    base = "https://w3id.org/treatygraph/id/"
    app_store.replace_graph(
        base + "graph/doc/one",
        [ox.Triple(ox.NamedNode(base + "doc/one"), ox.NamedNode(base + "p"), ox.Literal("x"))],
    )
    async with asgi(ApiConfig(title="<b>Treaties & Co</b>"), app_store) as http:
        r = await http.get("/")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "&lt;b&gt;Treaties &amp; Co&lt;/b&gt;" in r.text and "<b>" not in r.text
        figures = dict(re.findall(r'<dd id="(\w+)">(\d+)</dd>', r.text))
        assert figures == {"triples": "6", "graphs": "2", "documents": "1", "entities": "2"}
        links = re.findall(r'href="(/sparql\?query=[^"]+)"', r.text)
        assert len(links) >= 3
        for link in links:
            answer = await http.get(unescape(link))
            assert answer.status_code == 200, answer.text
