"""Bodies by the shapes of their names, read through ``loaders.extract``: a mission or an
administration named after the territory it is sent to and the organisation it serves, with its
short form in parentheses (never a state); an office named by its holder's title; a committee
named after its convention (not the treaty); "the mechanism" and "the body" for the one body of
that kind named before."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG

MENTIONS = str(SCHEMA.mentions)


def _mentioned(registry: Registry, text: str) -> set[str]:
    return facts_of(registry, text).get("doc/t", {}).get(MENTIONS, set())


@pytest.mark.parametrize(
    ("text", "body", "not_state"),
    [
        (
            "The United Nations Transitional Administration in East Timor (UNTAET) ran the territory "
            "until 2002. UNTAET signed the agreement on its behalf.",
            "org/united-nations-transitional-administration-in-east-timor",
            "state/untaet",
        ),
        (
            "The United Nations Interim Administration Mission in Kosovo (UNMIK) reported to the "
            "Security Council. UNMIK has handed over most of its powers.",
            "org/united-nations-interim-administration-mission-in-kosovo",
            "state/unmik",
        ),
        (
            "The United Nations Mission in the Central African Republic (MINURCA) left in 2000. "
            "MINURCA had overseen the elections.",
            "org/united-nations-mission-in-the-central-african-republic",
            "state/minurca",
        ),
    ],
)
def test_a_mission_or_administration_is_a_body_and_its_short_form_is_no_state(
    registry: Registry, text: str, body: str, not_state: str
) -> None:
    mentioned = _mentioned(registry, text)
    assert body in mentioned
    assert not_state not in mentioned
    assert not any(k.startswith("place/") for k in mentioned)  # the territory is inside the name


def test_the_short_form_of_a_mission_is_not_the_territory_it_serves(registry: Registry) -> None:
    facts = facts_of(
        registry,
        "The United Nations Interim Administration Mission in Kosovo (UNMIK) was set up in 1999. "
        "UNMIK now has a smaller staff.",
    )
    assert "place/kosovo" not in facts.get("doc/t", {}).get(MENTIONS, set())


def test_a_body_named_after_an_organisation_is_not_a_state_body(registry: Registry) -> None:
    facts = facts_of(
        registry, "The United Nations Transitional Administration in East Timor (UNTAET) held elections."
    )
    types = facts["org/united-nations-transitional-administration-in-east-timor"][str(RDF.type)]
    assert str(TG.Organization) in types
    assert str(TG.NationalBody) not in types


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Provedor for Human Rights and Justice visited three prisons in Dili last year.",
            "org/provedor-for-human-rights-and-justice",
        ),
        (
            "The Parliamentary Ombudsman inspected the immigration detention centre in May.",
            "org/parliamentary-ombudsman",
        ),
        (
            "Complaints go to the Commonwealth Ombudsman, who can investigate federal agencies.",
            "org/commonwealth-ombudsman",
        ),
    ],
)
def test_an_office_named_by_its_holders_title_is_a_body(registry: Registry, text: str, body: str) -> None:
    assert body in _mentioned(registry, text)


def test_a_title_before_a_persons_name_is_no_body(registry: Registry) -> None:
    mentioned = _mentioned(registry, "Ombudsman Anna Kowalska said the law had to change.")
    assert not any(k.startswith("org/") for k in mentioned)


@pytest.mark.parametrize(
    ("text", "body", "treaty"),
    [
        (
            "The Cybercrime Convention Committee met in Strasbourg to assess how Japan applies the treaty.",
            "org/cybercrime-convention-committee",
            "treaty/ets-185",
        ),
        (
            "Chile will take part in the Cybercrime Convention Committee from next year.",
            "org/cybercrime-convention-committee",
            "treaty/ets-185",
        ),
    ],
)
def test_a_committee_named_after_its_convention_is_the_committee(
    registry: Registry, text: str, body: str, treaty: str
) -> None:
    mentioned = _mentioned(registry, text)
    assert body in mentioned
    assert treaty not in mentioned


def test_the_convention_alone_stays_the_treaty(registry: Registry) -> None:
    assert "treaty/ets-185" in _mentioned(registry, "Japan ratified the Cybercrime Convention in 2012.")


def _hidden(registry: Registry, text: str) -> set[str]:
    from loaders.documents import DocumentMetadata, parse_document
    from loaders.mentions import find_mentions

    document = parse_document(text, DocumentMetadata(title="t", date_published="2024-06-01"), "t")
    return {m.key for m in find_mentions(document, registry) if m.text.lower().startswith("the ")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Portugal designated its National Preventive Mechanism in 2013. The mechanism visited "
            "forty prisons in its first year.",
            "org/national-preventive-mechanism",
        ),
        (
            "The Human Rights Committee examined the report of Chile in March. The body asked about "
            "prison conditions.",
            "org/ccpr",
        ),
    ],
)
def test_the_mechanism_or_the_body_is_the_one_named_before(registry: Registry, text: str, body: str) -> None:
    assert body in _hidden(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # two bodies named before: "the body" is unclear
        "The Human Rights Committee and the Committee against Torture met in Geneva. The body "
        "adopted its report.",
        # "the body of": a quantity of something, not a body
        "The Committee against Torture heard the case. The body of evidence was thin.",
    ],
)
def test_the_body_is_left_unread_when_unclear(registry: Registry, text: str) -> None:
    document_keys = _hidden(registry, text)
    assert not any(k.startswith("org/") for k in document_keys - {"org/ccpr", "org/un-cat-committee"})
    from loaders.documents import DocumentMetadata, parse_document
    from loaders.mentions import find_mentions

    document = parse_document(text, DocumentMetadata(title="t", date_published="2024-06-01"), "t")
    assert not [m for m in find_mentions(document, registry) if m.text.lower() == "the body"]


@pytest.mark.parametrize(
    ("text", "body", "not_body"),
    [
        (
            "\u201cThe ruling changes nothing for the detainees,\u201d said Amnesty International on Monday.",
            "org/amnesty-international",
            "org/amnesty-international-on-monday",
        ),
        (
            "The Helsinki Foundation for Human Rights on Friday called the vote a setback.",
            "org/helsinki-foundation-for-human-rights",
            "org/helsinki-foundation-for-human-rights-on-friday",
        ),
        (
            "The Baltic Council for Detainee Rights on 3 May published its report on police cells.",
            "org/baltic-council-for-detainee-rights",
            "org/baltic-council-for-detainee-rights-on-3-may",
        ),
    ],
)
def test_a_day_or_month_after_a_name_dates_the_sentence_and_is_not_part_of_the_name(
    registry: Registry, text: str, body: str, not_body: str
) -> None:
    mentioned = _mentioned(registry, text)
    assert body in mentioned
    assert not_body not in mentioned
