"""The ontology: it parses with both RDF libraries, documents every term it defines, covers the
shared vocabulary, and defines every ``tg:`` term that the shapes and the loaders use.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "treatygraph.ttl"
SHAPE_FILES = sorted((ROOT / "shapes").glob("*.ttl"))
LOADER_FILES = sorted((ROOT / "loaders").rglob("*.py"))

TG = rdflib.Namespace("https://w3id.org/treatygraph/def#")
ONTOLOGY_IRI = rdflib.URIRef("https://w3id.org/treatygraph/def")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")

# The shared vocabulary contract: the classes and properties every part of the project uses.
CONTRACT_CLASSES = [
    "State", "Treaty", "Protocol", "Organization", "IntergovernmentalOrganization",
    "MonitoringBody", "Court", "NationalBody", "NGO", "MediaOutlet", "Person", "Place",
    "SourceDocument", "Sentence", "Claim", "Evidence", "Event", "TreatyAction", "Signature",
    "Ratification", "Accession", "Succession", "EntryIntoForce", "Adoption",
    "OpeningForSignature", "Denunciation", "CessationOfParty", "Decree", "BillSubmission",
    "ParliamentaryApproval", "LawSigning", "Notification", "Admission", "Expulsion",
    "Suspension", "Withdrawal", "Judgment", "Visit", "Report", "Statement", "Death", "Quantity",
]  # fmt: skip
CONTRACT_PROPERTIES = [
    "date", "dateQualifier", "effectiveDate", "effectiveRule", "agent", "state", "treaty",
    "organization", "submittedTo", "respondent", "establishes", "monitors", "supplements",
    "successorOf", "partyTo", "notPartyTo", "function", "speaker", "quote", "reportedBy",
    "speakerRole", "about", "pageCount", "counts", "quantityOf", "qualifier", "periodText",
    "startDate", "endDate", "authoritative", "evidence", "sentence", "sentenceIndex",
    "startOffset", "endOffset", "sha256", "dateNote",
]  # fmt: skip
REUSED_TERMS = [
    ORG.Membership, ORG.Role, ORG.member, ORG.organization, ORG.role,
    SCHEMA.superEvent, SCHEMA.legislationAmends, SCHEMA.legislationIdentifier, SCHEMA.value,
    SCHEMA.mentions, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, SKOS.definition,
    SKOS.exactMatch, DCTERMS.source,
]  # fmt: skip
SINGLE_VALUED = [TG.date, TG.effectiveDate, TG.startDate, TG.endDate, SCHEMA.value, TG.pageCount]

# TG.Name and TG["name"] (or TG['name']) in Python source.
TG_USE = re.compile(r"""\bTG\.([A-Za-z_]\w*)|\bTG\[\s*["']([A-Za-z_]\w*)["']\s*\]""")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")


def defined_terms(ontology: rdflib.Graph) -> set[rdflib.URIRef]:
    return {s for s in ontology.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef)}


def test_ontology_and_shapes_parse_with_both_libraries() -> None:
    for path in [ONTOLOGY_FILE, *SHAPE_FILES]:
        with_oxigraph = list(ox.parse(path=path, format=ox.RdfFormat.TURTLE))
        with_rdflib = rdflib.Graph().parse(path, format="turtle")
        assert with_oxigraph, f"{path.name} is empty"
        assert len(with_oxigraph) == len(with_rdflib), path.name


def test_ontology_header_says_what_it_is(ontology: rdflib.Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for prop in (OWL.versionInfo, DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, f"the ontology has no {prop}"


def test_every_term_defined_here_has_a_label_and_a_definition(ontology: rdflib.Graph) -> None:
    terms = {s for s in ontology.subjects() if isinstance(s, rdflib.URIRef) and s.startswith(TG)}
    assert len(terms) > len(CONTRACT_CLASSES) + len(CONTRACT_PROPERTIES)
    for term in sorted(terms):
        labels = [o for o in ontology.objects(term, RDFS.label) if getattr(o, "language", None) == "en"]
        definitions = [
            o for o in ontology.objects(term, SKOS.definition) if getattr(o, "language", None) == "en"
        ]
        assert len(labels) == 1, f"{term} needs one English rdfs:label"
        assert len(definitions) == 1, f"{term} needs one English skos:definition"
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology, f"{term} lacks rdfs:isDefinedBy"
        assert (term, RDF.type, None) in ontology, f"{term} has no rdf:type"


def test_the_contract_vocabulary_is_all_defined(ontology: rdflib.Graph) -> None:
    for name in CONTRACT_CLASSES:
        assert (TG[name], RDF.type, OWL.Class) in ontology, f"tg:{name} is not an owl:Class"
    for name in CONTRACT_PROPERTIES:
        types = set(ontology.objects(TG[name], RDF.type))
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"tg:{name} is not a property"
    defined = defined_terms(ontology)
    for term in REUSED_TERMS:
        assert term in defined, f"{term} is used by the contract but not declared"
        assert ontology.value(term, SKOS.scopeNote) is not None, f"{term} has no scope note"


def test_single_valued_properties_are_not_functional(ontology: rdflib.Graph) -> None:
    # Sources disagree on dates and counts; an OWL reasoner must not merge their values.
    for prop in SINGLE_VALUED:
        assert (prop, RDF.type, TG.SingleValuedProperty) in ontology, prop
    assert list(ontology.subjects(RDF.type, OWL.FunctionalProperty)) == []


@pytest.mark.parametrize(
    ("term", "relation", "parent"),
    [
        (TG.Treaty, RDFS.subClassOf, SCHEMA.Legislation),
        (TG.Protocol, RDFS.subClassOf, TG.Treaty),
        (TG.State, RDFS.subClassOf, SCHEMA.Country),
        (TG.State, RDFS.subClassOf, FOAF.Agent),
        (TG.Organization, RDFS.subClassOf, ORG.FormalOrganization),
        (TG.Organization, RDFS.subClassOf, FOAF.Organization),
        (TG.MediaOutlet, RDFS.subClassOf, TG.Organization),
        (TG.Person, RDFS.subClassOf, SCHEMA.Person),
        (TG.Person, RDFS.subClassOf, FOAF.Person),
        (TG.Event, RDFS.subClassOf, PROV.Activity),
        (TG.Event, RDFS.subClassOf, SCHEMA.Event),
        (TG.Denunciation, RDFS.subClassOf, TG.TreatyAction),
        (TG.TreatyAction, RDFS.subClassOf, TG.Event),
        (TG.Decree, RDFS.subClassOf, TG.Event),
        (TG.Claim, RDFS.subClassOf, RDF.Statement),
        (TG.Claim, RDFS.subClassOf, SCHEMA.Claim),
        (TG.Evidence, RDFS.subClassOf, OA.SpecificResource),
        (TG.SourceDocument, RDFS.subClassOf, SCHEMA.CreativeWork),
        (TG.SourceDocument, RDFS.subClassOf, PROV.Entity),
        (TG.Quantity, RDFS.subClassOf, SCHEMA.QuantitativeValue),
        (TG.date, RDFS.subPropertyOf, DCTERMS.date),
        (TG.agent, RDFS.subPropertyOf, PROV.wasAssociatedWith),
        (TG.speaker, RDFS.subPropertyOf, TG.agent),
    ],
)
def test_terms_are_aligned_to_reused_vocabularies(
    ontology: rdflib.Graph, term: rdflib.URIRef, relation: rdflib.URIRef, parent: rdflib.URIRef
) -> None:
    assert (term, relation, parent) in ontology


def test_every_tg_term_in_the_shapes_is_defined(ontology: rdflib.Graph) -> None:
    defined = defined_terms(ontology)
    used: set[rdflib.URIRef] = set()
    for path in SHAPE_FILES:
        shapes = rdflib.Graph().parse(path, format="turtle")
        used |= {t for triple in shapes for t in triple if isinstance(t, rdflib.URIRef) and t.startswith(TG)}
        # IRIs written inside SPARQL constraints count too.
        used |= {
            TG[name] for name in re.findall(r"<https://w3id\.org/treatygraph/def#(\w+)>", path.read_text())
        }
    assert len(used) > 40
    assert sorted(used - defined) == []


def test_every_tg_term_in_the_loaders_is_defined(ontology: rdflib.Graph) -> None:
    defined = defined_terms(ontology)
    used: dict[str, set[str]] = {}
    for path in LOADER_FILES:
        for match in TG_USE.finditer(path.read_text(encoding="utf-8")):
            used.setdefault(match.group(1) or match.group(2), set()).add(path.name)
    assert used, "found no TG terms in loaders/"
    missing = {name: sorted(files) for name, files in used.items() if TG[name] not in defined}
    assert missing == {}, f"tg: terms used in loaders/ but not defined in the ontology: {missing}"
