"""The status chart (``/status``), its JSON (``/api/status``) and CSV (``/api/status.csv``): states
down, treaties across, each cell the relation on a chosen date, read by :mod:`api.status`.

Parameters, the same for all three: ``date`` (YYYY-MM-DD, default today), ``state`` and ``treaty``
(IRIs or keys such as ``state/rus``; repeatable) and ``system`` (a treaty's IRI or key: that
treaty and the protocols amending or supplementing it). A page costs three queries: the chart,
the treaties' names and families, and the labels of everything shown.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import anyio.to_thread
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from api.config import Services, services
from api.errors import ApiError
from api.media import Offer, negotiate
from api.pages.data import iri_list, labels, select
from api.pages.dates import format_date
from api.pages.render import render
from api.pages.terms import SCHEMA, SKOS, TG, class_label, entity_href, key_of, property_label
from api.status import RELATIONS, Cell, Source, chart, reproducing_query
from ontology.layout import registry_graph

__all__ = ["StatusChart", "StatusRows", "router", "status_chart", "status_for_entity"]

router = APIRouter()

CSV_COLUMNS = (
    "date",
    "state",
    "state_label",
    "treaty",
    "treaty_label",
    "relation",
    "description",
    "since",
    "until",
    "certain",
    "disputed",
    "events",
)
# Colours and words of the legend; the CSS classes are ``rel-<slug>``.
LEGEND = (
    ("signatory", "signatory", "signed, not (yet) ratified"),
    ("party", "party", "ratified, acceded or succeeded: bound"),
    ("withdrawal-notified", "withdrawal notified", "denounced; bound until the withdrawal takes effect"),
    ("no-longer-party", "no longer party", "the withdrawal or cessation has taken effect"),
    ("none", "no relation recorded", "no action dated on or before this date"),
)


# A state's row or a treaty's column: (kind, [(other entity, its label, cell, since in words)]).
StatusRows = tuple[str, list[tuple[str, str, Cell, str]]]


@dataclass(frozen=True)
class TreatyInfo:
    iri: str
    label: str
    short: str
    identifier: str
    system: str  # the treaty at the root of its family of protocols


@dataclass
class StatusChart:
    """What the page, the JSON and the CSV show: the cells and the names around them."""

    date: dt.date
    cells: list[Cell]
    states: list[tuple[str, str]]
    treaties: list[TreatyInfo]
    labels: dict[str, str]
    systems: list[tuple[str, str]] = field(default_factory=list)

    def cell(self, state: str, treaty: str) -> Cell | None:
        return next((c for c in self.cells if c.state == state and c.treaty == treaty), None)


def _iri(value: str, base: str) -> str:
    value = value.strip()
    return value if value.startswith(("http://", "https://", "urn:")) else base + value.lstrip("/")


def _date(request: Request) -> dt.date:
    given = request.query_params.get("date", "").strip()
    if not given:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(given)
    except ValueError as exc:
        raise ApiError(400, f"date must be YYYY-MM-DD, not {given!r}") from exc


def _treaty_info(found: Services, treaties: set[str]) -> dict[str, TreatyInfo]:
    """Names, identifiers and the family root of each treaty, in one query."""
    if not treaties:
        return {}
    rows = select(
        found.store,
        f"""SELECT ?t ?label ?alt ?id ?parent WHERE {{ VALUES ?t {{ {iri_list(treaties)} }}
          {{ ?t <{SKOS}prefLabel> ?label }} UNION {{ ?t <{SKOS}altLabel> ?alt }}
          UNION {{ ?t <{SCHEMA}legislationIdentifier> ?id }}
          UNION {{ ?t (<{SCHEMA}legislationAmends>|<{TG}supplements>)+ ?parent
                   FILTER NOT EXISTS {{ ?parent (<{SCHEMA}legislationAmends>|<{TG}supplements>) ?up }} }}
        }}""",
    )
    names: dict[str, dict[str, set[str]]] = {
        t: {"label": set(), "alt": set(), "id": set(), "parent": set()} for t in treaties
    }
    for row in rows:
        entry = names[row["t"].value]
        for key in ("label", "alt", "id", "parent"):
            if key in row:
                entry[key].add(row[key].value)
    info = {}
    for iri, entry in names.items():
        label = min(entry["label"], default=key_of(iri, found.config.base_iri) or iri)
        # The shortest alias names a column: "ECPT", "CAT", "Protocol No. 1 to the ECPT".
        short = min(entry["alt"] | {label}, key=lambda s: (len(s), s))
        info[iri] = TreatyInfo(
            iri, label, short, min(entry["id"], default=""), min(entry["parent"], default=iri)
        )
    return info


def status_chart(
    found: Services,
    on: dt.date,
    states: list[str] | None = None,
    treaties: list[str] | None = None,
    system: str = "",
) -> StatusChart:
    """The chart on ``on``, narrowed to ``states``, ``treaties`` and a treaty ``system``."""
    base = found.config.base_iri
    cells = chart(found.store, base, registry_graph(base), on, states or (), treaties or ())
    info = _treaty_info(found, {c.treaty for c in cells})
    systems = sorted({i.system for i in info.values()})
    if system:
        cells = [c for c in cells if info[c.treaty].system == system]
    iris = {c.state for c in cells} | {c.treaty for c in cells} | set(systems)
    for cell in cells:
        iris.update(a.iri for a in cell.actions)
        iris.update(s.document for s in _all_sources(cell) if s.document)
    names = labels(found.store, iris)
    state_list = sorted({c.state for c in cells}, key=lambda state: (names.get(state) or state).casefold())
    treaty_list = sorted(
        {info[c.treaty] for c in cells},
        key=lambda t: (info[t.system].label if t.system in info else t.system, t.iri != t.system, t.short),
    )
    return StatusChart(
        date=on,
        cells=cells,
        states=[(s, names.get(s, key_of(s, base) or s)) for s in state_list],
        treaties=treaty_list,
        labels=names,
        systems=[(s, info[s].short if s in info else names.get(s, s)) for s in systems],
    )


def _all_sources(cell: Cell) -> list[Source]:
    found: list[Source] = []
    for action in cell.actions:
        for values in (action.dates, action.effective, action.rules):
            for claim in values.values():
                found.extend(claim.sources)
    for statement in cell.statements:
        found.extend(statement.sources)
    return found


def _chart_from_request(request: Request) -> StatusChart:
    found = services(request)
    base = found.config.base_iri
    params = request.query_params
    states = [_iri(s, base) for s in params.getlist("state") if s.strip()]
    treaties = [_iri(t, base) for t in params.getlist("treaty") if t.strip()]
    system = params.get("system", "").strip()
    return status_chart(found, _date(request), states, treaties, _iri(system, base) if system else "")


# --- JSON and CSV -------------------------------------------------------------------------------


def page_of(iri: str, base: str) -> str:
    return entity_href(iri, base)


def _source_json(source: dict[str, Any], names: dict[str, str], base: str) -> dict[str, Any]:
    document = source.get("document", "")
    page = page_of(document, base) if document else ""
    if page and source.get("start"):
        page += f"#at-{source['start']}"
    return {
        "kind": "registry" if source.get("registry") else "document",
        "graph": source["graph"],
        "document": document or None,
        "title": names.get(document) if document else None,
        "quote": source.get("quote") or None,
        "page": page or None,
        "citation": source.get("citation") or None,
    }


def cell_json(cell: Cell, shown: StatusChart, base: str) -> dict[str, Any]:
    """One cell as ``/api/status`` gives it."""
    names = shown.labels
    raw = cell.as_json()

    def dated(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            {"value": v["value"], "sources": [_source_json(s, names, base) for s in v["sources"]]}
            for v in values
        ]

    events = [
        {
            "iri": action["iri"],
            "label": names.get(action["iri"]),
            "page": page_of(action["iri"], base),
            "types": action["types"],
            "dates": dated(action["dates"]),
            "effective_dates": dated(action["effective_dates"]),
            "effective_rules": dated(action["effective_rules"]),
            "steps": [{**s, "page": page_of(s["iri"], base)} for s in action["steps"]],
        }
        for action in raw["actions"]
    ]
    return {
        "state": {"iri": cell.state, "label": names.get(cell.state), "page": page_of(cell.state, base)},
        "treaty": {"iri": cell.treaty, "label": names.get(cell.treaty), "page": page_of(cell.treaty, base)},
        "date": cell.date,
        "relation": cell.relation,
        "description": cell.description,
        "since": cell.since,
        "until": cell.until,
        "certain": cell.certain,
        "possible": cell.possible,
        "disputed": cell.disputed,
        "notes": cell.notes,
        "events": events,
        "disagreements": [
            {
                "event": d["action"],
                "property": d["property"],
                "changes_cell": d["changes_cell"],
                "values": [
                    {
                        **{k: v for k, v in value.items() if k != "sources"},
                        "sources": [_source_json(s, names, base) for s in value["sources"]],
                    }
                    for value in d["values"]
                ],
            }
            for d in raw["disagreements"]
        ],
        "statements": [
            {
                "property": s["property"],
                "label": s["label"],
                "sources": [_source_json(x, names, base) for x in s["sources"]],
                "note": "undated: says nothing about when",
            }
            for s in raw["statements"]
        ],
    }


def _csv(shown: StatusChart) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line breaks
    writer.writerow(CSV_COLUMNS)
    names = shown.labels
    for cell in shown.cells:
        writer.writerow(
            [
                cell.date,
                cell.state,
                names.get(cell.state, ""),
                cell.treaty,
                names.get(cell.treaty, ""),
                cell.relation or "",
                cell.description,
                cell.since or "",
                cell.until or "",
                str(cell.certain).lower(),
                str(cell.disputed).lower(),
                " ".join(a.iri for a in cell.actions),
            ]
        )
    return out.getvalue()


def _csv_response(shown: StatusChart) -> Response:
    filename = f"treaty-status-{shown.date.isoformat()}.csv"
    return Response(
        _csv(shown),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


_OFFERS = (Offer("application/json", "application/json", "json"), Offer("text/csv", "text/csv", "csv"))


@router.get("/api/status.csv")
async def api_status_csv(request: Request) -> Response:
    """The chart as CSV, one row per cell; the parameters of ``/api/status``."""
    shown = await anyio.to_thread.run_sync(_chart_from_request, request)
    return _csv_response(shown)


@router.get("/api/status", response_model=None)
async def api_status(request: Request) -> Response | dict[str, Any]:
    """``{"date", "relations", "cells": [...]}``; CSV with ``?format=csv`` or ``Accept: text/csv``."""
    chosen = request.query_params.get("format")
    if chosen is None:
        offer = negotiate(request.headers.get("accept"), _OFFERS)
        chosen = offer.format if offer is not None else "json"
    wants_csv = chosen == "csv"
    shown = await anyio.to_thread.run_sync(_chart_from_request, request)
    if wants_csv:
        return _csv_response(shown)
    base = services(request).config.base_iri
    return {
        "date": shown.date.isoformat(),
        "relations": list(RELATIONS),
        "cells": [cell_json(c, shown, base) for c in shown.cells],
    }


# --- the page -----------------------------------------------------------------------------------


def _slug(relation: str | None) -> str:
    return (relation or "none").replace(" ", "-")


def _example(shown: StatusChart, base: str) -> tuple[Cell, str] | None:
    """A cell the example query reproduces: a settled one, preferring one with a withdrawal."""
    settled = [c for c in shown.cells if c.certain and not c.disputed]
    if not settled:
        return None
    chosen = max(settled, key=lambda c: RELATIONS.index(c.relation) if c.relation in RELATIONS else -1)
    return chosen, reproducing_query(chosen.state, chosen.treaty, shown.date, registry_graph(base))


def _event_rows(cell: Cell, names: dict[str, str], base: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for action in cell.actions:
        dates = []
        for label, values in (
            ("date", action.dates),
            ("takes effect", action.effective),
            ("effect rule", action.rules),
        ):
            for value, claim in sorted(values.items()):
                dates.append(
                    {
                        "what": label,
                        "value": format_date(value) if label != "effect rule" else value,
                        "sources": [_source_json(asdict_source(s), names, base) for s in claim.sources],
                    }
                )
        rows.append(
            {
                "iri": action.iri,
                "label": names.get(action.iri) or ", ".join(class_label(t) for t in sorted(action.types)),
                "kinds": ", ".join(class_label(t) for t in sorted(action.types)),
                "dates": dates,
                "steps": sorted(
                    ((min(s.dates), s) for s in action.steps.values() if s.dates),
                    key=lambda p: (p[0], p[1].iri),
                ),
            }
        )
    return rows


def asdict_source(source: Source) -> dict[str, Any]:
    return {
        "graph": source.graph,
        "document": source.document,
        "quote": source.quote,
        "start": source.start,
        "registry": source.registry,
        "citation": source.citation,
    }


@router.get("/status", response_class=HTMLResponse)
async def status_page(request: Request) -> HTMLResponse:
    """The chart on a date, with a date picker and filters that work without script."""
    found = services(request)
    base = found.config.base_iri
    shown = await anyio.to_thread.run_sync(_chart_from_request, request)
    params = request.query_params
    chosen_state = params.get("state", "")
    chosen_system = params.get("system", "")
    # The filters offer every state and system, not only those left after filtering.
    if chosen_state or chosen_system or params.get("treaty"):
        everything = await anyio.to_thread.run_sync(lambda: status_chart(found, shown.date))
    else:
        everything = shown
    names = shown.labels
    grid = [
        (state, label, [(t, shown.cell(state, t.iri)) for t in shown.treaties])
        for state, label in shown.states
    ]
    details = [
        {
            "cell": cell,
            "anchor": _anchor(cell, base),
            "state": names.get(cell.state, cell.state),
            "treaty": names.get(cell.treaty, cell.treaty),
            "events": _event_rows(cell, names, base),
            "disagreements": [
                {
                    "event": names.get(d.action, d.action),
                    "property": property_label(d.property),
                    "changes": d.changes_cell,
                    "values": [
                        {
                            **v,
                            "shown": format_date(v["value"] or ""),
                            "sources": [_source_json(s, names, base) for s in v["sources"]],
                        }
                        for v in d.values
                    ],
                }
                for d in cell.disagreements
            ],
            "statements": [
                (s.label, [_source_json(asdict_source(x), names, base) for x in s.sources])
                for s in cell.statements
            ],
        }
        for cell in shown.cells
    ]
    example = _example(shown, base)
    query_string = urlencode([(k, v) for k, v in params.multi_items() if k != "format"])
    return render(
        request,
        "status.html",
        {
            "chart": shown,
            "date": shown.date.isoformat(),
            "shown_date": format_date(shown.date.isoformat()),
            "grid": grid,
            "details": details,
            "legend": LEGEND,
            "slug": _slug,
            "anchor": lambda cell: _anchor(cell, base),
            "format_date": format_date,
            "state_options": everything.states,
            "system_options": everything.systems,
            "chosen_state": _iri(chosen_state, base) if chosen_state else "",
            "chosen_system": _iri(chosen_system, base) if chosen_system else "",
            "example": example,
            "example_label": _pair_label(example[0], names) if example else "",
            "query_string": query_string,
        },
    )


def _pair_label(cell: Cell, names: dict[str, str]) -> str:
    return f"{names.get(cell.state, cell.state)} and {names.get(cell.treaty, cell.treaty)}"


def _anchor(cell: Cell, base: str) -> str:
    def part(iri: str) -> str:
        return (key_of(iri, base) or iri).rsplit("/", 1)[-1]

    return f"cell-{part(cell.state)}--{part(cell.treaty)}"


def status_for_entity(found: Services, iri: str, types: list[str]) -> StatusRows:
    """A state's row or a treaty's column of today's chart, for the entity page: ``(kind, [(other
    entity, its label, cell, the cell's start date in words)])``; empty for anything else."""
    base = found.config.base_iri
    today = dt.date.today()
    if TG + "State" in types:
        kind = "state"
        cells = chart(found.store, base, registry_graph(base), today, states=[iri])
        others = [c.treaty for c in cells]
    elif {TG + "Treaty", TG + "Protocol"} & set(types):
        kind = "treaty"
        cells = chart(found.store, base, registry_graph(base), today, treaties=[iri])
        others = [c.state for c in cells]
    else:
        return "", []
    names = labels(found.store, others)
    rows = [
        (other, names.get(other, other), cell, format_date(cell.since) if cell.since else "")
        for other, cell in zip(others, cells, strict=True)
    ]
    return kind, sorted(rows, key=lambda r: r[1].casefold())
