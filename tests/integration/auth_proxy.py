"""A reverse proxy that asks for credentials before a SPARQL server, as nginx or an OAuth proxy
does in front of ``oxigraph serve`` (which has no authentication of its own).

``AuthProxy(upstream, authorization, challenge)`` is an ASGI app: a request whose
``Authorization`` header is exactly ``authorization`` is passed on to ``upstream`` (without that
header), any other is answered ``401`` with ``WWW-Authenticate: challenge``. Run it with a real
HTTP server (``serve_app``); ``seen`` records the ``Authorization`` headers it received.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx

Message = MutableMapping[str, Any]
HOP_BY_HOP = {b"host", b"authorization", b"content-length", b"connection", b"transfer-encoding"}
DROPPED_IN_ANSWERS = {"content-length", "transfer-encoding", "connection", "content-encoding"}


class AuthProxy:
    def __init__(self, upstream: str, authorization: str, challenge: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.authorization = authorization
        self.challenge = challenge
        self.seen: list[str | None] = []

    async def __call__(
        self,
        scope: Message,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            return
        given = dict(scope["headers"]).get(b"authorization")
        self.seen.append(None if given is None else given.decode("latin-1"))
        if given is None or given.decode("latin-1") != self.authorization:
            headers = [(b"www-authenticate", self.challenge.encode()), (b"content-type", b"text/plain")]
            await send({"type": "http.response.start", "status": 401, "headers": headers})
            await send({"type": "http.response.body", "body": b"credentials required"})
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        target = self.upstream + scope["raw_path"].decode("latin-1")
        if scope["query_string"]:
            target += "?" + scope["query_string"].decode("latin-1")
        headers = [(k, v) for k, v in scope["headers"] if k not in HOP_BY_HOP]
        async with httpx.AsyncClient(timeout=30.0) as client:
            answer = await client.request(scope["method"], target, headers=headers, content=body)
        passed = [
            (k.encode("latin-1"), v.encode("latin-1"))
            for k, v in answer.headers.items()
            if k.lower() not in DROPPED_IN_ANSWERS
        ]
        passed.append((b"content-length", str(len(answer.content)).encode()))
        await send({"type": "http.response.start", "status": answer.status_code, "headers": passed})
        await send({"type": "http.response.body", "body": answer.content})
