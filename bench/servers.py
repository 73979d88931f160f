"""The contenders: each loads the same N-Quads file and serves it on a free loopback port.

- ``treatygraph``: ``treatygraph --store DIR serve``, the store filled beforehand by
  pyoxigraph's ``Store.bulk_load`` (in a child process, so the RocksDB lock is gone after).
- ``oxigraph``: ``oxigraph load`` then ``oxigraph serve --union-default-graph``.
- ``rdflib-endpoint``: ``rdflib-endpoint serve FILE``, from its own virtual environment (it
  parses the whole file into memory at start-up, so its start-up time is its loading time).

Every server is a child process started here and stopped here, by its own process id.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

__all__ = ["CONTENDERS", "Server", "StartupTimeout", "cpu_seconds", "free_port", "peak_rss_mb"]

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PEERS_BIN = ROOT / "var" / "bench-peers" / "bin"  # its own venv: the project's stays untouched


class StartupTimeout(RuntimeError):
    """A contender did not load its data and answer within the start-up bound."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def peak_rss_mb(pid: int) -> float | None:
    """Peak resident set (VmHWM) in MiB of the process and all its descendants, summed.

    TreatyGraph runs queries in worker processes, so the server's own figure alone would hide
    most of its memory; summing each process's peak over-states the joint peak, never under.
    """
    total = 0
    found = False
    for member in [pid, *_descendants(pid)]:
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
                    found = True
        except OSError:
            continue  # exited between listing and reading
    return round(total / 1024, 1) if found else None


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by the process and its descendants, those already
    reaped included: a figure of the work a server did that a busy machine does not inflate
    the way it inflates latencies."""
    ticks = 0
    for member in [pid, *_descendants(pid)]:
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # exited between listing and reading (its time is in its parent's now)
        ticks += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def _descendants(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return [member for child in children for member in (child, *_descendants(child))]


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    query_url: str
    log: Path
    load_seconds: float  # bulk load before start, plus start-up until the first answer

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def peak_rss_mb(self) -> float | None:
        return peak_rss_mb(self.process.pid)

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.process.pid)


def _wait_ready(name: str, process: subprocess.Popen[bytes], url: str, log: Path, bound: float) -> None:
    deadline = time.monotonic() + bound
    with httpx.Client(timeout=5.0) as client:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}: {log.read_text()[-2000:]}")
            try:
                answer = client.get(
                    url,
                    params={"query": "ASK { ?s ?p ?o }"},
                    headers={"Accept": "application/sparql-results+json"},
                )
                if answer.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise StartupTimeout(f"{name} did not answer within {bound:g} s")
            time.sleep(0.1)


def _spawn(
    name: str, argv: list[str], log: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT)


def _start(
    name: str,
    argv: list[str],
    query_path: str,
    port: int,
    work: Path,
    bound: float,
    loaded_s: float,
    env: dict[str, str] | None = None,
) -> Server:
    log = work / f"{name}.log"
    started = time.perf_counter()
    process = _spawn(name, argv, log, env)
    url = f"http://127.0.0.1:{port}{query_path}"
    try:
        _wait_ready(name, process, url, log, bound)
    except BaseException:
        process.kill()
        process.wait()
        raise
    return Server(name, process, url, log, loaded_s + time.perf_counter() - started)


def bulk_load(nquads: Path, location: Path) -> float:
    """pyoxigraph ``Store.bulk_load`` of the file into ``location``; seconds, in a child process."""
    code = (
        "import sys, pyoxigraph as ox\n"
        "s = ox.Store(sys.argv[2])\n"
        "s.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)\n"
        "s.flush()\n"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(nquads), str(location)], check=True, cwd=ROOT)
    return time.perf_counter() - started


def start_treatygraph(
    nquads: Path, work: Path, bound: float, query_timeout: float, source: Path | None = None
) -> Server:
    """``source``: another checkout of this project to serve instead (an A/B comparison)."""
    location = work / "treatygraph-store"
    loaded = bulk_load(nquads, location)
    port = free_port()
    env = {**os.environ, "TREATYGRAPH_QUERY_TIMEOUT": str(query_timeout)}
    if source is not None:
        env["PYTHONPATH"] = str(source.resolve())
    argv = [
        str(VENV_BIN / "treatygraph"),
        "--store",
        str(location),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    name = "treatygraph" if source is None else "treatygraph-baseline"
    return _start(name, argv, "/sparql", port, work, bound, loaded, env)


def start_oxigraph(nquads: Path, work: Path, bound: float, query_timeout: float) -> Server:
    location = work / "oxigraph-store"
    started = time.perf_counter()
    subprocess.run(
        [str(VENV_BIN / "oxigraph"), "load", "--location", str(location), "--file", str(nquads)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    loaded = time.perf_counter() - started
    port = free_port()
    argv = [
        str(VENV_BIN / "oxigraph"),
        "serve",
        "--location",
        str(location),
        "--union-default-graph",
        "--bind",
        f"127.0.0.1:{port}",
        "--timeout-s",
        str(int(query_timeout)),
    ]
    return _start("oxigraph", argv, "/query", port, work, bound, loaded)


def start_rdflib_endpoint(nquads: Path, work: Path, bound: float, query_timeout: float) -> Server:
    binary = PEERS_BIN / "rdflib-endpoint"
    if not binary.exists():
        raise RuntimeError(f"{binary} is missing; see bench/README.md (make bench creates it)")
    port = free_port()
    argv = [str(binary), "serve", str(nquads), "--host", "127.0.0.1", "--port", str(port)]
    return _start("rdflib-endpoint", argv, "/", port, work, bound, 0.0)


Starter = Callable[[Path, Path, float, float], Server]
CONTENDERS: dict[str, Starter] = {
    "treatygraph": start_treatygraph,
    # The same service from the checkout in $BENCH_BASELINE (e.g. `git archive main | tar -x`).
    "treatygraph-baseline": lambda nquads, work, bound, timeout: start_treatygraph(
        nquads, work, bound, timeout, Path(os.environ.get("BENCH_BASELINE", "var/bench-baseline"))
    ),
    "oxigraph": start_oxigraph,
    "rdflib-endpoint": start_rdflib_endpoint,
}
