"""Dates at the precision a source gives them: ``1998``, ``1998-03`` or ``1998-03-28``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["Span", "format_date", "parse_span"]

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DATE = re.compile(r"(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class Span:
    """The interval a date covers: a whole year, a whole month or one day, ``[start, end)``."""

    start: dt.date
    end: dt.date
    precision: str  # "year" | "month" | "day"


def parse_span(lexical: str) -> Span | None:
    """The span of an xsd:gYear, xsd:gYearMonth or xsd:date lexical form; ``None`` if it is none."""
    match = _DATE.match(lexical.strip())
    if match is None:
        return None
    try:
        year = int(match.group(1))
        if match.group(3):
            day = dt.date(year, int(match.group(2)), int(match.group(3)))
            return Span(day, day + dt.timedelta(days=1), "day")
        if match.group(2):
            month = int(match.group(2))
            start = dt.date(year, month, 1)
            end = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
            return Span(start, end, "month")
        return Span(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year")
    except ValueError:
        return None


def format_date(lexical: str) -> str:
    """``1998-03-28`` → ``28 March 1998``; ``1998-03`` → ``March 1998``; anything else as given."""
    span = parse_span(lexical)
    if span is None:
        return lexical
    if span.precision == "day":
        return f"{span.start.day} {_MONTHS[span.start.month - 1]} {span.start.year}"
    if span.precision == "month":
        return f"{_MONTHS[span.start.month - 1]} {span.start.year}"
    return str(span.start.year)
