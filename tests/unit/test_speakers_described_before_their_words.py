"""A speaker introduced as the subject of the sentence before her words, though not by its first
words: her name apposed to the description the sentence opens with ("A community organiser, Ana
Silva, was blunter.") or followed by a relative clause ("Ana Silva, who follows the court for a
coalition, called it a victory."). "He said" and "she said" after it are hers, not those of a
person quoted earlier. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry

EARLIER = (
    "Marta Kowalczyk, a lawyer in Warsaw, told us the vote had surprised her. \u201cNobody "
    "expected a majority,\u201d she said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            EARLIER + "A community organiser, Tomasz Wrobel, was blunter. \u201cThe law is the easy "
            "part,\u201d he said.",
            "person/tomasz-wrobel",
            "The law is the easy part",
        ),
        (
            EARLIER + "One veteran campaigner, Ewa Nowicka, disagreed. \u201cWe have waited for "
            "this since 2012,\u201d she said.",
            "person/ewa-nowicka",
            "We have waited for this since 2012",
        ),
        (
            EARLIER + "Joanna Lis, who follows the court for a coalition of groups in Krakow, "
            "called the ruling a turning point. She said the coalition would press for judges "
            "\u201cwith the independence the statute promises\u201d.",
            "person/joanna-lis",
            "with the independence the statute promises",
        ),
    ],
)
def test_he_or_she_after_a_described_subject_is_that_subject(
    registry: Registry, text: str, speaker: str, quote: str
) -> None:
    found = statements(registry, text)
    assert (speaker, quote) in found
    assert ("person/marta-kowalczyk", quote) not in found


def test_a_described_subject_is_not_the_speaker_when_someone_else_is_named_in_between(
    registry: Registry,
) -> None:
    text = (
        EARLIER + "A community organiser, Tomasz Wrobel, was blunter. Piotr Zielinski, the "
        "mayor, agreed with him. \u201cThe law is the easy part,\u201d he said."
    )
    assert ("person/tomasz-wrobel", "The law is the easy part") not in statements(registry, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "A community organiser was blunter.",
        "A senior government official disagreed.",
        "Another lawyer saw it differently.",
    ],
)
def test_he_or_she_after_someone_new_and_unnamed_is_not_the_last_speaker(
    registry: Registry, sentence: str
) -> None:
    text = EARLIER + sentence + " \u201cThe law is the easy part,\u201d he said."
    assert ("person/marta-kowalczyk", "The law is the easy part") not in statements(registry, text)
