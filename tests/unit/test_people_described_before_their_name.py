"""A person introduced by a lower-case description right before the name ("opposition leader Grace
Wanjiru", "human rights lawyer Ana Silva, who ...") is a person, so the pronoun of the next quotation
is hers and not the speaker named before her; a capitalised body after such a word is no one."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry

_TEXT = (
    "Headline\n\nNAIROBI, 4 May 2021 (Wire) - Kenya's parliament voted on Tuesday to ratify the Optional "
    "Protocol to the Convention against Torture.\n\n"
    '"This is a good day for detainees," Justice Minister Peter Kamau told reporters.\n\n'
    'Opposition leader Grace Wanjiru was less enthusiastic. "We will watch what happens in the prisons," '
    "she wrote on Twitter."
)


def test_the_quotation_after_a_described_person_is_hers(registry: Registry) -> None:
    found = statements(registry, _TEXT, "2021-05-04")
    assert ("person/grace-wanjiru", "We will watch what happens in the prisons") in found
    assert ("person/peter-kamau", "We will watch what happens in the prisons") not in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Human rights lawyer Ana Silva, who represents the families, said: "The ruling came late."',
            "ana-silva",
        ),
        ('Veteran diplomat Mark Brown was blunt. "It will not pass," he said.', "mark-brown"),
    ],
)
def test_a_described_person_speaks(text: str, speaker: str, registry: Registry) -> None:
    speakers = {s for s, _ in statements(registry, "Headline\n\n" + text, "2021-05-04")}
    assert speakers == {f"person/{speaker}"}


def test_a_body_after_a_role_word_is_no_person(registry: Registry) -> None:
    text = 'Headline\n\nThe leader Nelson Mandela Foundation said: "We welcome it."'
    assert not {s for s, _ in statements(registry, text, "2021-05-04") if s.startswith("person/")}
