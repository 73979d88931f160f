"""Acts a sentence tells beside another one: the treaty's own event in "..., the day it was opened
for signature", the signature in "a year after signing it", and the act of a state told through
the mission or ministry that acts for it, or by an instrument of acceptance or approval."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_the_day_it_was_opened_for_signature_dates_the_opening(registry: Registry) -> None:
    text = (
        "Chile signed the Convention against Torture on 4 February 1985, the day it was opened for signature."
    )
    assert treaty_actions(registry, text) == {
        ("Signature", "state/chl", "treaty/un-cat", "1985-02-04", "-"),
        ("OpeningForSignature", "-", "treaty/un-cat", "1985-02-04", "-"),
    }


def test_the_very_day_it_was_adopted_with_the_date_after_it(registry: Registry) -> None:
    text = "Ghana signed the Maputo Protocol on the very day it was adopted, 11 July 2003."
    assert treaty_actions(registry, text) == {
        ("Signature", "state/gha", "treaty/maputo-protocol", "2003-07-11", "-"),
        ("Adoption", "-", "treaty/maputo-protocol", "2003-07-11", "-"),
    }


def test_the_day_they_were_opened_for_signature_opens_both(registry: Registry) -> None:
    text = (
        "Peru signed the Convention on the Rights of Persons with Disabilities and its Optional "
        "Protocol on 30 March 2007, the day they were opened for signature."
    )
    found = treaty_actions(registry, text)
    assert ("OpeningForSignature", "-", "treaty/crpd", "2007-03-30", "-") in found
    assert ("OpeningForSignature", "-", "treaty/crpd-op", "2007-03-30", "-") in found


def test_a_day_someone_else_chose_dates_no_opening(registry: Registry) -> None:
    text = "Chile ratified the Convention against Torture on 30 September 1988, the day it was announced."
    assert treaty_actions(registry, text) == {
        ("Ratification", "state/chl", "treaty/un-cat", "1988-09-30", "-")
    }


def test_after_signing_it_is_the_main_subjects_signature(registry: Registry) -> None:
    text = (
        "Norway ratified the Convention against Torture on 9 July 1986, a year after signing it on "
        "4 February 1985."
    )
    assert treaty_actions(registry, text) == {
        ("Ratification", "state/nor", "treaty/un-cat", "1986-07-09", "-"),
        ("Signature", "state/nor", "treaty/un-cat", "1985-02-04", "-"),
    }


def test_signing_as_a_noun_or_a_consideration_is_no_signature(registry: Registry) -> None:
    assert not treaty_actions(
        registry, "The signing ceremony for the Convention against Torture was held in 1985."
    )
    assert not treaty_actions(registry, "Chile is considering signing the Convention against Torture.")


def test_a_permanent_mission_deposits_for_its_state(registry: Registry) -> None:
    text = (
        "The Permanent Mission of the Republic of Benin to the United Nations deposited its instrument "
        "of accession to the Convention against Torture on 12 March 1992."
    )
    assert treaty_actions(registry, text) == {("Accession", "state/ben", "treaty/un-cat", "1992-03-12", "-")}


def test_a_national_body_that_does_not_act_for_the_state_is_no_state(registry: Registry) -> None:
    text = "The Ombudsman of Georgia ratified the Convention against Torture on 3 May 2001."
    assert not treaty_actions(registry, text)


def test_an_instrument_of_acceptance_is_a_ratification(registry: Registry) -> None:
    text = (
        "Japan deposited its instrument of acceptance of the Convention on Cybercrime with the "
        "Secretary General of the Council of Europe on 3 July 2012."
    )
    assert treaty_actions(registry, text) == {
        ("Ratification", "state/jpn", "treaty/ets-185", "2012-07-03", "-")
    }
