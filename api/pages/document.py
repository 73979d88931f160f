"""The document page: an article's text with every claim's evidence span highlighted and linked to
the entity the claim is about.

Spans overlap (one sentence can state several facts), so the text is cut at every span boundary
and each piece links to the entity of the narrowest span covering it; its title names them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from api.config import Services
from api.pages.data import labels, select
from api.pages.dates import format_date
from api.pages.terms import DCT, OA, PROV, RDF, SCHEMA, TG

__all__ = ["DocumentView", "Segment", "Span", "document_view", "segments"]


@dataclass(frozen=True)
class Segment:
    """A piece of the text: plain (no ``targets``) or a highlight linking to ``targets[0]``."""

    text: str
    targets: tuple[str, ...] = ()
    anchor: str = ""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    target: str


@dataclass
class DocumentView:
    iri: str
    title: str
    meta: list[tuple[str, str, str]]  # (heading, text, link)
    segments: list[Segment]
    labels: dict[str, str]
    mention_count: int


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """``text`` cut at every span boundary; a piece covered by spans links to the narrowest one's
    target, and a piece where a span starts carries the ``at-<offset>`` anchor quotes link to."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    starts = {s.start for s in valid}
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        covering = sorted(
            (s for s in valid if s.start <= a and s.end >= b), key=lambda s: (s.end - s.start, s.target)
        )
        targets = tuple(dict.fromkeys(s.target for s in covering))
        out.append(Segment(text[a:b], targets, f"at-{a}" if a in starts else ""))
    return out


def document_view(found: Services, iri: str) -> DocumentView | None:
    """The page's content, or ``None`` if ``iri`` is not a source document."""
    store = found.store
    ref = f"<{iri}>"
    rows = select(
        store,
        f"""SELECT ?title ?text ?issued ?note ?url ?language ?publisher ?author WHERE {{
          {ref} a <{TG}SourceDocument> ; <{DCT}title> ?title .
          OPTIONAL {{ {ref} <{SCHEMA}text> ?text }}
          OPTIONAL {{ {ref} <{DCT}issued> ?issued }}
          OPTIONAL {{ {ref} <{TG}dateNote> ?note }}
          OPTIONAL {{ {ref} <{SCHEMA}url> ?url }}
          OPTIONAL {{ {ref} <{DCT}language> ?language }}
          OPTIONAL {{ {ref} <{SCHEMA}publisher> ?publisher }}
          OPTIONAL {{ {ref} <{SCHEMA}author> ?author }}
        }} LIMIT 1""",
    )
    if not rows:
        return None
    row = rows[0]
    span_rows = select(
        store,
        f"""SELECT DISTINCT ?s ?p ?o ?start ?end WHERE {{
          ?claim <{PROV}wasDerivedFrom> {ref} ; <{RDF}subject> ?s ; <{RDF}predicate> ?p ;
                 <{RDF}object> ?o ; <{TG}evidence>/<{OA}hasSelector> ?pos .
          ?pos <{OA}start> ?start ; <{OA}end> ?end .
        }}""",
    )
    spans = []
    for span in span_rows:
        # A mention claim (document mentions X) is about X; any other claim is about its subject.
        mention = span["p"].value == SCHEMA + "mentions" and span["s"].value == iri
        target = span["o"].value if mention and span["o"].is_iri else span["s"].value
        try:
            spans.append(Span(int(span["start"].value), int(span["end"].value), target))
        except ValueError:
            continue
    people = [row[k].value for k in ("publisher", "author") if k in row]
    names = labels(store, [*people, *(s.target for s in spans)])
    meta: list[tuple[str, str, str]] = []
    if "publisher" in row:
        meta.append(
            ("Publisher", names.get(row["publisher"].value, row["publisher"].value), row["publisher"].value)
        )
    if "author" in row:
        meta.append(("Author", names.get(row["author"].value, row["author"].value), row["author"].value))
    meta.append(("Published", format_date(row["issued"].value) if "issued" in row else "not stated", ""))
    if "note" in row:
        meta.append(("About the date", row["note"].value, ""))
    if "language" in row:
        meta.append(("Language", row["language"].value, ""))
    if "url" in row:
        meta.append(("Original", row["url"].value, row["url"].value))
    text = row["text"].value if "text" in row else ""
    return DocumentView(
        iri=iri,
        title=row["title"].value,
        meta=meta,
        segments=segments(text, spans),
        labels=names,
        mention_count=len(spans),
    )
