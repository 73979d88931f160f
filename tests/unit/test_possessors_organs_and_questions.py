"""What a possessive, an organisation's name before an organ, an exception or a question does to
a reading: "the treaty's Second Additional Protocol" is not the treaty nor the Geneva protocol of
that name; "the OAS General Assembly" is not the UN's; "all states except Canada" excludes Canada;
"Kazakhstan signed it?" asks; "Under President X" is a time, not a post."""

from __future__ import annotations

import pytest
from readings import claims_of, posts_of, standings, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import TG


def test_a_treatys_protocol_is_not_the_treaty_nor_another_treatys_protocol(registry: Registry) -> None:
    text = (
        "Brazil acceded to the Convention on Cybercrime in 2022. Brazil has not yet signed the treaty's "
        "Second Additional Protocol."
    )
    found = standings(registry, text)
    assert ("state/bra", "notPartyTo", "treaty/ets-185") not in found
    assert not {s for s in found if s[2] == "treaty/gc-ap-ii"}


def test_the_conventions_optional_protocol_is_the_protocol_signed(registry: Registry) -> None:
    text = (
        "Chile ratified the Convention against Torture in 1988 and signed the Convention's Optional "
        "Protocol in 2005."
    )
    actions = treaty_actions(registry, text)
    assert ("Signature", "state/chl", "treaty/opcat", "2005", "-") in actions
    assert not {a for a in actions if a[0] == "Signature" and a[2] == "treaty/un-cat"}


def test_the_treaty_after_a_protocol_named_for_its_parent_is_the_protocol(registry: Registry) -> None:
    text = (
        "Sri Lanka has acceded to the Optional Protocol to the Convention against Torture. The treaty, "
        "which entered into force in June 2006, allows unannounced visits."
    )
    entries = {a[2] for a in treaty_actions(registry, text, "2017-01-01") if a[0] == "EntryIntoForce"}
    assert "treaty/un-cat" not in entries


@pytest.mark.parametrize(
    "text",
    [
        "The OAS General Assembly suspended Honduras on 5 July 2009.",
        "The Organization of American States was founded in 1948.\n\n5 July 2009 - The General Assembly "
        "suspends Honduras following the coup.",
    ],
)
def test_another_organisations_general_assembly_is_not_the_uns(registry: Registry, text: str) -> None:
    organisations = {
        c.object.key
        for c in claims_of(registry, f"Timeline\n\n{text}", "2020-01-01")
        if c.predicate == TG.organization and hasattr(c.object, "key")
    }
    assert "org/un" not in organisations


def test_the_general_assembly_in_a_text_on_the_un_is_still_the_uns(registry: Registry) -> None:
    text = (
        "The United Nations was founded in 1945. On 28 June 2006 the General Assembly admitted Montenegro "
        "as the 192nd member state."
    )
    organisations = {
        c.object.key
        for c in claims_of(registry, f"Timeline\n\n{text}", "2020-01-01")
        if c.predicate == TG.organization and hasattr(c.object, "key")
    }
    assert organisations == {"org/un"}


@pytest.mark.parametrize(
    "text",
    [
        "All OAS member states except Canada and the United States have ratified the Belem do Para "
        "Convention.",
        "With the exception of the United States, every member state has ratified the Belem do Para "
        "Convention.",
        "Every member state other than Canada has ratified the Belem do Para Convention.",
    ],
)
def test_states_excepted_from_a_general_subject_do_not_act(registry: Registry, text: str) -> None:
    assert not {a for a in treaty_actions(registry, text) if a[1] in ("state/can", "state/usa")}


def test_a_state_after_apart_from_that_still_acts(registry: Registry) -> None:
    text = "Apart from that, Chile ratified the Belem do Para Convention in 1996."
    assert ("Ratification", "state/chl", "treaty/belem-do-para", "1996", "-") in treaty_actions(
        registry, text
    )


def test_a_question_without_inversion_asks(registry: Registry) -> None:
    text = (
        "Kazakhstan signed the Optional Protocol to the Convention on the Rights of Persons with "
        "Disabilities? No."
    )
    assert not treaty_actions(registry, text)


def test_a_question_about_why_takes_the_act_as_given(registry: Registry) -> None:
    text = (
        "Why did Kazakhstan sign the Optional Protocol to the Convention on the Rights of Persons with "
        "Disabilities in 2008?"
    )
    assert ("Signature", "state/kaz", "treaty/crpd-op", "2008", "-") in treaty_actions(registry, text)


def test_under_president_opening_a_sentence_is_a_time_not_a_post(registry: Registry) -> None:
    text = (
        "Under President Maumoon Abdul Gayoom, the Maldives acceded to the Convention against Torture "
        "in 2004."
    )
    roles = {p[2] for p in posts_of(registry, f"Maldives\n\n{text}")}
    assert "role/under-president" not in roles


def test_a_member_of_a_states_commission_is_the_commissions(registry: Registry) -> None:
    text = (
        '"He never gives up," said Angkhana Neelapaijit, a former member of Thailand\'s National Human '
        "Rights Commission."
    )
    posts = posts_of(registry, text)
    assert posts and not {p for p in posts if p[1] == "state/tha"}


def test_who_monitors_it_after_a_paragraph_on_two_treaties_is_unanswered(registry: Registry) -> None:
    text = (
        "The Council of Europe Convention on Action against Trafficking in Human Beings entered into force "
        "in 2008. Russia, since its expulsion, is no longer bound by the European Convention on Human "
        "Rights either.\n\nWho monitors it?\nGRETA evaluates each party.\n"
    )
    monitored = {
        c.object.key
        for c in claims_of(registry, f"Explainer\n\n{text}", "2020-01-01")
        if c.predicate == TG.monitors
    }
    assert "treaty/ets-005" not in monitored


def test_who_monitors_it_after_a_paragraph_on_one_treaty_is_answered(registry: Registry) -> None:
    text = (
        "The Council of Europe Convention on Action against Trafficking in Human Beings entered into force "
        "in 2008. Cyprus ratified it in 2007.\n\nWho monitors it?\nGRETA evaluates each party.\n"
    )
    claims = claims_of(registry, f"Explainer\n\n{text}", "2020-01-01")
    assert ("org/greta", "treaty/cets-197") in {
        (c.subject.key, c.object.key) for c in claims if c.predicate == TG.monitors
    }


ROWS = (
    "Fact sheet: The 1951 Refugee Convention\n\nThe Convention relating to the Status of Refugees was "
    "adopted in Geneva on 28 July 1951. Its 1967 Protocol removed the original time and geographic "
    "limits.\n\nStates parties in the region (selected):\n\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        "- Japan: acceded on 3 October 1981 and to the Protocol on 1 January 1982.\n"
        "- Republic of Korea: acceded on 3 December 1992.\n- Yemen: acceded on 18 January 1980.\n",
        "- Afghanistan: acceded to both instruments on 30 August 2005.\n"
        "- Turkey: ratified in 1962 but maintains the geographic limitation.\n",
    ],
)
def test_a_rows_bare_verb_takes_no_treaty_from_the_rows_above(registry: Registry, rows: str) -> None:
    actions = treaty_actions(registry, ROWS + rows, "2020-01-01")
    wrong = {
        ("state/jpn", "1981-10-03"),
        ("state/kor", "1992-12-03"),
        ("state/yem", "1980-01-18"),
        ("state/tur", "1962"),
    }
    assert not {a for a in actions if a[2] == "treaty/refugee-protocol" and (a[1], a[3]) in wrong}
