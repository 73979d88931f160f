"""Words beside a speaker or a post that are not part of it: the place that closes a relative
clause right before "said", and the possessive before a post ("our Permanent Representative")."""

from __future__ import annotations

from readings import posts_of, statements

from loaders.registry import Registry


def test_a_place_closing_the_clause_before_said_is_not_the_speaker(registry: Registry) -> None:
    text = (
        "Leonor Batista, who directs the Andean Rights Clinic in Porto Velho, said the vote showed "
        'that the region "can still agree on something" at a time when it is divided.'
    )
    speakers = {speaker for speaker, _ in statements(registry, text)}
    assert speakers == {"person/leonor-batista"}


def test_a_place_told_before_said_gives_no_person(registry: Registry) -> None:
    text = 'A lawyer based in Novo Hamburgo said the ruling showed that the court "changes nothing".'
    assert not {speaker for speaker, _ in statements(registry, text) if speaker.startswith("person/")}


def test_a_name_before_said_is_still_the_speaker(registry: Registry) -> None:
    text = 'Tomas Ferreira Lins said the ruling showed that the court "changes nothing" for his clients.'
    assert {speaker for speaker, _ in statements(registry, text)} == {"person/tomas-ferreira-lins"}


def test_the_possessive_before_a_post_is_not_part_of_the_role(registry: Registry) -> None:
    text = (
        "Viet Nam signed the torture convention on 7 November 2013, when Ambassador Ngo Van Binh, "
        "our Permanent Representative to the United Nations, put his name to it in New York."
    )
    roles = {role for member, _, role in posts_of(registry, text) if member == "person/ngo-van-binh"}
    assert roles == {"role/permanent-representative"}
