"""People the text names in less usual ways: with a middle initial ("Leonardo A. Franco"), after a
title with two portfolios ("Minister of Labour and Social Affairs"), or as the complement of their
post ("The Court's Secretary is ...")."""

from __future__ import annotations

from readings import facts_of, posts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _people(registry: Registry, text: str) -> set[str]:
    return {key for key, props in facts_of(registry, text).items() if TG.Person in props.get(RDF.type, set())}


def test_a_middle_initial_is_part_of_the_name(registry: Registry) -> None:
    text = (
        "The judgment of the Inter-American Court of Human Rights was delivered by President Ana "
        "Paula Ferrer and Judges Tomas A. Lindqvist and Eduardo Vio Grossi."
    )
    judges = {member for member, _, role in posts_of(registry, text) if role == "role/judge"}
    assert judges == {"person/tomas-a-lindqvist", "person/eduardo-vio-grossi"}


def test_the_article_a_opening_a_name_is_still_no_initial(registry: Registry) -> None:
    assert not _people(registry, "A. Report was published by the committee on Monday.")


def test_a_title_with_two_portfolios_is_not_part_of_the_name(registry: Registry) -> None:
    text = "Minister of Justice and Equality Ciaran Moloney welcomed the ratification on Monday."
    assert _people(registry, text) == {"person/ciaran-moloney"}


def test_the_holder_named_after_the_post_is_a_person(registry: Registry) -> None:
    text = "The Commission sits in Banjul. Its current Secretary is Marlene Oduya-Kamau."
    assert _people(registry, text) == {"person/marlene-oduya-kamau"}


def test_a_sentence_opening_with_a_name_and_the_post_it_has_held(registry: Registry) -> None:
    text = "The office opened in 2019. Marlene Oduya-Kamau has been the ombudsman since May."
    assert _people(registry, text) == {"person/marlene-oduya-kamau"}


def test_a_name_with_its_nationality_as_a_noun_in_apposition(registry: Registry) -> None:
    text = "Marlene Oduya-Kamau, a Kenyan, sat as a judge of the regional court for nine years."
    assert _people(registry, text) == {"person/marlene-oduya-kamau"}


def test_names_listed_one_per_line_with_their_states(registry: Registry) -> None:
    text = (
        "The chamber was composed as follows:\n\n"
        "Marlene Oduya-Kamau (Kenya), President,\n"
        "Tomas Lindqvist (Sweden),\n"
        "Ana Paula Ferrer (Portugal), Judges."
    )
    assert _people(registry, text) == {
        "person/marlene-oduya-kamau",
        "person/tomas-lindqvist",
        "person/ana-paula-ferrer",
    }


def test_a_bench_set_out_one_judge_a_line_sits_on_the_court_of_the_text(registry: Registry) -> None:
    text = (
        "The European Court of Human Rights delivered its judgment today.\n\n"
        "The judgment was given by a Chamber composed as follows:\n\n"
        "Marlene Oduya-Kamau (Kenya), President,\n"
        "Tomas Lindqvist (Sweden),\n"
        "Ana Paula Ferrer (Portugal), Judges."
    )
    posts = posts_of(registry, text)
    assert {member for member, org, role in posts if (org, role) == ("org/ecthr", "role/judge")} == {
        "person/marlene-oduya-kamau",
        "person/tomas-lindqvist",
        "person/ana-paula-ferrer",
    }
    assert ("person/marlene-oduya-kamau", "org/ecthr", "role/president") in posts
