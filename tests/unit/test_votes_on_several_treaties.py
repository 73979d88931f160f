"""A vote to ratify several treaties at once is a step of each, and a later "the instruments of
ratification were deposited" dates the acts the text told undated; with the readings that must
not take a date that is not theirs."""

from __future__ import annotations

from readings import domestic_steps, treaty_actions

from loaders.registry import Registry

_VOTE = (
    "Posted on 28 November 2014\n\n"
    "This morning the National Assembly of Viet Nam voted to ratify the UN Convention against Torture "
    "and the Convention on the Rights of Persons with Disabilities.\n\n"
)


def test_a_vote_to_ratify_two_treaties_is_a_step_of_each(registry: Registry) -> None:
    steps = {(s[0], s[4]) for s in domestic_steps(registry, "Headline\n\n" + _VOTE, "2014-11-28")}
    assert steps == {("ParliamentaryApproval", "treaty/un-cat"), ("ParliamentaryApproval", "treaty/crpd")}


def test_the_instruments_deposited_later_date_the_acts_told_undated(registry: Registry) -> None:
    text = (
        "Headline\n\n" + _VOTE + "Around seven million people in the country live with a disability.\n\n"
        "UPDATE (9 February 2015)\nThe instruments of ratification were deposited with the UN "
        "Secretary-General in New York last Thursday, 5 February."
    )
    actions = {a for a in treaty_actions(registry, text, "2014-11-28") if a[0] == "Ratification"}
    assert actions == {
        ("Ratification", "state/vnm", "treaty/un-cat", "2015-02-05", "-"),
        ("Ratification", "state/vnm", "treaty/crpd", "2015-02-05", "-"),
    }


def test_one_instrument_never_dates_two_acts(registry: Registry) -> None:
    text = (
        "Headline\n\n" + _VOTE + "Around seven million people in the country live with a disability.\n\n"
        "The instrument of ratification was deposited in New York on 5 February 2015."
    )
    dates = {a[3] for a in treaty_actions(registry, text, "2014-11-28") if a[0] == "Ratification"}
    assert dates == {"-"}


def test_the_instruments_of_another_state_date_nothing(registry: Registry) -> None:
    text = (
        "Headline\n\nViet Nam signed the Convention against Torture in 2013. Peru signed the Rome Statute "
        "in 2000. Viet Nam and Peru voted to ratify them.\n\nOther news followed.\n\n"
        "The instruments of ratification were deposited on 5 February 2015."
    )
    assert "2015-02-05" not in {a[3] for a in treaty_actions(registry, text, "2015-03-01")}
