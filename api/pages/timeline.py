"""The timeline (``/timeline``): dated events on one axis, 1984 to today, filterable by state,
treaty and body both by GET parameters (no script needed) and in the page (explorer-timeline.js).

Each event is drawn across the whole period its date names: a day, a month or a year, so "March
2022" is a bar over March, not a point on the 1st. Where sources give one event different dates,
each date gets its own bar, marked as disputed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from api.config import Services, services
from api.limits import run_bounded
from api.pages.data import iri_list, select
from api.pages.dates import Span, format_date, parse_span
from api.pages.render import render
from api.pages.terms import EVENT_CLASSES, KINDS, SKOS, TG, class_label

__all__ = ["Bar", "TimelineEvent", "router", "timeline_events"]

router = APIRouter()

FIRST_YEAR = 1984
# Filters: which kinds of related entity an event can be narrowed by.
_FILTERS = (("state", "states"), ("treaty", "treaties"), ("body", "bodies"))


@dataclass(frozen=True)
class Bar:
    date: str
    shown: str
    precision: str
    left: float  # percent of the axis
    width: float
    disputed: bool


@dataclass
class TimelineEvent:
    iri: str
    label: str
    kinds: str
    dates: list[str]
    qualifier: str = ""
    related: set[str] = field(default_factory=set)
    bars: list[Bar] = field(default_factory=list)


def timeline_events(found: Services) -> tuple[list[TimelineEvent], dict[str, str]]:
    """Every event with a date, sorted by its earliest date, and the labels of related entities."""
    rows = select(
        found.store,
        f"""SELECT ?ev ?label ?type ?date ?qualifier ?related ?relatedLabel WHERE {{
          VALUES ?type {{ {iri_list(EVENT_CLASSES)} }}
          ?ev a ?type ; <{TG}date> ?date .
          OPTIONAL {{ ?ev <{SKOS}prefLabel> ?label }}
          OPTIONAL {{ ?ev <{TG}dateQualifier> ?qualifier }}
          OPTIONAL {{ ?ev ?p ?related . FILTER(isIRI(?related) && ?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>)
                     ?related <{SKOS}prefLabel> ?relatedLabel }}
        }}""",
    )
    events: dict[str, TimelineEvent] = {}
    types: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for row in rows:
        iri = row["ev"].value
        event = events.get(iri)
        if event is None:
            label = row["label"].value if "label" in row else iri
            event = events[iri] = TimelineEvent(iri, label, "", [])
        types[iri].add(row["type"].value)
        if row["date"].value not in event.dates:
            event.dates.append(row["date"].value)
        if "qualifier" in row:
            event.qualifier = row["qualifier"].value
        if "related" in row:
            event.related.add(row["related"].value)
            names[row["related"].value] = row["relatedLabel"].value
    for iri, event in events.items():
        event.kinds = ", ".join(sorted(class_label(t) for t in types[iri]))
        event.dates.sort()
    ordered = sorted(events.values(), key=lambda e: (e.dates[0], e.label))
    return ordered, names


def _filter_options(
    found: Services, related: set[str], names: dict[str, str]
) -> dict[str, list[tuple[str, str]]]:
    kinds = {k.slug: k for k in KINDS}
    classes = {c: slug for slug in ("states", "treaties", "bodies") for c in kinds[slug].classes}
    rows = (
        select(
            found.store,
            f"SELECT DISTINCT ?s ?type WHERE {{ VALUES ?s {{ {iri_list(related)} }} "
            f"VALUES ?type {{ {iri_list(classes)} }} ?s a ?type }}",
        )
        if related
        else []
    )
    options: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        options[classes[row["type"].value]].add(row["s"].value)
    return {
        name: sorted(((iri, names.get(iri, iri)) for iri in options[slug]), key=lambda o: o[1].casefold())
        for name, slug in _FILTERS
    }


def _place(events: list[TimelineEvent], start: dt.date, end: dt.date) -> list[TimelineEvent]:
    total = (end - start).days
    shown = []
    for event in events:
        # A year and a day within it agree: keep only the most precise of dates that refine each other.
        dates = [d for d in event.dates if not any(o != d and o.startswith(d) for o in event.dates)]
        spans = [(d, parse_span(d)) for d in dates]
        disputed = len(spans) > 1
        event.bars = []
        for date, span in spans:
            if span is None or span.end <= start or span.start >= end:
                continue
            event.bars.append(_bar(date, span, start, end, total, disputed))
        if event.bars:
            shown.append(event)
    return shown


def _bar(date: str, span: Span, start: dt.date, end: dt.date, total: int, disputed: bool) -> Bar:
    first = max(span.start, start)
    last = min(span.end, end)
    left = 100 * (first - start).days / total
    width = 100 * (last - first).days / total
    return Bar(date, format_date(date), span.precision, round(left, 3), round(width, 3), disputed)


def _ticks(start: dt.date, end: dt.date) -> list[tuple[str, float]]:
    years = end.year - start.year
    step = 1 if years <= 8 else 2 if years <= 16 else 5
    total = (end - start).days
    ticks = []
    for year in range(start.year, end.year + 1):
        if year % step == 0 or step == 1:
            day = dt.date(year, 1, 1)
            if start <= day <= end:
                ticks.append((str(year), round(100 * (day - start).days / total, 3)))
    if years <= 2:  # a short axis also marks quarters
        for year in range(start.year, end.year + 1):
            for month in (4, 7, 10):
                day = dt.date(year, month, 1)
                if start <= day <= end:
                    ticks.append((day.strftime("%b"), round(100 * (day - start).days / total, 3)))
    return ticks


def _year(value: str | None, default: int) -> int:
    try:
        year = int(value) if value else default
    except ValueError:
        return default
    return min(max(year, 1800), 2200)


@router.get("/timeline", response_class=HTMLResponse)
async def timeline(request: Request) -> HTMLResponse:
    """Events on a time axis; ``?state=&treaty=&body=`` (IRIs) filter, ``?from=&to=`` (years) zoom."""
    found = services(request)
    params = request.query_params
    today = dt.date.today()
    first = _year(params.get("from"), FIRST_YEAR)
    last = _year(params.get("to"), today.year)
    if last < first:
        first, last = last, first
    start = dt.date(first, 1, 1)
    end = dt.date(last + 1, 1, 1) if last < today.year else today + dt.timedelta(days=1)
    chosen = {name: params.get(name, "") for name, _ in _FILTERS}

    def gather(bounded: Services) -> tuple[list[TimelineEvent], dict[str, list[tuple[str, str]]]]:
        events, names = timeline_events(bounded)
        related = set().union(*(e.related for e in events)) if events else set()
        return events, _filter_options(bounded, related, names)

    events, options = await run_bounded(request, found, gather)
    events = [e for e in events if all(not iri or iri in e.related for iri in chosen.values())]
    placed = _place(events, start, end)
    zooms = [
        ("1984 to today", FIRST_YEAR, today.year),
        ("Since 2014", 2014, today.year),
        ("Since 2022", 2022, today.year),
        (str(today.year), today.year, today.year),
    ]
    return render_timeline(
        request, placed, options, chosen, first, last, zooms, _ticks(start, end), len(events)
    )


def render_timeline(
    request: Request,
    events: list[TimelineEvent],
    options: dict[str, list[tuple[str, str]]],
    chosen: dict[str, str],
    first: int,
    last: int,
    zooms: list[tuple[str, int, int]],
    ticks: list[tuple[str, float]],
    matching: int,
) -> HTMLResponse:
    return render(
        request,
        "timeline.html",
        {
            "events": events,
            "options": options,
            "filters": _FILTERS,
            "chosen": chosen,
            "first": first,
            "last": last,
            "zooms": zooms,
            "ticks": ticks,
            "hidden": matching - len(events),
        },
    )
