"""Parliamentary steps and adoptions read through ``loaders.extract``: a vote to join a treaty,
a resolution directing a government to accede (a step, not the accession itself), and the
active voice of an adoption; with the false facts each must not produce."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import TG


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


def test_a_vote_to_join_is_an_approval_towards_an_undated_accession(registry: Registry) -> None:
    claims = _claims("On 2 May 2019 Chile's parliament voted to join the Rome Statute.", registry)
    approvals = _typed(claims, TG.ParliamentaryApproval)
    assert len(approvals) == 1
    (step,) = approvals
    assert _field(claims, step, TG.date) == {"2019-05-02"}
    accessions = _typed(claims, TG.Accession)
    assert {a for a in accessions if "chl" in a and "rome-statute" in a}
    assert all(not _field(claims, a, TG.date) for a in accessions)


def test_joining_a_state_in_an_act_is_no_step(registry: Registry) -> None:
    claims = _claims(
        "On 2 May 2019 Kenya's parliament voted to join Uganda in condemning the attack.", registry
    )
    assert not _typed(claims, TG.ParliamentaryApproval)
    assert not _typed(claims, TG.Accession)


def test_a_resolution_directing_accession_is_a_step_not_the_accession(registry: Registry) -> None:
    text = (
        "On 3 May 2019 Peru's Congress passed a resolution directing the government to accede to the "
        "Convention on the Rights of Persons with Disabilities."
    )
    claims = _claims(text, registry)
    approvals = _typed(claims, TG.ParliamentaryApproval)
    assert len(approvals) == 1
    assert _field(claims, next(iter(approvals)), TG.date) == {"2019-05-03"}
    assert all(not _field(claims, a, TG.date) for a in _typed(claims, TG.Accession))


@pytest.mark.parametrize("verb", ["instructed", "directed", "told"])
def test_an_instruction_to_ratify_is_not_a_ratification(verb: str, registry: Registry) -> None:
    claims = _claims(
        f"On 3 May 2019 lawmakers in Ghana {verb} the cabinet to ratify the Rome Statute.", registry
    )
    assert not _typed(claims, TG.Ratification)


def test_an_active_adoption_by_an_assembly_dates_the_treaty(registry: Registry) -> None:
    claims = _claims(
        "The UN General Assembly adopted the Convention on the Rights of the Child on 20 November 1989.",
        registry,
    )
    adoptions = {c.subject.key for c in claims if c.subject.key.endswith("-adoption")}
    assert adoptions
    assert {d for a in adoptions for d in _field(claims, a, TG.date)} == {"1989-11-20"}


def test_adopting_a_law_is_no_adoption_of_the_treaty(registry: Registry) -> None:
    claims = _claims(
        "Latvia's parliament adopted the law ratifying the Istanbul Convention on 4 May 2019.", registry
    )
    assert not _typed(claims, TG.Adoption)
    assert not any(c.subject.key.endswith("-adoption") for c in claims)


def _relations(claims: list[Claim], predicate: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.key)
        for c in claims
        if c.predicate == predicate and isinstance(c.object, Ref)
    }


def test_a_step_that_does_not_make_a_state_a_party(registry: Registry) -> None:
    text = (
        "Ghana's parliament voted to accede to the Rome Statute. The vote does not itself make Ghana a party."
    )
    assert ("state/gha", "treaty/rome-statute") in _relations(_claims(text, registry), TG.notPartyTo)
    named = "The decree does not make Peru a party to the Convention on the Rights of the Child."
    assert ("state/per", "treaty/crc") in _relations(_claims(named, registry), TG.notPartyTo)


@pytest.mark.parametrize(
    "text",
    [
        # two treaties before: which one is not said
        "Ghana ratified the Rome Statute and the Convention on the Rights of the Child. This does not "
        "make Ghana a party.",
        # not a party at all: a member of something else
        "The Rome Statute was signed. The vote does not make Ghana a member.",
    ],
)
def test_not_made_party_needs_one_treaty_and_a_party(text: str, registry: Registry) -> None:
    assert not _relations(_claims(text, registry), TG.notPartyTo)
