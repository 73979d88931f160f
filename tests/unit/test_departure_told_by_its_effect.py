"""A state's departure told only by when it took effect ("Its withdrawal took effect on ..."), the
owner the state "its" stands for; never an organisation's or a treaty's. Every passage is written for
these tests."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _departures(registry: Registry, text: str) -> set[tuple[str | None, str | None, str | None]]:
    """(state, treaty, effective date) of every denunciation the text tells."""
    out = set()
    for props in facts_of(registry, text, "2031-05-02").values():
        if TG.Denunciation in props.get(RDF.type, set()):
            values = {p: min(v) for p, v in props.items()}
            out.add((values.get(TG.state), values.get(TG.treaty), values.get(TG.effectiveDate)))
    return out


def test_its_withdrawal_taking_effect_is_the_state_s_departure(registry: Registry) -> None:
    text = (
        "Malta said in March 2029 that it would leave the Convention on the Rights of Persons with "
        "Disabilities. Its withdrawal took effect on 4 April 2030, a year after the notice."
    )
    assert _departures(registry, text) == {("state/mlt", "treaty/crpd", "2030-04-04")}


def test_its_withdrawal_after_an_organisation_is_no_treaty_s(registry: Registry) -> None:
    text = (
        "Malta ratified the Convention on the Rights of Persons with Disabilities and joined UNESCO. "
        "Its withdrawal took effect on 4 April 2030."
    )
    assert _departures(registry, text) == set()


def test_the_notice_received_in_the_same_breath_dates_the_departure(registry: Registry) -> None:
    text = (
        "Malta is no longer a party to the Convention on the Rights of Persons with Disabilities. Its "
        "withdrawal took effect on 4 April 2030, a year after the Secretary-General of the United Nations "
        "received the government's written notification of withdrawal on 4 April 2029."
    )
    facts = facts_of(registry, text, "2031-05-02")
    notices = [p for p in facts.values() if TG.Notification in p.get(RDF.type, set())]
    assert [(min(p[TG.agent]), min(p[TG.submittedTo]), min(p[TG.date])) for p in notices] == [
        ("state/mlt", "org/un-sg", "2029-04-04")
    ]
    departures = [p for p in facts.values() if TG.Denunciation in p.get(RDF.type, set())]
    assert [(min(p[TG.date]), min(p[TG.effectiveDate])) for p in departures] == [("2029-04-04", "2030-04-04")]


def test_the_treaty_s_rule_on_receipt_is_no_notice(registry: Registry) -> None:
    text = (
        "Malta's parliament voted in April 2030 to leave the Convention on the Rights of Persons with "
        "Disabilities. Under the convention, a withdrawal takes effect a year after the Secretary-General "
        "of the United Nations receives the instrument of withdrawal."
    )
    facts = facts_of(registry, text, "2031-05-02")
    assert [p for p in facts.values() if TG.Notification in p.get(RDF.type, set())] == []


def test_a_day_of_the_year_following_the_notice_is_the_rule(registry: Registry) -> None:
    text = (
        "Malta to leave UNESCO\n\nMalta has notified UNESCO of its withdrawal, in line with Article II of "
        "the UNESCO Constitution, which provides that notice of withdrawal takes effect on 31 December of "
        "the year following the notice."
    )
    facts = facts_of(registry, text, "2030-06-01")
    assert not any(TG.effectiveDate in p for p in facts.values())


def test_another_state_s_departure_is_not_dated_as_the_last_one_told(registry: Registry) -> None:
    text = (
        "Israel rejects the court's jurisdiction. Malta withdrew from the Rome Statute with effect from "
        "17 March 2031; Burundi's withdrawal took effect on 27 October 2017."
    )
    found = _departures(registry, text)
    assert ("state/mlt", "treaty/rome-statute", "2017-10-27") not in found
    assert ("state/mlt", "treaty/rome-statute", "2031-03-17") in found
