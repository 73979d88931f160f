"""`treatygraph serve` as a real process on a loopback port, read by real HTTP clients: the routes
linked-data consumers start from (/health, /sparql, /.well-known/void, /def, /shapes)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore

Serve = Callable[[object], AbstractContextManager[str]]

STARTUP_DEADLINE_S = 60.0
PUBLIC_URL = "https://treaties.example.org"
TG = "https://w3id.org/treatygraph/def#"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def treatygraph_binary() -> Path:
    found = Path(sys.executable).with_name("treatygraph")
    if not found.exists():
        raise RuntimeError(f"the treatygraph command is not installed next to {sys.executable}")
    return found


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`treatygraph serve` over an empty store, told it is reached at PUBLIC_URL."""
    folder = tmp_path_factory.mktemp("served")
    port = free_port()
    log = folder / "serve.log"
    env = {**os.environ, "TREATYGRAPH_STORE": str(folder / "store"), "TREATYGRAPH_PUBLIC_URL": PUBLIC_URL}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(treatygraph_binary()), "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_DEADLINE_S
        with httpx.Client(timeout=2.0) as http:
            while True:
                if process.poll() is not None:
                    raise RuntimeError(
                        f"treatygraph serve exited with {process.returncode}: {log.read_text()}"
                    )
                try:
                    if http.get(base_url + "/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"treatygraph serve did not answer on {base_url}: {log.read_text()}")
                time.sleep(0.1)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_health_of_an_empty_store(served: str) -> None:
    answer = httpx.get(served + "/health")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok", "triples": 0}


def test_void_names_the_public_endpoint(served: str) -> None:
    answer = httpx.get(served + "/.well-known/void", headers={"Accept": "application/n-triples"})
    assert answer.status_code == 200
    void = {q.triple for q in ox.parse(answer.content, format=ox.RdfFormat.N_TRIPLES)}
    dataset = ox.NamedNode(PUBLIC_URL + "/.well-known/void#dataset")
    endpoint = ox.Triple(
        dataset, ox.NamedNode("http://rdfs.org/ns/void#sparqlEndpoint"), ox.NamedNode(PUBLIC_URL + "/sparql")
    )
    assert endpoint in void


def test_rdflib_dereferences_the_ontology_and_the_shapes(served: str) -> None:
    # rdflib sends its own Accept header and picks the parser from the answer's Content-Type.
    ontology = rdflib.Graph().parse(served + "/def")
    assert (rdflib.URIRef(TG + "Treaty"), rdflib.RDF.type, rdflib.OWL.Class) in ontology
    shapes = rdflib.Graph().parse(served + "/shapes")
    assert any(shapes.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#NodeShape")))


def test_a_hash_iri_is_fetched_without_its_fragment(served: str) -> None:
    # What a browser does with https://w3id.org/treatygraph/def#Treaty once redirected here.
    answer = httpx.get(served + "/def#Treaty", headers={"Accept": "text/html"})
    assert answer.status_code == 200
    assert 'id="Treaty"' in answer.text


def test_service_description_and_query_over_the_socket(served: str) -> None:
    description = httpx.get(served + "/sparql", headers={"Accept": "text/turtle"})
    assert description.status_code == 200
    assert f"<{PUBLIC_URL}/sparql>".encode() in description.content
    answer = httpx.get(
        served + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"}
    )
    assert answer.status_code == 200 and answer.json()["boolean"] is False


def test_uvicorn_in_a_thread_serves_an_app(serve_app: Serve) -> None:
    # The fixture the client and federation tests use: a real socket, with the CORS headers a page needs.
    store = EmbeddedStore(None)
    store.replace_graph(
        "urn:x:g", [ox.Triple(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"))]
    )
    with serve_app(create_app(ApiConfig(), store)) as base_url:
        answer = httpx.get(
            base_url + "/sparql",
            params={"query": "SELECT ?o WHERE { ?s ?p ?o }"},
            headers={"Accept": "text/csv", "Origin": "https://elsewhere.example"},
        )
    store.close()
    assert answer.status_code == 200
    assert answer.text.splitlines() == ["o", "o"]
    assert answer.headers["access-control-allow-origin"] == "*"
