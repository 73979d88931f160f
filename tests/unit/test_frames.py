"""Event frames through ``loaders.extract``: the life of a state's relation to a treaty in many
phrasings, and the false facts each class of error would make (an organisation for a treaty, an
intention for an act, a hypothetical, a negation, the date of another event)."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG, XSD


def _claims(registry: Registry, text: str, published: str = "2024-06-01") -> list[Claim]:
    document = parse_document(text, DocumentMetadata(title="t", date_published=published), "t")
    return extract(document, registry)


def _objects(claims: list[Claim], subject: str, predicate: str) -> list[Ref | Value]:
    return [c.object for c in claims if c.subject.key == subject and c.predicate == predicate]


def _typed(claims: list[Claim], cls: str) -> set[str]:
    return {c.subject.key for c in claims if c.predicate == RDF.type and c.object == Ref(cls)}


@pytest.mark.parametrize(
    ("text", "key", "cls", "date"),
    [
        ("Ukraine signed the European Convention for the Prevention of Torture on 2 May 1996.",
         "action/ukr-cets-126-signature", TG.Signature, Value("1996-05-02", XSD.date)),
        ("Ukraine ratified the Optional Protocol to the Convention against Torture in 2006.",
         "action/ukr-opcat-ratification", TG.Ratification, Value("2006", XSD.gYear)),
        ("In 1987 the Soviet Union acceded to the UN Convention against Torture.",
         "action/sun-un-cat-accession", TG.Accession, Value("1987", XSD.gYear)),
        ("Ukraine became a party to the UN Convention against Torture in 1987.",
         "action/ukr-un-cat-ratification", TG.Ratification, Value("1987", XSD.gYear)),
        ("The Optional Protocol to the Convention against Torture was ratified by Ukraine in 2006.",
         "action/ukr-opcat-ratification", TG.Ratification, Value("2006", XSD.gYear)),
        ("Russia withdrew from the UN Convention against Torture on 3 March 2023.",
         "action/rus-un-cat-denunciation", TG.Denunciation, Value("2023-03-03", XSD.date)),
    ],
)  # fmt: skip
def test_treaty_actions_in_many_phrasings(
    registry: Registry, text: str, key: str, cls: str, date: Value
) -> None:
    claims = _claims(registry, text)
    assert _objects(claims, key, RDF.type) == [Ref(cls)]
    assert _objects(claims, key, TG.date) == [date]


def test_leaving_a_treaty_made_under_an_organisation_is_not_leaving_it(registry: Registry) -> None:
    for text in (
        "Russia withdrew from the Council of Europe's anti-torture convention in 2023.",
        "Russia withdrew from the Council of Europe's Istanbul Convention in 2021.",
        "Ukraine pulled out of the Council of Europe convention on torture.",
    ):
        claims = _claims(registry, text)
        assert not [c for c in claims if c.predicate == TG.organization], text
        assert not _typed(claims, TG.Withdrawal) | _typed(claims, TG.Expulsion), text
    claims = _claims(
        registry, "Russia withdrew from the Council of Europe's anti-torture convention in 2023."
    )
    assert _objects(claims, "action/rus-cets-126-denunciation", TG.treaty) == [Ref("treaty/cets-126")]


def test_leaving_the_organisation_itself(registry: Registry) -> None:
    claims = _claims(registry, "Ukraine left the Council of Europe in March 2022.")
    assert _objects(claims, "event/ukr-coe-withdrawal", RDF.type) == [Ref(TG.Withdrawal)]
    assert _objects(claims, "event/ukr-coe-withdrawal", TG.date) == [Value("2022-03", XSD.gYearMonth)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it would withdraw from the UN Convention against Torture.",
        "Russia announced plans to leave the UN Convention against Torture in 2023.",
        "Russia threatened to withdraw from the UN Convention against Torture.",
    ],
)
def test_an_announced_intention_is_not_a_denunciation(registry: Registry, text: str) -> None:
    claims = _claims(registry, text)
    assert not _typed(claims, TG.Denunciation)
    intention = "event/rus-un-cat-denunciation-intention"
    assert _objects(claims, intention, RDF.type) == [Ref(TG.AnnouncedIntention)]
    assert _objects(claims, intention, TG.intendedClass) == [Ref(TG.Denunciation)]
    assert _objects(claims, intention, TG.treaty) == [Ref("treaty/un-cat")]


def test_threat_to_leave_an_organisation_is_an_intention(registry: Registry) -> None:
    claims = _claims(registry, "Ukraine threatened to leave the Council of Europe in 2019.")
    assert not _typed(claims, TG.Withdrawal)
    assert _objects(claims, "event/ukr-coe-withdrawal-intention", TG.intendedClass) == [Ref(TG.Withdrawal)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia could withdraw from the UN Convention against Torture.",
        "If Ukraine ratified the Optional Protocol to the Convention against Torture, they could visit.",
        "Analysts debated whether Russia might leave the Council of Europe.",
    ],
)
def test_hypotheticals_state_nothing(registry: Registry, text: str) -> None:
    claims = _claims(registry, text)
    events = {c.subject.key for c in claims if c.subject.key.startswith(("action/", "event/"))}
    assert events == set(), text


def test_negation_is_not_party_never_an_act(registry: Registry) -> None:
    claims = _claims(
        registry, "Russia has not ratified the Optional Protocol to the Convention against Torture."
    )
    assert not _typed(claims, TG.Ratification)
    assert _objects(claims, "state/rus", TG.notPartyTo) == [Ref("treaty/opcat")]
    claims = _claims(registry, "Ukraine never withdrew from the UN Convention against Torture.")
    assert not _typed(claims, TG.Denunciation)


def test_notification_with_depositary_and_derived_effective_date(registry: Registry) -> None:
    text = (
        "On 10 March 2022, Russia notified the Secretary General of the Council of Europe of its "
        "withdrawal from the European Convention for the Prevention of Torture."
    )
    claims = _claims(registry, text)
    note = "event/rus-cets-126-denunciation-notification"
    action = "action/rus-cets-126-denunciation"
    assert _objects(claims, note, RDF.type) == [Ref(TG.Notification)]
    assert _objects(claims, note, TG.agent) == [Ref("state/rus")]
    assert _objects(claims, note, SCHEMA.superEvent) == [Ref(action)]
    assert _objects(claims, note, TG.date) == [Value("2022-03-10", XSD.date)]
    assert _objects(claims, note, TG.submittedTo)
    # ECPT art. 22: first day of the month after twelve months from receipt
    assert _objects(claims, action, TG.derivedEffectiveDate) == [Value("2023-04-01", XSD.date)]
    assert "article 22" in str(_objects(claims, action, TG.derivedByRule)[0])
    assert not _objects(claims, action, TG.effectiveDate)  # derived, never stated


def test_no_date_derived_from_a_notification_dated_to_the_month(registry: Registry) -> None:
    text = (
        "Russia deposited an instrument of denunciation of the UN Convention against Torture "
        "with the UN Secretary-General in May 2023."
    )
    claims = _claims(registry, text)
    assert _typed(claims, TG.Notification) == {"event/rus-un-cat-denunciation-notification"}
    assert not [c for c in claims if c.predicate == TG.derivedEffectiveDate]


def test_stated_effective_date_joins_the_denunciation(registry: Registry) -> None:
    text = (
        "Russia notified the UN Secretary-General on 2 March 2023 that it would withdraw from the "
        "UN Convention against Torture. The withdrawal took effect on 2 March 2024."
    )
    claims = _claims(registry, text)
    action = "action/rus-un-cat-denunciation"
    assert _objects(claims, action, TG.effectiveDate) == [Value("2024-03-02", XSD.date)]
    assert _objects(claims, action, TG.derivedEffectiveDate) == [Value("2024-03-02", XSD.date)]


def test_revocation_is_its_own_event(registry: Registry) -> None:
    claims = _claims(
        registry, "In 2024 Russia revoked its withdrawal from the UN Convention against Torture."
    )
    key = "event/rus-un-cat-denunciation-revocation"
    assert _objects(claims, key, RDF.type) == [Ref(TG.Revocation)]
    assert _objects(claims, key, TG.date) == [Value("2024", XSD.gYear)]
    assert not _typed(claims, TG.Denunciation)


def test_parliamentary_vote_with_its_count_is_a_step(registry: Registry) -> None:
    text = (
        "Russia's State Duma voted 415 to 0 to withdraw from the European Convention for the "
        "Prevention of Torture on 17 September 2025."
    )
    claims = _claims(registry, text)
    vote = "event/rus-cets-126-denunciation-duma-approval"  # the registry's node for it
    assert _objects(claims, vote, RDF.type) == [Ref(TG.ParliamentaryApproval)]
    assert _objects(claims, vote, TG.votesFor) == [Value("415", XSD.integer)]
    assert _objects(claims, vote, TG.votesAgainst) == [Value("0", XSD.integer)]
    assert _objects(claims, vote, TG.date) == [Value("2025-09-17", XSD.date)]
    assert _objects(claims, vote, SCHEMA.superEvent) == [Ref("action/rus-cets-126-denunciation")]


def test_the_act_a_step_serves_does_not_take_the_steps_date(registry: Registry) -> None:
    claims = _claims(
        registry, "On 29 September 2025, Vladimir Putin signed a law withdrawing Russia from the ECPT."
    )
    assert _objects(claims, "event/rus-cets-126-denunciation-law", TG.date) == [Value("2025-09-29", XSD.date)]
    assert not _objects(claims, "action/rus-cets-126-denunciation", TG.date)


def test_entry_into_force_with_the_number_of_ratifications(registry: Registry) -> None:
    text = (
        "The Optional Protocol to the Convention against Torture came into force on 22 June 2006 "
        "after the twentieth ratification."
    )
    claims = _claims(registry, text)
    eif = "event/opcat-entry-into-force"
    assert _objects(claims, eif, TG.date) == [Value("2006-06-22", XSD.date)]
    counts = [c.subject.key for c in claims if c.predicate == TG.about and c.object == Ref(eif)]
    assert len(counts) == 1
    assert _objects(claims, counts[0], SCHEMA.value) == [Value("20", XSD.integer)]
    assert _objects(claims, counts[0], TG.counts) == [Value("ratifications")]


def test_body_established_under_a_treaty(registry: Registry) -> None:
    for text in (
        "The Subcommittee on Prevention of Torture, set up under the Optional Protocol to the "
        "Convention against Torture, visits places of detention.",
        "The Subcommittee on Prevention of Torture was created by the Optional Protocol to the "
        "Convention against Torture.",
    ):
        claims = _claims(registry, text)
        assert _objects(claims, "treaty/opcat", TG.establishes) == [Ref("org/un-spt")], text


def test_the_opening_date_is_not_the_date_of_an_event_counted_from_it(registry: Registry) -> None:
    claims = _claims(
        registry, "This year marks three years since Ukraine withdrew from the UN Convention against Torture."
    )
    assert not _objects(claims, "action/ukr-un-cat-denunciation", TG.date)


# ---------------------------------------------------------------------------- the whole life, more phrasings


def _dates(claims: list[Claim], key: str) -> set[str]:
    return {o.lexical for o in _objects(claims, key, TG.date) if isinstance(o, Value)}


def test_pronouns_stand_for_the_state_and_the_treaty_named_before(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Chile signed the Convention on the Rights of Persons with Disabilities in 2007.\n\n"
        "It ratified it in 2008. The country, long a holdout, joined the International Criminal Court "
        "in 2009.",
    )
    assert _dates(claims, "action/chl-crpd-ratification") == {"2008"}
    assert not _typed(claims, TG.Admission)  # a court is no organisation one joins


def test_coordinated_treaties_and_a_gapped_verb_each_give_an_act(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Ghana acceded to the Convention on the Rights of the Child and to the International Covenant on "
        "Civil and Political Rights in 2000. Peru ratified the Rome Statute in 2001, and Chile in 2009.",
    )
    assert _dates(claims, "action/gha-crc-accession") == {"2000"}
    assert _dates(claims, "action/gha-iccpr-accession") == {"2000"}
    assert _dates(claims, "action/chl-rome-statute-ratification") == {"2009"}
    assert _dates(claims, "action/per-rome-statute-ratification") == {"2001"}


def test_the_same_day_and_the_month_may(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Bolivia denounced the Convention on the Rights of the Child on 3 May 2001 and acceded to it again "
        "on the same day.",
    )
    assert _dates(claims, "action/bol-crc-accession") == {"2001-05-03"}
    assert _dates(claims, "action/bol-crc-denunciation") == {"2001-05-03"}


def test_a_declaration_withdrawn_is_a_notification_not_a_denunciation(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Ghana withdrew its declaration under the Protocol to the African Charter on Human and Peoples' "
        "Rights on the Establishment of an African Court on Human and Peoples' Rights. The notice is dated "
        "2 March 2021 and takes effect a year later.",
    )
    assert not _typed(claims, TG.Denunciation)
    (notification,) = _typed(claims, TG.Notification)
    assert set(_objects(claims, notification, TG.agent)) == {Ref("state/gha")}
    assert _dates(claims, notification) == {"2021-03-02"}
    # the act notified is an event under the protocol, of no class of treaty action
    (act,) = set(_objects(claims, notification, SCHEMA.superEvent))
    assert set(_objects(claims, act.key, TG.treaty)) == {Ref("treaty/achpr-court-protocol")}
    assert set(_objects(claims, act.key, RDF.type)) == {Ref(TG.Event)}


def test_a_derogation_is_notified_and_leaves_nothing(registry: Registry) -> None:
    claims = _claims(
        registry,
        "France notified the Secretary General of the Council of Europe that it was derogating from the "
        "European Convention on Human Rights. It sent a similar notice to the Secretary-General of the "
        "United Nations under the International Covenant on Civil and Political Rights.",
    )
    assert not _typed(claims, TG.Denunciation)
    notified = {o for n in _typed(claims, TG.Notification) for o in _objects(claims, n, TG.submittedTo)}
    assert notified == {Ref("org/coe-sg"), Ref("org/un-sg")}


def test_a_denunciation_is_dated_by_its_notice(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Venezuela has denounced the American Convention on Human Rights. The notice was delivered to the "
        "Secretary General of the Organization of American States on 10 September 2012.",
        published="2012-09-11",
    )
    (notification,) = _typed(claims, TG.Notification)
    assert _dates(claims, notification) == {"2012-09-10"}
    assert _dates(claims, "action/ven-achr-denunciation") == {"2012-09-10"}
    assert _objects(claims, notification, TG.submittedTo) == [
        Ref("org/general-secretariat-of-the-organization-of-american-states")
    ]


def test_denouncing_a_charter_is_leaving_the_organisation(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Venezuela notified the OAS General Secretariat of its denunciation of the Charter of the "
        "Organization of American States on 28 April 2017.",
    )
    assert _typed(claims, TG.Withdrawal) == {"event/ven-oas-withdrawal"}
    assert _dates(claims, "event/ven-oas-withdrawal") == {"2017-04-28"}


def test_an_effect_belongs_to_the_departure_it_follows(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Greece left the Council of Europe in 1969 and denounced the European Convention on Human Rights. "
        "Its withdrawal from the organisation took effect on 31 December 1970.",
    )
    assert _objects(claims, "event/grc-coe-withdrawal", TG.effectiveDate) == [Value("1970-12-31", XSD.date)]
    assert not _objects(claims, "action/grc-ets-005-denunciation", TG.effectiveDate)


def test_a_body_approving_a_declarations_withdrawal_leaves_no_treaty(registry: Registry) -> None:
    claims = _claims(
        registry,
        "In July 1999, Peru's Congress approved the withdrawal of Peru's recognition of the jurisdiction of "
        "the Inter-American Court of Human Rights.",
    )
    assert not _typed(claims, TG.Denunciation)
    (approval,) = _typed(claims, TG.ParliamentaryApproval)
    assert _objects(claims, approval, TG.agent) == [Ref("org/congress-of-peru")]
    assert _dates(claims, approval) == {"1999-07"}


def test_a_legislature_by_its_own_name_and_a_count_that_is_no_vote(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Lithuania has withdrawn from the Convention on Cluster Munitions. The Seimas had voted for the "
        "withdrawal in July 2024, by 107 votes to 3.",
    )
    (approval,) = _typed(claims, TG.ParliamentaryApproval)
    assert _objects(claims, approval, TG.agent) == [Ref("org/seimas")]
    assert _dates(claims, approval) == {"2024-07"}


def test_a_court_stands_for_the_treaty_the_document_names(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Burundi's parliament voted on 12 October 2016 to withdraw from the International Criminal Court. "
        "Burundi had ratified the Rome Statute in 2004.",
    )
    (approval,) = _typed(claims, TG.ParliamentaryApproval)
    assert _objects(claims, approval, SCHEMA.superEvent) == [Ref("action/bdi-rome-statute-denunciation")]
    assert _objects(claims, approval, TG.agent) == [Ref("org/parliament-of-burundi")]
    assert not _typed(claims, TG.Withdrawal)


def test_a_dated_decree_of_its_own(registry: Registry) -> None:
    claims = _claims(registry, "President Ana Duarte declared a state of emergency by decree on 4 June 2020.")
    (decree,) = _typed(claims, TG.Decree)
    assert _dates(claims, decree) == {"2020-06-04"}
    assert _objects(claims, decree, TG.agent) == [Ref("person/ana-duarte")]


def test_a_participles_date_and_a_reported_decisions_date_are_not_the_acts(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The network welcomed the decision, announced yesterday, to send back the law on Latvia's "
        "withdrawal from the Istanbul Convention. The court decided on 3 June that Rwanda's denunciation "
        "of the Convention on the Rights of the Child was valid.",
    )
    assert _typed(claims, TG.Denunciation) == {
        "action/lva-cets-210-denunciation",
        "action/rwa-crc-denunciation",
    }
    assert not _dates(claims, "action/lva-cets-210-denunciation")
    assert not _dates(claims, "action/rwa-crc-denunciation")
