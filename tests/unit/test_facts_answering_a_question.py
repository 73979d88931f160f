"""An interview's question on a line of its own that names one body ("What can the Committee
do?") gives "It" opening the answer below it: the answer's verbs of the body's work are its
functions. A question naming two bodies, or none, gives "It" no body. A number opening the answer
to "How many states are parties today?" counts the parties to the treaty the text is about."""

from __future__ import annotations

import pytest
from readings import by_node, claims_of, counts_of

from loaders.registry import Registry
from loaders.vocabulary import TG

_LEAD = (
    "Five questions\n\nPosted 30 August 2022\n\nWe spoke with Lina Haddad, a former member of the "
    "Committee on Enforced Disappearances.\n\n"
)


def _functions(registry: Registry, text: str) -> set[tuple[str, str]]:
    nodes = by_node(claims_of(registry, text, "2022-08-30"))
    return {(node, f) for node, props in nodes.items() for f in props.get(TG.function, set())}


def test_it_in_the_answer_is_the_body_the_question_names(registry: Registry) -> None:
    text = _LEAD + "What can the Committee do?\n\nIt examines the reports that states parties submit."
    assert ("org/ced", "examines the reports that states parties submit") in _functions(registry, text)


@pytest.mark.parametrize(
    "question",
    [
        "What can the Committee do that the Human Rights Council cannot?",
        "What can be done?",
    ],
)
def test_a_question_naming_two_bodies_or_none_gives_it_no_body(question: str, registry: Registry) -> None:
    text = _LEAD + question + "\n\nIt examines the reports that states parties submit."
    assert not {f for f in _functions(registry, text) if f[1].startswith("examines the reports")}


def test_the_number_answering_how_many_are_parties(registry: Registry) -> None:
    text = (
        "Five questions\n\nPosted 30 August 2022\n\nWe spoke with Lina Haddad about the International "
        "Convention for the Protection of All Persons from Enforced Disappearance.\n\n"
        "How many states are parties today?\n\nSixty-eight, which is still far too few."
    )
    assert ("treaty/cped", "states parties", 68) in counts_of(registry, text, "2022-08-30")


def test_a_number_answering_another_question_counts_no_parties(registry: Registry) -> None:
    text = (
        "Five questions\n\nPosted 30 August 2022\n\nWe spoke with Lina Haddad about the International "
        "Convention for the Protection of All Persons from Enforced Disappearance.\n\n"
        "How many cases has the Committee decided?\n\nSixty-eight, in ten years."
    )
    assert not {c for c in counts_of(registry, text, "2022-08-30") if c[1] == "states parties"}
