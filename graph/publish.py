"""publish(): the only way data enters a store, for the CLI and HTTP writes alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from graph.errors import ValidationFailed
from graph.gate import Gate, ValidationReport
from graph.store import Store
from ontology.namespaces import RDF, SKOS

__all__ = ["publish", "referenced_context"]

RDF_TYPE = ox.NamedNode(RDF.type)
PREF_LABEL = ox.NamedNode(SKOS.prefLabel)


def publish(
    store: Store, graph_iri: str, triples: Sequence[ox.Triple], gate: Gate, *, merge: bool = False
) -> ValidationReport:
    """Validate ``triples`` and make them the content of ``graph_iri`` (or add them, with ``merge``).

    The gate sees the new triples plus the types, already published elsewhere, of the nodes they
    point at, so a document need not repeat what the registry says about a treaty. If the data
    does not conform, the store is not touched and ``ValidationFailed`` carries the report.
    """
    candidate = list(triples)
    if merge:
        candidate += [t for t in _existing(store, graph_iri)]
    context = referenced_context(store, candidate, exclude_graph=graph_iri)
    report = gate.validate(candidate, context)
    if not report.conforms:
        raise ValidationFailed(report)
    if merge:
        store.add_to_graph(graph_iri, triples)
    else:
        store.replace_graph(graph_iri, candidate)
    return report


def referenced_context(
    store: Store, triples: Iterable[ox.Triple], *, exclude_graph: str | None = None
) -> list[ox.Triple]:
    """What other graphs say of the IRIs ``triples`` point at without typing them: types and labels.

    The shapes check value classes (``tg:treaty`` must be a treaty) and labels of entities, and a
    document that names a treaty the registry describes should not have to repeat it.
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
    exclude = f"FILTER(?g != <{exclude_graph}>)" if exclude_graph else ""
    result = store.query(
        "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?s { " + values + " } "
        f"VALUES ?p {{ <{RDF_TYPE.value}> <{PREF_LABEL.value}> }} "
        "GRAPH ?g { ?s ?p ?o } " + exclude + " }"
    )
    return [
        ox.Triple(row["s"], row["p"], row["o"])  # type: ignore[arg-type]
        for row in result.rows()
    ]


def _existing(store: Store, graph_iri: str) -> list[ox.Triple]:
    if graph_iri not in store.graphs():
        return []
    return store.graph_triples(graph_iri)
