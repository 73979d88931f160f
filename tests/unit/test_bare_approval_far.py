"""A chamber that "passed the motion approving ratification" with no treaty or state named in the
sentences just before: the one treaty and the one state the whole text has named; nothing where it
named two."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG

_FILLER = (
    "Q: What changed on the ground? A: Advocates spent years on the detail. Officials met them often. "
    "Budgets were tight. Nobody wanted a symbolic gesture. "
)


def _approvals(text: str, registry: Registry) -> set[tuple[str, str | None]]:
    """(the act served, date) of every parliamentary approval."""
    return {
        (min(facts.get(SCHEMA.superEvent, {""})), min(facts.get(TG.date, {""})) or None)
        for facts in facts_of(registry, text, "2018-03-21").values()
        if TG.ParliamentaryApproval in facts.get(RDF.type, set())
    }


def test_the_one_treaty_and_state_of_the_text(registry: Registry) -> None:
    text = (
        "Portugal signed the Convention on the Rights of Persons with Disabilities in 2007. "
        + _FILLER
        + "Ana Ribeiro: The Assembly of the Republic passed the motion approving ratification on 7 March."
    )
    assert ("action/prt-crpd-ratification", "2018-03-07") in _approvals(text, registry)


def test_nothing_where_the_text_named_two_treaties(registry: Registry) -> None:
    text = (
        "Portugal signed the Convention on the Rights of Persons with Disabilities in 2007 and the "
        "Convention on the Rights of the Child in 1990. "
        + _FILLER
        + "Ana Ribeiro: The Assembly of the Republic passed the motion approving ratification on 7 March."
    )
    assert not _approvals(text, registry)
