"""Hostile writes from a token holder, against `treatygraph serve` as a real process over the corpus,
on an embedded store and on a remote `oxigraph serve`: each is refused (or accepted) without
stalling reads, crashing the server or changing what is stored.

Every case runs its request while another client keeps asking an ASK query, and checks that
each ASK was answered within a second, that the server process is alive, and that the dataset
(as N-Quads) is as before when the write was refused.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from responsiveness import assert_responsive

ROOT = Path(__file__).resolve().parents[2]
TREATYGRAPH = Path(sys.executable).with_name("treatygraph")
TOKEN = "hostile-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
UPDATE = {"Content-Type": "application/sparql-update", **AUTH}
REGISTRY = "https://w3id.org/treatygraph/id/graph/registry"
ASK = {"query": "ASK { ?s ?p ?o }"}
STARTUP_DEADLINE_S = 60.0


@dataclass
class Served:
    """A running `treatygraph serve` and what it serves from."""

    base_url: str
    process: subprocess.Popen[bytes]
    kind: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _serve(store: str, folder: Path) -> tuple[str, subprocess.Popen[bytes]]:
    env = {**os.environ, "TREATYGRAPH_STORE": store, "TREATYGRAPH_WRITE_TOKEN": TOKEN}
    loaded = subprocess.run([str(TREATYGRAPH), "load"], env=env, capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    port = free_port()
    log = (folder / "serve.log").open("wb")
    process = subprocess.Popen(
        [str(TREATYGRAPH), "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while True:
        try:
            if httpx.get(f"{base_url}/health", timeout=2).status_code == 200:
                return base_url, process
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"treatygraph serve did not start: {(folder / 'serve.log').read_text()}")
        time.sleep(0.1)


@pytest.fixture(scope="module", params=["embedded", pytest.param("remote", marks=pytest.mark.remote)])
def served(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    private_oxigraph: Callable[[], AbstractContextManager[str]],
) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp(f"hostile-{request.param}")
    with ExitStack() as stack:
        if request.param == "embedded":
            store = str(folder / "store")
        else:
            store = stack.enter_context(private_oxigraph()) + "/query"
        base_url, process = _serve(store, folder)
        try:
            yield Served(base_url, process, request.param)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def dataset(base_url: str) -> frozenset[str]:
    r = httpx.get(f"{base_url}/store", headers={"Accept": "application/n-quads"}, timeout=60)
    assert r.status_code == 200, r.text
    return frozenset(r.text.splitlines())


def graphs(base_url: str) -> set[str]:
    """The graph names in the dataset, as ``<iri>``: the last term before each N-Quads line's dot."""
    return {line.split()[-2] for line in dataset(base_url)}


def while_reading(served: Served, send: Callable[[httpx.Client], httpx.Response]) -> httpx.Response:
    """``send``'s answer, sent while ASK queries run back to back; each must answer in time."""
    answer: list[httpx.Response] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            with httpx.Client(base_url=served.base_url, timeout=300) as http:
                answer.append(send(http))
        except BaseException as exc:  # reported by the test thread
            failure.append(exc)

    writer = threading.Thread(target=run)
    latencies: list[float] = []
    asked = 0
    with httpx.Client(base_url=served.base_url, timeout=30) as reader:
        writer.start()
        while writer.is_alive() or asked < 3:
            started = time.monotonic()
            r = reader.get("/sparql", params=ASK, headers={"Accept": "application/sparql-results+json"})
            took = time.monotonic() - started
            assert r.status_code == 200 and r.json()["boolean"] is True, r.text
            latencies.append(took)
            asked += 1
            time.sleep(0.05)
        writer.join()
    assert not failure, failure
    assert served.process.poll() is None, "the server process died"
    assert_responsive(latencies)
    return answer[0]


def refused_without_change(
    served: Served, status: int, send: Callable[[httpx.Client], httpx.Response]
) -> str:
    before = dataset(served.base_url)
    r = while_reading(served, send)
    assert r.status_code == status, (r.status_code, r.text[:500])
    assert r.text.strip()
    assert dataset(served.base_url) == before
    return r.text


def put(graph: str, body: bytes, media: str) -> Callable[[httpx.Client], httpx.Response]:
    return lambda http: http.put(
        "/store", params={"graph": graph}, content=body, headers={"Content-Type": media, **AUTH}
    )


def update(text: str) -> Callable[[httpx.Client], httpx.Response]:
    return lambda http: http.post("/update", content=text.encode(), headers=UPDATE)


INSERT_ONE = b"INSERT DATA { GRAPH <http://example.org/u> { <http://example.org/x> <http://x/p> 1 } }"
RDF_XML_OPEN = (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
)


# --- RDF/XML entities and nesting ----------------------------------------------------------------


def billion_laughs(levels: int = 12) -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF ['
        + "\n".join(entities)
        + "]>\n"
        + RDF_XML_OPEN
        + f'<rdf:Description rdf:about="http://example.org/a"><ex:p>&lol{levels - 1};</ex:p>'
        "</rdf:Description></rdf:RDF>"
    ).encode()


def test_an_entity_bomb_in_rdf_xml_is_refused_before_expansion(served: Served) -> None:
    body = billion_laughs()
    assert len(body) < 1500
    text = refused_without_change(served, 400, put("http://example.org/g", body, "application/rdf+xml"))
    assert "DTD" in text


def test_rdf_xml_nested_deeper_than_the_limit_is_refused_at_once(served: Served) -> None:
    depth = 45_000  # about 2 MB: quadratic in pyoxigraph, tens of seconds if it were parsed
    body = (
        RDF_XML_OPEN
        + "<rdf:Description>"
        + "<ex:p><rdf:Description>" * depth
        + "</rdf:Description></ex:p>" * depth
        + "</rdf:Description></rdf:RDF>"
    ).encode()
    assert len(body) > 2_000_000
    text = refused_without_change(served, 400, put("http://example.org/g", body, "application/rdf+xml"))
    assert "nests more than" in text


def test_json_ld_nested_deeper_than_the_limit_is_refused(served: Served) -> None:
    depth = 5_000  # 75 KB; parsed, it would take gigabytes
    body = ('{"@id":"http://x/a",' + '"http://x/p":{' * depth + '"@value":"1"' + "}" * depth + "}").encode()
    refused_without_change(served, 400, put("http://example.org/g", body, "application/ld+json"))


def test_a_two_megabyte_put_does_not_stall_reads(served: Served) -> None:
    graph = "http://example.org/bulk"
    lines = "".join(
        f'<http://example.org/s{i}> <http://example.org/p> "value number {i}" .\n' for i in range(36_000)
    )
    body = lines.encode()
    assert len(body) > 2_000_000
    r = while_reading(served, put(graph, body, "application/n-triples"))
    assert r.status_code in (201, 204), r.text
    r = httpx.delete(f"{served.base_url}/store", params={"graph": graph}, headers=AUTH)
    assert r.status_code == 204, r.text


@pytest.mark.parametrize("megabytes", [1, 9])
def test_a_huge_literal_passes_the_gate_in_seconds(served: Served, megabytes: int) -> None:
    graph = "http://example.org/long-literal"
    value = "x" * (megabytes * 1_000_000)
    body = f'<http://example.org/s> <http://example.org/p> "{value}" .'.encode()
    started = time.monotonic()
    r = while_reading(served, put(graph, body, "application/n-triples"))
    assert r.status_code in (201, 204), r.text
    assert time.monotonic() - started < 60
    stored = httpx.get(
        f"{served.base_url}/store", params={"graph": graph}, headers={"Accept": "application/n-triples"}
    )
    assert len(list(ox.parse(stored.content, format=ox.RdfFormat.N_TRIPLES))) == 1
    assert httpx.delete(f"{served.base_url}/store", params={"graph": graph}, headers=AUTH).status_code == 204


# --- updates the parser could not survive --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(" + "!" * 10_000 + "true) }",
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(" + "! " * 10_000 + "true) }",
        "INSERT { <a:a> <a:b> <a:c> } WHERE " + "{" * 10_000 + "}" * 10_000,
    ],
    ids=["nots", "spaced-nots", "braces"],
)
def test_an_update_that_would_overflow_the_parser_is_400(served: Served, text: str) -> None:
    refused_without_change(served, 400, update(text))


# --- LOAD and the allow-list ---------------------------------------------------------------------


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    try:
        yield sock
    finally:
        sock.close()


@pytest.mark.parametrize(
    "source",
    [
        "http://127.0.0.1:{port}/data.ttl",
        "http://2130706433:{port}/data.ttl",
        "http://0x7f.1:{port}/data.ttl",
        "http://[::ffff:127.0.0.1]:{port}/data.ttl",
        "http://localhost:{port}/data.ttl",
        "file:///etc/passwd",
    ],
)
def test_load_from_a_url_not_allowed_is_403_and_fetches_nothing(
    served: Served, listener: socket.socket, source: str
) -> None:
    iri = source.format(port=listener.getsockname()[1])
    text = refused_without_change(served, 403, update(f"LOAD <{iri}> INTO GRAPH <http://example.org/loaded>"))
    assert text.startswith("LOAD <") and "not allowed" in text
    with pytest.raises(BlockingIOError):
        listener.accept()


# --- what a deletion or an update breaks ---------------------------------------------------------


def test_deleting_the_registry_is_refused_while_documents_rely_on_it(served: Served) -> None:
    text = refused_without_change(
        served, 422, lambda http: http.delete("/store", params={"graph": REGISTRY}, headers=AUTH)
    )
    assert "must be a tg:" in text


def test_dropping_the_registry_by_update_is_refused(served: Served) -> None:
    refused_without_change(served, 422, update(f"DROP GRAPH <{REGISTRY}>"))


def test_an_update_breaking_the_shapes_is_422_with_the_report(served: Served) -> None:
    text = refused_without_change(
        served,
        422,
        update(
            "PREFIX tg: <https://w3id.org/treatygraph/def#> INSERT DATA { GRAPH <http://example.org/u> "
            '{ <http://example.org/t> a tg:Treaty ; tg:date "not a date" } }'
        ),
    )
    assert "preferred label" in text and "tg:date" in text


def test_an_update_removing_what_documents_rely_on_is_422(served: Served) -> None:
    text = refused_without_change(
        served,
        422,
        update(
            "DELETE { GRAPH ?g { ?s a ?type } } WHERE { GRAPH ?g { ?s a ?type } "
            f"FILTER(?g = <{REGISTRY}>) }}"
        ),
    )
    assert "must be a tg:" in text


def test_a_conforming_update_is_applied_and_a_document_graph_can_be_deleted(served: Served) -> None:
    r = httpx.post(
        f"{served.base_url}/update",
        content=INSERT_ONE,
        headers=UPDATE,
    )
    assert r.status_code == 204, r.text
    assert "<http://example.org/u>" in graphs(served.base_url)
    r = httpx.post(f"{served.base_url}/update", content=b"DROP GRAPH <http://example.org/u>", headers=UPDATE)
    assert r.status_code == 204, r.text
    assert "<http://example.org/u>" not in graphs(served.base_url)
    documents = sorted(g for g in graphs(served.base_url) if "/graph/doc/" in g)
    assert documents
    r = httpx.delete(f"{served.base_url}/store", params={"graph": documents[0].strip("<>")}, headers=AUTH)
    assert r.status_code == 204, r.text
    assert documents[0] not in graphs(served.base_url)
