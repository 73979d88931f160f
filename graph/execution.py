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
import re
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Literal

import pyoxigraph as ox

__all__ = [
    "MAX_NESTING",
    "Answer",
    "DeadlinePassed",
    "QueryRequest",
    "nesting_depth",
    "run_request",
    "serialize_answer",
]

# pyoxigraph's SPARQL parser recurses once per bracket and overflows the stack (a segfault that
# takes the whole process down) somewhere between 1,000 and 3,000 nested groups in 0.5.13;
# hand-written queries never come near this.
MAX_NESTING = 200

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

    Formats travel as media types; ``default_graphs``/``named_graphs`` ``None`` means the union
    default graph (see ``graph.store.Store.query``).
    """

    sparql: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    results_media_type: str | None
    graph_media_type: str | None
    row_limit: int | None


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


_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_SYNTAX = re.compile(r"[()\[\]{}#<\"']")


def nesting_depth(text: str, *, at_most: int = MAX_NESTING) -> int:
    """The deepest nesting of ``(``, ``[`` and ``{`` in SPARQL ``text``, outside strings, IRIs
    and comments (where brackets are not syntax); exact up to ``at_most``.

    A short string ends at a line break as SPARQL's grammar says, so a malformed one can only
    make the count higher, never hide brackets the parser would see.
    """
    if sum(text.count(c) for c in "([{") <= at_most:
        return 0  # cannot nest deeper than that: the common case, at C speed
    depth = deepest = 0
    n = len(text)
    found = _SYNTAX.search(text)
    while found is not None:
        i = found.start()
        c = text[i]
        if c in "([{":
            depth += 1
            deepest = max(deepest, depth)
            i += 1
        elif c in ")]}":
            depth = max(depth - 1, 0)
            i += 1
        elif c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif c == "<" and (iri := _IRI.match(text, i)):
            i = iri.end()
        elif c in "\"'":
            i = _string_end(text, i)
        else:
            i += 1
        found = _SYNTAX.search(text, i)
    return deepest


def _string_end(text: str, i: int) -> int:
    quote = text[i]
    long = text.startswith(quote * 3, i)
    j = i + (3 if long else 1)
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif long and text.startswith(quote * 3, j):
            return j + 3
        elif not long and text[j] == quote:
            return j + 1
        elif not long and text[j] in "\r\n":
            return j
        else:
            j += 1
    return j


def run_request(store: ox.Store, request: QueryRequest, deadline: float | None = None) -> Answer:
    """Run ``request`` on ``store`` and serialise its answer.

    :raises SyntaxError: if the query does not parse (pyoxigraph's own error).
    :raises DeadlinePassed: if ``deadline`` (``time.monotonic()``) passes first; only checked
        between chunks of output, so an operator that blocks before its first row is not cut.
    """
    options: dict[str, object] = {}
    if request.default_graphs is None and request.named_graphs is None:
        options["use_default_graph_as_union"] = True
    else:
        # SPARQL 1.1 Protocol 2.1.4: the protocol dataset replaces any the query describes.
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs or ()]
    raw = store.query(request.sparql, **options)  # type: ignore[arg-type]
    return serialize_answer(
        raw,
        _results_format(request.results_media_type),
        _graph_format(request.graph_media_type),
        request.row_limit,
        deadline,
    )


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


def _results_format(media_type: str | None) -> ox.QueryResultsFormat | None:
    return None if media_type is None else ox.QueryResultsFormat.from_media_type(media_type)


def _graph_format(media_type: str | None) -> ox.RdfFormat | None:
    return None if media_type is None else ox.RdfFormat.from_media_type(media_type)


# --- the worker process ------------------------------------------------------------------------
#
# Protocol over a socket inherited as file descriptor FD (multiprocessing framing, pickled
# tuples, never our classes: unpickling them would import the whole ``graph`` package): the
# server sends ``(store_path, dataclasses.astuple(QueryRequest))``, the worker answers
# ``("ok", kind, body, truncated)`` or ``("error", "syntax" | "unavailable" | "failed", message)``.
# A worker opens ``store_path`` with ``Store.read_only`` (a snapshot directory nobody writes) and
# keeps it open until a request names another path. The server kills the worker at a deadline.


def _serve(conn: Connection) -> None:
    store: ox.Store | None = None
    opened: str | None = None
    while True:
        try:
            store_path, fields = conn.recv()
            request = QueryRequest(*fields)
        except (EOFError, OSError):
            return
        try:
            if store is None or store_path != opened:
                store = None  # close the previous snapshot before opening the next
                store = ox.Store.read_only(store_path)
                opened = store_path
            answer = run_request(store, request)
            reply: tuple[object, ...] = ("ok", answer.kind, answer.body, answer.truncated)
        except SyntaxError as exc:
            reply = ("error", "syntax", str(exc))
        except OSError as exc:
            reply = ("error", "unavailable", str(exc))
        except Exception as exc:  # the worker must answer whatever pyoxigraph raises
            reply = ("error", "failed", f"{type(exc).__name__}: {exc}")
        conn.send(reply)


def _exit_with_parent() -> None:
    """Exit when the server that started this worker is gone (a busy worker reads no EOF)."""
    parent = os.getppid()
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


if __name__ == "__main__":
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    _serve(Connection(int(sys.argv[1])))
