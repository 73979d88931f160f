"""The states' acts on a treaty set out as rows of a fact sheet, one state a row::

    Accessions to the 1951 Convention and 1967 Protocol (state – date – notes)
    - Tajikistan – 7 December 1993 – first in the region
    - Kyrgyzstan – 8 October 1996

    The treaty at issue
    - Convention against Torture ... (1984)
    - Senegal: ratified 21 August 1986

A row opens on the state (or states), then a colon or a dash, then the day, with the act's verb
before it or the act named by the heading above the rows ("First ratifications", "Accessions
to ..."). Notes may follow the day. The treaty is the one (or the ones) the heading names, else
the one named between the heading and the row. A text about one state may also list its own
acts, a treaty a row ("- Convention against Torture: acceded 11 June 1996"). A row whose act,
treaty or state nothing settles, or whose value does not open with a day ("not a party"), says
nothing.
"""

from __future__ import annotations

import re

from loaders.dates import DateMention
from loaders.events._clauses import _treaty_action
from loaders.events._common import (
    _T,
    BULLET,
    KEYS,
    _dated,
    heading_above,
    on_bulleted_line,
    opened_row,
    row_kind,
)
from loaders.events.org_rows import listed_states
from loaders.extract_context import TREATY_CLASSES, Context, View
from loaders.extract_counts import dominant_treaty
from loaders.frames import STATE
from loaders.vocabulary import TG

__all__ = ["treaty_rows"]

# A row: a bullet, the states, a colon or a dash, the value
_ROW = re.compile(
    r"[ \t]*[-\u2022*\u2013][ \t]+(?P<left>[^:\n\u2013\u2014]{2,120}?)(?::|[ \t]+[\u2013\u2014-])[ \t]+"
)
_VERB = re.compile(
    r"(?P<verb>signed|ratified|acceded|accession|ratification|signature)?[ \t]*(?:on[ \t]+)?", _T
)
# The acts a heading or a row's verb names, by their stems
_HEADING_KIND = re.compile(r"\b(?:signatures?|ratifications?|accessions?)\b", _T)
_HEADING_MAX = 100
_LEAD_IN_LINES = 2


def treaty_rows(ctx: Context, view: View) -> None:
    """The acts of the row this sentence opens, if it is a row of states' acts on a treaty."""
    text = ctx.text
    row = opened_row(ctx, view, _ROW)
    if row is None:
        return
    line = text.rfind("\n", 0, view.start) + 1
    states = listed_states(text, view.of(STATE), row.start("left"), row.end("left")) or []
    verb = _VERB.match(text, row.end())
    assert verb is not None  # every part of it is optional
    date = next((d for d in view.dates if d.start == verb.end()), None)
    if date is None:
        return
    if not states and verb.group("verb"):
        _own_row(ctx, view, row, verb, date)
        return
    if not states:
        return
    heading = _heading(text, line)
    if heading is None:
        return
    named = verb.group("verb") or _only_kind(text[heading[0] : heading[1]])
    if named is None:
        return
    kind, cls = row_kind(named)
    for treaty in _treaties(ctx, heading, line):
        for state in states:
            key = KEYS.action(state.key, treaty, kind)
            s, e = state.start, date.end
            _treaty_action(ctx, view, key, cls, state.key, treaty, kind, s, e)
            _dated(ctx, view, key, date, s, e)


def _own_row(ctx: Context, view: View, row: re.Match[str], verb: re.Match[str], date: DateMention) -> None:
    """ "- Convention against Torture: acceded 11 June 1996", in a text about one state: a row
    of the treaty and the act with its verb, that state's."""
    text = ctx.text
    treaties = [
        m for m in view.of(TREATY_CLASSES) if row.start("left") <= m.start and m.end <= row.end("left")
    ]
    if len(treaties) != 1 or text[row.start("left") : treaties[0].start].strip().lower() not in ("", "the"):
        return
    if text[treaties[0].end : row.end("left")].strip():
        return
    named = {m.key for m in ctx.mentions if m.cls == TG.State}
    if len(named) != 1:
        return
    state = named.pop()
    kind, cls = row_kind(verb.group("verb"))
    key = KEYS.action(state, treaties[0].key, kind)
    s, e = treaties[0].start, date.end
    _treaty_action(ctx, view, key, cls, state, treaties[0].key, kind, s, e)
    _dated(ctx, view, key, date, s, e)


def _heading(text: str, row_start: int) -> tuple[int, int] | None:
    """The span of the heading above the rows: a short line without a full stop at its end."""
    return heading_above(
        text,
        row_start,
        lambda line: BULLET.match(line) is not None,
        lambda line: len(line) <= _HEADING_MAX and not line.endswith("."),
        _LEAD_IN_LINES,
    )


def _only_kind(heading: str) -> str | None:
    kinds = {m.group(0).lower()[:4] for m in _HEADING_KIND.finditer(heading)}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _treaties(ctx: Context, heading: tuple[int, int], row: int) -> list[str]:
    """The treaties the heading names; else the one named between the heading and the row; else
    the one the document is about."""
    named = [m.key for m in ctx.mentions if heading[0] <= m.start < heading[1] and m.cls in TREATY_CLASSES]
    if named:
        return list(dict.fromkeys(named))
    between = {  # in the lines leading in, not in the rows above
        m.key
        for m in ctx.mentions
        if heading[1] <= m.start < row and m.cls in TREATY_CLASSES and not on_bulleted_line(ctx.text, m.start)
    }
    if between:
        return list(between) if len(between) == 1 else []
    topic = dominant_treaty(ctx)
    return [topic] if topic is not None else []
