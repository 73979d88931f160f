"""publish(): the only way data enters a store, for the CLI and HTTP writes alike.

Every write is a ``GraphChange``, the new content of each graph it touches, and
``check_change`` judges it with what it breaks: it validates

- the new content of the changed graphs, with the types and labels that the *other* graphs give
  the nodes it points at, and
- the graphs that depend on what the change takes away: when a type or label of an entity
  disappears from the store (the registry graph dropped, a treaty's description replaced), every
  other graph that still mentions the entity is validated again, so that deleting the registry
  is refused while documents' claims point at its treaties; deleting a document is not.

``apply_change`` then writes the change in one update, all or nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.errors import ValidationFailed
from graph.gate import Gate, ValidationReport
from graph.store import Store
from graph.terms import iri_ref
from ontology.namespaces import RDF, SKOS

__all__ = ["GraphChange", "GraphName", "apply_change", "check_change", "publish", "referenced_context"]

RDF_TYPE = ox.NamedNode(RDF.type)
PREF_LABEL = ox.NamedNode(SKOS.prefLabel)

DESCRIBING = (RDF_TYPE, PREF_LABEL)  # what other graphs rely on a graph for

GraphName = str | None  # None: the store's own default graph


@dataclass(frozen=True)
class GraphChange:
    """The new content of each changed graph; an empty list removes the graph.

    ``keep_empty`` names graphs that exist, empty, after the change (``CREATE GRAPH``).
    """

    contents: Mapping[GraphName, list[ox.Triple]]
    keep_empty: frozenset[str] = field(default_factory=frozenset)


def check_change(store: Store, change: GraphChange, gate: Gate) -> ValidationReport:
    """Validate the changed graphs and the graphs depending on what the change removes.

    Reads ``store`` as it is before the change; writes nothing.
    """
    changed = set(change.contents)
    named = sorted(g for g in changed if g is not None)
    new_triples = [t for triples in change.contents.values() for t in triples]
    dependents = _dependents(store, change, named)
    data = list(new_triples)
    for graph in dependents:
        data += store.graph_triples(graph)
    if not data:
        return ValidationReport(conforms=True)
    context = referenced_context(store, data, exclude_graphs=[*named, *dependents])
    return gate.validate(data, context)


def apply_change(store: Store, change: GraphChange) -> None:
    """Make each changed graph hold its new content, in one update (all or nothing)."""
    operations: list[str] = []
    inserts: list[str] = []
    for graph, triples in change.contents.items():
        target = "DEFAULT" if graph is None else f"GRAPH {iri_ref(graph)}"
        operations.append(f"DROP SILENT {target}")
        if graph is not None and not triples and graph in change.keep_empty:
            operations.append(f"CREATE SILENT GRAPH {iri_ref(graph)}")
        if triples:
            body = "\n".join(f"{t} ." for t in triples)
            inserts.append(body if graph is None else f"GRAPH {iri_ref(graph)} {{\n{body}\n}}")
    if inserts:
        # One INSERT DATA for every graph: a blank node label names one node across all of it.
        operations.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
    if operations:
        store.update(" ;\n".join(operations))


def publish(
    store: Store,
    graph_iri: GraphName,
    triples: Sequence[ox.Triple],
    gate: Gate | None,
    *,
    merge: bool = False,
) -> ValidationReport:
    """Validate ``triples`` and make them the content of ``graph_iri`` (``None``: the store's
    default graph), or add them to it with ``merge``.

    The gate sees the new triples plus the types, already published elsewhere, of the nodes they
    point at, so a document need not repeat what the registry says about a treaty; and, when
    the new content drops a type or label the graph gave an entity, the other graphs that still
    mention that entity (``check_change``). If the data does not conform, the store is not
    touched and ``ValidationFailed`` carries the report. Without a gate (a service that
    validates nothing) the data is written as it is.
    """
    candidate = list(triples)
    if merge and (gate is not None or graph_iri is None):  # else the store adds them itself
        candidate += _existing(store, graph_iri)
    report = ValidationReport(conforms=True)
    if gate is not None:
        report = check_change(store, GraphChange({graph_iri: candidate}), gate)
        if not report.conforms:
            raise ValidationFailed(report)
    if graph_iri is None:  # the default graph is rewritten whole: stores have no "add to DEFAULT"
        apply_change(store, GraphChange({None: candidate}))
    elif merge:
        store.add_to_graph(graph_iri, triples)
    else:
        store.replace_graph(graph_iri, candidate)
    return report


def referenced_context(
    store: Store,
    triples: Iterable[ox.Triple],
    *,
    exclude_graph: str | None = None,
    exclude_graphs: Collection[str] = (),
) -> list[ox.Triple]:
    """What other graphs say of the IRIs ``triples`` point at without typing them: types and labels.

    The shapes check value classes (``tg:treaty`` must be a treaty) and labels of entities, and a
    document that names a treaty the registry describes should not have to repeat it. Graphs
    being replaced (``exclude_graph``, ``exclude_graphs``) are not read.
    """
    typed = {t.subject for t in triples if t.predicate == RDF_TYPE}
    mentioned = {
        term
        for t in triples
        for term in (t.subject, t.object)
        if isinstance(term, ox.NamedNode) and term not in typed
    }
    if not mentioned:
        return []
    values = " ".join(f"<{n.value}>" for n in sorted(mentioned, key=lambda n: n.value))
    excluded = sorted({*exclude_graphs, *([exclude_graph] if exclude_graph else [])})
    exclude = "FILTER(?g NOT IN (" + ", ".join(f"<{g}>" for g in excluded) + "))" if excluded else ""
    result = store.query(
        "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?s { " + values + " } "
        f"VALUES ?p {{ <{RDF_TYPE.value}> <{PREF_LABEL.value}> }} "
        "GRAPH ?g { ?s ?p ?o } " + exclude + " }"
    )
    return [
        ox.Triple(row["s"], row["p"], row["o"])  # type: ignore[arg-type]
        for row in result.rows()
    ]


def _existing(store: Store, graph_iri: GraphName) -> list[ox.Triple]:
    if graph_iri is not None and graph_iri not in store.graphs():
        return []
    return store.graph_triples(graph_iri)


def _dependents(store: Store, change: GraphChange, named: Collection[str]) -> list[str]:
    """Graphs outside the change that mention an entity whose type or label the change removes."""
    old = _described(store, change, named)
    new = {t for triples in change.contents.values() for t in triples if t.predicate in DESCRIBING}
    # Blank nodes belong to their graph: no other graph can point at them.
    removed = [
        t for t in old - new if isinstance(t.subject, ox.NamedNode) and not isinstance(t.object, ox.BlankNode)
    ]
    if not removed:
        return []
    outside = _not_in(named)
    rows = " ".join(f"({t.subject} {t.predicate} {t.object})" for t in removed)
    kept = store.query(
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} "
        f"GRAPH ?g {{ ?s ?p ?o }} {outside} }}"
    )
    still = {ox.Triple(r["s"], r["p"], r["o"]) for r in kept.rows()}  # type: ignore[arg-type]
    lost = sorted({str(t.subject) for t in removed if t not in still})
    if not lost:
        return []
    values = " ".join(lost)  # IRIs in N-Triples form, as pyoxigraph writes them
    found = store.query(
        f"SELECT DISTINCT ?g WHERE {{ VALUES ?n {{ {values} }} "
        f"GRAPH ?g {{ {{ ?n ?p ?o }} UNION {{ ?x ?p ?n }} }} {outside} }}"
    )
    graphs = (row.get("g") for row in found.rows())
    return sorted({g.value for g in graphs if isinstance(g, ox.NamedNode)})


def _described(store: Store, change: GraphChange, named: Collection[str]) -> set[ox.Triple]:
    """The types and labels the changed graphs hold now."""
    found: set[ox.Triple] = set()
    if named:
        values = " ".join(iri_ref(g) for g in named)
        result = store.query(
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} "
            f"VALUES ?p {{ {RDF_TYPE} {PREF_LABEL} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )
        found |= {ox.Triple(r["s"], r["p"], r["o"]) for r in result.rows()}  # type: ignore[arg-type]
    if None in change.contents:
        found |= {t for t in store.graph_triples(None) if t.predicate in DESCRIBING}
    return found


def _not_in(graphs: Collection[str]) -> str:
    if not graphs:
        return ""
    return "FILTER(?g NOT IN (" + ", ".join(iri_ref(g) for g in graphs) + "))"
