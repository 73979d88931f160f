from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.documents import document_key, read_document, sidecar_path, split_sentences
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


def plain(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


WIRE = (
    "Veloria quits rights charter\n"
    "By Jane Doe\n\n"
    "PORT SALVO, 10 September 2012 (Reuters) – Veloria said on Monday it would leave the charter.\n"
)


def test_plain_text_without_a_sidecar_loads_with_what_it_states(tmp_path: Path) -> None:
    document = read_document(plain(tmp_path, "wire", WIRE))
    meta = document.metadata
    assert meta.title == "Veloria quits rights charter"
    assert (meta.date_published, meta.place, meta.publisher, meta.author) == (
        "2012-09-10",
        "Port Salvo",
        "Reuters",
        "Jane Doe",
    )
    assert meta.date_note is not None and "dateline" in meta.date_note
    assert meta.metadata_note is not None
    for field in ("title", "place", "publisher", "author"):
        assert f"{field}:" in meta.metadata_note
    assert document.text == WIRE  # the text is never rewritten


def test_sidecar_overrides_field_by_field(tmp_path: Path) -> None:
    path = plain(tmp_path, "wire", WIRE)
    (tmp_path / "wire.meta.json").write_text(json.dumps({"title": "Given title", "publisher": None}))
    meta = read_document(path).metadata
    assert meta.title == "Given title"
    assert meta.publisher is None  # named as null: the sidecar's
    assert (meta.date_published, meta.place, meta.author) == ("2012-09-10", "Port Salvo", "Jane Doe")
    assert meta.metadata_note is not None and "title:" not in meta.metadata_note
    (tmp_path / "wire.meta.json").write_text(json.dumps({"date_published": None, "date_note": "Undated."}))
    meta = read_document(path).metadata
    assert (meta.date_published, meta.date_note) == (None, "Undated.")


def test_text_with_no_headline_takes_its_first_sentence(tmp_path: Path) -> None:
    text = "GENEVA (AP) — The committee met on Monday. It adopted a report. " + "More words. " * 30
    meta = read_document(plain(tmp_path, "nohead", text)).metadata
    assert meta.title == "The committee met on Monday."
    assert meta.metadata_note is not None and "first sentence" in meta.metadata_note


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_corpus_text_alone_gives_a_title_and_never_a_wrong_date(path: Path, tmp_path: Path) -> None:
    alone = plain(tmp_path, path.stem, path.read_text(encoding="utf-8"))
    meta = read_document(alone).metadata
    given = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
    assert meta.title and len(meta.title) <= 203
    if not meta.title.endswith("…") and given["title"] in path.read_text(encoding="utf-8").splitlines():
        assert meta.title == given["title"]
    assert meta.date_published in (None, given["date_published"])


def test_ambiguous_page_date_is_reasoned_from_the_text_alone(tmp_path: Path) -> None:
    source = CORPUS / "002_39aad6f8c269f6e4.txt"
    meta = read_document(plain(tmp_path, "omct", source.read_text(encoding="utf-8"))).metadata
    assert meta.date_published == "2025-12-07"
    assert meta.date_note is not None and "07.12.25" in meta.date_note and "day.month.year" in meta.date_note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CARACAS, 10 Sept. 2012 (Reuters) - Venezuela said it would leave. The U.N. body regretted it.",
            [
                "CARACAS, 10 Sept. 2012 (Reuters) -",
                "Venezuela said it would leave.",
                "The U.N. body regretted it.",
            ],
        ),
        (
            "Dr. Ana Ruiz met Mr. J. Smith. Protocol No. 5 was cited. It was signed on Sept. 10 by Gov. Lee.",
            [
                "Dr. Ana Ruiz met Mr. J. Smith.",
                "Protocol No. 5 was cited.",
                "It was signed on Sept. 10 by Gov. Lee.",
            ],
        ),
        (
            "Amb. Chen and Lt. Col. Park spoke. See para. 12 of the report. Approx. 40 states signed.",
            [
                "Amb. Chen and Lt. Col. Park spoke.",
                "See para. 12 of the report.",
                "Approx. 40 states signed.",
            ],
        ),
        (
            "Q: What changes now?\nMARIA LOPEZ\nVery little. The visits stop.\nQ. And later?\nA. Nothing.",
            [
                "Q: What changes now?",
                "MARIA LOPEZ",
                "Very little.",
                "The visits stop.",
                "Q. And later?",
                "A. Nothing.",
            ],
        ),
    ],
)
def test_sentences_around_datelines_abbreviations_and_interviews(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


WRAPPED = """Peru ratifies

LIMA, 3 March 2016 (Andes Wire) - Peru ratified the Convention on the Rights of Persons with
Disabilities on 30 January 2008, the foreign ministry recalled in a statement issued on
Thursday. Chile ratified the Convention against Torture in 1988.
"""

BRIEFS = (
    "News in brief\n\n"
    "Peru ratifies the disability convention after a long debate in Congress\n"
    "The Congress of Peru voted on Thursday to approve the Convention on the Rights of Persons with "
    "Disabilities, which the government had signed in 2007, and sent it to the president.\n"
    "Chile joins the torture convention twenty years after signing it in Geneva\n"
    "Chile ratified the Convention against Torture in 1988, the foreign ministry said in a statement "
    "published in Santiago on Friday.\n"
)


def test_a_text_wrapped_at_a_fixed_width_reads_its_sentences_across_the_breaks() -> None:
    sentences = [s.text for s in split_sentences(WRAPPED)]
    assert any(s.startswith("Peru ratified") and s.endswith("Thursday.") for s in sentences)
    assert "Chile ratified the Convention against Torture in 1988." in sentences


def test_headlines_over_one_line_paragraphs_stay_sentences_of_their_own() -> None:
    sentences = [s.text for s in split_sentences(BRIEFS)]
    assert "Peru ratifies the disability convention after a long debate in Congress" in sentences
    assert "Chile joins the torture convention twenty years after signing it in Geneva" in sentences
