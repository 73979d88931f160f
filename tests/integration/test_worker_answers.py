"""Answers that come back from a query worker process arrive whole and as the engine wrote them:
large ones that take many reads of the worker's socket, graphs in each format, no answer for a
format the client does not accept, and errors with their messages, non-ASCII text included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore

EX = "http://example.org/"
# A filter makes these more than one scan of an index: they run in a worker process.
EVERYTHING = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?s)) }"
GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(isIRI(?s)) }"
LONG_TEXT = "é" * 300  # about 600 bytes of UTF-8 a triple: the answer is over a megabyte


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[EmbeddedStore, EmbeddedStore]]:
    """The same triples in a store whose queries run in workers, and in one that runs them in
    the calling thread (what the answers must equal)."""
    triples = [
        ox.Triple(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p{i % 5}"), ox.Literal(f"{LONG_TEXT} {i}"))
        for i in range(2000)
    ]
    workers = EmbeddedStore(tmp_path / "workers")
    here = EmbeddedStore(tmp_path / "here", query_workers=0)
    for store in (workers, here):
        store.replace_graph(EX + "graph", triples)
    try:
        yield workers, here
    finally:
        workers.close()
        here.close()


def client_for(store: EmbeddedStore) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(ApiConfig(query_timeout=30), store))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver", timeout=60)


async def ask(store: EmbeddedStore, query: str, accept: str) -> httpx.Response:
    async with client_for(store) as http:
        return await http.get("/sparql", params={"query": query}, headers={"Accept": accept})


@pytest.mark.anyio
async def test_a_large_answer_from_a_worker_arrives_whole(
    stores: tuple[EmbeddedStore, EmbeddedStore],
) -> None:
    workers, here = stores
    for accept in ("application/sparql-results+json", "text/tab-separated-values"):
        answer = await ask(workers, EVERYTHING, accept)
        expected = await ask(here, EVERYTHING, accept)
        assert answer.status_code == expected.status_code == 200
        assert len(answer.content) > 1_000_000
        assert answer.headers["content-length"] == str(len(answer.content))
        assert answer.content == expected.content
    assert workers.worker_pids()  # it did run in a worker
    rows = json.loads((await ask(workers, EVERYTHING, "application/sparql-results+json")).content)
    assert len(rows["results"]["bindings"]) == 2000


@pytest.mark.anyio
async def test_graphs_from_a_worker_in_each_format(stores: tuple[EmbeddedStore, EmbeddedStore]) -> None:
    workers, _ = stores
    for accept, fmt in (
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("text/turtle", ox.RdfFormat.TURTLE),
    ):
        answer = await ask(workers, GRAPH, accept)
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith(accept)
        assert len(list(ox.parse(answer.content, format=fmt))) == 2000


@pytest.mark.anyio
async def test_a_format_for_another_kind_of_answer_is_refused(
    stores: tuple[EmbeddedStore, EmbeddedStore],
) -> None:
    workers, _ = stores
    # Only results formats accepted, and a graph comes back: nothing to send but 406.
    answer = await ask(workers, GRAPH, "application/sparql-results+json")
    assert answer.status_code == 406


@pytest.mark.anyio
async def test_errors_from_a_worker_keep_their_message(stores: tuple[EmbeddedStore, EmbeddedStore]) -> None:
    workers, _ = stores
    # Parsed by the worker (the guard lets it through): the message quotes the stray word.
    bad = await ask(workers, "SELECT * WHERE { ?s ?p ?o FILTER(isIRI(?s)) } ñandú", "*/*")
    assert bad.status_code == 400
    assert "ñandú" in bad.text and "column 47" in bad.text
