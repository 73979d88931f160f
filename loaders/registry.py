"""The reference registry: curated entities, their aliases, and authoritative facts.

The registry is read from several sources: the reference data of the whole field in
``data/reference/`` (every state, the human-rights treaty systems, their bodies and
depositaries) and ``data/registry.ttl`` (the people, national bodies and events of the corpus).
A source is a Turtle file, a states table (``.tsv``, see ``loaders.states``), or a folder of
them. Data IRIs are relative, so ``load_registry`` resolves them against the deployment's data
base IRI; the same files then serve any domain. The union is published as one named graph
(``triples``) and read by the extractor as a gazetteer (``entries``): key -> class, preferred
label, aliases, context-only names, demonyms, and the names that need context.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pyoxigraph as ox

from loaders.errors import RegistryError
from loaders.states import read_states, state_triples
from loaders.vocabulary import ORG, RDF, SKOS, TG
from ontology import classes

__all__ = ["ENTITY_CLASSES", "Entry", "Office", "Registry", "load_registry", "registry_files"]

# The classes whose members are named in text and so belong in the gazetteer; events,
# memberships and roles are described by the registry but are not looked for as mentions.
ENTITY_CLASSES = classes.ENTITY_CLASSES


@dataclass(frozen=True)
class Entry:
    """One named entity: ``key`` is relative to the data base (``treaty/cets-126``).

    ``aliases`` name the entity wherever they occur, ``hidden`` only in context ("Moscow" is
    Russia when it acts, a city after "in"). ``ambiguous`` repeats those of its names that also
    name something else (a person, a US state, a common noun: "Jordan", "Georgia", "Turkey"),
    which a matcher takes as this entity only where the context allows. ``demonyms`` are the
    adjectives of a state ("Venezuelan"): cues for the state, never names of it. ``namesakes``
    are names other states' or systems' bodies bear too ("Commission on Human Rights"): the
    entity's only where the text names an entity the reference data links to it.
    """

    key: str
    cls: str
    label: str
    aliases: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    namesakes: tuple[str, ...] = ()


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
    demonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "Congolese" -> state keys
    ambiguous: frozenset[str] = frozenset()  # every name some entry marks as needing context
    # the links read so far, by predicate: a reading asks for the same ones again and again
    _links: dict[str, list[tuple[str, str]]] = field(default_factory=dict, compare=False, repr=False)

    def entry(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def has(self, key: str) -> bool:
        """Whether the registry describes ``key`` (an entity, an event, a membership...)."""
        return key in self.keys

    def offices_of(self, member: str) -> tuple[Office, ...]:
        return tuple(o for o in self.offices if o.member == member)

    def linked(self, predicate: str) -> list[tuple[str, str]]:
        """(subject key, object key) of every registry triple with ``predicate`` between two
        entities of the data namespace: which treaty establishes which body, what a body
        monitors, which treaty a protocol supplements."""
        if predicate in self._links:
            return self._links[predicate]
        out = []
        for t in self.triples:
            s, o = t.subject, t.object
            if (
                t.predicate.value == predicate
                and isinstance(s, ox.NamedNode)
                and isinstance(o, ox.NamedNode)
                and s.value.startswith(self.base)
                and o.value.startswith(self.base)
            ):
                out.append((s.value[len(self.base) :], o.value[len(self.base) :]))
        self._links[predicate] = out
        return out


def registry_files(sources: Path | Iterable[Path]) -> list[Path]:
    """The files ``sources`` stand for: a file as itself, a folder as its ``.ttl`` and ``.tsv``
    files in name order.

    :raises RegistryError: for a source that does not exist.
    """
    files: list[Path] = []
    for source in [sources] if isinstance(sources, Path) else sources:
        if source.is_dir():
            files += sorted(p for p in source.iterdir() if p.suffix in (".ttl", ".tsv") and p.is_file())
        elif source.exists():
            files.append(source)
        else:
            raise RegistryError(f"{source}: cannot read the registry: no such file or folder")
    return files


def load_registry(sources: Path | Iterable[Path], base: str) -> Registry:
    """Parse the registry's sources (files or folders), resolving relative IRIs against ``base``.

    :raises RegistryError: if a file cannot be read or is not valid Turtle or a valid states
        table (the message names the file and repeats the parser's), or an entity lacks exactly
        one ``skos:prefLabel``.
    """
    if not base.endswith("/"):
        raise RegistryError(f"{sources}: the base IRI must end with '/': {base!r}")
    files = registry_files(sources)
    found: set[ox.Triple] = set()
    for path in files:
        if path.suffix == ".tsv":
            found.update(state_triples(read_states(path), base))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise RegistryError(f"{path}: cannot read the registry: {exc.strerror or exc}") from exc
        try:
            quads = ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=base)
            found.update(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        except SyntaxError as exc:  # pyoxigraph reports malformed Turtle this way, with a position
            raise RegistryError(f"{path}: invalid Turtle: {exc}") from exc
    triples = sorted(found, key=str)
    where = files[0] if len(files) == 1 else Path(", ".join(str(f) for f in files))
    return _index(where, base, triples)


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
    demonyms: dict[str, list[str]] = {}
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
                ambiguous=texts(props.get(TG.ambiguousLabel, [])),
                demonyms=texts(props.get(TG.demonym, [])),
                namesakes=texts(props.get(TG.namesakeLabel, [])),
            )
            for demonym in entries[key].demonyms:
                demonyms.setdefault(demonym, []).append(key)
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
        demonyms=MappingProxyType({d: tuple(sorted(keys)) for d, keys in demonyms.items()}),
        ambiguous=frozenset(name for e in entries.values() for name in e.ambiguous),
    )
