from __future__ import annotations

from pathlib import Path

import pytest

from loaders.documents import Document, DocumentMetadata, parse_document, read_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.iris import Minter
from loaders.registry import Registry
from loaders.to_rdf import claims_to_triples
from loaders.vocabulary import ORG, RDF, SCHEMA, SKOS, TG, XSD

ROOT = Path(__file__).parents[2]
CORPUS = sorted((ROOT / "data" / "documents").glob("*.txt"))
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
BASE = "https://w3id.org/treatygraph/id/"


def _doc(text: str, published: str | None = None) -> Document:
    return parse_document(text, DocumentMetadata(title="t", date_published=published), "t")


def _find(claims: list[Claim], subject: str, predicate: str) -> list[Ref | Value]:
    return [c.object for c in claims if c.subject.key == subject and c.predicate == predicate]


def test_corpus_and_fixture_counts() -> None:
    assert len(CORPUS) == 5 and len(ARTICLES) == 3


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
    # Norway is in the reference data: its key is its ISO code, whatever the article calls it
    membership = "membership/ingrid-holmvik--nor--foreign-minister"
    assert _find(claims, membership, ORG.organization) == [Ref("state/nor")]
    denunciation = "action/nor-northern-waters-charter-denunciation"
    assert _find(claims, denunciation, TG.treaty) == [Ref("treaty/northern-waters-charter")] * len(
        _find(claims, denunciation, TG.treaty)
    )
    assert _find(claims, "event/nor-northern-waters-charter-denunciation-bill", TG.agent) == [
        Ref("person/lars-eikrem")
    ]


def test_yearless_dates_without_publication_date_are_left_out(registry: Registry) -> None:
    path = next(p for p in ARTICLES if p.name.startswith("monitor"))
    claims = extract(read_document(path), registry)
    assert not [c for c in claims if c.predicate == TG.date]
    assert _find(claims, "person/marta-ozola", RDF.type) == [Ref(TG.Person)]


def _functions(claims: list[Claim], body: str) -> list[str]:
    return sorted(str(v.lexical) for v in _find(claims, body, TG.function) if isinstance(v, Value))


def test_present_tense_mandate_gives_one_function_per_activity(registry: Registry) -> None:
    text = (
        "The UN Subcommittee on Prevention of Torture visits places of deprivation of liberty "
        "and advises states on their national preventive mechanisms."
    )
    assert _functions(extract(_doc(text), registry), "org/un-spt") == [
        "advises states on their national preventive mechanisms",
        "visits places of deprivation of liberty",
    ]


def test_past_visits_and_the_noun_visits_are_not_functions(registry: Registry) -> None:
    for text in (
        "The CPT visited Georgia in 2023 and inspected two prisons.",
        "CPT visits to Azerbaijan were cancelled in 2020.",
        "Russia was criticised by the CPT for years.",
    ):
        assert not [c for c in extract(_doc(text), registry) if c.predicate == TG.function], text


def test_apposition_and_relative_clause_give_functions(registry: Registry) -> None:
    text = (
        "Ukraine ratified the OPCAT, which set up the SPT, a body of 25 experts that monitors "
        "places of detention in all states parties. The Committee of Ministers, which oversees "
        "the execution of the Court's judgments, met in March."
    )
    claims = extract(_doc(text), registry)
    assert _functions(claims, "org/un-spt") == ["monitors places of detention in all states parties"]
    assert _functions(claims, "org/coe-cm") == ["oversees the execution of the Court's judgments"]


def test_mandate_nouns_and_permissions_give_functions(registry: Registry) -> None:
    claims = extract(
        _doc("The ICRC's mandate is to protect victims of armed conflict and promote humanitarian law."),
        registry,
    )
    assert _functions(claims, "org/icrc") == ["promote humanitarian law", "protect victims of armed conflict"]
    text = (
        "The Optional Protocol permits the Subcommittee on Prevention of Torture to visit police "
        "stations and interview detainees without witnesses."
    )
    assert _functions(extract(_doc(text), registry), "org/un-spt") == [
        "interview detainees without witnesses",
        "visit police stations",
    ]
    text = "The OPCAT is a treaty that provides for regular visits to prisons by the SPT."
    assert _functions(extract(_doc(text), registry), "org/un-spt") == ["regular visits to prisons"]


def test_its_experts_refers_to_the_body_named_before(registry: Registry) -> None:
    text = (
        "In 2024 the CPT was named in the report. Its delegations are entitled to speak with "
        "detainees in private, examine medical files and visit any cell."
    )
    assert _functions(extract(_doc(text), registry), "org/cpt") == [
        "examine medical files",
        "speak with detainees in private",
        "visit any cell",
    ]


def test_system_worked_through_a_body_is_established_by_the_treaty(registry: Registry) -> None:
    text = (
        "The OPCAT created a mechanism to inspect prisons and psychiatric hospitals "
        "through the Subcommittee on Prevention of Torture."
    )
    claims = extract(_doc(text), registry)
    assert _find(claims, "treaty/opcat", TG.establishes) == [Ref("org/un-spt")]
    assert _functions(claims, "org/un-spt") == ["inspect prisons and psychiatric hospitals"]


def test_admission_counted_back_from_a_later_date(registry: Registry) -> None:
    text = "Ukraine ratified the ECPT in 1997, two years after the country joined the Council of Europe."
    claims = extract(_doc(text), registry)
    admission = "event/ukr-coe-admission"
    assert _find(claims, admission, TG.state) == [Ref("state/ukr")]
    assert _find(claims, admission, TG.date) == [Value("1995", XSD.gYear)]
    assert _find(claims, "action/ukr-cets-126-ratification", TG.date) == [Value("1997", XSD.gYear)]
    text = "Ukraine joined the Council of Europe in March 1995, six months before it ratified the ECPT."
    claims = extract(_doc(text), registry)
    assert _find(claims, "action/ukr-cets-126-ratification", TG.date) == [Value("1995-09", XSD.gYearMonth)]


def test_a_ruling_against_a_state_is_a_judgment_without_a_date(registry: Registry) -> None:
    text = "Last month the European Court of Human Rights ruled that Russia had violated detainees' rights."
    claims = extract(_doc(text), registry)
    (judgment,) = [c.subject.key for c in claims if c.object == Ref(TG.Judgment)]
    assert _find(claims, judgment, TG.respondent) == [Ref("state/rus")]
    assert _find(claims, judgment, TG.date) == []
    text = "The European Court of Human Rights ruled that the complaint was inadmissible."
    assert not [c for c in extract(_doc(text), registry) if c.object == Ref(TG.Judgment)]


def test_short_quotes_are_statements_only_in_reported_speech(registry: Registry) -> None:
    claims = extract(
        _doc("Sergey Lavrov said that the decision was “purely technical” and would change nothing."),
        registry,
    )
    assert [c.object for c in claims if c.predicate == TG.speaker] == [Ref("person/sergey-lavrov")]
    claims = extract(_doc("The law targets so-called “foreign agents” in the media."), registry)
    assert not [c for c in claims if c.predicate == TG.speaker]


def test_the_group_speaks_for_the_ngo_named_before(registry: Registry) -> None:
    text = (
        "The OMCT condemned the move. The organisation said that it would “keep documenting abuses” "
        "in Russian prisons."
    )
    claims = extract(_doc(text), registry)
    assert [c.object for c in claims if c.predicate == TG.speaker] == [Ref("org/omct")]


def test_two_posts_joined_by_and(registry: Registry) -> None:
    text = (
        "Jane Roe is the chair of the Helsinki Monitoring Commission and a member of the "
        "Baltic Rights Network."
    )
    claims = extract(_doc(text), registry)
    posts = {
        (org, role)
        for c in claims
        if c.predicate == ORG.member
        for org in _find(claims, c.subject.key, ORG.organization)
        for role in _find(claims, c.subject.key, ORG.role)
    }
    assert posts == {
        (Ref("org/helsinki-monitoring-commission"), Ref("role/chair")),
        (Ref("org/baltic-rights-network"), Ref("role/member")),
    }


def test_unknown_convention_article_yields_body_functions_ruling_and_group_statement(
    registry: Registry,
) -> None:
    path = next(p for p in ARTICLES if p.name.startswith("morvania"))
    claims = extract(read_document(path), registry)
    treaty, body = "treaty/baltic-convention-against-torture", "org/baltic-committee-for-detention-oversight"
    assert _find(claims, treaty, TG.establishes) == [Ref(body)]
    assert _functions(claims, body) == [
        "conducts periodic visits to prisons and police stations",
        "enter any place of detention without prior notice",
        "interview detainees in private",
        "make recommendations to national authorities",
        "publishes reports on its findings",
        "request medical records",
    ]
    assert _find(claims, "event/morvania-coe-admission", TG.date) == [Value("2001", XSD.gYear)]
    judgment = "event/ecthr-morvania-judgment-2025"
    assert _find(claims, judgment, TG.respondent) == [Ref("state/morvania")]
    assert _find(claims, judgment, TG.date) == [Value("2025", XSD.gYear)]
    speakers = sorted(c.object.key for c in claims if c.predicate == TG.speaker and isinstance(c.object, Ref))
    assert speakers == ["org/nordic-prison-watch", "person/teodor-vasko"]
    assert _find(claims, "membership/elena-brask--baltic-detention-network--member", ORG.member) == [
        Ref("person/elena-brask")
    ]
