"""An organ's common noun after another organisation was named, a readmission after a
suspension, states admitted together with a day word between them and the verb; and false facts
of other kinds: an entry into force for one party, "under President X", a state inside a place's
name, an act nearly done, a bound given for a count, a fact sheet's row read as its date."""

from __future__ import annotations

import pytest
from readings import counts_of, facts_of, memberships_of, posts_of, treaty_actions

from loaders.datelines import read_header
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def org_events(registry: Registry, text: str, published: str = "2024-06-01") -> set[tuple[str, ...]]:
    """(class, state, organisation, date or "-") of every admission, suspension and departure."""
    kinds = {TG.Admission: "Admission", TG.Suspension: "Suspension", TG.Expulsion: "Expulsion"}
    out = set()
    for values in facts_of(registry, text, published).values():
        for cls, name in kinds.items():
            if cls in values.get(RDF.type, set()):
                for state in values.get(TG.state, set()):
                    for org in values.get(TG.organization, set()):
                        out.add((name, state, org, min(values.get(TG.date, {"-"}))))
    return out


_TWO_ORGANISATIONS = """Suspensions

Albania joined the Council of Europe in 1995.

The African Union suspended Madagascar in 2009.
The council suspended the Central African Republic in March 2013.
Madagascar was readmitted in January 2014.
"""


def test_the_council_after_another_organisation_is_not_the_council_of_europe(registry: Registry) -> None:
    events = org_events(registry, _TWO_ORGANISATIONS)
    assert not {e for e in events if e[1] in ("state/caf", "state/mdg") and e[2] == "org/coe"}
    assert ("Suspension", "state/mdg", "org/au", "2009") in events


def test_a_readmission_is_to_the_organisation_that_suspended_the_state(registry: Registry) -> None:
    events = org_events(registry, _TWO_ORGANISATIONS)
    assert ("Admission", "state/mdg", "org/au", "2014-01") in events


def test_the_council_of_europe_by_its_short_name_when_no_other_organisation_came_between(
    registry: Registry,
) -> None:
    text = (
        "Turkey and the Council of Europe\n\nTurkey joined the Council of Europe in 1949. "
        "In 2022 the council expelled Russia."
    )
    assert ("Expulsion", "state/rus", "org/coe", "2022") in org_events(registry, text)


def test_states_that_today_became_members_were_admitted_together(registry: Registry) -> None:
    text = (
        "STRASBOURG, 13 July 1995 - Albania and the Republic of Moldova today became members of the "
        "Council of Europe."
    )
    events = org_events(registry, text, "1995-07-13")
    assert ("Admission", "state/alb", "org/coe", "1995-07-13") in events
    assert ("Admission", "state/mda", "org/coe", "1995-07-13") in events
    members = memberships_of(registry, text, "1995-07-13")
    assert {("state/alb", "org/coe"), ("state/mda", "org/coe")} <= members


def test_states_that_never_became_members_were_not_admitted(registry: Registry) -> None:
    text = "Belarus and Kazakhstan never became members of the Council of Europe."
    assert org_events(registry, text) == set()
    assert memberships_of(registry, text) == set()


def test_a_state_that_today_became_the_nth_member_state_is_a_member(registry: Registry) -> None:
    text = "Bosnia and Herzegovina today became the 44th member state of the Council of Europe."
    assert ("state/bih", "org/coe") in memberships_of(registry, text)


# ---------------------------------------------------------------- false facts of other kinds


def test_entry_into_force_for_a_named_party_is_not_the_treatys_own(registry: Registry) -> None:
    text = (
        "On 22 January 2011 the Convention on the Rights of Persons with Disabilities entered into "
        "force for the European Union."
    )
    facts = facts_of(registry, text)
    assert not any(TG.EntryIntoForce in v.get(RDF.type, set()) and TG.state not in v for v in facts.values())


def test_under_a_president_is_a_time_not_a_title(registry: Registry) -> None:
    text = "Mexico signed the Rome Statute on 7 September 2000, under President Ernesto Zedillo."
    posts = posts_of(registry, text)
    assert posts and all(role == "role/president" for _, _, role in posts)


def test_a_state_inside_a_city_name_or_a_based_phrase_employs_no_one(registry: Registry) -> None:
    text = (
        '"It is late," said Lucia Maldonado, a constitutional lawyer with the Mexico City-based '
        "Foro Juridico Independiente."
    )
    assert not {p for p in posts_of(registry, text) if p[1] == "state/mex"}


def test_northern_ireland_is_not_ireland(registry: Registry) -> None:
    text = (
        "The United Kingdom signed the Lanzarote Convention on 5 May 2008. Having changed the law in "
        "Scotland and Northern Ireland, it has now deposited its instrument of ratification."
    )
    states = {a[1] for a in treaty_actions(registry, text, "2018-06-20")}
    assert "state/irl" not in states
    assert "state/gbr" in states


@pytest.mark.parametrize(
    "text",
    [
        "Q: How close did Tonga come to ratifying CEDAW?\n\nA: Very close.",
        "Tonga came close to ratifying CEDAW in 2015.",
        "Samoa is on the verge of ratifying the Covenant.",
    ],
)
def test_an_act_nearly_done_is_not_done(registry: Registry, text: str) -> None:
    assert not {a for a in treaty_actions(registry, text) if a[0] == "Ratification"}


@pytest.mark.parametrize(
    "text",
    [
        "Today more than 160 states are parties to Protocol II.",
        "Nearly 170 states are parties to the Convention against Torture.",
    ],
)
def test_a_bound_is_not_a_count(registry: Registry, text: str) -> None:
    assert counts_of(registry, text) == set()


def test_a_row_of_a_fact_sheet_does_not_date_the_sheet() -> None:
    text = (
        "Fact sheet: Belgium v. Senegal\n\nPrepared by a research centre\n\nThe case\n"
        "- Request for provisional measures: rejected, 28 May 2009\n- Judgment on the merits: 20 July 2012\n"
    )
    assert read_header(text).date is None
