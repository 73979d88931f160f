"""Party status stated without an action verb, elliptical and coordinated treaty actions, and
counts of parties, ratifications and members, in shapes articles about any state or treaty
use. Each shape has its false-fact counterpart."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref
from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG


def _claims(registry: Registry, text: str, published: str = "2024-06-01") -> list[Claim]:
    document = parse_document(text, DocumentMetadata(title="t", date_published=published), "t")
    return extract(document, registry)


def _relations(claims: list[Claim]) -> set[tuple[str, str, str]]:
    return {
        (c.subject.key, c.predicate.rsplit("#", 1)[-1], c.object.key)
        for c in claims
        if c.predicate in (TG.partyTo, TG.notPartyTo) and isinstance(c.object, Ref)
    }


def _actions(claims: list[Claim]) -> dict[str, str | None]:
    """Each action or treaty event with its date (None when undated)."""
    keys = {
        c.subject.key
        for c in claims
        if c.predicate == RDF.type and c.subject.key.startswith(("action/", "event/"))
    }
    dates = {c.subject.key: str(getattr(c.object, "lexical", "")) for c in claims if c.predicate == TG.date}
    return {k: dates.get(k) for k in keys}


def _counts(claims: list[Claim]) -> set[tuple[str, int]]:
    of = {
        c.subject.key: c.object.key
        for c in claims
        if c.predicate == TG.quantityOf and isinstance(c.object, Ref)
    }
    return {
        (of.get(c.subject.key, "*"), int(str(getattr(c.object, "lexical", "0"))))
        for c in claims
        if c.predicate == SCHEMA.value
    }


# ---------------------------------------------------------------------------- party status


def test_among_the_states_parties_takes_the_treaty_the_text_is_about(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Convention against Torture was adopted in 1984. Chile, Peru and Bolivia are among the "
        "states parties.",
    )
    assert _relations(claims) == {(f"state/{s}", "partyTo", "treaty/un-cat") for s in ("chl", "per", "bol")}


@pytest.mark.parametrize(
    "text",
    [
        # parties to something else than a treaty
        "The Convention against Torture was adopted in 1984. Chile is among the parties to the negotiations.",
        "The Convention against Torture was adopted in 1984. Peru is among the parties pressing for reform.",
        # two treaties before: which one is not said
        "The Convention against Torture was adopted in 1984, the Rome Statute in 1998. Chile is among the "
        "states parties.",
    ],
)
def test_among_the_parties_of_something_else_states_nothing(registry: Registry, text: str) -> None:
    assert _relations(_claims(registry, text)) == set()


def test_joined_neither_covers_the_two_treaties_named_before(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Two instruments govern the matter: the Convention on the Rights of the Child and its Optional "
        "Protocol on the Involvement of Children in Armed Conflict. Somalia and the United States have "
        "joined neither.",
    )
    assert _relations(claims) == {
        (s, "notPartyTo", t) for s in ("state/som", "state/usa") for t in ("treaty/crc", "treaty/crc-opac")
    }


def test_neither_nor_names_its_two_treaties(registry: Registry) -> None:
    claims = _claims(registry, "Japan has ratified neither the Istanbul Convention nor the Rome Statute.")
    assert _relations(claims) == {
        ("state/jpn", "notPartyTo", "treaty/cets-210"),
        ("state/jpn", "notPartyTo", "treaty/rome-statute"),
    }


def test_neither_with_three_treaties_before_states_nothing(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Rome Statute, the Istanbul Convention and the Convention against Torture were discussed. "
        "Japan has joined neither.",
    )
    assert _relations(claims) == set()


def test_a_relative_clause_does_not_cut_a_list_of_subjects(registry: Registry) -> None:
    claims = _claims(
        registry, "Norway, which ratified the Rome Statute in 2000, and Iceland are parties to the statute."
    )
    assert {
        ("state/nor", "partyTo", "treaty/rome-statute"),
        ("state/isl", "partyTo", "treaty/rome-statute"),
    } <= (_relations(claims))


def test_parties_to_the_protocol_only_are_not_parties_to_its_convention(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Today 140 states are parties to the Refugee Convention and 147 to the 1967 Protocol. Sweden and "
        "Norway are parties to the 1967 Protocol only.",
    )
    assert {
        ("state/swe", "partyTo", "treaty/refugee-protocol"),
        ("state/swe", "notPartyTo", "treaty/refugee-convention"),
        ("state/nor", "partyTo", "treaty/refugee-protocol"),
        ("state/nor", "notPartyTo", "treaty/refugee-convention"),
    } == _relations(claims)
    assert {("treaty/refugee-convention", 140), ("treaty/refugee-protocol", 147)} <= _counts(claims)


def test_only_with_no_counterpart_named_says_nothing_more(registry: Registry) -> None:
    claims = _claims(
        registry, "Ireland and Malta are parties to the Convention relating to the Status of Refugees only."
    )
    assert _relations(claims) == {
        ("state/irl", "partyTo", "treaty/refugee-convention"),
        ("state/mlt", "partyTo", "treaty/refugee-convention"),
    }


@pytest.mark.parametrize(
    ("text", "state", "treaty"),
    [
        (
            "Fiji became the 160th state party to the Convention against Torture on 16 March 2016.",
            "fji",
            "un-cat",
        ),
        (
            "The Rome Statute of the International Criminal Court enters into force for Ukraine today, "
            "making it the 124th State Party to the court.",
            "ukr",
            "rome-statute",
        ),
    ],
)
def test_the_nth_state_party_is_a_party_not_a_ratification(
    registry: Registry, text: str, state: str, treaty: str
) -> None:
    claims = _claims(registry, text)
    assert (f"state/{state}", "partyTo", f"treaty/{treaty}") in _relations(claims)
    assert not [k for k in _actions(claims) if k.endswith(("-ratification", "-accession"))]


def test_the_state_party_to_a_dispute_is_no_party_to_a_treaty(registry: Registry) -> None:
    claims = _claims(
        registry, "Kiribati is the state party to the dispute over the Convention against Torture."
    )
    assert _relations(claims) == set()


def test_in_force_since_dates_the_treaty_not_a_state(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Convention against Torture, in force since 1987, bans torture. The ICCPR was adopted in 1966. "
        "It has been in force since March 1976. The Rome Statute has been in force for Chile since 2009.",
    )
    actions = _actions(claims)
    assert actions["event/un-cat-entry-into-force"] == "1987"
    assert actions["event/iccpr-entry-into-force"] == "1976-03"
    assert "event/rome-statute-entry-into-force" not in actions
    assert not [k for k in actions if k.startswith("action/chl")]


# ---------------------------------------------------------------------------- ellipsis


def test_deposited_theirs_and_the_fifteenth_take_the_counted_instruments(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Maputo Protocol needed fifteen ratifications. Ghana and Senegal deposited theirs on 3 March "
        "2005; Togo deposited the fifteenth on 12 October 2005.",
        "2005-12-01",
    )
    actions = _actions(claims)
    assert actions["action/gha-maputo-protocol-ratification"] == "2005-03-03"
    assert actions["action/sen-maputo-protocol-ratification"] == "2005-03-03"
    assert actions["action/tgo-maputo-protocol-ratification"] == "2005-10-12"
    assert ("treaty/maputo-protocol", 15) in _counts(claims)


def test_the_tenth_of_something_else_is_no_instrument(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Rome Statute needed sixty ratifications. Ghana deposited the tenth report on the matter in May.",
    )
    assert not [k for k in _actions(claims) if k.startswith("action/")]


def test_among_them_were_names_the_states_of_the_act_before(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Five states deposited instruments of ratification of the Convention on Cluster Munitions on "
        "3 December 2008. Among them were Norway, Ireland and Mexico.",
    )
    treaty = "convention-on-cluster-munitions"
    actions = _actions(claims)
    for state in ("nor", "irl", "mex"):
        assert actions[f"action/{state}-{treaty}-ratification"] == "2008-12-03"
    assert (f"treaty/{treaty}", 5) in _counts(claims)


def test_among_them_without_an_unnamed_act_before_states_nothing(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Delegates from many states attended the ceremony for the Rome Statute. "
        "Among them were Norway and Peru.",
    )
    assert not [k for k in _actions(claims) if k.startswith("action/")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya ratified the African Charter on Human and Peoples' Rights in 1992 "
            "and the Rome Statute in 2005.",
            {"action/ken-achpr-ratification": "1992", "action/ken-rome-statute-ratification": "2005"},
        ),
        (
            "Chile acceded to the Convention against Torture in 1988 and to its Optional Protocol in 2008.",
            {"action/chl-un-cat-accession": "1988", "action/chl-opcat-accession": "2008"},
        ),
        (
            "Fiji was the first to ratify the Convention against Torture, in March 2016, "
            "and Samoa the second, in May 2016.",
            {"action/fji-un-cat-ratification": "2016-03", "action/wsm-un-cat-ratification": "2016-05"},
        ),
    ],
)
def test_a_second_object_or_subject_keeps_its_own_date(
    registry: Registry, text: str, expected: dict[str, str]
) -> None:
    actions = _actions(_claims(registry, text))
    assert {k: actions.get(k) for k in expected} == expected


def test_another_clause_after_and_is_not_a_second_object(registry: Registry) -> None:
    actions = _actions(
        _claims(
            registry,
            "Chile acceded to the Convention against Torture in 1988 "
            "and the Rome Statute entered into force in 2002.",
        )
    )
    assert "action/chl-rome-statute-accession" not in actions


def test_an_active_adoption_with_a_pronoun_object(registry: Registry) -> None:
    actions = _actions(
        _claims(
            registry,
            "The Convention against Torture was drafted over seven years. The General Assembly adopted it on "
            "10 December 1984.",
        )
    )
    assert actions["event/un-cat-adoption"] == "1984-12-10"


# ---------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Court on Human and Peoples' Rights was set up in 2004. "
            "Its eleven judges, elected by the Assembly, decide cases.",
            ("org/afchpr", 11),
        ),
        (
            "The African Court on Human and Peoples' Rights, based in Arusha, has eleven judges.",
            ("org/afchpr", 11),
        ),
        (
            "Reports go to the Committee against Torture, the body of ten experts that monitors compliance.",
            ("org/un-cat-committee", 10),
        ),
        (
            "Reports go to the Committee against Torture, a body of ten independent jurists "
            "that reviews them.",
            ("org/un-cat-committee", 10),
        ),
        (
            "The Maputo Protocol was adopted in 2003. It needed fifteen ratifications.",
            ("treaty/maputo-protocol", 15),
        ),
        (
            "Protocol No. 13 to the European Convention on Human Rights was opened for signature in 2002. "
            "It will enter into force once ten states have ratified it.",
            ("treaty/ets-187", 10),
        ),
        (
            "Eight states deposited instruments of ratification of the Convention on Cluster Munitions, "
            "taking the number of ratifications past the thirty the convention needs.",
            ("treaty/convention-on-cluster-munitions", 30),
        ),
    ],
)
def test_counts_in_other_phrasings(registry: Registry, text: str, expected: tuple[str, int]) -> None:
    assert expected in _counts(_claims(registry, text))


def test_both_sizes_of_a_body_that_grows(registry: Registry) -> None:
    counts = _counts(
        _claims(
            registry,
            "The Committee against Torture was created by the convention. "
            "It will have ten independent experts at first, and fourteen once fifty states have ratified.",
        )
    )
    assert {("org/un-cat-committee", 10), ("org/un-cat-committee", 14)} <= counts


@pytest.mark.parametrize(
    "text",
    [
        "The Human Rights Committee met in Geneva. Its two members from Africa were absent.",
        "The Human Rights Committee met in Geneva. Its two members resigned.",
    ],
)
def test_some_members_are_not_the_size_of_the_body(registry: Registry, text: str) -> None:
    assert _counts(_claims(registry, text)) == set()
