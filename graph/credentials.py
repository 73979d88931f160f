"""Credentials for a remote store: a bearer token, or a user and password for HTTP Basic or Digest.

Which of Basic and Digest a server wants is learnt from its own ``401`` challenge
(``WWW-Authenticate``), not configured: the first request goes out without a password, and the
scheme the server names is remembered for the requests after it. So a password is never sent in
clear to a server that asked for Digest, and a server that asks for nothing never receives it.

Secrets stay out of reprs, logs and error messages: ``StoreCredentials`` hides them in its repr,
and ``without_userinfo`` strips ``user:password@`` from a URL before it is shown anywhere.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

import httpx

__all__ = ["ChallengeAuth", "StoreCredentials", "without_userinfo"]

Scheme = Literal["basic", "digest"]


@dataclass(frozen=True)
class StoreCredentials:
    """What a store asks of its clients; every field is optional and none shows in ``repr``.

    A ``token`` goes out as ``Authorization: Bearer`` on every request. ``user`` and
    ``password`` answer a Basic or Digest challenge.
    """

    user: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        given = [name for name in ("user", "password", "token") if getattr(self, name)]
        return f"StoreCredentials({', '.join(given) or 'none'} set)"

    def auth(self) -> httpx.Auth | None:
        """The httpx authentication these credentials call for, or ``None`` when there are none."""
        if self.user is not None and self.password is not None:
            return ChallengeAuth(self.user, self.password, self.token)
        if self.token:
            return _Bearer(self.token)
        return None


class _Bearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def __repr__(self) -> str:
        return "_Bearer(<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class ChallengeAuth(httpx.Auth):
    """HTTP Basic or Digest, whichever the server's challenge names; remembered once learnt.

    Until the server has asked, requests carry the bearer token if one is set, else nothing.
    """

    requires_request_body = True  # a request answered 401 is sent again, body included

    def __init__(self, user: str, password: str, token: str | None = None) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._token = token
        self._scheme: Scheme | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ChallengeAuth(scheme={self._scheme or 'not yet asked'})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        scheme = self._scheme
        if scheme == "digest":
            # DigestAuth answers from its last challenge, and asks again when the nonce is stale.
            yield from self._digest.auth_flow(request)
            return
        if scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        if self._token:
            request.headers["Authorization"] = f"Bearer {self._token}"
        response = yield request
        if response.status_code != 401:
            return
        challenge = response.headers.get("www-authenticate", "").lstrip().lower()
        if challenge.startswith("digest"):
            with self._lock:
                self._scheme = "digest"
            # Hand DigestAuth the challenge just received, so it answers without asking again.
            flow = self._digest.auth_flow(request)
            next(flow)
            try:
                retry = flow.send(response)
            except StopIteration:  # a Digest challenge DigestAuth could not read: leave the 401
                return
            yield retry
        elif challenge.startswith("basic"):
            with self._lock:
                self._scheme = "basic"
            yield from self._basic.auth_flow(request)


def without_userinfo(url: str) -> str:
    """``url`` without any ``user:password@`` part, for messages and logs."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
