"""A ratification told as a chain of domestic steps in any state's procedure: the government
submits "the ratification bill", the chamber "passed it", a legislature "approved its
conclusion"; with the readings that must give no step (another treaty or state in doubt, "it"
after something other than a bill, the conclusion of negotiations)."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps, treaty_actions

from loaders.registry import Registry


def _steps(text: str, registry: Registry) -> set[Step]:
    return domestic_steps(registry, text, "2022-06-20")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Estonia signed the Istanbul Convention in 2014. The government submitted the ratification bill "
            "to parliament in March 2017.",
            ("BillSubmission", "state/est", "org/parliament-of-estonia", "2017-03", "treaty/cets-210"),
        ),
        (
            "Ghana signed the Convention on the Rights of Persons with Disabilities in 2007. The cabinet "
            "tabled an accession bill on 3 May 2012.",
            ("BillSubmission", "state/gha", None, "2012-05-03", "treaty/crpd"),
        ),
        (  # "it": the bill the sentence before told of
            "Estonia signed the Istanbul Convention in 2014. The government submitted the ratification bill "
            "to parliament in March 2017. Parliament passed it on 4 June 2017.",
            ("ParliamentaryApproval", "org/parliament-of-estonia", None, "2017-06-04", "treaty/cets-210"),
        ),
        (
            "Chile signed the Rome Statute in 1998. Congress passed the ratification bill on 22 July 2009.",
            ("ParliamentaryApproval", "org/congress-of-chile", None, "2009-07-22", "treaty/rome-statute"),
        ),
        (  # a legislature approving the treaty's conclusion
            "Japan signed the Convention on Cybercrime in 2001, and the Diet approved its conclusion in "
            "2004.",
            ("ParliamentaryApproval", "org/diet", None, "2004", "treaty/ets-185"),
        ),
        (
            "Finland signed the Istanbul Convention in 2011. Finland's parliament approved its conclusion on "
            "12 May 2014.",
            ("ParliamentaryApproval", "org/parliament-of-finland", None, "2014-05-12", "treaty/cets-210"),
        ),
    ],
)
def test_chained_steps(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # two states could have submitted it
        "Estonia and Latvia signed the Istanbul Convention in 2014. The government submitted the "
        "ratification bill to parliament in March 2017.",
        # two treaties the bill could serve
        "The Istanbul Convention and the Lanzarote Convention were signed by Estonia. The government "
        "submitted the ratification bill to parliament in March 2017.",
        # the conclusion of talks is no treaty's
        "Japan signed the Convention on Cybercrime in 2001. The Diet approved the conclusion of "
        "negotiations in 2004.",
    ],
)
def test_no_step_where_the_act_is_in_doubt(registry: Registry, text: str) -> None:
    assert not _steps(text, registry)


def test_it_after_a_step_that_is_no_bill_is_no_vote(registry: Registry) -> None:
    text = (
        "Moldova signed the Istanbul Convention in 2017. The government submitted the ratification bill to "
        "parliament in March 2021. The president approved the decree in May 2021 and the chamber passed it "
        "on 4 June 2021."
    )
    assert not any(s[0] == "ParliamentaryApproval" and s[3] == "2021-06-04" for s in _steps(text, registry))


def test_a_treaty_adopted_is_no_vote_on_a_bill(registry: Registry) -> None:
    text = (
        "Estonia's government submitted the ratification bill to parliament in March 2017. The Convention on "
        "the Rights of Persons with Disabilities was negotiated in New York, and the General Assembly "
        "adopted it on 13 December 2006."
    )
    assert ("Adoption", "-", "treaty/crpd", "2006-12-13", "-") in treaty_actions(registry, text)
    assert not any(s[0] == "ParliamentaryApproval" for s in _steps(text, registry))
