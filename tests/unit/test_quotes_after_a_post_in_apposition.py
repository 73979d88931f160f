"""Quotations credited to a person whose post comes first, in apposition before the name: "The
Minister of Justice, Ana Silva, welcomed the step: “...”" and "According to the Minister of
Justice, Ana Silva, the protocol is “...”"; with the sentences where the words are no one's."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry

_LEAD = (
    "Communique\n\nDAKAR, 3 March 2019 - Senegal today deposited its instrument of ratification of the "
    "Optional Protocol to the Convention against Torture.\n\n"
)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'The Minister of Justice, Aminata Diallo, welcomed the step: "Senegal keeps its word."',
            "Senegal keeps its word",
        ),
        (
            "According to the Minister of Justice, Aminata Diallo, the protocol is "
            '"a commitment to every detainee".',
            "a commitment to every detainee",
        ),
    ],
)
def test_the_words_are_the_person_s(text: str, quote: str, registry: Registry) -> None:
    assert statements(registry, _LEAD + text, "2019-03-03") == {("person/aminata-diallo", quote)}


def test_two_people_before_the_colon_leave_the_words_unattributed(registry: Registry) -> None:
    text = (
        "The Minister of Justice, Aminata Diallo, and the ombudsman, Paul Ndiaye, welcomed the step: "
        '"Senegal keeps its word."'
    )
    assert not statements(registry, _LEAD + text, "2019-03-03")
