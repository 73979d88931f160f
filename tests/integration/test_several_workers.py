"""Two ``treatygraph serve`` processes over one SPARQL server: what one writes, the other answers
within the documented bound (the list of named graphs is kept at most one second)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
from servers import SparqlServer, free_port

TOKEN = "workers-token"
GRAPH = "https://w3id.org/treatygraph/test/workers"
UPDATE = f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <{GRAPH}#s> <{GRAPH}#p> "written through one worker" }} }}'
ASK = f'ASK {{ ?s <{GRAPH}#p> "written through one worker" }}'
GRAPH_LIST_TTL_S = 1.0  # README: "the list of named graphs making the union (kept at most one second)"


@contextmanager
def worker(server: SparqlServer, log: Path) -> Iterator[str]:
    """``treatygraph serve`` over ``server``, configured by environment variables alone."""
    port = free_port()
    env = {**os.environ, **server.environ(), "TREATYGRAPH_WRITE_TOKEN": TOKEN}
    binary = Path(sys.executable).with_name("treatygraph")  # the installed command, as users run it
    command = [str(binary), "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        with httpx.Client(timeout=2.0) as http:
            while True:
                assert process.poll() is None, log.read_text()
                try:
                    if http.get(base_url + "/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def asks(http: httpx.Client, base_url: str) -> bool:
    answer = http.get(
        base_url + "/sparql", params={"query": ASK}, headers={"Accept": "application/sparql-results+json"}
    )
    assert answer.status_code == 200, answer.text
    return bool(answer.json()["boolean"])


def test_a_write_through_one_worker_is_read_through_the_other(
    sparql_server: SparqlServer, tmp_path: Path
) -> None:
    with ExitStack() as running, httpx.Client(timeout=30.0) as http:
        first = running.enter_context(worker(sparql_server, tmp_path / "first.log"))
        second = running.enter_context(worker(sparql_server, tmp_path / "second.log"))
        assert not asks(http, second)  # the second worker has read the (empty) graph list
        written = http.post(
            first + "/update",
            content=UPDATE.encode(),
            headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
        )
        assert written.status_code == 204, written.text
        wrote_at = time.monotonic()
        while not asks(http, second):
            assert time.monotonic() - wrote_at < GRAPH_LIST_TTL_S + 1.0, "the second worker never saw it"
            time.sleep(0.05)
        assert asks(http, first)
