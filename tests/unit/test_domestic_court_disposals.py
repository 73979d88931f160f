"""A domestic court upholding a law, striking it down or dismissing a case is a judgment with no
respondent, dated in its own clause; an international court's dismissal of a case against a state,
a court dismissing an argument, and a date of another clause give none."""

from __future__ import annotations

import pytest
from readings import judgments

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "judgment"),
    [
        (
            "Colombia signed the Rome Statute in 1998. Congress passed the approving law in 2002, and the "
            "Constitutional Court upheld it on 30 July 2002.",
            ("org/constitutional-court", "-", "2002-07-30"),
        ),
        (
            "The Supreme Court of New Zealand dismissed his case on 20 July 2015, and he was removed in "
            "September of that year.",
            ("org/supreme-court-of-new-zealand", "-", "2015-07-20"),
        ),
        (
            "President Museveni signed the act on 24 February 2014, and the Constitutional Court of Uganda "
            "struck it down on 1 August 2014 because Parliament had passed it without a quorum.",
            ("org/constitutional-court-of-uganda", "-", "2014-08-01"),
        ),
        (
            "The Constitutional Court of South Africa upheld the law on 3 May 2019.",
            ("org/constitutional-court-of-south-africa", "-", "2019-05-03"),
        ),
        (
            "On 16 March 2021 the Supreme Court of Kenya dismissed the petitions.",
            ("org/supreme-court-of-kenya", "-", "2021-03-16"),
        ),
    ],
)
def test_a_domestic_court_disposing_of_a_law_or_case(
    registry: Registry, text: str, judgment: tuple[str, str, str]
) -> None:
    assert judgment in judgments(registry, text, "2022-06-20")


@pytest.mark.parametrize(
    "text",
    [
        # an international court's decision on a case against a state
        "The European Court of Human Rights dismissed the case against Turkey on 3 May 2019.",
        # not a law or a case
        "The Constitutional Court of Peru dismissed the idea on 3 May 2019.",
        "The Supreme Court of Chile upheld its reputation in 2019.",
        # no court
        "The minister dismissed the petitions on 3 May 2019.",
        # the date belongs to another clause
        "The Supreme Court of Ghana upheld the law, and parliament amended it on 3 May 2019.",
        "On 3 May 2019 parliament passed the act, and the Supreme Court of Ghana upheld it.",
    ],
)
def test_no_judgment(registry: Registry, text: str) -> None:
    assert not judgments(registry, text, "2022-06-20")
