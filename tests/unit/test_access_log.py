"""The access log: one line per HTTP request, in uvicorn's format, that a client cannot split."""

from __future__ import annotations

import asyncio
import io

import pytest
from starlette.types import Message, Receive, Scope, Send

from api.access_log import AccessLog


def _scope(raw_path: bytes, query: bytes = b"", method: str = "GET") -> Scope:
    return {
        "type": "http",
        "http_version": "1.1",
        "method": method,
        "path": raw_path.decode("latin-1"),
        "raw_path": raw_path,
        "query_string": query,
        "client": ("127.0.0.1", 5000),
        "headers": [],
    }


def _answering(status: int) -> object:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"x"})

    return app


def _serve(app: object, scope: Scope) -> tuple[str, list[Message]]:
    out = io.StringIO()
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    async def send(message: Message) -> None:
        sent.append(message)

    asyncio.run(AccessLog(app, out)(scope, receive, send))  # type: ignore[arg-type]
    return out.getvalue(), sent


def test_a_request_is_one_line_in_uvicorns_format() -> None:
    line, sent = _serve(_answering(200), _scope(b"/sparql", b"query=ASK+%7B%7D"))
    assert line == 'INFO:     127.0.0.1:5000 - "GET /sparql?query=ASK+%7B%7D HTTP/1.1" 200 OK\n'
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]


def test_the_status_is_the_one_sent() -> None:
    line, _ = _serve(_answering(503), _scope(b"/update", method="POST"))
    assert line.endswith('"POST /update HTTP/1.1" 503 Service Unavailable\n')


def test_control_and_non_ascii_bytes_are_escaped() -> None:
    line, _ = _serve(_answering(404), _scope(b"/a\nINFO: forged\x1b[0m\xc3\xa9"))
    assert line.count("\n") == 1
    assert "\\n" in line and "\\x1b" in line and "\\xc3\\xa9" in line


def test_an_app_failing_before_answering_is_logged_as_500() -> None:
    async def failing(scope: Scope, receive: Receive, send: Send) -> None:
        raise RuntimeError("bug")

    out = io.StringIO()

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    async def send(message: Message) -> None:
        pass

    with pytest.raises(RuntimeError):
        asyncio.run(AccessLog(failing, out)(_scope(b"/x"), receive, send))
    assert out.getvalue().endswith('"GET /x HTTP/1.1" 500 Internal Server Error\n')


def test_other_scopes_pass_through_unlogged() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    out = io.StringIO()

    async def receive() -> Message:
        return {"type": "lifespan.startup"}

    async def send(message: Message) -> None:
        pass

    asyncio.run(AccessLog(app, out)({"type": "lifespan"}, receive, send))
    assert seen == ["lifespan"] and out.getvalue() == ""
