"""Facts told in passing: the holder of an office the registry names as a body, written after it
("the UN Secretary-General, Ana Silva,"), and the size of a membership or of a treaty's parties
given by "It has ..." or "bringing the number of ... to ..."."""

from __future__ import annotations

from readings import counts_of, posts_of

from loaders.registry import Registry


def test_the_holder_in_apposition_after_an_office(registry: Registry) -> None:
    text = "In 1999 the UN Secretary-General, Joaquim Mbeki-Larsen, opened the conference."
    assert posts_of(registry, text) == {
        ("person/joaquim-mbeki-larsen", "org/un-sg", "role/secretary-general")
    }


def test_an_office_named_without_its_organisation_gives_no_post(registry: Registry) -> None:
    text = "Chile deposited its instrument with the Secretary General, Joaquim Mbeki-Larsen."
    assert not posts_of(registry, text)


def test_a_former_holder_before_the_name_gives_no_current_post(registry: Registry) -> None:
    text = "In 1999 the then UN Secretary-General, Joaquim Mbeki-Larsen, opened the conference."
    assert not posts_of(registry, text)


def test_it_has_so_many_parties(registry: Registry) -> None:
    text = "The Convention against Torture was adopted in 1984. It has 173 states parties."
    assert counts_of(registry, text) == {("treaty/un-cat", "states parties", 173)}


def test_bringing_the_number_of_members_to(registry: Registry) -> None:
    text = (
        "Andorra became a member of the Council of Europe, bringing the number of member states to "
        "thirty-three."
    )
    assert counts_of(registry, text) == {("org/coe", "member states", 33)}


def test_bringing_the_number_with_two_organisations_named_is_no_count(registry: Registry) -> None:
    text = (
        "Andorra joined the Council of Europe and the United Nations in the same decade, bringing "
        "the number of member states to thirty-three."
    )
    assert not counts_of(registry, text)


def test_a_deputy_named_after_the_office_does_not_hold_it(registry: Registry) -> None:
    text = "Chile acceded before the Deputy Secretary General of the Council of Europe, Ana Ferreira."
    assert ("person/ana-ferreira", "org/coe-sg", "role/secretary-general") not in posts_of(registry, text)
