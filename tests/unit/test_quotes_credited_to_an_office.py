"""A quotation credited to an office ("“...,” the ombudsman told the paper") is the words of the
one person the text gave that office, even with words before it ("Peru's human rights
ombudsman, Walter Gutiérrez"); where the text gave it to no one, the words are no one's, and
never the last speaker's."""

from __future__ import annotations

from readings import statements

from loaders.registry import Registry


def test_the_office_named_after_a_quote_is_its_holders(registry: Registry) -> None:
    text = (
        "Headline\n\nPeru's human rights ombudsman, Walter Gutiérrez, spoke on Thursday. The minister, "
        'Vicente Zeballos, said: "The government respects the court."\n\n'
        '"The court\'s rulings are binding on Peru," the ombudsman told the newspaper.'
    )
    found = statements(registry, text)
    assert ("person/walter-gutierrez", "The court's rulings are binding on Peru") in found
    assert ("person/vicente-zeballos", "The court's rulings are binding on Peru") not in found


def test_an_office_no_one_was_given_credits_no_one(registry: Registry) -> None:
    text = (
        'Headline\n\nThe minister, Vicente Zeballos, said: "The government respects the court."\n\n'
        '"The rulings are binding," the ombudsman told the newspaper.'
    )
    assert not any(q == "The rulings are binding" for _, q in statements(registry, text))
