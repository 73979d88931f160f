"""A legislature by its own name, tied to no state by the registry or by its name: its vote is a
step in the procedure of the one state the text names, and asserts no act of that state; where the
text names two states, it is nobody's."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG


def _claims(text: str, registry: Registry) -> list[Claim]:
    document = parse_document(text, DocumentMetadata(title="t", date_published="2023-05-10"), "t")
    return extract(document, registry)


def _approvals(claims: list[Claim]) -> set[tuple[str, str, str | None]]:
    """(state, treaty, date) of every parliamentary approval, read through its procedure."""
    approval = Ref(TG.ParliamentaryApproval)
    nodes = {c.subject.key for c in claims if c.predicate == RDF.type and c.object == approval}
    found: dict[str, dict[str, str]] = {}
    for c in claims:
        if isinstance(c.object, Ref):
            found.setdefault(c.subject.key, {})[c.predicate] = c.object.key
        elif isinstance(c.object, Value):
            found.setdefault(c.subject.key, {})[c.predicate] = c.object.lexical
    out = set()
    for node in nodes:
        procedure = found.get(found[node].get(SCHEMA.superEvent, ""), {})
        out.add((procedure.get(TG.state, ""), procedure.get(TG.treaty, ""), found[node].get(TG.date)))
    return out


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "On Tuesday the Storting voted to ratify the Convention on the Rights of Persons with "
            "Disabilities. Norway signed the convention in 2007.",
            ("state/nor", "treaty/crpd", "2023-05-09"),
        ),
        (
            "This afternoon the Saeima voted to ratify the Council of Europe Convention on preventing "
            "and combating violence against women and domestic violence. Latvia had signed it in 2016.",
            ("state/lva", "treaty/cets-210", "2023-05-10"),
        ),
    ],
)
def test_a_legislature_of_the_one_state_named(
    registry: Registry, text: str, step: tuple[str, str, str | None]
) -> None:
    claims = _claims(text, registry)
    assert step in _approvals(claims)
    ratified = [c for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Ratification)]
    assert not ratified  # the vote alone says nothing of the state's own act


def test_no_state_where_the_text_names_two(registry: Registry) -> None:
    # (a "Majlis" is the chamber of many states: its name alone gives none)
    claims = _claims(
        "On Tuesday the Majlis voted to ratify the Convention on the Rights of Persons with "
        "Disabilities. Oman and Iran signed the convention in 2007.",
        registry,
    )
    assert not _approvals(claims)


def test_a_legislature_whose_own_name_gives_its_state(registry: Registry) -> None:
    # the Storting is Norway's alone, whatever other states the text names
    claims = _claims(
        "On Tuesday the Storting voted to ratify the Convention on the Rights of Persons with "
        "Disabilities. Norway and Iceland signed the convention in 2007.",
        registry,
    )
    assert ("state/nor", "treaty/crpd", "2023-05-09") in _approvals(claims)
    assert not [c for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Ratification)]
