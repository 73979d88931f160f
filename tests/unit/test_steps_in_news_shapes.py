"""Domestic steps in the shapes national news desks write them: a chamber by its own name with
verbs other than "approved", a full date between the chamber and its verb, chambers many states
name alike, a cabinet's decision told as "approved"; and the false steps beside them (a cabinet
is no parliament, a vote short of its majority approves nothing)."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps, treaty_actions

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


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # a chamber that had given its consent before the article's events
            "Norway signed it in 2005. The Storting had already given its consent to ratification of the "
            "Convention on Action against Trafficking in Human Beings.",
            ("ParliamentaryApproval", "org/storting", None, None, "treaty/cets-197"),
        ),
        (  # the second chamber that "followed", dated by the words after it
            "Russia signed Protocol No. 14 in 2006. The Duma finally approved ratification on 15 January "
            "2010, the Federation Council followed on 27 January, and President Dmitry Medvedev signed the "
            "ratification law on 4 February.",
            ("ParliamentaryApproval", "org/federation-council", None, "2010-01-27", "treaty/cets-194"),
        ),
    ],
)
def test_chamber_step_read(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(registry, text)


def test_what_followed_a_vote_is_no_chamber(registry: Registry) -> None:
    """Protests that followed a vote are no second approval."""
    text = (
        "Poland signed the Istanbul Convention in 2012. The Sejm voted to ratify the convention on "
        "6 February 2015. Protests followed in Warsaw, and the Senate followed on 20 February."
    )
    steps = _steps(registry, text)
    assert {s[1] for s in steps if s[0] == "ParliamentaryApproval"} <= {"org/sejm", "org/senate-of-poland"}
    assert len([s for s in steps if s[0] == "ParliamentaryApproval"]) <= 2


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # accepting a court's jurisdiction is a declaration lodged with the depositary
            "The Inter-American Court of Human Rights ruled against Chile. Chile ratified the American "
            "Convention and accepted the contentious jurisdiction of the Court on 21 August 1990.",
            (
                "Notification",
                "state/chl",
                "org/general-secretariat-of-the-organization-of-american-states",
                "1990-08-21",
                "treaty/achr",
            ),
        ),
        (
            "The Inter-American Court of Human Rights ruled against Barbados. Barbados ratified the American "
            "Convention on Human Rights in November 1982 and accepted the Court's contentious jurisdiction "
            "on 4 June 2000.",
            (
                "Notification",
                "state/brb",
                "org/general-secretariat-of-the-organization-of-american-states",
                "2000-06-04",
                "treaty/achr",
            ),
        ),
        (
            "Trinidad and Tobago, which had accepted the jurisdiction of the Inter-American Court of Human "
            "Rights in 1991, denounced the convention in 1998.",
            (
                "Notification",
                "state/tto",
                "org/general-secretariat-of-the-organization-of-american-states",
                "1991",
                "treaty/achr",
            ),
        ),
    ],
)
def test_jurisdiction_accepted(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has never accepted the jurisdiction of the African Court.",
        "Venezuela could accept the jurisdiction of the Inter-American Court of Human Rights again.",
        "The Court accepted jurisdiction over the case in 2019.",
        "The Committee monitors the Convention for the Protection of All Persons from Enforced "
        "Disappearance. Iraq has not, however, accepted the Committee's competence to consider individual "
        "complaints under Article 31.",
    ],
)
def test_no_jurisdiction_accepted(registry: Registry, text: str) -> None:
    assert not [s for s in _steps(registry, text) if s[0] == "Notification"]


def test_ratified_and_accepted_share_their_date(registry: Registry) -> None:
    """ "ratified the convention and accepted the court's jurisdiction on <date>": one date for both."""
    text = (
        "The Inter-American Court of Human Rights ruled against Chile. Chile ratified the American "
        "Convention and accepted the contentious jurisdiction of the Court on 21 August 1990."
    )
    assert ("Ratification", "state/chl", "treaty/achr", "1990-08-21", "-") in treaty_actions(registry, text)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # the law named by the act it serves, of the one treaty the text is about
            "Moldova signed the Istanbul Convention in 2017. President Maia Sandu promulgated the "
            "ratification law on 28 October 2021.",
            ("LawSigning", "person/maia-sandu", None, "2021-10-28", "treaty/cets-210"),
        ),
        (
            "Colombia signed the Rome Statute in 1998. President Andrés Pastrana signed the approving law, "
            "Law 742, on 5 June 2002, and the Constitutional Court upheld it on 30 July 2002.",
            ("LawSigning", "person/andres-pastrana", None, "2002-06-05", "treaty/rome-statute"),
        ),
        (  # the law of the act the chambers' votes just served
            "Russia signed Protocol No. 14 in 2006. The Duma finally approved ratification on 15 January "
            "2010, the Federation Council followed on 27 January, and President Dmitry Medvedev signed the "
            "ratification law on 4 February.",
            ("LawSigning", "person/dmitry-medvedev", None, "2010-02-04", "treaty/cets-194"),
        ),
    ],
)
def test_ratification_law_signed(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(registry, text)


def test_ratification_law_of_two_treaties_is_no_step(registry: Registry) -> None:
    """Where the text names two treaties, "the ratification law" serves neither for certain."""
    text = (
        "Moldova signed the Istanbul Convention and the Lanzarote Convention in 2017. President Maia Sandu "
        "promulgated the ratification law on 28 October 2021."
    )
    assert not _steps(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia signed it in 2014. On 3 April 2017 the government sent parliament a bill on ratification of "
        "the Istanbul Convention.",
        "Georgia signed it in 2014. On 3 April 2017 the government sent the parliament a draft law on the "
        "ratification of the Istanbul Convention.",
    ],
)
def test_bill_sent_to_the_chamber_named_first(registry: Registry, text: str) -> None:
    """ "sent parliament a bill": the chamber it went to is the first object."""
    step = ("BillSubmission", "state/geo", "org/parliament-of-georgia", "2017-04-03", "treaty/cets-210")
    assert step in _steps(registry, text)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Spain signed the treaty in 2013. The Council of Ministers on 3 April 2014 approved the "
            "ratification of the Arms Trade Treaty, and the Cortes gave their approval in June.",
            ("Decree", "org/council-of-ministers-of-spain", None, "2014-04-03", "treaty/arms-trade-treaty"),
        ),
        (
            "Poland signed the Istanbul Convention in 2012. The Sejm on 6 February 2015 voted to ratify the "
            "convention, and the Senate agreed in March.",
            ("ParliamentaryApproval", "org/sejm", None, "2015-02-06", "treaty/cets-210"),
        ),
    ],
)
def test_date_between_subject_and_verb(registry: Registry, text: str, step: Step) -> None:
    """The date between a step's subject and its verb dates the step, not a later clause's date."""
    steps = _steps(registry, text)
    assert step in steps
    assert not [s for s in steps if s[1] == step[1] and s[3] != step[3]]


def test_bill_submitted_by_the_government(registry: Registry) -> None:
    """ "was submitted to Parliament by the Government": the government's bill is the state's act."""
    text = (
        "Moldova signed the Istanbul Convention in 2017. The draft law on ratification of the convention "
        "was submitted to Parliament by the Government on 3 March 2021."
    )
    step = ("BillSubmission", "state/mda", "org/parliament-of-moldova", "2021-03-03", "treaty/cets-210")
    assert step in _steps(registry, text)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Latvia signed the Istanbul Convention in 2016. The Saeima adopted it on 30 November 2023.",
            ("ParliamentaryApproval", "org/saeima", None, "2023-11-30", "treaty/cets-210"),
        ),
        (
            "Georgia signed the Istanbul Convention in 2014. The government submitted a bill to parliament "
            "to ratify it in March 2017. Parliament adopted it on 1 May 2017.",
            ("ParliamentaryApproval", "org/parliament-of-georgia", None, "2017-05-01", "treaty/cets-210"),
        ),
    ],
)
def test_legislature_adopting_it_is_its_vote(registry: Registry, text: str, step: Step) -> None:
    """A legislature that "adopted it" voted on the treaty or its bill; it adopted no treaty."""
    assert step in _steps(registry, text)
    assert not [a for a in treaty_actions(registry, text) if a[0] == "Adoption"]


def test_general_assembly_adopting_it_is_the_adoption(registry: Registry) -> None:
    text = "The Arms Trade Treaty was negotiated in New York. The General Assembly adopted it on 2 April 2013"
    assert ("Adoption", "-", "treaty/arms-trade-treaty", "2013-04-02", "-") in treaty_actions(registry, text)
    assert not _steps(registry, text)
