"""The landing page at ``/``: what the dataset is, how big it is, and queries to start from."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from urllib.parse import quote

import anyio.to_thread
import pyoxigraph as ox
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from api.config import Services, services

__all__ = ["EXAMPLES", "Counts", "counts", "router"]

router = APIRouter()

SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"

# (title, query): each becomes a link that runs the query on /sparql.
EXAMPLES: tuple[tuple[str, str], ...] = (
    (
        "Named graphs and their sizes",
        "SELECT ?graph (COUNT(*) AS ?triples)\nWHERE { GRAPH ?graph { ?s ?p ?o } }\n"
        "GROUP BY ?graph\nORDER BY DESC(?triples)",
    ),
    (
        "Classes in use",
        "SELECT ?class (COUNT(DISTINCT ?s) AS ?instances)\nWHERE { ?s a ?class }\n"
        "GROUP BY ?class\nORDER BY DESC(?instances)",
    ),
    (
        "Entities and their labels",
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?entity ?label\nWHERE { ?entity skos:prefLabel ?label }\n"
        "ORDER BY ?label\nLIMIT 100",
    ),
    (
        "Treaty actions with their dates",
        "PREFIX tg: <https://w3id.org/treatygraph/def#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?action ?label ?date\nWHERE {\n  ?action a/rdfs:subClassOf* tg:TreatyAction ;\n"
        "          skos:prefLabel ?label .\n  OPTIONAL { ?action tg:date ?date }\n}\n"
        "ORDER BY ?date",
    ),
)


@dataclass(frozen=True)
class Counts:
    """The figures on the landing page."""

    triples: int
    graphs: int
    documents: int
    entities: int


def counts(found: Services) -> Counts:
    """Triples, named graphs, documents (graphs under ``graph/doc/``) and labelled entities."""
    store = found.store
    graphs = store.graphs()
    doc_prefix = found.config.base_iri + "graph/doc/"
    result = store.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{SKOS_PREF_LABEL}> ?label }}")
    rows = result.rows()
    n = rows[0].get("n") if rows else None
    entities = int(n.value) if isinstance(n, ox.Literal) else 0
    return Counts(
        triples=store.count(),
        graphs=len(graphs),
        documents=sum(1 for g in graphs if g.startswith(doc_prefix)),
        entities=entities,
    )


@router.get("/", response_class=HTMLResponse)
async def landing(request: Request) -> HTMLResponse:
    """The dataset's name, its size and example queries, as plain HTML (no scripts, no CDN)."""
    found = services(request)
    figures = await anyio.to_thread.run_sync(counts, found)
    return HTMLResponse(render(found.config.title, figures))


def render(title: str, figures: Counts) -> str:
    """The landing page's HTML; every value from the data or config is escaped."""
    items = "\n".join(
        f'<li><a href="/sparql?query={quote(query, safe="")}">{escape(name)}</a>'
        f"<pre>{escape(query)}</pre></li>"
        for name, query in EXAMPLES
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
pre{{background:#f4f4f4;padding:.5rem}} dt{{font-weight:bold}}</style>
</head>
<body>
<h1>{escape(title)}</h1>
<p>A knowledge graph of treaties, the bodies that monitor them, and the states and people who act
on them, built from news articles and served over SPARQL.</p>
<dl>
<dt>Triples</dt><dd id="triples">{figures.triples}</dd>
<dt>Named graphs</dt><dd id="graphs">{figures.graphs}</dd>
<dt>Source documents</dt><dd id="documents">{figures.documents}</dd>
<dt>Entities with a label</dt><dd id="entities">{figures.entities}</dd>
</dl>
<h2>Query it</h2>
<p>SPARQL 1.1 endpoint: <a href="/sparql">/sparql</a> (GET or POST; the default graph is the union
of all named graphs). Graph Store Protocol: <a href="/store">/store</a>.</p>
<h2>Example queries</h2>
<ul>
{items}
</ul>
</body>
</html>
"""
