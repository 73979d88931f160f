"""Date expressions in text, normalised at the precision the text gives and no finer.

"8 September 2025" is an ``xsd:date``; "in March 2022" an ``xsd:gYearMonth``; "in 1998" an
``xsd:gYear``; "late August" a ``gYearMonth`` with the qualifier "late" (never "31 August").
A day and month without a year take the year from the sentence or its paragraph when exactly
one year is written there, else from the publication date; with neither, nothing is returned,
because an invented year is a wrong fact. Relative expressions ("last month", "last November",
"last year") are read against the publication date only. Numeric dates such as "07.12.25" are
ambiguous between day-first and month-first conventions and are never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.vocabulary import XSD

__all__ = ["DateMention", "find_dates"]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_QUAL = r"(?P<qual>early|mid|late|Early|Mid|Late)[- ]"

# Tried in order; a later pattern never overlaps an earlier match.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b(?P<day>[0-3]?\d) {_MONTH},? {_YEAR}\b")),
    ("mdy", re.compile(rf"\b{_MONTH} (?P<day>[0-3]?\d)(?:st|nd|rd|th)?,? {_YEAR}\b")),
    ("qmy", re.compile(rf"\b{_QUAL}{_MONTH},? {_YEAR}\b")),
    ("my", re.compile(rf"\b{_MONTH},? {_YEAR}\b")),
    ("dm", re.compile(rf"\b(?P<day>[0-3]?\d) {_MONTH}(?![\w-])(?!,? \d)")),
    ("md", re.compile(rf"\b{_MONTH} (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,? \d)(?![.:]\d)")),
    ("qm", re.compile(rf"\b{_QUAL}{_MONTH}\b")),
    ("rel_month", re.compile(r"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) month\b")),
    ("rel_year", re.compile(r"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) year\b")),
    ("rel_named", re.compile(rf"\b(?P<rel>[Ll]ast) {_MONTH}\b")),
    ("rel_week", re.compile(r"\b(?P<rel>[Tt]his|[Ll]ast) week\b")),
    ("in_m", re.compile(rf"\b(?P<prep>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil) {_MONTH}\b(?![ -]\d)")),
    # A bare year: not inside a longer number, a numeric date ("07.12.25"), a reference or a range
    ("y", re.compile(rf"(?<![\w./-]){_YEAR}(?![\w/-]|\.\d)")),
]


@dataclass(frozen=True)
class DateMention:
    """A date found in text; ``start``/``end`` are offsets into the text searched."""

    value: str  # lexical form: 2025-09-08, 2025-08, 2025
    datatype: str  # XSD.date, XSD.gYearMonth or XSD.gYear
    qualifier: str | None
    start: int
    end: int
    text: str


def find_dates(
    text: str, start: int = 0, end: int | None = None, published: str | None = None
) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, in order, with offsets into ``text``.

    ``published`` is the document's publication date (YYYY, YYYY-MM or YYYY-MM-DD), used for
    a missing year and for relative expressions; without it those expressions are skipped.
    """
    stop = len(text) if end is None else end
    span = text[start:stop]
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(span):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = _resolve(kind, m, text, start, stop, published)
            if resolved is None:
                continue
            value, datatype, qualifier = resolved
            taken.append((m.start(), m.end()))
            found.append(
                DateMention(value, datatype, qualifier, start + m.start(), start + m.end(), m.group(0))
            )
    return sorted(found, key=lambda d: d.start)


def _resolve(
    kind: str, m: re.Match[str], text: str, start: int, stop: int, published: str | None
) -> tuple[str, str, str | None] | None:
    groups = m.groupdict()
    month = MONTHS[groups["month"]] if groups.get("month") else None
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    qualifier = groups["qual"].lower() if groups.get("qual") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if kind in ("dmy", "mdy"):
        assert month is not None and year is not None and day is not None
        return f"{year:04d}-{month:02d}-{day:02d}", XSD.date, None
    if kind in ("qmy", "my"):
        return f"{year:04d}-{month:02d}", XSD.gYearMonth, qualifier
    if kind == "y":
        return f"{year:04d}", XSD.gYear, None
    if kind in ("dm", "md", "qm", "in_m"):
        inferred = _context_year(text, start, stop, published)
        if inferred is None:
            return None
        if kind in ("dm", "md"):
            value, datatype = f"{inferred:04d}-{month:02d}-{day:02d}", XSD.date
        else:
            value, datatype = f"{inferred:04d}-{month:02d}", XSD.gYearMonth
        if published and value[: len(published)] > published and str(inferred) == published[:4]:
            return None  # after publication: last year's, or a plan; either way not this year's
        return value, datatype, qualifier
    return _relative(kind, groups, month, published)


def _relative(
    kind: str, groups: dict[str, str | None], month: int | None, published: str | None
) -> tuple[str, str, str | None] | None:
    if published is None:
        return None
    pub_year = int(published[:4])
    pub_month = int(published[5:7]) if len(published) >= 7 else None
    rel = (groups.get("rel") or "").lower()
    shift = {"last": -1, "this": 0, "next": 1}[rel]
    if kind == "rel_year":
        return f"{pub_year + shift:04d}", XSD.gYear, None
    if pub_month is None:
        return None
    if kind == "rel_month":
        total = pub_year * 12 + (pub_month - 1) + shift
        return f"{total // 12:04d}-{total % 12 + 1:02d}", XSD.gYearMonth, None
    if kind == "rel_named":
        assert month is not None
        # "last November" is the most recent November strictly before the publication month
        y = pub_year if month < pub_month else pub_year - 1
        return f"{y:04d}-{month:02d}", XSD.gYearMonth, None
    if kind == "rel_week":
        # a week is not an XSD precision: the publication month, marked as approximate, is
        # all that can be said without inventing a day
        if len(published) < 10 or rel != "this":
            return None
        return published[:7], XSD.gYearMonth, "about"
    return None


# Only a year written with its month anchors a yearless date: "in 1998" in the same paragraph
# says nothing about which September "on 3 September" is.
_ANCHOR = re.compile(rf"(?:\b[0-3]?\d )?{_MONTH}(?: [0-3]?\d(?:st|nd|rd|th)?)?,? {_YEAR}\b")


def _anchor_years(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every month-and-year expression in ``text``."""
    return [(m.start(), int(m.group("year"))) for m in _ANCHOR.finditer(text)]


def _context_year(text: str, start: int, stop: int, published: str | None) -> int | None:
    """The year a yearless date belongs to: the one written with a month in its sentence, else
    the last such year before it in its paragraph, else the publication year. Two different
    years in the sentence make it ambiguous, and nothing is returned."""
    sentence_years = {year for _, year in _anchor_years(text[start:stop])}
    if len(sentence_years) == 1:
        return sentence_years.pop()
    if len(sentence_years) > 1:
        return None
    para_start = text.rfind("\n", 0, start) + 1
    before = _anchor_years(text[para_start:start])
    if before:
        return before[-1][1]
    return int(published[:4]) if published else None
