"""A domestic law passed by a state's legislature, told in the passive ("The law was adopted by
the National Assembly on 27 May"): a parliamentary approval of its own, with no treaty, where the
sentence names none and no step just before served a treaty action."""

from __future__ import annotations

from readings import domestic_steps

from loaders.registry import Registry


def test_a_law_adopted_by_a_named_legislature(registry: Registry) -> None:
    text = "Benin abolished the death penalty. The law was adopted by the Congress of Benin on 4 June 2016."
    assert domestic_steps(registry, text, "2016-07-01") == {
        ("ParliamentaryApproval", "org/congress-of-benin", None, "2016-06-04", None)
    }


def test_a_law_approved_by_the_legislature_of_the_state_told_before(registry: Registry) -> None:
    text = "Benin abolished the death penalty in 2016. The law was approved by the Congress on 4 June 2016."
    assert domestic_steps(registry, text, "2016-07-01") == {
        ("ParliamentaryApproval", "org/congress-of-benin", None, "2016-06-04", None)
    }


def test_a_treaty_adopted_by_an_assembly_is_still_its_adoption(registry: Registry) -> None:
    text = "The Convention against Torture was adopted by the General Assembly on 10 December 1984."
    assert not domestic_steps(registry, text, "2016-07-01")


def test_a_law_adopted_by_a_body_that_is_no_legislature_is_no_vote(registry: Registry) -> None:
    text = "The law was adopted by the Lima Rights Forum as its model on 4 June 2016."
    assert not domestic_steps(registry, text, "2016-07-01")


def test_a_chamber_of_a_state_whose_name_takes_the_article(registry: Registry) -> None:
    text = (
        "The Dominican Republic abolished the death penalty long ago. The law was approved by the "
        "Senate on 4 June 2016."
    )
    assert domestic_steps(registry, text, "2016-07-01") == {
        ("ParliamentaryApproval", "org/senate-of-the-dominican-republic", None, "2016-06-04", None)
    }
