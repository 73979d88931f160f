"""Names that only the rest of the text completes: "the Optional Protocol to the Convention" and
"the First Optional Protocol" are the registry's protocol to the treaty meant, when exactly one
fits; "a Committee of the Parties, known as ..." is the registry's body named after "known as".
A body's activities listed after a colon ("...: it sends ..., visits ...") are its functions.
Each shape has its false-fact counterpart."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG


def _has(registry: Registry, text: str, subject: str, predicate: str, obj: str) -> bool:
    return obj in facts_of(registry, text).get(subject, {}).get(predicate, set())


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        (  # wire: the parent named by its full title, the protocol by "to the Convention"
            "NAIROBI, 4 March 2024 (Wire) - Kenya ratified the Convention on the Rights of Persons with "
            "Disabilities in 2008. Kenya is not a party to the Optional Protocol to the Convention, "
            "officials said.",
            "state/ken",
            TG.notPartyTo,
            "treaty/crpd-op",
        ),
        (  # NGO release: the treaty never named by title, only its committee
            "The Committee on the Elimination of Discrimination against Women reviewed Peru's record "
            "this week.\n\nPeru is a party to the Optional Protocol to the Convention, which lets "
            "women bring complaints.",
            "state/per",
            TG.partyTo,
            "treaty/cedaw-op",
        ),
        (  # blog update: an ordinal picks one of a treaty's two protocols
            "Update, 2 May: Chile is a party to the International Covenant on Civil and Political "
            "Rights. It is a party to the Second Optional Protocol as well, which abolishes the death "
            "penalty.",
            "state/chl",
            TG.partyTo,
            "treaty/iccpr-op2",
        ),
        (  # explainer: "the First Optional Protocol" after the covenant, in the same paragraph
            "Nepal joined the International Covenant on Civil and Political Rights in 1991. Nepal is "
            "a party to the First Optional Protocol, so individuals can complain to Geneva.",
            "state/npl",
            TG.partyTo,
            "treaty/iccpr-op1",
        ),
    ],
)
def test_a_protocol_named_without_its_parent_is_the_registry_protocol(
    registry: Registry, text: str, subject: str, predicate: str, obj: str
) -> None:
    assert _has(registry, text, subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "protocols"),
    [
        (  # the child-rights convention has three optional protocols: which one is not said
            "Jordan is a party to the Convention on the Rights of the Child. Jordan is not a party to "
            "the Optional Protocol to the Convention.",
            {"treaty/crc-opsc", "treaty/crc-opac", "treaty/crc-opic"},
        ),
        (  # no protocol of the covenant is its third
            "Ghana is a party to the International Covenant on Civil and Political Rights. Ghana is "
            "not a party to the Third Optional Protocol.",
            {"treaty/iccpr-op1", "treaty/iccpr-op2"},
        ),
        (  # no treaty named before: the protocol of nothing the text says
            "Mali is not a party to the Optional Protocol, its foreign minister said.",
            {"treaty/iccpr-op1", "treaty/crpd-op", "treaty/cedaw-op", "treaty/opcat", "treaty/icescr-op"},
        ),
    ],
)
def test_an_unclear_protocol_is_no_registry_protocol(
    registry: Registry, text: str, protocols: set[str]
) -> None:
    facts = facts_of(registry, text)
    named = {o for props in facts.values() for p in (TG.partyTo, TG.notPartyTo) for o in props.get(p, set())}
    assert not named & protocols


def test_a_name_known_as_a_registry_body_is_that_body(registry: Registry) -> None:
    text = (
        "The convention created a Monitoring Group of the Parties, better known as GRETA, which "
        "evaluates how states fight trafficking."
    )
    facts = facts_of(registry, text)
    assert "org/greta" in facts
    assert not any("monitoring-group" in k for k in facts)


def test_a_name_near_but_not_known_as_a_registry_body_keeps_its_own_key(registry: Registry) -> None:
    text = "A Monitoring Group of the Parties meets each year, and GRETA meets twice."
    facts = facts_of(registry, text)
    assert any("monitoring-group" in k for k in facts)


def _functions(registry: Registry, text: str, body: str) -> set[str]:
    return facts_of(registry, text).get(body, {}).get(TG.function, set())


def test_activities_after_a_colon_are_the_body_s_functions(registry: Registry) -> None:
    text = (
        "GREVIO evaluates legislation in country rounds: it sends a questionnaire to the authorities, "
        "visits the country and publishes a report with proposals."
    )
    functions = _functions(registry, text, "org/grevio")
    assert "sends a questionnaire to the authorities" in functions
    assert "publishes a report with proposals" in functions


def test_a_dated_act_after_a_colon_is_no_function(registry: Registry) -> None:
    text = (
        "The Committee of Ministers supervises the execution of judgments: it examines the case "
        "of Azerbaijan on 12 March 2024."
    )
    functions = _functions(registry, text, "org/coe-cm")
    assert not any("case" in f for f in functions)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana calls on all countries that have not yet done so to ratify the Arms Trade Treaty.",
        "Q: What does Norway ask of others? A: Norway urges states that have not done so to accede "
        "to the Convention on Cluster Munitions.",
    ],
)
def test_a_call_on_states_that_have_not_joined_says_nothing_of_the_caller(
    registry: Registry, text: str
) -> None:
    facts = facts_of(registry, text)
    assert not any(TG.notPartyTo in props for props in facts.values())


def test_a_state_that_has_not_yet_ratified_is_not_a_party(registry: Registry) -> None:
    text = "Ghana has not yet ratified the Arms Trade Treaty, officials said."
    assert facts_of(registry, text).get("state/gha", {}).get(TG.notPartyTo)


def test_a_condition_between_a_modal_and_its_verb_stays_with_the_function(registry: Registry) -> None:
    text = (
        "The Subcommittee on Prevention of Torture was set up in 2006. It may, with the consent of "
        "the authorities, interview detainees in private, and may also publish its report."
    )
    functions = _functions(registry, text, "org/un-spt")
    assert "interview detainees in private with the consent of the authorities" in functions
    assert "publish its report" in functions


def test_the_only_member_that_has_not_ratified_is_not_a_party(registry: Registry) -> None:
    text = (
        "Fiji's accession leaves Tonga as the only member of the United Nations that has not "
        "ratified the Convention on the Rights of the Child."
    )
    assert "treaty/crc" in facts_of(registry, text).get("state/ton", {}).get(TG.notPartyTo, set())


def test_bulleted_activities_after_it_are_the_subject_s_functions(registry: Registry) -> None:
    text = (
        "Factsheet\n\nThe Committee on the Rights of the Child, made up of eighteen experts, monitors "
        "the convention. In practice, it\n"
        "- reviews the reports of states parties;\n"
        "- adopts general comments on the rights of children;\n"
        "- may hold a day of general discussion on a theme.\n\nContacts\n"
    )
    functions = _functions(registry, text, "org/crc-committee")
    assert "reviews the reports of states parties" in functions
    assert "adopts general comments on the rights of children" in functions
    assert "hold a day of general discussion on a theme" in functions


def test_bulleted_activities_after_a_modal_and_a_colon(registry: Registry) -> None:
    text = (
        "The European Committee of Social Rights can:\n"
        "* examine national reports\n"
        "* decide collective complaints\n"
    )
    functions = _functions(registry, text, "org/ecsr")
    assert {"examine national reports", "decide collective complaints"} <= functions


@pytest.mark.parametrize(
    "text",
    [
        # a decision set out in bullets: what was decided once, not what the body does
        "At its meeting the Committee of Ministers of the Council of Europe decided:\n"
        "- invites the authorities to submit an action plan;\n- decides to resume examination in June.\n",
        # the bullets name a state and a date: one visit
        "The Committee of Ministers of the Council of Europe met on Tuesday. Among other things, it\n"
        "- examines the case of Turkey on 3 March 2025.\n",
    ],
)
def test_bullets_of_a_decision_or_an_event_are_no_functions(registry: Registry, text: str) -> None:
    assert not _functions(registry, text, "org/coe-cm")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Ghana is also a party to the Convention against Torture.", TG.partyTo),
        ("Ghana is also bound by the Convention against Torture.", TG.partyTo),
        ("Ghana is also not a party to the Convention against Torture.", TG.notPartyTo),
    ],
)
def test_also_between_the_verb_and_the_party(registry: Registry, text: str, predicate: str) -> None:
    assert "treaty/un-cat" in facts_of(registry, text).get("state/gha", {}).get(predicate, set())


def test_also_wishing_to_be_a_party_is_no_party(registry: Registry) -> None:
    text = "Ghana also hopes to be a party to the Convention against Torture by next year."
    assert "treaty/un-cat" not in facts_of(registry, text).get("state/gha", {}).get(TG.partyTo, set())
