"""The SPARQL query operation served ahead of FastAPI: the same handlers, less machinery.

A query is the service's most frequent request, and for a lookup (one node's triples, an ASK)
the framework's layers (its telemetry and body-limit wrappers, the server-error and exception
middleware, routing, dependency resolution, CORS and HEAD middleware each wrapping the
response) cost more of the event loop's time than the store does. So the application
(``api.app``) hands a request for ``/sparql`` that carries a query (``GET``/``HEAD ?query=``,
any ``POST``) to ``answer`` before any of them: the query string is decoded once, the query
goes to the handlers in ``api.sparql``, their errors become responses through the same table
as everywhere else (``api.errors``), an error the table does not know propagates to the server,
which answers 500 as the server-error middleware would; and the answer gets the headers the CORS
middleware (``api.app``) gives every simple response, without its body for a HEAD (as
``api.head`` does). Everything else, ``GET /sparql`` without a query (the service description,
the editor) and CORS preflights included, goes through the application. The routes stay
declared there, so the OpenAPI description is unchanged.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from api import sparql
from api.config import services
from api.errors import handler_for
from api.limits import TRUNCATED_HEADER

__all__ = ["answer", "is_query"]

PATH = "/sparql"

_VARY = b"Accept, Origin"
_TRUNCATED = TRUNCATED_HEADER.lower().encode("latin-1")


def is_query(scope: Scope) -> bool:
    """A query operation at ``/sparql``: any POST, or a GET or HEAD naming ``query`` or
    ``update`` in its URL."""
    if scope["type"] != "http" or scope["path"] != PATH:
        return False
    method = scope["method"]
    if method == "POST":
        return True
    if method not in ("GET", "HEAD"):
        return False
    raw: bytes = scope.get("query_string", b"")
    return any(field.split(b"=", 1)[0] in (b"query", b"update") for field in raw.split(b"&") if field)


async def answer(scope: Scope, receive: Receive, send: Send) -> None:
    """Answer a request ``is_query`` accepted; ``scope["app"]`` must be the application."""
    method = scope["method"]
    request = Request({**scope, "method": "GET"} if method == "HEAD" else scope, receive)
    try:
        if method == "POST":
            response = await sparql.query_post(request)
        else:
            fields = sparql.query_fields(scope.get("query_string", b""))
            found = services(request)
            answered = await sparql.answer_query(request, found, fields, direct=None)
            headers = [
                (b"content-type", answered.content_type.encode("latin-1")),
                (b"content-length", str(len(answered.body)).encode("latin-1")),
                (b"vary", _VARY),
            ]
            if answered.truncated:
                headers.append((_TRUNCATED, b"true"))
            if _has_origin(scope):
                headers.append((b"access-control-allow-origin", b"*"))
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b"" if method == "HEAD" else answered.body})
            return
    except Exception as exc:
        handler = handler_for(exc)
        if handler is None:
            raise  # a bug: the server answers 500
        response = await handler(request, exc)
    await _send(response, scope, send)


async def _send(response: Response, scope: Scope, send: Send) -> None:
    headers = _cors(response.raw_headers, scope)
    await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else response.body})


def _has_origin(scope: Scope) -> bool:
    return any(name == b"origin" for name, _ in scope["headers"])


def _cors(headers: list[tuple[bytes, bytes]], scope: Scope) -> list[tuple[bytes, bytes]]:
    """``headers`` as the CORS middleware (any origin, no credentials) leaves a simple response:
    ``Access-Control-Allow-Origin: *`` when the request names an origin, and ``Origin`` added to
    ``Vary`` whatever it names."""
    out = [(k, v) for k, v in headers if k not in (b"vary", b"access-control-allow-origin")]
    varies = [v.decode("latin-1") for k, v in headers if k == b"vary"]
    if _has_origin(scope):
        out.append((b"access-control-allow-origin", b"*"))
    out.append((b"vary", ", ".join([*varies, "Origin"]).encode("latin-1")))
    return out
