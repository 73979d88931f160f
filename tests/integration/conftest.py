"""Real stores for the integration tests: an on-disk EmbeddedStore, a live ``oxigraph serve`` and
a live Virtuoso (Debian's ``virtuoso-opensource``, ``make virtuoso`` installs it).

A missing server binary or a server that never answers fails the tests with an error; it never
skips them, so a green run always means every store was exercised. Each server is started once a
session, on free loopback ports, over a throw-away folder.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from servers import SERVERS, SparqlServer, free_port, server_named, start_virtuoso

from graph import EmbeddedStore, Store

STARTUP_DEADLINE_S = 30.0


@dataclass
class OxigraphServer:
    """One ``oxigraph serve`` process on a loopback port."""

    process: subprocess.Popen[bytes]
    base_url: str
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def oxigraph_binary() -> Path:
    """The ``oxigraph`` CLI installed next to the running Python (the project venv)."""
    beside_python = Path(sys.executable).with_name("oxigraph")
    if beside_python.exists():
        return beside_python
    found = shutil.which("oxigraph")
    if found is None:
        raise RuntimeError(
            f"the oxigraph server binary is missing (looked at {beside_python} and on PATH); "
            "install the dev extras: pip install -e '.[dev]'"
        )
    return Path(found)


def start_oxigraph(location: Path) -> OxigraphServer:
    """Start ``oxigraph serve`` on ``location`` and return once it answers a query.

    :raises RuntimeError: if the binary is missing, the process exits, or it never answers.
    """
    binary = oxigraph_binary()
    port = free_port()
    log = location.with_name(location.name + ".log")
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = OxigraphServer(process, f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    with httpx.Client(timeout=2.0) as client:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with {process.returncode}: {log.read_text()}")
            try:
                answer = client.get(f"{server.base_url}/query", params={"query": "ASK {}"})
                if answer.status_code == 200:
                    return server
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(
                    f"oxigraph serve on {server.base_url} did not answer within "
                    f"{STARTUP_DEADLINE_S:g} s: {log.read_text()}"
                )
            time.sleep(0.05)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of an ``oxigraph serve`` shared by the whole session."""
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph") / "data")
    try:
        yield server.base_url
    finally:
        server.stop()


@pytest.fixture
def short_lived_oxigraph(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, Callable[[], None]]]:
    """A private server for a test that stops it: its base URL and the function stopping it."""
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph-private") / "data")
    try:
        yield server.base_url, server.stop
    finally:
        server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The HTTP base URL of a Virtuoso shared by the whole session."""
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server.base_url
    finally:
        server.stop()


# --- the same suites over each real server ---------------------------------------------------------


@pytest.fixture(params=SERVERS)
def sparql_server(request: pytest.FixtureRequest) -> SparqlServer:
    """Each real SPARQL server in turn, with none of the prefix's graphs in it."""
    server = server_named(request, request.param)
    server.clear()
    return server


@pytest.fixture(params=["embedded", *SERVERS])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each kind: the contract tests run once per backend."""
    opened: Store
    if request.param == "embedded":
        opened = EmbeddedStore(tmp_path / "store")
    else:
        server = server_named(request, request.param)
        server.clear()
        opened = server.open()
    try:
        yield opened
    finally:
        opened.close()


# --- real HTTP servers for client, federation and end-to-end tests ------------------------------


@contextmanager
def uvicorn_in_thread(app: object) -> Iterator[str]:
    """Serve ``app`` with a real uvicorn on a free loopback port; yields its base URL.

    The socket is bound before uvicorn starts, so no other process can take the port in between.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off")  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError(f"uvicorn did not start on 127.0.0.1:{port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


@pytest.fixture(scope="session")
def serve_app() -> Callable[[object], AbstractContextManager[str]]:
    """``with serve_app(app) as base_url:`` runs ``app`` on a real uvicorn server."""
    return uvicorn_in_thread


@pytest.fixture(scope="session")
def private_oxigraph(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[], AbstractContextManager[str]]:
    """``with private_oxigraph() as base_url:`` a fresh ``oxigraph serve`` of the caller's own,
    for module-scoped data that tests elsewhere must not drop."""

    @contextmanager
    def start() -> Iterator[str]:
        server = start_oxigraph(tmp_path_factory.mktemp("oxigraph-module") / "data")
        try:
            yield server.base_url
        finally:
            server.stop()

    return start
