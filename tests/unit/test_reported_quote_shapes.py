"""Quoted words inside reported speech with no "that", statements a body issues, and interviews
with a single question and answer: who said them, and the quotation marks around names and
labels that are no one's words. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry

SPOKEN = [
    pytest.param(
        (
            "The Special Rapporteur on torture, Marta Ilves, said the withdrawal was “deeply "
            "regrettable” and urged the government to reconsider."
        ),
        {("person/marta-ilves", "deeply regrettable")},
        id="short complement, clause goes on with and",
    ),
    pytest.param(
        (
            "Foreign Minister Lars Holm told reporters the ruling was “unacceptable interference” "
            "in domestic affairs."
        ),
        {("person/lars-holm", "unacceptable interference")},
        id="short complement, phrase goes on",
    ),
    pytest.param(
        ("Opposition deputy Irina Kask said the bill was “rushed”, and her party would vote against it."),
        {("person/irina-kask", "rushed")},
        id="one quoted word, comma after",
    ),
    pytest.param(
        'Senator Maria Lopez said she was "relieved" and called it "a victory for the rule of law".',
        {("person/maria-lopez", "relieved"), ("person/maria-lopez", "a victory for the rule of law")},
        id="one quoted word, then a second quotation",
    ),
    pytest.param(
        "“This is a sad day for the victims,” said a statement issued by Amnesty International.",
        {("org/amnesty-international", "This is a sad day for the victims")},
        id="said a statement issued by",
    ),
    pytest.param(
        ("“The convention protects women and girls,” said a press release from the Council of Europe."),
        {("org/coe", "The convention protects women and girls")},
        id="said a press release from",
    ),
    pytest.param(
        (
            "Interview with Haleh Darvish, director of the Tehran Legal Aid Centre.\n\n"
            "Why does the withdrawal matter?\n\n"
            "Darvish: Because detainees lose their last remedy before an international body."
        ),
        {("person/haleh-darvish", "Because detainees lose their last remedy before an international body")},
        id="interview intro, one unlabelled question, answer by surname",
    ),
    pytest.param(
        (
            "Q: Why does the withdrawal matter?\n\n"
            "Haleh Darvish: Because detainees lose their last remedy before an international body."
        ),
        {("person/haleh-darvish", "Because detainees lose their last remedy before an international body")},
        id="one Q: question, answer by full name, no intro",
    ),
    pytest.param(
        (
            "Press briefing by the spokesperson, Daniel Okafor.\n\n"
            "Question: Will the Secretary-General respond?\n\n"
            "Spokesperson: He has taken note of the notification and will respond in due course.\n\n"
            "Question: When?\n\n"
            "Spokesperson: I have nothing further on timing."
        ),
        {
            ("person/daniel-okafor", "He has taken note of the notification and will respond in due course"),
            ("person/daniel-okafor", "I have nothing further on timing"),
        },
        id="briefing, the spokesperson, name",
    ),
    pytest.param(
        'The Human Rights Committee said it "deeply regrets" the decision.',
        {("org/ccpr", "deeply regrets")},
        id="short quotation opens the clause after said it",
    ),
    pytest.param(
        "Deputy Jonas Vilks told reporters he would “never accept” a court in Strasbourg.",
        {("person/jonas-vilks", "never accept")},
        id="short quotation after he would",
    ),
    pytest.param(
        "The spokesman for the Foreign Ministry, Ivan Petrenko, called the resolution “legally void”.",
        {("person/ivan-petrenko", "legally void")},
        id="role, name in apposition, called",
    ),
    pytest.param(
        "Court exit\n\n“A dark day for justice,” says rights lawyer Nadia Haddad.",
        {("person/nadia-haddad", "A dark day for justice")},
        id="says, a role in lower case, the name",
    ),
    pytest.param(
        "“We will appeal,” said the defence counsel Pablo Ruiz, after the hearing.",
        {("person/pablo-ruiz", "We will appeal")},
        id="said the role name, comma",
    ),
    pytest.param(
        (
            "Report\n\nTomas Ekberg, of a small refugee legal aid group, was more sceptical: “A "
            "ruling is only paper until the police act on it.”"
        ),
        {("person/tomas-ekberg", "A ruling is only paper until the police act on it")},
        id="name, of a group, a short clause, colon, quotation",
    ),
    pytest.param(
        (
            "Minister Rosa Quintero presented the reservations on Monday.\n\nAsked whether the "
            "government expected petitions soon, she was brief: “We expect to be held to our word.”"
        ),
        {("person/rosa-quintero", "We expect to be held to our word")},
        id="fronted question, she was brief, colon",
    ),
    pytest.param(
        (
            "Adama Traoré-Sidibé, a lecturer in regional integration law in Bamako, called the "
            "transition period “a waiting room, not a divorce”."
        ),
        {("person/adama-traore-sidibe", "a waiting room, not a divorce")},
        id="name, long apposition, called",
    ),
    pytest.param(
        (
            "Blog\n\n“The Senate must say yes before we enter a treaty,” Ramon Villa Cruz, a "
            "constitutional law lecturer in Quezon City, told me last week."
        ),
        {("person/ramon-villa-cruz", "The Senate must say yes before we enter a treaty")},
        id="never the place named in the apposition",
    ),
    pytest.param(
        "'A dark day for justice', says rights lawyer Nadia Haddad\n\nThe state withdrew.",
        {("person/nadia-haddad", "A dark day for justice")},
        id="headline, single marks, comma outside, says role name",
    ),
    pytest.param(
        (
            "Op-ed\n\n“The law reads well,” says my colleague Ines Moreau-Lund, who runs a shelter in "
            "the old town. “We want to see it in practice.”"
        ),
        {
            ("person/ines-moreau-lund", "The law reads well"),
            ("person/ines-moreau-lund", "We want to see it in practice"),
        },
        id="says my colleague name, relative clause, continued",
    ),
    pytest.param(
        (
            "Blog\n\n“The Senate must consent before we leave a treaty,” Atty. Jose Ramos Cruz, a law "
            "lecturer in Manila, told me."
        ),
        {("person/jose-ramos-cruz", "The Senate must consent before we leave a treaty")},
        id="abbreviated title Atty. before the name",
    ),
    pytest.param(
        (
            "A statement from the Office of the High Commissioner for Human Rights said: “States "
            "cannot escape their obligations by leaving.”"
        ),
        {("org/ohchr", "States cannot escape their obligations by leaving")},
        id="the UN human rights office by its name without United Nations",
    ),
    pytest.param(
        "Report\n\n'Never again', the minister, Ana Silva, said.",
        {("person/ana-silva", "Never again")},
        id="two words, comma outside the marks",
    ),
    pytest.param(
        "Ana Silva, a lawyer with Amnesty International, called the vote “a betrayal”.",
        {("person/ana-silva", "a betrayal")},
        id="never the body inside the apposition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_statement_and_speaker(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert statements(registry, text) == expected


NOT_SPOKEN = [
    pytest.param(
        'The government said the operation, known as "Shield" in the ministry, had ended.',
        id="a name after known as, phrase goes on",
    ),
    pytest.param(
        'The ministry said the so-called "reform" would be debated on Monday.',
        id="one scare-quoted word mid-sentence",
    ),
    pytest.param(
        'The minister said the law was "foreign agent" legislation.',
        id="quoted words that qualify a noun",
    ),
    pytest.param(
        "“We deplore this decision,” said a joint statement issued by Amnesty International and "
        "Human Rights Watch.",
        id="a statement issued jointly names no one speaker",
    ),
    pytest.param(
        "What is the treaty?\n\nNote: This explainer was updated on Monday.",
        id="a label after a question is no one's answer",
    ),
    pytest.param(
        (
            "Q: What is the Rome Statute?\n\n"
            "A: It is the treaty that set up the International Criminal Court in 2002."
        ),
        id="an explainer's own question and answer",
    ),
    pytest.param(
        "“We will appeal,” said a source close to lawyer Pablo Ruiz.",
        id="a person near the speaker is not the speaker",
    ),
    pytest.param("“We will appeal,” the lawyer for Ana Silva said.", id="the lawyer for a named person"),
    pytest.param(
        "Report\n\n“This is wrong,” said EU foreign policy chief Kaja Kallas.",
        id="never the body that qualifies a title before a name",
    ),
    pytest.param('Report\n\nThe "legacy", said Ana Silva, will be examined.', id="one word, comma outside"),
    pytest.param(
        (
            "Report\n\nThe bill was tabled by the government of Prime Minister Ivo Baric, with an "
            "interpretative declaration stating that the treaty does not require “gender ideology” there."
        ),
        id="a declaration's words are not the drafter's",
    ),
    pytest.param(
        "“We deplore this,” read a joint statement from the Council of Europe and the European Union.",
        id="a statement read from two bodies names no one speaker",
    ),
    pytest.param(
        'The law has one aim: "protect the nation from foreign agents".', id="colon after no person"
    ),
]


@pytest.mark.parametrize("text", NOT_SPOKEN)
def test_no_statement(registry: Registry, text: str) -> None:
    assert statements(registry, text) == set()
