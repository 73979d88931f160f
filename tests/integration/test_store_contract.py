"""The store contract: the same assertions hold for the embedded store and a remote SPARQL server.

Every test taking ``store`` runs twice (``[embedded]`` and ``[remote]``); callers must not be
able to tell the backends apart. The tests at the end concern only the remote store's failures.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest
import rdflib
from servers import SparqlServer

from graph import (
    Gate,
    GraphNotFound,
    QuerySyntaxError,
    RemoteStore,
    Store,
    StoreUnavailable,
    ValidationFailed,
    publish,
)

EX = "http://example.org/"
G1 = "https://w3id.org/treatygraph/graph/test-one"
G2 = "https://w3id.org/treatygraph/graph/test-two"
G3 = "https://w3id.org/treatygraph/graph/test-three"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def ex(name: str) -> ox.NamedNode:
    return ox.NamedNode(EX + name)


def t(s: str, p: str, o: str | ox.Literal) -> ox.Triple:
    return ox.Triple(ex(s), ex(p), o if isinstance(o, ox.Literal) else ex(o))


ONE = [t("a", "p", "b"), t("a", "label", ox.Literal("A")), t("shared", "p", "x")]
TWO = [t("c", "p", "d"), t("c", "label", ox.Literal("C", language="en")), t("shared", "p", "x")]


@pytest.fixture
def filled(store: Store) -> Store:
    store.replace_graph(G1, ONE)
    store.replace_graph(G2, TWO)
    return store


def column(store: Store, sparql: str, name: str, **dataset: list[str]) -> list[str]:
    rows = store.query(sparql, **dataset).rows()
    return sorted(str(row[name]) for row in rows if name in row)


# -- query kinds and serialisation ----------------------------------------------------------


def test_select_gives_solutions_that_serialise_as_sparql_json(filled: Store) -> None:
    sparql = f"SELECT ?s ?o WHERE {{ ?s <{EX}label> ?o }} ORDER BY ?s"
    result = filled.query(sparql)
    assert result.kind == "solutions"
    assert result.rows() == [
        {"s": ex("a"), "o": ox.Literal("A")},
        {"s": ex("c"), "o": ox.Literal("C", language="en")},
    ]
    document = json.loads(filled.query(sparql).serialize_results(ox.QueryResultsFormat.JSON))
    assert document["head"]["vars"] == ["s", "o"]
    assert document["results"]["bindings"][1] == {
        "s": {"type": "uri", "value": EX + "c"},
        "o": {"type": "literal", "value": "C", "xml:lang": "en"},
    }


def test_ask_gives_a_boolean(filled: Store) -> None:
    yes = filled.query(f"ASK {{ <{EX}a> <{EX}p> <{EX}b> }}")
    no = filled.query(f"ASK {{ <{EX}a> <{EX}p> <{EX}nothing> }}")
    assert (yes.kind, yes.boolean, no.kind, no.boolean) == ("boolean", True, "boolean", False)
    assert json.loads(yes.serialize_results(ox.QueryResultsFormat.JSON)) == {
        "head": {},
        "boolean": True,
    }


def test_construct_gives_triples_that_serialise_as_rdf(filled: Store) -> None:
    sparql = f"CONSTRUCT {{ ?s <{EX}q> ?o }} WHERE {{ ?s <{EX}p> ?o }}"
    result = filled.query(sparql)
    assert result.kind == "graph"
    expected = {t("a", "q", "b"), t("c", "q", "d"), t("shared", "q", "x")}
    assert result.triples is not None and set(result.triples) == expected
    data = filled.query(sparql).serialize_graph(ox.RdfFormat.N_TRIPLES)
    assert {q.triple for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)} == expected


def test_rows_and_serialisation_of_select_refuse_the_wrong_kind(filled: Store) -> None:
    with pytest.raises(TypeError):
        filled.query("ASK {}").serialize_graph(ox.RdfFormat.TURTLE)
    with pytest.raises(TypeError):
        filled.query("CONSTRUCT WHERE { ?s ?p ?o }").serialize_results(ox.QueryResultsFormat.JSON)


# -- the dataset ----------------------------------------------------------------------------


def test_default_graph_is_the_union_of_the_named_graphs(filled: Store) -> None:
    subjects = column(filled, f"SELECT DISTINCT ?s WHERE {{ ?s <{EX}p> ?o }}", "s")
    assert subjects == [f"<{EX}a>", f"<{EX}c>", f"<{EX}shared>"]
    graphs = column(filled, f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}shared> ?p ?o }} }}", "g")
    assert graphs == [f"<{G1}>", f"<{G2}>"]


def test_union_follows_writes(store: Store) -> None:
    sparql = f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }}"
    assert column(store, sparql, "s") == []
    store.replace_graph(G1, ONE)
    assert len(column(store, sparql, "s")) == 2
    store.update(f"INSERT DATA {{ GRAPH <{G3}> {{ <{EX}z> <{EX}p> <{EX}y> }} }}")
    assert len(column(store, sparql, "s")) == 3
    store.drop_graph(G1)
    assert column(store, sparql, "s") == [f"<{EX}z>"]


def test_default_graphs_restrict_the_default_graph_and_empty_the_named_ones(
    filled: Store,
) -> None:
    sparql = f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }}"
    assert column(filled, sparql, "s", default_graphs=[G2]) == [f"<{EX}c>", f"<{EX}shared>"]
    in_graphs = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert column(filled, in_graphs, "g", default_graphs=[G2]) == []


def test_named_graphs_restrict_graph_patterns_and_empty_the_default(filled: Store) -> None:
    in_graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert column(filled, in_graphs, "g", named_graphs=[G1]) == [f"<{G1}>"]
    assert column(filled, "SELECT ?s WHERE { ?s ?p ?o }", "s", named_graphs=[G1]) == []


def test_both_halves_of_the_dataset_together(filled: Store) -> None:
    sparql = f"SELECT ?s ?g WHERE {{ ?s <{EX}label> ?l . GRAPH ?g {{ ?x <{EX}p> <{EX}d> }} }}"
    rows = filled.query(sparql, default_graphs=[G1], named_graphs=[G2]).rows()
    assert rows == [{"s": ex("a"), "g": ox.NamedNode(G2)}]


def test_an_empty_protocol_dataset_sees_nothing(filled: Store) -> None:
    everything = "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    assert filled.query(everything, default_graphs=[], named_graphs=[]).rows() == []


# -- graph writes ---------------------------------------------------------------------------


def test_replace_graph_replaces_it_and_leaves_the_others(filled: Store) -> None:
    new = [t("n", "p", "m")]
    filled.replace_graph(G1, new)
    assert filled.graph_triples(G1) == new
    assert set(filled.graph_triples(G2)) == set(TWO)
    assert (filled.count(G1), filled.count(G2), filled.count()) == (1, 3, 4)


def test_version_moves_on_a_same_size_replacement(filled: Store) -> None:
    before = filled.version()
    assert filled.version() == before  # reading changes nothing
    size = filled.count(G1)
    filled.replace_graph(G1, [t("x", "p", str(i)) for i in range(size)])
    assert filled.count(G1) == size
    assert filled.version() != before


def test_replace_graph_with_nothing_removes_it(filled: Store) -> None:
    filled.replace_graph(G1, [])
    assert filled.graphs() == [G2]
    with pytest.raises(GraphNotFound):
        filled.graph_triples(G1)


def test_add_to_graph_merges_and_creates(filled: Store) -> None:
    extra = t("a", "p", "more")
    filled.add_to_graph(G1, [extra, ONE[0]])
    assert set(filled.graph_triples(G1)) == {*ONE, extra}
    filled.add_to_graph(G3, [extra])
    assert filled.graphs() == sorted([G1, G2, G3])
    assert filled.graph_triples(G3) == [extra]
    filled.add_to_graph(G1, [])
    assert filled.count(G1) == 4


def test_drop_graph_says_whether_it_existed(filled: Store) -> None:
    assert filled.drop_graph(G1) is True
    assert filled.drop_graph(G1) is False
    assert filled.graphs() == [G2]
    assert set(filled.graph_triples(G2)) == set(TWO)


def test_graph_triples_of_a_missing_graph_raises(store: Store) -> None:
    with pytest.raises(GraphNotFound) as caught:
        store.graph_triples(G3)
    assert caught.value.graph_iri == G3


def test_graphs_are_sorted_and_counts_add_up(store: Store) -> None:
    assert (store.graphs(), store.count()) == ([], 0)
    store.replace_graph(G2, TWO)
    store.replace_graph(G1, ONE)
    assert store.graphs() == sorted([G1, G2])
    assert store.count() == len(ONE) + len(TWO)
    assert store.count(G3) == 0


def test_dump_as_quads_and_as_the_union_of_triples(filled: Store) -> None:
    quads = {
        *(ox.Quad(x.subject, x.predicate, x.object, ox.NamedNode(G1)) for x in ONE),
        *(ox.Quad(x.subject, x.predicate, x.object, ox.NamedNode(G2)) for x in TWO),
    }
    for fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        assert set(ox.parse(filled.dump(fmt), fmt)) == quads
    union = ox.parse(filled.dump(ox.RdfFormat.N_TRIPLES), ox.RdfFormat.N_TRIPLES)
    assert sorted(str(q.triple) for q in union) == sorted(str(x) for x in {*ONE, *TWO})


# -- errors ---------------------------------------------------------------------------------


def test_malformed_query_raises_query_syntax_error(filled: Store) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        filled.query("SELEC ?s WHERE { ?s ?p ?o }")
    assert str(caught.value)


@pytest.mark.parametrize(
    "update", ["CLEAR ALL", f"DROP GRAPH <{G1}>", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"]
)
def test_an_update_asked_as_a_query_is_refused_and_changes_nothing(filled: Store, update: str) -> None:
    # A server may run updates sent to its query endpoint (Virtuoso does): never pass one on.
    with pytest.raises(QuerySyntaxError) as caught:
        filled.query(update)
    assert str(caught.value).startswith("line 1, column 1: a query begins with SELECT")
    assert set(filled.graph_triples(G1)) == set(ONE)


def test_malformed_update_raises_and_changes_nothing(filled: Store) -> None:
    with pytest.raises(QuerySyntaxError):
        filled.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}p> }} }}")
    assert set(filled.graph_triples(G1)) == set(ONE)


# -- publish through the gate ---------------------------------------------------------------

SHAPES = f"""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <{EX}> .
ex:ThingShape a sh:NodeShape ;
    sh:targetClass ex:Thing ;
    sh:property [ sh:path ex:label ; sh:minCount 1 ; sh:message "a thing needs a label" ] .
"""


@pytest.fixture
def gate() -> Gate:
    return Gate(shapes=rdflib.Graph().parse(data=SHAPES, format="turtle"), ontology=rdflib.Graph())


def thing(name: str, *, labelled: bool = True) -> list[ox.Triple]:
    typed = ox.Triple(ex(name), RDF_TYPE, ex("Thing"))
    return [typed, t(name, "label", ox.Literal(name))] if labelled else [typed]


def test_failed_publish_leaves_the_graph_exactly_as_before(filled: Store, gate: Gate) -> None:
    before = set(filled.graph_triples(G1))
    with pytest.raises(ValidationFailed) as caught:
        publish(filled, G1, [*thing("good"), *thing("bad", labelled=False)], gate)
    assert [r.focus for r in caught.value.report.results] == [EX + "bad"]
    assert set(filled.graph_triples(G1)) == before
    assert filled.graphs() == [G1, G2]


def test_passing_publish_replaces_the_graph(filled: Store, gate: Gate) -> None:
    report = publish(filled, G1, thing("good"), gate)
    assert report.conforms
    assert set(filled.graph_triples(G1)) == set(thing("good"))
    assert set(filled.graph_triples(G2)) == set(TWO)


def test_publish_sees_types_published_in_other_graphs(store: Store, gate: Gate) -> None:
    """An untyped mention of a node typed elsewhere is judged with that type."""
    store.replace_graph(G2, thing("elsewhere", labelled=False))
    mention = [t("doc", "mentions", "elsewhere")]
    with pytest.raises(ValidationFailed):
        publish(store, G1, mention, gate)
    assert store.graphs() == [G2]


# -- remote failures ------------------------------------------------------------------------


def remote(base_url: str, *, timeout: float = 30.0, graph_list_ttl: float = 1.0) -> RemoteStore:
    return RemoteStore(
        f"{base_url}/query",
        f"{base_url}/update",
        f"{base_url}/store",
        timeout=timeout,
        graph_list_ttl=graph_list_ttl,
    )


@pytest.mark.remote
def test_stopped_server_gives_store_unavailable(
    short_lived_oxigraph: tuple[str, Callable[[], None]],
) -> None:
    base_url, stop = short_lived_oxigraph
    store = remote(base_url, timeout=5.0)
    try:
        store.replace_graph(G1, ONE)
        assert store.count(G1) == len(ONE)
        stop()
        calls: list[Callable[[], object]] = [
            lambda: store.query("ASK {}"),
            lambda: store.graph_triples(G1),
            lambda: store.replace_graph(G1, ONE),
            lambda: store.update(f"DROP GRAPH <{G1}>"),
        ]
        for call in calls:
            with pytest.raises(StoreUnavailable) as caught:
                call()
            assert base_url in str(caught.value)
    finally:
        store.close()


@pytest.mark.remote
def test_closed_port_gives_store_unavailable_naming_the_url() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago and has no listener
        sock.bind(("127.0.0.1", 0))
        base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    store = remote(base_url, timeout=2.0)
    try:
        with pytest.raises(StoreUnavailable, match=f"{base_url}/query"):
            store.query("ASK {}")
        with pytest.raises(StoreUnavailable, match=f"{base_url}/store"):
            store.add_to_graph(G1, ONE)
    finally:
        store.close()


Reply = tuple[int, str, bytes]


class CannedServer:
    """A real socket giving canned replies, chosen by ``reply(method, path)``; records requests."""

    def __init__(self, reply: Callable[[str, str], Reply]) -> None:
        seen: list[tuple[str, str, dict[str, str]]] = []

        class Handler(BaseHTTPRequestHandler):
            def answer(self) -> None:
                seen.append((self.command, self.path, dict(self.headers.items())))
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, content_type, body = reply(self.command, self.path)
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = answer

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep the test output clean

        self.seen = seen
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def canned() -> Iterator[Callable[[Callable[[str, str], Reply]], CannedServer]]:
    servers: list[CannedServer] = []

    def start(reply: Callable[[str, str], Reply]) -> CannedServer:
        servers.append(CannedServer(reply))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.mark.remote
def test_server_errors_give_store_unavailable_and_the_bearer_token_is_sent(
    canned: Callable[[Callable[[str, str], Reply]], CannedServer],
) -> None:
    server = canned(lambda method, path: (500, "text/plain", b"disk on fire"))
    store = RemoteStore(
        f"{server.url}/query", f"{server.url}/update", f"{server.url}/store", auth_token="s3cret"
    )
    try:
        with pytest.raises(StoreUnavailable, match="disk on fire"):
            store.query("ASK {}", default_graphs=[G1])
        with pytest.raises(StoreUnavailable, match="500"):
            store.replace_graph(G1, ONE)
    finally:
        store.close()
    assert {headers.get("Authorization") for _, _, headers in server.seen} == {"Bearer s3cret"}


@pytest.mark.remote
def test_dump_from_a_server_without_whole_dataset_get_is_assembled_per_graph(
    canned: Callable[[Callable[[str, str], Reply]], CannedServer],
) -> None:
    """Reading the whole dataset is optional in the Graph Store Protocol."""
    graph_list = {
        "head": {"vars": ["g"]},
        "results": {"bindings": [{"g": {"type": "uri", "value": G1}}]},
    }
    one = ox.serialize(ONE, format=ox.RdfFormat.N_TRIPLES) or b""

    def reply(method: str, path: str) -> Reply:
        if method == "POST" and path == "/query":
            return 200, "application/sparql-results+json", json.dumps(graph_list).encode()
        if path == "/store":
            return 405, "text/plain", b"whole-dataset GET not supported"
        if path == "/store?default=":
            return 200, "application/n-triples", b""
        if path.startswith("/store?graph="):
            return 200, "application/n-triples", one
        return 404, "text/plain", b"no such endpoint"

    store = remote(canned(reply).url)
    try:
        dumped = store.dump(ox.RdfFormat.N_QUADS)
    finally:
        store.close()
    quads = {ox.Quad(x.subject, x.predicate, x.object, ox.NamedNode(G1)) for x in ONE}
    assert set(ox.parse(dumped, ox.RdfFormat.N_QUADS)) == quads


def test_remote_union_sees_graphs_other_clients_write(sparql_server: SparqlServer) -> None:
    writer = sparql_server.open()
    reader = sparql_server.open(graph_list_ttl=0.0)
    sparql = f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }}"
    try:
        assert reader.query(sparql).rows() == []
        writer.replace_graph(G1, ONE)
        assert len(reader.query(sparql).rows()) == 2
    finally:
        writer.drop_graph(G1)
        writer.close()
        reader.close()
