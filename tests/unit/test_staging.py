"""Which graphs an update writes, read from its text: the fast path of the gated update must never
name fewer graphs than the update can change (``None`` sends it to the full comparison)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.staging import written_graphs

CASES = [
    ("INSERT DATA { GRAPH <http://q> { <a:a> <a:b> <a:c> } <a:a> <a:b> <a:c> }", {"http://q", None}),
    ("DELETE {} INSERT { <a:a> <a:b> <a:c> } WHERE {}", {None}),
    ("WITH <http://w> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", {"http://w"}),
    ("DELETE WHERE { GRAPH <http://x/g> { ?s ?p ?o } }", {"http://x/g"}),
    ("LOAD <http://x/data>", {None}),
    ("LOAD <http://x/data> INTO GRAPH <http://g>", {"http://g"}),
    ("MOVE <http://a> TO DEFAULT", {"http://a", None}),
    ("COPY <http://a> TO <http://b>", {"http://b"}),
    ("CREATE GRAPH <http://c> ; DROP GRAPH <http://d>", {"http://c", "http://d"}),
    ("INSERT { GRAPH ?g { <a:a> <a:b> <a:c> } } WHERE { GRAPH ?g {} }", None),
    ("DROP NAMED", None),
    ("CLEAR ALL", None),
    ("not sparql at all", None),
]


@pytest.mark.parametrize(("update", "expected"), CASES)
def test_written_graphs_names_every_graph_an_update_can_change(
    update: str, expected: set[str | None] | None
) -> None:
    assert written_graphs(update) == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize(("update", "expected"), [c for c in CASES if c[1] is not None])
def test_applying_the_update_changes_no_other_graph(update: str, expected: set[str | None]) -> None:
    store = ox.Store()
    for graph in ("http://q", "http://w", "http://x/g", "http://a", "http://b", "http://d", "http://other"):
        store.add(ox.Quad(ox.NamedNode("a:a"), ox.NamedNode("a:b"), ox.Literal(graph), ox.NamedNode(graph)))
    before = {q for q in store}
    if update.startswith("LOAD"):
        return  # needs a server; the graph it names is checked above
    store.update(update)
    changed = {q.graph_name for q in before ^ {q for q in store}}
    names = {None if isinstance(g, ox.DefaultGraph) else g.value for g in changed}  # type: ignore[union-attr]
    assert names <= expected


def test_a_staged_update_leaves_nothing_beside_the_store(tmp_path: Path) -> None:
    from graph import EmbeddedStore
    from graph.staging import stage_update

    store = EmbeddedStore(tmp_path / "store")
    try:
        change = stage_update(store, "INSERT DATA { GRAPH <http://g> { <a:a> <a:b> <a:c> } }")
        assert change.contents
        assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
    finally:
        store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
