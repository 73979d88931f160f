"""A name the registry lacks acts as a state only when it is one word standing alone: every
state's names are in the registry, so two capitalised words before "'s government" or "signed
the" are a person or an office, and a word closing a longer name is part of that name."""

from __future__ import annotations

import pytest
from readings import by_node, claims_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _states(registry: Registry, text: str) -> set[str]:
    nodes = by_node(claims_of(registry, text))
    return {key for key, props in nodes.items() if TG.State in props.get(RDF.type, set())}


@pytest.mark.parametrize(
    ("text", "not_a_state"),
    [
        (
            "Harare, 3 May 2024 - Zimbabwe ratified the Convention against Torture on 2 May, "
            "decades after Tendai Murapa's government first put its signature to the treaty.",
            "state/tendai-murapa",
        ),
        (
            "The Bundestag approved the law in March. The Federal President signed the act "
            "on 12 April, and the instrument was deposited in Strasbourg.",
            "state/federal-president",
        ),
        (
            "Thirteen member states of the Council of Europe signed the convention on 11 May. "
            "Across Europe, campaigners welcomed it.",
            "state/europe",
        ),
        (
            "The treaty was signed in 1994, when Joaquim Mabunda signed the Convention for the "
            "new government.",
            "state/joaquim-mabunda",
        ),
        # a surname standing alone, after the person was named in full
        (
            "President Tomas Varga announced the withdrawal in May. Varga's government notified the "
            "Secretary-General on 17 June.",
            "state/varga",
        ),
        (
            "Ana Pereira de Souza chaired the committee until 2019. De Souza's government later "
            "withdrew from the protocol, and Souza signed the notice.",
            "state/souza",
        ),
    ],
)
def test_a_person_or_an_office_is_no_state(registry: Registry, text: str, not_a_state: str) -> None:
    assert not_a_state not in _states(registry, text)


def test_a_single_unlisted_name_acting_as_a_state_still_is_one(registry: Registry) -> None:
    text = (
        "GENEVA, 3 March 2026 - Kelvaria will withdraw from the Convention against Torture, "
        "its foreign ministry said. Kelvaria's parliament approved the decision on Monday."
    )
    assert "state/kelvaria" in _states(registry, text)
