"""The W3C SPARQL 1.1 Protocol and Graph Store HTTP Protocol tests, run against the app.

Every entry of ``tests/data/conformance/*.json`` is one case: a fresh store with the entry's
graphs, then its requests in order, each checked for status, headers and body. Each case runs
over the embedded store and over each real SPARQL server (``oxigraph serve``, Virtuoso). The
tests address one service; here queries go to ``/sparql``, updates to ``/update`` and Graph
Store requests to ``/store`` (``/gsp/...`` direct identification becomes ``/store/gsp/...``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import pyoxigraph as ox
import pytest
from servers import SERVERS, server_named

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore, Store

DATA = Path(__file__).resolve().parent.parent / "data" / "conformance"
FILES = sorted(DATA.glob("*.json"))
TOKEN = "conformance-token"

# Cases this service does not pass, each with the reason (strict: a pass fails the run).
KNOWN_FAILURES: dict[str, str] = {}
# Cases a server cannot pass, by server (strict as well): what the README's server table states.
SERVER_CANNOT: dict[str, dict[str, str]] = {
    "virtuoso": {
        "put_get_default": "Virtuoso has no default graph of its own to write to (its default "
        "graph is the union of all graphs): a write to ?default is refused",
    },
}

RESULTS_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
RDF_TYPES = {
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
}


def _entries() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for path in FILES:
        entries += json.loads(path.read_text(encoding="utf-8"))
    return entries


def _params() -> Iterator[Any]:
    for entry in _entries():
        reason = KNOWN_FAILURES.get(entry["id"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(entry, id=f"{entry['suite']}:{entry['id']}", marks=marks)


CASES = list(_params())


def test_every_entry_is_a_case() -> None:
    """No silent narrowing: every entry in the files is run, and ids are unique."""
    assert FILES, f"no conformance files in {DATA}"
    counted = sum(len(json.loads(p.read_text(encoding="utf-8"))) for p in FILES)
    assert len(CASES) == counted == 48
    assert len({c.id for c in CASES}) == counted


# Every graph the cases name or create, so that a server's own graphs stay out of their dataset.
CASE_GRAPHS = (
    "http://kasei.us/",
    "http://example.org/",
    "http://example/",
    "http://www.example/",
    "http://testserver/",
)


@pytest.fixture(params=["embedded", *SERVERS])
def case_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    store: Store
    if request.param == "embedded":
        store = EmbeddedStore(path=None)
    else:
        server = replace(server_named(request, request.param), graph_prefixes=CASE_GRAPHS)
        server.clear()
        store = server.open()
    try:
        yield store
    finally:
        store.close()


@pytest.mark.anyio
@pytest.mark.parametrize("entry", CASES)
async def test_conformance(entry: dict[str, Any], case_store: Store, request: pytest.FixtureRequest) -> None:
    reason = SERVER_CANNOT.get(request.node.callspec.params["case_store"], {}).get(entry["id"])
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    store = case_store
    for filename, graph_iri in entry["graph_data"]:
        data = (DATA / filename).read_bytes()
        triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
        store.replace_graph(graph_iri, triples)
    app = create_app(ApiConfig(write_token=TOKEN), store)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        variables: dict[str, str] = {}
        for number, request in enumerate(entry["requests"], start=1):
            response = await _send(http, request, variables)
            _check(request["expect"], response, f"request {number}", variables)


async def _send(
    http: httpx.AsyncClient, request: dict[str, Any], variables: dict[str, str]
) -> httpx.Response:
    path: str = request["path"]
    for name, value in variables.items():
        path = path.replace(name, quote(value, safe=""))
    headers = {name: value for name, value in request["headers"]}
    body = request["body"]
    content = body.encode(request["body_encoding"] or "utf-8") if body is not None else None
    target = _route(path, request["method"], headers, body)
    if target.startswith(("/update", "/store")) and request["method"] != "GET":
        headers["authorization"] = f"Bearer {TOKEN}"
    return await http.request(request["method"], target, headers=headers, content=content)


def _route(path: str, method: str, headers: dict[str, str], body: str | None) -> str:
    """The app's URL for a test's path: its one service split into query, update and store."""
    if path.startswith("/gsp/"):
        return "/store" + path
    if path == "/gsp" or path.startswith("/gsp?"):
        return "/store" + path[len("/gsp") :]
    assert path.startswith("/sparql/"), path
    rest = path[len("/sparql/") :]
    media = headers.get("content-type", "").split(";")[0].strip()
    form = dict(parse_qsl(body or "")) if media == "application/x-www-form-urlencoded" else {}
    is_update = media == "application/sparql-update" or "update" in form
    return ("/update" if method == "POST" and is_update else "/sparql") + rest


STATUS_NAMES = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}


def _status_ok(names: list[str], status: int) -> bool:
    for name in names:
        if name.startswith("StatusCode") and name.endswith("xx"):
            if status // 100 == int(name[len("StatusCode")]):
                return True
        elif STATUS_NAMES[name] == status:
            return True
    return False


def _check(expect: dict[str, Any], response: httpx.Response, where: str, variables: dict[str, str]) -> None:
    detail = f"{where}: {response.status_code} {response.headers.get('content-type')}\n"
    detail += response.text[:2000]
    assert _status_ok(expect["status"], response.status_code), detail
    for name, value in expect["headers"]:
        assert _normal(response.headers.get(name, "")) == _normal(value), detail
    if expect["location_var"]:
        variables[expect["location_var"]] = response.headers["location"]
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if expect["format"] == "boolean":
        assert media in ("application/sparql-results+json", "application/sparql-results+xml")
        answer = ox.parse_query_results(response.content, format=RESULTS_TYPES[media])
        assert isinstance(answer, ox.QueryBoolean), detail
        if expect["boolean"] is not None:
            assert bool(answer) is expect["boolean"], detail
    elif expect["format"] == "tabular":
        assert media in RESULTS_TYPES, detail
        answer = ox.parse_query_results(response.content, format=RESULTS_TYPES[media])
        assert isinstance(answer, ox.QuerySolutions), detail
    elif expect["format"] == "RDF":
        assert media in RDF_TYPES, detail
        list(ox.parse(response.content, format=RDF_TYPES[media]))
    if expect["body"]:
        expected = _canonical(expect["body"].encode(), ox.RdfFormat.TURTLE)
        assert _canonical(response.content, RDF_TYPES[media]) == expected, detail


def _normal(header: str) -> str:
    return ";".join(part.strip().lower() for part in header.split(";"))


def _canonical(data: bytes, fmt: ox.RdfFormat) -> set[str]:
    dataset = ox.Dataset(ox.parse(data, format=fmt))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(quad) for quad in dataset}
