"""A state "among the original signatories" signed the treaty named before; one "not among" them
did not. "On the same day" after a flashback is not the flashback's day."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_among_the_original_signatories_is_a_signature(registry: Registry) -> None:
    text = (
        "France helped to write the European Convention on Human Rights and was among the original "
        "signatories in Rome on 4 November 1950."
    )
    assert ("Signature", "state/fra", "treaty/ets-005", "1950-11-04", "-") in treaty_actions(registry, text)


def test_not_among_the_original_signatories_is_none(registry: Registry) -> None:
    text = "Spain was not among the original signatories of the European Convention on Human Rights."
    assert not {a for a in treaty_actions(registry, text) if a[0] == "Signature"}


def test_the_same_day_after_a_flashback_is_not_the_flashbacks_day(registry: Registry) -> None:
    text = (
        "On 2 October 2019 Angola deposited its instrument of ratification of the Convention against "
        "Torture. Angola had signed the Convention back on 24 September 2013. On the same day, the country "
        "also ratified the International Convention on the Elimination of All Forms of Racial Discrimination."
    )
    actions = treaty_actions(registry, text, "2019-10-04")
    assert not {a for a in actions if a[2] == "treaty/icerd" and a[3] == "2013-09-24"}


def test_the_same_day_after_a_plain_sentence_is_its_day(registry: Registry) -> None:
    text = (
        "Angola deposited its instrument of ratification of the Convention against Torture on "
        "2 October 2019. On the same day, the country also ratified the International Convention on the "
        "Elimination of All Forms of Racial Discrimination."
    )
    actions = treaty_actions(registry, text, "2019-10-04")
    assert ("Ratification", "state/ago", "treaty/icerd", "2019-10-02", "-") in actions
