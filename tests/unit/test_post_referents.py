"""Whose post a title is when the words around it do not name the body: a body's head noun
before the title, a state named in another clause, "its" after "the country", a nationality
adjective before a lower-case portfolio. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court's head noun before the title: the court named before, not the state
        (
            "Italy ratified the protocol to the European Court of Human Rights on Monday. "
            "Court President Anna Lindqvist welcomed the step, saying Italy had set an example.",
            {("person/anna-lindqvist", "org/ecthr", "role/president")},
        ),
        (
            "Ghana acceded to the Convention, which the Committee against Torture monitors. "
            "Committee Chair Tomas Rehn welcomed the accession by Ghana.",
            {("person/tomas-rehn", "org/un-cat-committee", "role/chair")},
        ),
    ],
)
def test_head_noun_before_title(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert posts_of(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the head noun names no body the text has named: no post, and not the state's
        "Chile and Peru signed the pact. Commission President Laura Ossa spoke about Chile.",
        "Portugal signed the treaty. Portugal will ratify it. "
        "Tribunal President Rui Costa said Portugal was right.",
    ],
)
def test_head_noun_before_title_is_not_the_state(registry: Registry, text: str) -> None:
    assert not any(org.startswith("state/") for _, org, _ in posts_of(registry, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state that is the agent in another clause is not the office's state: the state
        # the article is about is
        (
            "Fiji ratified the Convention in March. Fiji had signed it in 2016. Last month the "
            "first detainees returned by New Zealand reached the island, and the cabinet of Prime "
            "Minister Aleki Vunivalu faces questions.",
            {("person/aleki-vunivalu", "state/fji", "role/prime-minister")},
        ),
        # a state that sets the scene of the whole sentence is
        (
            "Malawi is the subject. Malawi again. In Chad, the assembly voted on 3 May to abolish "
            "the penalty, and President Idriss Mahamat signed the law a month later.",
            {("person/idriss-mahamat", "state/tcd", "role/president")},
        ),
    ],
)
def test_state_of_another_clause(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert posts_of(registry, text) == expected


def test_state_of_another_clause_is_never_the_owner(registry: Registry) -> None:
    text = (
        "Bhutan and Nepal met. Aid pledged by Japan arrived on Monday, while the government of "
        "President Dorji Wangmo remained silent."
    )
    assert ("person/dorji-wangmo", "state/jpn", "role/president") not in posts_of(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" after "the country": the state, not the body the sentence opens with
        (
            "Moldova applied in March. The Committee of Ministers, meeting in Strasbourg, invited "
            "the country to join in the presence of its foreign minister, Ion Rusu, on Friday.",
            {("person/ion-rusu", "state/mda", "role/foreign-minister")},
        ),
        (
            "Andorra asked to join. The General Assembly admitted the state in the presence of its "
            "prime minister, Marc Vila, and its ambassador.",
            {("person/marc-vila", "state/and", "role/prime-minister")},
        ),
    ],
)
def test_its_after_the_country(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = posts_of(registry, text)
    assert expected <= got
    assert not any(org.startswith("org/") for _, org, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        '"The law is late," said Ana Lopes, head of European affairs at the Federation of Works Councils.',
        "Marta Kowal, director of Asian programmes at the Foundation, said the pact was weak.",
        "Li Wen, head of African affairs at the Institute, spoke first.",
    ],
)
def test_portfolio_adjective_is_no_body(registry: Registry, text: str) -> None:
    got = posts_of(registry, text)
    assert not any(org in ("org/european", "org/asian", "org/african") for _, org, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"It is late," said Lerato Dube, a children\'s rights lawyer at the Soweto Child Law Centre.',
            {("person/lerato-dube", "org/soweto-child-law-centre", "role/childrens-rights-lawyer")},
        ),
        (
            "Maria Silva, a women's rights activist with the Lisbon Equality Network, said so.",
            {("person/maria-silva", "org/lisbon-equality-network", "role/womens-rights-activist")},
        ),
        # after "the", the possessive still names the owner
        (
            "Ana Lopes, Amnesty International's researcher, said so.",
            {("person/ana-lopes", "org/amnesty-international", "role/researcher")},
        ),
    ],
)
def test_possessive_classifier_after_a(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert posts_of(registry, text) == expected
