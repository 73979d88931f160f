"""A chamber's vote told by other words than its full name as subject: the passive with the
chamber's state before it ("approved by Ecuador's National Assembly"), the chamber again by its
head noun ("the Assembly"), its members ("Lawmakers approved it"), consent given to the treaty.
Every passage is written for these tests; beside them, texts where no chamber is meant."""

from __future__ import annotations

import pytest
from readings import domestic_steps

from loaders.registry import Registry

_SENT = "Paraguay's government sent the Escazú Agreement to the National Assembly in February 2020. "
_ASSEMBLY = "org/national-assembly-of-paraguay"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chamber after its state's possessive, in the passive
        (
            "The Escazú Agreement was approved by Paraguay's National Assembly on 12 March 2020.",
            ("ParliamentaryApproval", _ASSEMBLY, None, "2020-03-12", "treaty/escazu-agreement"),
        ),
        # the chamber told of before, by its head noun
        (
            _SENT + "The Assembly approved the agreement by 96 votes to 12 on 12 March 2020.",
            ("ParliamentaryApproval", _ASSEMBLY, None, "2020-03-12", "treaty/escazu-agreement"),
        ),
        # its members
        (
            _SENT + "Lawmakers approved it on 12 March 2020 by 96 votes to 12.",
            ("ParliamentaryApproval", _ASSEMBLY, None, "2020-03-12", "treaty/escazu-agreement"),
        ),
        # consent given to the treaty itself
        (
            "Paraguay's parliament gave its consent to the Escazú Agreement on 12 March 2020.",
            (
                "ParliamentaryApproval",
                "org/parliament-of-paraguay",
                None,
                "2020-03-12",
                "treaty/escazu-agreement",
            ),
        ),
    ],
)
def test_a_chamber_named_another_way(registry: Registry, text: str, expected: tuple[str, ...]) -> None:
    assert expected in domestic_steps(registry, text, "2020-06-01")


@pytest.mark.parametrize(
    "text",
    [
        # "the Assembly" of an article about the UN is the General Assembly, no state's chamber
        "Paraguay signed the Escazú Agreement in 2018. The Assembly adopted a resolution on the "
        "environment on 12 March 2020.",
        # senators are no members of a chamber of deputies told before
        "Paraguay's government sent the Escazú Agreement to the Chamber of Deputies in February "
        "2020. Senators approved it on 12 March 2020.",
    ],
)
def test_no_chamber_guessed(registry: Registry, text: str) -> None:
    steps = domestic_steps(registry, text, "2020-06-01")
    assert not {s for s in steps if s[0] == "ParliamentaryApproval" and s[1] is not None}
    assert not {s for s in steps if s[1] and "assembly-of-paraguay" in s[1] and "national" not in s[1]}
