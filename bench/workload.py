"""The query mix and the load generator.

The mix asks what a reader of the graph asks (the research questions): find an entity by its
label, a state's treaty history in date order, events in a date range, where sources disagree
on a date, an entity's two-hop neighbourhood, how many of each kind there are, and a CONSTRUCT
describing one entity. Parameters come from the generator's manifest with a seeded draw, so
every contender answers the very same sequence of requests.

Every SELECT says DISTINCT: a triple that several documents assert is in several named graphs,
and engines differ on whether the union default graph repeats it (oxigraph does), so without
DISTINCT the contenders would not be answering the same question.

The load generator keeps ``clients`` requests in flight with ``httpx.AsyncClient`` and stops at
a count or a deadline, whichever comes first. It runs on the same machine as the servers, so its
own CPU use is part of what is measured; it is the same for every contender.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = [
    "CHEAP_KINDS",
    "KINDS",
    "MIXES",
    "LoadRun",
    "Outcome",
    "Query",
    "answer_size",
    "query_mix",
    "run_load",
    "summarise",
]

PREFIXES = (
    "PREFIX tg: <https://w3id.org/treatygraph/def#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
)
SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples"
KINDS = (
    "label",
    "history",
    "date_range",
    "conflicts",
    "two_hop",
    "count",
    "construct",
    "node",
    "describe",
    "ask",
)
GRAPH_KINDS = frozenset({"construct", "describe"})
# Lookups a linked-data front end makes for every page it shows: one node's triples, its
# description, whether it exists, an entity by its label.
CHEAP_KINDS = ("label", "construct", "node", "describe", "ask")
# Two mixes, each a weight per kind. ``research``: the research questions in equal shares (heavy:
# orderings, a grouped count, a self-join over graphs). ``linked-data``: the traffic of a
# linked-data front end and its crawlers, mostly dereferencing (one node's triples, DESCRIBE,
# CONSTRUCT of one node), existence checks and label lookups, with the heavier questions of the
# research mix as one request in five.
MIXES: dict[str, dict[str, int]] = {
    "research": {
        k: 1 for k in ("label", "history", "date_range", "conflicts", "two_hop", "count", "construct")
    },
    "linked-data": {
        "node": 6,
        "describe": 4,
        "construct": 2,
        "ask": 4,
        "label": 4,
        "history": 1,
        "date_range": 1,
        "two_hop": 1,
        "count": 1,
        "conflicts": 1,
    },
}


@dataclass(frozen=True)
class Query:
    kind: str
    text: str

    @property
    def accept(self) -> str:
        return GRAPH_ACCEPT if self.kind in GRAPH_KINDS else SELECT_ACCEPT


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid SPARQL string literal


def make_query(kind: str, manifest: dict[str, Any], rng: random.Random) -> Query:
    if kind == "label":
        label = rng.choice(manifest["labels"])
        text = f"SELECT DISTINCT ?s ?type WHERE {{ ?s skos:prefLabel {_literal(label)} ; a ?type }}"
    elif kind == "history":
        state = rng.choice(manifest["states"])
        text = (
            "SELECT DISTINCT ?action ?type ?treaty ?date WHERE { "
            f"?action tg:state <{state}> ; tg:treaty ?treaty ; a ?type ; tg:date ?date "
            "} ORDER BY ?date ?action"
        )
    elif kind == "date_range":
        year = rng.randint(1955, 2024)
        text = (
            "SELECT DISTINCT ?event ?date WHERE { ?event tg:date ?date . "
            f'FILTER(?date >= "{year}-01-01"^^xsd:date && ?date < "{year + 2}-01-01"^^xsd:date) '
            "} ORDER BY ?date ?event LIMIT 100"
        )
    elif kind == "conflicts":
        text = (
            "SELECT DISTINCT ?s ?v1 ?g1 ?v2 ?g2 WHERE { "
            "GRAPH ?g1 { ?s tg:date ?v1 } GRAPH ?g2 { ?s tg:date ?v2 } "
            "FILTER(?g1 != ?g2 && str(?v1) < str(?v2)) } ORDER BY ?s LIMIT 100"
        )
    elif kind == "two_hop":
        entity = rng.choice(manifest["entities"] + manifest["events"])
        text = (
            "SELECT DISTINCT ?p1 ?n1 ?p2 ?n2 WHERE { "
            f"{{ <{entity}> ?p1 ?n1 }} UNION {{ ?n1 ?p1 <{entity}> }} "
            "FILTER(isIRI(?n1)) ?n1 ?p2 ?n2 } LIMIT 500"
        )
    elif kind == "count":
        text = "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type ORDER BY DESC(?n)"
    elif kind == "construct":
        entity = rng.choice(manifest["entities"] + manifest["events"])
        text = (
            f"CONSTRUCT {{ <{entity}> ?p ?o . ?o skos:prefLabel ?l }} "
            f"WHERE {{ <{entity}> ?p ?o OPTIONAL {{ ?o skos:prefLabel ?l }} }}"
        )
    elif kind == "node":
        entity = rng.choice(manifest["entities"] + manifest["events"])
        text = f"SELECT DISTINCT ?p ?o WHERE {{ <{entity}> ?p ?o }}"
    elif kind == "describe":
        entity = rng.choice(manifest["entities"] + manifest["events"])
        text = f"DESCRIBE <{entity}>"
    elif kind == "ask":
        entity = rng.choice(manifest["entities"] + manifest["events"])
        text = f"ASK {{ <{entity}> skos:prefLabel ?label }}"
    else:
        raise ValueError(f"unknown query kind {kind!r}")
    return Query(kind, PREFIXES + text)


def query_mix(manifest: dict[str, Any], count: int, seed: int, mix: str = "research") -> list[Query]:
    """``count`` queries, the kinds in the shares of ``mix`` and shuffled; the same seed gives the
    same list."""
    rng = random.Random(f"mix-{seed}" if mix == "research" else f"mix-{mix}-{seed}")
    weights = MIXES[mix]
    cycle = [kind for kind, weight in weights.items() for _ in range(weight)]
    kinds = [cycle[i % len(cycle)] for i in range(count)]
    rng.shuffle(kinds)
    return [make_query(kind, manifest, rng) for kind in kinds]


@dataclass
class Outcome:
    kind: str
    seconds: float
    status: int | str  # an HTTP status, or "timeout" / "error:<name>"
    size: int = 0


@dataclass
class LoadRun:
    clients: int
    wall_seconds: float
    outcomes: list[Outcome] = field(default_factory=list)


async def _run_load(
    url: str, queries: list[Query], clients: int, max_seconds: float, timeout: float
) -> LoadRun:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    deadline = time.perf_counter() + max_seconds
    next_index = 0
    run = LoadRun(clients, 0.0)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal next_index
        while next_index < len(queries) and time.perf_counter() < deadline:
            query = queries[next_index]
            next_index += 1
            started = time.perf_counter()
            try:
                response = await client.get(
                    url, params={"query": query.text}, headers={"Accept": query.accept}
                )
                run.outcomes.append(
                    Outcome(
                        query.kind, time.perf_counter() - started, response.status_code, len(response.content)
                    )
                )
            except httpx.TimeoutException:
                run.outcomes.append(Outcome(query.kind, time.perf_counter() - started, "timeout"))
            except httpx.HTTPError as exc:
                run.outcomes.append(
                    Outcome(query.kind, time.perf_counter() - started, f"error:{type(exc).__name__}")
                )

    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    run.wall_seconds = time.perf_counter() - started
    return run


def run_load(url: str, queries: list[Query], clients: int, *, max_seconds: float, timeout: float) -> LoadRun:
    """Send ``queries`` in order with ``clients`` in flight until done or ``max_seconds`` pass."""
    return asyncio.run(_run_load(url, queries, clients, max_seconds, timeout))


def _percentile(ordered: list[float], q: int) -> float:
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, -(-q * len(ordered) // 100))
    return ordered[rank - 1]


def summarise(run: LoadRun) -> dict[str, Any]:
    """Queries/s and latency percentiles (ms), overall and per kind; failures counted apart."""
    ok = [o for o in run.outcomes if o.status == 200]
    timeouts = sum(1 for o in run.outcomes if o.status == "timeout")
    errors = len(run.outcomes) - len(ok) - timeouts

    def figures(outcomes: list[Outcome]) -> dict[str, Any]:
        if not outcomes:
            return {"completed": 0}
        ms = sorted(o.seconds * 1000 for o in outcomes)
        return {
            "completed": len(outcomes),
            "mean_ms": round(statistics.fmean(ms), 3),
            "p50_ms": round(_percentile(ms, 50), 3),
            "p95_ms": round(_percentile(ms, 95), 3),
            "p99_ms": round(_percentile(ms, 99), 3),
        }

    return {
        "clients": run.clients,
        "sent": len(run.outcomes),
        "timeouts": timeouts,
        "errors": errors,
        "error_statuses": sorted({str(o.status) for o in run.outcomes if o.status not in (200, "timeout")}),
        "wall_s": round(run.wall_seconds, 3),
        "qps": round(len(ok) / run.wall_seconds, 2) if run.wall_seconds else 0.0,
        **figures(ok),
        "per_kind": {
            kind: figures([o for o in ok if o.kind == kind])
            for kind in KINDS
            if any(o.kind == kind for o in run.outcomes)
        },
    }


def answer_size(body: bytes, kind: str) -> int:
    """Rows of a JSON results document, or triples of an N-Triples one: to compare contenders."""
    if kind in GRAPH_KINDS:
        return sum(1 for line in body.splitlines() if line.strip() and not line.startswith(b"#"))
    try:
        document = json.loads(body)
        if "boolean" in document:
            return int(document["boolean"] is True)
        return len(document["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        return -1
