"""Credentials to a remote store: Digest and Basic against Virtuoso's authenticated endpoints,
a bearer token and Basic through a real proxy asking for them in front of ``oxigraph serve``,
nothing asked by ``oxigraph serve`` itself; secrets never show in reprs or error messages."""

from __future__ import annotations

import base64
from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from dataclasses import replace

import httpx
import pyoxigraph as ox
import pytest
from auth_proxy import AuthProxy
from servers import SparqlServer, oxigraph_endpoints, virtuoso_basic_endpoints, virtuoso_endpoints

from graph import RemoteStore, StoreUnavailable
from graph.credentials import StoreCredentials
from treatygraph.settings import Settings

GRAPH = "https://w3id.org/treatygraph/test/credentials"
TRIPLE = ox.Triple(ox.NamedNode(GRAPH + "#s"), ox.NamedNode(GRAPH + "#p"), ox.Literal("o"))
SECRET = "not-the-password-9f2c"


@pytest.fixture
def virtuoso(virtuoso_server: str) -> SparqlServer:
    server = virtuoso_endpoints(virtuoso_server)
    server.clear()
    return server


@pytest.mark.virtuoso
def test_digest_credentials_write_to_virtuoso(virtuoso: SparqlServer) -> None:
    with closing(virtuoso.open()) as store:
        store.replace_graph(GRAPH, [TRIPLE])
        assert store.graph_triples(GRAPH) == [TRIPLE]
        assert store.drop_graph(GRAPH)


@pytest.mark.virtuoso
def test_basic_credentials_write_to_virtuoso(virtuoso_server: str) -> None:
    server = virtuoso_basic_endpoints(virtuoso_server)
    for url in (server.query_url, server.store_url):  # these endpoints ask for Basic, not Digest
        assert httpx.get(url).headers["www-authenticate"].startswith("Basic ")
    with closing(server.open()) as store:
        store.replace_graph(GRAPH, [TRIPLE])
        assert store.graph_triples(GRAPH) == [TRIPLE]
        store.update(f"DELETE WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")  # the update endpoint
        assert GRAPH not in store.graphs()


@pytest.mark.virtuoso
def test_wrong_basic_password_is_refused_without_showing_it(virtuoso_server: str) -> None:
    server = replace(virtuoso_basic_endpoints(virtuoso_server), password=SECRET)
    with closing(server.open()) as store, pytest.raises(StoreUnavailable) as refused:
        store.update(f"INSERT DATA {{ GRAPH <{GRAPH}> {{ <{GRAPH}#s> <{GRAPH}#p> 'o' }} }}")
    assert "401" in str(refused.value)
    assert SECRET not in str(refused.value) and SECRET not in repr(refused.value)


@pytest.mark.virtuoso
@pytest.mark.parametrize("credentials", [(None, None), ("treatygraph", SECRET), ("nobody", SECRET)])
def test_missing_or_wrong_credentials_are_refused_without_showing_them(
    virtuoso: SparqlServer, credentials: tuple[str | None, str | None]
) -> None:
    user, password = credentials
    store = replace(virtuoso, user=user, password=password).open()
    with closing(store), pytest.raises(StoreUnavailable) as refused:
        store.replace_graph(GRAPH, [TRIPLE])
    assert "401" in str(refused.value)
    assert SECRET not in str(refused.value) and SECRET not in repr(refused.value)
    with closing(virtuoso.open()) as reader:
        assert GRAPH not in reader.graphs()


@pytest.mark.virtuoso
def test_anonymous_endpoint_refuses_writes_with_a_clear_error(virtuoso_server: str) -> None:
    # The plain endpoints read for anyone and refuse every write (403), as Virtuoso ships.
    anonymous = replace(
        virtuoso_endpoints(virtuoso_server),
        store_url=f"{virtuoso_server}/sparql-graph-crud",
        user=None,
        password=None,
    )
    with closing(anonymous.open()) as store, pytest.raises(StoreUnavailable, match="403"):
        store.replace_graph(GRAPH, [TRIPLE])


@pytest.mark.remote
def test_credentials_are_harmless_where_nothing_asks_for_them(oxigraph_server: str) -> None:
    server = replace(oxigraph_endpoints(oxigraph_server), user="someone", password=SECRET)
    server.clear()
    with closing(server.open()) as store:
        store.replace_graph(GRAPH, [TRIPLE])
        assert store.graphs() == [GRAPH]
        store.drop_graph(GRAPH)
    # A bearer token alone, also unasked for.
    tokened = RemoteStore(
        server.query_url,
        server.update_url,
        server.store_url,
        auth_token=SECRET,
        graph_prefixes=server.graph_prefixes,
    )
    with closing(tokened):
        assert tokened.graphs() == []


def test_secrets_stay_out_of_reprs() -> None:
    credentials = StoreCredentials("user", SECRET, SECRET + "-token")
    settings = Settings.load(
        {}, {"TREATYGRAPH_STORE_PASSWORD": SECRET, "TREATYGRAPH_STORE_TOKEN": SECRET + "-token"}
    )
    for shown in (repr(credentials), repr(credentials.auth()), repr(settings)):
        assert SECRET not in shown
    assert settings.store_password == SECRET


# --- a proxy asking for a bearer token or a Basic password in front of oxigraph serve -----------

TOKEN = "token-for-tests-4be1"
BASIC = "Basic " + base64.b64encode(b"reader:" + SECRET.encode()).decode()
PROXIES = {
    "bearer": (f"Bearer {TOKEN}", 'Bearer realm="store"', StoreCredentials(token=TOKEN)),
    "basic": (BASIC, 'Basic realm="store"', StoreCredentials("reader", SECRET)),
}
Serve = Callable[[object], AbstractContextManager[str]]


def behind(proxy_url: str, credentials: StoreCredentials) -> RemoteStore:
    return RemoteStore(
        f"{proxy_url}/query",
        f"{proxy_url}/update",
        f"{proxy_url}/store",
        credentials=credentials,
        graph_prefixes=oxigraph_endpoints("").graph_prefixes,
    )


@pytest.mark.remote
@pytest.mark.parametrize("scheme", sorted(PROXIES))
def test_credentials_pass_a_proxy_asking_for_them(
    oxigraph_server: str, serve_app: Serve, scheme: str
) -> None:
    authorization, challenge, credentials = PROXIES[scheme]
    oxigraph_endpoints(oxigraph_server).clear()
    proxy = AuthProxy(oxigraph_server, authorization, challenge)
    with serve_app(proxy) as proxy_url, closing(behind(proxy_url, credentials)) as store:
        store.replace_graph(GRAPH, [TRIPLE])  # Graph Store Protocol
        assert store.graph_triples(GRAPH) == [TRIPLE]
        store.update(f"DROP GRAPH <{GRAPH}>")  # update endpoint
        assert store.graphs() == []  # query endpoint
    assert authorization in proxy.seen
    if scheme == "basic":  # the password goes out only once the proxy has asked for Basic
        assert proxy.seen[0] is None


@pytest.mark.remote
@pytest.mark.parametrize("scheme", sorted(PROXIES))
def test_wrong_or_missing_credentials_at_a_proxy_are_refused_without_showing_them(
    oxigraph_server: str, serve_app: Serve, scheme: str
) -> None:
    authorization, challenge, _ = PROXIES[scheme]
    proxy = AuthProxy(oxigraph_server, authorization, challenge)
    wrong = {
        "bearer": StoreCredentials(token=SECRET + "-wrong"),
        "basic": StoreCredentials("reader", SECRET + "-wrong"),
    }[scheme]
    with serve_app(proxy) as proxy_url:
        for credentials in (wrong, StoreCredentials()):
            with closing(behind(proxy_url, credentials)) as store, pytest.raises(StoreUnavailable) as refused:
                store.replace_graph(GRAPH, [TRIPLE])
            assert "401" in str(refused.value)
            assert SECRET not in str(refused.value) and SECRET not in repr(refused.value)
    assert GRAPH not in oxigraph_endpoints(oxigraph_server).open().graphs()
