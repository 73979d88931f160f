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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About the coalition: The Belgian Detention Monitoring Coalition is a network of eleven human "
            "rights and prison reform organisations from Flanders, Wallonia and Brussels.",
            ("org/belgian-detention-monitoring-coalition", "organisations", 11),
        ),
        (
            "The International Federation for Human Rights is a federation of 188 national human rights "
            "organisations.",
            ("org/international-federation-for-human-rights", "organisations", 188),
        ),
    ],
)
def test_network_of_member_organisations(
    registry: Registry, text: str, expected: tuple[str, str, int]
) -> None:
    assert expected in counts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # the countries it works in are no members
        "The Coalition for the International Criminal Court is a network of civil society groups in "
        "150 countries.",
        "Amnesty International is a movement of 10 million people.",
    ],
)
def test_network_without_a_count_of_members(registry: Registry, text: str) -> None:
    assert counts_of(registry, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Optional Protocol to the Convention against Torture entered into force on 22 June 2006, "
            "after its twentieth ratification.",
            ("treaty/opcat", "ratifications", 20),
        ),
        (
            "Jordan ratified the Rome Statute on 11 April 2002, on the day the count of ratifications passed "
            "the sixty the Statute needed.",
            ("treaty/rome-statute", "ratifications", 60),
        ),
    ],
)
def test_ratifications_a_treaty_needed(registry: Registry, text: str, expected: tuple[str, str, int]) -> None:
    assert expected in counts_of(registry, text)


def test_an_ordinal_ratification_without_entry_into_force(registry: Registry) -> None:
    assert counts_of(registry, "Its twentieth ratification came from Peru.") == set()
