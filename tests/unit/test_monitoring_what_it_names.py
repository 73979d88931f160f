"""A court or committee that "monitors compliance with it" after a judgment is told monitors the
judgment, not its treaty; one that monitors compliance with a treaty it names monitors that
treaty."""

from __future__ import annotations

from readings import claims_of

from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import TG


def _monitors(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.key)
        for c in claims_of(registry, text)
        if c.predicate == TG.monitors and isinstance(c.object, Ref)
    }


def test_compliance_with_it_after_a_judgment_is_no_treaty(registry: Registry) -> None:
    text = (
        "The Inter-American Court of Human Rights ruled against Honduras on 5 October 2015 under the "
        "American Convention on Human Rights. The judgment is final. The Court monitors compliance with it."
    )
    assert ("org/iacthr", "treaty/achr") not in _monitors(registry, text)


def test_compliance_with_them_is_no_treaty(registry: Registry) -> None:
    text = (
        "The European Court of Human Rights delivered two judgments against Turkey in 2019. "
        "The Court supervises compliance with them."
    )
    assert _monitors(registry, text) == set()


def test_compliance_with_the_named_treaty(registry: Registry) -> None:
    text = (
        "The Inter-American Court of Human Rights is the body that monitors compliance with the "
        "American Convention on Human Rights."
    )
    assert ("org/iacthr", "treaty/achr") in _monitors(registry, text)
