"""Entities the registry does not list: found from the words around them, typed, keyed and merged."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.mentions import Mention, find_mentions
from loaders.registry import Registry
from loaders.vocabulary import RDF, SKOS, TG


def _mentions(text: str, registry: Registry) -> list[Mention]:
    document = parse_document(text, DocumentMetadata(title="t"), "t")
    found = find_mentions(document, registry)
    for m in found:
        assert text[m.start : m.end] == m.text
    return found


def _of(found: list[Mention], cls: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in found if m.cls == cls]


# ---------------------------------------------------------------------------- people


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("President Łukasz Żółkiewski signed the decree.", "Łukasz Żółkiewski", "person/lukasz-zolkiewski"),
        ("Prime Minister Ngozi Okonjo-Iweala spoke.", "Ngozi Okonjo-Iweala", "person/ngozi-okonjo-iweala"),
        ("“It is a sad day,” said Aminata N'Diaye.", "Aminata N'Diaye", "person/aminata-n-diaye"),
        ("Judge Seán O'Brien dissented.", "Seán O'Brien", "person/sean-o-brien"),
        ("Commissioner Ursula von der Leyen replied.", "Ursula von der Leyen", "person/ursula-von-der-leyen"),
        ("Omar al-Bashir said nothing.", "Omar al-Bashir", "person/omar-al-bashir"),
        ("Dr. J. R. Okafor said the visit was useful.", "J. R. Okafor", "person/j-r-okafor"),
        ("Minister of Foreign Affairs Ana Ferreira spoke.", "Ana Ferreira", "person/ana-ferreira"),
        ("Father Tomasz Wrona, a prison chaplain, agreed.", "Tomasz Wrona", "person/tomasz-wrona"),
        ("Imam Yusuf Okonkwo-Bello led the prayers.", "Yusuf Okonkwo-Bello", "person/yusuf-okonkwo-bello"),
    ],
)
def test_person_names_in_any_script_with_particles_and_initials(
    text: str, name: str, key: str, registry: Registry
) -> None:
    assert _of(_mentions(text, registry), TG.Person) == [(name, key)]


def test_apposition_after_the_name_finds_the_person(registry: Registry) -> None:
    text = (
        "Ilse Vandermeer, the court's president, read the ruling. "
        "Kofi Mensah, a spokeswoman for the ministry, agreed."
    )
    assert _of(_mentions(text, registry), TG.Person) == [
        ("Ilse Vandermeer", "person/ilse-vandermeer"),
        ("Kofi Mensah", "person/kofi-mensah"),
    ]


def test_role_before_comma_and_speech_verb_after(registry: Registry) -> None:
    text = "The ministry's spokesperson, Wanjiru Kamau, said the bill would pass. Kamau said more."
    people = [m for m in _mentions(text, registry) if m.cls == TG.Person]
    assert [(m.text, m.key, m.via) for m in people] == [
        ("Wanjiru Kamau", "person/wanjiru-kamau", "pattern"),
        ("Kamau", "person/wanjiru-kamau", "surname"),
    ]


def test_non_ascii_surname_alone_links_to_the_full_name(registry: Registry) -> None:
    text = "President Tomás Ñúñez vetoed the law. Later Ñúñez defended the veto."
    people = [m for m in _mentions(text, registry) if m.cls == TG.Person]
    assert {m.key for m in people} == {"person/tomas-nunez"} and len(people) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Russian President said the treaty was obsolete.",
        "Ghanaian officials said the bill would pass.",
        "Kenyan Foreign Ministry spokesmen declined to comment.",
        "Soviet Union authorities said so.",
    ],
)
def test_a_nationality_adjective_is_never_a_person(text: str, registry: Registry) -> None:
    people = _of(_mentions(text, registry), TG.Person)
    assert people == [], people


def test_russian_president_does_not_make_a_person_named_russian(registry: Registry) -> None:
    text = "Russian President Dmitri Karamazov said the country would leave."
    claims = extract(parse_document(text, DocumentMetadata(title="t"), "t"), registry)
    people = {c.subject.key for c in claims if c.predicate == RDF.type and c.object.key == TG.Person}  # type: ignore[union-attr]
    assert people == {"person/dmitri-karamazov"}
    labels = [c.object for c in claims if c.predicate == SKOS.prefLabel and c.subject.key in people]
    assert [v.lexical for v in labels] == ["Dmitri Karamazov"]  # type: ignore[union-attr]


def test_a_title_case_headline_makes_no_people(registry: Registry) -> None:
    text = "President Putin Signs Withdrawal Legislation\nPresident Vladimir Putin signed it."
    assert {m.key for m in _mentions(text, registry) if m.cls == TG.Person} == {"person/vladimir-putin"}


# ---------------------------------------------------------------------------- bodies


def test_full_name_with_abbreviation_then_abbreviation_alone(registry: Registry) -> None:
    text = (
        "The Committee on Migrant Domestic Workers (CMDW) monitors the treaty. "
        "Ghana reported to the CMDW in 2019, and the CMDW replied."
    )
    found = [m for m in _mentions(text, registry) if m.key.startswith("org/")]
    assert {m.key for m in found} == {"org/committee-on-migrant-domestic-workers"}
    assert [m.text for m in found] == ["Committee on Migrant Domestic Workers", "CMDW", "CMDW", "CMDW"]
    assert {m.cls for m in found} == {TG.MonitoringBody}


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The East African Court of Justice ruled on Monday.", "East African Court of Justice", TG.Court),
        ("The Special Tribunal for Lebanon sat.", "Special Tribunal for Lebanon", TG.Court),
        ("The Ghanaian Ministry of Justice objected.", "Ghanaian Ministry of Justice", TG.NationalBody),
        ("Talks with the National Human Rights Commission failed.", "National Human Rights Commission",
         TG.NationalBody),
        ("The human rights group Andean Prison Watch protested.", "Andean Prison Watch", TG.NGO),
        ("The Group of Experts on Domestic Violence monitors the treaty.",
         "Group of Experts on Domestic Violence", TG.MonitoringBody),
    ],
)  # fmt: skip
def test_bodies_are_typed_from_their_head_noun_and_context(
    text: str, name: str, cls: str, registry: Registry
) -> None:
    bodies = [(m.text, m.cls) for m in _mentions(text, registry) if m.key.startswith("org/")]
    assert bodies == [(name, cls)]


def test_an_unlisted_name_spelled_as_a_registry_alias_is_the_registry_entity(registry: Registry) -> None:
    # the registry spells it "World Organisation Against Torture"; the text writes "the" and "&"-free
    text = "The World Organisation Against Torture's report came out."
    keys = [m.key for m in _mentions(text, registry) if m.key.startswith("org/")]
    assert keys == ["org/omct"]


def test_an_unlisted_name_abbreviated_as_the_registry_does_is_the_registry_entity(registry: Registry) -> None:
    text = "The Centre against Dissent Harm (UATC) spoke. The UATC warned of abuse."
    keys = {m.key for m in _mentions(text, registry) if m.key.startswith("org/")}
    assert keys == {"org/uatc"}


# ---------------------------------------------------------------------------- treaties


@pytest.mark.parametrize(
    ("text", "key", "cls"),
    [
        ("Burundi left the Statute of the Special Court for Sierra Leone in 2017.",
         "treaty/statute-of-the-special-court-for-sierra-leone", TG.Treaty),
        ("Peru ratified the Inter-American Convention against All Forms of Intolerance.",
         "treaty/inter-american-convention-against-all-forms-of-intolerance", TG.Treaty),
        ("Chad joined the 1979 Bonn Convention.", "treaty/bonn-convention", TG.Treaty),
        # a title the registry lists under another wording is the registry's treaty
        ("Burundi left the Rome Statute of the International Criminal Court in 2017.",
         "treaty/rome-statute", TG.Treaty),
        ("Chile signed the Second Optional Protocol to the Covenant on Civil Rights.",
         "treaty/second-optional-protocol-to-the-covenant-on-civil-rights", TG.Protocol),
    ],
)  # fmt: skip
def test_treaties_by_head_noun(text: str, key: str, cls: str, registry: Registry) -> None:
    treaties = [(m.key, m.cls) for m in _mentions(text, registry) if m.key.startswith("treaty/")]
    assert treaties == [(key, cls)]


def test_the_statute_is_the_statute_named_last(registry: Registry) -> None:
    text = (
        "Burundi left the Statute of the Special Court for Sierra Leone. "
        "It had joined the Ottawa Treaty earlier. Critics said the statute still binds it."
    )
    anaphor = next(m for m in _mentions(text, registry) if m.text == "the statute")
    assert anaphor.key == "treaty/statute-of-the-special-court-for-sierra-leone"


def test_a_registry_treaty_anaphor_yields_to_an_unlisted_treaty_named_just_before(registry: Registry) -> None:
    text = (
        "Russia left the ECHR in 2022.\n"
        "In 2024, Norway signed the Northern Seas Convention. The convention binds it."
    )
    anaphor = next(m for m in _mentions(text, registry) if m.text == "The convention")
    assert anaphor.key == "treaty/northern-seas-convention"


# ---------------------------------------------------------------------------- places and states


def test_a_city_after_in_is_a_place_not_the_state(registry: Registry) -> None:
    found = _mentions("Officials met in Geneva on Monday. Officials in Moscow said no.", registry)
    assert [(m.text, m.key, m.cls) for m in found] == [
        ("Geneva", "place/geneva", TG.Place),
        ("Moscow", "place/moscow", TG.Place),
    ]


def test_a_dateline_names_a_place(registry: Registry) -> None:
    found = _mentions("NAIROBI, 3 March 2021 – Kenya signed the pact.", registry)
    assert ("NAIROBI", "place/nairobi") in _of(found, TG.Place)


@pytest.mark.parametrize(
    "text", ["It happened in March 2022.", "He wrote in Russian.", "It was in Parliament."]
)
def test_months_languages_and_bodies_after_in_are_not_places(text: str, registry: Registry) -> None:
    assert _of(_mentions(text, registry), TG.Place) == []


def test_an_unlisted_state_is_found_where_it_acts(registry: Registry) -> None:
    found = _mentions(
        "Morvania ratified the Baltic Charter in 2004. Morvania's foreign minister objected.", registry
    )
    assert _of(found, TG.State) == [("Morvania", "state/morvania"), ("Morvania", "state/morvania")]


def test_a_legislature_that_has_not_ratified_is_no_state(registry: Registry) -> None:
    found = _mentions(
        "Our Legislative Assembly has not ratified the treaty, so Panama is not a party.", registry
    )
    assert _of(found, TG.State) == [("Panama", "state/pan")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("'It is late,' said Ana Ruiz, director of the Children's Legal Centre.", "Children's Legal Centre"),
        ("The Women's Rights Coalition welcomed the vote.", "Women's Rights Coalition"),
    ],
)
def test_a_group_in_the_possessive_opens_an_organisation_name(
    text: str, name: str, registry: Registry
) -> None:
    assert name in [m.text for m in _mentions(text, registry) if m.key.startswith("org/")]


def test_a_capital_locating_an_office_is_no_state(registry: Registry) -> None:
    found = _mentions(
        "Ana Ruiz, a lawyer with the Nairobi office of a charity, spoke. Nairobi said no.", registry
    )
    assert [m.text for m in found if m.cls == TG.State] == ["Nairobi"]
    assert [m.start for m in found if m.cls == TG.State] == [found[-1].start]


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("According to The Kyiv Independent, the vote was close.", "The Kyiv Independent", TG.MediaOutlet),
        ("The minister told Reuters the vote was close.", "Reuters", TG.MediaOutlet),
        ("According to Human Rights Watch, the law is harsh.", "Human Rights Watch", TG.NGO),
    ],
)
def test_a_source_after_according_to_is_typed_by_its_own_words(
    registry: Registry, text: str, name: str, cls: str
) -> None:
    assert (name, cls) in [(m.text, m.cls) for m in _mentions(text, registry)]


def test_a_personal_name_after_according_to_is_never_made_an_outlet(registry: Registry) -> None:
    found = _mentions('According to Karel Novak, the vote was "a turning point for the region".', registry)
    assert not [m for m in found if m.cls == TG.MediaOutlet]
