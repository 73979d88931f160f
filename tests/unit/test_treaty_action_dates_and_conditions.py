"""Treaty actions whose date is written relative to another (an anniversary "to the day", a month
with no year in a story told in order) and a treaty's own events that a sentence names only as a
condition ("a year after the Covenant enters into force for it"), which are no events."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The court's jurisdiction over aggression became active on 17 July 2018, twenty years to the "
            "day after the Rome Statute was adopted.",
            "2018-07-20",
            ("Adoption", "-", "treaty/rome-statute", "1998-07-17", "-"),
        ),
        (
            "Campaigners marked the date on 9 December 2018, seventy years to the day since the Genocide "
            "Convention was adopted by the General Assembly.",
            "2018-12-10",
            ("Adoption", "-", "treaty/genocide-convention", "1948-12-09", "-"),
        ),
        (
            "The country became independent on 9 July 2011 and joined the African Union in August 2011. "
            "It acceded to the Convention on the Rights of the Child in January and has since "
            "reported to its committee.",
            "2015-04-30",
            ("Accession", "state/ssd", "treaty/crc", "2015-01", "-"),
        ),
    ],
)
def test_relative_dates(registry: Registry, text: str, published: str, expected: tuple[str, ...]) -> None:
    text = text.replace("The country", "South Sudan", 1)
    assert expected in treaty_actions(registry, text, published)


@pytest.mark.parametrize(
    "text",
    [
        # a condition, not an event: no entry into force, dated or not
        "Qatar acceded to the International Covenant on Civil and Political Rights on 21 May 2018. "
        "The Human Rights Committee will receive Qatar's first report a year after the Covenant "
        "enters into force for it.",
        "Observers say the Protocol will matter only once it comes into force for the region.",
        # an aside with no date
        "Since the Rome Statute was adopted, more than 120 states have joined the court.",
    ],
)
def test_undated_treaty_event_is_no_fact(registry: Registry, text: str) -> None:
    acts = treaty_actions(registry, text)
    assert not [a for a in acts if a[0] in ("EntryIntoForce", "Adoption") and a[3] == "-"]


def test_month_before_the_paragraphs_own_keeps_its_year_when_told_back(registry: Registry) -> None:
    """ "Earlier that year" takes the story back: the paragraph's year stands."""
    text = (
        "Chile signed the Escazu Agreement on 27 September 2018. Earlier that year, in March, Chile "
        "had ratified the Convention on the Rights of Persons with Disabilities."
    )
    acts = treaty_actions(registry, text, "2020-01-10")
    assert not [a for a in acts if a[3] == "2019-03"]
    assert ("Signature", "state/chl", "treaty/escazu-agreement", "2018-09-27", "-") in acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Framework Convention for the Protection of National Minorities is 25 years old. It was "
            "adopted by the Committee of Ministers on 10 November 1994 and opened for signature on "
            "1 February 1995.",
            ("OpeningForSignature", "-", "treaty/ets-157", "1995-02-01", "-"),
        ),
        (
            "The Convention on the Rights of Persons with Disabilities, which the General Assembly adopted "
            "on 13 December 2006, was opened for signature on 30 March 2007 and entered into force on "
            "3 May 2008.",
            ("EntryIntoForce", "-", "treaty/crpd", "2008-05-03", "-"),
        ),
    ],
)
def test_coordinated_events_share_their_treaty(
    registry: Registry, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in treaty_actions(registry, text)


def test_coordinated_event_with_its_own_treaty(registry: Registry) -> None:
    """A second treaty named before the second verb is that verb's own subject."""
    text = (
        "The Convention on the Rights of the Child was adopted on 20 November 1989 and its Optional "
        "Protocol on a communications procedure entered into force on 14 April 2014."
    )
    acts = treaty_actions(registry, text)
    assert not [a for a in acts if a[0] == "EntryIntoForce" and a[2] == "treaty/crc"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey was the first state to sign the Istanbul Convention, when it was opened for signature "
            "on 11 May 2011.",
            ("OpeningForSignature", "-", "treaty/cets-210", "2011-05-11", "-"),
        ),
        (
            "Ghana hosted the last round of talks on the Maputo Protocol before it was adopted on "
            "11 July 2003.",
            ("Adoption", "-", "treaty/maputo-protocol", "2003-07-11", "-"),
        ),
    ],
)
def test_it_opening_a_subordinate_clause(registry: Registry, text: str, expected: tuple[str, ...]) -> None:
    assert expected in treaty_actions(registry, text)


def test_it_in_a_subordinate_clause_with_no_treaty_before(registry: Registry) -> None:
    text = "The Senate met in Lima. Observers say the debate changed when it was adopted on 3 May 2010."
    assert not [a for a in treaty_actions(registry, text) if a[0] == "Adoption"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opened for signature on 11 May 2011, the Istanbul Convention now has 39 parties.",
            ("OpeningForSignature", "-", "treaty/cets-210", "2011-05-11", "-"),
        ),
        (
            "Adopted by the General Assembly on 13 December 2006, the Convention on the Rights of Persons "
            "with Disabilities was the first human rights treaty of the century.",
            ("Adoption", "-", "treaty/crpd", "2006-12-13", "-"),
        ),
    ],
)
def test_fronted_participle(registry: Registry, text: str, expected: tuple[str, ...]) -> None:
    assert expected in treaty_actions(registry, text)


def test_fronted_participle_of_something_else(registry: Registry) -> None:
    """The main clause opening with no treaty: the participle is about what it opens with."""
    text = (
        "Adopted in 2006, Peru's disability law was amended after the Convention on the Rights of "
        "Persons with Disabilities entered into force on 3 May 2008."
    )
    assert not [a for a in treaty_actions(registry, text) if a[0] == "Adoption"]


_TIMELINE = (
    "The Convention against Torture and the United States: a timeline\n\n"
    "The Convention against Torture is the main treaty on torture. The Convention against Torture "
    "has 174 parties.\n\n"
    "1984 – adopted on 10 December by the General Assembly.\n\n"
    "1987 – entered into force on 26 June, thirty days after the twentieth ratification.\n"
)


def test_timeline_line_opening_with_the_event(registry: Registry) -> None:
    acts = treaty_actions(registry, _TIMELINE)
    assert ("Adoption", "-", "treaty/un-cat", "1984-12-10", "-") in acts
    assert ("EntryIntoForce", "-", "treaty/un-cat", "1987-06-26", "-") in acts


def test_timeline_of_two_treaties_names_no_topic(registry: Registry) -> None:
    text = (
        "The Convention against Torture and the Convention on the Rights of the Child: a timeline\n\n"
        "1987 – entered into force on 26 June.\n"
    )
    assert not [a for a in treaty_actions(registry, text) if a[0] == "EntryIntoForce"]


_TRANSCRIPT = (
    "Transcript of an interview about the Convention against Torture.\n\n"
    "Presenter: How did it come about?\n\n"
    "Maria Lopez: It was adopted in New York on 10 December 1984, after years of work.\n"
)


def test_it_opening_an_answer_in_a_transcript(registry: Registry) -> None:
    assert ("Adoption", "-", "treaty/un-cat", "1984-12-10", "-") in treaty_actions(registry, _TRANSCRIPT)


def test_it_opening_an_answer_about_two_treaties(registry: Registry) -> None:
    text = _TRANSCRIPT.replace("Torture.", "Torture and the Convention on the Rights of the Child.", 1)
    assert not [a for a in treaty_actions(registry, text) if a[0] == "Adoption"]


def test_a_courts_statute_and_a_past_clause_of_time(registry: Registry) -> None:
    """ "Its statute" is the treaty establishing the court, and "before it entered into force"
    states a fact even under "cannot"."""
    text = (
        "Bangladesh has ratified the Rome Statute. The International Criminal Court cannot try crimes "
        "committed before its statute entered into force on 1 July 2002."
    )
    assert ("EntryIntoForce", "-", "treaty/rome-statute", "2002-07-01", "-") in treaty_actions(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # the establishing treaty is not named in the text: it is not what the text is about
        "The International Criminal Court sits in The Hague. Its statute entered into force on 1 July 2002.",
        # a forecast, not an event
        "Chile could ratify the Escazu Agreement when it enters into force next year.",
    ],
)
def test_no_statute_or_forecast(registry: Registry, text: str) -> None:
    assert not [a for a in treaty_actions(registry, text) if a[0] == "EntryIntoForce"]
