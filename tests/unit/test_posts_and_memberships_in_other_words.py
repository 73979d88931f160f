"""Posts and memberships told in other common words: a UN office after "served as" or "was
appointed"; a body electing someone "as the court's president"; a state that is "one of the 46
member states of" an organisation. Every passage is written for these tests."""

from __future__ import annotations

from readings import memberships_of, posts_of

from loaders.registry import Registry


def test_a_un_office_after_served_as_is_a_post_in_its_office(registry: Registry) -> None:
    text = "Ana Lindqvist served as UN High Commissioner for Human Rights from 2031 to 2035."
    assert posts_of(registry, text) == {
        ("person/ana-lindqvist", "org/ohchr", "role/high-commissioner-for-human-rights")
    }
    appointed = "Ana Lindqvist was appointed United Nations High Commissioner for Refugees."
    assert {org for _, org, _ in posts_of(registry, appointed)} == {"org/unhcr"}


def test_elected_as_the_court_s_president(registry: Registry) -> None:
    text = "The European Court of Human Rights elected Ana Lindqvist as the court's president."
    assert posts_of(registry, text) == {("person/ana-lindqvist", "org/ecthr", "role/president")}


def test_one_of_the_member_states_of_an_organisation(registry: Registry) -> None:
    text = "Malta, one of the 46 member states of the Council of Europe, ratified it."
    assert ("state/mlt", "org/coe") in memberships_of(registry, text)


def test_a_role_word_inside_the_body_s_name_is_not_the_role(registry: Registry) -> None:
    text = "We spoke to Ana Lindqvist, director of the Women's Justice Forum."
    assert {role for _, _, role in posts_of(registry, text)} == {"role/director"}
    owner = "Ana Lindqvist, the Council of Europe's human rights commissioner, spoke."
    assert posts_of(registry, owner) == {
        ("person/ana-lindqvist", "org/coe", "role/human-rights-commissioner")
    }
