"""Domestic steps, notifications to depositaries, suspensions and judgments read through
``loaders.extract``, in the shapes articles about any state use; and the false facts that votes
against, intentions, calls and hypotheticals must not produce."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import SCHEMA, TG


def _claims(text: str, registry: Registry) -> list[Claim]:
    meta = DocumentMetadata(title="t", date_published="2019-05-10")
    return extract(parse_document(text, meta, "t"), registry)


def _typed(claims: list[Claim], cls: str) -> set[str]:
    return {c.subject.key for c in claims if c.object == Ref(cls)}


def _field(claims: list[Claim], key: str, predicate: str) -> set[str]:
    return {
        c.object.key if isinstance(c.object, Ref) else c.object.lexical
        for c in claims
        if c.subject.key == key and c.predicate == predicate and isinstance(c.object, (Ref, Value))
    }


def _one(claims: list[Claim], cls: str) -> str:
    nodes = _typed(claims, cls)
    assert len(nodes) == 1, nodes
    return next(iter(nodes))


def _step_treaty(claims: list[Claim], step: str) -> set[str]:
    return {t for s in _field(claims, step, SCHEMA.superEvent) for t in _field(claims, s, TG.treaty)}


# ---------------------------------------------------------------------------- votes


@pytest.mark.parametrize(
    ("text", "agent", "date", "treaty"),
    [
        (
            "Poland's Sejm voted by 301 votes to 12 on 14 March 2018 to ratify the Istanbul Convention.",
            "org/sejm",
            "2018-03-14",
            "treaty/cets-210",
        ),
        (
            "On 3 April 2016 the National Assembly of Ecuador approved the accession to the Rome Statute, "
            "with 87 in favour, 3 against and 2 abstentions.",
            "org/national-assembly-of-ecuador",
            "2016-04-03",
            "treaty/rome-statute",
        ),
        (
            "The Senate of Chile approved the ratification of the Convention against Torture on "
            "12 June 2007.",
            "org/senate-of-chile",
            "2007-06-12",
            "treaty/un-cat",
        ),
        (
            "Ukraine's Verkhovna Rada voted for ratification of the Rome Statute on 21 August 2024, with 281 "
            "deputies in favour.",
            "org/verkhovna-rada",
            "2024-08-21",
            "treaty/rome-statute",
        ),
        (
            "Nepal's House of Representatives passed a resolution on 25 July 2006 calling on the government "
            "to accede to the Rome Statute.",
            "org/house-of-representatives-of-nepal",
            "2006-07-25",
            "treaty/rome-statute",
        ),
    ],
)
def test_a_chamber_approving_an_act_is_an_approval_by_that_chamber(
    text: str, agent: str, date: str, treaty: str, registry: Registry
) -> None:
    claims = _claims(text, registry)
    step = _one(claims, TG.ParliamentaryApproval)
    assert _field(claims, step, TG.agent) == {agent}
    assert _field(claims, step, TG.date) == {date}
    assert _step_treaty(claims, step) == {treaty}


def test_a_count_before_the_date_does_not_hide_it(registry: Registry) -> None:
    claims = _claims(
        "Latvia's Saeima voted by 56 votes to 32 on 30 October 2025 to withdraw from the Istanbul "
        "Convention.",
        registry,
    )
    step = _one(claims, TG.ParliamentaryApproval)
    assert _field(claims, step, TG.date) == {"2025-10-30"}
    assert _field(claims, step, TG.votesFor) == {"56"}


@pytest.mark.parametrize(
    "text",
    [
        "The Czech Senate voted yesterday against ratification of the Istanbul Convention.",
        "Parliament voted down the bill to ratify the Istanbul Convention on 9 June 2020, by 120 votes "
        "to 56.",
        "The Senate of Chile voted 40 to 57 on 8 March 2018 to ratify the Rome Statute.",
        "The National Assembly of Ecuador voted not to ratify the Rome Statute on 8 March 2018.",
        "Lawmakers rejected ratification of the Rome Statute on 12 May 2016.",
        "Parliament may vote on the bill to ratify the Istanbul Convention next month.",
        "Activists called on the Senate of Chile to approve the ratification of the Rome Statute.",
        "The Senate of Chile will vote on the bill to ratify the Rome Statute next week.",
    ],
)
def test_votes_against_failed_and_future_votes_are_no_approval(text: str, registry: Registry) -> None:
    claims = _claims(text, registry)
    assert not _typed(claims, TG.ParliamentaryApproval)
    assert all(not _field(claims, r, TG.date) for r in _typed(claims, TG.Ratification))


# ---------------------------------------------------------------------------- bills, decrees, laws


def test_a_government_submitting_a_bill_is_its_state(registry: Registry) -> None:
    claims = _claims(
        "The Government of Georgia submitted a bill to ratify the Istanbul Convention to Parliament on "
        "1 March 2017.",
        registry,
    )
    step = _one(claims, TG.BillSubmission)
    assert _field(claims, step, TG.agent) == {"state/geo"}
    assert _field(claims, step, TG.date) == {"2017-03-01"}
    assert _step_treaty(claims, step) == {"treaty/cets-210"}


@pytest.mark.parametrize(
    ("text", "agent", "date", "treaty", "act"),
    [
        (
            "President Vladimir Putin signed a decree on 15 January 2019 proposing the denunciation of the "
            "European Convention on Human Rights.",
            "person/vladimir-putin",
            "2019-01-15",
            "treaty/ets-005",
            TG.Denunciation,
        ),
        (
            "On 20 March 2021 President Recep Tayyip Erdogan issued a decree withdrawing Turkey from the "
            "Istanbul Convention.",
            "person/recep-tayyip-erdogan",
            "2021-03-20",
            "treaty/cets-210",
            TG.Denunciation,
        ),
    ],
)
def test_a_decree_signed_or_issued_is_a_step_and_leaves_its_act_undated(
    text: str, agent: str, date: str, treaty: str, act: str, registry: Registry
) -> None:
    claims = _claims(text, registry)
    step = _one(claims, TG.Decree)
    assert _field(claims, step, TG.agent) == {agent}
    assert _field(claims, step, TG.date) == {date}
    assert _step_treaty(claims, step) == {treaty}
    assert all(not _field(claims, a, TG.date) for a in _typed(claims, act))


@pytest.mark.parametrize(
    "text",
    [
        "The government could submit a bill to ratify the Rome Statute in March.",
        "The opposition proposed a bill to denounce the European Convention on Human Rights.",
        "President Vladimir Putin may sign a decree proposing the denunciation of the European Convention "
        "on Human Rights.",
    ],
)
def test_proposals_and_possibilities_are_no_step(text: str, registry: Registry) -> None:
    claims = _claims(text, registry)
    for cls in (TG.BillSubmission, TG.Decree, TG.LawSigning, TG.ParliamentaryApproval):
        assert not _typed(claims, cls)


# ---------------------------------------------------------------------------- notifications


@pytest.mark.parametrize(
    ("text", "state", "depositary", "date", "treaty"),
    [
        (
            "Venezuela delivered a notice of denunciation of the American Convention on Human Rights to the "
            "OAS General Secretariat on 10 September 2012.",
            "state/ven",
            "org/general-secretariat-of-the-organization-of-american-states",
            "2012-09-10",
            "treaty/achr",
        ),
        (
            "Morocco's notification of withdrawal from the African Charter was received by the African Union "
            "Commission on 3 March 2019.",
            "state/mar",
            "org/african-union-commission",
            "2019-03-03",
            "treaty/achpr",
        ),
        (
            "Brazil deposited its declaration recognising the jurisdiction of the Inter-American Court of "
            "Human Rights with the OAS General Secretariat on 10 December 1998.",
            "state/bra",
            "org/general-secretariat-of-the-organization-of-american-states",
            "1998-12-10",
            "treaty/achr",
        ),
        (
            "Tunisia withdrew its reservations to CEDAW on 17 April 2014, notifying the Secretary-General of "
            "the United Nations.",
            "state/tun",
            "org/un-sg",
            "2014-04-17",
            "treaty/cedaw",
        ),
    ],
)
def test_a_notice_to_the_depositary_is_a_notification_of_its_state_to_it(
    text: str, state: str, depositary: str, date: str, treaty: str, registry: Registry
) -> None:
    claims = _claims(text, registry)
    step = _one(claims, TG.Notification)
    assert _field(claims, step, TG.agent) == {state}
    assert _field(claims, step, TG.submittedTo) == {depositary}
    assert _field(claims, step, TG.date) == {date}
    assert _step_treaty(claims, step) == {treaty}


@pytest.mark.parametrize(
    "text",
    [
        "Namibia withdrew its reservation to the Convention against Torture in 2002.",
        "Tunisia withdrew its reservations to CEDAW on 17 April 2014.",
        "Brazil deposited its declaration recognising the jurisdiction of the Inter-American Court of Human "
        "Rights on 10 December 1998.",
    ],
)
def test_reservations_withdrawn_and_declarations_made_are_no_denunciation(
    text: str, registry: Registry
) -> None:
    claims = _claims(text, registry)
    assert _typed(claims, TG.Notification)
    assert not _typed(claims, TG.Denunciation)


def test_a_later_notice_of_the_withdrawal_is_the_reservations_notification(registry: Registry) -> None:
    claims = _claims(
        "Tunisia has formally withdrawn its specific reservations to the Convention on the Elimination of "
        "All Forms of Discrimination against Women.\n\nThe government notified the Secretary-General of the "
        "United Nations, the convention's depositary, of the withdrawal last month.",
        registry,
    )
    step = _one(claims, TG.Notification)
    assert _field(claims, step, TG.submittedTo) == {"org/un-sg"}
    assert _field(claims, step, TG.date) == {"2019-04"}
    assert not _typed(claims, TG.Denunciation)


@pytest.mark.parametrize(
    "text",
    [
        "Women's groups called for the remaining reservations to CEDAW to be withdrawn.",
        "The government of Tunisia may lift its reservations to CEDAW next year.",
        "The Philippines plans to notify the Secretary-General of its withdrawal from the Rome Statute.",
        "Ecuador made a declaration on signature of the Rome Statute that it would apply it to its "
        "territory.",
    ],
)
def test_calls_plans_and_other_declarations_are_no_notification(text: str, registry: Registry) -> None:
    assert not _typed(_claims(text, registry), TG.Notification)


# ---------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("text", "state", "org", "date"),
    [
        ("The African Union suspended Mali on 1 June 2021.", "state/mli", "org/au", "2021-06-01"),
        ("Mali was suspended from the African Union on 1 June 2021.", "state/mli", "org/au", "2021-06-01"),
        (
            "Russia's suspension from the Council of Europe on 25 February 2022 followed the invasion.",
            "state/rus",
            "org/coe",
            "2022-02-25",
        ),
    ],
)
def test_a_member_suspended_is_a_suspension(
    text: str, state: str, org: str, date: str, registry: Registry
) -> None:
    claims = _claims(text, registry)
    event = _one(claims, TG.Suspension)
    assert _field(claims, event, TG.state) == {state}
    assert _field(claims, event, TG.organization) == {org}
    assert _field(claims, event, TG.date) == {date}
    assert not _typed(claims, TG.Withdrawal)


@pytest.mark.parametrize(
    "text",
    [
        "Russia suspended its payments to the Council of Europe in 2017.",
        "The Constitutional Court of Chile suspended the law on 3 May 2019.",
        "The Assembly could suspend Russia from the Council of Europe.",
        "Kosovo's bid to join the Council of Europe stalled in 2024.",
    ],
)
def test_other_suspensions_and_bids_are_no_org_event(text: str, registry: Registry) -> None:
    claims = _claims(text, registry)
    for cls in (TG.Suspension, TG.Admission, TG.Withdrawal, TG.Expulsion):
        assert not _typed(claims, cls)


# ---------------------------------------------------------------------------- judgments


@pytest.mark.parametrize(
    ("text", "court", "respondent", "date"),
    [
        (
            "In its judgment of 13 July 2021, the Grand Chamber of the European Court of Human Rights found "
            "that Turkey had breached Article 5.",
            "org/ecthr",
            "state/tur",
            "2021-07-13",
        ),
        (
            "The Inter-American Court of Human Rights held in a judgment of 24 September 1999 that Peru "
            "could not withdraw from the court's jurisdiction.",
            "org/iacthr",
            "state/per",
            "1999-09-24",
        ),
        (
            "The African Court on Human and Peoples' Rights found against Tanzania in a ruling of "
            "20 November 2015.",
            "org/afchpr",
            "state/tza",
            "2015-11-20",
        ),
        (
            "The European Court of Human Rights heard the case in 2020. In January 2021 its Grand Chamber "
            "found Russia responsible for killings after the war of August 2008.",
            "org/ecthr",
            "state/rus",
            "2021-01",
        ),
    ],
)
def test_a_court_or_its_chamber_finding_against_a_state_is_a_judgment(
    text: str, court: str, respondent: str, date: str, registry: Registry
) -> None:
    claims = _claims(text, registry)
    judgments = [j for j in _typed(claims, TG.Judgment) if _field(claims, j, TG.respondent)]
    assert len(judgments) == 1
    (j,) = judgments
    assert _field(claims, j, TG.agent) == {court}
    assert _field(claims, j, TG.respondent) == {respondent}
    assert _field(claims, j, TG.date) == {date}


@pytest.mark.parametrize(
    "text",
    [
        "The European Court of Human Rights is expected to rule on the case against Turkey in 2020.",
        "Lawyers argued before the European Court of Human Rights on 3 March 2020 that Turkey had violated "
        "the Convention.",
        "The tribunal found no violation by Norway in its judgment of 2 May 2018.",
        "The Grand Chamber held on 3 March 2020 that Turkey had violated the Convention.",
    ],
)
def test_expected_rulings_pleadings_and_unnamed_courts_are_no_judgment(text: str, registry: Registry) -> None:
    assert not _typed(_claims(text, registry), TG.Judgment)


def test_a_case_name_with_v_does_not_end_the_sentence(registry: Registry) -> None:
    claims = _claims(
        "The African Court on Human and Peoples' Rights today delivered its judgment in the case of "
        "African Commission on Human and Peoples' Rights v. Republic of Kenya, finding that Kenya had "
        "violated the rights of the Ogiek community.",
        registry,
    )
    (j,) = _typed(claims, TG.Judgment)
    assert _field(claims, j, TG.respondent) == {"state/ken"}
    assert _field(claims, j, TG.date) == {"2019-05-10"}


def test_the_above_statute_is_the_statute_named_before(registry: Registry) -> None:
    claims = _claims(
        "The Secretary-General is the depositary of the Rome Statute.\n\nOn 27 October 2016, the "
        "Government of Burundi deposited a notification of withdrawal from the above Statute.",
        registry,
    )
    step = _one(claims, TG.Notification)
    assert _field(claims, step, TG.agent) == {"state/bdi"}
    assert _step_treaty(claims, step) == {"treaty/rome-statute"}


def test_a_declaration_deposited_in_the_passive_names_its_court_before(registry: Registry) -> None:
    claims = _claims(
        "Brazil has recognised the jurisdiction of the Inter-American Court of Human Rights. The "
        "declaration of recognition was deposited with the OAS General Secretariat on 10 December 1998.",
        registry,
    )
    step = _one(claims, TG.Notification)
    assert _field(claims, step, TG.agent) == {"state/bra"}
    assert _field(claims, step, TG.date) == {"1998-12-10"}
    assert _step_treaty(claims, step) == {"treaty/achr"}


def test_notified_of_a_decision_to_withdraw_after_a_long_depositary_title(registry: Registry) -> None:
    claims = _claims(
        "Colombia notified the Secretary-General of the Organization of American States of its decision to "
        "withdraw from the Pact of Bogota on 27 November 2012.",
        registry,
    )
    step = _one(claims, TG.Notification)
    assert _field(claims, step, TG.agent) == {"state/col"}
    depositary = "org/general-secretariat-of-the-organization-of-american-states"
    assert _field(claims, step, TG.submittedTo) == {depositary}
    assert _field(claims, step, TG.date) == {"2012-11-27"}


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry notified the embassy of the decision on 3 May 2019.",
        "The government has sent a notification to all embassies explaining its position.",
        "The declaration will be deposited with the Secretary-General once parliament approves it.",
        "Once the law is enacted and the Council of Europe is notified, visits would cease under the "
        "convention's rules on withdrawal.",
    ],
)
def test_notices_of_nothing_named_are_no_notification(text: str, registry: Registry) -> None:
    assert not _typed(_claims(text, registry), TG.Notification)
