"""Claims and their evidence: the typed middle of the pipeline.

A ``Claim`` cannot exist without ``Evidence``: the document, the sentence and the exact words
that state it. Two sources that disagree give two claims; nothing overwrites anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.vocabulary import XSD

__all__ = ["Claim", "Evidence", "Ref", "Value"]


@dataclass(frozen=True, order=True)
class Ref:
    """A resource: a key under the data namespace (``treaty/cets-126``) or an absolute IRI."""

    key: str

    @property
    def is_absolute(self) -> bool:
        return "://" in self.key


@dataclass(frozen=True, order=True)
class Value:
    """A literal, with its datatype IRI (dates keep their precision: xsd:date, gYearMonth, gYear)."""

    lexical: str
    datatype: str = XSD.string
    language: str | None = None


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a claim is stated: offsets are into the document text, end exclusive."""

    document: str  # the document key
    sentence_index: int
    sentence_start: int
    sentence_end: int
    start: int
    end: int
    quote: str

    def __post_init__(self) -> None:
        if not (self.sentence_start <= self.start < self.end <= self.sentence_end):
            raise ValueError(
                f"evidence {self.start}-{self.end} lies outside its sentence "
                f"{self.sentence_start}-{self.sentence_end}"
            )
        if len(self.quote) != self.end - self.start:
            raise ValueError("the quote's length does not match its offsets")


@dataclass(frozen=True, order=True)
class Claim:
    """One statement a document makes: subject, predicate (a full IRI), object, and evidence.

    ``attributed_to`` names who is speaking when the document reports someone else's words
    (a quoted official, "according to AP"); the document itself is always the source.
    ``date_note`` says how a date the text does not write in full was resolved ("relative:
    'yesterday', counted from the document's date 2012-09-10").
    """

    subject: Ref
    predicate: str
    object: Ref | Value
    evidence: Evidence
    attributed_to: Ref | None = None
    date_note: str | None = None
