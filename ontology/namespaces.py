"""Namespaces, declared once for every package: TreatyGraph's own (``TG``) and the reused
vocabularies, with the prefixes that SPARQL text and serialisations use for them.

``ontology/treatygraph.ttl`` defines every ``TG`` term the code uses, with a label and a
definition; a test keeps the two in step.
"""

from __future__ import annotations

__all__ = [
    "DCT",
    "FOAF",
    "OA",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "TG",
    "TIME",
    "XSD",
    "Namespace",
    "sparql_prefixes",
]


class Namespace:
    """A namespace IRI; ``NS.term`` and ``NS["term"]`` give the term's full IRI as ``str``.

    Not a ``str`` subclass, so that terms named like string methods (``title``, ``count``)
    resolve to IRIs rather than to methods.
    """

    __slots__ = ("iri",)

    def __init__(self, iri: str) -> None:
        object.__setattr__(self, "iri", iri)

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.iri + name

    def __getitem__(self, name: str) -> str:
        return self.iri + name

    def __add__(self, name: str) -> str:
        return self.iri + name

    def __str__(self) -> str:
        return self.iri

    def __repr__(self) -> str:
        return f"Namespace({self.iri!r})"


TG = Namespace("https://w3id.org/treatygraph/def#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCT = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
TIME = Namespace("http://www.w3.org/2006/time#")
OA = Namespace("http://www.w3.org/ns/oa#")


# The prefixes every SPARQL text and serialisation of this project uses, in one order.
PREFIXES: dict[str, str] = {
    "tg": TG.iri,
    "rdf": RDF.iri,
    "rdfs": RDFS.iri,
    "owl": OWL.iri,
    "xsd": XSD.iri,
    "skos": SKOS.iri,
    "dct": DCT.iri,
    "prov": PROV.iri,
    "schema": SCHEMA.iri,
    "org": ORG.iri,
    "foaf": FOAF.iri,
    "time": TIME.iri,
    "oa": OA.iri,
}


def sparql_prefixes(*names: str) -> str:
    """``PREFIX`` lines for the named prefixes (all of them when none is named)."""
    chosen = names or tuple(PREFIXES)
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in chosen)
