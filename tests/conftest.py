"""Shared fixtures: the HTTP service over a small in-memory store."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pyoxigraph as ox
import pytest
from starlette.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore

APP_DATA = """
@prefix ex: <http://example.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ex:cpt a ex:MonitoringBody ; skos:prefLabel "CPT"@en ; ex:monitors ex:ecpt .
ex:ecpt a ex:Treaty ; skos:prefLabel "ECPT"@en .
"""


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


@pytest.fixture
def client(app_store: EmbeddedStore) -> Iterator[httpx.Client]:
    """A client of the app over ``app_store``, writable with the token ``"test-token"``
    (not sent by default: tests add ``Authorization`` themselves)."""
    app = create_app(ApiConfig(write_token="test-token"), app_store)
    with TestClient(app, base_url="http://testserver") as http:
        yield http
