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

__all__ = ["QueryForm", "expand_escaped_names", "query_form"]

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


# Tokens that may hold a backslash without it escaping a local name: strings, IRIs, comments.
_TOKENS = re.compile(
    r"""(?P<keep>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>|\#[^\n]*)
      |(?P<name>(?<![\w?$])(?P<prefix>[A-Za-z][\w.-]*)?:(?P<local>(?:[\w:%-]|\\[-_~.!$&'()*+,;=/?#@%])
        (?:[\w.:%-]|\\[-_~.!$&'()*+,;=/?#@%])*))""",
    re.VERBOSE,
)
_PREFIX_DECL = re.compile(r"PREFIX\s*([^\s:<]*):\s*<([^>]*)>", re.IGNORECASE)
_ESCAPE = re.compile(r"\\(.)")


def expand_escaped_names(sparql: str) -> str:
    """``sparql`` with every prefixed name holding a backslash escape (``id:org\\/cpt``) written
    as the full IRI it stands for (``<…/org/cpt>``): the same query, for servers whose parser
    has no local-name escapes (Virtuoso 7). Anything else is left exactly as it was."""
    if "\\" not in sparql:
        return sparql
    prefixes = {name: iri for name, iri in _PREFIX_DECL.findall(sparql)}

    def replace(match: re.Match[str]) -> str:
        if match.group("keep") is not None:
            return match.group(0)
        local = match.group("local")
        trailing = len(local) - len(local.rstrip("."))  # a name never ends with '.': the triple's end
        local = local[: len(local) - trailing]
        namespace = prefixes.get(match.group("prefix") or "")
        if "\\" not in local or namespace is None:
            return match.group(0)
        unescaped = _ESCAPE.sub(r"\1", local)
        return f"<{namespace}{unescaped}>" + "." * trailing

    return _TOKENS.sub(replace, sparql)
