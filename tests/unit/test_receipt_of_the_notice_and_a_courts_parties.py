"""The receipt of a departure's notice told on its own ("The Secretary-General received the
notification on 27 October 2016", "The notification reached the Secretary-General on ...") dates
the notification of the departure the text tells, and the treaty's rule dates its effect from it;
a clause that counts from the receipt ("would take effect three months after the Secretary General
received the notification") is the rule, no receipt. A court said to have N states parties
counts the parties to the treaty that set it up."""

from __future__ import annotations

import pytest
from readings import counts_of, domestic_steps

from loaders.registry import Registry


@pytest.mark.parametrize(
    "receipt",
    [
        "The Secretary-General received the notification on 27 October 2016.",
        "The notification reached the Secretary-General on 27 October 2016.",
    ],
)
def test_the_receipt_dates_the_notification(receipt: str, registry: Registry) -> None:
    text = "Headline\n\nBurundi decided to withdraw from the Rome Statute.\n\n" + receipt
    steps = domestic_steps(registry, text, "2017-10-27")
    assert {(s[0], s[1], s[3], s[4]) for s in steps} == {
        ("Notification", "state/bdi", "2016-10-27", "treaty/rome-statute")
    }


def test_a_clause_counting_from_the_receipt_is_no_receipt(registry: Registry) -> None:
    text = (
        "Headline\n\nPoland may withdraw from the Istanbul Convention. If Poland did withdraw, the "
        "denunciation would take effect three months after the Secretary General of the Council of "
        "Europe received the notification."
    )
    assert not domestic_steps(registry, text, "2020-07-27")


def test_a_courts_states_parties_are_its_treatys(registry: Registry) -> None:
    text = (
        "Headline\n\nBurundi left the International Criminal Court in 2017. The court now has 123 "
        "states parties."
    )
    assert ("treaty/rome-statute", "states parties", 123) in counts_of(registry, text, "2017-10-27")
