"""Entry into force for one state: the state fronted before the clause ("For the Maldives, the
statute will enter into force on 1 December"), and a day counted from another date ("on the
thirtieth day following today's deposit"), which is never the day of entry into force itself."""

from __future__ import annotations

import pytest
from readings import facts_of, treaty_actions

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For the Maldives, the Rome Statute will enter into force on 1 December 2011.",
            ("EntryIntoForce", "state/mdv", "treaty/rome-statute", "2011-12-01", "-"),
        ),
        (
            "Chile ratified the Escazú Agreement in June 2022. For Chile, the agreement entered into "
            "force on 13 September 2022.",
            ("EntryIntoForce", "state/chl", "treaty/escazu-agreement", "2022-09-13", "-"),
        ),
    ],
)
def test_a_fronted_state_is_the_state_it_enters_into_force_for(
    registry: Registry, text: str, expected: tuple[str, str, str, str, str]
) -> None:
    assert expected in treaty_actions(registry, text)


def test_a_fronted_phrase_without_a_state_is_the_treaty_s_own_entry(registry: Registry) -> None:
    text = "For its part, the Escazú Agreement entered into force on 22 April 2021."
    assert ("EntryIntoForce", "-", "treaty/escazu-agreement", "2021-04-22", "-") in treaty_actions(
        registry, text
    )


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Argentina today deposited its instrument of ratification of the Convention on the Rights "
            "of Persons with Disabilities. The Convention entered into force on 3 May 2008. For "
            "Argentina, it will enter into force on the thirtieth day following today's deposit.",
            "2017-10-23",
        ),
        (
            "Peru ratified the Escazú Agreement today. The agreement entered into force on 22 April "
            "2021. For Peru, it enters into force on the ninetieth day after today's deposit.",
            "2017-10-23",
        ),
    ],
)
def test_the_day_counted_from_does_not_date_the_entry_into_force(
    registry: Registry, text: str, anchor: str
) -> None:
    facts = facts_of(registry, text, "2017-10-23")
    entries = [p for p in facts.values() if TG.EntryIntoForce in p.get(RDF.type, set())]
    assert entries
    assert all(anchor not in p.get(TG.date, set()) for p in entries)


def test_a_date_before_the_count_still_dates_it(registry: Registry) -> None:
    text = (
        "The Convention against Torture entered into force on 26 June 1987, thirty days after the "
        "deposit of the twentieth instrument of ratification."
    )
    assert ("EntryIntoForce", "-", "treaty/un-cat", "1987-06-26", "-") in treaty_actions(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Protocol No. 6 was the first binding ban. It needed only five ratifications and entered into "
        "force on 1 March 1985.",
        "Protocol No. 6 to the European Convention on Human Rights was the first binding ban. The "
        "protocol needed only five ratifications and entered into force on 1 March 1985.",
    ],
)
def test_the_subject_of_a_first_verb_enters_into_force(registry: Registry, text: str) -> None:
    assert ("EntryIntoForce", "-", "treaty/ets-114", "1985-03-01", "-") in treaty_actions(registry, text)


def test_another_subject_after_a_comma_is_not_the_treaty_s_entry(registry: Registry) -> None:
    text = (
        "Protocol No. 6 was the first binding ban. It needed only five ratifications, and Ghana's "
        "entered into force on 1 March 1985."
    )
    assert not {a for a in treaty_actions(registry, text) if a[0] == "EntryIntoForce" and a[1] == "-"}
