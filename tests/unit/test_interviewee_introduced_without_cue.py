"""An interviewee introduced by her full name with no cue of her own ("Ayse Demir chairs the
commission ..."), her turns labelled by surname alone, in capitals or with a title: each answer is
her statement. Lines opening with a state's name in a fact sheet name no one. Every passage is
written for these tests."""

from __future__ import annotations

import pytest
from readings import facts_of, statements

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

INTRO = "Nilufer Aksoy chairs the women's rights commission of a regional bar association.\n\n"


@pytest.mark.parametrize(
    ("asker", "label"),
    [("Q", "Aksoy"), ("THE HERALD", "AKSOY"), ("The Herald", "Dr Aksoy")],
)
def test_turns_labelled_by_surname_are_the_interviewee_s(registry: Registry, asker: str, label: str) -> None:
    text = (
        "Interview: after the convention\n\n" + INTRO + f"{asker}: What changed on 1 July?\n\n"
        f"{label}: Legally, very little at first.\n\n{asker}: Will women notice?\n\n{label}: They already do."
    )
    assert statements(registry, text) == {
        ("person/nilufer-aksoy", "Legally, very little at first"),
        ("person/nilufer-aksoy", "They already do"),
    }


def test_rows_opened_by_a_state_s_name_are_no_one_s_turns(registry: Registry) -> None:
    text = (
        "Fact sheet\n\nThe Republic of Congo and Equatorial Guinea both joined.\n\n"
        "Congo: ratified in 1988.\nGuinea: ratified in 1990.\nCongo: signed in 1986.\nGuinea: signed in 1989."
    )
    people = [
        p for p in facts_of(registry, text, "2024-05-02").values() if TG.Person in p.get(RDF.type, set())
    ]
    assert people == []
