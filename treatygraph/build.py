"""Wiring the stages together: open the store, read the registry, load documents through the gate.

This is the one module that sees loaders and graph at once; each function is a few lines over
the stages' own public functions, so the CLI and the HTTP service share one path for data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph import (
    EmbeddedStore,
    Gate,
    GraphError,
    Store,
    StoreUnavailable,
    ValidationFailed,
    load_gate,
    publish,
)
from graph.credentials import StoreCredentials
from graph.remote import RemoteStore
from loaders.documents import Document, read_document
from loaders.errors import DocumentError, LoaderError
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
            credentials=StoreCredentials(settings.store_user, settings.store_password, settings.store_token),
            graph_prefixes=settings.store_graphs,
        )
    return EmbeddedStore(Path(settings.store), read_only=read_only)


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
    """What became of one document: its graph, or why it was left out.

    ``error`` is one plain line naming the problem (and the sidecar or line when that is where
    it is); ``details`` lists the shapes' findings when the gate refused the document.
    """

    path: Path
    graph: str | None = None
    triples: int = 0
    error: str | None = None
    details: tuple[str, ...] = ()


@dataclass
class LoadReport:
    outcomes: list[LoadOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[LoadOutcome]:
        return [o for o in self.outcomes if o.error is not None]

    @property
    def loaded(self) -> list[LoadOutcome]:
        return [o for o in self.outcomes if o.error is None]


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
    """Load each document into its own named graph; one that fails changes nothing and is reported.

    A document fails alone: its problem is recorded and the next one is loaded. Only a store that
    cannot be reached stops the run (:raises StoreUnavailable:), since every document would fail.
    """
    report = LoadReport()
    for path in paths:
        try:
            document = read_document(path)
            triples = build_document(document, registry, minter)
            graph_iri = minter.document_graph(document.key)
            publish(store, graph_iri, triples, gate)
            report.outcomes.append(LoadOutcome(path, graph_iri, len(triples)))
        except StoreUnavailable:
            raise  # not this document's fault: the others would fail the same way
        except ValidationFailed as exc:
            problems = exc.report.results
            first = problems[0].message if problems else "no details"
            reason = f"fails the shapes: {first}" + (
                f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            )
            details = tuple(r.describe() for r in problems)
            report.outcomes.append(LoadOutcome(path, error=reason, details=details))
        except DocumentError as exc:
            report.outcomes.append(LoadOutcome(path, error=_document_problem(path, exc)))
        except (LoaderError, GraphError) as exc:
            report.outcomes.append(LoadOutcome(path, error=_first_line(str(exc))))
        except Exception as exc:  # one document's text must not stop the others
            report.outcomes.append(
                LoadOutcome(
                    path, error=f"could not be read into facts: {type(exc).__name__}: {_first_line(str(exc))}"
                )
            )
        if on_progress is not None:
            on_progress(path)
    return report


def _document_problem(path: Path, exc: DocumentError) -> str:
    where = "" if exc.path == path else f"sidecar {exc.path.name}: "
    line = f"line {exc.line}: " if exc.line is not None else ""
    return f"{where}{line}{exc.reason}"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "no reason given"
