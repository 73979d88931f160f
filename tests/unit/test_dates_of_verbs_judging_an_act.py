"""A date before a verb that judges an act ("Amnesty International today welcomed Angola's
ratification of ...", "On Monday the group condemned Mali's withdrawal from ...") is the
judging verb's, not the act's: the act keeps the date the text gives it elsewhere, or none.
Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Amnesty International today welcomed Tonga's ratification of the Convention against Torture.",
            "Ratification",
        ),
        (
            "On 4 March the Lima Rights Forum condemned Peru's withdrawal from the Rome Statute.",
            "Denunciation",
        ),
        (
            "Human Rights Watch yesterday praised Fiji's accession to the Convention against Torture.",
            "Accession",
        ),
    ],
)
def test_the_date_of_a_judging_verb_is_not_the_act_s(registry: Registry, sentence: str, kind: str) -> None:
    found = [a for a in treaty_actions(registry, sentence, "2019-10-03") if a[0] == kind]
    assert found and all(a[3] == "-" for a in found), found


def test_a_date_that_opens_the_act_s_own_clause_still_dates_it(registry: Registry) -> None:
    found = treaty_actions(
        registry, "On 2 October 2019 Tonga ratified the Convention against Torture.", "2019-10-03"
    )
    assert ("Ratification", "state/ton", "treaty/un-cat", "2019-10-02", "-") in found
