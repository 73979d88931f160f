"""claims_to_triples(): a document and its claims as the triples of the document's named graph.

For each claim the graph holds the asserted triple itself, so plain SPARQL sees the facts, and
a ``tg:Claim`` (an ``rdf:Statement``) pointing at it with the evidence: the document, the
sentence, the exact words as a Web Annotation quote and position selector.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

import pyoxigraph as ox

from loaders.documents import Document
from loaders.facts import Claim, Ref, Value
from loaders.iris import Minter
from loaders.vocabulary import DCT, OA, PROV, RDF, SCHEMA, SKOS, TG, XSD

__all__ = ["claims_to_triples", "date_datatype"]

_CONTEXT_CHARS = 32


def claims_to_triples(
    document: Document,
    claims: Iterable[Claim],
    minter: Minter,
    known: Container[str] = frozenset(),
) -> list[ox.Triple]:
    """Every triple the document's graph holds, sorted so the output is byte-for-byte stable.

    ``known`` holds the keys the registry already describes: a publisher or author found there
    is linked, not described again (two preferred labels would fail the shapes).
    """
    doc = ox.NamedNode(minter.document(document.key))
    triples: set[ox.Triple] = set(_document_triples(document, doc, minter, known))
    sentences: set[int] = set()
    for claim in claims:
        triples.update(_claim_triples(document, claim, doc, minter))
        sentences.add(claim.evidence.sentence_index)
    for index in sentences:
        sentence = document.sentences[index]
        node = ox.NamedNode(minter.sentence(document.key, index))
        triples.update(
            [
                ox.Triple(node, _n(RDF.type), _n(TG.Sentence)),
                ox.Triple(node, _n(DCT.isPartOf), doc),
                ox.Triple(node, _n(TG.sentenceIndex), _int(index)),
                ox.Triple(node, _n(TG.startOffset), _int(sentence.start)),
                ox.Triple(node, _n(TG.endOffset), _int(sentence.end)),
                ox.Triple(node, _n(RDF.value), ox.Literal(sentence.text)),
            ]
        )
    return sorted(triples, key=str)


def date_datatype(lexical: str) -> str:
    """The XSD datatype whose precision matches a date's lexical form."""
    return {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(lexical), XSD.date)


def _document_triples(
    document: Document, doc: ox.NamedNode, minter: Minter, known: Container[str]
) -> list[ox.Triple]:
    meta = document.metadata
    out = [
        ox.Triple(doc, _n(RDF.type), _n(TG.SourceDocument)),
        ox.Triple(doc, _n(DCT.title), ox.Literal(meta.title)),
        ox.Triple(doc, _n(SKOS.prefLabel), ox.Literal(meta.title)),
        ox.Triple(doc, _n(DCT.language), ox.Literal(meta.language)),
        ox.Triple(doc, _n(TG.sha256), ox.Literal(document.sha256)),
        ox.Triple(doc, _n(SCHEMA.text), ox.Literal(document.text)),
    ]
    if meta.date_published:
        dt = date_datatype(meta.date_published)
        out.append(ox.Triple(doc, _n(DCT.issued), ox.Literal(meta.date_published, datatype=_n(dt))))
    if meta.date_note:
        out.append(ox.Triple(doc, _n(TG.dateNote), ox.Literal(meta.date_note)))
    if meta.metadata_note:
        out.append(ox.Triple(doc, _n(SKOS.note), ox.Literal(meta.metadata_note)))
    if meta.url:
        out.append(ox.Triple(doc, _n(SCHEMA.url), ox.NamedNode(meta.url)))
    for name, predicate, kind, cls in (
        (meta.publisher, SCHEMA.publisher, "org", TG.MediaOutlet),
        (meta.author, SCHEMA.author, "person", TG.Person),
        (meta.place, SCHEMA.locationCreated, "place", TG.Place),
    ):
        if not name:
            continue
        ref = minter.entity(kind, name)
        node = ox.NamedNode(minter.resolve(ref))
        out.append(ox.Triple(doc, _n(predicate), node))
        if ref.key not in known:
            out.append(ox.Triple(node, _n(RDF.type), _n(cls)))
            out.append(ox.Triple(node, _n(SKOS.prefLabel), ox.Literal(name)))
    return out


def _claim_triples(document: Document, claim: Claim, doc: ox.NamedNode, minter: Minter) -> list[ox.Triple]:
    subject = ox.NamedNode(minter.resolve(claim.subject))
    predicate = ox.NamedNode(claim.predicate)
    obj = _term(claim.object, minter)
    node = ox.NamedNode(minter.claim(claim))
    evidence = ox.NamedNode(node.value + "/evidence")
    quote = ox.NamedNode(node.value + "/evidence/quote")
    position = ox.NamedNode(node.value + "/evidence/position")
    ev = claim.evidence
    text = document.text
    out = [
        ox.Triple(subject, predicate, obj),
        ox.Triple(node, _n(RDF.type), _n(TG.Claim)),
        ox.Triple(node, _n(RDF.subject), subject),
        ox.Triple(node, _n(RDF.predicate), predicate),
        ox.Triple(node, _n(RDF.object), obj),
        ox.Triple(node, _n(PROV.wasDerivedFrom), doc),
        ox.Triple(node, _n(TG.evidence), evidence),
        ox.Triple(evidence, _n(RDF.type), _n(TG.Evidence)),
        ox.Triple(evidence, _n(OA.hasSource), doc),
        ox.Triple(evidence, _n(TG.sentence), ox.NamedNode(minter.sentence(document.key, ev.sentence_index))),
        ox.Triple(evidence, _n(OA.hasSelector), quote),
        ox.Triple(evidence, _n(OA.hasSelector), position),
        ox.Triple(quote, _n(RDF.type), _n(OA.TextQuoteSelector)),
        ox.Triple(quote, _n(OA.exact), ox.Literal(ev.quote)),
        ox.Triple(quote, _n(OA.prefix), ox.Literal(text[max(0, ev.start - _CONTEXT_CHARS) : ev.start])),
        ox.Triple(quote, _n(OA.suffix), ox.Literal(text[ev.end : ev.end + _CONTEXT_CHARS])),
        ox.Triple(position, _n(RDF.type), _n(OA.TextPositionSelector)),
        ox.Triple(position, _n(OA.start), _int(ev.start)),
        ox.Triple(position, _n(OA.end), _int(ev.end)),
    ]
    if claim.attributed_to is not None:
        speaker = ox.NamedNode(minter.resolve(claim.attributed_to))
        out.append(ox.Triple(node, _n(PROV.wasAttributedTo), speaker))
    if claim.date_note:
        out.append(ox.Triple(node, _n(TG.dateNote), ox.Literal(claim.date_note)))
    return out


def _term(obj: Ref | Value, minter: Minter) -> ox.NamedNode | ox.Literal:
    if isinstance(obj, Ref):
        return ox.NamedNode(minter.resolve(obj))
    if obj.language:
        return ox.Literal(obj.lexical, language=obj.language)
    return ox.Literal(obj.lexical, datatype=_n(obj.datatype))


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD.integer))
