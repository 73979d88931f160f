"""A fact sheet's record of each state under its heading, a state counted among a treaty's
parties, a treaty named after its organisation's possessive or with "UN" before it, a forecast
that is no event, and speakers named with a hyphenated title or quoted in a reported clause."""

from __future__ import annotations

import pytest
from readings import counts_of, facts_of, posts_of, statements, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_FACT_SHEET = """Fact sheet: Chile, Peru and the Maputo Protocol

Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa

Ghana's record

- Signature: 31 October 2003
- Ratification: 13 June 2007

Kenya
Signature: 17 December 2003
Ratification deposited: 13 October 2010
Entry into force for Kenya: 12 November 2010

Notes
Both states report to the African Commission.
"""


def test_a_fact_sheets_rows_are_the_acts_of_the_state_heading_them(registry: Registry) -> None:
    assert treaty_actions(registry, _FACT_SHEET, "2011-01-01") == {
        ("Signature", "state/gha", "treaty/maputo-protocol", "2003-10-31", "-"),
        ("Ratification", "state/gha", "treaty/maputo-protocol", "2007-06-13", "-"),
        ("Signature", "state/ken", "treaty/maputo-protocol", "2003-12-17", "-"),
        ("Ratification", "state/ken", "treaty/maputo-protocol", "2010-10-13", "-"),
        ("EntryIntoForce", "state/ken", "treaty/maputo-protocol", "2010-11-12", "-"),
    }


def test_rows_under_a_heading_naming_no_single_state_say_nothing(registry: Registry) -> None:
    text = (
        "Fact sheet: the Maputo Protocol\n\nGhana and Kenya\n\n- Signature: 31 October 2003\n"
        "- Ratification: 13 June 2007\n"
    )
    assert treaty_actions(registry, text, "2011-01-01") == set()


def test_a_state_counted_among_the_parties_is_one(registry: Registry) -> None:
    text = "Mexico is one of 170 states parties to the Convention against Torture."
    facts = facts_of(registry, text)
    assert facts["state/mex"][TG.partyTo] == {"treaty/un-cat"}
    assert counts_of(registry, text) == {("treaty/un-cat", "states parties", 170)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay ratified the International Labour Organization's Violence and Harassment "
            "Convention, 2019 (No. 190) on 12 June 2020.",
            ("Ratification", "state/ury", "treaty/ilo-c190", "2020-06-12", "-"),
        ),
        (
            "Mexico ratified the UN Convention on Enforced Disappearance on 18 March 2008.",
            ("Ratification", "state/mex", "treaty/cped", "2008-03-18", "-"),
        ),
        (
            "Chile remains a party to the Covenant itself, which it ratified in February 1972. The "
            "International Covenant on Civil and Political Rights binds it.",
            ("Ratification", "state/chl", "treaty/iccpr", "1972-02", "-"),
        ),
    ],
)
def test_a_treaty_named_after_its_organisation_or_set_apart(
    registry: Registry, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in treaty_actions(registry, text)


def test_a_forecast_entry_into_force_is_no_event(registry: Registry) -> None:
    text = "The Escazú Agreement's entry into force is now expected in April 2021."
    assert not {a for a in treaty_actions(registry, text) if a[0] == "EntryIntoForce"}


def test_a_hyphenated_title_is_no_part_of_the_name(registry: Registry) -> None:
    text = (
        "GENEVA, 3 May 2019 - The Committee against Torture met. Committee Vice-Chair Ana Duarte "
        'said progress was real. "The new law is a step," she said.'
    )
    assert ("person/ana-duarte", "org/un-cat-committee", "role/vice-chair") in posts_of(registry, text)
    assert ("person/ana-duarte", "The new law is a step") in statements(registry, text)


def test_a_quotation_completing_a_reported_clause_with_a_bare_noun(registry: Registry) -> None:
    text = 'Human rights group Centro Prodh welcomed the dialogue but said torture "remains widespread".'
    assert statements(registry, text) == {("org/centro-prodh", "remains widespread")}


def test_a_capitalised_word_may_qualify_the_role_before_a_speakers_name(registry: Registry) -> None:
    text = 'LIMA, 3 May 2019 - Peru left the court. "We regret it," said Fidesz lawmaker Ana Kiss.'
    assert statements(registry, text) == {("person/ana-kiss", "We regret it")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "STRASBOURG, 16 September 2022 - Azerbaijan ceases today to be a High Contracting Party to "
            "the European Convention on Human Rights.",
            "2022-09-16",
            ("CessationOfParty", "state/aze", "treaty/ets-005", "2022-09-16", "-"),
        ),
        (
            "Poland withdrew from the Istanbul Convention with effect from 1 July 2021.",
            "2021-07-02",
            ("Denunciation", "state/pol", "treaty/cets-210", "-", "2021-07-01"),
        ),
    ],
)
def test_a_departure_in_the_treatys_own_words(
    registry: Registry, text: str, published: str, expected: tuple[str, ...]
) -> None:
    assert expected in treaty_actions(registry, text, published)


def test_a_count_of_member_states_written_with_a_capital(registry: Registry) -> None:
    text = "The Council of Europe now has 46 member States."
    assert counts_of(registry, text) == {("org/coe", "member states", 46)}


def test_the_organisation_with_a_capital_is_the_one_named_before(registry: Registry) -> None:
    text = "The Council of Europe expelled Russia. Russia had joined the Organisation on 28 February 1996."
    joined = {
        (min(p[TG.state]), min(p[TG.date]))
        for p in facts_of(registry, text).values()
        if TG.Admission in p.get(RDF.type, set()) and TG.date in p
    }
    assert joined == {("state/rus", "1996-02-28")}
