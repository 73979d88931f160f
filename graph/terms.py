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
    """An rdflib graph of ``triples``, for the tools (pyshacl) that need one.

    Terms are converted one by one rather than written out and parsed again: rdflib's
    N-Triples parser takes time quadratic in a literal's length (a 1 MB literal took seconds),
    and the gate must not be slower than the write it checks.

    :raises QueryRefused: for a triple term (RDF 1.2), which rdflib cannot represent.
    """
    graph = rdflib.Graph()
    add = graph.add
    for t in triples:
        add((_subject(t.subject), rdflib.URIRef(t.predicate.value), _object(t.object)))
    return graph


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _subject(term: object) -> rdflib.URIRef | rdflib.BNode:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    raise QueryRefused(f"the shapes cannot check a triple term: {term}")


def _object(term: object) -> rdflib.URIRef | rdflib.BNode | rdflib.Literal:
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if term.language is not None:
            # As rdflib reads "..."@en: a language tag, no datatype.
            return rdflib.Literal(term.value, lang=term.language)
        if datatype == _XSD_STRING:
            return rdflib.Literal(term.value)  # as rdflib reads a plain "...": no datatype
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    return _subject(term)
