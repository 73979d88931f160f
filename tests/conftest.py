"""Shared fixtures: the HTTP service over a small in-memory store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import anyio.from_thread
import httpx
import pyoxigraph as ox
import pytest
from anyio.from_thread import BlockingPortal

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore

APP_DATA = """
@prefix ex: <http://example.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ex:cpt a ex:MonitoringBody ; skos:prefLabel "CPT"@en ; ex:monitors ex:ecpt .
ex:ecpt a ex:Treaty ; skos:prefLabel "ECPT"@en .
"""


class _BlockingASGITransport(httpx.BaseTransport):
    """``httpx.ASGITransport`` for a sync ``httpx.Client``: each request runs on a portal's loop."""

    def __init__(self, app: object, portal: BlockingPortal) -> None:
        self._asgi = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        self._portal = portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def send() -> httpx.Response:
            copy = httpx.Request(request.method, request.url, headers=request.headers, content=request.read())
            answer = await self._asgi.handle_async_request(copy)
            content = await answer.aread()
            return httpx.Response(answer.status_code, headers=answer.headers, content=content)

        return self._portal.call(send)


@pytest.fixture
def app_store() -> Iterator[EmbeddedStore]:
    """An in-memory store holding two entities in ``<http://example.org/graph/a>``."""
    store = EmbeddedStore(path=None)
    store.replace_graph(
        "http://example.org/graph/a",
        [q.triple for q in ox.parse(APP_DATA, format=ox.RdfFormat.TURTLE)],
    )
    try:
        yield store
    finally:
        store.close()


@contextmanager
def sync_client(app: object) -> Iterator[httpx.Client]:
    """A sync ``httpx.Client`` talking to an ASGI app in-process."""
    with anyio.from_thread.start_blocking_portal() as portal:
        transport = _BlockingASGITransport(app, portal)
        with httpx.Client(transport=transport, base_url="http://testserver") as http:
            yield http


@pytest.fixture(scope="session")
def make_client() -> Callable[[object], AbstractContextManager[httpx.Client]]:
    """``with make_client(app) as client:`` for tests that build their own app."""
    return sync_client


@pytest.fixture
def client(app_store: EmbeddedStore) -> Iterator[httpx.Client]:
    """A sync client of the app over ``app_store``, writable with the token ``"test-token"``
    (not sent by default: tests add ``Authorization`` themselves)."""
    with sync_client(create_app(ApiConfig(write_token="test-token"), app_store)) as http:
        yield http
