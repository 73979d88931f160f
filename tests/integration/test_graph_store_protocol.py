"""The SPARQL 1.1 Graph Store HTTP Protocol at /store, over HTTP against the app on each store:
in memory, ``oxigraph serve`` and Virtuoso (the same assertions; what a server cannot do is a
strict expected failure).

``client`` (tests/conftest.py) serves ``app_store`` (5 triples in GRAPH_A) writable with the
token "test-token"; other configurations are built here and reached through ASGITransport.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from servers import STORE_KINDS, cannot_on, copied_to_server

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore, Gate, Store

GRAPH_A = "http://example.org/graph/a"
GRAPH_B = "http://example.org/graph/b"
AUTH = {"Authorization": "Bearer test-token"}
TURTLE = {"Content-Type": "text/turtle; charset=utf-8", **AUTH}
DOC = b'<http://example.org/x> <http://example.org/p> "one" .'
OTHER = b'<http://example.org/x> <http://example.org/p> "two" .'

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:message "a thing needs a name" ] .
"""
# What Virtuoso cannot do, whatever the client: its default graph is the union of its graphs, with
# no graph of its own behind ``?default`` (its Graph Store endpoint refuses it), and a graph
# exists only while it holds triples.
NO_DEFAULT_GRAPH = "Virtuoso has no default graph of its own: ?default is refused (404)"
NO_EMPTY_GRAPHS = "Virtuoso keeps no empty graph: a graph exists only while it holds triples"

THING_WITHOUT_NAME = b"<http://example.org/t> a <http://example.org/Thing> ."
THING_WITH_NAME = THING_WITHOUT_NAME + b' <http://example.org/t> <http://example.org/name> "T" .'


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


def gate() -> Gate:
    return Gate(shapes=rdflib.Graph().parse(data=SHAPES, format="turtle"), ontology=rdflib.Graph())


def objects(response: httpx.Response) -> set[str]:
    assert response.status_code == 200, response.text
    return {str(q.object) for q in ox.parse(response.content, format=ox.RdfFormat.TURTLE)}


# --- reads -----------------------------------------------------------------------------------------


def test_get_a_named_graph_as_turtle(client: httpx.Client) -> None:
    r = client.get("/store", params={"graph": GRAPH_A})
    assert r.headers["content-type"] == "text/turtle; charset=utf-8"
    assert len(list(ox.parse(r.content, format=ox.RdfFormat.TURTLE))) == 5


@pytest.mark.parametrize("fmt", [ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML])
def test_get_follows_accept(client: httpx.Client, fmt: ox.RdfFormat) -> None:
    r = client.get("/store", params={"graph": GRAPH_A}, headers={"Accept": fmt.media_type})
    assert r.headers["content-type"].split(";")[0] == fmt.media_type
    assert len(list(ox.parse(r.content, format=fmt))) == 5


def test_get_with_unmatched_accept_is_406(client: httpx.Client) -> None:
    r = client.get("/store", params={"graph": GRAPH_A}, headers={"Accept": "text/html"})
    assert r.status_code == 406


def test_missing_graph_is_404_for_get_and_head(client: httpx.Client) -> None:
    assert client.get("/store", params={"graph": GRAPH_B}).status_code == 404
    assert client.head("/store", params={"graph": GRAPH_B}).status_code == 404


def test_head_has_the_headers_and_no_body(client: httpx.Client) -> None:
    r = client.head("/store", params={"graph": GRAPH_A})
    assert r.status_code == 200 and r.headers["content-type"] == "text/turtle; charset=utf-8"
    assert r.content == b""


def test_default_graph_is_the_store_own_default_graph(
    client: httpx.Client, request: pytest.FixtureRequest
) -> None:
    cannot_on(request, "virtuoso", NO_DEFAULT_GRAPH)
    r = client.get("/store", params={"default": ""})
    assert r.status_code == 200 and objects(r) == set()


def test_get_without_a_graph_dumps_the_dataset(client: httpx.Client) -> None:
    r = client.get("/store")
    assert r.headers["content-type"].split(";")[0] == "application/trig"
    quads = list(ox.parse(r.content, format=ox.RdfFormat.TRIG))
    assert len(quads) == 5 and {q.graph_name for q in quads} == {ox.NamedNode(GRAPH_A)}


@pytest.mark.parametrize(
    "params",
    [f"graph={GRAPH_A}&default", "graph=not%20an%20iri", f"graph={GRAPH_A}&graph={GRAPH_B}"],
)
def test_bad_graph_identification_is_400(client: httpx.Client, params: str) -> None:
    assert client.get("/store", params=params).status_code == 400


# --- writes ----------------------------------------------------------------------------------------


def test_put_creates_then_replaces(client: httpx.Client) -> None:
    r = client.put("/store", params={"graph": GRAPH_B}, content=DOC, headers=TURTLE)
    assert r.status_code == 201
    r = client.put("/store", params={"graph": GRAPH_B}, content=OTHER, headers=TURTLE)
    assert r.status_code == 204
    assert objects(client.get("/store", params={"graph": GRAPH_B})) == {'"two"'}


def test_post_merges_and_creates(client: httpx.Client) -> None:
    assert client.post("/store", params={"graph": GRAPH_B}, content=DOC, headers=TURTLE).status_code == 201
    assert client.post("/store", params={"graph": GRAPH_B}, content=OTHER, headers=TURTLE).status_code == 204
    assert objects(client.get("/store", params={"graph": GRAPH_B})) == {'"one"', '"two"'}


def test_delete_drops_then_404(client: httpx.Client) -> None:
    assert client.delete("/store", params={"graph": GRAPH_A}, headers=AUTH).status_code == 204
    assert client.get("/store", params={"graph": GRAPH_A}).status_code == 404
    assert client.delete("/store", params={"graph": GRAPH_A}, headers=AUTH).status_code == 404


def test_default_graph_put_post_delete(client: httpx.Client, request: pytest.FixtureRequest) -> None:
    cannot_on(request, "virtuoso", NO_DEFAULT_GRAPH)
    params = {"default": ""}
    assert client.put("/store", params=params, content=DOC, headers=TURTLE).status_code == 204
    assert client.post("/store", params=params, content=OTHER, headers=TURTLE).status_code == 204
    assert objects(client.get("/store", params=params)) == {'"one"', '"two"'}
    assert client.delete("/store", params=params, headers=AUTH).status_code == 204
    assert objects(client.get("/store", params=params)) == set()
    assert len(objects(client.get("/store", params={"graph": GRAPH_A}))) == 5


def test_post_without_a_graph_creates_one(client: httpx.Client) -> None:
    r = client.post("/store", content=DOC, headers=TURTLE)
    assert r.status_code == 201
    location = r.headers["location"]
    assert location.startswith("https://w3id.org/treatygraph/id/graph/")
    assert objects(client.get("/store", params={"graph": location})) == {'"one"'}


def test_empty_put_creates_an_empty_graph(client: httpx.Client, request: pytest.FixtureRequest) -> None:
    cannot_on(request, "virtuoso", NO_EMPTY_GRAPHS)
    assert client.put("/store", params={"graph": GRAPH_B}, content=b"", headers=TURTLE).status_code == 201
    assert objects(client.get("/store", params={"graph": GRAPH_B})) == set()


def test_multipart_post_merges_every_part(client: httpx.Client) -> None:
    files = {
        "a": ("a.ttl", DOC, "text/turtle"),
        "b": ("b.nt", OTHER, "application/n-triples"),
    }
    r = client.post("/store", params={"graph": GRAPH_B}, files=files, headers=AUTH)
    assert r.status_code == 201, r.text
    assert objects(client.get("/store", params={"graph": GRAPH_B})) == {'"one"', '"two"'}


def test_direct_identification_uses_the_request_url(client: httpx.Client) -> None:
    assert client.put("/store/people/1", content=DOC, headers=TURTLE).status_code == 201
    assert objects(client.get("/store/people/1")) == {'"one"'}
    graph = "http://testserver/store/people/1"
    assert objects(client.get("/store", params={"graph": graph})) == {'"one"'}


def test_direct_identification_keeps_percent_encoding(client: httpx.Client) -> None:
    # decoded, %3E%7D would close the IRI in the SPARQL update that writes the graph
    assert client.put("/store/a%3E%7D", content=DOC, headers=TURTLE).status_code == 201
    graph = "http://testserver/store/a%3E%7D"
    assert objects(client.get("/store", params={"graph": graph})) == {'"one"'}


def test_unparsable_body_is_400_naming_the_parser_error(client: httpx.Client) -> None:
    r = client.put("/store", params={"graph": GRAPH_A}, content=b"<x> <y> .", headers=TURTLE)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
    assert "Turtle" in r.text
    assert len(objects(client.get("/store", params={"graph": GRAPH_A}))) == 5


@pytest.mark.parametrize("media", ["text/plain", "application/octet-stream", ""])
def test_unknown_content_type_is_415(client: httpx.Client, media: str) -> None:
    headers = {"Content-Type": media, **AUTH} if media else AUTH
    r = client.put("/store", params={"graph": GRAPH_A}, content=DOC, headers=headers)
    assert r.status_code == 415
    assert len(objects(client.get("/store", params={"graph": GRAPH_A}))) == 5


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_writes_without_the_token_are_401(client: httpx.Client, method: str) -> None:
    r = client.request(
        method, "/store", params={"graph": GRAPH_A}, content=DOC, headers={"Content-Type": "text/turtle"}
    )
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert len(objects(client.get("/store", params={"graph": GRAPH_A}))) == 5


@pytest.mark.anyio
async def test_writes_to_a_read_only_service_are_403(app_store: Store) -> None:
    async with asgi(ApiConfig(), app_store) as http:
        r = await http.put("/store", params={"graph": GRAPH_B}, content=DOC, headers=TURTLE)
        assert r.status_code == 403
        assert (await http.get("/store", params={"graph": GRAPH_A})).status_code == 200


@pytest.mark.anyio
async def test_body_over_the_limit_is_413(app_store: Store) -> None:
    async with asgi(ApiConfig(write_token="test-token", max_body_bytes=10), app_store) as http:
        r = await http.put("/store", params={"graph": GRAPH_B}, content=DOC, headers=TURTLE)
    assert r.status_code == 413


# --- the SHACL gate ---------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("params", [{"graph": GRAPH_B}, {"default": ""}])
@pytest.mark.parametrize("method", ["PUT", "POST"])
async def test_gate_refuses_nonconforming_data_with_422(
    app_store: Store, params: dict[str, str], method: str, request: pytest.FixtureRequest
) -> None:
    if "default" in params:
        cannot_on(request, "virtuoso", NO_DEFAULT_GRAPH)
    async with asgi(ApiConfig(write_token="test-token"), app_store, gate()) as http:
        r = await http.request(method, "/store", params=params, content=THING_WITHOUT_NAME, headers=TURTLE)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/plain")
    assert "a thing needs a name" in r.text
    assert GRAPH_B not in app_store.graphs() and app_store.count() == 5


@pytest.mark.anyio
async def test_gate_lets_conforming_data_in(app_store: Store) -> None:
    async with asgi(ApiConfig(write_token="test-token"), app_store, gate()) as http:
        r = await http.put("/store", params={"graph": GRAPH_B}, content=THING_WITH_NAME, headers=TURTLE)
    assert r.status_code == 201
    assert app_store.count(GRAPH_B) == 2


@pytest.mark.anyio
async def test_gated_default_graph_merge_is_checked_with_what_it_already_holds(
    app_store: Store, request: pytest.FixtureRequest
) -> None:
    cannot_on(request, "virtuoso", NO_DEFAULT_GRAPH)
    """A POST to the default graph is judged with the graph's content: a name already there
    satisfies the shape, and a refused POST leaves the graph as it was."""
    async with asgi(ApiConfig(write_token="test-token"), app_store, gate()) as http:
        params = {"default": ""}
        name = b'<http://example.org/t> <http://example.org/name> "T" .'
        assert (await http.put("/store", params=params, content=name, headers=TURTLE)).status_code == 204
        r = await http.post("/store", params=params, content=THING_WITHOUT_NAME, headers=TURTLE)
        assert r.status_code == 204, r.text
        other = b"<http://example.org/u> a <http://example.org/Thing> ."
        r = await http.post("/store", params=params, content=other, headers=TURTLE)
        assert r.status_code == 422 and "a thing needs a name" in r.text
        assert objects(await http.get("/store", params=params)) == {'"T"', "<http://example.org/Thing>"}
