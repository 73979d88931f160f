"""Two quoted words are someone's words when the sentence says whose: "According to Amnesty
International, the law is “long overdue”", "She said the decision “shows leadership”". The same
words as a name inside a noun phrase ("the so-called “foreign agents” law") stay scare quotes."""

from __future__ import annotations

from readings import statements

from loaders.registry import Registry


def test_according_to_a_source_two_quoted_words_are_its(registry: Registry) -> None:
    text = 'Headline\n\nAccording to Amnesty International, the law is "long overdue".'
    assert ("org/amnesty-international", "long overdue") in statements(registry, text)


def test_a_predicate_quoted_after_said_and_its_subject_is_the_speakers(registry: Registry) -> None:
    text = 'Headline\n\nEsi Boateng is a researcher. She said the decision "shows leadership".'
    assert ("person/esi-boateng", "shows leadership") in statements(registry, text)


def test_two_quoted_words_naming_a_law_are_no_ones(registry: Registry) -> None:
    text = (
        'Headline\n\nEsi Boateng is a researcher. She said the so-called "foreign agents" law was '
        "under review."
    )
    assert statements(registry, text) == set()
