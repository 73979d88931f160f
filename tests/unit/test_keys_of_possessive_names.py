"""Keys of unlisted entities whose names hold a possessive: the apostrophe is dropped as a reader
spells the name out ("Women's Law Dispatch" → ``org/womens-law-dispatch``), the same in every
document, while a name's own apostrophe still parts it (``person/sean-o-brien``)."""

from __future__ import annotations

import pytest
from readings import claims_of

from loaders.facts import Ref
from loaders.registry import Registry


def _keys(registry: Registry, text: str) -> set[str]:
    return {c.subject.key for c in claims_of(registry, "Headline\n\n" + text)} | {
        c.object.key for c in claims_of(registry, "Headline\n\n" + text) if isinstance(c.object, Ref)
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('"We welcome the ratification," said Ama Boateng of the Coalition for Women\'s Rights in Ghana.',
         "org/coalition-for-womens-rights"),
        ('"We welcome the ratification," said Ama Boateng of the Coalition for Women\u2019s Rights in Ghana.',
         "org/coalition-for-womens-rights"),
        ('"It is a sad day," said Judge Se\u00e1n O\'Brien.', "person/sean-o-brien"),
    ],
)  # fmt: skip
def test_possessives_join_and_names_part(text: str, key: str, registry: Registry) -> None:
    assert key in _keys(registry, text)
