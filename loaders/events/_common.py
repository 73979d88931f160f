"""What every builder of events shares: the keys minter and dating a node from its sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.dates import DateMention
from loaders.extract_context import Context, View
from loaders.facts import Value
from loaders.frames import Match
from loaders.iris import Minter
from loaders.mentions import Mention
from loaders.vocabulary import TG

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
