"""A participle of the act with no object, only its date ("Iceland was the last of the five,
ratifying in 2018"), is the act of the one treaty the text has been about; a participle with an
object of its own or no date after it is not."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denmark, Finland, Norway and Sweden all ratified the Istanbul Convention by 2017. Iceland "
            "was the last of the five, ratifying in 2018 after parliament had revised its penal code.",
            ("Ratification", "state/isl", "treaty/cets-210", "2018", "-"),
        ),
        (
            "The Convention against Torture entered into force in 1987. Qatar was a late arrival, "
            "acceding on 11 January 2000.",
            ("Accession", "state/qat", "treaty/un-cat", "2000-01-11", "-"),
        ),
    ],
)
def test_a_bare_participle_with_its_date_is_the_act(
    registry: Registry, text: str, expected: tuple[str, str, str, str, str]
) -> None:
    assert expected in treaty_actions(registry, text)


def test_a_participle_with_another_object_is_no_act_on_the_treaty(registry: Registry) -> None:
    text = (
        "The Rome Statute entered into force in 2002. Few Asian states joined, and Japan stayed out, "
        "signing nothing until 2007."
    )
    assert not {a for a in treaty_actions(registry, text) if a[1] == "state/jpn"}
