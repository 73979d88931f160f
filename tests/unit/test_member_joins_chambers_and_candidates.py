"""Memberships a verb gives ("joined", "belongs to", "was admitted to", "serves on"), a member
list after "<organisation> member states:", presiding officers of a chamber named earlier,
senators of a senate a headline names first, and the votes each candidate won in an election.
Every passage is written for these tests, with the shapes that must not give a fact."""

from __future__ import annotations

import pytest
from readings import facts_of, posts_of

from loaders.registry import Registry
from loaders.vocabulary import ORG, RDF, SCHEMA, TG


def _members(registry: Registry, text: str) -> set[tuple[str, str]]:
    out = set()
    for props in facts_of(registry, text).values():
        if ORG.Membership in props.get(RDF.type, set()):
            member, org = min(props.get(ORG.member, {""})), min(props.get(ORG.organization, {""}))
            if member.startswith("state/"):
                out.add((member, org))
    return out


def _votes(registry: Registry, text: str) -> set[tuple[str, int]]:
    out = set()
    for props in facts_of(registry, text).values():
        if TG.Quantity in props.get(RDF.type, set()) and props.get(TG.counts) == {"votes"}:
            out.add((min(props.get(TG.about, {""})), int(min(props[SCHEMA.value]))))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia joined the Council of Europe on 27 April 1999.", {("state/geo", "org/coe")}),
        (
            "Armenia, which joined the Council of Europe in 2001, ratified the protocol in 2002.",
            {("state/arm", "org/coe")},
        ),
        (
            "Senegal belongs to the Economic Community of West African States and to the African Union.",
            {("state/sen", "org/ecowas"), ("state/sen", "org/au")},
        ),
        ("Montenegro was admitted to the United Nations on 28 June 2006.", {("state/mne", "org/un")}),
        ("Mexico has served on the Human Rights Council three times.", {("state/mex", "org/un-hrc")}),
        (
            "Peru, as a member state of the OAS, remains bound by the Charter.",
            {("state/per", "org/oas")},
        ),
        ("Kenya remains a loyal member of the African Union.", {("state/ken", "org/au")}),
        (
            "France remains a member of the United Nations and a permanent member of the Security Council.",
            {("state/fra", "org/un"), ("state/fra", "org/un-security-council")},
        ),
        (
            "The first ratifications came from Council of Europe member states: Norway, Iceland and Malta.",
            {("state/nor", "org/coe"), ("state/isl", "org/coe"), ("state/mlt", "org/coe")},
        ),
        # false facts: a joint action, a treaty's court, a former member, an organisation's
        # states that are not said to be members of it
        ("Chile joined the International Criminal Court in 2009.", set()),
        ("Greece was a former member of the Council of Europe.", set()),
        ("Ghana joined Nigeria in condemning the coup.", set()),
        ("Morocco is a non-member state of the Council of Europe.", set()),
        ("Council of Europe member states met Japan and Canada in Paris.", set()),
    ],
)
def test_memberships_a_verb_or_list_gives(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _members(registry, text) == expected


@pytest.mark.parametrize(
    ("text", "member", "org"),
    [
        (
            "The National Assembly of Zambia adopted the bill on Tuesday. The Speaker, Nelly Mutti, "
            "presided over the sitting.",
            "person/nelly-mutti",
            "org/national-assembly-of-zambia",
        ),
        (
            "Lawmakers in Malawi debated the motion. The sitting was chaired by the Speaker of "
            "Parliament, Catherine Gotani Hara, after the National Assembly of Malawi met.",
            None,
            None,
        ),
    ],
)
def test_speaker_of_the_one_chamber_named_before(
    registry: Registry, text: str, member: str | None, org: str | None
) -> None:
    posts = {(m, o) for m, o, _ in posts_of(registry, text) if "speaker" in _}
    assert posts == ({(member, org)} if member else set())


def test_speaker_with_two_chambers_named_has_no_body(registry: Registry) -> None:
    text = (
        "The Senate of Kenya and the National Assembly of Kenya both sat on Monday. "
        "The Speaker, Moses Wetangula, said the debate would resume."
    )
    assert not {p for p in posts_of(registry, text) if "speaker" in p[2]}


def test_senator_when_a_headline_names_the_senate_first(registry: Registry) -> None:
    text = (
        "Senate backs the treaty\n\n"
        "On 3 March the Senate voted 60 to 2 to approve the treaty. The motion was moved by "
        "Senator Ana Lima, and Colombia deposited its instrument in May."
    )
    assert ("person/ana-lima", "org/senate-of-colombia", "role/senator") in posts_of(registry, text)


def test_senator_with_two_states_named_has_no_senate(registry: Registry) -> None:
    text = (
        "Senate backs the treaty\n\n"
        "On 3 March the Senate voted 60 to 2. The motion was moved by Senator Ana Lima, after "
        "Colombia and Peru signed the treaty."
    )
    assert not {p for p in posts_of(registry, text) if p[2] == "role/senator"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana won 180 votes, Kenya 172 and Malawi 150.",
            {("state/gha", 180), ("state/ken", 172), ("state/mwi", 150)},
        ),
        (
            "Chile received 140 votes and Peru 101; Bolivia trailed with 60.",
            {("state/chl", 140), ("state/per", 101), ("state/bol", 60)},
        ),
        (
            "Latvia won 155 votes in the first round. Belarus, with 72, was turned away.",
            {("state/lva", 155), ("state/blr", 72)},
        ),
        # false facts: a tally of a vote, numbers that are not votes, "with" without an election
        ("France voted 120 to 3 for the text.", set()),
        ("Brazil, with 200, signed first.", set()),
        ("Ghana won 180 votes and Kenya 12 seats.", {("state/gha", 180)}),
    ],
)
def test_votes_each_candidate_won(registry: Registry, text: str, expected: set[tuple[str, int]]) -> None:
    assert _votes(registry, text) == expected
