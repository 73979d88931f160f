"""Quotation layouts of wire copy, releases, interviews and features, and who said the words:
verbs that only introduce quotations ("explained", "replied"), speakers named by surname after
a full name with no cue of its own, a possessive apposition, a quotation standing alone after
the sentence that introduces its speaker, an organisation referred back to, a release as the
source. Every passage is written for these tests, with false-statement cases beside them."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that only introduces quotations, after the speaker and an apposition
        (
            "\u201cRatifying is one thing; implementing is another,\u201d Ingrid Berg, a legal adviser "
            "at the Norwegian Helsinki Committee, explained.",
            {("person/ingrid-berg", "Ratifying is one thing; implementing is another")},
        ),
        # the same verb inverted, present tense
        (
            "\u201cRatifying is one thing; implementing is another,\u201d notes Ingrid Berg, a legal "
            "adviser at the Norwegian Helsinki Committee.",
            {("person/ingrid-berg", "Ratifying is one thing; implementing is another")},
        ),
        # "replied:" with a fronted participle clause and a title before the name
        (
            "Asked whether Chile would sign, Foreign Minister Ana Lopes replied: \u201cNot this year, "
            "and perhaps not next year either.\u201d",
            {("person/ana-lopes", "Not this year, and perhaps not next year either")},
        ),
        # "announced" after the quotation
        (
            "\u201cWe will comply with the court\u2019s decision,\u201d Justice Minister Karel Novak "
            "announced on Monday.",
            {("person/karel-novak", "We will comply with the court\u2019s decision")},
        ),
        # "stressed that" before a quotation completing the clause
        (
            "Karel Novak, the justice minister, stressed that \u201cthe Czech Republic will comply "
            "with the court\u2019s decision\u201d.",
            {("person/karel-novak", "the Czech Republic will comply with the court\u2019s decision")},
        ),
        # a surname speaking after a full name that no cue made a person's
        (
            "Michelle Bachelet visited the camp on Monday. \u201cThe world is watching,\u201d Bachelet "
            "told reporters.",
            {("person/michelle-bachelet", "The world is watching")},
        ),
        # "continued", split over two sentences, surname after an introduction
        (
            "Ingrid Berg, a legal adviser at the Norwegian Helsinki Committee, said the vote was "
            "welcome. \u201cRatifying is one thing,\u201d Berg continued. "
            "\u201cImplementing is another.\u201d",
            {
                ("person/ingrid-berg", "Ratifying is one thing"),
                ("person/ingrid-berg", "Implementing is another"),
            },
        ),
        # a possessive apposition: "X, Ghana's attorney general, told parliament:"
        (
            "Kofi Mensah, Ghana\u2019s attorney general, told parliament: \u201cWe have the votes.\u201d",
            {("person/kofi-mensah", "We have the votes")},
        ),
        # the person of a body, the body without "the"
        (
            "Asked about the delay, Sara Lind of Nordic Prison Watch said: \u201cWe have run out of "
            "patience.\u201d",
            {("person/sara-lind", "We have run out of patience")},
        ),
        # a quotation standing alone after the sentence whose subject is its speaker
        (
            "Ana Ruiz, a lawyer with the Lima Justice Network, criticised the bill. \u201cIt leaves "
            "detainees with no remedy at all.\u201d",
            {("person/ana-ruiz", "It leaves detainees with no remedy at all")},
        ),
        # "the organisation said" after an organisation the text does not class further
        (
            'Amnesty International urged the government to act. "The authorities must release all '
            'detained journalists without delay," the organisation said.',
            {
                (
                    "org/amnesty-international",
                    "The authorities must release all detained journalists without delay",
                )
            },
        ),
        # an age between the name and the verb
        (
            '"We will appeal," Ana Silva, 34, said.',
            {("person/ana-silva", "We will appeal")},
        ),
        # a delegate's state in parentheses
        (
            'Opening the debate, Ingrid Solvang-Dahl (Norway) said: "Nobody here wants to close a door."',
            {("person/ingrid-solvang-dahl", "Nobody here wants to close a door")},
        ),
        # the speaker after a role with a title: "said the Ministry's spokesperson, Ambassador X"
        (
            '"Our task now is to bring the law into line," said the Ministry\'s spokesperson, '
            "Ambassador Hind El-Tayeb Karrar.",
            {("person/hind-el-tayeb-karrar", "Our task now is to bring the law into line")},
        ),
        # the source is a statement by a body
        (
            "\u201cThe reform falls short of the standards the convention sets,\u201d according to a "
            "statement by the Danish Institute for Human Rights.",
            {
                (
                    "org/danish-institute-for-human-rights",
                    "The reform falls short of the standards the convention sets",
                )
            },
        ),
        # a split quotation, a title between the verb and the name
        (
            '"The protocol," said Judge Carla Mendes, "is the most important reform in a generation."',
            {
                ("person/carla-mendes", "The protocol"),
                ("person/carla-mendes", "is the most important reform in a generation"),
            },
        ),
        # an interview introduced as such, its answers labelled "A:"
        (
            "Interview with Amina Diallo, president of the West African Bar Forum.\n\n"
            "Q: Why does the protocol matter?\nA: It gives victims a court of their own.\n\n"
            "Q: Will Mali ratify?\nA: I hope so, but the government has said nothing.",
            {
                ("person/amina-diallo", "It gives victims a court of their own"),
                ("person/amina-diallo", "I hope so, but the government has said nothing"),
            },
        ),
    ],
)
def test_quotation_layouts(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert statements(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a surname the text never gave in full, before an apposition naming a body
        "\u201cThe world is watching,\u201d Bachelet, the UN High Commissioner for Human Rights, told "
        "reporters in Geneva.",
        # a verb that only introduces quotations, followed by a name in quotation marks
        "The Ministry of Justice announced a \u201cnational programme for safe returns\u201d on Monday.",
        "The Ministry of Justice confirmed the \u201cZero Tolerance for Torture Plan\u201d would start "
        "in May.",
        # a sentence of quoted words after one that does not make a person its subject
        "The committee heard Ana Ruiz, a lawyer with the Lima Justice Network, on Monday. "
        "\u201cIt leaves detainees with no remedy at all.\u201d",
        # quoted words followed by who chanted them
        "Ana Ruiz, a lawyer with the Lima Justice Network, was arrested in 2019. "
        "\u201cFree all the lawyers now,\u201d protesters chanted outside the court.",
        # scare quotes and titles in quotation marks
        "Critics call the bill a \u201cforeign agents\u201d law.",
        "The treaty, known as the \u201cLjubljana\u2013The Hague Convention\u201d, was adopted in 2023.",
        "The film \u201cA Long Way Home\u201d won the prize.",
    ],
)
def test_no_statement(registry: Registry, text: str) -> None:
    assert statements(registry, text) == set()
