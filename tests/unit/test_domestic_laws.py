"""A legislature's vote on a domestic law and a president's signature of it, where the law serves
no treaty: steps of their own, dated, with no treaty; and the votes, signatures and bodies that
must not give one."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "published", "step"),
    [
        (  # wire: the law told by what it does
            "ACCRA, 26 July 2023 (Wire) - Ghana's parliament voted unanimously on 25 July 2023 to abolish "
            "the death penalty for ordinary crimes.",
            "2023-07-26",
            ("ParliamentaryApproval", "org/parliament-of-ghana", None, "2023-07-25", None),
        ),
        (  # blog: a relative date before the verb
            "Yesterday Sierra Leone's parliament voted unanimously to abolish the death penalty.",
            "2021-07-24",
            ("ParliamentaryApproval", "org/parliament-of-sierra-leone", None, "2021-07-23", None),
        ),
        (  # a bill by its title
            "Kenya's National Assembly passed the Data Protection Bill on 3 October 2019 after a debate.",
            "2024-01-01",
            ("ParliamentaryApproval", "org/national-assembly-of-kenya", None, "2019-10-03", None),
        ),
        (  # an update paragraph, a numbered law, "today"
            "Update, 30 December 2020: Argentina's Congress today passed Law 27.610 on the voluntary "
            "termination of pregnancy.",
            "2020-12-29",
            ("ParliamentaryApproval", "org/congress-of-argentina", None, "2020-12-30", None),
        ),
        (  # a signature of a law by its title
            "President Cyril Ramaphosa signed the Expropriation Act on 23 January 2025.",
            "2024-01-01",
            ("LawSigning", "person/cyril-ramaphosa", None, "2025-01-23", None),
        ),
        (  # "the law" the vote told of, promulgated
            "Chad's National Assembly voted on 20 April 2020 to abolish the death penalty. President Idriss "
            "Déby promulgated the law on 29 April 2020.",
            "2024-01-01",
            ("LawSigning", "person/idriss-deby", None, "2020-04-29", None),
        ),
    ],
)
def test_domestic_law_steps(registry: Registry, text: str, published: str, step: Step) -> None:
    assert step in domestic_steps(registry, text, published)


def test_the_year_of_a_title_is_not_the_votes_date(registry: Registry) -> None:
    text = "Uganda's parliament today passed the Anti-Terrorism Bill, 2021 for a second time."
    assert domestic_steps(registry, text, "2021-05-04") == {
        ("ParliamentaryApproval", "org/parliament-of-uganda", None, "2021-05-04", None)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet voted on 4 May 2022 to abolish the fee.",  # no legislature
        "The European Parliament voted on 10 May 2023 to ban the sale of the devices.",  # no state's
        "Spain's Council of Ministers passed the Budget Bill on 3 May 2022.",
        "President Emmanuel Macron signed a law on pensions on 14 April 2023.",  # some law, no title
        "Finland signed the Helsinki Final Act on 1 August 1975.",  # a treaty called "Act"
        # the date belongs to the president's returning the bill
        "Uganda's parliament passed the Anti-Terrorism Bill, 2021, which President Yoweri Museveni "
        "returned to the House on 2 March.",
        # "the law" with no vote on a law before it
        "President Idriss Déby promulgated the law on 29 April 2020.",
    ],
)
def test_no_domestic_law_step(registry: Registry, text: str) -> None:
    assert domestic_steps(registry, text, "2024-01-01") == set()


def test_a_law_on_a_treaty_is_no_law_of_its_own(registry: Registry) -> None:
    text = "Croatia's parliament voted on 4 June 2019 to amend the law ratifying the Istanbul Convention."
    assert all(s[4] is not None for s in domestic_steps(registry, text, "2024-01-01"))


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # the depositary as the subject, the treaty named in the clause
            "The UN Secretary-General was notified of Burundi's withdrawal from the Rome Statute on "
            "27 October 2016.",
            ("Notification", "state/bdi", "org/un-sg", "2016-10-27", "treaty/rome-statute"),
        ),
        (  # the treaty the text named before
            "Turkey left the Istanbul Convention by a presidential decision of 20 March 2021. The Secretary "
            "General of the Council of Europe was notified of Turkey's denunciation two days later, on "
            "22 March, and it took effect on 1 July 2021.",
            ("Notification", "state/tur", "org/coe-sg", "2021-03-22", "treaty/cets-210"),
        ),
        (  # "the depositary", with an adverb
            "The depositary was formally notified of Gambia's withdrawal from the Rome Statute on "
            "10 November 2016.",
            ("Notification", "state/gmb", None, "2016-11-10", "treaty/rome-statute"),
        ),
    ],
)
def test_passive_notice_to_the_depositary(registry: Registry, text: str, step: Step) -> None:
    assert step in domestic_steps(registry, text, "2022-07-19")


@pytest.mark.parametrize(
    "text",
    [
        # someone told who is no depositary
        "The government was notified of Hungary's withdrawal from the Rome Statute on 2 June 2025.",
        # told of no state's act
        "The Secretary-General was notified of the court's decision on 3 May 2020.",
    ],
)
def test_no_passive_notice(registry: Registry, text: str) -> None:
    assert not {s for s in domestic_steps(registry, text, "2025-07-01") if s[0] == "Notification"}


def test_the_law_approving_a_treaty_is_not_a_law_of_no_treaty(registry: Registry) -> None:
    text = (
        "Peru signed the statute in 1998. President Alberto Fujimori signed the approving law, Law 27.517, "
        "on 13 September 2001."
    )
    assert not {
        s for s in domestic_steps(registry, text, "2024-01-01") if s[0] == "LawSigning" and s[4] is None
    }
