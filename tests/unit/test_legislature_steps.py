"""Domestic steps of legislatures in the shapes articles about any state use: a chamber by its
common noun keyed as that state's own body, legislatures by their own names (two words, in an
apposition), motions approving ratification, a bare "approved ratification", and a year-less date
that belongs to another clause; with the false facts these must not produce."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps, facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG


def _steps(text: str, registry: Registry, published: str = "2022-06-20") -> set[Step]:
    return domestic_steps(registry, text, published)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # the common noun, the state earlier in the sentence
            "In Chile, the Senate voted to ratify the Rome Statute on 29 June 2009.",
            ("ParliamentaryApproval", "org/senate-of-chile", None, "2009-06-29", "treaty/rome-statute"),
        ),
        (  # the common noun, the state in the sentence before
            "Georgia signed the Istanbul Convention in 2014. On 3 April 2017 the government submitted a bill "
            "to parliament to ratify it.",
            ("BillSubmission", "state/geo", "org/parliament-of-georgia", "2017-04-03", "treaty/cets-210"),
        ),
        (  # a lower chamber by its common noun, a state before it
            "Italy signed the Istanbul Convention in 2012. The Chamber of Deputies approved the ratification "
            "of the Istanbul Convention on 28 May 2013.",
            (
                "ParliamentaryApproval",
                "org/chamber-of-deputies-of-italy",
                None,
                "2013-05-28",
                "treaty/cets-210",
            ),
        ),
        (  # a legislature's own two-word name
            "Ukraine signed the Istanbul Convention in 2011. This afternoon the Verkhovna Rada voted to "
            "ratify the convention.",
            ("ParliamentaryApproval", "org/verkhovna-rada", None, "2022-06-20", "treaty/cets-210"),
        ),
        (  # its own name in an apposition
            "Poland's lower house, the Sejm, voted to ratify the Istanbul Convention on 6 February 2015.",
            ("ParliamentaryApproval", "org/sejm", None, "2015-02-06", "treaty/cets-210"),
        ),
        (
            "Spain signed the Revised European Social Charter in 2000. The Cortes Generales approved the "
            "ratification of the Revised European Social Charter on 30 April 2021.",
            ("ParliamentaryApproval", "org/cortes-generales", None, "2021-04-30", "treaty/ets-163"),
        ),
        (  # a motion approving ratification, the act named by a bare noun
            "Ireland signed the Convention on the Rights of Persons with Disabilities in 2007. On 7 March "
            "2018 the Dáil passed a motion approving ratification of the convention.",
            ("ParliamentaryApproval", "org/dail", None, "2018-03-07", "treaty/crpd"),
        ),
        (
            "Ireland signed the Convention on the Rights of Persons with Disabilities in 2007. The Dáil "
            "approved the motion to ratify the convention on 7 March 2018.",
            ("ParliamentaryApproval", "org/dail", None, "2018-03-07", "treaty/crpd"),
        ),
    ],
)
def test_legislature_steps(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(text, registry)


def test_a_year_from_another_clause_is_not_the_steps(registry: Registry) -> None:
    text = (
        "China signed the Covenant on Economic, Social and Cultural Rights on 27 October 1997, and the "
        "Standing Committee of the National People's Congress approved ratification on 28 February."
    )
    dates = {s[3] for s in _steps(text, registry, "2001-03-28") if s[0] == "ParliamentaryApproval"}
    assert dates == {"2001-02-28"}


def test_a_year_in_the_steps_own_clause_is_kept(registry: Registry) -> None:
    text = (
        "China signed the Covenant on Economic, Social and Cultural Rights in 1997. In March 1998 the "
        "Standing Committee of the National People's Congress approved ratification on 28 February."
    )
    dates = {s[3] for s in _steps(text, registry, "2001-03-28") if s[0] == "ParliamentaryApproval"}
    assert dates == {"1998-02-28"}


def test_each_states_senate_is_its_own_body(registry: Registry) -> None:
    chile = _steps("In Chile, the Senate voted to ratify the Rome Statute on 29 June 2009.", registry)
    mexico = _steps("In Mexico, the Senate voted to ratify the Rome Statute on 21 June 2005.", registry)
    agents = {s[1] for s in chile | mexico if s[0] == "ParliamentaryApproval"}
    assert agents == {"org/senate-of-chile", "org/senate-of-mexico"}


@pytest.mark.parametrize(
    "text",
    [
        # no one state named: no common senate shared by every state
        "The Senate voted to ratify the Rome Statute on 29 June 2009.",
        # two states named before the chamber: whose senate is not said
        "After Chile and Peru met, the Senate voted to ratify the Rome Statute on 29 June 2009.",
    ],
)
def test_no_senate_of_no_state(registry: Registry, text: str) -> None:
    facts = facts_of(registry, text, "2022-06-20")
    assert not [k for k in facts if k in ("org/senate",) or k.startswith("org/senate-of-")]
    assert not [a for p in facts.values() for a in p.get(TG.agent, set()) if a.startswith("org/senate")]


@pytest.mark.parametrize(
    "text",
    [
        # a government, a court or a body abroad "approving" or voting is no legislature's step
        "Croatia signed the Istanbul Convention in 2013. The government ratified the convention on 13 April "
        "2018.",
        "The Security Council voted to adopt the resolution on 3 May 2018.",
        "The European Parliament approved the motion to ratify the Istanbul Convention on 10 May 2023.",
        # a motion on another matter
        "Ireland signed the convention in 2007. The Dáil passed a motion on housing on 7 March 2018.",
    ],
)
def test_no_false_legislature_steps(registry: Registry, text: str) -> None:
    steps = _steps(text, registry)
    assert not {s for s in steps if s[0] == "ParliamentaryApproval"}, steps
