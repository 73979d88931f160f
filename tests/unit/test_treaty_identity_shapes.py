"""Which registry treaty a mention names when the text does not give its full title: a year and
a head noun ("the 1961 Charter"), an ordinal optional protocol ("the First Optional Protocol")
with its treaty left to the sentence or the text, a protocol named by what it is about ("the
Additional Protocol concerning ..."), and a title cut short at a lower-case word. Each names one
treaty only where exactly one fits; otherwise no treaty is named rather than a wrong or an
invented one. Read through ``loaders.extract``."""

from __future__ import annotations

import pytest
from readings import standings, treaty_actions

from loaders.registry import Registry


def _treaties(registry: Registry, text: str) -> set[str]:
    """The treaties of the treaty actions the text states."""
    return {action[2] for action in treaty_actions(registry, text)}


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        ("Norway ratified the 1961 Charter on 26 October 1962.", "treaty/ets-035"),
        ("Greece signed the 1952 Protocol in Paris on 20 March 1952.", "treaty/ets-009"),
        ("Albania ratified the 1950 Convention on 2 October 1996, a year after joining.", "treaty/ets-005"),
        ("Peru ratified the 1984 Convention on 7 July 1988.", "treaty/un-cat"),
        # two conventions date from 1951, but the registry knows this one by that name
        ("Estonia acceded to the 1951 Convention on 10 April 1997.", "treaty/refugee-convention"),
        ("The government said Malta ratified the 1987 Convention on 7 March 1988.", "treaty/cets-126"),
    ],
)
def test_a_year_and_head_noun_name_the_one_treaty_of_that_year(
    registry: Registry, text: str, treaty: str
) -> None:
    assert _treaties(registry, text) == {treaty}


@pytest.mark.parametrize(
    "text",
    [
        # two covenants were adopted in 1966, two Geneva protocols in 1977: the year settles nothing
        "Peru ratified the 1966 Covenant on 28 April 1978.",
        "Chile ratified the 1977 Protocol on 24 April 1991.",
        # no charter of the registry dates from 1930
        "Norway ratified the 1930 Charter on 26 October 1962.",
    ],
)
def test_a_year_fitting_several_treaties_or_none_names_none(registry: Registry, text: str) -> None:
    assert _treaties(registry, text) == set()


def test_a_year_before_a_full_title_is_still_the_title(registry: Registry) -> None:
    text = "Chile ratified the 1984 Convention against Torture on 30 September 1988."
    assert _treaties(registry, text) == {"treaty/un-cat"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before the Human Rights Committee in Geneva, Nepal said it has not accepted the Second "
            "Optional Protocol.",
            {("state/npl", "notPartyTo", "treaty/iccpr-op2")},
        ),
        (
            "The International Covenant on Civil and Political Rights binds Mongolia. The Covenant "
            "is often cited in Ulaanbaatar.\n\nMongolia also ratified the Convention against Torture "
            "in 2002.\n\nMongolia has not ratified the First Optional Protocol.",
            {("state/mng", "notPartyTo", "treaty/iccpr-op1")},
        ),
        (
            # "the Covenant" last stood for the other covenant, which has no first optional protocol
            "Chad ratified the International Covenant on Civil and Political Rights and the "
            "International Covenant on Economic, Social and Cultural Rights in 1995. Chad is not a "
            "party to the First Optional Protocol to the Covenant.",
            {("state/tcd", "notPartyTo", "treaty/iccpr-op1")},
        ),
    ],
)
def test_an_ordinal_optional_protocol_belongs_to_the_treaty_the_text_is_about(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= standings(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # the only treaty named has no "second" optional protocol, and the text is about no other
        "Peru ratified the Convention against Torture. Peru has not accepted the Second Optional Protocol.",
        # the one covenant named has no second optional protocol
        "Peru ratified the International Covenant on Economic, Social and Cultural Rights. Peru is "
        "not a party to the Second Optional Protocol to the Covenant.",
        # nothing says which treaty's protocol is meant
        "Tonga has not accepted the First Optional Protocol, officials said.",
    ],
)
def test_an_ordinal_optional_protocol_of_no_known_treaty_names_none(registry: Registry, text: str) -> None:
    facts = standings(registry, text)
    assert not any("optional" in treaty for _, _, treaty in facts)
    assert all(treaty in {"treaty/un-cat", "treaty/icescr"} for _, _, treaty in facts)


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        (
            "Mexico signed the Additional Protocol concerning the criminalisation of acts of a racist "
            "and xenophobic nature on 3 April 2005.",
            "treaty/ets-189",
        ),
        (
            "Canada ratified the Optional Protocol on the involvement of children in armed conflict "
            "on 7 July 2000.",
            "treaty/crc-opac",
        ),
    ],
)
def test_a_protocol_named_by_its_subject_is_the_protocol_on_that_subject(
    registry: Registry, text: str, treaty: str
) -> None:
    assert _treaties(registry, text) == {treaty}


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        (
            "Spain became the fifth state to ratify the Council of Europe Convention on the "
            "counterfeiting of medical products, on 5 August 2015.",
            "treaty/cets-211",
        ),
        (
            "Italy signed the Convention on the Counterfeiting of Medical Products on 28 October 2011.",
            "treaty/cets-211",
        ),
    ],
)
def test_a_title_cut_short_is_the_one_treaty_whose_title_it_begins(
    registry: Registry, text: str, treaty: str
) -> None:
    assert _treaties(registry, text) == {treaty}


@pytest.mark.parametrize(
    "text",
    [
        # "on the Elimination" begins two titles; "on preventing" says too little
        "Fiji signed the Convention on the Elimination on 10 August 2010.",
        "Italy signed the Council of Europe Convention on preventing fraud in sport on 27 September 2013.",
    ],
)
def test_a_cut_title_fitting_several_treaties_names_no_registry_treaty(registry: Registry, text: str) -> None:
    treaties = _treaties(registry, text)
    assert not treaties & {"treaty/cedaw", "treaty/cerd", "treaty/cets-210"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Revised European Social Charter came later. The revised treaty updates the "
            "European Social Charter of 1961. Portugal ratified the original Charter on 30 September "
            "1991 and signed the revised text on 3 May 1996.",
            {("Ratification", "treaty/ets-035"), ("Signature", "treaty/ets-163")},
        ),
        (
            "Norway ratified the European Social Charter in 1962. Norway ratified the revised "
            "European Social Charter on 7 May 2001, and its parliament kept the original text in force.",
            {("Ratification", "treaty/ets-035"), ("Ratification", "treaty/ets-163")},
        ),
    ],
)
def test_the_original_and_the_revised_text_are_a_treaty_and_its_revision(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(a[0], a[2]) for a in treaty_actions(registry, text)} == expected


def test_without_a_revision_named_the_original_text_names_nothing(registry: Registry) -> None:
    text = "Ireland ratified the European Social Charter in 1964. Malta signed the original Charter in 1988."
    assert {(a[1], a[2]) for a in treaty_actions(registry, text)} == {("state/irl", "treaty/ets-035")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany remains bound by the European Social Charter in its relations with states that "
            "have not ratified the revised text of 1996, the Revised European Social Charter.",
            {("state/deu", "partyTo", "treaty/ets-035")},
        ),
        (
            "France and Turkey are among the member states that have neither signed nor ratified the "
            "Rome Statute.",
            {
                ("state/fra", "notPartyTo", "treaty/rome-statute"),
                ("state/tur", "notPartyTo", "treaty/rome-statute"),
            },
        ),
        (
            "Brazil, unlike countries which have not ratified the Rome Statute, cooperates with the court.",
            set(),
        ),
        (
            "Turkey, which has not ratified the Rome Statute, refused to act.",
            {("state/tur", "notPartyTo", "treaty/rome-statute")},
        ),
    ],
)
def test_a_relative_clause_on_other_states_is_not_the_state_sstandings(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert standings(registry, text) == expected
