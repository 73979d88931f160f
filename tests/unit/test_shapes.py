"""The SHACL shapes, through the gate: a small valid document graph passes, and each rule that
protects the published graph rejects the data that breaks it, naming the node and saying why.

Each case starts from ``VALID`` (one triple per line) and drops or adds lines, so a failure
shows exactly which change the shapes are expected to catch.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import RDF, SH

from graph.gate import Gate, ValidationReport, load_gate

ROOT = Path(__file__).resolve().parents[2]
SHAPE_FILES = sorted((ROOT / "shapes").glob("*.ttl"))
ONTOLOGY_FILES = [ROOT / "ontology" / "treatygraph.ttl"]

ID = "https://w3id.org/treatygraph/id/test/"

PREFIXES = f"""
@prefix : <{ID}> .
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix org: <http://www.w3.org/ns/org#> .
"""

# A document, one sentence, one claim with its evidence, and the entities the claim is about.
VALID = """
:doc a tg:SourceDocument .
:doc skos:prefLabel "Russia leaves the anti-torture convention" .
:doc dct:title "Russia leaves the anti-torture convention" .
:doc dct:language "en" .
:doc tg:sha256 "9f2c7d1e4b3a59687f0e1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a49382" .
:doc schema:text "Russia ratified the convention in 1998." .
:doc dct:issued "2025-09"^^xsd:gYearMonth .
:doc schema:author :reporter .
:reporter a tg:Person .
:reporter skos:prefLabel "Inna Chefranova" .
:s0 a tg:Sentence .
:s0 dct:isPartOf :doc .
:s0 tg:sentenceIndex 0 .
:s0 tg:startOffset 0 .
:s0 tg:endOffset 39 .
:s0 rdf:value "Russia ratified the convention in 1998." .
:rus a tg:State .
:rus skos:prefLabel "Russian Federation"@en .
:ecpt a tg:Treaty .
:ecpt skos:prefLabel "European Convention for the Prevention of Torture" .
:ratification a tg:Ratification .
:ratification tg:state :rus .
:ratification tg:treaty :ecpt .
:ratification tg:date "1998"^^xsd:gYear .
:claim a tg:Claim .
:claim rdf:subject :ratification .
:claim rdf:predicate tg:date .
:claim rdf:object "1998"^^xsd:gYear .
:claim prov:wasDerivedFrom :doc .
:claim tg:evidence :evidence .
:evidence a tg:Evidence .
:evidence oa:hasSource :doc .
:evidence tg:sentence :s0 .
:evidence oa:hasSelector :quote .
:evidence oa:hasSelector :position .
:quote a oa:TextQuoteSelector .
:quote oa:exact "ratified the convention in 1998" .
:quote oa:prefix "Russia " .
:quote oa:suffix "." .
:position a oa:TextPositionSelector .
:position oa:start 7 .
:position oa:end 38 .
"""


@pytest.fixture(scope="module")
def gate() -> Gate:
    assert len(SHAPE_FILES) >= 8, f"expected one shapes file per subject, found {SHAPE_FILES}"
    return load_gate(SHAPE_FILES, ONTOLOGY_FILES)


def triples(turtle: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(PREFIXES + turtle, format=ox.RdfFormat.TURTLE)]


def variant(drop: tuple[str, ...] = (), add: str = "") -> str:
    """``VALID`` without the lines that start with any of ``drop``, plus the lines in ``add``."""
    lines = [line for line in VALID.splitlines() if not line.startswith(drop)] if drop else VALID.splitlines()
    return "\n".join(lines) + "\n" + add


def check(gate: Gate, turtle: str, context: str = "") -> ValidationReport:
    return gate.validate(triples(turtle), triples(context))


def messages_for(report: ValidationReport, node: str) -> list[str]:
    return [r.message for r in report.results if r.focus == ID + node and r.severity == "Violation"]


def test_minimal_document_graph_conforms(gate: Gate) -> None:
    report = check(gate, VALID)
    assert report.conforms, report.summary()
    assert report.results == ()


# (what is wrong, lines dropped, lines added, the node reported, words of the message)
BROKEN = [
    pytest.param(
        (":claim tg:evidence",),
        "",
        "claim",
        "a claim must have exactly one piece of evidence",
        id="claim-without-evidence",
    ),
    pytest.param(
        (),
        ":claim tg:evidence :position .",
        "claim",
        "a claim must have exactly one piece of evidence",
        id="claim-with-second-evidence-that-is-not-evidence",
    ),
    pytest.param(
        (":claim prov:wasDerivedFrom",),
        "",
        "claim",
        "derived from at least one source document",
        id="claim-without-source",
    ),
    pytest.param(
        (":claim rdf:predicate",),
        "",
        "claim",
        "exactly one predicate",
        id="claim-without-predicate",
    ),
    pytest.param(
        (":rus skos:prefLabel",),
        ':rus skos:altLabel "Russia" .',
        "rus",
        "a state must have a preferred label",
        id="state-without-label",
    ),
    pytest.param(
        (),
        ':ecpt skos:prefLabel "ECPT" .',
        "ecpt",
        "at most one preferred label",
        id="treaty-with-two-labels",
    ),
    pytest.param(
        (":reporter skos:prefLabel",),
        ':reporter skos:prefLabel "" .',
        "reporter",
        "a non-empty string",
        id="person-with-empty-label",
    ),
    pytest.param(
        (":doc skos:prefLabel",),
        "",
        "doc",
        "a source document must have a preferred label",
        id="document-without-label",
    ),
    pytest.param(
        (":ratification tg:date",),
        ':ratification tg:date "1998"^^xsd:string .',
        "ratification",
        "xsd:date, xsd:gYearMonth or xsd:gYear",
        id="date-typed-as-string",
    ),
    pytest.param(
        (":ratification tg:date",),
        ':ratification tg:date "1998-02-30"^^xsd:date .',
        "ratification",
        "xsd:date, xsd:gYearMonth or xsd:gYear",
        id="date-that-does-not-exist",
    ),
    pytest.param(
        (),
        ':ratification tg:dateQualifier "sometime" .',
        "ratification",
        "must be one of",
        id="unknown-date-qualifier",
    ),
    pytest.param(
        (":position oa:end",),
        ":position oa:end 3 .",
        "position",
        "must end after it starts",
        id="evidence-ends-before-it-starts",
    ),
    pytest.param(
        (":position oa:start",),
        ":position oa:start -1 .",
        "position",
        "at least 0",
        id="evidence-starts-before-the-text",
    ),
    pytest.param(
        (":quote oa:exact",),
        ':quote oa:exact "" .',
        "quote",
        "non-empty string",
        id="evidence-quotes-nothing",
    ),
    pytest.param(
        (":evidence oa:hasSelector :quote",),
        "",
        "evidence",
        "exactly one quote selector",
        id="evidence-without-quote-selector",
    ),
    pytest.param(
        (":evidence tg:sentence",),
        "",
        "evidence",
        "exactly one sentence",
        id="evidence-without-sentence",
    ),
    pytest.param(
        (":evidence oa:hasSource",),
        ":evidence oa:hasSource :rus .",
        "evidence",
        "exactly one source document",
        id="evidence-pointing-at-a-state-as-source",
    ),
    pytest.param(
        (":s0 tg:endOffset",),
        ":s0 tg:endOffset 0 .",
        "s0",
        "must start before it ends",
        id="sentence-ending-where-it-starts",
    ),
    pytest.param(
        (":doc tg:sha256",),
        ':doc tg:sha256 "not a digest" .',
        "doc",
        "64 lower-case hexadecimal digits",
        id="document-with-malformed-digest",
    ),
    pytest.param(
        (":ratification tg:treaty",),
        ":ratification tg:treaty :reporter .",
        "ratification",
        "must be a tg:Treaty",
        id="treaty-action-pointing-treaty-at-a-person",
    ),
    pytest.param(
        (":ratification tg:state",),
        ":ratification tg:state :ecpt .",
        "ratification",
        "must be a tg:State",
        id="treaty-action-pointing-state-at-a-treaty",
    ),
    pytest.param(
        (),
        ":ratification tg:agent :ecpt .",
        "ratification",
        "a person, a state or an organisation",
        id="treaty-as-agent",
    ),
    pytest.param(
        (),
        ":step a tg:Decree .\n:step schema:superEvent :rus .",
        "step",
        "must be a tg:Event",
        id="step-of-a-state",
    ),
    pytest.param(
        (),
        ":said a tg:Statement .\n:said tg:speaker :ecpt .",
        "said",
        "a person or an organisation",
        id="treaty-as-speaker",
    ),
    pytest.param(
        (),
        ":rus skos:exactMatch <https://en.wikipedia.org/wiki/Russia> .",
        "rus",
        "Wikidata item IRI",
        id="exact-match-outside-wikidata",
    ),
    pytest.param(
        (),
        ":ecpt tg:establishes :rus .",
        "ecpt",
        "must be an organisation",
        id="treaty-establishing-a-state",
    ),
    pytest.param(
        (),
        ':visits a tg:Quantity .\n:visits schema:value "about thirty" .',
        "visits",
        "xsd:integer of at least 0",
        id="quantity-that-is-not-a-number",
    ),
    pytest.param(
        (),
        ":seat a org:Membership .\n:seat org:member :rus .\n:seat org:organization :coe .\n"
        ':coe a tg:IntergovernmentalOrganization .\n:coe skos:prefLabel "Council of Europe" .\n'
        ':seat tg:startDate "1996-02-28"^^xsd:date .\n:seat tg:endDate "1996-01"^^xsd:gYearMonth .',
        "seat",
        "must not end before it starts",
        id="membership-ending-before-it-starts",
    ),
    pytest.param(
        (),
        ":seat a org:Membership .\n:seat org:member :ecpt .",
        "seat",
        "a state, an organisation or a person",
        id="treaty-as-member",
    ),
]


@pytest.mark.parametrize(("drop", "add", "node", "message"), BROKEN)
def test_broken_data_is_rejected_with_node_and_reason(
    gate: Gate, drop: tuple[str, ...], add: str, node: str, message: str
) -> None:
    report = check(gate, variant(drop, add))
    assert not report.conforms
    found = messages_for(report, node)
    assert any(message in m for m in found), f"no violation on :{node} saying {message!r}\n{report.summary()}"
    assert message in report.summary()


def test_conflicting_dates_from_two_sources_are_both_allowed(gate: Gate) -> None:
    # Two sources, two dates for one act: a conflict to show, not an error to block.
    report = check(gate, variant(add=':ratification tg:date "1998-05-05"^^xsd:date .'))
    assert report.conforms, report.summary()


def test_dates_keep_the_precision_the_source_gives(gate: Gate) -> None:
    for literal in ('"1998"^^xsd:gYear', '"1998-05"^^xsd:gYearMonth', '"1998-05-05"^^xsd:date'):
        report = check(gate, variant((":ratification tg:date",), f":ratification tg:date {literal} ."))
        assert report.conforms, f"{literal}: {report.summary()}"


def test_subclasses_satisfy_the_class_a_property_expects(gate: Gate) -> None:
    # sh:class follows rdfs:subClassOf in the ontology: a protocol is a treaty, an outlet an organisation.
    add = (
        ':p1 a tg:Protocol .\n:p1 skos:prefLabel "Protocol No. 1" .\n:p1 schema:legislationAmends :ecpt .\n'
        ':outlet a tg:MediaOutlet .\n:outlet skos:prefLabel "TASS" .\n'
        ":signing a tg:Signature .\n:signing tg:treaty :p1 .\n:signing tg:state :rus .\n"
        ":said a tg:Statement .\n:said tg:speaker :outlet .\n:said tg:reportedBy :outlet .\n"
    )
    report = check(gate, variant(add=add))
    assert report.conforms, report.summary()


def test_membership_dates_of_different_precision_are_compared_on_what_both_say(gate: Gate) -> None:
    seat = (
        ":seat a org:Membership .\n:seat org:member :rus .\n:seat org:organization :coe .\n"
        ':coe a tg:IntergovernmentalOrganization .\n:coe skos:prefLabel "Council of Europe" .\n'
    )
    same_year = seat + ':seat tg:startDate "1996-02-28"^^xsd:date .\n:seat tg:endDate "1996"^^xsd:gYear .'
    assert check(gate, variant(add=same_year)).conforms
    disputed = same_year + '\n:seat tg:startDate "1997"^^xsd:gYear .'
    # Two start dates: sources disagree, so the order is not judged.
    assert check(gate, variant(add=disputed)).conforms


def test_referenced_entities_need_their_label_in_the_context(gate: Gate) -> None:
    # A document graph points at a registry treaty; the gate reads its type and label as context.
    data = variant((":ecpt",))
    without_label = check(gate, data, context=":ecpt a tg:Treaty .")
    assert not without_label.conforms
    assert messages_for(without_label, "ecpt") == ["a treaty must have a preferred label (skos:prefLabel)"]
    with_label = check(gate, data, context=':ecpt a tg:Treaty .\n:ecpt skos:prefLabel "ECPT" .')
    assert with_label.conforms, with_label.summary()


def test_events_quantities_and_memberships_need_no_label(gate: Gate) -> None:
    add = ":visits a tg:Quantity .\n:visits schema:value 30 .\n:seat a org:Membership .\n"
    report = check(gate, variant(add=add))
    assert report.conforms, report.summary()


def test_every_shape_says_in_words_what_is_wrong() -> None:
    shapes = rdflib.Graph()
    for path in SHAPE_FILES:
        shapes.parse(path, format="turtle")
    targets = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
    judged = {s for t in targets for s in shapes.subjects(t, None)}
    judged |= set(shapes.objects(None, SH.property))
    judged |= set(shapes.objects(None, SH.sparql))
    assert len(judged) > 40
    silent = sorted(str(s) for s in judged if (s, SH.message, None) not in shapes)
    assert silent == []
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert (shape, SH.message, None) in shapes, f"node shape {shape} has no sh:message"
