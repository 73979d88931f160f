"""The SPARQL query operation served in front of FastAPI: the same handlers, less machinery.

A query is the service's most frequent request, and for a lookup (one node's triples, an ASK)
the framework's layers (routing, dependency resolution, CORS and HEAD middleware each wrapping
the response) cost more of the event loop's time than the store does. This ASGI layer is the
outermost middleware of the application (only the server-error handler is outside it): a
request for ``/sparql`` that carries a query (``GET``/``HEAD ?query=``, any ``POST``) goes
straight to the handlers in ``api.sparql`` (``query_get``/``query_post``); their errors become
responses through the same table as everywhere else (``api.errors``); and the answer gets the
headers the CORS middleware (``api.app``) gives every simple response, without its body for a
HEAD (as ``api.head`` does). Everything else, ``GET /sparql`` without a query (the service
description, the editor) and CORS preflights included, goes on through the application. The
routes stay declared there, so the OpenAPI description is unchanged.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from api import sparql
from api.errors import handler_for

__all__ = ["SparqlFastPath"]

_PATH = "/sparql"


class SparqlFastPath:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != _PATH or not _is_query(scope):
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        request = Request({**scope, "method": "GET"} if method == "HEAD" else scope, receive)
        try:
            if method == "POST":
                response = await sparql.query_post(request)
            else:
                response = await sparql.query_get(request)
        except Exception as exc:
            handler = handler_for(exc)
            if handler is None:
                raise  # a bug: the server-error middleware answers 500
            response = await handler(request, exc)
        headers = _cors(response.raw_headers, scope)
        await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else response.body})


def _is_query(scope: Scope) -> bool:
    """A query operation: any POST, or a GET or HEAD naming ``query`` or ``update`` in its URL."""
    method = scope["method"]
    if method == "POST":
        return True
    if method not in ("GET", "HEAD"):
        return False
    raw: bytes = scope.get("query_string", b"")
    return any(field.split(b"=", 1)[0] in (b"query", b"update") for field in raw.split(b"&") if field)


def _cors(headers: list[tuple[bytes, bytes]], scope: Scope) -> list[tuple[bytes, bytes]]:
    """``headers`` as the CORS middleware (any origin, no credentials) leaves a simple response:
    ``Access-Control-Allow-Origin: *`` when the request names an origin, and ``Origin`` added to
    ``Vary`` whatever it names."""
    has_origin = any(name == b"origin" for name, _ in scope["headers"])
    out = [(k, v) for k, v in headers if k not in (b"vary", b"access-control-allow-origin")]
    varies = [v.decode("latin-1") for k, v in headers if k == b"vary"]
    if has_origin:
        out.append((b"access-control-allow-origin", b"*"))
    out.append((b"vary", ", ".join([*varies, "Origin"]).encode("latin-1")))
    return out
