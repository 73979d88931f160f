"""A membership bounded by a date: "remains a member of ORG until D" after the text told of the
state's notice to leave (the departure's effect), "has been a member of ORG since D" (the state
joined then); and a year-less date whose weekday names the year where the story moved through
others."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.dates import find_dates
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

Event = tuple[str, str, str, str | None, str | None]


def _org_events(text: str, registry: Registry, published: str) -> set[Event]:
    facts = facts_of(registry, text, published)
    kinds = {TG.Admission: "Admission", TG.Withdrawal: "Withdrawal"}
    return {
        (
            name,
            min(p.get(TG.state, {""})),
            min(p.get(TG.organization, {""})),
            min(p.get(TG.date, {""})) or None,
            min(p.get(TG.effectiveDate, {""})) or None,
        )
        for p in facts.values()
        for cls, name in kinds.items()
        if cls in p.get(RDF.type, set())
    }


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        (
            "Georgia has been a member of the Council of Europe since 27 April 1999.",
            "2021-05-01",
            ("Admission", "state/geo", "org/coe", "1999-04-27", None),
        ),
        (
            "Montenegro, which has been a member state of the Council of Europe since May 2007, "
            "hosted the meeting.",
            "2021-05-01",
            ("Admission", "state/mne", "org/coe", "2007-05", None),
        ),
        (
            "Türkiye, a member of the Council of Europe since 1949, ratified the European Convention "
            "on Human Rights in 1954.",
            "2022-07-11",
            ("Admission", "state/tur", "org/coe", "1949", None),
        ),
        (
            "Nicaragua has notified the Organization of American States that it is leaving the OAS. "
            "Under the Charter, Nicaragua therefore remains a member of the OAS until November 2023.",
            "2021-11-20",
            ("Withdrawal", "state/nic", "org/oas", None, "2023-11"),
        ),
        (
            "Nicaragua has notified the Organization of American States that it is leaving the OAS. "
            "Nicaragua remains a member of the OAS, bound by its obligations, until 19 November 2023.",
            "2021-11-20",
            ("Withdrawal", "state/nic", "org/oas", None, "2023-11-19"),
        ),
    ],
)
def test_a_membership_bounded_by_a_date(registry: Registry, text: str, published: str, event: Event) -> None:
    assert event in _org_events(text, registry, published)


@pytest.mark.parametrize(
    "text",
    [
        # no departure told: the end of a membership is no event of its own
        "Chile remains a member of the Organization of American States until at least 2030.",
        "Peru remains a member of the OAS until further notice.",
        # a span with no starting date says nothing of when the state joined
        "Georgia has been a member of the Council of Europe for more than twenty years.",
        "Russia had been a member of the Council of Europe until March 2022.",
        # an apposition without "since", and a predicate that is no apposition
        "Chile, a member of the OAS, ratified the American Convention on Human Rights in 1990.",
        "Ghana is a member of ECOWAS since 1975 and hosts its court.",
        # the date bounds another thing than the membership
        "Georgia has been a member of the Council of Europe and has chaired it since May 2019.",
    ],
)
def test_no_event_from_a_membership(registry: Registry, text: str) -> None:
    events = _org_events(text, registry, "2022-06-01")
    assert not [e for e in events if e[3] is not None or e[4] is not None]


_STORY = (
    "The treaty was signed on 7 November 2011. A first bill failed in 2016. "
    "The president submitted the second bill on {day} 18 June."
)


def test_a_weekday_names_the_year_the_story_left_open() -> None:
    text = _STORY.format(day="Saturday,")
    last = text.index("The president")
    found = [d.value for d in find_dates(text, last, published="2022-06-20") if d.text == "18 June"]
    assert found == ["2022-06-18"]


@pytest.mark.parametrize("day", ["Friday,", "", "the"])
def test_no_year_where_the_weekday_disagrees_or_is_missing(day: str) -> None:
    text = _STORY.format(day=day)
    last = text.index("The president")
    assert not [d for d in find_dates(text, last, published="2022-06-20") if d.text == "18 June"]
