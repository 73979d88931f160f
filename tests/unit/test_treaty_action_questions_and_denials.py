"""Sentences near a trigger that state no act: a yes/no question, a subject that names states only
to deny them the act ("Neither of ..."), and an undertaking to act later. Each beside a sentence of
the same shape that does state the act, so the rule cannot pass by dropping everything."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


def _pairs(registry: Registry, text: str) -> set[tuple[str, str, str]]:
    return {(cls, state, treaty) for cls, state, treaty, _, _ in treaty_actions(registry, text)}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Chile signed the Escazú Agreement in 2018. Has it ratified that one? Not yet.",
            ("Ratification", "state/chl", "treaty/escazu-agreement"),
        ),
        (
            "Q: Did Kenya sign the Convention on Cluster Munitions? A: I would have to check.",
            ("Signature", "state/ken", "treaty/convention-on-cluster-munitions"),
        ),
        (
            "Will Japan accede to the Rome Statute before the Assembly meets?",
            ("Accession", "state/jpn", "treaty/rome-statute"),
        ),
    ],
)
def test_a_yes_no_question_states_no_act(registry: Registry, text: str, asked: tuple[str, str, str]) -> None:
    assert asked not in _pairs(registry, text)


def test_the_answer_to_a_question_still_states_the_act(registry: Registry) -> None:
    text = "Did Peru ratify the Rome Statute early? Yes: Peru ratified the Rome Statute on 10 November 2001."
    assert ("Ratification", "state/per", "treaty/rome-statute", "2001-11-10", "-") in treaty_actions(
        registry, text
    )


def test_a_question_about_when_keeps_the_act_it_takes_as_given(registry: Registry) -> None:
    text = "Kenya ratified the Rome Statute in 2005. Why did Kenya ratify the Rome Statute so late?"
    assert ("Ratification", "state/ken", "treaty/rome-statute", "2005", "-") in treaty_actions(registry, text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "Neither of Serbia's northern neighbours, Hungary and Romania, has ratified the Istanbul "
            "Convention.",
            {("Ratification", s, "treaty/cets-210") for s in ("state/hun", "state/rou")},
        ),
        (
            "None of the Baltic states, Estonia, Latvia or Lithuania, signed the Convention on Cluster "
            "Munitions in 2008.",
            {
                ("Signature", s, "treaty/convention-on-cluster-munitions")
                for s in ("state/est", "state/lva", "state/ltu")
            },
        ),
    ],
)
def test_a_subject_that_denies_the_act_to_the_states_it_names(
    registry: Registry, text: str, denied: set[tuple[str, str, str]]
) -> None:
    assert not denied & _pairs(registry, text)


def test_states_named_after_a_plain_subject_still_act(registry: Registry) -> None:
    text = "Two of Serbia's neighbours, Hungary and Croatia, have signed the Istanbul Convention."
    assert ("Signature", "state/hrv", "treaty/cets-210") in _pairs(registry, text)


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        (
            "Andorra has undertaken to ratify the European Social Charter within two years.",
            ("Ratification", "state/and", "treaty/ets-035"),
        ),
        (
            "On joining the Council of Europe, Armenia undertook to sign the Istanbul Convention.",
            ("Signature", "state/arm", "treaty/cets-210"),
        ),
        (
            "The new government promised to accede to the Rome Statute, Malaysia's foreign minister said.",
            ("Accession", "state/mys", "treaty/rome-statute"),
        ),
    ],
)
def test_an_undertaking_is_not_the_act(registry: Registry, text: str, promised: tuple[str, str, str]) -> None:
    assert promised not in _pairs(registry, text)
