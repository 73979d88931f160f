"""SPARQL 1.1 Graph Store HTTP Protocol at ``/store``: read, replace, merge and drop whole graphs.

https://www.w3.org/TR/sparql11-http-rdf-update/ — ``?default`` or ``?graph=IRI`` (indirect
identification), or a path under ``/store/`` whose full URL is the graph's IRI (direct
identification). A POST naming no graph creates one and answers 201 with its IRI in Location.
Writes need the bearer token. Every write, to a named graph or the default one, goes through
``graph.publish``: with a SHACL gate it is validated first, and a refusal leaves the store
unchanged.
"""

from __future__ import annotations

import email.parser
import email.policy
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import anyio.to_thread
import pyoxigraph as ox
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from api.config import Services, authorize_write, services
from api.errors import ApiError
from api.media import GRAPH_OFFERS, content_type, negotiate, read_body, unacceptable
from api.rdf_body import parse_triples
from graph import ValidationFailed, publish
from graph.publish import GraphChange, check_change

__all__ = ["router"]

router = APIRouter()

_QUAD_FORMATS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)

# One graph goes out in a triple format (or JSON-LD); the whole-store dump prefers TriG.
TRIPLE_OFFERS = tuple(o for o in GRAPH_OFFERS if o.format not in _QUAD_FORMATS)
DUMP_OFFERS = (
    *(o for o in GRAPH_OFFERS if o.format in _QUAD_FORMATS),
    *TRIPLE_OFFERS,
)
# What a write may send: the formats offered, by their registered media types only (pyoxigraph
# would also read text/plain as N-Triples, which is too loose a guess for a write).
READABLE = {o.media_type: o.format for o in GRAPH_OFFERS}


@dataclass(frozen=True)
class Target:
    """The graph a request addresses: a named graph's IRI, or ``None`` for the default graph."""

    iri: str | None


@router.api_route("/store", methods=["GET"])
@router.api_route("/store/{path:path}", methods=["GET"])
async def read(request: Request) -> Response:
    """One graph in the negotiated RDF format; with no graph named, the whole dataset (a dump)."""
    found = services(request)
    target = _target(request, found, required=False)
    accept = request.headers.get("accept")
    if target is None:
        offer = negotiate(accept, DUMP_OFFERS)
        if offer is None:
            raise unacceptable(DUMP_OFFERS)
        body = await anyio.to_thread.run_sync(found.store.dump, offer.format)
    else:
        offer = negotiate(accept, TRIPLE_OFFERS)
        if offer is None:
            raise unacceptable(TRIPLE_OFFERS)
        triples = await anyio.to_thread.run_sync(found.store.graph_triples, target.iri)
        body = _serialize(triples, offer.format)
    return Response(body, media_type=offer.content_type, headers={"Vary": "Accept"})


@router.put("/store")
@router.put("/store/{path:path}")
async def replace(request: Request) -> Response:
    """Make the graph hold exactly the body's triples: 201 if it is new, else 204."""
    return await _write(request, merge=False)


@router.post("/store")
@router.post("/store/{path:path}")
async def merge(request: Request) -> Response:
    """Add the body's triples to the graph (RDF merge); with no graph named, create a new one."""
    return await _write(request, merge=True)


@router.delete("/store")
@router.delete("/store/{path:path}")
async def drop(request: Request) -> Response:
    """Drop a named graph (404 if there is none) or empty the default graph."""
    found = services(request)
    authorize_write(request, found)
    target = _target(request, found, required=True)
    assert target is not None
    if not await anyio.to_thread.run_sync(_store_drop, found, target):
        raise ApiError(404, f"no graph named <{target.iri}>")
    return Response(status_code=204)


def _store_drop(found: Services, target: Target) -> bool:
    """Drop the target if the remaining graphs still conform; returns whether it existed.

    :raises ValidationFailed: if other graphs rely on what the target says (the registry's
        treaties, named by documents' claims); nothing was dropped.
    """
    store = found.store
    with found.write_lock, found.journal.writing(store) as touched:
        touched.add(target.iri)
        if target.iri is not None and target.iri not in store.graphs():
            return False
        change = GraphChange({target.iri: []})
        if found.gate is not None:
            report = check_change(store, change, found.gate)
            if not report.conforms:
                raise ValidationFailed(report)
        if target.iri is None:
            store.update("DROP SILENT DEFAULT")
        else:
            store.drop_graph(target.iri)
        return True


async def _write(request: Request, *, merge: bool) -> Response:
    found = services(request)
    authorize_write(request, found)
    target = _target(request, found, required=not merge)
    created_iri: str | None = None
    if target is None:  # GSP §5.5: POST to the service itself creates a graph
        created_iri = f"{found.config.base_iri}graph/{uuid.uuid4().hex}"
        target = Target(created_iri)
    body = await read_body(request, found.config.max_body_bytes)
    media, params = content_type(request)
    header = request.headers.get("content-type", "")
    base_iri = target.iri or found.config.base_iri
    timeout_s = found.config.query_timeout
    # Off the event loop: a large body takes a while to parse, and reads must go on meanwhile.
    triples = await anyio.to_thread.run_sync(
        lambda: _parse_body(media, params.get("charset"), header, body, base_iri, timeout_s)
    )
    existed = await anyio.to_thread.run_sync(_store_write, found, target, triples, merge)
    if created_iri is not None:
        return Response(status_code=201, headers={"Location": created_iri})
    return Response(status_code=204 if existed else 201)


def _store_write(found: Services, target: Target, triples: list[ox.Triple], merge: bool) -> bool:
    """Write ``triples`` to the target, through the gate if there is one.

    Returns whether the target existed before.
    """
    with found.write_lock, found.journal.writing(found.store) as touched:
        touched.add(target.iri)
        return _locked_write(found, target, triples, merge)


def _locked_write(found: Services, target: Target, triples: list[ox.Triple], merge: bool) -> bool:
    store = found.store
    existed = target.iri is None or target.iri in store.graphs()  # the default graph always exists
    publish(store, target.iri, triples, found.gate, merge=merge)
    if target.iri is not None and not triples and not existed:
        # An empty PUT or POST still creates the graph, so that a GET finds it.
        store.update(f"CREATE SILENT GRAPH <{target.iri}>")
    return existed


def _target(request: Request, found: Services, *, required: bool) -> Target | None:
    params = request.query_params
    path = request.path_params.get("path")
    if path is not None:
        if "graph" in params or "default" in params:
            raise ApiError(400, "a graph is named either by the URL or by ?graph / ?default")
        # The IRI keeps the path's percent-encoding (raw_path): decoded, it could hold ">" or "}".
        raw = request.scope.get("raw_path") or request.url.path.encode()
        base = found.config.public_url or str(request.base_url)
        return Target(_iri(base.rstrip("/") + raw.decode("latin-1"), "the request URL"))
    graphs = params.getlist("graph")
    if "default" in params:
        if graphs:
            raise ApiError(400, "name either ?default or ?graph=IRI, not both")
        return Target(None)
    if len(graphs) > 1:
        raise ApiError(400, "name one graph per request")
    if graphs:
        return Target(_iri(graphs[0], "the graph parameter"))
    if required:
        raise ApiError(400, "name the graph with ?default or ?graph=IRI")
    return None


def _iri(text: str, what: str) -> str:
    """``text`` if it is an absolute IRI; it is written into SPARQL updates, so nothing else passes."""
    try:
        return ox.NamedNode(text).value
    except ValueError as exc:
        raise ApiError(400, f"{what} is not an absolute IRI: {exc}") from exc


def _parse_body(
    media: str, charset: str | None, header: str, body: bytes, base_iri: str, timeout_s: float
) -> list[ox.Triple]:
    if media == "multipart/form-data":
        return _parse_multipart(header, body, base_iri, timeout_s)
    return _parse(body, media, charset, base_iri, timeout_s)


def _parse(body: bytes, media: str, charset: str | None, base_iri: str, timeout_s: float) -> list[ox.Triple]:
    if charset is not None and charset.lower() not in ("utf-8", "utf8"):
        raise ApiError(415, f"RDF bodies must be UTF-8, not {charset}")
    fmt = READABLE.get(media)
    if fmt is None:
        offered = ", ".join(READABLE)
        raise ApiError(415, f"cannot read {media or 'an untyped body'}; send one of: {offered}")
    return parse_triples(body, fmt, base_iri, timeout_s)


def _parse_multipart(header: str, body: bytes, base_iri: str, timeout_s: float) -> list[ox.Triple]:
    """GSP §5.5: each part of a multipart/form-data POST is an RDF document to merge."""
    head = f"Content-Type: {header}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ApiError(400, "the multipart body has no parts")
    triples: list[ox.Triple] = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        media = part.get_content_type() if part.get("content-type") else ""
        if not media and (filename := part.get_filename()):
            fmt = ox.RdfFormat.from_extension(filename.rpartition(".")[2])
            media = fmt.media_type if fmt is not None else ""
        triples += _parse(data, media, part.get_content_charset(), base_iri, timeout_s)
    return triples


def _serialize(triples: Sequence[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    out = ox.serialize(triples, format=fmt)
    assert out is not None
    return out
