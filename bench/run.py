"""Run the benchmark: the same graph served by TreatyGraph and its peers, the same queries to each.

    python -m bench.run --sizes 1e4,1e5 --queries 2000 --clients 1,8,32

For each size it generates (or reuses) the synthetic graph, starts each contender on a free
loopback port, checks their answers agree, then runs each query mix at each client count, the
contenders taking turns slice by slice, bounded by ``--queries`` and ``--cell-seconds``. It then
times the SHACL gate on that size and, once, the whole document pipeline. It prints a table
(ratios against ``oxigraph serve`` measured in the same run) and writes
``bench/results/latest.json``, ``latest.txt`` and ``latest.png``. Timings are the machine's:
the JSON records which machine that was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

from bench.generate import SHAPES, World, generate
from bench.search import compare_search
from bench.servers import CONTENDERS, PEERS_BIN, Server, StartupTimeout
from bench.workload import (
    CHEAP_KINDS,
    KINDS,
    MIXES,
    LoadRun,
    Query,
    answer_size,
    make_query,
    query_mix,
    run_load,
    summarise,
)

__all__ = ["main", "run"]

HERE = Path(__file__).resolve().parent
THIS = "treatygraph"
nan = math.nan


def machine() -> dict[str, Any]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in _read("/proc/cpuinfo").splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        (line.split()[1] for line in _read("/proc/meminfo").splitlines() if line.startswith("MemTotal:")), "0"
    )
    versions = {}
    for module in ("pyoxigraph", "pyshacl", "rdflib", "fastapi", "uvicorn", "httpx"):
        try:
            versions[module] = __import__(module).__version__
        except (ImportError, AttributeError):
            versions[module] = None
    versions["oxigraph-cli"] = _output([str(Path(sys.executable).with_name("oxigraph")), "--version"])
    versions["rdflib-endpoint"] = _output(
        [
            str(PEERS_BIN / "python"),
            "-c",
            "import importlib.metadata as m; print(m.version('rdflib-endpoint'))",
        ]
    )
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": round(int(mem) / 2**20, 1),
        "loadavg_at_start": list(os.getloadavg()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
    }


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def _output(argv: list[str]) -> str | None:
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def check_answers(
    servers: dict[str, Server], manifest: dict[str, Any], seed: int, timeout: float
) -> dict[str, Any]:
    """One query of each kind to every contender: result sizes side by side, and whether they agree."""
    rng = random.Random(f"check-{seed}")
    out: dict[str, Any] = {}
    with httpx.Client(timeout=timeout) as client:
        for kind in KINDS:
            query = make_query(kind, manifest, rng)
            sizes: dict[str, int | str] = {}
            for name, server in servers.items():
                try:
                    r = client.get(
                        server.query_url, params={"query": query.text}, headers={"Accept": query.accept}
                    )
                    sizes[name] = (
                        answer_size(r.content, kind) if r.status_code == 200 else f"HTTP {r.status_code}"
                    )
                except httpx.TimeoutException:
                    sizes[name] = "timeout"
                except httpx.HTTPError as exc:
                    sizes[name] = f"error: {type(exc).__name__}"
            numbers = {v for v in sizes.values() if isinstance(v, int)}
            out[kind] = {
                "sizes": sizes,
                "agree": len(numbers) <= 1 and all(isinstance(v, int) for v in sizes.values()),
            }
    return out


def ratios(contenders: dict[str, Any], mix: str | None = None) -> dict[str, Any]:
    """TreatyGraph's speed over each peer's, for one mix (the first measured if ``mix`` is None).

    ``overall_qps_ratio``: our queries/s over the peer's at each client count (above 1: we are
    faster; the target is at least 0.8). ``per_kind_latency_ratio_1_client``: the peer's mean
    latency over ours at one client (above 1: we are faster). ``p50_over_peer``: per client count
    and kind, our median latency over the peer's (below 1: we are faster; the target for the
    cheap kinds at 8 clients is at most 2).
    """
    ours = contenders.get(THIS, {})
    out: dict[str, Any] = {}

    def cells(entry: dict[str, Any]) -> dict[str, Any]:
        mixes = entry.get("mixes", {})
        found: dict[str, Any] = mixes.get(mix) if mix is not None else entry.get("cells")
        return found or {}

    for name, peer in contenders.items():
        if name == THIS or peer.get("status") != "ok" or ours.get("status") != "ok":
            if name != THIS:
                out[name] = {"status": peer.get("status", "missing")}
            continue
        mine, theirs = cells(ours), cells(peer)
        overall = {}
        p50: dict[str, dict[str, float]] = {}
        for clients, cell in mine.items():
            other = theirs.get(clients)
            if other and other.get("qps") and cell.get("qps"):
                overall[clients] = round(cell["qps"] / other["qps"], 3)
            if other:
                p50[clients] = {
                    kind: round(figures["p50_ms"] / other["per_kind"][kind]["p50_ms"], 2)
                    for kind, figures in cell["per_kind"].items()
                    if figures.get("p50_ms") and other["per_kind"].get(kind, {}).get("p50_ms")
                }
        per_kind: dict[str, float | str] = {}
        first = min(mine, key=int) if mine else None
        for kind in KINDS:
            a = mine[first]["per_kind"].get(kind, {}) if first else {}
            b = theirs.get(first, {}).get("per_kind", {}).get(kind, {}) if first else {}
            if a.get("mean_ms") and b.get("mean_ms"):
                per_kind[kind] = round(b["mean_ms"] / a["mean_ms"], 3)
        out[name] = {
            "overall_qps_ratio": overall,
            "per_kind_latency_ratio_1_client": per_kind,
            "p50_over_peer": p50,
        }
    return out


def measure_interleaved(
    servers: dict[str, Server],
    queries: list[Query],
    clients: int,
    args: argparse.Namespace,
) -> tuple[dict[str, LoadRun], dict[str, list[float]], dict[str, float]]:
    """Every contender runs the same queries at ``clients``, in ``args.rounds`` slices taken in
    turn (A B A B ..., the order flipped each round), so a machine whose speed drifts during the
    run slows every contender alike. Each contender's slices are merged into one run; the
    queries/s of each slice are returned beside, to show how noisy the machine was, and the CPU
    seconds its server (with its worker processes) used."""
    rounds = max(1, args.rounds)
    per_slice = max(1, len(queries) // rounds)
    merged = {name: LoadRun(clients, 0.0) for name in servers}
    slices: dict[str, list[float]] = {}
    cpu: dict[str, float] = {}
    names = list(servers)
    for r in range(rounds):
        part = queries[r * per_slice : (r + 1) * per_slice] or queries[:per_slice]
        for name in names if r % 2 == 0 else reversed(names):
            cpu_before = servers[name].cpu_seconds()
            done = run_load(
                servers[name].query_url,
                part,
                clients,
                max_seconds=args.cell_seconds / rounds,
                timeout=args.query_timeout,
            )
            cpu[name] = cpu.get(name, 0.0) + servers[name].cpu_seconds() - cpu_before
            merged[name].outcomes += done.outcomes
            merged[name].wall_seconds += done.wall_seconds
            ok = sum(1 for o in done.outcomes if o.status == 200)
            slices.setdefault(name, []).append(round(ok / done.wall_seconds, 1) if done.wall_seconds else 0.0)
    return merged, slices, cpu


def bench_size(size: int, args: argparse.Namespace, data_dir: Path, work: Path) -> dict[str, Any]:
    made = generate(size, args.seed, data_dir, args.shape)
    manifest = json.loads(made.manifest_path.read_text(encoding="utf-8"))
    print(
        f"[{size}] generated {made.triples} triples in {made.graphs} graphs ({made.seconds:.1f} s)",
        file=sys.stderr,
    )
    mixes = {mix: query_mix(manifest, args.queries, args.seed, mix) for mix in args.mixes}
    result: dict[str, Any] = {
        "triples": made.triples,
        "graphs": made.graphs,
        "shape": args.shape,
        "generate_s": round(made.seconds, 2),
        "nquads_bytes": made.path.stat().st_size,
        "contenders": {},
    }
    servers: dict[str, Server] = {}
    try:
        for name in args.contenders:
            folder = work / f"{size}-{name}"
            folder.mkdir(parents=True, exist_ok=True)
            try:
                servers[name] = CONTENDERS[name](made.path, folder, args.startup_seconds, args.query_timeout)
                result["contenders"][name] = {
                    "status": "ok",
                    "load_s": round(servers[name].load_seconds, 3),
                    "load_triples_per_s": round(made.triples / servers[name].load_seconds, 1),
                    "mixes": {mix: {} for mix in mixes},
                }
                print(f"[{size}] {name} ready in {servers[name].load_seconds:.1f} s", file=sys.stderr)
            except StartupTimeout as exc:
                result["contenders"][name] = {"status": "timeout", "detail": str(exc)}
                print(f"[{size}] {name}: {exc}", file=sys.stderr)
            except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
                result["contenders"][name] = {"status": "failed", "detail": str(exc)[-1500:]}
                print(f"[{size}] {name} failed to start: {str(exc)[-300:]}", file=sys.stderr)
        result["answers"] = check_answers(servers, manifest, args.seed, args.query_timeout)
        live = dict(servers)
        for mix, queries in mixes.items():
            for clients in args.clients:
                if not live:
                    break
                runs, slices, cpu = measure_interleaved(live, queries, clients, args)
                for name, done in runs.items():
                    entry = result["contenders"][name]
                    cell = summarise(done)
                    cell["slice_qps"] = slices[name]
                    cell["server_cpu_ms_per_query"] = (
                        round(1000 * cpu[name] / cell["sent"], 3) if cell["sent"] else None
                    )
                    entry["mixes"][mix][str(clients)] = cell
                    print(
                        f"[{size}] {mix:11} {name:16} c={clients:<3} {cell['qps']:9.1f} q/s  "
                        f"p50 {cell.get('p50_ms', nan):8.2f} ms  p99 {cell.get('p99_ms', nan):9.2f} ms"
                        f"  sent {cell['sent']} timeouts {cell['timeouts']} errors {cell['errors']}"
                        f"  server CPU {cell['server_cpu_ms_per_query'] or nan:.3f} ms/q",
                        file=sys.stderr,
                    )
                    if cell["timeouts"]:
                        entry["status"] = "timeout"
                        del live[name]  # more clients only queue behind the same slow queries
        for name, server in servers.items():  # before the search index is built
            result["contenders"][name]["peak_rss_mb_queries"] = server.peak_rss_mb()
        if THIS in servers and not args.skip_search:
            peer = servers.get("oxigraph")
            result["search"] = compare_search(
                servers[THIS].query_url,
                peer.query_url if peer is not None else None,
                manifest["labels"],
                seed=args.seed,
                timeout=args.query_timeout,
            )
            print(f"[{size}] search: {result['search']}", file=sys.stderr)
        for name, server in servers.items():
            entry = result["contenders"][name]
            entry["peak_rss_mb"] = server.peak_rss_mb()
            if "mixes" in entry:
                entry["cells"] = entry["mixes"][args.mixes[0]]
    finally:
        for server in servers.values():
            server.stop()
    result["ratios"] = ratios(result["contenders"])
    result["ratios_by_mix"] = {mix: ratios(result["contenders"], mix) for mix in mixes}
    if THIS in servers and not args.skip_validation:
        from bench.pipeline import gate_on_size

        try:
            result["validation"] = gate_on_size(
                work / f"{size}-{THIS}" / "treatygraph-store",
                World.build(size, args.seed, args.shape),
                3,
                args.validate_seconds,
            )
        except Exception as exc:  # report what broke and keep the other figures
            result["validation"] = {"error": f"{type(exc).__name__}: {str(exc)[:4000]}"}
    return result


def run(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "config": {k: v for k, v in vars(args).items() if k not in {"out", "data"}},
        "sizes": {},
    }
    with tempfile.TemporaryDirectory(prefix="treatygraph-bench-") as tmp:
        work = Path(tmp)
        for size in args.sizes:
            report["sizes"][str(size)] = bench_size(size, args, args.data, work / str(size))
        if not args.skip_pipeline:
            from bench.pipeline import pipeline

            try:
                report["pipeline"] = pipeline(args.pipeline_repeats, work / "pipeline")
            except Exception as exc:  # a stage not yet available: say so, keep the rest
                report["pipeline"] = {"error": f"{type(exc).__name__}: {exc}"}
    report["finished"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return report


COLUMNS = [
    ("size", 9),
    ("contender", -20),
    ("load s", 7),
    ("RSS MiB", 8),
    ("clients", 7),
    ("q/s", 8),
    ("p50 ms", 8),
    ("p95 ms", 8),
    ("p99 ms", 9),
    ("TG/peer", 7),
    ("CPU ms/q", 8),
    ("slices max/min", 14),
]


def _row(values: list[object]) -> str:
    return " ".join(
        f"{v!s:<{-w}}" if w < 0 else f"{v!s:>{w}}" for v, (_, w) in zip(values, COLUMNS, strict=True)
    )


def _spread(values: list[float]) -> str:
    """The fastest slice's queries/s over the slowest's: 1.00 on a quiet machine."""
    return f"{max(values) / min(values):.2f}" if len(values) > 1 and min(values) > 0 else "-"


def _num(value: object, digits: int = 2) -> str:
    return f"{value:.{digits}f}" if isinstance(value, int | float) else "-"


def table(report: dict[str, Any]) -> str:
    """The figures as a plain-text table, then the per-query ratios, the gate and the pipeline."""
    lines = [_row([name for name, _ in COLUMNS])]
    lines.append("-" * len(lines[0]))
    for size, entry in report["sizes"].items():
        mixes = next((list(c["mixes"]) for c in entry["contenders"].values() if c.get("mixes")), ["research"])
        for mix in mixes:
            ours = entry["contenders"].get(THIS, {}).get("mixes", {}).get(mix, {})
            lines.append(f"{size:>9} mix {mix}:")
            for name, c in entry["contenders"].items():
                cells = c.get("mixes", {}).get(mix, {})
                if not cells:
                    lines.append(_row([size, name, c.get("status"), *[""] * (len(COLUMNS) - 3)]))
                    continue
                for clients, cell in cells.items():
                    mine = ours.get(clients, {}).get("qps")
                    ratio = mine / cell["qps"] if mine and cell.get("qps") and name != THIS else None
                    qps = _num(cell["qps"], 1) + ("!" if cell["timeouts"] or cell["errors"] else "")
                    load = _num(c.get("load_s"), 1)
                    rss = _num(c.get("peak_rss_mb_queries", c.get("peak_rss_mb")), 0)
                    lines.append(
                        _row(
                            [
                                size,
                                name,
                                load,
                                rss,
                                clients,
                                qps,
                                _num(cell.get("p50_ms")),
                                _num(cell.get("p95_ms")),
                                _num(cell.get("p99_ms")),
                                _num(ratio),
                                _num(cell.get("server_cpu_ms_per_query"), 3),
                                _spread(cell.get("slice_qps", [])),
                            ]
                        )
                    )
            for name, r in entry.get("ratios_by_mix", {}).get(mix, {}).items():
                for clients, kinds in r.get("p50_over_peer", {}).items():
                    peer_cells = entry["contenders"][name]["mixes"][mix][clients]["per_kind"]
                    shown = ", ".join(
                        f"{k}{'*' if k in CHEAP_KINDS else ''} {ours[clients]['per_kind'][k]['p50_ms']:.1f}"
                        f"/{peer_cells[k]['p50_ms']:.1f} ms ({v:.2f}x)"
                        for k, v in kinds.items()
                    )
                    lines.append(f"{size:>9}   p50 TreatyGraph/{name}, {clients} clients: {shown}")
        sr = entry.get("search")
        if sr and "speedup" in sr:
            lines.append(
                f"{size:>9} label search: TreatyGraph index {sr['treatygraph_p50_ms']} ms (p50), "
                f"oxigraph FILTER(CONTAINS) {sr['peer_filter_p50_ms']} ms: {sr['speedup']}x; "
                f"index built in {sr['index_build_ms']} ms; TreatyGraph's peak memory with the index "
                f"{_num(entry['contenders'][THIS].get('peak_rss_mb'), 0)} MiB"
            )
        v = entry.get("validation")
        if v and "error" in v:
            lines.append(f"{size:>9} gate: {v['error'].splitlines()[0][:200]}")
        elif v:
            lines.append(
                f"{size:>9} gate: publish one document {v['publish_one_document_s']} s "
                f"(conforms: {v['conforms']}); full-graph pyshacl {v['full_graph_pyshacl_s']} s"
            )
    lines.append(
        "(! = some requests timed out or failed; TG/peer > 1 means TreatyGraph is faster; "
        "* = a cheap lookup kind)"
    )
    p = report.get("pipeline")
    if p and "error" in p:
        lines.append(f"pipeline: {p['error'].splitlines()[0][:200]}")
    elif p:
        lines.append(
            f"pipeline: {p['documents']} documents ({p['rejected_by_gate']} rejected by the gate), "
            f"{p['documents_per_s']} docs/s, {p['triples_per_s']} triples/s; stage seconds "
            f"{p['stage_seconds']}"
        )
        lines.append(
            f"pipeline: store writes without the gate {p['store_write_without_gate_triples_per_s']} "
            f"triples/s; pyoxigraph bulk_load {p['pyoxigraph_bulk_load_triples_per_s']} triples/s"
        )
    return "\n".join(lines)


def plot(json_path: Path, png_path: Path) -> str:
    """Draw with matplotlib from the peers' environment (the project does not depend on it)."""
    python = PEERS_BIN / "python"
    if not python.exists():
        return f"no plot: {python} is missing"
    done = subprocess.run(
        [str(python), str(HERE / "plot.py"), str(json_path), str(png_path)], capture_output=True, text=True
    )
    return "plotted" if done.returncode == 0 else f"no plot: {done.stderr.strip()[-300:]}"


def _sizes(text: str) -> list[int]:
    return [int(float(s)) for s in text.split(",") if s.strip()]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=_sizes, default=_sizes("1e4,1e5"), help="Graph sizes in triples.")
    p.add_argument("--queries", type=int, default=2000, help="Most queries per contender and client count.")
    p.add_argument(
        "--clients",
        type=lambda s: [int(c) for c in s.split(",")],
        default=[1, 8, 32],
        help="Concurrent clients, comma-separated.",
    )
    p.add_argument(
        "--contenders",
        type=lambda s: s.split(","),
        default=["treatygraph", "oxigraph", "rdflib-endpoint"],
        help=f"Comma-separated subset of {','.join(CONTENDERS)}.",
    )
    p.add_argument("--seed", type=int, default=7)
    p.add_argument(
        "--cell-seconds", type=float, default=30.0, help="Most seconds per contender and client count."
    )
    p.add_argument(
        "--query-timeout", type=float, default=30.0, help="Seconds before a request counts as timed out."
    )
    p.add_argument(
        "--startup-seconds", type=float, default=300.0, help="Most seconds to load and start a server."
    )
    p.add_argument(
        "--validate-seconds", type=float, default=300.0, help="Most seconds for a full-graph validation."
    )
    p.add_argument(
        "--pipeline-repeats", type=int, default=20, help="Copies of the corpus the pipeline loads."
    )
    p.add_argument(
        "--mixes",
        type=lambda s: s.split(","),
        default=list(MIXES),
        help=f"Query mixes to run, comma-separated, the first reported as `cells`: {','.join(MIXES)}.",
    )
    p.add_argument(
        "--shape",
        choices=sorted(SHAPES),
        default="briefs",
        help="Shape of the generated sources: one named graph per document either way.",
    )
    p.add_argument(
        "--rounds", type=int, default=4, help="Interleaved slices per cell (contenders take turns)."
    )
    p.add_argument("--skip-pipeline", action="store_true")
    p.add_argument("--skip-search", action="store_true")
    p.add_argument("--skip-validation", action="store_true")
    p.add_argument(
        "--data", type=Path, default=HERE.parent / "var" / "bench", help="Where generated graphs are kept."
    )
    p.add_argument("--out", type=Path, default=HERE / "results", help="Where latest.json/png go.")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    unknown = set(args.contenders) - set(CONTENDERS)
    if unknown:
        print(f"unknown contenders: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    report = run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    json_path = args.out / "latest.json"
    json_path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    printed = table(report)
    (args.out / "latest.txt").write_text(printed + "\n", encoding="utf-8")
    print(printed)
    print(f"wrote {json_path}; {plot(json_path, args.out / 'latest.png')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
