"""Queries to ``/sparql`` on their short path: the same answers, headers and errors as every
other route gives, HEAD included; and lookups served while heavy queries hold every slot."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore

EX = "http://example.org/"
# Never ends on 2,000 triples: four copies joined and counted.
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LOOKUP = f"ASK {{ <{EX}s1> ?p ?o }}"  # one pattern: runs in a thread of the server
JOINED = f"ASK {{ <{EX}s1> ?p ?o . <{EX}s2> ?q ?r }}"  # a join: runs in a worker process


@pytest.fixture
def disk_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "store")
    triples = [
        ox.Triple(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p{i % 7}"), ox.Literal(str(i)))
        for i in range(2000)
    ]
    store.replace_graph(EX + "graph/big", triples)
    try:
        yield store
    finally:
        store.close()


def client_for(config: ApiConfig, store: EmbeddedStore) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(config, store))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver", timeout=60)


@pytest.mark.anyio
async def test_head_of_a_query_has_the_get_headers_and_no_body(disk_store: EmbeddedStore) -> None:
    async with client_for(ApiConfig(), disk_store) as http:
        got = await http.get("/sparql", params={"query": LOOKUP})
        head = await http.head("/sparql", params={"query": LOOKUP})
    assert got.status_code == head.status_code == 200
    assert head.content == b""
    for name in ("content-type", "content-length", "vary"):
        assert head.headers[name] == got.headers[name]


@pytest.mark.anyio
async def test_errors_on_the_query_path_are_plain_text(disk_store: EmbeddedStore) -> None:
    async with client_for(ApiConfig(), disk_store) as http:
        bad = await http.get("/sparql", params={"query": "SELECT WHERE {"})
        refused = await http.get("/sparql", params={"query": LOOKUP}, headers={"Accept": "image/png"})
        wrong_type = await http.post("/sparql", content=LOOKUP, headers={"Content-Type": "text/plain"})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("text/plain")
    assert refused.status_code == 406 and refused.headers["content-type"].startswith("text/plain")
    assert wrong_type.status_code == 415 and wrong_type.headers["content-type"].startswith("text/plain")


def slots_free(slots: object) -> int:
    value = slots._semaphore.value  # type: ignore[attr-defined]
    assert isinstance(value, int)
    return value


@pytest.mark.anyio
async def test_a_lookup_is_answered_while_a_heavy_query_holds_the_only_slot(
    disk_store: EmbeddedStore,
) -> None:
    config = ApiConfig(query_timeout=3, max_concurrent_queries=1, max_queued_queries=0)
    app = create_app(config, disk_store)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", timeout=60) as http:
        heavy: list[httpx.Response] = []

        async def run_heavy() -> None:
            heavy.append(await http.get("/sparql", params={"query": CROSS_JOIN}))

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(run_heavy)
            with anyio.fail_after(10):
                while (
                    getattr(app.state, "query_slots", None) is None or app.state.query_slots._semaphore.value
                ):
                    await anyio.sleep(0.01)
            another_heavy = await http.get("/sparql", params={"query": CROSS_JOIN})
            lookup = await http.get("/sparql", params={"query": LOOKUP})
        assert another_heavy.status_code == 503 and another_heavy.headers["Retry-After"] == "1"
        assert lookup.status_code == 200 and "true" in lookup.text
        assert heavy[0].status_code == 503 and "time limit" in heavy[0].text


@pytest.mark.anyio
async def test_a_query_worker_killed_from_outside_is_replaced(disk_store: EmbeddedStore) -> None:
    async with client_for(ApiConfig(), disk_store) as http:
        assert (await http.get("/sparql", params={"query": JOINED})).status_code == 200
        pids = disk_store.worker_pids()
        assert pids
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        # The request that meets a dead worker may be the one that fails; the service recovers.
        for _ in range(3):
            again = await http.get("/sparql", params={"query": JOINED})
            if again.status_code == 200:
                break
    assert again.status_code == 200 and "true" in again.text
    assert not set(pids) & set(disk_store.worker_pids())


@pytest.mark.anyio
async def test_query_answers_and_errors_carry_the_cors_headers(disk_store: EmbeddedStore) -> None:
    origin = {"Origin": "https://elsewhere.example"}
    async with client_for(ApiConfig(), disk_store) as http:
        answer = await http.get("/sparql", params={"query": LOOKUP}, headers=origin)
        error = await http.get("/sparql", params={"query": "SELECT WHERE {"}, headers=origin)
        description = await http.get("/sparql", headers={**origin, "Accept": "text/turtle"})
        plain = await http.get("/sparql", params={"query": LOOKUP})
    for response in (answer, error, description):
        assert response.headers["access-control-allow-origin"] == "*"
    assert answer.headers["vary"] == description.headers["vary"] == "Accept, Origin"
    assert "access-control-allow-origin" not in plain.headers


@pytest.mark.anyio
@pytest.mark.parametrize("query", [LOOKUP, JOINED])
async def test_every_query_path_answers_503_past_the_time_limit(
    disk_store: EmbeddedStore, query: str
) -> None:
    """A single-pattern lookup runs in a thread, a join in a worker: both keep the limit."""
    async with client_for(ApiConfig(query_timeout=1e-9), disk_store) as late:
        refused = await late.get("/sparql", params={"query": query})
    async with client_for(ApiConfig(), disk_store) as http:
        answered = await http.get("/sparql", params={"query": query})
    assert refused.status_code == 503 and "time limit" in refused.text
    assert answered.status_code == 200
