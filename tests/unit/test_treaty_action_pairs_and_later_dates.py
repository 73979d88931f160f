"""Treaty actions told in shapes beyond one verb, one state, one date: two verbs sharing an object
("signed and ratified", with dates "respectively"), "did not ratify it until 2015", a list of
states each with its year in brackets, "them" for two treaties named together in the sentence
before, and a date given in the next sentence ("The instrument was deposited on 4 July",
"Its ratification came in June"). Each shape has false-fact counterparts beside it."""

from __future__ import annotations

import pytest
from readings import standings, treaty_actions

from loaders.registry import Registry

KAMPALA = "treaty/kampala-convention"
ATT = "treaty/arms-trade-treaty"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali signed and ratified the Kampala Convention on 23 October 2009 and 6 July 2012 "
            "respectively.",
            {
                ("Signature", "state/mli", KAMPALA, "2009-10-23", "-"),
                ("Ratification", "state/mli", KAMPALA, "2012-07-06", "-"),
            },
        ),
        (
            "Kenya signed and ratified the Arms Trade Treaty in 2014.",
            {("Signature", "state/ken", ATT, "2014", "-"), ("Ratification", "state/ken", ATT, "2014", "-")},
        ),
        (
            # "later": the signature came before the date the sentence gives
            "Jamaica signed and later ratified the Arms Trade Treaty in June 2014.",
            {("Signature", "state/jam", ATT, "-", "-"), ("Ratification", "state/jam", ATT, "2014-06", "-")},
        ),
        (
            "Niger signed, and subsequently ratified, the Kampala Convention, the government said.",
            {("Signature", "state/ner", KAMPALA, "-", "-"), ("Ratification", "state/ner", KAMPALA, "-", "-")},
        ),
    ],
)
def test_two_verbs_with_one_object_are_two_acts(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert treaty_actions(registry, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana signed the Arms Trade Treaty in 2013 but did not ratify it until 2015.",
            {("Signature", "state/gha", ATT, "2013", "-"), ("Ratification", "state/gha", ATT, "2015", "-")},
        ),
        (
            "Peru had not acceded to the Arms Trade Treaty until March 2016.",
            {("Accession", "state/per", ATT, "2016-03", "-")},
        ),
        # no "until": a state that has not ratified, no act at all
        ("Ghana has not ratified the Arms Trade Treaty.", set()),
        ("Ghana did not ratify the Arms Trade Treaty in 2015.", set()),
    ],
)
def test_not_until_tells_when_the_act_was_done(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert treaty_actions(registry, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arms Trade Treaty has been ratified by Ghana (2016), Nigeria (2013) and Senegal (2014).",
            {
                ("Ratification", "state/gha", ATT, "2016", "-"),
                ("Ratification", "state/nga", ATT, "2013", "-"),
                ("Ratification", "state/sen", ATT, "2014", "-"),
            },
        ),
        (
            "Benin (in 2012), Togo (2013) and Mali (2012) have ratified the Kampala Convention.",
            {
                ("Ratification", "state/ben", KAMPALA, "2012", "-"),
                ("Ratification", "state/tgo", KAMPALA, "2013", "-"),
                ("Ratification", "state/mli", KAMPALA, "2012", "-"),
            },
        ),
    ],
)
def test_each_state_of_a_list_takes_its_bracketed_year(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert treaty_actions(registry, text) == expected


def test_a_bracketed_year_on_one_state_only_is_not_the_others(registry: Registry) -> None:
    found = treaty_actions(registry, "Benin (2012) and Togo have ratified the Kampala Convention.")
    assert ("Ratification", "state/tgo", KAMPALA, "2012", "-") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Refugee Convention and its 1967 Protocol remain the cornerstone of protection. "
            "Rwanda acceded to them in 1980.",
            {
                ("Accession", "state/rwa", "treaty/refugee-convention", "1980", "-"),
                ("Accession", "state/rwa", "treaty/refugee-protocol", "1980", "-"),
            },
        ),
        (
            "The Arms Trade Treaty and the Convention on Cluster Munitions were on the agenda. "
            "Samoa ratified both in 2014.",
            {
                ("Ratification", "state/wsm", ATT, "2014", "-"),
                ("Ratification", "state/wsm", "treaty/convention-on-cluster-munitions", "2014", "-"),
            },
        ),
    ],
)
def test_them_stands_for_the_treaties_named_together_before(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert treaty_actions(registry, text) == expected


def test_them_after_states_named_before_is_no_treaty(registry: Registry) -> None:
    text = (
        "Ghana and Togo backed the Arms Trade Treaty and the Convention on Cluster Munitions. "
        "Benin acceded to them in 2014."
    )
    assert not {a for a in treaty_actions(registry, text) if a[1] == "state/ben"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chad has ratified the Kampala Convention. "
            "The instrument was deposited with the African Union Commission on 4 July 2011.",
            {("Ratification", "state/tcd", KAMPALA, "2011-07-04", "-")},
        ),
        (
            "Chile signed the Arms Trade Treaty in March 2022. Its ratification came in June 2022.",
            {
                ("Signature", "state/chl", ATT, "2022-03", "-"),
                ("Ratification", "state/chl", ATT, "2022-06", "-"),
            },
        ),
    ],
)
def test_a_date_in_the_next_sentence_dates_the_act(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert treaty_actions(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two states told before: whose instrument is not said
        "Chad and Niger have ratified the Kampala Convention. The instrument was deposited on 4 July 2011.",
        # "its" the treaty's: no state told in the sentence before
        "The Arms Trade Treaty was adopted in 2013. Its ratification came quickly, in 2014.",
    ],
)
def test_a_date_in_the_next_sentence_needs_one_act_before(registry: Registry, text: str) -> None:
    assert not {a for a in treaty_actions(registry, text) if a[0] == "Ratification" and a[3] != "-"}


def test_an_accession_withdrawn_is_no_accession_then(registry: Registry) -> None:
    text = "Malaysia withdrew its accession to the Rome Statute in April 2019, before it took effect."
    assert not {a for a in treaty_actions(registry, text) if a[0] == "Accession"}


def test_signed_but_not_ratified_is_a_signature_and_no_party(registry: Registry) -> None:
    text = "Brazil has signed but not yet ratified the Arms Trade Treaty."
    assert treaty_actions(registry, text) == {("Signature", "state/bra", ATT, "-", "-")}
    assert ("state/bra", "notPartyTo", ATT) in standings(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Signed by Senegal on 18 July 1998, the Rome Statute entered into force in 2002.",
            ("Signature", "state/sen", "treaty/rome-statute", "1998-07-18", "-"),
        ),
        (
            "Ratified by Kenya in 2005, the Rome Statute binds the country.",
            ("Ratification", "state/ken", "treaty/rome-statute", "2005", "-"),
        ),
    ],
)
def test_a_fronted_participle_acts_on_the_main_subject(
    registry: Registry, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in treaty_actions(registry, text)


def test_a_fronted_participle_with_no_treaty_subject_gives_nothing(registry: Registry) -> None:
    text = "Signed by Senegal in 1998, the agreement with the parties of the Rome Statute was welcomed."
    assert not {a for a in treaty_actions(registry, text) if a[0] == "Signature"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Convention on Enforced Disappearance enters into force today, thirty days after the "
            "deposit of the twentieth instrument of ratification. That instrument was deposited by Iraq "
            "on 23 November 2010.",
            ("Ratification", "state/irq", "treaty/cped", "2010-11-23", "-"),
        ),
        (
            "Fiji has acceded to the International Covenant on Civil and Political Rights and to the "
            "International Covenant on Economic, Social and Cultural Rights. The instruments were lodged "
            "with the UN Secretary-General on 16 August 2018.",
            ("Accession", "state/fji", "treaty/icescr", "2018-08-16", "-"),
        ),
        (
            "Australia signed the Optional Protocol to the Convention against Torture in 2009. In 2017 the "
            "government said it would ratify it by the end of the year, and the instrument was deposited "
            "on 21 December 2017.",
            ("Ratification", "state/aus", "treaty/opcat", "2017-12-21", "-"),
        ),
    ],
)
def test_an_instrument_deposited_in_its_own_clause(
    registry: Registry, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in treaty_actions(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # "the instruments" of one act, "the instrument" of two: which is not sure
        "Chad has ratified the Kampala Convention. The instruments were deposited on 4 July 2011.",
        # accession and ratification both named before the deposit, and no act told: which one
        "Parliament debated accession to the Kampala Convention and then a ratification bill, and the "
        "instrument was deposited on 4 July 2011 by the government of Chad.",
    ],
)
def test_an_instrument_of_no_one_act_dates_nothing(registry: Registry, text: str) -> None:
    assert not {a for a in treaty_actions(registry, text) if a[3] == "2011-07-04"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Maputo Protocol entered into force in 2005. The states that have ratified it include "
            "Ghana, Kenya and Uganda.",
            {
                ("Ratification", f"state/{k}", "treaty/maputo-protocol", "-", "-")
                for k in ("gha", "ken", "uga")
            },
        ),
        (
            "Countries that signed the Arms Trade Treaty in 2013 include Chile and Peru.",
            {("Signature", f"state/{k}", ATT, "2013", "-") for k in ("chl", "per")},
        ),
        (
            "The Arms Trade Treaty entered into force in 2014. The states that have accepted it since "
            "then are Chile and Peru.",
            {("Ratification", f"state/{k}", ATT, "-", "-") for k in ("chl", "per")},
        ),
    ],
)
def test_the_states_that_did_it_are_listed(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert expected <= treaty_actions(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "The states that have not ratified the Arms Trade Treaty include Chile and Peru.",
        "The states that ratified the Arms Trade Treaty are expected to report, Chile and Peru said.",
        # a verb that ratifies only with the treaty as its object, here a procedure under it
        "The Arms Trade Treaty entered into force in 2014. The states that have accepted its reporting "
        "procedure are Chile and Peru.",
    ],
)
def test_no_act_for_states_listed_otherwise(registry: Registry, text: str) -> None:
    assert not {a for a in treaty_actions(registry, text) if a[1] in ("state/chl", "state/per")}


def test_an_act_done_together_with_a_dated_one_takes_its_date(registry: Registry) -> None:
    text = (
        "Madagascar deposited its instrument of ratification of the Arms Trade Treaty on 21 September "
        "2017, together with its ratification of the Optional Protocol to the Convention against Torture."
    )
    assert ("Ratification", "state/mdg", "treaty/opcat", "2017-09-21", "-") in treaty_actions(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arms Trade Treaty entered into force in 2014. Since then it has been ratified by "
            "Ghana (2016) "
            "and Nigeria (2013).",
            {
                ("Ratification", "state/gha", ATT, "2016", "-"),
                ("Ratification", "state/nga", ATT, "2013", "-"),
            },
        ),
        (
            "The Arms Trade Treaty entered into force in 2014. In 2016 it was ratified by Ghana.",
            {("Ratification", "state/gha", ATT, "2016", "-")},
        ),
    ],
)
def test_it_passive_after_an_opening_phrase_of_time(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert expected <= treaty_actions(registry, text)
