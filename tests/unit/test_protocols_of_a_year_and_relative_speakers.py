"""An ILO protocol named by its year ("Protocol of 2014 to the Forced Labour Convention") is the
protocol, not the convention, and its year is no date of the act; short codes name ILO
conventions; "it" after a protocol and its parent named together is the protocol its sentence is
about, or unclear; a name in a relative
clause is not the speaker; a nationality adjective is no organisation."""

from __future__ import annotations

import pytest
from readings import facts_of, statements, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Norway ratified the Protocol of 2014 to the Forced Labour Convention, 1930, on 9 November 2015.",
            "2015-11-09",
        ),
        (
            "The United Kingdom ratified the Protocol of 2014 to the Forced Labour Convention in "
            "January 2016.",
            "2016-01",
        ),
    ],
)
def test_a_protocol_of_a_year_is_the_protocol_and_its_year_no_date(
    registry: Registry, text: str, date: str
) -> None:
    actions = treaty_actions(registry, text, "2020-01-01")
    assert {(a[2], a[3]) for a in actions if a[0] == "Ratification"} == {("treaty/ilo-p029", date)}


def test_a_protocol_of_a_year_to_an_unlisted_treaty_is_a_protocol_of_its_own(registry: Registry) -> None:
    text = (
        "Fiji ratified the Protocol of 2002 to the Occupational Safety and Health Convention, 1981 in 2008."
    )
    treaties = {a[2] for a in treaty_actions(registry, text, "2020-01-01")}
    assert treaties and "treaty/ilo-c155" not in treaties


def test_short_codes_name_ilo_conventions(registry: Registry) -> None:
    text = "China ratified C29 and C105 in August 2022."
    treaties = {a[2] for a in treaty_actions(registry, text, "2023-01-01") if a[0] == "Ratification"}
    assert treaties == {"treaty/ilo-c029", "treaty/ilo-c105"}


def test_it_after_a_protocol_and_its_parent_named_together_is_the_protocol_opening(
    registry: Registry,
) -> None:
    text = (
        "The Optional Protocol to the International Covenant on Economic, Social and Cultural Rights lets "
        "individuals whose rights under the Covenant have been violated complain. The UN General Assembly "
        "adopted it on 10 December 2008."
    )
    actions = treaty_actions(registry, text, "2020-01-01")
    assert not {a for a in actions if a[2] == "treaty/icescr"}
    assert ("Adoption", "-", "treaty/icescr-op", "2008-12-10", "-") in actions


def test_it_after_a_protocol_named_in_passing_and_its_parent_is_unclear(registry: Registry) -> None:
    text = (
        "Ecuador ratified the Optional Protocol to the International Covenant on Economic, Social and "
        "Cultural Rights, which lets individuals whose rights under the Covenant have been violated "
        "complain. The UN General Assembly adopted it on 10 December 2008."
    )
    assert not {a for a in treaty_actions(registry, text, "2020-01-01") if a[0] == "Adoption"}


@pytest.mark.parametrize(
    "text",
    [
        'David Sassoli, who succeeded Antonio Tajani, said the prize was "a message".',
        "Parliament's President, David Sassoli, who was elected on 3 July 2019 and succeeded Antonio "
        'Tajani, said the prize was "a message to Beijing".',
    ],
)
def test_a_name_in_a_relative_clause_is_not_the_speaker(registry: Registry, text: str) -> None:
    assert {s[0] for s in statements(registry, text)} == {"person/david-sassoli"}


def test_a_nationality_adjective_is_no_organisation(registry: Registry) -> None:
    text = 'A spokesperson for the French ministry said the government "does not intend" to introduce a ban.'
    facts = facts_of(registry, text, "2020-01-01")
    assert "org/french" not in facts
    assert not {
        k
        for k, p in facts.items()
        if TG.Statement in p.get(RDF.type, set()) and "org/french" in p.get(TG.speaker, set())
    }
