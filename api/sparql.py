"""SPARQL 1.1 Protocol: the query operation at ``/sparql`` and the update operation at ``/update``.

https://www.w3.org/TR/sparql11-protocol/ — queries by GET, by URL-encoded POST and by direct
POST; the RDF dataset from ``default-graph-uri``/``named-graph-uri`` (none: the union of all
graphs); updates by URL-encoded or direct POST with ``using-graph-uri``/``using-named-graph-uri``.
Queries run in a worker thread (pyoxigraph releases the GIL) so the event loop never waits on
the store, and results go from pyoxigraph to bytes without passing through Python objects.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import NamedTuple, TypeVar
from urllib.parse import parse_qsl, unquote_to_bytes

import anyio.to_thread
import pyoxigraph as ox
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from api.config import ApiConfig, Services, authorize_write, services
from api.errors import ApiError
from api.limits import TRUNCATED_HEADER, run_bounded, run_query
from api.media import (
    GRAPH_OFFERS,
    HTML,
    RESULTS_OFFERS,
    Offer,
    content_type,
    decode_utf8,
    negotiate,
    read_body,
    require_utf8,
    unacceptable,
)
from api.pages import editor_response
from api.service_description import service_description
from api.service_policy import check_services
from graph import QuerySyntaxError, check_complexity
from graph.staging import MAX_ANALYSED_UPDATE, gated_update, written_graphs

__all__ = ["Answered", "answer_query", "apply_protocol_dataset", "query_fields", "router"]

router = APIRouter()

T = TypeVar("T")

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"

Fields = list[tuple[str, str]]

# Up to this many characters the complexity guard takes well under a millisecond: it runs on
# the event loop rather than paying for a thread.
_INLINE_CHECK_CHARS = 8192


@router.get("/sparql")
async def query_get(request: Request) -> Response:
    """A query in the URL; with no query, the service description (or a form, for browsers)."""
    fields = query_fields(request.scope.get("query_string", b""))
    if not _values(fields, "query") and not _values(fields, "update"):
        if fields:
            raise ApiError(400, "missing the query parameter")
        return await _describe(request, services(request))
    return await _query(request, services(request), fields, direct=None)


@router.post("/sparql")
async def query_post(request: Request) -> Response:
    """A query sent URL-encoded or directly in the body."""
    found = services(request)
    url_fields = query_fields(request.scope.get("query_string", b""))
    media, params = content_type(request)
    if media == FORM:
        body = await read_body(request, found.config.max_body_bytes)
        return await _query(request, found, url_fields + _form(body), direct=None)
    if media == QUERY:
        require_utf8(params)
        body = await read_body(request, found.config.max_body_bytes)
        return await _query(request, found, url_fields, direct=decode_utf8(body, "query"))
    if media == UPDATE:
        raise ApiError(400, "this endpoint answers queries; POST updates to /update")
    raise ApiError(415, f"POST a query as {FORM} or {QUERY}, not {media or 'an untyped body'}")


@router.post("/update")
async def update_post(request: Request) -> Response:
    """A SPARQL update, URL-encoded or direct, from a client holding the write token."""
    found = services(request)
    authorize_write(request, found)
    fields = query_fields(request.scope.get("query_string", b""))
    media, params = content_type(request)
    if media == FORM:
        fields += _form(await read_body(request, found.config.max_body_bytes))
        updates = _values(fields, "update")
    elif media == UPDATE:
        require_utf8(params)
        body = await read_body(request, found.config.max_body_bytes)
        updates = [decode_utf8(body, "update"), *_values(fields, "update")]
    else:
        sent = media or "an untyped body"
        raise ApiError(415, f"POST an update as {FORM} or {UPDATE}, not {sent}")
    if _values(fields, "query"):
        raise ApiError(400, "send queries to /sparql; a request holds a query or an update")
    if len(updates) != 1:
        raise ApiError(400, "a request must hold exactly one update string")
    text = apply_protocol_dataset(
        updates[0], _values(fields, "using-graph-uri"), _values(fields, "using-named-graph-uri")
    )
    await anyio.to_thread.run_sync(_update, found, text)
    return Response(status_code=204)


class Answered(NamedTuple):
    """A query's answer ready to send: the body, its ``Content-Type``, and whether rows were
    cut at the result limit (``X-TreatyGraph-Truncated``). It varies with ``Accept``."""

    body: bytes
    content_type: str
    truncated: bool


async def _query(request: Request, found: Services, fields: Fields, direct: str | None) -> Response:
    answered = await answer_query(request, found, fields, direct)
    headers = {"Vary": "Accept"}
    if answered.truncated:
        headers[TRUNCATED_HEADER] = "true"
    return Response(answered.body, media_type=answered.content_type, headers=headers)


async def answer_query(request: Request, found: Services, fields: Fields, direct: str | None) -> Answered:
    """Run the query a request holds, in ``fields`` (its URL's or form's, decoded) or ``direct``
    (a body sent as ``application/sparql-query``), and return its answer in the negotiated format.

    :raises ApiError: for a malformed request, an unacceptable ``Accept``, or a query past the
        service's limits; what the store raises otherwise (``api.errors`` maps it to a status).
    """
    queries = _values(fields, "query") + ([direct] if direct is not None else [])
    if _values(fields, "update"):
        raise ApiError(400, "this endpoint answers queries; POST updates to /update")
    if len(queries) != 1:
        raise ApiError(400, "a request must hold exactly one query")
    default_graphs = _values(fields, "default-graph-uri")
    named_graphs = _values(fields, "named-graph-uri")
    for iri in (*default_graphs, *named_graphs):
        _absolute_iri(iri)
    accept = request.headers.get("accept")
    results_offer = negotiate(accept, RESULTS_OFFERS)
    graph_offer = negotiate(accept, GRAPH_OFFERS)
    if results_offer is None and graph_offer is None:
        raise unacceptable(RESULTS_OFFERS + GRAPH_OFFERS)  # refuse before running the query
    text = _with_base(queries[0], found.config)
    # Refused before anything parses it (rdflib for SERVICE, any store): 400 at once. A short
    # query is measured here, a long one (up to the body limit) in a thread.
    if len(text) <= _INLINE_CHECK_CHARS:
        shape = check_complexity(text)
    else:
        shape = await anyio.to_thread.run_sync(check_complexity, text)
    check = None
    if shape.mentions_service:  # parsing is slow: only for the queries that need it, bounded
        check = partial(check_services, text, found.config.service_allowlist)
    try:
        answer = await run_query(
            request,
            found,
            text,
            default_graphs=default_graphs or None,
            named_graphs=named_graphs or None,
            results_format=None if results_offer is None else results_offer.format,
            graph_format=None if graph_offer is None else graph_offer.format,
            check=check,
        )
    except QuerySyntaxError as exc:
        raise _rebased(exc) from exc
    if answer.body is None:
        raise unacceptable(GRAPH_OFFERS if answer.kind == "graph" else RESULTS_OFFERS)
    offer = graph_offer if answer.kind == "graph" else results_offer
    assert offer is not None
    return Answered(answer.body, offer.content_type, answer.truncated)


def _absolute_iri(iri: str) -> str:
    try:
        return ox.NamedNode(iri).value
    except ValueError as exc:
        raise ApiError(400, f"not an absolute IRI: {iri}") from exc


def _update(found: Services, text: str) -> None:
    """Run an update: refused before parsing if it would overflow the parser, refused if it
    fetches from a URL the allow-list does not allow (SERVICE, LOAD), and with a gate, applied
    only if its result conforms (``graph.staging``: a scratch copy first, then the live store).
    """
    with_base = _with_base(text, found.config)
    _rebased_errors(lambda: check_complexity(with_base))()
    check_services(with_base, found.config.service_allowlist, update=True)
    # The graphs it writes, for the search index to read again (unknown: it reads them all).
    written = written_graphs(with_base) if len(with_base) <= MAX_ANALYSED_UPDATE else None
    with found.write_lock, found.journal.writing(found.store) as touched:
        touched.update(written)
        if found.gate is None:
            _rebased_errors(lambda: found.store.update(with_base))()
        else:
            gate = found.gate
            _rebased_errors(lambda: gated_update(found.store, with_base, gate))()


async def _describe(request: Request, found: Services) -> Response:
    accept = request.headers.get("accept")
    # HTML comes last: only a client naming text/html (a browser) gets the form; */* gets Turtle.
    offers: tuple[Offer[object], ...] = (*GRAPH_OFFERS, HTML)
    offer = negotiate(accept, offers)
    if offer is None:
        raise unacceptable(offers)
    endpoint = _endpoint(request, found.config)
    if offer is HTML:
        return editor_response(request)
    rdf = next(o for o in GRAPH_OFFERS if o is offer)
    body = await run_bounded(
        request, found, lambda bounded: service_description(bounded, endpoint, rdf.format)
    )
    return Response(body, media_type=rdf.content_type, headers={"Vary": "Accept"})


def _endpoint(request: Request, config: ApiConfig) -> str:
    if config.public_url:
        return config.public_url.rstrip("/") + "/sparql"
    return str(request.url.replace(query=None, fragment=None))


def query_fields(raw: bytes) -> Fields:
    """A URL's query string as ``(name, value)`` pairs, percent-decoded as UTF-8 (``+`` is a
    space), blank values kept: what ``parse_qsl`` gives, read straight from the bytes."""
    fields: Fields = []
    for field in raw.split(b"&"):
        if field:
            name, _, value = field.partition(b"=")
            fields.append((_unquote(name), _unquote(value)))
    return fields


def _unquote(raw: bytes) -> str:
    """``raw`` percent-decoded (``+`` is a space) as UTF-8. A query arrives with most of its
    characters escaped, and ``unquote_to_bytes`` reads them one at a time in Python: written as
    ``\\xHH`` escapes (every backslash of its own doubled first), the C codec of Python's
    bytes literals decodes them at once. A ``%`` not followed by two hex digits makes that codec
    fail; such a string is read the slow way, which keeps it as it is."""
    spaced = raw.replace(b"+", b" ")
    if b"%" in spaced:
        try:
            spaced = codecs.escape_decode(spaced.replace(b"\\", b"\\\\").replace(b"%", b"\\x"))[0]
        except ValueError:
            spaced = unquote_to_bytes(spaced)
    return spaced.decode("utf-8", "replace")


def _values(fields: Fields, name: str) -> list[str]:
    return [value for key, value in fields if key == name]


def _form(body: bytes) -> Fields:
    try:
        return parse_qsl(decode_utf8(body, "form"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"the form is not valid UTF-8 once decoded: {exc}") from exc


# Relative IRIs in a request resolve against the data's base (the protocol lets the service
# choose it), so `<state/rus>` names the same resource as in the published data.
def _with_base(text: str, config: ApiConfig) -> str:
    return f"BASE <{config.base_iri}>\n{text}"


_POSITION = re.compile(r"\bat (\d+):(\d+)")


def _rebased_errors(call: Callable[[], T]) -> Callable[[], T]:
    """``call``, with parser positions counted from the client's first line, not our BASE line."""

    def wrapped() -> T:
        try:
            return call()
        except QuerySyntaxError as exc:
            raise _rebased(exc) from exc

    return wrapped


def _rebased(exc: QuerySyntaxError) -> QuerySyntaxError:
    if exc.line is not None:
        return exc.moved(1)
    # A remote store's own message may carry an "at LINE:COLUMN" position.
    message = _POSITION.sub(lambda m: f"at {max(int(m.group(1)) - 1, 1)}:{m.group(2)}", str(exc), count=1)
    return QuerySyntaxError(message)


# --- using-graph-uri / using-named-graph-uri ---------------------------------------------------

_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_NAME = re.compile(r"[\w][\w.\-]*(:[\w.\-:%]*)?|:[\w.\-:%]*")
_VARIABLE = re.compile(r"[?$][\w]+")


def apply_protocol_dataset(text: str, using: Sequence[str], using_named: Sequence[str]) -> str:
    """``text`` with the protocol's ``using-graph-uri``/``using-named-graph-uri`` written in as
    ``USING``/``USING NAMED`` clauses of each DELETE/INSERT … WHERE operation.

    SPARQL 1.1 Protocol §2.2.3: a request that gives these parameters and also has USING,
    USING NAMED or WITH is refused with 400. Operations without a WHERE clause (INSERT DATA,
    LOAD, CLEAR …) do not read a dataset and stay as they are.
    """
    if not using and not using_named:
        return text
    for iri in (*using, *using_named):
        if not _IRI.fullmatch(f"<{iri}>") or ":" not in iri:
            raise ApiError(400, f"not an IRI: {iri}")
    clause = " ".join([*(f"USING <{g}>" for g in using), *(f"USING NAMED <{g}>" for g in using_named)])
    edits: list[tuple[int, int, str]] = []
    for operation in _operations(text):
        edits += _operation_edits(text, operation, clause)
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


# A top-level token: ("word", upper-cased text, start, end) or ("{" / "}", "", start, end).
_Token = tuple[str, str, int, int]


def _operations(text: str) -> list[list[_Token]]:
    """The tokens outside braces of each operation (split on top-level ``;``), skipping strings,
    IRIs and comments so that braces or keywords inside them are not mistaken for syntax."""
    operations: list[list[_Token]] = [[]]
    depth, i, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "\"'":
            i = _string_end(text, i)
        elif c == "<" and (iri := _IRI.match(text, i)):
            i = iri.end()
        elif c in "?$" and (var := _VARIABLE.match(text, i)):
            i = var.end()
        elif c == "{":
            if depth == 0:
                operations[-1].append(("{", "", i, i + 1))
            depth += 1
            i += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                operations[-1].append(("}", "", i, i + 1))
            i += 1
        elif c == ";" and depth == 0:
            operations.append([])
            i += 1
        elif name := _NAME.match(text, i):
            if depth == 0:
                operations[-1].append(("word", name.group().upper(), i, name.end()))
            i = name.end()
        else:
            i += 1
    return operations


def _string_end(text: str, i: int) -> int:
    quote = text[i] * 3 if text.startswith(text[i] * 3, i) else text[i]
    j = i + len(quote)
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif text.startswith(quote, j):
            return j + len(quote)
        else:
            j += 1
    return j


def _operation_edits(text: str, tokens: list[_Token], clause: str) -> list[tuple[int, int, str]]:
    words = [t for t in tokens if t[0] == "word"]
    k = 0
    while k < len(words) and words[k][1] in ("PREFIX", "BASE"):
        skip_name = words[k][1] == "PREFIX" and k + 1 < len(words) and words[k + 1][1].endswith(":")
        k += 2 if skip_name else 1
    words = words[k:]
    if not words:
        return []
    if words[0][1] == "WITH" or any(w[1] == "USING" for w in words):
        raise ApiError(400, "using-graph-uri/using-named-graph-uri cannot be combined with USING or WITH")
    if words[0][1] not in ("DELETE", "INSERT") or (len(words) > 1 and words[1][1] == "DATA"):
        return []
    if words[0][1] == "DELETE" and len(words) > 1 and words[1][1] == "WHERE":
        # DELETE WHERE { P } has no room for USING: write it as DELETE { P } USING … WHERE { P }.
        opening = next(t for t in tokens if t[0] == "{" and t[2] > words[1][2])
        closing = next(t for t in tokens if t[0] == "}" and t[2] > opening[2])
        pattern = text[opening[2] : closing[3]]
        return [(words[0][2], closing[3], f"DELETE {pattern} {clause} WHERE {pattern}")]
    where = next((w for w in words[1:] if w[1] == "WHERE"), None)
    if where is None:
        return []
    return [(where[2], where[2], clause + " ")]
