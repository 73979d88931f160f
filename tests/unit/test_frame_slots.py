"""Where articles put the state and the count of a treaty action, through ``loaders.extract``:
an ordinal before the instrument or the party, the government standing for its state, and a
wire dateline, which names where the story was filed and never the state acting in it."""

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


def _actions(claims: list[Claim]) -> set[str]:
    return {c.subject.key for c in claims if c.subject.key.startswith("action/") and c.predicate == RDF.type}


@pytest.mark.parametrize(
    ("text", "key", "date"),
    [
        ("The Optional Protocol to the Convention against Torture entered into force in June 2006. "
         "Bolivia deposited the twentieth instrument of ratification on 23 May 2006.",
         "action/bol-opcat-ratification", Value("2006-05-23", XSD.date)),
        ("The Rome Statute of the International Criminal Court was adopted in 1998. "
         "Senegal lodged the first instrument of ratification on 2 February 1999.",
         "action/sen-rome-statute-ratification", Value("1999-02-02", XSD.date)),
        ("The Government of Peru acceded to the Convention on the Rights of the Child on 3 May 2010.",
         "action/per-crc-accession", Value("2010-05-03", XSD.date)),
    ],
)  # fmt: skip
def test_ordinals_and_governments_fill_the_frame(
    registry: Registry, text: str, key: str, date: Value
) -> None:
    claims = _claims(registry, text)
    assert key in _actions(claims)
    assert _objects(claims, key, TG.date) == [date]


def test_the_count_read_after_a_named_deposit(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Optional Protocol to the Convention against Torture entered into force on 22 June 2006, "
        "a month after Bolivia deposited the twentieth instrument of ratification.",
    )
    counts = {c.subject.key for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Quantity)}
    assert counts == {"quantity/opcat-ratifications-entry-into-force"}
    assert _objects(claims, "quantity/opcat-ratifications-entry-into-force", SCHEMA.value) == [
        Value("20", XSD.integer)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ADDIS ABABA, 6 December 2012 (Wire) - The Optional Protocol to the Convention against Torture "
        "entered into force today, thirty days after the twentieth instrument of ratification was deposited.",
        "NAIROBI, 3 May (Wire) - The Convention against Torture was ratified earlier. "
        "The instrument of ratification was deposited in New York.",
    ],
)
def test_a_dateline_city_never_acts(registry: Registry, text: str) -> None:
    assert _actions(_claims(registry, text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        # "first country to sign": a signature, never a ratification through the ordinal
        "Fiji became the first country to sign the Convention against Torture in 2016.",
        # the government of another state is the object of a preposition, not the subject
        "Chile, in talks with the Government of Peru, acceded to the Convention on the Rights of the Child.",
    ],
)
def test_ordinals_and_governments_make_no_false_act(registry: Registry, text: str) -> None:
    actions = _actions(_claims(registry, text))
    assert not any(a.endswith("-ratification") or "per-" in a for a in actions)


@pytest.mark.parametrize(
    ("text", "key", "date"),
    [
        # the more specific date in apposition to a relative one
        ("Earlier this year, on 8 February, Ghana also ratified the Convention against Torture.",
         "action/gha-un-cat-ratification", Value("2024-02-08", XSD.date)),
        ("Last year, on 3 April, Ghana acceded to the Convention on the Rights of the Child.",
         "action/gha-crc-accession", Value("2023-04-03", XSD.date)),
        # a relative date in an update counts from the update's date, not the document's
        ("Kenya signed the Convention against Torture in 2001.\n\n"
         "Update, 14 March: Chile deposited its instrument of ratification of the Convention "
         "against Torture in New York yesterday.",
         "action/chl-un-cat-ratification", Value("2024-03-13", XSD.date)),
    ],
)  # fmt: skip
def test_the_date_an_article_means(registry: Registry, text: str, key: str, date: Value) -> None:
    assert _objects(_claims(registry, text), key, TG.date) == [date]


def test_a_relative_date_outside_the_update_counts_from_the_document(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Chile deposited its instrument of ratification of the Convention against Torture yesterday.\n\n"
        "Update, 14 March: Kenya signed the Convention against Torture in 2001.",
    )
    assert _objects(claims, "action/chl-un-cat-ratification", TG.date) == [Value("2024-05-31", XSD.date)]


def _parties(claims: list[Claim], predicate: str = TG.partyTo) -> set[tuple[str, str]]:
    return {(c.subject.key, str(c.object)) for c in claims if c.predicate == predicate}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Three members of the African Union have signed the Convention against Torture: "
         "Ghana, Kenya and Mali.",
         {"action/gha-un-cat-signature", "action/ken-un-cat-signature", "action/mli-un-cat-signature"}),
        ("The Convention on the Rights of the Child has been ratified by 196 states, "
         "including Chile and Peru.",
         {"action/chl-crc-ratification", "action/per-crc-ratification"}),
    ],
)  # fmt: skip
def test_states_listed_after_the_predicate(registry: Registry, text: str, keys: set[str]) -> None:
    assert _actions(_claims(registry, text)) == keys


def test_a_copular_list_of_parties(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The five states parties to the Convention against Torture so far are "
        "Ghana, Benin, Mali, Niger and Togo.",
    )
    assert {s for s, _ in _parties(claims)} == {
        "state/gha",
        "state/ben",
        "state/mli",
        "state/ner",
        "state/tgo",
    }


@pytest.mark.parametrize(
    "text",
    [
        # new parties are not the whole list, and a list of non-states says nothing
        "The new states parties to the Convention on the Rights of the Child are Chile and Peru.",
        # a list of treaties, not of states
        "Ghana has ratified several treaties in 2005, including the Convention against Torture.",
    ],
)
def test_lists_that_name_no_party(registry: Registry, text: str) -> None:
    claims = _claims(registry, text)
    assert _parties(claims) == set()
    assert not any("chl" in a or "per" in a for a in _actions(claims))


def test_signed_without_ratifying_is_no_ratification(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The campaign urged the states that have signed the Convention against Torture without "
        "ratifying it, among them Chile and Kenya, to finish the job.",
    )
    assert not any(a.endswith("-ratification") for a in _actions(claims))


def test_its_protocol_is_the_protocol_of_the_treaty_just_named(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Nepal acceded to the International Covenant on Civil and Political Rights and its First "
        "Optional Protocol on 14 May 1991.",
    )
    assert _actions(claims) == {"action/npl-iccpr-accession", "action/npl-iccpr-op1-accession"}
    assert _objects(claims, "action/npl-iccpr-op1-accession", TG.date) == [Value("1991-05-14", XSD.date)]


def test_its_protocol_with_several_candidates_is_not_guessed(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Nepal ratified the Convention on the Rights of the Child and its Optional Protocol in 1990.",
    )
    assert "action/npl-crc-ratification" in _actions(claims)
    assert not any(a.startswith("action/npl-crc-op") for a in _actions(claims))


def test_without_negates_only_the_act_it_governs(registry: Registry) -> None:
    claims = _claims(registry, "Chile, without reservations, ratified the Convention against Torture.")
    assert _actions(claims) == {"action/chl-un-cat-ratification"}
