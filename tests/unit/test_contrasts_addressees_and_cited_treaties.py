"""States set against the subject ("Unlike Germany, Israel is not a party") are not the subject,
nor what a later "it" stands for; the person a letter is addressed to, and a body before a clause
whose subject is a state, do not speak its words; a treaty cited as the law ("Under the Vienna
Convention ...") is not what "the treaty" stands for next."""

from __future__ import annotations

import pytest
from readings import standings, statements, treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "subject", "contrasted"),
    [
        ("Unlike Germany, Israel is not a party to the Arms Trade Treaty.", "state/isr", {"state/deu"}),
        (
            "Unlike France and Germany, the United States has not ratified the Rome Statute.",
            "state/usa",
            {"state/fra", "state/deu"},
        ),
        (
            "Israel exports arms. Unlike Germany, it has not accepted the court's compulsory jurisdiction, "
            "and it is not a party to the Arms Trade Treaty.",
            "state/isr",
            {"state/deu"},
        ),
    ],
)
def test_states_set_against_the_subject_are_not_it(
    registry: Registry, text: str, subject: str, contrasted: set[str]
) -> None:
    not_parties = {s[0] for s in standings(registry, text) if s[1] == "notPartyTo"}
    assert subject in not_parties
    assert not not_parties & contrasted


def test_the_addressee_of_a_letter_does_not_speak_it(registry: Registry) -> None:
    text = (
        "In a letter to Secretary-General Antonio Guterres, the State Department said Washington "
        '"has no legal obligations" under the Arms Trade Treaty.'
    )
    assert "person/antonio-guterres" not in {s[0] for s in statements(registry, text)}


def test_a_body_before_a_clause_whose_subject_is_a_state_does_not_speak_it(registry: Registry) -> None:
    text = (
        "The Cluster Munition Coalition urged the Seimas to reconsider, while Norway, which led the Oslo "
        'Process, called the move "deeply regrettable".'
    )
    assert not statements(registry, text)


def test_a_body_with_a_relative_clause_still_speaks_its_words(registry: Registry) -> None:
    text = 'Amnesty International, which monitors the trials, called the verdict "a travesty".'
    assert ("org/amnesty-international", "a travesty") in statements(registry, text)


def test_a_treaty_cited_as_the_law_is_not_the_treaty_told_of_next(registry: Registry) -> None:
    text = (
        "The United States signed the Arms Trade Treaty in 2013. Under the Vienna Convention on the Law "
        "of Treaties, the notice frees Washington from its obligations.\n\nIsrael signed the treaty in "
        "2014 but has not ratified it either."
    )
    signed = {
        a[2] for a in treaty_actions(registry, f"Arms pact\n\n{text}", "2019-07-19") if a[1] == "state/isr"
    }
    assert signed <= {"treaty/arms-trade-treaty"}
