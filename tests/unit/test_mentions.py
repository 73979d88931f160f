from __future__ import annotations

from pathlib import Path

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.mentions import Mention, find_mentions
from loaders.registry import Registry, load_registry
from loaders.vocabulary import TG

DATA = Path(__file__).parents[2] / "data"
REGISTRY = (DATA / "reference", DATA / "registry.ttl")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(REGISTRY, "https://w3id.org/treatygraph/id/")


def _mentions(text: str, registry: Registry) -> list[Mention]:
    document = parse_document(text, DocumentMetadata(title="t"), "t")
    found = find_mentions(document, registry)
    for m in found:
        assert text[m.start : m.end] == m.text
    return found


def _keys(text: str, registry: Registry) -> list[str]:
    return [m.key for m in _mentions(text, registry)]


def test_longest_label_wins_and_curly_possessive_matches(registry: Registry) -> None:
    keys = _keys("Russia’s exit from the European Convention for the Prevention of Torture.", registry)
    assert keys == ["state/rus", "treaty/cets-126"]


def test_moscow_is_russia_as_actor_and_a_city_after_in(registry: Registry) -> None:
    assert _keys("Moscow has said it will not comply.", registry) == ["state/rus"]
    assert _keys("Officials in Moscow justified it.", registry) == ["place/moscow"]


def test_the_convention_is_the_treaty_named_last(registry: Registry) -> None:
    text = "Russia left the ECHR. Later, Russia was said to have violated the Convention."
    treaty_keys = [m.key for m in _mentions(text, registry) if m.cls == TG.Treaty]
    assert treaty_keys == ["treaty/ets-005", "treaty/ets-005"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no treaty named yet: the convention of the court told of, not the one named later
        (
            "The European Court of Human Rights ruled against Turkey.\n\nTurkey ratified the "
            "Convention in 1954.\n\nIn 1988 it also ratified the Convention against Torture.",
            ["treaty/ets-005", "treaty/un-cat"],
        ),
        # a convention named before the court still wins: the last of its head named
        (
            "Turkey ratified the Convention against Torture in 1988. The European Court of Human "
            "Rights ruled against it in 2004, finding the Convention had been breached.",
            ["treaty/un-cat", "treaty/un-cat"],
        ),
    ],
)
def test_the_convention_before_any_is_named_is_the_body_s_own(
    registry: Registry, text: str, expected: list[str]
) -> None:
    assert [m.key for m in _mentions(text, registry) if m.cls == TG.Treaty] == expected


def test_abbreviation_defined_in_the_document_overrides_the_registry(registry: Registry) -> None:
    text = "The European Court of Human Rights (ECHR) ruled. Russia ignores the ECHR."
    assert [m.key for m in _mentions(text, registry) if m.text == "ECHR"] == ["org/ecthr", "org/ecthr"]


def test_navalny_under_two_spellings_is_one_key(registry: Registry) -> None:
    assert _keys("Alexei Navalny died. Alexey Navalny was a leader.", registry) == [
        "person/alexei-navalny",
        "person/alexei-navalny",
    ]


def test_three_anti_torture_bodies_stay_three_keys(registry: Registry) -> None:
    text = (
        "Russian NGO Crew Against Torture spoke. "
        "Activists from the Committee Against Torture warned of abuse. "
        "The UN Committee against Torture met."
    )
    keys = [m.key for m in _mentions(text, registry) if m.cls != TG.State]
    assert keys == ["org/crew-against-torture", "org/committee-against-torture", "org/un-cat-committee"]


def test_unknown_person_by_title_then_surname(registry: Registry) -> None:
    text = "Justice Minister Petra Lindqvist spoke on Monday. Later Lindqvist added more."
    people = [m for m in _mentions(text, registry) if m.cls == TG.Person]
    assert [m.key for m in people] == ["person/petra-lindqvist", "person/petra-lindqvist"]
    assert not people[0].known and people[1].via == "surname"


def test_outlet_after_according_to(registry: Registry) -> None:
    found = _mentions("According to The Kyiv Independent, the law passed.", registry)
    assert [(m.key, m.cls) for m in found] == [("org/the-kyiv-independent", TG.MediaOutlet)]


def test_reader_comments_are_not_mentioned(registry: Registry) -> None:
    text = "Russia left.\n3 Comments\nUkraine is great."
    assert _keys(text, registry) == ["state/rus"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan ratified the Arab Charter.", ["state/jor", "treaty/arab-charter-on-human-rights"]),
        ("The Kampala Convention protects internally displaced persons.", ["treaty/kampala-convention"]),
        ("Few states have ratified the Kampala amendments.", ["treaty/kampala-amendments"]),
        ("Lithuania left the Ottawa Convention.", ["state/ltu", "treaty/ottawa-convention"]),
        ("The ATT regulates the arms trade.", ["treaty/arms-trade-treaty"]),
        ("Chile signed the Escazú Agreement.", ["state/chl", "treaty/escazu-agreement"]),
        ("The 1967 Protocol removed the dateline.", ["treaty/refugee-protocol"]),
        ("The ECOWAS Court of Justice ruled against Togo.", ["org/ecowas-court-of-justice", "state/tgo"]),
        ("The ILO Committee of Experts reviewed Spain's report.", ["org/ceacr", "state/esp"]),
        # a state under the name it had when it acted, and an abbreviated short name
        (
            "Ceylon ratified it in 1955; Upper Volta and Dahomey in 1960.",
            ["state/lka", "state/bfa", "state/ben"],
        ),
        ("Siam signed it, and so did the Central African Rep.", ["state/tha", "state/caf"]),
    ],
)
def test_names_of_the_wider_field(text: str, expected: list[str], registry: Registry) -> None:
    assert _keys(text, registry) == expected


def test_the_short_names_of_a_listed_charter_follow_its_full_name(registry: Registry) -> None:
    text = "Greece ratified the Revised European Social Charter in 2016. The Revised Charter binds it."
    keys = [m.key for m in _mentions(text, registry) if m.cls == TG.Treaty]
    assert keys == ["treaty/ets-163", "treaty/ets-163"]


def test_the_committee_a_charter_sets_up_is_named_after_it(registry: Registry) -> None:
    text = "Iraq ratified the Arab Charter on Human Rights. The Committee examined its first report."
    keys = [m.key for m in _mentions(text, registry) if m.cls == TG.MonitoringBody]
    assert keys == ["org/arab-human-rights-committee"]
