"""A fact sheet about one treaty, laid out as questions and short answers: "When did it enter
into force?" answered by a date alone gives the treaty's entry into force; "Greece was the first
state to ratify, on 10 March 2009" ratifies the treaty the text is about."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry

_SHEET = """Factsheet: the convention against torture

What is the Convention against Torture?
The Convention against Torture bans torture in all circumstances, everywhere.

When did it enter into force?
On 26 June 1987. It needed twenty ratifications. Sweden was the first state to ratify, on 8 January 1986.
"""


def test_a_date_answering_when_it_entered_into_force(registry: Registry) -> None:
    assert ("EntryIntoForce", "-", "treaty/un-cat", "1987-06-26", "-") in treaty_actions(
        registry, _SHEET, "2020-01-01"
    )


def test_the_first_to_ratify_with_no_object_in_a_text_about_one_treaty(registry: Registry) -> None:
    assert ("Ratification", "state/swe", "treaty/un-cat", "1986-01-08", "-") in treaty_actions(
        registry, _SHEET, "2020-01-01"
    )


def test_a_date_answering_another_question_is_no_event(registry: Registry) -> None:
    text = _SHEET.replace("When did it enter into force?", "When did the committee first meet?")
    assert not {a for a in treaty_actions(registry, text, "2020-01-01") if a[0] == "EntryIntoForce"}
