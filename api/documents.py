"""``/documents``: articles posted to the running service, read into facts and published at once.

``POST /documents`` takes an article's text (a ``text/plain`` body, or the ``text`` part of a
form) and optional metadata: the fields of a ``.meta.json`` sidecar, as a JSON object in the
form's ``metadata`` part, or as ``key``, ``title``, ``date``, ``publisher`` and ``author`` query
parameters. It runs the path ``treatygraph load`` runs (extraction, the SHACL gate, publish) and
answers with the document's graph and figures; the gate's refusal is a 422 with its report, and
changes nothing. The same key replaces the document's graph in one update. ``DELETE
/documents/{key}`` removes it; ``GET /documents`` lists what is published.

Writes need the bearer token and are serialised with every other write (``Services.write_lock``).
Extraction runs in a worker thread, outside that lock; only the check and the write hold it.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import anyio.to_thread
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from api.config import Services, authorize_write, services
from api.errors import ApiError
from api.ingestion import DocumentPreparer, DocumentRefused, PreparedDocument
from api.media import content_type, decode_utf8, read_body
from graph import GraphNotFound, ValidationFailed, ValidationReport, publish
from graph.publish import GraphChange, check_change
from graph.sources import stored_source_hashes
from graph.terms import iri_ref
from ontology.layout import document_graph, document_key_of_graph
from ontology.namespaces import DCT, RDF, TG

__all__ = ["KEY_PATTERN", "router"]

router = APIRouter()

KEY_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_KEY_CHARS = 100
# Query parameters that set a metadata field, and the sidecar field each sets.
QUERY_FIELDS = {"title": "title", "date": "date_published", "publisher": "publisher", "author": "author"}
FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")

_TEXT_BODY = {
    "text/plain": {"schema": {"type": "string"}},
    "multipart/form-data": {
        "schema": {
            "type": "object",
            "required": ["text"],
            "properties": {
                "text": {"type": "string", "format": "binary", "description": "The article, UTF-8 text."},
                "metadata": {
                    "type": "string",
                    "description": "A JSON object of sidecar fields: title, date_published, "
                    "publisher, author, place, url, language, date_note, metadata_note.",
                },
                "key": {"type": "string", "description": "The document's key (as the key parameter)."},
            },
        }
    },
}
_QUERY_PARAMETERS = [
    {
        "name": "key",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": MAX_KEY_CHARS},
        "description": "The document's key; posting the same key again replaces the document. "
        "Default: the first 16 hexadecimal digits of the text's SHA-256.",
    },
    *(
        {
            "name": name,
            "in": "query",
            "required": False,
            "schema": {"type": "string"},
            "description": f"Sets the sidecar field {field} (else it is read from the text).",
        }
        for name, field in QUERY_FIELDS.items()
    ),
    {
        "name": "force",
        "in": "query",
        "required": False,
        "schema": {"type": "boolean"},
        "description": "Extract and publish again even when the document's graph was built from "
        "the same inputs.",
    },
]


@dataclass(frozen=True)
class Posted:
    """What a POST asks for: the text, the sidecar fields, the key and whether to force a rebuild."""

    text: str
    metadata: dict[str, str | None]
    key: str
    force: bool


@router.post(
    "/documents",
    status_code=201,
    openapi_extra={"requestBody": {"required": True, "content": _TEXT_BODY}, "parameters": _QUERY_PARAMETERS},
    responses={
        200: {"description": "The document replaced one of the same key, or was unchanged."},
        201: {"description": "A new document, published."},
        400: {"description": "The text or a metadata field cannot be read."},
        401: {"description": "No bearer token, or a wrong one."},
        403: {"description": "The service is read-only."},
        405: {"description": "This service takes no documents."},
        413: {"description": "The body is larger than the service accepts."},
        415: {"description": "Neither text/plain nor a form."},
        422: {"description": "The document fails the shapes; nothing was changed. The body has the report."},
    },
)
async def post_document(request: Request) -> Response:
    """Read an article into facts and publish them in the document's own named graph.

    Answers ``{"key", "graph", "title", "claims", "entities", "triples", "status"}``, where
    ``status`` is ``created`` (201), ``replaced`` or ``unchanged`` (200), and ``leftOut`` lists
    the shapes' findings on facts published without (a misread fact costs itself, not the text).
    """
    found = services(request)
    authorize_write(request, found)
    preparer = found.documents
    if preparer is None:
        raise ApiError(405, "this service takes no documents", {"Allow": "GET, HEAD"})
    body = await read_body(request, found.config.max_body_bytes)
    posted = _read_post(request, body)
    try:
        answer = await anyio.to_thread.run_sync(_ingest, found, preparer, posted)
    except ValidationFailed as exc:
        return _refusal(exc.report)
    except DocumentRefused as exc:
        raise ApiError(400, str(exc)) from exc
    status = 201 if answer["status"] == "created" else 200
    return JSONResponse(answer, status_code=status, headers={"Location": f"/documents/{posted.key}"})


@router.get("/documents")
async def list_documents(request: Request) -> dict[str, object]:
    """``{"documents": [{"key", "title", "date", "graph", "triples", "claims"}]}``, by key."""
    found = services(request)
    listed = await anyio.to_thread.run_sync(_listing, found, None)
    return {"documents": listed}


@router.get("/documents/{key}", responses={404: {"description": "No document has this key."}})
async def get_document(request: Request, key: str) -> dict[str, object]:
    """One document's entry, as in the list, with the number of entities its claims are about."""
    found = services(request)
    listed = await anyio.to_thread.run_sync(_listing, found, _checked_key(key))
    if not listed:
        raise ApiError(404, f"no document has the key {key!r}")
    entry = listed[0]
    graph = str(entry["graph"])
    entry["entities"] = await anyio.to_thread.run_sync(_entities, found, graph)
    return entry


@router.delete(
    "/documents/{key}",
    status_code=204,
    responses={
        401: {"description": "No bearer token, or a wrong one."},
        403: {"description": "The service is read-only."},
        404: {"description": "No document has this key."},
        422: {"description": "Removing it would break other graphs; nothing was changed."},
    },
)
async def delete_document(request: Request, key: str) -> Response:
    """Remove a document's graph, unless other graphs rely on what it alone says (422)."""
    found = services(request)
    authorize_write(request, found)
    graph = document_graph(found.config.base_iri, _checked_key(key))
    try:
        await anyio.to_thread.run_sync(_remove, found, graph)
    except ValidationFailed as exc:
        return _refusal(exc.report)
    except GraphNotFound as exc:
        raise ApiError(404, f"no document has the key {key!r}") from exc
    return Response(status_code=204)


def _ingest(found: Services, preparer: DocumentPreparer, posted: Posted) -> dict[str, object]:
    """Extract (unless the graph was built from the same inputs), then check and write under
    the write lock. Runs in a worker thread."""
    store = found.store
    graph = document_graph(found.config.base_iri, posted.key)
    digest = preparer.source_hash(posted.text, posted.metadata, posted.key)
    if not posted.force and stored_source_hashes(store, [graph]).get(graph) == digest:
        return {**_summary(found, graph, posted.key), "status": "unchanged"}
    prepared = preparer.prepare(posted.text, posted.metadata, posted.key)
    left_out: list[str] = []
    with found.write_lock, found.journal.writing(store) as touched:
        touched.add(graph)
        existed = graph in store.graphs()
        if found.gate is None:
            store.replace_graph(graph, prepared.triples)
        else:
            try:
                publish(store, graph, prepared.triples, found.gate)
            except ValidationFailed as exc:
                # a fact the extractor misread costs that fact, not the document
                mended = preparer.mend(posted.text, posted.metadata, posted.key, exc.report)
                if mended is None:
                    raise
                publish(store, graph, mended.triples, found.gate)
                prepared, left_out = mended, [r.describe() for r in exc.report.results]
    status = "replaced" if existed else "created"
    return {**_prepared_summary(prepared), "status": status, **({"leftOut": left_out} if left_out else {})}


def _remove(found: Services, graph: str) -> None:
    """Drop the graph if the remaining graphs still conform, as a Graph Store DELETE does.

    :raises GraphNotFound: if there is no such graph.
    :raises ValidationFailed: if other graphs rely on what it says; nothing was dropped.
    """
    store = found.store
    with found.write_lock, found.journal.writing(store) as touched:
        touched.add(graph)
        if graph not in store.graphs():
            raise GraphNotFound(graph)
        if found.gate is not None:
            report = check_change(store, GraphChange({graph: []}), found.gate)
            if not report.conforms:
                raise ValidationFailed(report)
        store.drop_graph(graph)


def _prepared_summary(prepared: PreparedDocument) -> dict[str, object]:
    return {
        "key": prepared.key,
        "graph": prepared.graph,
        "title": prepared.title,
        "claims": prepared.claims,
        "entities": prepared.entities,
        "triples": len(prepared.triples),
    }


def _summary(found: Services, graph: str, key: str) -> dict[str, object]:
    listed = _listing(found, key)
    entry: dict[str, object] = listed[0] if listed else {"key": key, "graph": graph}
    return {
        "key": key,
        "graph": graph,
        "title": entry.get("title"),
        "claims": entry.get("claims", 0),
        "entities": _entities(found, graph),
        "triples": entry.get("triples", 0),
    }


def _listing(found: Services, key: str | None) -> list[dict[str, object]]:
    """The published documents (or the one with ``key``): title, date, graph and figures."""
    store = found.store
    base = found.config.base_iri
    if key is None:
        graphs = [g for g in store.graphs() if document_key_of_graph(base, g) is not None]
    else:
        graph = document_graph(base, key)
        graphs = [graph] if graph in store.graphs() else []
    if not graphs:
        return []
    values = "VALUES ?g { " + " ".join(iri_ref(g) for g in graphs) + " }"
    described = store.query(
        f"SELECT ?g (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) WHERE {{ {values} "
        f"GRAPH ?g {{ ?doc <{RDF.type}> <{TG.SourceDocument}> . "
        f"OPTIONAL {{ ?doc <{DCT.title}> ?t }} OPTIONAL {{ ?doc <{DCT.issued}> ?d }} }} }} GROUP BY ?g"
    ).text_rows()
    claims = store.query(
        f"SELECT ?g (COUNT(DISTINCT ?c) AS ?n) WHERE {{ {values} "
        f"GRAPH ?g {{ ?c <{RDF.type}> <{TG.Claim}> }} }} GROUP BY ?g"
    ).text_rows()
    about = {row["g"]: row for row in described}
    counted = {row["g"]: int(row["n"]) for row in claims}
    listed: list[dict[str, object]] = []
    for graph in sorted(graphs):
        row = about.get(graph, {})
        listed.append(
            {
                "key": document_key_of_graph(base, graph),
                "title": row.get("title"),
                "date": row.get("date"),
                "graph": graph,
                "triples": store.count(graph),
                "claims": counted.get(graph, 0),
            }
        )
    return listed


def _entities(found: Services, graph: str) -> int:
    """Distinct IRIs the graph's claims are about: what ``PreparedDocument.entities`` counts."""
    rows = found.store.query(
        f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH {iri_ref(graph)} {{ "
        f"?c <{RDF.type}> <{TG.Claim}> . {{ ?c <{RDF.subject}> ?e }} UNION {{ ?c <{RDF.object}> ?e }} "
        "FILTER(isIRI(?e)) } }"
    ).text_rows()
    return int(rows[0]["n"]) if rows else 0


def _refusal(report: ValidationReport) -> Response:
    """422 with the gate's report, in the service's JSON error shape."""
    results = [
        {
            "focus": r.focus,
            "path": r.path,
            "message": r.message,
            "severity": r.severity,
            "value": r.value,
            "description": r.describe(),
        }
        for r in report.results
    ]
    body = {
        "ok": False,
        "error": "the document does not conform to the shapes; nothing was changed",
        "status": 422,
        "report": {"conforms": report.conforms, "results": results},
    }
    return JSONResponse(body, status_code=422)


def _read_post(request: Request, body: bytes) -> Posted:
    """The text, metadata, key and force flag, from the body and the query string."""
    media, params = content_type(request)
    fields: dict[str, str] = {}
    if media == "text/plain" or (media == "" and body):
        charset = params.get("charset")
        if charset is not None and charset.lower() not in ("utf-8", "utf8"):
            raise ApiError(415, f"the text must be UTF-8, not {charset}")
        fields["text"] = decode_utf8(body, "text")
    elif media == "multipart/form-data":
        fields = _multipart_fields(request.headers["content-type"], body)
    elif media == "application/x-www-form-urlencoded":
        fields = dict(parse_qsl(decode_utf8(body, "form"), keep_blank_values=True))
    else:
        raise ApiError(
            415, f"cannot read {media or 'an empty body'}; send text/plain or one of: {', '.join(FORMS)}"
        )
    if "text" not in fields:
        raise ApiError(400, "the form has no 'text' field: send the article as its text part")
    query = request.query_params
    metadata = _metadata(fields.get("metadata"))
    for name, field in QUERY_FIELDS.items():
        if name in query:
            metadata[field] = query[name]
    text = fields["text"]
    key = _checked_key(query.get("key") or fields.get("key") or _default_key(text))
    return Posted(text, metadata, key, _flag(query.get("force") or fields.get("force")))


def _metadata(raw: str | None) -> dict[str, str | None]:
    if raw is None or not raw.strip():
        return {}
    try:
        found = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"metadata: not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(found, dict):
        raise ApiError(400, "metadata: needs a JSON object of sidecar fields")
    return _strings(found)


def _strings(found: Mapping[str, Any]) -> dict[str, str | None]:
    """The fields as given, each a string or null as in a sidecar; the preparer checks the rest."""
    out: dict[str, str | None] = {}
    for name, value in found.items():
        if value is None or isinstance(value, str):
            out[name] = value
        else:
            raise ApiError(400, f"metadata: field '{name}' must be a string or null")
    return out


def _multipart_fields(header: str, body: bytes) -> dict[str, str]:
    """The named parts of a multipart/form-data body, as text (a file part's content too)."""
    head = f"Content-Type: {header}\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ApiError(400, "the multipart body has no parts")
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or name in fields:
            continue
        payload = part.get_payload(decode=True)
        charset = part.get_content_charset()
        if charset is not None and charset.lower() not in ("utf-8", "utf8"):
            raise ApiError(415, f"the {name} part must be UTF-8, not {charset}")
        fields[name] = decode_utf8(payload if isinstance(payload, bytes) else b"", f"{name} part")
    return fields


def _checked_key(key: str) -> str:
    if len(key) > MAX_KEY_CHARS or not KEY_PATTERN.fullmatch(key):
        raise ApiError(
            400,
            f"the key {key[:MAX_KEY_CHARS]!r} is not a document key: lower-case letters and digits, "
            f"in words joined by '-', at most {MAX_KEY_CHARS} characters",
        )
    return key


def _default_key(text: str) -> str:
    """A key from the text itself, so that posting the same text twice names one document."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()[:16]


def _flag(value: str | None) -> bool:
    if value is None or value.lower() in ("", "false", "0", "no"):
        return False
    if value.lower() in ("true", "1", "yes"):
        return True
    raise ApiError(400, f"force must be true or false, not {value!r}")
