"""Documents as text with character offsets: the first stage of the pipeline.

Offsets count Unicode code points of the text as read (Python ``str`` indices), which is what
Web Annotation's ``TextPositionSelector`` counts, so evidence can be found again in the source.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import DocumentError

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Document",
    "DocumentMetadata",
    "Sentence",
    "document_key",
    "parse_document",
    "read_document",
    "sidecar_path",
    "split_sentences",
]

DOCUMENT_SUFFIXES = (".txt",)
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DocumentMetadata:
    """What the sidecar says about a document; only what the text itself supports."""

    title: str
    publisher: str | None = None
    author: str | None = None
    date_published: str | None = None  # xsd:date, xsd:gYearMonth or xsd:gYear lexical form
    date_note: str | None = None  # how an ambiguous date was read, and why
    language: str = "en"
    url: str | None = None


@dataclass(frozen=True)
class Document:
    key: str
    text: str
    metadata: DocumentMetadata
    sentences: tuple[Sentence, ...]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(unicodedata.normalize("NFC", self.text).encode("utf-8")).hexdigest()

    def sentence_at(self, offset: int) -> Sentence:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        raise ValueError(f"offset {offset} is outside every sentence of {self.key}")


def document_key(path: Path) -> str:
    """A stable, IRI-safe key from the file name, so reloading a document replaces its graph."""
    stem = path.name
    for suffix in DOCUMENT_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
    key = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if not key:
        raise DocumentError(path, "the file name gives no usable document key")
    return key


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".txt") + ".meta.json")


def read_document(path: Path) -> Document:
    """Read a UTF-8 text document and its ``.meta.json`` sidecar.

    :raises DocumentError: if the file is missing, too large, not UTF-8 text, empty, or its
        sidecar is missing or malformed.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError(path, f"larger than {MAX_DOCUMENT_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentError(path, f"not valid UTF-8 (byte {exc.start})", line=line) from exc
    if "\x00" in text:
        raise DocumentError(path, "contains NUL characters: binary data, not text")
    if not text.strip():
        raise DocumentError(path, "the document is empty")
    metadata = _read_metadata(path)
    return parse_document(text, metadata, document_key(path))


def parse_document(text: str, metadata: DocumentMetadata, key: str) -> Document:
    return Document(key=key, text=text, metadata=metadata, sentences=split_sentences(text))


def _read_metadata(path: Path) -> DocumentMetadata:
    meta_path = sidecar_path(path)
    try:
        raw = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DocumentError(meta_path, "metadata sidecar missing") from exc
    except json.JSONDecodeError as exc:
        raise DocumentError(meta_path, f"malformed JSON: {exc.msg}", line=exc.lineno) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(meta_path, f"cannot read: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("title"), str) or not raw["title"]:
        raise DocumentError(meta_path, "needs a JSON object with a non-empty 'title'")
    known = {f for f in DocumentMetadata.__dataclass_fields__}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise DocumentError(meta_path, f"unknown fields: {', '.join(unknown)}")
    for name, value in raw.items():
        if value is not None and not isinstance(value, str):
            raise DocumentError(meta_path, f"field '{name}' must be a string or null")
    date = raw.get("date_published")
    if date is not None and not _is_calendar_date(date):
        raise DocumentError(
            meta_path, f"date_published {date!r} is not a real date as YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return DocumentMetadata(**raw)


def _is_calendar_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return False
    try:
        datetime.date.fromisoformat((text + "-01-01")[:10])
    except ValueError:
        return False
    return True


# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
# whitespace and an upper-case letter, digit or opening quote; or at a line break.
_BOUNDARY = re.compile(r"""(?<=[.!?])["'”’)\]]?\s+(?=["'“‘(\[]?[A-Z0-9])|\n+""")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Nos|Art|Arts|Gen|Sen|Rep|Jr|Sr|vs|etc|e\.g|i\.e|Inc|Ltd|Co|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$"
)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split into sentences with offsets into ``text``; headings and list items count as sentences."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.start()]
        if "\n" not in match.group(0) and _ABBREVIATIONS.search(candidate.rstrip("\"'”’)]")):
            continue  # "Dr. Edwards", "No. 126": not a boundary
        _append(sentences, text, start, match.start() + _closing_len(match.group(0)))
        start = match.end()
    _append(sentences, text, start, len(text))
    return tuple(sentences)


def _closing_len(separator: str) -> int:
    return len(separator) - len(separator.lstrip("\"'”’)]"))


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    start, end = start + lead, end - trail
    # bullets are layout, not words
    while start < end and text[start] in "•·*-–":
        start += 1
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
