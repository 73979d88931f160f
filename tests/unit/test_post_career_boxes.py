"""Posts in the career boxes that close profiles: "FACT FILE" lines of a body and its posts
with years, "CAREER AT A GLANCE" lines of years, post and body; the profile's subject named at
the opening of a paragraph. Passages are written for these tests, with false-fact cases beside
them."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thomas Buergenthal leaves the World Court.\n\nCosta Rica nominated Buergenthal in "
            "1979.\n\nFACT FILE\nInter-American Court of Human Rights: judge 1979-1991, president "
            "1985-1987\nUN Human Rights Committee: member 1995-1999\nInternational Court of "
            "Justice: judge 2000-2010\nMemoir: A Lucky Child",
            {
                ("person/thomas-buergenthal", "org/iacthr", "role/judge"),
                ("person/thomas-buergenthal", "org/iacthr", "role/president"),
                ("person/thomas-buergenthal", "org/ccpr", "role/member"),
                ("person/thomas-buergenthal", "org/icj", "role/judge"),
            },
        ),
        (
            "Zeid Ra'ad Al Hussein leaves Geneva tomorrow. The Assembly chose Zeid in 2002.\n\n"
            "CAREER AT A GLANCE\n1996-2000  Deputy Permanent Representative of Jordan to the "
            "United Nations\n2002-2005  President, Assembly of States Parties to the Rome Statute\n"
            "2007-2010  Ambassador of Jordan to the United States",
            {
                ("person/zeid-ra-ad-al-hussein", "state/jor", "role/deputy-permanent-representative"),
                ("person/zeid-ra-ad-al-hussein", "org/icc-asp", "role/president"),
                ("person/zeid-ra-ad-al-hussein", "state/jor", "role/ambassador"),
            },
        ),
        (
            "Navi Pillay retires this week. Pillay said she was proud of the office.\n\n"
            "Career\n1995\u20132003: Judge, International Criminal Tribunal for Rwanda\n"
            "2003\u20132008: Judge, International Criminal Court",
            {
                ("person/navi-pillay", "org/icc", "role/judge"),
                ("person/navi-pillay", "org/ictr", "role/judge"),
            },
        ),
        (
            "Ana Silva visited Kigali. Silva met the minister.\n\nCAREER\n2001-2004  Member, "
            "Committee against Torture",
            {("person/ana-silva", "org/un-cat-committee", "role/member")},
        ),
    ],
)
def test_each_line_of_a_career_box_is_a_post_of_the_profiles_subject(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= posts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # a treaty's fact file: dates and counts, no one's posts
        "The Convention against Torture turns forty.\n\nFACT FILE\nCommittee against Torture: "
        "ten experts\nAdopted: 10 December 1984\nParties: 173",
        # the same lines with no heading are no box: whose posts they are is not said
        "Ana Silva visited Kigali. Silva met the minister.\n\n2001-2004  Member, Committee against Torture",
        # a blank line closes the box: the paragraph after it is prose again
        "Ana Silva visited Kigali. Silva met the minister.\n\nCAREER\nLawyer in Lisbon\n\n"
        "2001-2004  Member, Committee against Torture",
    ],
)
def test_no_career_post_outside_a_box_or_without_a_subject(registry: Registry, text: str) -> None:
    assert not {p for p in posts_of(registry, text) if p[1] == "org/un-cat-committee"}
