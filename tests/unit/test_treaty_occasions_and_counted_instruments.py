"""A treaty's own occasions told in passing ("the charter, signed in Lima in 1991", "its opening
for signature", "brought the treaty into force"), instruments that count the treaties they
list, a departure's effect dated before it, and the words that make an act only proposed or
ordered."""

from __future__ import annotations

import pytest
from readings import memberships_of, posts_of, treaty_actions

from loaders.datelines import read_header
from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The American Convention on Human Rights, signed in San José in November 1969, entered "
            "into force on 18 July 1978.",
            {
                ("OpeningForSignature", "-", "treaty/achr", "1969-11", "-"),
                ("EntryIntoForce", "-", "treaty/achr", "1978-07-18", "-"),
            },
        ),
        (
            "It began when the European Convention on Human Rights, which was signed at Rome on "
            "4 November 1950, was drafted.",
            {("OpeningForSignature", "-", "treaty/ets-005", "1950-11-04", "-")},
        ),
        (
            "Ghana ratified the Maputo Protocol in 2007, within four years of its opening for signature "
            "in Maputo on 11 July 2003.",
            {
                ("Ratification", "state/gha", "treaty/maputo-protocol", "2007", "-"),
                ("OpeningForSignature", "-", "treaty/maputo-protocol", "2003-07-11", "-"),
            },
        ),
        (
            "The opening for signature of the Aarhus Convention on 25 June 1998 drew many states.",
            {("OpeningForSignature", "-", "treaty/aarhus-convention", "1998-06-25", "-")},
        ),
        (
            "Delegates welcomed the entry into force of the Aarhus Convention on 30 October 2001.",
            {("EntryIntoForce", "-", "treaty/aarhus-convention", "2001-10-30", "-")},
        ),
        (
            "Mali acceded to the Convention against Torture in February 1999, and its accession "
            "brought the treaty into force for it in March 1999.",
            # "for it": the state's own, which the words do not name, never the treaty's
            {("Accession", "state/mli", "treaty/un-cat", "1999-02", "-")},
        ),
        (
            "Chile's ratification brought the Istanbul Convention into force for Chile on 1 May 2019.",
            {("EntryIntoForce", "state/chl", "treaty/cets-210", "2019-05-01", "-")},
        ),
        (
            "The twentieth ratification brought the Convention on the Rights of Persons with "
            "Disabilities into force on 3 May 2008.",
            {("EntryIntoForce", "-", "treaty/crpd", "2008-05-03", "-")},
        ),
    ],
)
def test_a_treatys_own_occasions_told_in_passing(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert treaty_actions(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a state's own signature, by a relative clause or an agent
        "Kenya values the Convention against Torture, which it signed in Nairobi in 1999.",
        "The Rome Statute, signed by Peru in Rome in 1998, has many parties.",
        # a month after "in" is a date, not a place
        "The Treaty of Asuncion, which the four states signed in March 1991, created the bloc.",
        # a treaty that might come into force
        "Campaigners hope a new law would bring the Istanbul Convention into force.",
    ],
)
def test_no_occasion_of_the_treaty_where_a_state_or_a_hope_acts(registry: Registry, text: str) -> None:
    assert not {
        a for a in treaty_actions(registry, text) if a[0] in ("OpeningForSignature", "EntryIntoForce")
    }


def test_instruments_that_count_their_treaties_name_each_and_no_other(registry: Registry) -> None:
    text = (
        "Chile withdrew from the Rome Statute in a speech.\n\n"
        "On 4 May 2021 Norway deposited its instruments of ratification of two United Nations human "
        "rights treaties, the Convention against Torture and the International Convention on the "
        "Elimination of All Forms of Racial Discrimination."
    )
    ratifications = {a for a in treaty_actions(registry, text) if a[0] == "Ratification"}
    assert ratifications == {
        ("Ratification", "state/nor", "treaty/un-cat", "2021-05-04", "-"),
        ("Ratification", "state/nor", "treaty/icerd", "2021-05-04", "-"),
    }


def test_counted_treaties_left_unnamed_give_no_act(registry: Registry) -> None:
    text = (
        "Chile ratified the Rome Statute in 2009. Later, Chile deposited its instruments of "
        "accession to three other treaties on one day."
    )
    assert {a[0] for a in treaty_actions(registry, text)} == {"Ratification"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "On 27 October 2017, Burundi's withdrawal from the Rome Statute took effect.",
            "2017-10-28",
            ("Denunciation", "state/bdi", "treaty/rome-statute", "-", "2017-10-27"),
        ),
        (
            "Twenty years ago this month, Jamaica's denunciation of the Optional Protocol to the "
            "International Covenant on Civil and Political Rights took effect.",
            "2018-01-15",
            ("Denunciation", "state/jam", "treaty/iccpr-op1", "-", "1998-01"),
        ),
        (
            # the notice is dated, its effect is not: the fronted date stays the notice's
            "On 17 March 2018 the Philippines notified its withdrawal from the Rome Statute, which took "
            "effect later.",
            "2018-03-20",
            ("Denunciation", "state/phl", "treaty/rome-statute", "2018-03-17", "-"),
        ),
    ],
)
def test_a_date_opening_the_sentence_dates_the_departure_that_took_effect(
    registry: Registry, text: str, published: str, expected: tuple[str, ...]
) -> None:
    found = {a for a in treaty_actions(registry, text, published) if a[0] == "Denunciation"}
    assert {a[:3] + a[4:] for a in found} == {expected[:3] + expected[4:]}
    assert {a[3] for a in found} == {expected[3]} if expected[3] != "-" else all(a[3] == "-" for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan had first proposed joining the Second Optional Protocol to the International Covenant "
        "on Civil and Political Rights in December 2019.",
        "The president ordered Peru's withdrawal from the American Convention on Human Rights in July 2012.",
    ],
)
def test_a_proposal_or_an_order_is_not_the_act(registry: Registry, text: str) -> None:
    assert not {a for a in treaty_actions(registry, text) if a[3] != "-"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru is a member of the OAS, the Andean Community and the United Nations.",
            {("state/per", "org/oas"), ("state/per", "org/andean-community"), ("state/per", "org/un")},
        ),
        (
            "Bolivia remains a member of the OAS, and the Inter-American Commission on Human Rights "
            "continues to monitor the country.",
            {("state/bol", "org/oas")},
        ),
    ],
)
def test_organisations_listed_after_member_of_end_at_a_new_clause(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert memberships_of(registry, text) == expected


def test_a_dateline_with_a_month_gives_its_place_and_no_date() -> None:
    header = read_header("Explainer: Peru and the Court\n\nLima, September 2013\n\nPeru left the court.\n")
    assert (header.title, header.place, header.date) == ("Explainer: Peru and the Court", "Lima", None)
    assert header.date_note == "the dateline 'Lima, September 2013' gives no day, so no date is recorded"


def test_a_place_before_based_is_no_body_and_names_stay_on_their_line(registry: Registry) -> None:
    text = (
        "Explainer: Peru and the Inter-American Court of Human Rights\n"
        "Lima\n\n"
        '"It is a step back," said Rosa Quispe, director of the Lima-based group Observatorio Legal.'
    )
    assert not {p for p in posts_of(registry, text) if p[0] == "person/rosa-quispe"}
