"""Federation each way between TreatyGraph and each real server (``oxigraph serve``, Virtuoso).

The server federates over TreatyGraph: it sends the ``SERVICE <…/sparql>`` part of a query to a
real TreatyGraph server and joins the answer with its own data, whether a user asks the server
directly or TreatyGraph's remote store asks it. TreatyGraph federates over the server: its
``/sparql`` calls ``SERVICE`` on the server's public endpoint, listed in the allow-list."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from servers import SparqlServer

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore

Serve = Callable[[object], AbstractContextManager[str]]

OURS = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/treatygraph/id/> .
id:org\\/cpt a tg:MonitoringBody ; skos:prefLabel "CPT"@en ; tg:monitors id:treaty\\/cets-126 .
id:org\\/un-spt a tg:MonitoringBody ; skos:prefLabel "UN Subcommittee on Prevention of Torture"@en ;
    tg:monitors id:treaty\\/opcat .
id:treaty\\/cets-126 skos:prefLabel "European Convention for the Prevention of Torture"@en .
"""

# The other engine's own data: how many visits each body made (the UN body has none here).
THEIRS = """
PREFIX ex: <http://example.org/stats#>
PREFIX id: <https://w3id.org/treatygraph/id/>
INSERT DATA { GRAPH <GRAPH> {
  id:org\\/cpt ex:visitsToRussia 30 .
  id:org\\/unknown-body ex:visitsToRussia 1 .
} }
"""

FEDERATED = """
PREFIX ex: <http://example.org/stats#>
PREFIX tg: <https://w3id.org/treatygraph/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?body ?visits ?bodyLabel ?treatyLabel WHERE {
  GRAPH <GRAPH> { ?body ex:visitsToRussia ?visits }
  SERVICE <ENDPOINT> {
    ?body skos:prefLabel ?bodyLabel ; tg:monitors ?treaty .
    ?treaty skos:prefLabel ?treatyLabel .
  }
}
"""


@pytest.fixture(scope="module")
def ours() -> Iterator[EmbeddedStore]:
    """TreatyGraph's side: ``OURS`` in one named graph of an in-memory store."""
    store = EmbeddedStore(None)
    store.replace_graph(
        "https://w3id.org/treatygraph/id/graph/federation",
        [q.triple for q in ox.parse(OURS, format=ox.RdfFormat.TURTLE)],
    )
    yield store
    store.close()


@pytest.fixture(scope="module")
def our_endpoint(serve_app: Serve, ours: EmbeddedStore) -> Iterator[str]:
    with serve_app(create_app(ApiConfig(), ours)) as base_url:
        yield base_url + "/sparql"


# The join of either direction: only the body both sides know survives; its labels come from
# TreatyGraph, the count from the server.
JOINED = [
    {
        "body": "https://w3id.org/treatygraph/id/org/cpt",
        "visits": "30",
        "bodyLabel": "CPT",
        "treatyLabel": "European Convention for the Prevention of Torture",
    }
]


@pytest.fixture
def their_graph(sparql_server: SparqlServer) -> str:
    """A graph of the server's own data (``THEIRS``), named so no other test sees it."""
    graph = f"{sparql_server.graph_prefixes[0]}test/federation/{uuid.uuid4()}"
    with closing(sparql_server.open()) as theirs:
        theirs.update(THEIRS.replace("GRAPH>", graph + ">", 1))
    return graph


def ask_directly(server: SparqlServer, query: str) -> list[dict[str, str]]:
    """``query`` sent to the server's public endpoint as any SPARQL client would, as CSV rows."""
    with httpx.Client(timeout=30.0) as http:
        answer = http.post(server.public_query_url, data={"query": query}, headers={"Accept": "text/csv"})
    assert answer.status_code == 200, answer.text
    return list(csv.DictReader(io.StringIO(answer.text)))


def test_each_server_joins_its_data_with_ours_through_service(
    sparql_server: SparqlServer, their_graph: str, our_endpoint: str
) -> None:
    query = FEDERATED.replace("<GRAPH>", f"<{their_graph}>").replace("<ENDPOINT>", f"<{our_endpoint}>")
    assert ask_directly(sparql_server, query) == JOINED


def test_the_same_join_asked_through_the_remote_store(
    sparql_server: SparqlServer, their_graph: str, our_endpoint: str
) -> None:
    # The remote store names the query's dataset: here a default graph of one graph, which
    # Virtuoso would otherwise carry into the SERVICE request as GRAPH <it> { ... }.
    query = FEDERATED.replace("<GRAPH>", f"<{their_graph}>").replace("<ENDPOINT>", f"<{our_endpoint}>")
    with closing(sparql_server.open()) as theirs:
        assert theirs.graphs() == [their_graph]
        rows = theirs.query(query).text_rows()
    assert rows == JOINED


def test_federating_engine_sees_which_graph_states_a_fact(
    sparql_server: SparqlServer, our_endpoint: str
) -> None:
    # Provenance survives federation: the named graph of each source is visible through SERVICE.
    query = (
        "PREFIX tg: <https://w3id.org/treatygraph/def#>\n"
        f"SELECT ?g WHERE {{ SERVICE <{our_endpoint}> {{ GRAPH ?g {{ ?body tg:monitors ?treaty }} }} }}"
    )
    graphs = [row["g"] for row in ask_directly(sparql_server, query)]
    assert graphs == ["https://w3id.org/treatygraph/id/graph/federation"] * 2


# TreatyGraph's /sparql runs over its own data and calls SERVICE on the server.
OURS_WITH_THEIRS = """
PREFIX ex: <http://example.org/stats#>
PREFIX tg: <https://w3id.org/treatygraph/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?body ?visits ?bodyLabel ?treatyLabel WHERE {
  ?body skos:prefLabel ?bodyLabel ; tg:monitors ?treaty .
  ?treaty skos:prefLabel ?treatyLabel .
  SERVICE <ENDPOINT> { GRAPH <GRAPH> { ?body ex:visitsToRussia ?visits } }
}
"""


def test_treatygraph_joins_our_data_with_each_servers_through_service(
    sparql_server: SparqlServer,
    their_graph: str,
    ours: EmbeddedStore,
    serve_app: Serve,
    request: pytest.FixtureRequest,
) -> None:
    time_limit = 15.0
    if sparql_server.name == "virtuoso":
        # The embedded store's SERVICE client sends the query as the body of a POST
        # (application/sparql-query), which Virtuoso 7.2 never answers (measured: no response in
        # 20 s on /sparql and /sparql/; reported upstream at
        # https://github.com/openlink/virtuoso-opensource/issues/842). Stop early.
        time_limit = 2.0
        request.applymarker(
            pytest.mark.xfail(
                strict=True, reason="Virtuoso 7.2 never answers a query POSTed as application/sparql-query"
            )
        )
    endpoint = sparql_server.public_query_url
    app = create_app(ApiConfig(service_allowlist=(endpoint,), query_timeout=time_limit), ours)
    query = OURS_WITH_THEIRS.replace("<GRAPH>", f"<{their_graph}>").replace("<ENDPOINT>", f"<{endpoint}>")
    with serve_app(app) as base_url, httpx.Client(timeout=30.0) as http:
        answer = http.post(f"{base_url}/sparql", data={"query": query}, headers={"Accept": "text/csv"})
    assert answer.status_code == 200, answer.text
    rows: list[dict[str, Any]] = list(csv.DictReader(io.StringIO(answer.text)))
    assert rows == JOINED
