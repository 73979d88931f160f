"""EmbeddedStore: the store interface over an on-disk (or in-memory) pyoxigraph Store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from graph.errors import GraphNotFound, QuerySyntaxError, StoreUnavailable
from graph.results import QueryResult
from graph.terms import insert_data

__all__ = ["EmbeddedStore"]


class EmbeddedStore:
    """A pyoxigraph store in a directory, persistent across restarts; ``path=None`` keeps it in memory.

    Writes go through single SPARQL updates, which oxigraph applies in one transaction: a crash
    or a failure part-way leaves the store as it was.
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        """``read_only`` opens a store another process is writing (e.g. a running server)."""
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:  # a locked or unreadable directory
            raise StoreUnavailable(f"cannot open the store at {path}: {exc}") from exc
        self.path = path
        self.read_only = read_only

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        options: dict[str, object] = {}
        if default_graphs is None and named_graphs is None:
            options["use_default_graph_as_union"] = True
        else:
            # SPARQL 1.1 Protocol 2.1.4: the protocol dataset replaces any the query describes,
            # and naming only one half leaves the other half empty.
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs or []]
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or []]
        try:
            raw = self._store.query(sparql, **options)  # type: ignore[arg-type]
        except SyntaxError as exc:  # pyoxigraph reports malformed SPARQL this way
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreUnavailable(str(exc)) from exc
        return QueryResult.wrap(raw)

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreUnavailable(str(exc)) from exc

    def replace_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n" + insert_data(graph_iri, triples))

    def add_to_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self.update(insert_data(graph_iri, triples))

    def drop_graph(self, graph_iri: str) -> bool:
        node = ox.NamedNode(graph_iri)
        if not self._store.contains_named_graph(node):
            return False
        self._store.remove_graph(node)
        return True

    def graph_triples(self, graph_iri: str | None) -> list[ox.Triple]:
        if graph_iri is None:
            graph: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
        else:
            graph = ox.NamedNode(graph_iri)
            if not self._store.contains_named_graph(graph):
                raise GraphNotFound(graph_iri)
        return [q.triple for q in self._store.quads_for_pattern(None, None, None, graph)]

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph_iri: str | None = None) -> int:
        if graph_iri is None:
            return len(self._store)
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)))

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        if fmt.supports_datasets:
            out = self._store.dump(format=fmt)
        else:
            triples = {q.triple for q in self._store}
            out = ox.serialize(sorted(triples, key=str), format=fmt)
        assert out is not None
        return out

    def close(self) -> None:
        """Flush to disk; the RocksDB lock is released when the object is collected."""
        if not self.read_only:
            self._store.flush()
