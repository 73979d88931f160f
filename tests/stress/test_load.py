"""Load: a bounded mixed workload on loopback against a real server, with writes arriving.

Prints throughput and latency percentiles; asserts only that no request failed and that every
acknowledged write is in the store at the end (nothing lost). The load generator is plain
asyncio + httpx: a few dozen lines instead of a locust dependency.

Also measures what the query worker processes cost on simple queries: the same read-only
workload against a server whose queries run in threads (``TREATYGRAPH_TEST_WORKERS=0``).
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from graph import EmbeddedStore

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "load-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EX = "http://example.org/"
CLIENTS = 8
DURATION_S = float(os.environ.get("TREATYGRAPH_LOAD_SECONDS", "20"))
MAX_REQUESTS = 20_000
SUBJECTS = 2000


def fill(store_dir: Path) -> None:
    store = EmbeddedStore(store_dir)
    for g in range(10):
        store.replace_graph(
            f"{EX}graph/{g}",
            [
                ox.Triple(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p{i % 7}"), ox.Literal(f"v{g}-{i}"))
                for i in range(g, SUBJECTS, 10)
            ],
        )
    store.close()


@dataclass
class Server:
    base_url: str
    process: subprocess.Popen[bytes]


def start(store_dir: Path, log: Path, workers: str | None) -> Server:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "TREATYGRAPH_TEST_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    if workers is not None:
        env["TREATYGRAPH_TEST_WORKERS"] = workers
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/stress/serve_app.py"), str(store_dir), str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/health").status_code == 200:
                return Server(base, process)
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"the server did not start: {log.read_text()}")
        time.sleep(0.1)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    fill(tmp_path / "store")
    running = start(tmp_path / "store", tmp_path / "server.log", None)
    try:
        yield running
    finally:
        running.process.terminate()
        running.process.wait(timeout=30)


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    written: dict[str, str] = field(default_factory=dict)  # acknowledged graph -> its literal

    def record(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)

    def report(self, title: str, elapsed: float) -> float:
        every = sorted(s for values in self.latencies.values() for s in values)
        rate = len(every) / elapsed
        print(f"\n{title}: {len(every)} requests in {elapsed:.1f} s = {rate:.0f} req/s")
        for kind, values in sorted(self.latencies.items()):
            ordered = sorted(values)
            p99 = ordered[int(0.99 * (len(ordered) - 1))]
            print(
                f"  {kind:10} n={len(values):6}  p50={statistics.median(values) * 1000:7.2f} ms"
                f"  p99={p99 * 1000:7.2f} ms"
            )
        return rate


async def one_request(http: httpx.AsyncClient, kind: str, rng: random.Random, tally: Tally, n: int) -> None:
    subject = f"{EX}s{rng.randrange(SUBJECTS)}"
    started = time.perf_counter()
    if kind == "select":
        r = await http.get("/sparql", params={"query": f"SELECT ?p ?o WHERE {{ <{subject}> ?p ?o }}"})
    elif kind == "count":
        r = await http.get(
            "/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}p{n % 7}> ?o }}"}
        )
    elif kind == "construct":
        r = await http.get(
            "/sparql",
            params={"query": f"CONSTRUCT WHERE {{ <{subject}> ?p ?o }}"},
            headers={"Accept": "text/turtle"},
        )
    elif kind == "gsp-read":
        r = await http.get(
            "/store", params={"graph": f"{EX}graph/{n % 10}"}, headers={"Accept": "application/n-triples"}
        )
    else:
        graph, value = f"{EX}written/{n}", f"written {n}"
        r = await http.put(
            "/store",
            params={"graph": graph},
            content=f'<{EX}w{n}> <{EX}value> "{value}" .'.encode(),
            headers={"Content-Type": "application/n-triples", **AUTH},
        )
        if r.status_code in (201, 204):
            tally.written[graph] = value
    tally.record(kind, time.perf_counter() - started)
    if r.status_code >= 400:
        tally.failures.append(f"{kind} {r.status_code} {r.text[:200]}")


async def workload(base_url: str, kinds: list[str], weights: list[int]) -> tuple[Tally, float]:
    tally = Tally()
    counter = iter(range(MAX_REQUESTS))
    stop_at = time.monotonic() + DURATION_S

    async def client(seed: int) -> None:
        rng = random.Random(seed)
        async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:
            for n in counter:
                if time.monotonic() > stop_at:
                    return
                kind = rng.choices(kinds, weights)[0]
                try:
                    await one_request(http, kind, rng, tally, n)
                except httpx.HTTPError as exc:
                    tally.failures.append(f"{kind} {type(exc).__name__}: {exc}")

    started = time.monotonic()
    await asyncio.gather(*(client(seed) for seed in range(CLIENTS)))
    return tally, time.monotonic() - started


def test_mixed_workload_loses_nothing(server: Server) -> None:
    kinds = ["select", "count", "construct", "gsp-read", "gsp-write"]
    tally, elapsed = asyncio.run(workload(server.base_url, kinds, [60, 10, 10, 10, 10]))
    tally.report(f"mixed workload, {CLIENTS} clients", elapsed)
    assert not tally.failures, tally.failures[:10]
    assert tally.written, "no write was acknowledged"
    with httpx.Client(base_url=server.base_url, timeout=60) as http:
        for graph, value in tally.written.items():
            r = http.get("/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
            assert r.status_code == 200 and value in r.text, f"acknowledged write to {graph} lost"
        written = f"FILTER STRSTARTS(STR(?g), '{EX}written/')"
        query = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{}} {written} }}"
        graphs = http.get("/sparql", params={"query": query})
    assert int(graphs.json()["results"]["bindings"][0]["n"]["value"]) == len(tally.written)
    print(f"  acknowledged writes: {len(tally.written)}, all present")


def test_simple_query_throughput_with_and_without_workers(tmp_path: Path) -> None:
    fill(tmp_path / "store")
    rates: dict[str, float] = {}
    for label, workers in (("threads (no workers)", "0"), ("worker processes", None)):
        running = start(tmp_path / "store", tmp_path / f"{label}.log", workers)
        try:
            tally, elapsed = asyncio.run(workload(running.base_url, ["select"], [1]))
        finally:
            running.process.terminate()
            running.process.wait(timeout=30)
        assert not tally.failures, tally.failures[:10]
        rates[label] = tally.report(f"simple SELECT, {label}", elapsed)
    print(f"  workers / threads throughput: {rates['worker processes'] / rates['threads (no workers)']:.2f}")
