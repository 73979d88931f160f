"""Depositary notifications as treaty offices circulate them: the treaty's title, a heading with
the state and the action in capitals, the date in "The above action was effected on ...".
Every notice is written for these tests; beside them, notices that name no one action."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry

_OPCAT = (
    "OPTIONAL PROTOCOL TO THE CONVENTION AGAINST TORTURE AND OTHER CRUEL, INHUMAN OR DEGRADING "
    "TREATMENT OR PUNISHMENT\nNEW YORK, 18 DECEMBER 2002\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "C.N.310.2004.TREATIES-9 (Depositary Notification)\n\n" + _OPCAT + "DENMARK: RATIFICATION\n\n"
            "The Secretary-General of the United Nations, acting in his capacity as depositary, "
            "communicates the following:\n\nThe above action was effected on 25 June 2004.",
            ("Ratification", "state/dnk", "treaty/opcat", "2004-06-25"),
        ),
        (
            _OPCAT + "NEW ZEALAND: ACCESSION\n\nThe above action was effected on 14 March 2007.",
            ("Accession", "state/nzl", "treaty/opcat", "2007-03-14"),
        ),
    ],
)
def test_the_action_a_notice_heads(
    registry: Registry, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in {(a[0], a[1], a[2], a[3]) for a in treaty_actions(registry, text)}


@pytest.mark.parametrize(
    "text",
    [
        # two treaties above the heading: which one the action is on is not said
        "CONVENTION ON THE RIGHTS OF THE CHILD\nCONVENTION ON THE ELIMINATION OF ALL FORMS OF "
        "DISCRIMINATION AGAINST WOMEN\n\nDENMARK: RATIFICATION\n\nThe above action was effected on 25 "
        "June 2004.",
        # no heading names the state and the action
        _OPCAT + "Denmark: ratification pending\n\nThe above action was effected on 25 June 2004.",
    ],
)
def test_no_action_without_one_heading_and_one_treaty(registry: Registry, text: str) -> None:
    assert not {a for a in treaty_actions(registry, text) if a[3] == "2004-06-25"}


def test_a_protocol_titled_under_its_parent_treaty_is_the_one_acted_on(registry: Registry) -> None:
    text = (
        "C.N.412.2018.TREATIES-IV.12 (Depositary Notification)\n\n"
        "INTERNATIONAL COVENANT ON CIVIL AND POLITICAL RIGHTS\nNEW YORK, 16 DECEMBER 1966\n\n"
        "SECOND OPTIONAL PROTOCOL TO THE INTERNATIONAL COVENANT ON CIVIL AND POLITICAL RIGHTS, AIMING AT "
        "THE ABOLITION OF THE DEATH PENALTY\nNEW YORK, 15 DECEMBER 1989\n\n"
        "GAMBIA: RATIFICATION\n\n"
        "The Secretary-General of the United Nations, acting in his capacity as depositary, communicates "
        "the following:\n\nThe above action was effected on 28 September 2018.\n"
    )
    actions = treaty_actions(registry, text, "2018-10-01")
    assert ("Ratification", "state/gmb", "treaty/iccpr-op2", "2018-09-28", "-") in actions
    assert not any(a[2] == "treaty/iccpr" for a in actions)
