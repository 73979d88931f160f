"""What a named graph was built from, recorded in the graph itself, so a rebuild can be skipped.

A graph built from a document or from the reference data carries one triple
``<graph> tg:sourceHash "…"``: the SHA-256 of every input of the build (the text, its metadata,
the reference data, the ontology, the shapes and the extractor). It is written in the same update
as the rest of the graph, so it never describes content other than the content beside it, and a
loader that finds the digest it would write knows the graph is already what it would build.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from graph.store import Store
from graph.terms import iri_ref
from ontology.namespaces import TG

__all__ = ["source_hash_triple", "stored_source_hashes"]

SOURCE_HASH = ox.NamedNode(TG.sourceHash)


def source_hash_triple(graph_iri: str, digest: str) -> ox.Triple:
    """The triple recording, inside ``graph_iri``, the digest of the inputs it was built from."""
    return ox.Triple(ox.NamedNode(graph_iri), SOURCE_HASH, ox.Literal(digest))


def stored_source_hashes(store: Store, graphs: Iterable[str] | None = None) -> dict[str, str]:
    """The recorded digest of each graph that has one (of ``graphs``, or of every graph).

    One query, however many graphs: a load of an unchanged corpus asks the store once.
    """
    names = None if graphs is None else sorted(set(graphs))
    if names == []:
        return {}
    values = "" if names is None else "VALUES ?g { " + " ".join(iri_ref(g) for g in names) + " } "
    result = store.query(f"SELECT ?g ?h WHERE {{ {values}GRAPH ?g {{ ?g {SOURCE_HASH} ?h }} }}")
    found: dict[str, str] = {}
    for row in result.rows():
        graph, digest = row.get("g"), row.get("h")
        if isinstance(graph, ox.NamedNode) and isinstance(digest, ox.Literal):
            found[graph.value] = digest.value
    return found
