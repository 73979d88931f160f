"""A real TreatyGraph server for the browser tests, and a headless Chromium to drive it.

The server is ``treatygraph serve`` in a subprocess on a free loopback port, over a store that
``treatygraph load`` filled with the bundled corpus plus ``data/script-quote.txt`` (a quote
holding a ``<script>``). Chromium is Debian's (``apt-get install chromium``), launched from
/usr/bin/chromium; a missing browser or a server that never answers fails the tests, never skips.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_DEADLINE_S = 60.0


@dataclass(frozen=True)
class Server:
    url: str


def _treatygraph() -> Path:
    found = Path(sys.executable).with_name("treatygraph")
    if not found.exists():
        raise RuntimeError(f"the treatygraph command is missing at {found}; run make install")
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _run(args: list[str], log: Path) -> None:
    with log.open("ab") as out:
        done = subprocess.run(args, stdout=out, stderr=subprocess.STDOUT, check=False, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited with {done.returncode}:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``treatygraph serve`` over the corpus and the test document; stopped after the session."""
    work = tmp_path_factory.mktemp("explorer")
    store = work / "store"
    log = work / "server.log"
    command = str(_treatygraph())
    _run([command, "--store", str(store), "load"], log)
    _run([command, "--store", str(store), "load", str(HERE / "data")], log)
    port = _free_port()
    with log.open("ab") as out:
        process = subprocess.Popen(
            [command, "--store", str(store), "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_DEADLINE_S
        with httpx.Client(timeout=2.0) as client:
            while True:
                if process.poll() is not None:
                    raise RuntimeError(
                        f"the server exited with {process.returncode}: {log.read_text()[-4000:]}"
                    )
                try:
                    if client.get(url + "/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not answer within {STARTUP_DEADLINE_S:g} s")
                time.sleep(0.1)
        yield Server(url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        raise RuntimeError(f"Chromium is missing at {CHROMIUM}: apt-get install -y chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A laptop-sized page that records script errors; a test fails if the page threw any."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        yield opened
        assert errors == [], f"script errors on the page: {errors}"
    finally:
        context.close()


def shoot(page: Page, name: str) -> None:
    """Save a screenshot of the current view under test-artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)
