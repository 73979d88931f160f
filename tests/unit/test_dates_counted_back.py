"""Dates counted back from another date are read from it, or not at all, and never take the date
they are counted from.

An anniversary ("Fourteen years ago today", "exactly fifteen years ago") is the same day that
many years before the document's date, whatever words write the count; "twenty years ago this
week" or "on Friday" is certain to the year only; an anniversary without a count ("many years
ago today") is no date, never the document's own day.

A month counted from the story ("8 January 1990 - Canada joins, after it signed the Charter the
previous November", "the following March", "the month before") is counted from the last month and
year its paragraph wrote; with none to count from the act has no date, never the one the sentence
gives another act.
"""

from __future__ import annotations

import pytest
from readings import judgments, treaty_actions

from loaders.dates import find_dates
from loaders.registry import Registry

PUBLISHED = "2023-11-16"


def _values(text: str, published: str | None = PUBLISHED) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, 0, len(text), published)}


@pytest.mark.parametrize(
    ("text", "court", "date"),
    [
        (
            "Fourteen years ago today, the Inter-American Court of Human Rights handed down its "
            "judgment in Gonzalez et al. v. Mexico.",
            "org/iacthr",
            "2009-11-16",
        ),
        (
            "Ten years ago today the European Court of Human Rights ruled against Cyprus in Rantsev "
            "v. Cyprus and Russia.",
            "org/ecthr",
            "2013-11-16",
        ),
    ],
)
def test_a_judgment_years_ago_today_is_dated_that_many_years_before_the_document(
    registry: Registry, text: str, court: str, date: str
) -> None:
    assert {(agent, when) for agent, _, when in judgments(registry, text, PUBLISHED)} == {(court, date)}


def test_an_anniversary_this_week_is_dated_to_its_year_only(registry: Registry) -> None:
    text = "Twenty years ago this week, Mexico ratified the Belem do Para Convention."
    assert treaty_actions(registry, text, PUBLISHED) == {
        ("Ratification", "state/mex", "treaty/belem-do-para", "2003", "-")
    }


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Fourteen years ago today", "2009-11-16"),
        ("twenty-five years ago today", "1998-11-16"),
        ("exactly fifteen years ago", "2008-11-16"),
        ("two decades ago this month", "2003-11"),
        ("Sixty years ago on Friday", "1963"),
        ("Nineteen years ago", "2004"),
    ],
)
def test_an_anniversary_counts_back_whatever_words_write_the_count(words: str, value: str) -> None:
    assert _values(f"{words}, the court ruled.")[words] == value


def test_an_anniversary_that_cannot_be_counted_is_no_date_rather_than_the_document_s() -> None:
    assert _values("Many years ago today, the court ruled.") == {}
    # the week around 2 January 2024 runs over two years: which year twenty years back is not said
    assert _values("Twenty years ago this week, the court ruled.", "2024-01-02") == {}


def test_a_timeline_row_s_previous_month_is_counted_back_from_the_row_s_date(registry: Registry) -> None:
    text = (
        "The Charter of the Organization of American States was signed in 1948.\n\n"
        "8 January 1990 - Canada becomes a full member, after its government signed the Charter the "
        "previous November."
    )
    assert treaty_actions(registry, text, PUBLISHED) == {
        ("Signature", "state/can", "treaty/oas-charter", "1989-11", "-")
    }


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("the previous November", "1989-11"),
        ("the following March", "1990-03"),
        ("the month before", "1989-12"),
        ("a month later", "1990-02"),
        ("the year before", "1989"),
    ],
)
def test_a_month_or_year_counted_from_the_story_counts_from_its_last_written_month(
    words: str, value: str
) -> None:
    assert _values(f"8 January 1990 - Canada joined, and signed {words}.")[words] == value


def test_an_act_counted_from_a_month_the_story_does_not_give_has_no_date(registry: Registry) -> None:
    text = "In 1990 Canada signed the Charter of the Organization of American States the previous November."
    assert treaty_actions(registry, text, PUBLISHED) == {
        ("Signature", "state/can", "treaty/oas-charter", "-", "-")
    }


def test_a_count_from_the_story_gives_way_to_the_full_date_apposed_to_it(registry: Registry) -> None:
    text = (
        "Chile signed the Convention against Torture on 3 May 1999 and ratified it a month later, on 2 June."
    )
    assert ("Ratification", "state/chl", "treaty/un-cat", "1999-06-02", "-") in treaty_actions(
        registry, text, PUBLISHED
    )
