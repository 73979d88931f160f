"""Entity pages: what the graph says about one minted IRI, both ways, with the quotes behind it.

``entity_view`` gathers everything in six queries whatever the entity's size: its own triples, the
triples pointing at it, the claims (with their evidence) about it, what it is quoted as saying,
the labels, types and dates of every neighbour at once, and the vocabulary's labels.

The page leads with a statement table (property, value, date, number of sources), as Wikidata's
item pages do; the quotes behind each statement sit one click away. A document that only names
the entity (its quote is the name and nothing more) says nothing about it, so such mentions are
counted apart instead of filling the table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from api.config import Services
from api.pages.data import Term, iri_list, select, term_labels
from api.pages.dates import format_date
from api.pages.status import StatusRows, status_for_entity
from api.pages.terms import (
    DCT,
    EVENT_CLASSES,
    OA,
    PROV,
    RDF,
    SCHEMA,
    SKOS,
    TG,
    class_label,
    inverse_label,
    key_of,
    property_label,
    role_label,
)
from ontology.layout import REGISTRY_GRAPH

__all__ = [
    "EntityView",
    "Event",
    "Fact",
    "Quote",
    "Relation",
    "Statement",
    "entity_view",
    "quote_href",
]

# Shown at the top of the page, not among the relations.
_HEADER_PROPERTIES = {
    RDF + "type",
    SKOS + "prefLabel",
    SKOS + "altLabel",
    SKOS + "hiddenLabel",
    SCHEMA + "text",
}
# Links that belong to the claim machinery, shown through the quotes instead.
_PLUMBING = {
    RDF + "subject",
    RDF + "object",
    PROV + "wasAttributedTo",
    PROV + "wasDerivedFrom",
    OA + "hasSource",
}
_EVENTS = set(EVENT_CLASSES)


@dataclass(frozen=True)
class Quote:
    quote: str
    document: str
    title: str
    href: str
    speaker: str = ""


@dataclass
class Fact:
    """One value of one relation, where it is stated (graphs) and the words that state it."""

    term: Term
    sources: set[str] = field(default_factory=set)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def from_registry(self) -> bool:
        return any(g.endswith(REGISTRY_GRAPH) for g in self.sources)


@dataclass
class Relation:
    label: str
    property: str
    facts: list[Fact] = field(default_factory=list)


@dataclass(frozen=True)
class Statement:
    """One row of the statement table: ``relation`` reads from this entity's side ("party to",
    "treaty actions"), ``date`` is the value's own date when it is an event (ISO, for sorting)."""

    relation: str
    value: Term
    date: str
    shown_date: str
    fact: Fact

    @property
    def sources(self) -> int:
        """How many graphs state it: one per source document, one for the registry."""
        return len(self.fact.sources)


@dataclass(frozen=True)
class Event:
    iri: str
    label: str
    kinds: str
    date: str
    shown_date: str
    role: str


@dataclass
class EntityView:
    iri: str
    label: str
    types: list[tuple[str, str]]
    alt_labels: list[str]
    hidden_labels: list[str]
    outgoing: list[Relation]
    incoming: list[Relation]
    events: list[Event]
    said: list[Quote]
    labels: dict[str, str]
    is_document: bool
    statements: list[Statement] = field(default_factory=list)
    mentions: list[Quote] = field(default_factory=list)  # documents that only name the entity
    status: StatusRows = ("", [])  # a state's row or a treaty's column of today's status chart


def quote_href(document: str, start: str, base: str) -> str:
    """The document page, scrolled to the quote (its anchor is the quote's start offset)."""
    key = key_of(document, base)
    page = "/id/" + key if key is not None else document
    return f"{page}#at-{start}" if start else page


def entity_view(found: Services, iri: str) -> EntityView | None:
    """Everything the page shows about ``iri``; ``None`` when no triple mentions it."""
    store = found.store
    base = found.config.base_iri
    ref = f"<{iri}>"
    outgoing_rows = select(store, f"SELECT ?g ?p ?o WHERE {{ GRAPH ?g {{ {ref} ?p ?o }} }}")
    plumbing = iri_list(_PLUMBING).replace(" ", ", ")
    incoming_rows = select(
        store,
        f"SELECT ?g ?s ?p WHERE {{ GRAPH ?g {{ ?s ?p {ref} }} FILTER(?p NOT IN ({plumbing})) }}",
    )
    if not outgoing_rows and not incoming_rows and not _is_object_of_claims(found, iri):
        return None
    evidence_rows = select(
        store,
        f"""SELECT DISTINCT ?s ?p ?o ?doc ?quote ?start ?speaker WHERE {{
          {{ ?claim <{RDF}subject> {ref} }} UNION {{ ?claim <{RDF}object> {ref} }}
          ?claim a <{TG}Claim> ; <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o ;
                 <{PROV}wasDerivedFrom> ?doc ; <{TG}evidence> ?ev .
          ?ev <{OA}hasSelector>/<{OA}exact> ?quote .
          OPTIONAL {{ ?ev <{OA}hasSelector>/<{OA}start> ?start }}
          OPTIONAL {{ ?claim <{PROV}wasAttributedTo> ?speaker }}
        }}""",
    )
    said_rows = select(
        store,
        f"""SELECT DISTINCT ?quote ?doc ?start WHERE {{
          ?claim <{PROV}wasAttributedTo> {ref} ; <{PROV}wasDerivedFrom> ?doc ; <{TG}evidence> ?ev .
          ?ev <{OA}hasSelector>/<{OA}exact> ?quote .
          OPTIONAL {{ ?ev <{OA}hasSelector>/<{OA}start> ?start }}
        }}""",
    )
    neighbours = {iri}
    neighbours.update(r["o"].value for r in outgoing_rows if r["o"].is_iri)
    neighbours.update(r["s"].value for r in incoming_rows if r["s"].is_iri)
    for row in evidence_rows:
        neighbours.update(row[k].value for k in ("doc", "speaker", "o", "s") if k in row and row[k].is_iri)
    neighbours.update(r["doc"].value for r in said_rows)
    info = _neighbour_info(found, neighbours)
    labels = {n: i.label for n, i in info.items() if i.label}
    vocabulary = term_labels(store)

    quotes: dict[tuple[str, str, str], list[Quote]] = defaultdict(list)
    for row in evidence_rows:
        doc = row["doc"].value
        speaker = row["speaker"].value if "speaker" in row else ""
        quote = Quote(
            row["quote"].value,
            doc,
            labels.get(doc, doc),
            quote_href(doc, row["start"].value if "start" in row else "", base),
            labels.get(speaker, "") if speaker and speaker != iri else "",
        )
        key = (row["s"].value, row["p"].value, row["o"].value)
        if quote not in quotes[key]:
            quotes[key].append(quote)

    header = [r for r in outgoing_rows if r["p"].value in _HEADER_PROPERTIES]
    outgoing = _group(
        [
            (r["p"].value, r["o"], r["g"].value, (iri, r["p"].value, r["o"].value))
            for r in outgoing_rows
            if r not in header
        ],
        lambda p: property_label(p, vocabulary),
        quotes,
    )
    incoming = _group(
        [(r["p"].value, r["s"], r["g"].value, (r["s"].value, r["p"].value, iri)) for r in incoming_rows],
        lambda p: inverse_label(p, vocabulary),
        quotes,
    )
    types = sorted({r["o"].value for r in header if r["p"].value == RDF + "type"})
    said = _said(said_rows, labels, base)
    events = _events(iri, outgoing_rows, incoming_rows, info, vocabulary)
    label = labels.get(iri) or _first(header, SKOS + "prefLabel") or key_of(iri, base) or iri
    alt_labels = _all(header, SKOS + "altLabel")
    hidden_labels = _all(header, SKOS + "hiddenLabel")
    names = {n.casefold() for n in (label, *alt_labels, *hidden_labels)}
    statements, mentions = _statements(outgoing + incoming, names, info)
    return EntityView(
        iri=iri,
        label=label,
        types=[(t, class_label(t, vocabulary)) for t in types],
        alt_labels=alt_labels,
        hidden_labels=hidden_labels,
        outgoing=outgoing,
        incoming=incoming,
        events=events,
        said=said,
        labels=labels,
        is_document=TG + "SourceDocument" in types,
        status=status_for_entity(found, iri, types),
        statements=statements,
        mentions=mentions,
    )


def _names_only(fact: Fact, names: set[str]) -> bool:
    """True when every quote behind ``fact`` is just one of the entity's names."""
    return bool(fact.quotes) and all(q.quote.strip(" .,;:\"'“”").casefold() in names for q in fact.quotes)


def _statements(
    relations: list[Relation], names: set[str], info: dict[str, _Info]
) -> tuple[list[Statement], list[Quote]]:
    """The table's rows, sorted by property then date, and the name-only mentions set apart."""
    rows: list[Statement] = []
    mentions: list[Quote] = []
    for relation in relations:
        for fact in relation.facts:
            if relation.property == SCHEMA + "mentions" and _names_only(fact, names):
                mentions.append(fact.quotes[0])
                continue
            known = info.get(fact.term.value) if fact.term.is_iri else None
            dates = sorted(known.dates) if known else []
            rows.append(
                Statement(
                    relation.label,
                    fact.term,
                    dates[0] if dates else "",
                    " / ".join(format_date(d) for d in dates),
                    fact,
                )
            )
    rows.sort(key=lambda r: (r.relation, r.date or "9999", r.value.value))
    mentions.sort(key=lambda q: q.title)
    return rows, mentions


def _is_object_of_claims(found: Services, iri: str) -> bool:
    return bool(select(found.store, f"SELECT ?c WHERE {{ ?c <{RDF}object> <{iri}> }} LIMIT 1"))


@dataclass
class _Info:
    label: str = ""
    types: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)


def _neighbour_info(found: Services, iris: set[str]) -> dict[str, _Info]:
    values = iri_list(iris)
    info: dict[str, _Info] = defaultdict(_Info)
    if not values:
        return info
    rows = select(
        found.store,
        f"""SELECT ?n ?label ?type ?date WHERE {{ VALUES ?n {{ {values} }}
          {{ ?n <{SKOS}prefLabel> ?label }} UNION {{ ?n a ?type }} UNION {{ ?n <{TG}date> ?date }}
          UNION {{ ?n <{DCT}title> ?label }} }}""",
    )
    for row in rows:
        entry = info[row["n"].value]
        if "label" in row and not entry.label:
            entry.label = row["label"].value
        if "type" in row:
            entry.types.add(row["type"].value)
        if "date" in row:
            entry.dates.add(row["date"].value)
    return info


def _group(
    items: list[tuple[str, Term, str, tuple[str, str, str]]],
    name: Callable[[str], str],
    quotes: dict[tuple[str, str, str], list[Quote]],
) -> list[Relation]:
    relations: dict[str, Relation] = {}
    facts: dict[tuple[str, str, str, bool], Fact] = {}
    for prop, term, graph, key in items:
        label = name(prop)
        relation = relations.setdefault(label, Relation(label, prop))
        fact_key = (label, prop, term.value, term.is_iri)
        fact = facts.get(fact_key)
        if fact is None:
            fact = facts[fact_key] = Fact(term, quotes=list(quotes.get(key, [])))
            relation.facts.append(fact)
        fact.sources.add(graph)
    for relation in relations.values():
        relation.facts.sort(key=lambda f: f.term.value)
    return sorted(relations.values(), key=lambda r: r.label)


def _said(rows: list[dict[str, Term]], labels: dict[str, str], base: str) -> list[Quote]:
    seen: dict[str, Quote] = {}
    for row in rows:
        doc = row["doc"].value
        text = row["quote"].value
        if text not in seen:
            start = row["start"].value if "start" in row else ""
            seen[text] = Quote(text, doc, labels.get(doc, doc), quote_href(doc, start, base))
    return list(seen.values())


def _events(
    iri: str,
    outgoing: list[dict[str, Term]],
    incoming: list[dict[str, Term]],
    info: dict[str, _Info],
    vocabulary: dict[str, str],
) -> list[Event]:
    roles: dict[str, set[str]] = defaultdict(set)
    for row in incoming:
        roles[row["s"].value].add(role_label(row["p"].value, vocabulary))
    for row in outgoing:
        if row["o"].is_iri and row["p"].value == SCHEMA + "superEvent":
            roles[row["o"].value].add("the larger event it belongs to")
    events = []
    for neighbour, role in roles.items():
        entry = info.get(neighbour)
        if neighbour == iri or entry is None or not entry.types & _EVENTS:
            continue
        dates = sorted(entry.dates)
        events.append(
            Event(
                neighbour,
                entry.label or neighbour,
                ", ".join(sorted(class_label(t, vocabulary) for t in entry.types & _EVENTS)),
                dates[0] if dates else "",
                " / ".join(format_date(d) for d in dates),
                ", ".join(sorted(role)),
            )
        )
    events.sort(key=lambda e: (e.date or "9999", e.label))
    return events


def _first(rows: list[dict[str, Term]], prop: str) -> str:
    return next((r["o"].value for r in rows if r["p"].value == prop), "")


def _all(rows: list[dict[str, Term]], prop: str) -> list[str]:
    return sorted({r["o"].value for r in rows if r["p"].value == prop})
