"""A post in a UN entity whose name holds "UN" ("UN Women") is a post in that entity, not in the
United Nations. Written for this test."""

from __future__ import annotations

from readings import posts_of

from loaders.registry import Registry


def test_a_post_in_un_women(registry: Registry) -> None:
    text = "Amina Dialo, the executive director of UN Women, spoke in Geneva."
    assert {organisation for _, organisation, _ in posts_of(registry, text)} == {"org/un-women"}
