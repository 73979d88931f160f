"""Sizes of bodies and tallies of votes in the shapes articles use (numbers in words, "the
47-member council", a Q&A answer, "Each committee has ten members"), and functions that are
one-off acts or a bare treaty rather than what a body does. Each shape has its false-fact case."""

from __future__ import annotations

import pytest
from readings import counts_of

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Value
from loaders.registry import Registry
from loaders.vocabulary import TG


def _claims(registry: Registry, text: str) -> list[Claim]:
    meta = DocumentMetadata(title="t", date_published="2023-05-02")
    return extract(parse_document(text, meta, "t"), registry)


def _functions(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.lexical)
        for c in _claims(registry, text)
        if c.predicate == TG.function and isinstance(c.object, Value)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Security Council met on Saturday. The vote was 12 to none.",
            {("", "votes in favour", 12), ("", "opposing votes", 0)},
        ),
        (
            "The Senate debated the treaty for two days. The tally was 61 to 33, with 6 abstentions.",
            {("", "votes in favour", 61), ("", "opposing votes", 33), ("", "abstentions", 6)},
        ),
        (
            "The constitutional court ruled by four votes to three that the withdrawal was unlawful.",
            {("", "votes in favour", 4), ("", "opposing votes", 3)},
        ),
        (
            "The Inter-American Court held, by six votes to one, that Peru had breached the convention.",
            {("", "votes in favour", 6), ("", "opposing votes", 1)},
        ),
        (
            "Chile was suspended from the Human Rights Council. The 47-member council, which meets in "
            "Geneva, had elected it in 2021.",
            {("org/un-hrc", "members", 47)},
        ),
        (
            "Malta took its seat on the 15-member Security Council in January.",
            {("org/un-security-council", "members", 15)},
        ),
        (
            "The Human Rights Council held a special session. Eritrea was elected to the 47-member "
            "body in 2021.",
            {("org/un-hrc", "members", 47)},
        ),
        (
            "The UN Commission on Human Rights, a body of 53 states, met for the last time in 2006.",
            {("org/un-chr", "states", 53)},
        ),
        (
            "The law set up the National Preventive Mechanism, a team of twelve experts who may enter "
            "any prison.",
            {("org/national-preventive-mechanism", "experts", 12)},
        ),
        (
            "The ILO, which was founded in 1919 and has 187 member states, adopted the text.",
            {("org/ilo", "member states", 187)},
        ),
        (
            "Peru reports to the Committee against Torture and to the Committee on Enforced "
            "Disappearances. Each committee has ten members.",
            {("org/un-cat-committee", "members", 10), ("org/ced", "members", 10)},
        ),
        (
            "Q: Who sits on the Inter-American Commission on Human Rights?\n\n"
            "A: Seven members, elected by the OAS General Assembly for four years.",
            {("org/iachr", "members", 7)},
        ),
    ],
)
def test_size_or_tally(registry: Registry, text: str, expected: set[tuple[str, str, int]]) -> None:
    assert expected <= counts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # a generic head noun with two bodies it could stand for
        "The Human Rights Council and the Committee against Torture met. The 47-member body adopted a text.",
        # "a 12-member committee" proposed is not one named before
        "The Human Rights Council met. Brazil proposed a 12-member committee to study the issue.",
        # one committee only: "each" needs two
        "Peru reports to the Committee against Torture and to the Human Rights Council. Each committee "
        "has ten members.",
        # a count of people in an answer to a question about no body
        "Who dissented?\n\nTwo judges, appointed in 2019, dissented.",
        # a score, not a vote
        "The match was won by three goals to two.",
    ],
)
def test_no_size_or_tally(registry: Registry, text: str) -> None:
    assert counts_of(registry, text) == set()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Kenya will report to the Human Rights Committee, which monitors the civil and political "
            "covenant and will examine its first report, and to the Committee against Torture.",
            "examine its first report",
        ),
        (
            "The Committee on Enforced Disappearances, made up of ten experts, monitors the convention.",
            "monitors the convention",
        ),
        (
            "The Committee on Economic, Social and Cultural Rights supervises the other covenant.",
            "supervises the other covenant",
        ),
        (
            "The Security Council refers Sudan to the International Criminal Court.",
            "refers Sudan to the International Criminal Court",
        ),
        (
            "Chile must send a report every four years; the Committee on the Rights of the Child "
            "examines it with the government in Geneva.",
            "examines it with the government in Geneva",
        ),
    ],
)
def test_acts_and_bare_treaties_are_no_functions(registry: Registry, text: str, absent: str) -> None:
    found = {what for _, what in _functions(registry, text)}
    assert not any(what.startswith(absent.split(",")[0][:25]) for what in found)


def test_function_of_a_list_of_bodies_stops_at_the_next_body(registry: Registry) -> None:
    found = _functions(
        registry,
        "Kenya will report to the Human Rights Committee, which examines the reports of states "
        "parties, and to the Committee against Torture.",
    )
    assert ("org/ccpr", "examines the reports of states parties") in found
    assert not any("Committee against Torture" in what for _, what in found)


def test_a_named_covenant_stays_a_function(registry: Registry) -> None:
    found = _functions(
        registry,
        "Kenya reports to the Human Rights Committee, which monitors the civil and political covenant.",
    )
    assert ("org/ccpr", "monitors the civil and political covenant") in found
