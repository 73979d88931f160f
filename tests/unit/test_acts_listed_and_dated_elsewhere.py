"""Treaty actions whose date is told in another shape: each object of a list with its own year
("ratified A in 1984, B in 1990 and C in 1997"), another state's act by "did so", and an act "on
the day it opened" dated by the opening the text tells; with the readings that must stay undated
or unread."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


def _acts(text: str, registry: Registry) -> set[tuple[str, ...]]:
    return treaty_actions(registry, "Headline\n\nGENEVA, 3 March 2019 - " + text, "2019-03-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya ratified the women's convention in 1984, the Convention on the Rights of the Child in "
            "1990 and the Convention against Torture in 1997.",
            {
                ("Ratification", "state/ken", "treaty/cedaw", "1984", "-"),
                ("Ratification", "state/ken", "treaty/crc", "1990", "-"),
                ("Ratification", "state/ken", "treaty/un-cat", "1997", "-"),
            },
        ),
        (
            "Russia ratified the European Convention on Human Rights on 5 May 1998; Georgia did so on "
            "20 May 1999.",
            {
                ("Ratification", "state/rus", "treaty/ets-005", "1998-05-05", "-"),
                ("Ratification", "state/geo", "treaty/ets-005", "1999-05-20", "-"),
            },
        ),
        (
            "The Convention on the Rights of Persons with Disabilities was opened for signature on 30 "
            "March 2007. Jamaica ratified it on the day it opened.",
            {("Ratification", "state/jam", "treaty/crpd", "2007-03-30", "-")},
        ),
        (
            "The Convention on the Rights of Persons with Disabilities was opened for signature in March "
            "2007. Jamaica signed it on the very day it was opened for signature.",
            {("Signature", "state/jam", "treaty/crpd", "2007-03", "-")},
        ),
    ],
)
def test_dated_acts(text: str, expected: set[tuple[str, ...]], registry: Registry) -> None:
    assert expected <= _acts(text, registry)


def test_a_list_no_and_closes_gives_no_other_act(registry: Registry) -> None:
    text = (
        "Kenya ratified the Convention against Torture in 1997, the Convention on the Rights of the Child "
        "in 1990."
    )
    assert {a[2] for a in _acts(text, registry)} == {"treaty/un-cat"}


def test_an_act_on_the_day_of_an_opening_the_text_never_dates_stays_undated(registry: Registry) -> None:
    text = "Jamaica ratified the Convention on the Rights of Persons with Disabilities on the day it opened."
    assert {a[3] for a in _acts(text, registry) if a[0] == "Ratification"} == {"-"}
