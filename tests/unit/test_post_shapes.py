"""Posts in the shapes news copy gives them: titles with qualifiers, roles with what they are
in, the body before the title, "was elected", "is a researcher at", a body referred back to by
the last word of its name. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state's possessive, a role with what it is accredited to, then the name
        (
            "Norway's ambassador to the United Nations, Mona Juul, deposited the instrument.",
            {("person/mona-juul", "state/nor", "role/ambassador")},
        ),
        # a qualifier stays part of the title; the state is named after the name
        (
            "Deputy Foreign Minister Ryu Jin of Japan attended the ceremony.",
            {("person/ryu-jin", "state/jpn", "role/deputy-foreign-minister")},
        ),
        (
            "Acting Foreign Minister Lena Brandt of Sweden told reporters the government would sign.",
            {("person/lena-brandt", "state/swe", "role/acting-foreign-minister")},
        ),
        # elected to a post in a body
        (
            "Ana Silva was elected president of the International Criminal Court in 2021.",
            {("person/ana-silva", "org/icc", "role/president")},
        ),
        # a copular sentence with a role and a body
        (
            "Marta Costa is the executive director of the Lisbon Rights Institute.",
            {("person/marta-costa", "org/lisbon-rights-institute", "role/executive-director")},
        ),
        # the post and its body before the name
        (
            "The president of the African Court on Human and Peoples' Rights, Imani Aboud, said the "
            "ruling was binding.",
            {("person/imani-aboud", "org/afchpr", "role/president")},
        ),
        # a body referred back to by the last word of a name given earlier (a masthead)
        (
            "Baltic Rights Monitor\n\nThe committee published its findings. \u201cThe review was "
            "useful,\u201d said Ilze Berzina, a researcher with the Monitor.",
            {("person/ilze-berzina", "org/baltic-rights-monitor", "role/researcher")},
        ),
        # a body referred back to by its head noun, in lower case
        (
            "The Levant Accountability Network welcomed the step. \u201cToday is historic,\u201d said "
            "Nadia Haddad, director of the network.",
            {("person/nadia-haddad", "org/levant-accountability-network", "role/director")},
        ),
        # a role with a modifier and no article
        (
            "Marta Costa, policy officer at the Lisbon Rights Institute, said the law was flawed.",
            {("person/marta-costa", "org/lisbon-rights-institute", "role/policy-officer")},
        ),
        # a spokesperson for the Secretary-General of the one organisation named
        (
            "United Nations Headquarters, New York\n\nTranscript of the noon briefing by Karin Solheim, "
            "Associate Spokesperson for the Secretary-General.",
            {("person/karin-solheim", "org/un", "role/associate-spokesperson")},
        ),
    ],
)
def test_post(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert posts_of(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a former post with no owner in the words is not guessed from the article's state
        "Ana Lopes, the former foreign minister, was elected president of the Lisbon Bar in 2019. "
        "She had been appointed in 2010.",
        # a judge "of" a state comes from it; the state is not the body of the post
        "The President of the Court is Justice Sylvain Ore of Ghana.",
        # a deputy is not the minister
        "Deputy Justice Minister Karel Novak of Czechia opened the debate.",
        # "a researcher with the Network" with two networks named before: no owner
        "The Nordic Network and the Baltic Network met. \u201cIt was useful,\u201d said Ilze Berzina, "
        "a researcher with the Network.",
    ],
)
def test_no_wrong_post(registry: Registry, text: str) -> None:
    posts = posts_of(registry, text)
    assert not any(role in ("role/foreign-minister", "role/justice-minister") for _, _, role in posts)
    assert not any(org in ("org/nordic-network", "org/baltic-network") for _, org, _ in posts)
    assert ("person/ana-lopes", "state/prt", "role/former-foreign-minister") not in posts
    assert not any(org == "state/gha" for _, org, _ in posts)
