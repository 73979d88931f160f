"""SPARQL updates through the gate: applied to a scratch copy, judged, then written.

A SPARQL update's effect is only known once applied, so ``stage_update`` applies it to a scratch
copy of the store first (for an on-disk embedded store a RocksDB checkpoint: hard links, tens of
milliseconds; otherwise a copy in memory), reads the new content of the graphs it wrote from
there, and ``graph.publish.check_change`` judges them. Which graphs it wrote is read from the
update's algebra when the text is short enough to parse quickly, else (and for ``GRAPH ?g``
templates, ``DROP ALL``…) found by comparing every graph of the copy with the store.
``apply_change`` then replaces those graphs in the live store in one update, all or nothing:
what is stored is exactly what was validated, and an update that fetched data (``LOAD``) does
not fetch it twice. Callers serialise writes, so nothing slips in between the copy and the
replacement.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pyoxigraph as ox
from rdflib.plugins.sparql.algebra import translateUpdate
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef

from graph.complexity import check_complexity
from graph.embedded import EmbeddedStore
from graph.errors import GraphNotFound, QueryRefused, StoreUnavailable, ValidationFailed
from graph.gate import Gate, ValidationReport
from graph.publish import GraphChange, GraphName, apply_change, check_change
from graph.store import Store
from graph.syntax import explain

__all__ = [
    "MAX_ANALYSED_UPDATE",
    "gated_update",
    "stage_update",
    "written_graphs",
]

# rdflib parses SPARQL at about 25 KB/s; past this the comparison of every graph is cheaper.
MAX_ANALYSED_UPDATE = 8 * 1024


def gated_update(store: Store, sparql: str, gate: Gate) -> ValidationReport:
    """Apply ``sparql`` only if what it makes of the store passes the gate.

    The caller must hold the service's write lock.

    :raises ValidationFailed: if the result does not conform; nothing was written.
    :raises QuerySyntaxError: if the update does not parse.
    """
    change = stage_update(store, sparql)
    report = check_change(store, change, gate)
    if not report.conforms:
        raise ValidationFailed(report)
    apply_change(store, change)
    return report


def stage_update(store: Store, sparql: str) -> GraphChange:
    """What ``sparql`` would change, found by applying it to a scratch copy of ``store``.

    :raises QuerySyntaxError: if the update does not parse.
    :raises QueryRefused: if it fails while running (a ``LOAD`` that cannot fetch its source).
    """
    check_complexity(sparql)
    written = written_graphs(sparql) if len(sparql) <= MAX_ANALYSED_UPDATE else None
    with _scratch_copy(store) as copy:
        change = _staged(store, copy, sparql, written)
        del copy  # the copy closes once no name holds it, before its folder is removed
    return change


def _staged(store: Store, copy: ox.Store, sparql: str, written: frozenset[GraphName] | None) -> GraphChange:
    try:
        copy.update(sparql)
    except SyntaxError as exc:
        raise explain(str(exc), sparql, update=True) from exc
    except (OSError, RuntimeError, ValueError) as exc:  # e.g. LOAD of an unreachable source
        raise QueryRefused(f"the update failed while running: {exc}") from exc
    if written is None:
        written = _changed_graphs(store, copy)
    contents: dict[GraphName, list[ox.Triple]] = {}
    keep_empty: set[str] = set()
    for graph in written:
        node: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        contents[graph] = [q.triple for q in copy.quads_for_pattern(None, None, None, node)]
        if isinstance(node, ox.NamedNode) and not contents[graph] and copy.contains_named_graph(node):
            keep_empty.add(node.value)
    return GraphChange(contents, frozenset(keep_empty))


def written_graphs(sparql: str) -> frozenset[GraphName] | None:
    """The graphs ``sparql`` can write, read from its algebra; ``None`` when that cannot be told
    from the text (a graph named by a variable, ``DROP ALL``) or rdflib cannot parse it."""
    try:
        operations = translateUpdate(parseUpdate(sparql)).algebra
    except Exception:  # pyparsing and rdflib raise many kinds; all mean "compare the graphs"
        return None
    found: set[GraphName] = set()
    for op in operations:
        names = _operation_graphs(op) if isinstance(op, CompValue) else None
        if names is None:
            return None
        found |= names
    return frozenset(found)


def _operation_graphs(op: CompValue) -> set[GraphName] | None:
    name = op.name
    if name in ("InsertData", "DeleteData", "DeleteWhere"):
        return _template_graphs(op, None)
    if name == "Modify":
        with_graph = _field(op, "withClause")
        found: set[GraphName] = set()
        for clause in (_field(op, "delete"), _field(op, "insert")):
            if not isinstance(clause, CompValue):
                if clause is None:
                    continue
                return None
            if clause is not None:
                names = _template_graphs(clause, with_graph)
                if names is None:
                    return None
                found |= names
        return found
    if name in ("Load", "Clear", "Drop", "Create"):
        return _graph_ref(_field(op, "graphiri"))
    if name in ("Add", "Copy", "Move"):
        source, target = _field(op, "graph")
        found = _graph_ref(target) or set()
        if name == "Move":
            moved = _graph_ref(source)
            if moved is None:
                return None
            found |= moved
        return found
    return None


def _template_graphs(clause: CompValue, with_graph: object) -> set[GraphName] | None:
    found: set[GraphName] = set()
    if _field(clause, "triples"):
        target = _graph_ref(with_graph)
        if target is None:
            return None
        found |= target
    for graph in _field(clause, "quads") or {}:
        if not isinstance(graph, URIRef):
            return None  # GRAPH ?g: which graphs depends on the data
        found.add(str(graph))
    return found


def _field(node: CompValue, key: str) -> Any:
    """``node[key]``, or ``None`` when absent (``CompValue.get`` answers the key itself then)."""
    return dict.get(node, key)


def _graph_ref(ref: object) -> set[GraphName] | None:
    if ref is None or ref == "DEFAULT":
        return {None}
    if isinstance(ref, URIRef):
        return {str(ref)}
    return None  # NAMED, ALL


def _changed_graphs(store: Store, copy: ox.Store) -> frozenset[GraphName]:
    """Every graph whose content differs between ``store`` and ``copy`` (the slow, sure way)."""
    before = set(store.graphs())
    after = {g.value for g in copy.named_graphs() if isinstance(g, ox.NamedNode)}
    changed: set[GraphName] = set(before ^ after)
    for graph in [None, *sorted(before & after)]:
        node = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        new = {q.triple for q in copy.quads_for_pattern(None, None, None, node)}
        try:
            old = set(store.graph_triples(graph))
        except GraphNotFound:  # a server that does not expose its default graph
            old = set()
        if old != new:
            changed.add(graph)
    return frozenset(changed)


@contextmanager
def _scratch_copy(store: Store) -> Iterator[ox.Store]:
    if isinstance(store, EmbeddedStore):
        with store.scratch_copy() as copy:
            yield copy
            del copy
        return
    copy = ox.Store()
    try:
        copy.load(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    except SyntaxError as exc:
        raise StoreUnavailable(f"the store's dump could not be read back: {exc}") from exc
    yield copy
