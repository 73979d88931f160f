"""An executive act dated by its publication: "The decree, signed by President X, was published in
the official gazette on D", "A presidential decision withdrawing X from the treaty was published on
D". A decision of no named author, a court's, or some other paper published is none."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG

Step = tuple[str, str, str | None]


def _decrees(text: str, registry: Registry) -> set[Step]:
    """(agent, treaty, date) of every decree, the treaty read through its procedure."""
    found = facts_of(registry, text, "2023-04-02")
    out = set()
    for facts in found.values():
        if TG.Decree not in facts.get(RDF.type, set()):
            continue
        procedure = found.get(min(facts.get(SCHEMA.superEvent, {""})), {})
        out.add(
            (
                min(facts.get(TG.agent, {""})),
                min(procedure.get(TG.treaty, {""})),
                min(facts.get(TG.date, {""})) or None,
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Poland has decided to leave the Istanbul Convention. The decree, signed by President "
            "Andrzej Duda, was published in the official journal on 3 March.",
            ("person/andrzej-duda", "treaty/cets-210", "2023-03-03"),
        ),
        (
            "A presidential decision withdrawing Hungary from the Istanbul Convention was published on "
            "20 March 2023, and the withdrawal takes effect on 1 July.",
            ("state/hun", "treaty/cets-210", "2023-03-20"),
        ),
    ],
)
def test_a_decree_dated_by_its_publication(registry: Registry, text: str, step: Step) -> None:
    assert step in _decrees(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # a decision of no named author, or a court's
        "Hungary has left the Istanbul Convention. The decision was published on 20 March 2023.",
        "Hungary has left the Istanbul Convention. The decision of the Constitutional Court was "
        "published on 20 March 2023.",
        "Hungary has left the Istanbul Convention. The court's decision, signed by its president "
        "Vladimir Putin, was published on 20 March 2023.",
        # another paper published
        "Hungary has left the Istanbul Convention. The report, signed by Vladimir Putin, was "
        "published on 20 March 2023.",
    ],
)
def test_no_decree_from_other_publications(registry: Registry, text: str) -> None:
    assert not [d for d in _decrees(text, registry) if d[2] is not None]
