"""What a document's opening lines say about it: headline, dateline, date line and byline.

A plain-text article states its own metadata in a few conventional shapes, all read here from
the first lines only (up to the first paragraph), so a date in the story never becomes the date
of the story:

- a wire dateline opening the first paragraph: ``CARACAS, 10 September 2012 (Reuters) –``,
  ``GENEVA (AP) —``, ``GENEVA (1 July 2021) –``; or on a line of its own, ``Geneva, 1 July 2021``;
- a labelled date: ``Posted 10 September 2013``, ``Published: 3 March 2021``, ``Date: 07.12.25``,
  ``PRESS RELEASE – 1 July 2021``; an ``Updated`` date is not the publication date and is not read;
- a line that is only a date: ``1 July 2021``, ``07.12.25``;
- a byline: ``By Jane Doe`` (the first name when several are given);
- under a ``PRESS RELEASE`` or ``JOINT COMMUNIQUÉ`` line, the line before the date names the
  issuer, who is the publisher;
- the headline: the first short line that is none of the above and not a sentence (it does not
  end in a full stop). A line of one to three words followed by a longer headline is a section
  label ("World News", "Blog") and is passed over. With no such line the title is ``None``, and
  the caller chooses (``loaders.documents`` takes the first sentence).

Each value comes with a plain note of where it was found. Nothing here changes the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.dates import MONTHS, full_date, read_numeric_date
from loaders.lexicon import sections
from loaders.unlisted import is_body_head

__all__ = ["Header", "dateline_end", "read_header"]

_HEADER_LINES = 10  # non-empty lines looked at
_LONG_LINE = 200  # a line this long is a paragraph: the header ends with it
_LETTER = r"[^\W\d_]"
_WORD = rf"{_LETTER}(?:{_LETTER}|['’.-](?={_LETTER}))*\.?"
_MONTH_WORD = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_TEXT = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH_WORD}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    rf"|{_MONTH_WORD}\s+\d{{4}})"  # "Caracas, September 2013": a month, no day
    rf"|{_WEEKDAY}"
)
_NUMERIC = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# A date closing a header line, after a comma or a word such as "broadcast", "aired", "issued",
# perhaps with a note in brackets ("Geneva, 10 October 2017 (excerpt)")
_TRAILING_DATE = re.compile(
    rf"(?:,|\b(?:broadcast|aired|issued|dated|recorded|filed|published))\s+(?P<date>{_DATE_TEXT})"
    r"(?:\s*\([^()\n]{1,30}\))?\s*$",
    re.I,
)
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?:[ /]{_WORD}){{0,3}})"  # "LONDON/BANJUL": a story filed from two places
    rf"(?:,\s*(?P<region>{_WORD}(?:[ ]{_WORD}){{0,2}}))?"
    rf"(?:,?\s*(?P<date>{_DATE_TEXT}))?"
    r"\s*(?:\((?P<paren>[^()\n]{2,40})\))?"
    r"(?:\s*/(?P<wire>[A-Z][\w ]{1,30})/)?"  # "/PRNewswire/"
    r"\s*(?:(?P<dash>--|[-–—:])(?:\s+|$)|$)"
)
# Upper-case words that open a line with a dash but are not places
_NOT_PLACES = frozenset(
    {
        "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "WATCH",
        "LIVE", "PHOTOS", "VIDEO", "COMMENT", "INTERVIEW", "NOTE", "CORRECTION", "FACTBOX",
        "EXPLAINER", "FEATURE", "REVIEW", "SUMMARY", "BACKGROUND", "Q", "A", "FACT", "FACTS", "FACTSHEET",
        "TIMELINE", "CHRONOLOGY", "PROFILE", "OBITUARY", "BRIEFING", "TRANSCRIPT", "PRESS", "NEWS", "MEDIA",
        "ADVISORY", "STATEMENT", "RELEASE", "FOCUS", "ALERT", "GLOSSARY", "EXCERPT", "EXCERPTS", "FAQ",
        "WEEK",
    }
)  # fmt: skip
_LABEL = re.compile(
    r"(?P<label>first published|last updated|published|posted|updated|dated|date|released|issued|"
    r"press release|news release|media release|for immediate release|(?:joint )?communiqu[eé]|"
    r"(?:joint )?statement)\b"
    r"(?:\s+on\b)?\s*[:|–—-]?\s*(?P<rest>.*)",
    re.I,
)
# Lower-case words inside a personal name ("Ana de la Cruz", "Omar al Bashir", "Phil ya Nangoloh"):
# the lexicon's, and the article prefixes written apart
_PARTICLES = frozenset({*sections("particles")["words"], "al", "el"})
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{1,4}}"
_BYLINE = re.compile(rf"[Bb]y:?\s+(?P<name>{_NAME})(?P<rest>.*)")


@dataclass(frozen=True)
class Header:
    """Metadata the text states about itself; ``None`` where it states nothing."""

    title: str | None = None  # None when no line is a headline
    date: str | None = None  # YYYY-MM-DD
    date_note: str | None = None
    place: str | None = None
    publisher: str | None = None
    author: str | None = None
    notes: tuple[str, ...] = ()  # how the title, place, publisher and author were found


@dataclass(frozen=True)
class _Dateline:
    end: int  # just past the dash, or the end of the line
    words: str
    place: str
    date_text: str | None
    agency: str | None
    inline: bool  # the story goes on after it on the same line


def _match_dateline(line: str) -> _Dateline | None:
    m = _DATELINE.match(line)
    if m is None:
        return None
    place, date_text, paren = m.group("place"), m.group("date"), m.group("paren")
    agency = m.group("wire")
    if paren is not None:
        if full_date(paren) is not None or _NUMERIC.fullmatch(paren.strip()):
            date_text = date_text or paren  # "GENEVA (1 July 2021) –"
        elif re.search(r"\d", paren):
            return None
        else:
            agency = paren.strip()
    caps = place == place.upper() and sum(c.isalpha() for c in place) >= 3
    inline = m.group("dash") is not None and m.end() < len(line.rstrip())
    if place.upper() in _NOT_PLACES or place.split()[0].upper() in _NOT_PLACES:
        return None
    if m.group("dash") is None and not m.group(0).strip():
        return None
    if caps:
        if not (date_text or agency or inline):
            return None
    elif not date_text or (m.group("dash") is not None and not inline and m.group("dash") != ":"):
        return None
    if not inline and m.group("dash") is None and not (date_text or agency):
        return None
    words = line[: m.end()].strip()
    if re.fullmatch(_WEEKDAY, place, re.I):  # "Monday 12 March 2019": a date line, no place
        place = ""
    if place and is_body_head(_title_case(place).split()[-1]):
        place = ""  # "Labour Rights Research Centre, 10 June 2019": the issuer's line, no place
    return _Dateline(m.end(), words, _title_case(place) if caps else place, date_text, agency, inline)


def dateline_end(line: str) -> int | None:
    """Where a wire dateline opening ``line`` ends, when the story goes on after it."""
    found = _match_dateline(line)
    return found.end if found is not None and found.inline else None


_LOWER_IN_NAMES = frozenset({"of", "the", "and", "de", "del", "la", "le", "es", "al", "el", "du", "da"})


def _title_case(words: str) -> str:
    """``PORT OF SPAIN`` -> ``Port of Spain``: small words inside a name stay lower case."""

    def word(m: re.Match[str]) -> str:
        w = m.group(0).lower()
        return w if m.start() > 0 and w in _LOWER_IN_NAMES else w.capitalize()

    return re.sub(rf"{_LETTER}+", word, words)


def _read_date(date_text: str, text: str, where: str) -> tuple[str | None, str]:
    token = date_text.strip()
    if _NUMERIC.fullmatch(token):
        value, reason = read_numeric_date(token, text)
        return value, f"from {where}: {reason}"
    found = full_date(token)
    if found is not None and len(found.value) == 10:
        return found.value, f"from {where}"
    if found is not None:
        return None, f"{where} gives no day, so no date is recorded"
    return None, f"{where} gives no year, so no date is recorded"


def _author(name: str) -> str | None:
    words = name.split()
    if words and words[-1].rstrip(".").lower() in ("and", "in", "for", "of", "the"):
        return None
    for word in words:
        if word in _PARTICLES:
            continue
        if not word[0].isupper():
            return None
    if words[0] in _PARTICLES:
        return None
    return _title_case(name) if name == name.upper() else name


_LIST_ITEM = re.compile(r"[-\u2013\u2022*]\s")


def read_header(text: str) -> Header:
    """Read title, date, place, publisher and author from the opening lines of ``text``."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        lines.append(line)
        if len(lines) >= _HEADER_LINES or len(line) > _LONG_LINE:
            break
    date = date_note = place = publisher = author = None
    notes: list[str] = []
    candidates: list[str] = []  # lines that may be the headline, in order
    release = False  # under a "PRESS RELEASE" line, before its date: the issuer's name
    for line in lines:
        if _LIST_ITEM.match(line):
            continue  # "- Judgment: 20 July 2012": a row of a fact sheet, not its header
        label = _LABEL.fullmatch(line)
        dateline = _match_dateline(line)
        byline = _BYLINE.fullmatch(line)
        if label is not None and _is_label(label):
            rest = label.group("rest")
            date_part = re.match(_DATE_TEXT, rest)
            trailing = _TRAILING_DATE.search(rest)  # "Press release, New York, 15 December 2017"
            date_text = date_part.group(0) if date_part else trailing.group("date") if trailing else None
            updated = "updat" in label.group("label").lower()
            if date_text is not None and date is None and date_note is None and not updated:
                date, date_note = _read_date(date_text, text, f"the header line '{line}'")
            release = release or (_is_release(label) and date_text is None)
            by = _BYLINE.search(rest)
            if by is not None and author is None:
                author = _author(by.group("name"))
                if author:
                    notes.append(f"author: from the header line '{line}'")
            continue
        if byline is not None and author is None and _author(byline.group("name")):
            author = _author(byline.group("name"))
            notes.append(f"author: from the byline '{line}'")
            dated = re.search(_DATE_TEXT, byline.group("rest"))  # "By Ana Ruiz | 12 March 2019"
            if dated is not None and date is None and date_note is None:
                date, date_note = _read_date(dated.group(0), text, f"the byline '{line}'")
            continue
        if dateline is not None:
            release = False
            if place is None and dateline.place:
                place = dateline.place
                notes.append(f"place: from the dateline '{dateline.words}'")
            if dateline.agency and publisher is None:
                publisher = dateline.agency
                notes.append(f"publisher: the agency named in the dateline '{dateline.words}'")
            if dateline.date_text and date is None and date_note is None:
                date, date_note = _read_date(dateline.date_text, text, f"the dateline '{dateline.words}'")
            if dateline.inline and _story_after(line, dateline.end):
                break  # the story has begun
            continue
        if full_date(line) is not None or _NUMERIC.fullmatch(line):
            release = False
            if date is None and date_note is None:
                date, date_note = _read_date(line, text, f"the date line '{line}'")
            continue
        trailing = _TRAILING_DATE.search(line)
        if trailing is not None and not line.endswith(".") and full_date(trailing.group("date")) is not None:
            # "Work & Rights, Radio Lakeside, broadcast 25 June 2021", "Headquarters, New York,
            # 28 March 2001", "Legislative Bulletin No. 17, 2 September 2011": a masthead's date
            release = False
            if date is None and date_note is None:
                date, date_note = _read_date(trailing.group("date"), text, f"the header line '{line}'")
            continue
        piped = _piped_date(line)
        if piped is not None:  # "KUALA LUMPUR | Sunday 26 October 2025 | 15:20 MYT"
            release = False
            if date is None and date_note is None:
                date, date_note = _read_date(piped, text, f"the header line '{line}'")
            continue
        if release and publisher is None and len(line) <= _LONG_LINE and not line.endswith("."):
            publisher = line.split(",")[0].strip()  # "Association for Detention Monitoring, Geneva"
            notes.append(f"publisher: the issuer named at the head of the release, '{line}'")
            release = False
            continue
        candidates.append(line)
    title = _title(candidates)
    if title is not None:
        notes.insert(0, "title: the first line that is not a label, date or byline")
    return Header(title, date, date_note, place, publisher, author, tuple(notes))


def _piped_date(line: str) -> str | None:
    """A full date that is one of the fields of a header line set out with bars."""
    if "|" not in line or len(line) > _LONG_LINE:
        return None
    for field in line.split("|"):
        found = re.fullmatch(_DATE_TEXT, field.strip())
        if found is not None and full_date(field.strip()) is not None:
            return field.strip()
    return None


def _story_after(line: str, end: int) -> bool:
    """Whether the words after a dateline on its line begin the story: a sentence, or a long
    run of words; a short label with no closing stop ("CITY COUNCIL - Weekly bulletin") is a
    masthead, and the header goes on below it."""
    rest = line[end:].strip()
    return len(rest) > 40 or rest.endswith((".", "!", "?", '"', "\u201d", ":"))


def _is_label(label: re.Match[str]) -> bool:
    """A labelled header line, not a sentence that opens with "Published" or "Date"."""
    rest = label.group("rest").strip()
    if not rest:
        return True
    if re.match(_DATE_TEXT, rest) or _BYLINE.match(rest):
        return True
    return _is_release(label)


def _is_release(label: re.Match[str]) -> bool:
    """A release, communiqué or statement: the line under it names who issues it."""
    return re.search(r"release|communiqu|statement", label.group("label"), re.I) is not None


def _title(candidates: list[str]) -> str | None:
    """The headline: a short line that is not a sentence; a line of up to three words before a
    longer one is a section label, and a line ending in a colon introduces something else."""
    short = [line for line in candidates if len(line) <= _LONG_LINE and not line.endswith((".", ":"))]
    for i, line in enumerate(short):
        if len(line.split()) <= 3 and any(len(later.split()) > 3 for later in short[i + 1 :]):
            continue
        return line
    return None
