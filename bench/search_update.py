"""What keeping the search index in step costs, and what a lookup costs against a SPARQL scan.

Loads a generated graph (``bench.generate``) into an in-memory store, builds the index once,
then writes one document graph again (as ``POST /documents`` does: the same key, a changed
text) through the write journal and times the index catching up, against building the whole
index again. Lookups are timed against ``FILTER(CONTAINS(LCASE(...)))`` over the same texts
(labels, quotes, document text), the only way a plain SPARQL store finds a phrase.

    python -m bench.search_update --triples 100000 --out var/bench
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from api.search import IndexHolder, build_index
from api.write_journal import WriteJournal
from bench.generate import generate
from graph import EmbeddedStore
from ontology.namespaces import SCHEMA, SKOS, TG

__all__ = ["main", "measure"]

SCAN_QUERY = (
    "SELECT DISTINCT ?s WHERE {{ VALUES ?p {{ <{label}> <{alt}> <{hidden}> <{quote}> <{text}> }} "
    "?s ?p ?o FILTER(CONTAINS(LCASE(STR(?o)), {word})) }}"
)


def measure(path: Path, *, repeats: int = 30, seed: int = 7) -> dict[str, Any]:
    store = EmbeddedStore(None)
    started = time.perf_counter()
    store._store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    out: dict[str, Any] = {"triples": store.count(), "load_s": round(time.perf_counter() - started, 2)}
    rebuilds = []
    for _ in range(3):
        started = time.perf_counter()
        index = build_index(store)
        rebuilds.append(time.perf_counter() - started)
    tracemalloc.start()
    kept = build_index(store)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    out["index_mb"] = round(current / 1e6, 1)
    out["full_rebuild_ms"] = round(statistics.median(rebuilds) * 1000, 1)
    out["index_peak_mb"] = round(peak / 1e6, 1)
    out["index"] = index.figures()
    holder, journal = IndexHolder(), WriteJournal()
    holder.search(store, journal, "warm", 1)
    documents = [g for g in store.graphs() if "/graph/doc/" in g]
    rng = random.Random(seed)
    updates = []
    for _ in range(5):
        graph = rng.choice(documents)
        triples = store.graph_triples(graph)
        probe = ox.NamedNode(graph + "#probe")
        marker = ox.Triple(probe, ox.NamedNode(SKOS.prefLabel), ox.Literal("Zyxwv probe"))
        with journal.writing(store) as touched:
            touched.add(graph)
            store.replace_graph(graph, [*triples, marker])
        started = time.perf_counter()
        found = holder.search(store, journal, "zyxwv", 5)
        updates.append(time.perf_counter() - started)
        assert found and holder.last_update["graphs_read"] == 1, holder.last_update
        with journal.writing(store) as touched:
            touched.add(graph)
            store.replace_graph(graph, triples)
        holder.search(store, journal, "zyxwv", 5)
    out["one_document_update_ms"] = round(statistics.median(updates) * 1000, 1)
    out["document_triples"] = round(statistics.mean(store.count(g) for g in documents[:20]))
    words = _words(store, repeats, rng)
    ours, scans = [], []
    for word in words:
        started = time.perf_counter()
        holder.search(store, journal, word, 10)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        store.query(
            SCAN_QUERY.format(
                label=SKOS.prefLabel,
                alt=SKOS.altLabel,
                hidden=SKOS.hiddenLabel,
                quote=TG.quote,
                text=SCHEMA.text,
                word=json.dumps(word.lower()),
            )
        ).text_rows()
        scans.append(time.perf_counter() - started)
    out["lookup_p50_ms"] = round(statistics.median(ours) * 1000, 2)
    out["filter_contains_p50_ms"] = round(statistics.median(scans) * 1000, 2)
    out["lookups"] = len(words)
    return out


def _words(store: EmbeddedStore, count: int, rng: random.Random) -> list[str]:
    """Words of four letters or more from labels."""
    rows = store.query(f"SELECT ?l WHERE {{ ?s <{SKOS.prefLabel}> ?l }} LIMIT 2000").text_rows()
    pool = sorted({w.strip(".,'’()") for r in rows for w in r["l"].split() if len(w) >= 4})
    return [rng.choice(pool) for _ in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("var/bench"))
    args = parser.parse_args(argv)
    path = args.out / f"triples-{args.triples}-seed{args.seed}.nq"
    if not path.exists():
        generate(args.triples, args.seed, args.out)
    print(json.dumps(measure(path, seed=args.seed), indent=1), file=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
