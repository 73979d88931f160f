"""Clauses that name no state for an act: an expletive "it", "none of" after a comma, states a
relative clause describes, an instrument counted towards entry into force. A relative clause's own
date after "On the same day". A person's title is not part of the name."""

from __future__ import annotations

import pytest
from readings import facts_of, standings, statements, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _states_acting(registry: Registry, text: str, kind: str) -> set[str]:
    return {a[1] for a in treaty_actions(registry, text, "2020-01-01") if a[0] == kind}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey ratified the Istanbul Convention in 2012. It is hoped others follow, though none of the "
        "EU states has signed the Convention.",
        "Turkey ratified the Istanbul Convention in 2012. It was reported that others would follow; "
        "but none of its neighbours has signed the Convention.",
    ],
)
def test_an_expletive_it_and_a_later_none_of_sign_nothing(registry: Registry, text: str) -> None:
    assert "state/tur" not in _states_acting(registry, text, "Signature")


def test_a_pronoun_after_an_expletive_it_is_still_the_state(registry: Registry) -> None:
    text = "Turkey ratified the Istanbul Convention in 2012. It has also signed the Lanzarote Convention."
    assert "state/tur" in _states_acting(registry, text, "Signature")


def test_states_a_relative_clause_describes_are_not_the_last_named(registry: Registry) -> None:
    text = (
        "The Commission congratulates the Member States that have ratified the African Charter on "
        "Democracy, Elections and Governance, among them Ghana and Zambia. It calls upon those Member "
        "States that have signed but not ratified the Charter to do so."
    )
    assert "state/zmb" not in _states_acting(registry, text, "Signature")
    assert not {s for s in standings(registry, text) if s[1] == "notPartyTo"}


@pytest.mark.parametrize(
    "text",
    [
        "The Inter-American Convention to Prevent and Punish Torture was adopted in Cartagena de Indias, "
        "Colombia, on 9 December 1985. It entered into force on 28 February 1987, thirty days after the "
        "deposit of the second instrument of ratification.",
        "The Inter-American Convention to Prevent and Punish Torture, adopted in Colombia, entered into "
        "force after the deposit of the second instrument of ratification.",
    ],
)
def test_the_deposit_of_a_counted_instrument_is_no_ones_act(registry: Registry, text: str) -> None:
    actions = treaty_actions(registry, text, "2020-01-01")
    assert not {a for a in actions if a[0] == "Ratification"}


def test_a_possessor_names_the_depositor_of_a_counted_instrument(registry: Registry) -> None:
    text = (
        "The Inter-American Convention to Prevent and Punish Torture entered into force on 28 February "
        "1987, thirty days after Mexico's deposit of the second instrument of ratification."
    )
    assert "state/mex" in _states_acting(registry, text, "Ratification")


def test_a_relative_clause_keeps_its_own_date_after_the_same_day(registry: Registry) -> None:
    text = (
        "On 2 October 2019 Angola ratified the Convention against Torture. On the same day, Angola also "
        "ratified the International Convention on the Elimination of All Forms of Racial Discrimination, "
        "which it had signed in 2013."
    )
    actions = treaty_actions(registry, text, "2019-10-04")
    assert ("Signature", "state/ago", "treaty/icerd", "2013", "-") in actions
    assert ("Ratification", "state/ago", "treaty/icerd", "2019-10-02", "-") in actions


@pytest.mark.parametrize("title", ["Deputy Under-Secretary", "Undersecretary", "Permanent Secretary"])
def test_a_secretarys_title_is_not_part_of_the_name(registry: Registry, title: str) -> None:
    text = f'"We will ratify it soon," said {title} Kemal Aydinoglu.'
    assert {s[0] for s in statements(registry, text)} == {"person/kemal-aydinoglu"}
    people = {
        k for k, p in facts_of(registry, text, "2020-01-01").items() if TG.Person in p.get(RDF.type, set())
    }
    assert people == {"person/kemal-aydinoglu"}
