"""What a user sees of the command line and of the service's basic HTTP manners: columns in the
order a query selects them, formats that cannot carry an answer refused plainly, a busy port
explained, HEAD answered wherever GET is, and an OpenAPI description without duplicate ids."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore

LONG_IRI = "http://example.org/" + "a-rather-long-path-segment/" * 5 + "end"


def _binary() -> str:
    found = Path(sys.executable).with_name("treatygraph")
    assert found.exists(), f"the treatygraph command is not installed next to {sys.executable}"
    return str(found)


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "400"}
    return subprocess.run(
        [_binary(), *args], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli-store")
    store = EmbeddedStore(folder)
    store.replace_graph(
        "http://example.org/graph",
        [ox.Triple(ox.NamedNode(LONG_IRI), ox.NamedNode("http://example.org/p"), ox.Literal("value"))],
    )
    store.close()
    return str(folder)


def test_table_columns_follow_the_select_clause_and_iris_are_whole(store_dir: str) -> None:
    result = _cli("--store", store_dir, "query", "SELECT ?zeta ?alpha WHERE { ?zeta ?p ?alpha }")
    assert result.returncode == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if "zeta" in line)
    assert header.index("zeta") < header.index("alpha")
    assert f"<{LONG_IRI}>" in result.stdout


@pytest.mark.parametrize(
    ("query", "fmt", "says"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "turtle", "RDF format"),
        ("ASK { ?s ?p ?o }", "ntriples", "RDF format"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "csv", "results format"),
    ],
)
def test_a_format_that_cannot_carry_the_answer_is_a_usage_error(
    store_dir: str, query: str, fmt: str, says: str
) -> None:
    result = _cli("--store", store_dir, "query", query, "--format", fmt)
    assert result.returncode == 2
    assert says in result.stderr and result.stdout == ""


def test_serve_on_a_busy_port_says_so_in_one_line(store_dir: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        result = _cli("--store", store_dir, "serve", "--port", str(port), timeout=30)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "--port" in result.stderr and "Traceback" not in result.stderr
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    "path", ["/", "/sparql?query=ASK%7B%7D", "/health", "/.well-known/void", "/browse/treaties"]
)
def test_head_answers_wherever_get_does(client: httpx.Client, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert get.status_code == 200
    assert head.status_code == 200 and head.content == b""
    assert head.headers.get("content-type") == get.headers.get("content-type")
    # the length GET would send (VoID figures carry a timestamp, so the two may differ slightly)
    assert ("content-length" in head.headers) == ("content-length" in get.headers)


def test_openapi_has_one_operation_id_per_operation() -> None:
    store = EmbeddedStore(None)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            document = create_app(ApiConfig(), store).openapi()
    finally:
        store.close()
    ids = [op["operationId"] for ops in document["paths"].values() for op in ops.values()]
    assert len(ids) == len(set(ids))
