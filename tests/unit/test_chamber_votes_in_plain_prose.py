"""A legislature's vote told in plain news prose: "Parliament ratified it", "the parliament of
Georgia ratified the convention", two chambers in one passive clause each with its own date;
beside them the false date that dates given "respectively" used to give to one chamber."""

from __future__ import annotations

import pytest
from readings import Step, domestic_steps

from loaders.registry import Registry


def _steps(registry: Registry, text: str) -> set[Step]:
    return domestic_steps(registry, text, "2024-06-07")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # a legislature by its common noun, the treaty by a pronoun
            "Moldova signed the Istanbul Convention in 2017. Parliament ratified it on 14 October 2021.",
            ("ParliamentaryApproval", "org/parliament-of-moldova", None, "2021-10-14", "treaty/cets-210"),
        ),
        (  # the legislature "of" its state
            "Moldova signed the Istanbul Convention in 2017. The parliament of Moldova ratified the "
            "convention on 14 October 2021.",
            ("ParliamentaryApproval", "org/parliament-of-moldova", None, "2021-10-14", "treaty/cets-210"),
        ),
        (
            "Moldova signed the Istanbul Convention in 2017. The parliament of Moldova approved the "
            "Istanbul Convention on 14 October 2021.",
            ("ParliamentaryApproval", "org/parliament-of-moldova", None, "2021-10-14", "treaty/cets-210"),
        ),
    ],
)
def test_a_legislature_ratifying(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(registry, text)


def test_a_state_ratifying_is_no_vote(registry: Registry) -> None:
    text = "Moldova signed the Istanbul Convention in 2017. Moldova ratified it on 31 January 2022."
    assert not {s for s in _steps(registry, text) if s[0] == "ParliamentaryApproval"}


def test_a_law_signed_after_the_chamber_ratified(registry: Registry) -> None:
    text = (
        "Moldova signed the Istanbul Convention in 2017. Parliament ratified the convention on 14 October "
        "2021, and President Maia Sandu signed the law on 20 October 2021."
    )
    assert _steps(registry, text) >= {
        ("ParliamentaryApproval", "org/parliament-of-moldova", None, "2021-10-14", "treaty/cets-210"),
        ("LawSigning", "person/maia-sandu", None, "2021-10-20", "treaty/cets-210"),
    }


def test_two_chambers_of_one_passive_clause(registry: Registry) -> None:
    text = (
        "Chile signed the Istanbul Convention in 2013. The bill on ratification of the convention was "
        "approved by the Chamber of Deputies on 4 March 2020 and by the Senate on 18 March 2020."
    )
    assert _steps(registry, text) >= {
        ("ParliamentaryApproval", "org/chamber-of-deputies-of-chile", None, "2020-03-04", "treaty/cets-210"),
        ("ParliamentaryApproval", "org/senate-of-chile", None, "2020-03-18", "treaty/cets-210"),
    }


def test_dates_given_respectively_do_not_date_one_chamber(registry: Registry) -> None:
    text = (
        "Chile signed the Istanbul Convention in 2013. The Chamber of Deputies and the Senate approved "
        "the ratification of the convention on 4 March and 18 March 2020 respectively."
    )
    approvals = {s for s in _steps(registry, text) if s[0] == "ParliamentaryApproval"}
    assert approvals
    assert {s[3] for s in approvals} == {None}


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Kenya signed the Istanbul Convention in 2013. On 2 March 2015, the National Assembly approved "
            "a draft law on the ratification of the convention.",
            (
                "ParliamentaryApproval",
                "org/national-assembly-of-kenya",
                None,
                "2015-03-02",
                "treaty/cets-210",
            ),
        ),
        (  # the cabinet's approval of the draft is the executive's decision, no vote
            "Kenya signed the Istanbul Convention in 2013. On 2 March 2015, the cabinet approved a draft law "
            "on the ratification of the convention.",
            ("Decree", "org/cabinet-of-kenya", None, "2015-03-02", "treaty/cets-210"),
        ),
    ],
)
def test_a_draft_law_approved(registry: Registry, text: str, step: Step) -> None:
    assert step in _steps(registry, text)
    if step[0] == "Decree":
        assert not {s for s in _steps(registry, text) if s[0] == "ParliamentaryApproval"}
