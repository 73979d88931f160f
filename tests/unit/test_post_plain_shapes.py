"""Posts told in the plain shapes of news and profiles: a teaching post ("teaches law at"), a
career step after "he"/"she", a committee's chair introduced as "The chairman, X of Delaware",
and a body's head noun in the possessive ("the assembly's president") that is never the state's.
Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import memberships_of, posts_of

from loaders.datelines import read_header
from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile signed the treaty in March. Pablo Ruiz teaches law at the University of Chile.",
            {("person/pablo-ruiz", "org/university-of-chile", "role/teacher")},
        ),
        (
            "Maria Lopez, who teaches law at the National University of Colombia, said the ruling "
            "was important.",
            {("person/maria-lopez", "org/national-university-of-colombia", "role/teacher")},
        ),
        (
            "Antonio Silva is a Brazilian lawyer. He taught international law at the University of "
            "Sao Paulo from 1980 until 2001.",
            {("person/antonio-silva", "org/university-of-sao-paulo", "role/teacher")},
        ),
    ],
)
def test_teaching_post(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert posts_of(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ana Costa has never taught at the University of Lisbon, the ministry said.",
        # "he" after two people named as often: whose post it is the words do not settle
        "Ana Costa met Rui Moreira in Porto. He taught law at the University of Porto.",
    ],
)
def test_no_teaching_post(registry: Registry, text: str) -> None:
    posts = posts_of(registry, text)
    assert not any(org == "org/university-of-lisbon" or role == "role/teacher" for _, org, role in posts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Antonio Rossi was an Italian jurist, born in Salerno. In 2009 he became the first "
            "president of the Special Tribunal for Lebanon.",
            {("person/antonio-rossi", "org/special-tribunal-for-lebanon", "role/president")},
        ),
        (
            "Ana Costa was born in Lisbon. She was appointed director of the Lisbon Rights "
            "Institute in 2015.",
            {("person/ana-costa", "org/lisbon-rights-institute", "role/director")},
        ),
        # an obituary's subject is "he", not the colleague quoted in the sentence before
        (
            "Carlo Bassi, who has died aged 80, led the court for a decade. Bassi wrote its rules. "
            'Bassi retired in 2001. "He was a builder," said Marta Lind, who worked with him. '
            "In 2003 he became president of the Lisbon Rights Institute.",
            {("person/carlo-bassi", "org/lisbon-rights-institute", "role/president")},
        ),
    ],
)
def test_career_step_after_a_pronoun(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert posts_of(registry, text) == expected


def test_career_step_after_a_pronoun_with_two_people(registry: Registry) -> None:
    text = (
        "Ana Costa and Rui Moreira met in Lisbon. In 2015 he became president of the Lisbon Rights Institute."
    )
    assert posts_of(registry, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Italy ratified the protocol on Monday, and the assembly's president, Marco Bellini, said "
        "Italy had led the way. Italy was the tenth state to do so.",
        "Kenya signed the pact. Kenya will ratify it. The council's president, Amina Odhiambo, "
        "welcomed the signature by Kenya.",
    ],
)
def test_body_in_the_possessive_is_not_the_state(registry: Registry, text: str) -> None:
    assert not any(org.startswith("state/") for _, org, _ in posts_of(registry, text))


def test_the_chairman_of_the_committee_named_before(registry: Registry) -> None:
    text = (
        "The Senate Foreign Relations Committee met on Tuesday. The chairman, Joseph Biden of "
        "Delaware, had held a hearing on June 13."
    )
    assert posts_of(registry, text) == {
        ("person/joseph-biden", "org/senate-foreign-relations-committee", "role/chairman")
    }


@pytest.mark.parametrize(
    "text",
    [
        # two committees named: which one's chair the words do not say
        "The Committee against Torture and the Human Rights Committee met in Geneva. The "
        "chairperson, Tania Abdo Rocholl, opened the session.",
        # no committee named at all
        "Kenya ratified the treaty. The chairman, Joseph Biden of Delaware, had held a hearing.",
    ],
)
def test_the_chairman_without_one_committee(registry: Registry, text: str) -> None:
    assert posts_of(registry, text) == set()


def test_rejoined_an_organisation_on_a_weekday(registry: Registry) -> None:
    text = "The Gambia rejoined the Commonwealth on Thursday, when its flag went up in London."
    assert memberships_of(registry, text) == {("state/gmb", "org/commonwealth")}


def test_dateline_filed_from_two_places() -> None:
    header = read_header("Headline\n\nLONDON/BANJUL, Feb 8, 2018 (Continental Wire) - The story.\n")
    assert header.date == "2018-02-08"
    assert header.publisher == "Continental Wire"


def test_the_chairman_of_the_committee_named_in_the_paragraph_before(registry: Registry) -> None:
    text = (
        "This morning the Senate Foreign Relations Committee voted 12 to 7 to report the treaty to "
        "the Senate. The CEDAW Committee in Geneva welcomed it.\n\n"
        "The resolution attaches four reservations.\n\n"
        "The chairman, Joseph Biden of Delaware, had held a hearing on June 13."
    )
    assert ("person/joseph-biden", "org/senate-foreign-relations-committee", "role/chairman") not in posts_of(
        registry, text
    )
    text = (
        "This morning the Senate Foreign Relations Committee voted 12 to 7 to report the treaty to "
        "the full Senate.\n\nThe chairman, Joseph Biden of Delaware, had held a hearing on June 13."
    )
    assert posts_of(registry, text) == {
        ("person/joseph-biden", "org/senate-foreign-relations-committee", "role/chairman")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ban Ki-moon, who served two terms as Secretary-General of the United Nations, welcomed "
            "the ratification.",
            {("person/ban-ki-moon", "org/un-sg", "role/secretary-general")},
        ),
        (
            "Ghana ratified the protocol in 2016. Ghana's president at the time, John Mahama, signed "
            "the instrument.",
            {("person/john-mahama", "state/gha", "role/president")},
        ),
    ],
)
def test_career_in_a_relative_clause_and_a_post_then_held(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert posts_of(registry, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday, Kiribati's Permanent Representative to the United Nations, Teburoro Tito, "
            "deposited the instrument.",
            ("person/teburoro-tito", "state/kir", "role/permanent-representative"),
        ),
        (
            "The Permanent Secretary of the Ministry of Justice, Amina Yusuf, signed the order.",
            ("person/amina-yusuf", "org/ministry-of-justice", "role/permanent-secretary"),
        ),
    ],
)
def test_a_permanent_post(registry: Registry, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in posts_of(registry, text)
