"""A rough guess, from the text alone, of whether a query is a lookup or a heavy one.

The HTTP service runs lookups (one node's triples, a DESCRIBE, an ASK about a resource, an entity
by its label) in slots of their own, so that they never wait behind an aggregation over the whole
graph. The guess only chooses the queue: every query, lookup or not, still runs in a worker
process that is killed at its time limit, so a heavy query that passes for a lookup costs the
lookups a slot for at most that limit, never a guarantee.

A query looks like a lookup when it is anchored and unordered: it names at least one IRI or
literal outside its prologue and dataset clauses (a pattern with a constant term, which an index
answers by a range scan), and it has no solution modifier or operator that must see every
solution before the first (``ORDER BY``, ``GROUP BY``, ``HAVING``, aggregates), no ``*``/``+``
path closure, no ``SERVICE`` and no ``FROM``.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = [
    "Pattern",
    "ScanKind",
    "is_seek",
    "is_single_scan",
    "looks_like_lookup",
    "scan_bounds",
    "scan_kind",
]

_STRINGS_AND_COMMENTS = re.compile(
    r"""<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*"""
    r"""|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r"""|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'""",
    re.DOTALL,
)
# The prologue's IRIs (BASE <…>, PREFIX p: <…>) anchor nothing.
_PROLOGUE_IRI = re.compile(r"(?i)\b(?:BASE|PREFIX\s+[^\s:]*:)\s*<[^<>]*>")
_HEAVY = re.compile(
    r"(?i)(?<![\w?$:])(?:ORDER|GROUP|HAVING|COUNT|SUM|AVG|MIN|MAX|SAMPLE|GROUP_CONCAT|SERVICE|FROM)(?![\w:])"
)
_PROJECT_ALL = re.compile(r"(?i)\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\*|\bCOUNT\s*\(\s*(?:DISTINCT\s+)?\*")
_HEAVY_WORDS = ("ORDER", "GROUP", "HAVING", "COUNT", "SUM", "AVG", "MIN", "MAX", "SAMPLE", "SERVICE", "FROM")
_CLOSURE = re.compile(r"[*+]")
_MAX_CHARS = 4096  # a longer text is no lookup


def looks_like_lookup(text: str) -> bool:
    """Whether ``text`` looks like a cheap lookup (see the module docstring); a guess."""
    if len(text) > _MAX_CHARS:
        return False
    body = _PROLOGUE_IRI.sub(" ", text)
    anchored = False

    def blank(found: re.Match[str]) -> str:
        nonlocal anchored
        if not found.group().startswith("#"):
            anchored = True
        return " "

    code = _STRINGS_AND_COMMENTS.sub(blank, body)
    if not anchored or _has_heavy(code):
        return False
    return _CLOSURE.search(_PROJECT_ALL.sub(" ", code)) is None


# One triple pattern: three terms, each an IRI, a prefixed name, ``a``, a variable or a literal
# (a string with an optional language tag or datatype, a number, a boolean).
_TERM = (
    r"""(?:<[^<>"{}|^`\\\x00-\x20]*>|[?$]\w+|\ba\b|"""
    r"""(?:"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^\S+)?|"""
    r"""[+-]?\d+(?:\.\d+)?|true|false|"""
    r"""(?:[A-Za-z][\w.\-]*)?:[\w\-]*(?:\.[\w\-]+)*)"""
)
_PATTERN = rf"\{{\s*(?P<s>{_TERM})\s+(?P<p>{_TERM})\s+(?P<o>{_TERM})\s*\.?\s*\}}"
_PROLOGUE = r"(?:\s*(?:BASE\s*<[^<>]*>|PREFIX\s+[^\s:]*:\s*<[^<>]*>))*\s*"
_VARIABLES = r"(?:\s*[?$]\w+)+"
_SINGLE_SCAN = re.compile(
    rf"(?is){_PROLOGUE}(?:"
    rf"(?:SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(?:\*|{_VARIABLES})\s*(?:WHERE\s*)?"
    rf"|(?P<ask>ASK)\s*(?:WHERE\s*)?|CONSTRUCT\s+WHERE\s*){_PATTERN}"
    rf"|DESCRIBE(?P<described>(?:\s*<[^<>\"{{}}|^`\\\x00-\x20]*>)+)"
    rf")\s*(?:LIMIT\s+\d+\s*)?(?P<offset>OFFSET\s+\d+\s*)?"
)


def _has_heavy(code: str) -> bool:
    """``_HEAVY.search(code)``, searched only where one of its words occurs (in ASCII text, where
    upper-casing matches exactly what the case-insensitive search does)."""
    if code.isascii():
        upper = code.upper()
        if not any(word in upper for word in _HEAVY_WORDS):
            return False
    return _HEAVY.search(code) is not None


def is_single_scan(text: str) -> bool:
    """Whether ``text`` is answered by one range scan of an index: a SELECT, ASK or
    ``CONSTRUCT WHERE`` of a single triple pattern whose subject or object is a constant, or a
    DESCRIBE of IRIs. Such a query does at most as much work as its constant term has triples
    (``DISTINCT`` included: it skips repeats as it goes) and streams its answer as it scans, so
    it cannot block past a deadline checked between chunks of output: it may run in a thread
    of the server rather than in a killable worker. Anything else, or anything unsure, is not.
    """
    return _single_scan(text) is not None


def is_seek(text: str) -> bool:
    """Whether ``text`` is a single scan (``is_single_scan``) that ends at its first match: an
    ASK of one triple pattern, no variable repeated and no ``OFFSET``. Its work is one seek in
    an index whatever the store's size, less than handing it to another thread costs, so the
    service answers it where the request arrives."""
    return scan_kind(text) == "seek"


ScanKind = Literal["seek", "scan"]


def scan_kind(text: str) -> ScanKind | None:
    """``"seek"`` for what ``is_seek`` accepts, ``"scan"`` for any other single scan, ``None``
    for anything else: both tests at the cost of one."""
    found = _single_scan(text)
    if found is None:
        return None
    if found.group("ask") is None or found.group("offset") is not None:
        return "scan"
    terms = [found.group("s"), found.group("p"), found.group("o")]
    variables = [term[1:] for term in terms if term.startswith(("?", "$"))]
    # ``<s> ?p ?p`` filters a scan of the subject's triples: not a seek.
    return "seek" if len(set(variables)) == len(variables) else "scan"


Pattern = tuple[str | None, str | None, str | None]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_ABSOLUTE_IRI = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]*:[^<>]*)>")


def scan_bounds(text: str) -> list[Pattern] | None:
    """For a single scan (``is_single_scan``) anchored by an absolute IRI, triple patterns
    whose matches in the store, in any graph, are at least as many as the rows the scan reads:
    each term an absolute IRI, or ``None`` for any term (a variable, or a constant not read
    here: a relative IRI, a prefixed name, a literal). A DESCRIBE gives one pattern per IRI it
    describes; what it adds for blank nodes among their objects is not counted, so a caller
    must take a blank node among the matches for a large scan. ``None`` for anything else.

    Counting those matches up to a bound tells, for a few microseconds, whether the scan is
    small enough to run where the request arrives rather than in another thread."""
    found = _single_scan(text)
    if found is None:
        return None
    described = found.group("described")
    if described is not None:
        iris = _ABSOLUTE_IRI.findall(described)
        return [(iri, None, None) for iri in iris] if len(iris) == described.count("<") else None
    subject, predicate, obj = (_iri(found.group(name)) for name in ("s", "p", "o"))
    if subject is None and obj is None:
        return None
    if found.group("p") in ("a", "A"):
        predicate = _RDF_TYPE
    return [(subject, predicate, obj)]


def _iri(term: str) -> str | None:
    found = _ABSOLUTE_IRI.fullmatch(term)
    return None if found is None else found.group(1)


def _single_scan(text: str) -> re.Match[str] | None:
    if len(text) > _MAX_CHARS:
        return None
    found = _SINGLE_SCAN.fullmatch(text)
    if found is None:
        return None
    subject, obj = found.group("s"), found.group("o")
    if subject is None:  # DESCRIBE <iri> ...
        return found
    return None if subject.startswith(("?", "$")) and obj.startswith(("?", "$")) else found
