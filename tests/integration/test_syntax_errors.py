"""A malformed query or update is answered with where and what, in one line: over /sparql and
/update (400, plain text, positions counted in the client's text) and by ``treatygraph query``."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore, Gate

AUTH = {"Authorization": "Bearer test-token"}
UPDATE = {"Content-Type": "application/sparql-update", **AUTH}

# (text, line, column, what the message must say)
QUERIES = [
    (
        "PREFIX ex: <http://example.org/>\nSELECT * WHERE {\n  ?s a tg:Treaty .\n}",
        3,
        8,
        ["the prefix 'tg:' is not declared"],
    ),
    ("SELECT * WHERE {\n  ?s ?p ?o\n", 1, 16, ["'{' is never closed"]),
    ("SELECT * WHERE { ?s ?p <http://example.org/a b> }", 1, 24, ["not a valid IRI"]),
    ("SELECT * WHERE { ?s ?p ?o FILTER(foo(?o)) }", 1, 34, ["'foo' is not a SPARQL function"]),
    ("SELECT * WHERE { ?s ?p ?o } garbage", 1, 29, ["'garbage'"]),
    ("SELEC ?s WHERE {}", 1, 1, ["SELECT", "'SELEC'"]),
    ("SELECT * WHERE {\n  ?s ?p ?o FILTER(?o > 1 }", 2, 26, ["expected ')'"]),
    ('SELECT * WHERE { ?s ?p "open }', 1, 24, ["string", "never closed"]),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1 OFFSET", 1, 43, ["expected", "a digit"]),
]
UPDATES = [
    ("INSERT DATA {\n  tg:x <http://example.org/p> 1 }", 2, 3, ["the prefix 'tg:' is not declared"]),
    ("DELETE DATA { ?s <http://example.org/p> 1 }", 1, 44, ["not allowed in DELETE DATA"]),
    ("INSRT DATA { <http://example.org/s> <http://example.org/p> 1 }", 1, 1, ["'INSRT'"]),
]


def assert_plain(message: str, line: int, column: int, says: list[str]) -> None:
    text = message.strip()
    assert "\n" not in text, text
    assert text.startswith(f"line {line}, column {column}: "), text
    for words in says:
        assert words in text, text
    assert "\\u{" not in text and len(text) < 200, text


@pytest.fixture
def disk_client(
    tmp_path: Path, make_client: Callable[[object], AbstractContextManager[httpx.Client]]
) -> Iterator[httpx.Client]:
    """Queries on an on-disk store run in worker processes, updates through the SHACL gate."""
    store = EmbeddedStore(tmp_path / "store")
    gate = Gate(shapes=rdflib.Graph(), ontology=rdflib.Graph())
    try:
        with make_client(create_app(ApiConfig(write_token="test-token"), store, gate)) as http:
            yield http
    finally:
        store.close()


@pytest.mark.parametrize(("text", "line", "column", "says"), QUERIES)
def test_sparql_says_where_and_what(
    client: httpx.Client, disk_client: httpx.Client, text: str, line: int, column: int, says: list[str]
) -> None:
    for http in (client, disk_client):
        for response in (
            http.get("/sparql", params={"query": text}),
            http.post("/sparql", content=text, headers={"Content-Type": "application/sparql-query"}),
        ):
            assert response.status_code == 400
            assert response.headers["content-type"].startswith("text/plain")
            assert_plain(response.text, line, column, says)


@pytest.mark.parametrize(("text", "line", "column", "says"), UPDATES)
def test_update_says_where_and_what(
    client: httpx.Client, disk_client: httpx.Client, text: str, line: int, column: int, says: list[str]
) -> None:
    for http in (client, disk_client):  # without and with the gate
        response = http.post("/update", content=text, headers=UPDATE)
        assert response.status_code == 400
        assert response.headers["content-type"].startswith("text/plain")
        assert_plain(response.text, line, column, says)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("syntax-store")
    store = EmbeddedStore(folder)
    store.add_to_graph(
        "http://example.org/graph",
        [
            ox.Triple(
                ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"), ox.Literal("1")
            )
        ],
    )
    store.close()
    return str(folder)


@pytest.mark.parametrize(("text", "line", "column", "says"), QUERIES[:5])
def test_cli_query_says_where_and_what(
    store_dir: str, text: str, line: int, column: int, says: list[str]
) -> None:
    binary = Path(sys.executable).with_name("treatygraph")
    result = subprocess.run(
        [str(binary), "--store", store_dir, "query", text],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "300"},
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: "), result.stderr
    assert_plain(result.stderr.removeprefix("error: "), line, column, says)
