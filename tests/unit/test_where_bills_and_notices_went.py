"""Where a step went, wherever the sentence puts it: a bill "to ratify the Maputo Protocol to
Parliament", a bill "tabled in Parliament" by a ministry whose name holds the state, a notice of
withdrawal "deposited ... with the Secretary-General" after a long treaty name."""

from __future__ import annotations

from readings import domestic_steps

from loaders.registry import Registry


def test_the_chamber_after_the_treaty_a_bill_is_for(registry: Registry) -> None:
    text = (
        "Headline\n\nIn Ghana, the government submitted a bill to ratify the Maputo Protocol to "
        "Parliament on 3 March 2006."
    )
    steps = domestic_steps(registry, text, "2006-03-04")
    assert (
        "BillSubmission",
        "state/gha",
        "org/parliament-of-ghana",
        "2006-03-03",
        "treaty/maputo-protocol",
    ) in steps


def test_a_bill_tabled_in_parliament_went_to_the_states_parliament(registry: Registry) -> None:
    text = (
        "Headline\n\nOn 3 March 2006 the Ministry of Justice of Ghana tabled in Parliament a bill on the "
        "ratification of the Convention against Torture."
    )
    steps = domestic_steps(registry, text, "2006-03-04")
    assert any(s[0] == "BillSubmission" and s[2] == "org/parliament-of-ghana" for s in steps)


def test_a_notice_deposited_with_the_secretary_general_after_a_long_name(registry: Registry) -> None:
    text = (
        "Headline\n\nOn 27 October 2016 Burundi deposited its notification of withdrawal from the Rome "
        "Statute with the Secretary-General."
    )
    steps = domestic_steps(registry, text, "2016-10-28")
    assert ("Notification", "state/bdi", "org/un-sg", "2016-10-27", "treaty/rome-statute") in steps
