"""A role qualified by one word after "a" ("a law lecturer at", "a legal officer with") is a post
of that name; a word that praises the holder ("a key member") names no post. A body whose name
coordinates two words before its head ("the Muscat Law and Society Institute") is one body, not
a place and a second body."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            '"The court will exist," said Ousmane Ba-Diallo, a law lecturer at Cheikh Anta Diop University.',
            ("person/ousmane-ba-diallo", "org/cheikh-anta-diop-university", "role/law-lecturer"),
        ),
        (
            '"The door is not closed," said Yuki Tanabe-Ross, a legal officer with the Committee '
            "against Torture.",
            ("person/yuki-tanabe-ross", "org/un-cat-committee", "role/legal-officer"),
        ),
        (
            "We asked Samira Al-Kindi, a legal researcher at the Muscat Law and Society Institute, "
            "what follows.",
            ("person/samira-al-kindi", "org/muscat-law-and-society-institute", "role/legal-researcher"),
        ),
    ],
)
def test_a_qualified_role_is_a_post(text: str, post: tuple[str, str, str], registry: Registry) -> None:
    assert posts_of(registry, "Headline\n\n" + text) == {post}


def test_a_word_of_praise_names_no_post(registry: Registry) -> None:
    text = 'Headline\n\n"It is fine," said Ana Silva, a key member of the Lima Rights Forum.'
    assert not {p for p in posts_of(registry, text) if p[2] == "role/key-member"}
