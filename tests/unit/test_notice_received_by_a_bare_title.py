"""A depositary that receives a state's notice, named by its bare title ("The Secretary-General
received Burundi's notification of withdrawal"): the notice goes to the treaty's own depositary as
the reference data records it, and nowhere where the treaty has none recorded."""

from __future__ import annotations

import pytest
from readings import domestic_steps

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "The Secretary-General received Burundi's notification of withdrawal from the Rome Statute on "
            "27 October 2016.",
            ("Notification", "state/bdi", "org/un-sg", "2016-10-27", "treaty/rome-statute"),
        ),
        (
            "On 22 March 2021 the Secretary General formally received Turkey's notification of withdrawal "
            "from the Istanbul Convention.",
            ("Notification", "state/tur", "org/coe-sg", "2021-03-22", "treaty/cets-210"),
        ),
    ],
)
def test_the_treaty_s_own_depositary_received_it(
    text: str, step: tuple[str, ...], registry: Registry
) -> None:
    assert step in domestic_steps(registry, "Headline\n\n" + text, "2021-04-01")


def test_a_secretary_general_receiving_a_letter_is_no_notice(registry: Registry) -> None:
    text = "Headline\n\nThe Secretary-General received Burundi's foreign minister on 27 October 2016."
    assert not {s for s in domestic_steps(registry, text, "2021-04-01") if s[0] == "Notification"}
