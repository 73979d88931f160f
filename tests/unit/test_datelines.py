"""Reading a document's own header: headline, dateline, labelled or bare date line, byline."""

from __future__ import annotations

import pytest

from loaders.datelines import Header, dateline_end, read_header


def test_wire_dateline_gives_date_place_and_agency() -> None:
    header = read_header(
        "Veloria quits rights charter\n\n"
        "PORT SALVO, 10 September 2012 (Reuters) – Veloria said on Monday it would leave.\n"
    )
    assert header.title == "Veloria quits rights charter"
    assert (header.date, header.place, header.publisher) == ("2012-09-10", "Port Salvo", "Reuters")
    assert header.date_note == "from the dateline 'PORT SALVO, 10 September 2012 (Reuters) –'"
    assert any(note.startswith("place:") and "PORT SALVO" in note for note in header.notes)


@pytest.mark.parametrize(
    ("text", "date", "place", "publisher"),
    [
        ("GENEVA (AP) — The committee met.", None, "Geneva", "AP"),
        ("GENEVA (1 July 2021) – The committee met.", "2021-07-01", "Geneva", None),
        ("NEW YORK, Sept. 10, 2012 (AFP) - The envoy spoke.", "2012-09-10", "New York", "AFP"),
        ("SAN JOSE, Costa Rica, March 3, 2021 (AP) — The court ruled.", "2021-03-03", "San Jose", "AP"),
        ("ST. PETERSBURG, 2 May 2019 – The forum opened.", "2019-05-02", "St. Petersburg", None),
        (
            "PRESS RELEASE\nGeneva, 1 July 2021\nCommittee welcomes accession\nThe committee met.",
            "2021-07-01",
            "Geneva",
            None,
        ),
    ],
)
def test_dateline_shapes(text: str, date: str | None, place: str, publisher: str | None) -> None:
    header = read_header(text)
    assert (header.date, header.place, header.publisher) == (date, place, publisher)


def test_dateline_without_a_year_gives_no_date_and_says_so() -> None:
    header = read_header("Headline here\nCARACAS, Sept. 10 (Reuters) - The minister spoke.")
    assert header.date is None and header.place == "Caracas"
    assert header.date_note is not None and "no year" in header.date_note


@pytest.mark.parametrize(
    ("text", "date", "author"),
    [
        (
            "Treaty body visits prisons\nPosted 10 September 2013 by Jane Doe\nThe body met.",
            "2013-09-10",
            "Jane Doe",
        ),
        ("Body urges action\nPublished: 3 March 2021\nBy JANE DOE\n\nThe text.", "2021-03-03", "Jane Doe"),
        ("PRESS RELEASE – 1 July 2021\nCommittee welcomes accession\nThe committee met.", "2021-07-01", None),
        (
            "Court rules on detention\nMonday, 1 March 2021\nBy Ana de la Cruz\nThe court ruled.",
            "2021-03-01",
            "Ana de la Cruz",
        ),
        # a name with a lower-case particle of any language the lexicon knows, or opening on one
        # written with a capital
        (
            "Opinion\n\nBy Petrus ya Shikongo, 30 October 2016\n\nThe court ruled.",
            "2016-10-30",
            "Petrus ya Shikongo",
        ),
        (
            "Opinion\n\nBy Abu Bakar Jalloh, 30 October 2016\n\nThe court ruled.",
            "2016-10-30",
            "Abu Bakar Jalloh",
        ),
        ("Court rules on detention\nJuly 1, 2021\nThe court ruled.", "2021-07-01", None),
        ("Court rules on detention\nUpdated 4 March 2021\nThe court ruled.", None, None),
    ],
)
def test_labelled_and_bare_date_lines_and_bylines(text: str, date: str | None, author: str | None) -> None:
    header = read_header(text)
    assert (header.date, header.author) == (date, author)
    assert header.title is not None and header.title[0].isupper()
    assert "Updated" not in header.title and "Posted" not in header.title


def test_numeric_date_line_is_reasoned_about_or_left_unread() -> None:
    past = "Body quits pact\nDate: 07.12.25\nOn 29 September 2025 the law was signed."
    header = read_header(past)
    assert header.date == "2025-12-07"
    assert (
        header.date_note is not None
        and "07.12.25" in header.date_note
        and "29 September 2025" in header.date_note
    )
    unclear = read_header("Body quits pact\nDate: 07.12.25\nThe law was signed.")
    assert unclear.date is None
    assert unclear.date_note is not None and "does not say which" in unclear.date_note


def test_section_labels_before_the_headline_are_passed_over() -> None:
    header = read_header(
        "World News\n\nVeloria Leaves Rights Charter After Long Debate\n\nThe text begins here."
    )
    assert header.title == "Veloria Leaves Rights Charter After Long Debate"


def test_a_text_with_no_header_states_nothing() -> None:
    header = read_header(
        "On 8 September 2025, the minister submitted a bill to parliament to denounce the charter. "
        "The vote is due in October."
    )
    assert header == Header()


def test_body_sentences_are_not_datelines() -> None:
    for line in [
        "Geneva, the city of treaties, hosts the talks.",
        "UPDATE – the vote was delayed.",
        "On 8 September 2025, the bill was filed.",
        "The Committee (CPT) – which visits prisons – met.",
    ]:
        assert dateline_end(line) is None, line
    assert dateline_end("GENEVA (AP) — The committee met.") == len("GENEVA (AP) — ")


def test_the_line_under_a_release_label_names_its_issuer() -> None:
    header = read_header(
        "JOINT COMMUNIQUÉ\nSouthern Detention Monitors, Port Salvo\nPORT SALVO, 2 May 2019\n\n"
        "Veloria leaves the charter\n\nThe monitors regret the decision."
    )
    assert (header.publisher, header.title, header.date) == (
        "Southern Detention Monitors",
        "Veloria leaves the charter",
        "2019-05-02",
    )
    assert header.place == "Port Salvo"


def test_small_words_in_an_upper_case_place_stay_lower_case() -> None:
    assert read_header("PORT OF SPAIN, 27 May 1998 (Wire) - The government said.").place == "Port of Spain"


@pytest.mark.parametrize(
    ("text", "date", "place", "publisher"),
    [
        (
            "Chile joins protocol\nBy Ana Ruiz | 12 March 2019\n\nChile ratified it.\n",
            "2019-03-12",
            None,
            None,
        ),
        (
            "Chile joins protocol\nBy Ana Ruiz, March 12, 2019\n\nChile ratified it.\n",
            "2019-03-12",
            None,
            None,
        ),
        (
            "Chile joins protocol\n\nSANTIAGO, Chile, 12 March 2019 /PRNewswire/ -- Chile ratified it.\n",
            "2019-03-12",
            "Santiago",
            "PRNewswire",
        ),
        ("Monday 12 March 2019\n\nChile joins protocol\n\nChile ratified it.\n", "2019-03-12", None, None),
    ],
)
def test_dates_in_bylines_release_wires_and_day_lines(
    text: str, date: str, place: str | None, publisher: str | None
) -> None:
    header = read_header(text)
    assert (header.date, header.place, header.publisher) == (date, place, publisher)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Justice Hour, Radio Coast, broadcast 3 May 2019\n\nPresenter: Welcome.\n", "2019-05-03"),
        ("Court of Appeal\nPress release, Geneva, 14 February 2020\n\nThe court ruled.\n", "2020-02-14"),
        ("NATIONAL ASSEMBLY\nBulletin No. 4, 9 October 2015\n\nThe assembly voted.\n", "2015-10-09"),
        ("Headquarters, Nairobi, 1 July 2010\n\nThe following is a transcript.\n", "2010-07-01"),
        (
            "Transcript: press briefing, Geneva, 10 October 2017 (excerpt)\n\nSpokesperson: Hello.\n",
            "2017-10-10",
        ),
    ],
)
def test_a_masthead_line_closing_with_a_date_dates_the_document(text: str, date: str) -> None:
    assert read_header(text).date == date


def test_a_sentence_ending_with_a_date_is_not_a_masthead() -> None:
    text = "Chile ratified the protocol, Santiago announced, 3 May 2019.\n\nMore follows.\n"
    assert read_header(text).date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kenya joins bloc\nNAIROBI | Monday, 3 March 2014 | 09:10 EAT\n\nKenya joined.\n", "2014-03-03"),
        ("Summit ends\nBy Ana Ruiz\nLIMA | 12 June 2019\n\nLeaders met.\n", "2019-06-12"),
        ("FACT FILE | The Andean Community\n\nKEY DATA\nFounded ..... 1969\n", None),
        ("World | Politics | 2 comments\n\nLeaders met on 3 May 2019.\n", None),
    ],
)
def test_a_header_line_set_out_with_bars_is_dated_by_its_date_field(text: str, date: str | None) -> None:
    assert read_header(text).date == date


@pytest.mark.parametrize(
    "text",
    [
        "FACT SHEET: The regional union\n\nThe union has 55 member states.",
        "TIMELINE: Veloria and the convention\n\nVeloria signed it in 2011.",
        "PROFILE: The new chair of the committee\n\nShe was elected on Monday.",
    ],
)
def test_a_kicker_in_capitals_is_no_dateline_place(text: str) -> None:
    header = read_header(text)
    assert header.place is None
    assert header.title == text.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Bulletin\n\nWeek ending 6 December 1985\n\nThe House met.", None),
        ("Veloria and the ILO\n\nLabour Rights Research Centre, 10 June 2019\n\nVeloria left.", "2019-06-10"),
    ],
)
def test_a_body_s_name_or_a_week_is_no_dateline_place(text: str, date: str | None) -> None:
    header = read_header(text)
    assert header.place is None
    assert header.date == date
