"""Standing that a sentence gives without naming the treaty again: a denied signature or
ratification whose object is left out or is "it" for the treaty the text is about, a relative
"to which" before the state, and the false facts these shapes must not give."""

from __future__ import annotations

import pytest
from readings import standings

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Portugal became the tenth state to ratify the Istanbul Convention in May. "
            "Spain, Italy and Greece have not ratified.",
            {
                ("state/esp", "notPartyTo", "treaty/cets-210"),
                ("state/ita", "notPartyTo", "treaty/cets-210"),
                ("state/grc", "notPartyTo", "treaty/cets-210"),
            },
        ),
        (
            "Kenya ratified the Convention against Torture in 1997. Tonga has not signed.",
            {("state/ton", "notPartyTo", "treaty/un-cat")},
        ),
        (
            "Belgium ratified the Rome Statute in 2000. Several large states, India and Indonesia "
            "among them, have yet to ratify it.",
            {
                ("state/ind", "notPartyTo", "treaty/rome-statute"),
                ("state/idn", "notPartyTo", "treaty/rome-statute"),
            },
        ),
        (
            "Peru ratified the International Covenant on Economic, Social and Cultural Rights in "
            "1978. We hope this will be followed by ratification of the International Covenant on "
            "Civil and Political Rights, to which Bhutan is not yet a party.",
            {("state/btn", "notPartyTo", "treaty/iccpr")},
        ),
    ],
)
def test_standing_with_the_treaty_left_out(
    registry: Registry, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert expected <= standings(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # two treaties in reach: which one is left out is not known
        "The Council of Europe adopted the Convention on Cybercrime in 2001 and its Additional "
        "Protocol in 2003. Ireland has not ratified.",
        # "it" after an organisation: not a treaty
        "Mexico joined the Organization of American States long ago. Cuba has not signed it.",
        # a simple past says nothing of today
        "Kenya ratified the Convention against Torture in 1997. Tonga did not sign.",
    ],
)
def test_no_standing_without_one_treaty(registry: Registry, text: str) -> None:
    assert not {f for f in standings(registry, text) if f[1] == "notPartyTo"}


def test_relative_to_which_is_not_the_topic(registry: Registry) -> None:
    """The text's own treaty is not what a state outside another treaty named in the sentence
    stays outside of."""
    text = (
        "Peru ratified the International Covenant on Economic, Social and Cultural Rights in 1978. "
        "The Covenant entered into force for Peru three months later. We hope this will be "
        "followed by ratification of the International Covenant on Civil and Political Rights, "
        "to which Bhutan is not yet a party."
    )
    facts = standings(registry, text)
    assert ("state/btn", "notPartyTo", "treaty/iccpr") in facts
    assert ("state/btn", "notPartyTo", "treaty/icescr") not in facts


def test_an_unlisted_name_is_not_the_treaty_left_out(registry: Registry) -> None:
    """A name the registry does not list may be a cut-short form of a longer one: a denied
    ratification with no object does not take it."""
    text = (
        "The Regional Convention on the counterfeiting of seeds was opened for signature in 2011. "
        "Several signatories, Spain and Italy among them, have yet to ratify."
    )
    assert not {f for f in standings(registry, text) if f[1] == "notPartyTo"}


def test_an_unlisted_topic_is_not_the_treaty_left_out(registry: Registry) -> None:
    """The same where the unlisted treaty is only the one the text is about."""
    text = (
        "The Regional Convention on Seed Fraud was opened for signature in 2011. The Regional "
        "Convention entered into force in 2016.\n\nIts parties meet every two years. They "
        "exchange information. They publish a report.\n\nSeveral signatories, Spain and Italy "
        "among them, have yet to ratify."
    )
    assert not {f for f in standings(registry, text) if f[1] == "notPartyTo"}
