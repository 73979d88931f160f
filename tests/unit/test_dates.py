from __future__ import annotations

import pytest

from loaders.dates import find_dates, read_numeric_date
from loaders.vocabulary import XSD


def _one(text: str, published: str | None = None) -> tuple[str, str, str | None]:
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start : d.end] == d.text
    return d.value, d.datatype, d.qualifier


def test_full_dates_in_both_orders() -> None:
    assert _one("On 8 September 2025, the bill") == ("2025-09-08", XSD.date, None)
    assert _one("On September 29, 2025, Putin signed") == ("2025-09-29", XSD.date, None)


def test_month_and_year_stay_month_precision() -> None:
    assert _one("left the Council in March 2022.") == ("2022-03", XSD.gYearMonth, None)


def test_month_of_a_year_is_that_month_not_the_month_of_the_document_year() -> None:
    assert _one("ratified the agreement in May of 2020.", published="2024-05-02") == (
        "2020-05",
        XSD.gYearMonth,
        None,
    )


def test_that_month_takes_the_story_year_never_the_document_year() -> None:
    text = "The state became independent on 20 May 2002 and joined the United Nations that September."
    assert [d.value for d in find_dates(text, published="2023-08-19")] == ["2002-05-20", "2002-09"]
    assert find_dates("It joined the United Nations that September.", published="2023-08-19") == []


def test_bare_year_is_a_gyear() -> None:
    assert _one("Russia ratified it in 1998.") == ("1998", XSD.gYear, None)


def test_late_august_is_a_month_with_a_qualifier_never_a_day() -> None:
    assert _one("a decree signed in late August", published="2025-09-10") == (
        "2025-08",
        XSD.gYearMonth,
        "late",
    )


def test_yearless_date_without_any_year_is_not_invented() -> None:
    assert find_dates("President Putin on September 29 signed legislation") == []
    assert find_dates("a decree signed in late August") == []


def test_yearless_date_takes_the_publication_year() -> None:
    assert _one("Putin on September 29 signed", published="2025-10-01") == ("2025-09-29", XSD.date, None)


def test_yearless_date_takes_a_year_written_with_a_month_in_its_sentence() -> None:
    found = find_dates("Between 3 September and 8 September 2025 the experts met.")
    assert [d.value for d in found] == ["2025-09-03", "2025-09-08"]


def test_relative_expressions_need_a_publication_date() -> None:
    assert find_dates("Last month, the court ruled.") == []
    assert _one("Last month, the court ruled.", published="2025-09-02") == ("2025-08", XSD.gYearMonth, None)
    assert _one("In a statement last November, it said", published="2025-09-02")[0] == "2024-11"


def test_numeric_dates_are_not_guessed() -> None:
    assert find_dates("Russian Federation\n07.12.25\nBlog") == []


def test_offsets_are_into_the_whole_text() -> None:
    text = "Intro. Russia joined in 1996."
    (d,) = find_dates(text, start=7, end=len(text))
    assert text[d.start : d.end] == "1996"


# --- dates anchored in the document: 10 September 2012 was a Monday ------------------------------

PUBLISHED = "2012-09-10"


def _resolved(text: str, published: str | None = PUBLISHED) -> tuple[str, str, str | None]:
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    assert found[0].note, "a date resolved from words that do not write it in full says how"
    return found[0].value, found[0].datatype, found[0].note


@pytest.mark.parametrize(
    ("text", "value", "datatype"),
    [
        ("The court ruled yesterday.", "2012-09-09", XSD.date),
        ("The panel reports today.", "2012-09-10", XSD.date),
        ("The vote was held on Monday.", "2012-09-10", XSD.date),
        ("He spoke on Thursday.", "2012-09-06", XSD.date),
        ("He spoke last Monday.", "2012-09-03", XSD.date),
        ("The committee will decide on Friday.", "2012-09-14", XSD.date),
        ("The law was signed ten days ago.", "2012-08-31", XSD.date),
        ("Last month, the court ruled.", "2012-08", XSD.gYearMonth),
        ("Earlier this month the envoy resigned.", "2012-09", XSD.gYearMonth),
        ("Three months ago the body met.", "2012-06", XSD.gYearMonth),
        ("In a statement last November, it said", "2011-11", XSD.gYearMonth),
        ("Earlier this year the state joined.", "2012", XSD.gYear),
        ("It ratified the treaty two years ago.", "2010", XSD.gYear),
        ("Last week the panel met.", "2012-09", XSD.gYearMonth),  # 3-9 September: one month
    ],
)
def test_relative_dates_are_counted_from_the_document_date(text: str, value: str, datatype: str) -> None:
    got, got_type, note = _resolved(text)
    assert (got, got_type) == (value, datatype)
    assert note is not None and note.startswith("relative:") and PUBLISHED in note


def test_a_week_across_two_months_stays_undated() -> None:
    # 27 August to 2 September 2012
    assert find_dates("Two weeks ago the panel met.", published=PUBLISHED) == []


def test_relative_dates_need_the_precision_they_count_in() -> None:
    assert find_dates("The court ruled yesterday.", published="2012-09") == []
    assert find_dates("The vote was held on Monday.", published="2012") == []
    assert _resolved("It ratified the treaty two years ago.", published="2012")[0] == "2010"


def test_yearless_date_is_the_most_recent_one_before_the_document() -> None:
    value, _, note = _resolved("Veloria ratified the charter on 17 March.")
    assert value == "2012-03-17"
    assert note is not None and "'17 March'" in note and PUBLISHED in note
    assert _resolved("Veloria ratified the charter on 3 October.")[0] == "2011-10-03"
    assert _resolved("The decree was signed in late August.")[0] == "2012-08"


def test_yearless_date_in_the_future_tense_is_the_next_one() -> None:
    assert _resolved("The committee will meet on 17 March.")[0] == "2013-03-17"
    assert _resolved("The report is due to be presented on 3 October.")[0] == "2012-10-03"


def test_a_year_stated_nearby_wins_over_the_document_date() -> None:
    text = "The law took effect in March 2009. It was first applied on 17 March."
    found = find_dates(text, start=text.index("It was"), published=PUBLISHED)
    assert [d.value for d in found] == ["2009-03-17"]
    assert found[0].note is not None and "March 2009" in found[0].note


def test_a_date_written_in_full_has_no_note() -> None:
    (d,) = find_dates("On 8 September 2025, the bill was filed.", published=PUBLISHED)
    assert d.note is None
    (iso,) = find_dates("Filed on 2025-09-08.")
    assert (iso.value, iso.note) == ("2025-09-08", None)


def test_weekday_and_month_of_a_full_date_are_one_date() -> None:
    assert [d.value for d in find_dates("On Monday, 10 September 2012, it signed", published=PUBLISHED)] == [
        "2012-09-10"
    ]


def test_a_sentence_full_stop_is_not_part_of_the_date() -> None:
    (d,) = find_dates("It ratified on 17 March.", published=PUBLISHED)
    assert d.text == "17 March"
    (abbreviated,) = find_dates("It ratified on Sept. 17, 2012.")
    assert abbreviated.text == "Sept. 17, 2012"


def test_numeric_date_is_read_only_when_the_text_rules_one_order_out() -> None:
    text = "On 29 September 2025 the law was signed. The monitors will report in 2026."
    value, note = read_numeric_date("07.12.25", text)
    assert value == "2025-12-07"
    assert "day.month.year" in note and "29 September 2025" in note
    value, note = read_numeric_date("07.12.25", "The monitors met.")
    assert value is None and "7 December 2025" in note and "12 July 2025" in note
    assert read_numeric_date("29.09.25", "")[0] == "2025-09-29"  # no month 29
    assert read_numeric_date("31.02.25", "")[0] is None


def test_an_ordinal_day_of_the_month_is_a_full_date() -> None:
    assert _one("on the 22nd of November 1969")[:2] == ("1969-11-22", XSD.date)


def test_mid_and_early_years_are_years() -> None:
    assert _one("in mid-2005")[:2] == ("2005", XSD.gYear)
    assert _one("in early 1990")[:2] == ("1990", XSD.gYear)


def test_a_yearless_date_takes_the_year_its_paragraph_wrote_with_a_month() -> None:
    text = "Chile signed on 4 May 2009. It ratified on 12 October, after a long debate."
    values = [d.value for d in find_dates(text, text.index("It "), published="2020-01-01")]
    assert values == ["2009-10-12"]


def test_a_yearless_date_after_the_story_moved_on_to_another_year_is_not_guessed() -> None:
    text = (
        "Chile signed on 4 May 2009. A first bill failed in 2014. This time the government "
        "sent it to the senate on 18 June."
    )
    values = [d.value for d in find_dates(text, text.index("This time"), published="2022-06-20")]
    assert values == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full date in a clause of its own lends the year-less one no year
        ("Myanmar deposited it on 6 October, which it had signed on 16 July 2015.", "2017-10-06"),
        ("Chad ratified it on 2 March, after it had signed it on 9 May 2012.", "2017-03-02"),
        # dates coordinated in one clause share the year written last
        ("It signed on 6 October and ratified on 16 July 2015.", "2015-10-06"),
    ],
)
def test_a_year_less_date_takes_a_year_only_from_its_own_clause(text: str, expected: str) -> None:
    assert find_dates(text, 0, None, "2017-10-10")[0].value == expected


@pytest.mark.parametrize(
    ("text", "value", "datatype"),
    [
        (
            "Georgia signed it on 20 May 1998 and ratified it on 3 March the following year.",
            "1999-03-03",
            XSD.date,
        ),
        ("It ratified on 20 May 1999, weeks after joining on 27 April of that year.", "1999-04-27", XSD.date),
        (
            "Chile joined in 1990. In October of the same year it signed the protocol.",
            "1990-10",
            XSD.gYearMonth,
        ),
        ("Chile joined in 1990 and ratified the protocol the next year.", "1991", XSD.gYear),
        ("Chile joined in 1990 and ratified the protocol later that year.", "1990", XSD.gYear),
        ("Chile joined in 1990 and ratified the protocol the previous year.", "1989", XSD.gYear),
        ("Chile signed in 1990 and ratified it a year later.", "1991", XSD.gYear),
    ],
)
def test_a_date_counted_from_the_year_the_story_named(text: str, value: str, datatype: str) -> None:
    last = find_dates(text, published="2024-05-02")[-1]
    assert (last.value, last.datatype) == (value, datatype)
    assert last.note is not None


@pytest.mark.parametrize(
    "text",
    [
        "In February of the following year the protocol entered into force.",
        "The committee will meet again the next year.",
        "On 3 March the following year the law was signed.",
    ],
)
def test_a_date_counted_from_no_year_is_never_the_document_s(text: str) -> None:
    assert find_dates(text, published="2024-05-02") == []
