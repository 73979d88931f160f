"""When a denunciation takes effect: the date given after the rule that counts it ("one year
after notice is given, on D"), or the day the text says the same state ceased to be a party to
the same treaty, told before or after the notice; and a date still to come that a sentence
writes without its year, after a date of another year."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "PANAMA CITY, 5 March 2021 - Panama has denounced the American Convention on Human Rights in "
            "a note received on 4 March 2021. Under Article 78 of the convention, the denunciation takes "
            "effect one year after notice is given, on 4 March 2022.",
            "2021-03-05",
            ("Denunciation", "state/pan", "treaty/achr", "2021-03-04", "2022-03-04"),
        ),
        (
            "Kenya withdrew from the Rome Statute on 3 May 2019. Under the Statute, its withdrawal takes "
            "effect one year after the notification is received, that is on 3 May 2020.",
            "2019-05-10",
            ("Denunciation", "state/ken", "treaty/rome-statute", "2019-05-03", "2020-05-03"),
        ),
        (
            "Turkey denounced the Istanbul Convention on 22 March 2021. Turkey ceased to be a party to "
            "the Istanbul Convention on 1 July 2021.",
            "2021-07-02",
            ("Denunciation", "state/tur", "treaty/cets-210", "2021-03-22", "2021-07-01"),
        ),
        (
            "The Gambia ceased to be a party to the Rome Statute on 10 November 2017. The Gambia had "
            "announced its withdrawal from the Rome Statute on 10 November 2016.",
            "2017-11-12",
            ("CessationOfParty", "state/gmb", "treaty/rome-statute", "2017-11-10", "-"),
        ),
    ],
)
def test_effect_dates(registry: Registry, text: str, published: str, expected: tuple[str, ...]) -> None:
    assert expected in treaty_actions(registry, text, published)


@pytest.mark.parametrize(
    ("text", "published", "state", "treaty"),
    [
        # the effect's date after the rule is no date of the notice
        (
            "Kenya withdrew from the Rome Statute, notifying the Secretary-General on 3 May 2019. The "
            "withdrawal takes effect twelve months after the notice is received, on 3 May 2020.",
            "2019-05-10",
            "state/ken",
            "treaty/rome-statute",
        ),
        (
            "Peru has denounced the American Convention on Human Rights. The denunciation takes effect "
            "a year after the notice is received, on 9 July 2000.",
            "1999-07-10",
            "state/per",
            "treaty/achr",
        ),
    ],
)
def test_effect_date_is_not_the_notice_date(
    registry: Registry, text: str, published: str, state: str, treaty: str
) -> None:
    found = {a for a in treaty_actions(registry, text, published) if a[0] == "Denunciation"}
    assert found, text
    for _, who, what, date, effective in found:
        assert (who, what) == (state, treaty)
        assert date == "-" and effective != "-"


def test_another_states_cessation_gives_no_effect(registry: Registry) -> None:
    text = (
        "Turkey ceased to be a party to the Istanbul Convention on 1 July 2021. Poland denounced the "
        "Istanbul Convention on 22 March 2021."
    )
    found = treaty_actions(registry, text, "2021-07-02")
    assert ("Denunciation", "state/pol", "treaty/cets-210", "2021-03-22", "-") in found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Council of Europe Convention on the Prevention of Terrorism, opened for signature at "
            "the Warsaw summit on 16 May 2005, will enter into force on 1 June, having received the six "
            "ratifications it required.",
            "2007-05-18",
            ("EntryIntoForce", "-", "treaty/cets-196", "2007-06-01", "-"),
        ),
        (
            "The Oviedo Convention, which Slovakia signed on 4 April 1997, will enter into force for it "
            "on 1 March.",
            "2015-02-10",
            ("EntryIntoForce", "state/svk", "treaty/ets-164", "2015-03-01", "-"),
        ),
    ],
)
def test_future_date_without_year(
    registry: Registry, text: str, published: str, expected: tuple[str, ...]
) -> None:
    found = treaty_actions(registry, text, published)
    assert expected in found
    assert not {a for a in found if a[0] == "EntryIntoForce" and a[3] != expected[3]}
