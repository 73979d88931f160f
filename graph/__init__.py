"""The published graph: the store interface, its two implementations, the SHACL gate and publish()."""

from graph.complexity import MAX_NESTING, MAX_OPERATORS, QueryShape, check_complexity, measure
from graph.embedded import EmbeddedStore
from graph.errors import (
    GraphError,
    GraphNotFound,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    StoreUnavailable,
    ValidationFailed,
)
from graph.execution import Answer
from graph.gate import Gate, ShapesError, ValidationReport, ValidationResult, load_gate
from graph.publish import publish
from graph.remote import RemoteStore
from graph.results import QueryResult
from graph.store import Store

__all__ = [
    "MAX_NESTING",
    "MAX_OPERATORS",
    "Answer",
    "EmbeddedStore",
    "Gate",
    "GraphError",
    "GraphNotFound",
    "QueryRefused",
    "QueryResult",
    "QueryShape",
    "QuerySyntaxError",
    "QueryTimeout",
    "RemoteStore",
    "ShapesError",
    "Store",
    "StoreUnavailable",
    "ValidationFailed",
    "ValidationReport",
    "ValidationResult",
    "check_complexity",
    "load_gate",
    "measure",
    "publish",
]
