"""Words of time beside a name or an activity belong to the sentence, not to them: "Today ILO
Convention No. 169 enters into force" names the convention without "Today", and "the
Committee, which reviews reports from states, in 2005" gives the committee the activity
without the year. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import facts_of, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import TG


@pytest.mark.parametrize("opening", ["Today", "On Monday", "Yesterday"])
def test_a_time_word_opening_the_sentence_is_no_part_of_a_treaty_name(
    registry: Registry, opening: str
) -> None:
    sentence = (
        f"{opening} ILO Convention No. 169 on Indigenous and Tribal Peoples enters into force for Peru."
    )
    treaties = {a[2] for a in treaty_actions(registry, sentence, "2008-09-15")}
    assert treaties and all(t.startswith("treaty/ilo-convention-no-169") for t in treaties), treaties


def _functions(registry: Registry, text: str) -> set[str]:
    facts = facts_of(registry, "Profile\n\n" + text, "2020-01-01")
    return {f for props in facts.values() for f in props.get(TG.function, set())}


def test_a_date_after_a_comma_closes_the_activity(registry: Registry) -> None:
    text = "Mendez joined the Committee against Torture, which reviews reports from states, in 2005."
    assert _functions(registry, text) == {"reviews reports from states"}


def test_words_after_a_comma_that_go_on_with_the_activity_stay(registry: Registry) -> None:
    text = "The Committee against Torture reviews reports from states, in particular on detention."
    assert _functions(registry, text) == {"reviews reports from states, in particular on detention"}
