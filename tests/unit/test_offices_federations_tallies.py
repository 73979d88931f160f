"""Posts in an office a body's name opens, premiers in federations, bodies whose names hold a
coordination or close with a place, and vote tallies in mixed and counted forms. Every passage
is written for these tests."""

from __future__ import annotations

import pytest
from readings import claims_of, facts_of, posts_of

from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG


def _bodies(registry: Registry, text: str) -> set[str]:
    """The keys of the organisations the text mentions."""
    return {
        c.object.key
        for c in claims_of(registry, text)
        if c.predicate == SCHEMA.mentions and isinstance(c.object, Ref) and c.object.key.startswith("org/")
    }


def _tallies(registry: Registry, text: str) -> set[tuple[str, int]]:
    """(what is counted, value) of every vote tally."""
    out = set()
    for props in facts_of(registry, text).values():
        if TG.Quantity in props.get(RDF.type, set()) and props.get(SCHEMA.value):
            counts = min(props.get(TG.counts, {""}))
            if "vote" in counts or "abstention" in counts:
                out.add((counts, int(min(props[SCHEMA.value]))))
    return out


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Lena Dahl, spokeswoman for the United Nations High Commissioner for Human Rights, said "
            "the decision was a setback.",
            "org/ohchr",
        ),
        (
            '"We are watching closely," said Omar Haddad, a spokesperson for the UN High '
            "Commissioner for Refugees, on Tuesday.",
            "org/unhcr",
        ),
    ],
)
def test_a_post_for_an_office_is_in_the_office_not_the_organisation(
    registry: Registry, text: str, org: str
) -> None:
    posts = posts_of(registry, text)
    assert {o for _, o, _ in posts} == {org}
    assert all(o != "org/un" for _, o, _ in posts)


def test_a_post_for_the_organisation_itself_stays_there(registry: Registry) -> None:
    text = "Ana Lopes, a spokesperson for the United Nations, said the talks would resume."
    assert ("person/ana-lopes", "org/un", "role/spokesperson") in posts_of(registry, text)


def test_a_premier_in_a_federation_is_not_the_countrys(registry: Registry) -> None:
    text = (
        "Canada ratified the convention in 2010. Canada has since reported twice. The federal "
        "government accepted the findings, but Premier Joan Abbott said her province would keep "
        "its own law. Canada must now answer the committee."
    )
    assert not any(o == "state/can" for _, o, _ in posts_of(registry, text))


def test_a_premier_of_a_unitary_state_is_its(registry: Registry) -> None:
    text = (
        "Viet Nam signed the convention in 2013. Viet Nam ratified it in 2015. Premier Tran Van "
        "Lam said Viet Nam would report on time."
    )
    assert ("person/tran-van-lam", "state/vnm", "role/premier") in posts_of(registry, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The bill was reviewed by the Truth and Reconciliation Commission before the vote.",
            "org/truth-and-reconciliation-commission",
        ),
        (
            "Parliament heard the Gender Equality and Human Rights Commission, whose chair, Maria "
            "Tonga, asked for a shorter timetable.",
            "org/gender-equality-and-human-rights-commission",
        ),
        (
            '"It is overdue," said Paul Reid, policy officer at Refugee Action Network Wales, who '
            "followed the debate.",
            "org/refugee-action-network-wales",
        ),
    ],
)
def test_whole_body_names(registry: Registry, text: str, body: str) -> None:
    assert body in _bodies(registry, text)


def test_a_state_and_a_body_are_two_names(registry: Registry) -> None:
    text = "The Netherlands and Human Rights Watch protested; Germany and Amnesty International did not."
    bodies = _bodies(registry, text)
    assert "org/human-rights-watch" in bodies
    assert not any(b.startswith("org/and-") or "netherlands" in b for b in bodies)


def test_a_title_or_a_day_after_a_body_is_not_its_place(registry: Registry) -> None:
    text = "The European Commission President, Ana Lopes, spoke. The Council of Europe Monday said no."
    bodies = _bodies(registry, text)
    assert not any("president" in b or "monday" in b for b in bodies)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gambia ratified the statute in 2002. The National Assembly approved the withdrawal "
            "bill by 38 votes to three, with 7 abstentions.",
            {("votes in favour", 38), ("opposing votes", 3), ("abstentions", 7)},
        ),
        (
            "The Permanent Council met on Friday. Twenty-nine member states voted in favour and "
            "two, Peru and Chile, against, with three abstentions.",
            {("votes in favour", 29), ("opposing votes", 2), ("abstentions", 3)},
        ),
        (
            "The House of Commons approved the motion. Division: Ayes 301, Noes 17.",
            {("votes in favour", 301), ("opposing votes", 17)},
        ),
    ],
)
def test_tallies(registry: Registry, text: str, expected: set[tuple[str, int]]) -> None:
    assert _tallies(registry, text) == expected


def test_a_number_of_states_that_did_not_vote_is_no_tally(registry: Registry) -> None:
    text = "Forty states ratified the treaty in favour of a stronger court, and two withdrew."
    assert _tallies(registry, text) == set()
