"""The evaluation splits: which documents each one scores, against which gold files, in which store.

``corpus`` scores the published store (the bundled documents, as ``load`` built it) against
``tests/gold/corpus``. ``dev`` and ``test`` hold articles that are not in the corpus; each is loaded
into a temporary embedded store of its own through the normal path (registry, then every document
through the gate), so the figures say what a new user loading those articles would get. A document
that fails to load has no graph: every gold fact of it counts as a miss, and the reason is kept.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from graph import EmbeddedStore, Store
from loaders.documents import document_key
from loaders.errors import LoaderError
from treatygraph.build import document_paths, load_documents, update_registry
from treatygraph.evaluate import Evaluation, evaluate
from treatygraph.ingest import Ingestor
from treatygraph.settings import PROJECT_ROOT, Settings

__all__ = ["SPLIT_NAMES", "Split", "default_splits", "evaluate_splits", "parse_split_names"]

SPLIT_NAMES = ("corpus", "dev", "test")
_TESTS = PROJECT_ROOT / "tests"


@dataclass(frozen=True)
class Split:
    name: str
    gold: Path
    documents: Path | None  # None: the published store already holds this split's documents


def default_splits(corpus_gold: Path | None = None) -> dict[str, Split]:
    """The three splits; ``corpus_gold`` replaces the corpus split's gold folder."""
    return {
        "corpus": Split("corpus", corpus_gold or _TESTS / "gold" / "corpus", None),
        "dev": Split("dev", _TESTS / "gold" / "dev", _TESTS / "data" / "articles" / "dev"),
        "test": Split("test", _TESTS / "gold" / "test", _TESTS / "data" / "articles" / "test"),
    }


def parse_split_names(text: str) -> list[str]:
    """``"corpus,test"`` → ``["corpus", "test"]``, in the order given, without repeats.

    :raises ValueError: for an unknown or empty name.
    """
    names: list[str] = []
    for raw in text.split(","):
        name = raw.strip().lower()
        if name not in SPLIT_NAMES:
            raise ValueError(f"unknown split {raw.strip()!r}; choose from {', '.join(SPLIT_NAMES)}")
        if name not in names:
            names.append(name)
    return names


def evaluate_splits(
    splits: Iterable[Split],
    settings: Settings,
    open_published: Callable[[], Store],
    *,
    on_split: Callable[[Split], None] | None = None,
) -> dict[str, Evaluation]:
    """Score each split; the published store is opened only if a split needs it.

    :raises GraphError, LoaderError, GoldError: if the store, the registry, the shapes or a gold
        file cannot be read (a document that fails to load is not an error: it is scored).
    """
    results: dict[str, Evaluation] = {}
    for split in splits:
        if on_split is not None:
            on_split(split)
        if split.documents is None:
            store = open_published()
            try:
                results[split.name] = evaluate(store, split.gold, settings.base_iri)
            finally:
                store.close()
        else:
            results[split.name] = _evaluate_loaded(split, split.documents, settings)
    return results


def _evaluate_loaded(split: Split, documents: Path, settings: Settings) -> Evaluation:
    """Load ``documents`` into a fresh temporary store as ``treatygraph load`` would, then score."""
    ingestor = Ingestor(settings)
    with tempfile.TemporaryDirectory(prefix=f"treatygraph-{split.name}-") as folder:
        store = EmbeddedStore(Path(folder) / "store")
        try:
            update_registry(store, ingestor, force=True)
            report = load_documents(store, ingestor, document_paths([documents]), force=True)
            result = evaluate(store, split.gold, settings.base_iri)
        finally:
            store.close()
    for outcome in report.failed:
        key = _key(outcome.path)
        if key in result.by_document:
            # The error names the file by its full path; the folder is the split's, known already.
            result.unloaded[key] = str(outcome.error).replace(f"{documents}/", "")
    return result


def _key(path: Path) -> str:
    try:
        return document_key(path)
    except LoaderError:
        return path.stem
