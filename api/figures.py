"""The dataset's size, in the figures the home page shows."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from api.config import Services
from ontology.layout import DOCUMENT_GRAPH_PREFIX
from ontology.namespaces import SKOS

__all__ = ["Counts", "counts"]

SKOS_PREF_LABEL = SKOS.prefLabel


@dataclass(frozen=True)
class Counts:
    """The figures on the landing page."""

    triples: int
    graphs: int
    documents: int
    entities: int


def counts(found: Services) -> Counts:
    """Triples, named graphs, documents (graphs under ``graph/doc/``) and labelled entities."""
    store = found.store
    graphs = store.graphs()
    doc_prefix = found.config.base_iri + DOCUMENT_GRAPH_PREFIX
    result = store.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{SKOS_PREF_LABEL}> ?label }}")
    rows = result.rows()
    n = rows[0].get("n") if rows else None
    entities = int(n.value) if isinstance(n, ox.Literal) else 0
    return Counts(
        triples=store.count(),
        graphs=len(graphs),
        documents=sum(1 for g in graphs if g.startswith(doc_prefix)),
        entities=entities,
    )
