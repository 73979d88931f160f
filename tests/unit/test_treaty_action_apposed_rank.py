"""A rank apposed to a state ("overshadowed by Turkey, the first state to ratify the convention,
in 2012") makes that state the one that acted; a rank apposed to anything else makes no act."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The anniversary is overshadowed by Turkey, the first state to ratify the Istanbul "
            "Convention, in 2012.",
            ("Ratification", "state/tur", "treaty/cets-210", "2012", "-"),
        ),
        (
            "The prize went to Mexico, the second country to ratify the Escazú Agreement, on "
            "22 January 2021.",
            ("Ratification", "state/mex", "treaty/escazu-agreement", "2021-01-22", "-"),
        ),
        (
            "Delegates applauded Guyana, the first state to accede to the Convention on Cluster "
            "Munitions in the Caribbean.",
            ("Accession", "state/guy", "treaty/convention-on-cluster-munitions", "-", "-"),
        ),
    ],
)
def test_a_rank_apposed_to_a_state_is_its_act(
    registry: Registry, text: str, expected: tuple[str, str, str, str, str]
) -> None:
    assert expected in treaty_actions(registry, text)


def test_a_rank_apposed_to_an_organisation_is_no_state_s_act(registry: Registry) -> None:
    text = (
        "Chile hosted the talks. Officials thanked Amnesty International, the first organisation to "
        "ratify the charter of the coalition, in 2012."
    )
    assert not treaty_actions(registry, text)
