"""Suspensions, expulsions and admissions set out as rows under a heading: a fact file's dotted
rows, a table with runs of spaces, a bulleted list with dashes, the day first or the state first,
a second day on a row. And rows of the same layout that tell no such act: a council's members
with the years of their terms, a key/value fact box, a heading that names no act. Every passage
is written for these tests."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_KINDS = {
    TG.Admission: "admission",
    TG.Expulsion: "expulsion",
    TG.Suspension: "suspension",
    TG.Withdrawal: "withdrawal",
}
Fact = tuple[str, str | None, str | None, str | None]


def _events(registry: Registry, text: str) -> set[Fact]:
    out: set[Fact] = set()
    for props in facts_of(registry, text, "2024-05-02").values():
        for cls in props.get(RDF.type, set()) & _KINDS.keys():
            for date in props.get(TG.date, {None}):  # type: ignore[arg-type]
                out.add(
                    (_KINDS[cls], min(props.get(TG.state, {""})), min(props.get(TG.organization, {""})), date)
                )
    return out


def test_dotted_rows_under_a_suspensions_heading_in_a_fact_file(registry: Registry) -> None:
    text = (
        "FACT FILE | The Economic Community of West African States\n\n"
        "SUSPENSIONS\n"
        "The bloc bars governments that seize power by force from its meetings:\n\n"
        "Niger ................ 30 July 2023\n"
        "Mali ................. 30 May 2021, and again on 9 January 2022\n"
        "Burkina Faso ......... 28 January 2022\n"
    )
    events = _events(registry, text)
    assert ("suspension", "state/ner", "org/ecowas", "2023-07-30") in events
    assert ("suspension", "state/mli", "org/ecowas", "2021-05-30") in events
    assert ("suspension", "state/mli", "org/ecowas", "2022-01-09") in events
    assert ("suspension", "state/bfa", "org/ecowas", "2022-01-28") in events


def test_a_table_with_the_day_first_and_the_organisation_in_the_lead_in(registry: Registry) -> None:
    text = (
        "Briefing note\n\n"
        "Admissions\n"
        "The Association of Southeast Asian Nations grew from five founders:\n\n"
        "1984        Brunei\n"
        "1995        Viet Nam\n"
        "1997        Laos and Myanmar\n"
    )
    events = _events(registry, text)
    assert ("admission", "state/brn", "org/asean", "1984") in events
    assert ("admission", "state/vnm", "org/asean", "1995") in events
    assert ("admission", "state/lao", "org/asean", "1997") in events
    assert ("admission", "state/mmr", "org/asean", "1997") in events


def test_bulleted_rows_with_dashes_under_an_expulsions_heading(registry: Registry) -> None:
    text = (
        "The Council of Europe at a glance\n\n"
        "EXPULSIONS FROM THE COUNCIL OF EUROPE\n"
        "- Russia \u2013 16 March 2022\n"
    )
    events = _events(registry, text)
    assert ("expulsion", "state/rus", "org/coe", "2022-03-16") in events


def test_a_heading_naming_two_acts_says_not_which_row_is_which(registry: Registry) -> None:
    text = (
        "The Council of Europe at a glance\n\n"
        "EXPULSIONS AND SUSPENSIONS\n"
        "- Russia \u2013 16 March 2022\n"
        "- Greece \u2013 12 December 1969\n"
    )
    assert not _events(registry, text)


def test_a_council_s_members_with_their_terms_are_no_admissions(registry: Registry) -> None:
    text = (
        "FACT FILE | The African Union\n\n"
        "MEMBERS OF THE COUNCIL\n"
        "Nigeria .............. 2022\n"
        "Kenya ................ 2021-2024\n"
        "Members .............. 15 member states\n"
    )
    assert not _events(registry, text)


def test_rows_under_a_heading_that_names_no_act_tell_nothing(registry: Registry) -> None:
    text = (
        "FACT FILE | The Organization of American States\n\n"
        "ELECTIONS HELD\n"
        "Honduras ............. 28 November 2021\n"
        "Peru ................. 11 April 2021\n"
    )
    assert not _events(registry, text)


def test_rows_that_say_more_than_a_day_are_not_read(registry: Registry) -> None:
    text = (
        "FACT FILE | The African Union\n\n"
        "SUSPENSIONS\n"
        "Egypt ................ 5 July 2013, lifted 17 June 2014\n"
        "Madagascar ........... suspended after the coup\n"
    )
    events = _events(registry, text)
    assert not any(e[1] == "state/mdg" for e in events)
    assert ("suspension", "state/egy", "org/au", "2014-06-17") not in events


def test_two_organisations_in_the_lead_in_and_none_in_the_title_leave_the_rows_unread(
    registry: Registry,
) -> None:
    text = (
        "Regional notes\n\n"
        "SUSPENSIONS\n"
        "Both the African Union and the Economic Community of West African States acted:\n\n"
        "Guinea ............... 10 September 2021\n"
    )
    assert not _events(registry, text)
