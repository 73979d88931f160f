"""Plain syntax errors: where a SPARQL query or update goes wrong, and what is wrong there.

pyoxigraph (0.5.13) reports a malformed request as ``error at LINE:COLUMN: expected one of …``,
where the list is every alternative its PEG parser tried at the farthest point it reached:
keywords, punctuation, and character classes written out as Unicode ranges (an undeclared
prefix alone yields eight lines of them). That point is often past the real mistake (an
unknown prefix is reported after the name, a missing ``}`` at the end of the text) and the list
rarely names it. Its ``SyntaxError`` has no ``lineno`` or ``offset`` either: the position is
only in the message.

So ``explain`` first reads the text itself for the mistakes people make most, each of which is
certain once found: an unknown word (a misspelt keyword or a function that SPARQL lacks), an
undeclared prefix, a bracket that is never closed or closes the wrong one, a string or IRI that
is never closed, an IRI that is not valid, a request that opens with something other than a
query form or an update operation. Only findings at or before the parser's position count (the
parser could not have gone past a mistake, so a finding beyond it is in text it never reached),
and the first one is reported. Otherwise the parser's own position is kept, with its list cut to
the keywords and punctuation it names, or with the rule it states ("Variables and blank nodes are
not allowed in DELETE DATA").

Requests longer than ``MAX_READ_CHARS`` are not read, only the parser's message is.

Every message is one line: ``line L, column C: what is wrong``, counted in characters from 1,
as the parser counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from graph.errors import QuerySyntaxError

__all__ = ["KEYWORDS", "MAX_READ_CHARS", "explain"]

# Reading the text costs about 0.35 s per MB, holding the GIL: longer requests (data updates, not
# hand-written queries) keep the parser's position and its list only.
MAX_READ_CHARS = 64 * 1024

# Every word SPARQL 1.1 and 1.2 (as oxigraph reads them, with its ADJUST) use bare, outside
# IRIs, prefixed names, variables and strings. Compared without case, as the grammar does.
_WORDS = """
    BASE PREFIX VERSION SELECT CONSTRUCT DESCRIBE ASK DISTINCT REDUCED AS FROM NAMED WHERE GROUP BY
    HAVING ORDER ASC DESC LIMIT OFFSET VALUES UNDEF LOAD SILENT INTO CLEAR DROP CREATE ADD MOVE COPY
    TO INSERT DELETE DATA WITH USING DEFAULT ALL GRAPH OPTIONAL SERVICE BIND MINUS FILTER UNION
    EXISTS NOT IN LATERAL A TRUE FALSE SEPARATOR
    STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE
    LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES
    SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT
    SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM MIN MAX AVG
    SAMPLE GROUP_CONCAT TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE LANGDIR HASLANG HASLANGDIR
    STRLANGDIR ADJUST
"""
KEYWORDS = frozenset(_WORDS.upper().split())
_QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
_UPDATE_OPERATIONS = ("INSERT", "DELETE", "WITH", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY")

_NAME_CHAR = r"(?:[\w.\-\u00b7]|\\.|%[0-9A-Fa-f]{2})"
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n\r]|\\.)*"
              |'(?:[^'\\\n\r]|\\.)*')
  | (?P<open_string>\"\"\"|'''|["'])
  | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
  | (?P<bad_iri><[A-Za-z][A-Za-z0-9+.\-]*://[^>\n]*>?)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<name>(?:[^\W\d]|_){_NAME_CHAR}*(?::(?:[\w.\-:\u00b7]|\\.|%[0-9A-Fa-f]{{2}})*)?
             |:(?:[\w.\-:\u00b7]|\\.|%[0-9A-Fa-f]{{2}})*)
  | (?P<punct>&&|\|\||!=|<=|>=|\^\^|[()\[\]{{}}!|/^*+\-<>=,;.?~])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_PROLOGUE = {"BASE": 2, "PREFIX": 3, "VERSION": 2}  # tokens in each declaration
_PAIRS = {")": "(", "]": "[", "}": "{"}
_CLOSER = {opener: closer for closer, opener in _PAIRS.items()}
_PARSER_MESSAGE = re.compile(r"error at (\d+):(\d+): expected (?:one of )?(.*)", re.DOTALL)
_SHOWN_EXPECTED = 8


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    start: int


@dataclass(frozen=True)
class _Finding:
    at: int  # where the message points
    reached: int  # how far a parser must have read to meet it (for a bracket never closed: the end)
    message: str


def explain(message: str, text: str, *, update: bool = False) -> QuerySyntaxError:
    """The ``QuerySyntaxError`` for pyoxigraph's ``message`` about ``text``: with ``line`` and
    ``column`` of the mistake and one plain line saying what it is.

    A ``message`` not in pyoxigraph's form (a remote server's) is kept as it is.
    """
    parsed = _PARSER_MESSAGE.match(message.strip())
    if parsed is None:
        return QuerySyntaxError(message.strip())
    reached = _offset(text, int(parsed.group(1)), int(parsed.group(2)))
    kind = "update" if update else "query"
    readable = len(text) <= MAX_READ_CHARS
    findings = [f for f in _findings(text, kind) if f.at <= reached] if readable else []
    if findings:
        first = min(findings, key=lambda f: (f.reached, f.at))
        return _error(text, first.at, first.message)
    return _error(text, reached, _from_parser(parsed.group(3), text, reached, kind))


def _error(text: str, offset: int, message: str) -> QuerySyntaxError:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return QuerySyntaxError(message, line=line, column=column)


def _offset(text: str, line: int, column: int) -> int:
    start = 0
    for _ in range(line - 1):
        found = text.find("\n", start)
        if found < 0:
            return len(text)
        start = found + 1
    return min(start + column - 1, len(text))


def _tokens(text: str) -> Iterator[_Token]:
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        assert kind is not None
        if kind not in ("space", "comment"):
            yield _Token(kind, match.group(), match.start())


def _findings(text: str, kind: str) -> Iterator[_Finding]:
    tokens = list(_tokens(text))
    yield from _opening(tokens, len(text), kind)  # first: it says more than "unknown word"
    yield from _lexical(tokens, kind)
    yield from _brackets(tokens, len(text))


def _lexical(tokens: list[_Token], kind: str) -> Iterator[_Finding]:
    """Strings and IRIs never closed, IRIs not valid, unknown words, undeclared prefixes."""
    declared = {
        tokens[i + 1].text.split(":", 1)[0]
        for i, token in enumerate(tokens[:-1])
        if token.kind == "name" and token.text.upper() == "PREFIX" and ":" in tokens[i + 1].text
    }
    for i, token in enumerate(tokens):
        message = _lexical_mistake(token, tokens[i - 1] if i else None, tokens[i + 1 : i + 2], declared, kind)
        if message is not None:
            yield _Finding(token.start, token.start, message)


def _lexical_mistake(
    token: _Token, before: _Token | None, after: list[_Token], declared: set[str], kind: str
) -> str | None:
    if token.kind == "open_string":
        return f"this string is never closed (no matching {token.text})"
    if token.kind == "bad_iri":
        return _bad_iri(token.text)
    if token.kind == "other":
        return f"the character {token.text!r} has no meaning in SPARQL here"
    if token.kind == "iri" and re.match(r"<[A-Za-z][A-Za-z0-9+.\-]*:", token.text):
        try:
            ox.NamedNode(token.text[1:-1])
        except ValueError as exc:
            return f"{token.text} is not a valid IRI ({exc})"
        return None
    if token.kind != "name":
        return None
    if ":" in token.text:
        prefix = token.text.split(":", 1)[0]
        is_declaration = before is not None and before.kind == "name" and before.text.upper() == "PREFIX"
        if prefix == "_" or prefix in declared or is_declaration:
            return None
        return f"the prefix '{prefix}:' is not declared (add PREFIX {prefix}: <…> before the {kind})"
    if token.text.upper() in KEYWORDS:
        return None
    if after and after[0].text == "(":
        return (
            f"'{token.text}' is not a SPARQL function (a function of your own is named by "
            f"an IRI or a prefixed name, such as ex:{token.text})"
        )
    return f"'{token.text}' is not a SPARQL keyword"


def _bad_iri(text: str) -> str:
    if not text.endswith(">"):
        shown = text.split()[0] if text.split() else text
        return f"the IRI {shown} is never closed (no '>' on its line)"
    if re.search(r"\s", text):
        return f"{text} is not a valid IRI: a space in an IRI is written %20"
    return f'{text} is not a valid IRI: it holds a character IRIs cannot (one of " {{ }} | ^ ` \\)'


def _brackets(tokens: list[_Token], end: int) -> Iterator[_Finding]:
    """The first bracket that closes nothing or the wrong one, else the innermost never closed."""
    stack: list[_Token] = []
    for token in tokens:
        if token.kind != "punct":
            continue
        if token.text in _CLOSER:
            stack.append(token)
        elif token.text in _PAIRS:
            if not stack:
                yield _Finding(token.start, token.start, f"'{token.text}' closes nothing")
                return
            opened = stack.pop()
            if opened.text != _PAIRS[token.text]:
                expected = _CLOSER[opened.text]
                message = f"expected '{expected}' (to close '{opened.text}') before '{token.text}'"
                yield _Finding(token.start, token.start, message)
                return
    if stack:
        opened = stack[-1]
        yield _Finding(opened.start, end, f"this '{opened.text}' is never closed")


def _opening(tokens: list[_Token], end: int, kind: str) -> Iterator[_Finding]:
    """A request that is empty, or opens (after its BASE and PREFIX lines) with a word that
    begins no query or update."""
    i = 0
    while i < len(tokens) and tokens[i].kind == "name" and tokens[i].text.upper() in _PROLOGUE:
        i += _PROLOGUE[tokens[i].text.upper()]
    if i >= len(tokens):
        if kind == "query":  # an empty update is a valid one
            yield _Finding(end, end, "the query is empty: it needs a SELECT, CONSTRUCT, DESCRIBE or ASK")
        return
    first = tokens[i]
    forms = _QUERY_FORMS if kind == "query" else _UPDATE_OPERATIONS
    if first.kind != "name" or first.text.upper() not in forms:
        *others, last = forms
        article = "an" if kind == "update" else "a"
        message = f"{article} {kind} begins with {', '.join(others)} or {last}, not '{_near(first.text)}'"
        yield _Finding(first.start, first.start, message)


# --- what the parser said ------------------------------------------------------------------------


def _from_parser(expected: str, text: str, at: int, kind: str) -> str:
    """A plain line from the parser's list of what it expected at ``at``."""
    rules: list[str] = []
    tokens: list[str] = []
    keywords: list[str] = []
    for item in _split_expected(expected):
        if item.startswith('"'):
            tokens.append("'" + item[1:-1].replace('\\"', '"').replace("\\\\", "\\") + "'")
        elif item.startswith("["):
            if item in ("['0'..='9']", "['0' ..= '9']"):
                tokens.append("a digit")
        elif " " in item:
            rules.append(item)
        else:
            keywords.append(item)
    # Keywords alone are the parser trying builtin names wherever a word could start: they
    # name what was expected only beside punctuation.
    words = tokens + keywords if tokens else []
    where = f"at the end of the {kind}" if not text[at:].strip() else f"near '{_near(text[at:])}'"
    for rule in rules:
        if rule == "Prefix not found":
            return f"a prefix used {where} is not declared"
        if rule == "IRI parsing failed":
            return f"an IRI {where} is not valid"
    if rules:
        return f"{rules[0][0].lower()}{rules[0][1:]} ({where})"
    if words:
        shown = ", ".join(words[:_SHOWN_EXPECTED]) + (", …" if len(words) > _SHOWN_EXPECTED else "")
        return f"expected {'one of ' if len(words) > 1 else ''}{shown} {where}"
    if not text[at:].strip():
        return f"the {kind} does not parse (the parser gave up at its end)"
    return f"the {kind} does not parse from here ({where})"


def _split_expected(expected: str) -> Iterator[str]:
    """The items of the parser's comma-separated list; character classes and quoted tokens may
    hold commas and line breaks of their own."""
    i, n = 0, len(expected)
    while i < n:
        while i < n and expected[i] in ", \n":
            i += 1
        if i >= n:
            return
        start = i
        if expected[i] == '"':
            i += 1
            while i < n and expected[i] != '"':
                i += 2 if expected[i] == "\\" else 1
            i += 1
        elif expected[i] == "[":
            quoted = False
            while i < n and (quoted or expected[i] != "]"):
                if expected[i] == "\\":
                    i += 1
                elif expected[i] == "'":
                    quoted = not quoted
                i += 1
            i += 1
        else:
            while i < n and not expected.startswith(", ", i):
                i += 1
        yield expected[start:i].strip()


def _near(rest: str) -> str:
    """The start of ``rest`` as a short quote: its first word or token, at most 30 characters."""
    word = rest.strip().split(maxsplit=1)[0] if rest.strip() else ""
    return word if len(word) <= 30 else word[:29] + "…"
