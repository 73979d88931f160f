"""Wiring the stages together: open the store, read the registry, load documents through the gate.

This is the one module that sees loaders and graph at once; each function is a few lines over
the stages' own public functions, so the CLI and the HTTP service share one path for data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

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
from graph.sources import stored_source_hashes
from loaders.documents import document_from_text, document_key, read_sidecar, read_text
from loaders.errors import DocumentError, LoaderError
from loaders.iris import Minter
from loaders.registry import Registry, load_registry
from treatygraph.ingest import Ingestor, build_document, publish_document
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
    "update_registry",
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


def update_registry(store: Store, ingestor: Ingestor, *, force: bool = False) -> int | None:
    """Publish the registry unless its graph was built from the same inputs; the number of
    triples published, or ``None`` when the graph was left as it was.

    :raises RegistryError: if the registry cannot be read; :raises ValidationFailed: if it
        does not pass the shapes.
    """
    graph = ingestor.minter.registry_graph()
    if not force and stored_source_hashes(store, [graph]).get(graph) == ingestor.registry_hash():
        return None
    triples = ingestor.registry_triples()
    publish(store, graph, triples, ingestor.gate)
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
    claims: int = 0
    entities: int = 0
    unchanged: bool = False  # its graph was already built from the same inputs: left as it was
    left_out: tuple[str, ...] = ()  # the shapes' findings on facts loaded without (see publish_document)


@dataclass
class LoadReport:
    outcomes: list[LoadOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[LoadOutcome]:
        return [o for o in self.outcomes if o.error is not None]

    @property
    def loaded(self) -> list[LoadOutcome]:
        return [o for o in self.outcomes if o.error is None]

    @property
    def unchanged(self) -> list[LoadOutcome]:
        return [o for o in self.outcomes if o.unchanged]


def load_documents(
    store: Store,
    ingestor: Ingestor,
    paths: Sequence[Path],
    *,
    force: bool = False,
    on_outcome: Callable[[LoadOutcome], None] | None = None,
) -> LoadReport:
    """Load each document into its own named graph; one that fails changes nothing and is reported.

    A document whose graph was built from the same inputs (``graph.sources``) is left as it is
    and reported unchanged, unless ``force``. A document fails alone: its problem is recorded
    and the next one is loaded. Only a store that cannot be reached stops the run
    (:raises StoreUnavailable:), since every document would fail. ``on_outcome`` hears of each
    document as soon as it is done.
    """
    report = LoadReport()
    stored = {} if force else stored_source_hashes(store)
    for path in paths:
        outcome = _load_one(store, ingestor, path, stored)
        report.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return report


def _load_one(store: Store, ingestor: Ingestor, path: Path, stored: Mapping[str, str]) -> LoadOutcome:
    try:
        key = document_key(path)
        text, sidecar = read_text(path), read_sidecar(path)
        graph = ingestor.graph_of(key)
        digest = ingestor.source_hash(text, sidecar, key)
        if stored.get(graph) == digest:
            return LoadOutcome(path, graph, unchanged=True)
        document = document_from_text(text, key, sidecar, where=path)
        prepared, left_out = publish_document(store, ingestor, document, ingestor.build(document, digest))
        return LoadOutcome(
            path,
            graph,
            len(prepared.triples),
            claims=prepared.claims,
            entities=prepared.entities,
            left_out=left_out,
        )
    except StoreUnavailable:
        raise  # not this document's fault: the others would fail the same way
    except ValidationFailed as exc:
        problems = exc.report.results
        first = problems[0].message if problems else "no details"
        reason = f"fails the shapes: {first}" + (
            f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        )
        return LoadOutcome(path, error=reason, details=tuple(r.describe() for r in problems))
    except DocumentError as exc:
        return LoadOutcome(path, error=_document_problem(path, exc))
    except (LoaderError, GraphError) as exc:
        return LoadOutcome(path, error=_first_line(str(exc)))
    except Exception as exc:  # one document's text must not stop the others
        return LoadOutcome(
            path, error=f"could not be read into facts: {type(exc).__name__}: {_first_line(str(exc))}"
        )


def _document_problem(path: Path, exc: DocumentError) -> str:
    where = "" if exc.path == path else f"sidecar {exc.path.name}: "
    line = f"line {exc.line}: " if exc.line is not None else ""
    return f"{where}{line}{exc.reason}"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "no reason given"
