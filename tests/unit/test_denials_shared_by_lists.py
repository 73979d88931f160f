"""A denial reaches every state of its subject and every treaty of its object: "Belgium, Greece
and Iceland signed the convention but have never ratified it", "have not even signed",
"has not signed the ICCPR or the ICESCR" (after a negation "or" joins as "and" does)."""

from __future__ import annotations

import pytest
from readings import standings

from loaders.registry import Registry


def _not_parties(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {(s[0], s[2]) for s in standings(registry, text) if s[1] == "notPartyTo"}


@pytest.mark.parametrize(
    "text",
    [
        "Belgium, Greece, Iceland and Luxembourg signed the Framework Convention for the Protection of "
        "National Minorities but have never ratified it.",
        "Belgium, Greece, Iceland and Luxembourg signed the Framework Convention for the Protection of "
        "National Minorities in 1995 but have not ratified it.",
    ],
)
def test_signed_but_not_ratified_reaches_every_state_listed(registry: Registry, text: str) -> None:
    found = _not_parties(registry, text)
    assert {(s, "treaty/ets-157") for s in ("state/bel", "state/grc", "state/isl", "state/lux")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany, Italy and Spain have not even signed the Migrant Workers Convention.",
            {("state/deu", "treaty/icmw"), ("state/ita", "treaty/icmw"), ("state/esp", "treaty/icmw")},
        ),
        (
            "The United States is not even a party to the International Covenant on Economic, Social and "
            "Cultural Rights.",
            {("state/usa", "treaty/icescr")},
        ),
    ],
)
def test_not_even_is_a_denial(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _not_parties(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia has not signed the ICCPR or the ICESCR.",
        "Malaysia has not ratified either the ICCPR or the ICESCR.",
    ],
)
def test_a_denial_reaches_every_treaty_of_its_object(registry: Registry, text: str) -> None:
    assert {("state/mys", "treaty/iccpr"), ("state/mys", "treaty/icescr")} <= _not_parties(registry, text)


def test_a_treaty_in_a_clause_after_the_object_is_not_denied(registry: Registry) -> None:
    text = "Malaysia has not signed the ICCPR, and it ratified the Convention on the Rights of the Child."
    assert ("state/mys", "treaty/crc") not in _not_parties(registry, text)
