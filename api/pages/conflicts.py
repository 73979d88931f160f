"""Where sources disagree (``/conflicts``, JSON at ``/api/conflicts``): each disagreement with every
side's value, document and quote next to each other, and the registry's value where it has one."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from api.config import Services, services
from api.conflicts import Conflict, find_conflicts
from api.limits import run_bounded
from api.pages.data import labels
from api.pages.dates import format_date
from api.pages.render import render
from api.pages.terms import property_label
from ontology.layout import registry_graph

__all__ = ["router"]

router = APIRouter()


def _conflicts(found: Services) -> list[Conflict]:
    return find_conflicts(found.store, registry_graph(found.config.base_iri))


@router.get("/api/conflicts")
async def api_conflicts(request: Request) -> dict[str, object]:
    """``{"conflicts": [{"subject", "label", "property", "claims": [...], "reference": [...]}]}``."""
    found = services(request)
    conflicts = await run_bounded(request, found, _conflicts)
    return {"conflicts": [c.as_json() for c in conflicts]}


@router.get("/conflicts", response_class=HTMLResponse)
async def conflicts_page(request: Request) -> HTMLResponse:
    """Every disagreement, side by side."""
    found = services(request)

    def gather(bounded: Services) -> tuple[list[Conflict], dict[str, str]]:
        conflicts = _conflicts(bounded)
        documents = {claim.document for c in conflicts for claim in c.claims}
        return conflicts, labels(bounded.store, documents)

    conflicts, titles = await run_bounded(request, found, gather)
    sides = []
    for conflict in conflicts:
        by_value: dict[str, list[dict[str, object]]] = {}
        for claim in conflict.claims:
            by_value.setdefault(claim.value, []).append(
                {
                    "document": claim.document,
                    "title": claim.title or titles.get(claim.document, claim.document),
                    "quote": claim.quote,
                    "sentence": claim.sentence or "",
                    "agrees": claim.agrees_with_reference,
                }
            )
        sides.append(
            {
                "conflict": conflict,
                "property": property_label(conflict.property),
                "sides": [(value, format_date(value), claims) for value, claims in sorted(by_value.items())],
            }
        )
    return render(request, "conflicts.html", {"items": sides})
