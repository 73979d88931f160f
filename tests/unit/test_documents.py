from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.documents import document_key, read_document, split_sentences
from loaders.errors import DocumentError

CORPUS = Path(__file__).resolve().parents[2] / "data" / "documents"


def write_document(folder: Path, name: str, text: bytes | str, meta: object | None = None) -> Path:
    path = folder / f"{name}.txt"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    sidecar = folder / f"{name}.meta.json"
    sidecar.write_text(json.dumps(meta if meta is not None else {"title": "A test"}), encoding="utf-8")
    return path


def test_sentences_keep_offsets_into_the_text() -> None:
    text = "Dr. Alice Jill Edwards spoke. Russia signed No. 126 in 1996.\nA heading\n  • A bullet item."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Dr. Alice Jill Edwards spoke.",
        "Russia signed No. 126 in 1996.",
        "A heading",
        "A bullet item.",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_quote_closing_a_sentence_stays_with_it() -> None:
    text = "He said, “That possibility is now lost.” Then he left."
    first, second = split_sentences(text)
    assert first.text.endswith("lost.”")
    assert second.text == "Then he left."


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_corpus_document_reads_with_its_sidecar(path: Path) -> None:
    document = read_document(path)
    assert document.metadata.title
    assert len(document.sentences) > 5
    assert document.key == document_key(path)


def test_corpus_has_five_documents() -> None:
    assert len(sorted(CORPUS.glob("*.txt"))) == 5


def test_ambiguous_date_is_read_with_its_reason() -> None:
    document = read_document(CORPUS / "002_39aad6f8c269f6e4.txt")
    assert document.metadata.date_published == "2025-12-07"
    assert document.metadata.date_note and "07.12.25" in document.metadata.date_note


def test_not_utf8_names_file_and_line(tmp_path: Path) -> None:
    path = write_document(tmp_path, "latin", b"first line\nsecond " + "caf\xe9".encode("latin-1"))
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert info.value.line == 2
    assert "latin.txt" in str(info.value) and "UTF-8" in str(info.value)


def test_binary_and_empty_documents_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="binary"):
        read_document(write_document(tmp_path, "bin", b"PK\x03\x04\x00\x00"))
    with pytest.raises(DocumentError, match="empty"):
        read_document(write_document(tmp_path, "empty", "  \n"))


def test_sidecar_problems_are_named(tmp_path: Path) -> None:
    path = write_document(tmp_path, "doc", "Some text.")
    (tmp_path / "doc.meta.json").write_text('{"title": "x",', encoding="utf-8")
    with pytest.raises(DocumentError, match="malformed JSON"):
        read_document(path)
    (tmp_path / "doc.meta.json").write_text('{"title": "x", "date_published": "07.12.25"}', encoding="utf-8")
    with pytest.raises(DocumentError, match="date_published"):
        read_document(path)
    sidecar = tmp_path / "doc.meta.json"
    sidecar.write_text('{"title": "x", "date_published": "2025-13-45"}', encoding="utf-8")
    with pytest.raises(DocumentError, match="not a real date"):
        read_document(path)
