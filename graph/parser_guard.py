"""Refusing SPARQL text that would overflow pyoxigraph's parser stack, before it is parsed.

pyoxigraph's SPARQL parser recurses once per nested bracket and once per prefix ``!`` (logical
not): a stack overflow is not an exception but the end of the process, so the embedded server
dies with it, and ``oxigraph serve`` behind a remote store likewise. Measured with 0.5.13: an
update holding ``FILTER(!!!…true)`` with 10,000 ``!`` killed the process; brackets see
``graph.execution.nesting_depth``. Both counts skip strings, IRIs and comments, where these
characters are not syntax.
"""

from __future__ import annotations

import re

from graph.errors import QuerySyntaxError
from graph.execution import MAX_NESTING, nesting_depth

__all__ = ["MAX_NOT_RUN", "not_run", "refuse_parser_overflow"]

MAX_NOT_RUN = MAX_NESTING  # hand-written SPARQL has one or two in a row

# Skipped: comments, IRIs, the four kinds of string; counted: runs of "!" not starting "!=".
_TOKEN = re.compile(
    r"""\#[^\n]*
    | <[^<>"{}|^`\\\x00-\x20]*>
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | "(?:[^"\\\n]|\\.)*"
    | '(?:[^'\\\n]|\\.)*'
    | (?P<nots>(?:!(?!=)\s*)+)""",
    re.VERBOSE | re.DOTALL,
)


def not_run(text: str) -> int:
    """The longest run of prefix ``!`` operators in ``text`` (outside strings, IRIs, comments)."""
    if text.count("!") <= MAX_NOT_RUN:
        return 0  # cannot be longer: the common case, at C speed
    longest = 0
    for found in _TOKEN.finditer(text):
        nots = found.group("nots")
        if nots:
            longest = max(longest, nots.count("!"))
    return longest


def refuse_parser_overflow(sparql: str) -> None:
    """Refuse ``sparql`` if it nests deeper than pyoxigraph's parser can safely go.

    :raises QuerySyntaxError: naming what nests too deeply (a client error, 400 over HTTP).
    """
    depth = nesting_depth(sparql)
    if depth > MAX_NESTING:
        raise QuerySyntaxError(f"brackets nest {depth} deep; at most {MAX_NESTING} levels are allowed")
    run = not_run(sparql)
    if run > MAX_NOT_RUN:
        raise QuerySyntaxError(f"{run} '!' operators in a row; at most {MAX_NOT_RUN} are allowed")
