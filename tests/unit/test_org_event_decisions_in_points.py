"""Acts an organisation decides in its own record: numbered or lettered points under "the
Authority decides:", "the Council decides to suspend X" with no date but the record's, a member
barred "from all the governing bodies of" an organisation, and a member that "has remained
suspended since" a day. And the shapes that decide nothing: points under a line that only
recalls or notes, a decision in the past with no date, a suspension that remains with no day it
began. Every passage is written for these tests."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_KINDS = {TG.Admission: "admission", TG.Expulsion: "expulsion", TG.Suspension: "suspension"}
Fact = tuple[str, str | None, str | None, str | None]


def _events(registry: Registry, text: str, published: str = "2022-01-09") -> set[Fact]:
    out: set[Fact] = set()
    for props in facts_of(registry, text, published).values():
        values = {p: min(v) for p, v in props.items()}
        for cls in props.get(RDF.type, set()) & _KINDS.keys():
            out.add((_KINDS[cls], values.get(TG.state), values.get(TG.organization), values.get(TG.date)))
    return out


def test_a_lettered_point_under_the_body_deciding_is_dated_by_the_record(registry: Registry) -> None:
    text = (
        "FINAL COMMUNIQUE\n\n"
        "4. Having heard the report of the mediator, the Authority decides:\n\n"
        "   a) to suspend Mali from all the decision-making bodies of ECOWAS;\n"
        "   b) to close the land borders with Mali.\n"
    )
    assert ("suspension", "state/mli", "org/ecowas", "2022-01-09") in _events(registry, text)


def test_roman_points_with_an_organ_and_a_readmission(registry: Registry) -> None:
    text = (
        "Communique of the Peace and Security Council\n\n"
        "The Council hereby decides:\n"
        "(i) to suspend the Republic of Niger from all African Union activities with immediate effect;\n"
        "(ii) to readmit Gabon to the African Union.\n"
    )
    events = _events(registry, text, "2023-08-22")
    assert ("suspension", "state/ner", "org/au", "2023-08-22") in events
    assert ("admission", "state/gab", "org/au", "2023-08-22") in events


def test_the_council_decides_in_a_sentence_with_no_other_date(registry: Registry) -> None:
    text = "The Council decides to suspend Guinea-Bissau from the African Union with immediate effect."
    assert ("suspension", "state/gnb", "org/au", "2012-04-17") in _events(registry, text, "2012-04-17")


def test_a_suspension_that_remains_since_a_day(registry: Registry) -> None:
    text = (
        "The Authority recalls that Burkina Faso has remained suspended from the governing bodies of "
        "ECOWAS since the summit it held in Accra on 28 January 2022."
    )
    assert ("suspension", "state/bfa", "org/ecowas", "2022-01-28") in _events(registry, text, "2022-06-01")


def test_points_under_a_line_that_decides_nothing_and_a_remaining_suspension_with_no_day(
    registry: Registry,
) -> None:
    text = (
        "The Authority recalls its earlier positions:\n\n"
        "   a) to suspend Mali from all the governing bodies of ECOWAS;\n"
    )
    assert not _events(registry, text)
    text = "Guinea has remained suspended from ECOWAS, the Authority noted; it met on 3 May 2022."
    assert not _events(registry, text)
    text = "The Council decided to suspend Niger from the African Union."
    assert not any(e[3] is not None for e in _events(registry, text))


def test_a_regional_bloc_suspends_with_a_relative_clause_before_its_verb(registry: Registry) -> None:
    text = (
        "The Southern Common Market, whose presidents met in Montevideo on 3 May 2022, suspended "
        "Venezuela as well. Ministers suspended Paraguay from the Mercosur trade bloc on 4 May 2022."
    )
    events = _events(registry, text)
    assert ("suspension", "state/ven", "org/mercosur", "2022-05-03") in events
    assert ("suspension", "state/pry", "org/mercosur", "2022-05-04") in events


def test_a_relative_clause_before_a_verb_with_another_object_suspends_no_member(registry: Registry) -> None:
    text = (
        "The Union of South American Nations, whose summit Chile hosted on 3 May 2022, suspended "
        "its talks with Paraguay."
    )
    assert not _events(registry, text)
