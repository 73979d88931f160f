"""Media types: what the service offers, Accept negotiation with q-values, and request bodies.

Negotiation follows RFC 9110 §12.5.1: each offer takes the q-value of the most specific range
that matches it (``text/turtle`` over ``text/*`` over ``*/*``), ``q=0`` rules an offer out, and
ties go to the server's order, so the first offer of each table is the default.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import pyoxigraph as ox
from starlette.requests import Request

from api.errors import ApiError

__all__ = [
    "GRAPH_OFFERS",
    "HTML",
    "RESULTS_OFFERS",
    "Offer",
    "content_type",
    "decode_utf8",
    "negotiate",
    "read_body",
    "require_utf8",
    "unacceptable",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Offer(Generic[T_co]):
    """One representation: the media type Accept is matched against, the Content-Type sent
    and the format it is serialised in."""

    media_type: str
    content_type: str
    format: T_co


def _results(fmt: ox.QueryResultsFormat, media_type: str) -> Offer[ox.QueryResultsFormat]:
    content = media_type + ("; charset=utf-8" if media_type.startswith("text/") else "")
    return Offer(media_type, content, fmt)


def _rdf(fmt: ox.RdfFormat, media_type: str) -> Offer[ox.RdfFormat]:
    content = media_type + ("; charset=utf-8" if media_type.startswith("text/") else "")
    return Offer(media_type, content, fmt)


# SELECT and ASK answers; JSON first, as the default.
RESULTS_OFFERS: tuple[Offer[ox.QueryResultsFormat], ...] = (
    _results(ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    _results(ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    _results(ox.QueryResultsFormat.CSV, "text/csv"),
    _results(ox.QueryResultsFormat.TSV, "text/tab-separated-values"),
    # Generic names some clients send; answered with the proper type.
    Offer("application/json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    Offer("application/xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
)

# CONSTRUCT and DESCRIBE answers, graphs and the service description; Turtle first, as the default.
GRAPH_OFFERS: tuple[Offer[ox.RdfFormat], ...] = (
    _rdf(ox.RdfFormat.TURTLE, "text/turtle"),
    _rdf(ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    _rdf(ox.RdfFormat.JSON_LD, "application/ld+json"),
    _rdf(ox.RdfFormat.RDF_XML, "application/rdf+xml"),
    _rdf(ox.RdfFormat.TRIG, "application/trig"),
    _rdf(ox.RdfFormat.N_QUADS, "application/n-quads"),
)

HTML: Offer[str] = Offer("text/html", "text/html; charset=utf-8", "html")


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    q: float

    def specificity(self, media_type: str) -> int:
        """How precisely this range names ``media_type``: 2 exact, 1 type/*, 0 */*, -1 not."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0 if self.subtype == "*" else -1
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def _ranges(accept: str) -> list[_Range]:
    ranges: list[_Range] = []
    for item in accept.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue  # a malformed range matches nothing rather than failing the request
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(_Range(kind, sub, q))
    return ranges


def negotiate(accept: str | None, offers: Sequence[Offer[T]]) -> Offer[T] | None:
    """The offer the client prefers, or ``None`` if it accepts none of them.

    No Accept header (or an empty one) means anything is acceptable: the first offer.
    A client sends the same few Accept headers again and again: the choice among a tuple of
    offers is remembered for the most recent ones.
    """
    if accept is None or not accept.strip():
        return offers[0] if offers else None
    if not isinstance(offers, tuple) or len(accept) > _REMEMBERED_ACCEPT_CHARS:
        return _negotiate(accept, offers)
    key = (accept, id(offers))
    chosen = _CHOSEN.get(key)
    if chosen is None or chosen[0] is not offers:
        if len(_CHOSEN) >= _REMEMBERED_CHOICES:
            _CHOSEN.clear()
        chosen = (offers, _negotiate(accept, offers))
        _CHOSEN[key] = chosen
    return chosen[1]


# Accept headers longer than this are negotiated afresh each time; the cache holds at most
# _REMEMBERED_CHOICES of them, and keeps each tuple of offers alive so its id stays its own.
_REMEMBERED_ACCEPT_CHARS = 512
_REMEMBERED_CHOICES = 256
_CHOSEN: dict[tuple[str, int], tuple[Sequence[Offer[Any]], Offer[Any] | None]] = {}


def _negotiate(accept: str, offers: Sequence[Offer[T]]) -> Offer[T] | None:
    ranges = _ranges(accept)
    best: Offer[T] | None = None
    best_q = 0.0
    for offer in offers:
        matches = [(r.specificity(offer.media_type), r.q) for r in ranges]
        matches = [m for m in matches if m[0] >= 0]
        if not matches:
            continue
        q = max(matches)[1]  # the most specific range decides
        if q > best_q:
            best, best_q = offer, q
    return best


def unacceptable(offers: Sequence[Offer[object]]) -> ApiError:
    """The 406 answer, listing what could have been sent."""
    listed = "\n".join(dict.fromkeys(o.media_type for o in offers))
    return ApiError(406, "none of the accepted media types is available; offered:\n" + listed)


def content_type(request: Request) -> tuple[str, dict[str, str]]:
    """The request's media type (lower case, ``""`` if absent) and its parameters."""
    header = request.headers.get("content-type", "")
    media, *params = (part.strip() for part in header.split(";"))
    parsed: dict[str, str] = {}
    for param in params:
        name, _, value = param.partition("=")
        parsed[name.strip().lower()] = value.strip().strip('"')
    return media.lower(), parsed


def require_utf8(params: dict[str, str]) -> None:
    """SPARQL 1.1 Protocol §2.1.2/§2.2.2: query and update strings are UTF-8, nothing else."""
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, f"the request body must be UTF-8, not {charset}")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"the request body exceeds {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the request body exceeds {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def decode_utf8(body: bytes, what: str) -> str:
    """``body`` as text; a body that is not UTF-8 is a client error (400), named as ``what``."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"the {what} is not valid UTF-8: {exc}") from exc
