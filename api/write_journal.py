"""Which graphs each write changed, so that what is built from the store can follow by graph.

The store's ``version()`` says *that* something changed, not *what*. Every write path of the
service runs inside ``WriteJournal.writing``, under the write lock, and names the graphs it
writes; the journal records each step as (version before, version after, graphs). A reader that
built something at version V asks ``changes_since(V, now)`` for the graphs to read again. When
the steps do not lead from V to now (a write made by another process, or one that could not
say which graphs it wrote), the answer is ``None``: read everything.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from graph import Store

__all__ = ["Changes", "Touched", "WriteJournal"]

GraphName = str | None
_KEPT_STEPS = 1024


@dataclass
class Touched:
    """What one write names as changed: graphs, or ``unknown`` when it cannot tell."""

    graphs: set[GraphName] = field(default_factory=set)
    unknown: bool = False

    def add(self, graph: GraphName) -> None:
        self.graphs.add(graph)

    def update(self, graphs: Iterable[GraphName] | None) -> None:
        """Add ``graphs``; ``None`` (not known) makes the whole write unknown."""
        if graphs is None:
            self.unknown = True
        else:
            self.graphs.update(graphs)


@dataclass(frozen=True)
class Changes:
    """The answer of ``changes_since``: the graphs written between two versions.

    ``graphs`` is ``None`` when they are not known. ``reached`` is the version the steps lead to:
    the version asked for, or an earlier one while a write is still under way.
    """

    graphs: frozenset[GraphName] | None
    reached: Hashable


class WriteJournal:
    """The last writes through the service, each with the graphs it changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._steps: deque[tuple[Hashable, Hashable, frozenset[GraphName] | None]] = deque(maxlen=_KEPT_STEPS)
        self._writing = 0

    @contextmanager
    def writing(self, store: Store) -> Iterator[Touched]:
        """Record the write made inside the block; the caller holds the write lock."""
        before = store.version()
        touched = Touched()
        with self._lock:
            self._writing += 1
        try:
            yield touched
        finally:
            after = store.version()
            with self._lock:
                self._writing -= 1
                if after != before:
                    graphs = None if touched.unknown else frozenset(touched.graphs)
                    self._steps.append((before, after, graphs))

    def changes_since(self, version: Hashable, now: Hashable) -> Changes:
        """The graphs written from ``version`` to ``now``.

        Follows the recorded steps from ``version``; if they end before ``now`` while a write is
        under way, answers up to where they end (that write has not returned yet, so readers may
        still see the store as it was); if they end before ``now`` otherwise, nothing is known.
        """
        with self._lock:
            graphs: set[GraphName] = set()
            known = True
            at = version
            for before, after, written in self._steps:
                if before != at:
                    continue
                at = after
                if written is None:
                    known = False
                else:
                    graphs |= written
            if at != now and not self._writing:
                return Changes(None, now)
            return Changes(frozenset(graphs) if known else None, at)
