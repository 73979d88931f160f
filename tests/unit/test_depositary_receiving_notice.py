"""A notice of denunciation told from the depositary's side: the Secretary-General receiving a
state's notice, with the state as the notice's possessor and the depositary as the subject; a
state's notice deposited in the passive. And the shapes that tell no notice: a depositary receiving
a report, someone other than a depositary receiving a state's notice. Every passage is written for
these tests."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

Notice = tuple[str | None, str | None, str | None]


def _notices(registry: Registry, text: str) -> set[Notice]:
    """(agent, depositary, date) of every notification the text tells."""
    out: set[Notice] = set()
    for props in facts_of(registry, text, "2024-05-02").values():
        if TG.Notification in props.get(RDF.type, set()):
            values = {p: min(v) for p, v in props.items()}
            out.add((values.get(TG.agent), values.get(TG.submittedTo), values.get(TG.date)))
    return out


def test_the_depositary_receiving_a_state_s_notice(registry: Registry) -> None:
    one = (
        "Trinidad and Tobago acceded to the Optional Protocol in 1980. On 26 May 1998 the "
        "Secretary-General of the United Nations received Trinidad and Tobago's notice that it was "
        "denouncing the protocol."
    )
    assert ("state/tto", "org/un-sg", "1998-05-26") in _notices(registry, one)
    two = (
        "The withdrawal took effect a year after the UN Secretary-General received Burundi's written "
        "notification of withdrawal from the Rome Statute on 27 October 2016."
    )
    assert ("state/bdi", "org/un-sg", "2016-10-27") in _notices(registry, two)


def test_a_state_s_notice_deposited_in_the_passive(registry: Registry) -> None:
    text = (
        "Hungary left the Rome Statute in 2026. Hungary's notification was deposited with the UN "
        "Secretary-General on 2 June 2025."
    )
    assert ("state/hun", "org/un-sg", "2025-06-02") in _notices(registry, text)


def test_a_notice_received_by_or_reaching_the_bare_titled_depositary(registry: Registry) -> None:
    """ "the Secretary-General" alone is the treaty's own depositary where the notice was received by
    it or reached it, as where it was deposited with it."""
    received = (
        "Malta's notification of withdrawal from the Convention on the Rights of the Child was received "
        "by the Secretary-General on 4 February 2031."
    )
    assert ("state/mlt", "org/un-sg", "2031-02-04") in _notices(registry, received)
    reached = (
        "Peru's notice of denunciation of the American Convention on Human Rights reached the "
        "Secretary General on 9 July 1999."
    )
    assert {n[1] for n in _notices(registry, reached)} == {
        "org/general-secretariat-of-the-organization-of-american-states"
    }


def test_a_depositary_receiving_a_report_receives_no_notice(registry: Registry) -> None:
    text = "On 3 March 2020 the UN Secretary-General received Kenya's report on the Rome Statute."
    assert _notices(registry, text) == set()


def test_someone_other_than_a_depositary_receives_no_notice(registry: Registry) -> None:
    text = (
        "On 12 May 2021 the Constitutional Court received Colombia's notice that it was withdrawing "
        "from the American Convention on Human Rights."
    )
    assert _notices(registry, text) == set()
