"""The reference registry: curated entities, their aliases, and authoritative facts.

``data/registry.ttl`` names every entity the extractor can link a mention to. Its data IRIs are
relative, so ``load_registry`` resolves them against the deployment's data base IRI; the same
file then serves any domain. The registry is published as its own named graph (``triples``) and
read by the extractor as a gazetteer (``entries``): key -> class, preferred label, aliases.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pyoxigraph as ox

from loaders.errors import RegistryError
from loaders.vocabulary import ORG, RDF, SKOS
from ontology import classes

__all__ = ["ENTITY_CLASSES", "Entry", "Office", "Registry", "load_registry"]

# The classes whose members are named in text and so belong in the gazetteer; events,
# memberships and roles are described by the registry but are not looked for as mentions.
ENTITY_CLASSES = classes.ENTITY_CLASSES


@dataclass(frozen=True)
class Entry:
    """One named entity: ``key`` is relative to the data base (``treaty/cets-126``)."""

    key: str
    cls: str
    label: str
    aliases: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()


@dataclass(frozen=True)
class Office:
    """A post the registry records: ``member`` holds ``role`` in ``organization`` (all keys)."""

    key: str
    member: str
    organization: str
    role: str | None


@dataclass(frozen=True)
class Registry:
    """The parsed registry. ``triples`` are absolute (resolved against ``base``)."""

    base: str
    triples: list[ox.Triple]
    entries: Mapping[str, Entry]
    offices: tuple[Office, ...] = ()
    keys: frozenset[str] = field(default_factory=frozenset)  # every subject, entities or not
    labels: Mapping[str, str] = field(default_factory=dict)  # key -> prefLabel, every subject

    def entry(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def has(self, key: str) -> bool:
        """Whether the registry describes ``key`` (an entity, an event, a membership...)."""
        return key in self.keys

    def offices_of(self, member: str) -> tuple[Office, ...]:
        return tuple(o for o in self.offices if o.member == member)


def load_registry(path: Path, base: str) -> Registry:
    """Parse the Turtle registry, resolving its relative IRIs against ``base``.

    :raises RegistryError: if the file cannot be read or is not valid Turtle (the message names
        the file and repeats the parser's), or an entity lacks exactly one ``skos:prefLabel``.
    """
    if not base.endswith("/"):
        raise RegistryError(f"{path}: the base IRI must end with '/': {base!r}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the registry: {exc.strerror or exc}") from exc
    try:
        quads = list(ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=base))
    except SyntaxError as exc:  # pyoxigraph reports malformed Turtle this way, with a position
        raise RegistryError(f"{path}: invalid Turtle: {exc}") from exc
    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
    return _index(path, base, triples)


def _index(path: Path, base: str, triples: list[ox.Triple]) -> Registry:
    by_subject: dict[str, dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]]] = {}
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode):
            continue
        props = by_subject.setdefault(t.subject.value, {})
        props.setdefault(t.predicate.value, []).append(t.object)

    def key_of(iri: str) -> str:
        return iri[len(base) :] if iri.startswith(base) else iri

    def texts(values: list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]) -> tuple[str, ...]:
        return tuple(sorted(v.value for v in values if isinstance(v, ox.Literal)))

    def iris(values: list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]) -> list[str]:
        return sorted(v.value for v in values if isinstance(v, ox.NamedNode))

    entries: dict[str, Entry] = {}
    offices: list[Office] = []
    labels: dict[str, str] = {}
    for iri, props in by_subject.items():
        key = key_of(iri)
        pref = texts(props.get(SKOS.prefLabel, []))
        classes = iris(props.get(RDF.type, []))
        if classes and len(pref) != 1:
            raise RegistryError(f"{path}: <{key}> needs exactly one skos:prefLabel, has {len(pref)}")
        if pref:
            labels[key] = pref[0]
        entity_classes = [c for c in classes if c in ENTITY_CLASSES]
        if entity_classes:
            entries[key] = Entry(
                key=key,
                cls=entity_classes[0],
                label=pref[0],
                aliases=texts(props.get(SKOS.altLabel, [])),
                hidden=texts(props.get(SKOS.hiddenLabel, [])),
            )
        if ORG.Membership in classes:
            members = iris(props.get(ORG.member, []))
            orgs = iris(props.get(ORG.organization, []))
            roles = iris(props.get(ORG.role, []))
            if members and orgs:
                offices.append(
                    Office(key, key_of(members[0]), key_of(orgs[0]), key_of(roles[0]) if roles else None)
                )
    return Registry(
        base=base,
        triples=triples,
        entries=MappingProxyType(entries),
        offices=tuple(offices),
        keys=frozenset(key_of(iri) for iri in by_subject),
        labels=MappingProxyType(labels),
    )
