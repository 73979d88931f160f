"""Turning pyoxigraph terms into SPARQL text and rdflib graphs, in one place each."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
import rdflib

from graph.errors import QueryRefused

__all__ = ["insert_data", "iri_ref", "to_rdflib"]


def iri_ref(iri: str) -> str:
    """``iri`` as a SPARQL IRI reference (``<...>``), for writing into query and update text.

    The IRI is checked by pyoxigraph first: text such as ``http://x> } ; DROP ALL ; INSERT DATA
    { <a`` would otherwise close the reference and add operations of its own.

    :raises QueryRefused: if ``iri`` is not an absolute IRI.
    """
    try:
        return str(ox.NamedNode(iri))
    except ValueError as exc:
        raise QueryRefused(f"not an absolute IRI: {iri!r} ({exc})") from exc


def insert_data(graph_iri: str, triples: Iterable[ox.Triple]) -> str:
    """A SPARQL ``INSERT DATA`` putting ``triples`` into ``graph_iri``.

    pyoxigraph's ``str()`` of a triple is its N-Triples form, which is valid SPARQL syntax for
    IRIs and literals; blank nodes keep their labels, which in INSERT DATA mint fresh nodes.
    """
    body = "\n".join(f"{t} ." for t in triples)
    return f"INSERT DATA {{ GRAPH {iri_ref(graph_iri)} {{\n{body}\n}} }}"


def to_rdflib(triples: Iterable[ox.Triple]) -> rdflib.Graph:
    """An rdflib graph of ``triples``, for the tools (pyshacl) that need one."""
    data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    if data:
        graph.parse(data=data.decode("utf-8"), format="nt")
    return graph
