"""Acts whose date or agent lies outside the verb's own words: a signing done "there" or "the
same day" as the occasion the sentence dates, signing told as putting one's name to a treaty, a
relative clause on another state ("after Turkey, which did so on D") that tells that state's act
and not the subject's, and "the Convention" in a sentence after one that named a second
convention in full beside the one the text calls by the short form."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Convention on Cybercrime was opened for signature in Budapest on 23 November 2001; "
            "Canada signed it the same day.",
            "2012-01-20",
            ("Signature", "state/can", "treaty/ets-185", "2001-11-23", "-"),
        ),
        (
            "Leaders met in Strasbourg on 10 May 2011, and Ireland signed the Istanbul Convention there.",
            "2012-01-20",
            ("Signature", "state/irl", "treaty/cets-210", "2011-05-10", "-"),
        ),
        (
            "Fiji put its name to the Convention on the Rights of Persons with Disabilities on 2 June "
            "2010 and ratified it in 2017.",
            "2019-03-01",
            ("Signature", "state/fji", "treaty/crpd", "2010-06-02", "-"),
        ),
        (
            "Nauru ratified the UN Convention against Torture on Wednesday, eleven years after it signed "
            "the treaty. It had put its name to the Convention, and to the International Covenant on "
            "Civil and Political Rights, on 12 November 2001.",
            "2012-09-28",
            ("Signature", "state/nru", "treaty/un-cat", "2001-11-12", "-"),
        ),
    ],
)
def test_signing_dated_by_its_occasion(
    registry: Registry, text: str, published: str, expected: tuple[str, ...]
) -> None:
    found = treaty_actions(registry, text, published)
    assert expected in found
    assert not {a for a in found if a[:3] == expected[:3] and a[3] != expected[3]}


def test_a_signing_announced_is_no_signature(registry: Registry) -> None:
    text = (
        "The minister said the country would put its name to the Convention on the Rights of Persons "
        "with Disabilities next year."
    )
    assert not treaty_actions(registry, text, "2019-03-01")


def test_a_signing_there_with_no_date_before_stays_undated(registry: Registry) -> None:
    text = "Leaders met in Strasbourg on 10 May 2011. Ireland later signed the Istanbul Convention there."
    found = treaty_actions(registry, text, "2012-01-20")
    assert ("Signature", "state/irl", "treaty/cets-210", "-", "-") in found


@pytest.mark.parametrize(
    ("text", "published", "subject", "others"),
    [
        (
            "With this deposit, Denmark becomes the fifth state to ratify the Istanbul Convention, after "
            "Montenegro, which did so on 22 April 2013, and Andorra, whose instrument was deposited "
            "yesterday.",
            "2014-06-10",
            ("Ratification", "state/dnk", "treaty/cets-210", "-", "-"),
            {
                ("Ratification", "state/mne", "treaty/cets-210", "2013-04-22", "-"),
                ("Ratification", "state/and", "treaty/cets-210", "2014-06-09", "-"),
            },
        ),
        (
            "Chile acceded to the Convention on the Rights of Persons with Disabilities after Peru, which "
            "had done so in 2008.",
            "2014-06-10",
            ("Accession", "state/chl", "treaty/crpd", "-", "-"),
            {("Accession", "state/per", "treaty/crpd", "2008", "-")},
        ),
    ],
)
def test_relative_clause_on_another_state(
    registry: Registry, text: str, published: str, subject: tuple[str, ...], others: set[tuple[str, ...]]
) -> None:
    found = treaty_actions(registry, text, published)
    assert subject in found
    assert others <= found


def test_a_relative_clause_of_another_kind_gives_no_act(registry: Registry) -> None:
    text = (
        "Chile ratified the Convention on the Rights of Persons with Disabilities in 2008, after talks "
        "with Peru, which hosted a summit in 2007."
    )
    found = treaty_actions(registry, text, "2014-06-10")
    assert found == {("Ratification", "state/chl", "treaty/crpd", "2008", "-")}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Peru ratified the Convention against Torture in 1988. The Committee welcomed the "
            "ratification by Peru of the Convention in 1988, and the ratification in the same year of "
            "the Convention on the Rights of the Child. It noted that the Convention entered into force "
            "for Peru on 6 August 1988.",
            ("EntryIntoForce", "state/per", "treaty/un-cat", "1988-08-06", "-"),
            "treaty/crc",
        ),
        (
            "Chile ratified the Convention against Torture in 1988. In 2008 it ratified the Convention "
            "on the Rights of Persons with Disabilities. The Convention entered into force for Chile on "
            "28 September 2008.",
            ("EntryIntoForce", "state/chl", "treaty/crpd", "2008-09-28", "-"),
            "treaty/un-cat",
        ),
    ],
)
def test_the_convention_after_a_second_convention(
    registry: Registry, text: str, expected: tuple[str, ...], wrong: str
) -> None:
    found = treaty_actions(registry, text, "2016-01-10")
    assert expected in found
    assert not {a for a in found if a[0] == "EntryIntoForce" and a[2] == wrong}
