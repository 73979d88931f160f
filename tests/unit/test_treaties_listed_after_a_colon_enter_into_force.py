"""Treaties listed as the subject of an entry into force after a colon ("Update, 2 May 2014: The
Convention against Torture, CEDAW and the Convention on the Rights of the Child entered into
force for Nauru today") each entered into force; a list that is the object of another verb
before it ("Nauru ratified A and B entered ...") is no such subject. Every passage is written
for these tests."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_each_treaty_listed_after_a_colon_enters_into_force(registry: Registry) -> None:
    text = (
        "Update, 2 May 2014: The Convention against Torture, CEDAW and the Convention on the Rights of "
        "the Child entered into force for Nauru today."
    )
    found = {a[:4] for a in treaty_actions(registry, text, "2014-05-02") if a[0] == "EntryIntoForce"}
    assert found == {
        ("EntryIntoForce", "state/nru", t, "2014-05-02")
        for t in ("treaty/un-cat", "treaty/cedaw", "treaty/crc")
    }


def test_treaties_that_are_another_verb_s_objects_do_not_enter_into_force(registry: Registry) -> None:
    text = (
        "Nauru ratified the Convention against Torture and the Convention on the Rights of the Child "
        "entered into force in 1990."
    )
    found = {a[2] for a in treaty_actions(registry, text) if a[0] == "EntryIntoForce"}
    assert "treaty/un-cat" not in found
