"""Who speaks when the text names a body or a person beside the speaker: someone unnamed of a
body ("A former member of the Committee said") is not the body; "said Ana Silva's spokesman,
Rui Costa" is the spokesman's; a speaker's post written with the agencies' dotted initials
("the U.N. special rapporteur", "the U.S. ambassador") still introduces her. Every passage is
written for these tests."""

from __future__ import annotations

import pytest
from readings import statements

from loaders.registry import Registry


@pytest.mark.parametrize(
    "text",
    [
        "A former member of the Human Rights Committee said Ortiz had \u201can unusual gift for "
        "consensus\u201d.",
        "A former colleague on the Committee against Torture, who asked not to be named, said Ortiz "
        "had \u201can unusual gift for consensus\u201d.",
        "One diplomat at the Council of Europe said the report was \u201ca turning point\u201d.",
        "\u201cYou would have to leave three treaties,\u201d a former Home Office lawyer told me.",
        "Norway has not recognised the competence of the Committee against Torture to receive "
        "complaints, the lawyer said, adding that the government had \u201cno intention of doing so\u201d.",
    ],
)
def test_someone_unnamed_of_a_body_is_not_the_body(registry: Registry, text: str) -> None:
    found = statements(registry, text)
    assert not any(who.startswith("org/") for who, _ in found), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Committee against Torture said in a statement that the law was \u201ca step back\u201d.",
            "org/un-cat-committee",
        ),
        ("\u201cNever again,\u201d a Home Office spokesperson said.", "org/home-office"),
    ],
)
def test_a_body_speaking_for_itself_is_still_the_speaker(registry: Registry, text: str, body: str) -> None:
    assert {who for who, _ in statements(registry, text)} == {body}


def test_the_holder_of_a_post_named_by_a_possessive_speaks(registry: Registry) -> None:
    text = (
        "The prosecutor, Amara Diallo, opened an inquiry in 2016. \u201cThe court will carry on,\u201d "
        "said Diallo's spokesman, Karim El Mansouri."
    )
    assert statements(registry, text) == {("person/karim-el-mansouri", "The court will carry on")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Grace Achieng, the U.N. special rapporteur on slavery, said Mauritania should \u201cmatch "
            "words with deeds\u201d.",
            "person/grace-achieng",
        ),
        (
            "Laura Benton, the U.S. ambassador to the United Nations, said the council was \u201ca "
            "forum for political bias\u201d.",
            "person/laura-benton",
        ),
    ],
)
def test_a_post_with_dotted_initials_introduces_the_speaker(
    registry: Registry, text: str, speaker: str
) -> None:
    assert {who for who, _ in statements(registry, text)} == {speaker}
