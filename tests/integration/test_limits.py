"""The service's limits, over HTTP on a real on-disk store: time, rows, concurrency, body size.

The time-limit tests are about behaviour, not speed: a query past its limit gets a 503 before
any 200 header, other clients carry on meanwhile, and afterwards no process of ours is still
burning a core on it (the worker that ran it was killed).
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import socket
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager, asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

import anyio
import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.config import ApiConfig
from api.limits import TRUNCATED_HEADER
from graph import EmbeddedStore, QueryTimeout

EX = "http://example.org/"
GRAPH = EX + "graph/big"
# Four copies of the 2,000-triple graph joined: 1.6e13 solutions to count, which never ends.
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
AUTH = {"Authorization": "Bearer t"}


def big_triples(n: int = 2000) -> list[ox.Triple]:
    return [
        ox.Triple(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p{i % 7}"), ox.Literal(f"value\t{i}\n"))
        for i in range(n)
    ]


@pytest.fixture
def disk_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(GRAPH, big_triples())
    try:
        yield store
    finally:
        store.close()


@asynccontextmanager
async def serve(config: ApiConfig, store: EmbeddedStore) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(config, store))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", timeout=60) as http:
        yield http


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found += [child, *_descendants(child)]
    return found


def cpu_seconds(store: EmbeddedStore | None = None) -> float:
    """CPU time used so far by this process (all threads) and every live process below it; with
    ``store``, only that store's query workers below it (servers other tests of the session
    started are children too, and do work of their own)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    below = store.worker_pids() if store is not None else _descendants(os.getpid())
    for pid in [os.getpid(), *below]:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


# --- time -----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_query_past_the_limit_is_stopped_and_frees_its_core(disk_store: EmbeddedStore) -> None:
    async with serve(ApiConfig(query_timeout=1.5), disk_store) as http:
        assert (await http.get("/sparql", params={"query": "ASK {}"})).status_code == 200  # warm
        answers: dict[str, httpx.Response] = {}

        async def slow() -> None:
            answers["slow"] = await http.get("/sparql", params={"query": CROSS_JOIN})

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(slow)
            await anyio.sleep(0.3)
            # Other clients carry on while the slow query runs.
            for _ in range(5):
                quick = await http.get("/sparql", params={"query": f"ASK {{ <{EX}s1> ?p ?o }}"})
                assert quick.status_code == 200 and b"true" in quick.content

        slow_answer = answers["slow"]
        assert slow_answer.status_code == 503
        assert slow_answer.headers["content-type"].startswith("text/plain")
        assert slow_answer.text.strip() == "query exceeded the 1.5 s time limit"
        before = cpu_seconds(disk_store)
        await anyio.sleep(1.0)
        spent = cpu_seconds(disk_store) - before
        assert spent < 0.5, f"{spent:.2f} s of CPU used in the second after the timeout"
        assert disk_store.workers_killed == 1
        # The service still answers, with a fresh worker.
        assert (await http.get("/sparql", params={"query": "ASK {}"})).status_code == 200


def test_store_level_timeout_kills_the_worker(disk_store: EmbeddedStore) -> None:
    with pytest.raises(QueryTimeout):
        disk_store.execute(
            CROSS_JOIN, results_format=ox.QueryResultsFormat.JSON, graph_format=None, timeout_s=0.5
        )
    assert disk_store.workers_killed == 1
    answer = disk_store.execute(
        "ASK { ?s ?p ?o }", results_format=ox.QueryResultsFormat.JSON, graph_format=None, timeout_s=5
    )
    assert answer.body == b'{"head":{},"boolean":true}'


def test_a_worker_killed_from_outside_is_replaced(disk_store: EmbeddedStore) -> None:
    fmt = ox.QueryResultsFormat.JSON
    disk_store.execute("ASK {}", results_format=fmt, graph_format=None)
    for worker in list(disk_store._pool._idle):
        os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.wait()
    answer = disk_store.execute("ASK { ?s ?p ?o }", results_format=fmt, graph_format=None)
    assert answer.body is not None and b"true" in answer.body


def test_a_query_whose_client_leaves_is_stopped(
    disk_store: EmbeddedStore, serve_app: Callable[[object], AbstractContextManager[str]]
) -> None:
    """A client that hangs up gets its query's worker killed long before the time limit."""
    with serve_app(create_app(ApiConfig(query_timeout=60), disk_store)) as base:
        host, port = base.removeprefix("http://").split(":")
        target = "/sparql?" + urlencode({"query": CROSS_JOIN})
        with socket.create_connection((host, int(port))) as client:
            client.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            time.sleep(0.5)
        deadline = time.monotonic() + 10
        while disk_store.workers_killed == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert disk_store.workers_killed == 1
        answer = httpx.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert answer.status_code == 200 and b"true" in answer.content


@pytest.mark.anyio
async def test_a_query_worker_killed_while_idle_is_replaced(disk_store: EmbeddedStore) -> None:
    async with serve(ApiConfig(), disk_store) as http:
        query = {"query": f"SELECT ?o WHERE {{ <{EX}s1> ?p ?o }} ORDER BY ?o"}  # runs in a worker
        assert (await http.get("/sparql", params=query)).status_code == 200
        for pid in disk_store.worker_pids():
            os.kill(pid, signal.SIGKILL)
        answer = await http.get("/sparql", params=query)
        assert answer.status_code == 200
        assert answer.json()["results"]["bindings"] == [{"o": {"type": "literal", "value": "value\t1\n"}}]


@pytest.mark.anyio
async def test_every_acknowledged_write_is_seen_by_the_next_query(disk_store: EmbeddedStore) -> None:
    """Workers read snapshots: each write must make the next query take a fresh one."""
    async with serve(ApiConfig(write_token="t"), disk_store) as http:
        for i in range(8):
            graph = f"{EX}graph/w{i}"
            put = await http.put(
                "/store",
                params={"graph": graph},
                content=f'<{EX}w{i}> <{EX}p> "{i}" .'.encode(),
                headers={"Content-Type": "application/n-triples", **AUTH},
            )
            assert put.status_code == 201, put.text
            ask = await http.get(
                "/sparql", params={"query": f'ASK {{ GRAPH <{graph}> {{ <{EX}w{i}> ?p "{i}" }} }}'}
            )
            assert ask.json()["boolean"] is True
            if i % 2:
                dropped = await http.delete("/store", params={"graph": graph}, headers=AUTH)
                assert dropped.status_code == 204
                ask = await http.get("/sparql", params={"query": f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
                assert ask.json()["boolean"] is False


# --- rows -----------------------------------------------------------------------------------------

RESULT_FORMATS: dict[str, Callable[[bytes], int]] = {
    "application/sparql-results+json": lambda body: len(json.loads(body)["results"]["bindings"]),
    "application/sparql-results+xml": lambda body: body.count(b"<result>"),
    "text/csv": lambda body: len(list(csv.reader(io.StringIO(body.decode())))) - 1,
    "text/tab-separated-values": lambda body: len(body.decode().splitlines()) - 1,
}


@pytest.mark.anyio
@pytest.mark.parametrize("accept", sorted(RESULT_FORMATS))
async def test_select_over_the_row_cap_is_cut_and_flagged(disk_store: EmbeddedStore, accept: str) -> None:
    async with serve(ApiConfig(result_limit=25), disk_store) as http:
        cut = await http.get("/sparql", params={"query": ALL}, headers={"Accept": accept})
        whole = await http.get("/sparql", params={"query": ALL + " LIMIT 10"}, headers={"Accept": accept})
    assert cut.status_code == 200 and cut.headers[TRUNCATED_HEADER] == "true"
    assert RESULT_FORMATS[accept](cut.content) == 25
    assert whole.status_code == 200 and TRUNCATED_HEADER not in whole.headers
    assert RESULT_FORMATS[accept](whole.content) == 10


@pytest.mark.anyio
async def test_capped_rows_keep_their_terms_exactly(disk_store: EmbeddedStore) -> None:
    """Capped answers pass through TSV: literals with tabs and line breaks must survive."""
    async with serve(ApiConfig(result_limit=5), disk_store) as http:
        r = await http.get("/sparql", params={"query": f"SELECT ?o WHERE {{ <{EX}s3> ?p ?o }}"})
    assert r.json()["results"]["bindings"] == [{"o": {"type": "literal", "value": "value\t3\n"}}]


@pytest.mark.anyio
async def test_construct_over_the_row_cap_is_cut_and_flagged(disk_store: EmbeddedStore) -> None:
    async with serve(ApiConfig(result_limit=30), disk_store) as http:
        r = await http.get(
            "/sparql",
            params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
            headers={"Accept": "application/ld+json"},
        )
    assert r.status_code == 200 and r.headers[TRUNCATED_HEADER] == "true"
    assert len(list(ox.parse(r.content, format=ox.RdfFormat.JSON_LD))) == 30


# --- queries at once ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_queries_beyond_the_concurrency_limit_get_503_with_retry_after(
    disk_store: EmbeddedStore,
) -> None:
    config = ApiConfig(query_timeout=3, max_concurrent_queries=1, max_queued_queries=0)
    app = create_app(config, disk_store)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", timeout=60) as http:
        answers: list[httpx.Response] = []

        async def slow() -> None:
            answers.append(await http.get("/sparql", params={"query": CROSS_JOIN}))

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(slow)
            with anyio.fail_after(10):
                while (
                    getattr(app.state, "query_slots", None) is None or app.state.query_slots._semaphore.value
                ):
                    await anyio.sleep(0.01)
            refused = await http.get("/sparql", params={"query": "ASK {}"})
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "1"
        assert "queries at once" in refused.text
        assert answers[0].status_code == 503 and "time limit" in answers[0].text
        assert (await http.get("/sparql", params={"query": "ASK {}"})).status_code == 200


# --- request bodies -----------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("method", "path", "content_type"),
    [
        ("POST", "/update", "application/sparql-update"),
        ("PUT", "/store?graph=http://example.org/g", "text/turtle"),
        ("POST", "/sparql", "application/x-www-form-urlencoded"),
    ],
)
async def test_bodies_over_the_cap_are_413(
    disk_store: EmbeddedStore, method: str, path: str, content_type: str
) -> None:
    async with serve(ApiConfig(write_token="t", max_body_bytes=1000), disk_store) as http:
        before = disk_store.count()
        r = await http.request(
            method, path, content=b"#" * 5000, headers={"Content-Type": content_type, **AUTH}
        )
    assert r.status_code == 413 and "exceeds 1000 bytes" in r.text
    assert disk_store.count() == before


def test_the_in_memory_store_reports_a_late_answer_as_a_timeout() -> None:
    store = EmbeddedStore(None)
    store.replace_graph(GRAPH, big_triples(300))
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        # A streaming query: the deadline is checked between chunks of output and stops it.
        store.execute(
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            results_format=ox.QueryResultsFormat.JSON,
            graph_format=None,
            timeout_s=0.5,
        )
    assert time.monotonic() - started < 30  # stopped, not run to its end (2.7e7 rows)
