"""A list of states set off by an aside before its verb, states that "stayed out of" a treaty,
an organisation named by its "Monitor", and "the group" for the one organisation named before."""

from __future__ import annotations

from readings import facts_of, posts_of

from loaders.registry import Registry
from loaders.vocabulary import TG


def _not_parties(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (node, treaty)
        for node, props in facts_of(registry, text).items()
        for treaty in props.get(TG.notPartyTo, ())
    }


def test_every_state_of_a_list_with_an_aside_before_its_verb(registry: Registry) -> None:
    text = (
        "The disability convention is widely ratified. Ireland, Finland and the Netherlands, for example, "
        "have not ratified the Convention on the Rights of Persons with Disabilities yet."
    )
    assert {("state/irl", "treaty/crpd"), ("state/fin", "treaty/crpd"), ("state/nld", "treaty/crpd")} <= (
        _not_parties(registry, text)
    )


def test_every_state_of_a_list_with_an_apposition_before_its_verb(registry: Registry) -> None:
    text = (
        "Malaysia, Indonesia and Thailand, the main transit states, have not joined the Refugee Convention."
    )
    assert {"state/mys", "state/idn", "state/tha"} == {s for s, _ in _not_parties(registry, text)}


def test_states_that_stayed_out_of_a_treaty_are_not_parties(registry: Registry) -> None:
    text = "Israel and Iran have also stayed out of the Convention against Torture."
    assert {("state/isr", "treaty/un-cat"), ("state/irn", "treaty/un-cat")} <= _not_parties(registry, text)


def test_an_officer_with_the_group_is_a_member_of_the_one_named_before(registry: Registry) -> None:
    text = (
        "Gulf Detention Monitor, a Geneva-based rights group, urged the government to act. "
        '"The law is clear," said Karim Mansour, a legal officer with the group.'
    )
    assert ("person/karim-mansour", "org/gulf-detention-monitor", "role/legal-officer") in posts_of(
        registry, text
    )


def test_the_group_with_two_organisations_named_before_is_neither(registry: Registry) -> None:
    text = (
        "Gulf Detention Monitor and Amnesty International urged the government to act. "
        '"The law is clear," said Karim Mansour, a legal officer with the group.'
    )
    assert not {p for p in posts_of(registry, text) if p[0] == "person/karim-mansour" and p[1] != ""}
