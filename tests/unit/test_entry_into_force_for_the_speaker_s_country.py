""" "The Covenant entered into force for us in May 2008": the treaty's entry into force for the
speaker's own country, never the treaty's own. Written for this test."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def test_in_force_for_us_is_no_entry_into_force_of_the_treaty(registry: Registry) -> None:
    text = (
        "Tuvalu acceded to the International Covenant on Civil and Political Rights in February 2031. "
        "\u201cThe Covenant entered into force for us in May 2031,\u201d said Sina Tafa, a legal adviser."
    )
    events = [p for p in facts_of(registry, text).values() if TG.EntryIntoForce in p.get(RDF.type, set())]
    assert [min(p.get(TG.state, {"-"})) for p in events if TG.date in p] == []
