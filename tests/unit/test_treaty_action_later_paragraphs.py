"""Treaty actions told in a later paragraph with a date of its own ("Update, 3 May:", "Note
added on 1 February:"), in a clause coordinated after another act, by an instrument handed over
in the passive, and a treaty entering into force "for it" or after a phrase put first. Each shape
has its false-fact counterpart."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Armenia's parliament voted on 3 March 2023 for the Rome Statute.\n\n"
            "Note added on 12 April 2023: The instrument of ratification was deposited in New York "
            "yesterday.",
            "2023-03-04",
            ("Ratification", "state/arm", "treaty/rome-statute", "2023-04-11", "-"),
        ),
        (
            "Senators debated the Istanbul Convention for a week.\n\n"
            "Editor's note, 9 June 2017: Georgia's instrument of ratification was handed to the "
            "Secretary General of the Council of Europe this morning.",
            "2017-05-20",
            ("Ratification", "state/geo", "treaty/cets-210", "2017-06-09", "-"),
        ),
        (
            "The Maputo Protocol has been debated in Kampala for years.\n\n"
            "Update, 22 July 2010: The president signed the enabling act last week, and this morning "
            "Uganda's instrument of ratification was delivered to the African Union Commission.",
            "2010-07-01",
            ("Ratification", "state/uga", "treaty/maputo-protocol", "2010-07-22", "-"),
        ),
    ],
)
def test_a_later_paragraph_dates_its_relative_words_from_its_own_date(
    registry: Registry, text: str, published: str, expected: tuple[str, ...]
) -> None:
    assert expected in treaty_actions(registry, text, published)


def test_a_note_without_a_date_leaves_relative_words_to_the_document_date(registry: Registry) -> None:
    text = (
        "The convention was opened in 2011.\n\n"
        "Note: Georgia's instrument of ratification of the Istanbul Convention was deposited yesterday."
    )
    assert ("Ratification", "state/geo", "treaty/cets-210", "2017-05-19", "-") in treaty_actions(
        registry, text, "2017-05-20"
    )


def test_a_period_between_two_years_still_dates_no_single_act(registry: Registry) -> None:
    text = (
        "The First Optional Protocol to the International Covenant on Civil and Political Rights "
        "is in force. Between 1997 and 2000 Guyana withdrew from the protocol."
    )
    dates = {a[3] for a in treaty_actions(registry, text) if a[1] == "state/guy"}
    assert "2000" not in dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru is the 30th state to ratify the Escazú Agreement, which will enter into force for "
            "it on 1 October 2024.",
            ("EntryIntoForce", "state/per", "treaty/escazu-agreement", "2024-10-01", "-"),
        ),
        (
            "Montenegro signed the Istanbul Convention in 2011. Under the convention's own terms, it "
            "enters into force for Montenegro on 1 August 2014.",
            ("EntryIntoForce", "state/mne", "treaty/cets-210", "2014-08-01", "-"),
        ),
        (
            "Chile signed the Escazú Agreement in 2022. It entered into force for Chile on 11 September "
            "2022.",
            ("EntryIntoForce", "state/chl", "treaty/escazu-agreement", "2022-09-11", "-"),
        ),
    ],
)
def test_entry_into_force_for_the_state_of_the_sentence(
    registry: Registry, text: str, expected: tuple[str, ...]
) -> None:
    found = treaty_actions(registry, text)
    assert expected in found
    # the state's own entry into force, never the treaty's
    assert not any(a[0] == "EntryIntoForce" and a[1] == "-" and a[3] == expected[3] for a in found)


@pytest.mark.parametrize(
    "text",
    [
        # two states before "for it": whose it is the sentence does not say
        "Peru joined Chile in ratifying the Escazú Agreement, which will enter into force for it on "
        "1 October 2024.",
        # an organisation "it" may stand for
        "The European Union, with Peru, backed the Escazú Agreement, which will enter into force for "
        "it on 1 October 2024.",
    ],
)
def test_for_it_with_no_single_state_makes_no_entry_into_force(registry: Registry, text: str) -> None:
    assert not any(a[0] == "EntryIntoForce" and a[3] == "2024-10-01" for a in treaty_actions(registry, text))


def test_it_after_a_state_opening_the_sentence_before_is_not_a_treaty_entering_into_force(
    registry: Registry,
) -> None:
    text = "Chile signed the Escazú Agreement in 2018. It entered into force in 2021."
    assert not any(a[0] == "EntryIntoForce" for a in treaty_actions(registry, text))


# ------------------------------------------------------------ coordinated clauses and lists


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arms Trade Treaty was adopted in April 2013. It was opened for signature at the United "
            "Nations on 3 June 2013, and that same day Mexico and Nigeria signed it.",
            {
                ("Signature", "state/mex", "treaty/arms-trade-treaty", "2013-06-03", "-"),
                ("Signature", "state/nga", "treaty/arms-trade-treaty", "2013-06-03", "-"),
            },
        ),
        (
            "The Escazú Agreement was opened for signature in New York on 27 September 2018; the same "
            "day Guyana and Bolivia ratified it.",
            {
                ("Ratification", "state/guy", "treaty/escazu-agreement", "2018-09-27", "-"),
                ("Ratification", "state/bol", "treaty/escazu-agreement", "2018-09-27", "-"),
            },
        ),
    ],
)
def test_a_clause_on_that_same_day_takes_the_date_before(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert expected <= treaty_actions(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru ratified the American Convention on Human Rights in 1978, and the Convention against "
            "Torture, the Convention on the Rights of the Child and the Rome Statute in 2001.",
            {
                ("Ratification", "state/per", "treaty/achr", "1978", "-"),
                ("Ratification", "state/per", "treaty/un-cat", "2001", "-"),
                ("Ratification", "state/per", "treaty/crc", "2001", "-"),
                ("Ratification", "state/per", "treaty/rome-statute", "2001", "-"),
            },
        ),
        (
            "Benin acceded to the African Charter on Human and Peoples' Rights in 1986 and to the "
            "International Covenant on Civil and Political Rights and the Convention against Torture "
            "on 12 March 1992.",
            {
                ("Accession", "state/ben", "treaty/achpr", "1986", "-"),
                ("Accession", "state/ben", "treaty/iccpr", "1992-03-12", "-"),
                ("Accession", "state/ben", "treaty/un-cat", "1992-03-12", "-"),
            },
        ),
    ],
)
def test_a_list_of_treaties_shares_the_date_after_it(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert expected <= treaty_actions(registry, text)


def test_treaties_of_another_clause_after_the_date_take_no_act(registry: Registry) -> None:
    text = (
        "Peru ratified the American Convention on Human Rights in 1978, and the Convention against "
        "Torture and the Rome Statute were debated in 2001."
    )
    assert {a[2] for a in treaty_actions(registry, text)} == {"treaty/achr"}


# ------------------------------------------------------------- "it" in a text about one treaty

_EXPLAINER = (
    "Explainer: what the Arms Trade Treaty does\n\n"
    "The Arms Trade Treaty regulates the trade in conventional arms. The Arms Trade Treaty has "
    "a secretariat in Geneva.\n\n"
    "How did it come about?\n\n"
    "Diplomats spent seven years on the text. Talks were long. A final conference met in March.\n\n"
)


def test_it_in_an_explainer_is_the_treaty_it_explains(registry: Registry) -> None:
    text = (
        _EXPLAINER + "It was opened for signature at the United Nations on 3 June 2013, and that same day "
        "Iceland ratified it."
    )
    assert ("Ratification", "state/isl", "treaty/arms-trade-treaty", "2013-06-03", "-") in treaty_actions(
        registry, text
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # an organisation named in the sentence may be what "it" stands for
        "The European Union drafted a code in 2013, and Iceland signed it.",
        # "acceded to it", "joined it": said of organisations too
        "Iceland acceded to it in 2013.",
    ],
)
def test_it_with_an_organisation_in_reach_or_a_joining_verb_is_no_treaty(
    registry: Registry, sentence: str
) -> None:
    found = treaty_actions(registry, _EXPLAINER + sentence)
    assert not any(a[1] == "state/isl" for a in found)


def test_a_deposit_in_a_clause_of_time_with_an_apposition_takes_the_date_it_completes(
    registry: Registry,
) -> None:
    text = (
        "The Arms Trade Treaty is open to every state. Japan became a party on 9 May 2014, when its "
        "ambassador, a former trade negotiator, deposited the instrument of ratification in New York."
    )
    assert ("Ratification", "state/jpn", "treaty/arms-trade-treaty", "2014-05-09", "-") in treaty_actions(
        registry, text
    )
