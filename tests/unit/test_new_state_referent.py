""" "The new state", "the country" after a sentence on a state's independence: the state that
became independent, never the one it left."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _admitted(registry: Registry, text: str) -> set[str]:
    return {
        state
        for props in facts_of(registry, text).values()
        if TG.Admission in props.get(RDF.type, set())
        for state in props.get(TG.state, set()) | props.get(TG.member, set())
    }


@pytest.mark.parametrize(
    ("text", "admitted", "not_admitted"),
    [
        (
            "South Sudan became independent in July 2011 after decades of war and a referendum on "
            "independence from Sudan. The new state was admitted to the United Nations on 14 July 2011.",
            "state/ssd",
            "state/sdn",
        ),
        (
            "Eritrea's people voted in April 1993 for secession from Ethiopia. The new country was "
            "admitted to the United Nations on 28 May 1993.",
            "state/eri",
            "state/eth",
        ),
    ],
)
def test_the_new_state_is_the_one_that_left(
    registry: Registry, text: str, admitted: str, not_admitted: str
) -> None:
    states = _admitted(registry, text)
    assert not_admitted not in states
    assert admitted in states
