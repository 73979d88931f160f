"""A clause of its own after a quotation or an act keeps its subject and its date to itself:
"Amnesty International called the move “...”, while the Commission of Jurists said it would
..." credits the quotation to Amnesty; "the ICRC told the committee that withdrawal “...”, and
an official, Ana Silva, replied that Finland “...”" credits the second quotation to her; and
"the Duma ratified it two years later, and the instrument was deposited on 5 May 1998" does not
date the vote by the deposit. Every passage is written for these tests."""

from __future__ import annotations

from readings import domestic_steps, statements

from loaders.registry import Registry


def test_a_quotation_followed_by_another_clause_is_its_first_speakers(registry: Registry) -> None:
    text = (
        "Amnesty International called the move \u201ca shameful attempt to evade accountability\u201d, "
        "while the International Commission of Jurists said it would urge the African Union to act."
    )
    assert statements(registry, text) == {
        ("org/amnesty-international", "a shameful attempt to evade accountability")
    }


def test_the_one_who_replied_speaks_the_second_quotation(registry: Registry) -> None:
    text = (
        "The ICRC told the committee that withdrawal \u201crisks undermining a norm\u201d, and a defence "
        "ministry official, Mikko Laine, replied that Finland \u201cwill not plant mines in peacetime\u201d."
    )
    assert statements(registry, text) == {
        ("org/icrc", "risks undermining a norm"),
        ("person/mikko-laine", "will not plant mines in peacetime"),
    }


def test_a_passive_clause_after_a_vote_dates_itself_not_the_vote(registry: Registry) -> None:
    text = (
        "Latvia signed the Istanbul Convention in 2016; the Saeima ratified it seven years later, and "
        "the instrument was deposited on 10 January 2024."
    )
    votes = [s for s in domestic_steps(registry, text, "2024-02-01") if s[0] == "ParliamentaryApproval"]
    assert votes and all(s[3] != "2024-01-10" for s in votes), votes
