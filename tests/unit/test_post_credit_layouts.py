"""Posts in the credit lines releases set under a quotation ("— Name, legal officer at the
Trust"), followed by the next section's heading rather than by prose. Passages are written for
these tests, with false-fact cases beside them."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The Southern Africa Penal Reform Trust welcomes the Act.\n\n"Signing the Protocol '
            'would cost nothing."\n— Tafadzwa Chidzikwe, legal officer at the Trust\n\n'
            "Background\n- Bill: Death Penalty Abolition Bill\n- Assent: 31 December 2024",
            ("person/tafadzwa-chidzikwe", "org/southern-africa-penal-reform-trust", "role/legal-officer"),
        ),
        (
            'The Lima Rights Forum welcomed the law.\n\n"We waited long."\n— Tomas Lind, '
            "director of the Forum\n\nNotes to editors\nThe Forum was founded in 1998.",
            ("person/tomas-lind", "org/lima-rights-forum", "role/director"),
        ),
        (
            'The Kenya Human Rights Commission welcomed the ratification.\n\n"This is a good '
            'day."\n— Ana Wanjiru, programme officer at the Commission\nENDS',
            ("person/ana-wanjiru", "org/kenya-human-rights-commission", "role/programme-officer"),
        ),
    ],
)
def test_a_credit_line_before_a_heading_names_the_body_it_refers_back_to(
    registry: Registry, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in posts_of(registry, text)


def test_a_credit_referring_to_one_of_two_bodies_gives_no_post(registry: Registry) -> None:
    text = (
        'The Lima Rights Forum and the Quito Justice Forum welcomed the law.\n\n"We waited '
        'long."\n— Tomas Lind, director of the Forum\n\nBackground\n- Law: 12/2024'
    )
    assert not posts_of(registry, text)
