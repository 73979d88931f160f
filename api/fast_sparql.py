"""The SPARQL query operation served below FastAPI's router: the same handlers, less machinery.

A query is the service's most frequent request, and for a lookup (one node's triples, an ASK)
FastAPI's routing, dependency resolution and response wrappers cost more of the event loop's
time than the store does. This ASGI layer sits inside the CORS and HEAD middleware and in front
of the router: a request for ``/sparql`` that carries a query (``GET ?query=``, any ``POST``)
goes straight to the handlers in ``api.sparql`` (``query_get``/``query_post``), and their errors
become responses through the same table as everywhere else (``api.errors``). Everything else,
``GET /sparql`` without a query (the service description, the editor) included, goes on to the
router. The routes stay declared there, so the OpenAPI description is unchanged.
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
        request = Request(scope, receive)
        try:
            if scope["method"] == "GET":
                response = await sparql.query_get(request)
            else:
                response = await sparql.query_post(request)
        except Exception as exc:
            handler = handler_for(exc)
            if handler is None:
                raise  # a bug: the server's own error middleware answers 500
            response = await handler(request, exc)
        await response(scope, receive, send)


def _is_query(scope: Scope) -> bool:
    """A query operation: any POST, or a GET naming ``query`` or ``update`` in its URL."""
    method = scope["method"]
    if method == "POST":
        return True
    if method != "GET":
        return False
    raw: bytes = scope.get("query_string", b"")
    return any(field.split(b"=", 1)[0] in (b"query", b"update") for field in raw.split(b"&") if field)
