"""Posts in the layouts court releases and communiqués set them: a bench listed with offices
after the names ("Justice A, President, Justice B, Vice-President, and Justices C and D",
"Judges A, President; B; C"), and names under the diplomatic honorific "H.E.". Passages are
written for these tests, with false-fact cases beside them."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry

_AFRICAN = (
    "The African Court on Human and Peoples' Rights ruled against Tanzania on Friday. The bench "
    "was composed of Justice Sylvain Oré, President, Justice Ben Kioko, Vice-President, and "
    "Justices Gérard Niyungeko, Augustino S. L. Ramadhani and Duncan Tambala."
)
_INTER_AMERICAN = (
    "The Inter-American Court of Human Rights found Ecuador responsible. The judgment was "
    "delivered by Judges Elizabeth Odio Benito, President; Patricio Pazmiño Freire, Vice-President; "
    "Eduardo Vio Grossi; Humberto Sierra Porto and Eugenio Raúl Zaffaroni."
)
_EUROPEAN = (
    "The European Court of Human Rights held that Turkey had violated Article 10. The Chamber was "
    "composed of: Robert Spano, President; Jon Fridrik Kjølbro, Vice-President; Paul Lemmens; "
    "and Ivana Jelić, judges."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _AFRICAN,
            {
                ("person/sylvain-ore", "org/afchpr", "role/president"),
                ("person/ben-kioko", "org/afchpr", "role/vice-president"),
                ("person/gerard-niyungeko", "org/afchpr", "role/judge"),
                ("person/augustino-s-l-ramadhani", "org/afchpr", "role/judge"),
                ("person/duncan-tambala", "org/afchpr", "role/judge"),
            },
        ),
        (
            _INTER_AMERICAN,
            {
                ("person/elizabeth-odio-benito", "org/iacthr", "role/president"),
                ("person/patricio-pazmino-freire", "org/iacthr", "role/vice-president"),
                ("person/eduardo-vio-grossi", "org/iacthr", "role/judge"),
                ("person/eugenio-raul-zaffaroni", "org/iacthr", "role/judge"),
            },
        ),
        (
            _EUROPEAN,
            {
                ("person/robert-spano", "org/ecthr", "role/president"),
                ("person/jon-fridrik-kjolbro", "org/ecthr", "role/vice-president"),
                ("person/paul-lemmens", "org/ecthr", "role/judge"),
                ("person/ivana-jelic", "org/ecthr", "role/judge"),
            },
        ),
    ],
)
def test_a_listed_bench_gives_each_judge_and_the_offices_after_the_names(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    posts = posts_of(registry, text)
    assert expected <= posts
    # the office after the comma is the court's, never the state's the case is against
    assert not {p for p in posts if p[1].startswith("state/")}


@pytest.mark.parametrize(
    "text",
    [
        # a delegation, not a bench: no judges' titles, and the office is of a named body
        "The Inter-American Court of Human Rights heard the case. The delegation was composed of "
        "Ana Silva, President of the Senate, and Tomas Lind, a lawyer.",
        # names listed without titles or offices
        "The European Court of Human Rights sat in Strasbourg. The applicants' team comprised "
        "Ana Silva and Tomas Lind.",
        # a bench with no court named: whose bench is unknown
        "The judgment was delivered by Judges Ana Silva, President; Tomas Lind and Eva Berg.",
    ],
)
def test_no_bench_post_without_a_bench_and_its_court(registry: Registry, text: str) -> None:
    assert not {p for p in posts_of(registry, text) if p[2] in {"role/judge", "role/president"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The session was attended by H.E. Jean-Claude Kassi Brou, President of the ECOWAS Commission.",
            ("person/jean-claude-kassi-brou", "org/ecowas-commission", "role/president"),
        ),
        (
            "The summit opened under the chairmanship of H.E. Macky Sall, President of the "
            "Republic of Senegal.",
            ("person/macky-sall", "state/sen", "role/president"),
        ),
        (
            "H.E. Moussa Faki Mahamat, Chairperson of the African Union Commission, also took part.",
            ("person/moussa-faki-mahamat", "org/african-union-commission", "role/chairperson"),
        ),
    ],
)
def test_the_excellency_honorific_is_no_part_of_the_name(
    registry: Registry, text: str, expected: tuple[str, str, str]
) -> None:
    posts = posts_of(registry, text)
    assert expected in posts
    assert not {p for p in posts if p[0].startswith("person/h-e-")}


def test_a_bench_sits_on_the_registry_court_when_national_courts_are_named_earlier(
    registry: Registry,
) -> None:
    text = (
        "The African Court on Human and Peoples' Rights delivered its judgment against Benin.\n\n"
        "The High Court in Cotonou had sentenced him in 2019; the Supreme Court upheld it.\n\n"
        "Benin withdrew its declaration in 2020. The Court found several violations.\n\n"
        "The bench was composed of Justice Imani Aboud, President, Justice Blaise Tchikaya, "
        "Vice-President, and Justices Ben Kioko and Suzanne Mengue."
    )
    posts = posts_of(registry, text)
    assert ("person/imani-aboud", "org/afchpr", "role/president") in posts
    assert ("person/blaise-tchikaya", "org/afchpr", "role/vice-president") in posts
    assert ("person/suzanne-mengue", "org/afchpr", "role/judge") in posts
    assert not {p for p in posts if p[1].startswith("state/")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three members of the Inter-American Commission were elected. The surprise was Antonia "
            "Urrejola, the Commission's current president, who got only nine votes.",
            ("person/antonia-urrejola", "org/iachr", "role/president"),
        ),
        (
            "Michelle Bachelet, twice President of Chile, was appointed High Commissioner.",
            ("person/michelle-bachelet", "state/chl", "role/president"),
        ),
        (
            "The European Court of Human Rights ruled on Tuesday. Síofra O'Leary, the Court's "
            "incumbent president, read the judgment.",
            ("person/siofra-o-leary", "org/ecthr", "role/president"),
        ),
    ],
)
def test_words_of_when_a_post_is_held_are_no_part_of_the_role(
    registry: Registry, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in posts_of(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four judges for the Inter-American Court of Human Rights: Nancy Hernández López of "
            "Costa Rica, Verónica Gómez of Argentina and Rodrigo Mudrovitsch of Brazil.",
            {
                ("person/nancy-hernandez-lopez", "org/iacthr", "role/judge"),
                ("person/veronica-gomez", "org/iacthr", "role/judge"),
                ("person/rodrigo-mudrovitsch", "org/iacthr", "role/judge"),
            },
        ),
        (
            "The Assembly also chose three new members of the Committee against Torture: Ana "
            "Silva, Tomas Lind and Eva Berg of Sweden.",
            {
                ("person/ana-silva", "org/un-cat-committee", "role/member"),
                ("person/tomas-lind", "org/un-cat-committee", "role/member"),
                ("person/eva-berg", "org/un-cat-committee", "role/member"),
            },
        ),
        (
            "The States Parties elected the European Court of Human Rights judges in Strasbourg. "
            "Two judges for the Court: Ana Silva of Portugal and Tomas Lind of Sweden.",
            {
                ("person/ana-silva", "org/ecthr", "role/judge"),
                ("person/tomas-lind", "org/ecthr", "role/judge"),
            },
        ),
    ],
)
def test_holders_listed_after_a_plural_post_and_a_colon(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= posts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # candidates are no holders
        "Candidates for the European Court of Human Rights: Ana Silva, Tomas Lind and Eva Berg.",
        # one name is no list
        "Judges of the International Court of Justice: Ana Silva of Brazil, who resigned.",
    ],
)
def test_no_holders_without_a_plural_post_and_a_list(registry: Registry, text: str) -> None:
    assert not posts_of(registry, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Inter-American Court of Human Rights sits in San José. Ricardo Pérez Manrique, "
            "the Uruguayan judge, becomes president of the Court in January.",
            ("person/ricardo-perez-manrique", "org/iacthr", "role/president"),
            None,
        ),
        (
            "The European Court of Human Rights sits in Strasbourg. Síofra O'Leary, the Irish "
            "judge, became President of the Court in 2022.",
            ("person/siofra-o-leary", "org/ecthr", "role/president"),
            None,
        ),
        (
            "Commenting on the accession, Aidos Serikbayev, Director of the Department of European "
            "Cooperation of the Ministry, stated that the country was ready.",
            ("person/aidos-serikbayev", "org/department-of-european-cooperation", "role/director"),
            "org/department-of-european-cooperation-of-the-ministry",
        ),
    ],
)
def test_posts_taken_on_or_held_in_a_department_of_a_body_named_before(
    registry: Registry, text: str, expected: tuple[str, str, str], absent: str | None
) -> None:
    posts = posts_of(registry, text)
    assert expected in posts
    assert not {p for p in posts if p[1] == absent}


def test_a_body_before_a_noun_is_no_post_of_its_own(registry: Registry) -> None:
    text = "Ana Silva, the senator, becomes a member of the Council of Europe delegation."
    assert not {p for p in posts_of(registry, text) if p[1] == "org/coe"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Inter-American Court of Human Rights ruled against Costa Rica. The judgment was "
            "delivered by President Diego García-Sayán and Judges Leonardo A. Franco and Eduardo "
            "Vio Grossi. Vice-President Manuel E. Ventura Robles, a Costa Rican national, did not "
            "take part in the case.",
            ("person/manuel-e-ventura-robles", "org/iacthr", "role/vice-president"),
        ),
        (
            "The African Court on Human and Peoples' Rights ruled against Burkina Faso. The bench "
            "was presided over by Justice Augustino S. L. Ramadhani, President of the Court, with "
            "Justice Elsie N. Thompson, Vice-President.",
            ("person/elsie-n-thompson", "org/afchpr", "role/vice-president"),
        ),
        (
            "The European Court of Human Rights has a new president. Luzius Wildhaber was "
            "succeeded as President by the French judge Jean-Paul Costa.",
            ("person/jean-paul-costa", "org/ecthr", "role/judge"),
        ),
    ],
)
def test_a_judges_presidency_or_nationality_is_no_post_of_a_state(
    registry: Registry, text: str, expected: tuple[str, str, str]
) -> None:
    posts = posts_of(registry, text)
    assert expected in posts
    assert not {p for p in posts if p[1].startswith("state/")}


def test_a_judges_title_and_president_after_with_no_court_named(registry: Registry) -> None:
    text = "Justice Ana Silva, President, and the Minister spoke. The Supreme Court of Ghana sat."
    assert not posts_of(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The International Criminal Court chose a new Presidency. Judge Robert Fremr of the "
            "Czech Republic became First Vice-President.",
            ("person/robert-fremr", "org/icc", "role/first-vice-president"),
        ),
        (
            "The European Court of Human Rights sits in Strasbourg. On Monday Judge Síofra "
            "O'Leary was elected President for three years.",
            ("person/siofra-o-leary", "org/ecthr", "role/president"),
        ),
    ],
)
def test_a_judge_elected_to_the_presidency_of_the_court_named(
    registry: Registry, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in posts_of(registry, text)


def test_a_judge_elected_president_of_a_state_is_no_court_president(registry: Registry) -> None:
    text = (
        "The European Court of Human Rights sits in Strasbourg. Judge Ana Silva was elected "
        "President of Portugal in 2016."
    )
    assert ("person/ana-silva", "org/ecthr", "role/president") not in posts_of(registry, text)
