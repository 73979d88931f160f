"""Dates and offices a new article got wrong or left out. A year-less date after a treaty's rule
in the present tense ("enters into force on the ninetieth day after ..., which puts the date at
22 April") lies ahead of the document, not a year behind it, unless a past act comes between
("three months after Costa Rica deposited ... on 14 January"). "On 27 September that year" is that
day of the year before it, not the year alone; "the next day" is the day after the last date the
paragraph wrote in full. A head of state's title right after a sentence about another state
("Chile ... has not signed it. President X's government said") is not the office of the state the
article is mostly about."""

from __future__ import annotations

from readings import domestic_steps, posts_of, treaty_actions

from loaders.registry import Registry

_LEAD = (
    "Headline\n\nBUENOS AIRES, 22 January 2021 (Wire) - Argentina and Mexico deposited their instruments "
    "of ratification of the Escazú Agreement today. Argentina was the tenth state to do so.\n\n"
)


def _events(registry: Registry, text: str) -> set[tuple[str, ...]]:
    return {a[:4] for a in treaty_actions(registry, text, "2021-01-22")}


def test_a_date_the_rule_puts_ahead_is_ahead(registry: Registry) -> None:
    text = _LEAD + (
        "Under its article 22, the treaty enters into force on the ninetieth day after the eleventh "
        "instrument is deposited, which puts the date at 22 April."
    )
    found = {e for e in _events(registry, text) if e[0] == "EntryIntoForce"}
    assert found == {("EntryIntoForce", "-", "treaty/escazu-agreement", "2021-04-22")}


def test_a_past_act_after_the_rule_dates_its_own_day_back(registry: Registry) -> None:
    text = _LEAD + (
        "The agreement enters into force on 22 April, three months after Argentina deposited the "
        "eleventh instrument of ratification on 20 January."
    )
    assert ("Ratification", "state/arg", "treaty/escazu-agreement", "2021-01-20") in _events(registry, text)


def test_a_day_of_that_year(registry: Registry) -> None:
    text = _LEAD + (
        "The Escazú Agreement was adopted on 4 March 2018 and opened for signature on 27 September that year."
    )
    assert ("OpeningForSignature", "-", "treaty/escazu-agreement", "2018-09-27") in _events(registry, text)


def test_a_title_after_a_sentence_about_another_state_is_not_the_main_states(registry: Registry) -> None:
    text = _LEAD + (
        "Chile, which led the negotiations, has not signed the agreement. President Sebastián Piñera's "
        "government said in 2018 that it had concerns."
    )
    assert not {p for p in posts_of(registry, text, "2021-01-22") if p[0] == "person/sebastian-pinera"}


def test_the_next_day_is_the_day_after_the_last_full_date(registry: Registry) -> None:
    text = (
        "Headline\n\nBurundi notified its withdrawal from the Rome Statute in 2016.\n\nThe National "
        "Assembly voted on 12 October 2016 to withdraw, and the Senate approved the bill the next day."
    )
    steps = {s for s in domestic_steps(registry, text, "2017-10-27") if s[1] == "org/senate-of-burundi"}
    assert {s[3] for s in steps} == {"2016-10-13"}


def test_the_next_day_with_no_full_date_before_is_no_date(registry: Registry) -> None:
    text = "Headline\n\nThe Senate of Burundi approved the bill to leave the Rome Statute the next day."
    assert not {s[3] for s in domestic_steps(registry, text, "2017-10-27") if s[3]}
