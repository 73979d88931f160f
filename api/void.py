"""A VoID description of the dataset at ``/.well-known/void`` (https://www.w3.org/TR/void/).

Federating systems and dataset catalogues read it instead of running costly discovery queries:
where the SPARQL endpoint and the dump are, which IRIs the data mints (``void:uriSpace``), how
big it is, which vocabularies, classes and properties it uses and how often, and one subset per
named graph (each source document, and the registry) with the document it comes from.

The figures come from aggregate queries on the store at request time. They are cached per app
and recomputed only when the store's size changes, so a crawler polling the description costs
one count. Vocabularies are read off the class and property partitions: no query of their own.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable
from dataclasses import dataclass

import pyoxigraph as ox
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from api.config import ApiConfig, Services, services
from api.errors import ApiError
from api.limits import run_bounded
from api.media import GRAPH_OFFERS, Offer, negotiate, unacceptable
from graph import QueryResult, Store
from ontology import namespaces
from ontology.layout import registry_graph

__all__ = ["EXAMPLE_KEYS", "VoidFigures", "describe", "router", "void_figures"]

router = APIRouter()

VOID = "http://rdfs.org/ns/void#"
DCT = namespaces.DCT.iri
FOAF = namespaces.FOAF.iri
RDF = namespaces.RDF.iri
SKOS = namespaces.SKOS.iri
TG = namespaces.TG.iri
RDF_TYPE = ox.NamedNode(RDF + "type")

# Entities worth showing a newcomer first, relative to the base IRI; listed only if present.
EXAMPLE_KEYS = ("treaty/cets-126", "state/rus", "org/cpt")

_QUAD_FORMATS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
# A browser asks for HTML first; it gets the Turtle as plain text, which it shows rather than
# downloads. Listed last so that */* and ties still get text/turtle.
_AS_TEXT: Offer[ox.RdfFormat] = Offer("text/html", "text/plain; charset=utf-8", ox.RdfFormat.TURTLE)
OFFERS: tuple[Offer[ox.RdfFormat], ...] = (
    *(o for o in GRAPH_OFFERS if o.format not in _QUAD_FORMATS),
    Offer("text/plain", "text/plain; charset=utf-8", ox.RdfFormat.TURTLE),
    _AS_TEXT,
)
PREFIXES = {"void": VOID, "dct": DCT, "foaf": FOAF, "rdf": RDF, "skos": SKOS, "tg": TG}


@dataclass(frozen=True)
class Subset:
    """One named graph: its IRI, size and, for a document's graph, the document and its title."""

    graph: str
    triples: int
    source: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class VoidFigures:
    """What the aggregate queries found; independent of the URL the description is served at."""

    triples: int
    distinct_subjects: int
    distinct_objects: int
    entities: int
    classes: tuple[tuple[str, int], ...]
    properties: tuple[tuple[str, int], ...]
    subsets: tuple[Subset, ...]
    examples: tuple[str, ...]

    @property
    def vocabularies(self) -> tuple[str, ...]:
        """The namespaces of the properties and classes used, in order."""
        terms = [iri for iri, _ in self.properties] + [iri for iri, _ in self.classes]
        return tuple(sorted({namespace(iri) for iri in terms} - {""}))


def namespace(iri: str) -> str:
    """``https://schema.org/name`` → ``https://schema.org/``; the part up to the last ``#`` or ``/``."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1] if cut > iri.find("://") + 2 else ""


def void_figures(store: Store, base_iri: str) -> VoidFigures:
    """Run the aggregate queries. The default graph is the union of the named graphs, in which a
    triple two sources share would count twice, so whole-dataset counts are over distinct triples."""
    properties = _pairs(
        store.query(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } "
            "GROUP BY ?p ORDER BY ?p"
        )
    )
    classes = _pairs(
        store.query(
            f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{RDF_TYPE.value}> ?c }} "
            "GROUP BY ?c ORDER BY ?c"
        )
    )
    spread = store.query(
        "SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) WHERE { ?s ?p ?o }"
    ).rows()
    labelled = store.query(
        f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{SKOS}prefLabel> ?label }}"
    ).rows()
    sizes = dict(
        _pairs(store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))
    )
    sources: dict[str, tuple[str, str | None]] = {}
    for row in store.query(
        f"SELECT ?g ?doc ?title WHERE {{ GRAPH ?g {{ ?doc <{RDF_TYPE.value}> <{TG}SourceDocument> "
        f"OPTIONAL {{ ?doc <{DCT}title> ?title }} }} }} ORDER BY ?g ?doc ?title"
    ).rows():
        graph, doc, title = row.get("g"), row.get("doc"), row.get("title")
        if isinstance(graph, ox.NamedNode) and isinstance(doc, ox.NamedNode):
            sources.setdefault(
                graph.value, (doc.value, title.value if isinstance(title, ox.Literal) else None)
            )
    candidates = " ".join(f"<{base_iri}{key}>" for key in EXAMPLE_KEYS)
    present = {
        s.value
        for row in store.query(f"SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {candidates} }} ?s ?p ?o }}").rows()
        if isinstance(s := row.get("s"), ox.NamedNode)
    }
    return VoidFigures(
        triples=sum(n for _, n in properties),
        distinct_subjects=_integer(spread, "subjects"),
        distinct_objects=_integer(spread, "objects"),
        entities=_integer(labelled, "n"),
        classes=tuple(classes),
        properties=tuple(properties),
        subsets=tuple(
            Subset(graph, size, *sources.get(graph, (None, None))) for graph, size in sorted(sizes.items())
        ),
        examples=tuple(base_iri + key for key in EXAMPLE_KEYS if base_iri + key in present),
    )


def _pairs(result: QueryResult) -> list[tuple[str, int]]:
    """(IRI, count) rows of a two-column aggregate; blank-node groups are skipped."""
    pairs: list[tuple[str, int]] = []
    for row in result.rows():
        values = list(row.values())
        if len(values) == 2 and isinstance(values[0], ox.NamedNode) and isinstance(values[1], ox.Literal):
            pairs.append((values[0].value, int(values[1].value)))
    return pairs


def _integer(rows: list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]], name: str) -> int:
    value = rows[0].get(name) if rows else None
    return int(value.value) if isinstance(value, ox.Literal) else 0


def describe(figures: VoidFigures, config: ApiConfig, service: str) -> list[ox.Triple]:
    """The VoID triples for a service reachable at ``service`` (no trailing slash)."""
    document = ox.NamedNode(service + "/.well-known/void")
    dataset = ox.NamedNode(service + "/.well-known/void#dataset")
    triples = [
        ox.Triple(document, RDF_TYPE, _void("DatasetDescription")),
        ox.Triple(document, ox.NamedNode(FOAF + "primaryTopic"), dataset),
        ox.Triple(dataset, RDF_TYPE, _void("Dataset")),
        ox.Triple(dataset, ox.NamedNode(DCT + "title"), ox.Literal(config.title)),
        ox.Triple(dataset, _void("sparqlEndpoint"), ox.NamedNode(service + "/sparql")),
        ox.Triple(dataset, _void("dataDump"), ox.NamedNode(service + "/store")),
        ox.Triple(dataset, _void("uriSpace"), ox.Literal(config.base_iri)),
        ox.Triple(dataset, _void("triples"), _count(figures.triples)),
        ox.Triple(dataset, _void("distinctSubjects"), _count(figures.distinct_subjects)),
        ox.Triple(dataset, _void("distinctObjects"), _count(figures.distinct_objects)),
        ox.Triple(dataset, _void("entities"), _count(figures.entities)),
        ox.Triple(dataset, _void("classes"), _count(len(figures.classes))),
        ox.Triple(dataset, _void("properties"), _count(len(figures.properties))),
    ]
    triples += [ox.Triple(dataset, _void("vocabulary"), ox.NamedNode(v)) for v in figures.vocabularies]
    triples += [ox.Triple(dataset, _void("exampleResource"), ox.NamedNode(e)) for e in figures.examples]
    # Each node's triples together, the dataset's first, so that Turtle writes each subject once.
    details: list[ox.Triple] = []
    for iri, entities in figures.classes:
        partition = ox.BlankNode()
        triples.append(ox.Triple(dataset, _void("classPartition"), partition))
        details += [
            ox.Triple(partition, _void("class"), ox.NamedNode(iri)),
            ox.Triple(partition, _void("entities"), _count(entities)),
        ]
    for iri, count in figures.properties:
        partition = ox.BlankNode()
        triples.append(ox.Triple(dataset, _void("propertyPartition"), partition))
        details += [
            ox.Triple(partition, _void("property"), ox.NamedNode(iri)),
            ox.Triple(partition, _void("triples"), _count(count)),
        ]
    registry = registry_graph(config.base_iri)
    for subset in figures.subsets:
        # The subset is named by its graph's IRI: a client holding one finds the other.
        node = ox.NamedNode(subset.graph)
        triples.append(ox.Triple(dataset, _void("subset"), node))
        details += [
            ox.Triple(node, RDF_TYPE, _void("Dataset")),
            ox.Triple(node, _void("triples"), _count(subset.triples)),
            ox.Triple(node, _void("sparqlEndpoint"), ox.NamedNode(service + "/sparql")),
        ]
        if subset.source is not None:
            details.append(ox.Triple(node, ox.NamedNode(DCT + "source"), ox.NamedNode(subset.source)))
        if subset.title is not None:
            details.append(ox.Triple(node, ox.NamedNode(DCT + "title"), ox.Literal(subset.title)))
        elif subset.graph == registry:
            title = ox.Literal("Reference registry of treaties, bodies, states and people", language="en")
            details.append(ox.Triple(node, ox.NamedNode(DCT + "title"), title))
    return triples + details
    return triples


def _void(name: str) -> ox.NamedNode:
    return ox.NamedNode(VOID + name)


def _count(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


class FiguresCache:
    """The last figures computed, keyed by the store's version: any write invalidates them. One
    per app; safe to share between worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: Hashable = None
        self._figures: VoidFigures | None = None

    def get(self, found: Services) -> VoidFigures:
        version = found.store.version()
        with self._lock:
            if self._figures is not None and self._key == version:
                return self._figures
        figures = void_figures(found.store, found.config.base_iri)
        with self._lock:
            self._key, self._figures = version, figures
        return figures


def _cache(request: Request) -> FiguresCache:
    state = request.app.state
    cache = getattr(state, "void_figures", None)
    if not isinstance(cache, FiguresCache):
        cache = FiguresCache()
        state.void_figures = cache
    return cache


@router.api_route("/.well-known/void", methods=["GET"])
async def void_description(request: Request) -> Response:
    """The VoID description in the negotiated RDF format (Turtle by default)."""
    found = services(request)
    offer = negotiate(request.headers.get("accept"), OFFERS)
    if offer is None:
        raise unacceptable(OFFERS)
    service = _service_url(request, found.config)
    cache = _cache(request)

    def build(bounded: Services) -> bytes:
        triples = describe(cache.get(bounded), found.config, service)
        out = ox.serialize(triples, format=offer.format, prefixes=PREFIXES)
        assert out is not None
        return out

    body = await run_bounded(request, found, build)
    return Response(body, media_type=offer.content_type, headers={"Vary": "Accept"})


def _service_url(request: Request, config: ApiConfig) -> str:
    """The service's root as clients reach it: the configured public URL, else the request's."""
    root = config.public_url or str(request.base_url)
    root = root.rstrip("/")
    try:
        ox.NamedNode(root + "/sparql")
    except ValueError as exc:  # a Host header that makes no IRI
        raise ApiError(400, f"cannot describe the service at {root!r}: {exc}") from exc
    return root
