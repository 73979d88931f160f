"""A blog's update under a heading line of its own ("UPDATE (9 February 2015)") dates the
paragraph below it: a year-less day there counts from the update, not from the post. The
instruments of several treaties deposited together are never one treaty's; a legislature by its
common noun, in a text naming one state only later, is that state's."""

from __future__ import annotations

from readings import domestic_steps, treaty_actions

from loaders.registry import Registry

_POST = """Andean Rights Blog
Posted on 20 November 2014

This morning the Congress voted to ratify the Convention on the Rights of the Child.

Bolivia signed it in 1990.

{heading}
Bolivia deposited its instrument of ratification with the Secretary-General on 5 February.
"""


def test_an_update_heading_dates_the_paragraph_below(registry: Registry) -> None:
    text = _POST.format(heading="UPDATE (9 February 2015)")
    assert ("Ratification", "state/bol", "treaty/crc", "2015-02-05", "-") in treaty_actions(
        registry, text, "2014-11-20"
    )


def test_an_update_heading_with_a_colon(registry: Registry) -> None:
    text = _POST.format(heading="Update, 9 February 2015:")
    assert ("Ratification", "state/bol", "treaty/crc", "2015-02-05", "-") in treaty_actions(
        registry, text, "2014-11-20"
    )


def test_a_plain_heading_leaves_the_post_date_the_anchor(registry: Registry) -> None:
    text = _POST.format(heading="What comes next")
    assert ("Ratification", "state/bol", "treaty/crc", "2014-02-05", "-") in treaty_actions(
        registry, text, "2014-11-20"
    )


def test_the_chamber_of_the_one_state_named_later(registry: Registry) -> None:
    text = _POST.format(heading="Later")
    assert ("ParliamentaryApproval", "org/congress-of-bolivia", None, "2014-11-20", "treaty/crc") in (
        domestic_steps(registry, text, "2014-11-20")
    )


def test_the_chamber_stays_unread_where_the_text_names_two_states(registry: Registry) -> None:
    text = _POST.format(heading="Later").replace(
        "Bolivia signed it in 1990.", "Bolivia and Peru signed it in 1990."
    )
    assert not any(s[0] == "ParliamentaryApproval" for s in domestic_steps(registry, text, "2014-11-20"))


def test_instruments_deposited_together_are_no_one_treatys(registry: Registry) -> None:
    text = (
        "Chile is not joining the Optional Protocol to the Convention against Torture.\n\n"
        "The instruments of ratification were deposited with the Secretary-General last Thursday.\n"
    )
    assert not any(a[0] == "Ratification" for a in treaty_actions(registry, text, "2015-02-09"))


def test_one_instrument_deposited_is_the_treaty_named_before(registry: Registry) -> None:
    text = (
        "Chile has ratified the Optional Protocol to the Convention against Torture.\n\n"
        "Chile's instrument of ratification was deposited with the Secretary-General on 3 February 2015.\n"
    )
    assert ("Ratification", "state/chl", "treaty/opcat", "2015-02-03", "-") in treaty_actions(
        registry, text, "2015-02-09"
    )
