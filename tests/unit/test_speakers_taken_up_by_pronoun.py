"""A speaker whom no title, apposition or speech verb introduces: named as the subject of one
sentence and taken up as "he" or "she" in the next ("Defne Arslan criticised the decree. “...,”
she said."), after a dateline as well. A body or a place opening the sentence is "it", and
a pronoun after another person named in between is that person's. Every passage is written
for these tests."""

from __future__ import annotations

import pytest
from readings import facts_of, statements

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IZMIR, 20 March 2021 - Defne Arslan criticised the decree. \u201cThis leaves women "
            "without protection,\u201d she said.",
            {("person/defne-arslan", "This leaves women without protection")},
        ),
        (
            "Defne Arslan has worked with survivors for twenty years. \u201cThe decree changes "
            "nothing for them,\u201d she says.",
            {("person/defne-arslan", "The decree changes nothing for them")},
        ),
        # the sentences between go on about her as "she"
        (
            "Kemal Ozturk has defended detainees since 2004. He is blunt about the reform. \u201cIt "
            "came too late,\u201d he said.",
            {("person/kemal-ozturk", "It came too late")},
        ),
    ],
)
def test_a_subject_taken_up_as_he_or_she_is_the_speaker(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert statements(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body is "it": the pronoun is someone else's, and no one is credited
        "The Izmir Bar Association criticised the decree. \u201cThis leaves women without "
        "protection,\u201d she said.",
        # another person named between the subject and the pronoun
        "Defne Arslan left the hall early. Her colleague Kemal Ozturk stayed on; he said the vote "
        "was \u201ca disgrace\u201d.",
        # a new paragraph starts between them
        "Defne Arslan criticised the decree.\n\n\u201cThe vote was rushed,\u201d she said.",
    ],
)
def test_no_speaker_where_the_pronoun_is_not_the_subjects(registry: Registry, text: str) -> None:
    found = statements(registry, text)
    assert all(speaker != "person/defne-arslan" for speaker, _ in found)
    if "Bar Association" in text:
        assert not any(key.startswith("person/") for key in facts_of(registry, text))
