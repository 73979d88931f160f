"""The published graph: the store interface, its two implementations, the SHACL gate and publish()."""

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
    "Answer",
    "EmbeddedStore",
    "Gate",
    "GraphError",
    "GraphNotFound",
    "QueryRefused",
    "QueryResult",
    "QuerySyntaxError",
    "QueryTimeout",
    "RemoteStore",
    "ShapesError",
    "Store",
    "StoreUnavailable",
    "ValidationFailed",
    "ValidationReport",
    "ValidationResult",
    "load_gate",
    "publish",
]
