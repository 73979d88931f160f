"""A minister, a president or an ambassador the text gives an office of a state acts for that
state: "Foreign Minister X sent the Secretary General the notice of denunciation" is the state's
notice. An office of state in lower case after "the" ("The justice minister, X, says") is a post
in the state the text is about. A person with no such office acts for no one."""

from __future__ import annotations

from readings import domestic_steps, posts_of, treaty_actions

from loaders.registry import Registry

_VENEZUELA = (
    "Headline\n\nVenezuela ratified the American Convention on Human Rights in 1977. Venezuela's "
    "government changed its mind. On 10 September 2012, Foreign Minister Nicolás Maduro sent the OAS "
    "Secretary General the notice of denunciation of the convention."
)


def test_a_ministers_notice_is_his_states(registry: Registry) -> None:
    actions = treaty_actions(registry, _VENEZUELA, "2012-09-11")
    assert any(a[:4] == ("Denunciation", "state/ven", "treaty/achr", "2012-09-10") for a in actions)
    steps = domestic_steps(registry, _VENEZUELA, "2012-09-11")
    assert any(s[0] == "Notification" and s[1] == "state/ven" and s[3] == "2012-09-10" for s in steps)


def test_a_person_named_as_of_a_state_acts_for_it(registry: Registry) -> None:
    text = (
        "Headline\n\nOn 10 September 2012, Foreign Minister Nicolás Maduro of Venezuela sent the OAS "
        "Secretary General the notice of denunciation of the American Convention on Human Rights."
    )
    actions = treaty_actions(registry, text, "2012-09-11")
    assert any(a[:4] == ("Denunciation", "state/ven", "treaty/achr", "2012-09-10") for a in actions)


def test_a_person_with_no_office_of_state_acts_for_no_state(registry: Registry) -> None:
    text = (
        "Headline\n\nVenezuela ratified the American Convention on Human Rights in 1977. Venezuela's "
        "government changed its mind. The rights lawyer Ana Ortega sent the OAS Secretary General a "
        "letter on the denunciation of the convention."
    )
    assert not any(a[0] == "Denunciation" for a in treaty_actions(registry, text, "2012-09-11"))


def test_an_office_of_state_in_lower_case_is_a_post_of_the_state_told_of(registry: Registry) -> None:
    text = (
        "Headline\n\nZambia's parliament voted to ratify the protocol. The justice minister, Ngosa "
        "Simbyakula, says the instrument will be deposited within weeks. Zambia signed it in 2008."
    )
    assert ("person/ngosa-simbyakula", "state/zmb", "role/justice-minister") in posts_of(registry, text)
