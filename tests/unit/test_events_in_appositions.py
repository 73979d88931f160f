"""A treaty's own event told in the participle phrase or relative clause that follows its name:
"The Charter, signed in 2007 and in force since 15 December 2008, ...", "the Protocol, which
amended the Charter in 1967 and entered into force in 1970". A clause with a subject of its own
after the comma is no such phrase."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_in_force_since_in_a_participle_phrase_after_the_name(registry: Registry) -> None:
    text = (
        "The Convention against Torture, signed in New York in 1985 and in force since 26 June 1987, "
        "bans torture everywhere."
    )
    assert ("EntryIntoForce", "-", "treaty/un-cat", "1987-06-26", "-") in treaty_actions(registry, text)


def test_entered_into_force_in_a_relative_clause_after_the_name(registry: Registry) -> None:
    text = "Peru ratified the Convention against Torture, which entered into force in 1987."
    assert ("EntryIntoForce", "-", "treaty/un-cat", "1987", "-") in treaty_actions(registry, text)


def test_a_clause_with_its_own_subject_after_the_comma_is_not_the_treatys(registry: Registry) -> None:
    for text in (
        "After Peru ratified the Convention against Torture, a new penal code was adopted in 1991.",
        "After Peru ratified the Convention against Torture, the government adopted a plan in 1991.",
    ):
        assert {a[0] for a in treaty_actions(registry, text)} == {"Ratification"}


def test_a_state_inside_the_relative_clause_is_its_subject(registry: Registry) -> None:
    text = (
        "The Convention against Torture, which Peru ratified in 1988 and which entered into force in "
        "1987, bans torture."
    )
    assert {a[0] for a in treaty_actions(registry, text)} == {"Ratification"}
