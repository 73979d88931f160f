"""RemoteStore: the store interface over any SPARQL 1.1 Protocol + Graph Store Protocol server.

Queries go to the SPARQL 1.1 Protocol query endpoint, updates to the update endpoint, and whole
graphs move through the Graph Store Protocol, whose PUT replaces a graph in one request, so the
server applies it atomically. Answers are parsed with pyoxigraph into the same ``QueryResult``
the embedded store returns, and every failure is translated into ``graph.errors`` in one method
(``_send``): callers cannot tell the two backends apart.

The union default graph. The ``Store`` contract says that a query naming no dataset sees the
union of all named graphs as its default graph. Servers disagree on how to ask for that (Oxigraph
has a ``union-default-graph`` request parameter and a start flag, Fuseki a dataset setting,
others nothing), and a server-specific switch that another server silently ignores would return
wrong answers rather than fail. So the store sends the dataset explicitly, in the standard way:
``default-graph-uri`` and ``named-graph-uri`` each list every named graph (the protocol empties
the half that is not named, and ``GRAPH ?g`` must still see every graph). This works on any
conforming server whatever its configuration. The graph list is cached: it is re-read after every
write through this store and when older than ``graph_list_ttl`` seconds, which bounds how long a
graph written by another client stays invisible. The parameters travel form-encoded in the POST
body (SPARQL 1.1 Protocol 2.1.2), not in the URL, because one graph per source document soon
makes a query string longer than servers and proxies accept.

The explicit dataset has one consequence outside how TreatyGraph uses a store (it writes named
graphs only): the server's own default graph is not part of the union. A query with its own
``FROM`` / ``FROM NAMED`` is sent without the protocol dataset, which would override it (Protocol
2.1.4), so that the server answers over the dataset the query names, as the embedded store does.

Every query and update passes ``graph.complexity.check_complexity`` before it is sent: a request
nested deeply enough to overflow the server's parser would otherwise abort ``oxigraph serve``.

Servers differ where the protocols leave room, and the store adapts to what each answers, once,
caching what it learnt (never by a setting naming the product):

- Answer formats. A query's form is read from its text (``graph.query_form``) and only formats
  fitting it are asked for: offered both kinds, a server may answer a CONSTRUCT with ``?s ?p ?o``
  bindings. Several RDF formats are offered, so a server without N-Triples answers in another.
- SERVICE. Virtuoso scopes a SERVICE pattern to the default graph when the dataset names only
  one; a query calling SERVICE is sent with an empty second default graph (``_dataset``).
- Escaped local names (``id:org\\/cpt``), which Virtuoso 7 cannot parse, are sent as full IRIs.
  Blank node labels that are not valid in SPARQL JSON (Virtuoso's ``nodeID://b1``) are relabelled.
- Listing graphs. ``GRAPH ?g {}`` lists graphs cheaply, but some servers match nothing with an
  empty pattern; when it finds no graph while ``GRAPH ?g { ?s ?p ?o }`` finds some, the store
  lists graphs by their triples from then on.
- The default graph. A server without a default graph of its own refuses ``?default`` on its
  Graph Store endpoint; its default graph then counts as empty.
- Graphs the server keeps for itself (Virtuoso's system graphs) or other applications' data:
  ``graph_prefixes`` keep the union, the graph list and the counts to the graphs under those
  IRI prefixes.
- A request that is not a query (an update sent as one) is refused before it is sent, never
  passed on: Virtuoso runs updates sent to its query endpoint.
- Syntax errors. A server whose parser writes pyoxigraph's ``error at LINE:COLUMN`` (``oxigraph
  serve``) gets the embedded store's plain explanation (``graph.syntax``); another server's
  message is passed on as it is.
- Credentials (``graph.credentials``): a bearer token, or a user and password for whichever of
  HTTP Basic and Digest the server's challenge names.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Literal

import httpx
import pyoxigraph as ox

from graph.complexity import check_complexity
from graph.credentials import StoreCredentials, without_userinfo
from graph.errors import GraphNotFound, QuerySyntaxError, QueryTimeout, StoreUnavailable
from graph.execution import Answer, serialize_answer
from graph.query_form import QueryForm, expand_escaped_names, query_form
from graph.results import QueryResult
from graph.syntax import explain

__all__ = ["RemoteStore"]

QUERY_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
GRAPH_ACCEPT = (
    "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8, application/ld+json;q=0.7"
)
ACCEPT_BY_FORM: dict[QueryForm | None, str] = {
    "solutions": RESULTS_ACCEPT,
    "boolean": RESULTS_ACCEPT,
    "graph": GRAPH_ACCEPT,
    None: QUERY_ACCEPT,
}
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"

# A placeholder graph that no one writes: naming it alone is how the protocol says "an empty
# dataset", which a caller asks for with ``default_graphs=[]`` and ``named_graphs=[]``.
EMPTY_GRAPH = "urn:x-treatygraph:empty-dataset"
# A second graph that no one writes, added to a default graph of one when a query calls SERVICE
# (see ``_dataset``).
UNSCOPED_SERVICE_GRAPH = "urn:x-treatygraph:empty-dataset:service"

RETRY_DELAYS = (0.05, 0.2)  # seconds before the second and third attempt of a read

Purpose = Literal["read", "sparql-read", "write", "sparql-write"]


class RemoteStore:
    """A store behind SPARQL 1.1 Protocol and Graph Store Protocol endpoints.

    ``query_url``, ``update_url`` and ``store_url`` are the three endpoints (for ``oxigraph
    serve``: ``/query``, ``/update`` and ``/store``). ``credentials`` answer the server's
    authentication (``auth_token`` is the same as ``StoreCredentials(token=...)``).
    ``graph_prefixes``, when given, limit the store to the named graphs whose IRI starts with one.
    One HTTP connection pool is kept open until ``close()``.

    Reads (queries and Graph Store GETs) are retried a few times, after a short pause, when the
    connection fails; writes never are, since a write that failed in flight may have been applied.
    """

    def __init__(
        self,
        query_url: str,
        update_url: str,
        store_url: str,
        *,
        timeout: float = 30.0,
        auth_token: str | None = None,
        credentials: StoreCredentials | None = None,
        graph_list_ttl: float = 1.0,
        graph_prefixes: Sequence[str] = (),
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.store_url = store_url
        self.timeout = timeout
        self.graph_list_ttl = graph_list_ttl
        self.graph_prefixes = tuple(graph_prefixes)
        if credentials is None:
            credentials = StoreCredentials(token=auth_token)
        self._client = httpx.Client(timeout=timeout, auth=credentials.auth())
        # What the server was found to support, learnt from its answers (None: not known yet).
        self._lists_empty_graph_patterns: bool | None = None
        self._has_default_graph: bool | None = None
        self._graph_list: list[str] | None = None
        self._writes = 0
        self._graph_list_read_at = 0.0

    # -- SPARQL 1.1 Protocol ---------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        shape = check_complexity(sparql)
        if default_graphs is None and named_graphs is None and shape.names_dataset:
            return self._query(sparql, (), ())  # the query's own FROM / FROM NAMED
        dataset = self._dataset(default_graphs, named_graphs, calls_service=shape.mentions_service)
        return self._query(sparql, *dataset)

    def execute(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        results_format: ox.QueryResultsFormat | None,
        graph_format: ox.RdfFormat | None,
        row_limit: int | None = None,
        timeout_s: float | None = None,
        cancel: threading.Event | None = None,
    ) -> Answer:
        """See ``Store.execute``. Past ``timeout_s`` the request is abandoned and its connection
        closed; whether the server then stops the query is up to it (``oxigraph serve`` has its
        own ``--timeout-s`` for that)."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        shape = check_complexity(sparql)
        if cancel is not None and cancel.is_set():
            raise QueryTimeout("the query was stopped before it was sent")
        dataset: tuple[Sequence[str], Sequence[str]]
        if default_graphs is None and named_graphs is None and shape.names_dataset:
            dataset = ((), ())  # the query's own FROM / FROM NAMED
        else:
            dataset = self._dataset(
                default_graphs, named_graphs, timeout_s, calls_service=shape.mentions_service
            )
        remaining = None if deadline is None else max(deadline - time.monotonic(), 0.001)
        result = self._query(sparql, *dataset, timeout_s=remaining)
        if result.kind == "solutions":
            assert result.solutions is not None
            return serialize_answer(result.solutions, results_format, None, row_limit, deadline)
        if result.kind == "boolean":
            body = None if results_format is None else result.serialize_results(results_format)
            return Answer("boolean", body)
        if graph_format is None:
            return Answer("graph", None)
        triples = list(result.triples or ())
        truncated = row_limit is not None and len(triples) > row_limit
        kept = QueryResult("graph", triples=triples[:row_limit] if truncated else triples)
        return Answer("graph", kept.serialize_graph(graph_format), truncated)

    def update(self, sparql: str) -> None:
        check_complexity(sparql)  # a parser stack overflow would take the server down
        sent = expand_escaped_names(sparql)
        try:
            self._send(
                "POST",
                self.update_url,
                "sparql-write",
                content=sent.encode("utf-8"),
                headers={"Content-Type": "application/sparql-update; charset=utf-8"},
            )
        except QuerySyntaxError as exc:
            raise explain(str(exc), sent, update=True) from exc
        finally:
            self._forget_graph_list()

    # -- Graph Store Protocol --------------------------------------------------------------

    def replace_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        body = _n_triples(triples)
        try:
            if not body:
                # A graph with no triples does not exist in the embedded store either; a PUT
                # of nothing would leave an empty graph that graphs() lists.
                self._send("DELETE", self.store_url, "write", params={"graph": graph_iri}, missing_ok=True)
                return
            self._send(
                "PUT",
                self.store_url,
                "write",
                params={"graph": graph_iri},
                content=body,
                headers={"Content-Type": N_TRIPLES},
            )
        finally:
            self._forget_graph_list()

    def add_to_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        body = _n_triples(triples)
        if not body:
            return
        try:
            self._send(
                "POST",
                self.store_url,
                "write",
                params={"graph": graph_iri},
                content=body,
                headers={"Content-Type": N_TRIPLES},
            )
        finally:
            self._forget_graph_list()

    def drop_graph(self, graph_iri: str) -> bool:
        try:
            response = self._send(
                "DELETE", self.store_url, "write", params={"graph": graph_iri}, missing_ok=True
            )
        finally:
            self._forget_graph_list()
        return response.status_code != 404

    def graph_triples(self, graph_iri: str | None) -> list[ox.Triple]:
        # Graph Store Protocol 5.2: ``?default`` addresses the server's own default graph.
        params = {"default": ""} if graph_iri is None else {"graph": graph_iri}
        if graph_iri is None and self._has_default_graph is False:
            raise GraphNotFound("default")
        response = self._send(
            "GET",
            self.store_url,
            "read",
            params=params,
            headers={"Accept": GRAPH_ACCEPT},
            missing_ok=True,
            refusal_ok=graph_iri is None,
            server_error_ok=graph_iri is None,
        )
        if graph_iri is None and response.status_code >= 400 and response.status_code != 404:
            # Refused (Virtuoso: 500, "not configured to have default graph") by a server that
            # answers otherwise: it has no default graph of its own.
            self._has_default_graph = False
            raise GraphNotFound("default")
        if response.status_code == 404:
            raise GraphNotFound(graph_iri or "default")
        return [quad.triple for quad in self._parse_rdf(response)]

    def graphs(self, timeout_s: float | None = None) -> list[str]:
        found: list[str] = []
        if self._lists_empty_graph_patterns is not False:
            found = self._graph_names("{}", timeout_s)
            if found:
                self._lists_empty_graph_patterns = True
        if not found and self._lists_empty_graph_patterns is not True:
            found = self._graph_names("{ ?s ?p ?o }", timeout_s)
            if found:
                self._lists_empty_graph_patterns = False
        self._graph_list = found
        self._graph_list_read_at = time.monotonic()
        return list(found)

    def count(self, graph_iri: str | None = None) -> int:
        if graph_iri is not None:
            named = self._query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", (), (graph_iri,))
            return _single_integer(named)
        # The server's own dataset: every named graph, plus its default graph read on its
        # own, since a server may already make its default graph the union of the others.
        named = self._query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._prefix_filter()} }}", (), ()
        )
        if self.graph_prefixes:  # the default graph is outside every prefix
            return _single_integer(named)
        try:
            default = len(self.graph_triples(None))
        except GraphNotFound:  # a server that does not expose its default graph
            default = 0
        return _single_integer(named) + default

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        response = (
            self._send("GET", self.store_url, "read", headers={"Accept": N_QUADS}, refusal_ok=True)
            if not self.graph_prefixes
            else None
        )
        if response is not None and response.is_success:
            if fmt == ox.RdfFormat.N_QUADS and _media_type(response) == N_QUADS:
                return response.content
            quads = list(self._parse_rdf(response))
        else:
            # The server does not serve the whole dataset (Graph Store Protocol does not
            # require it): assemble it graph by graph.
            try:
                quads = [_in_graph(t, ox.DefaultGraph()) for t in self.graph_triples(None)]
            except GraphNotFound:
                quads = []
            for graph in self.graphs():
                node = ox.NamedNode(graph)
                quads += [_in_graph(t, node) for t in self.graph_triples(graph)]
        if fmt.supports_datasets:
            out = ox.serialize(quads, format=fmt)
        else:
            triples = {q.triple for q in quads}
            out = ox.serialize(sorted(triples, key=str), format=fmt)
        assert out is not None
        return out

    def close(self) -> None:
        self._client.close()

    # -- internals -------------------------------------------------------------------------

    def _query(
        self,
        sparql: str,
        default_graphs: Sequence[str],
        named_graphs: Sequence[str],
        *,
        timeout_s: float | None = None,
    ) -> QueryResult:
        sent = expand_escaped_names(sparql)
        if query_form(sparql) is None:
            raise _not_a_query(sent)
        form = [("query", sent)]
        form += [("default-graph-uri", g) for g in default_graphs]
        form += [("named-graph-uri", g) for g in named_graphs]
        try:
            response = self._send(
                "POST",
                self.query_url,
                "sparql-read",
                data=_form(form),
                headers={"Accept": ACCEPT_BY_FORM[query_form(sparql)]},
                timeout_s=timeout_s,
            )
        except QuerySyntaxError as exc:
            raise explain(str(exc), sent) from exc
        media_type = _media_type(response)
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
        if results_format is not None:
            try:
                raw = ox.parse_query_results(response.content, results_format)
            except SyntaxError as exc:
                relabelled = _relabel_blank_nodes(response.content, results_format)
                if relabelled is None:
                    shown = self._shown(self.query_url)
                    raise StoreUnavailable(f"{shown} sent malformed results: {exc}") from exc
                raw = ox.parse_query_results(relabelled, results_format)
            return QueryResult.wrap(raw)
        return QueryResult("graph", triples=[quad.triple for quad in self._parse_rdf(response)])

    def _parse_rdf(self, response: httpx.Response) -> list[ox.Quad]:
        media_type = _media_type(response)
        rdf_format = ox.RdfFormat.from_media_type(media_type)
        shown = self._shown(str(response.request.url))
        if rdf_format is None:
            raise StoreUnavailable(f"{shown} answered in an unexpected format: {media_type}")
        try:
            return list(ox.parse(response.content, rdf_format))
        except SyntaxError as exc:
            raise StoreUnavailable(f"{shown} sent malformed RDF: {exc}") from exc

    def _dataset(
        self,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout_s: float | None = None,
        *,
        calls_service: bool = False,
    ) -> tuple[Sequence[str], Sequence[str]]:
        """The protocol dataset of a query: the union of the graphs, or what the caller named.

        A half left empty is named by a graph that holds nothing: the protocol empties the half
        that is not named, but a server may take it as "every graph" (Virtuoso does), and with
        no parameters at all it would answer over its whole dataset, its own graphs included.

        A query calling SERVICE never gets a default graph of exactly one graph: Virtuoso 7.2
        then scopes the SERVICE pattern to that graph (it sends ``GRAPH <it> { … }`` to the
        remote endpoint, which has no such graph, so the join is silently empty), while with
        two or more it sends the pattern as written. An empty second graph changes no answer.
        """
        default: Sequence[str]
        named: Sequence[str]
        if default_graphs is None and named_graphs is None:
            every_graph = self._cached_graph_list(timeout_s) or [EMPTY_GRAPH]
            default, named = every_graph, every_graph
        else:
            default, named = default_graphs or [EMPTY_GRAPH], named_graphs or [EMPTY_GRAPH]
        if calls_service and len(default) == 1:
            default = [*default, UNSCOPED_SERVICE_GRAPH]
        return default, named

    def _graph_names(self, pattern: str, timeout_s: float | None) -> list[str]:
        sparql = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {pattern} {self._prefix_filter()} }}"
        result = self._query(sparql, (), (), timeout_s=timeout_s)
        names = (row.get("g") for row in result.rows())
        return sorted({g.value for g in names if isinstance(g, ox.NamedNode)})

    def _prefix_filter(self) -> str:
        if not self.graph_prefixes:
            return ""
        tests = " || ".join(f"STRSTARTS(STR(?g), {json.dumps(p)})" for p in self.graph_prefixes)
        return f"FILTER({tests})"

    @staticmethod
    def _shown(url: str) -> str:
        return without_userinfo(url)

    def _cached_graph_list(self, timeout_s: float | None = None) -> list[str]:
        age = time.monotonic() - self._graph_list_read_at
        if self._graph_list is None or age > self.graph_list_ttl:
            return self.graphs(timeout_s)
        return self._graph_list

    def _forget_graph_list(self) -> None:
        self._graph_list = None
        self._writes += 1

    def version(self) -> Hashable:
        """Writes made through this store, and the server's graph list (re-read at most every
        ``graph_list_ttl`` seconds): another client's write shows when it adds or drops a graph;
        one that replaces a graph's content in place is not seen."""
        return (self._writes, tuple(self._cached_graph_list()))

    def _send(
        self,
        method: str,
        url: str,
        purpose: Purpose,
        *,
        params: Mapping[str, str] | None = None,
        content: bytes | None = None,
        data: Mapping[str, str | list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
        missing_ok: bool = False,
        refusal_ok: bool = False,
        server_error_ok: bool = False,
        timeout_s: float | None = None,
    ) -> httpx.Response:
        """Send one request and translate every failure into ``graph.errors``.

        ``missing_ok`` hands a 404 back to the caller (a missing graph); ``refusal_ok`` hands
        back any other 4xx except authentication failures (a request the server may not serve),
        ``server_error_ok`` a 500 (a server refusing what it does not implement that way).
        ``timeout_s``, a query's own time limit, replaces the store's timeout; running past it
        raises ``QueryTimeout`` rather than ``StoreUnavailable``.
        """
        retries = RETRY_DELAYS if purpose in ("read", "sparql-read") else ()
        attempt = 0
        url = self._shown(url)
        while True:
            try:
                response = self._client.request(
                    method,
                    url,
                    params=params,
                    content=content,
                    data=data,
                    headers=headers,
                    timeout=self.timeout if timeout_s is None else min(timeout_s, self.timeout),
                )
                break
            except httpx.TimeoutException as exc:
                if timeout_s is not None and timeout_s <= self.timeout:
                    raise QueryTimeout(
                        f"query exceeded the {timeout_s:g} s time limit (the store at {url} had not answered)"
                    ) from exc
                raise StoreUnavailable(
                    f"{url} did not answer within {self.timeout:g} s ({type(exc).__name__})"
                ) from exc
            except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                if attempt >= len(retries):
                    raise StoreUnavailable(f"cannot reach {url}: {exc or type(exc).__name__}") from exc
                time.sleep(retries[attempt])
                attempt += 1
            except httpx.HTTPError as exc:
                raise StoreUnavailable(f"cannot reach {url}: {exc or type(exc).__name__}") from exc

        status = response.status_code
        if status < 400:
            return response
        message = response.text.strip() or response.reason_phrase
        if status == 404 and missing_ok:
            return response
        if status == 400 and purpose in ("sparql-read", "sparql-write"):
            # SPARQL 1.1 Protocol 2.1.5 and 2.2.3: a 400 says the query or update is malformed.
            raise QuerySyntaxError(message)
        if status == 500 and server_error_ok:
            return response
        if status >= 500:
            raise StoreUnavailable(f"{url} failed while answering ({status}): {message}")
        if refusal_ok and status not in (401, 403):
            return response
        if status == 401:
            raise StoreUnavailable(
                f"{url} refused the request (401): the store needs credentials, or refused those given"
            )
        if status == 403 and purpose in ("write", "sparql-write"):
            raise StoreUnavailable(
                f"{url} refused to write (403): the store's credentials do not allow writing: {message}"
            )
        # Any other refusal (404 on an endpoint, 405, 406, 415) means the URL does not serve
        # the protocol this store speaks: a configuration fault, reported like an outage.
        raise StoreUnavailable(f"{url} refused the request ({status}): {message}")


_BLANK_NODE_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\Z")


def _relabel_blank_nodes(content: bytes, fmt: ox.QueryResultsFormat) -> bytes | None:
    """SPARQL JSON results with blank node labels that are not valid identifiers (Virtuoso's
    ``nodeID://b10000``) given valid ones, the same label for the same node; ``None`` when
    nothing was relabelled (the results are malformed for another reason)."""
    if fmt != ox.QueryResultsFormat.JSON:
        return None
    try:
        document = json.loads(content)
        bindings = document["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        return None
    changed = False
    for binding in bindings:
        for term in binding.values():
            if term.get("type") == "bnode" and not _BLANK_NODE_ID.match(term.get("value", "")):
                term["value"] = "x" + str(term.get("value", "")).encode().hex()
                changed = True
    return json.dumps(document).encode() if changed else None


def _not_a_query(sent: str) -> QuerySyntaxError:
    """A request that does not begin like a query, refused before it is sent: Virtuoso runs an
    update sent to its query endpoint (``CLEAR ALL`` there clears the store), so a read-only
    ``/sparql`` must never pass one on. Explained as the embedded store explains it, the text
    read to its end (``graph.syntax.explain`` reports the first mistake it is sure of)."""
    lines = sent.split("\n")
    return explain(f"error at {len(lines)}:{len(lines[-1]) + 1}: expected a query", sent)


def _form(pairs: Sequence[tuple[str, str]]) -> dict[str, str | list[str]]:
    """Form pairs with repeated names as httpx wants them: one key, a list of values."""
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in grouped.items()}


def _n_triples(triples: Iterable[ox.Triple]) -> bytes:
    out = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
    return out or b""


def _in_graph(triple: ox.Triple, graph: ox.NamedNode | ox.DefaultGraph) -> ox.Quad:
    return ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def _media_type(response: httpx.Response) -> str:
    content_type: str = response.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower()


def _single_integer(result: QueryResult) -> int:
    rows = result.rows()
    value = rows[0].get("n") if rows else None
    if not isinstance(value, ox.Literal):
        raise StoreUnavailable("a COUNT query answered without a number")
    return int(value.value)
