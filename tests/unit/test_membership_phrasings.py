"""States as members of organisations in more of the shapes articles use: a state "one of" an
organisation's member states, a membership fronted before its state ("As a founding member of
..., X"), "became a member", "rejoined", "the newest member", members listed after "Among the
member states of ..." or after the organisation's possessive; beside them, the shapes that
name no membership. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import memberships_of

from loaders.registry import Registry


def _members(registry: Registry, text: str) -> set[tuple[str, str]]:
    return memberships_of(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia, one of the Council of Europe's 46 member states, ratified the convention in 2017.",
            {("state/geo", "org/coe")},
        ),
        (
            "Paraguay, one of the OAS's founding members, deposited its instrument in Washington.",
            {("state/pry", "org/oas")},
        ),
        (
            "As a founding member of the African Union, Ethiopia hosts its headquarters in Addis Ababa.",
            {("state/eth", "org/au")},
        ),
        (
            "Officials said little. As a member of the Council of Europe, Armenia must answer the court.",
            {("state/arm", "org/coe")},
        ),
        ("Latvia became a member of the European Union in 2004.", {("state/lva", "org/eu")}),
        (
            "South Sudan became the 193rd member state of the United Nations in July 2011.",
            {("state/ssd", "org/un")},
        ),
        ("Morocco rejoined the African Union in 2017 after a 33-year absence.", {("state/mar", "org/au")}),
        (
            "Tuvalu, the newest member of the Commonwealth at the time, signed in 2000.",
            {("state/tuv", "org/commonwealth")},
        ),
        (
            "Among the 47 member states of the Council of Europe, only Russia and Azerbaijan had not signed.",
            {("state/rus", "org/coe"), ("state/aze", "org/coe")},
        ),
        (
            "The OSCE's 57 participating States include Mongolia and Canada.",
            {("state/mng", "org/osce"), ("state/can", "org/osce")},
        ),
        (
            "The African Union's members include Ghana, Kenya and Senegal.",
            {("state/gha", "org/au"), ("state/ken", "org/au"), ("state/sen", "org/au")},
        ),
        (
            "Tunisia is only the fourth member of the League of Arab States to accept the Court.",
            {("state/tun", "org/league-of-arab-states")},
        ),
        (
            "Burundi has left the court. The country remains a member of the United Nations and of the "
            "African Union.",
            {("state/bdi", "org/un"), ("state/bdi", "org/au")},
        ),
        (
            "The Economic Community of West African States groups Ghana, Nigeria and Senegal.",
            {("state/gha", "org/ecowas"), ("state/nga", "org/ecowas"), ("state/sen", "org/ecowas")},
        ),
        ("Switzerland, a UN member since 2002, ratified the protocol.", {("state/che", "org/un")}),
        ("Ireland, an EU member state, was the last to ratify.", {("state/irl", "org/eu")}),
        ("Ireland has been an EU member since 1973.", {("state/irl", "org/eu")}),
        ("Ukraine, a Council of Europe member state, ratified it.", {("state/ukr", "org/coe")}),
    ],
)
def test_membership_phrasings(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _members(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, which is not a member of the Council of Europe, acceded to the convention in 2020.",
        "Belarus, the only European state outside the Council of Europe, applied for membership in 1993.",
        "The Council of Europe's former members include Russia, expelled in 2022.",
        "As a member of the Council of Europe, it answers to the court; Chile, by contrast, does not.",
        "The African Union brings together 55 states, among them Chad.",
        "Norway, which is not an EU member, signed.",
        "Norway is not an EU member.",
        "Serbia, an EU candidate, signed.",
        "The alliance, formed in 2023, brings together Mali, Burkina Faso and Niger.",
        "Of the 55 member states of the African Union, only Morocco stayed away from the summit in Chad.",
    ],
)
def test_no_membership(registry: Registry, text: str) -> None:
    assert _members(registry, text) == set()


def test_bodies_a_coalition_brings_together(registry: Registry) -> None:
    text = (
        "The Global Coalition for Press Freedom welcomed the vote. Founded in 2001, the Coalition brings "
        "together Amnesty International, Human Rights Watch and Reporters Without Borders."
    )
    members = _members(registry, text)
    assert ("org/amnesty-international", "org/global-coalition-for-press-freedom") in members
    assert ("org/human-rights-watch", "org/global-coalition-for-press-freedom") in members
