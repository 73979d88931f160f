"""SPARQL 1.1 Service Description, sent on a bare GET of ``/sparql``, and the browser's query form.

https://www.w3.org/TR/sparql11-service-description/ — clients such as Comunica read it first to
learn the endpoint, the languages, the result formats and the dataset (here: one named graph per
source, and a default graph that is their union, hence ``sd:UnionDefaultGraph``).
"""

from __future__ import annotations

import pyoxigraph as ox

from api.config import Services
from api.errors import ApiError

__all__ = ["service_description"]

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCT_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")

# W3C format IRIs (https://www.w3.org/ns/formats/) of every format the endpoint can send.
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
    "TriG",
    "N-Quads",
)


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def service_description(found: Services, endpoint: str, fmt: ox.RdfFormat) -> bytes:
    """The description of the service at ``endpoint`` in ``fmt``, listing the store's named graphs.

    SPARQL 1.1 Update is advertised only when ``/update`` would accept a write: a token is
    configured.
    """
    try:
        endpoint_node = ox.NamedNode(endpoint)
    except ValueError as exc:  # a Host header that makes no IRI
        raise ApiError(400, f"cannot describe the endpoint {endpoint!r}: {exc}") from exc
    service = ox.BlankNode()
    dataset = ox.BlankNode()
    default_graph = ox.BlankNode()
    triples = [
        ox.Triple(service, RDF_TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), endpoint_node),
        ox.Triple(service, DCT_TITLE, ox.Literal(found.config.title)),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, _sd("Graph")),
    ]
    if found.config.write_token is not None:
        triples.append(ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Update")))
    triples += [
        ox.Triple(service, _sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in RESULT_FORMATS
    ]
    for graph_iri in found.store.graphs():
        named = ox.BlankNode()
        triples += [
            ox.Triple(dataset, _sd("namedGraph"), named),
            ox.Triple(named, RDF_TYPE, _sd("NamedGraph")),
            ox.Triple(named, _sd("name"), ox.NamedNode(graph_iri)),
        ]
    out = ox.serialize(triples, format=fmt, prefixes={"sd": SD, "formats": FORMATS})
    assert out is not None
    return out
