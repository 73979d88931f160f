"""The holder of a UN special procedures' mandate holds a post in the United Nations: named after
the title ("X, the UN Special Rapporteur on ..."), in a relative clause ("who served as UN Special
Rapporteur on Torture") or appointed by a body named as the verb's subject. A title that names no
organisation gives no post."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            '"Ratification should not be a box-ticking exercise," said Gerard Quinn, the UN Special '
            "Rapporteur on the rights of persons with disabilities.",
            "person/gerard-quinn",
        ),
        (
            "He won 104 votes, against 37 for Manfred Nowak, the Austrian professor who served as UN "
            "Special Rapporteur on Torture.",
            "person/manfred-nowak",
        ),
        (
            "The chair this year is Sir Nigel Rodley, a British law professor who was the United Nations "
            "Special Rapporteur on torture.",
            "person/nigel-rodley",
        ),
    ],
)
def test_a_un_mandate_holder_holds_a_post_in_the_un(registry: Registry, text: str, person: str) -> None:
    assert (person, "org/un", "role/special-rapporteur") in posts_of(registry, text)


def test_a_body_that_appoints_a_rapporteur_holds_the_post(registry: Registry) -> None:
    text = (
        '"We will keep watching," said Ana Beltrán. In 2016 the Human Rights Council appointed Ana '
        "Beltrán Special Rapporteur on the situation of human rights in Belarus."
    )
    assert ("person/ana-beltran", "org/un-hrc", "role/special-rapporteur") in posts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        '"We will keep watching," said Ana Beltrán, the Special Rapporteur on the situation of human '
        "rights defenders.",
        '"We will keep watching," said Ana Beltrán. She met the UN Special Rapporteur on torture.',
        '"It is time," said Ana Beltrán, and the UN Special Rapporteur on torture agreed.',
    ],
)
def test_a_title_naming_no_organisation_gives_no_post(registry: Registry, text: str) -> None:
    assert not {p for p in posts_of(registry, text) if p[2] == "role/special-rapporteur"}
