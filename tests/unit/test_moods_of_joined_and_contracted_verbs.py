"""The mood of a clause reaches every verb it governs: a contracted "not" ("hasn't ratified",
"didn't sign") denies the act, and so does a "not" before two verbs joined by "or"; a modal or
"will" before two joined bare verbs ("should sign and ratify", "will ratify A and accede to B")
governs both; an adverb set off by commas ("has not, however, become a party") does not end a
negation; a present tense after "once" or "until" waits for an act. Every passage is written for
these tests."""

from __future__ import annotations

import pytest
from readings import facts_of, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import TG


def _not_party(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (subject, treaty)
        for subject, props in facts_of(registry, text).items()
        for treaty in props.get(TG.notPartyTo, set())
    }


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea hasn't ratified the Convention on the Rights of Persons with Disabilities.",
        "Eritrea hasn\u2019t ratified the Convention on the Rights of Persons with Disabilities.",
        "Eritrea has not, however, become a party to the Convention on the Rights of Persons with "
        "Disabilities.",
        "Eritrea has not, so far, ratified the Convention on the Rights of Persons with Disabilities.",
        "Eritrea has not signed or ratified the Convention on the Rights of Persons with Disabilities.",
    ],
)
def test_a_negation_contracted_or_interrupted_denies_the_act(registry: Registry, text: str) -> None:
    assert treaty_actions(registry, text) == set()
    assert _not_party(registry, text) == {("state/eri", "treaty/crpd")}


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea didn't sign the Convention on the Rights of Persons with Disabilities.",
        "Eritrea won't withdraw from the Convention on the Rights of Persons with Disabilities.",
        "Eritrea should sign and ratify the Convention on the Rights of Persons with Disabilities.",
        "Eritrea will ratify the Convention against Torture and accede to the Convention on the Rights of "
        "Persons with Disabilities.",
        "Eritrea should ratify the Covenant it signed in 2001 and accede to the Convention on the Rights of "
        "Persons with Disabilities.",
        "The groups want the courts to apply the Convention on the Rights of Persons with Disabilities once "
        "Eritrea ratifies it.",
        "Nothing will change until Eritrea joins the Convention on the Rights of Persons with Disabilities.",
    ],
)
def test_an_act_denied_wished_or_awaited_is_not_done(registry: Registry, text: str) -> None:
    assert treaty_actions(registry, text) == set()


def test_joined_verbs_told_as_done_stay_done(registry: Registry) -> None:
    text = (
        "Eritrea signed the Convention on the Rights of Persons with Disabilities in 2001 and ratified it "
        "in 2012."
    )
    assert {(a[0], a[3]) for a in treaty_actions(registry, text)} == {
        ("Signature", "2001"),
        ("Ratification", "2012"),
    }
