"""A written communication to the depositary that announces a departure is its notification:
"sent a letter to the Secretary General ... announcing its denunciation of X", "denounced X on
a date in a note to the Secretary General". A letter about anything else is none."""

from __future__ import annotations

from readings import domestic_steps

from loaders.registry import Registry


def test_a_letter_announcing_the_denunciation(registry: Registry) -> None:
    text = (
        "Trinidad and Tobago sent a letter to the Secretary General of the Organization of American "
        "States on 26 May 1998 announcing its denunciation of the American Convention on Human Rights."
    )
    assert domestic_steps(registry, text, "1998-06-01") == {
        (
            "Notification",
            "state/tto",
            "org/general-secretariat-of-the-organization-of-american-states",
            "1998-05-26",
            "treaty/achr",
        )
    }


def test_a_denunciation_in_a_note_to_the_secretary_general(registry: Registry) -> None:
    text = (
        "Greece denounced the European Convention on Human Rights on 12 December 1969 in a note to "
        "the Secretary General."
    )
    assert domestic_steps(registry, text, "1970-01-01") == {
        ("Notification", "state/grc", "org/coe-sg", "1969-12-12", "treaty/ets-005")
    }


def test_a_letter_about_something_else_is_no_notification(registry: Registry) -> None:
    text = (
        "Greece ratified the European Convention on Human Rights in 1953 and sent a letter to the "
        "Secretary General of the Council of Europe on 12 December 1969 about its contributions."
    )
    assert not domestic_steps(registry, text, "1970-01-01")
