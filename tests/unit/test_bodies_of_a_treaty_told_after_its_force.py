"""A treaty's own event first, then "and" the verb that ties it to a body: "The convention has been
in force since 2014 and is monitored by GREVIO", "... entered into force on July 18, 1978, and
established the Court". The treaty is the subject of both verbs; another subject between them
("..., Turkey left it in 2021 and is monitored by ...") breaks the tie."""

from __future__ import annotations

import pytest
from readings import by_node, claims_of

from loaders.registry import Registry
from loaders.vocabulary import TG


def _relations(registry: Registry, text: str) -> set[tuple[str, str, str]]:
    nodes = by_node(claims_of(registry, "Headline\n\n" + text, "2018-08-17"))
    return {
        (node, predicate.rsplit("#", 1)[-1], value)
        for node, props in nodes.items()
        for predicate, values in props.items()
        if predicate in (TG.monitors, TG.establishes)
        for value in values
    }


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "The Istanbul Convention has been in force since 1 August 2014 and is monitored by GREVIO, "
            "the independent expert body.",
            ("org/grevio", "monitors", "treaty/cets-210"),
        ),
        (
            "The Convention on the Rights of the Child came into force in 1990 and is supervised by the "
            "Committee on the Rights of the Child.",
            ("org/crc-committee", "monitors", "treaty/crc"),
        ),
        (
            "The American Convention on Human Rights entered into force on July 18, 1978, and established "
            "the Inter-American Court of Human Rights.",
            ("treaty/achr", "establishes", "org/iacthr"),
        ),
    ],
)
def test_the_treaty_of_the_first_verb_is_the_subject_of_the_second(
    text: str, relation: tuple[str, str, str], registry: Registry
) -> None:
    assert relation in _relations(registry, text)


def test_another_subject_between_breaks_the_tie(registry: Registry) -> None:
    text = (
        "The Istanbul Convention entered into force in 2014, Turkey left it in 2021 and is monitored "
        "by GREVIO."
    )
    assert not {r for r in _relations(registry, text) if r[1] == "monitors"}
