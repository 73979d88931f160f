"""A chamber's vote told by the bill it passed ("approved the ratification bill", "adopted the
draft law", "adopted in the second and final reading"), a first reading as a vote of its own, and
a head of state promulgating the abolition law a vote passed; with the false facts these must not
produce."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps

from loaders.registry import Registry

_LEAD = "ROME, 3 July 2013 - Italy moved closer to ratifying the Istanbul Convention.\n\n"


def _steps(text: str, registry: Registry, published: str = "2013-07-03") -> set[Step]:
    return domestic_steps(registry, "Headline\n\n" + text, published)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            _LEAD + "The Senate approved the ratification bill on 19 June.",
            ("ParliamentaryApproval", "org/senate-of-italy", None, "2013-06-19", "treaty/cets-210"),
        ),
        (
            _LEAD + "The Chamber of Deputies passed the accession bill on 28 May by 545 votes to 0.",
            (
                "ParliamentaryApproval",
                "org/chamber-of-deputies-of-italy",
                None,
                "2013-05-28",
                "treaty/cets-210",
            ),
        ),
        (
            _LEAD + "The Senate gave its final approval to the ratification bill on 19 June.",
            ("ParliamentaryApproval", "org/senate-of-italy", None, "2013-06-19", "treaty/cets-210"),
        ),
        (
            "CHISINAU, 14 October 2021 - Parliament today adopted in the second and final reading the draft "
            "law on the ratification of the Istanbul Convention, which Moldova signed in 2017.",
            ("ParliamentaryApproval", "org/parliament-of-moldova", None, "2021-10-14", "treaty/cets-210"),
        ),
        (
            "Moldova signed the Istanbul Convention in 2017. Parliament adopted the draft law on the "
            "ratification of the convention on 1 October.",
            ("ParliamentaryApproval", "org/parliament-of-moldova", None, "2021-10-01", "treaty/cets-210"),
        ),
    ],
)
def test_a_vote_told_by_the_bill_it_passed(text: str, step: Step, registry: Registry) -> None:
    assert step in _steps(text, registry, "2021-10-14" if "Moldova" in text else "2013-07-03")


def test_a_first_reading_and_the_final_vote_are_two_steps(registry: Registry) -> None:
    text = (
        "Moldova signed the Istanbul Convention in 2017. Parliament adopted the draft law on the "
        "ratification of the convention in first reading on 1 October. Parliament adopted the draft law "
        "on the ratification of the convention in second reading on 14 October."
    )
    dates = {s[3] for s in _steps(text, registry, "2021-10-20") if s[0] == "ParliamentaryApproval"}
    assert dates == {"2021-10-01", "2021-10-14"}


def test_the_abolition_law_promulgated_is_the_law_the_vote_passed(registry: Registry) -> None:
    text = (
        "ANTANANARIVO, 10 December 2014 - Madagascar's National Assembly today adopted the bill "
        "abolishing the death penalty.\n\nThe bill now goes to President Hery Rajaonarimampianina for "
        "promulgation.\n\nUpdate, 12 January 2015: President Rajaonarimampianina promulgated the abolition "
        "law on Friday."
    )
    steps = _steps(text, registry, "2014-12-10")
    assert ("LawSigning", "person/hery-rajaonarimampianina", None, "2015-01-09", None) in steps
    assert ("ParliamentaryApproval", "org/national-assembly-of-madagascar", None, "2014-12-10", None) in steps


@pytest.mark.parametrize(
    "text",
    [
        # a cabinet approving the bill is the executive's decision, no vote of parliament
        _LEAD + "The cabinet approved the ratification bill on 3 May.",
        # a bill the chamber rejected
        _LEAD + "The Senate rejected the ratification bill on 19 June.",
        # a law no vote of this text passed, named by nothing it does: some law the text does not follow
        "ROME, 3 July 2013 - President Giorgio Napolitano promulgated the law on Friday.",
    ],
)
def test_no_vote_or_signature_where_none_was_told(text: str, registry: Registry) -> None:
    steps = _steps(text, registry)
    assert not {s for s in steps if s[0] in ("ParliamentaryApproval", "LawSigning")}
