"""Quotations introduced by "recalled", "conceded" and the like, and by a speaker whose title has
a party word before it ("said opposition MP X"). Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry


@pytest.mark.parametrize(
    "text",
    [
        "\u201cHe did not think it was a withdrawal at all,\u201d recalled Dewi Santoso, a former aide.",
        "\u201cHe did not think it was a withdrawal at all,\u201d said opposition MP Dewi Santoso.",
        "Dewi Santoso, a former aide, conceded: \u201cHe did not think it was a withdrawal at all.\u201d",
    ],
)
def test_the_speaker_of_the_quotation(registry: Registry, text: str) -> None:
    assert statements(registry, text) == {
        ("person/dewi-santoso", "He did not think it was a withdrawal at all")
    }
