"""A body's name written in lower case inside a description ("a human rights committee that
visits prisons", "the UN's oldest human rights committee") describes a body and names none:
the registry body of that name ("the Human Rights Committee") gets nothing from it. Every
passage is written for these tests."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG


def _functions(registry: Registry, text: str) -> dict[str, set[str]]:
    facts = facts_of(registry, "Explainer\n\n" + text, "2021-02-08")
    return {node: props[TG.function] for node, props in facts.items() if TG.function in props}


def test_a_lower_case_description_names_no_body(registry: Registry) -> None:
    found = _functions(
        registry, "The Committee against Torture is a human rights committee that visits prisons."
    )
    assert "org/ccpr" not in found


def test_the_name_written_as_a_name_still_names_the_body(registry: Registry) -> None:
    found = _functions(registry, "The Human Rights Committee reviews the reports of states parties.")
    assert "org/ccpr" in found
