"""A communiqué's ways of telling treaty events. "The Convention will enter into force for both
states on 1 July" is the states' entry into force, never the treaty's own; rows under a lead line
naming the treaty ("Key dates of the Convention:" then "- Entry into force: 1 August 2014") are
that treaty's; a state's envoy depositing ("the Permanent Representative of Luxembourg
deposited") acts for the state."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry

_LEAD = "Headline\n\nStrasbourg, 5 March 2019\n\n"


def _events(registry: Registry, body: str) -> set[tuple[str, ...]]:
    return {a[:4] for a in treaty_actions(registry, _LEAD + body, "2019-03-05")}


def test_entry_into_force_for_both_states_is_not_the_treatys_own(registry: Registry) -> None:
    body = (
        "Sweden and Luxembourg ratified the Istanbul Convention today. The Convention will enter into "
        "force for both states on 1 July 2019."
    )
    assert not {e for e in _events(registry, body) if e[0] == "EntryIntoForce" and e[1] == "-"}


def test_rows_under_a_lead_line_naming_the_treaty(registry: Registry) -> None:
    body = (
        "Sweden ratified the Istanbul Convention today.\n\nKey dates of the Convention:\n"
        "- Opened for signature: 11 May 2011, Istanbul\n- Entry into force: 1 August 2014\n"
    )
    assert _events(registry, body) >= {
        ("OpeningForSignature", "-", "treaty/cets-210", "2011-05-11"),
        ("EntryIntoForce", "-", "treaty/cets-210", "2014-08-01"),
    }


def test_an_envoy_deposits_for_the_state(registry: Registry) -> None:
    body = (
        "Today, the Permanent Representative of Luxembourg deposited the instrument of ratification "
        "of the Istanbul Convention."
    )
    assert ("Ratification", "state/lux", "treaty/cets-210", "2019-03-05") in _events(registry, body)
