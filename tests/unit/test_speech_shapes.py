"""Quotations in the shapes news copy gives them, and who said them: speakers before or after
the words, in the sentence before, by title, surname, pronoun or role; bodies speaking; split,
run-on and labelled quotations. Every passage is written for these tests."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import ORG, RDF, TG


def _claims(registry: Registry, text: str) -> list[Claim]:
    meta = DocumentMetadata(title="t", date_published="2024-05-02")
    return extract(parse_document(text, meta, "t"), registry)


def _statements(registry: Registry, text: str) -> set[tuple[str, str]]:
    """(speaker key, quote) of every statement node the text gives."""
    claims = _claims(registry, text)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Statement)}
    out = set()
    for node in nodes:
        speaker = next(c.object for c in claims if c.subject == node and c.predicate == TG.speaker)
        quote = next(c.object for c in claims if c.subject == node and c.predicate == TG.quote)
        assert isinstance(speaker, Ref) and isinstance(quote, Value)
        out.add((speaker.key, quote.lexical.strip(" ,.")))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role and a name between the quotation and the verb, commas around the name
        (
            '"This is not the end," the senator, Maria Lopez, said.',
            {("person/maria-lopez", "This is not the end")},
        ),
        # a role before the name after an inverted verb
        (
            "\u2014 \u201cWe will appeal,\u201d said the lawyer, Rui Costa.",
            {("person/rui-costa", "We will appeal")},
        ),
        # the source after the quotation, with "according to"
        (
            "Tomas Berg, a researcher at the Nordic Law Institute, studied the bill. "
            '"Nothing in the bill survives a court challenge," according to Tomas Berg.',
            {("person/tomas-berg", "Nothing in the bill survives a court challenge")},
        ),
        # "it said" after a sentence in which the ministry spoke
        (
            "The Ministry of Foreign Affairs said in a statement that the instrument had been "
            'deposited. "Ghana remains committed to the treaty," it said.',
            {("org/ministry-of-foreign-affairs", "Ghana remains committed to the treaty")},
        ),
        # "the ministry said" referring back to the ministry named before
        (
            "The Ministry of Justice of Peru published the bill on Monday. "
            '"The reform will be in force by March," the ministry said in a statement.',
            {("org/ministry-of-justice-of-peru", "The reform will be in force by March")},
        ),
        # a body "calls" something by quoted words, even short ones
        (
            'Amnesty International called the vote "a shameful betrayal" in a statement on Monday.',
            {("org/amnesty-international", "a shameful betrayal")},
        ),
        # the person, not her organisation, calls it so
        (
            'Maria Ortiz of the Andean Rights Centre called the decision "a dark day for victims."',
            {("person/maria-ortiz", "a dark day for victims")},
        ),
        # a short quotation that completes a reported clause
        (
            "The UN High Commissioner for Human Rights, Volker T\u00fcrk, said the withdrawal was "
            '"deeply regrettable."',
            {("person/volker-turk", "deeply regrettable")},
        ),
        # "the minister added" after the title was given before the name
        (
            "Justice Minister Karel Novak defended the bill in parliament. "
            '"Our courts can protect our citizens," the minister added.',
            {("person/karel-novak", "Our courts can protect our citizens")},
        ),
        # a quotation split around its speaker, both short parts kept
        (
            '"The protocol," said Maria Ortiz, "is overdue."',
            {("person/maria-ortiz", "The protocol"), ("person/maria-ortiz", "is overdue")},
        ),
        # split around "she said", the speaker introduced in the sentence before
        (
            "Lena Brandt, a researcher at Human Rights Watch, has followed the case for years. "
            '"Withdrawal sends the wrong signal," she said, "and it will not protect anyone."',
            {
                ("person/lena-brandt", "Withdrawal sends the wrong signal"),
                ("person/lena-brandt", "and it will not protect anyone"),
            },
        ),
        # another outlet quoted her
        (
            'The Kyiv Independent quoted Olena Petrenko as saying the law "changes nothing for victims."',
            {("person/olena-petrenko", "changes nothing for victims")},
        ),
        # the name and a colon before the quotation
        (
            'Rui Costa: "The government acted unlawfully."',
            {("person/rui-costa", "The government acted unlawfully")},
        ),
        # a quotation running over two paragraphs, "she said" after the second
        (
            "Foreign Minister Ana Lopes spoke at length about the treaty.\n\n"
            '"We will not leave the convention. It protects our citizens abroad.\n\n'
            '"Our neighbours have made a different choice, and they will regret it," she said.',
            {
                ("person/ana-lopes", "We will not leave the convention. It protects our citizens abroad"),
                ("person/ana-lopes", "Our neighbours have made a different choice, and they will regret it"),
            },
        ),
        # a quotation spanning two sentences is one statement
        (
            '"Our courts can protect our citizens. We do not need a court in The Hague," Karel Novak said.',
            {
                (
                    "person/karel-novak",
                    "Our courts can protect our citizens. We do not need a court in The Hague",
                )
            },
        ),
        # the speaker goes on in the next sentence, by pronoun after a colon
        (
            '"We will not leave," Foreign Minister Ana Lopes said. She added: "The treaty protects '
            'our citizens abroad."',
            {
                ("person/ana-lopes", "We will not leave"),
                ("person/ana-lopes", "The treaty protects our citizens abroad"),
            },
        ),
        # written, in a post or a letter
        (
            "In a post on X, Foreign Minister Ana Lopes wrote: "
            '"Today we deposited our instrument of ratification."',
            {("person/ana-lopes", "Today we deposited our instrument of ratification")},
        ),
        (
            "In a letter to the Secretary-General, the foreign minister, Lena Brandt, wrote: "
            '"Norway will maintain its commitment."',
            {("person/lena-brandt", "Norway will maintain its commitment")},
        ),
        # the name's possessive organisation with its president named after it
        (
            '"It will take years to repair the damage," said the Nigerian Bar Association\'s '
            "president, Amina Yusuf.",
            {("person/amina-yusuf", "It will take years to repair the damage")},
        ),
    ],
)
def test_speaker_of_quotation(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert _statements(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name in quotation marks after "called": a title, not anyone's words
        'The government tabled a law called "Foreign Agents" in March.',
        'The so-called "legacy cases" remain open, the court said.',
        # a short quotation in the middle of a sentence stays a scare quote
        'The minister said the "legacy cases" would be closed by June.',
        # "it said" with no body speaking before: no speaker
        'The bill passed on Monday. "The reform will be in force by March," it said.',
        # "the ministry said" with two ministries named before
        "The Ministry of Justice and the Ministry of Finance disagreed. "
        '"The reform will be in force by March," the ministry said.',
        # a question-and-answer explainer: the publisher's prose
        "Q: What does the protocol do?\nA: It lets individuals complain to the committee.\n"
        "Q: Who has ratified it?\nA: Twelve states so far.",
        # a lone label line is no interview
        'Note: "The figures are provisional," the table says.',
    ],
)
def test_no_statement(registry: Registry, text: str) -> None:
    assert _statements(registry, text) == set()


def test_interview_with_named_turns(registry: Registry) -> None:
    """Each answer of the interviewee is hers; the interviewer's turns are not statements."""
    text = (
        "Interview by Pedro Santos.\n\n"
        "Pedro Santos: Why did the government sign?\n"
        "Ana Lopes: Because the convention protects our citizens. It is that simple.\n"
        "Pedro Santos: Thank you. Will parliament ratify it?\n"
        "Ana Lopes: I expect a vote before the summer.\n"
        "Pedro Santos: Good luck.\n"
    )
    assert _statements(registry, text) == {
        ("person/ana-lopes", "Because the convention protects our citizens. It is that simple"),
        ("person/ana-lopes", "I expect a vote before the summer"),
    }


def test_interviewee_whose_name_holds_a_state(registry: Registry) -> None:
    """A personal name ending in a state's name ("Montenegro") is the speaker's name."""
    text = (
        "The agreement enters into force today. We spoke to Valeria Quiros Montenegro, a lawyer.\n\n"
        "What does the agreement do?\n\n"
        "Valeria Quiros Montenegro: It gives people the right to go to court.\n\n"
        "Why did it take so long?\n\n"
        "Valeria Quiros Montenegro: It needed eleven ratifications.\n"
    )
    assert _statements(registry, text) == {
        ("person/valeria-quiros-montenegro", "It gives people the right to go to court"),
        ("person/valeria-quiros-montenegro", "It needed eleven ratifications"),
    }


def test_interview_with_bold_labels(registry: Registry) -> None:
    text = (
        "**Ana Lopes:** The convention protects our citizens abroad.\n"
        "**Pedro Santos:** And the critics?\n"
        "**Ana Lopes:** They have not read it.\n"
    )
    assert _statements(registry, text) == {
        ("person/ana-lopes", "The convention protects our citizens abroad"),
        ("person/ana-lopes", "They have not read it"),
    }


def test_briefing_transcript(registry: Registry) -> None:
    """Questions from the floor, answers by the named spokesperson, whose post the header gives."""
    text = (
        "Transcript of the press briefing by Omar Haddad, spokesperson for the Ministry of Foreign "
        "Affairs.\n\n"
        "Q: Has the instrument been deposited?\n"
        "Omar Haddad: Yes, it was deposited in New York yesterday.\n"
        "Q: When does it take effect?\n"
        "Omar Haddad: Three months after the deposit, under article 12.\n"
    )
    claims = _claims(registry, text)
    assert _statements(registry, text) == {
        ("person/omar-haddad", "Yes, it was deposited in New York yesterday"),
        ("person/omar-haddad", "Three months after the deposit, under article 12"),
    }
    roles = {c.object for c in claims if c.predicate == ORG.role}
    assert Ref("role/spokesperson") in roles


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (  # interview labels in capitals
            "We asked Maria Santos, the director of the Lisbon Refugee Forum, about the treaty.\n\n"
            "Q: What changes?\n\nMARIA SANTOS: Very little at first.\n\nQ: And later?\n\n"
            "MARIA SANTOS: The courts will have a new yardstick.",
            "person/maria-santos",
            "The courts will have a new yardstick",
        ),
        (  # labels by initials
            "We spoke to Ahmed Rahimi, who has led the Kabul Rights Observatory since 2015.\n\n"
            "Q: Why campaign?\n\nAR: Because disappearances had become routine.\n\nQ: What next?\n\n"
            "AR: Monitoring the first report.",
            "person/ahmed-rahimi",
            "Monitoring the first report",
        ),
        (  # labels by surname with a title
            "Rights Weekly spoke to Dr Ngozi Okafor, a lawyer in Lagos.\n\n"
            "Rights Weekly: Why does it matter?\n\nDr Okafor: It lets inspectors in.\n\n"
            "Rights Weekly: Will it pass?\n\nDr Okafor: I expect a vote this year.",
            "person/ngozi-okafor",
            "I expect a vote this year",
        ),
        (
            "The foreign minister, Ana Lopes, told parliament the treaty was “long overdue” and "
            "“a matter of honour”.",
            "person/ana-lopes",
            "long overdue",
        ),
        (
            "“The convention protects everyone,” said Judge Carla Mendes.",
            "person/carla-mendes",
            "The convention protects everyone",
        ),
        (
            "Professor Jan Kowalski of Warsaw University put it bluntly: “The court has lost its teeth.”",
            "person/jan-kowalski",
            "The court has lost its teeth.",
        ),
    ],
)
def test_labels_written_another_way_titles_and_paired_phrases(
    registry: Registry, text: str, speaker: str, quote: str
) -> None:
    assert (speaker, quote.strip(" ,.")) in _statements(registry, text)


def test_a_university_is_never_a_speaking_person(registry: Registry) -> None:
    found = _statements(
        registry, "Jan Kowalski, a professor at Warsaw University, said: “The court has lost its teeth.”"
    )
    assert {s for s, _ in found} == {"person/jan-kowalski"}


def test_a_role_label_in_a_briefing_is_the_person_introduced_with_that_role(registry: Registry) -> None:
    text = (
        "Briefing by Tomas Lind, Spokesperson for the High Commissioner.\n\n"
        "Spokesperson: The High Commissioner regrets the withdrawal.\n\n"
        "Question: Will she travel there?\n\n"
        "Spokesperson: Not this month."
    )
    assert ("person/tomas-lind", "Not this month") in _statements(registry, text)


def test_a_role_label_two_people_hold_names_no_one(registry: Registry) -> None:
    text = (
        "Briefing by Tomas Lind, Spokesperson for the High Commissioner, and Eva Roth, Spokesperson "
        "for the Council.\n\nSpokesperson: The withdrawal is regrettable.\n\nQuestion: Why?\n\n"
        "Spokesperson: It weakens the system."
    )
    assert not any(quote == "It weakens the system" for _, quote in _statements(registry, text))
