"""Statements, posts, memberships and counts, read from sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import ORG, RDF, SCHEMA, TG


def _claims(registry: Registry, text: str, publisher: str | None = None) -> list[Claim]:
    meta = DocumentMetadata(title="t", date_published="2024-05-02", publisher=publisher)
    return extract(parse_document(text, meta, "t"), registry)


def _statements(claims: list[Claim]) -> dict[str, tuple[str, str]]:
    """speaker key -> (statement key, quote), one per statement node."""
    nodes = {c.subject.key for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Statement)}
    out = {}
    for node in nodes:
        speaker = next(c.object for c in claims if c.subject.key == node and c.predicate == TG.speaker)
        quote = next(c.object for c in claims if c.subject.key == node and c.predicate == TG.quote)
        assert isinstance(speaker, Ref) and isinstance(quote, Value)
        out.setdefault(speaker.key, (node, quote.lexical))
    return out


def _speakers(claims: list[Claim]) -> list[str]:
    return sorted(c.object.key for c in claims if c.predicate == TG.speaker and isinstance(c.object, Ref))


# ---------------------------------------------------------------------------- statements


@pytest.mark.parametrize(
    "text",
    [
        '"The vote sends the wrong signal to victims," said Tomas Lindgren, a lawyer in Oslo.',
        "\u201cWe will keep reporting to the committee,\u201d says Amina Yusuf-Okafor.",
        '"Nothing changes for the prisoners this year," added Maria da Silva Pereira, a researcher.',
    ],
)
def test_speaker_named_after_the_speech_verb(registry: Registry, text: str) -> None:
    statements = _statements(_claims(registry, text))
    assert len(statements) == 1
    (speaker, (node, quote)) = next(iter(statements.items()))
    assert speaker.startswith("person/") and node.startswith("statement/")
    assert quote in text and len(quote.split()) >= 4


def test_inverted_speech_verb_does_not_reach_into_the_next_sentence(registry: Registry) -> None:
    text = '"The protocol matters," the report said. Ana Ribeiro, a judge, ruled on the case later.'
    assert "person/ana-ribeiro" not in _speakers(_claims(registry, text))


def test_interview_answers_belong_to_the_interviewee(registry: Registry) -> None:
    text = (
        "Leaving the court: an interview\n\n"
        "The Weekly Monitor spoke with Kofi Mensah-Bonsu, a lecturer in law, about the decision.\n\n"
        "The Weekly Monitor: What does the withdrawal change?\n\n"
        "Kofi Mensah-Bonsu: Individuals lose a forum. The state still reports to the commission.\n\n"
        "The Weekly Monitor: Will it come back?\n\n"
        "Kofi Mensah-Bonsu: Perhaps, under another government.\n"
    )
    claims = _claims(registry, text)
    quotes = sorted(
        c.object.lexical
        for c in claims
        if c.predicate == TG.quote and isinstance(c.object, Value) and c.subject.key.startswith("statement/")
    )
    assert quotes == [
        "Individuals lose a forum. The state still reports to the commission.",
        "Perhaps, under another government.",
    ]
    assert set(_speakers(claims)) == {"person/kofi-mensah-bonsu"}


def test_a_lone_labelled_line_is_not_an_interview(registry: Registry) -> None:
    text = "Background note\n\nHelen Carter: the ombudsman since 2019, appointed by parliament.\n"
    assert _speakers(_claims(registry, text)) == []


def test_scare_quotes_after_said_are_not_a_statement(registry: Registry) -> None:
    text = "The minister said the so-called 'legacy' cases would be closed, said Pavel Novak."
    assert _speakers(_claims(registry, text)) == []


# ---------------------------------------------------------------------------- posts


def _posts(claims: list[Claim]) -> set[tuple[str, str, str | None]]:
    """(member, organisation, role label) of every membership whose member is a person."""
    nodes = {c.subject.key for c in claims if c.predicate == RDF.type and c.object == Ref(ORG.Membership)}
    out = set()
    for node in nodes:
        facts = {c.predicate: c.object for c in claims if c.subject.key == node}
        member, org, role = facts[ORG.member], facts[ORG.organization], facts.get(ORG.role)
        assert isinstance(member, Ref) and isinstance(org, Ref)
        if member.key.startswith("person/"):
            out.add((member.key, org.key, role.key.split("/")[-1] if isinstance(role, Ref) else None))
    return out


def test_title_of_state_office_holds_it_in_the_state_the_article_is_about(registry: Registry) -> None:
    text = (
        "Ecuador ratified the convention in 2002. Ecuador's parliament approved it in June.\n\n"
        "President Ana Morales Cueva signed the instrument, and Ecuador deposited it in July."
    )
    assert ("person/ana-morales-cueva", "state/ecu", "president") in _posts(_claims(registry, text))


def test_demonym_before_a_title_names_the_state(registry: Registry) -> None:
    text = "Kenyan Attorney General Grace Wanjiru Otieno defended the decision."
    assert ("person/grace-wanjiru-otieno", "state/ken", "attorney-general") in _posts(_claims(registry, text))


@pytest.mark.parametrize(
    "text",
    [
        # two states named as often: which one the president leads is not said
        "Chile and Peru signed the treaty. Chile and Peru ratified it. President Luis Aranda Soto spoke.",
        # a post in a body is no post in the state
        "Peru ratified it. Peru signed it. Peru acceded. Director Luis Aranda Soto spoke.",
        # "Court President X": the court's president, not the state's
        "Peru ratified it. Peru signed it. Peru acceded. The Tribunal President Luis Aranda Soto spoke.",
    ],
)
def test_no_state_post_without_a_clear_state(registry: Registry, text: str) -> None:
    assert not any(org.startswith("state/") for _, org, _ in _posts(_claims(registry, text)))


def test_spokesperson_for_an_unlisted_organisation(registry: Registry) -> None:
    text = '"The law is a step back," said Imre Kovacs-Toth, a spokesman for the Szeged Legal Aid Circle.'
    posts = _posts(_claims(registry, text))
    assert ("person/imre-kovacs-toth", "org/szeged-legal-aid-circle", "spokesman") in posts


def test_the_issuers_own_officer_in_a_release(registry: Registry) -> None:
    text = (
        "PRESS RELEASE\nAndean Prison Watch Network\n\n"
        "The Andean Prison Watch Network regrets the decision.\n\n"
        '"Detainees lose a safeguard," said Lucia Paredes Rojas, the network\'s executive secretary.'
    )
    posts = _posts(_claims(registry, text, publisher="Andean Prison Watch Network"))
    assert posts == {("person/lucia-paredes-rojas", "org/andean-prison-watch-network", "executive-secretary")}


def test_a_body_referred_back_to_by_its_head_noun(registry: Registry) -> None:
    text = (
        "The Nairobi Detention Monitoring Foundation published its report on Monday.\n\n"
        "Wanjiku Mwangi-Kamau, the foundation's director, presented it."
    )
    posts = _posts(_claims(registry, text))
    assert ("person/wanjiku-mwangi-kamau", "org/nairobi-detention-monitoring-foundation", "director") in posts


def test_a_head_noun_two_bodies_share_is_unclear(registry: Registry) -> None:
    text = (
        "The Nairobi Detention Monitoring Foundation and the Mombasa Legal Aid Foundation met.\n\n"
        "Wanjiku Mwangi-Kamau, the foundation's director, spoke."
    )
    assert _posts(_claims(registry, text)) == set()


# ---------------------------------------------------------------------------- memberships


def _members(claims: list[Claim]) -> set[tuple[str, str]]:
    nodes = {c.subject.key for c in claims if c.predicate == RDF.type and c.object == Ref(ORG.Membership)}
    out = set()
    for node in nodes:
        facts = {c.predicate: c.object for c in claims if c.subject.key == node}
        member, org = facts[ORG.member], facts[ORG.organization]
        assert isinstance(member, Ref) and isinstance(org, Ref)
        if member.key.startswith("state/"):
            out.add((member.key, org.key))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denouncing the protocol leaves Poland's membership of the Council of Europe "
            "and of the United Nations untouched.",
            {("state/pol", "org/coe"), ("state/pol", "org/un")},
        ),
        ("Gabon remains a member of the African Union.", {("state/gab", "org/au")}),
        (
            "Venezuela denounced the American Convention in 2012. It remains a member state of the "
            "Organization of American States.",
            {("state/ven", "org/oas")},
        ),
        (
            "Gabon left the court, but it is still a member of the African Union.",
            {("state/gab", "org/au")},
        ),
    ],
)
def test_state_memberships(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert _members(_claims(registry, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Belarus is no longer a member of the Council of Europe.",
        "Chile and Peru signed the treaty in 2001. It remains a member of the OAS.",
    ],
)
def test_no_membership_denied_or_of_an_unclear_state(registry: Registry, text: str) -> None:
    assert _members(_claims(registry, text)) == set()


# ---------------------------------------------------------------------------- counts


def _quantities(claims: list[Claim]) -> set[tuple[str | None, str, int]]:
    """(what it is a quantity of, what it counts, value) of every quantity node."""
    nodes = {c.subject.key for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Quantity)}
    out = set()
    for node in nodes:
        facts = {c.predicate: c.object for c in claims if c.subject.key == node}
        of, counts, value = facts.get(TG.quantityOf), facts[TG.counts], facts[SCHEMA.value]
        assert isinstance(counts, Value) and isinstance(value, Value)
        out.add((of.key if isinstance(of, Ref) else None, counts.lexical, int(value.lexical)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sejm voted 241 to 190 to ratify the convention.",
            {(241, "votes in favour"), (190, "opposing votes")},
        ),
        (
            "Parliament approved the bill by 94 votes to 2, with eleven abstentions.",
            {(94, "votes in favour"), (2, "opposing votes"), (11, "abstentions")},
        ),
        (
            "The assembly adopted the text with 120 votes in favour, 15 against and 3 abstentions.",
            {(120, "votes in favour"), (15, "opposing votes"), (3, "abstentions")},
        ),
    ],
)
def test_a_vote_tally_counts_each_side(registry: Registry, text: str, expected: set[tuple[int, str]]) -> None:
    assert {(value, counts) for _, counts, value in _quantities(_claims(registry, text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The court heard cases from 2014 to 2022 before the state left.",
        "Chapter 3 to 5 of the report covers the visits, pages 12-14 the findings.",
    ],
)
def test_ranges_of_years_and_pages_are_no_vote(registry: Registry, text: str) -> None:
    assert not any("vote" in counts for _, counts, _ in _quantities(_claims(registry, text)))


def test_size_of_a_body(registry: Registry) -> None:
    text = (
        "The covenant established the Human Rights Committee, eighteen independent experts who "
        "review the reports of states parties."
    )
    assert ("org/ccpr", "experts", 18) in _quantities(_claims(registry, text))
    text = (
        "The protocol created the Subcommittee on Prevention of Torture. "
        "The twenty-five members of the subcommittee met."
    )
    assert ("org/un-spt", "members", 25) in _quantities(_claims(registry, text))


def test_members_of_an_organisation_are_no_size_of_it(registry: Registry) -> None:
    for text in (
        "Two members of the Council of Europe, Poland and Hungary, objected to the text.",
        "The Committee against Torture met. Three members of the committee visited the prison.",
    ):
        assert not any(n in (2, 3) for _, _, n in _quantities(_claims(registry, text)))


# ---------------------------------------------------------------------------- more ways to name a speaker


def test_pronoun_after_a_person_named_in_the_sentence_before(registry: Registry) -> None:
    text = (
        "Tomas Lindgren, a lawyer in Oslo, criticised the vote.\n\n"
        '"It leaves detainees without a remedy," he said.'
    )
    assert _speakers(_claims(registry, text)) == ["person/tomas-lindgren"]


def test_pronoun_after_two_people_is_unclear(registry: Registry) -> None:
    text = (
        'Tomas Lindgren met Erik Solberg-Haug on Monday.\n\n"It leaves detainees without a remedy," he said.'
    )
    assert _speakers(_claims(registry, text)) == []


def test_speaker_named_by_a_post_given_earlier(registry: Registry) -> None:
    text = (
        "Zambia ratified the protocol in 2010. Zambia signed it in 2008.\n\n"
        "Justice Minister Mulenga Banda defended the decision.\n\n"
        "Parliament approved it.\n\n"
        '"The courts will handle these cases at home," the justice minister said.'
    )
    assert _speakers(_claims(registry, text)) == ["person/mulenga-banda"]


def test_question_and_answer_labels(registry: Registry) -> None:
    text = (
        "Five questions on the withdrawal\n\n"
        "We spoke with Ines Carvalho-Mendes, who teaches international law in Lisbon.\n\n"
        "Q: What changes now?\n\n"
        "A: Individuals can no longer bring complaints.\n"
    )
    claims = _claims(registry, text)
    assert (
        _statements(claims)["person/ines-carvalho-mendes"][1] == "Individuals can no longer bring complaints."
    )


def test_relative_clause_gives_a_post(registry: Registry) -> None:
    text = (
        "Session opens\n\nThe Baltic Detention Monitoring Committee met in May.\n\n"
        "Sofia Marchetti-Rossi, who chairs the committee, opened the session."
    )
    assert (
        "person/sofia-marchetti-rossi",
        "org/baltic-detention-monitoring-committee",
        "chair",
    ) in _posts(_claims(registry, text))


def test_the_countrys_president(registry: Registry) -> None:
    text = "Gabon left the court. Ali Bongo-Ondimba, the country's president, signed the notice."
    assert ("person/ali-bongo-ondimba", "state/gab", "president") in _posts(_claims(registry, text))
