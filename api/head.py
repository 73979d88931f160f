"""HEAD on every route that answers GET, with the headers GET would send and no body.

FastAPI routes answer only the methods they declare, so without this a HEAD on a page or on
``/sparql`` is a 405, and a route declaring both GET and HEAD appears twice in the OpenAPI
description under one operation id. Rewriting HEAD to GET below the server keeps one handler per
resource and the real ``Content-Length``; the body is dropped on the way out.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["HeadAsGet"]


class HeadAsGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, headers_only)
