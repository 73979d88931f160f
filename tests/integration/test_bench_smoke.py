"""The benchmark's parts work: the generator writes a valid, reproducible graph, and the harness
measures this service and ``oxigraph serve`` on it. Figures are checked for presence, never value."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from graph import EmbeddedStore, load_gate, publish
from treatygraph.settings import Settings

SIZE = 2000
ROOT = Path(__file__).resolve().parents[2]


def _bench(module: str, *args: str) -> None:
    """Run ``python -m bench.<module>`` from the project root, as ``make bench`` does."""
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]


def generate(size: int, seed: int, out: Path) -> tuple[Path, dict[str, object]]:
    _bench("generate", "--triples", str(size), "--seed", str(seed), "--out", str(out))
    stem = out / f"triples-{size}-seed{seed}"
    return stem.with_suffix(".nq"), json.loads(stem.with_suffix(".json").read_text())


def _graphs(path: Path) -> dict[str, list[ox.Triple]]:
    graphs: dict[str, list[ox.Triple]] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        assert isinstance(quad.graph_name, ox.NamedNode), "every triple belongs to a named graph"
        graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    return graphs


def test_generator_is_reproducible_for_a_seed(tmp_path: Path) -> None:
    first, manifest = generate(SIZE, 11, tmp_path / "a")
    again, manifest_again = generate(SIZE, 11, tmp_path / "b")
    other, _ = generate(SIZE, 12, tmp_path / "c")
    assert first.read_bytes() == again.read_bytes()
    assert manifest == manifest_again
    assert first.read_bytes() != other.read_bytes()
    assert isinstance(manifest["triples"], int) and SIZE <= manifest["triples"] < SIZE * 2


def test_generated_graph_passes_the_gate(tmp_path: Path) -> None:
    path, manifest = generate(SIZE, 11, tmp_path)
    settings = Settings()
    gate = load_gate(settings.shape_files(), settings.ontology_files())
    graphs = _graphs(path)
    registry = "https://w3id.org/treatygraph/id/graph/registry"
    assert registry in graphs and len(graphs) >= 3, "a registry graph and document graphs"
    store = EmbeddedStore(tmp_path / "store")
    try:
        publish(store, registry, graphs.pop(registry), gate)  # as `treatygraph load` does
        for graph_iri, triples in sorted(graphs.items()):
            publish(store, graph_iri, triples, gate)  # raises ValidationFailed with the report
        assert store.count() == manifest["triples"]
    finally:
        store.close()


def test_harness_measures_this_service_and_oxigraph(tmp_path: Path) -> None:
    results = tmp_path / "results"
    _bench(
        "run", "--sizes", str(SIZE), "--queries", "14", "--clients", "1,2",
        "--contenders", "treatygraph,oxigraph", "--cell-seconds", "20",
        "--skip-pipeline", "--skip-validation",
        "--data", str(tmp_path / "data"), "--out", str(results),
    )  # fmt: skip
    report = json.loads((results / "latest.json").read_text())
    assert report["machine"]["nproc"] >= 1
    entry = report["sizes"][str(SIZE)]
    for name in ("treatygraph", "oxigraph"):
        contender = entry["contenders"][name]
        assert contender["status"] == "ok", contender
        for clients in ("1", "2"):
            cell = contender["cells"][clients]
            assert cell["errors"] == 0 and cell["timeouts"] == 0, cell
            assert cell["completed"] == cell["sent"] > 0
            for key in ("qps", "p50_ms", "p95_ms", "p99_ms", "server_cpu_ms_per_query", "slice_qps"):
                assert key in cell
        assert set(contender["mixes"]) == {"research", "linked-data"}
    assert all(check["agree"] for check in entry["answers"].values()), entry["answers"]
    assert set(entry["ratios"]["oxigraph"]["overall_qps_ratio"]) == {"1", "2"}
    assert entry["graphs"] >= 3, "one named graph per generated document"
    p50 = entry["ratios_by_mix"]["linked-data"]["oxigraph"]["p50_over_peer"]
    assert {"node", "describe", "ask"} <= set(p50["2"])
