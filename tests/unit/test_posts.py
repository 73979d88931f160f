"""Posts people hold, read from appositions and titles in sentences written for these tests."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # the state as owner, before the name with a comma
        (
            "Poland's justice minister, Adam Kowal, said on Monday that the ministry would act.",
            ("person/adam-kowal", "state/pol", "role/justice-minister"),
        ),
        # "its president" after a sentence about one state
        (
            "Somalia signed the convention in 2002. Its president, Abdi Farah Warsame, signed the "
            "instrument in January.",
            ("person/abdi-farah-warsame", "state/som", "role/president"),
        ),
        # the state's possessive inside an apposition after the name
        (
            "Tomas Berg, Norway's ambassador to the United Nations, signed the protocol.",
            ("person/tomas-berg", "state/nor", "role/ambassador"),
        ),
        # a role without an article, of the body named right after it
        (
            "Piotr Nowak, president of the International Criminal Court, opened the session.",
            ("person/piotr-nowak", "org/icc", "role/president"),
        ),
        (
            "Jane Okoro, executive director of the Lagos Human Rights Centre, called it a setback.",
            ("person/jane-okoro", "org/lagos-human-rights-centre", "role/executive-director"),
        ),
        # the body by its head noun, when the release's issuer has it in its name
        (
            '"Rights are not negotiable," said Nurul Aziz, the Forum\'s chairperson.',
            ("person/nurul-aziz", "org/penang-rights-forum", "role/chairperson"),
        ),
        # a king with a regnal number, in an article about his state
        (
            "Morocco returned to the union. King Hassan III travelled to the summit. Morocco had "
            "left in 1984.",
            ("person/hassan-iii", "state/mar", "role/king"),
        ),
        # "then" before an office of state, in an article about that state
        (
            "Chile did not ratify. The letter came from Rosa Vidal, then under secretary of state "
            "for human rights. Chile has not changed its position.",
            ("person/rosa-vidal", "state/chl", "role/under-secretary-of-state"),
        ),
        # the secretary-general of the one intergovernmental organisation the text names
        (
            "The letter was addressed to Secretary-General Ana Mendes, the depositary of the "
            "statute. It reached the United Nations in May.",
            ("person/ana-mendes", "org/un", "role/secretary-general"),
        ),
    ],
)
def test_post_from_title_or_apposition(registry: Registry, text: str, post: tuple[str, str, str]) -> None:
    assert post in posts_of(registry, text, publisher="Penang Rights Forum")


# ---------------------------------------------------------------------------- false facts


def test_a_role_without_an_owner_before_the_name_gives_no_post(registry: Registry) -> None:
    """A rapporteur of no committee the text names, or of one of two it names, is no one's."""
    assert posts_of(registry, "At the hearing, the rapporteur, Ana Ruiz, spoke.") == set()
    text = "The Committee on Legal Affairs and the Committee on Culture met. The rapporteur, Ana Ruiz, spoke."
    assert posts_of(registry, text) == set()


def test_a_lawyer_for_someone_before_a_court_is_not_the_courts(registry: Registry) -> None:
    text = "Ana Ruiz, a lawyer for the victims before the Inter-American Court, welcomed the ruling."
    assert not any(org == "org/iacthr" for _, org, _ in posts_of(registry, text))


def test_a_former_official_or_a_post_in_an_unnamed_body_is_not_a_post_of_the_state(
    registry: Registry,
) -> None:
    text = (
        "Chile signed the treaty. Rosa Vidal, a former minister, and Luis Mora, president of a "
        "local bar association, criticised it. Chile has not ratified it."
    )
    assert posts_of(registry, text) == set()


def test_a_persons_spokesman_is_no_post_of_the_person(registry: Registry) -> None:
    text = "Ana Ruiz met the press. Ruiz's spokesman, Pedro Gil, said nothing."
    assert posts_of(registry, text) == set()


def test_a_secretary_general_where_two_organisations_are_named_stays_unplaced(registry: Registry) -> None:
    text = (
        "Secretary-General Ana Mendes received the letter. The United Nations and the Organization "
        "of American States were informed."
    )
    assert posts_of(registry, text) == set()
