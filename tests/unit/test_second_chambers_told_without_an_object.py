"""A second chamber's vote told with no object of its own ("The House of Councillors followed,
also without a dissenting vote, on 4 December", "The Senate of the Republic gave its final
approval on 19 June") approves what the vote told just before approved; a bill named by the bare
act it serves ("the bill authorising ratification was approved by the Chamber") is a step of the
one treaty the text is about. With no vote told before, such a sentence approves nothing."""

from __future__ import annotations

import pytest
from readings import domestic_steps

from loaders.registry import Registry

_JAPAN = (
    "Headline\n\nJapan ratified the Convention on the Rights of Persons with Disabilities. The House of "
    "Representatives approved the convention on 19 November 2013. {second}"
)


@pytest.mark.parametrize(
    "second",
    [
        "The House of Councillors followed on 4 December.",
        "The House of Councillors followed, also without a dissenting vote, on 4 December.",
        "The House of Councillors gave its final approval on 4 December.",
    ],
)
def test_the_second_chamber_approves_what_the_first_did(second: str, registry: Registry) -> None:
    steps = domestic_steps(registry, _JAPAN.format(second=second), "2013-12-10")
    assert (
        "ParliamentaryApproval",
        "org/house-of-councillors-of-japan",
        None,
        "2013-12-04",
        "treaty/crpd",
    ) in steps


def test_a_bill_named_by_its_act_is_a_step_of_the_treaty_told(registry: Registry) -> None:
    text = (
        "Headline\n\nItaly has ratified the Istanbul Convention. The bill authorising ratification was "
        "approved by the Chamber of Deputies on 28 May 2013. The Senate of the Republic gave its final "
        "approval on 19 June."
    )
    steps = domestic_steps(registry, text, "2013-07-01")
    assert {(a, d, t) for _, a, _, d, t in steps} == {
        ("org/chamber-of-deputies-of-italy", "2013-05-28", "treaty/cets-210"),
        ("org/senate-of-the-republic", "2013-06-19", "treaty/cets-210"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Italy has ratified the Istanbul Convention. The Senate of the Republic gave its final approval "
        "on 19 June.",
        "Italy has ratified the Istanbul Convention. The Chamber of Deputies approved the ratification "
        "bill on 28 May 2013. The Senate gave its final approval to the budget on 19 June.",
    ],
)
def test_no_approval_told_before_or_another_object_is_no_step(text: str, registry: Registry) -> None:
    steps = domestic_steps(registry, "Headline\n\n" + text, "2013-07-01")
    assert not {s for s in steps if s[3] == "2013-06-19"}
