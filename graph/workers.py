"""Query worker processes: the only way to really stop a pyoxigraph query at its deadline.

pyoxigraph 0.5 has no timeout or cancellation in Python, and an operator that must see every
solution before its first row (COUNT, GROUP BY, ORDER BY) never returns to Python while it works;
a thread running it cannot be stopped. A process can: each query runs in a worker (a small
Python process running ``graph/execution.py``), and a worker still busy at the deadline is
killed with SIGKILL, which frees its core at once. A replacement starts when one is next needed.

Workers read a store directory with ``Store.read_only``; the server passes, with each query,
the directory to read (a snapshot that nobody writes, see ``graph.embedded``). Answers come
back as bytes already serialised in the client's format.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from multiprocessing.connection import Connection
from pathlib import Path

from graph.errors import QueryRefused, QueryTimeout, StoreUnavailable
from graph.execution import Answer, QueryRequest, decode_reply
from graph.syntax import explain

__all__ = ["AsyncWorkerPool", "WorkerPool"]

_PROGRAM = Path(__file__).with_name("execution.py")
# How a worker ends when an allocation fails past its memory cap: Rust aborts (SIGABRT), the
# kernel's OOM killer sends SIGKILL, and Python may exit on a MemoryError it cannot report.
_OUT_OF_MEMORY = (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV, 1, 120)


# glibc's allocator in a worker. A worker's heap is small (it imports little), so the memory a
# query frees lies at the top of it and is handed back to the kernel after every query (trimmed,
# or unmapped when it was mapped on its own), then faulted in again by the next one: a
# grouping query paid about 200 page faults and 0.5-1 ms of system time per run, a fifth of its
# cost. A worker keeps up to ``MALLOC_TRIM_THRESHOLD_`` of freed memory for the next query, and
# serves allocations below ``MALLOC_MMAP_THRESHOLD_`` from that heap; the memory cap
# (``RLIMIT_DATA``) still bounds the heap. Both fixed, so glibc does not tune them itself.
_MALLOC = {"MALLOC_TRIM_THRESHOLD_": str(32 << 20), "MALLOC_MMAP_THRESHOLD_": str(16 << 20)}


class _Worker:
    def __init__(self, memory_mb: int) -> None:
        ours, theirs = socket.socketpair()
        self.sock: socket.socket | None = None
        try:
            self.process = subprocess.Popen(
                [sys.executable, str(_PROGRAM), str(theirs.fileno()), str(memory_mb)],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                # A query past the memory cap aborts the worker; no backtrace in the server's log.
                env={**os.environ, "RUST_BACKTRACE": "0", **_MALLOC},
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        self.opened: str | None = None
        # Driven from an event loop (``AsyncWorkerPool``): the loop whose reader watches ``sock``
        # for the worker's whole life, and the exchange its replies go to.
        self.loop: asyncio.AbstractEventLoop | None = None
        self.exchange: _Exchange | None = None

    def listen(self, loop: asyncio.AbstractEventLoop) -> None:
        """Read ``sock`` from ``loop`` until the worker ends: registered once, not per query
        (a reader added and removed for each query costs the loop half a dozen system calls)."""
        assert self.sock is not None
        self.loop = loop
        loop.add_reader(self.sock.fileno(), self._readable)

    def _readable(self) -> None:
        exchange = self.exchange
        if exchange is not None:
            exchange.on_readable()
            return
        # Idle: nothing is due, so this is the worker's end (or an error): stop watching, the
        # next query on this worker fails at once and the pool replaces it.
        assert self.sock is not None
        try:
            chunk = self.sock.recv(_READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:
            self.unlisten()

    @property
    def listening(self) -> bool:
        return self.loop is not None

    def unlisten(self) -> None:
        """Stop the reader; from the loop's own thread, or once that loop no longer runs."""
        loop, self.loop = self.loop, None
        if loop is not None and self.sock is not None and not loop.is_closed():
            loop.remove_reader(self.sock.fileno())

    def kill(self) -> None:
        """SIGKILL and reap: the query's core is free when this returns."""
        self.process.kill()
        self.process.wait()
        loop = self.loop
        if loop is not None and loop.is_running() and not _on_loop(loop):
            # Another thread (the pool closing): the reader goes on the loop's thread, and the
            # descriptor only after it, so that no new socket takes its number meanwhile.
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(self._release)
                self.conn.close()
                return
        self._release()
        self.conn.close()

    def _release(self) -> None:
        self.unlisten()
        if self.sock is not None:
            self.sock.close()


def _on_loop(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


class _Pool:
    """What both pools keep: idle workers up to ``max_idle``, the busy ones, and a lock so that
    ``close`` may come from any thread."""

    def __init__(self, max_idle: int, memory_mb: int = 0) -> None:
        """``memory_mb`` caps each worker's memory (0: no cap); a query needing more fails
        with ``StoreUnavailable`` saying so, and its worker is replaced."""
        self.max_idle = max_idle
        self.memory_mb = memory_mb
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.killed = 0  # workers stopped at a deadline, for tests and monitoring

    def _too_large(self) -> str:
        return f"the query needed more than {self.memory_mb} MiB of memory and was stopped"

    def pids(self) -> list[int]:
        """The workers' process ids."""
        with self._lock:
            return [w.process.pid for w in (*self._idle, *self._busy)]

    def paths_in_use(self) -> set[str]:
        """Store directories some live worker has open (snapshots not yet safe to delete)."""
        with self._lock:
            return {w.opened for w in (*self._idle, *self._busy) if w.opened is not None}

    def close(self) -> None:
        """Stop every worker, busy or idle."""
        with self._lock:
            self._closed = True
            workers = [*self._idle, *self._busy]
            self._idle.clear()
            self._busy.clear()
        for worker in workers:
            worker.kill()

    def _checkin(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
            keep = not self._closed and len(self._idle) < self.max_idle
            if keep:
                self._idle.append(worker)
        if not keep:
            worker.kill()

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
        worker.kill()


class WorkerPool(_Pool):
    """Worker processes started on demand, kept idle up to ``max_idle`` between queries.

    Thread-safe: each caller checks a worker out for the length of one query, so the number of
    workers busy at once is the number of queries running (which the HTTP layer bounds).
    """

    def run(
        self,
        store_path: str,
        request: QueryRequest,
        timeout_s: float | None,
        cancel: threading.Event | None = None,
    ) -> Answer:
        """Run ``request`` against the store at ``store_path`` in a worker.

        :raises QueryTimeout: if no answer came within ``timeout_s``, or ``cancel`` was set
            first; the worker was killed.
        :raises QuerySyntaxError: if the query does not parse.
        :raises StoreUnavailable: if the worker cannot open the store or died.
        """
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        worker = self._checkout()
        try:
            worker.conn.send((store_path, _fields(request)))
            worker.opened = store_path
            answered = _wait(worker.conn, deadline, cancel)
            reply = decode_reply(worker.conn.recv_bytes()) if answered else None
        except (EOFError, OSError, ValueError) as exc:
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(timeout=1.0)  # its own exit status, before ours
            self._discard(worker)
            if self.memory_mb and worker.process.returncode in _OUT_OF_MEMORY:
                raise StoreUnavailable(self._too_large()) from exc
            raise StoreUnavailable(f"a query worker failed: {exc or type(exc).__name__}") from exc
        if reply is None:
            self._discard(worker)
            self.killed += 1
            if cancel is not None and cancel.is_set():
                raise QueryTimeout("the query was stopped: its client left")
            raise QueryTimeout(f"query exceeded the {timeout_s or 0:g} s time limit")
        self._checkin(worker)
        if reply[0] == "error" and reply[1] == "memory":
            raise StoreUnavailable(self._too_large())
        return _answer(reply, request.sparql)

    def _checkout(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise StoreUnavailable("the store is closed")
            worker = self._idle.pop() if self._idle else None
        if worker is None or worker.process.poll() is not None:
            if worker is not None:
                worker.kill()
            try:
                worker = _Worker(self.memory_mb)
            except OSError as exc:
                raise StoreUnavailable(f"cannot start a query worker: {exc}") from exc
        with self._lock:
            self._busy.add(worker)
        return worker


# How often a waiting query checks whether it was cancelled.
_CANCEL_POLL_S = 0.1


def _wait(conn: Connection, deadline: float | None, cancel: threading.Event | None) -> bool:
    """Whether a reply arrived before ``deadline`` without ``cancel`` being set."""
    while True:
        remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)
        if cancel is None:
            return conn.poll(remaining)
        step = _CANCEL_POLL_S if remaining is None else min(remaining, _CANCEL_POLL_S)
        if conn.poll(step):
            return True
        if cancel.is_set() or (remaining is not None and remaining <= step):
            return False


def _answer(reply: tuple[object, ...], sparql: str) -> Answer:
    if reply[0] == "ok":
        _, kind, body, truncated = reply
        assert kind in ("solutions", "boolean", "graph")
        assert body is None or isinstance(body, bytes)
        return Answer(kind, body, bool(truncated))
    _, code, message = reply
    text = str(message)
    if code == "syntax":
        raise explain(text, sparql)
    if code == "unavailable":
        raise StoreUnavailable(text)
    raise QueryRefused(f"the query failed while running: {text}")


class AsyncWorkerPool(_Pool):
    """Worker processes driven from the event loop: the same workers and protocol as
    ``WorkerPool``, without a thread per query.

    A query's request is written to its worker's socket and the answer read back by a reader
    callback of the event loop itself, registered once per worker (non-blocking, in
    ``multiprocessing.connection``'s framing, which the worker uses) into one future; the
    deadline is a timer on the loop, and the client leaving is watched only for a query still
    running after ``_WATCH_AFTER_S``; either kills the worker. A lookup thus costs the loop one
    write, one read and one wake-up: no task, no thread, no polling, no reader to add and
    remove. Used from one event loop only.
    """

    async def run(
        self,
        store_path: str,
        request: QueryRequest,
        timeout_s: float | None,
        client_left: Callable[[], Awaitable[object]] | None = None,
    ) -> Answer:
        """Run ``request`` against the store at ``store_path`` in a worker.

        ``client_left`` makes an awaitable that finishes once the client has gone; it is called
        only for a query that runs long enough for that to matter.

        :raises QueryTimeout: if no answer came within ``timeout_s``, or the client left first;
            the worker was killed.
        :raises QuerySyntaxError: if the query does not parse.
        :raises StoreUnavailable: if the worker cannot open the store or died.
        """
        payload = pickle.dumps((store_path, _fields(request)), pickle.HIGHEST_PROTOCOL)
        started = time.monotonic()
        try:
            return await self._run_once(store_path, request, payload, timeout_s, client_left, fresh=False)
        except _IdleWorkerGone:  # killed while idle (from outside): once more, on a new worker
            remaining = None if timeout_s is None else max(timeout_s - (time.monotonic() - started), 0.0)
            return await self._run_once(store_path, request, payload, remaining, client_left, fresh=True)

    async def _run_once(
        self,
        store_path: str,
        request: QueryRequest,
        payload: bytes,
        timeout_s: float | None,
        client_left: Callable[[], Awaitable[object]] | None,
        fresh: bool,
    ) -> Answer:
        worker, reused = await self._checkout(fresh)
        worker.opened = store_path  # before the request: its snapshot must not be removed now
        exchange = _Exchange(worker)
        try:
            await exchange.send(payload)
            reply = await exchange.reply(timeout_s, client_left)
        except (_Expired, _ClientLeft) as exc:
            self._discard(worker)
            self.killed += 1
            if isinstance(exc, _ClientLeft):
                raise QueryTimeout("the query was stopped: its client left") from None
            raise QueryTimeout(f"query exceeded the {timeout_s or 0:g} s time limit") from None
        except (EOFError, OSError, ValueError) as exc:
            exchange.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(timeout=1.0)  # its own exit status, before ours
            self._discard(worker)
            if reused and worker.process.returncode == -signal.SIGKILL:
                raise _IdleWorkerGone from exc
            if self.memory_mb and worker.process.returncode in _OUT_OF_MEMORY:
                raise StoreUnavailable(self._too_large()) from exc
            raise StoreUnavailable(f"a query worker failed: {exc or type(exc).__name__}") from exc
        except BaseException:  # cancelled: the worker may be mid-query
            exchange.close()
            self._discard(worker)
            raise
        self._checkin(worker)
        if reply[0] == "error" and reply[1] == "memory":
            raise StoreUnavailable(self._too_large())
        return _answer(reply, request.sparql)

    async def _checkout(self, fresh: bool) -> tuple[_Worker, bool]:
        """A worker for one query, and whether it is one kept from earlier queries."""
        with self._lock:
            if self._closed:
                raise StoreUnavailable("the store is closed")
            worker = self._idle.pop() if self._idle and not fresh else None
        reused = worker is not None and worker.process.poll() is None
        if not reused:
            if worker is not None:
                worker.kill()
            try:  # starting a process takes milliseconds: not on the event loop
                worker = await asyncio.get_running_loop().run_in_executor(None, _Worker, self.memory_mb)
            except OSError as exc:
                raise StoreUnavailable(f"cannot start a query worker: {exc}") from exc
            worker.sock = socket.socket(fileno=os.dup(worker.conn.fileno()))
            worker.sock.setblocking(False)
            worker.listen(asyncio.get_running_loop())
        assert worker is not None
        with self._lock:
            self._busy.add(worker)
        return worker, reused


def _fields(request: QueryRequest) -> tuple[object, ...]:
    """``request`` as the plain tuple a worker rebuilds it from (``dataclasses.astuple`` deep-copies)."""
    return tuple(getattr(request, f.name) for f in dataclasses.fields(request))


# A query still running after this long has its client watched, so that it is killed if the
# client leaves; a quicker one is not worth the watching.
_WATCH_AFTER_S = 0.05
# What one read takes from a worker's socket at most: most answers arrive in one read.
_READ_SIZE = 256 * 1024


class _Expired(Exception):
    pass


class _ClientLeft(Exception):
    pass


class _Exchange:
    """One request to a worker and its reply, read by the worker's reader on the event loop
    (``multiprocessing.connection`` framing: a signed 32-bit big-endian length, or -1 then an
    unsigned 64-bit one) into ``self.done``."""

    def __init__(self, worker: _Worker) -> None:
        assert worker.sock is not None
        self.worker = worker
        self.sock = worker.sock
        self.loop = asyncio.get_running_loop()
        self.done: asyncio.Future[bytes | memoryview] = self.loop.create_future()
        self._buffer = bytearray()

    async def send(self, payload: bytes) -> None:
        size = len(payload)
        header = struct.pack("!i", size) if size <= 0x7FFFFFFF else struct.pack("!iQ", -1, size)
        await self.loop.sock_sendall(self.sock, header + payload)

    async def reply(
        self, timeout_s: float | None, client_left: Callable[[], Awaitable[object]] | None
    ) -> tuple[object, ...]:
        """The worker's reply; ``_Expired`` after ``timeout_s``, ``_ClientLeft`` if the client
        goes first (raised with the exchange closed, the worker still to be killed)."""
        loop, done = self.loop, self.done
        if not self.worker.listening:  # it ended while idle
            raise EOFError("the query worker closed its connection")
        self.worker.exchange = self
        timer = None if timeout_s is None else loop.call_later(timeout_s, _fail, done, _Expired)
        watching: list[asyncio.Task[None]] = []

        def watch() -> None:
            if client_left is not None and not done.done():
                watching.append(loop.create_task(_watch(client_left, done)))

        later = None if client_left is None else loop.call_later(_WATCH_AFTER_S, watch)
        try:
            body = await done
        finally:
            self.close()
            if timer is not None:
                timer.cancel()
            if later is not None:
                later.cancel()
            for task in watching:
                task.cancel()
        return decode_reply(body)

    def close(self) -> None:
        if self.worker.exchange is self:
            self.worker.exchange = None

    def on_readable(self) -> None:
        if self.done.done():
            return
        try:
            chunk = self.sock.recv(_READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.done.set_exception(exc)
            return
        if not chunk:
            self.worker.unlisten()
            self.done.set_exception(EOFError("the query worker closed its connection"))
            return
        buffer = self._buffer
        data: bytes | bytearray = chunk
        if buffer:  # the rest of a reply that took several reads
            buffer += chunk
            data = buffer
        if len(data) < 4:
            self._buffer = bytearray(data)
            return
        (size,) = struct.unpack_from("!i", data)
        start = 4
        if size == -1:
            if len(data) < 12:
                self._buffer = bytearray(data)
                return
            (size,) = struct.unpack_from("!Q", data, 4)
            start = 12
        if len(data) >= start + size:
            # A view, not a copy: decoding copies the answer out of it once.
            self.done.set_result(memoryview(data)[start : start + size])
        elif data is chunk:
            self._buffer = bytearray(chunk)


def _fail(done: asyncio.Future[bytes | memoryview], error: type[Exception]) -> None:
    if not done.done():
        done.set_exception(error())


async def _watch(
    client_left: Callable[[], Awaitable[object]], done: asyncio.Future[bytes | memoryview]
) -> None:
    await client_left()
    _fail(done, _ClientLeft)


class _IdleWorkerGone(Exception):
    """A worker kept idle was found killed when given a query."""
