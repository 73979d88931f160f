"""A personal name is a person where the sentence describes a person: a nationality and a
profession after "is a", where she comes from between commas, a relative clause giving her post,
the chair of a session, a predecessor in a post. The same frames around a body's name find no one."""

from __future__ import annotations

import pytest
from readings import claims_of, posts_of

from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _people(registry: Registry, text: str) -> set[str]:
    claims = claims_of(registry, "Headline\n\n" + text, "2018-03-01")
    return {c.subject.key for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Person)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rosario Salvatore Aitala is an Italian magistrate.", "rosario-salvatore-aitala"),
        ("Marta Kowalczyk was a Polish jurist.", "marta-kowalczyk"),
        ("Solomy Balungi Bossa, of Uganda, leaves the court after six years.", "solomy-balungi-bossa"),
        (
            "Francis Blain, who until Thursday was The Gambia's ambassador in London, moves on.",
            "francis-blain",
        ),
        ("The Committee met under the chairmanship of Yuval Shany of Israel.", "yuval-shany"),
        ("She succeeds Dunja Mijatović of Bosnia and Herzegovina, elected in 2018.", "dunja-mijatovic"),
        (
            "The commission, chaired by the Algerian jurist Fatsah Ouguergouz, began work.",
            "fatsah-ouguergouz",
        ),
    ],
)
def test_a_described_name_is_a_person(text: str, person: str, registry: Registry) -> None:
    assert f"person/{person}" in _people(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International, of London, welcomed the decision.",
        "Human Rights Watch, who was the first to react, issued a statement.",
        "Eastern Europe is a Polish concern.",
    ],
)
def test_a_body_or_a_region_in_the_same_frame_is_no_person(text: str, registry: Registry) -> None:
    assert _people(registry, text) == set()


def test_a_judge_who_sat_on_a_tribunal_holds_a_post_there(registry: Registry) -> None:
    text = (
        "Headline\n\nKimberly Prost, a Canadian, sat as a judge of the International Criminal Tribunal "
        "for the former Yugoslavia."
    )
    assert ("person/kimberly-prost", "org/icty", "role/judge") in posts_of(registry, text)
