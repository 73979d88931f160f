from __future__ import annotations

from pathlib import Path

import pytest

from loaders.documents import Document, DocumentMetadata, parse_document, read_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.iris import Minter
from loaders.registry import Registry, load_registry
from loaders.to_rdf import claims_to_triples
from loaders.vocabulary import ORG, RDF, SCHEMA, SKOS, TG, XSD

ROOT = Path(__file__).parents[2]
CORPUS = sorted((ROOT / "data" / "documents").glob("*.txt"))
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
BASE = "https://w3id.org/treatygraph/id/"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "data" / "registry.ttl", BASE)


def _doc(text: str, published: str | None = None) -> Document:
    return parse_document(text, DocumentMetadata(title="t", date_published=published), "t")


def _find(claims: list[Claim], subject: str, predicate: str) -> list[Ref | Value]:
    return [c.object for c in claims if c.subject.key == subject and c.predicate == predicate]


def test_corpus_and_fixture_counts() -> None:
    assert len(CORPUS) == 5 and len(ARTICLES) == 2


@pytest.mark.parametrize("path", CORPUS + ARTICLES, ids=lambda p: p.name)
def test_every_claim_quotes_its_source_and_names_only_mentioned_entities(
    path: Path, registry: Registry
) -> None:
    document = read_document(path)
    claims = extract(document, registry)
    assert claims
    mentioned = {c.object.key for c in claims if c.predicate == SCHEMA.mentions and isinstance(c.object, Ref)}
    for claim in claims:
        ev = claim.evidence
        assert document.text[ev.start : ev.end] == ev.quote
        for ref in (claim.subject, claim.object):
            if isinstance(ref, Ref) and ref.key.split("/")[0] in ("person", "state", "treaty", "place"):
                assert ref.key in mentioned, (ref, ev.quote)
    triples = claims_to_triples(document, claims, Minter(BASE))
    assert len(triples) > len(claims)


def test_law_signing_is_a_step_of_the_denunciation(registry: Registry) -> None:
    claims = extract(
        _doc("On 29 September 2025, Vladimir Putin signed a law withdrawing Russia from the ECPT."), registry
    )
    law = "event/rus-cets-126-denunciation-law"
    assert _find(claims, law, RDF.type) == [Ref(TG.LawSigning)]
    assert _find(claims, law, TG.agent) == [Ref("person/vladimir-putin")]
    assert _find(claims, law, TG.date) == [Value("2025-09-29", XSD.date)]
    assert _find(claims, law, SCHEMA.superEvent) == [Ref("action/rus-cets-126-denunciation")]
    assert Ref("state/rus") in _find(claims, "action/rus-cets-126-denunciation", TG.state)


def test_late_august_decree_keeps_month_precision(registry: Registry) -> None:
    text = (
        "A decree signed in late August by Prime Minister Mikhail Mishustin "
        "calls for Russia’s withdrawal from the ECPT."
    )
    claims = extract(_doc(text, published="2025-09-10"), registry)
    decree = "event/rus-cets-126-denunciation-decree"
    assert _find(claims, decree, TG.date) == [Value("2025-08", XSD.gYearMonth)]
    assert _find(claims, decree, TG.dateQualifier) == [Value("late")]
    assert _find(claims, decree, TG.agent) == [Ref("person/mikhail-mishustin")]


def test_conflicting_ratification_years_both_kept(registry: Registry) -> None:
    claims = [*extract(read_document(CORPUS[2]), registry), *extract(read_document(CORPUS[4]), registry)]
    years = _find(claims, "action/rus-cets-126-ratification", TG.date)
    assert Value("1996", XSD.gYear) in years and Value("1998", XSD.gYear) in years


def test_hypothetical_denunciation_is_not_a_fact(registry: Registry) -> None:
    text = "It would not affect Russia’s status under the UN CAT unless a separate denunciation is notified."
    claims = extract(_doc(text), registry)
    assert not [c for c in claims if c.subject.key.startswith("action/")]


def test_not_ratified_is_not_party(registry: Registry) -> None:
    claims = extract(
        _doc("Russia has not ratified the Optional Protocol to the Convention against Torture."), registry
    )
    assert _find(claims, "state/rus", TG.notPartyTo) == [Ref("treaty/opcat")]
    assert not [c for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Ratification)]


def test_quoted_claims_are_attributed_to_the_speaker(registry: Registry) -> None:
    text = (
        "“Russia remains a party to the UN Convention against Torture, so it is necessary to act,” "
        "Dmytro Lubinets urged."
    )
    claims = extract(_doc(text), registry)
    (party,) = [c for c in claims if c.predicate == TG.partyTo]
    assert party.attributed_to == Ref("person/dmytro-lubinets")
    statements = [c for c in claims if c.predicate == TG.speaker]
    assert [c.object for c in statements] == [Ref("person/dmytro-lubinets")]


def test_counts_with_qualifier_and_outlet(registry: Registry) -> None:
    text = "According to Associated Press, more than 200 Ukrainian soldiers have died in Russian prisons."
    claims = extract(_doc(text), registry)
    (value,) = [c for c in claims if c.predicate == SCHEMA.value]
    assert value.object == Value("200", XSD.integer)
    assert value.attributed_to == Ref("org/associated-press")
    assert _find(claims, value.subject.key, TG.qualifier) == [Value("more than")]


def test_unknown_article_finds_and_types_the_new_people(registry: Registry) -> None:
    path = next(p for p in ARTICLES if p.name.startswith("norway"))
    claims = extract(read_document(path), registry)
    person = "person/ingrid-holmvik"
    assert _find(claims, person, RDF.type) == [Ref(TG.Person)]
    assert _find(claims, person, SKOS.prefLabel) == [Value("Ingrid Holmvik")]
    membership = "membership/ingrid-holmvik--norway--foreign-minister"
    assert _find(claims, membership, ORG.organization) == [Ref("state/norway")]
    denunciation = "action/norway-northern-waters-charter-denunciation"
    assert _find(claims, denunciation, TG.treaty) == [Ref("treaty/northern-waters-charter")] * len(
        _find(claims, denunciation, TG.treaty)
    )
    assert _find(claims, "event/norway-northern-waters-charter-denunciation-bill", TG.agent) == [
        Ref("person/lars-eikrem")
    ]


def test_yearless_dates_without_publication_date_are_left_out(registry: Registry) -> None:
    path = next(p for p in ARTICLES if p.name.startswith("monitor"))
    claims = extract(read_document(path), registry)
    assert not [c for c in claims if c.predicate == TG.date]
    assert _find(claims, "person/marta-ozola", RDF.type) == [Ref(TG.Person)]
