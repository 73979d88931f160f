"""A treaty's shortened title that runs on over the name of the body it establishes is the
registry's treaty; a date opening a second coordinated verb phrase ("and, in 1990, made the
declaration") dates that verb, never the act before it."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_a_shortened_title_running_over_the_court_it_establishes(registry: Registry) -> None:
    text = (
        "Malawi ratified the Protocol to the African Charter on the Establishment of an African Court "
        "on Human and Peoples' Rights on 9 September 2008."
    )
    assert treaty_actions(registry, text) == {
        ("Ratification", "state/mwi", "treaty/achpr-court-protocol", "2008-09-09", "-")
    }


def test_a_title_running_over_a_body_it_does_not_establish_stays_unlisted(registry: Registry) -> None:
    text = (
        "Malawi ratified the Protocol to the African Charter on the Rights of an African Court on "
        "Human and Peoples' Rights on 9 September 2008."
    )
    assert not {a for a in treaty_actions(registry, text) if a[2] == "treaty/achpr-court-protocol"}


def test_a_date_opening_the_next_verb_phrase_is_not_the_first_acts(registry: Registry) -> None:
    text = "Peru ratified the Convention against Torture and, in 1990, made the declaration under article 22."
    assert treaty_actions(registry, text) == {("Ratification", "state/per", "treaty/un-cat", "-", "-")}


def test_a_date_opening_the_second_verb_dates_it(registry: Registry) -> None:
    text = "Peru signed the Convention against Torture and, on 7 July 1988, ratified it."
    assert treaty_actions(registry, text) == {
        ("Signature", "state/per", "treaty/un-cat", "-", "-"),
        ("Ratification", "state/per", "treaty/un-cat", "1988-07-07", "-"),
    }


def test_it_opening_a_sentence_is_no_state_for_a_participle_with_its_agent(registry: Registry) -> None:
    text = (
        "The Court sits in Arusha, Tanzania. It applies the Charter and any other human rights "
        "instrument ratified by the State concerned."
    )
    assert not treaty_actions(registry, text)
