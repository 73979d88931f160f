"""Instruments deposited for treaties listed after them ("deposited instruments of accession to
the A, the B and the C") are one act for each treaty listed, all on the day given; a treaty in
an apposition after a comma ("the A, the treaty it had signed in 2003") is no second one.
Every passage is written for these tests."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_each_treaty_listed_after_the_instruments_is_acceded_to(registry: Registry) -> None:
    text = (
        "On 2 April 2014 Nauru deposited instruments of accession to the Convention against Torture, "
        "the Convention on the Rights of the Child and the International Covenant on Civil and "
        "Political Rights."
    )
    found = {a[:4] for a in treaty_actions(registry, text, "2014-04-03") if a[0] == "Accession"}
    assert found == {
        ("Accession", "state/nru", treaty, "2014-04-02")
        for treaty in ("treaty/un-cat", "treaty/crc", "treaty/iccpr")
    }


def test_a_treaty_in_apposition_is_no_second_accession(registry: Registry) -> None:
    text = (
        "Nauru deposited its instrument of accession to the Convention against Torture, the convention "
        "it had long promised to join, on 2 April 2014."
    )
    found = {a[2] for a in treaty_actions(registry, text, "2014-04-03") if a[0] == "Accession"}
    assert found == {"treaty/un-cat"}
