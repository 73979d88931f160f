"""Requests built to crash, stall or mislead the service, over HTTP on real servers.

Each runs against the service on a real uvicorn, over an on-disk embedded store and over a live
``oxigraph serve``: the hostile request gets its 4xx or 503, a plain ASK sent meanwhile is
answered within a second, the store still answers afterwards, and the data is unchanged.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from responsiveness import assert_responsive

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore, RemoteStore, Store

EX = "http://example.org/"
GRAPH_A = EX + "graph/a"
GRAPH_B = EX + "graph/b"
ASK = "ASK { ?s ?p ?o }"
TOKEN = {"Authorization": "Bearer t"}


def triples(prefix: str, n: int) -> list[ox.Triple]:
    return [
        ox.Triple(ox.NamedNode(f"{EX}{prefix}{i}"), ox.NamedNode(f"{EX}p{i % 5}"), ox.Literal(f"v {i}"))
        for i in range(n)
    ]


@dataclass
class Served:
    url: str
    store: Store
    kind: str


@pytest.fixture(params=["embedded", pytest.param("remote", marks=pytest.mark.remote)])
def served(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    serve_app: Callable[[object], AbstractContextManager[str]],
    private_oxigraph: Callable[[], AbstractContextManager[str]],
) -> Iterator[Served]:
    """The service on a real server over a store holding 300 triples in A and 120 in B."""
    config = ApiConfig(write_token="t", query_timeout=5.0, max_concurrent_queries=4, max_queued_queries=8)
    if request.param == "embedded":
        store: Store = EmbeddedStore(tmp_path / "store", query_memory_mb=512)
        store.replace_graph(GRAPH_A, triples("a", 300))
        store.replace_graph(GRAPH_B, triples("b", 120))
        try:
            with serve_app(create_app(config, store)) as url:
                yield Served(url, store, "embedded")
        finally:
            store.close()
        return
    with private_oxigraph() as base:
        remote = RemoteStore(f"{base}/query", f"{base}/update", f"{base}/store")
        remote.replace_graph(GRAPH_A, triples("a", 300))
        remote.replace_graph(GRAPH_B, triples("b", 120))
        try:
            with serve_app(create_app(config, remote)) as url:
                yield Served(url, remote, "remote")
        finally:
            remote.close()


def ask_latencies(url: str, stop: threading.Event, seen: list[tuple[int, float]]) -> None:
    with httpx.Client(base_url=url, timeout=30) as client:
        while not stop.is_set():
            started = time.monotonic()
            answer = client.get("/sparql", params={"query": ASK})
            seen.append((answer.status_code, time.monotonic() - started))
            time.sleep(0.05)


def while_asking(served: Served, attack: Callable[[httpx.Client], None]) -> list[tuple[int, float]]:
    """Run ``attack`` while another client keeps asking; the ASKs' statuses and latencies."""
    stop = threading.Event()
    seen: list[tuple[int, float]] = []
    asker = threading.Thread(target=ask_latencies, args=(served.url, stop, seen))
    asker.start()
    try:
        with httpx.Client(base_url=served.url, timeout=60) as client:
            attack(client)
        # An attack refused in milliseconds may end before the first ASK does: let one finish.
        deadline = time.monotonic() + 10
        while not seen and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        stop.set()
        asker.join()
    return seen


def assert_intact(served: Served, seen: list[tuple[int, float]]) -> None:
    assert seen, "no ASK was answered during the attack"
    assert all(status == 200 for status, _ in seen), seen
    assert_responsive([took for _, took in seen])
    assert served.store.count(GRAPH_A) == 300 and served.store.count(GRAPH_B) == 120
    with httpx.Client(base_url=served.url, timeout=10) as client:
        assert client.get("/sparql", params={"query": ASK}).status_code == 200


DEEP = {
    "braces": "SELECT * WHERE " + "{" * 10_000 + "?s ?p ?o" + "}" * 10_000,
    "negations": "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * 10_000 + "?o) }",
    "and-chain": "SELECT * WHERE { ?s ?p ?o FILTER(" + " && ".join(["?o"] * 10_000) + ") }",
    "bind-chain": "SELECT * WHERE { ?s ?p ?o " + " ".join(f"BIND(1 AS ?b{i})" for i in range(3000)) + " }",
    "hidden-in-iri": "SELECT * WHERE { ?s ?p ?o FILTER((?o<1" + "/1" * 10_000 + ")>?o) }",
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_or_chained_query_is_400_and_every_store_survives(served: Served, name: str) -> None:
    answers: list[httpx.Response] = []

    def attack(client: httpx.Client) -> None:
        for _ in range(3):
            answers.append(client.post("/sparql", data={"query": DEEP[name]}))

    seen = while_asking(served, attack)
    for answer in answers:
        assert answer.status_code == 400, answer.text
        assert "allowed" in answer.text
    assert_intact(served, seen)


def test_update_with_ten_thousand_negations_is_400(served: Served) -> None:
    update = f"INSERT {{ <{EX}x> <{EX}y> <{EX}z> }} WHERE {{ ?s ?p ?o FILTER(" + "!" * 10_000 + "?o) }"
    with httpx.Client(base_url=served.url, timeout=30) as client:
        answer = client.post(
            "/update", content=update, headers={**TOKEN, "Content-Type": "application/sparql-update"}
        )
    assert answer.status_code == 400
    assert_intact(served, [(200, 0.0)])


def count(client: httpx.Client, query: str, **params: str) -> int:
    answer = client.post(
        "/sparql", data={"query": query, **params}, headers={"Accept": "application/sparql-results+json"}
    )
    assert answer.status_code == 200, answer.text
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def test_from_and_from_named_define_the_dataset(served: Served) -> None:
    total = "SELECT (COUNT(*) AS ?n) {from} WHERE {{ ?s ?p ?o }}"
    in_graphs = "SELECT (COUNT(*) AS ?n) {from} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    a, b = served.store.count(GRAPH_A), served.store.count(GRAPH_B)
    with httpx.Client(base_url=served.url, timeout=30) as client:
        assert count(client, total.format(**{"from": ""})) == a + b  # no dataset: the union
        assert count(client, total.format(**{"from": f"FROM <{GRAPH_A}>"})) == a
        assert count(client, total.format(**{"from": f"FROM <{GRAPH_A}> FROM <{GRAPH_B}>"})) == a + b
        assert count(client, total.format(**{"from": f"FROM <{EX}graph/none>"})) == 0
        assert count(client, total.format(**{"from": f"FROM NAMED <{GRAPH_B}>"})) == 0
        assert count(client, in_graphs.format(**{"from": f"FROM NAMED <{GRAPH_B}>"})) == b
        # The protocol's dataset wins over the query's (SPARQL 1.1 Protocol 2.1.4).
        assert count(client, total.format(**{"from": ""}), **{"default-graph-uri": GRAPH_B}) == b
        from_a = total.format(**{"from": f"FROM <{GRAPH_A}>"})
        assert count(client, from_a, **{"default-graph-uri": GRAPH_B}) == b
        assert count(client, in_graphs.format(**{"from": ""}), **{"named-graph-uri": GRAPH_A}) == a
        # "from" as a variable or inside a string is not a dataset clause.
        assert (
            count(client, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?from FILTER(?from != "FROM <x>") }')
            == a + b
        )


def test_long_searches_are_400_and_do_not_stall_the_service(served: Served) -> None:
    long_text = "Navalny " * 7000  # 56 KB
    answers: list[httpx.Response] = []

    def attack(client: httpx.Client) -> None:
        threads = [
            threading.Thread(
                target=lambda: answers.append(client.get("/api/search", params={"q": long_text}))
            )
            for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    seen = while_asking(served, attack)
    assert len(answers) == 8 and all(a.status_code == 400 for a in answers)
    with httpx.Client(base_url=served.url, timeout=30) as client:
        found = client.get("/api/search", params={"q": "v 12"})
    assert found.status_code == 200
    assert_intact(served, seen)


def test_the_word_service_in_a_comment_is_not_a_service_clause(served: Served) -> None:
    with httpx.Client(base_url=served.url, timeout=30) as client:
        query = (
            "# SERVICE <http://127.0.0.1/> is not called here\n"
            f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH_A}> WHERE {{ ?s ?p ?o }}"
        )
        assert count(client, query) == 300


def test_a_huge_query_calling_service_is_refused_at_once(served: Served) -> None:
    padding = " ".join(f"?s <{EX}p> ?o{i} ." for i in range(60_000))  # about 1.6 MB
    query = f"SELECT * WHERE {{ SERVICE <https://query.wikidata.org/sparql> {{ ?a ?b ?c }} {padding} }}"
    answers: list[httpx.Response] = []

    def attack(client: httpx.Client) -> None:
        for _ in range(3):
            answers.append(
                client.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
            )

    seen = while_asking(served, attack)
    assert all(a.status_code == 400 for a in answers), [a.text[:200] for a in answers]
    assert_intact(served, seen)


FLOOD = 40


def test_a_flood_of_page_requests_gets_quick_refusals_not_a_hang(served: Served) -> None:
    paths = [
        "/conflicts",
        "/timeline",
        "/api/conflicts",
        "/",
        "/browse/treaties",
        f"/api/neighbours?iri={EX}a1",
    ]
    answers: list[httpx.Response] = []

    async def flood() -> None:
        # One thread sends them all, as clients elsewhere would: forty client threads in the
        # server's own process would take the GIL turns a live server has to itself.
        limits = httpx.Limits(max_connections=FLOOD)
        async with httpx.AsyncClient(base_url=served.url, timeout=60, limits=limits) as client:
            answers.extend(await asyncio.gather(*(client.get(paths[i % len(paths)]) for i in range(FLOOD))))

    def attack(client: httpx.Client) -> None:
        flooding = threading.Thread(target=asyncio.run, args=(flood(),))
        flooding.start()
        started = time.monotonic()
        health = client.get("/health")
        assert health.status_code == 200
        assert_responsive([time.monotonic() - started])
        flooding.join()

    with httpx.Client(base_url=served.url, timeout=60) as client:
        for path in paths:  # warm: templates compiled, workers started
            client.get(path)
    seen = while_asking(served, attack)
    assert len(answers) == FLOOD
    for answer in answers:
        assert answer.status_code in (200, 503), (answer.status_code, answer.text[:200])
        if answer.status_code == 503:
            assert answer.headers.get("Retry-After")
    # Pages have slots of their own: the ASKs do not wait behind them.
    assert_intact(served, seen)


def test_a_query_past_the_memory_cap_is_503_and_the_service_carries_on(
    tmp_path: Path, serve_app: Callable[[object], AbstractContextManager[str]]
) -> None:
    store = EmbeddedStore(tmp_path / "store", query_memory_mb=256)
    store.replace_graph(GRAPH_A, triples("a", 2000))
    config = ApiConfig(query_timeout=30.0)
    try:
        with serve_app(create_app(config, store)) as url, httpx.Client(base_url=url, timeout=60) as client:
            heavy = "SELECT ?a ?b WHERE { ?a ?p ?x . ?b ?q ?y } ORDER BY ?x ?y"
            answer = client.get("/sparql", params={"query": heavy})
            assert answer.status_code == 503
            assert "needed more than 256 MiB" in answer.text
            assert client.get("/sparql", params={"query": ASK}).status_code == 200
        assert store.count(GRAPH_A) == 2000
    finally:
        store.close()


def test_a_store_failure_does_not_show_clients_the_store_address(
    short_lived_oxigraph: tuple[str, Callable[[], None]],
    serve_app: Callable[[object], AbstractContextManager[str]],
) -> None:
    base, stop = short_lived_oxigraph
    remote = RemoteStore(f"{base}/query", f"{base}/update", f"{base}/store")
    try:
        with (
            serve_app(create_app(ApiConfig(), remote)) as url,
            httpx.Client(base_url=url, timeout=30) as client,
        ):
            stop()
            answer = client.get("/sparql", params={"query": ASK})
            assert answer.status_code == 503
            host = base.split("://", 1)[1]
            assert host not in answer.text and "127.0.0.1" not in answer.text, answer.text
    finally:
        remote.close()


def test_a_service_endpoint_that_fails_is_the_clients_fault(
    tmp_path: Path, serve_app: Callable[[object], AbstractContextManager[str]]
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        endpoint = f"http://127.0.0.1:{sock.getsockname()[1]}/sparql"
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(GRAPH_A, triples("a", 3))
    config = ApiConfig(service_allowlist=(endpoint,))
    try:
        with serve_app(create_app(config, store)) as url, httpx.Client(base_url=url, timeout=30) as client:
            answer = client.get(
                "/sparql", params={"query": f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"}
            )
            assert 400 <= answer.status_code < 500, (answer.status_code, answer.text)
            assert client.get("/sparql", params={"query": ASK}).status_code == 200
    finally:
        store.close()


def test_closing_the_store_removes_its_query_snapshots(
    tmp_path: Path, serve_app: Callable[[object], AbstractContextManager[str]]
) -> None:
    stale = tmp_path / ".store.snapshots" / "0-left-by-a-crash"
    stale.mkdir(parents=True)
    store = EmbeddedStore(tmp_path / "store")
    assert not stale.exists()
    store.replace_graph(GRAPH_A, triples("a", 3))
    with serve_app(create_app(ApiConfig(), store)) as url, httpx.Client(base_url=url, timeout=30) as client:
        assert client.get("/sparql", params={"query": ASK}).status_code == 200
        assert any((tmp_path / ".store.snapshots").iterdir())
    store.close()
    assert not (tmp_path / ".store.snapshots").exists()
