"""A treaty named with another of its names apposed ("the UN women's convention, CEDAW") counts
once when the text's main treaty is chosen for "the convention": an aside in the last line does
not outweigh the treaty the headline names. Written for this test."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_the_convention_is_the_headline_s_not_the_apposed_aside_s(registry: Registry) -> None:
    text = (
        "Timeline: Malta and the Istanbul Convention\n\n"
        "VALLETTA, 1 July 2031 -\n\n"
        "May 11, 2011 - Malta signs the convention.\n\n"
        "July 29, 2014 - Malta ratifies the convention.\n\n"
        "Malta remains a party to the UN women's convention, CEDAW."
    )
    assert {(a[0], a[2]) for a in treaty_actions(registry, text)} == {
        ("Signature", "treaty/cets-210"),
        ("Ratification", "treaty/cets-210"),
    }
