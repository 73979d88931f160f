"""The steps of a domestic law the text follows without a treaty: a second chamber passing "the
bill" a first chamber's vote was just told of, and a head of state promulgating "the abolition
law" (a law named by what it does). A bill of another kind, or "the law" with no vote told
before it, is no step of that law."""

from __future__ import annotations

from readings import domestic_steps

from loaders.registry import Registry

_VOTES = (
    "Headline\n\nMadagascar has abolished the death penalty. The National Assembly adopted the bill "
    "abolishing the death penalty on 10 December 2014. The Senate approved {bill} on 18 December."
)


def test_the_second_chamber_passes_the_bill_the_first_voted_on(registry: Registry) -> None:
    steps = domestic_steps(registry, _VOTES.format(bill="the bill"), "2015-01-12")
    assert ("ParliamentaryApproval", "org/senate-of-madagascar", None, "2014-12-18", None) in steps


def test_a_bill_of_another_kind_is_no_step_of_the_law(registry: Registry) -> None:
    steps = domestic_steps(registry, _VOTES.format(bill="the budget bill"), "2015-01-12")
    assert not {s for s in steps if s[1] == "org/senate-of-madagascar"}


def test_the_abolition_law_promulgated_is_signed_by_its_author(registry: Registry) -> None:
    text = (
        "Headline\n\nMadagascar has abolished the death penalty. President Hery Rajaonarimampianina "
        "promulgated the abolition law on Friday."
    )
    steps = domestic_steps(registry, text, "2015-01-12")
    assert ("LawSigning", "person/hery-rajaonarimampianina", None, "2015-01-09", None) in steps


def test_the_law_with_no_vote_told_is_no_step(registry: Registry) -> None:
    text = (
        "Headline\n\nMadagascar has abolished the death penalty. President Hery Rajaonarimampianina "
        "promulgated the law on Friday."
    )
    assert not domestic_steps(registry, text, "2015-01-12")
