"""SERVICE calls: only to allow-listed endpoints, refused before anything is sent otherwise.

Refusals are checked against a real listening socket that must never see a connection; the
allowed case federates with a real ``oxigraph serve``.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest

from api.app import create_app
from api.config import ApiConfig
from api.errors import ApiError
from api.service_policy import check_services, endpoint_allowed
from graph import EmbeddedStore, RemoteStore

AUTH = {"Authorization": "Bearer test-token"}


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A loopback socket that accepts connections; a test asserts nobody connected."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    try:
        yield sock
    finally:
        sock.close()


def nobody_connected(sock: socket.socket) -> bool:
    try:
        conn, _ = sock.accept()
    except BlockingIOError:
        return True
    conn.close()
    return False


def refusal_of(client: httpx.Client, query: str) -> httpx.Response:
    return client.get("/sparql", params={"query": query})


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        "PREFIX e: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE e:sparql {{ ?s ?p ?o }} }}",
        "BASE <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/\\u0073parql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <http://localhost:{port}/> {{ ?s ?p ?x }} }} }}",
        "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <http://2130706433:{port}/> {{ ?s ?p ?o }} }} }} }}",
        "ASK {{ SERVICE <http://[::ffff:127.0.0.1]:{port}/> {{ ?s ?p ?o }} }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://0x7f.1:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ VALUES ?x {{ <http://127.0.0.1:{port}/> }} SERVICE ?x {{ ?s ?p ?o }} }}",
    ],
)
def test_unlisted_service_is_refused_before_any_request(
    client: httpx.Client, listener: socket.socket, template: str
) -> None:
    port = listener.getsockname()[1]
    r = refusal_of(client, template.format(port=port))
    assert r.status_code == 403, r.text
    assert r.text.startswith("SERVICE ") and "not allowed" in r.text
    assert nobody_connected(listener)


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "2130706433", "0x7f000001", "0177.0.0.1", "[::1]", "[::ffff:7f00:1]", "localhost"]
)
def test_a_prefix_entry_never_reaches_loopback_whatever_its_spelling(
    make_client: object, app_store: EmbeddedStore, listener: socket.socket, host: str
) -> None:
    port = listener.getsockname()[1]
    config = ApiConfig(service_allowlist=("http://*",))
    with make_client(create_app(config, app_store)) as http:  # type: ignore[operator]
        r = refusal_of(http, f"SELECT * WHERE {{ SERVICE <http://{host}:{port}/q> {{ ?s ?p ?o }} }}")
    assert r.status_code == 403 and "non-public address" in r.text, r.text
    assert nobody_connected(listener)


def public(_host: str) -> list[str]:
    return ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"]


@pytest.mark.parametrize(
    ("addresses", "allowed"),
    [
        (["93.184.215.14"], True),
        (["10.1.2.3"], False),
        (["169.254.169.254"], False),  # cloud metadata
        (["100.64.0.1"], False),  # shared address space
        (["93.184.215.14", "192.168.0.1"], False),  # one private answer is enough to refuse
        (["fe80::1%eth0"], False),
        (["fd00::1"], False),
        (["2002:7f00:1::"], False),  # 6to4 wrapping 127.0.0.1
        (["::"], False),
    ],
)
def test_prefix_entries_allow_public_addresses_only(addresses: list[str], allowed: bool) -> None:
    verdict, reason = endpoint_allowed(
        "https://data.example/sparql", ["https://data.example/*"], lambda _h: addresses
    )
    assert verdict is allowed, reason


@pytest.mark.parametrize(
    "iri",
    [
        "https://data.example@127.0.0.1/sparql",  # user information hiding the real host
        "ftp://data.example/sparql",
        "https://other.example/sparql",
    ],
)
def test_endpoints_outside_the_rules_are_refused(iri: str) -> None:
    verdict, _ = endpoint_allowed(iri, ["https://data.example*"], public)
    assert not verdict


def test_queries_without_service_are_not_parsed() -> None:
    # rdflib cannot parse this RDF 1.2 triple term; the check must not even try.
    check_services("SELECT * WHERE { ?s ?p <<( <a:b> <a:c> <a:d> )>> }", [])


def test_an_unparseable_query_naming_service_is_400() -> None:
    with pytest.raises(ApiError) as refused:
        check_services("SELECT * WHERE { SERVICE <http://x/> { ?s ?p } }", ["http://x/"])
    assert refused.value.status == 400


def test_updates_with_an_unlisted_service_are_refused_and_change_nothing(
    client: httpx.Client, app_store: EmbeddedStore, listener: socket.socket
) -> None:
    port = listener.getsockname()[1]
    before = app_store.count()
    r = client.post(
        "/update",
        content=f"INSERT {{ GRAPH <http://x/g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <http://127.0.0.1:{port}/> "
        "{ ?s ?p ?o } }",
        headers={"Content-Type": "application/sparql-update", **AUTH},
    )
    assert r.status_code == 403
    assert app_store.count() == before and nobody_connected(listener)


def test_an_allow_listed_endpoint_is_federated(
    make_client: object, app_store: EmbeddedStore, oxigraph_server: str
) -> None:
    endpoint = f"{oxigraph_server}/query"
    remote = RemoteStore(endpoint, f"{oxigraph_server}/update", f"{oxigraph_server}/store")
    try:
        remote.update("INSERT DATA { GRAPH <http://x/remote> { <http://x/a> <http://x/says> 'hello' } }")
        config = ApiConfig(service_allowlist=(endpoint,))
        with make_client(create_app(config, app_store)) as http:  # type: ignore[operator]
            query = f"SELECT ?o WHERE {{ SERVICE <{endpoint}> {{ GRAPH ?g {{ ?s <http://x/says> ?o }} }} }}"
            r = http.get("/sparql", params={"query": query})
    finally:
        remote.update("DROP SILENT GRAPH <http://x/remote>")
        remote.close()
    assert r.status_code == 200, r.text
    assert [b["o"]["value"] for b in r.json()["results"]["bindings"]] == ["hello"]


class _Redirect(BaseHTTPRequestHandler):
    target = ""

    def do_POST(self) -> None:
        self.send_response(302)
        self.send_header("Location", self.target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_an_allowed_endpoint_cannot_redirect_the_call_elsewhere(
    make_client: object, app_store: EmbeddedStore, listener: socket.socket
) -> None:
    port = listener.getsockname()[1]
    handler = type("Redirect", (_Redirect,), {"target": f"http://127.0.0.1:{port}/internal"})
    server = HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{server.server_port}/sparql"
    try:
        config = ApiConfig(service_allowlist=(endpoint,))
        with make_client(create_app(config, app_store)) as http:  # type: ignore[operator]
            r = http.get(
                "/sparql", params={"query": f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"}
            )
    finally:
        server.shutdown()
        server.server_close()
    assert r.status_code == 400 and "redirect" in r.text, r.text  # the endpoint is the client's choice
    assert nobody_connected(listener)
