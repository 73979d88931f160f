"""The start page (``/``), the lists by kind (``/browse/{kind}``) and the no-script search page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from api import search
from api.config import Services, services
from api.figures import Counts, counts
from api.limits import run_bounded
from api.pages.data import iri_list, select
from api.pages.editor import EXAMPLES
from api.pages.render import render
from api.pages.terms import DCT, KINDS, SCHEMA, SKOS, TG, Kind, class_label

__all__ = ["router"]

router = APIRouter()

_DOCUMENTS = f"""
SELECT ?doc ?title ?issued ?note ?publisher ?author ?url WHERE {{
  ?doc a <{TG}SourceDocument> ; <{DCT}title> ?title .
  OPTIONAL {{ ?doc <{DCT}issued> ?issued }}
  OPTIONAL {{ ?doc <{TG}dateNote> ?note }}
  OPTIONAL {{ ?doc <{SCHEMA}publisher>/<{SKOS}prefLabel> ?publisher }}
  OPTIONAL {{ ?doc <{SCHEMA}author>/<{SKOS}prefLabel> ?author }}
  OPTIONAL {{ ?doc <{SCHEMA}url> ?url }}
}} ORDER BY ?title"""


@dataclass(frozen=True)
class _Home:
    figures: Counts
    documents: list[dict[str, str]]
    kinds: list[tuple[Kind, int]]


def _home(found: Services) -> _Home:
    store = found.store
    documents = [{k: t.value for k, t in row.items()} for row in select(store, _DOCUMENTS)]
    all_classes = iri_list(c for kind in KINDS for c in kind.classes)
    members: dict[str, set[str]] = defaultdict(set)
    for row in select(
        store, f"SELECT DISTINCT ?s ?type WHERE {{ VALUES ?type {{ {all_classes} }} ?s a ?type }}"
    ):
        members[row["type"].value].add(row["s"].value)
    sized = [(kind, len(set().union(*(members[c] for c in kind.classes)))) for kind in KINDS]
    return _Home(counts(found), documents, sized)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> HTMLResponse:
    """What the dataset is, how big, its documents, and where to start."""
    found = services(request)
    data = await run_bounded(request, found, _home)
    return render(
        request,
        "home.html",
        {
            "figures": data.figures,
            "documents": data.documents,
            "kind_sizes": data.kinds,
            "examples": [(ex.title, ex.query_for(found.config.base_iri)) for ex in EXAMPLES],
        },
    )


def _browse(found: Services, kind: Kind) -> list[dict[str, str]]:
    rows = select(
        found.store,
        f"""SELECT ?s (SAMPLE(?l) AS ?label) (MIN(STR(?d)) AS ?date)
          (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
        WHERE {{ VALUES ?type {{ {iri_list(kind.classes)} }} ?s a ?type .
          OPTIONAL {{ ?s <{SKOS}prefLabel> ?l }} OPTIONAL {{ ?s <{TG}date> ?d }} }}
        GROUP BY ?s""",
    )
    items = [
        {
            "iri": r["s"].value,
            "label": r["label"].value if "label" in r else r["s"].value,
            "date": r["date"].value if "date" in r else "",
            "types": ", ".join(class_label(t) for t in r["types"].value.split()) if "types" in r else "",
        }
        for r in rows
    ]
    if kind.slug == "events":
        items.sort(key=lambda i: (i["date"] or "9999", i["label"].casefold()))
    else:
        items.sort(key=lambda i: i["label"].casefold())
    return items


@router.get("/browse/{kind}", response_class=HTMLResponse)
async def browse(request: Request, kind: str) -> HTMLResponse:
    """Every entity of one kind (treaties, states, bodies, people, organisations, events ...)."""
    chosen = next((k for k in KINDS if k.slug == kind), None)
    if chosen is None:
        message = "There is no list of that kind. Lists: " + ", ".join(k.slug for k in KINDS) + "."
        return render(request, "error.html", {"heading": "Not found", "message": message}, status=404)
    items = await run_bounded(request, services(request), lambda bounded: _browse(bounded, chosen))
    return render(request, "browse.html", {"kind": chosen, "items": items})


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request, q: str = "") -> HTMLResponse:
    """Search results as a page, for browsers without scripts (the box's suggestions need them)."""
    # api.search is read at call time: it imports api.pages.terms, so a top-level name would cycle.
    hits = await search.find(request, q, 30) if q.strip() else []
    return render(request, "search.html", {"query": q, "hits": hits})
