"""Query results that serialise straight from pyoxigraph to bytes.

Both stores hand back pyoxigraph objects (the remote one parses what its server sent), so the
HTTP layer never turns results into Python dicts: the throughput of the endpoint depends on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal as TypingLiteral

import pyoxigraph as ox

__all__ = ["QueryResult", "ResultKind", "term_text"]

ResultKind = TypingLiteral["solutions", "boolean", "graph"]


@dataclass
class QueryResult:
    """The answer to one query: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE).

    Iterating solutions or triples consumes them: serialise once.
    """

    kind: ResultKind
    solutions: ox.QuerySolutions | None = None
    boolean: bool | None = None
    triples: Iterable[ox.Triple] | None = None

    @classmethod
    def wrap(cls, raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
        if isinstance(raw, ox.QuerySolutions):
            return cls("solutions", solutions=raw)
        if isinstance(raw, ox.QueryBoolean):
            return cls("boolean", boolean=bool(raw))
        return cls("graph", triples=raw)

    def serialize_results(self, fmt: ox.QueryResultsFormat) -> bytes:
        """Serialise a SELECT or ASK answer in a SPARQL results format."""
        if self.kind == "solutions":
            assert self.solutions is not None
            out = self.solutions.serialize(format=fmt)
        elif self.kind == "boolean":
            # pyoxigraph can serialise a QueryBoolean, but a parsed remote answer is a plain bool.
            out = _boolean_document(bool(self.boolean), fmt)
        else:
            raise TypeError("a graph result has no SPARQL results serialisation")
        assert out is not None
        return out

    def serialize_graph(self, fmt: ox.RdfFormat) -> bytes:
        """Serialise a CONSTRUCT or DESCRIBE answer in an RDF format."""
        if self.kind != "graph":
            raise TypeError("only graph results serialise as RDF")
        assert self.triples is not None
        triples = self.triples
        if isinstance(triples, ox.QueryTriples):
            out = triples.serialize(format=fmt)
        else:
            out = ox.serialize(list(triples), format=fmt)
        assert out is not None
        return out

    def text_rows(self) -> list[dict[str, str]]:
        """Solutions as dicts of lexical values, for code that reads IRIs and literals as text."""
        return [{name: term_text(term) for name, term in row.items()} for row in self.rows()]

    def rows(self) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]]:
        """Solutions as dicts: for the CLI and pages, never on the SPARQL endpoint's path."""
        if self.kind != "solutions" or self.solutions is None:
            raise TypeError("only SELECT results have rows")
        names = [v.value for v in self.solutions.variables]
        return [
            {name: solution[name] for name in names if solution[name] is not None}
            for solution in self.solutions
        ]


def term_text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """An IRI's or literal's lexical value; blank nodes and triple terms in their N-Triples form."""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _boolean_document(value: bool, fmt: ox.QueryResultsFormat) -> bytes:
    text = "true" if value else "false"
    if fmt == ox.QueryResultsFormat.JSON:
        return b'{"head":{},"boolean":' + text.encode() + b"}"
    if fmt == ox.QueryResultsFormat.XML:
        return (
            b'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            b"<head></head><boolean>" + text.encode() + b"</boolean></sparql>"
        )
    return text.encode() + b"\n"
