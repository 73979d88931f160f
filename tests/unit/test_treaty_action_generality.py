"""Treaty actions written in shapes beyond the plain "X ratified Y on D": a possessive noun with
no object, a passive with "It" for the treaty, a treaty taking effect for one state, a departure
named by a bare noun, an effect counted from the notice. Each has a false-fact counterpart."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry

_MAPUTO = "The Maputo Protocol entered into force in 2005. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _MAPUTO + "Benin's ratification, in October 2005, was the fifteenth.",
            ("Ratification", "state/ben", "treaty/maputo-protocol", "2005-10", "-"),
        ),
        (
            _MAPUTO + "Zambia's ratification in 2006 was welcomed by campaigners.",
            ("Ratification", "state/zmb", "treaty/maputo-protocol", "2006", "-"),
        ),
        (
            _MAPUTO + "The Philippines' accession on 3 May 2007 was the twentieth.",
            ("Accession", "state/phl", "treaty/maputo-protocol", "2007-05-03", "-"),
        ),
        (
            _MAPUTO + "It was ratified by Benin on 30 September 2005.",
            ("Ratification", "state/ben", "treaty/maputo-protocol", "2005-09-30", "-"),
        ),
        (
            "The Rome Statute took effect for Japan on 1 October 2007.",
            ("EntryIntoForce", "state/jpn", "treaty/rome-statute", "2007-10-01", "-"),
        ),
        (
            "The Convention against Torture entered into force in 1987. "
            "It took effect for Peru on 6 August 1988.",
            ("EntryIntoForce", "state/per", "treaty/un-cat", "1988-08-06", "-"),
        ),
        (
            "The Rome Statute entered into force on 1 July 2002. Burundi's withdrawal took effect on "
            "27 October 2017.",
            ("Denunciation", "state/bdi", "treaty/rome-statute", "-", "2017-10-27"),
        ),
        (
            "Venezuela gave notice of its denunciation of the American Convention on Human Rights on "
            "10 September 2012, with effect one year later.",
            ("Denunciation", "state/ven", "treaty/achr", "2012-09-10", "2013-09-10"),
        ),
        (
            "Burundi withdrew from the Rome Statute on 27 October 2016, effective one year later.",
            ("Denunciation", "state/bdi", "treaty/rome-statute", "2016-10-27", "2017-10-27"),
        ),
    ],
)
def test_a_shape_states_its_act(registry: Registry, text: str, expected: tuple[str, ...]) -> None:
    assert expected in treaty_actions(registry, text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (_MAPUTO + "Campaigners urged Zambia's ratification in 2006.", "state/zmb"),
        (_MAPUTO + "Zambia's ratification process began in 2006.", "state/zmb"),
        (_MAPUTO + "It was welcomed by Benin on 30 September 2005.", "state/ben"),
        (
            "The African Union met in 2016 and the Rome Statute entered into force on 1 July 2002. "
            "Burundi's withdrawal took effect on 27 October 2017.",
            "state/bdi",
        ),
        (_MAPUTO + "Burundi's withdrawal process began in 2016.", "state/bdi"),
    ],
)
def test_no_act_where_the_words_state_none(registry: Registry, text: str, state: str) -> None:
    assert not [a for a in treaty_actions(registry, text) if a[1] == state]


def test_a_withdrawal_taking_effect_for_a_state_is_no_entry_into_force(registry: Registry) -> None:
    acts = treaty_actions(
        registry, "The withdrawal from the Rome Statute took effect for Burundi on 27 October 2017."
    )
    assert not [a for a in acts if a[0] == "EntryIntoForce"]


def test_a_possessive_act_takes_no_treaty_named_after_it(registry: Registry) -> None:
    acts = treaty_actions(
        registry, _MAPUTO + "Kenya's signature, on 3 March 2006, of the African Charter was welcomed."
    )
    assert not [a for a in acts if a[1] == "state/ken" and a[2] == "treaty/maputo-protocol"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar becomes the third state of the Gulf Cooperation Council to join the covenant, after "
            "Kuwait and Bahrain. It acceded to the Convention against Torture in 2000.",
            ("Accession", "state/qat", "treaty/un-cat", "2000", "-"),
        ),
        (
            "Chile signed a trade deal with Peru. It ratified the Convention against Torture in 1988.",
            ("Ratification", "state/chl", "treaty/un-cat", "1988", "-"),
        ),
        (
            "Ireland signed the Convention on the Rights of Persons with Disabilities on 30 March 2007, "
            "the very day the convention opened for signature.",
            ("OpeningForSignature", "-", "treaty/crpd", "2007-03-30", "-"),
        ),
        (
            "The court held that it had jurisdiction over facts before 16 September 2022, the date on "
            "which the Russian Federation ceased to be a party to the European Convention on Human Rights.",
            ("CessationOfParty", "state/rus", "treaty/ets-005", "2022-09-16", "-"),
        ),
    ],
)
def test_it_and_that_day_point_back(registry: Registry, text: str, expected: tuple[str, ...]) -> None:
    assert expected in treaty_actions(registry, text)


def test_it_opening_a_sentence_is_not_the_state_named_last(registry: Registry) -> None:
    text = (
        "Qatar becomes the third state of the Gulf Cooperation Council to join the covenant, after "
        "Kuwait and Bahrain. It acceded to the Convention against Torture in 2000."
    )
    assert not [a for a in treaty_actions(registry, text) if a[1] == "state/bhr"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # "The country" opening a sentence: the subject of the one before, after a phrase put first
        (
            "With this reform Benin follows Chad, which abolished the death penalty in 2020, and Sierra "
            "Leone, which did so in 2021.\n\nThe country acceded to the International Covenant on Civil "
            "and Political Rights on 12 March 1992.",
            "state/ben",
        ),
        # a phrase put first that names a state of its own leaves the rule to the state named last
        (
            "In 2001, after talks with Chile, Peru ratified the statute. The country acceded to the "
            "International Covenant on Civil and Political Rights on 28 April 1978.",
            "state/per",
        ),
    ],
)
def test_the_country_opening_a_sentence_is_the_subject_before(
    registry: Registry, text: str, state: str
) -> None:
    acts = {a[1] for a in treaty_actions(registry, text) if a[2] == "treaty/iccpr"}
    assert acts == {state}


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda made the declaration under the Protocol to the African Charter in 2013. It withdrew "
        "the declaration in 2016. Rwanda's withdrawal took effect in 2017.",
        "The Rome Statute entered into force on 1 July 2002. Its withdrawal took effect in 2017.",
    ],
)
def test_a_bare_withdrawal_of_something_else_is_no_denunciation(registry: Registry, text: str) -> None:
    assert not [a for a in treaty_actions(registry, text) if a[0] == "Denunciation"]


def test_a_possessive_act_needs_the_treaty_named_nearby(registry: Registry) -> None:
    text = (
        "The Maputo Protocol entered into force in 2005. The region has a long history. Courts were "
        "built. Judges were trained. Lawyers were hired. Zambia's ratification in 2006 was welcomed."
    )
    assert not [a for a in treaty_actions(registry, text) if a[1] == "state/zmb"]


def test_it_is_not_the_state_something_was_done_to(registry: Registry) -> None:
    text = (
        "Russia joined the Council of Europe in 1996. The Committee of Ministers expelled it on 16 March "
        "2022, after the invasion of Ukraine, and it will cease to be a party to the European "
        "Convention on Human Rights on 16 September 2022."
    )
    ceased = {a[1] for a in treaty_actions(registry, text) if a[0] == "CessationOfParty"}
    assert ceased == {"state/rus"}
