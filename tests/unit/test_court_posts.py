"""Posts on a court, a body or a state the text is about, where the words do not name it next
to the post: a list of titles and names after "its", "Judge X" in a court's release, a sitting
"presided over by" someone, a spokesperson for a body's secretariat, a state's office after
"its" or a comma. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" after the court the sentence is about, not the state the sentence before names;
        # in a list of titles and names each title goes with the name after it
        (
            "Uganda referred the situation in 2003. At the confirmation hearing, the International "
            "Criminal Court was represented by its President, Piotr Hofmanski, its First "
            "Vice-President, Luz Ibanez Carranza, and four other judges.",
            {
                ("person/piotr-hofmanski", "org/icc", "role/president"),
                ("person/luz-ibanez-carranza", "org/icc", "role/first-vice-president"),
            },
        ),
        # "Judge X" in a text about one court
        (
            "The African Court on Human and Peoples' Rights delivered its judgment in Arusha on "
            "Friday. Judge Blaise Tchikaya appended a separate opinion.",
            {("person/blaise-tchikaya", "org/afchpr", "role/judge")},
        ),
        (
            "UPDATE, 3 May: The European Court of Human Rights has now given its ruling. The "
            "dissent came from Judge Maren Solberg, the judge elected in respect of Norway.",
            {("person/maren-solberg", "org/ecthr", "role/judge")},
        ),
        # who presides over the sitting of the body opening the sentence
        (
            "The Inter-American Court of Human Rights sat in plenary in San Jose, presided over by "
            "Nancy Hernandez Lopez.",
            {("person/nancy-hernandez-lopez", "org/iacthr", "role/president")},
        ),
        # a spokesperson for a unit of the body named earlier by its head noun
        (
            'Last week the Assembly of States Parties to the Rome Statute met in The Hague. "The '
            "budget is settled,\" said Tiina Intelmann-Roos, spokesperson for the Assembly's "
            "secretariat.",
            {("person/tiina-intelmann-roos", "org/icc-asp", "role/spokesperson")},
        ),
        # a state's office after a phrase ending in a name and a comma, held in the state the
        # text is about; "the President of the Republic" is such an office
        (
            "Chile ratified the convention in 2008. Chile had signed it in 2007. After a long "
            "debate in Santiago, President Michelle Bachelet Jeria signed the decree.",
            {("person/michelle-bachelet-jeria", "state/chl", "role/president")},
        ),
        (
            "Italy ratified the protocol in May; Italy had signed it in 2019. The law now goes to "
            "the President of the Republic, Sergio Mattarella, for promulgation.",
            {("person/sergio-mattarella", "state/ita", "role/president-of-the-republic")},
        ),
    ],
)
def test_post(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert posts_of(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a national court named too: "Judge X" may sit on either
        "The European Court of Human Rights found a violation. The Oslo District Court had earlier "
        "dismissed the claim. Judge Kari Olsen wrote that the claim was late.",
        # the words name another bench
        "The European Court of Human Rights found a violation on Tuesday. Judge Kari Olsen of the "
        "Bergen District Court had dismissed the claim in 2019.",
        # a state opens the sentence: who chaired is no post of a body
        "Kenya hosted the summit in Nairobi, chaired by Amina Wanjiru Otieno.",
        # "its" after a state: the state's office, never a body named later
        "Ghana deposited its instrument at the African Union; its president, Kwame Asante Boateng, "
        "signed it.",
        # "its" representative is a state's, never the organisation the sentence before names
        "At the United Nations in New York, the treaty was opened for signature. Its permanent "
        "representative, Luis Enrique Chavez, said it was a good day.",
    ],
)
def test_no_post_on_the_court(registry: Registry, text: str) -> None:
    assert not {p for p in posts_of(registry, text) if not p[1].startswith("state/")}
