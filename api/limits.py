"""Bounds on the work one request can make the service do: time, rows, and queries at once.

- Time: every query gets ``ApiConfig.query_timeout_s``. The store stops it there (an on-disk
  embedded store kills the worker process running it, see ``graph.embedded``) and the client
  gets ``503`` with the plain-text body ``query exceeded the N s time limit``. The whole answer
  is produced before any header is sent, so a timeout is never a truncated ``200`` (as it is
  with ``oxigraph serve``).
- Rows: a SELECT or CONSTRUCT answer keeps at most ``ApiConfig.result_limit`` solutions or
  triples. The rows that fit are sent with ``X-TreatyGraph-Truncated: true``: the SPARQL 1.1
  Protocol has no way to say "partial" inside the results formats, and refusing the whole
  answer (413) would make a client that only wanted the first rows retry with ``LIMIT``.
  A client should add ``LIMIT``/``OFFSET`` to page through large answers.
- Queries at once: at most ``ApiConfig.max_concurrent_queries`` run, up to
  ``ApiConfig.max_queued_queries`` more wait (no longer than the time limit) for a turn, and any
  further query is refused at once with ``503`` and ``Retry-After``, so that a burst degrades
  into quick refusals rather than every client timing out.

Writes are not bounded here: they need the write token, and an update runs in the server's
own process, where it cannot be killed without losing the store.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from functools import partial

import anyio
import anyio.to_thread
import pyoxigraph as ox
from starlette.requests import Request

from api.config import Services
from api.errors import ApiError
from graph import Answer

__all__ = ["TRUNCATED_HEADER", "QuerySlots", "query_slot", "run_query"]

TRUNCATED_HEADER = "X-TreatyGraph-Truncated"

# How long past its limit a query may take before the request gives up on the store call:
# stores stop queries themselves, this only covers a blocking query on an in-memory store.
_GRACE_S = 1.0


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


def _busy(running: int) -> ApiError:
    return ApiError(
        503, f"the service is running {running} queries at once; retry shortly", {"Retry-After": "1"}
    )


def query_slot(request: Request, found: Services) -> QuerySlots:
    """The application's ``QuerySlots``, made on first use (inside the event loop)."""
    slots = getattr(request.app.state, "query_slots", None)
    if slots is None:
        config = found.config
        slots = QuerySlots(max(config.max_concurrent_queries, 1), max(config.max_queued_queries, 0))
        request.app.state.query_slots = slots
    assert isinstance(slots, QuerySlots)
    return slots


async def run_query(
    request: Request,
    found: Services,
    sparql: str,
    *,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
    results_format: ox.QueryResultsFormat | None,
    graph_format: ox.RdfFormat | None,
) -> Answer:
    """Run a client's query within the service's limits and return its serialised answer.

    :raises ApiError: 503 if the query ran past the time limit or no slot was free.
    :raises GraphError: what the store raises otherwise (mapped to statuses by ``api.errors``).
    """
    config = found.config
    limit = config.query_timeout_s
    call = partial(
        found.store.execute,
        sparql,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        results_format=results_format,
        graph_format=graph_format,
        row_limit=config.result_limit,
        timeout_s=limit,
    )
    async with query_slot(request, found).slot(limit):
        try:
            with anyio.fail_after(limit + _GRACE_S):
                return await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
        except TimeoutError as exc:  # graph.QueryTimeout is a TimeoutError too
            raise ApiError(503, f"query exceeded the {limit:g} s time limit") from exc
