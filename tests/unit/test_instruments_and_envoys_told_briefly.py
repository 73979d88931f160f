"""Acts told in few words: "deposited its instrument" after the sentence named the act ("ratified
... and deposited its instrument on 24 March 2022") is that act's deposit; "its envoy to the
United Nations had signed" is the state's signature; an instrument whose act no word names is
none."""

from __future__ import annotations

from readings import facts_of, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import TG

_OP2 = "the Second Optional Protocol to the International Covenant on Civil and Political Rights"


def test_its_instrument_is_of_the_act_the_sentence_named(registry: Registry) -> None:
    text = f"Headline\n\nKazakhstan ratified {_OP2} in 2021 and deposited its instrument on 24 March 2022."
    facts = facts_of(registry, text, "2023-02-14")
    assert "2022-03-24" in facts["action/kaz-iccpr-op2-ratification"][TG.date]


def test_an_instrument_no_act_names_is_none(registry: Registry) -> None:
    text = f"Headline\n\nKazakhstan studied {_OP2} in 2021 and deposited its instrument on 24 March 2022."
    assert not any(a[3] == "2022-03-24" for a in treaty_actions(registry, text, "2023-02-14"))


def test_its_envoy_signs_for_the_state(registry: Registry) -> None:
    text = (
        f"Headline\n\nKazakhstan abolished the death penalty in 2021. A few months earlier, in September "
        f"2020, its envoy to the United Nations had signed {_OP2}."
    )
    actions = treaty_actions(registry, text, "2023-02-14")
    assert ("Signature", "state/kaz", "treaty/iccpr-op2", "2020-09", "-") in actions
