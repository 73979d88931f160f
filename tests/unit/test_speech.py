"""The many ways news reports speech: who said the quoted words, read from sentences written
for these tests (wire, release, interview and feature phrasings)."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _statements(registry: Registry, text: str) -> list[tuple[str, str]]:
    """(speaker key, quote) of every statement node the text gives, sorted."""
    meta = DocumentMetadata(title="t", date_published="2024-05-02")
    claims: list[Claim] = extract(parse_document(text, meta, "t"), registry)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Statement)}
    out = []
    for node in nodes:
        speaker = next(c.object for c in claims if c.subject == node and c.predicate == TG.speaker)
        quote = next(c.object for c in claims if c.subject == node and c.predicate == TG.quote)
        assert isinstance(speaker, Ref) and isinstance(quote, Value)
        out.append((speaker.key, quote.lexical))
    return sorted(out)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # a title and name between the quotation and "told reporters" / "told AFP"
        (
            '"The treaty stays in force for now," Foreign Minister Ana Lopes told reporters in Lisbon.',
            "person/ana-lopes",
            "The treaty stays in force for now",
        ),
        (
            "\u201cWe will not be intimidated,\u201d Justice Minister Karel Novak told AFP on Tuesday.",
            "person/karel-novak",
            "We will not be intimidated",
        ),
        # a body speaking "in a statement", before or after its words
        (
            '"The decision is final," the Ministry of Foreign Affairs said in a statement.',
            "org/ministry-of-foreign-affairs",
            "The decision is final",
        ),
        (
            '"No state should leave quietly," the rights group Human Rights Watch said in a statement.',
            "org/human-rights-watch",
            "No state should leave quietly",
        ),
        # written rather than said
        (
            '"This is a dark day for the victims," Carlos Mendes wrote on social media.',
            "person/carlos-mendes",
            "This is a dark day for the victims",
        ),
        # single quotation marks, straight and curly, and guillemets
        (
            "'The convention protects women,' said Lena Brandt, a researcher at the institute.",
            "person/lena-brandt",
            "The convention protects women",
        ),
        (
            "\u2018We won\u2019t leave the covenant,\u2019 said Lena Brandt.",
            "person/lena-brandt",
            "We won\u2019t leave the covenant",
        ),
        (
            "\u00abThe commitment stands\u00bb, said Marie Dupont, the director of the agency.",
            "person/marie-dupont",
            "The commitment stands",
        ),
        (
            "\u00ab Nothing obliges us to stay \u00bb, said Marie Dupont.",
            "person/marie-dupont",
            "Nothing obliges us to stay",
        ),
        # the post first, the name after it
        (
            '"The decision is regrettable," said the UN High Commissioner for Human Rights, '
            "Volker T\u00fcrk.",
            "person/volker-turk",
            "The decision is regrettable",
        ),
        # an apposition without an article, and a relative clause, between name and verb
        (
            'Lucia Ferreira, director of the legal clinic, said: "Victims will lose access to the court."',
            "person/lucia-ferreira",
            "Victims will lose access to the court",
        ),
        (
            'Mariam Diallo, who teaches law in Dakar, said the notice "changes nothing for now".',
            "person/mariam-diallo",
            "changes nothing for now",
        ),
        # the speaker named between the verb and the words
        (
            'The decision, said Tomas Berg, "is a mistake that will be hard to undo".',
            "person/tomas-berg",
            "is a mistake that will be hard to undo",
        ),
        # "according to" a body that is not a news outlet
        (
            'According to the Nordic Prison Watch, the decision "puts detainees at risk".',
            "org/nordic-prison-watch",
            "puts detainees at risk",
        ),
    ],
)
def test_speaker_of_quoted_words(registry: Registry, text: str, speaker: str, words: str) -> None:
    found = _statements(registry, text)
    assert len(found) == 1, found
    assert found[0][0] == speaker
    assert words in found[0][1]


def test_a_quotation_split_around_the_speech_verb_is_the_same_speaker(registry: Registry) -> None:
    text = '"The court has lost its way," said Ibrahim Sesay, "and we will not go back to it."'
    found = _statements(registry, text)
    assert {s for s, _ in found} == {"person/ibrahim-sesay"}
    assert any("lost its way" in q for _, q in found) and any("go back" in q for _, q in found)


def test_a_quotation_going_on_in_the_next_sentence_keeps_its_speaker(registry: Registry) -> None:
    text = (
        '"Ratification is only a promise," said Hodan Ali, who runs a project in Mogadishu. '
        '"The work now is to keep it."'
    )
    found = _statements(registry, text)
    assert found == [
        ("person/hodan-ali", "Ratification is only a promise,"),
        ("person/hodan-ali", "The work now is to keep it."),
    ]


def test_a_quotation_over_two_paragraphs_is_quoted_in_both(registry: Registry) -> None:
    text = (
        'Petra Holm, a judge, said: "The state gave notice in March and the clock is running.\n\n'
        '"Nothing in the treaty lets it stop that clock."\n'
    )
    found = _statements(registry, text)
    assert [s for s, _ in found] == ["person/petra-holm", "person/petra-holm"]
    assert any(q.startswith("The state gave notice") for _, q in found)
    assert any(q.startswith("Nothing in the treaty") for _, q in found)


# ---------------------------------------------------------------------------- false facts


def test_a_quotation_after_an_unquoted_sentence_is_nobodys(registry: Registry) -> None:
    """A lone quotation after a sentence that quotes no one has no speaker to carry over."""
    text = 'Ana Ribeiro chaired the session. "Human rights begin at home," read a banner outside.'
    assert _statements(registry, text) == []


def test_a_person_after_the_speaking_body_is_not_its_voice_unless_in_apposition(registry: Registry) -> None:
    text = '"The ruling is final," said the Constitutional Court, and Ana Ribeiro left the chamber.'
    assert [s for s, _ in _statements(registry, text)] == ["org/constitutional-court"]


def test_someone_speaking_for_a_person_is_not_that_person(registry: Registry) -> None:
    text = (
        "Ana Ribeiro, a journalist, was detained in May. "
        "\u201cThe charges are political,\u201d Ribeiro\u2019s lawyer told reporters."
    )
    assert _statements(registry, text) == []


def test_apostrophes_open_no_quotation(registry: Registry) -> None:
    text = "Ana Ribeiro said the states' obligations under the country's laws won't change, she added."
    assert _statements(registry, text) == []


def test_according_to_without_quoted_words_is_no_statement(registry: Registry) -> None:
    text = "According to Peter Mwangi, a government spokesman, the ministry will study the ruling."
    assert _statements(registry, text) == []


def test_a_name_in_guillemets_is_a_scare_quote(registry: Registry) -> None:
    text = "Ana Ribeiro said the so-called \u00abforeign agents\u00bb law was under review."
    assert _statements(registry, text) == []
