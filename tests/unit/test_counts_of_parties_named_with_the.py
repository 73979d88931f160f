""" "N states are parties to the X": the count of the treaty whose name opens with the article the
pattern reads ("the Rome Statute"), and of the second treaty after "and M to the Y"; nothing where
no treaty is named."""

from __future__ import annotations

import pytest
from readings import counts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 123 states are parties to the Rome Statute.",
            {("treaty/rome-statute", "states parties", 123)},
        ),
        (
            "Today 146 states are parties to the Convention against Torture and 90 to the Optional Protocol "
            "to the Convention against Torture.",
            {("treaty/un-cat", "states parties", 146), ("treaty/opcat", "states parties", 90)},
        ),
        ("Some 123 states are parties to the treaty.", set()),
    ],
)
def test_states_parties_counted(text: str, expected: set[tuple[str, str, int]], registry: Registry) -> None:
    found = counts_of(registry, "Headline\n\nGENEVA, 3 March 2019 - " + text, "2019-03-03")
    assert {c for c in found if c[1] == "states parties"} == expected
