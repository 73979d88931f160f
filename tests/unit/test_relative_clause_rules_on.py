""" ", which rules on ...": after a relative pronoun "rules" is the body's verb, wherever the body
stands in the sentence; a particular case it rules on is no standing function."""

from __future__ import annotations

from readings import claims_of

from loaders.facts import Value
from loaders.registry import Registry
from loaders.vocabulary import TG


def _functions(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.lexical)
        for c in claims_of(registry, text)
        if c.predicate == TG.function and isinstance(c.object, Value)
    }


def test_which_rules_on_after_a_body_that_is_an_object(registry: Registry) -> None:
    text = "Cases go to the European Court of Human Rights, which rules on violations of the Convention."
    assert ("org/ecthr", "rules on violations of the Convention") in _functions(registry, text)


def test_which_rules_on_one_states_case_is_no_function(registry: Registry) -> None:
    text = "Complaints reach the European Court of Human Rights, which rules on Russia's withdrawal."
    assert not _functions(registry, text)
