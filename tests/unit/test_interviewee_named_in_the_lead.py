"""The interviewee of a question-and-answer piece named only where the piece introduces her ("Q&A:
Ana Silva on ...", "Ana Silva took our questions"): her answers are her statements; a Q&A headline
that names a treaty or a body gives no person."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry

_TURNS = (
    "Q: How long does a state wait?\nA: Around two years at the moment.\n\n"
    "Q: What would help?\nA: More meeting time."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Q&A: Amara Okonkwo on the reporting backlog\n\nGENEVA, 3 March 2019\n\n",
        "The backlog\n\nGENEVA, 3 March 2019 - Amara Okonkwo took our questions.\n\n",
        "The backlog\n\nGENEVA, 3 March 2019 - Amara Okonkwo, who chairs the committee, answered our "
        "questions.\n\n",
    ],
)
def test_the_answers_are_the_interviewee_s(opening: str, registry: Registry) -> None:
    assert statements(registry, opening + _TURNS, "2019-03-03") == {
        ("person/amara-okonkwo", "Around two years at the moment"),
        ("person/amara-okonkwo", "More meeting time"),
    }


@pytest.mark.parametrize(
    "headline", ["Q&A: Istanbul Convention explained", "Q&A: Human Rights Watch on Burundi"]
)
def test_a_headline_naming_no_person_gives_no_speaker(headline: str, registry: Registry) -> None:
    text = f"{headline}\n\nGENEVA, 3 March 2019\n\nQ: What is it?\nA: A treaty on violence against women."
    assert not {s for s, _ in statements(registry, text, "2019-03-03") if s.startswith("person/")}
