"""The store interface: everything the rest of TreatyGraph may ask of a published graph.

Kept small on purpose so that any SPARQL 1.1 Protocol + Graph Store Protocol server can stand
behind it (see ``graph.remote``) as well as the embedded pyoxigraph store (``graph.embedded``).
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Iterable, Sequence
from typing import Protocol, runtime_checkable

import pyoxigraph as ox

from graph.execution import Answer
from graph.results import QueryResult

__all__ = ["Store"]


@runtime_checkable
class Store(Protocol):
    """A quad store holding one named graph per source plus the reference graphs.

    Unless a request names its dataset, the default graph is the union of all named graphs, so
    a query sees every source at once and ``GRAPH ?g`` tells them apart. A request names its
    dataset with ``default_graphs``/``named_graphs`` (the protocol's parameters, which win) or
    with ``FROM``/``FROM NAMED`` in the query.
    """

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        """Run a SPARQL query.

        ``default_graphs``/``named_graphs`` follow the SPARQL 1.1 Protocol's ``default-graph-uri``
        and ``named-graph-uri``: when either is given, the dataset is exactly what they name.

        :raises QuerySyntaxError: if the query does not parse.
        :raises StoreUnavailable: if the store cannot answer.
        """
        ...

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
        """Run a query for a client: its answer serialised, bounded in rows and in time.

        ``results_format`` serialises SELECT and ASK answers, ``graph_format`` CONSTRUCT and
        DESCRIBE ones; the one for the answer's kind being ``None`` gives ``Answer.body is
        None``. At most ``row_limit`` solutions or triples are kept (``Answer.truncated``).
        Past ``timeout_s``, or once ``cancel`` is set (the client left), the query is stopped,
        as far as the backend allows (see each store).

        :raises QueryTimeout: if the query ran past ``timeout_s``.
        :raises QuerySyntaxError: if the query does not parse.
        :raises QueryRefused: if the query failed while running for a reason of its own.
        :raises StoreUnavailable: if the store cannot answer.
        """
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL update; all of it is applied or none of it.

        :raises QuerySyntaxError: if the update does not parse.
        """
        ...

    def replace_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        """Make ``graph_iri`` hold exactly ``triples``, atomically: readers see old or new, never a mix."""
        ...

    def add_to_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        """Add ``triples`` to ``graph_iri`` (creating it), atomically."""
        ...

    def drop_graph(self, graph_iri: str) -> bool:
        """Remove a named graph; returns whether it existed."""
        ...

    def graph_triples(self, graph_iri: str | None) -> list[ox.Triple]:
        """The triples of one named graph, or of the store's own default graph when ``None``.

        :raises GraphNotFound: if the named graph does not exist.
        """
        ...

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        ...

    def count(self, graph_iri: str | None = None) -> int:
        """Number of quads in one named graph, or in the whole store when ``None``."""
        ...

    def version(self) -> Hashable:
        """A token that changes whenever the content may have changed: cheap, for caches.

        Caches keyed on it (search index, VoID figures) stay correct when a graph is replaced
        by another of the same size, which a triple count would miss.
        """
        ...

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """The whole dataset in a quad format (TriG, N-Quads) or, for triple formats, the union."""
        ...

    def close(self) -> None:
        """Release files or connections."""
        ...
