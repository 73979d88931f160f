"""Domestic steps on a treaty whose act no verb names (a chamber approving the treaty itself, a
treaty sent to the legislature, a bill and its author, a law signed), and steps dated in a
follow-up sentence; read through ``loaders.extract``, with every field of the step checked, and
the false facts that negated or failed steps must not produce."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import SCHEMA, TG

STEPS = (TG.Decree, TG.BillSubmission, TG.ParliamentaryApproval, TG.LawSigning, TG.Notification)
ACTS = (TG.Ratification, TG.Accession, TG.Denunciation)


def _claims(text: str, registry: Registry, published: str = "2019-05-10") -> list[Claim]:
    meta = DocumentMetadata(title="t", date_published=published)
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


# ---------------------------------------------------------------------------- approvals


@pytest.mark.parametrize(
    ("text", "agent", "date", "treaty"),
    [
        (
            "The Senate of Chile gave its advice and consent to the Convention against Torture on "
            "12 June 1988.",
            "org/senate-of-chile",
            "1988-06-12",
            "treaty/un-cat",
        ),
        (
            "The National Assembly of Ecuador approved the Rome Statute on 3 April 2001, by 87 votes to 3.",
            "org/national-assembly-of-ecuador",
            "2001-04-03",
            "treaty/rome-statute",
        ),
        (
            "The Senate of Mexico approved recognition of the jurisdiction of the Inter-American Court of "
            "Human Rights on 1 December 1998.",
            "org/senate-of-mexico",
            "1998-12-01",
            "treaty/achr",
        ),
    ],
)
def test_a_chamber_approving_the_treaty_itself_is_a_step_of_its_procedure(
    text: str, agent: str, date: str, treaty: str, registry: Registry
) -> None:
    claims = _claims(text, registry)
    step = _one(claims, TG.ParliamentaryApproval)
    assert _field(claims, step, TG.agent) == {agent}
    assert _field(claims, step, TG.date) == {date}
    assert _step_treaty(claims, step) == {treaty}
    for act in ACTS:  # the procedure asserts no ratification
        assert not _typed(claims, act)


def test_members_giving_a_second_reading_approve_for_the_one_state_named(registry: Registry) -> None:
    claims = _claims(
        "MPs today gave a second reading to the Rome Statute (Ratification) Bill by 135 votes to 2. "
        "Ghana signed the statute in 1998.",
        registry,
    )
    step = _one(claims, TG.ParliamentaryApproval)
    assert _field(claims, step, TG.date) == {"2019-05-10"}
    assert _field(claims, step, TG.agent) == set()
    assert _step_treaty(claims, step) == {"treaty/rome-statute"}
    assert _field(claims, step, TG.votesFor) == {"135"}


@pytest.mark.parametrize(
    "text",
    [
        "The Senate of Chile refused to give its advice and consent to the Rome Statute in 2002.",
        "The Senate of Chile may approve the Rome Statute next year.",
        "The National Assembly of Ecuador approved the budget on 3 April 2001.",
        "Ecuador approved the Rome Statute in 2001.",
        "The Senate of Chile approved the Rome Statute by 12 votes to 30 on 3 April 2001.",
    ],
)
def test_refusals_possibilities_other_objects_and_states_are_no_approval(
    text: str, registry: Registry
) -> None:
    assert not _typed(_claims(text, registry), TG.ParliamentaryApproval)


# ---------------------------------------------------------------------------- bills and laws


def test_a_treaty_transmitted_to_the_chamber_named_before_is_a_bill(registry: Registry) -> None:
    claims = _claims(
        "The Senate of Chile has yet to vote on the Escazu Agreement. President Gabriel Boric "
        "transmitted it to the Senate in March 2022.",
        registry,
    )
    step = _one(claims, TG.BillSubmission)
    assert _field(claims, step, TG.agent) == {"person/gabriel-boric"}
    assert _field(claims, step, TG.submittedTo) == {"org/senate-of-chile"}
    assert _field(claims, step, TG.date) == {"2022-03"}
    assert _step_treaty(claims, step) == {"treaty/escazu-agreement"}
    assert not _typed(claims, TG.Ratification)


def test_a_bill_and_its_author(registry: Registry) -> None:
    claims = _claims(
        "The private member's bill on the Istanbul Convention, introduced by Dr Mairi Campbell, now goes "
        "to committee.",
        registry,
    )
    step = _one(claims, TG.BillSubmission)
    assert _field(claims, step, TG.agent) == {"person/mairi-campbell"}
    assert _step_treaty(claims, step) == {"treaty/cets-210"}


@pytest.mark.parametrize(
    "text",
    [
        "No president has sent the Convention on the Rights of the Child to the Senate.",
        "The foreign minister sent the Rome Statute to the embassy in 2001.",
        "President Gabriel Boric sent troops to the border in March 2022.",
        "The bill, introduced in 2019, would ratify the Istanbul Convention.",
    ],
)
def test_negated_and_other_sendings_are_no_bill(text: str, registry: Registry) -> None:
    assert not _typed(_claims(text, registry), TG.BillSubmission)


def test_a_law_signed_into_law_serves_no_treaty_unless_its_title_names_one(registry: Registry) -> None:
    claims = _claims(
        "Parliament abolished the death penalty in July. President Julius Maada Bio signed the Abolition "
        "of the Death Penalty Act into law on 8 October 2021.",
        registry,
    )
    step = _one(claims, TG.LawSigning)
    assert _field(claims, step, TG.agent) == {"person/julius-maada-bio"}
    assert _field(claims, step, TG.date) == {"2021-10-08"}
    assert _field(claims, step, SCHEMA.superEvent) == set()


def test_an_undated_law_signed_is_no_step(registry: Registry) -> None:
    claims = _claims("President Julius Maada Bio signed the abolition act into law.", registry)
    assert not _typed(claims, TG.LawSigning)


# ---------------------------------------------------------------------------- dates given after


def test_a_decree_dated_in_the_sentence_after_is_its_authors(registry: Registry) -> None:
    claims = _claims(
        "President Ilham Aliyev has signed a decree withdrawing the declaration under Article 90 of "
        "Protocol I.\n\nThe decree, signed on 2 May and published today, takes effect at once.",
        registry,
    )
    step = _one(claims, TG.Decree)
    assert _field(claims, step, TG.agent) == {"person/ilham-aliyev"}
    assert _field(claims, step, TG.date) == {"2019-05-02"}


def test_a_notice_dated_one_day_and_received_another_is_dated_by_its_receipt(registry: Registry) -> None:
    claims = _claims(
        "Ghana has notified the Secretary-General of the United Nations of its withdrawal from the "
        "International Covenant on Civil and Political Rights.\n\nThe notification, dated 23 April, was "
        "received by the Secretary-General on 25 April, a spokesman said.",
        registry,
    )
    step = _one(claims, TG.Notification)
    assert _field(claims, step, TG.agent) == {"state/gha"}
    assert _field(claims, step, TG.submittedTo) == {"org/un-sg"}
    assert _field(claims, step, TG.date) == {"2019-04-25"}
    assert _step_treaty(claims, step) == {"treaty/iccpr"}


def test_a_later_mention_does_not_redate_a_dated_step(registry: Registry) -> None:
    claims = _claims(
        "Ghana notified the Secretary-General of the United Nations of its withdrawal from the "
        "International Covenant on Civil and Political Rights on 20 April 2019.\n\nThe notification, "
        "dated 18 April, was published yesterday.",
        registry,
    )
    step = _one(claims, TG.Notification)
    assert _field(claims, step, TG.date) == {"2019-04-20"}


def test_a_treaty_sent_to_a_chamber_named_by_its_noun_only(registry: Registry) -> None:
    claims = _claims(
        "Slovenia signed the Istanbul Convention in 2011. Prime Minister Janez Jansa sent the convention to "
        "parliament in May 2014.",
        registry,
    )
    step = _one(claims, TG.BillSubmission)
    assert _field(claims, step, TG.agent) == {"person/janez-jansa"}
    assert _field(claims, step, TG.submittedTo) == {"org/parliament-of-slovenia"}
    assert _field(claims, step, TG.date) == {"2014-05"}
    assert _step_treaty(claims, step) == {"treaty/cets-210"}


def test_the_implementing_law_signed_is_a_step_and_a_law_on_something_else_is_not(
    registry: Registry,
) -> None:
    claims = _claims("President Joko Widodo signs the implementing law on 2 March 2019.", registry)
    step = _one(claims, TG.LawSigning)
    assert _field(claims, step, TG.agent) == {"person/joko-widodo"}
    assert _field(claims, step, TG.date) == {"2019-03-02"}
    other = _claims("President Joko Widodo signed a law on fisheries on 2 March 2019.", registry)
    assert not _typed(other, TG.LawSigning)
