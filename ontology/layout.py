"""The layout of data IRIs under a deployment's base: where documents, their named graphs, the
registry graph and minted entities live. Every package reads it from here, so the layout can
change in one place and a deployment under its own domain keeps the same paths under its base.
"""

from __future__ import annotations

__all__ = [
    "DEFAULT_BASE",
    "DOCUMENT_GRAPH_PREFIX",
    "DOCUMENT_PREFIX",
    "REGISTRY_GRAPH",
    "document_graph",
    "document_key_of_graph",
    "registry_graph",
]

DEFAULT_BASE = "https://w3id.org/treatygraph/id/"

# Paths relative to the base.
DOCUMENT_PREFIX = "doc/"  # doc/{key}: the document itself; doc/{key}/sentence/{n}: its sentences
DOCUMENT_GRAPH_PREFIX = "graph/doc/"  # graph/doc/{key}: the named graph of what it asserts
REGISTRY_GRAPH = "graph/registry"  # the reference registry's named graph


def document_graph(base: str, key: str) -> str:
    """The named graph that holds everything one document asserts."""
    return base + DOCUMENT_GRAPH_PREFIX + key


def registry_graph(base: str) -> str:
    return base + REGISTRY_GRAPH


def document_key_of_graph(base: str, graph: str) -> str | None:
    """The document key of a document's named graph, or None for any other graph."""
    prefix = base + DOCUMENT_GRAPH_PREFIX
    return graph[len(prefix) :] if graph.startswith(prefix) and len(graph) > len(prefix) else None
