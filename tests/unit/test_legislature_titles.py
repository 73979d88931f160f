"""Legislatures named by a title that closes on the polity they represent ("the Assembly of the
Republic", "the Congress of the Nation"): the whole title is the chamber, never its last word, and
bodies of treaties or organisations in the same shape are no chamber."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps

from loaders.registry import Registry


def _steps(text: str, registry: Registry) -> set[Step]:
    return domestic_steps(registry, text, "2022-06-20")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Portugal signed the Istanbul Convention in 2011. The Assembly of the Republic approved the "
            "ratification of the convention on 14 December 2012.",
            ("ParliamentaryApproval", "org/assembly-of-the-republic", None, "2012-12-14", "treaty/cets-210"),
        ),
        (  # the passive, with the treaty as its subject
            "Mozambique signed the Maputo Protocol in 2003. The protocol was approved by the Assembly of the "
            "Republic on 9 December 2005.",
            (
                "ParliamentaryApproval",
                "org/assembly-of-the-republic",
                None,
                "2005-12-09",
                "treaty/maputo-protocol",
            ),
        ),
        (
            "Argentina signed the Convention on the Rights of Persons with Disabilities in 2007. The "
            "Congress of the Nation approved the convention on 6 June 2008.",
            ("ParliamentaryApproval", "org/congress-of-the-nation", None, "2008-06-06", "treaty/crpd"),
        ),
    ],
)
def test_a_titled_legislature_is_the_chamber(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "Portugal signed the Istanbul Convention in 2011. The Assembly of the Republic approved the "
        "ratification of the convention on 14 December 2012.",
        "Mozambique signed the Maputo Protocol in 2003. The protocol was approved by the Assembly of the "
        "Republic on 9 December 2005.",
    ],
)
def test_the_polity_alone_is_no_chamber(registry: Registry, text: str) -> None:
    assert not any(s[1] == "org/republic" for s in _steps(text, registry))


@pytest.mark.parametrize(
    "text",
    [
        "Finland ratified the Istanbul Convention in 2015. The Committee of the Parties adopted its rules "
        "of procedure on 3 May 2019.",
        "The Maputo Protocol was adopted in 2003. The Assembly of the Union adopted the protocol on "
        "11 July 2003.",
    ],
)
def test_bodies_of_treaties_and_unions_cast_no_vote(registry: Registry, text: str) -> None:
    assert not any(s[0] == "ParliamentaryApproval" for s in _steps(text, registry))
