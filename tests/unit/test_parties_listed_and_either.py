"""Who is not a party, told of a class or a pair: "Among the states that have not joined it are
A, B and C", and "X is not a party to either covenant" after the two covenants are named."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG


def _relations(registry: Registry, text: str, predicate: str) -> set[tuple[str, str]]:
    return {
        (node, value)
        for node, props in facts_of(registry, text).items()
        for value in props.get(predicate, set())
    }


def test_the_states_listed_as_not_having_joined_are_no_parties(registry: Registry) -> None:
    text = (
        "The Convention against Torture has 174 parties. Among the states that have not joined are "
        "Malaysia, Brunei Darussalam and Palau."
    )
    assert _relations(registry, text, TG.notPartyTo) == {
        ("state/mys", "treaty/un-cat"),
        ("state/brn", "treaty/un-cat"),
        ("state/plw", "treaty/un-cat"),
    }


def test_the_states_listed_as_having_joined_are_no_non_parties(registry: Registry) -> None:
    text = "Among the states that have joined the Convention against Torture are Malaysia and Palau."
    assert not _relations(registry, text, TG.notPartyTo)


def test_not_a_party_to_either_of_the_two_named_before(registry: Registry) -> None:
    text = (
        "Palau signed the International Covenant on Civil and Political Rights and the International "
        "Covenant on Economic, Social and Cultural Rights in 2011. "
        "Palau is not yet a party to either covenant."
    )
    assert _relations(registry, text, TG.notPartyTo) == {
        ("state/plw", "treaty/iccpr"),
        ("state/plw", "treaty/icescr"),
    }


def test_either_with_one_named_before_is_no_relation(registry: Registry) -> None:
    text = (
        "Palau signed the International Covenant on Civil and Political Rights in 2011. "
        "Palau is not yet a party to either covenant."
    )
    assert not _relations(registry, text, TG.notPartyTo)
