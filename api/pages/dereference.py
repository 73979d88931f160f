"""Dereferencing minted IRIs: ``base_iri + key`` is served at ``/id/{key}`` on this server.

The rule does not depend on the base's own path: with the default base
``https://w3id.org/treatygraph/id/``, ``…/id/treaty/cets-126`` is served at ``/id/treaty/cets-126``
(a w3id redirect sends the public IRI here). Content negotiation follows ``api.media``:
browsers (naming text/html) get the page; RDF clients get the entity's description in Turtle,
N-Triples, JSON-LD or RDF/XML; Turtle is the default. ``?format=ttl|nt|jsonld|rdf|html`` picks one
explicitly, for links. Every answer carries ``Vary: Accept`` and a ``Link`` header per format.

The description is every triple with the IRI as subject or object, across all named graphs, plus
the labels of the things those triples link to, so a client can show names without more requests.
Document IRIs (``/id/doc/{key}``) get the document page; a document's graph
(``/id/graph/doc/{key}``) redirects to its document.
"""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from api.config import Services, services
from api.errors import error_response
from api.limits import run_bounded
from api.media import GRAPH_OFFERS, HTML, Offer, negotiate, unacceptable
from api.pages.document import document_view
from api.pages.entity import entity_view
from api.pages.render import render
from api.pages.terms import SKOS
from ontology.layout import DOCUMENT_GRAPH_PREFIX, DOCUMENT_PREFIX

__all__ = ["DESCRIPTION_OFFERS", "describe", "router"]

router = APIRouter()

# The triple formats a description is offered in; HTML last, so only a client naming text/html
# (a browser) gets a page and ``*/*`` gets Turtle.
DESCRIPTION_OFFERS: tuple[Offer[object], ...] = (*GRAPH_OFFERS[:4], HTML)
_FORMAT_NAMES = {"ttl": 0, "turtle": 0, "nt": 1, "ntriples": 1, "jsonld": 2, "json": 2, "rdf": 3, "xml": 3}
_LINK_NAMES = ("ttl", "nt", "jsonld", "rdf")


def describe(found: Services, iri: str, fmt: ox.RdfFormat) -> bytes:
    """The description of ``iri`` serialised in ``fmt`` (one CONSTRUCT query)."""
    ref = f"<{iri}>"
    query = f"""CONSTRUCT {{ {ref} ?p ?o . ?s ?q {ref} . ?n <{SKOS}prefLabel> ?label }} WHERE {{
      {{ {ref} ?p ?o . BIND(?o AS ?n) }} UNION {{ ?s ?q {ref} . BIND(?s AS ?n) }}
      OPTIONAL {{ ?n <{SKOS}prefLabel> ?label }}
    }}"""
    return found.store.query(query).serialize_graph(fmt)


def _links(path: str) -> str:
    alternates = [
        f'<{path}?format={name}>; rel="alternate"; type="{offer.media_type}"'
        for name, offer in zip(_LINK_NAMES, GRAPH_OFFERS[:4], strict=True)
    ]
    alternates.append(f'<{path}?format=html>; rel="alternate"; type="text/html"')
    return ", ".join(alternates)


def _choose(request: Request) -> Offer[object] | None:
    chosen = request.query_params.get("format")
    if chosen == "html":
        return HTML
    if chosen in _FORMAT_NAMES:
        return DESCRIPTION_OFFERS[_FORMAT_NAMES[chosen]]
    return negotiate(request.headers.get("accept"), DESCRIPTION_OFFERS)


@router.get("/id/{key:path}", response_model=None)
async def dereference(request: Request, key: str) -> Response:
    """The page or the RDF description of the IRI ``base_iri + key``."""
    found = services(request)
    base = found.config.base_iri
    if key.startswith(DOCUMENT_GRAPH_PREFIX):
        document = key[len(DOCUMENT_GRAPH_PREFIX) :]
        return RedirectResponse("/id/" + DOCUMENT_PREFIX + quote(document), status_code=303)
    iri = base + key
    path = "/id/" + quote(key)
    headers = {"Vary": "Accept", "Link": _links(path)}
    offer = _choose(request)
    if offer is None:
        raise unacceptable(DESCRIPTION_OFFERS)
    if any(c in iri for c in '<>"{}|^`\\ '):
        return _not_found(request, offer, iri, headers)
    if offer is HTML:
        return await _page(request, found, iri, headers)
    view_exists = await run_bounded(request, found, lambda bounded: _exists(bounded, iri))
    if not view_exists:
        return _not_found(request, offer, iri, headers)
    rdf = next(o for o in GRAPH_OFFERS if o is offer)
    body = await run_bounded(request, found, lambda bounded: describe(bounded, iri, rdf.format))
    return Response(body, media_type=rdf.content_type, headers=headers)


def _exists(found: Services, iri: str) -> bool:
    ref = f"<{iri}>"
    answer = found.store.query(f"ASK {{ {{ {ref} ?p ?o }} UNION {{ ?s ?q {ref} }} }}")
    return bool(answer.boolean)


async def _page(request: Request, found: Services, iri: str, headers: dict[str, str]) -> Response:
    document = await run_bounded(request, found, lambda bounded: document_view(bounded, iri))
    if document is not None:
        return render(request, "document.html", {"doc": document}, headers=headers)
    view = await run_bounded(request, found, lambda bounded: entity_view(bounded, iri))
    if view is None:
        return _not_found(request, HTML, iri, headers)
    return render(request, "entity.html", {"entity": view, "path": request.url.path}, headers=headers)


def _not_found(request: Request, offer: Offer[object], iri: str, headers: dict[str, str]) -> Response:
    message = f"Nothing in the graph is called {iri}."
    if offer is HTML:
        return render(
            request, "error.html", {"heading": "Not found", "message": message}, status=404, headers=headers
        )
    return error_response(request, 404, message, headers)
