"""Writes need the bearer token configured at start; reads never do; the token never leaks.

Extends the 401/403 cases in test_sparql_protocol.py and test_graph_store_protocol.py with the
paths they do not cover, and checks the logs of both the in-process app and a real uvicorn
server (access log on, debug level) during refused and accepted writes.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "s3cret-Token-5f2a9c"  # distinctive, so any leak is found by a substring search
UPDATE = "INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/p> 'v' } }"
SPARQL_UPDATE = {"Content-Type": "application/sparql-update"}


def writes(http: httpx.Client, authorization: str | None) -> list[httpx.Response]:
    auth = {} if authorization is None else {"Authorization": authorization}
    return [
        http.post("/update", content=UPDATE, headers={**SPARQL_UPDATE, **auth}),
        http.put(
            "/store",
            params={"graph": "http://x/h"},
            content=b"<http://x/a> <http://x/p> <http://x/b> .",
            headers={"Content-Type": "application/n-triples", **auth},
        ),
        http.delete("/store", params={"graph": "http://x/h"}, headers=auth),
    ]


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        f"bearer{TOKEN}",
        f"Basic {TOKEN}",
        f"Token {TOKEN}",
        "Bearer ",
        f"Bearer  {TOKEN} extra",
    ],
)
def test_writes_without_exactly_the_token_are_401_and_change_nothing(
    make_client: object, app_store: EmbeddedStore, authorization: str | None
) -> None:
    before = app_store.dump(ox.RdfFormat.N_QUADS)
    with make_client(create_app(ApiConfig(write_token=TOKEN), app_store)) as http:  # type: ignore[operator]
        for r in writes(http, authorization):
            assert r.status_code == 401, (r.request.method, r.text)
            assert r.headers["www-authenticate"].startswith("Bearer")
            assert TOKEN not in r.text
    assert app_store.dump(ox.RdfFormat.N_QUADS) == before


def test_a_token_in_the_url_is_not_accepted(make_client: object, app_store: EmbeddedStore) -> None:
    with make_client(create_app(ApiConfig(write_token=TOKEN), app_store)) as http:  # type: ignore[operator]
        r = http.post("/update", params={"access_token": TOKEN}, content=UPDATE, headers=SPARQL_UPDATE)
    assert r.status_code == 401


def test_a_read_only_service_refuses_even_a_bearer_of_some_token(
    make_client: object, app_store: EmbeddedStore
) -> None:
    with make_client(create_app(ApiConfig(write_token=None), app_store)) as http:  # type: ignore[operator]
        for r in writes(http, f"Bearer {TOKEN}"):
            assert r.status_code == 403 and "read-only" in r.text


def test_reads_need_no_token(make_client: object, app_store: EmbeddedStore) -> None:
    with make_client(create_app(ApiConfig(write_token=TOKEN), app_store)) as http:  # type: ignore[operator]
        assert http.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        assert http.get("/store", params={"graph": "http://example.org/graph/a"}).status_code == 200
        assert http.get("/health").status_code == 200


def test_the_token_appears_in_no_log_record(
    make_client: object, app_store: EmbeddedStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with make_client(create_app(ApiConfig(write_token=TOKEN), app_store)) as http:  # type: ignore[operator]
        refused = writes(http, f"Bearer {TOKEN}-wrong")
        accepted = writes(http, f"Bearer {TOKEN}")
    assert [r.status_code for r in refused] == [401, 401, 401]
    assert [r.status_code for r in accepted] == [204, 201, 204]
    assert TOKEN not in caplog.text
    assert all(TOKEN not in str(record.__dict__) for record in caplog.records)


def test_a_real_server_logs_no_token(tmp_path: Path) -> None:
    from socket import socket

    with socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "server.log"
    env = {**os.environ, "TREATYGRAPH_TEST_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    with log.open("wb") as out:
        server = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests/stress/serve_app.py"),
                str(tmp_path / "store"),
                str(port),
                "debug",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if http.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
            refused = writes(http, f"Bearer {TOKEN}-wrong")
            accepted = writes(http, f"Bearer {TOKEN}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert [r.status_code for r in refused] == [401, 401, 401]
    assert [r.status_code for r in accepted] == [204, 201, 204]
    text = log.read_text()
    assert "POST /update" in text  # the access log was on
    assert TOKEN not in text
