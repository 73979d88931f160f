"""Wiring the stages together: open the store, read the registry, load documents through the gate.

This is the one module that sees loaders and graph at once; each function is a few lines over
the stages' own public functions, so the CLI and the HTTP service share one path for data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph import EmbeddedStore, Gate, GraphError, Store, load_gate, publish
from graph.remote import RemoteStore
from loaders.documents import Document, read_document
from loaders.errors import LoaderError
from loaders.extract import extract
from loaders.iris import Minter
from loaders.registry import Registry, load_registry
from loaders.to_rdf import claims_to_triples
from treatygraph.settings import Settings

__all__ = [
    "LoadOutcome",
    "LoadReport",
    "build_document",
    "document_paths",
    "load_documents",
    "open_gate",
    "open_registry",
    "open_store",
    "publish_registry",
]


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """The embedded store in ``settings.store``, or a remote one when it is an http(s) URL."""
    if settings.is_remote:
        query_url = settings.store
        derived = query_url[: -len("/query")] if query_url.endswith("/query") else query_url
        return RemoteStore(
            query_url,
            settings.update_endpoint or derived + "/update",
            settings.graph_store_endpoint or derived + "/store",
            timeout=settings.query_timeout,
        )
    return EmbeddedStore(Path(settings.store), read_only=read_only, query_memory_mb=settings.query_memory_mb)


def open_gate(settings: Settings) -> Gate:
    return load_gate(settings.shape_files(), settings.ontology_files())


def open_registry(settings: Settings) -> Registry:
    return load_registry(settings.registry, settings.base_iri)


def publish_registry(store: Store, gate: Gate, registry: Registry, minter: Minter) -> int:
    """Publish the registry as its own named graph, through the same gate as any document."""
    triples = list(registry.triples)
    publish(store, minter.registry_graph(), triples, gate)
    return len(triples)


def document_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus every ``.txt`` in folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(path.glob("*.txt"))
        else:
            found.append(path)
    return found


@dataclass(frozen=True)
class LoadOutcome:
    path: Path
    graph: str | None = None
    triples: int = 0
    error: str | None = None


@dataclass
class LoadReport:
    outcomes: list[LoadOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[LoadOutcome]:
        return [o for o in self.outcomes if o.error is not None]


def build_document(document: Document, registry: Registry, minter: Minter) -> list[ox.Triple]:
    """A document's named-graph content: its claims with their evidence."""
    return claims_to_triples(document, extract(document, registry), minter, known=registry.entries)


def load_documents(
    store: Store,
    gate: Gate,
    registry: Registry,
    minter: Minter,
    paths: Sequence[Path],
    *,
    on_progress: Callable[[Path], None] | None = None,
) -> LoadReport:
    """Load each document into its own named graph; one that fails changes nothing and is reported."""
    report = LoadReport()
    for path in paths:
        try:
            document = read_document(path)
            triples = build_document(document, registry, minter)
            graph_iri = minter.document_graph(document.key)
            publish(store, graph_iri, triples, gate)
            report.outcomes.append(LoadOutcome(path, graph_iri, len(triples)))
        except (LoaderError, GraphError) as exc:
            report.outcomes.append(LoadOutcome(path, error=str(exc)))
        if on_progress is not None:
            on_progress(path)
    return report
