"""The complexity guard: refuse SPARQL that would crash the parser or evaluator of any store.

oxigraph (pyoxigraph and ``oxigraph serve``, 0.5.13) parses and evaluates SPARQL recursively,
so a request that nests deeply, or chains many operators that become one deep tree, overflows
the thread's stack: a segmentation fault in pyoxigraph (the whole process, not an exception)
and an abort of ``oxigraph serve``. Measured in a subprocess, one construct at a time, the
smallest counts that crash either of them:

=========================================  ==========  =============================
construct                                  crashes at  fine at
=========================================  ==========  =============================
nested ``{`` groups                        3,000       2,000
nested ``FILTER EXISTS {``                 1,000       500
nested function calls ``STR(STR(…))``      1,000       500
nested ``(`` in an expression or a path    10,000      3,000
unary ``!`` run (``!!!…?x``)               10,000      3,000
``&&`` / ``||`` / ``+`` / ``*`` chains     10,000      3,000
``UNION``, ``FILTER`` chains               10,000      3,000
``MINUS``, ``BIND``, ``(… AS ?v)`` chains  3,000       2,000
``|`` alternative paths                    30,000      10,000
=========================================  ==========  =============================

(``^^^<p>``, ``!!<p>`` and ``- - ?x`` are syntax errors there, so they cannot chain.) Hence two
bounds, far below every crash and far above what a person writes:

- *depth*: open ``(``, ``[`` and ``{`` plus the current run of unary ``!``, at most
  ``MAX_NESTING``;
- *operators*: the number of tokens that each add one node to a chain (``&& || ! | / ^ * + -``
  in expressions and paths, and the keywords ``UNION OPTIONAL MINUS FILTER BIND AS EXISTS
  SERVICE GRAPH VALUES SELECT``), at most ``MAX_OPERATORS``. Lists that oxigraph keeps flat
  (``VALUES`` rows, ``IN (…)``, function arguments, the triples of ``INSERT DATA``) do not count.

How the text is read. Strings and comments are skipped (brackets there are not syntax). A short
string ends at a line break as the grammar says, and an unterminated one is read as code, so a
malformed string can only raise the counts. ``<`` is ambiguous: an IRI, or "less than" inside
an expression, where ``(?a<?b+?b)>?c`` is a comparison the parser reads operator by operator.
So inside parentheses, after an operand, what a ``<…>`` holds is counted as code as well, unless
it opens with a scheme and ``//`` (``<http://…``), which no expression can; everywhere else
``<…>`` is an IRI and skipped. SPARQL has no escapes outside strings,
IRIs and prefixed names (oxigraph reads ``\\u0028`` in a query as an error, not as ``(``),
so a keyword or bracket cannot be hidden in an escape.

Some requests below these bounds are slow rather than dangerous (a basic graph pattern of 200
triple patterns takes oxigraph about 30 s to plan): queries have their time limit for that.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from graph.errors import QuerySyntaxError

__all__ = ["MAX_NESTING", "MAX_OPERATORS", "QueryShape", "check_complexity", "measure"]

MAX_NESTING = 100
MAX_OPERATORS = 1000

_KEYWORDS = frozenset(
    {"UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "AS", "EXISTS", "SERVICE", "GRAPH", "VALUES", "SELECT"}
)

# One token of interest per match; names, variables and numbers are matched whole so that
# nothing inside them (a ``\\'`` escape in a prefixed name, the ``-`` of ``ex:a-b``) is mistaken
# for syntax.
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n\r]|\\.)*"
              |'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<name>(?:[^\W\d]|_)(?:[\w.\-\u00b7]|\\.|%[0-9A-Fa-f]{2})*(?::(?:[\w.\-:\u00b7]|\\.|%[0-9A-Fa-f]{2})*)?
             |:(?:[\w.\-:\u00b7]|\\.|%[0-9A-Fa-f]{2})*)
  | (?P<op>&&|\|\||!=|<=|>=|\^\^|[()\[\]{}!|/^*+\-<>=,;.])
  | (?P<escape>\\.)
    """,
    re.VERBOSE | re.DOTALL,
)
_OPERATORS = frozenset({"&&", "||", "!", "|", "/", "^", "*", "+", "-"})
_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")
_OPERAND_KINDS = frozenset({"string", "iri", "var", "number", "name", "lang"})

# The fast path for large data updates: with no parenthesis outside IRIs, strings and comments
# there is no expression, so every ``<…>`` is an IRI and plain counting is exact. (IRIs come
# first: a "#" inside one does not start a comment.)
_IRIS_STRINGS_AND_COMMENTS = re.compile(
    r"""<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*"""
    r"""|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r"""|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'""",
    re.DOTALL,
)
_SIMPLE = re.compile(r"[\[\]{}]|&&|\|\||!=|\^\^|[!|/^*]")
_KEYWORD = re.compile(r"(?<![\w?$:])(?:" + "|".join(sorted(_KEYWORDS)) + r")(?![\w:])", re.IGNORECASE)
# An IRI with a scheme and "//" cannot also be read as the right side of a comparison: after the
# prefixed name "http:", "//" is a syntax error at once, so such a token in a VALUES row or an
# IN list is an IRI, and its slashes are not path operators.
_ABSOLUTE = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]*://")
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w?$:])FROM(?![\w:])", re.IGNORECASE)


@dataclass(frozen=True)
class QueryShape:
    """What the guard measured: the deepest nesting, the operator count, and whether the
    ``SERVICE`` and ``FROM`` keywords occur as syntax (not in a string, comment, IRI or name).

    ``FROM`` only ever opens a query's dataset clause (``FROM <g>`` / ``FROM NAMED <g>``), so
    ``names_dataset`` says the query describes its own RDF dataset."""

    depth: int
    operators: int
    mentions_service: bool
    names_dataset: bool = False


def check_complexity(
    text: str, *, max_depth: int = MAX_NESTING, max_operators: int = MAX_OPERATORS
) -> QueryShape:
    """Refuse ``text`` (a query or an update) if it nests or chains beyond the bounds; return
    its shape otherwise.

    Cheap (regular expressions; about 0.1 s per MB of query text, less for ``INSERT DATA``), so
    it runs on every request before any store sees it.

    :raises QuerySyntaxError: naming the bound that was passed.
    """
    shape = measure(text)
    if shape.depth > max_depth:
        raise QuerySyntaxError(
            f"the request nests {shape.depth} levels deep (brackets and '!'); at most {max_depth} are allowed"
        )
    if shape.operators > max_operators:
        raise QuerySyntaxError(
            f"the request chains {shape.operators} operators (UNION, OPTIONAL, FILTER, BIND, &&, "
            f"||, +, paths ...); at most {max_operators} are allowed"
        )
    return shape


def measure(text: str) -> QueryShape:
    """The ``QueryShape`` of ``text`` (see the module docstring for how it is read).

    A query is measured where the HTTP layer receives it and again by the store that runs it;
    the shapes of recent short texts are remembered, so the second time costs nothing."""
    if len(text) <= _CACHED_CHARS:
        return _measure_cached(text)
    return _measure(text)


# Short texts only: the cache holds at most _CACHE_SIZE * _CACHED_CHARS characters.
_CACHED_CHARS = 16384
_CACHE_SIZE = 256


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _measure_cached(text: str) -> QueryShape:
    return _measure(text)


def _measure(text: str) -> QueryShape:
    code = _IRIS_STRINGS_AND_COMMENTS.sub(" ", text)
    if "(" not in code:
        return _measure_without_expressions(code)
    return _measure_tokens(text)


def _measure_without_expressions(code: str) -> QueryShape:
    depth = deepest = operators = run = 0
    for found in _SIMPLE.finditer(code):
        token = found.group()
        if token in ("[", "{"):
            depth += 1
            deepest = max(deepest, depth + run)
            run = 0
        elif token in ("]", "}"):
            depth = max(depth - 1, 0)
            run = 0
        elif token == "!":
            run += 1
            operators += 1
            deepest = max(deepest, depth + run)
        elif token in ("!=", "^^"):
            run = 0
        else:
            run = 0
            operators += 1
    if code.isascii():  # the case-insensitive searches only where the words occur
        upper = code.upper()
        operators += _keywords_ascii(upper)
        service = "SERVICE" in upper and _SERVICE.search(code) is not None
        dataset = "FROM" in upper and _FROM.search(code) is not None
        return QueryShape(deepest, operators, service, dataset)
    operators += len(_KEYWORD.findall(code))
    return QueryShape(deepest, operators, _SERVICE.search(code) is not None, _FROM.search(code) is not None)


# In ASCII text a keyword of the guard is a whole run of letters, neither preceded by a letter,
# digit, "_", "?", "$" or ":" nor followed by a letter, digit, "_" or ":": what ``_KEYWORD``
# finds, counted from the runs of letters of the upper-cased text.
_ASCII_WORD = re.compile(r"(?<![\w?$:])[A-Z]+(?![\w:])")


def _keywords_ascii(upper: str) -> int:
    return sum(1 for word in _ASCII_WORD.findall(upper) if word in _KEYWORDS)


def _measure_tokens(text: str, within: str = "") -> QueryShape:
    """``within`` is the bracket the text is read inside (``"("``: an expression)."""
    stack: list[str] = [within] if within else []
    deepest = operators = run = 0
    service = dataset = False
    after_operand = False
    for found in _TOKEN.finditer(text):  # no token is empty: each search starts past the last
        kind = found.lastgroup
        token = found.group()
        if kind == "comment":
            continue
        if kind == "iri" and after_operand and stack and stack[-1] == "(" and not _ABSOLUTE.match(token):
            # Maybe "less than" in an expression, maybe an IRI in a list: count what is inside
            # as code too (with "#" not starting a comment, which could hide the rest of the
            # line from this reading but not from the parser's other one).
            inner = _measure_tokens(token[1:-1].replace("#", " "), "(")
            deepest = max(deepest, len(stack) + inner.depth - 1)
            operators += inner.operators
            service = service or inner.mentions_service
            dataset = dataset or inner.names_dataset
            run = 0
            continue
        if kind == "op":
            if token in _OPENING:
                stack.append(token)
                deepest = max(deepest, len(stack) + run)
                run = 0
                after_operand = False
            elif token in _CLOSING:
                if stack:
                    stack.pop()
                run = 0
                after_operand = True
            elif token == "!":
                run += 1
                operators += 1
                deepest = max(deepest, len(stack) + run)
                after_operand = False
            else:
                run = 0
                # A sign outside parentheses belongs to a number in data ("-5"), not to an expression.
                if token in _OPERATORS and (token not in "+-" or (stack and stack[-1] == "(")):
                    operators += 1
                after_operand = False
        elif kind == "name":
            run = 0
            word = token.upper()
            if word in _KEYWORDS:
                operators += 1
                service = service or word == "SERVICE"
            dataset = dataset or word == "FROM"
            after_operand = True
        elif kind in _OPERAND_KINDS:
            run = 0
            after_operand = True
        else:  # an escape outside a name: not valid SPARQL, the parser stops there
            run = 0
    return QueryShape(deepest, operators, service, dataset)
