"""What one named graph gives the search index: names, quotes and passages of text.

A graph is read on its own, from its triples, so that the index can be kept per graph: when a
document's graph is replaced only that graph is read again. What a graph says is taken apart
into

- *names*: ``skos:prefLabel``, ``altLabel`` and ``hiddenLabel`` of IRIs, with the types the graph
  gives them (an entity may be named in one graph and typed in another: the index joins them);
- *quotes* that tie an entity to words: the exact words (``oa:exact``) of each claim's evidence,
  linked to the claim's subject and object, so that a name spelt as an article spells it still
  leads to the entity the claim is about;
- *passages*: the words of statements (``tg:quote``) and each document's text (``schema:text``)
  cut into sentences, each with the document it comes from.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from api.folding import fold
from api.pages.terms import DCT, OA, RDF, SCHEMA, SKOS, TG

__all__ = ["NAME_WEIGHTS", "GraphText", "Name", "Passage", "read_graph", "sentence_spans"]

# How much a match through each kind of name counts: a hidden label only names the entity in
# context ("Moscow" for Russia).
NAME_WEIGHTS = {SKOS + "prefLabel": 1.0, SKOS + "altLabel": 0.95, SKOS + "hiddenLabel": 0.8}
# Types that only carry evidence: kept out of the index, which names what one browses.
_PLUMBING = frozenset(
    {TG + "Claim", TG + "Evidence", TG + "Sentence", OA + "TextQuoteSelector", OA + "TextPositionSelector"}
)
_SOURCE_DOCUMENT = TG + "SourceDocument"
# A sentence ends at . ! ? or … (and any closing quote or bracket) before a space and a capital,
# a digit or an opening quote; a blank line ends a paragraph. Good enough to show a passage.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9\u0400-\u04FF])|\n\s*\n")
# Past this a passage is cut at a space: a snippet shows a sentence, not a page.
_MAX_PASSAGE_CHARS = 600


@dataclass(frozen=True)
class Name:
    """One name of an entity: as written, folded, and how much a match through it counts."""

    text: str
    folded: str
    weight: float


@dataclass(frozen=True)
class Passage:
    """Words a search can land on: a statement's quote or a sentence of a document.

    ``iri`` is the statement, or for a sentence the document with an RFC 5147 fragment
    (``#char=120,245``) giving the sentence's place in the text.
    """

    iri: str
    text: str
    label: str
    document: str | None
    source: str  # "quote" or "text"


@dataclass
class GraphText:
    """One graph's names, quotes and passages, with its own postings (folded word to holders)."""

    names: dict[str, list[Name]] = field(default_factory=dict)
    types: dict[str, list[str]] = field(default_factory=dict)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (entity IRI, quoted words)
    passages: list[Passage] = field(default_factory=list)
    name_words: dict[str, set[str]] = field(default_factory=dict)  # word -> entity IRIs
    quote_words: dict[str, list[int]] = field(default_factory=dict)  # word -> quote numbers
    passage_words: dict[str, list[int]] = field(default_factory=dict)  # word -> passage numbers

    def post(self) -> GraphText:
        """Fill the postings from the names, quotes and passages; returns ``self``."""
        name_words: dict[str, set[str]] = defaultdict(set)
        for iri, names in self.names.items():
            for name in names:
                for word in name.folded.split():
                    name_words[word].add(iri)
        self.name_words = dict(name_words)
        self.quote_words = _postings(text for _iri, text in self.quotes)
        self.passage_words = _postings(p.text for p in self.passages)
        return self

    def vocabulary(self) -> set[str]:
        return set(self.name_words) | set(self.quote_words) | set(self.passage_words)


def _postings(texts: Iterable[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for number, text in enumerate(texts):
        for word in set(fold(text).split()):
            found[word].append(number)
    return dict(found)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends, blanks trimmed, long ones cut."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in [*_SENTENCE_END.finditer(text), None]:
        end = boundary.start() if boundary is not None else len(text)
        if boundary is not None and text[boundary.start() : boundary.end()].strip():
            end = boundary.start() + len(text[boundary.start() : boundary.end()].rstrip())
        spans += _cut(text, start, end)
        if boundary is not None:
            start = boundary.end()
    return spans


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    pieces: list[tuple[int, int]] = []
    while end - start > _MAX_PASSAGE_CHARS:
        cut = text.rfind(" ", start, start + _MAX_PASSAGE_CHARS)
        cut = cut if cut > start else start + _MAX_PASSAGE_CHARS
        pieces.append((start, cut))
        start = cut + 1
    if end > start:
        pieces.append((start, end))
    return pieces


def read_graph(triples: Iterable[ox.Triple]) -> GraphText:
    """Take one graph's triples apart into what the index keeps of it."""
    labels: dict[str, list[Name]] = defaultdict(list)
    pref: dict[str, str] = {}
    types: dict[str, list[str]] = defaultdict(list)
    links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    literals: dict[str, dict[str, str]] = defaultdict(dict)
    for t in triples:
        subject, predicate, obj = t.subject, t.predicate.value, t.object
        if not isinstance(subject, ox.NamedNode):
            continue
        s = subject.value
        if isinstance(obj, ox.Literal):
            if predicate in NAME_WEIGHTS:
                name = Name(obj.value, fold(obj.value), NAME_WEIGHTS[predicate])
                if name not in labels[s]:
                    labels[s].append(name)
                if predicate == SKOS + "prefLabel":
                    pref.setdefault(s, obj.value)
            literals[predicate][s] = obj.value
        elif isinstance(obj, ox.NamedNode):
            if predicate == RDF + "type":
                types[s].append(obj.value)
            else:
                links[predicate][s].append(obj.value)
    text = GraphText()
    for iri, names in labels.items():
        # The preferred label first: it is what a result shows.
        names.sort(key=lambda n: -n.weight)
        text.names[iri] = names
    text.types = {
        iri: sorted(kinds) for iri, kinds in types.items() if iri in labels or not _PLUMBING.issuperset(kinds)
    }
    text.quotes = _claim_quotes(links, literals)
    documents = sorted(iri for iri, kinds in types.items() if _SOURCE_DOCUMENT in kinds)
    document = documents[0] if len(documents) == 1 else None
    for statement, words in sorted(literals[TG + "quote"].items()):
        label = pref.get(statement, "Statement")
        text.passages.append(Passage(statement, words, label, document, "quote"))
    for doc, body in sorted(literals[SCHEMA + "text"].items()):
        title = literals[DCT + "title"].get(doc) or pref.get(doc) or doc
        for start, end in sentence_spans(body):
            text.passages.append(Passage(f"{doc}#char={start},{end}", body[start:end], title, doc, "text"))
    return text.post()


def _claim_quotes(
    links: dict[str, dict[str, list[str]]], literals: dict[str, dict[str, str]]
) -> list[tuple[str, str]]:
    """(entity, exact words) for each claim's evidence, the entity being its subject or object."""
    exact = literals[OA + "exact"]
    selectors = links[OA + "hasSelector"]
    about = links[RDF + "subject"]
    objects = links[RDF + "object"]
    found: set[tuple[str, str]] = set()
    for claim, evidence in links[TG + "evidence"].items():
        entities = [*about.get(claim, ()), *objects.get(claim, ())]
        for ev in evidence:
            for selector in selectors.get(ev, ()):
                words = exact.get(selector)
                if words is not None:
                    found.update((entity, words) for entity in entities)
    return sorted(found)
