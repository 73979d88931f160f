"""A chamber named with the adjective of its state ("the Italian Chamber of Deputies", "the Polish
parliament") is that state's chamber, as "Italy's Chamber of Deputies" is: its votes are steps of
that state's procedure. An adjective no single state owns names no state's chamber."""

from __future__ import annotations

import pytest
from readings import domestic_steps

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The Italian Chamber of Deputies approved a bill to ratify the Istanbul Convention on "
            "28 May 2013.",
            "org/chamber-of-deputies-of-italy",
        ),
        (
            "The Polish parliament voted to ratify the Istanbul Convention on 12 February 2015.",
            "org/parliament-of-poland",
        ),
        (
            "On 3 March 2016 the Dutch House of Representatives approved a bill to ratify the Optional "
            "Protocol to the Convention against Torture.",
            "org/house-of-representatives-of-netherlands",
        ),
    ],
)
def test_a_chamber_named_by_its_state_adjective_votes_for_that_state(
    text: str, agent: str, registry: Registry
) -> None:
    steps = domestic_steps(registry, "Headline\n\n" + text, "2016-06-01")
    assert {(cls, a) for cls, a, *_ in steps} == {("ParliamentaryApproval", agent)}


def test_a_regional_adjective_names_no_state_chamber(registry: Registry) -> None:
    text = "Headline\n\nThe European Parliament voted to approve the accession to the Istanbul Convention."
    steps = domestic_steps(registry, text, "2016-06-01")
    assert not {a for _, a, *_ in steps if a.startswith("org/parliament-of")}
