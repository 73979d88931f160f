"""A timeline's line opening with a year gives that year to a day and month on it, even in the
present tense a chronology uses ("1987 - The convention enters into force on 26 June"). Written
for this test."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def test_the_row_year_dates_the_entry_into_force(registry: Registry) -> None:
    text = (
        "Chronology\n\n1984 - The General Assembly adopts the Convention against Torture.\n\n"
        "1987 - The Convention against Torture enters into force on 26 June."
    )
    events = [
        p
        for p in facts_of(registry, text, "2005-02-28").values()
        if TG.EntryIntoForce in p.get(RDF.type, set())
    ]
    assert [p[TG.date] for p in events] == [{"1987-06-26"}]
