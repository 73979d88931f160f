"""Quoted words across the genres that carry them (wire copy with a dateline, releases,
interviews and briefing transcripts, communiqués, court releases, blog updates, op-eds, letters,
parliamentary debates, news in brief), and who said them. Every passage is written for these
tests; the cases with no statement are scare quotes, titles, slogans, questions put to someone,
an explainer's own questions and answers, and speakers the text does not name."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry

SAID = [
    pytest.param(
        (
            "NAIROBI, 3 March 2023 (Wire) - Kenya will ratify the protocol before June, a senior "
            "official said. “We have the votes in the Senate,” said Grace Wanjiru, the chair of "
            "the justice committee."
        ),
        [("person/grace-wanjiru", "We have the votes in the Senate")],
        id="wire dateline said X, title",
    ),
    pytest.param(
        (
            "“Today's vote is a victory for every detainee in the country,” said Lucia Fernandez, "
            "director of the Centre for Justice and International Law."
        ),
        [("person/lucia-fernandez", "Today's vote is a victory for every detainee in the country")],
        id="NGO release said X director of Y",
    ),
    pytest.param(
        "“Ratification is overdue,” Marek Nowak told Reuters on Tuesday.",
        [("person/marek-nowak", "Ratification is overdue")],
        id="X told Reuters",
    ),
    pytest.param(
        ("Marek Nowak, who chairs the Sejm's human rights committee, said: “The bill will pass this month.”"),
        [("person/marek-nowak", "The bill will pass this month.")],
        id="X, who chairs Y, said",
    ),
    pytest.param(
        ("According to Hana Sato, a lawyer in Tokyo, the reform “changes nothing for people in detention”."),
        [("person/hana-sato", "changes nothing for people in detention")],
        id="according to X, quote",
    ),
    pytest.param(
        "In Hana Sato's words, “the treaty is only as strong as the courts that apply it.”",
        [("person/hana-sato", "the treaty is only as strong as the courts that apply it.")],
        id="In X's words",
    ),
    pytest.param(
        (
            "The campaign marked the anniversary with a short message.\n\n“No state should be "
            "allowed to walk away from its promises.” — Amara Diallo, Secretary-General of the "
            "West African Bar Association"
        ),
        [("person/amara-diallo", "No state should be allowed to walk away from its promises.")],
        id="dash credit after quote on own line",
    ),
    pytest.param(
        (
            "Foreign Minister Lars Eriksen signed the agreement in Oslo on Monday. “This is a good "
            "day for Norway,” the minister said."
        ),
        [("person/lars-eriksen", "This is a good day for Norway")],
        id="title only speaker, holder named earlier",
    ),
    pytest.param(
        (
            "Lars Eriksen, Norway's foreign minister, signed the agreement on Monday.\n\n“This is "
            "a good day for our country,” he said."
        ),
        [("person/lars-eriksen", "This is a good day for our country")],
        id="pronoun next paragraph",
    ),
    pytest.param(
        ("“We waited ten years for this. Now the real work begins,” said Amina Yusuf, a lawyer in Abuja."),
        [("person/amina-yusuf", "We waited ten years for this. Now the real work begins")],
        id="two sentence quote",
    ),
    pytest.param(
        ("“The convention,” said Amina Yusuf, “will protect women in every state of the federation.”"),
        [
            ("person/amina-yusuf", "The convention"),
            ("person/amina-yusuf", "will protect women in every state of the federation."),
        ],
        id="quote split by attribution",
    ),
    pytest.param(
        (
            '"The withdrawal sends the wrong signal to the region," said Tomas Kral, a researcher '
            "at the Prague Institute of International Relations."
        ),
        [("person/tomas-kral", "The withdrawal sends the wrong signal to the region")],
        id="straight quotes, said X",
    ),
    pytest.param(
        "‘The withdrawal sends the wrong signal,’ said Tomas Kral, a researcher in Prague.",
        [("person/tomas-kral", "The withdrawal sends the wrong signal")],
        id="single quotes british",
    ),
    pytest.param(
        "«We will not step back,» said Ana Lopes, the justice minister.",
        [("person/ana-lopes", "We will not step back")],
        id="guillemets english",
    ),
    pytest.param(
        (
            "In a statement, the Ministry of Foreign Affairs of Peru said:\n\n“Peru remains "
            "committed to the inter-American system of human rights.”"
        ),
        [
            (
                "org/ministry-of-foreign-affairs-of-peru",
                "Peru remains committed to the inter-American system of human rights.",
            )
        ],
        id="block quote after colon line",
    ),
    pytest.param(
        (
            "In a statement, the Ministry of Foreign Affairs of Peru said: “Peru remains committed "
            "to the inter-American system.”"
        ),
        [("org/ministry-of-foreign-affairs-of-peru", "Peru remains committed to the inter-American system.")],
        id="communique said: quote same sentence",
    ),
    pytest.param(
        (
            "Amina Yusuf, a lawyer in Abuja, said: “The bill was passed in a hurry.\n\n“Nobody in "
            "the chamber had read it.”"
        ),
        [
            ("person/amina-yusuf", "Nobody in the chamber had read it."),
            ("person/amina-yusuf", "The bill was passed in a hurry."),
        ],
        id="multi-paragraph quote",
    ),
    pytest.param(
        (
            "Rights Weekly spoke to Amara Diallo, the head of the West African Bar Association.\n\n"
            "Q: Why does the protocol matter?\nA: Because it gives victims a court of their own.\n"
            "Q: Will Mali ratify?\nA: I hope so, but not before the elections.\n"
        ),
        [
            ("person/amara-diallo", "Because it gives victims a court of their own"),
            ("person/amara-diallo", "I hope so, but not before the elections"),
        ],
        id="interview intro, answers A:",
    ),
    pytest.param(
        (
            "Interview: Amara Diallo, head of the West African Bar Association, talks to Rights "
            "Weekly.\n\nRights Weekly: Why does the protocol matter?\n\nDiallo: Because it gives "
            "victims a court of their own.\n\nRights Weekly: Will Mali ratify?\n\nDiallo: I hope "
            "so, but not before the elections.\n"
        ),
        [
            ("person/amara-diallo", "Because it gives victims a court of their own"),
            ("person/amara-diallo", "I hope so, but not before the elections"),
        ],
        id="interview answers by surname",
    ),
    pytest.param(
        (
            "Press briefing by Jane Smith, spokesperson for the Foreign Office.\n\nQUESTION: Has "
            "the instrument been deposited?\n\nMS SMITH: It was deposited on Monday.\n\nQUESTION: "
            "And the reservations?\n\nMS SMITH: There are none.\n"
        ),
        [("person/jane-smith", "It was deposited on Monday"), ("person/jane-smith", "There are none")],
        id="briefing MS SMITH",
    ),
    pytest.param(
        (
            "STRASBOURG, 12 October 2021. The European Court of Human Rights delivered its "
            "judgment today. “The applicant was held in conditions amounting to degrading "
            "treatment,” the Court found."
        ),
        [("org/ecthr", "The applicant was held in conditions amounting to degrading treatment")],
        id="court press release",
    ),
    pytest.param(
        (
            "Update, 5 June 2023: Peter Mwangi, a spokesman for the Kenyan foreign ministry, told "
            "us: “The instrument has been deposited.”"
        ),
        [("person/peter-mwangi", "The instrument has been deposited.")],
        id="blog update",
    ),
    pytest.param(
        "As the former judge Olga Petrenko once wrote, “a treaty nobody enforces is a poem.”",
        [("person/olga-petrenko", "a treaty nobody enforces is a poem.")],
        id="op-ed quoting",
    ),
    pytest.param(
        (
            "- Chile: Foreign Minister Ana Lopes said the treaty was “a priority for this "
            "government”.\n- Peru: Congress voted on the bill."
        ),
        [("person/ana-lopes", "a priority for this government")],
        id="news in brief",
    ),
    pytest.param(
        "Mr Tomas Kral (Pirates): “This government is walking away from its obligations.”",
        [("person/tomas-kral", "This government is walking away from its obligations.")],
        id="parliamentary debate",
    ),
    pytest.param(
        "“The state has obligations … that it cannot shed by decree,” said Amina Yusuf.",
        [("person/amina-yusuf", "The state has obligations … that it cannot shed by decree")],
        id="ellipsis",
    ),
    pytest.param(
        "Amina Yusuf said the decision was “a betrayal of every victim”.",
        [("person/amina-yusuf", "a betrayal of every victim")],
        id="closing mark before full stop",
    ),
    pytest.param(
        "Amina Yusuf said: “It is a betrayal of every victim.”",
        [("person/amina-yusuf", "It is a betrayal of every victim.")],
        id="closing mark after full stop",
    ),
    pytest.param(
        ("“The minister called it ‘a technical step’, but it is a political choice,” said Amina Yusuf."),
        [("person/amina-yusuf", "The minister called it ‘a technical step’, but it is a political choice")],
        id="nested quotes",
    ),
    pytest.param(
        (
            "Grace Wanjiru chairs the justice committee of the Kenyan Senate. The committee met on "
            "Tuesday. “We have the votes,” Wanjiru said after the meeting."
        ),
        [("person/grace-wanjiru", "We have the votes")],
        id="named in full earlier then surname",
    ),
    pytest.param(
        "Lars Eriksen told the BBC: “We will not reopen the negotiations.”",
        [("person/lars-eriksen", "We will not reopen the negotiations.")],
        id="X told the BBC:",
    ),
    pytest.param(
        (
            "“We will not reopen the negotiations,” Lars Eriksen said in an interview with the "
            "Financial Times."
        ),
        [("person/lars-eriksen", "We will not reopen the negotiations")],
        id="X said in an interview with",
    ),
    pytest.param(
        (
            "Noon briefing by Stefan Dujic, Spokesperson for the Secretary-General.\n\nQuestion: "
            "Is the Secretary-General concerned?\n\nSpokesperson: He regrets the decision and "
            "hopes it will be reconsidered.\n\nQuestion: Any call?\n\nSpokesperson: Not yet.\n"
        ),
        [
            ("person/stefan-dujic", "He regrets the decision and hopes it will be reconsidered"),
            ("person/stefan-dujic", "Not yet"),
        ],
        id="transcript Spokesperson:",
    ),
    pytest.param(
        ("“Nobody is above the convention,” added Judge Maria Rossi, who presided over the chamber."),
        [("person/maria-rossi", "Nobody is above the convention")],
        id="added X, title",
    ),
    pytest.param(
        "Ana Lopes wrote on X: “Proud that Chile has ratified the Escazu Agreement today.”",
        [("person/ana-lopes", "Proud that Chile has ratified the Escazu Agreement today.")],
        id="X wrote on social media",
    ),
    pytest.param(
        (
            "The Ministry of Justice of Latvia confirmed the vote. “The law will take effect in "
            "January,” the ministry said."
        ),
        [("org/ministry-of-justice-of-latvia", "The law will take effect in January")],
        id="the ministry said quote",
    ),
    pytest.param(
        "As Amina Yusuf put it: “You cannot ratify your way out of torture.”",
        [("person/amina-yusuf", "You cannot ratify your way out of torture.")],
        id="X put it:",
    ),
    pytest.param(
        ("“Nobody told us the treaty had been signed,” says Rosa Quispe, a community leader in Puno."),
        [("person/rosa-quispe", "Nobody told us the treaty had been signed")],
        id="X says (feature present)",
    ),
    pytest.param(
        ("“The withdrawal must be reversed,” according to a statement from Amnesty International."),
        [("org/amnesty-international", "The withdrawal must be reversed")],
        id="quote then according to",
    ),
    pytest.param(
        "The minister of justice, Karel Novak, said: “We will comply with the judgment.”",
        [("person/karel-novak", "We will comply with the judgment.")],
        id="X, the minister, said inverted with role before",
    ),
    pytest.param(
        (
            "Karel Novak said at a press conference in Prague on Monday that the ruling was "
            "“binding on every court in the country”."
        ),
        [("person/karel-novak", "binding on every court in the country")],
        id="said at a press conference",
    ),
    pytest.param(
        (
            "Speaking to reporters, the UN High Commissioner for Human Rights, Volker Turk, said: "
            "“This is a deeply regrettable step.”"
        ),
        [("person/volker-turk", "This is a deeply regrettable step.")],
        id="colon quote with title holder",
    ),
    pytest.param(
        (
            "Rosa Quispe, a community leader in Puno, has campaigned for the agreement since 2018. "
            "She travelled to Lima twice last year. “Nobody listened,” she said."
        ),
        [("person/rosa-quispe", "Nobody listened")],
        id="pronoun chain two sentences",
    ),
    pytest.param(
        (
            "Karel Novak, the justice minister, defended the bill in parliament.\n\nHe said it met "
            "every standard of the convention. “We have nothing to hide,” he added."
        ),
        [("person/karel-novak", "We have nothing to hide")],
        id="he said after para with he opening",
    ),
    pytest.param(
        ("During the debate, Ms Ingrid Berg (Greens) said: “Leaving the convention would shame this house.”"),
        [("person/ingrid-berg", "Leaving the convention would shame this house.")],
        id="parl debate with party parens",
    ),
    pytest.param(
        (
            "Ingrid Berg (Greens): “Leaving the convention would shame this house.”\n\nKarel Novak "
            "(Liberal): “The convention has served us badly.”"
        ),
        [
            ("person/ingrid-berg", "Leaving the convention would shame this house."),
            ("person/karel-novak", "The convention has served us badly."),
        ],
        id="parl label with party",
    ),
    pytest.param(
        ("In the words of Amara Diallo, a lawyer in Bamako, the court “has become a waiting room”."),
        [("person/amara-diallo", "has become a waiting room")],
        id="In X's words",
    ),
    pytest.param(
        "In Amara Diallo's words, “the court has become a waiting room.”",
        [("person/amara-diallo", "the court has become a waiting room.")],
        id="In X's words possessive",
    ),
    pytest.param(
        "“The protocol is not a favour to victims; it is a duty,” — Amara Diallo, lawyer.",
        [("person/amara-diallo", "The protocol is not a favour to victims; it is a duty")],
        id="quote — name dash",
    ),
    pytest.param(
        ("“We will keep pressing,” said Sipho Dlamini of the Johannesburg Legal Resources Centre."),
        [("person/sipho-dlamini", "We will keep pressing")],
        id="said X of Y to Z",
    ),
    pytest.param(
        (
            "Sipho Dlamini told reporters outside the court that the ruling was “a turning point "
            "for the region”."
        ),
        [("person/sipho-dlamini", "a turning point for the region")],
        id="told reporters sentence-initial name",
    ),
    pytest.param(
        ("Sipho Dlamini, a lawyer, warned that the withdrawal would “leave thousands without a remedy”."),
        [("person/sipho-dlamini", "leave thousands without a remedy")],
        id="warned that quote",
    ),
    pytest.param(
        (
            "The chair of the African Commission, Solomon Dersso, said on Monday: “Every state "
            "that leaves weakens the whole system.”"
        ),
        [("person/solomon-dersso", "Every state that leaves weakens the whole system.")],
        id="X said on Monday: long",
    ),
    pytest.param(
        "“Who will protect the victims now?” asked Sipho Dlamini, a lawyer in Pretoria.",
        [("person/sipho-dlamini", "Who will protect the victims now?")],
        id="quote with question by speaker",
    ),
    pytest.param(
        ("“We will appeal,” said Sipho Dlamini, a lawyer in Pretoria.\n\n“This is not over,” he added."),
        [("person/sipho-dlamini", "This is not over"), ("person/sipho-dlamini", "We will appeal")],
        id="pronoun across para after quote by same",
    ),
    pytest.param(
        "“We will appeal,” said Sipho Dlamini, a lawyer in Pretoria. “This is not over.”",
        [("person/sipho-dlamini", "This is not over."), ("person/sipho-dlamini", "We will appeal")],
        id="continued quote next para no attribution",
    ),
    pytest.param(
        "Sipho Dlamini told AFP: “This is not over.”",
        [("person/sipho-dlamini", "This is not over.")],
        id="X told AFP news agency",
    ),
    pytest.param(
        (
            "Amnesty International said in a statement that the decision was “a shameful retreat "
            "from the rule of law”."
        ),
        [("org/amnesty-international", "a shameful retreat from the rule of law")],
        id="organisation said in a statement, quote after",
    ),
    pytest.param(
        "Volker Turk, speaking in Geneva on Friday, said: “Withdrawal is never the answer.”",
        [("person/volker-turk", "Withdrawal is never the answer.")],
        id="X, speaking in Geneva, said",
    ),
    pytest.param(
        "“I lost my son in that prison,” said Fatima Haidari, 52, who travelled from Herat.",
        [("person/fatima-haidari", "I lost my son in that prison")],
        id="X, 45, said",
    ),
    pytest.param(
        "“This sets a dangerous precedent,” Senator Maria Clara Souza said.",
        [("person/maria-clara-souza", "This sets a dangerous precedent")],
        id="quote precedes, speaker title name, verb",
    ),
    pytest.param(
        (
            '"The vote was close. The debate was bitter. But the result is clear," Senator Maria '
            "Clara Souza said."
        ),
        [("person/maria-clara-souza", "The vote was close. The debate was bitter. But the result is clear")],
        id="three sentence quote straight",
    ),
    pytest.param(
        ("Karel Novak, the justice minister, spoke after the vote. “The law is ready,” the minister added."),
        [("person/karel-novak", "The law is ready")],
        id="the minister added, minister intro appositive",
    ),
    pytest.param(
        (
            "President Gabriel Mora signed the decree on Friday. “We owe this to the victims,” the "
            "president said."
        ),
        [("person/gabriel-mora", "We owe this to the victims")],
        id="the president said, holder named earlier by title",
    ),
    pytest.param(
        (
            "In this interview, Hodan Ali, director of the Somali Women's Network, explains why "
            "the protocol matters.\n\nQ: Why now?\nA: Because the violence has not stopped.\nQ: "
            "What will change?\nA: Survivors will have a court to turn to.\n"
        ),
        [
            ("person/hodan-ali", "Because the violence has not stopped"),
            ("person/hodan-ali", "Survivors will have a court to turn to"),
        ],
        id="interview A: intro 'In an interview, X ...'",
    ),
    pytest.param(
        (
            "**Q: Why now?**\n\n**Hodan Ali:** Because the violence has not stopped.\n\n**Q: What "
            "will change?**\n\n**Hodan Ali:** Survivors will have a court to turn to.\n"
        ),
        [
            ("person/hodan-ali", "Because the violence has not stopped"),
            ("person/hodan-ali", "Survivors will have a court to turn to"),
        ],
        id="interview Q bold labels, answers by full name",
    ),
    pytest.param(
        (
            "Hodan Ali heads the Somali Women's Network.\n\nQuestion: Why now?\n\nAli: Because the "
            "violence has not stopped.\n\nQuestion: What will change?\n\nAli: Survivors will have "
            "a court to turn to.\n"
        ),
        [
            ("person/hodan-ali", "Because the violence has not stopped"),
            ("person/hodan-ali", "Survivors will have a court to turn to"),
        ],
        id="interview 'Question:' / surname label",
    ),
    pytest.param(
        (
            "PRESENTER: Joining me is Hodan Ali of the Somali Women's Network. Why now?\n\nHODAN "
            "ALI: Because the violence has not stopped.\n\nPRESENTER: And what changes?\n\nHODAN "
            "ALI: Survivors will have a court.\n"
        ),
        [
            ("person/hodan-ali", "Because the violence has not stopped"),
            ("person/hodan-ali", "Survivors will have a court"),
        ],
        id="radio transcript PRESENTER / NAME",
    ),
    pytest.param(
        (
            "Daily press briefing by Ned Carter, Department Spokesperson.\n\nQUESTION: Will the US "
            "sign?\n\nMR CARTER: We are studying the text.\n\nQUESTION: When?\n\nMR CARTER: I have "
            "no timeline for you.\n"
        ),
        [
            ("person/ned-carter", "I have no timeline for you"),
            ("person/ned-carter", "We are studying the text"),
        ],
        id="transcript MR/MS surname caps",
    ),
    pytest.param(
        (
            "Daily press briefing by Ned Carter, Department Spokesperson.\n\nQUESTION: Will the US "
            "sign?\n\nMR. CARTER: We are studying the text.\n\nQUESTION: When?\n\nMR. CARTER: I "
            "have no timeline for you.\n"
        ),
        [
            ("person/ned-carter", "I have no timeline for you"),
            ("person/ned-carter", "We are studying the text"),
        ],
        id="transcript MR. with dot",
    ),
    pytest.param(
        (
            "The Ministry of Foreign Affairs of Ghana issued a statement on Monday. “Ghana will "
            "deposit its instrument of ratification this month,” the statement said."
        ),
        [
            (
                "org/ministry-of-foreign-affairs-of-ghana",
                "Ghana will deposit its instrument of ratification this month",
            )
        ],
        id="communique quote 'the statement said'",
    ),
    pytest.param(
        (
            "The Inter-American Court of Human Rights ruled on Friday. “The State is responsible "
            "for the disappearance,” the court said."
        ),
        [("org/iacthr", "The State is responsible for the disappearance")],
        id="quote by body said the court",
    ),
    pytest.param(
        (
            "The Inter-American Court of Human Rights ruled on Friday. “The State is responsible "
            "for the disappearance,” the court held."
        ),
        [("org/iacthr", "The State is responsible for the disappearance")],
        id="the court held",
    ),
    pytest.param(
        (
            "In its judgment, the Inter-American Court of Human Rights found that the State had "
            "“failed in its duty to investigate”."
        ),
        [("org/iacthr", "failed in its duty to investigate")],
        id="court found that",
    ),
    pytest.param(
        (
            "GENEVA, 14 May 2024 - “This withdrawal leaves millions without protection,” said "
            "Marta Lindqvist, Europe director at the International Federation for Human Rights."
        ),
        [("person/marta-lindqvist", "This withdrawal leaves millions without protection")],
        id="NGO release quote first",
    ),
    pytest.param(
        "Olga Petrenko posted on Facebook: “Today the court died a little.”",
        [("person/olga-petrenko", "Today the court died a little.")],
        id="X posted on Facebook",
    ),
    pytest.param(
        (
            "“The law is clear,” said Ana Lopes, a judge. Tomas Kral, an opposition deputy, "
            "disagreed: “The law is a mess,” he said."
        ),
        [("person/ana-lopes", "The law is clear"), ("person/tomas-kral", "The law is a mess")],
        id="he said, subject named in the same sentence after another speaker",
    ),
]


UNSAID = [
    pytest.param(
        "The government calls the detainees “foreign agents” and refuses to release them.", id="scare quotes"
    ),
    pytest.param(
        (
            "The report, “Locked Up and Forgotten: Prison Conditions in the Region”, was published "
            "on Monday by Human Rights Watch."
        ),
        id="document title",
    ),
    pytest.param(
        "Amina Yusuf presented the study “Justice Delayed, Justice Denied” at the conference.",
        id="document title 2",
    ),
    pytest.param(
        "When asked “Will the state withdraw from the treaty?”, the minister did not answer.",
        id="interviewer question in quotes",
    ),
    pytest.param(
        (
            "Explainer: the Istanbul Convention\n\nQ: What is the convention?\nA: A Council of "
            "Europe treaty on violence against women.\nQ: Who has left it?\nA: Turkey withdrew in "
            "2021.\n"
        ),
        id="Q/A explainer publisher prose",
    ),
    pytest.param(
        (
            "Amina Yusuf and Grace Wanjiru wrote to the minister on Monday. “We expect an answer "
            "within a week,” they said."
        ),
        id="they said plural",
    ),
    pytest.param(
        "“The law will take effect in January,” the minister said.", id="speaker with title only, no holder"
    ),
    pytest.param(
        "Article 12 reads: “Each Party shall take the necessary legislative measures.”",
        id="quoting a law article",
    ),
    pytest.param(
        "Protesters carried banners reading “Hands off our court” outside parliament.",
        id="song/slogan banner",
    ),
    pytest.param("Amina Yusuf criticised the so-called “foreign agents law” in a speech.", id="so-called"),
    pytest.param(
        "Amara Diallo said the so-called “reform” would weaken the court.", id="scare quote with said nearby"
    ),
    pytest.param(
        ("What does “denunciation” mean?\n\nA denunciation is a state's notice that it is leaving a treaty."),
        id="quote in explainer title",
    ),
    pytest.param(
        "Her memoir, “The Long Walk to the Court”, was published in 2019.", id="book title italic quoted"
    ),
    pytest.param("The coalition launched its campaign, “Stay in the Court”, on Monday.", id="campaign name"),
    pytest.param(
        ("Parliament passed the “foreign agents” bill on Tuesday, and Amara Diallo said it was unlawful."),
        id="law nickname",
    ),
    pytest.param(
        "Families gathered outside the court. “We want the truth,” one mother said.",
        id="people quoted with 'one said'",
    ),
    pytest.param(
        (
            "“The instrument will be deposited next week,” a senior official told Reuters on "
            "condition of anonymity."
        ),
        id="anonymous official",
    ),
    pytest.param(
        "The investigation found that the prisons were “dangerously overcrowded”.", id="found report"
    ),
    pytest.param(
        "The court ruled that the so-called “foreign agents” law was unlawful.", id="ruled that scare"
    ),
    pytest.param(
        "“Operation Shield,” launched in May, ended last week.", id="2-word quote then verb not speech"
    ),
    pytest.param(
        "The “reform package” said nothing about prisons, Amina Yusuf, a lawyer, noted.",
        id="2 words with said later unrelated",
    ),
    pytest.param(
        "Photo: Reuters, staff photographer.\n\nThe vote took place on Monday.",
        id="credit line role not person",
    ),
    pytest.param(
        "Human Rights Watch's report, “Nowhere to Turn”, was published on Monday.", id="X's report title"
    ),
    pytest.param(
        "Note (updated): “The vote was postponed.”\nSource (Reuters): the ministry.",
        id="parens label non-debate",
    ),
]


def _strip(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(speaker, quote.strip(" ,.\u201c\u201d\"'")) for speaker, quote in found}


@pytest.mark.parametrize(("text", "expected"), SAID)
def test_speaker_and_words(registry: Registry, text: str, expected: list[tuple[str, str]]) -> None:
    assert _strip(statements(registry, text)) == _strip(set(expected))


@pytest.mark.parametrize("text", UNSAID)
def test_no_statement(registry: Registry, text: str) -> None:
    assert statements(registry, text) == set()
