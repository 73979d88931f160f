"""An organisation named again by the head noun of its name ("the Forum", "the League") is the
one named before; "ratified it" after such a mention still takes the treaty, never the
organisation; a state "of the League" is described, not replaced, by the League; and the states
a clause excepts ("has ratified it except two: Armenia and Azerbaijan") have not done it."""

from __future__ import annotations

from readings import memberships_of, treaty_actions

from loaders.registry import Registry


def test_the_forum_is_the_forum_named_before(registry: Registry) -> None:
    text = (
        "Headline\n\nThe Pacific Islands Forum suspended Fiji in 2009. Fiji remains a member of the "
        "Forum, which has sixteen members."
    )
    assert ("state/fji", "org/pacific-islands-forum") in memberships_of(registry, text)


def test_ratified_it_after_the_league_is_the_treaty(registry: Registry) -> None:
    text = (
        "Headline\n\nThe Arab Charter on Human Rights took effect after the seventh instrument was "
        "deposited with the Secretary-General of the League of Arab States. The United Arab Emirates "
        "became the seventh state to ratify it, in January 2008."
    )
    actions = treaty_actions(registry, text, "2008-03-16")
    assert ("Ratification", "state/are", "treaty/arab-charter-on-human-rights", "2008-01", "-") in actions


def test_a_state_of_the_league_is_still_the_subject_described(registry: Registry) -> None:
    text = (
        "Headline\n\nJordan submitted its report on the Arab Charter on Human Rights to the League of "
        "Arab States. The Kingdom recalls that it was the first member state of the League to ratify "
        "the Charter, in 2004."
    )
    actions = treaty_actions(registry, text)
    assert ("Ratification", "state/jor", "treaty/arab-charter-on-human-rights", "2004", "-") in actions


def test_the_states_excepted_have_not_ratified(registry: Registry) -> None:
    text = (
        "Headline\n\nProtocol No. 13 entered into force in 2003. Every member state has now ratified it "
        "except two: Armenia and Azerbaijan."
    )
    assert not any(a[0] == "Ratification" for a in treaty_actions(registry, text))
