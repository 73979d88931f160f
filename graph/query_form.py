"""The form of a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE), read from its first keyword.

A remote store must ask for an answer in a format that fits the query: a server offered both a
results format and an RDF one may pick the results format for a CONSTRUCT (Virtuoso answers it
with ``?s ?p ?o`` bindings), which is then not a graph. The grammar puts only the prologue
(``BASE`` and ``PREFIX`` declarations) and comments before the keyword, so skipping those is
enough; no parser is needed.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["QueryForm", "query_form"]

QueryForm = Literal["solutions", "boolean", "graph"]

_PROLOGUE = re.compile(
    r"(?:\s+|#[^\n]*(?:\n|$)|BASE\s*<[^>]*>|PREFIX\s*[^\s:<]*:\s*<[^>]*>)*",
    re.IGNORECASE,
)
_KEYWORD = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_FORMS: dict[str, QueryForm] = {
    "select": "solutions",
    "ask": "boolean",
    "construct": "graph",
    "describe": "graph",
}


def query_form(sparql: str) -> QueryForm | None:
    """What the query answers with, or ``None`` when it does not start like a query (an update,
    or text the server will reject as malformed)."""
    start = _PROLOGUE.match(sparql)
    found = _KEYWORD.match(sparql, start.end() if start else 0)
    return _FORMS[found.group(1).lower()] if found else None
