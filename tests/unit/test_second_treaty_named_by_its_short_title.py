"""A second treaty joined by "and the" and named by a title of several words before its head
("the Convention against Torture and the Enforced Disappearance Convention") is a treaty of its
own, acted on with the first. Written for this test."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_both_treaties_ratified(registry: Registry) -> None:
    text = (
        "Malta ratified the Convention against Torture and the Enforced Disappearance Convention on "
        "28 September 2030."
    )
    assert {(a[2], a[3]) for a in treaty_actions(registry, text)} == {
        ("treaty/un-cat", "2030-09-28"),
        ("treaty/cped", "2030-09-28"),
    }
