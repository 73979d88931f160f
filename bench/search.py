"""Label search: TreatyGraph's text index against the same lookup as a SPARQL filter on a peer.

A reader typing a name wants every entity whose label contains it, ranked; without a text index
the peer can only scan every label with ``FILTER(CONTAINS(LCASE(?label), "..."))``. Both are
asked the same words, one request at a time, after one warm-up request that lets TreatyGraph
build its index (its time is reported as ``index_build_ms``).
"""

from __future__ import annotations

import json
import random
import statistics
import time
from typing import Any

import httpx

__all__ = ["compare_search"]

FILTER_QUERY = (
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    "SELECT DISTINCT ?s ?label WHERE {{ ?s skos:prefLabel ?label "
    "FILTER(CONTAINS(LCASE(STR(?label)), {word})) }}"
)


def search_words(labels: list[str], count: int, seed: int) -> list[str]:
    """Words of four letters or more taken from real labels, lower-cased."""
    rng = random.Random(f"search-{seed}")
    words = sorted({w.lower().strip(".,'’()") for label in labels for w in label.split() if len(w) >= 4})
    return [rng.choice(words) for _ in range(count)] if words else []


def compare_search(
    treatygraph_sparql_url: str,
    peer_sparql_url: str | None,
    labels: list[str],
    *,
    seed: int,
    repeats: int = 100,
    timeout: float = 60.0,
) -> dict[str, Any]:
    words = search_words(labels, repeats, seed)
    if not words:
        return {"error": "no labels to search for"}
    base = treatygraph_sparql_url.rsplit("/sparql", 1)[0]
    out: dict[str, Any] = {"words": len(words)}
    with httpx.Client(timeout=timeout) as client:
        started = time.perf_counter()
        client.get(f"{base}/api/search", params={"q": words[0], "limit": 10}).raise_for_status()
        out["index_build_ms"] = round((time.perf_counter() - started) * 1000, 2)
        ours = [_timed(client, "GET", f"{base}/api/search", params={"q": w, "limit": 10}) for w in words]
        out["treatygraph_p50_ms"] = round(statistics.median(ours), 3)
        if peer_sparql_url is not None:
            theirs = [
                _timed(
                    client,
                    "POST",
                    peer_sparql_url,
                    data={"query": FILTER_QUERY.format(word=json.dumps(w))},
                    headers={"Accept": "application/sparql-results+json"},
                )
                for w in words
            ]
            out["peer_filter_p50_ms"] = round(statistics.median(theirs), 3)
            out["speedup"] = round(out["peer_filter_p50_ms"] / out["treatygraph_p50_ms"], 2)
    return out


def _timed(client: httpx.Client, method: str, url: str, **kwargs: Any) -> float:
    started = time.perf_counter()
    response = client.request(method, url, **kwargs)
    response.raise_for_status()
    return (time.perf_counter() - started) * 1000
