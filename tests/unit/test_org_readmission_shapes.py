"""States joining an organisation again, being readmitted by it, joining it under its short name,
joining it "the same year" as another act, leaving it as the content of an announcement, and a
suspension told after a readmission without the organisation named again. And the shapes that
tell no such event: "the first member of the EU to leave the court", "the Commonwealth" of a
federal state's laws, a suspension of a state no organisation was told of. Every passage is
written for these tests."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_KINDS = {
    TG.Admission: "admission",
    TG.Withdrawal: "withdrawal",
    TG.Expulsion: "expulsion",
    TG.Suspension: "suspension",
}
Fact = tuple[str, str | None, str | None, str | None]


def _events(registry: Registry, text: str, published: str = "2024-05-02") -> set[Fact]:
    """(kind, state, organisation, date) of each event a state's membership goes through."""
    out: set[Fact] = set()
    for props in facts_of(registry, text, published).values():
        values = {p: min(v) for p, v in props.items()}
        for cls in props.get(RDF.type, set()) & _KINDS.keys():
            out.add((_KINDS[cls], values.get(TG.state), values.get(TG.organization), values.get(TG.date)))
    return out


def test_rejoining_is_a_second_admission_beside_the_first(registry: Registry) -> None:
    text = (
        "Fiji joined the United Nations in 1970. Fiji was suspended from the Commonwealth in 2009. "
        "It rejoined the Commonwealth on 26 September 2014."
    )
    events = _events(registry, text)
    assert ("admission", "state/fji", "org/un", "1970") in events
    assert ("suspension", "state/fji", "org/commonwealth", "2009") in events
    assert ("admission", "state/fji", "org/commonwealth", "2014-09-26") in events


def test_a_first_admission_and_a_return_keep_their_own_dates(registry: Registry) -> None:
    text = (
        "The Gambia joined the Commonwealth in 1965 and left it in 2013. The Gambia was readmitted "
        "to the Commonwealth on 8 February 2018."
    )
    events = _events(registry, text)
    assert ("admission", "state/gmb", "org/commonwealth", "1965") in events
    assert ("admission", "state/gmb", "org/commonwealth", "2018-02-08") in events


def test_an_organisation_or_its_organ_readmitting_a_state(registry: Registry) -> None:
    one = "The General Assembly of the Organization of American States voted on 3 June 2009 to readmit Cuba."
    assert ("admission", "state/cub", "org/oas", "2009-06-03") in _events(registry, one)
    two = "The African Union readmitted Guinea on 12 March 2024 after a coup had cost it its seat."
    assert ("admission", "state/gin", "org/au", "2024-03-12") in _events(registry, two)


def test_a_suspension_after_a_readmission_takes_that_organisation(registry: Registry) -> None:
    text = (
        "The Organization of American States voted on 1 June 2011 to readmit Honduras. The vote was "
        "close. Honduras had been suspended on 5 July 2009 after the coup."
    )
    events = _events(registry, text)
    assert ("suspension", "state/hnd", "org/oas", "2009-07-05") in events


def test_a_suspension_of_another_state_takes_no_organisation_from_before(registry: Registry) -> None:
    text = (
        "The African Union voted on 10 May 2019 to readmit Sudan. Its president had been suspended in 2016."
    )
    assert {e for e in _events(registry, text) if e[0] == "suspension"} == set()
    other = (
        "The OAS voted in 2011 to readmit Honduras. Guatemala's minister had been suspended on 4 July 2009."
    )
    assert {e for e in _events(registry, other) if e[0] == "suspension"} == set()


def test_the_short_name_of_an_organisation_after_joining_or_leaving_it(registry: Registry) -> None:
    one = "Rwanda joined the Commonwealth on 29 November 2009, although it had never been a British colony."
    assert ("admission", "state/rwa", "org/commonwealth", "2009-11-29") in _events(registry, one)
    two = "Zimbabwe left the Commonwealth in December 2003."
    assert ("withdrawal", "state/zwe", "org/commonwealth", "2003-12") in _events(registry, two)


def test_the_commonwealth_of_a_federal_state_is_no_organisation(registry: Registry) -> None:
    text = "No law of the Commonwealth, a State or a Territory may interfere with privacy, Australia said."
    assert _events(registry, text) == set()


def test_becoming_the_nth_member_state_is_an_admission(registry: Registry) -> None:
    text = "Montenegro has become the 47th member state of the Council of Europe on 11 May 2007."
    assert ("admission", "state/mne", "org/coe", "2007-05-11") in _events(registry, text)


def test_the_first_member_to_do_something_joins_nothing(registry: Registry) -> None:
    one = "Hungary became the first member of the European Union to leave the court in 2025."
    assert {e for e in _events(registry, one) if e[0] == "admission"} == set()
    two = "Estonia became the first member of the Council of Europe to ratify the protocol."
    assert {e for e in _events(registry, two) if e[0] == "admission"} == set()


def test_the_same_year_as_another_act_dates_an_admission(registry: Registry) -> None:
    one = "Laos ratified CEDAW in August 1981 and the CRC in 1997, the same year it was admitted to ASEAN."
    assert ("admission", "state/lao", "org/asean", "1997") in _events(registry, one)
    two = (
        "Cambodia acceded to the convention in May 1999, the same year it was admitted to ASEAN, and "
        "it signed the protocol in 2010."
    )
    assert ("admission", "state/khm", "org/asean", "1999") in _events(registry, two)


def test_a_departure_announced_in_the_present_takes_the_announcement_date(registry: Registry) -> None:
    one = (
        "The junta announced on 28 January 2024 that Niger is withdrawing from ECOWAS with immediate effect."
    )
    assert ("withdrawal", "state/ner", "org/ecowas", "2024-01-28") in _events(registry, one)
    two = "Update, 13 October 2016: The cabinet announced today that Malta is leaving the Commonwealth."
    assert ("withdrawal", "state/mlt", "org/commonwealth", "2016-10-13") in _events(registry, two)


def test_an_announcement_of_a_past_departure_keeps_the_departure_date(registry: Registry) -> None:
    text = "The minister announced on 3 May 2024 that Gambia left the Commonwealth in 2013."
    assert ("withdrawal", "state/gmb", "org/commonwealth", "2013") in _events(registry, text)
    assert ("withdrawal", "state/gmb", "org/commonwealth", "2024-05-03") not in _events(registry, text)
