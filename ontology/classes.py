"""Class lists read from the ontology itself, so that code asking "is this an event?" or "which
classes name organisations?" follows ``treatygraph.ttl`` instead of a copy typed by hand.

The published data does not carry the ontology's subclass axioms, so a query cannot climb
``rdfs:subClassOf``; code that builds ``VALUES`` lists or type checks uses these sets instead.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyoxigraph as ox

from ontology.namespaces import RDFS, TG

__all__ = [
    "AGENT_CLASSES",
    "ENTITY_CLASSES",
    "EVENT_CLASSES",
    "ONTOLOGY_FILE",
    "ORGANIZATION_CLASSES",
    "TREATY_CLASSES",
    "subclasses",
]

ONTOLOGY_FILE = Path(__file__).with_name("treatygraph.ttl")


@cache
def _parents() -> dict[str, frozenset[str]]:
    quads = ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
    parents: dict[str, set[str]] = {}
    for q in quads:
        if (
            q.predicate.value == RDFS.subClassOf
            and isinstance(q.subject, ox.NamedNode)
            and isinstance(q.object, ox.NamedNode)
        ):
            parents.setdefault(q.subject.value, set()).add(q.object.value)
    return {child: frozenset(ps) for child, ps in parents.items()}


def subclasses(cls: str) -> frozenset[str]:
    """``cls`` and every class the ontology places under it, at any depth."""
    parents = _parents()
    found = {cls}
    changed = True
    while changed:
        changed = False
        for child, ps in parents.items():
            if child not in found and ps & found:
                found.add(child)
                changed = True
    return frozenset(found)


TREATY_CLASSES = subclasses(TG.Treaty)
ORGANIZATION_CLASSES = subclasses(TG.Organization)
EVENT_CLASSES = subclasses(TG.Event)
# Who acts: states, organisations of every kind, people.
AGENT_CLASSES = subclasses(TG.State) | ORGANIZATION_CLASSES | subclasses(TG.Person)
# What text names and a gazetteer lists: agents, treaties and places (not events or roles).
ENTITY_CLASSES = AGENT_CLASSES | TREATY_CLASSES | subclasses(TG.Place)
