"""A year-less date told as past takes no year that would put it after the document's own date
("ratified it on 12 October, and it will enter into force on 1 February 2018", written in October
2017): it is read against the document instead. Written for this test."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_a_past_act_is_not_dated_after_the_document(registry: Registry) -> None:
    text = (
        "Malta ratified the Istanbul Convention on 12 October, and it will enter into force for Malta on "
        "1 February 2031."
    )
    dates = {a[0]: a[3] for a in treaty_actions(registry, text, "2030-10-13")}
    assert dates["Ratification"] == "2030-10-12"
