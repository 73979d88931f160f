"""Bodies through ``loaders.extract``: which instrument establishes them, what they monitor and
do, which states are bound by which treaties, and the rulings of courts; with the false facts
each rule must not produce."""

from __future__ import annotations

from loaders.documents import Document, DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import TG


def _doc(text: str, published: str | None = "2021-06-15") -> Document:
    return parse_document(text, DocumentMetadata(title="t", date_published=published), "t")


def _claims(text: str, registry: Registry) -> list[Claim]:
    return extract(_doc(text), registry)


def _functions(claims: list[Claim], body: str) -> list[str]:
    return sorted(
        c.object.lexical
        for c in claims
        if c.subject.key == body and c.predicate == TG.function and isinstance(c.object, Value)
    )


def _relations(claims: list[Claim], predicate: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.key)
        for c in claims
        if c.predicate == predicate and isinstance(c.object, Ref)
    }


def _judgments(claims: list[Claim]) -> dict[str, dict[str, list[str]]]:
    nodes = {c.subject.key for c in claims if c.object == Ref(TG.Judgment)}
    out: dict[str, dict[str, list[str]]] = {}
    for node in nodes:
        fields: dict[str, list[str]] = {}
        for c in claims:
            if c.subject.key == node and c.predicate in (TG.agent, TG.respondent, TG.date):
                value = c.object.key if isinstance(c.object, Ref) else c.object.lexical
                fields.setdefault(c.predicate.rsplit("#", 1)[-1], []).append(value)
        out[node] = fields
    return out


# ---------------------------------------------------------------- functions


def test_relative_clause_with_a_modal_or_a_plural_head_gives_functions(registry: Registry) -> None:
    text = (
        "The Optional Protocol established the Subcommittee on Prevention of Torture (SPT), which "
        "will inspect prisons in states parties and advise governments on safeguards."
    )
    assert _functions(_claims(text, registry), "org/un-spt") == [
        "advise governments on safeguards",
        "inspect prisons in states parties",
    ]
    text = (
        "The Convention on the Rights of Persons with Disabilities set up the Committee on the Rights "
        "of Persons with Disabilities, eighteen experts who examine state reports and can consider "
        "complaints from individuals."
    )
    assert _functions(_claims(text, registry), "org/crpd-committee") == [
        "consider complaints from individuals",
        "examine state reports",
    ]


def test_a_modal_without_a_relative_clause_is_a_plan_not_a_mandate(registry: Registry) -> None:
    for text in (
        "The Subcommittee on Prevention of Torture will visit Brazil next year.",
        "The UN Committee against Torture can review Kenya's report in November.",
    ):
        assert not [c for c in _claims(text, registry) if c.predicate == TG.function], text


def test_a_verb_in_a_clause_of_time_is_no_function(registry: Registry) -> None:
    for text in (
        "The denunciation takes effect six months after the UN Secretary-General receives the notice.",
        "The law applies once the Secretary General of the Council of Europe receives the instrument.",
        "For cases lodged before the withdrawal, the European Court of Human Rights continues to "
        "issue judgments.",
    ):
        assert not [c for c in _claims(text, registry) if c.predicate == TG.function], text


def test_place_apposition_and_verbs_sharing_one_object(registry: Registry) -> None:
    text = (
        "The Inter-American Court of Human Rights, based in San José, hears and decides cases "
        "brought against states, individuals and groups."
    )
    assert _functions(_claims(text, registry), "org/iacthr") == [
        "hears and decides cases brought against states, individuals and groups"
    ]


def test_a_place_of_meeting_is_not_an_activity(registry: Registry) -> None:
    text = "The Committee on the Rights of the Child meets in Geneva and reviews reports of states parties."
    assert _functions(_claims(text, registry), "org/crc-committee") == ["reviews reports of states parties"]


def test_it_opening_a_sentence_refers_to_the_body_opening_the_one_before(registry: Registry) -> None:
    text = (
        "The European Court of Human Rights was set up in 1959. It rules on applications from "
        "individuals and states."
    )
    assert _functions(_claims(text, registry), "org/ecthr") == [
        "rules on applications from individuals and states"
    ]
    text = "Chile ratified the American Convention on Human Rights in 1990. It accepts the court's rulings."
    assert not [c for c in _claims(text, registry) if c.predicate == TG.function]


def test_a_treaty_letting_people_complain_to_a_body_gives_the_body_their_complaints(
    registry: Registry,
) -> None:
    text = (
        "The Optional Protocol to the Convention on the Rights of Persons with Disabilities lets "
        "individuals submit communications to the Committee on the Rights of Persons with Disabilities."
    )
    assert _functions(_claims(text, registry), "org/crpd-committee") == [
        "receive communications from individuals"
    ]
    # a state's declaration is no treaty: the court's jurisdiction, not its function
    text = (
        "Benin withdrew the declaration that allows individuals to file cases directly at the "
        "African Court on Human and Peoples' Rights."
    )
    assert not [c for c in _claims(text, registry) if c.predicate == TG.function]


# ---------------------------------------------------------------- relations


def test_bound_by_and_several_treaties_give_one_party_relation_each(registry: Registry) -> None:
    claims = _claims(
        "Until the withdrawal takes effect, Burundi remains bound by the Rome Statute.", registry
    )
    assert _relations(claims, TG.partyTo) == {("state/bdi", "treaty/rome-statute")}
    text = (
        "Mali remains a party to the Maputo Protocol and to the African Charter on the Rights and "
        "Welfare of the Child."
    )
    assert _relations(_claims(text, registry), TG.partyTo) == {
        ("state/mli", "treaty/maputo-protocol"),
        ("state/mli", "treaty/acrwc"),
    }
    text = (
        "Leaving the court does not take Gambia out of the Maputo Protocol or out of the African "
        "Charter on Human and Peoples' Rights: Gambia remains a party to both."
    )
    assert _relations(_claims(text, registry), TG.partyTo) == {
        ("state/gmb", "treaty/maputo-protocol"),
        ("state/gmb", "treaty/achpr"),
    }


def test_no_longer_bound_is_not_party(registry: Registry) -> None:
    claims = _claims("Since March, Burundi is no longer bound by the Rome Statute.", registry)
    assert _relations(claims, TG.notPartyTo) == {("state/bdi", "treaty/rome-statute")}
    assert not _relations(claims, TG.partyTo)


def test_a_treaty_monitored_by_a_body(registry: Registry) -> None:
    claims = _claims(
        "Lithuania ratified the Istanbul Convention in 2025. The convention's implementation is "
        "monitored by the Group of Experts on Action against Violence against Women and Domestic "
        "Violence (GREVIO).",
        registry,
    )
    assert _relations(claims, TG.monitors) == {("org/grevio", "treaty/cets-210")}
    # a state's compliance monitored by a body names no treaty
    text = "Poland's prisons are monitored by the European Committee for the Prevention of Torture."
    assert not _relations(_claims(text, registry), TG.monitors)


def test_a_relation_the_registry_holds_is_still_the_documents_claim(registry: Registry) -> None:
    """The registry says GREVIO monitors the Istanbul Convention; a document saying so claims it
    too, with its own evidence, so the document's graph holds the triple."""
    claims = _claims("The Istanbul Convention is monitored by GREVIO.", registry)
    (claim,) = [c for c in claims if c.predicate == TG.monitors]
    assert (claim.subject.key, claim.object) == ("org/grevio", Ref("treaty/cets-210"))
    assert claim.evidence.quote.endswith("Istanbul Convention is monitored by GREVIO")


# ---------------------------------------------------------------- judgments


def test_court_rulings_with_and_without_a_respondent(registry: Registry) -> None:
    text = (
        "The Inter-American Court of Human Rights decided on 3 June that Chile had violated the convention."
    )
    (fields,) = _judgments(_claims(text, registry)).values()
    assert fields == {"agent": ["org/iacthr"], "respondent": ["state/chl"], "date": ["2021-06-03"]}
    text = "The Supreme Court of Kenya ruled in March that the treaty was compatible with the constitution."
    (fields,) = _judgments(_claims(text, registry)).values()
    assert fields["date"] == ["2021-03"] and "respondent" not in fields
    assert fields["agent"][0].startswith("org/supreme-court")


def test_a_ruling_named_by_its_year(registry: Registry) -> None:
    text = (
        "Executions had to take place within the five years that the Privy Council allowed in a 1993 ruling."
    )
    (fields,) = _judgments(_claims(text, registry)).values()
    assert fields == {"agent": ["org/privy-council"], "date": ["1993"]}


def test_decisions_without_findings_are_no_judgments(registry: Registry) -> None:
    for text in (
        "The Supreme Court decided to adjourn the hearing until May.",
        "The European Court of Human Rights held hearings in 2019.",
        "The Constitutional Court ruled that the complaint was inadmissible.",
        "The Council of Europe decided in March that Russia would be expelled.",
    ):
        assert not _judgments(_claims(text, registry)), text


def test_remains_one_after_becoming_a_party(registry: Registry) -> None:
    text = "Ghana became a party to the Covenant on Civil and Political Rights in 2000 and remains one."
    assert _relations(_claims(text, registry), TG.partyTo) == {("state/gha", "treaty/iccpr")}
    text = (
        "Chile ratified the American Convention on Human Rights and remains one of its strongest supporters."
    )
    assert not _relations(_claims(text, registry), TG.partyTo)


def test_a_past_negation_says_nothing_of_today(registry: Registry) -> None:
    text = "Ukraine signed the Rome Statute in 2000 but never ratified it until 2024."
    assert not _relations(_claims(text, registry), TG.notPartyTo)
    text = "Ukraine did not ratify the Rome Statute for two decades."
    assert not _relations(_claims(text, registry), TG.notPartyTo)
    text = "India has never ratified the UN Convention against Torture."
    assert _relations(_claims(text, registry), TG.notPartyTo) == {("state/ind", "treaty/un-cat")}


def test_a_treaty_and_the_committees_it_has(registry: Registry) -> None:
    text = (
        "Oman acceded to the Convention on the Rights of Persons with Disabilities and to the "
        "International Convention on the Elimination of All Forms of Racial Discrimination in 2003. "
        "Both treaties have committees of experts that examine reports from states parties: the "
        "Committee on the Elimination of Racial Discrimination and the Committee on the Rights of "
        "Persons with Disabilities."
    )
    claims = _claims(text, registry)
    assert _relations(claims, TG.monitors) == {
        ("org/cerd", "treaty/icerd"),
        ("org/crpd-committee", "treaty/crpd"),
    }
    assert _functions(claims, "org/cerd") == ["examine reports from states parties"]
    # bodies the registry ties to no treaty named before are not paired by guess
    text = (
        "Oman acceded to the Convention on the Rights of Persons with Disabilities and to the "
        "International Convention on the Elimination of All Forms of Racial Discrimination in 2003. "
        "Both treaties have committees, unlike the Human Rights Council and the UN Committee against Torture."
    )
    assert not _relations(_claims(text, registry), TG.monitors)


# ---------------------------------------------------------------- the entities these rules need


def _mentioned(claims: list[Claim]) -> set[str]:
    return {c.object.key for c in claims if c.predicate.endswith("mentions") and isinstance(c.object, Ref)}


def test_the_covenant_after_a_protocol_to_it_is_the_covenant(registry: Registry) -> None:
    text = (
        "Guyana denounced the First Optional Protocol to the International Covenant on Civil and "
        "Political Rights in 1999. Guyana remains a party to the covenant."
    )
    assert _relations(_claims(text, registry), TG.partyTo) == {("state/guy", "treaty/iccpr")}


def test_a_courts_protocol_is_the_one_that_established_it(registry: Registry) -> None:
    text = (
        "The African Court on Human and Peoples' Rights sits in Arusha. Malawi ratified the court's "
        "protocol in 2008 and remains a party to the protocol."
    )
    claims = _claims(text, registry)
    assert _relations(claims, TG.partyTo) == {("state/mwi", "treaty/achpr-court-protocol")}


def test_two_coordinated_names_are_two_entities(registry: Registry) -> None:
    text = (
        "Namibia acceded to the Convention against Torture and to the Convention on the Rights of "
        "the Child. Its reports go to committees of experts: the Committee against Torture and the "
        "Committee on the Rights of the Child."
    )
    mentioned = _mentioned(_claims(text, registry))
    assert {"treaty/un-cat", "treaty/crc", "org/un-cat-committee", "org/crc-committee"} <= mentioned


# ---------------------------------------------------------------- party and successor phrasings


def test_party_phrasings_of_other_genres(registry: Registry) -> None:
    text = (
        "Chile ratified the Convention on the Rights of the Child in 1990. Chile has now become a party "
        "to the Convention against Torture. Nor is it a party to the Optional Protocol to the Convention "
        "on the Rights of Persons with Disabilities."
    )
    claims = _claims(text, registry)
    assert ("state/chl", "treaty/un-cat") in _relations(claims, TG.partyTo)
    assert ("state/chl", "treaty/crpd-op") in _relations(claims, TG.notPartyTo)
    # the ratification told in the past says nothing of today
    assert ("state/chl", "treaty/crc") not in _relations(claims, TG.partyTo)


def test_a_plural_subject_stands_for_the_states_named_together(registry: Registry) -> None:
    text = (
        "Burundi, Gambia and South Africa announced in 2016 that they would leave the Rome Statute. "
        "Until the notices take effect, the three countries remain states parties to the statute."
    )
    pairs = _relations(_claims(text, registry), TG.partyTo)
    assert {("state/bdi", "treaty/rome-statute"), ("state/gmb", "treaty/rome-statute"),
            ("state/zaf", "treaty/rome-statute")} <= pairs  # fmt: skip
    # a count that does not fit the list names no one
    text = text.replace("the three countries", "the two countries")
    assert not _relations(_claims(text, registry), TG.partyTo)


def test_not_yet_a_party_and_remaining_outside(registry: Registry) -> None:
    text = (
        "Indonesia is still not a party to the Rome Statute of the International Criminal Court. "
        "Thailand, too, remains outside the International Criminal Court."
    )
    pairs = _relations(_claims(text, registry), TG.notPartyTo)
    assert ("state/idn", "treaty/rome-statute") in pairs
    assert ("state/tha", "treaty/rome-statute") in pairs


def test_remaining_a_party_is_presupposed_by_a_condition(registry: Registry) -> None:
    text = (
        "If Turkey left the Istanbul Convention, it would remain a member of the Council of Europe and "
        "a party to the European Convention on Human Rights."
    )
    claims = _claims(text, registry)
    assert ("state/tur", "treaty/ets-005") in _relations(claims, TG.partyTo)
    # a condition about joining says nothing
    text = "If Belarus joined the European Convention on Human Rights, it would be a party to it."
    assert not _relations(_claims(text, registry), TG.partyTo)


def test_a_party_to_a_case_is_not_a_party_to_a_treaty(registry: Registry) -> None:
    text = (
        "Ukraine is a party to the case that Russia brought under the Genocide Convention. "
        "Georgia was a party to the proceedings before the European Court of Human Rights."
    )
    claims = _claims(text, registry)
    assert not _relations(claims, TG.partyTo)


def test_successor_phrasings(registry: Registry) -> None:
    text = (
        "Czechoslovakia ceased to exist at the end of 1992. As a successor state of Czechoslovakia, "
        "Slovakia took over its treaties. In 1991 Russia declared itself the continuator of the Soviet "
        "Union, and the Russian Federation, the continuation of the Soviet Union, kept its seat."
    )
    pairs = _relations(_claims(text, registry), TG.successorOf)
    assert ("state/svk", "state/csk") in pairs
    assert ("state/rus", "state/sun") in pairs
    # "the continuation of the talks" names no state
    text = "Serbia welcomed the continuation of the talks with Kosovo."
    assert not _relations(_claims(text, registry), TG.successorOf)


# ---------------------------------------------------------------- bodies and treaties


def test_monitoring_body_appositions_and_passives(registry: Registry) -> None:
    text = (
        "The Framework Convention for the Protection of National Minorities entered into force in 1998. "
        "Its implementation is overseen by the Advisory Committee on the Framework Convention for the "
        "Protection of National Minorities. GREVIO, the monitoring body of the Istanbul Convention, "
        "publishes country reports. The Convention on the Elimination of All Forms of Discrimination "
        "against Women, which entered into force in 1981, is monitored by the Committee on the "
        "Elimination of Discrimination against Women."
    )
    pairs = _relations(_claims(text, registry), TG.monitors)
    assert {("org/acfc", "treaty/ets-157"), ("org/grevio", "treaty/cets-210"),
            ("org/cedaw-committee", "treaty/cedaw")} <= pairs  # fmt: skip


def test_a_function_of_supervising_a_named_treaty_is_a_monitoring_relation(registry: Registry) -> None:
    text = (
        "Chile ratified the International Covenant on Economic, Social and Cultural Rights in 1972. It "
        "reports to the Committee on Economic, Social and Cultural Rights, a body of eighteen experts "
        "that monitors how states apply the covenant."
    )
    assert ("org/cescr", "treaty/icescr") in _relations(_claims(text, registry), TG.monitors)


def test_establishment_phrasings(registry: Registry) -> None:
    text = (
        "The Human Rights Committee, established under article 28 of the International Covenant on Civil "
        "and Political Rights, meets in Geneva. The European Court of Human Rights was set up in 1959 "
        "under the European Convention on Human Rights. The Convention on the Rights of the Child, "
        "adopted in 1989, also created a body of independent experts, the Committee on the Rights of "
        "the Child."
    )
    pairs = _relations(_claims(text, registry), TG.establishes)
    assert {("treaty/iccpr", "org/ccpr"), ("treaty/ets-005", "org/ecthr"),
            ("treaty/crc", "org/crc-committee")} <= pairs  # fmt: skip


def test_a_state_setting_up_a_body_under_a_treaty_is_not_the_treaty_establishing_it(
    registry: Registry,
) -> None:
    text = (
        "Under the Optional Protocol to the Convention against Torture, Ukraine set up the National "
        "Preventive Mechanism Council in 2012."
    )
    assert not _relations(_claims(text, registry), TG.establishes)


def test_protocols_that_supplement_or_amend(registry: Registry) -> None:
    text = (
        "The Second Optional Protocol to the International Covenant on Civil and Political Rights "
        "supplements the International Covenant on Civil and Political Rights. Protocol No. 6 to the "
        "European Convention on Human Rights, which amended the European Convention on Human Rights, "
        "abolished the death penalty in peacetime."
    )
    claims = _claims(text, registry)
    assert ("treaty/iccpr-op2", "treaty/iccpr") in _relations(claims, TG.supplements)
    assert ("treaty/ets-114", "treaty/ets-005") in {
        (c.subject.key, c.object.key)
        for c in claims
        if c.predicate.endswith("legislationAmends") and isinstance(c.object, Ref)
    }
    # a protocol's title is not a statement that it supplements anything
    text = "Peru ratified the Optional Protocol to the Convention against Torture in 2006."
    assert not _relations(_claims(text, registry), TG.supplements)


def test_a_protocol_to_the_covenant_named_before(registry: Registry) -> None:
    text = (
        "Liberia acceded to the International Covenant on Civil and Political Rights in 2004. It has not "
        "joined the Second Optional Protocol to the covenant."
    )
    claims = _claims(text, registry)
    assert ("state/lbr", "treaty/iccpr-op2") in _relations(claims, TG.notPartyTo)
    assert not any(c.object == Ref("treaty/iccpr") for c in claims if c.predicate == TG.notPartyTo)


# ---------------------------------------------------------------- functions of other genres


def test_modal_functions_of_a_new_body_and_its_pronoun(registry: Registry) -> None:
    text = (
        "The Convention on the Rights of Persons with Disabilities establishes the Committee on the "
        "Rights of Persons with Disabilities. The Committee will consider the reports of states parties. "
        "Under the Optional Protocol, it will also receive communications from individuals, and it may "
        "inquire into grave violations."
    )
    assert _functions(_claims(text, registry), "org/crpd-committee") == [
        "consider the reports of states parties",
        "inquire into grave violations",
        "receive communications from individuals",
    ]


def test_a_plan_dated_or_aimed_at_a_state_is_no_function(registry: Registry) -> None:
    text = (
        "The Subcommittee on Prevention of Torture will visit Ukraine in May. The Subcommittee on "
        "Prevention of Torture will meet next week."
    )
    assert _functions(_claims(text, registry), "org/un-spt") == []


def test_a_reports_clause_is_not_the_bodys_function(registry: Registry) -> None:
    text = (
        "A report by the Committee on the Rights of the Child, which examines conditions in orphanages, "
        "was published in June."
    )
    assert _functions(_claims(text, registry), "org/crc-committee") == []


def test_seat_clause_and_new_mandate_verbs(registry: Registry) -> None:
    text = (
        "The International Court of Justice, which sits in The Hague, settles disputes between states. "
        "The Inter-American Commission on Human Rights, which receives petitions and refers cases to "
        "the Inter-American Court of Human Rights, met in Washington."
    )
    claims = _claims(text, registry)
    assert _functions(claims, "org/iachr") == [
        "receives petitions",
        "refers cases to the Inter-American Court of Human Rights",
    ]


def test_a_hypothetical_permission_and_a_pronoun_object_give_no_function(registry: Registry) -> None:
    text = (
        "If admitted, Kosovo would ratify the European Convention on Human Rights, which would allow its "
        "residents to bring applications to the European Court of Human Rights. The decision belongs to "
        "the Committee of Ministers of the Council of Europe, which must approve it by a two-thirds majority."
    )
    claims = _claims(text, registry)
    assert _functions(claims, "org/ecthr") == []
    assert not [c for c in claims if c.predicate == TG.function and "approve it" in str(c.object)]


# ---------------------------------------------------------------- judgments of other genres


def test_judgment_phrasings(registry: Registry) -> None:
    text = (
        "In its judgment of 3 May 2016, the European Court of Human Rights found that Turkey had violated "
        "the right to liberty. In 2019 the International Criminal Court convicted Bosco Ntaganda of war "
        "crimes. Reform stalled after a 2001 opinion of the Constitutional Court of Albania."
    )
    judgments = _judgments(_claims(text, registry))
    found = {(f["agent"][0], (f.get("respondent") or [None])[0], f["date"][0]) for f in judgments.values()}
    assert ("org/ecthr", "state/tur", "2016-05-03") in found
    assert ("org/icc", None, "2019") in found
    assert any(agent.startswith("org/constitutional-court") and date == "2001" for agent, _, date in found)


def test_a_judgment_published_and_dated_by_a_participle(registry: Registry) -> None:
    text = (
        "The Inter-American Court of Human Rights published a judgment, adopted on 28 August 2014, that "
        "found the Dominican Republic responsible for expulsions."
    )
    judgments = _judgments(_claims(text, registry))
    assert [(f["agent"], f["respondent"], f["date"]) for f in judgments.values()] == [
        (["org/iacthr"], ["state/dom"], ["2014-08-28"])
    ]


def test_what_is_not_a_judgment(registry: Registry) -> None:
    text = (
        "A report on the European Court of Human Rights found that Russia had ignored 200 judgments in "
        "2021. The International Criminal Court said in a statement on 3 March 2022 that it was "
        "collecting evidence. The European Court of Human Rights held hearings on 5 May 2022. "
        "The Inter-American Court of Human Rights will rule on the case in 2025."
    )
    assert _judgments(_claims(text, registry)) == {}


def test_will_with_one_particular_object_is_a_plan(registry: Registry) -> None:
    text = (
        "The International Criminal Court ruled on jurisdiction last year. The International Criminal "
        "Court will hear the appeal."
    )
    assert _functions(_claims(text, registry), "org/icc") == []
