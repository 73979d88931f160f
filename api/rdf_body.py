"""Reading an RDF request body safely: bounded in memory, in nesting and in time.

A Graph Store write holds the write token, but a token is not a licence to take the service
down, and some RDF syntaxes let a small body cost a great deal to parse (measured with
pyoxigraph 0.5.13):

- RDF/XML with a DTD: pyoxigraph expands internal entities, so nine nested entity definitions
  (an 881-byte "billion laughs") made a 300 MB literal and 1.2 GB of memory in 5 s; one more
  level is ten times that. A body with a ``<!DOCTYPE`` or ``<!ENTITY`` is refused before
  parsing. Entities only abbreviate text, so nothing expressible is lost: expand them first.
- RDF/XML nesting costs time quadratic in its depth (16,000 nested elements, 770 KB: 1.8 s;
  4,000: 0.07 s), so more than ``MAX_XML_DEPTH`` nested elements are refused.
- JSON-LD nesting costs memory quadratic in its depth (2,000 nested objects, 30 KB: 790 MB;
  10,000 aborted the process), so more than ``MAX_JSON_DEPTH`` nested objects or arrays are
  refused.

Turtle, TriG, N-Triples and N-Quads parse in linear time and memory at any nesting. The checks
run before pyoxigraph sees the body, with the C expat parser (XML) or C-speed string operations
(JSON), and the caller runs all of this off the event loop. Parsing stops at a deadline, checked
between quads.
"""

from __future__ import annotations

import re
import time
import xml.parsers.expat
from itertools import accumulate

import pyoxigraph as ox

from api.errors import ApiError

__all__ = ["MAX_JSON_DEPTH", "MAX_XML_DEPTH", "parse_triples"]

# Far above what RDF/XML or JSON-LD written by people or tools uses (a dozen levels), far below
# what costs noticeable time or memory (about 1 ms and a few MB at these depths).
MAX_XML_DEPTH = 256
MAX_JSON_DEPTH = 100

_CHECK_EVERY = 4096  # quads parsed between two looks at the clock


def parse_triples(body: bytes, fmt: ox.RdfFormat, base_iri: str, timeout_s: float) -> list[ox.Triple]:
    """The triples of ``body`` in ``fmt``, refusing bodies that would cost too much to parse.

    :raises ApiError: 400 if the body is malformed, has a DTD or nests too deeply; 413 if
        parsing it takes longer than ``timeout_s``.
    """
    if fmt == ox.RdfFormat.RDF_XML:
        _check_xml(body)
    elif fmt == ox.RdfFormat.JSON_LD:
        _check_json(body)
    deadline = time.monotonic() + timeout_s
    triples: list[ox.Triple] = []
    try:
        for quad in ox.parse(body, format=fmt, base_iri=base_iri, without_named_graphs=True):
            triples.append(quad.triple)
            if len(triples) % _CHECK_EVERY == 0 and time.monotonic() > deadline:
                raise ApiError(413, f"the body took more than {timeout_s:g} s to parse; send it in parts")
    except SyntaxError as exc:
        raise ApiError(400, f"the body is not valid {fmt.name}: {exc}") from exc
    return triples


class _Refused(Exception):
    pass


def _check_xml(body: bytes) -> None:
    """Refuse DTDs and deep nesting; expat stops at the first offence, before any expansion."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    depth = 0

    def refuse_dtd(*_: object) -> None:
        raise _Refused(
            "RDF/XML with a DTD (<!DOCTYPE>, entity declarations) is not accepted; expand entities first"
        )

    def start(*_: object) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_XML_DEPTH:
            raise _Refused(f"the RDF/XML nests more than {MAX_XML_DEPTH} elements deep")

    def end(*_: object) -> None:
        nonlocal depth
        depth -= 1

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(body, True)
    except _Refused as exc:
        raise ApiError(400, str(exc)) from None
    except xml.parsers.expat.ExpatError as exc:
        raise ApiError(400, f"the body is not valid RDF/XML: {exc}") from None


_JSON_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")


def _check_json(body: bytes) -> None:
    """Refuse JSON nesting deeper than ``MAX_JSON_DEPTH`` (brackets inside strings do not count)."""
    if body.count(b"{") + body.count(b"[") <= MAX_JSON_DEPTH:
        return  # cannot nest deeper: the common case
    # Escapes out first (escaped backslashes, then escaped quotes: bytes.replace goes left to
    # right), so that strings end at the next quote: one linear pass, no backtracking.
    unescaped = body.replace(b"\\\\", b"").replace(b'\\"', b"")
    brackets = _JSON_STRING.sub(b"", unescaped).translate(None, _NOT_BRACKETS)
    steps = (1 if c in b"[{" else -1 for c in brackets)
    if max(accumulate(steps), default=0) > MAX_JSON_DEPTH:
        raise ApiError(400, f"the JSON-LD nests more than {MAX_JSON_DEPTH} objects or arrays deep")
