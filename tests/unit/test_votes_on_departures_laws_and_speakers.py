"""A parliament approving "the country's withdrawal" (its vote, not the withdrawal), "it" after a
domestic law, a relative clause after a treaty described but not named, "he said" after another
person than the last speaker, names of institutes read as people, and "joined" after accessions."""

from __future__ import annotations

from readings import claims_of, domestic_steps, statements, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_VOTE = (
    "HELSINKI, 17 June 2025 - Finland acceded to the Ottawa Convention in 2012. Finland's parliament on "
    "Tuesday approved the country's withdrawal from the 1997 Ottawa Convention, which bans anti-personnel "
    "landmines, by 157 votes to 18."
)


def test_a_vote_approving_the_countrys_withdrawal_does_not_date_the_withdrawal(registry: Registry) -> None:
    actions = treaty_actions(registry, _VOTE, "2025-06-17")
    assert ("Denunciation", "state/fin", "treaty/ottawa-convention", "2025-06-17", "-") not in actions


def test_a_vote_approving_the_countrys_withdrawal_is_a_step_towards_it(registry: Registry) -> None:
    steps = domestic_steps(registry, _VOTE, "2025-06-17")
    assert any(s[0] == "ParliamentaryApproval" and "2025-06-17" in s for s in steps), steps


def test_it_after_a_domestic_law_is_not_the_treaty(registry: Registry) -> None:
    text = (
        "Brazil ratified the Convention of Belem do Para in 1995. President Luiz Inacio Lula da Silva "
        "signed Law No. 11.340, the Maria da Penha Law, on 7 August 2006. It came into force on "
        "22 September 2006."
    )
    assert not {a for a in treaty_actions(registry, text) if a[0] == "EntryIntoForce"}


def test_it_after_a_person_named_bill_is_still_the_treaty(registry: Registry) -> None:
    text = (
        "The United States signed the Convention on the Rights of the Child in 1995. President Bill "
        "Clinton welcomed it. It entered into force on 2 September 1990."
    )
    assert ("EntryIntoForce", "-", "treaty/crc", "1990-09-02", "-") in treaty_actions(registry, text)


def test_a_relative_clause_after_a_described_treaty_is_not_about_the_named_one(registry: Registry) -> None:
    text = (
        "The United Kingdom ratified the Lanzarote Convention today. The Alliance also urged ministers to "
        "ratify the Council of Europe convention on violence against women, which the UK signed in 2012 "
        "but has not ratified."
    )
    assert not {a for a in treaty_actions(registry, text, "2018-06-20") if a[0] == "Signature"}


def test_a_relative_clause_after_a_named_treaty_still_gives_its_act(registry: Registry) -> None:
    text = "Peru ratified the Convention against Torture, which Chile signed in 1987."
    assert ("Signature", "state/chl", "treaty/un-cat", "1987", "-") in treaty_actions(registry, text)


def test_he_said_after_another_person_reported_is_not_the_last_speaker(registry: Registry) -> None:
    text = (
        '"We are pleased," said Irene Falcoz, an ICRC lawyer. Tomasz Wielgosz, who heads the law programme '
        "at the Warsaw Institute for Conflict Studies, said the milestone would not end the debate. "
        '"It is one thing to accept the 1949 texts and quite another," he said.'
    )
    said = statements(registry, text)
    assert not {s for s in said if s[0] == "person/irene-falcoz" and "1949" in s[1]}
    assert {s for s in said if s[0] == "person/tomasz-wielgosz" and "1949" in s[1]}


def test_the_name_of_an_institute_is_no_person(registry: Registry) -> None:
    text = (
        "Tomasz Wielgosz, who heads the law programme at the Warsaw Institute for Conflict Studies, said "
        "the milestone would not end the debate."
    )
    claims = claims_of(registry, text)
    keys = {c.subject.key for c in claims} | {getattr(c.object, "key", "") for c in claims}
    assert {k for k in keys if k.startswith("person/")} <= {"person/tomasz-wielgosz"}


def test_joined_after_accessions_to_a_treaty_is_no_admission_to_an_organisation(registry: Registry) -> None:
    text = (
        "The torture convention now binds the whole Gulf. Kuwait acceded in 1996, well before the other "
        "members of the Gulf Cooperation Council. The UAE joined in 2012."
    )
    types = {c.object.key for c in claims_of(registry, text) if c.predicate == RDF.type}
    assert TG.Admission not in types
