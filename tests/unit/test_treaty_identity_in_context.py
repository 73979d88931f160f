"""Which treaty a short or bare name stands for, read from its context: a name that only begins
several registry titles ("the European Convention") is the one whose body the sentence names, and
"the Convention" paragraphs after the last convention named is the document's main convention,
not one quoted in passing. Passages are written for these tests."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def _keyed(acts: set[tuple[str, ...]]) -> set[tuple[str, str, str, str]]:
    return {(cls, state, treaty, date) for cls, state, treaty, date, _ in acts}


def test_a_short_title_is_the_treaty_of_the_body_named_beside_it(registry: Registry) -> None:
    text = (
        "Athens, 3 March 2020 - Greece has received eight visits from the European Committee for the "
        "Prevention of Torture since it ratified the European Convention in 1991.\n"
    )
    assert ("Ratification", "state/grc", "treaty/cets-126", "1991") in _keyed(treaty_actions(registry, text))


def test_a_short_title_beside_a_court_is_that_courts_convention(registry: Registry) -> None:
    text = (
        "Ankara, 9 May 2019 - Applications against Turkey to the European Court of Human Rights rose "
        "again last year; Turkey ratified the European Convention in 1954.\n"
    )
    assert ("Ratification", "state/tur", "treaty/ets-005", "1954") in _keyed(treaty_actions(registry, text))


def test_a_short_title_with_no_body_beside_it_names_no_registry_treaty(registry: Registry) -> None:
    text = "Valletta, 2 June 2021 - Malta ratified the European Convention in 1967, officials said.\n"
    treaties = {treaty for _, _, treaty, _, _ in treaty_actions(registry, text)}
    assert not treaties & {"treaty/ets-005", "treaty/cets-126"}


def test_the_convention_far_from_a_treaty_quoted_once_is_the_main_one(registry: Registry) -> None:
    text = (
        "Strasbourg, 14 April 2016\n\n"
        "The Court found that Greece had breached Article 3 of the European Convention on Human Rights.\n\n"
        "The applicants had been held in a police station in breach of the Convention.\n\n"
        "Greece is a party to the Convention relating to the Status of Refugees, which the "
        "authorities had invoked.\n\n"
        "Just satisfaction\n\n"
        "The Court awarded each applicant 10,000 euros.\n\n"
        "Greece ratified the Convention on 28 November 1974.\n"
    )
    acts = _keyed(treaty_actions(registry, text))
    assert ("Ratification", "state/grc", "treaty/ets-005", "1974-11-28") in acts
    refugees = [cls for cls, _, treaty, _ in acts if treaty == "treaty/refugee-convention"]
    assert "Ratification" not in refugees


def test_the_convention_right_after_another_one_is_that_one(registry: Registry) -> None:
    text = (
        "Strasbourg, 14 April 2016\n\n"
        "The Court found that Greece had breached Article 3 of the European Convention on Human Rights.\n\n"
        "The applicants had been held in a police station in breach of the Convention.\n\n"
        "The authorities had invoked the Convention relating to the Status of Refugees. "
        "Greece ratified the Convention in 1960.\n"
    )
    acts = _keyed(treaty_actions(registry, text))
    assert ("Ratification", "state/grc", "treaty/refugee-convention", "1960") in acts
    assert not any(treaty == "treaty/ets-005" and cls == "Ratification" for cls, _, treaty, _ in acts)


def test_becoming_a_party_by_an_instrument_of_accession_is_an_accession(registry: Registry) -> None:
    text = (
        "Suva, 20 March 2021 - Fiji became a party to the Convention on the Rights of Persons with "
        "Disabilities on 7 June 2017, when its instrument of accession was received in New York.\n"
    )
    acts = _keyed(treaty_actions(registry, text))
    assert ("Accession", "state/fji", "treaty/crpd", "2017-06-07") in acts
    assert not any(cls == "Ratification" for cls, _, _, _ in acts)


def test_becoming_parties_by_instruments_of_succession_is_a_succession(registry: Registry) -> None:
    text = (
        "Prague, 4 May 1993 - The Czech Republic became a party to the International Covenant on Civil "
        "and Political Rights on 22 February 1993 by depositing its instrument of succession.\n"
    )
    acts = _keyed(treaty_actions(registry, text))
    assert ("Succession", "state/cze", "treaty/iccpr", "1993-02-22") in acts
    assert not any(cls == "Ratification" for cls, _, _, _ in acts)


def test_an_accession_in_another_clause_leaves_the_ratification(registry: Registry) -> None:
    text = (
        "Lima, 2 May 2022 - Peru became a party to the Convention against Torture in 1988; "
        "its instrument of accession to the Optional Protocol followed in 2006.\n"
    )
    acts = _keyed(treaty_actions(registry, text))
    assert ("Ratification", "state/per", "treaty/un-cat", "1988") in acts
    assert not any(cls == "Accession" and treaty == "treaty/un-cat" for cls, _, treaty, _ in acts)
