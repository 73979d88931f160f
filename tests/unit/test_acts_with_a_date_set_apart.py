"""A treaty action whose date stands between its words: "deposited on 31 May 2012 the instrument
of ratification of ...", "Morocco's ratification, on 14 May 2013, of ...", "its accession, in
2014, to ...". A clause set off by commas that names the actor ("The ratification, which Morocco
completed, of ...") is no such act of a possessor."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "The Permanent Mission of Indonesia to the United Nations deposited on 31 May 2012 the "
            "instrument of ratification of the Convention against Torture.",
            ("Ratification", "state/idn", "treaty/un-cat", "2012-05-31"),
        ),
        (
            "Indonesia deposited in May the instrument of accession to the Convention against Torture.",
            ("Accession", "state/idn", "treaty/un-cat", "2015-05"),
        ),
        (
            "The accession comes after Morocco's ratification, on 14 May 2013, of the Convention "
            "against Torture.",
            ("Ratification", "state/mar", "treaty/un-cat", "2013-05-14"),
        ),
        (
            "Morocco's accession, in 2014, to the Convention against Torture was welcomed.",
            ("Accession", "state/mar", "treaty/un-cat", "2014"),
        ),
    ],
)
def test_the_date_between_the_words_of_the_act(
    text: str, action: tuple[str, ...], registry: Registry
) -> None:
    found = {a[:4] for a in treaty_actions(registry, "Headline\n\n" + text, "2015-08-01")}
    assert action in found


def test_an_aside_naming_the_actor_makes_no_act(registry: Registry) -> None:
    text = (
        "Headline\n\nThe ratification, which Morocco completed quickly, of the Convention against "
        "Torture was welcomed."
    )
    assert not treaty_actions(registry, text, "2015-08-01")
