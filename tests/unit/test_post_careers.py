"""Posts in the shapes of appointments and careers: a body re-electing its chair "on Monday",
an office the registry names as a body ("Secretary-General of the Arab League", "the Council of
Europe Commissioner for Human Rights") in an apposition or after "served as". Beside them, the
shapes that must give no post. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Human Rights Committee re-elected Ana Costa Reis as its chairperson on Monday.",
            ("person/ana-costa-reis", "org/ccpr", "role/chairperson"),
        ),
        (
            "Meeting in Geneva, the CEDAW Committee elected Mariam Diallo as chair on 3 February.",
            ("person/mariam-diallo", "org/cedaw-committee", "role/chair"),
        ),
        (
            "Nils Aamodt Berg, the Council of Europe Commissioner for Human Rights, urged Bulgaria to act.",
            (
                "person/nils-aamodt-berg",
                "org/coe-commissioner-for-human-rights",
                "role/commissioner-for-human-rights",
            ),
        ),
        (
            "Omar Haddad Saleh, Secretary-General of the Arab League, said the seat had been restored.",
            (
                "person/omar-haddad-saleh",
                "org/secretary-general-of-the-league-of-arab-states",
                "role/secretary-general",
            ),
        ),
        (
            "Tomas Lind Berg, who served as Secretary-General of the United Nations for a decade, died.",
            ("person/tomas-lind-berg", "org/un-sg", "role/secretary-general"),
        ),
        (
            "Amara Sesay Kamara was elected to the Committee against Torture in 2019.",
            ("person/amara-sesay-kamara", "org/un-cat-committee", "role/member"),
        ),
        (
            "In 2021 Ines Moreau Lopes was elected to the International Criminal Court.",
            ("person/ines-moreau-lopes", "org/icc", "role/judge"),
        ),
        (
            "In 2012 Pavel Dvorak Hruby succeeded Ana Costa Reis as president of the European Court of "
            "Human Rights.",
            ("person/pavel-dvorak-hruby", "org/ecthr", "role/president"),
        ),
        (
            "In 2012 Pavel Dvorak Hruby succeeded Ana Costa Reis as president of the European Court of "
            "Human Rights.",
            ("person/ana-costa-reis", "org/ecthr", "role/president"),
        ),
        (
            "Marek Zielinski Nowak was the first president of the Inter-American Court of Human Rights.",
            ("person/marek-zielinski-nowak", "org/iacthr", "role/president"),
        ),
    ],
)
def test_career_posts(registry: Registry, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in posts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # a legislature choosing a president may be choosing the state's
        "On Monday the National Assembly elected Ana Costa Reis as president on the first ballot.",
        # the office belongs to the person spoken to, not to the speaker
        "Ana Costa Reis wrote to the Secretary-General of the United Nations on Monday.",
        # a state, not a body, is what she was elected to speak for
        "Ana Costa Reis was elected to represent Chile at the talks.",
        # the successor's post is not the one named after "as" a clause later
        "Ana Costa Reis succeeded in the vote, and Tomas Lind Berg was named as an observer.",
    ],
)
def test_no_career_post(registry: Registry, text: str) -> None:
    assert not {p for p in posts_of(registry, text) if p[1].startswith("org/")}
