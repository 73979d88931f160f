"""A chamber whose own name no other state's chamber bears ("the Lok Sabha", "the Storting",
"the Sejm") is that chamber wherever the text names it, not only as the subject of a vote: a
bill introduced in it or a treaty sent to it has it as the body it went to. Every passage is
written for these tests."""

from __future__ import annotations

import pytest
from readings import domestic_steps, posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "chamber", "date"),
    [
        (
            "India signed the Convention against Torture in 1997. The bill to ratify the convention "
            "was introduced in the Lok Sabha on 26 April 2010.",
            "org/lok-sabha",
            "2010-04-26",
        ),
        (
            "Poland signed the Convention on the Rights of Persons with Disabilities in 2007. The "
            "bill to ratify the convention was sent to the Sejm on 14 March 2012.",
            "org/sejm",
            "2012-03-14",
        ),
    ],
)
def test_a_bill_sent_to_a_chamber_named_by_its_own_name_goes_to_that_chamber(
    registry: Registry, text: str, chamber: str, date: str
) -> None:
    steps = domestic_steps(registry, text, "2013-01-01")
    assert any(s[0] == "BillSubmission" and s[2] == chamber and s[3] == date for s in steps), steps


def test_a_word_inside_a_longer_name_is_no_chamber(registry: Registry) -> None:
    text = (
        "Norway signed the Istanbul Convention in 2011. The bill to ratify the convention was "
        "sent to the Stortingsgata office on 3 May 2016."
    )
    steps = domestic_steps(registry, text, "2017-01-01")
    assert not any(s[2] == "org/storting" for s in steps), steps


def test_a_chamber_s_own_name_beside_its_state_s_parliament_makes_no_second_chamber(
    registry: Registry,
) -> None:
    text = (
        "The Norwegian Parliament today approved the ratification of the Istanbul Convention, after a "
        "debate in the Storting lasting two days. The sitting was chaired by the Speaker of Parliament, "
        "Kari Dahl."
    )
    assert ("person/kari-dahl", "org/norwegian-parliament", "role/speaker-of-parliament") in posts_of(
        registry, text, "2017-05-01"
    )
