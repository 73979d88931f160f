"""A quotation that runs over two sentences before its attribution (“A. B,” said X.) and a
quotation opening the next sentence with no one named: the same speaker goes on, as after a
one-sentence quotation. After a sentence that quotes no one, such a quotation is no one's. A
speaker's label may carry her body in brackets ("Ana Silva (Lima Rights Forum): “...”")."""

from __future__ import annotations

from readings import statements

from loaders.registry import Registry

_LEAD = (
    "Headline\n\nNAIROBI, 4 March 2015 - Kenya ratified the Optional Protocol to the Convention against "
    "Torture.\n\n"
)


def test_the_speaker_of_a_long_quotation_goes_on(registry: Registry) -> None:
    text = (
        _LEAD + "\u201cThis is a good day for detainees. We have waited for years,\u201d said Maria Okonjo, "
        "director of the Torture Prevention Centre. \u201cNow the work begins.\u201d"
    )
    assert ("person/maria-okonjo", "Now the work begins") in statements(registry, text, "2015-03-04")


def test_after_a_sentence_quoting_no_one_a_quotation_is_no_ones(registry: Registry) -> None:
    text = (
        _LEAD
        + "The law took years. It was passed in May, the minister said. \u201cNow the work begins.\u201d"
    )
    assert not {s for s in statements(registry, text, "2015-03-04") if s[1] == "Now the work begins"}


def test_a_label_with_the_body_in_brackets_is_the_persons(registry: Registry) -> None:
    text = _LEAD + "Maria Okonjo (Torture Prevention Centre): \u201cThis is a good day.\u201d"
    assert ("person/maria-okonjo", "This is a good day") in statements(registry, text, "2015-03-04")
