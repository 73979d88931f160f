"""A state "the Nth member to join X, after A, B and C": the states it follows are parties to X
(to the treaty named, or to the one that sets up the court named); a list that is more than
state names, or no treaty in the clause, says nothing. Read through ``loaders.extract``."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG

PARTY = str(TG.partyTo)


def _parties(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (node, treaty)
        for node, props in facts_of(registry, text).items()
        for treaty in props.get(PARTY, set())
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar becomes the third state of the Gulf Cooperation Council to join the International "
            "Covenant on Civil and Political Rights, after Kuwait and Bahrain.",
            {("state/kwt", "treaty/iccpr"), ("state/bhr", "treaty/iccpr")},
        ),
        (
            "Peru deposited its instrument today. It is the fifth country in South America to ratify "
            "the Convention on the Rights of Persons with Disabilities, after Argentina, Brazil, Chile "
            "and Ecuador.",
            {
                ("state/arg", "treaty/crpd"),
                ("state/bra", "treaty/crpd"),
                ("state/chl", "treaty/crpd"),
                ("state/ecu", "treaty/crpd"),
            },
        ),
        (
            "Senegal ratified the Rome Statute of the International Criminal Court in 1999. Mali became "
            "the second member of the Economic Community of West African States to accept the Court's "
            "jurisdiction, after Senegal.",
            {("state/sen", "treaty/rome-statute")},
        ),
    ],
)
def test_the_states_a_new_party_follows_are_parties(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _parties(registry, text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the list goes on with a clause: not a plain list of parties
        (
            "Namibia became the second country in the region to ratify the Convention against Torture, "
            "after Botswana, which had signed it years earlier.",
            "state/bwa",
        ),
        # no treaty in the clause
        (
            "Ghana was the third member of the Union to do so, after Kenya and Uganda.",
            "state/ken",
        ),
        # the list names more than states
        (
            "Chile was the fourth state to ratify the Convention against Torture, after France and a "
            "coalition of human rights groups had urged it to.",
            "state/fra",
        ),
    ],
)
def test_no_party_without_a_plain_list_and_a_treaty(registry: Registry, text: str, state: str) -> None:
    assert all(s != state for s, _ in _parties(registry, text))
