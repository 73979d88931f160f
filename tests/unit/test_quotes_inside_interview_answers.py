"""An interview answer is the interviewee's statement, and a quotation inside it that the
answer credits to someone else by name is that person's statement too ("The minister, Ana
Silva, told us the country “is committed to reform”"). Words the interviewee quotes without
naming anyone stay hers alone. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry

QA = (
    "We asked Mariama Ceesay, who directs the Banjul Legal Aid Centre, to explain.\n\n"
    "Q: What did the new government say?\n\n"
    "A: {answer}\n"
)
LABELS = (
    "PRESENTER: Our correspondent, Ruth Adjei, is in Geneva.\n\n"
    "ADJEI: {answer}\n\n"
    "PRESENTER: Ruth Adjei, thank you.\n"
)


@pytest.mark.parametrize(
    ("layout", "interviewee", "answer", "speaker", "quote"),
    [
        (
            QA,
            "person/mariama-ceesay",
            "The justice minister, Lamin Darboe, told us that the country \u201cis committed to "
            "its treaty obligations\u201d. That mattered.",
            "person/lamin-darboe",
            "is committed to its treaty obligations",
        ),
        (
            LABELS,
            "person/ruth-adjei",
            "Kofi Mensah of the Accra Rights Forum told me: \u201cThis is a gift to the governments "
            "that want the council to look away.\u201d",
            "person/kofi-mensah",
            "This is a gift to the governments that want the council to look away",
        ),
        (
            LABELS,
            "person/ruth-adjei",
            "Not yet. Kofi Mensah, the forum's director, has said the door remains open to \u201ca "
            "government that keeps its word\u201d.",
            "person/kofi-mensah",
            "a government that keeps its word",
        ),
    ],
)
def test_a_quotation_credited_inside_an_answer_is_its_speakers(
    registry: Registry, layout: str, interviewee: str, answer: str, speaker: str, quote: str
) -> None:
    found = statements(registry, layout.format(answer=answer))
    assert (speaker, quote) in found
    assert any(who == interviewee for who, _ in found)


def test_words_the_interviewee_quotes_from_no_one_named_stay_hers(registry: Registry) -> None:
    answer = "They called it \u201ca new beginning for the country\u201d, and I believed them."
    found = statements(registry, QA.format(answer=answer))
    assert {who for who, _ in found} == {"person/mariama-ceesay"}
