"""Bounds on the work one request can make the service do: time, rows, and queries at once.

- Time: every query gets ``ApiConfig.query_timeout``. The store stops it there (an on-disk
  embedded store kills the worker process running it, see ``graph.embedded``; a query of one
  anchored triple pattern, whose work is one index scan, runs in a thread instead and stops at
  the deadline between chunks of its answer; an ASK of one, which ends at its first match, and,
  while no other query runs, a scan of fewer than ``_SMALL_SCAN_QUADS`` quads, counted first,
  run on the event loop itself, see ``graph.cost``) and the client gets ``503``
  with the plain-text body ``query exceeded the N s time limit``. The whole answer
  is produced before any header is sent, so a timeout is never a truncated ``200`` (as it is
  with ``oxigraph serve``).
- Rows: a SELECT or CONSTRUCT answer keeps at most ``ApiConfig.result_limit`` solutions or
  triples. The rows that fit are sent with ``X-TreatyGraph-Truncated: true``: the SPARQL 1.1
  Protocol has no way to say "partial" inside the results formats, and refusing the whole
  answer (413) would make a client that only wanted the first rows retry with ``LIMIT``.
  A client should add ``LIMIT``/``OFFSET`` to page through large answers.
- Pages and searches: the queries a page makes for itself, and the search index, run under the
  same bounds (``run_bounded``): one time limit for all of a request's queries, a slot, and a
  stop when the client disconnects (the running query is killed, no further one starts).
- Queries at once: at most ``ApiConfig.max_concurrent_queries`` run (as many again for queries
  that look like lookups, see ``query_slot``), up to
  ``ApiConfig.max_queued_queries`` more wait (no longer than the time limit) for a turn, and any
  further query is refused at once with ``503`` and ``Retry-After``, so that a burst degrades
  into quick refusals rather than every client timing out.

Writes are not bounded here: they need the write token, and an update runs in the server's
own process, where it cannot be killed without losing the store.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import replace
from functools import partial
from typing import Literal, TypeVar

import anyio
import anyio.to_thread
import pyoxigraph as ox
from starlette.requests import Request

from api.config import Services
from api.errors import ApiError
from graph import Answer, EmbeddedStore, QueryResult, QueryTimeout, Store
from graph.cost import looks_like_lookup, scan_bounds, scan_kind

__all__ = [
    "TRUNCATED_HEADER",
    "BoundedStore",
    "QuerySlots",
    "query_slot",
    "run_bounded",
    "run_query",
]

T = TypeVar("T")

TRUNCATED_HEADER = "X-TreatyGraph-Truncated"

# How long past its limit a query may take before the request gives up on the store call:
# stores stop queries themselves, this only covers a blocking query on an in-memory store.
_GRACE_S = 1.0
# How often a running request checks whether its client is still connected.
_DISCONNECT_POLL_S = 0.25


class QuerySlots:
    """A counter of running and waiting queries, one per application."""

    def __init__(self, running: int, queued: int) -> None:
        self.running = running
        self.queued = queued
        self._semaphore = anyio.Semaphore(running)
        self._waiting = 0

    @asynccontextmanager
    async def slot(self, wait_s: float) -> AsyncIterator[None]:
        """Hold one of the running slots for the block.

        :raises ApiError: 503 with ``Retry-After`` if the queue is full or no slot came free
            within ``wait_s``.
        """
        try:
            self._semaphore.acquire_nowait()
        except anyio.WouldBlock:
            if self._waiting >= self.queued:
                raise _busy(self.running) from None
            self._waiting += 1
            try:
                with anyio.move_on_after(wait_s) as scope:
                    await self._semaphore.acquire()
            finally:
                self._waiting -= 1
            if scope.cancelled_caught:
                raise _busy(self.running) from None
        try:
            yield
        finally:
            self._semaphore.release()

    @property
    def in_use(self) -> int:
        """How many slots are held now."""
        return self.running - self._semaphore.value


def _busy(running: int) -> ApiError:
    return ApiError(
        503, f"the service is running {running} queries at once; retry shortly", {"Retry-After": "1"}
    )


Pool = Literal["queries", "lookups", "pages"]
_SLOTS: dict[str, str] = {"queries": "query_slots", "lookups": "lookup_slots", "pages": "page_slots"}


def query_slot(request: Request, found: Services, pool: Pool = "queries") -> QuerySlots:
    """The application's ``QuerySlots`` for ``pool``, made on first use (inside the event loop).

    Clients' queries and the explorer's own requests (pages, search) have a pool each: queries
    as configured, pages half as many running: a flood of page requests gets 503s without
    making a ``/sparql`` client wait behind it, and the other way round. Clients' queries that
    look like lookups (``graph.cost``) have a pool of their own, as large as the queries' one,
    so that a lookup never waits for an aggregation to finish.
    """
    name = _SLOTS[pool]
    slots = getattr(request.app.state, name, None)
    if slots is None:
        config = found.config
        running = max(config.max_concurrent_queries, 1)
        if pool in ("queries", "lookups"):
            slots = QuerySlots(running, max(config.max_queued_queries, 0))
        else:  # half as many: clients' own queries keep most of the cores in a flood of pages
            slots = QuerySlots(max(running // 2, 1), running)
        setattr(request.app.state, name, slots)
    assert isinstance(slots, QuerySlots)
    return slots


def _threads(request: Request, found: Services, pool: Pool) -> anyio.CapacityLimiter:
    """The threads that run one pool's work: a pool of their own, so that queries (which hold a
    slot while a thread runs them) never take the threads every other route shares."""
    name = f"{pool}_threads"
    limiter = getattr(request.app.state, name, None)
    if limiter is None:
        limiter = anyio.CapacityLimiter(max(found.config.max_concurrent_queries, 1) + 1)
        setattr(request.app.state, name, limiter)
    assert isinstance(limiter, anyio.CapacityLimiter)
    return limiter


async def run_bounded(
    request: Request, found: Services, work: Callable[[Services], T], *, pool: Pool = "pages"
) -> T:
    """Run ``work`` (blocking: it reads the store) as the service runs a client's query.

    ``work`` gets ``found`` with its store wrapped in a ``BoundedStore``: every query it makes
    counts against one time limit for the whole call and is stopped there (killed, on an on-disk
    store), and once the client has gone the query running is stopped and no further one starts.
    The call holds one slot of ``pool`` meanwhile (``query_slot``): a burst gets 503s with
    ``Retry-After``, and the thread pool other routes use stays free.

    :raises ApiError: 503 past the time limit or when no slot is free.
    """
    limit = found.config.query_timeout
    cancel = threading.Event()
    bounded = replace(found, store=BoundedStore(found.store, time.monotonic() + limit, cancel))
    call = partial(anyio.to_thread.run_sync, work, bounded, abandon_on_cancel=True)
    async with query_slot(request, found, pool).slot(limit):
        try:
            with anyio.fail_after(limit + _GRACE_S):
                return await _until_client_leaves(request, cancel, call, _threads(request, found, pool))
        except TimeoutError as exc:  # graph.QueryTimeout is a TimeoutError too
            raise ApiError(503, f"query exceeded the {limit:g} s time limit") from exc
        finally:
            cancel.set()  # a thread abandoned at the deadline starts no further query


async def _until_client_leaves(
    request: Request,
    cancel: threading.Event,
    call: Callable[..., Awaitable[T]],
    limiter: anyio.CapacityLimiter,
) -> T:
    result: list[T] = []

    async def watch(scope: anyio.CancelScope) -> None:
        while not await request.is_disconnected():
            await anyio.sleep(_DISCONNECT_POLL_S)
        cancel.set()
        scope.cancel()

    try:
        async with anyio.create_task_group() as group:
            group.start_soon(watch, group.cancel_scope)
            result.append(await call(limiter=limiter))
            group.cancel_scope.cancel()
    except BaseExceptionGroup as raised:  # the work's own error, not a group of them
        if len(raised.exceptions) == 1:
            raise raised.exceptions[0] from None
        raise
    if not result:  # nobody will read this answer
        raise ApiError(503, "the request was stopped: its client disconnected")
    return result[0]


async def run_query(
    request: Request,
    found: Services,
    sparql: str,
    *,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
    results_format: ox.QueryResultsFormat | None,
    graph_format: ox.RdfFormat | None,
    check: Callable[[], None] | None = None,
) -> Answer:
    """Run a client's query within the service's limits and return its serialised answer.

    ``check``, if given, runs first in the same thread, slot and time limit (the SERVICE
    allow-list check, which parses the query).

    :raises ApiError: 503 if the query ran past the time limit or no slot was free.
    :raises GraphError: what the store raises otherwise (mapped to statuses by ``api.errors``).
    """
    config = found.config
    # A single scan is a lookup by construction; its test is the cheaper of the two.
    scan = scan_kind(sparql)
    pool: Pool = "lookups" if scan is not None or looks_like_lookup(sparql) else "queries"
    store = found.store
    if check is None and isinstance(store, EmbeddedStore) and store.runs_queries_async:
        limit = config.query_timeout
        deadline = time.monotonic() + limit
        left: list[bool] = []
        async with query_slot(request, found, pool).slot(limit):
            try:
                if scan is not None:  # bounded and streaming: a thread, not a worker
                    here = partial(
                        store.execute_here,
                        sparql,
                        default_graphs=default_graphs,
                        named_graphs=named_graphs,
                        results_format=results_format,
                        graph_format=graph_format,
                        row_limit=config.result_limit,
                        timeout_s=max(deadline - time.monotonic(), 0.0),
                    )
                    if scan == "seek" or (_alone(request, found) and _small(store, sparql)):
                        return here()
                    return await asyncio.get_running_loop().run_in_executor(_SCANS, here)
                return await store.execute_async(
                    sparql,
                    default_graphs=default_graphs,
                    named_graphs=named_graphs,
                    results_format=results_format,
                    graph_format=graph_format,
                    row_limit=config.result_limit,
                    timeout_s=max(deadline - time.monotonic(), 0.0),
                    client_left=partial(_client_left, request, left),
                )
            except QueryTimeout as exc:
                if left:  # nobody will read this answer
                    raise ApiError(503, "the request was stopped: its client disconnected") from exc
                raise ApiError(503, f"query exceeded the {limit:g} s time limit") from exc

    def work(bounded: Services) -> Answer:
        if check is not None:
            check()
        store = bounded.store
        assert isinstance(store, BoundedStore)
        return store.execute(
            sparql,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            results_format=results_format,
            graph_format=graph_format,
            row_limit=config.result_limit,
        )

    return await run_bounded(request, found, work, pool=pool)


# A single scan reading fewer quads than this runs on the event loop when no other client query
# is running: a fraction of a millisecond, less than handing it to a thread and back costs.
_SMALL_SCAN_QUADS = 128


def _alone(request: Request, found: Services) -> bool:
    """Whether the lookup asking is the only client query running. With others running, a
    thread answers it beside the event loop, which has their requests to read and answer; a
    seek (``graph.cost.is_seek``) costs the loop less than a hand-over whatever runs."""
    lookups = query_slot(request, found, "lookups").in_use
    return lookups <= 1 and query_slot(request, found, "queries").in_use == 0


def _small(store: EmbeddedStore, sparql: str) -> bool:
    """Whether a single scan reads fewer than ``_SMALL_SCAN_QUADS`` quads, counted in the store."""
    bounds = scan_bounds(sparql)
    return bounds is not None and store.matches_fewer_than(bounds, _SMALL_SCAN_QUADS)


# The threads that run single-scan queries (``graph.cost.is_single_scan``), apart from those
# every other route shares. A plain executor: handing a scan over costs the event loop a third
# of what anyio's thread runner does. A scan holds its query slot while it runs, so the slots
# bound how many run; a scan whose request was cancelled still ends by its own deadline.
_SCANS = ThreadPoolExecutor(max_workers=4 * (os.cpu_count() or 1) + 1, thread_name_prefix="scan")


async def _client_left(request: Request, left: list[bool]) -> None:
    """Return once the client has disconnected (noted in ``left``); the request's body has been
    read by then, so what the server receives next is the disconnect."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
    left.append(True)


class BoundedStore:
    """A ``Store`` whose queries all end by one deadline, or as soon as ``cancel`` is set.

    Queries go through the wrapped store's ``execute`` (a killable worker on disk), their
    answers parsed back into ``QueryResult``; the other operations are passed through.
    """

    def __init__(self, store: Store, deadline: float, cancel: threading.Event) -> None:
        self.inner = store
        self.deadline = deadline
        self.cancel = cancel

    def _remaining(self) -> float:
        remaining = self.deadline - time.monotonic()
        if self.cancel.is_set() or remaining <= 0:
            raise QueryTimeout("the request's time ran out or its client left")
        return remaining

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
        remaining = self._remaining()
        return self.inner.execute(
            sparql,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            results_format=results_format,
            graph_format=graph_format,
            row_limit=row_limit,
            timeout_s=remaining if timeout_s is None else min(timeout_s, remaining),
            cancel=self.cancel,
        )

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        answer = self.execute(
            sparql,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            results_format=ox.QueryResultsFormat.JSON,
            graph_format=ox.RdfFormat.N_TRIPLES,
        )
        assert answer.body is not None
        if answer.kind == "graph":
            triples = [q.triple for q in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)]
            return QueryResult("graph", triples=triples)
        return QueryResult.wrap(ox.parse_query_results(answer.body, ox.QueryResultsFormat.JSON))

    def update(self, sparql: str) -> None:
        self.inner.update(sparql)

    def replace_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self.inner.replace_graph(graph_iri, triples)

    def add_to_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self.inner.add_to_graph(graph_iri, triples)

    def drop_graph(self, graph_iri: str) -> bool:
        return self.inner.drop_graph(graph_iri)

    def graph_triples(self, graph_iri: str | None) -> list[ox.Triple]:
        self._remaining()
        return self.inner.graph_triples(graph_iri)

    def graphs(self) -> list[str]:
        self._remaining()
        return self.inner.graphs()

    def count(self, graph_iri: str | None = None) -> int:
        self._remaining()
        return self.inner.count(graph_iri)

    def version(self) -> Hashable:
        return self.inner.version()

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        self._remaining()
        return self.inner.dump(fmt)

    def close(self) -> None:
        """Nothing to release: the wrapped store belongs to the application."""
