from __future__ import annotations

from loaders.dates import find_dates
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
