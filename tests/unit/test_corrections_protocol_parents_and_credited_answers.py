"""A correction's withdrawn words, "the Convention" after only its protocol was named, states
that followed a day the text counts from, a plan that is no standing function, and an
interview answer that is a quotation with its own credit."""

from __future__ import annotations

from pathlib import Path

from readings import statements, treaty_actions

from loaders.documents import document_from_text
from loaders.extract import extract
from loaders.facts import Value
from loaders.registry import Registry
from loaders.vocabulary import TG


def test_the_withdrawn_words_of_a_correction_state_no_act(registry: Registry) -> None:
    text = (
        "Correction: An earlier version of this article said Canada had ratified the Arms Trade Treaty "
        "in 2014. Canada acceded to it in 2019."
    )
    assert not {a for a in treaty_actions(registry, text, "2020-01-01") if a[3] == "2014"}


def test_the_convention_after_only_its_protocol_is_the_treaty_the_protocol_supplements(
    registry: Registry,
) -> None:
    text = (
        "Committee on the Elimination of Discrimination against Women marks an anniversary\n\n"
        "GENEVA (press release) - The Committee on the Elimination of Discrimination against Women "
        "marked the twentieth anniversary of the Optional Protocol to the Convention.\n\n"
        "Morocco ratified the Convention in 1993 and acceded to the Optional Protocol in April 2022."
    )
    assert treaty_actions(registry, text, "2022-05-01") >= {
        ("Ratification", "state/mar", "treaty/cedaw", "1993", "-"),
        ("Accession", "state/mar", "treaty/cedaw-op", "2022-04", "-"),
    }


def test_states_that_followed_later_that_year(registry: Registry) -> None:
    text = (
        "Ecuador ratified the Optional Protocol to the International Covenant on Economic, Social and "
        "Cultural Rights in June 2010. Mongolia and Spain followed later that year."
    )
    found = treaty_actions(registry, text, "2011-01-01")
    assert {("Ratification", "state/mng", "treaty/icescr-op", "2010", "-")} <= found
    assert {("Ratification", "state/esp", "treaty/icescr-op", "2010", "-")} <= found


def test_a_body_that_will_act_next_week_has_no_function_from_it(registry: Registry) -> None:
    # a plain text with no date of its own, so "next week" is no calendar date
    text = (
        "Committee reviews Tunisia\n\nThe Committee on the Elimination of Discrimination against Women "
        "concluded its dialogue with Tunisia. The Committee will publish its concluding observations "
        "next week.\n"
    )
    document = document_from_text(text, "review", where=Path("review.txt"))
    functions = {c.object for c in extract(document, registry) if c.predicate == TG.function}
    assert not {f for f in functions if isinstance(f, Value) and "publish" in f.lexical}


def test_an_answer_that_is_a_credited_quotation_is_the_quotation_alone(registry: Registry) -> None:
    text = (
        "Q&A: Chile and the Optional Protocol\n\n"
        "We spoke to Rosa Quispe, a law professor in Santiago.\n\n"
        "Q: What comes next?\n"
        'A: "The mechanism needs more resources," Quispe said with a smile.\n\n'
        "Q: And the government?\n"
        "A: It has promised a bill.\n"
    )
    quotes = {q for speaker, q in statements(registry, text) if speaker == "person/rosa-quispe"}
    assert "The mechanism needs more resources" in quotes
    assert not any("said" in q for q in quotes)


def test_a_speaker_named_after_a_bodys_word_a_title_and_an_honorific(registry: Registry) -> None:
    text = (
        "GENEVA, 3 May 2019 - The Committee on the Elimination of Discrimination against Women met. "
        '"Peru has taken real steps," said Committee Chairperson Dr. Ingrid Holm.'
    )
    assert statements(registry, text) == {("person/ingrid-holm", "Peru has taken real steps")}


def test_a_long_apposition_between_a_treaty_and_its_adoption(registry: Registry) -> None:
    text = (
        "The Arms Trade Treaty, the first global treaty to regulate the international trade in "
        "conventional weapons, was adopted by the UN General Assembly on 2 April 2013."
    )
    assert ("Adoption", "-", "treaty/arms-trade-treaty", "2013-04-02", "-") in treaty_actions(registry, text)
