"""Domestic steps in the shapes national news desks write them: a chamber by its own name with
verbs other than "approved", a full date between the chamber and its verb, chambers many states
name alike, a cabinet's decision told as "approved"; and the false steps beside them (a cabinet
is no parliament, a vote short of its majority approves nothing)."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps

from loaders.registry import Registry


def _steps(registry: Registry, text: str) -> set[Step]:
    return domestic_steps(registry, text, "2016-05-12")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # a chamber by its own name giving its consent
            "Norway signed the statute in 1998. The Storting gave its consent to ratification of the "
            "Rome Statute on 24 February 2000.",
            ("ParliamentaryApproval", "org/storting", None, "2000-02-24", "treaty/rome-statute"),
        ),
        (
            "Denmark's Folketing gave its approval to the ratification of the Istanbul Convention "
            "on 23 April 2014.",
            ("ParliamentaryApproval", "org/folketing", None, "2014-04-23", "treaty/cets-210"),
        ),
        (  # a full date between the chamber and its verb
            "Turkey's Grand National Assembly on 24 November 2011 approved the ratification of the "
            "Istanbul Convention.",
            ("ParliamentaryApproval", "org/grand-national-assembly", None, "2011-11-24", "treaty/cets-210"),
        ),
        (
            "Poland signed the Istanbul Convention in 2012. The Sejm on 6 February 2015 voted to ratify "
            "the convention.",
            ("ParliamentaryApproval", "org/sejm", None, "2015-02-06", "treaty/cets-210"),
        ),
        (
            "Ukraine signed it in 2011. Ukraine's parliament on June 20, 2022 approved the ratification "
            "of the Istanbul Convention.",
            ("ParliamentaryApproval", "org/parliament-of-ukraine", None, "2022-06-20", "treaty/cets-210"),
        ),
        (  # a chamber named as many states name theirs, the state in the sentence
            "In Uruguay, the House of Representatives approved the bill on ratification of the Optional "
            "Protocol to the Convention against Torture on 11 July 2012.",
            (
                "ParliamentaryApproval",
                "org/house-of-representatives-of-uruguay",
                None,
                "2012-07-11",
                "treaty/opcat",
            ),
        ),
        (  # the cabinet's decision: a decree of the executive, its author the cabinet
            "Thailand signed the CRPD in 2007. The cabinet approved the ratification of the Convention on "
            "the Rights of Persons with Disabilities on 14 March 2008.",
            ("Decree", "org/cabinet-of-thailand", None, "2008-03-14", "treaty/crpd"),
        ),
        (
            "The road to ratification ran through the federal cabinet, which approved the ratification of "
            "the Convention against Torture on 24 March 2010. Pakistan had signed it in 2008.",
            ("Decree", "org/federal-cabinet-of-pakistan", None, "2010-03-24", "treaty/un-cat"),
        ),
        (
            "Spain signed the treaty in 2013. The Council of Ministers on 3 April 2014 approved the "
            "ratification of the Arms Trade Treaty.",
            ("Decree", "org/council-of-ministers-of-spain", None, "2014-04-03", "treaty/arms-trade-treaty"),
        ),
    ],
)
def test_step_read(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # a cabinet approving is no vote of parliament
        "Thailand signed the CRPD in 2007. The cabinet approved the ratification of the Convention on the "
        "Rights of Persons with Disabilities on 14 March 2008.",
        "PRETORIA - Cabinet on Wednesday approved the ratification of the Arms Trade Treaty, and the bill "
        "will now be tabled in Parliament. South Africa signed the treaty in 2013.",
        # a vote short of its majority, with a full date before the verb
        "Poland signed the Istanbul Convention in 2012. The Sejm on 6 February 2015 voted 175 to 254 to "
        "ratify the convention.",
        # the treaty's own adoption is no chamber's approval
        "The United Nations General Assembly on 2 April 2013 adopted the Arms Trade Treaty by 154 votes "
        "to 3.",
    ],
)
def test_no_parliamentary_approval(registry: Registry, text: str) -> None:
    assert not [s for s in _steps(registry, text) if s[0] == "ParliamentaryApproval"]


def test_cabinet_approving_a_bill_is_no_step(registry: Registry) -> None:
    """A cabinet approving a domestic bill serves no treaty act and is no step of one."""
    text = (
        "Georgia signed the Istanbul Convention in 2014. The cabinet on 3 May 2016 approved a bill on "
        "pensions."
    )
    assert not _steps(registry, text)
