"""The loaders' names for the project's namespaces, which are declared once in ``ontology``."""

from ontology.namespaces import (
    DCT,
    FOAF,
    OA,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TG,
    TIME,
    XSD,
    Namespace,
)

__all__ = [
    "DCT",
    "FOAF",
    "OA",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "TG",
    "TIME",
    "XSD",
    "Namespace",
]
