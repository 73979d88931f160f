"""Running one query to bytes within bounds: a row cap and a deadline; and a query worker's loop.

This module imports only pyoxigraph and the standard library because it also runs on its own,
as the program of a query worker process (``python graph/execution.py FD``, started by
``graph.workers``): a worker must start fast, and a worker killed at its deadline takes nothing
of the server with it.

Why bytes: the answer is serialised by pyoxigraph, in the format the client negotiated, where the
query runs; it crosses a process boundary (or a thread) as one ``bytes`` value and is sent as it
is, never re-parsed. Why a row cap needs care: pyoxigraph serialises a whole ``QuerySolutions`` in
Rust with no per-row hook, so a capped answer is serialised as TSV (one solution per line) into a
writer that stops after the cap, then converted to the requested format (TSV is lossless:
terms are written in their N-Triples form).
"""

from __future__ import annotations

import os
import pickle
import resource
import socket
import struct
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox

__all__ = [
    "Answer",
    "DeadlinePassed",
    "QueryRequest",
    "dataset_options",
    "decode_reply",
    "encode_reply",
    "run_request",
    "serialize_answer",
]

AnswerKind = Literal["solutions", "boolean", "graph"]


@dataclass(frozen=True)
class Answer:
    """A query's answer as bytes. ``body`` is ``None`` when the client accepts no format for
    ``kind`` (a CONSTRUCT asked for JSON results); ``truncated`` says rows were cut at the cap."""

    kind: AnswerKind
    body: bytes | None
    truncated: bool = False


@dataclass(frozen=True)
class QueryRequest:
    """Everything a worker needs to run a query: plain values, so it pickles across processes.

    Formats travel as media types. ``default_graphs``/``named_graphs`` both ``None`` means the
    union default graph (see ``graph.store.Store.query``), unless ``own_dataset`` says the query
    names its dataset with ``FROM``/``FROM NAMED``, which then wins.
    """

    sparql: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    results_media_type: str | None
    graph_media_type: str | None
    row_limit: int | None
    own_dataset: bool = False


class DeadlinePassed(Exception):
    """Raised when a query's deadline passes while its answer is being produced."""


class _RowCapReached(Exception):
    pass


class _Collector:
    """A binary writer for pyoxigraph's ``serialize(output=...)``: keeps the bytes, checks the
    deadline on every chunk and, with ``line_cap``, stops once that many lines are complete."""

    def __init__(self, deadline: float | None, line_cap: int | None) -> None:
        self.chunks: list[bytes] = []
        self.lines = 0
        self._deadline = deadline
        self._line_cap = line_cap

    def write(self, data: bytes) -> int:
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise DeadlinePassed
        chunk = bytes(data)
        self.chunks.append(chunk)
        if self._line_cap is not None:
            self.lines += chunk.count(b"\n")
            if self.lines > self._line_cap:
                raise _RowCapReached
        return len(chunk)

    def flush(self) -> None:
        pass

    def head(self, lines: int) -> bytes:
        """The first ``lines`` complete lines written."""
        data = b"".join(self.chunks)
        end = 0
        for _ in range(lines):
            found = data.find(b"\n", end)
            if found < 0:
                return data
            end = found + 1
        return data[:end]


def run_request(store: ox.Store, request: QueryRequest, deadline: float | None = None) -> Answer:
    """Run ``request`` on ``store`` and serialise its answer.

    :raises SyntaxError: if the query does not parse (pyoxigraph's own error).
    :raises DeadlinePassed: if ``deadline`` (``time.monotonic()``) passes first; only checked
        between chunks of output, so an operator that blocks before its first row is not cut.
    """
    options = dataset_options(request.default_graphs, request.named_graphs, request.own_dataset)
    raw = store.query(request.sparql, **options)  # type: ignore[arg-type]
    return serialize_answer(
        raw,
        _results_format(request.results_media_type),
        _graph_format(request.graph_media_type),
        request.row_limit,
        deadline,
    )


def dataset_options(
    default_graphs: Sequence[str] | None, named_graphs: Sequence[str] | None, own_dataset: bool
) -> dict[str, object]:
    """pyoxigraph ``Store.query`` options for a request's RDF dataset.

    SPARQL 1.1 Protocol 2.1.4: a protocol dataset (``default-graph-uri``/``named-graph-uri``)
    replaces any the query describes, and naming only one half leaves the other half empty.
    Without one, a query's own ``FROM``/``FROM NAMED`` define its dataset (SPARQL 1.1 Query
    13.2: a ``FROM`` naming a graph that does not exist gives an empty default graph); only a
    query naming no dataset at all sees the union of every named graph.
    """
    if default_graphs is not None or named_graphs is not None:
        return {
            "default_graph": [ox.NamedNode(g) for g in default_graphs or ()],
            "named_graphs": [ox.NamedNode(g) for g in named_graphs or ()],
        }
    if own_dataset:
        return {}
    return {"use_default_graph_as_union": True}


def serialize_answer(
    raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
    results_format: ox.QueryResultsFormat | None,
    graph_format: ox.RdfFormat | None,
    row_limit: int | None,
    deadline: float | None,
) -> Answer:
    """``raw`` as bytes in the format for its kind, at most ``row_limit`` solutions or triples.

    :raises DeadlinePassed: if ``deadline`` passes while pulling the answer, or had passed once
        the answer was complete (a late answer is still a timeout).
    """
    if isinstance(raw, ox.QueryBoolean):
        answer = Answer("boolean", _boolean(raw, results_format))
    elif isinstance(raw, ox.QuerySolutions):
        answer = (
            Answer("solutions", None)
            if results_format is None
            else _solutions(raw, results_format, row_limit, deadline)
        )
    else:
        answer = (
            Answer("graph", None)
            if graph_format is None
            else _triples(raw, graph_format, row_limit, deadline)
        )
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlinePassed
    return answer


def _boolean(raw: ox.QueryBoolean, fmt: ox.QueryResultsFormat | None) -> bytes | None:
    if fmt is None:
        return None
    out = raw.serialize(format=fmt)
    assert out is not None
    return out


def _solutions(
    raw: ox.QuerySolutions, fmt: ox.QueryResultsFormat, limit: int | None, deadline: float | None
) -> Answer:
    if limit is None:
        if deadline is None:  # nothing to check as it goes: written in one piece, no callbacks
            return Answer("solutions", _whole(raw.serialize(format=fmt)))
        collector = _Collector(deadline, None)
        raw.serialize(collector, format=fmt)  # type: ignore[arg-type]
        return Answer("solutions", b"".join(collector.chunks))
    # TSV: a header line, then one line per solution (line breaks in terms are escaped).
    collector = _Collector(deadline, limit + 1)
    truncated = False
    try:
        raw.serialize(collector, format=ox.QueryResultsFormat.TSV)  # type: ignore[arg-type]
    except _RowCapReached:
        truncated = True
    tsv = collector.head(limit + 1)
    if fmt == ox.QueryResultsFormat.TSV:
        return Answer("solutions", tsv, truncated)
    parsed = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
    out = parsed.serialize(format=fmt)
    assert out is not None
    return Answer("solutions", out, truncated)


def _triples(raw: ox.QueryTriples, fmt: ox.RdfFormat, limit: int | None, deadline: float | None) -> Answer:
    if limit is None:
        if deadline is None:
            return Answer("graph", _whole(raw.serialize(format=fmt)))
        collector = _Collector(deadline, None)
        raw.serialize(collector, format=fmt)  # type: ignore[arg-type]
        return Answer("graph", b"".join(collector.chunks))
    collector = _Collector(deadline, limit)
    truncated = False
    try:
        raw.serialize(collector, format=ox.RdfFormat.N_TRIPLES)  # type: ignore[arg-type]
    except _RowCapReached:
        truncated = True
    lines = collector.head(limit)
    if fmt == ox.RdfFormat.N_TRIPLES:
        return Answer("graph", lines, truncated)
    triples = [q.triple for q in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)]
    out = ox.serialize(triples, format=fmt)
    assert out is not None
    return Answer("graph", out, truncated)


def _whole(out: bytes | None) -> bytes:
    assert out is not None  # no output given: pyoxigraph returns the bytes
    return out


def _results_format(media_type: str | None) -> ox.QueryResultsFormat | None:
    return None if media_type is None else ox.QueryResultsFormat.from_media_type(media_type)


def _graph_format(media_type: str | None) -> ox.RdfFormat | None:
    return None if media_type is None else ox.RdfFormat.from_media_type(media_type)


# --- the worker process ------------------------------------------------------------------------
#
# Protocol over a socket inherited as file descriptor FD, one frame each way per query (a signed
# 32-bit big-endian length then the payload, or -1 and an unsigned 64-bit length: the framing of
# ``multiprocessing.connection``). The server sends ``(store_path, fields of QueryRequest)``
# pickled as plain tuples (never our classes: unpickling them would import the whole ``graph``
# package). The worker answers with ``encode_reply``'s four bytes (status, kind or error code,
# truncated, whether there is a body) followed by the answer's bytes as pyoxigraph wrote them, or
# by an error's message: the answer is not pickled, so it is copied once on each side of the
# socket rather than three times, and no Python object is built for it.
# ``python graph/execution.py FD MB`` caps the worker's memory at MB MiB. A worker opens
# ``store_path`` with ``Store.read_only`` (a snapshot directory nobody writes) and keeps it open
# until a request names another path. The server kills the worker at a deadline.

_KINDS: tuple[AnswerKind, ...] = ("solutions", "boolean", "graph")
_ERRORS = ("syntax", "unavailable", "memory", "failed")
_LENGTH = struct.Struct("!i")
_LONG_LENGTH = struct.Struct("!iQ")
_HEAD_BYTES = 4


def encode_reply(status: str, code: str, body: bytes | None, truncated: bool = False) -> list[bytes]:
    """A reply's frame as the parts to write: ``status`` is ``"ok"`` (``code`` an answer kind,
    ``body`` its bytes or ``None``) or ``"error"`` (``code`` one of ``_ERRORS``, ``body`` the
    message in UTF-8)."""
    if status == "ok":
        head = bytes((0, _KINDS.index(code), int(truncated), int(body is not None)))
    else:
        head = bytes((1, _ERRORS.index(code), 0, 1))
    size = _HEAD_BYTES + len(body or b"")
    prefix = _LENGTH.pack(size) if size <= 0x7FFFFFFF else _LONG_LENGTH.pack(-1, size)
    return [prefix + head, body or b""]


def decode_reply(payload: bytes | memoryview) -> tuple[object, ...]:
    """A reply's payload (its frame without the length) as ``("ok", kind, body, truncated)`` or
    ``("error", code, message)``.

    :raises ValueError: if it is not one ``encode_reply`` makes.
    """
    if len(payload) < _HEAD_BYTES:
        raise ValueError("a query worker sent a reply too short to read")
    status, code, truncated, has_body = payload[0], payload[1], payload[2], payload[3]
    try:
        if status == 0:
            body = bytes(payload[_HEAD_BYTES:]) if has_body else None
            return ("ok", _KINDS[code], body, bool(truncated))
        if status == 1:
            return ("error", _ERRORS[code], bytes(payload[_HEAD_BYTES:]).decode("utf-8", "replace"))
    except IndexError:
        pass
    raise ValueError("a query worker sent a reply it cannot have meant")


class _Requests:
    """Reads the server's requests, one frame at a time, from a blocking socket."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._pending = bytearray()

    def next(self) -> tuple[str, tuple[object, ...]] | None:
        """The next request, or ``None`` once the server has closed the socket."""
        pending = self._pending
        start = 4
        while True:
            if len(pending) >= 4:
                (size,) = _LENGTH.unpack_from(pending)
                if size == -1 and len(pending) >= 12:
                    size, start = _LONG_LENGTH.unpack_from(pending)[1], 12
                if size != -1 and len(pending) >= start + size:
                    break
            chunk = self._sock.recv(1 << 16)
            if not chunk:
                return None
            pending += chunk
        request = pickle.loads(memoryview(pending)[start : start + size])
        del pending[: start + size]
        store_path, fields = request
        return str(store_path), tuple(fields)


def _utf8(message: str) -> bytes:
    return message.encode("utf-8", "replace")


def _send(sock: socket.socket, parts: list[bytes]) -> None:
    """Write ``parts`` in one system call when the socket takes them all at once."""
    sent = sock.sendmsg(parts)
    if sent < sum(len(part) for part in parts):
        sock.sendall(b"".join(parts)[sent:])


def _serve(sock: socket.socket) -> None:
    store: ox.Store | None = None
    opened: str | None = None
    requests = _Requests(sock)
    while True:
        try:
            received = requests.next()
        except OSError:
            return
        if received is None:
            return
        store_path, fields = received
        request = QueryRequest(*fields)  # type: ignore[arg-type]
        try:
            if store is None or store_path != opened:
                store = None  # close the previous snapshot before opening the next
                store = ox.Store.read_only(store_path)
                opened = store_path
        except OSError as exc:
            _send(sock, encode_reply("error", "unavailable", _utf8(str(exc))))
            continue
        reply: list[bytes]
        try:
            answer = run_request(store, request)
            reply = encode_reply("ok", answer.kind, answer.body, answer.truncated)
        except OSError as exc:
            reply = encode_reply("error", _os_error_code(request.sparql), _utf8(str(exc)))
        except SyntaxError as exc:
            reply = encode_reply("error", "syntax", _utf8(str(exc)))
        except MemoryError:
            reply = encode_reply("error", "memory", b"")
        except Exception as exc:  # the worker must answer whatever pyoxigraph raises
            reply = encode_reply("error", "failed", _utf8(f"{type(exc).__name__}: {exc}"))
        _send(sock, reply)


def _os_error_code(sparql: str) -> str:
    """An I/O error while a query runs: the store's fault ("unavailable"), unless the query
    calls SERVICE, whose endpoint failing is the client's choice of endpoint ("failed": 400)."""
    return "failed" if "service" in sparql.lower() else "unavailable"


def _exit_with_parent() -> None:
    """Exit when the server that started this worker is gone (a busy worker reads no EOF)."""
    parent = os.getppid()
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def _limit_memory(megabytes: int) -> None:
    """Cap this worker's heap (``RLIMIT_DATA``: brk and private writable mappings, so not the
    store's read-only file mappings) at ``megabytes``; past it an allocation fails, the worker
    ends and the server reports the query as too large. ``0``: no cap."""
    if megabytes > 0:
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


if __name__ == "__main__":
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    _limit_memory(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    _serve(socket.socket(fileno=int(sys.argv[1])))
