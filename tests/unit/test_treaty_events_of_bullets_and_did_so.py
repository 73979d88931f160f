"""A treaty's own events told without a subject of their own: bullets under a line that names the
treaty ("The Convention on ...:" then "- Adopted by the General Assembly on 21 December 1965."),
and "did so" after what the treaty needed "to enter into force". A list under a heading naming no
treaty, in a text about several, and "did so" after another purpose, give no such event."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


def _events(registry: Registry, body: str) -> set[tuple[str, ...]]:
    return {a[:4] for a in treaty_actions(registry, "Headline\n\n" + body, "2010-08-01")}


def test_bullets_under_a_line_naming_the_treaty_are_its_events(registry: Registry) -> None:
    body = (
        "The International Convention on the Elimination of All Forms of Racial Discrimination:\n"
        "- Adopted by the United Nations General Assembly on 21 December 1965.\n"
        "- Entered into force on 4 January 1969."
    )
    assert _events(registry, body) >= {
        ("Adoption", "-", "treaty/icerd", "1965-12-21"),
        ("EntryIntoForce", "-", "treaty/icerd", "1969-01-04"),
    }


def test_bullets_under_a_heading_of_a_text_about_several_treaties_are_no_ones(registry: Registry) -> None:
    body = (
        "Chile ratified the Convention against Torture and the International Covenant on Civil and "
        "Political Rights.\n\nKey dates\n\n- Entered into force on 4 January 1969."
    )
    assert not {e for e in _events(registry, body) if e[0] == "EntryIntoForce"}


@pytest.mark.parametrize(
    "body",
    [
        "The Istanbul Convention needed ten ratifications to enter into force and did so on 1 August 2014.",
        "The Istanbul Convention was adopted in 2011. It needed ten ratifications to enter into force, and "
        "did so on 1 August 2014.",
    ],
)
def test_did_so_after_what_it_needed_to_enter_into_force(body: str, registry: Registry) -> None:
    assert ("EntryIntoForce", "-", "treaty/cets-210", "2014-08-01") in _events(registry, body)


def test_did_so_after_another_purpose_is_no_entry_into_force(registry: Registry) -> None:
    body = "The Istanbul Convention needed a push to reach more states, and did so on 1 August 2014."
    assert not {e for e in _events(registry, body) if e[0] == "EntryIntoForce"}
