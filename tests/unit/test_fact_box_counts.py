"""Counts set out as rows of a fact box or bullets of key facts: "Members ..... 15 member states",
"- Prisoners on death row when the Act was signed: about 60", "States parties: 173". A row of
time, of a date, of a year or of words is no count."""

from __future__ import annotations

import pytest
from readings import counts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FACT FILE | The Committee against Torture\n\nKEY DATA\n"
            "Legal basis ........ Convention against Torture\n"
            "Members ............ 10 independent experts, elected for four years\n",
            ("org/un-cat-committee", "independent experts", 10),
        ),
        (
            "KEY FACTS\n- Assent: 31 December 2024\n"
            "- Prisoners on death row when the Act was signed: about 60\n",
            ("", "prisoners on death row", 60),
        ),
        ("AT A GLANCE\nSignatories: 83\nAdopted: 10 December 1984\n", ("", "signatories", 83)),
        (
            "THE COURT IN BRIEF\n• Judges ......... seven, elected by the Assembly\n"
            "• Seat ........ San José\n",
            ("", "judges", 7),
        ),
    ],
)
def test_fact_box_rows(registry: Registry, text: str, expected: tuple[str, str, int]) -> None:
    assert expected in counts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "KEY DATES\nSigned: 12 May 2011\nIn force: 1 August 2014\n",
        "AT A GLANCE\nYears in force: 20\nSessions ........ 2\n",
        "AT A GLANCE\nResults: 2024\nVotes: 110 to 30\n",
        "Members: the states of the region, 10 of them founders.\n",
        "The Committee against Torture has members: 10 of them are elected.",
    ],
)
def test_rows_that_are_no_count(registry: Registry, text: str) -> None:
    assert counts_of(registry, text) == set()
