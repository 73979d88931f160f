"""Domestic steps whose state the text leaves to the reader: a legislature by its own name (the
Knesset, the Storting) is one state's, a chamber "ratifying" a treaty is its vote, a head of state
promulgating the ratification law signs it, and an accepted jurisdiction is lodged with the
treaty's depositary; with the false steps beside them."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps, treaty_actions

from loaders.registry import Registry


def _steps(registry: Registry, text: str, published: str = "2023-05-12") -> set[Step]:
    return domestic_steps(registry, text, published)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # a chamber by its own name in a text that never names its state
            "The Knesset approved the ratification of the Convention on the Rights of the Child on "
            "3 August 1991.",
            ("ParliamentaryApproval", "org/knesset", None, "1991-08-03", "treaty/crc"),
        ),
        (
            "On 12 March 2019 the Storting gave its consent to the ratification of the Istanbul Convention.",
            ("ParliamentaryApproval", "org/storting", None, "2019-03-12", "treaty/cets-210"),
        ),
        (  # a chamber "ratifying": its own vote
            "The Verkhovna Rada ratified the Istanbul Convention on 20 June 2022, with 259 deputies "
            "voting in favour.",
            ("ParliamentaryApproval", "org/verkhovna-rada", None, "2022-06-20", "treaty/cets-210"),
        ),
        (
            "Croatia signed the convention in 2013. The Sabor ratified the Istanbul Convention on "
            "13 April 2018.",
            ("ParliamentaryApproval", "org/sabor", None, "2018-04-13", "treaty/cets-210"),
        ),
        (
            "The State Duma ratified the Istanbul Convention on 25 December 2019.",
            ("ParliamentaryApproval", "org/state-duma", None, "2019-12-25", "treaty/cets-210"),
        ),
        (  # the head of state promulgating the ratification law
            "In Bulgaria, President Rumen Radev promulgated the law ratifying the Istanbul Convention "
            "on 9 May 2018.",
            ("LawSigning", "person/rumen-radev", None, "2018-05-09", "treaty/cets-210"),
        ),
        (  # a state whose name some texts give with an article: its chamber's key has none
            "In Ukraine, parliament approved the ratification of the Istanbul Convention on 20 June 2022.",
            ("ParliamentaryApproval", "org/parliament-of-ukraine", None, "2022-06-20", "treaty/cets-210"),
        ),
        (  # an accepted jurisdiction: a declaration lodged with the treaty's one depositary
            "Costa Rica ratified the American Convention on Human Rights in 1970 and accepted the "
            "contentious jurisdiction of the Inter-American Court of Human Rights in 1980.",
            (
                "Notification",
                "state/cri",
                "org/general-secretariat-of-the-organization-of-american-states",
                "1980",
                "treaty/achr",
            ),
        ),
        (  # a UN treaty's: no depositary taken for granted
            "Peru accepted the competence of the Committee against Torture in 1988.",
            ("Notification", "state/per", None, "1988", "treaty/un-cat"),
        ),
    ],
)
def test_step_of_a_named_legislature(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # a state ratifying is its ratification, no vote of any chamber
        "Russia ratified the Istanbul Convention on 13 April 2018.",
        # a chamber by its common noun with no state anywhere is no one's
        "Parliament ratified the Istanbul Convention on 13 April 2018.",
        # a president refusing to promulgate signs nothing
        "In Bulgaria, President Rumen Radev refused to promulgate the law ratifying the Istanbul Convention.",
        # a chamber that has not ratified
        "The Knesset has not ratified the Istanbul Convention.",
    ],
)
def test_no_step_without_a_chamber_acting(registry: Registry, text: str) -> None:
    assert not _steps(registry, text)


def test_a_state_ratifying_keeps_its_ratification(registry: Registry) -> None:
    actions = treaty_actions(registry, "Russia ratified the Istanbul Convention on 13 April 2018.")
    assert ("Ratification", "state/rus", "treaty/cets-210", "2018-04-13", "-") in actions


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # the chamber and the date between the verb and the bill
            "Lithuania's government submitted to parliament on 19 March 2024 a bill on ratification of "
            "the Istanbul Convention.",
            ("BillSubmission", "state/ltu", "org/parliament-of-lithuania", "2024-03-19", "treaty/cets-210"),
        ),
        (  # a domestic law by what it does, serving no treaty
            "Chad's National Assembly adopted on 28 April 2020 a law abolishing the death penalty.",
            ("ParliamentaryApproval", "org/national-assembly-of-chad", None, "2020-04-28", None),
        ),
        (
            "Madagascar's National Assembly passed a bill abolishing the death penalty on 10 December 2014.",
            ("ParliamentaryApproval", "org/national-assembly-of-madagascar", None, "2014-12-10", None),
        ),
    ],
)
def test_bills_and_laws_by_their_shape(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania's government will submit to parliament next year a bill on ratification of the "
        "Istanbul Convention.",
        "Chad's National Assembly adopted on 28 April 2020 a law on the budget.",
        "Chad's National Assembly has not yet adopted a law abolishing the death penalty.",
    ],
)
def test_no_step_of_a_bill_unsent_or_a_law_of_no_aim(registry: Registry, text: str) -> None:
    assert not _steps(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "The UN Secretary-General received the notification of withdrawal of the Philippines from the "
        "Rome Statute on 17 March 2018.",
        "On 17 March 2018 the UN Secretary-General received the notification of the Philippines' "
        "withdrawal from the Rome Statute.",
        "The UN Secretary-General received the Philippines' notification of withdrawal from the Rome "
        "Statute on 17 March 2018.",
    ],
)
def test_the_depositary_receiving_a_state_s_notice(registry: Registry, text: str) -> None:
    step = ("Notification", "state/phl", "org/un-sg", "2018-03-17", "treaty/rome-statute")
    assert step in _steps(registry, text, "2018-06-01")


def test_a_notice_of_no_withdrawal_is_none(registry: Registry) -> None:
    text = (
        "On 17 March 2018 the UN Secretary-General received the notification of the Philippines' "
        "embassy about the Rome Statute."
    )
    assert not _steps(registry, text, "2018-06-01")


def test_each_chamber_votes_its_own_step(registry: Registry) -> None:
    text = (
        "Uzbekistan signed the Convention on the Rights of Persons with Disabilities in 2009. The "
        "Legislative Chamber adopted it on 18 May. The Senate approved it on 29 May."
    )
    steps = _steps(registry, text, "2021-06-08")
    assert ("ParliamentaryApproval", "org/legislative-chamber", None, "2021-05-18", "treaty/crpd") in steps
    assert ("ParliamentaryApproval", "org/senate-of-uzbekistan", None, "2021-05-29", "treaty/crpd") in steps
    assert len(steps) == 2
