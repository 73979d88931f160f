"""A fact takes its arguments from its own words: a year that names a treaty dates no act, the
effect of a departure in a "whose" clause is that state's, and a chamber with no state before it
is the state its own sentence names. Each case is a false fact the extractor once made."""

from __future__ import annotations

from readings import domestic_steps, treaty_actions

from loaders.registry import Registry


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
