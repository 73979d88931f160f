"""A fact takes its arguments from its own words: a year that names a treaty dates no act, the
effect of a departure in a "whose" clause is that state's, and a chamber with no state before it
is the state its own sentence names. Each case is a false fact the extractor once made."""

from __future__ import annotations

import pytest
from readings import domestic_steps, facts_of, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import TG


def test_a_year_describing_the_treaty_is_no_date_of_the_act(registry: Registry) -> None:
    text = "Ghana ratified the Maputo Protocol, the 2003 treaty on the rights of women, on 13 June 2007."
    found = treaty_actions(registry, text)
    assert ("Ratification", "state/gha", "treaty/maputo-protocol", "2007-06-13", "-") in found
    assert not any(a[3] == "2003" for a in found)


def test_a_year_before_a_title_belongs_to_the_title(registry: Registry) -> None:
    text = (
        "Brazil ratified the 1989 Convention on the Rights of the Child in 1990.\n\n"
        "Mexico joined the 1984 Convention against Torture in 1986."
    )
    found = treaty_actions(registry, text)
    assert ("Ratification", "state/bra", "treaty/crc", "1990", "-") in found
    assert ("Ratification", "state/mex", "treaty/un-cat", "1986", "-") in found
    assert not any(a[2].startswith("treaty/19") for a in found)  # no treaty keyed by its year


def test_the_effect_in_a_whose_clause_is_the_other_states(registry: Registry) -> None:
    text = (
        "Venezuela denounced the American Convention on Human Rights on 10 September 2012.\n\n"
        "It will be only the second state to leave the convention, after Trinidad and Tobago, "
        "whose denunciation took effect in 1999."
    )
    found = treaty_actions(registry, text, "2012-09-11")
    assert ("Denunciation", "state/tto", "treaty/achr", "-", "1999") in found
    venezuela = [a for a in found if a[1] == "state/ven" and a[0] == "Denunciation"]
    assert venezuela and all(a[4] == "-" for a in venezuela)


def test_a_whose_clause_with_no_treaty_in_view_says_nothing(registry: Registry) -> None:
    text = "Only Nauru, whose withdrawal took effect last year, has done so."
    assert not any(a[4] != "-" for a in treaty_actions(registry, text))


def test_a_senate_belongs_to_the_state_its_own_sentence_names(registry: Registry) -> None:
    text = (
        "Only Burundi, whose withdrawal took effect in October 2017, has left the court before.\n\n"
        "A short recap. The Senate concurred in the ratification of the statute in August 2011, and "
        "the Rome Statute entered into force for the Philippines on 1 November 2011."
    )
    steps = domestic_steps(registry, text, "2019-03-18")
    agents = {s[1] for s in steps if s[0] == "ParliamentaryApproval"}
    assert agents == {"org/senate-of-the-philippines"}


def test_protocol_no_n_alone_is_the_protocol_of_the_convention_named_before(registry: Registry) -> None:
    text = (
        "The European Convention on Human Rights protects the right to free elections.\n\n"
        "Norway ratified the Convention in 1952 and Protocol No. 1 in 1953."
    )
    found = treaty_actions(registry, text)
    assert ("Ratification", "state/nor", "treaty/ets-009", "1953", "-") in found
    assert not any(a[2] == "treaty/protocol-no-1" for a in found)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "In 2019 Argentina acceded to the Convention for the Protection of Individuals with regard "
            "to Automatic Processing of Personal Data.",
            "treaty/ets-108",  # the registry's, by its full title
        ),
        (
            "In 2019 Argentina acceded to the Convention on Co-operation with regard to Maritime Search "
            "and Rescue.",
            "treaty/convention-on-co-operation-with-regard-to-maritime-search-and-rescue",
        ),
    ],
)
def test_a_title_runs_on_through_with_regard_to(registry: Registry, text: str, key: str) -> None:
    treaties = {a[2] for a in treaty_actions(registry, text) if a[1] == "state/arg"}
    assert treaties == {key}


def test_parliament_right_before_its_verb_is_the_agent_not_a_chamber_named_earlier(
    registry: Registry,
) -> None:
    text = (
        "Austria signed the Istanbul Convention on 11 May 2011. After the Federal Council and the National "
        "Council had debated it, Parliament approved the convention in June 2013."
    )
    steps = domestic_steps(registry, text, "2013-12-01")
    assert {s[1] for s in steps if s[0] == "ParliamentaryApproval"} == {"org/parliament-of-austria"}
    facts = facts_of(registry, text, "2013-12-01")
    assert "org/federal-council-and-the-national-council" not in facts  # two chambers, not one


def test_ceasing_to_be_a_party_today_dates_the_cessation_not_the_notice(registry: Registry) -> None:
    text = (
        "GENEVA, 27 October 2017 - Burundi ceased today to be a party to the Rome Statute, becoming "
        "the first country to leave the International Criminal Court."
    )
    found = treaty_actions(registry, text, "2017-10-27")
    assert ("CessationOfParty", "state/bdi", "treaty/rome-statute", "2017-10-27", "-") in found
    assert not any(a[0] == "Denunciation" and a[3] == "2017-10-27" for a in found)


def test_states_calling_on_others_that_have_not_ratified_are_no_non_parties(registry: Registry) -> None:
    text = (
        "Argentina and France call on all States that have not yet done so to sign and ratify the "
        "Convention against Torture.\n\n"
        "Italy, Mauritius and South Africa are among the states that have ratified the Rome Statute since."
    )
    facts = facts_of(registry, text)
    assert TG.notPartyTo not in facts.get("state/fra", {})
    assert TG.notPartyTo not in facts.get("state/arg", {})
    ratified = {a[1] for a in treaty_actions(registry, text) if a[2] == "treaty/rome-statute"}
    assert ratified == {"state/ita", "state/mus", "state/zaf"}


def test_a_legislature_approving_a_treaty_is_no_ratification_by_the_state(registry: Registry) -> None:
    text = (
        "Ecuador signed the statute on 7 October 1998. Congress first had to amend the Constitution, "
        "which it did at the end of 2001, and then it approved the statute itself.\n\n"
        "Latvia's parliament voted in April 2025 to leave the Ottawa Convention, which Latvia joined in 2005."
    )
    found = treaty_actions(registry, text, "2025-06-01")
    assert not any(a[0] == "Ratification" and a[1] == "state/ecu" for a in found)
    assert ("Ratification", "state/lva", "treaty/ottawa-convention", "2005", "-") in found


def test_that_was_the_very_day_dates_the_act_by_the_sentence_before(registry: Registry) -> None:
    text = (
        "The complaint was sent on 25 December 1991. That was the very day on which the First "
        "Optional Protocol to the International Covenant on Civil and Political Rights entered into "
        "force for Australia."
    )
    found = treaty_actions(registry, text)
    assert ("EntryIntoForce", "state/aus", "treaty/iccpr-op1", "1991-12-25", "-") in found


def test_a_state_described_as_the_only_one_that_has_not_ratified_is_no_party(registry: Registry) -> None:
    text = (
        "Somalia ratified the Convention on the Rights of the Child yesterday, leaving the United States "
        "as the only member of the United Nations that has not ratified the treaty."
    )
    assert facts_of(registry, text)["state/usa"][TG.notPartyTo] == {"treaty/crc"}


def test_a_chamber_approving_it_approves_the_treaty_not_the_organisation(registry: Registry) -> None:
    text = (
        "Peru signed the Inter-American Convention against Racism on 5 June 2013, the day it was "
        "adopted by the OAS General Assembly. The National Congress approved it on 9 May 2017."
    )
    treaties = {s[4] for s in domestic_steps(registry, text, "2017-10-23")}
    assert treaties and "org/oas" not in treaties


def test_a_date_on_the_next_line_of_a_wrapped_text_dates_the_act(registry: Registry) -> None:
    text = (
        "LIMA, 3 March 2016 (Andes Wire) - Peru ratified the Convention on the Rights of Persons with\n"
        "Disabilities on 30 January 2008, the foreign ministry recalled in a statement issued on\n"
        "Thursday. Chile ratified the Convention against Torture in 1988.\n"
    )
    found = treaty_actions(registry, text, "2016-03-03")
    assert ("Ratification", "state/per", "treaty/crpd", "2008-01-30", "-") in found


def test_a_date_after_a_title_is_no_part_of_it(registry: Registry) -> None:
    text = "Costa Rica ratified the American Convention on April 8, 1970."
    assert ("Ratification", "state/cri", "treaty/achr", "1970-04-08", "-") in treaty_actions(registry, text)


def test_the_protocol_establishing_a_known_court_is_that_courts_protocol(registry: Registry) -> None:
    text = (
        "Mali ratified the African Charter on Human and Peoples' Rights in 1981 and the Protocol "
        "establishing the African Court on Human and Peoples' Rights on 10 May 2000.\n\n"
        "The Protocol, which entered into force on 25 January 2004, created the Court."
    )
    found = treaty_actions(registry, text)
    assert ("Ratification", "state/mli", "treaty/achpr-court-protocol", "2000-05-10", "-") in found
    assert ("EntryIntoForce", "-", "treaty/achpr-court-protocol", "2004-01-25", "-") in found
    assert not any(a[2] == "treaty/protocol" for a in found)  # the head noun alone is no treaty
