"""Interviews and credits as outlets set them out: turns marked "Q." and "A." or with a dash,
questions set apart in bold or plain paragraphs with the answers unlabelled, a pull quote credited
on the line below it, "was quoted as saying". Every passage is written for these tests; beside
each layout stands a text of the same shape that is no interview, whose words nobody speaks."""

from __future__ import annotations

import pytest
from readings import facts_of, statements

from loaders.registry import Registry

_INTRO = (
    "We spoke with Samuel Otieno, a commissioner at the national human rights body, about the protocol.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # turns opened by a letter and a full stop
        (
            _INTRO + "Q. What does the ratification change?\nA. It gives every detainee a route to the "
            "commission.\n\nQ. Will the government comply?\nA. I expect so, yes.",
            {
                ("person/samuel-otieno", "It gives every detainee a route to the commission"),
                ("person/samuel-otieno", "I expect so, yes"),
            },
        ),
        # turns opened by a letter and a dash, blank lines between them
        (
            _INTRO + "Q \u2013 Why now?\n\nA \u2013 Because the backlog had grown too long.\n\n"
            "Q \u2013 And the courts?\n\nA \u2013 They will follow.",
            {
                ("person/samuel-otieno", "Because the backlog had grown too long"),
                ("person/samuel-otieno", "They will follow"),
            },
        ),
        # bold questions, unlabelled answers, an editor's note saying it is an interview
        (
            "Lena Varga chairs the Budapest Detention Monitor. This interview has been edited for "
            "length.\n\n**What did the inspectors find?**\n\nOvercrowding in two prisons and no "
            "doctor at night.\n\n**What happens next?**\n\nThe ministry has three months to reply.",
            {
                ("person/lena-varga", "Overcrowding in two prisons and no doctor at night"),
                ("person/lena-varga", "The ministry has three months to reply"),
            },
        ),
        # "he said" after a question naming no one is the interviewee's
        (
            "In an interview, Samuel Otieno, a commissioner, explained the change.\n\nWhy now?\n"
            "\u201cBecause the backlog had become impossible,\u201d he said.",
            {("person/samuel-otieno", "Because the backlog had become impossible")},
        ),
        # a transcript whose lines open with timecodes, the guest's label in capitals
        (
            "[10:02:11] HOST (RUTH ALDANA): With me is Tomas Berglund, who chairs the Nordic Prison "
            "Forum. What changed?\n\n[10:02:30] TOMAS BERGLUND: The inspectors may now come "
            "unannounced.\n\n[10:03:02] HOST: And the government?\n\n[10:03:05] TOMAS BERGLUND: It "
            "has promised to publish every report.",
            {
                ("person/tomas-berglund", "The inspectors may now come unannounced"),
                ("person/tomas-berglund", "It has promised to publish every report"),
            },
        ),
        # a release credits the next paragraph's quotation in a line of its own
        (
            "Quote attributable to Nadia Haddad-Lemaire, Executive Director of the Maghreb Detention "
            "Observatory and chair of its board:\n\n\u201cThe law closes a door that stood open for "
            "decades.\u201d",
            {("person/nadia-haddad-lemaire", "The law closes a door that stood open for decades")},
        ),
        # a judge's career names her; the interview calls itself a conversation
        (
            "Ines Kaldor sat as a judge in Tallinn for twenty years. The conversation has been "
            "shortened.\n\nWhy this case?\n\nBecause the treaty allows it.\n\nAnd next?\n\nWe "
            "wait for the court.",
            {
                ("person/ines-kaldor", "Because the treaty allows it"),
                ("person/ines-kaldor", "We wait for the court"),
            },
        ),
        # a quotation labelled with its speaker and the body she speaks for
        (
            "Ines Kaldor of the Baltic Prison Forum: \u201cThe inspectors found nothing new this year.\u201d",
            {("person/ines-kaldor", "The inspectors found nothing new this year")},
        ),
        (
            "Ines Kaldor, director of the Baltic Prison Forum: \u201cThe inspectors found nothing new.\u201d",
            {("person/ines-kaldor", "The inspectors found nothing new")},
        ),
        # the speaker set between the subject and a predicate the quotation completes
        (
            "The vote, said Ines Kaldor, the forum's director, was \u201ca turning point for "
            "detainees\u201d.",
            {("person/ines-kaldor", "a turning point for detainees")},
        ),
        # a news conference: participants listed in capitals, turns labelled by title and surname
        (
            "PARTICIPANTS:\nINGRID HOLMBERG, Director, Nordic Detention Watch\nDR. PAVEL RUZICKA, "
            "Professor of Law\n\nMODERATOR: Good morning.\n\nMS. HOLMBERG: The visits resume next "
            "month.\n\nQUESTION: And the reports?\n\nDR. RUZICKA: They will be published in full.",
            {
                ("person/ingrid-holmberg", "The visits resume next month"),
                ("person/pavel-ruzicka", "They will be published in full"),
            },
        ),
        # one of two surnames as the label
        (
            "We asked Lucia Ferrer Ibarra, who teaches law in Quito, what the step means.\n\nQ. Is "
            "the state bound?\n\nFERRER: Not yet. It has only signed.\n\nQ. When will it "
            "ratify?\n\nFERRER: Perhaps next year.",
            {
                ("person/lucia-ferrer-ibarra", "Not yet. It has only signed"),
                ("person/lucia-ferrer-ibarra", "Perhaps next year"),
            },
        ),
        # an interviewer's turns opened by dashes, a remark among the questions
        (
            "LAW REVIEW \u00b7 Interviews\n\nNino Beridze teaches public law in Tbilisi.\n\n\u2014 "
            "Who won?\n\nThe applicant state, mostly.\n\n\u2014 This is not the first case.\n\nNo. "
            "There was one in 2014.\n\n\u2014 What comes next?\n\nThe Committee of Ministers "
            "supervises.",
            {
                ("person/nino-beridze", "The applicant state, mostly"),
                ("person/nino-beridze", "No. There was one in 2014"),
                ("person/nino-beridze", "The Committee of Ministers supervises"),
            },
        ),
        # a credit with a title, on the line below the quotation
        (
            "\u201cThe law was on paper for fifty years.\u201d\n\u2014 Dr Maeve Costigan, chair, Fair "
            "Wages Forum",
            {("person/maeve-costigan", "The law was on paper for fifty years")},
        ),
        # a pull quote credited on the line below it
        (
            "\u201cTorture is never justified, whatever the emergency.\u201d\n\u2014 Helena Marsh, "
            "president of the Prague Rights Forum",
            {("person/helena-marsh", "Torture is never justified, whatever the emergency")},
        ),
        # "was quoted as saying", with and without the outlet that quoted her
        (
            "Ana Silva, a lawyer in Lima, was quoted by the agency as saying that the law "
            "\u201cchanges nothing at all\u201d.",
            {("person/ana-silva", "changes nothing at all")},
        ),
        (
            "The chair of the committee, Yuki Tanaka, was quoted as saying the review "
            "\u201cfound serious gaps\u201d.",
            {("person/yuki-tanaka", "found serious gaps")},
        ),
        # "Q:" and "A:" turns after an introduction naming one person, with no word of interviewing
        (
            "Tomas Berg, the special rapporteur on prisons, answered our questions.\n\nQ: Has Chile "
            "accepted the visit?\nA: It accepted the visit in writing last week.\n\nQ: When will you "
            "go?\nA: In March, with two assistants.",
            {
                ("person/tomas-berg", "It accepted the visit in writing last week"),
                ("person/tomas-berg", "In March, with two assistants"),
            },
        ),
        (
            "Q&A with Marta Kowalczyk, the ombudswoman\n\nQuestion: Is the new law in force?\n\n"
            "Answer: Since Monday.\n\nQuestion: Who inspects the police cells?\n\nAnswer: My office "
            "does, without notice.",
            {
                ("person/marta-kowalczyk", "Since Monday"),
                ("person/marta-kowalczyk", "My office does, without notice"),
            },
        ),
        # an interview whose answers stand in quotation marks of their own under each question
        (
            "Judge Ana Ruiz has sat on the court since 2015. This interview has been edited for "
            "length.\n\nWhat changed after the ruling?\n\n\u201cThe state finally paid what it owed "
            "the families.\u201d\n\nWill other states follow?\n\n\u201cTwo have already asked the "
            "court for advice.\u201d",
            {
                ("person/ana-ruiz", "The state finally paid what it owed the families"),
                ("person/ana-ruiz", "Two have already asked the court for advice"),
            },
        ),
        # "quoted the minister, Joyce Wambui, as saying": the role between the verb and the name
        (
            "The statement quoted the minister, Joyce Wambui, as saying the court \u201chad lost its "
            "way\u201d.",
            {("person/joyce-wambui", "had lost its way")},
        ),
        # a quotation credited after a dash on its own line, the name then the organisation only
        (
            "\u201cThis is a dark day for the victims\u201d \u2013 Irungu Wambua, Nairobi Legal Aid Network",
            {("person/irungu-wambua", "This is a dark day for the victims")},
        ),
        # every turn opened by a dash, the interviewee's as well as the interviewer's
        (
            "Defne Arslan, a lawyer in Izmir, answered our questions.\n\n\u2014 What did the decree "
            "change?\n\u2014 It removed the promise to prevent violence.\n\n\u2014 Can it be "
            "reversed?\n\u2014 A new parliament could rejoin.",
            {
                ("person/defne-arslan", "It removed the promise to prevent violence"),
                ("person/defne-arslan", "A new parliament could rejoin"),
            },
        ),
    ],
)
def test_interview_and_credit_layouts(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert statements(registry, text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # an explainer asks its own questions: nobody is interviewed, so nobody speaks the answers
        (
            "Ana Silva wrote the first draft of the protocol in 1999.\n\nWhat is the protocol?\n\nA "
            "treaty that lets inspectors visit places of detention.\n\nWho signed it?\n\nForty states "
            "in the first year.",
            "person/ana-silva",
            "",
        ),
        # a paragraph opening with an initial is no answer where no "Q." turn came before
        (
            "Ana Silva leads the clinic.\n\nA. Okafor said the law had been passed in haste.",
            "person/ana-silva",
            "",
        ),
        # an answer that quotes someone else is left to the quotation rules
        (
            "This interview with Lena Varga has been edited.\n\nWhat did the minister say?\n\n"
            "\u201cNothing will change,\u201d the minister told parliament.\n\nAnd the courts?\n\nThey "
            "will follow.",
            "person/lena-varga",
            "Nothing will change",
        ),
        # the body a labelled quotation names is not its speaker when a person comes first
        (
            "Ines Kaldor of the Baltic Prison Forum: \u201cThe inspectors found nothing new this year.\u201d",
            "org/baltic-prison-forum",
            "",
        ),
        # a dash opening the line below a quotation names no speaker unless a name follows it
        (
            "Ana Silva leads the clinic.\n\n\u201cThe convention stays in force for six more "
            "months.\u201d\n\u2014 12 March: the notification reaches the depositary.",
            "person/ana-silva",
            "",
        ),
        # a text that only says it "spoke with" someone, its questions set apart, is the outlet's
        # own prose (the conventions of tests/gold/README.md): nobody is credited with the answers
        (
            "To explore the change, we spoke with Lena Varga of the Budapest Detention Monitor.\n\n"
            "How do you assess the law?\n\nIt is a step back for every detainee.\n\nWhat comes "
            "next?\n\nThe monitors will report to the committee.",
            "person/lena-varga",
            "",
        ),
        # an "A:" line with no "Q:" turn before it is no interview's answer
        (
            "Ana Silva leads the clinic.\n\nNote: the figures are provisional.\nA: see the annex.",
            "person/ana-silva",
            "",
        ),
        # an explainer's own questions answered in quotation marks: no interview, no speaker
        (
            "Ana Silva wrote the first draft in 1999.\n\nWhat does the protocol say?\n\n\u201cNo "
            "one shall be subjected to torture.\u201d\n\nWho signed it?\n\n\u201cForty states in "
            "the first year.\u201d",
            "person/ana-silva",
            "",
        ),
        # a dash credit naming an organisation alone makes no one its speaker
        (
            "\u201cThis is a dark day for the victims\u201d \u2013 Nairobi Legal Aid Network",
            "person/nairobi-legal-aid-network",
            "",
        ),
    ],
)
def test_layouts_that_credit_no_one(registry: Registry, text: str, speaker: str, words: str) -> None:
    assert not {s for s in statements(registry, text) if s[0] == speaker and words in s[1]}


@pytest.mark.parametrize(
    "text",
    [
        "ZIMBABWE ABOLISHES DEATH PENALTY, Rights Groups Say\n\nThe law was signed on Monday.",
        "BREAKING NEWS UPDATE, Geneva correspondents report\n\nHOST: Good evening.\nUPDATE: none.",
    ],
)
def test_a_headline_in_capitals_is_nobody(registry: Registry, text: str) -> None:
    assert not [key for key in facts_of(registry, text) if key.startswith("person/")]
