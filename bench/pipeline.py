"""Loading and validation figures: the whole document pipeline, raw store writes, the SHACL gate.

- ``pipeline``: the real corpus, repeated under renamed keys, through read_document -> extract
  -> claims_to_triples -> publish (gate included), timed stage by stage; then the same triples
  written to a fresh store without the gate, and bulk-loaded by pyoxigraph, for comparison.
- ``gate_on_size``: publishing one more synthetic article into a store that holds a given size
  (the gate sees the new graph plus the types it points at, so this should not grow with size),
  and the full-graph pyshacl run (``treatygraph validate``) beside it, bounded in time.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from bench.generate import World
from loaders.to_rdf import claims_to_triples

__all__ = ["gate_on_size", "pipeline"]

ROOT = Path(__file__).resolve().parent.parent


def pipeline(repeats: int, work: Path) -> dict[str, Any]:
    """Documents/s and triples/s through the whole pipeline; raises ImportError if a stage is missing."""
    from graph import EmbeddedStore, ValidationFailed, publish
    from loaders.documents import read_document, sidecar_path
    from loaders.extract import extract
    from loaders.iris import Minter
    from treatygraph.build import open_gate, open_registry, publish_registry
    from treatygraph.settings import Settings

    settings = Settings.load({}, {})
    corpus = sorted(settings.documents.glob("*.txt"))
    folder = work / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(repeats):
        for source in corpus:
            target = folder / f"r{n:03d}-{source.name}"
            shutil.copyfile(source, target)
            shutil.copyfile(sidecar_path(source), sidecar_path(target))
            paths.append(target)
    gate, registry, minter = open_gate(settings), open_registry(settings), Minter(settings.base_iri)
    store = EmbeddedStore(work / "pipeline-store")
    try:
        publish_registry(store, gate, registry, minter)
    except ValidationFailed as exc:
        raise RuntimeError(f"the registry does not pass the gate: {exc}") from exc
    stages = {"read": 0.0, "extract": 0.0, "to_rdf": 0.0, "publish": 0.0}
    graphs: list[tuple[str, list[ox.Triple]]] = []
    claims_total = 0
    failures: list[str] = []
    started = time.perf_counter()
    for path in paths:
        t0 = time.perf_counter()
        document = read_document(path)
        t1 = time.perf_counter()
        claims = extract(document, registry)
        t2 = time.perf_counter()
        triples = claims_to_triples(document, claims, minter)
        t3 = time.perf_counter()
        graph_iri = minter.document_graph(document.key)
        try:
            publish(store, graph_iri, triples, gate)
        except ValidationFailed as exc:  # timed all the same: the gate ran in full
            failures.append(exc.report.results[0].describe() if exc.report.results else str(exc))
        t4 = time.perf_counter()
        for name, seconds in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            stages[name] += seconds
        graphs.append((graph_iri, triples))
        claims_total += len(claims)
    total = time.perf_counter() - started
    store.close()
    triples_total = sum(len(t) for _, t in graphs)

    raw = EmbeddedStore(work / "raw-store")
    started = time.perf_counter()
    for graph_iri, triples in graphs:
        raw.replace_graph(graph_iri, triples)
    raw_seconds = time.perf_counter() - started
    raw.close()

    data = b"".join(
        ox.serialize(
            [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g)) for t in triples],
            format=ox.RdfFormat.N_QUADS,
        )
        or b""
        for g, triples in graphs
    )
    bulk = ox.Store(str(work / "bulk-store"))
    started = time.perf_counter()
    bulk.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    bulk.flush()
    bulk_seconds = time.perf_counter() - started
    return {
        "documents": len(paths),
        "rejected_by_gate": len(failures),
        "first_rejection": failures[0] if failures else None,
        "claims": claims_total,
        "triples": triples_total,
        "seconds": round(total, 3),
        "documents_per_s": round(len(paths) / total, 2),
        "triples_per_s": round(triples_total / total, 1),
        "stage_seconds": {k: round(v, 3) for k, v in stages.items()},
        "store_write_without_gate_triples_per_s": round(triples_total / raw_seconds, 1),
        "pyoxigraph_bulk_load_triples_per_s": round(triples_total / bulk_seconds, 1),
    }


def gate_on_size(store_dir: Path, world: World, samples: int, full_bound: float) -> dict[str, Any]:
    """Publish ``samples`` new articles into a copy of ``store_dir``; then time a full validation."""
    from graph import EmbeddedStore, ValidationFailed, publish
    from treatygraph.build import open_gate
    from treatygraph.settings import Settings

    settings = Settings.load({}, {})
    gate = open_gate(settings)
    with tempfile.TemporaryDirectory(dir=store_dir.parent) as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(store_dir, copy)
        store = EmbeddedStore(copy)
        timings: list[float] = []
        conforms: list[bool] = []
        rejections: list[str] = []
        for n in range(samples):
            document, claims = world.document(10_000_000 + n)
            triples = claims_to_triples(document, claims, world.minter)
            started = time.perf_counter()
            try:
                report = publish(store, world.minter.document_graph(document.key), triples, gate)
                conforms.append(report.conforms)
            except ValidationFailed as exc:  # the gate ran in full: its time counts
                conforms.append(False)
                rejections.append(exc.report.results[0].describe() if exc.report.results else str(exc))
            timings.append(time.perf_counter() - started)
        store.close()
        del store
    full = _full_validation(store_dir, full_bound)
    return {
        "publish_one_document_s": round(statistics.median(timings), 4),
        "publish_samples_s": [round(t, 4) for t in timings],
        "conforms": all(conforms),
        "first_rejection": rejections[0] if rejections else None,
        "full_graph_pyshacl_s": full,
    }


def _full_validation(store_dir: Path, bound: float) -> float | str:
    """``treatygraph validate`` on the whole store, killed after ``bound`` seconds."""
    argv = [str(Path(sys.executable).with_name("treatygraph")), "--store", str(store_dir), "validate"]
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        _, err = process.communicate(timeout=bound)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return "timeout"
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):  # 1 = ran, data does not conform: still a timing
        return f"failed: {err.decode(errors='replace').strip()[-300:]}"
    return round(seconds, 3)
