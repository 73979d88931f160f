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

__all__ = ["looks_like_lookup"]

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
    if not anchored or _HEAVY.search(code):
        return False
    return _CLOSURE.search(_PROJECT_ALL.sub(" ", code)) is None
