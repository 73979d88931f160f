"""An act told as "N years after signing it" is dated by counting from the date before it when
the count is small, and left undated otherwise: never given the row's or the sentence's own date.
Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "26 September 2030 - Malta ratifies the Convention against Torture, eleven years after "
            "signing it.",
            "-",
        ),
        ("Malta ratified the Convention against Torture in 2030, nine years after signing it.", "2021"),
        ("Malta ratified the Convention against Torture in 2030, several years after signing it.", "-"),
    ],
)
def test_the_signature_counted_back(registry: Registry, text: str, signed: str) -> None:
    dates = {a[0]: a[3] for a in treaty_actions(registry, text)}
    assert dates.get("Signature", "-") == signed
    assert dates["Ratification"].startswith("2030")
