"""Errors raised by the published-graph layer.

Callers cannot tell the embedded and the remote store apart by their errors: both translate
what their backend raises into this tree at the boundary.

    GraphError
    ├── QuerySyntaxError      the SPARQL query or update does not parse
    ├── QueryRefused          a well-formed request this endpoint will not run (an update sent as a query)
    ├── QueryTimeout          a query ran past its time limit and was stopped (also a TimeoutError)
    ├── StoreUnavailable      the store cannot be reached or failed while answering
    ├── GraphNotFound         a named graph that the request needs does not exist
    └── ValidationFailed      the data does not conform to the shapes; carries the report
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.gate import ValidationReport

__all__ = [
    "GraphError",
    "GraphNotFound",
    "QueryRefused",
    "QuerySyntaxError",
    "QueryTimeout",
    "StoreUnavailable",
    "ValidationFailed",
]


class GraphError(Exception):
    """Base of every error the graph layer raises."""


class QuerySyntaxError(GraphError):
    """Raised when a SPARQL query or update is malformed.

    ``line`` and ``column`` (from 1, in characters) say where, when known; the message then
    reads ``line L, column C: reason``, and ``reason`` alone is what is wrong there.
    """

    def __init__(self, reason: str, *, line: int | None = None, column: int | None = None) -> None:
        where = "" if line is None or column is None else f"line {line}, column {column}: "
        super().__init__(where + reason)
        self.reason = reason
        self.line = line
        self.column = column

    def moved(self, lines: int) -> QuerySyntaxError:
        """The same error in a text with ``lines`` fewer lines before it (at least line 1)."""
        if self.line is None:
            return QuerySyntaxError(self.reason)
        return QuerySyntaxError(self.reason, line=max(self.line - lines, 1), column=self.column)


class QueryRefused(GraphError):
    """Raised when a well-formed request is of a kind this operation does not accept."""


class QueryTimeout(GraphError, TimeoutError):
    """Raised when a query runs past its time limit; the query was stopped, not left running."""


class StoreUnavailable(GraphError):
    """Raised when the store cannot be reached or fails while answering."""


class GraphNotFound(GraphError):
    """Raised when a named graph the request addresses does not exist."""

    def __init__(self, graph_iri: str) -> None:
        super().__init__(f"no graph named <{graph_iri}>")
        self.graph_iri = graph_iri


class ValidationFailed(GraphError):
    """Raised by the SHACL gate; nothing was written. ``report`` says what failed and where."""

    def __init__(self, report: ValidationReport) -> None:
        super().__init__(report.summary())
        self.report = report
