"""Interview labels that give a title and a surname ("CHAIR OKONKWO:", "Minister Okonkwo:") stand
for the person the introduction named in full, never for a new person called "Chair Okonkwo"; a
label alone on its line is no answer."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry

_INTRO = (
    "Ten questions on the backlog\n\nGENEVA, 3 March 2019 - Amara Okonkwo chairs the Committee on the "
    "Rights of the Child. This interview has been edited for length.\n\n"
)


@pytest.mark.parametrize("label", ["CHAIR OKONKWO", "Chair Okonkwo", "Minister Okonkwo"])
def test_a_title_and_surname_label_is_the_person_named_before(label: str, registry: Registry) -> None:
    text = (
        _INTRO + f"Q: How long does a state wait?\n\n{label}: Around two years at the moment.\n\n"
        f"Q: What would help?\n\n{label}: More meeting time."
    )
    assert statements(registry, text, "2019-03-03") == {
        ("person/amara-okonkwo", "Around two years at the moment"),
        ("person/amara-okonkwo", "More meeting time"),
    }


def test_a_label_on_a_line_of_its_own_is_no_answer(registry: Registry) -> None:
    text = (
        _INTRO + "How long does a state wait?\n\nOKONKWO:\nAround two years at the moment.\n\n"
        "What would help?\n\nOKONKWO:\nMore meeting time."
    )
    quotes = {quote for _, quote in statements(registry, text, "2019-03-03")}
    assert not {q for q in quotes if q.rstrip().endswith(":")}
