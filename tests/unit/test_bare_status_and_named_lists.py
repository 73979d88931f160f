"""Two shapes with their object left to the context: a clause that ends on a state's negated
standing ("India and Nepal are still not parties."), which is about the one treaty named nearby
or the treaty the text is about; and a line naming a body with a colon, whose bullets list what
it does. Read through ``loaders.extract``."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import TG

NOT_PARTY = str(TG.notPartyTo)
FUNCTION = str(TG.function)


def _not_parties(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {(n, t) for n, props in facts_of(registry, text).items() for t in props.get(NOT_PARTY, set())}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine ratified the Rome Statute in 2024. Belarus and Azerbaijan are still not parties.",
            {("state/blr", "treaty/rome-statute"), ("state/aze", "treaty/rome-statute")},
        ),
        (
            "Ghana ratified the Convention on the Rights of Persons with Disabilities. Bhutan is not a "
            "party either.",
            {("state/btn", "treaty/crpd")},
        ),
    ],
)
def test_a_clause_ending_on_a_negated_standing_is_about_the_treaty_nearby(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _not_parties(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # two treaties nearby: which one is not said
        "Kenya ratified the Rome Statute and the Convention against Torture. Somalia is not a party.",
        # the status goes on to a reason: not the clause's end
        "Chile ratified the Rome Statute. Bolivia is not a party that has accepted the amendments.",
    ],
)
def test_no_bare_status_where_the_treaty_is_unclear(registry: Registry, text: str) -> None:
    states = {s for s, _ in _not_parties(registry, text)}
    assert "state/som" not in states
    assert "state/bol" not in states


def test_bullets_after_a_line_naming_a_body_are_its_functions(registry: Registry) -> None:
    text = (
        "The Protocol set up the Subcommittee on Prevention of Torture in 2006. The Subcommittee on "
        "Prevention of Torture:\n"
        "- visits places where people are deprived of their liberty;\n"
        "- may advise national preventive mechanisms;\n"
        "- Argentina and Brazil host national mechanisms.\n"
    )
    functions = facts_of(registry, text).get("org/un-spt", {}).get(FUNCTION, set())
    assert "visits places where people are deprived of their liberty" in functions
    assert "advise national preventive mechanisms" in functions
    assert not any("Argentina" in f for f in functions)


def test_a_line_naming_two_bodies_introduces_no_list(registry: Registry) -> None:
    text = (
        "The Human Rights Committee and the Committee against Torture:\n"
        "- examine the reports of states parties;\n"
    )
    facts = facts_of(registry, text)
    assert FUNCTION not in facts.get("org/ccpr", {})
    assert FUNCTION not in facts.get("org/un-cat-committee", {})


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Japan has never ratified the Optional Protocol to the Convention against Torture, and it is "
            "not a party to the First Optional Protocol to the civil and political covenant either.",
            ("state/jpn", "treaty/iccpr-op1"),
            "treaty/first-optional-protocol",
        ),
        (
            "Kenya is not a party to the Second Optional Protocol to the International Covenant on Civil "
            "and Political Rights.",
            ("state/ken", "treaty/iccpr-op2"),
            "treaty/second-optional-protocol",
        ),
    ],
)
def test_an_ordinal_protocol_is_the_one_to_the_treaty_named_after_it(
    registry: Registry, text: str, expected: tuple[str, str], wrong: str
) -> None:
    found = _not_parties(registry, text)
    assert expected in found
    assert all(t != wrong for _, t in found)
