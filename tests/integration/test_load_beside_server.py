"""`treatygraph load` while a server runs, and a second load of documents that have not changed.

An embedded store is held by the server that opened it: load then sends its documents to that
server, or says in one line what to do. A remote store is shared, so load and serve simply run
side by side. A document whose inputs are unchanged is not extracted again.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from graph import EmbeddedStore
from treatygraph.cli import app as cli
from treatygraph.running import server_note
from treatygraph.service import build_app
from treatygraph.settings import PROJECT_ROOT, Settings

CORPUS = PROJECT_ROOT / "data" / "documents"
FIRST = CORPUS / "004_a00dd6bdca9b889f.txt"
SECOND = CORPUS / "001_cedc23f43b6c655a.txt"
TOKEN = "load-token"
STARTUP_DEADLINE_S = 60.0


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env={"TREATYGRAPH_WRITE_TOKEN": "", **(env or {})})
    return result.exit_code, result.output


def copy_document(source: Path, folder: Path) -> Path:
    """``source`` and its sidecar in ``folder``, to be changed by the test."""
    folder.mkdir(exist_ok=True)
    shutil.copy(source, folder / source.name)
    sidecar = source.with_name(source.name.replace(".txt", ".meta.json"))
    if sidecar.exists():
        shutil.copy(sidecar, folder / sidecar.name)
    return folder / source.name


def nquads(store: Path) -> list[str]:
    code, output = run("--store", str(store), "export", "--format", "nquads")
    assert code == 0, output
    return sorted(output.splitlines())


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str
    store: Path
    log: Path


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[Server]:
    """`treatygraph serve` as its own process, over a store built with one document."""
    store = tmp_path / "store"
    code, output = run("--store", str(store), "load", str(FIRST))
    assert code == 0, output
    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "TREATYGRAPH_STORE": str(store), "TREATYGRAPH_WRITE_TOKEN": TOKEN}
    binary = Path(sys.executable).with_name("treatygraph")
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(binary), "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_DEADLINE_S
        with httpx.Client(timeout=2.0) as http:
            while True:
                if process.poll() is not None:
                    raise RuntimeError(
                        f"treatygraph serve exited with {process.returncode}: {log.read_text()}"
                    )
                try:
                    if http.get(url + "/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"treatygraph serve did not answer on {url}: {log.read_text()}")
                time.sleep(0.1)
        yield Server(process, url, store, log)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_load_beside_a_running_server_sends_the_documents_to_it(server: Server, tmp_path: Path) -> None:
    second = copy_document(SECOND, tmp_path / "new")
    code, output = run(
        "--store", str(server.store), "load", str(second), env={"TREATYGRAPH_WRITE_TOKEN": TOKEN}
    )
    assert code == 0, output
    assert f"in use by the server at {server.url}/" in output
    assert "loaded 001_cedc23f43b6c655a.txt" in output
    listed = httpx.get(server.url + "/documents").json()["documents"]
    assert [d["key"] for d in listed] == ["001-cedc23f43b6c655a", "004-a00dd6bdca9b889f"]
    # Sent again, unchanged: the server does not extract it a second time.
    code, output = run(
        "--store", str(server.store), "load", str(second), env={"TREATYGRAPH_WRITE_TOKEN": TOKEN}
    )
    assert code == 0, output
    assert "unchanged 001_cedc23f43b6c655a.txt" in output


def test_load_beside_a_running_server_without_the_token_says_what_to_do(server: Server) -> None:
    code, output = run("--store", str(server.store), "load", str(FIRST))
    assert code == 1
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert "TREATYGRAPH_WRITE_TOKEN" in lines[0] and server.url in lines[0]
    assert "LOCK" not in output and "IO error" not in output


def test_a_wrong_token_is_one_line_too(server: Server) -> None:
    code, output = run(
        "--store", str(server.store), "load", str(FIRST), env={"TREATYGRAPH_WRITE_TOKEN": "wrong"}
    )
    assert code == 1
    assert "refused the documents" in output and "LOCK" not in output


def test_the_note_goes_with_the_server(server: Server) -> None:
    note = server_note(server.store)
    assert note.exists()
    server.process.send_signal(signal.SIGTERM)
    server.process.wait(timeout=15)
    assert not note.exists()
    code, output = run("--store", str(server.store), "load", str(FIRST))
    assert code == 0, output
    assert "unchanged 004_a00dd6bdca9b889f.txt" in output


def test_a_store_held_by_another_process_is_explained_in_one_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    code, output = run("--store", str(store), "load", str(tmp_path / "nothing-here"))
    held = EmbeddedStore(store)  # this process holds the lock; no server left a note
    try:
        code, output = run("--store", str(store), "load", str(FIRST))
    finally:
        held.close()
    assert code == 1
    assert "in use by another process" in output
    assert "LOCK" not in output and "IO error" not in output


def test_a_second_load_of_unchanged_documents_extracts_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    first, second = copy_document(FIRST, folder), copy_document(SECOND, folder)
    store = tmp_path / "store"
    code, output = run("--store", str(store), "load", str(folder))
    assert code == 0, output
    assert output.count("loaded ") == 2 and "registry: " in output
    before = nquads(store)
    assert any("sourceHash" in quad for quad in before)

    code, output = run("--store", str(store), "load", str(folder))
    assert code == 0, output
    assert "registry: unchanged" in output
    assert "unchanged 004_a00dd6bdca9b889f.txt" in output and "unchanged 001_cedc23f43b6c655a.txt" in output
    assert "2 documents: 0 loaded, 2 unchanged" in output
    assert nquads(store) == before

    # A changed sidecar is a changed document; the other one is left alone.
    sidecar = second.with_name(second.name.replace(".txt", ".meta.json"))
    sidecar.write_text('{"title": "Another title"}', encoding="utf-8")
    code, output = run("--store", str(store), "load", str(folder))
    assert code == 0, output
    assert "loaded 001_cedc23f43b6c655a.txt" in output and "unchanged 004_a00dd6bdca9b889f.txt" in output

    code, output = run("--store", str(store), "load", "--force", str(folder))
    assert code == 0, output
    assert "2 documents: 2 loaded, 0 unchanged" in output
    assert first.exists()


def test_changed_shapes_rebuild_every_graph(tmp_path: Path) -> None:
    store = tmp_path / "store"
    code, output = run("--store", str(store), "load", str(FIRST))
    assert code == 0, output
    shapes = tmp_path / "shapes"
    shutil.copytree(PROJECT_ROOT / "shapes", shapes)
    (shapes / "extra.ttl").write_text("# a comment is a change of the shapes files\n", encoding="utf-8")
    code, output = run("--store", str(store), "load", str(FIRST), env={"TREATYGRAPH_SHAPES": str(shapes)})
    assert code == 0, output
    assert "registry: unchanged" not in output and "loaded 004_a00dd6bdca9b889f.txt" in output


@pytest.mark.remote
def test_load_and_serve_run_side_by_side_on_a_remote_store(
    private_oxigraph: Callable[[], AbstractContextManager[str]],
    serve_app: Callable[[object], AbstractContextManager[str]],
    tmp_path: Path,
) -> None:
    with private_oxigraph() as base_url:
        query_url = base_url + "/query"
        code, output = run("--store", query_url, "load", str(FIRST))
        assert code == 0, output
        application = build_app(Settings.load({"store": query_url}, {}))
        try:
            with serve_app(application) as served:
                keys = [d["key"] for d in httpx.get(served + "/documents").json()["documents"]]
                assert keys == ["004-a00dd6bdca9b889f"]
                code, output = run("--store", query_url, "load", str(SECOND), str(FIRST))
                assert code == 0, output
                assert "loaded 001_cedc23f43b6c655a.txt" in output
                assert "unchanged 004_a00dd6bdca9b889f.txt" in output
                keys = [d["key"] for d in httpx.get(served + "/documents").json()["documents"]]
                assert keys == ["001-cedc23f43b6c655a", "004-a00dd6bdca9b889f"]
        finally:
            application.state.services.store.close()
