"""Counts in plain prose: a body "made up of" or "consisting of" its members, told with "It"
after the sentence naming it, and the states that signed a treaty on the day it opened ("when 57
states signed it"). And the counts that are not the whole: "18 experts from Africa", states
that "would sign it". Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import counts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Committee on the Rights of Persons with Disabilities reviews the reports of states "
            "parties. It is made up of eighteen independent experts.",
            {("org/crpd-committee", "experts", 18)},
        ),
        (
            "The Committee against Torture meets in Geneva. It consists of 10 experts elected for "
            "four years.",
            {("org/un-cat-committee", "experts", 10)},
        ),
        (
            "The Convention for the Protection of All Persons from Enforced Disappearance was opened "
            "for signature in Paris on 6 February 2007, when 57 States signed it.",
            {("treaty/cped", "signatures", 57)},
        ),
        (
            "The Convention on Cluster Munitions was negotiated in 2008. It was adopted in Dublin on "
            "30 May 2008 and opened for signature in Oslo on 3 December 2008, when 94 states signed.",
            {("treaty/convention-on-cluster-munitions", "signatures", 94)},
        ),
        (
            "The resolution on Cuba passed with 14 votes in favour and one, Cuba's, against.",
            {("", "votes in favour", 14), ("", "opposing votes", 1)},
        ),
    ],
)
def test_count_in_plain_prose(registry: Registry, text: str, expected: set[tuple[str, str, int]]) -> None:
    assert counts_of(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Committee against Torture meets in Geneva. It consists of 10 experts from ten regions.",
        "The Arms Trade Treaty was adopted in April. Diplomats said 40 states would sign it soon.",
        "The Arms Trade Treaty and the Convention on Cluster Munitions were both open in 2013, when "
        "40 states signed it.",
    ],
)
def test_no_count_of_a_part_or_a_plan(registry: Registry, text: str) -> None:
    assert counts_of(registry, text) == set()
