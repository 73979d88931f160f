"""A year-less date after a weekday ("Last Friday, 6 October") takes no year from a full date
elsewhere in its sentence when that year puts the day on another weekday; the document's date
decides where the weekday agrees with it, and otherwise the date is left unresolved."""

from __future__ import annotations

from loaders.dates import find_dates


def _values(text: str, published: str | None) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, 0, len(text), published)}


def test_the_weekday_overrules_a_year_from_a_later_clause() -> None:
    text = (
        "Last Friday, 6 October, Myanmar deposited its instrument of ratification of the Covenant, "
        "which it had signed on 16 July 2015."
    )
    assert _values(text, "2017-10-10")["6 October"] == "2017-10-06"


def test_without_a_document_date_a_disagreeing_weekday_leaves_no_date() -> None:
    text = "On Friday, 6 October, Myanmar deposited the instrument it had signed on 16 July 2015."
    assert "6 October" not in _values(text, None)


def test_a_weekday_that_agrees_keeps_the_sentence_s_year() -> None:
    text = "On Thursday, 16 July, the minister signed the treaty; the law of 2 March 2015 allowed it."
    assert _values(text, "2017-10-10")["16 July"] == "2015-07-16"
