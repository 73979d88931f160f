"""Words credited "according to" a person described after her name ("According to Ana Silva, a
historian, the convention “was never popular”") are hers; an organisation in the same place
stays an organisation. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to Selin Yavuz, a historian, the convention \u201cwas never popular in Ankara\u201d.",
            "person/selin-yavuz",
        ),
        (
            "According to Legal Aid Forum, a charity, the law \u201cchanges nothing for detainees\u201d.",
            "org/legal-aid-forum",
        ),
    ],
)
def test_words_according_to_someone_described_are_theirs(registry: Registry, text: str, speaker: str) -> None:
    assert {who for who, _ in statements(registry, text)} == {speaker}
