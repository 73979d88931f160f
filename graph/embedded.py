"""EmbeddedStore: the store interface over an on-disk (or in-memory) pyoxigraph Store.

Queries for clients (``execute``) are bounded in time differently by where the store lives:

- On disk, each runs in a worker process (``graph.workers``) that is killed at the deadline, so
  a query past its limit stops using a core at once. Workers read a *snapshot*: a RocksDB
  checkpoint (``Store.backup``: hard links, tens of milliseconds) taken after the latest write,
  because a read-only instance does not see later writes and opening the live directory while
  it is written is undefined behaviour (pyoxigraph's ``Store.read_only`` says so, and in practice
  fails once compaction removes files). A write bumps a generation counter; the next query then
  takes a fresh checkpoint, so every query sees every write acknowledged before it started.
- In memory (``path=None``, used by tests), there is no directory to share: the query runs in
  the calling thread and its deadline is checked between chunks of output. A streaming query
  stops at its deadline; one that blocks before its first row (COUNT, ORDER BY over a huge
  join) finishes in the background, though the caller still gets ``QueryTimeout``.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import os
import shutil
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from graph.complexity import check_complexity
from graph.cost import Pattern
from graph.errors import (
    GraphError,
    GraphNotFound,
    QueryRefused,
    QueryTimeout,
    StoreUnavailable,
)
from graph.execution import Answer, DeadlinePassed, QueryRequest, dataset_options, run_request
from graph.results import QueryResult
from graph.syntax import explain
from graph.terms import insert_data, iri_ref
from graph.workers import AsyncWorkerPool, WorkerPool

__all__ = ["EmbeddedStore"]


class EmbeddedStore:
    """A pyoxigraph store in a directory, persistent across restarts; ``path=None`` keeps it in memory.

    Writes go through single SPARQL updates, which oxigraph applies in one transaction: a crash
    or a failure part-way leaves the store as it was.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        read_only: bool = False,
        query_workers: int | None = None,
        query_memory_mb: int = 0,
    ) -> None:
        """``read_only`` opens a store another process is writing (e.g. a running server).

        ``query_workers`` is how many idle worker processes ``execute`` keeps between queries
        (default: four times the number of cores: by default the HTTP service runs twice that
        many client queries at once, and as many for its pages); more start when more queries
        run at once, and stop after. ``0`` runs queries in the calling thread instead, as for
        an in-memory store: about 0.2 ms faster per query, but a query that blocks past its
        deadline cannot be stopped.

        ``query_memory_mb`` caps the memory of each query worker (0: no cap); a query needing
        more fails with ``StoreUnavailable`` naming the cap. Queries run in the calling thread
        are not capped.
        """
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:  # a locked or unreadable directory
            raise StoreUnavailable(f"cannot open the store at {path}: {exc}") from exc
        self.path = path
        self.read_only = read_only
        self._in_thread = path is None or query_workers == 0
        idle = 4 * (os.cpu_count() or 1) if query_workers is None else query_workers
        self._pool = WorkerPool(idle, query_memory_mb)
        self._async_pool = AsyncWorkerPool(idle, query_memory_mb)
        self._writes = itertools.count(1)  # next() is atomic: concurrent writes never share a number
        self._generation = 0  # set by every write; snapshots older than it are stale
        self._snapshot: tuple[int, Path] | None = None
        self._snapshot_lock = threading.Lock()  # one checkpoint at a time
        # Snapshots chosen for a query that no worker has opened yet: not to be removed. Held
        # from the moment a query picks its snapshot until it has run, under their own lock,
        # which the event loop may take (it is never held across a checkpoint or a removal).
        self._leases: collections.Counter[Path] = collections.Counter()
        self._leases_lock = threading.Lock()
        self._snapshots: Path | None = None
        if path is not None and not (self._in_thread or read_only):
            self._snapshots = path.with_name(f".{path.name}.snapshots")
            shutil.rmtree(self._snapshots, ignore_errors=True)  # left by a process that died

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        shape = check_complexity(sparql)
        options = dataset_options(default_graphs, named_graphs, shape.names_dataset)
        try:
            raw = self._store.query(sparql, **options)  # type: ignore[arg-type]
        except SyntaxError as exc:  # pyoxigraph reports malformed SPARQL this way
            raise explain(str(exc), sparql) from exc
        except OSError as exc:
            raise StoreUnavailable(str(exc)) from exc
        return QueryResult.wrap(raw)

    def execute(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        results_format: ox.QueryResultsFormat | None,
        graph_format: ox.RdfFormat | None,
        row_limit: int | None = None,
        timeout_s: float | None = None,
        cancel: threading.Event | None = None,
    ) -> Answer:
        """See ``Store.execute``; how the time limit is enforced is in the module docstring."""
        request = _request(sparql, default_graphs, named_graphs, results_format, graph_format, row_limit)
        if self._in_thread:
            return self._execute_here(request, timeout_s)
        if self.read_only:
            return self._pool.run(str(self.path), request, timeout_s, cancel)
        assert self.path is not None
        snapshot = self._leased_snapshot()
        try:
            return self._pool.run(str(snapshot), request, timeout_s, cancel)
        finally:
            self._release(snapshot)

    def execute_here(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        results_format: ox.QueryResultsFormat | None,
        graph_format: ox.RdfFormat | None,
        row_limit: int | None = None,
        timeout_s: float | None = None,
    ) -> Answer:
        """``execute`` in the calling thread, on the live store, whatever ``query_workers`` says.

        For queries whose work is bounded by a range scan (``graph.cost.is_single_scan``): they
        stream their answer, so the deadline, checked between chunks of output, stops them, and
        they cannot block before their first row. Any other query belongs in ``execute``.
        """
        request = _request(sparql, default_graphs, named_graphs, results_format, graph_format, row_limit)
        return self._execute_here(request, timeout_s)

    def matches_fewer_than(self, patterns: Sequence[Pattern], bound: int) -> bool:
        """Whether the live store holds fewer than ``bound`` quads matching ``patterns`` (see
        ``graph.cost.scan_bounds``: IRIs, ``None`` for any term), all together, none of them
        with a blank node as object. Reads at most ``bound`` quads: a few microseconds for a
        small bound, so a caller may ask before choosing where a scan runs."""
        seen = 0
        try:
            for subject, predicate, obj in patterns:
                matches = self._store.quads_for_pattern(
                    None if subject is None else ox.NamedNode(subject),
                    None if predicate is None else ox.NamedNode(predicate),
                    None if obj is None else ox.NamedNode(obj),
                    None,
                )
                for quad in itertools.islice(matches, bound - seen):
                    if isinstance(quad.object, ox.BlankNode):
                        return False  # a DESCRIBE follows it: more than these quads
                    seen += 1
                if seen >= bound:
                    return False
        except (ValueError, OSError):  # not an IRI pyoxigraph takes, or an unreadable store
            return False
        return True

    @property
    def workers_killed(self) -> int:
        """Query workers killed at a deadline or when their client left, since the store opened."""
        return self._pool.killed + self._async_pool.killed

    def worker_pids(self) -> list[int]:
        """Process ids of the query workers alive now (for monitoring and tests)."""
        return self._pool.pids() + self._async_pool.pids()

    @property
    def runs_queries_async(self) -> bool:
        """Whether ``execute_async`` is available: queries run in killable worker processes."""
        return not self._in_thread

    async def execute_async(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        results_format: ox.QueryResultsFormat | None,
        graph_format: ox.RdfFormat | None,
        row_limit: int | None = None,
        timeout_s: float | None = None,
        client_left: Callable[[], Awaitable[object]] | None = None,
    ) -> Answer:
        """``execute`` from an event loop, for a store whose queries run in workers
        (``runs_queries_async``): the worker is driven by the loop itself, with no thread, and
        killed once ``timeout_s`` passes or the client leaves: ``client_left()`` makes an
        awaitable that finishes then, called only for a query still running after a moment."""
        if not self.runs_queries_async:
            raise StoreUnavailable("this store runs its queries in the calling thread")
        request = _request(sparql, default_graphs, named_graphs, results_format, graph_format, row_limit)
        if self.read_only:
            return await self._async_pool.run(str(self.path), request, timeout_s, client_left)
        snapshot = self._lease_current()
        if snapshot is None:  # a checkpoint takes tens of milliseconds: not on the event loop
            snapshot = await asyncio.get_running_loop().run_in_executor(None, self._leased_snapshot)
        try:
            return await self._async_pool.run(str(snapshot), request, timeout_s, client_left)
        finally:
            self._release(snapshot)

    def _execute_here(self, request: QueryRequest, timeout_s: float | None) -> Answer:
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        error: GraphError
        try:
            return run_request(self._store, request, deadline)
        except DeadlinePassed:
            error = QueryTimeout(f"query exceeded the {timeout_s:g} s time limit")
        except SyntaxError as exc:
            error = explain(str(exc), request.sparql)
        except OSError as exc:  # a SERVICE endpoint that failed is the client's choice
            error = (
                QueryRefused(f"the query failed while running: {exc}")
                if "service" in request.sparql.lower()
                else StoreUnavailable(str(exc))
            )
        except (RuntimeError, ValueError) as exc:  # evaluation errors, e.g. an unbound SERVICE
            error = QueryRefused(f"the query failed while running: {exc}")
        # Raised here, outside the handler, so that no traceback keeps pyoxigraph's result
        # iterator alive: it must be freed on the thread that made it.
        raise error

    def _lease_current(self) -> Path | None:
        """The snapshot holding every write made so far, leased to the caller (see
        ``_release``), or None if writes have made the last one stale."""
        with self._leases_lock:
            snapshot = self._snapshot
            if snapshot is None or snapshot[0] != self._generation:
                return None
            self._leases[snapshot[1]] += 1
            return snapshot[1]

    def _release(self, snapshot: Path) -> None:
        """Give back a lease: the snapshot may go once no lease and no worker holds it."""
        with self._leases_lock:
            self._leases[snapshot] -= 1
            if self._leases[snapshot] <= 0:
                del self._leases[snapshot]

    def _leased_snapshot(self) -> Path:
        """A leased snapshot holding every write made so far, checkpointed now if the last one
        is stale; snapshots no lease and no worker holds are removed then.

        The lease is what keeps a query's snapshot on disk between the moment the query picks
        it and the moment its worker opens it: without it, a checkpoint taken for another
        query in that gap removed the directory the worker was about to read.
        """
        assert self._snapshots is not None
        with self._snapshot_lock:
            leased = self._lease_current()
            if leased is not None:
                return leased
            generation = self._generation  # writes from now on make this snapshot stale
            target = self._snapshots / f"{generation}-{uuid.uuid4().hex}"
            self._snapshots.mkdir(parents=True, exist_ok=True)
            try:
                self._store.backup(str(target))
            except OSError as exc:
                raise StoreUnavailable(f"cannot snapshot the store at {self.path}: {exc}") from exc
            with self._leases_lock:
                self._snapshot = (generation, target)
                self._leases[target] += 1
                held = {str(path) for path in self._leases}
                held |= self._pool.paths_in_use() | self._async_pool.paths_in_use()
                unused = [old for old in self._snapshots.iterdir() if str(old) not in held]
            for old in unused:
                shutil.rmtree(old, ignore_errors=True)
            return target

    @contextmanager
    def scratch_copy(self) -> Iterator[ox.Store]:
        """A writable copy of the store for the block, thrown away after it.

        On disk, a RocksDB checkpoint (hard links: tens of milliseconds whatever the size)
        opened read-write; its writes go to new files, never to the live store's. In memory,
        a copy of every quad. The caller must keep other writes out meanwhile.
        """
        if self.path is None or self.read_only:
            copy = ox.Store()
            copy.extend(self._store.quads_for_pattern(None, None, None, None))
            yield copy
            return
        folder = self._scratch_folder()
        target = folder / uuid.uuid4().hex
        for stale in folder.glob("*"):  # left by a copy something still held open at the time
            shutil.rmtree(stale, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            self._store.backup(str(target))
            copy = ox.Store(str(target))
        except OSError as exc:
            _remove_scratch(target)
            raise StoreUnavailable(f"cannot copy the store at {self.path}: {exc}") from exc
        try:
            yield copy
        finally:
            del copy
            _remove_scratch(target)

    def _scratch_folder(self) -> Path:
        assert self.path is not None
        return self.path.with_name(f".{self.path.name}.scratch")

    def update(self, sparql: str) -> None:
        check_complexity(sparql)
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise explain(str(exc), sparql, update=True) from exc
        except OSError as exc:
            raise StoreUnavailable(str(exc)) from exc
        finally:
            self._generation = next(self._writes)

    def replace_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self.update(f"DROP SILENT GRAPH {iri_ref(graph_iri)} ;\n" + insert_data(graph_iri, triples))

    def add_to_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self.update(insert_data(graph_iri, triples))

    def drop_graph(self, graph_iri: str) -> bool:
        iri_ref(graph_iri)  # refuses what is not an IRI, as a write would
        node = ox.NamedNode(graph_iri)
        if not self._store.contains_named_graph(node):
            return False
        try:
            self._store.remove_graph(node)
        finally:
            self._generation = next(self._writes)
        return True

    def graph_triples(self, graph_iri: str | None) -> list[ox.Triple]:
        if graph_iri is None:
            graph: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
        else:
            graph = ox.NamedNode(graph_iri)
            if not self._store.contains_named_graph(graph):
                raise GraphNotFound(graph_iri)
        return [q.triple for q in self._store.quads_for_pattern(None, None, None, graph)]

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph_iri: str | None = None) -> int:
        if graph_iri is None:
            return len(self._store)
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)))

    def version(self) -> Hashable:
        """The number of the last write: this process holds the store's lock, so no one else writes."""
        return self._generation

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        if fmt.supports_datasets:
            out = self._store.dump(format=fmt)
        else:
            triples = {q.triple for q in self._store}
            out = ox.serialize(sorted(triples, key=str), format=fmt)
        assert out is not None
        return out

    def close(self) -> None:
        """Stop the query workers, flush to disk and let go of the store, releasing its lock.

        A frame kept alive by some library's traceback may still reference this wrapper, so the
        lock cannot wait for it to be collected. Using the store after ``close`` is an error.
        """
        if not hasattr(self, "_store"):
            return
        self._pool.close()
        self._async_pool.close()
        if self._snapshots is not None:
            shutil.rmtree(self._snapshots, ignore_errors=True)
        if self.path is not None and not self.read_only:
            shutil.rmtree(self._scratch_folder(), ignore_errors=True)
        if not self.read_only:
            self._store.flush()
        del self._store


def _remove_scratch(target: Path) -> None:
    """Remove a scratch copy, and its folder once no copy is left in it, so nothing stays
    beside the store after an update."""
    shutil.rmtree(target, ignore_errors=True)
    with contextlib.suppress(OSError):
        target.parent.rmdir()  # not while another copy is there: the last one out removes it


def _request(
    sparql: str,
    default_graphs: Sequence[str] | None,
    named_graphs: Sequence[str] | None,
    results_format: ox.QueryResultsFormat | None,
    graph_format: ox.RdfFormat | None,
    row_limit: int | None,
) -> QueryRequest:
    """A query as a worker receives it, once the complexity guard has let it through.

    :raises QuerySyntaxError: if the query is nested too deeply or chains too many operators.
    """
    shape = check_complexity(sparql)
    return QueryRequest(
        sparql,
        None if default_graphs is None else tuple(default_graphs),
        None if named_graphs is None else tuple(named_graphs),
        None if results_format is None else results_format.media_type,
        None if graph_format is None else graph_format.media_type,
        row_limit,
        shape.names_dataset,
    )
