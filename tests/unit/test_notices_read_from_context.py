"""Notices of withdrawal whose treaty or depositary the sentence leaves to its context: "it gave
notice of withdrawal" after the text has told which treaty the state stands in, and a notice sent
to an organisation whose office keeps the treaty."""

from __future__ import annotations

from readings import domestic_steps

from loaders.registry import Registry


def test_notice_of_withdrawal_takes_the_one_treaty_told(registry: Registry) -> None:
    text = "The Philippines joined the Rome Statute in 2011. It gave notice of withdrawal on 17 March 2018."
    assert domestic_steps(registry, text, "2018-04-01") == {
        ("Notification", "state/phl", None, "2018-03-17", "treaty/rome-statute")
    }


def test_notice_of_withdrawal_after_two_treaties_is_no_notification(registry: Registry) -> None:
    text = (
        "Burundi ratified the Rome Statute in 2004 and the Convention against Torture in 1993. "
        "It gave notice of withdrawal on 27 October 2016."
    )
    assert not domestic_steps(registry, text, "2016-11-01")


def test_notice_of_withdrawing_a_declaration_is_no_notice_of_leaving(registry: Registry) -> None:
    text = (
        "Colombia ratified the American Convention on Human Rights in 1973. "
        "It gave notice of withdrawal of its declaration on 3 May 2021."
    )
    assert not domestic_steps(registry, text, "2021-06-01")


def test_notice_to_the_united_nations_goes_to_the_office_that_keeps_the_treaty(registry: Registry) -> None:
    text = (
        "Hungary signed the Rome Statute in 1999. The government notified the United Nations of "
        "its withdrawal from the Rome Statute on 2 June 2025."
    )
    assert domestic_steps(registry, text, "2025-06-10") == {
        ("Notification", "state/hun", "org/un-sg", "2025-06-02", "treaty/rome-statute")
    }


def test_notice_to_an_organisation_that_does_not_keep_the_treaty_stays_as_told(registry: Registry) -> None:
    text = (
        "Hungary signed the Rome Statute in 1999. The government notified the European Union of "
        "its withdrawal from the Rome Statute on 2 June 2025."
    )
    assert domestic_steps(registry, text, "2025-06-10") == {
        ("Notification", "state/hun", "org/eu", "2025-06-02", "treaty/rome-statute")
    }
