"""Whose work a relative clause or a condition describes when a sentence names several bodies
("X, a body of experts elected by Y, which ..."; "a mechanism composed of A and B, which ..."),
what a petition procedure's condition adds to it, a list interrupted by a clause of condition, a
state's opt-out from a body's competence, and "the Covenant" a body monitors when the registry
says which covenant is its own: read through ``loaders.extract``."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG

FUNCTION = str(TG.function)
MONITORS = str(TG.monitors)


def _functions(registry: Registry, text: str) -> dict[str, set[str]]:
    return {node: props[FUNCTION] for node, props in facts_of(registry, text).items() if FUNCTION in props}


@pytest.mark.parametrize(
    ("text", "body", "other"),
    [
        (
            "The European Committee of Social Rights, a body of fifteen independent experts elected by "
            "the Committee of Ministers, which also reviews the national reports that states submit.",
            "org/ecsr",
            "org/coe-cm",
        ),
        (
            "The Inter-American Court of Human Rights, a tribunal of seven judges chosen by the General "
            "Assembly of the OAS, which hears cases referred to it by the Commission.",
            "org/iacthr",
            "org/oas",
        ),
        (
            "The Subcommittee on Prevention of Torture, a panel of twenty-five experts elected by the "
            "Committee against Torture, which visits places of detention in states parties.",
            "org/un-spt",
            "org/un-cat-committee",
        ),
    ],
)
def test_relative_clause_after_an_appositive_agent_describes_the_head(
    registry: Registry, text: str, body: str, other: str
) -> None:
    functions = _functions(registry, text)
    assert body in functions
    assert other not in functions


def test_a_body_in_a_composed_of_list_does_not_take_the_whole_mechanisms_clause(registry: Registry) -> None:
    text = (
        "The treaty will be followed up by a Review Mechanism, composed of a Conference of States Parties "
        "and a Committee of Experts, which will examine the periodic reports of the States Parties."
    )
    functions = _functions(registry, text)
    assert [k for k in functions if "committee-of-experts" in k] == []
    assert "org/ceacr" not in functions  # a body described with "a", not the ILO's committee


@pytest.mark.parametrize(
    ("text", "body", "words"),
    [
        (
            "The Optional Protocol to the Covenant allows individuals to bring communications to the "
            "Committee on Economic, Social and Cultural Rights once domestic remedies are exhausted.",
            "org/cescr",
            "once domestic remedies are exhausted",
        ),
        (
            "The Protocol lets women submit complaints to the Committee on the Elimination of "
            "Discrimination against Women after they have exhausted national remedies.",
            "org/cedaw-committee",
            "after they have exhausted national remedies",
        ),
    ],
)
def test_the_condition_of_a_petition_procedure_stays_in_the_function(
    registry: Registry, text: str, body: str, words: str
) -> None:
    assert any(words in f for f in _functions(registry, text).get(body, set()))


@pytest.mark.parametrize(
    ("text", "body", "words"),
    [
        (
            "The decision then goes to the Committee of Ministers, which may adopt a resolution or, where "
            "the state does not comply, a recommendation addressed to the government.",
            "org/coe-cm",
            "adopt a resolution or a recommendation addressed to the government",
        ),
        (
            "The file is sent to the Committee against Torture, which may issue a request for information "
            "or, if the situation is urgent, an appeal for interim measures.",
            "org/un-cat-committee",
            "issue a request for information or an appeal for interim measures",
        ),
    ],
)
def test_a_list_interrupted_by_a_condition_goes_on_after_it(
    registry: Registry, text: str, body: str, words: str
) -> None:
    assert words in _functions(registry, text).get(body, set())


@pytest.mark.parametrize(
    "text",
    [
        "A state may declare that it does not recognise the Committee against Torture's competence to "
        "conduct inquiries.",
        "Several governments have never accepted the Human Rights Committee's competence to receive "
        "complaints from individuals.",
    ],
)
def test_an_opt_out_from_a_competence_is_no_function(registry: Registry, text: str) -> None:
    assert _functions(registry, text) == {}


@pytest.mark.parametrize(
    ("text", "body", "treaty", "not_treaty"),
    [
        (
            "Myanmar ratified the International Covenant on Economic, Social and Cultural Rights. The "
            "Covenant enters into force in January. We hope it will also ratify the International Covenant "
            "on Civil and Political Rights.\n\n"
            "The Committee on Economic, Social and Cultural Rights is the body that monitors the Covenant.",
            "org/cescr",
            "treaty/icescr",
            "treaty/iccpr",
        ),
        (
            "Fiji ratified the International Covenant on Civil and Political Rights. It has not ratified "
            "the International Covenant on Economic, Social and Cultural Rights.\n\n"
            "The Human Rights Committee is the body that monitors the Covenant.",
            "org/ccpr",
            "treaty/iccpr",
            "treaty/icescr",
        ),
    ],
)
def test_a_body_monitors_its_own_covenant_not_the_last_one_named(
    registry: Registry, text: str, body: str, treaty: str, not_treaty: str
) -> None:
    monitored = facts_of(registry, text).get(body, {}).get(MONITORS, set())
    assert treaty in monitored
    assert not_treaty not in monitored


@pytest.mark.parametrize(
    ("text", "body", "function"),
    [
        (
            "From next year, individuals and groups who have exhausted domestic remedies can send a "
            "communication to the Committee on the Rights of Persons with Disabilities.",
            "org/crpd-committee",
            "receive communications from individuals and groups who have exhausted domestic remedies",
        ),
        (
            "Trade unions may lodge complaints with the European Committee of Social Rights.",
            "org/ecsr",
            "receive complaints from trade unions",
        ),
        (
            "Any person may submit a petition to the Inter-American Commission on Human Rights.",
            "org/iachr",
            "receive petitions from any person",
        ),
    ],
)
def test_who_may_address_a_body_says_what_it_receives(
    registry: Registry, text: str, body: str, function: str
) -> None:
    assert function in _functions(registry, text).get(body, set())


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine can submit applications to the European Court of Human Rights.",
        "NGOs and the Committee against Torture can send communications to the Human Rights Committee.",
        "In 2019 the applicants could bring a case to the Court of Justice.",
    ],
)
def test_a_state_or_body_addressing_another_gives_it_no_function(registry: Registry, text: str) -> None:
    assert not any(f.startswith("receive") for fs in _functions(registry, text).values() for f in fs)
