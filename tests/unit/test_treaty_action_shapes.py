"""Treaty actions, relations and counts in shapes articles about any state or treaty use: titles
that open with an organisation's name, dates told twice, gapped and elided clauses, negated
lists. Each shape has its false-fact counterpart: words near a trigger that state no act."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref
from loaders.registry import Registry
from loaders.vocabulary import SCHEMA, TG


def _claims(registry: Registry, text: str, published: str = "2024-06-01") -> list[Claim]:
    document = parse_document(text, DocumentMetadata(title="t", date_published=published), "t")
    return extract(document, registry)


def _dates(claims: list[Claim], key: str) -> set[str]:
    return {
        str(getattr(c.object, "lexical", ""))
        for c in claims
        if c.subject.key == key and c.predicate == TG.date
    }


def _keys(claims: list[Claim], prefix: str) -> set[str]:
    return {c.subject.key for c in claims if c.subject.key.startswith(prefix)}


def _treaties(claims: list[Claim]) -> set[str]:
    return {
        m for c in claims if c.predicate == TG.treaty and isinstance(c.object, Ref) for m in [c.object.key]
    }


# ---------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        (
            "The African Union Convention on Preventing and Combating Corruption in Africa entered into "
            "force in August 2006.",
            "treaty/african-union-convention-on-preventing-and-combating-corruption-in-africa",
        ),
        (
            "The Council of Europe Convention on the Avoidance of Statelessness in relation to State "
            "Succession entered into force on 1 May 2009.",
            "treaty/council-of-europe-convention-on-the-avoidance-of-statelessness-in-relation-to-state-succession",
        ),
    ],
)
def test_an_unlisted_title_keeps_its_organisation_and_its_region(
    registry: Registry, text: str, treaty: str
) -> None:
    claims = _claims(registry, text)
    assert _treaties(claims) == {treaty}
    assert _keys(claims, "event/") == {f"event/{treaty.split('/')[1]}-entry-into-force"}


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        ("The UN Convention against Torture entered into force in 1987.", "treaty/un-cat"),
        (
            "The Council of Europe Convention on preventing and combating violence against women and "
            "domestic violence entered into force in 2014.",
            "treaty/cets-210",
        ),
    ],
)
def test_a_listed_treaty_is_not_swallowed_by_its_organisation(
    registry: Registry, text: str, treaty: str
) -> None:
    assert _treaties(_claims(registry, text)) == {treaty}


def test_a_region_after_a_listed_title_is_not_part_of_it(registry: Registry) -> None:
    claims = _claims(
        registry, "Italy ratified the Convention against Torture in Europe's first group, in 1989."
    )
    assert _keys(claims, "action/") == {"action/ita-un-cat-ratification"}


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "published", "key", "date"),
    [
        (
            "Twenty-five years ago today, diplomats meeting in Rome adopted the Rome Statute.",
            "2023-07-17",
            "event/rome-statute-adoption",
            "1998-07-17",
        ),
        (
            "The Convention relating to the Status of Refugees was adopted 67 years ago on Saturday, "
            "on 28 July 1951.",
            "2018-07-31",
            "event/refugee-convention-adoption",
            "1951-07-28",
        ),
        (
            "Ghana ratified the Maputo Protocol seventeen years ago, on 13 June 2007.",
            "2024-05-10",
            "action/gha-maputo-protocol-ratification",
            "2007-06-13",
        ),
    ],
)
def test_the_most_precise_of_the_dates_a_phrase_gives(
    registry: Registry, text: str, published: str, key: str, date: str
) -> None:
    assert _dates(_claims(registry, text, published), key) == {date}


# ---------------------------------------------------------------------------- gapped and elided


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia signed the Istanbul Convention in 2014. Latvia signed in 2016 and Lithuania in 2013.",
            {
                "action/est-cets-210-signature": "2014",
                "action/lva-cets-210-signature": "2016",
                "action/ltu-cets-210-signature": "2013",
            },
        ),
        (
            "Norway ratified the Convention on the Rights of Persons with Disabilities in June 2013; "
            "Denmark followed in July 2009.",
            {"action/nor-crpd-ratification": "2013-06", "action/dnk-crpd-ratification": "2009-07"},
        ),
        (
            "Chile acceded to the Convention against Torture in 1988. Peru followed in 1989 and "
            "Colombia in 1990.",
            {
                "action/chl-un-cat-accession": "1988",
                "action/per-un-cat-accession": "1989",
                "action/col-un-cat-accession": "1990",
            },
        ),
    ],
)
def test_a_verb_left_out_or_its_object_left_out(
    registry: Registry, text: str, expected: dict[str, str]
) -> None:
    claims = _claims(registry, text)
    assert _keys(claims, "action/") == set(expected)
    for key, date in expected.items():
        assert _dates(claims, key) == {date}


@pytest.mark.parametrize(
    "text",
    [
        # two treaties the text is about: which one is not guessed
        "The Rome Statute and the Convention against Torture were discussed. Kenya signed in 1999.",
        # the object comes after the date
        "The United States signed in 2000 the Rome Statute.",
        # "followed" with no state, or with an object of its own
        "Kenya ratified the Maputo Protocol in 2010. Protests followed in Nairobi in 2011.",
        "Kenya ratified the Maputo Protocol in 2010. Uganda followed the advice of its lawyers in 2012.",
        "Kenya ratified the Maputo Protocol in 2010. The reviews that followed in 2011 were harsh.",
    ],
)
def test_no_act_where_the_elided_part_is_not_recoverable(registry: Registry, text: str) -> None:
    acts = _keys(_claims(registry, text), "action/")
    assert acts <= {"action/ken-maputo-protocol-ratification", "action/usa-rome-statute-signature"}, acts
    assert not any(k.startswith(("action/uga", "action/ken-rome", "action/ken-un-cat")) for k in acts)


# ---------------------------------------------------------------------------- not a party


def _not_parties(claims: list[Claim]) -> set[tuple[str, str]]:
    return {(c.subject.key, getattr(c.object, "key", "")) for c in claims if c.predicate == TG.notPartyTo}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Neither Pakistan nor Nepal has signed the Rome Statute.",
            {("state/pak", "treaty/rome-statute"), ("state/npl", "treaty/rome-statute")},
        ),
        (
            "Suriname and Belize have not ratified the American Convention on Human Rights.",
            {("state/sur", "treaty/achr"), ("state/blz", "treaty/achr")},
        ),
        ("India has never signed the Refugee Convention.", {("state/ind", "treaty/refugee-convention")}),
    ],
)
def test_states_that_have_not_joined(registry: Registry, text: str, pairs: set[tuple[str, str]]) -> None:
    assert _not_parties(_claims(registry, text)) == pairs


@pytest.mark.parametrize(
    "text",
    [
        # a simple past tells of a time that has ended
        "Kenya did not sign the Convention against Torture in 1985 but acceded to it in 1997.",
        # a pronoun's referent is not relied on for a denied signature
        "Indonesia hosted talks in Rome. It has never signed it.",
    ],
)
def test_a_denied_signature_that_says_nothing_of_today(registry: Registry, text: str) -> None:
    assert _not_parties(_claims(registry, text)) == set()


def test_a_date_after_a_semicolon_belongs_to_the_next_clause(registry: Registry) -> None:
    claims = _claims(
        registry, "In 1998 Mali ratified the Rome Statute; Senegal had done so in February 1999."
    )
    assert _dates(claims, "action/mli-rome-statute-ratification") == {"1998"}


@pytest.mark.parametrize(
    "text",
    [
        "Experts expect Indonesia to ratify the Rome Statute within two years.",
        "Campaigners hope Japan will accede to the Optional Protocol to the Convention against Torture.",
        "Diplomats pressed Kenya to sign the Convention on Enforced Disappearance.",
        "Chile is unlikely to ratify the Escazú Agreement before 2030.",
    ],
)
def test_what_others_expect_hope_or_press_for_is_no_act(registry: Registry, text: str) -> None:
    assert _keys(_claims(registry, text), "action/") == set()


def test_a_timeline_entry_is_dated_by_the_date_opening_its_line(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Key dates:\n- 18 December 1990: the General Assembly adopts the convention.\n"
        "- 1 July 2003: the International Convention on the Protection of the Rights of All Migrant "
        "Workers and Members of Their Families enters into force.\n- 2005: Mali ratifies it.",
    )
    assert _dates(claims, "event/icmw-entry-into-force") == {"2003-07-01"}
    assert _dates(claims, "action/mli-icmw-ratification") == {"2005"}


def test_a_protocol_named_after_a_listed_treaty_is_never_that_treaty(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Neither Chile nor Peru has ratified the Protocol to the American Convention on Human Rights "
        "to Abolish the Death Penalty. Ghana ratified the Protocol to the African Charter on Human and "
        "Peoples' Rights on the Rights of Older Persons in 2021.",
    )
    assert "treaty/achr" not in _treaties(claims) and "treaty/achpr" not in _treaties(claims)
    assert ("state/chl", "treaty/achr-death-penalty-protocol") in _not_parties(claims)
    assert (
        "treaty/protocol-to-the-african-charter-on-human-and-peoples-rights-on-the-rights-of-older-persons"
        in (_treaties(claims))
    )


def test_links_between_instruments_through_an_alias_or_a_pronoun(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in "
        "Africa, known as the Maputo Protocol, supplements the African Charter on Human and Peoples' "
        "Rights. Protocol No. 14 entered into force in 2010. Because it amends the European Convention "
        "on Human Rights, every party had to ratify it.",
    )
    links = {
        (c.subject.key, c.object.key)
        for c in claims
        if c.predicate in (TG.supplements, SCHEMA.legislationAmends)
    }
    assert ("treaty/maputo-protocol", "treaty/achpr") in links
    assert ("treaty/cets-194", "treaty/ets-005") in links
