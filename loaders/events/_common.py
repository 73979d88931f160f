"""What every builder of events shares: the keys minter and dating a node from its sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date as Date
from datetime import timedelta

from loaders.dates import DateMention
from loaders.extract_context import Context, View
from loaders.facts import Value
from loaders.frames import Match
from loaders.iris import Minter
from loaders.mentions import Mention
from loaders.vocabulary import TG, XSD

Builder = Callable[[Context, View, Match, list[Match]], None]


_T = re.IGNORECASE


KEYS = Minter()


def _dated(ctx: Context, view: View, key: str, date: DateMention | None, start: int, end: int) -> None:
    if date is None:
        return
    s, e = min(start, date.start), max(end, date.end)
    ctx.claim(key, TG.date, Value(date.value, date.datatype), view, s, e, date_note=date.note)
    if date.qualifier:
        ctx.claim(key, TG.dateQualifier, Value(date.qualifier), view, s, e)


# The act a fact sheet's row or heading names, by the first letters of its word ("Ratified",
# "Instrument of ratification deposited", "Withdrawal"): the kind and class of the act
ROW_KINDS = (
    ("sign", "signature", TG.Signature),
    ("rat", "ratification", TG.Ratification),
    ("instrument", "ratification", TG.Ratification),
    ("acce", "accession", TG.Accession),
    ("succ", "succession", TG.Succession),
    ("denun", "denunciation", TG.Denunciation),
    ("withdr", "denunciation", TG.Denunciation),
    ("entry", "entry-into-force", TG.EntryIntoForce),
)


def row_kind(word: str) -> tuple[str, str]:
    """The kind and class of the act a row's word names (one of ``ROW_KINDS``)."""
    return next((kind, cls) for stem, kind, cls in ROW_KINDS if word.lower().startswith(stem))


# A fact sheet's row opens its line with a bullet: "- Yemen: acceded on 18 January 1980"
BULLET = re.compile(r"[ \t]*[-\u2022*\u2013][ \t]")


def on_bulleted_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on a line that opens with a bullet."""
    return BULLET.match(text, text.rfind("\n", 0, pos) + 1) is not None


def opened_row(ctx: Context, view: View, row: re.Pattern[str]) -> re.Match[str] | None:
    """A fact sheet's row that this sentence opens: ``row`` matched from the start of its line,
    the sentence opening that line (after a bullet) and holding the row's lead."""
    text = ctx.text
    line = text.rfind("\n", 0, view.start) + 1
    if text[line : view.start].strip(" \t-\u2022*\u2013"):
        return None  # the sentence does not open its line
    found = row.match(text, line)
    return None if found is None or found.end() > view.end else found


def heading_above(
    text: str,
    row_start: int,
    is_row: Callable[[str], bool],
    is_heading: Callable[[str], bool],
    lead_in_lines: int,
) -> tuple[int, int] | None:
    """The span of the heading line above a fact sheet's rows: up from them past blank lines and
    the rows above, and at most ``lead_in_lines`` lines of prose leading in ("States suspended
    since 2009:")."""
    pos = row_start
    prose = 0
    while pos > 0:
        end = pos - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        pos = start
        if not line or (prose == 0 and is_row(line)):
            continue
        if is_heading(line):
            return start, end
        prose += 1
        if prose > lead_in_lines:
            return None
    return None


def _date(view: View, match: Match) -> DateMention | None:
    return view.date_for(match.start, match.end, list(match.starts))


def _state_of_person(ctx: Context, person: Mention) -> str | None:
    for office in ctx.registry.offices_of(person.key):
        entry = ctx.registry.entry(office.organization)
        if entry is not None and entry.cls == TG.State:
            return office.organization
    return None


def _span(*parts: Mention | Match | None) -> tuple[int, int]:
    given = [p for p in parts if p is not None]
    return min(p.start for p in given), max(p.end for p in given)


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip


# "six days later", "a week later", "two days after that": a count of days after the last day named
_LATER = re.compile(
    r"\s+(?:(?:only|just|some)\s+)?(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?P<unit>days?|weeks?)\s+(?:later|after\s+that|afterwards)\b",
    _T,
)


def _days_later(view: View, pos: int, start: int) -> DateMention | None:
    """The date "N days later" right after ``pos`` gives, counted from the last day (a full date)
    named in the sentence before ``start``; nothing where none is named."""
    later = _LATER.match(view.text, pos, view.end)
    if later is None:
        return None
    base = next((d for d in reversed(view.dates) if d.end <= start), None)
    if base is None or base.datatype != XSD.date or base.qualifier:
        return None
    n = int(later.group("n")) if later.group("n").isdigit() else _COUNTS[later.group("n").lower()]
    days = n * 7 if later.group("unit").lower().startswith("week") else n
    value = (Date.fromisoformat(base.value) + timedelta(days=days)).isoformat()
    text = later.group(0).strip()
    note = f"relative: '{text}', counted from {base.text}"
    return DateMention(value, XSD.date, None, later.end() - len(text), later.end(), text, note)
