"""A name that national bodies share with a body of the reference data ("the Commission on
Human Rights": the United Nations' former commission, and national human-rights institutions
such as the Philippines') is the reference body only where the text names another entity the
reference data links to it (the Human Rights Council that replaced it); elsewhere it is a body
of its own, and what it says or who chairs it is not credited to the United Nations. Every
passage is written for these tests."""

from __future__ import annotations

from readings import facts_of, posts_of, statements

from loaders.registry import Registry
from loaders.vocabulary import TG


def test_a_national_commission_s_words_are_its_own(registry: Registry) -> None:
    text = "MANILA - The Commission on Human Rights called the withdrawal \u201ca step backwards\u201d."
    assert statements(registry, text) == {("org/commission-on-human-rights", "a step backwards")}


def test_a_national_commission_s_chair_holds_no_united_nations_post(registry: Registry) -> None:
    text = "The Commission on Human Rights, chaired by Rosa Dimaculangan, has told Congress as much."
    assert not any(org == "org/un-chr" for _, org, _ in posts_of(registry, text))


def test_beside_the_council_that_replaced_it_the_name_is_the_united_nations_commission(
    registry: Registry,
) -> None:
    text = "The Human Rights Council replaced the Commission on Human Rights in 2006."
    facts = facts_of(registry, text, "2016-01-01")
    assert any("org/un-chr" in props.get(TG.successorOf, set()) for props in facts.values()) or any(
        node == "org/un-chr" for node in facts
    ), facts
