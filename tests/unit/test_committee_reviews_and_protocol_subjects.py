"""A treaty body's review as a news release tells it: "Committee member X" sits on the committee
named before; "the rapporteur for Mongolia" is the committee's post on that state, never an
office of Mongolia; "the Optional Protocol, on a communications procedure, which Mongolia
ratified" is the one protocol of that subject; and "the Optional Protocol" that fits no treaty
the text names is no entity at all (not one shared by every text that says it)."""

from __future__ import annotations

from readings import facts_of, posts_of, treaty_actions

from loaders.registry import Registry

_REVIEW = (
    "Headline\n\nThe Committee on the Rights of the Child today concluded its review of the report "
    "of Mongolia on the Convention on the Rights of the Child.\n\n"
    "It also receives complaints from children under the third Optional Protocol, on a "
    "communications procedure, which Mongolia ratified in 2015.\n\n"
    "Committee member Amal Aldoseri, the rapporteur for Mongolia, welcomed the new law."
)


def test_a_committee_member_sits_on_the_committee_named_before(registry: Registry) -> None:
    posts = posts_of(registry, _REVIEW, "2017-01-20")
    assert ("person/amal-aldoseri", "org/crc-committee", "role/member") in posts


def test_the_rapporteur_for_a_state_holds_no_office_of_that_state(registry: Registry) -> None:
    assert not any(p[1] == "state/mng" for p in posts_of(registry, _REVIEW, "2017-01-20"))


def test_a_protocol_named_by_its_subject_is_that_protocol(registry: Registry) -> None:
    actions = treaty_actions(registry, _REVIEW, "2017-01-20")
    assert ("Ratification", "state/mng", "treaty/crc-opic", "2015", "-") in actions


def test_an_optional_protocol_no_treaty_fits_is_no_entity(registry: Registry) -> None:
    text = "Headline\n\nThe government said the Optional Protocol would be examined next year."
    assert "treaty/optional-protocol" not in facts_of(registry, text)


def test_an_aside_after_a_treaty_is_not_a_protocols_subject(registry: Registry) -> None:
    text = (
        "Headline\n\nBangladesh signed the two new Optional Protocols to the Convention on the Rights "
        "of the Child, on children in armed conflict and on the sale of children, which the General "
        "Assembly adopted in May 2000."
    )
    assert not any(a[0] == "Adoption" and a[2] == "treaty/crc" for a in treaty_actions(registry, text))
