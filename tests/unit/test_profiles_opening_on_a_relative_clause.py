"""A profile or an obituary opening on a name and a relative clause about her ("Ana Silva, who
stepped down yesterday as ..., leaves", "X, who ruled Chad from 1982 ..., died in Dakar on
Tuesday") names a person, and the verb after the clause is hers: the death is hers, dated. "He
died" inside someone's quoted words is never the speaker's death."""

from __future__ import annotations

from readings import claims_of, facts_of

from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def test_a_paragraph_opening_on_a_name_and_who_names_a_person(registry: Registry) -> None:
    text = (
        "Headline\n\nNavanethem Pillay, who stepped down yesterday as High Commissioner, leaves the post "
        "after six years."
    )
    claims = claims_of(registry, text, "2014-09-01")
    assert (Ref("person/navanethem-pillay"), Ref(TG.Person)) in {
        (c.subject, c.object) for c in claims if c.predicate == RDF.type
    }


def test_the_death_after_a_relative_clause_is_the_subjects(registry: Registry) -> None:
    text = (
        "Headline\n\nHissène Habré, who ruled Chad from 1982 until he was overthrown in December 1990, "
        'died in Dakar on Tuesday.\n\n"He died a convicted man," said Achta Mahamat-Doumbia, who '
        'testified at the trial, "and that matters more than how he died."'
    )
    facts = facts_of(registry, text, "2021-08-25")
    assert facts["event/hissene-habre-death"][TG.date] == {"2021-08-24"}
    assert "event/achta-mahamat-doumbia-death" not in facts
