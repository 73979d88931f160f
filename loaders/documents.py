"""Documents as text with character offsets: the first stage of the pipeline.

Offsets count Unicode code points of the text as read (Python ``str`` indices), which is what
Web Annotation's ``TextPositionSelector`` counts, so evidence can be found again in the source.
The text is never rewritten.

A plain ``.txt`` is enough: its title, date, place, publisher and author are read from its
opening lines where it states them (``loaders.datelines``), each with a note of where. A
``.meta.json`` sidecar beside it overrides field by field: a field the sidecar names, even as
``null``, is the sidecar's; a field it leaves out is the text's.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from loaders.datelines import dateline_end, read_header
from loaders.errors import DocumentError

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Document",
    "DocumentMetadata",
    "Sentence",
    "check_sidecar",
    "document_from_text",
    "document_key",
    "parse_document",
    "read_document",
    "read_metadata",
    "read_sidecar",
    "read_text",
    "sidecar_path",
    "split_sentences",
]

DOCUMENT_SUFFIXES = (".txt",)
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
MAX_TITLE_CHARS = 200


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DocumentMetadata:
    """What is known about a document, from its sidecar or its own text; only what the text supports."""

    title: str
    publisher: str | None = None
    author: str | None = None
    date_published: str | None = None  # xsd:date, xsd:gYearMonth or xsd:gYear lexical form
    date_note: str | None = None  # how the date was found or an ambiguous one read, and why
    language: str = "en"
    url: str | None = None
    place: str | None = None  # where it was written: the dateline's city
    metadata_note: str | None = None  # how the other fields were found in the text


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
    """Read a UTF-8 text document, and its ``.meta.json`` sidecar if there is one.

    :raises DocumentError: if the file is missing, too large, not UTF-8 text or empty, or its
        sidecar is malformed.
    """
    return document_from_text(read_text(path), document_key(path), read_sidecar(path), where=path)


def read_text(path: Path) -> str:
    """A document file's text, without reading it into sentences or metadata.

    :raises DocumentError: if the file is missing, too large or not UTF-8.
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
    return text


def document_from_text(
    text: str, key: str, sidecar: dict[str, str | None] | None = None, *, where: Path
) -> Document:
    """A document from text already decoded, with checked sidecar fields (``check_sidecar``).

    ``where`` names the source in errors: the file, or what stands for it when the text came
    over HTTP. ``read_document`` and the HTTP service both build documents here.

    :raises DocumentError: if the text is empty or holds NUL characters.
    """
    if "\x00" in text:
        raise DocumentError(where, "contains NUL characters: binary data, not text")
    if not text.strip():
        raise DocumentError(where, "the document is empty")
    sentences = split_sentences(text)
    metadata = read_metadata(text, sidecar, sentences)
    return Document(key=key, text=text, metadata=metadata, sentences=sentences)


def parse_document(text: str, metadata: DocumentMetadata, key: str) -> Document:
    return Document(key=key, text=text, metadata=metadata, sentences=split_sentences(text))


def read_metadata(
    text: str, sidecar: dict[str, str | None] | None = None, sentences: tuple[Sentence, ...] | None = None
) -> DocumentMetadata:
    """The document's metadata: each field the sidecar names, else what the text states.

    A text with no headline line takes its first sentence (cut at a word near
    ``MAX_TITLE_CHARS``) as its title, so every document has one.
    """
    given = sidecar or {}
    header = read_header(text)
    notes = {note.split(":", 1)[0]: note for note in header.notes}
    title = header.title
    if title is None:
        title = _first_sentence(text, sentences or split_sentences(text))
        notes["title"] = "title: the first sentence, as the text has no headline line"
    found = {"title": title, "publisher": header.publisher, "author": header.author, "place": header.place}
    from_text = [
        notes[name] for name, value in found.items() if name not in given and value and name in notes
    ]

    def pick(name: str, value: str | None) -> str | None:
        return given.get(name, value)

    if "date_published" in given:
        date, date_note = given["date_published"], given.get("date_note")
    else:
        date, date_note = header.date, pick("date_note", header.date_note)
    return DocumentMetadata(
        title=pick("title", title) or title,
        publisher=pick("publisher", header.publisher),
        author=pick("author", header.author),
        date_published=date,
        date_note=date_note,
        language=given.get("language") or "en",
        url=given.get("url"),
        place=pick("place", header.place),
        metadata_note=pick("metadata_note", "; ".join(from_text) or None),
    )


def _first_sentence(text: str, sentences: tuple[Sentence, ...]) -> str:
    for sentence in sentences:
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", sentence.start)
        cut = dateline_end(text[line_start : len(text) if line_end < 0 else line_end])
        if cut is not None and sentence.end <= line_start + cut:
            continue  # the dateline alone
        words = sentence.text
        if len(words) > MAX_TITLE_CHARS:
            words = words[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
        return words
    return text.strip()[:MAX_TITLE_CHARS]


def read_sidecar(path: Path) -> dict[str, str | None]:
    """The fields of the sidecar of the document at ``path``, checked; an empty dict when the
    document has no sidecar."""
    meta_path = sidecar_path(path)
    try:
        raw = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as exc:
        raise DocumentError(meta_path, f"malformed JSON: {exc.msg}", line=exc.lineno) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(meta_path, f"cannot read: {exc}") from exc
    return check_sidecar(raw, meta_path)


def check_sidecar(raw: object, meta_path: Path) -> dict[str, str | None]:
    """Sidecar fields checked: known names, strings or null, a non-empty title, a real date.

    :raises DocumentError: naming ``meta_path`` and the first field that is wrong.
    """
    if not isinstance(raw, dict):
        raise DocumentError(meta_path, "needs a JSON object of metadata fields")
    known = {f for f in DocumentMetadata.__dataclass_fields__}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise DocumentError(
            meta_path, f"unknown fields: {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
    for name, value in raw.items():
        if value is not None and not isinstance(value, str):
            raise DocumentError(meta_path, f"field '{name}' must be a string or null")
    if "title" in raw and not raw["title"]:
        raise DocumentError(meta_path, "'title', when given, must be a non-empty string")
    date = raw.get("date_published")
    if date is not None and not _is_calendar_date(date):
        raise DocumentError(
            meta_path, f"date_published {date!r} is not a real date as YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return raw


def _is_calendar_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return False
    try:
        datetime.date.fromisoformat((text + "-01-01")[:10])
    except ValueError:
        return False
    return True


# Within a line, a sentence ends at . ! ? (optionally followed by a closing quote or bracket)
# before whitespace and an upper-case letter, digit or opening quote. A line break always ends one.
_BOUNDARY = re.compile(r"""(?<=[.!?])["'”’)\]]?\s+(?=["'“‘(\[]?[A-Z0-9])""")
# A full stop after these is an abbreviation, not the end of a sentence: titles and ranks before
# a name ("Gov. Lee", "Lt. Col. Park"), references before a number ("No. 5", "para. 12"), months
# before a day ("Sept. 10"), initials ("J. Smith", "U.N.") and the "v." of a case's name
# ("Fedotova and Others v. Russia").
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Mme|Prof|St|Gov|Amb|Pres|Sen|Rep|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Cmdr|Hon|Rev|Atty|Adv|Engr|"
    r"Fr|Jr|Sr|Insp|Supt|Mt|Ft|Dept|Univ|Inc|Ltd|Co|Corp|No|Nos|Art|Arts|Sec|vs|v|etc|e\.g|i\.e|"
    r"(?i:para|paras|cf|approx|vol|vols|pp|ch|fig|nr|ca)|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$"
)


# "no." and "nos." in lower case abbreviate "number" only before a number
_NUMBER_WORD = re.compile(r"\bnos?\.$")


# The dots that lead a fact file's key to its value ("Adopted ....... Durban, 9 July 2002"): a run
# of four or more, or dots after a space, join the row's two halves rather than end a sentence
_LEADER = re.compile(r"(?:\s\.+|\.{4,})$")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split into sentences with offsets into ``text``; headings, list items, the lines of an
    interview (a speaker's name, then the answer) and a dateline opening a paragraph each count
    as a sentence of their own."""
    sentences: list[Sentence] = []
    for start, end in _lines(text):
        cut = dateline_end(text[start:end])
        if cut is not None:
            _append(sentences, text, start, start + cut)
            start += cut
        for match in _BOUNDARY.finditer(text, start, end):
            candidate = text[start : match.start()]
            if _ABBREVIATIONS.search(candidate.rstrip("\"'”’)]")):
                continue  # "Dr. Edwards", "No. 126": not a boundary
            if _LEADER.search(candidate):
                continue  # "In force ........ 26 December 2003": one row of a fact file
            if _NUMBER_WORD.search(candidate) and text[match.end() : match.end() + 1].isdigit():
                continue  # "(application no. 27765/09)": a reference before its number
            _append(sentences, text, start, match.start() + _closing_len(match.group(0)))
            start = match.end()
        _append(sentences, text, start, end)
    return tuple(sentences)


# A line that runs on into the next: long, with no closing punctuation, the next line right after
# it opening with a word ("... the Convention on the Rights of Persons with\nDisabilities on ...")
_RUNS_ON = re.compile(r"[^\n]{50,}(?<![.!?:;\"'\u201d\u2019)\]])\n(?=[\"\u201c(]?[A-Za-z0-9])")


def _lines(text: str) -> list[tuple[int, int]]:
    """The text's lines, or, in a text wrapped at a fixed width (hardly a line longer than 100
    characters, and two or more running on into the next), its lines with the runs rejoined: a
    line break there is only layout. A headline over a one-line paragraph stays a line."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    runs = {m.end() - 1 for m in _RUNS_ON.finditer(text)}  # the line breaks that are layout
    long = sum(1 for start, end in lines if end - start > 100)
    if len(runs) < 2 or long > len(lines) // 10:
        return lines
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out and out[-1][1] in runs:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


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
