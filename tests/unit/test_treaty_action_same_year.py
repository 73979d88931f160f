"""A date apposed to a second act of the same state: "in 1995, the same year it acceded to the
Covenant" dates the second act with the year alone, "on 17 April 2008, the same day it ratified"
with the whole day; an apposed clause that is not a treaty act leaves the date to the first."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Uzbekistan acceded to the Convention against Torture in 1995, the same year it acceded "
            "to the International Covenant on Civil and Political Rights.",
            ("Accession", "state/uzb", "treaty/iccpr", "1995", "-"),
        ),
        (
            "Ghana ratified the Maputo Protocol in June 2007, the same year it ratified the "
            "Convention on the Rights of Persons with Disabilities.",
            ("Ratification", "state/gha", "treaty/crpd", "2007", "-"),
        ),
        (
            "Bolivia signed the Rome Statute on 17 July 1998, the same day it signed the "
            "Convention against Torture.",
            ("Signature", "state/bol", "treaty/un-cat", "1998-07-17", "-"),
        ),
    ],
)
def test_the_same_year_dates_the_second_act(
    registry: Registry, text: str, second: tuple[str, str, str, str, str]
) -> None:
    found = treaty_actions(registry, text)
    assert second in found
    # the first act keeps its own date, as written
    assert len({a for a in found if a[1] == second[1]}) == 2


def test_the_same_year_never_gives_a_day_it_does_not_know(registry: Registry) -> None:
    text = (
        "Ghana ratified the Maputo Protocol on 13 June 2007, the same year it ratified the "
        "Convention on the Rights of Persons with Disabilities."
    )
    dates = {a[3] for a in treaty_actions(registry, text) if a[2] == "treaty/crpd"}
    assert dates == {"2007"}


def test_an_apposed_event_of_another_kind_dates_no_act(registry: Registry) -> None:
    text = "Myanmar acceded to CEDAW in 1997, the same year it was admitted to ASEAN."
    assert {a[2] for a in treaty_actions(registry, text)} == {"treaty/cedaw"}
