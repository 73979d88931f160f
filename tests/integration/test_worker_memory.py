"""A query worker keeps the memory a query freed for the next one instead of handing it back
to the kernel and faulting it in again (Linux: page faults read from ``/proc``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import EmbeddedStore

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

EX = "http://example.org/"
GROUPING = (
    "SELECT ?o (COUNT(*) AS ?n) (SAMPLE(?s) AS ?one) WHERE { ?s ?p ?o } GROUP BY ?o ORDER BY DESC(?n) LIMIT 5"
)


def minor_faults(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[7])


def test_a_repeated_grouping_query_takes_few_new_page_faults(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store", query_workers=1, query_memory_mb=512)
    try:
        quads = [
            ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p{i % 7}"), ox.Literal(f"value {i % 5000}"))
            for i in range(40000)
        ]
        store.replace_graph(EX + "g", [q.triple for q in quads])
        fmt = ox.QueryResultsFormat.JSON
        for _ in range(3):  # the worker starts and reaches its working size
            store.execute(GROUPING, results_format=fmt, graph_format=None)
        (pid,) = store.worker_pids()
        before = minor_faults(pid)
        for _ in range(5):
            answer = store.execute(GROUPING, results_format=fmt, graph_format=None)
            assert answer.body is not None and b'"n"' in answer.body
        assert store.worker_pids() == [pid]
        # The query's hash table and rows are about a thousand pages; kept, they fault once.
        assert (minor_faults(pid) - before) / 5 < 50
    finally:
        store.close()
