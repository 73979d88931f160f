"""The benchmark's parts work: the generator writes a valid, reproducible graph, and the harness
measures this service and ``oxigraph serve`` on it. Figures are checked for presence, never value."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from bench import run as bench_run
from bench.generate import generate
from graph import EmbeddedStore, load_gate, publish
from treatygraph.settings import Settings

SIZE = 2000


def _graphs(path: Path) -> dict[str, list[ox.Triple]]:
    graphs: dict[str, list[ox.Triple]] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        assert isinstance(quad.graph_name, ox.NamedNode), "every triple belongs to a named graph"
        graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    return graphs


def test_generator_is_reproducible_for_a_seed(tmp_path: Path) -> None:
    first = generate(SIZE, 11, tmp_path / "a")
    again = generate(SIZE, 11, tmp_path / "b")
    other = generate(SIZE, 12, tmp_path / "c")
    assert first.path.read_bytes() == again.path.read_bytes()
    assert first.manifest_path.read_text() == again.manifest_path.read_text()
    assert first.path.read_bytes() != other.path.read_bytes()
    assert SIZE <= first.triples < SIZE * 2


def test_generated_graph_passes_the_gate(tmp_path: Path) -> None:
    made = generate(SIZE, 11, tmp_path)
    settings = Settings()
    gate = load_gate(settings.shape_files(), settings.ontology_files())
    graphs = _graphs(made.path)
    registry = "https://w3id.org/treatygraph/id/graph/registry"
    assert registry in graphs and len(graphs) >= 3, "a registry graph and document graphs"
    store = EmbeddedStore(tmp_path / "store")
    try:
        publish(store, registry, graphs.pop(registry), gate)  # as `treatygraph load` does
        for graph_iri, triples in sorted(graphs.items()):
            publish(store, graph_iri, triples, gate)  # raises ValidationFailed with the report
        assert store.count() == made.triples
    finally:
        store.close()


def test_harness_measures_this_service_and_oxigraph(tmp_path: Path) -> None:
    code = bench_run.main(
        [
            "--sizes",
            str(SIZE),
            "--queries",
            "14",
            "--clients",
            "1,2",
            "--contenders",
            "treatygraph,oxigraph",
            "--cell-seconds",
            "20",
            "--skip-pipeline",
            "--skip-validation",
            "--data",
            str(tmp_path / "data"),
            "--out",
            str(tmp_path / "results"),
        ]
    )
    assert code == 0
    report = json.loads((tmp_path / "results" / "latest.json").read_text())
    assert report["machine"]["nproc"] >= 1
    entry = report["sizes"][str(SIZE)]
    for name in ("treatygraph", "oxigraph"):
        contender = entry["contenders"][name]
        assert contender["status"] == "ok", contender
        for clients in ("1", "2"):
            cell = contender["cells"][clients]
            assert cell["errors"] == 0 and cell["timeouts"] == 0, cell
            assert cell["completed"] == cell["sent"] > 0
            for key in ("qps", "p50_ms", "p95_ms", "p99_ms"):
                assert key in cell
    assert all(check["agree"] for check in entry["answers"].values()), entry["answers"]
    assert set(entry["ratios"]["oxigraph"]["overall_qps_ratio"]) == {"1", "2"}
