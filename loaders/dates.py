"""Date expressions in text, normalised at the precision the text gives and no finer.

"8 September 2025" is an ``xsd:date``; "in March 2022" an ``xsd:gYearMonth``; "in 1998" an
``xsd:gYear``; "late August" a ``gYearMonth`` with the qualifier "late" (never "31 August").

Dates that are not written in full are resolved against the document and say how
(``DateMention.note``); with nothing to anchor them they are left out, because an invented year
is a wrong fact.

- A day or month without a year ("on 17 March", "in late August") takes the year written with a
  month in its sentence when there is exactly one, else the last one earlier in its paragraph,
  unless another year is written between the two (the story has moved on: the date is left
  undated rather than guessed). Failing both, it is read against the document's date: the most
  recent such day or month on or before it, or, when the words before it speak of the future
  ("will", "is due to", "next"), the first one on or after it.
- Relative expressions are read against the document's date only: "yesterday", "today",
  "tomorrow" and "two days ago" need its day; "on Monday" is the nearest Monday on or before it
  (after it, for the future); "last month", "earlier this month", "three months ago" need its
  month; "last year", "earlier this year", "two years ago" its year; "fourteen years ago today"
  and "exactly fifteen years ago" are the same day that many years before the document's date,
  "twenty years ago this month" that month; "twenty years ago this week" or "on Friday" names a
  day near the anniversary, so it gives the year alone, and nothing where that week runs over two
  years. An anniversary without a count ("many years ago today") is no date, never the
  document's own day.
- A line of a timeline opening with a year ("1948 – adopted on 9 December") gives that year to
  the year-less dates on it; "in February of the following year" is counted from that year, or
  from the year written with a month in the sentence.
- "On 3 March the following year", "27 April of that year", "later that year",
  "a year later" count from the last year their paragraph names before them; with none named
  they are no date (never the document's year: "the next year" of a story told in 1999 is 2000).
  "The previous November", "the following March", "the month before" and "a month later" count
  from the last month and year their paragraph writes before them ("8 January 1990 - Canada
  joins, after signing the previous November": November 1989), and are no date without one.
- A week is no XSD precision: "last week", "this week" and "two weeks ago" are the calendar
  weeks (Monday to Sunday) they name, given as their month when the whole week lies in one month,
  and left undated otherwise.
- Numeric dates such as "07.12.25" are ambiguous between the day-first and month-first
  conventions and are never guessed here, except where the calendar allows only one reading
  ("18/12/2012"); ``read_numeric_date`` reasons about one with the whole
  text to hand, for a document's own date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from loaders.vocabulary import XSD

__all__ = [
    "MONTHS",
    "DateMention",
    "anchor_at",
    "counted_from_the_story",
    "find_dates",
    "full_date",
    "read_numeric_date",
    "speaks_of_future",
    "to_the_day",
    "update_header_end",
]

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
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# An abbreviated month may take a full stop ("Sept. 10"); a full name never does, so a sentence's
# closing stop stays out of the date ("on 17 March.").
_MONTH = (
    r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
    r"(?:(?<=Sept)\.|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.)?"
)
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_QUAL = r"(?P<qual>early|mid|late|Early|Mid|Late)[- ]"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_DAY_REL = r"(?:(?P<rel>[Oo]n|[Ll]ast|[Tt]his|[Nn]ext) )?"
_PRE = r"(?:(?P<pre>[Ee]arlier|[Ll]ater) )?"
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}  # fmt: skip
# "Fourteen years ago today": the counts between twelve and twenty
_TEENS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19}  # fmt: skip
# "Seventy years ago today": the anniversary, to the day
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100}  # fmt: skip
_UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)"
# "twenty-five years ago today": a tens word with its unit
_TENS = "(?:(?:" + "|".join(_TENS_WORDS) + rf")(?:[- ]{_UNITS})?)"
_SMALL = "(?:" + "|".join([*_TEENS, *(w for w in _NUMBERS if len(w) > 2)]) + ")"
# Any count a date is counted back by, in figures or in words: "14", "fourteen", "twenty-five"
_COUNT_WORDS = rf"\d{{1,3}}|{_TENS}|{_SMALL}"
_COUNT = rf"(?P<n>{_COUNT_WORDS}|a|an)"
# "Fourteen years ago", "exactly two decades ago", "a year ago": the count before an anniversary
_YEARS = r"(?P<unit>years?|decades?)"
_AGO = rf"\b(?:(?P<exactly>exactly|precisely) )?{_COUNT} {_YEARS} ago,?"
# A weekday or month name directly followed by a day or a month is part of a longer date.
_NO_DATE_AFTER = r"(?!,?\s+(?:the\s+)?(?:[0-3]?\d(?!\d)|" + "|".join(MONTHS) + r"))"
_LONE_WEEKDAY = rf"{_WEEKDAY}(?![\w-]){_NO_DATE_AFTER}"  # "on Friday", not "on Friday, 6 October"

# Tried in order; a later pattern never overlaps an earlier match.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\w./-])(?P<year>\d{4})-(?P<mm>[01]\d)-(?P<day>[0-3]\d)(?![\w/-]|\.\d)")),
    # "18/12/2012": a numeric date only where the calendar allows one reading of it
    ("numeric", re.compile(
        r"(?<![\w./-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:1[89]|20)\d\d)(?![\w/-]|\.\d)"
    )),
    # "5 March 2013", "the 22nd of November 1969"
    ("dmy", re.compile(rf"\b(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)(?: of)?)? {_MONTH},? {_YEAR}\b")),
    ("mdy", re.compile(rf"\b{_MONTH} (?P<day>[0-3]?\d)(?:st|nd|rd|th)?,? {_YEAR}\b")),
    ("qmy", re.compile(rf"\b{_QUAL}{_MONTH},? {_YEAR}\b")),
    ("my", re.compile(rf"\b{_MONTH},?(?: of)? {_YEAR}\b")),  # "March 2022", "March of 2022"
    # "in February of the following year": the year after the one the sentence or line is about
    ("m_next", re.compile(rf"\b{_MONTH} of the (?P<which>following|next|previous) year\b")),
    # "on 3 March the following year", "on 27 April of that year", "in October of the same year":
    # a day or month in the year the story last named, or the one after or before it
    ("m_ref", re.compile(
        rf"\b(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? )?{_MONTH}"
        rf"(?: (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?,?(?: of)? "
        rf"(?:the (?P<which>following|next|previous|same)|(?P<that>that)) year\b"
    )),
    # "later that year", "the following year", "a year later": a year the story counts from the
    # one it last named, never from the document's own ("the same year" is read with the act
    # it follows: see loaders/extract_context.py)
    ("y_ref", re.compile(
        r"\b(?:(?:[Ll]ater|[Ee]arlier) (?:in )?(?P<that>that) year|"
        r"(?:in )?the (?P<which>following|next|previous|preceding) year|a year (?P<after>later|earlier)"
        r"|the year (?P<rel>before|after)(?=\s*(?:[.,;:)]|$)))\b"  # "signed it the year before."
    )),
    # "8 January 1990 - Canada joins, after signing the previous November", "a month later":
    # a month counted from the last month and year its paragraph wrote before it
    ("m_story", re.compile(rf"\bthe (?P<which>previous|preceding|following) {_MONTH}(?![\w-])(?!,? \d)")),
    ("month_story", re.compile(
        r"\b(?:the (?P<which>previous|preceding|following) month|a month (?P<after>later|earlier)"
        r"|the month (?P<rel>before|after)(?=\s*(?:[.,;:)]|$)))\b"
    )),
    # "the next day", "a day later": the day after the last full date the paragraph gave
    ("d_next", re.compile(r"\b(?:[Tt]he (?:next|following) day|[Aa] day later)\b")),
    # "in April last year", "on 3 June this year", "in March of next year": one expression
    ("m_rel", re.compile(
        rf"\b(?:(?P<day>[0-3]?\d) )?{_MONTH}(?: (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?,?(?: of)? "
        rf"(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) year\b"
    )),
    ("dm", re.compile(rf"\b(?P<day>[0-3]?\d) {_MONTH}(?![\w-])(?!,? \d)")),
    ("md", re.compile(rf"\b{_MONTH} (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,? \d)(?![.:]\d)")),
    ("qm", re.compile(rf"\b{_QUAL}{_MONTH}\b")),
    # "Fourteen years ago today", "exactly ten years ago": the same day, that many years before
    ("ago_today", re.compile(rf"{_AGO} (?:today|this day|to the day)\b", re.I)),
    ("ago_today", re.compile(rf"\b(?P<exactly>exactly|precisely) {_COUNT} {_YEARS} ago\b", re.I)),
    # "Twenty years ago this month": the month, that many years before
    ("ago_month", re.compile(rf"{_AGO} this month\b", re.I)),
    # "Twenty years ago this week", "sixty years ago on Friday": a day near the anniversary, which
    # is certain to the year only
    ("ago_week", re.compile(rf"{_AGO} (?:this week|(?:on|this) {_LONE_WEEKDAY})", re.I)),
    # "many years ago today", "decades ago this week": an anniversary of no count, never the
    # document's own day
    ("ago_uncounted", re.compile(
        rf"\b(?:years|decades) ago,? (?:today|this (?:day|week|month)|on {_LONE_WEEKDAY})",
        re.I,
    )),
    ("rel_day", re.compile(
        r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]his (?:morning|afternoon|evening))\b"
    )),
    ("ago", re.compile(rf"\b{_COUNT} (?P<unit>days?|weeks?|months?|years?) ago\b", re.I)),
    ("rel_month", re.compile(rf"\b{_PRE}(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) month\b")),
    ("rel_year", re.compile(rf"\b{_PRE}(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) year\b")),
    ("rel_named", re.compile(rf"\b(?P<rel>[Ll]ast|[Nn]ext) {_MONTH}(?![\w-])(?!,? \d)")),
    ("rel_week", re.compile(r"\b(?P<rel>[Tt]his|[Ll]ast|[Nn]ext) week\b")),
    ("weekday", re.compile(rf"\b{_DAY_REL}{_WEEKDAY}(?![\w-]){_NO_DATE_AFTER}")),
    ("in_m", re.compile(rf"\b(?P<prep>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil) {_MONTH}\b(?![ -]\d)")),
    # "that September": the month of the year the story is in, never the document's own year
    ("that_m", re.compile(rf"\b[Tt]hat {_MONTH}\b(?![ -]\d)")),
    # A bare year: not inside a longer number, a numeric date ("07.12.25"), a reference or a range
    ("qy", re.compile(rf"\b{_QUAL}{_YEAR}(?![\w/-]|\.\d)")),  # "mid-2005", "early 1990"
    ("y", re.compile(rf"(?<![\w./-]){_YEAR}(?![\w/-]|\.\d)")),
]  # fmt: skip

# Dates counted from a year the story names: with none named they are no date at all, never
# the document's ("in February of the following year" is not February of the document's year)
_COUNTED_FROM_THE_STORY = frozenset({"m_next", "m_ref", "y_ref", "m_story", "month_story"})
# Anniversaries: one that cannot be resolved is no date, never the document's day its "today"
# names ("Fourteen years ago today" is not today)
_ANNIVERSARIES = frozenset({"ago_today", "ago_month", "ago_week", "ago_uncounted"})

# Words before a date that put it in the future: "will meet on 17 March", "is due next month".
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|is due|are due|due to|scheduled|expected to|set to|plans? to|"
    r"planned|intends? to|upcoming|forthcoming)\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date found in text; ``start``/``end`` are offsets into the text searched.

    ``note`` says how a date not written in full was resolved ("relative: 'yesterday', the day
    before the document's date 2012-09-10"); a date written in full has none.
    """

    value: str  # lexical form: 2025-09-08, 2025-08, 2025
    datatype: str  # XSD.date, XSD.gYearMonth or XSD.gYear
    qualifier: str | None
    start: int
    end: int
    text: str
    note: str | None = None


_Resolved = tuple[str, str, str | None, str | None]  # value, datatype, qualifier, note


def find_dates(
    text: str, start: int = 0, end: int | None = None, published: str | None = None
) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, in order, with offsets into ``text``.

    ``published`` is the document's date (YYYY, YYYY-MM or YYYY-MM-DD) that year-less and
    relative expressions are read against; an expression it cannot anchor is skipped.
    """
    stop = len(text) if end is None else end
    span = text[start:stop]
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(span):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            future = speaks_of_future(span[max(0, m.start() - 200) : m.start()])
            resolved = _resolve(kind, m, text, start, stop, published, future)
            if resolved is None:
                if kind in _COUNTED_FROM_THE_STORY or kind in _ANNIVERSARIES:
                    taken.append((m.start(), m.end()))  # "the following year" of no year: no date
                continue
            value, datatype, qualifier, note = resolved
            taken.append((m.start(), m.end()))
            found.append(
                DateMention(value, datatype, qualifier, start + m.start(), start + m.end(), m.group(0), note)
            )
    return sorted(found, key=lambda d: d.start)


def anchor_at(text: str, pos: int, published: str | None) -> str | None:
    """The date that relative expressions at ``pos`` count from: the date of an "Update, 14
    March:" paragraph ``pos`` stands in ("yesterday" there is the day before the update), else
    the document's date."""
    line_start = text.rfind("\n", 0, pos) + 1
    update = _UPDATE.match(text, line_start)
    if update is None:
        # "UPDATE (9 February 2015)" on a line of its own, over the paragraph ``pos`` stands in
        gap = text.rfind("\n\n", 0, line_start)
        first = gap + 2 if gap >= 0 else 0
        heading_end = text.find("\n", first, line_start)
        if heading_end < 0 or first >= line_start:
            return published
        update = _UPDATE_HEADING.fullmatch(text, first, heading_end)
    if update is None:
        return published
    found = find_dates(update.group("date"), published=published)
    if len(found) != 1 or found[0].text.strip() != update.group("date").strip():
        return published
    return found[0].value


def update_header_end(text: str, pos: int) -> int | None:
    """Where the "Update, 14 March:" header of the line ``pos`` stands in ends, if it has one:
    the header's date dates the paragraph, not the events its sentences tell."""
    line_start = text.rfind("\n", 0, pos) + 1
    update = _UPDATE.match(text, line_start)
    return update.end() if update is not None else None


# "Update, 14 March:", "UPDATE (14 March 2024):", "Updated 14 March -", "Note added on 1 February
# 2022:", "Editor's note, 3 May:", "Postscript (3 May):": a later paragraph with a date of its own
_UPDATE = re.compile(
    r"[\s*_#>-]*(?:update[d]?|(?:editor'?s\s+)?note(?:\s+added)?|postscript|addendum|added)\b[,:]?\s*"
    r"(?:on\s+)?\(?(?P<date>[^:()\n]{3,40}?)\)?\s*(?::|\s[-–—])\s",
    re.IGNORECASE,
)


# the same header as a heading line of its own: "UPDATE (9 February 2015)", "Update, 3 May 2021:"
_UPDATE_HEADING = re.compile(
    r"[\s*_#>-]*(?:update[d]?|(?:editor'?s\s+)?note(?:\s+added)?|postscript|addendum)\b[,:]?\s*"
    r"(?:on\s+)?\(?(?P<date>[^:()\n]{3,40}?)\)?\s*:?\s*",
    re.IGNORECASE,
)


# "twenty years to the day after", "ten years to the day since": an anniversary of what follows
_TO_THE_DAY = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_TENS}|{_SMALL}) years to the day (?:after|since)\s+(?:the\s+)?$", re.I
)


def to_the_day(text: str, pos: int, dates: list[DateMention]) -> DateMention | None:
    """The date of what is named at ``pos`` when the words right before it count it back, to the
    day, from the last full date before them ("on 17 July 2018, twenty years to the day after the
    statute was adopted": 17 July 1998); ``dates`` are the dates found in ``text``."""
    lead = _TO_THE_DAY.search(text, max(0, pos - 60), pos)
    if lead is None:
        return None
    n = _count(lead.group("n"))
    base = next((d for d in reversed(dates) if d.end <= lead.start() and d.datatype == XSD.date), None)
    if base is None or not n:
        return None
    y, m, d = (int(x) for x in base.value.split("-"))
    if not _real(y - n, m, d):
        return None
    note = f"anniversary: '{lead.group(0).strip()}' counts {n} years back from {base.value}"
    value = f"{y - n:04d}-{m:02d}-{d:02d}"
    return DateMention(value, XSD.date, None, lead.start(), lead.end(), lead.group(0), note)


def full_date(text: str) -> DateMention | None:
    """The date ``text`` consists of, if it is one date written in full (a weekday may lead)."""
    stripped = text.strip().rstrip(".,")
    stripped = re.sub(rf"^{_WEEKDAY},?\s+", "", stripped)
    found = find_dates(stripped)
    if len(found) == 1 and found[0].text == stripped and found[0].note is None:
        return found[0]
    return None


def speaks_of_future(before: str) -> bool:
    """Whether the words before a date, in its clause, place it in the future."""
    clause = re.split(r"[;.!?]|, (?:but|and) ", before)[-1]
    if _FUTURE.search(clause[-80:]) is not None or _TAKES_EFFECT.search(clause) is not None:
        return True
    # "the treaty enters into force on the ninetieth day after ..., which puts the date at 22
    # April": a present tense of the treaty's rule further back in the clause, nothing past since
    rules = list(_RULE_TENSE.finditer(clause))
    return bool(rules) and _PAST_SINCE.search(clause, rules[-1].end()) is None


# A treaty's rule told in the present tense ("enters into force", "takes effect") anywhere in
# the clause, and a verb in the past after it that makes the date a past one after all ("three
# months after Costa Rica deposited the tenth instrument on 14 January"); a passive in the
# present ("after the tenth instrument is deposited") is the rule's own words
_RULE_TENSE = re.compile(r"\b(?:takes effect|enters into force|comes into force)\b", re.I)
_PAST_SINCE = re.compile(
    r"\b(?:was|were|had|did|ago|last|yesterday|became|came|took|withdrew|made|gave|left)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )\b[a-z]{3,}ed\b",
    re.I,
)


# A present tense that dates what it says: "the withdrawal takes effect on 1 July"
_TAKES_EFFECT = re.compile(
    r"\b(?:takes effect|enters into force|comes into force)(?:\s+for\s+(?:the\s+)?(?-i:[A-Z][\w-]*)"
    r"(?:\s+(?-i:[A-Z][\w-]*)){0,3})?\s+(?:on\s+|in\s+)?$",
    re.I,
)


def _resolve(
    kind: str,
    m: re.Match[str],
    text: str,
    start: int,
    stop: int,
    published: str | None,
    future: bool,
) -> _Resolved | None:
    groups = m.groupdict()
    month = MONTHS[groups["month"]] if groups.get("month") else None
    if groups.get("mm"):
        month = int(groups["mm"])
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    qualifier = groups["qual"].lower() if groups.get("qual") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if kind == "numeric":
        a, b, y = int(groups["a"] or 0), int(groups["b"] or 0), int(groups["y"] or 0)
        readings = {(y, mm, dd) for mm, dd in ((b, a), (a, b)) if 1 <= mm <= 12 and _real(y, mm, dd)}
        if len(readings) != 1:
            return None  # "03/04/2012": day first or month first is not said
        (yy, mm, dd) = readings.pop()
        return (
            f"{yy:04d}-{mm:02d}-{dd:02d}",
            XSD.date,
            None,
            f"numeric: '{m.group(0)}', the only real reading",
        )
    if kind in ("iso", "dmy", "mdy"):
        assert month is not None and year is not None and day is not None
        if not _real(year, month, day):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}", XSD.date, None, None
    if kind in ("qmy", "my"):
        return f"{year:04d}-{month:02d}", XSD.gYearMonth, qualifier, None
    if kind == "y":
        return f"{year:04d}", XSD.gYear, None, None
    if kind == "qy":
        return f"{year:04d}", XSD.gYear, qualifier, None
    if kind == "m_next":
        assert month is not None
        stated = _context_year(text, start, stop)
        if stated is None or stated[0] is None:
            return None
        shift = -1 if groups.get("which") == "previous" else 1
        note = f"year-less: '{m.group(0)}' counts from the year {stated[0]} of '{stated[1]}' {stated[2]}"
        return f"{stated[0] + shift:04d}-{month:02d}", XSD.gYearMonth, None, note
    if kind in ("m_ref", "y_ref"):
        return _story_year(kind, m, groups, month, day, text, start)
    if kind in ("m_story", "month_story"):
        return _story_month(m, groups, month, text, start)
    if kind == "d_next":
        return _day_after(m, text, start)
    if kind == "m_rel":
        assert month is not None
        anchor = _Anchor.parse(published)
        if anchor is None:
            return None
        shift = {"last": -1, "this": 0, "next": 1}[(groups.get("rel") or "").lower()]
        year = anchor.year + shift
        day = day or (int(groups["day2"]) if groups.get("day2") else None)
        note = f"relative: '{m.group(0)}', the year counted from {anchor.phrase}"
        if day is None:
            return f"{year:04d}-{month:02d}", XSD.gYearMonth, None, note
        if not _real(year, month, day):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}", XSD.date, None, note
    if kind == "that_m":
        assert month is not None
        return _yearless(
            m.group(0), month, None, None, text, start, stop, None, future, None, start + m.end()
        )
    if kind in ("dm", "md", "qm", "in_m"):
        assert month is not None
        named = _WEEKDAY_BEFORE.search(text, max(0, start + m.start() - 12), start + m.start())
        weekday = WEEKDAYS.index(named.group("weekday")) if named is not None and day is not None else None
        return _yearless(
            m.group(0), month, day, qualifier, text, start, stop, published, future, weekday, start + m.end()
        )
    anchor = _Anchor.parse(published)
    if anchor is None:
        return None
    return _relative(kind, groups, month, anchor, future, m.group(0))


def _real(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class _Anchor:
    """The document's date at the precision it is known."""

    lexical: str
    year: int
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, published: str | None) -> _Anchor | None:
        if not published or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", published):
            return None
        parts = [int(p) for p in published.split("-")]
        month = parts[1] if len(parts) > 1 else None
        day = parts[2] if len(parts) > 2 else None
        return cls(published, parts[0], month, day)

    @property
    def date(self) -> datetime.date | None:
        if self.month is None or self.day is None:
            return None
        return datetime.date(self.year, self.month, self.day)

    @property
    def phrase(self) -> str:
        return f"the document's date {self.lexical}"


def _yearless(
    words: str,
    month: int,
    day: int | None,
    qualifier: str | None,
    text: str,
    start: int,
    stop: int,
    published: str | None,
    future: bool,
    weekday: int | None = None,
    at: int | None = None,
) -> _Resolved | None:
    stated = _context_year(text, start, stop, month, at)
    undecided = stated is not None and stated[0] is None and stated[2] != "in the same sentence"
    if undecided and weekday is not None:
        # "on Saturday, 18 June" after a story that moved through other years: the weekday says
        # which year, where the document's own year agrees with it
        stated = None
        read = _against_document(words, month, day, published, future)
        if read is None or not _real(read[0], month, day or 1):
            return None
        if datetime.date(read[0], month, day or 1).weekday() != weekday:
            return None
    if (
        stated is not None
        and stated[0] is not None
        and weekday is not None
        and _real(stated[0], month, day or 1)
        and datetime.date(stated[0], month, day or 1).weekday() != weekday
    ):
        # "Last Friday, 6 October, ... which it had signed on 16 July 2015": the weekday is not
        # that year's; the document's own year, where the weekday agrees, or no date
        read = _against_document(words, month, day, published, future)
        if read is None or not _real(read[0], month, day or 1):
            return None
        if datetime.date(read[0], month, day or 1).weekday() != weekday:
            return None
        stated = None
    late = stated is not None and stated[0] is not None and _before_document(stated[0], month, day, published)
    # a timeline's line tells of its year in the present tense ("1987 - The convention enters
    # into force on 26 June"): its year stands, whatever the tense
    row = stated is not None and stated[2] == "opening its line"
    if future and late and not row:
        # "opened for signature on 16 May 2005, will enter into force on 1 June" in 2007: a date
        # still to come cannot fall before the document's own; the year written is another event's
        stated = None
    early = stated is not None and stated[0] is not None and _after_document(stated[0], month, day, published)
    if not future and early and not row:
        # "ratified it on 12 October, and it will enter into force on 1 February 2018" in October
        # 2017: a date told as past cannot fall after the document's own; the year written is the
        # later event's
        stated = None
    if stated is not None:
        stated_year, anchor_text, where = stated
        if stated_year is None:
            return None  # two years written in the sentence: which one is not said
        year = stated_year
        note = f"year-less: '{words}' takes the year {year} from '{anchor_text}' {where}"
    else:
        read = _against_document(words, month, day, published, future)
        if read is None:
            return None
        year, note = read
    if day is not None:
        if not _real(year, month, day):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}", XSD.date, None, note
    return f"{year:04d}-{month:02d}", XSD.gYearMonth, qualifier, note


def _after_document(year: int, month: int, day: int | None, published: str | None) -> bool:
    """Whether the day or month lies wholly after the document's date."""
    anchor = _Anchor.parse(published)
    if anchor is None or anchor.month is None:
        return anchor is not None and year > anchor.year
    return (year, month, day or 1) > (anchor.year, anchor.month, anchor.day or 31)


def _before_document(year: int, month: int, day: int | None, published: str | None) -> bool:
    """Whether the day or month lies wholly before the document's date."""
    anchor = _Anchor.parse(published)
    if anchor is None or anchor.month is None:
        return anchor is not None and year < anchor.year
    return (year, month, day or 31) < (anchor.year, anchor.month, anchor.day or 1)


def _against_document(
    words: str, month: int, day: int | None, published: str | None, future: bool
) -> tuple[int, str] | None:
    """The year of a year-less date read against the document's date, and the note saying so."""
    anchor = _Anchor.parse(published)
    if anchor is None:
        return None
    year = anchor.year
    if anchor.month is not None:
        this = (month, day or 0)
        ref = (anchor.month, anchor.day if anchor.day is not None and day is not None else 0)
        if future and this < ref:
            year += 1
        elif not future and this > ref:
            year -= 1
    if day is not None and not _real(year, month, day):
        return None
    which = "first" if future else "most recent"
    side = "on or after" if future else "on or before"
    named = f"{day} {MONTH_NAMES[month - 1]}" if day is not None else MONTH_NAMES[month - 1]
    if anchor.month is None:
        return year, f"year-less: '{words}' takes the year of {anchor.phrase}"
    return year, f"year-less: '{words}' read as the {which} {named} {side} {anchor.phrase}"


def _relative(
    kind: str,
    groups: dict[str, str | None],
    month: int | None,
    anchor: _Anchor,
    future: bool,
    words: str,
) -> _Resolved | None:
    how = f"relative: '{words}'"
    shift = {"last": -1, "this": 0, "next": 1, "on": 0, "": 0}[(groups.get("rel") or "").lower()]
    if kind == "rel_year":
        return f"{anchor.year + shift:04d}", XSD.gYear, None, f"{how}, counted from {anchor.phrase}"
    if kind == "ago":
        return _ago(groups, anchor, how)
    if kind in _ANNIVERSARIES:
        return _anniversary(kind, groups, anchor, how)
    if anchor.month is None:
        return None
    if kind == "rel_month":
        return (
            _month_value(anchor.year, anchor.month, shift),
            XSD.gYearMonth,
            None,
            (f"{how}, counted from {anchor.phrase}"),
        )
    if kind == "rel_named":
        assert month is not None
        # "last November": the most recent November strictly before the document's month;
        # "next March": the first March strictly after it
        if shift < 0:
            y = anchor.year if month < anchor.month else anchor.year - 1
        else:
            y = anchor.year if month > anchor.month else anchor.year + 1
        return f"{y:04d}-{month:02d}", XSD.gYearMonth, None, f"{how}, counted from {anchor.phrase}"
    base = anchor.date
    if base is None:
        return None
    if kind == "rel_week":
        return _week(base, shift, anchor, how)
    if kind == "rel_day":
        word = (groups.get("word") or "").lower()
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)  # "today", "this morning"
        value = base + datetime.timedelta(days=offset)
        return value.isoformat(), XSD.date, None, f"{how}, counted from {anchor.phrase}"
    if kind == "weekday":
        return _weekday(groups, base, shift, anchor, how, future)
    return None


def _count(words: str) -> int | None:
    """The number a count names: "14", "fourteen", "twenty-five", "a hundred"; ``None`` for
    none ("many")."""
    raw = " ".join(words.lower().replace("-", " ").split())
    if raw.isdigit():
        return int(raw)
    if raw in _TENS_WORDS:
        return _TENS_WORDS[raw]
    tens, _, unit = raw.partition(" ")
    if tens in _TENS_WORDS and unit in _NUMBERS:
        return _TENS_WORDS[tens] + _NUMBERS[unit]  # "twenty-five"
    return _NUMBERS.get(raw) or _TEENS.get(raw)


def _anniversary(kind: str, groups: dict[str, str | None], anchor: _Anchor, how: str) -> _Resolved | None:
    """ "Fourteen years ago today": the same day that many years before the document's date;
    "twenty years ago this month" the same month; "twenty years ago this week" or "on Friday" a
    day near the anniversary, so the year alone, where the days it may be all fall in one year."""
    n = _count(groups.get("n") or "")
    if n is None:
        return None  # "many years ago today": no count, no date
    if (groups.get("unit") or "").lower().startswith("decade"):
        n *= 10  # "two decades ago today"
    if kind == "ago_month":
        if anchor.month is None:
            return None
        that_month = f"{anchor.year - n:04d}-{anchor.month:02d}"
        return that_month, XSD.gYearMonth, None, f"{how}, the same month {n} years before {anchor.phrase}"
    today = anchor.date
    if today is None:
        return None
    if kind == "ago_week":
        # "this week" and "on Friday" name a day up to six days either side of the document's
        earliest, latest = today - datetime.timedelta(days=6), today + datetime.timedelta(days=6)
        if earliest.year != latest.year:
            return None  # "twenty years ago this week" at the turn of a year: which year is not said
        return f"{today.year - n:04d}", XSD.gYear, None, f"{how}, the year {n} years before {anchor.phrase}"
    if not _real(today.year - n, today.month, today.day):
        return None
    same_day = f"{today.year - n:04d}-{today.month:02d}-{today.day:02d}"
    return same_day, XSD.date, None, f"{how}, the same day {n} years before {anchor.phrase}"


def _month_value(year: int, month: int, shift: int) -> str:
    total = year * 12 + (month - 1) + shift
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _ago(groups: dict[str, str | None], anchor: _Anchor, how: str) -> _Resolved | None:
    n = _count(groups.get("n") or "")
    if n is None:
        return None
    unit = (groups.get("unit") or "").lower().rstrip("s")
    counted = f"{how}, counted back from {anchor.phrase}"
    if unit == "year":
        return f"{anchor.year - n:04d}", XSD.gYear, None, counted
    if anchor.month is None:
        return None
    if unit == "month":
        return _month_value(anchor.year, anchor.month, -n), XSD.gYearMonth, None, counted
    base = anchor.date
    if base is None:
        return None
    if unit == "week":
        return _week(base, -n, anchor, how)
    return (base - datetime.timedelta(days=n)).isoformat(), XSD.date, None, counted


def _week(base: datetime.date, shift: int, anchor: _Anchor, how: str) -> _Resolved | None:
    """A calendar week is given as its month when it lies in one month, else left undated."""
    monday = base - datetime.timedelta(days=base.weekday()) + datetime.timedelta(weeks=shift)
    sunday = monday + datetime.timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    note = (
        f"{how}, the week of {monday.isoformat()} to {sunday.isoformat()} counted from "
        f"{anchor.phrase}; a week is given as its month, {MONTH_NAMES[monday.month - 1]} {monday.year}"
    )
    return f"{monday.year:04d}-{monday.month:02d}", XSD.gYearMonth, None, note


def _weekday(
    groups: dict[str, str | None],
    base: datetime.date,
    shift: int,
    anchor: _Anchor,
    how: str,
    future: bool,
) -> _Resolved | None:
    target = WEEKDAYS.index(groups["weekday"] or "")
    back = (base.weekday() - target) % 7
    if shift < 0:  # "last Monday": strictly before the document's day
        offset = -(back or 7)
        side = "before"
    elif shift > 0 or future:  # "next Monday", "will meet on Monday"
        ahead = (target - base.weekday()) % 7
        offset = (ahead or 7) if shift > 0 else ahead
        side = "after" if shift > 0 else "on or after"
    else:
        offset = -back
        side = "on or before"
    value = base + datetime.timedelta(days=offset)
    note = f"{how}, the nearest {groups['weekday']} {side} {anchor.phrase}"
    return value.isoformat(), XSD.date, None, note


# Only a year written with its month anchors a yearless date: "in 1998" in the same paragraph
# says nothing about which September "on 3 September" is.
_ANCHOR = re.compile(rf"(?:\b[0-3]?\d )?{_MONTH}(?: [0-3]?\d(?:st|nd|rd|th)?)?,? {_YEAR}\b")


def _story_year(
    kind: str,
    m: re.Match[str],
    groups: dict[str, str | None],
    month: int | None,
    day: int | None,
    text: str,
    start: int,
) -> _Resolved | None:
    """A date counted from the last year its paragraph names before it ("joined in 1999 and
    ratified it the following year"); undated when the paragraph names none."""
    at = start + m.start()
    para_start = text.rfind("\n", 0, at) + 1
    years = list(_LONE_YEAR.finditer(text, para_start, at))
    if not years:
        return None
    base = int(years[-1].group("year"))
    shift = _direction(groups)
    year = base + shift
    note = f"year-less: '{m.group(0)}' counts from the year {base} named before it"
    if kind == "y_ref":
        return f"{year:04d}", XSD.gYear, None, note
    assert month is not None
    day2 = groups.get("day2")
    day = day or (int(day2) if day2 else None)
    if day is None:
        return f"{year:04d}-{month:02d}", XSD.gYearMonth, None, note
    if not _real(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", XSD.date, None, note


def _direction(groups: dict[str, str | None]) -> int:
    """Which way a count from the story goes: "the following year", "a month later", "the year
    after" forward (1); "the previous November", "a year earlier", "the month before" back (-1);
    "that year", "the same year" not at all (0)."""
    words = {groups.get("which"), groups.get("after"), groups.get("rel")}
    if words & {"following", "next", "later", "after"}:
        return 1
    if words & {"previous", "preceding", "earlier", "before"}:
        return -1
    return 0


def _story_month(
    m: re.Match[str], groups: dict[str, str | None], month: int | None, text: str, start: int
) -> _Resolved | None:
    """A month counted from the last month and year its paragraph wrote before it: "8 January
    1990 - Canada joins, after signing the Charter the previous November" is November 1989,
    "the following March" March 1990, "the month before" December 1989. Undated where the
    paragraph writes no month with its year, or a bare year after it ("in 1995"), since the
    story is then at a month it does not say."""
    at = start + m.start()
    para_start = text.rfind("\n", 0, at) + 1
    anchors = list(_ANCHOR.finditer(text, para_start, at))
    years = list(_LONE_YEAR.finditer(text, para_start, at))
    if not anchors or years[-1].end() != anchors[-1].end():
        return None
    last = anchors[-1]
    base_year, base_month = int(last.group("year")), MONTHS[last.group("month")]
    shift = _direction(groups)
    # relative, as "the next day" is: a full date in apposition says more ("a month later, on 27 June")
    note = f"relative: '{m.group(0)}', counted from '{last.group(0)}' named before it"
    if month is None:  # "the previous month", "a month later"
        return _month_value(base_year, base_month, shift), XSD.gYearMonth, None, note
    if shift < 0:  # "the previous November": the last November strictly before that month
        year = base_year if month < base_month else base_year - 1
    else:  # "the following March": the first March strictly after it
        year = base_year if month > base_month else base_year + 1
    return f"{year:04d}-{month:02d}", XSD.gYearMonth, None, note


def counted_from_the_story(text: str, start: int, end: int) -> int | None:
    """Where the first expression in ``text[start:end]`` that counts from a date the story named
    ("the previous November", "the following year", "a month later") starts, whether or not
    ``find_dates`` could resolve it: a verb it dates has no other date."""
    found = [
        m.start()
        for kind, p in _PATTERNS
        if kind in _COUNTED_FROM_THE_STORY
        for m in p.finditer(text, start, end)
    ]
    return min(found, default=None)


def _day_after(m: re.Match[str], text: str, start: int) -> _Resolved | None:
    """ "The Assembly voted on 12 October 2016, and the Senate the next day": the day after the
    last date written in full before it in its paragraph; none where the paragraph gives none."""
    at = start + m.start()
    para_start = text.rfind("\n", 0, at) + 1
    full = [d for pattern in _FULL for d in pattern.finditer(text, para_start, at)]
    if not full:
        return None
    last = max(full, key=lambda d: d.start())
    year, month, day = int(last.group("year")), MONTHS[last.group("month")], int(last.group("day"))
    if not _real(year, month, day):
        return None
    after = datetime.date(year, month, day) + datetime.timedelta(days=1)
    note = f"relative: '{m.group(0)}', the day after '{last.group(0)}' named before it"
    return after.isoformat(), XSD.date, None, note


_FULL = [pattern for kind, pattern in _PATTERNS if kind in ("dmy", "mdy")]


def _context_year(
    text: str, start: int, stop: int, month: int | None = None, at: int | None = None
) -> tuple[int | None, str, str] | None:
    """The year written with a month in the sentence (year, words, where), else the last such
    year before it in its paragraph; the year is ``None`` when the sentence writes two.

    A paragraph's year is not given to a ``month`` earlier than its own ("joined the UN on 14
    July 2011 ... acceded in January"): a story told in order does not go back within a year
    without saying so ("earlier that year"), so the month is read against the document's date.
    A year written after the date ``at`` in a clause of its own ("on 6 October, which it had
    signed on 16 July 2015") is that clause's, not the date's."""
    in_sentence = [
        a
        for a in _ANCHOR.finditer(text, start, stop)
        if at is None or a.start() < at or not _CLAUSE_OF_ITS_OWN.search(text, at, a.start())
    ]
    years = {int(m.group("year")) for m in in_sentence}
    if len(years) > 1:
        return None, "", "in the same sentence"
    if years:
        return years.pop(), in_sentence[0].group(0), "in the same sentence"
    para_start = text.rfind("\n", 0, start) + 1
    opening = _TIMELINE_YEAR.match(text, para_start, stop)
    if opening is not None:  # a timeline's line: "1948 – adopted on 9 December"
        return int(opening.group("year")), opening.group(0).strip(), "opening its line"
    before = list(_ANCHOR.finditer(text, para_start, start))
    if before and _PRESENT.search(text, para_start, start):
        return None  # a paragraph that speaks of the document's present: read against its date
    if before:
        year = int(before[-1].group("year"))
        later = [int(y.group("year")) for y in _LONE_YEAR.finditer(text, before[-1].end(), start)]
        if any(y != year for y in later):
            return None, "", "after another year in the paragraph"  # the story has moved on
        earlier = month is not None and MONTHS[before[-1].group("month")] > month
        if earlier and not _BACK.search(text, start, stop):
            return None  # a month before the paragraph's own, in a story that moves forward
        return year, before[-1].group(0), "earlier in the paragraph"
    return None


# Words that put a paragraph in the document's present ("enters into force today"), so that a
# year-less date in it is read against the document's date rather than an older year before it.
_PRESENT = re.compile(
    r"\b(?:today|yesterday|tomorrow|this (?:morning|afternoon|evening|week|month)|"
    r"(?:earlier |later )?this year|last (?:week|month))\b",
    re.I,
)
# "earlier that year", "had acceded in January": words that take a story back within its year
_BACK = re.compile(r"\b(?:earlier|previously|before that|had (?:\w+ )?(?:\w+ed|signed|joined))\b", re.I)
_LONE_YEAR = re.compile(rf"\b{_YEAR}\b")
_CLAUSE_OF_ITS_OWN = re.compile(r",\s*(?:which|who|whom|whose|when|after|before|while|since)\b|\bhad\b", re.I)
# "Saturday, 18 June", "on Tuesday 3 May": a weekday right before a year-less date
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY},?\s+(?:the\s+)?$")
_TIMELINE_YEAR = re.compile(rf"\s*(?:[-•*]\s+)?{_YEAR}\s*(?:[–—:]|-\s)")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})")


def read_numeric_date(token: str, text: str) -> tuple[str | None, str]:
    """Read a numeric date such as ``07.12.25`` for a document's own date, and say why.

    Day-first and month-first readings are both tried. A reading the calendar refuses is
    dropped; so is one earlier than a full date the text reports in the past (a page cannot
    report as done what happened after it was written). Only a single surviving reading is
    returned; otherwise the value is ``None`` and the note says which readings remain. A
    two-digit year is 20YY below 50 and 19YY from 50.
    """
    m = _NUMERIC.fullmatch(token.strip())
    if m is None:
        return None, f"'{token}' is not a numeric date"
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if len(m.group("y")) == 2:
        y += 2000 if y < 50 else 1900
    readings = {
        "day.month.year": (y, b, a),
        "month.day.year": (y, a, b),
    }
    real = {name: d for name, d in readings.items() if _real(*d)}
    if len({d for d in real.values()}) == 1:
        name, (yy, mm, dd) = next(iter(real.items()))
        return f"{yy:04d}-{mm:02d}-{dd:02d}", f"'{token}' can only be read as {_spell(yy, mm, dd)}"
    if not real:
        return None, f"'{token}' is no calendar date in either order"
    latest = _latest_past_date(text)
    surviving = {n: d for n, d in real.items() if latest is None or d >= latest[0]}
    shown = " or ".join(f"{n} ({_spell(*d)})" for n, d in real.items())
    if len(surviving) == 1:
        ((name, (yy, mm, dd)),) = surviving.items()
        other = next(n for n in real if n != name)
        assert latest is not None
        return f"{yy:04d}-{mm:02d}-{dd:02d}", (
            f"'{token}' read as {name} ({_spell(yy, mm, dd)}), not {other} "
            f"({_spell(*real[other])}): the text reports '{latest[1]}' as past, which rules out the latter"
        )
    return None, f"'{token}' could be {shown}, and the text does not say which; no date is recorded"


def _spell(year: int, month: int, day: int) -> str:
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def _latest_past_date(text: str) -> tuple[tuple[int, int, int], str] | None:
    """The latest full date the text states outside a future-tense clause."""
    latest: tuple[tuple[int, int, int], str] | None = None
    for d in find_dates(text):
        if d.datatype != XSD.date or d.note is not None:
            continue
        if speaks_of_future(text[max(0, d.start - 80) : d.start]):
            continue
        key = (int(d.value[:4]), int(d.value[5:7]), int(d.value[8:10]))
        if latest is None or key > latest[0]:
            latest = (key, d.text)
    return latest
