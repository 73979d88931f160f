"""A fact sheet's bulleted list under a heading that names a body ("What the Committee does /
- It examines ... / - It considers ..."): each item's "It" is that body, the items after a
second sentence inside an item as well; a heading that names a treaty gives none."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG

_LIST = (
    "- It examines the periodic reports that every State party must submit.\n"
    "- It considers complaints by one State party against another. The first such complaint came in 2018.\n"
    "- It adopts general recommendations interpreting the Convention.\n"
)


def _functions(registry: Registry, text: str) -> dict[str, set[str]]:
    facts = facts_of(registry, "Factsheet\n\n" + text, "2020-01-01")
    return {node: props[TG.function] for node, props in facts.items() if TG.function in props}


def test_each_item_under_the_heading_is_the_body_s(registry: Registry) -> None:
    text = (
        "The Convention created the Committee on the Elimination of Racial Discrimination.\n\n"
        "What the Committee does\n\n" + _LIST
    )
    assert _functions(registry, text).get("org/cerd") == {
        "examines the periodic reports that every State party must submit",
        "considers complaints by one State party against another",
        "adopts general recommendations interpreting the Convention",
    }


def test_a_heading_naming_a_treaty_gives_the_body_before_it_no_functions(registry: Registry) -> None:
    text = (
        "The Convention created the Committee on the Elimination of Racial Discrimination.\n\n"
        "What the Convention requires\n\n" + _LIST
    )
    assert "org/cerd" not in _functions(registry, text)
