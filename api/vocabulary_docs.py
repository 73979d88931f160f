"""The ontology at ``/def`` and the SHACL shapes at ``/shapes``, so that their IRIs dereference.

``https://w3id.org/treatygraph/def#Treaty`` is a hash IRI: a client fetches ``/def`` (the
fragment never reaches the server) and finds the term in the document, in RDF it asked for, or,
for a browser, in an HTML listing whose anchors are the terms' local names, so the fragment
lands on the term (W3C "Cool URIs for the Semantic Web", §4.1). The files are served as they
are: the vocabulary's IRIs are its identity and stay ``https://w3id.org/...`` whichever host
serves them and whatever base the data uses.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path

import anyio.to_thread
import pyoxigraph as ox
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from api.config import services
from api.errors import ApiError
from api.media import GRAPH_OFFERS, HTML, Offer, negotiate, unacceptable
from ontology import namespaces

__all__ = ["Vocabulary", "read_vocabulary", "render_ontology", "render_shapes", "router"]

router = APIRouter()

RDF = namespaces.RDF.iri
RDFS = namespaces.RDFS.iri
OWL = namespaces.OWL.iri
SKOS = namespaces.SKOS.iri
DCT = namespaces.DCT.iri
SH = "http://www.w3.org/ns/shacl#"

CLASS_TYPES = {OWL + "Class", RDFS + "Class"}
PROPERTY_TYPES = {
    RDF + "Property",
    OWL + "ObjectProperty",
    OWL + "DatatypeProperty",
    OWL + "AnnotationProperty",
}

_QUAD_FORMATS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
RDF_OFFERS = tuple(o for o in GRAPH_OFFERS if o.format not in _QUAD_FORMATS)
# HTML last: */* and ties get Turtle, and only a client naming text/html gets the page.
OFFERS: tuple[Offer[object], ...] = (*RDF_OFFERS, HTML)

Object = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True)
class Vocabulary:
    """The merged triples of some Turtle files, with the prefixes they declare."""

    triples: tuple[ox.Triple, ...]
    prefixes: tuple[tuple[str, str], ...]

    def index(self) -> dict[str, dict[str, list[Object]]]:
        """subject IRI → predicate IRI → objects, for the named subjects."""
        found: dict[str, dict[str, list[Object]]] = defaultdict(lambda: defaultdict(list))
        for t in self.triples:
            if isinstance(t.subject, ox.NamedNode):
                found[t.subject.value][t.predicate.value].append(t.object)
        return found

    def serialize(self, fmt: ox.RdfFormat) -> bytes:
        out = ox.serialize(list(self.triples), format=fmt, prefixes=dict(self.prefixes))
        assert out is not None
        return out


def read_vocabulary(files: Sequence[Path]) -> Vocabulary:
    """Parse and merge ``files``; cached until one of them changes on disk.

    :raises ApiError: 500 naming the file, if one cannot be read or parsed.
    """
    try:
        stamps = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    except OSError as exc:
        raise ApiError(500, f"cannot read {exc.filename}: {exc.strerror}") from exc
    return _parse(stamps)


@lru_cache(maxsize=8)
def _parse(stamps: tuple[tuple[str, int, int], ...]) -> Vocabulary:
    triples: list[ox.Triple] = []
    prefixes: dict[str, str] = {}
    for path, _, _ in stamps:
        try:
            # Blank node labels are renamed: two files may both say `_:b0`, meaning different nodes.
            parser = ox.parse(path=path, format=ox.RdfFormat.TURTLE, rename_blank_nodes=True)
            triples += [q.triple for q in parser]
        except (OSError, SyntaxError) as exc:
            raise ApiError(500, f"cannot read {path}: {exc}") from exc
        for name, iri in parser.prefixes.items():
            prefixes.setdefault(name, iri)
    return Vocabulary(tuple(triples), tuple(sorted(prefixes.items())))


def local_name(iri: str) -> str:
    """``https://w3id.org/treatygraph/def#Treaty`` → ``Treaty``."""
    return iri[max(iri.rfind("#"), iri.rfind("/")) + 1 :] or iri


def _compact(term: Object, prefixes: Iterable[tuple[str, str]]) -> str:
    if isinstance(term, ox.NamedNode):
        for name, iri in sorted(prefixes, key=lambda p: -len(p[1])):
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{name}:{term.value[len(iri) :]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return "(a structured value)"


def _english(values: list[Object]) -> str:
    """The English (or untagged) literal among ``values``, else the first literal, else ``""``."""
    literals = [v for v in values if isinstance(v, ox.Literal)]
    for lit in literals:
        if lit.language in (None, "en"):
            return lit.value
    return literals[0].value if literals else ""


def _page(title: str, intro: str, sections: list[str]) -> str:
    body = "\n".join(sections)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
dt{{font-weight:bold;margin-top:1rem}} code{{background:#f4f4f4}}</style>
</head>
<body>
<main>
<h1>{escape(title)}</h1>
<p>{intro}</p>
{body}
</main>
</body>
</html>
"""


def _term_list(
    heading: str, terms: list[str], index: dict[str, dict[str, list[Object]]], vocab: Vocabulary
) -> str:
    items = []
    for iri in terms:
        about = index[iri]
        label = _english(about.get(RDFS + "label", [])) or local_name(iri)
        definition = _english(about.get(SKOS + "definition", []) + about.get(RDFS + "comment", []))
        parents = ", ".join(
            escape(_compact(p, vocab.prefixes))
            for p in about.get(RDFS + "subClassOf", []) + about.get(RDFS + "subPropertyOf", [])
            if isinstance(p, ox.NamedNode)
        )
        items.append(
            f'<dt id="{escape(local_name(iri), quote=True)}">{escape(label)} '
            f"<code>{escape(_compact(ox.NamedNode(iri), vocab.prefixes))}</code></dt>\n"
            f"<dd>{escape(definition)}" + (f"<br>Specialises: {parents}" if parents else "") + "</dd>"
        )
    return f"<h2>{escape(heading)}</h2>\n<dl>\n" + "\n".join(items) + "\n</dl>"


def render_ontology(vocab: Vocabulary) -> str:
    """An HTML listing of the classes and properties, each anchored at its local name."""
    index = vocab.index()

    def typed(types: set[str]) -> list[str]:
        return sorted(
            (
                s
                for s, about in index.items()
                if any(isinstance(t, ox.NamedNode) and t.value in types for t in about.get(RDF + "type", []))
            ),
            key=local_name,
        )

    ontologies = typed({OWL + "Ontology"})
    title = _english(index[ontologies[0]].get(DCT + "title", [])) if ontologies else ""
    intro = escape(_english(index[ontologies[0]].get(DCT + "description", []))) if ontologies else ""
    classes = typed(CLASS_TYPES)
    properties = [p for p in typed(PROPERTY_TYPES) if p not in classes]
    return _page(
        title or "Ontology",
        intro + " Also available by content negotiation as RDF "
        "(<code>text/turtle</code>, <code>application/ld+json</code>, <code>application/n-triples</code>, "
        "<code>application/rdf+xml</code>).",
        [_term_list("Classes", classes, index, vocab), _term_list("Properties", properties, index, vocab)],
    )


def render_shapes(vocab: Vocabulary) -> str:
    """An HTML listing of the node shapes: their targets, messages and property constraints."""
    index = vocab.index()
    by_blank: dict[ox.BlankNode, dict[str, list[Object]]] = defaultdict(lambda: defaultdict(list))
    for t in vocab.triples:
        if isinstance(t.subject, ox.BlankNode):
            by_blank[t.subject][t.predicate.value].append(t.object)
    shapes = sorted(
        (s for s, about in index.items() if ox.NamedNode(SH + "NodeShape") in about.get(RDF + "type", [])),
        key=local_name,
    )
    items = []
    for iri in shapes:
        about = index[iri]
        targets = ", ".join(
            escape(_compact(t, vocab.prefixes))
            for key in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf")
            for t in about.get(SH + key, [])
        )
        rules = []
        for node in about.get(SH + "property", []):
            rule = (
                by_blank.get(node, {})
                if isinstance(node, ox.BlankNode)
                else index.get(node.value, {})
                if isinstance(node, ox.NamedNode)
                else {}
            )
            path = rule.get(SH + "path", [])
            shown = _compact(path[0], vocab.prefixes) if path else ""
            message = _english(rule.get(SH + "message", []))
            rules.append(f"<li><code>{escape(shown)}</code>: {escape(message)}</li>")
        message = _english(about.get(SH + "message", []))
        items.append(
            f'<dt id="{escape(local_name(iri), quote=True)}">{escape(local_name(iri))}'
            + (f" (targets {targets})" if targets else "")
            + f"</dt>\n<dd>{escape(message)}"
            + ("<ul>" + "".join(rules) + "</ul>" if rules else "")
            + "</dd>"
        )
    return _page(
        "TreatyGraph shapes",
        "The SHACL shapes every write must pass. Also available as Turtle, JSON-LD, N-Triples and "
        "RDF/XML by content negotiation.",
        ["<dl>\n" + "\n".join(items) + "\n</dl>"],
    )


async def _serve(request: Request, files: Sequence[Path], html: str) -> Response:
    offer = negotiate(request.headers.get("accept"), OFFERS)
    if offer is None:
        raise unacceptable(OFFERS)
    if not files:
        raise ApiError(404, "this service was configured without these files")

    def build() -> tuple[bytes, str]:
        vocab = read_vocabulary(files)
        if offer is HTML:
            page = render_ontology(vocab) if html == "ontology" else render_shapes(vocab)
            return page.encode("utf-8"), HTML.content_type
        rdf = next(o for o in RDF_OFFERS if o is offer)
        return vocab.serialize(rdf.format), rdf.content_type

    body, media_type = await anyio.to_thread.run_sync(build)
    return Response(body, media_type=media_type, headers={"Vary": "Accept"})


@router.api_route("/def", methods=["GET"])
@router.api_route("/def/", methods=["GET"])
async def ontology(request: Request) -> Response:
    """The ontology (all ontology files merged) in the negotiated format."""
    return await _serve(request, services(request).config.ontology_files, "ontology")


@router.api_route("/shapes", methods=["GET"])
@router.api_route("/shapes/", methods=["GET"])
async def shapes(request: Request) -> Response:
    """The SHACL shapes (all shapes files merged) in the negotiated format."""
    return await _serve(request, services(request).config.shape_files, "shapes")
