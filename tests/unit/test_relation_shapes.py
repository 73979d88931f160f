"""Relations between states, treaties and bodies in the shapes articles use: standing said in
the present perfect or in apposition, "it" for the treaty, questions and their answers,
relative clauses whose subject is the treaty, bodies described before their verb. Each shape
has its false-fact counterpart."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import SCHEMA, TG

_PREDICATES = {
    TG.partyTo: "partyTo",
    TG.notPartyTo: "notPartyTo",
    TG.establishes: "establishes",
    TG.monitors: "monitors",
    TG.successorOf: "successorOf",
    TG.supplements: "supplements",
    SCHEMA.legislationAmends: "amends",
}


def _relations(registry: Registry, text: str) -> set[tuple[str, str, str]]:
    document = parse_document(text, DocumentMetadata(title="t", date_published="2023-05-01"), "t")
    return {
        (c.subject.key, _PREDICATES[c.predicate], c.object.key)
        for c in extract(document, registry)
        if c.predicate in _PREDICATES and isinstance(c.object, Ref)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana has been a state party to the Convention against Torture since 2000.",
            ("state/gha", "partyTo", "treaty/un-cat"),
        ),
        (
            "Tunisia has also been a party since 2008 to the Optional Protocol to CEDAW.",
            ("state/tun", "partyTo", "treaty/cedaw-op"),
        ),
        (
            "Chile, a party to the Rome Statute since 2009, welcomed the decision.",
            ("state/chl", "partyTo", "treaty/rome-statute"),
        ),
        (
            "Egypt, not a party to the Maputo Protocol, abstained in the vote.",
            ("state/egy", "notPartyTo", "treaty/maputo-protocol"),
        ),
        (
            "The United States has signed the Convention on the Rights of Persons with Disabilities "
            "but is not a party to it.",
            ("state/usa", "notPartyTo", "treaty/crpd"),
        ),
        (
            "The Istanbul Convention entered into force in 2014. Slovakia, which signed the "
            "convention in 2011, also remains outside it.",
            ("state/svk", "notPartyTo", "treaty/cets-210"),
        ),
        (
            "Protocol No. 16 to the European Convention on Human Rights lets the highest courts ask "
            "the European Court of Human Rights about the Convention. The United Kingdom has not "
            "signed it.",
            ("state/gbr", "notPartyTo", "treaty/cets-214"),
        ),
        (
            "The Maputo Protocol was adopted in 2003. Botswana, Egypt and Morocco have neither signed "
            "nor ratified the Protocol.",
            ("state/bwa", "notPartyTo", "treaty/maputo-protocol"),
        ),
        (
            "The Istanbul Convention is the Council of Europe's treaty on violence against women. "
            "Armenia signed it in 2018 but has never ratified it.",
            ("state/arm", "notPartyTo", "treaty/cets-210"),
        ),
        (
            "The European Convention on Human Rights was signed in 1950. Azerbaijan joined the "
            "Council of Europe in 2001. It remains a member state of the Council of Europe and a "
            "party to the Convention.",
            ("state/aze", "partyTo", "treaty/ets-005"),
        ),
        (
            "The Arms Trade Treaty entered into force in 2014. In 2019 the United States told the "
            "depositary that it does not intend to become a party.",
            ("state/usa", "notPartyTo", "treaty/arms-trade-treaty"),
        ),
        (
            "Kenya and Chile welcomed the ruling on the Rome Statute. Both states remain parties to "
            "the Rome Statute.",
            ("state/chl", "partyTo", "treaty/rome-statute"),
        ),
        (
            "The Framework Convention for the Protection of National Minorities entered into force in "
            "1998. Who monitors it? The Committee of Ministers, assisted by the Advisory Committee "
            "on the Framework Convention.",
            ("org/acfc", "monitors", "treaty/ets-157"),
        ),
        (
            "The Committee on Enforced Disappearances is the body that monitors the Convention for "
            "the Protection of All Persons from Enforced Disappearance.",
            ("org/ced", "monitors", "treaty/cped"),
        ),
        (
            "GREVIO, the independent expert body that oversees implementation of the Istanbul "
            "Convention, published its report.",
            ("org/grevio", "monitors", "treaty/cets-210"),
        ),
        (
            "The Convention against Torture is monitored by a committee of ten experts, the "
            "Committee against Torture.",
            ("org/un-cat-committee", "monitors", "treaty/un-cat"),
        ),
        (
            "The Committee against Torture is charged with monitoring the implementation of the "
            "Convention against Torture.",
            ("org/un-cat-committee", "monitors", "treaty/un-cat"),
        ),
        (
            "The International Covenant on Civil and Political Rights entered into force in 1976. "
            "The Human Rights Committee, established under article 28 of the Covenant, meets three "
            "times a year.",
            ("treaty/iccpr", "establishes", "org/ccpr"),
        ),
        (
            "The European Convention on Human Rights was adopted in 1950. The Court, which the "
            "Convention established and which began its work in 1959, decides applications.",
            ("treaty/ets-005", "establishes", "org/ecthr"),
        ),
        (
            "Protocol No. 15 to the European Convention on Human Rights was opened for signature in "
            "2013. Because it amends the Convention, every party must ratify it.",
            ("treaty/cets-213", "amends", "treaty/ets-005"),
        ),
        (
            "The Kampala amendments amend the Rome Statute to add the crime of aggression.",
            ("treaty/kampala-amendments", "amends", "treaty/rome-statute"),
        ),
        (
            "The Rome Statute entered into force in 2002. India, Pakistan and Malaysia remain outside it.",
            ("state/pak", "notPartyTo", "treaty/rome-statute"),
        ),
        (
            "Russia, the continuator state of the Soviet Union, kept its seat.",
            ("state/rus", "successorOf", "state/sun"),
        ),
        (
            "Slovakia succeeded to the treaty obligations of Czechoslovakia on 1 January 1993.",
            ("state/svk", "successorOf", "state/csk"),
        ),
    ],
)
def test_relation_shapes(registry: Registry, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _relations(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary was a party to the Rome Statute until 2025.",
        "Venezuela had been a party to the American Convention on Human Rights until 2013.",
        "Kenya, then a party to the Rome Statute, voted in favour.",
        "Burundi, a former party to the Rome Statute, left in 2017.",
        "If Hungary withdrew, it would no longer be a party to the Rome Statute.",
        "Poland could become a party to the Istanbul Convention.",
        "Who signed it? Kenya and Uganda signed the Rome Statute in 1998.",
        "Who monitors the Convention against Torture? Nobody knows, said Amnesty International.",
        "Amnesty International, monitoring the Convention against Torture, reported abuses.",
        "The Council of Europe, which oversees the European Court of Human Rights, met in Strasbourg.",
        "Protocol No. 15 would amend the European Convention on Human Rights.",
    ],
)
def test_no_relation_from_past_hypothetical_or_other_shapes(registry: Registry, text: str) -> None:
    found = _relations(registry, text)
    assert not {f for f in found if f[1] in ("partyTo", "notPartyTo", "monitors", "amends")}


def test_it_stands_for_the_treaty_the_sentence_before_opens_with(registry: Registry) -> None:
    found = _relations(
        registry,
        "Protocol No. 16 to the European Convention on Human Rights lets courts ask about the "
        "Convention. The United Kingdom has not signed it.",
    )
    assert ("state/gbr", "notPartyTo", "treaty/ets-005") not in found


def test_both_states_needs_exactly_two_named(registry: Registry) -> None:
    found = _relations(
        registry,
        "Kenya, Chile and Peru welcomed the ruling. Ghana spoke later. Both states remain parties "
        "to the Rome Statute.",
    )
    assert not {f for f in found if f[1] == "partyTo"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Commission on Human and Peoples' Rights undertakes promotional missions.",
            "undertakes promotional missions",
        ),
        (
            "The Committee against Torture examines state reports and tells governments where their "
            "law falls short.",
            "tells governments where their law falls short",
        ),
    ],
)
def test_functions_with_more_activity_verbs(registry: Registry, text: str, expected: str) -> None:
    document = parse_document(text, DocumentMetadata(title="t", date_published="2023-05-01"), "t")
    claims = extract(document, registry)
    functions = {str(getattr(c.object, "lexical", "")) for c in claims if c.predicate == TG.function}
    assert expected in functions
