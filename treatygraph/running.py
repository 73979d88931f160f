"""A server running on the embedded store, and loading documents through it.

An embedded store is one directory that one process at a time may open for writing: while
``treatygraph serve`` holds it, ``treatygraph load`` cannot open it. So the server leaves a note
beside the store (``.<store>.server.json``: its URL and process id) for as long as it runs, and
a ``load`` that finds the store locked sends its documents to that URL's ``POST /documents``
instead, with the write token from the settings. The note is only read when the store is
locked, so one left behind by a server that was killed misleads no one.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

import httpx

from loaders.documents import document_key, read_sidecar, read_text
from loaders.errors import DocumentError, LoaderError
from treatygraph.build import LoadOutcome, LoadReport
from treatygraph.settings import Settings

__all__ = ["ServerRefused", "announce_server", "running_server", "send_documents", "server_note"]

# Extraction of a long article takes seconds; a server busy with others queues this one.
_POST_TIMEOUT_S = 300.0


class ServerRefused(Exception):
    """Raised when the running server cannot take documents at all (no token, wrong token,
    unreachable): every document would fail the same way, so the load stops with one line."""


def server_note(store: Path) -> Path:
    """Where a server serving the embedded store at ``store`` writes its URL."""
    return store.with_name(f".{store.name}.server.json")


def _client_url(host: str, port: int) -> str:
    """The URL a process on this machine reaches the server at (a wildcard bind is loopback)."""
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


@contextmanager
def announce_server(settings: Settings) -> Iterator[None]:
    """Leave the note beside an embedded store while the block runs; nothing for a remote one."""
    if settings.is_remote:
        yield
        return
    note = server_note(Path(settings.store))
    body = {"url": _client_url(settings.host, settings.port), "pid": os.getpid()}
    with suppress(OSError):  # a read-only folder: load says the store is busy, without the URL
        note.write_text(json.dumps(body) + "\n", encoding="utf-8")
    previous = signal.getsignal(signal.SIGTERM)
    if threading.current_thread() is threading.main_thread():
        # uvicorn shuts down on SIGTERM, then raises the signal again with the handler it found:
        # this one removes the note first, then dies of the signal as it would have.
        def on_term(signum: int, frame: FrameType | None) -> None:
            note.unlink(missing_ok=True)
            signal.signal(signum, signal.SIG_DFL)
            signal.raise_signal(signum)

        signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        note.unlink(missing_ok=True)
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, previous)


def running_server(settings: Settings) -> str | None:
    """The URL in the note beside the embedded store, if a server left one."""
    if settings.is_remote:
        return None
    try:
        found = json.loads(server_note(Path(settings.store)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or not _alive(found.get("pid")):
        return None
    url = found.get("url")
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None


def _alive(pid: object) -> bool:
    """Whether process ``pid`` still runs (a note left by a killed server names a dead one)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True


def send_documents(
    url: str,
    token: str,
    paths: Sequence[Path],
    *,
    force: bool = False,
    on_outcome: Callable[[LoadOutcome], None] | None = None,
) -> LoadReport:
    """Post each document (text, sidecar, key) to the server at ``url``; report as ``load`` does.

    A document the server refuses is reported with its reason; the others are sent all the same.

    :raises ServerRefused: if the server does not take documents from this token, or cannot be
        reached.
    """
    report = LoadReport()
    endpoint = url.rstrip("/") + "/documents"
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(timeout=_POST_TIMEOUT_S, headers=headers) as client:
        for path in paths:
            outcome = _send_one(client, endpoint, path, force)
            report.outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
    return report


def _send_one(client: httpx.Client, endpoint: str, path: Path, force: bool) -> LoadOutcome:
    try:
        key = document_key(path)
        text, sidecar = read_text(path), read_sidecar(path)
    except DocumentError as exc:
        where = "" if exc.path == path else f"sidecar {exc.path.name}: "
        line = f"line {exc.line}: " if exc.line is not None else ""
        return LoadOutcome(path, error=f"{where}{line}{exc.reason}")
    except LoaderError as exc:
        return LoadOutcome(path, error=str(exc))
    try:
        answer = client.post(
            endpoint,
            params={"key": key, **({"force": "true"} if force else {})},
            files={"text": (path.name, text.encode("utf-8"), "text/plain; charset=utf-8")},
            data={"metadata": json.dumps(sidecar)},
        )
    except httpx.HTTPError as exc:
        raise ServerRefused(f"cannot reach the server at {endpoint}: {exc}") from exc
    body = _json(answer)
    if answer.status_code in (200, 201):
        return LoadOutcome(
            path,
            graph=str(body.get("graph")),
            triples=_count(body, "triples"),
            claims=_count(body, "claims"),
            entities=_count(body, "entities"),
            unchanged=body.get("status") == "unchanged",
            left_out=tuple(str(x) for x in left) if isinstance(left := body.get("leftOut"), list) else (),
        )
    message = str(body.get("error") or answer.text.strip() or f"HTTP {answer.status_code}")
    if answer.status_code in (401, 403, 405):
        raise ServerRefused(f"the server at {endpoint} refused the documents: {message}")
    if answer.status_code == 422:
        report = body.get("report")
        found = report.get("results") if isinstance(report, dict) else None
        results = [r for r in found if isinstance(r, dict)] if isinstance(found, list) else []
        details = tuple(str(r.get("description", "")) for r in results)
        first = str(results[0].get("message", "no details")) if results else "no details"
        more = f" (and {len(results) - 1} more)" if len(results) > 1 else ""
        return LoadOutcome(path, error=f"fails the shapes: {first}{more}", details=details)
    return LoadOutcome(path, error=f"the server refused it ({answer.status_code}): {message}")


def _count(body: Mapping[str, object], name: str) -> int:
    value = body.get(name)
    return value if isinstance(value, int) else 0


def _json(answer: httpx.Response) -> dict[str, object]:
    try:
        found = answer.json()
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}
