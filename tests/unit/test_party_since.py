"""A state that "has been a party to" a treaty "since" a date became a party that day; a party
"for twenty years", or since an event rather than a date, gives no day, and a text that has
already dated its act of joining keeps that date."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_a_state_party_since_a_day(registry: Registry) -> None:
    text = "Paraguay has been a State Party to the American Convention on Human Rights since 24 August 1989."
    assert ("Ratification", "state/pry", "treaty/achr", "1989-08-24", "-") in treaty_actions(registry, text)


def test_a_party_since_a_year(registry: Registry) -> None:
    text = "Ghana has been a party to the Convention on the Rights of the Child since 1990, officials said."
    assert ("Ratification", "state/gha", "treaty/crc", "1990", "-") in treaty_actions(registry, text)


def test_a_party_for_years_gives_no_day(registry: Registry) -> None:
    text = "Ghana has been a party to the Convention on the Rights of the Child for more than thirty years."
    assert not any(a[0] == "Ratification" for a in treaty_actions(registry, text))


def test_a_party_since_an_event_gives_no_day(registry: Registry) -> None:
    text = (
        "Ghana has been a party to the Convention on the Rights of the Child since the coup, "
        "which took place on 4 June 1979."
    )
    assert not any(a[0] == "Ratification" for a in treaty_actions(registry, text))


def test_an_accession_told_before_keeps_its_date(registry: Registry) -> None:
    text = (
        "Kenya acceded to the Convention on the Rights of the Child on 30 July 1990. "
        "Kenya has been a party to the Convention on the Rights of the Child since 1990."
    )
    actions = treaty_actions(registry, text)
    assert ("Accession", "state/ken", "treaty/crc", "1990-07-30", "-") in actions
    assert not any(a[0] == "Ratification" for a in actions)
