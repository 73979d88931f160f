"""The one table from exceptions to HTTP statuses, and how error bodies look.

    ApiError                  an HTTP-level refusal raised by the routes (406, 413, 415, 401 ...)
    graph.QuerySyntaxError    400  the query, update or data does not parse
    graph.QueryRefused        400  a well-formed request of the wrong kind
    graph.GraphNotFound       404  a named graph that does not exist
    graph.ValidationFailed    422  the SHACL gate refused the data; the body is its report
    graph.StoreUnavailable    503  the store cannot answer
    TimeoutError              503  a query ran past the configured timeout

SPARQL and Graph Store clients (``/sparql``, ``/update``, ``/store``) get ``text/plain`` bodies,
which is what SPARQL tools show their users; every other route gets one JSON shape,
``{"ok": false, "error": message, "status": code}``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping

from fastapi import FastAPI
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from graph import (
    GraphError,
    GraphNotFound,
    QueryRefused,
    QuerySyntaxError,
    StoreUnavailable,
    ValidationFailed,
)

__all__ = [
    "STATUS",
    "ApiError",
    "error_response",
    "handler_for",
    "install_handlers",
    "public_message",
    "status_of",
]

STATUS: Mapping[type[Exception], int] = {
    QuerySyntaxError: 400,
    QueryRefused: 400,
    GraphNotFound: 404,
    ValidationFailed: 422,
    StoreUnavailable: 503,
    TimeoutError: 503,
}

# Routes whose clients are SPARQL tools: they get plain-text errors.
PLAIN_TEXT_PREFIXES = ("/sparql", "/update", "/store")


class ApiError(Exception):
    """An HTTP refusal with its status, message and any headers the status requires."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def status_of(exc: Exception) -> int:
    """The HTTP status for ``exc``: the first table entry it is an instance of, else 500."""
    if isinstance(exc, ApiError):
        return exc.status
    for kind, status in STATUS.items():
        if isinstance(exc, kind):
            return status
    return 500


def error_response(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """An error in the shape the route's clients expect (plain text or the JSON error object)."""
    path = request.url.path
    if any(path == p or path.startswith(p + "/") for p in PLAIN_TEXT_PREFIXES):
        return PlainTextResponse(message + "\n", status_code=status, headers=headers)
    body = {"ok": False, "error": message, "status": status}
    return JSONResponse(body, status_code=status, headers=headers)


async def _handle_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(request, exc.status, exc.message, exc.headers)


# The store's address is the operator's business: clients see "the store" instead.
_URL = re.compile(r"\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s)>\]\"']*")


def public_message(exc: Exception) -> str:
    """What a client may read of ``exc``: a store failure without the store's URL."""
    if isinstance(exc, StoreUnavailable):
        return _URL.sub("the store", str(exc))
    return str(exc)


async def _handle_graph_error(request: Request, exc: Exception) -> Response:
    timed_out = isinstance(exc, TimeoutError)
    message = "the query did not finish within the time limit" if timed_out else public_message(exc)
    return error_response(request, status_of(exc), message)


async def _handle_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(request, exc.status_code, str(exc.detail), exc.headers)


Handler = Callable[[Request, Exception], Awaitable[Response]]


def handler_for(exc: Exception) -> Handler | None:
    """The handler ``install_handlers`` registers for ``exc``'s type, for code that answers
    requests without the application's exception middleware; ``None``: a server error."""
    if isinstance(exc, ApiError):
        return _handle_api_error
    if isinstance(exc, HTTPException):
        return _handle_http_exception
    if isinstance(exc, GraphError | TimeoutError):
        return _handle_graph_error
    return None


def install_handlers(app: FastAPI) -> None:
    """Register the table's handlers on ``app``."""
    app.add_exception_handler(ApiError, _handle_api_error)
    app.add_exception_handler(GraphError, _handle_graph_error)
    app.add_exception_handler(TimeoutError, _handle_graph_error)
    app.add_exception_handler(HTTPException, _handle_http_exception)
