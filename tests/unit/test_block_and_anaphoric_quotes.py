"""Quotations set out after the sentence that announces them ("He said:" then the words on a
line of their own), bodies referred back to as "it", speakers given a title in an "according
to" phrase or a label, and posts named before the holder's name ("The Minister of Justice, Dr
X,") that "the minister said" refers back to. Every passage is written for these tests, with
false-statement cases beside them."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun announcing a block quotation on its own paragraph
        (
            "Kenya's Attorney-General, Justin Muturi, welcomed the decision. He said:\n\n"
            '"This ratification closes a long chapter for our country."',
            {("person/justin-muturi", "This ratification closes a long chapter for our country")},
        ),
        # a body as the subject of the sentence before, then "It said:"
        (
            "The Ministry of Foreign Affairs of Ghana issued a statement on Monday. It said:\n\n"
            "\u201cGhana remains fully committed to the Rome Statute.\u201d",
            {
                (
                    "org/ministry-of-foreign-affairs-of-ghana",
                    "Ghana remains fully committed to the Rome Statute",
                )
            },
        ),
        # the speaker named after the verb, the block quotation after the colon
        (
            "Speaking after the vote in Addis Ababa, said Minister Tesfaye Alemu:\n\n"
            '"Our courts will apply the protocol from today."',
            {("person/tesfaye-alemu", "Our courts will apply the protocol from today")},
        ),
        # "it said" after a sentence that opens with the body and names no one
        (
            "The Council of Europe welcomed the move. \u201cUkraine has taken a decisive step,\u201d "
            "it said.",
            {("org/coe", "Ukraine has taken a decisive step")},
        ),
        # "the minister said" for a post named before the name, a title between
        (
            "The Minister of Justice, Dr Amina Bello, opened the session on Monday. \u201cThe bill gives "
            "effect to the convention,\u201d the minister said.",
            {("person/amina-bello", "The bill gives effect to the convention")},
        ),
        # "according to" a titled person
        (
            "According to Justice Minister Karel Novak, the law \u201cwill bring our code into line "
            "with the convention\u201d.",
            {("person/karel-novak", "will bring our code into line with the convention")},
        ),
        # a label with a title before the name
        (
            "EU spokesperson Eric Mamer: \u201cWe regret the decision and will study the ruling.\u201d",
            {("person/eric-mamer", "We regret the decision and will study the ruling")},
        ),
        # a participle putting words on what the subject acted on
        (
            "UN Secretary-General Ant\u00f3nio Guterres welcomed the entry into force, calling it "
            "\u201ca victory for people and planet\u201d.",
            {("person/antonio-guterres", "a victory for people and planet")},
        ),
        (
            "Justice Minister Karel Novak defended the bill, describing it as \u201ca modest and "
            "overdue reform\u201d.",
            {("person/karel-novak", "a modest and overdue reform")},
        ),
        # an abbreviated title and an apposition between the quotation and the verb
        (
            '"This treaty is in our national interest," Sen. Maria Cantwell, a Democrat from '
            "Washington, said on the Senate floor.",
            {("person/maria-cantwell", "This treaty is in our national interest")},
        ),
        # an inverted present-tense verb before a name the registry does not list
        (
            "\u201cRatification is just the beginning,\u201d explains Lena Duarte, who coordinates the "
            "campaign.",
            {("person/lena-duarte", "Ratification is just the beginning")},
        ),
        # "the Special Rapporteur said" for a post named before the name with what it is on
        (
            "The UN Special Rapporteur on Torture, Alice Edwards, visited Georgia in March. "
            "\u201cGeorgia must investigate these allegations promptly,\u201d the Special Rapporteur said.",
            {("person/alice-jill-edwards", "Georgia must investigate these allegations promptly")},
        ),
        # straight single marks around words holding apostrophes
        (
            "Ana Lopes, Chile's foreign minister, told El Mercurio: 'Chile's place is in the Court.'",
            {("person/ana-lopes", "Chile's place is in the Court")},
        ),
    ],
)
def test_announced_and_referred_quotes(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert statements(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "He said:" when the sentence before names two people: no one can be told
        'Ana Silva and Rui Costa met on Monday. He said:\n\n"We are working on it."',
        # a passage read out, with no speaker
        "The court delivered its judgment on Tuesday. The following passage was read:\n\n"
        '"The State violated Article 5."',
        # "it said" when the sentence before is about a person
        "Ana Silva left the Council of Europe in May. \u201cThe work goes on without me,\u201d it said.",
        # two subjects: whose words "calling it" gives cannot be told
        "Ana Silva and Rui Costa criticised the bill, calling it \u201ca step backwards for the rule "
        "of law\u201d.",
        # "the minister said" when two people were given that title
        "Justice Minister Karel Novak met Justice Minister Ana Lopes. \u201cThe bill gives effect to "
        "the convention,\u201d the minister said.",
        # apostrophes alone are no quotation
        "It's the ministry's view that Kenya's courts won't act, Ana Silva said.",
        # a block quotation after a sentence that does not announce it
        'Kenya ratified the protocol in 2019.\n\n"The protocol closes a long chapter."',
    ],
)
def test_no_speaker_for_unannounced_or_ambiguous_quotes(registry: Registry, text: str) -> None:
    assert statements(registry, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation credited after a dash, as releases and features set them
        (
            '"The decision is final and cannot be appealed." \u2013 Maria Fernandes, spokesperson for the '
            "ministry",
            {("person/maria-fernandes", "The decision is final and cannot be appealed")},
        ),
        # a statement that "reads": the words of whoever issued it
        (
            "The Ministry of Foreign Affairs of Chile issued a statement on Tuesday. "
            '"Chile remains committed to the Court," the statement read.',
            {("org/ministry-of-foreign-affairs-of-chile", "Chile remains committed to the Court")},
        ),
        # a speaker known by the possessive of a body of several words, and a channel verb
        (
            '"A dark day for justice," tweeted Agn\u00e8s Callamard, Amnesty International\'s secretary '
            "general.",
            {("person/agnes-callamard", "A dark day for justice")},
        ),
        (
            "Agn\u00e8s Callamard, Amnesty International's secretary general, tweeted: "
            '"A dark day for justice."',
            {("person/agnes-callamard", "A dark day for justice")},
        ),
        # nobody is said to have issued it: no speaker is guessed
        ('"Chile remains committed to the Court," the statement read.', set()),
        # a dash between clauses of a sentence is no credit
        (
            'The minister called it "a day of shame" \u2013 Maria Fernandes, the opposition leader, '
            "disagreed.",
            set(),
        ),
    ],
)
def test_credited_and_issued_quotes(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert statements(registry, text) == expected
