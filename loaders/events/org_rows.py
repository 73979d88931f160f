"""Suspensions, expulsions and admissions set out as the rows of a fact file or a table under a
heading that names the act::

    SUSPENSIONS
    The Council has applied the rule often since 2009:

    Madagascar ........... 20 March 2009
    Sudan ................ 6 June 2019, and again in October 2021

Each row is a state and the day of the act (or the day first, then the states), with a leader of
dots, a run of spaces, a dash or a colon between them, and nothing else on the line. The act is the
one the heading (or the line leading into the rows) names; the organisation is the one named
between the heading and the rows, or else the one the document's title names. A row whose
heading names no act, or that says more than states and days ("Nigeria ..... 2004-2008",
"Members ..... 15 member states"), tells nothing here: the same layout also lists terms, seats
and figures.
"""

from __future__ import annotations

import re

from loaders.dates import DateMention, anchor_at
from loaders.events._common import _T, KEYS, _dated, heading_above
from loaders.extract_context import Context, View
from loaders.facts import Value
from loaders.frames import STATE
from loaders.mentions import Mention
from loaders.vocabulary import ORG, RDF, TG, XSD

__all__ = ["decision_points", "document_day", "in_point", "listed_states", "table_rows", "title_org"]

# A row: an optional bullet, one side, a leader, the other side
_ROW = re.compile(
    r"(?:[-\u2022*\u2013\u00b7]\s+)?(?P<left>[^\s.:][^\n]*?)"
    r"(?P<leader>\s*(?:\.\s*){2,}|\s{2,}|\t+|\s+[\u2013\u2014-]\s+|:\s+)"
    r"(?P<right>\S[^\n]*?)\s*[.;]?\s*"
)
# Between two states of one side
_STATE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", _T)
# Between two days of one side: "6 June 2019, and again in October 2021"
_DATE_GAP = re.compile(r"\s*(?:,|;)?\s*(?:and\s+)?(?:again\s+)?(?:(?:on|in)\s+)?", _T)

# The act a heading names. "Members" alone is not enough (a council's members are listed with
# the years they were elected): only a heading that says when they joined.
_KINDS = (
    ("suspension", re.compile(r"\bsuspen(?:sions?|ded)\b", _T)),
    ("expulsion", re.compile(r"\b(?:expulsions?|expelled)\b", _T)),
    (
        "admission",
        re.compile(
            r"\b(?:admissions?|admitted|new\s+members?|enlargements?|joined|"
            r"members?(?:hip)?\b[^\n]{0,30}\b(?:since|joined|admitted|admission|entry|accession))\b",
            _T,
        ),
    ),
)
_LEAD_IN_LINES = 3  # lines of prose between the heading and the rows
_HEADING_MAX = 70  # characters


def table_rows(ctx: Context, view: View) -> None:
    """The acts of the row that opens with this sentence (a row's leader of dots may split it in
    two sentences: the second is read from here)."""
    text = ctx.text
    start = text.rfind("\n", 0, view.start) + 1
    if text[start : view.start].strip(" \t-\u2022*\u2013\u00b7"):
        return  # the sentence does not open its line
    end = text.find("\n", view.start)
    end = len(text) if end < 0 else end
    row = _ROW.fullmatch(text, start, end)
    if row is None:
        return
    kind, lead_in = _section(text, start)
    if kind is None:
        return
    views = [ctx.view(s) for s in ctx.document.sentences if start <= s.start < end]
    mentions = [m for v in views for m in v.mentions]
    dates = [d for v in views for d in v.dates]
    states = listed_states(text, mentions, row.start("left"), row.end("left"))
    days = _days(text, dates, row.start("right"), row.end("right"))
    if states is None or days is None:
        states = listed_states(text, mentions, row.start("right"), row.end("right"))
        days = _days(text, dates, row.start("left"), row.end("left"))
    if not states or not days:
        return
    org = _org(ctx, lead_in) or title_org(ctx)
    if org is None:
        return
    for state in states:
        for day in days:
            _row_event(ctx, views, state, org, kind, day)


def listed_states(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention] | None:
    """The states that make up ``text[start:end]`` and nothing else, or None."""
    found = [m for m in mentions if start <= m.start and m.end <= end and m.cls in STATE]
    pos = start
    for i, m in enumerate(found):
        gap = text[pos : m.start]
        if (i == 0 and gap.strip().lower() not in ("", "the")) or (i > 0 and not _STATE_GAP.fullmatch(gap)):
            return None
        pos = m.end
    if not found or text[pos:end].strip(" .;"):
        return None
    return found


def _days(text: str, dates: list[DateMention], start: int, end: int) -> list[DateMention] | None:
    """The days that make up ``text[start:end]`` and nothing else, or None."""
    found = [d for d in dates if start <= d.start and d.end <= end]
    pos = start
    for d in found:
        if not _DATE_GAP.fullmatch(text, pos, d.start):
            return None
        pos = d.end
    if not found or text[pos:end].strip(" .;"):
        return None
    return found


def _section(text: str, row_start: int) -> tuple[str | None, tuple[int, int]]:
    """The act the heading above the rows names, and the span from the heading to the rows."""
    found = heading_above(
        text, row_start, lambda line: _ROW.fullmatch(line) is not None, _is_heading, _LEAD_IN_LINES
    )
    if found is None:
        return None, (row_start, row_start)
    line_start, line_end = found
    kind = _kind(text[line_start:line_end]) or _lead_in_kind(text, line_end, row_start)
    return kind, (line_start, row_start)


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if not letters or len(line) > _HEADING_MAX or line.endswith("."):
        return False
    return all(c.isupper() for c in letters) or len(line.split()) <= 5


def _kind(line: str) -> str | None:
    """The one act a line names; a line naming two ("Expulsions and suspensions") says not which
    row is which."""
    kinds = [kind for kind, words in _KINDS if words.search(line)]
    return kinds[0] if len(kinds) == 1 else None


def _lead_in_kind(text: str, start: int, end: int) -> str | None:
    """The act the line leading into the rows names: "States suspended since 2009:"."""
    lines = [ln.strip() for ln in text[start:end].splitlines() if ln.strip()]
    last = next((ln for ln in reversed(lines) if ln.endswith(":")), None)
    return _kind(last) if last is not None else None


def _org(ctx: Context, span: tuple[int, int]) -> Mention | None:
    """The one organisation named from the heading to the rows, outside a treaty's name; an organ
    stands for its organisation."""
    start, end = span
    treaties = [(m.start, m.end) for m in ctx.mentions if m.cls in (TG.Treaty, TG.Protocol)]
    parents = dict(ctx.registry.linked(str(ORG.subOrganizationOf)))
    found: dict[str, Mention] = {}
    for m in ctx.mentions:
        if not (start <= m.start < end) or any(s <= m.start and m.end <= e for s, e in treaties):
            continue
        if m.cls == TG.IntergovernmentalOrganization:
            found.setdefault(m.key, m)
        elif m.key in parents and _is_igo(ctx, parents[m.key]):
            key = parents[m.key]
            organ = Mention(
                key, TG.IntergovernmentalOrganization, ctx.name(key), m.start, m.end, m.text, True, "organ"
            )
            found.setdefault(key, organ)
    return next(iter(found.values())) if len(found) == 1 else None


def title_org(ctx: Context) -> Mention | None:
    """The one intergovernmental organisation the document's first line names: the subject of a
    fact file ("FACT FILE | The African Union's Peace and Security Council at twenty")."""
    first = ctx.text.lstrip()
    offset = len(ctx.text) - len(first)
    end = offset + (first.find("\n") if "\n" in first else len(first))
    if any(offset <= m.start < end and m.cls in (TG.Treaty, TG.Protocol) for m in ctx.mentions):
        return None  # "Albania joins the Covenant and the Council of Europe": not one subject
    keys = {
        m.key: m
        for m in ctx.mentions
        if offset <= m.start < end and m.cls == TG.IntergovernmentalOrganization
    }
    return next(iter(keys.values())) if len(keys) == 1 else None


def _is_igo(ctx: Context, key: str) -> bool:
    entry = ctx.registry.entry(key)
    return entry is not None and entry.cls == TG.IntergovernmentalOrganization


def _row_event(
    ctx: Context,
    views: list[View],
    state: Mention,
    org: Mention,
    kind: str,
    day: DateMention,
    again: bool = False,
) -> None:
    """One act of the row; a state's second act of the same kind (a row further down, or a second
    day on its row) is a node of its own, keyed by its day."""
    base = KEYS.org_event(state.key, org.key, "readmission" if again else kind)
    key = base
    told = [c for c in ctx.claims if c.subject.key == base and c.predicate in (RDF.type, TG.date)]
    dated = {c.object.lexical for c in told if isinstance(c.object, Value)}
    if told and dated and day.value not in dated:
        key = KEYS.repeated_org_event(state.key, org.key, kind, day.value)
    cls = {"suspension": TG.Suspension, "expulsion": TG.Expulsion}.get(kind, TG.Admission)
    verb = {"admission": "joining", "suspension": "suspended from"}.get(kind, "expelled from")
    here = next(v for v in views if v.start <= state.start < v.end)
    when = next(v for v in views if v.start <= day.start < v.end)
    ctx.node(key, cls, f"{ctx.name(state.key)} {verb} the {ctx.name(org.key)}", here, state.start, state.end)
    ctx.claim(key, TG.state, state.key, here, state.start, state.end)
    ctx.claim(key, TG.organization, org.key, here, state.start, state.end)
    _dated(ctx, when, key, day, day.start, day.end)


# A point of a decision: "i. to suspend the Republic of Guinea from all the governing bodies of
# ECOWAS, with immediate effect;", "(b) to admit Timor-Leste as the eleventh member of ASEAN"
_POINT = re.compile(
    r"[ \t]*(?:\(?(?:[ivxlc]{1,5}|\d{1,2}|[a-h])[.)]|[-\u2022*\u2013])\s+"
    r"to\s+(?P<verb>suspend|expel|readmit|admit)\s+",
    _T,
)
_MARKER = re.compile(r"\(?(?:[ivxlc]{1,5}|\d{1,2}|[a-h])[.)]\s", _T)
# Before a state's short name: its styled name ("the Republic of", "the Federal Republic of")
_STYLED = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}(?:Republic|Kingdom|State|Federation|Sultanate)\s+of\s+(?:the\s+)?)?"
)
# The line the points hang from: the body deciding, in the present tense of the record itself
_DECIDES = re.compile(r"\b(?:decides|resolves|hereby\s+decides)\b[^\n]*:\s*$", _T)
_POINT_KINDS = {"suspend": "suspension", "expel": "expulsion", "readmit": "admission", "admit": "admission"}


def decision_points(ctx: Context, view: View) -> None:
    """An act decided in a numbered point under "the Authority decides:", dated by the record
    (a communiqué's own date): the decision is the record's, in its present tense."""
    text = ctx.text
    start = text.rfind("\n", 0, view.start) + 1
    point = _POINT.match(text, start, view.end)
    if point is None or text[start : view.start].strip() or not _under_decision(text, start):
        return
    from loaders.events.organisations import _membership_of, _org_after_object

    kind = _POINT_KINDS[point.group("verb").lower()]
    state = view.after(point.end(), STATE, within=40)
    if state is None or not _STYLED.fullmatch(text, point.end(), state.start):
        return
    org = _membership_of(view, state) if kind != "admission" else _org_after_object(ctx, view, state, kind)
    day = document_day(ctx, view, point.start("verb"), point.end("verb"))
    if org is None or day is None:
        return
    _row_event(ctx, [view], state, org, kind, day, again=point.group("verb").lower() == "readmit")


def in_point(ctx: Context, view: View) -> bool:
    """Whether the sentence is a point of a decision, which ``decision_points`` reads."""
    start = ctx.text.rfind("\n", 0, view.start) + 1
    return _POINT.match(ctx.text, start, view.end) is not None and _under_decision(ctx.text, start)


def _under_decision(text: str, start: int) -> bool:
    """Whether the points above ``start`` (blank lines and other points between) hang from a line
    of the body deciding."""
    pos = start
    while pos > 0:
        line_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[line_start : pos - 1].strip()
        pos = line_start
        if _DECIDES.search(line):
            return True
        if not line or _POINT.match(line) or _MARKER.match(line):
            continue
        return False
    return False


def document_day(ctx: Context, view: View, start: int, end: int) -> DateMention | None:
    """The record's own date, for an act it decides in its present tense."""
    day = anchor_at(ctx.text, view.start, ctx.document.metadata.date_published)
    if day is None or len(day) != 10:
        return None
    note = f"the date of the record that decides it, {day}"
    return DateMention(day, XSD.date, None, start, end, ctx.text[start:end], note)
