"""The network view (``/network?focus=IRI``) and its data (``/api/neighbours?iri=IRI``).

The page draws the focus and its neighbours with a small force layout in explorer-network.js;
clicking a node fetches that node's neighbours and adds them. Colours stand for the kinds of
/browse (treaties, states, ...), and the legend on the page is built from the same list. Only
labelled entities count as neighbours: claims, evidence, sentences and literals are the graph's
plumbing, not its picture.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from api.config import Services, services
from api.errors import ApiError
from api.limits import run_bounded
from api.pages.data import select, term_labels
from api.pages.render import render
from api.pages.terms import EVENT_CLASSES, KINDS, RDF, SKOS, entity_href, inverse_label, property_label

__all__ = ["neighbours", "router"]

router = APIRouter()

MAX_NEIGHBOURS = 60
_SKIPPED = {RDF + "type", RDF + "subject", RDF + "object", SKOS + "exactMatch"}
_GROUP = {c: kind.slug for kind in KINDS for c in kind.classes}
for _event in EVENT_CLASSES:
    _GROUP[_event] = "events"


def neighbours(found: Services, iri: str) -> dict[str, object]:
    """The node for ``iri`` and its labelled neighbours, with one edge per linking property."""
    if any(c in iri for c in '<>"{}|^`\\ ') or ":" not in iri:
        raise ApiError(400, f"not an IRI: {iri}")
    ref = f"<{iri}>"
    rows = select(
        found.store,
        f"""SELECT DISTINCT ?n ?p ?dir ?label ?type WHERE {{
          {{ {ref} ?p ?n . BIND("out" AS ?dir) }} UNION {{ ?n ?p {ref} . BIND("in" AS ?dir) }}
          FILTER(isIRI(?n) && ?n != {ref})
          ?n <{SKOS}prefLabel> ?label .
          OPTIONAL {{ ?n a ?type }}
        }}""",
    )
    focus = select(
        found.store,
        f"SELECT ?label ?type WHERE {{ OPTIONAL {{ {ref} <{SKOS}prefLabel> ?label }} "
        f"OPTIONAL {{ {ref} a ?type }} }}",
    )
    vocabulary = term_labels(found.store)
    base = found.config.base_iri
    nodes: dict[str, dict[str, str]] = {}
    edges: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in rows:
        if row["p"].value in _SKIPPED:
            continue
        other = row["n"].value
        group = _GROUP.get(row["type"].value, "") if "type" in row else ""
        node = nodes.get(other)
        if node is None:
            if len(nodes) >= MAX_NEIGHBOURS:
                continue
            node = nodes[other] = {
                "iri": other,
                "label": row["label"].value,
                "group": group,
                "href": entity_href(other, base),
            }
        elif group and not node["group"]:
            node["group"] = group
        outgoing = row["dir"].value == "out"
        source, target = (iri, other) if outgoing else (other, iri)
        edges[(source, target, row["p"].value)] = {
            "source": source,
            "target": target,
            "property": row["p"].value,
            "label": property_label(row["p"].value, vocabulary),
            "inverse": inverse_label(row["p"].value, vocabulary),
        }
    label = next((r["label"].value for r in focus if "label" in r), iri)
    group = next((_GROUP[r["type"].value] for r in focus if "type" in r and r["type"].value in _GROUP), "")
    return {
        "node": {"iri": iri, "label": label, "group": group, "href": entity_href(iri, base)},
        "neighbours": list(nodes.values()),
        "edges": list(edges.values()),
    }


@router.get("/api/neighbours")
async def api_neighbours(request: Request, iri: str) -> dict[str, object]:
    """JSON: ``{"node": {...}, "neighbours": [{"iri", "label", "group", "href"}], "edges": [...]}``."""
    return await run_bounded(request, services(request), lambda bounded: neighbours(bounded, iri))


@router.get("/network", response_class=HTMLResponse)
async def network(request: Request, focus: str = "") -> HTMLResponse:
    """The picture; without ``focus`` it starts from the European Convention for the Prevention of Torture."""
    base = services(request).config.base_iri
    start = focus or base + "treaty/cets-126"
    legend = [(kind.slug, kind.title) for kind in KINDS] + [("other", "Other")]
    return render(request, "network.html", {"focus": start, "legend": legend})
