"""Credentials to a remote store: Digest against Virtuoso's authenticated endpoints, nothing
asked by ``oxigraph serve``; secrets never show in reprs or error messages."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace

import pyoxigraph as ox
import pytest
from servers import SparqlServer, oxigraph_endpoints, virtuoso_endpoints

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
