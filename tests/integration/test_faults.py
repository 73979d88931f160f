"""Faults: a load killed mid-way, a failed load on a remote store, a remote store down or slow.

Nothing may be lost or half-written: every document graph is as before or as after its load,
a load that fails changes nothing, and the service recovers by itself when its store returns.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore, RemoteStore, Store

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "documents"
TREATYGRAPH = Path(sys.executable).with_name("treatygraph")
OXIGRAPH = Path(sys.executable).with_name("oxigraph")


# --- helpers shared with tests/stress -------------------------------------------------------------


def copy_corpus(target: Path, copies: int) -> Path:
    """``copies`` of every corpus document under new names: each copy is its own graph."""
    target.mkdir(parents=True, exist_ok=True)
    for n in range(copies):
        for text in sorted(CORPUS.glob("*.txt")):
            stem = f"copy{n}_{text.stem}"
            shutil.copy(text, target / f"{stem}.txt")
            shutil.copy(text.with_suffix(".meta.json"), target / f"{stem}.meta.json")
    return target


def load_command(store: str | Path, *paths: Path) -> list[str]:
    return [str(TREATYGRAPH), "--store", str(store), "load", *map(str, paths)]


def canonical_graphs(store: Store) -> dict[str, frozenset[str]]:
    """Each named graph as a set of canonical N-Quads (blank node labels made comparable)."""
    found: dict[str, frozenset[str]] = {}
    for graph in store.graphs():
        node = ox.NamedNode(graph)
        triples = store.graph_triples(graph)
        dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object, node) for t in triples)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        found[graph] = frozenset(str(q) for q in dataset)
    return found


def kill_loads_at(
    tmp_path: Path, folder: Path, reference: dict[str, frozenset[str]], delays: Sequence[float]
) -> list[int]:
    """Start a load, SIGKILL it after each delay; check each store; return graphs found per run."""
    found: list[int] = []
    for delay in delays:
        store_dir = tmp_path / f"killed-{delay:g}"
        process = subprocess.Popen(
            load_command(store_dir, folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        store = EmbeddedStore(store_dir)  # the store must open after a crash
        try:
            graphs = canonical_graphs(store)
        finally:
            store.close()
        for graph, quads in graphs.items():
            assert graph in reference, f"killed at {delay} s: unexpected graph {graph}"
            assert quads == reference[graph], f"killed at {delay} s: {graph} is half-written"
        found.append(len(graphs))
    return found


def reference_load(tmp_path: Path, folder: Path) -> dict[str, frozenset[str]]:
    store_dir = tmp_path / "reference"
    subprocess.run(load_command(store_dir, folder), check=True, capture_output=True)
    store = EmbeddedStore(store_dir)
    try:
        return canonical_graphs(store)
    finally:
        store.close()


# --- (a) a load killed mid-way ---------------------------------------------------------------------


def test_a_load_killed_mid_way_leaves_each_graph_whole_or_absent(tmp_path: Path) -> None:
    folder = copy_corpus(tmp_path / "docs", copies=2)
    reference = reference_load(tmp_path, folder)
    assert len(reference) == 1 + 2 * len(list(CORPUS.glob("*.txt")))  # registry + documents
    found = kill_loads_at(tmp_path, folder, reference, delays=[0.2, 3.0, 4.5, 6.0])
    assert found[0] == 0, "a load killed at 0.2 s had already written"
    assert any(0 < n < len(reference) for n in found), f"no kill landed mid-load: {found}"


# --- (b) a failed load on a remote store -----------------------------------------------------------


def test_a_failed_load_changes_nothing_on_a_remote_store(tmp_path: Path, oxigraph_server: str) -> None:
    endpoint = f"{oxigraph_server}/query"
    remote = RemoteStore(endpoint, f"{oxigraph_server}/update", f"{oxigraph_server}/store")
    try:
        remote.update("DROP ALL")
        good = sorted(CORPUS.glob("*.txt"))[0]
        done = subprocess.run(load_command(endpoint, good), capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        before = canonical_graphs(remote)
        assert len(before) == 2

        bad = tmp_path / "bad"
        bad.mkdir()
        meta = json.loads(good.with_suffix(".meta.json").read_text())
        # The same document (same graph) with an impossible date: refused, its graph must stay.
        shutil.copy(good, bad / good.name)
        (bad / good.with_suffix(".meta.json").name).write_text(
            json.dumps({**meta, "date_published": "2025-13-45"})
        )
        (bad / "broken.txt").write_text("Some text.")
        (bad / "broken.meta.json").write_text('{"title": ')
        (bad / "binary.txt").write_bytes(b"\xff\xfe\x00\x01 not text")
        (bad / "binary.meta.json").write_text(json.dumps(meta))
        failed = subprocess.run(load_command(endpoint, bad), capture_output=True, text=True)
        assert failed.returncode == 1
        assert "not a real date" in failed.stderr and "malformed JSON" in failed.stderr
        assert canonical_graphs(remote) == before
    finally:
        remote.update("DROP ALL")
        remote.close()


# --- (c) a remote store down, slow, and back -------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_oxigraph(location: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"}).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"oxigraph serve on port {port} did not start")
        time.sleep(0.05)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def restartable(tmp_path: Path) -> Iterator[tuple[int, Path, list[subprocess.Popen[bytes]]]]:
    port, location = free_port(), tmp_path / "oxigraph"
    running = [start_oxigraph(location, port)]
    try:
        yield port, location, running
    finally:
        for process in running:
            if process.poll() is None:
                stop(process)


def test_the_service_recovers_by_itself_when_its_store_returns(
    make_client: object, restartable: tuple[int, Path, list[subprocess.Popen[bytes]]]
) -> None:
    port, location, running = restartable
    base = f"http://127.0.0.1:{port}"
    store = RemoteStore(f"{base}/query", f"{base}/update", f"{base}/store", timeout=5)
    ask = {"query": "ASK { GRAPH ?g { <http://x/a> ?p ?o } }"}
    try:
        store.update("INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/p> 'kept' } }")
        with make_client(create_app(ApiConfig(), store)) as http:  # type: ignore[operator]
            assert http.get("/sparql", params=ask).json()["boolean"] is True

            stop(running.pop())
            down = http.get("/sparql", params=ask)
            # The cause is named; the store's internal address is not shown to clients.
            assert down.status_code == 503 and "cannot reach the store" in down.text, down.text
            assert base not in down.text
            assert http.get("/store", params={"graph": "http://x/g"}).status_code == 503
            assert http.get("/health").status_code == 503

            running.append(start_oxigraph(location, port))
            back = http.get("/sparql", params=ask)  # the same app instance, no restart
            assert back.status_code == 200 and back.json()["boolean"] is True
            assert http.get("/health").status_code == 200
    finally:
        store.close()


def test_a_store_that_does_not_answer_gives_a_clear_503(make_client: object) -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)  # connections are accepted by the kernel, never answered
    base = f"http://127.0.0.1:{silent.getsockname()[1]}"
    store = RemoteStore(f"{base}/query", f"{base}/update", f"{base}/store", timeout=1)
    try:
        with make_client(create_app(ApiConfig(query_timeout=1), store)) as http:  # type: ignore[operator]
            query = http.get("/sparql", params={"query": "ASK {}"})
            read = http.get("/store", params={"graph": "http://x/g"})
    finally:
        store.close()
        silent.close()
    assert query.status_code == 503 and query.text.startswith("query exceeded the 1 s time limit")
    assert read.status_code == 503 and "the store did not answer within 1 s" in read.text
    assert base not in read.text
