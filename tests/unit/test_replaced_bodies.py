"""An organisation that replaced another is its successor, in the active ("the Council, which
replaced the Commission"), with an apposition ("the 47-member body that replaced ...") or in the
passive ("... was replaced by ..."); a thing of the old body, a person or a pronoun is not."""

from __future__ import annotations

import pytest
from readings import claims_of

from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import TG


def _successions(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.key)
        for c in claims_of(registry, text)
        if c.predicate == TG.successorOf and isinstance(c.object, Ref)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The African Union, which replaced the OAU in 2002, holds the instruments of ratification.",
        "Chile failed to win a seat on the Human Rights Council, the 47-member body that replaced "
        "the discredited Commission on Human Rights.",
        "In 2006 the Human Rights Council replaced the Commission on Human Rights.",
        "The Commission on Human Rights was replaced by the Human Rights Council in 2006.",
    ],
)
def test_the_new_body_succeeds_the_old(registry: Registry, text: str) -> None:
    found = _successions(registry, text)
    assert found & {("org/au", "org/oau"), ("org/un-hrc", "org/un-chr")}
    assert not any(new in {"org/oau", "org/un-chr"} for new, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Human Rights Council replaced the Commission on Human Rights's rules of procedure.",
        "The African Union replaced its chairperson, Moussa Faki, in 2025.",
        "The Human Rights Council met in 2006. It replaced the Commission on Human Rights.",
        "A seat on the Human Rights Council replaced the Commission on Human Rights as the prize.",
    ],
)
def test_no_succession_without_two_named_bodies_acting(registry: Registry, text: str) -> None:
    assert _successions(registry, text) == set()
