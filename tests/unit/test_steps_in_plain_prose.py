"""Domestic steps told in the plain shapes of parliamentary news: a chamber's vote told in the
passive with the treaty as "it", and the false ratification such a vote must not give."""

from __future__ import annotations

import pytest
from readings import domestic_steps, treaty_actions

from loaders.registry import Registry


def test_it_approved_by_a_chamber_is_the_chamber_vote(registry: Registry) -> None:
    text = (
        "Kenya plans to ratify the Optional Protocol to the Convention against Torture. "
        "It was approved by the National Assembly on 6 May 2021."
    )
    assert domestic_steps(registry, text, "2021-06-01") == {
        ("ParliamentaryApproval", "org/national-assembly-of-kenya", None, "2021-05-06", "treaty/opcat")
    }


def test_it_approved_by_parliament_after_a_cabinet_decision(registry: Registry) -> None:
    text = (
        "Malawi's cabinet approved a bill to ratify the Convention on the Rights of Persons with "
        "Disabilities on 2 March 2009. It was approved by parliament on 14 July 2009."
    )
    steps = domestic_steps(registry, text, "2009-08-01")
    assert ("ParliamentaryApproval", "org/parliament-of-malawi", None, "2009-07-14", "treaty/crpd") in steps


def test_a_chamber_approving_gives_no_dated_ratification(registry: Registry) -> None:
    text = (
        "Kenya plans to ratify the Optional Protocol to the Convention against Torture. "
        "It was approved by parliament on 6 May 2021."
    )
    assert not {a for a in treaty_actions(registry, text, "2021-06-01") if a[3] != "-"}


def test_a_treaty_approved_by_the_senate_is_no_ratification_of_that_day(registry: Registry) -> None:
    text = (
        "Chile signed the Escazu Agreement in 2018. The agreement was approved by the Senate on 26 May 2022."
    )
    dated = {a for a in treaty_actions(registry, text, "2022-06-01") if a[0] == "Ratification"}
    assert all(a[3] == "-" for a in dated)


def test_it_as_subject_of_another_verb_is_no_step(registry: Registry) -> None:
    text = (
        "Kenya plans to ratify the Optional Protocol to the Convention against Torture. "
        "It was praised by the National Assembly on 6 May 2021."
    )
    assert not domestic_steps(registry, text, "2021-06-01")


def test_approved_its_ratification_is_the_vote_on_the_treaty_told(registry: Registry) -> None:
    text = (
        "Ecuador signed the Escazu Agreement in 2018. The National Assembly approved its "
        "ratification on 5 February 2020, the foreign ministry said on Friday."
    )
    assert domestic_steps(registry, text, "2020-02-10") == {
        (
            "ParliamentaryApproval",
            "org/national-assembly-of-ecuador",
            None,
            "2020-02-05",
            "treaty/escazu-agreement",
        )
    }


def test_its_ratification_of_two_treaties_told_is_no_step(registry: Registry) -> None:
    text = (
        "Ecuador signed the Escazu Agreement and the Rome Statute in 2018. The National Assembly "
        "approved its ratification on 5 February 2020."
    )
    assert not domestic_steps(registry, text, "2020-02-10")


def test_not_approving_its_ratification_is_no_step(registry: Registry) -> None:
    text = (
        "Ecuador signed the Escazu Agreement in 2018. The National Assembly has not approved its "
        "ratification."
    )
    assert not domestic_steps(registry, text, "2020-02-10")


_BILL = (
    "Zambia's cabinet approved a bill to ratify the Convention on the Rights of Persons with "
    "Disabilities on 4 March 2010. "
)


def test_a_chamber_passed_it_is_its_vote(registry: Registry) -> None:
    steps = domestic_steps(registry, _BILL + "The National Assembly passed it on 6 May 2010.", "2010-06-01")
    assert (
        "ParliamentaryApproval",
        "org/national-assembly-of-zambia",
        None,
        "2010-05-06",
        "treaty/crpd",
    ) in steps


def test_a_second_chamber_that_had_passed_it_before(registry: Registry) -> None:
    text = (
        "Argentina's Chamber of Deputies approved the Escazu Agreement on 24 September 2020 by 240 "
        "votes to 4, after the Senate had passed it unanimously on 2 September 2020."
    )
    steps = domestic_steps(registry, text, "2020-10-01")
    assert {(s[1], s[3]) for s in steps} == {
        ("org/chamber-of-deputies-of-argentina", "2020-09-24"),
        ("org/senate-of-argentina", "2020-09-02"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The National Assembly passed it on to the Senate on 6 May 2010.",
        "The National Assembly has not passed it.",
        "The National Assembly is expected to pass it in May.",
        "The National Assembly passed it by 40 votes to 57 on 6 May 2010.",
    ],
)
def test_passing_it_on_failing_or_not_yet_is_no_vote(registry: Registry, sentence: str) -> None:
    steps = domestic_steps(registry, _BILL + sentence, "2010-06-01")
    assert not {s for s in steps if s[0] == "ParliamentaryApproval"}


def test_the_government_sent_it_after_an_opening_date(registry: Registry) -> None:
    text = (
        "Paraguay signed the Escazu Agreement in 2018. On 11 May 2019 the government sent the "
        "agreement to Congress."
    )
    assert domestic_steps(registry, text, "2019-06-01") == {
        ("BillSubmission", "state/pry", "org/congress-of-paraguay", "2019-05-11", "treaty/escazu-agreement")
    }


def test_a_count_before_the_bare_act_is_the_vote(registry: Registry) -> None:
    text = (
        "Panama signed the Escazu Agreement in 2018. The National Assembly voted 52 to 3 in favour "
        "of ratification on 10 March 2020."
    )
    assert domestic_steps(registry, text, "2020-06-01") == {
        (
            "ParliamentaryApproval",
            "org/national-assembly-of-panama",
            None,
            "2020-03-10",
            "treaty/escazu-agreement",
        )
    }


def test_a_count_short_of_a_majority_is_no_approval(registry: Registry) -> None:
    text = (
        "Panama signed the Escazu Agreement in 2018. The National Assembly voted 3 to 52 in favour "
        "of ratification on 10 March 2020."
    )
    assert not domestic_steps(registry, text, "2020-06-01")


def test_a_second_chamber_by_its_common_noun_followed(registry: Registry) -> None:
    text = (
        "Bolivia signed the Escazu Agreement in 2018. The Senate approved the agreement in October "
        "2019 and the Chamber of Deputies followed in November 2019."
    )
    steps = domestic_steps(registry, text, "2020-01-01")
    assert {(s[1], s[3]) for s in steps} == {
        ("org/senate-of-bolivia", "2019-10"),
        ("org/chamber-of-deputies-of-bolivia", "2019-11"),
    }


def test_others_following_are_no_chamber(registry: Registry) -> None:
    text = (
        "Bolivia signed the Escazu Agreement in 2018. The Senate approved the agreement in October "
        "2019. Other countries followed in November 2019."
    )
    steps = domestic_steps(registry, text, "2020-01-01")
    assert {(s[1], s[3]) for s in steps} == {("org/senate-of-bolivia", "2019-10")}


_JOINED = "Gabon joined the Rome Statute in 2000.\n\n"


def test_a_notice_that_it_would_leave_the_court_is_a_notice_on_its_statute(registry: Registry) -> None:
    text = _JOINED + (
        "Gabon notified the Secretary-General of the United Nations on 10 March 2018 that it would "
        "leave the International Criminal Court."
    )
    assert domestic_steps(registry, text, "2018-04-01") == {
        ("Notification", "state/gab", "org/un-sg", "2018-03-10", "treaty/rome-statute")
    }


def test_the_state_of_the_departure_told_gives_the_notice(registry: Registry) -> None:
    text = _JOINED + (
        "Its government had notified the Secretary-General of the United Nations on 10 March 2018 "
        "that Gabon would leave the International Criminal Court; the new government revoked that "
        "notice on 2 May 2018."
    )
    steps = domestic_steps(registry, text, "2018-06-01")
    assert ("Notification", "state/gab", "org/un-sg", "2018-03-10", "treaty/rome-statute") in steps


@pytest.mark.parametrize(
    "verb", ["would not leave the International Criminal Court", "would not withdraw from the Rome Statute"]
)
def test_a_notice_that_it_would_not_leave_is_no_denunciation(registry: Registry, verb: str) -> None:
    text = _JOINED + (
        f"Gabon notified the Secretary-General of the United Nations on 10 March 2018 that it {verb}."
    )
    assert not domestic_steps(registry, text, "2018-04-01")
    assert not {a for a in treaty_actions(registry, text, "2018-04-01") if a[0] == "Denunciation"}


_OP2 = "the Second Optional Protocol to the International Covenant on Civil and Political Rights"


def test_a_council_of_ministers_of_a_state_issues_the_decree(registry: Registry) -> None:
    text = (
        "The Council of Ministers of Benin adopted a decree on 2 May 2012 authorising "
        f"ratification of {_OP2}."
    )
    assert domestic_steps(registry, text, "2012-06-01") == {
        ("Decree", "org/council-of-ministers-of-benin", None, "2012-05-02", "treaty/iccpr-op2")
    }
    assert ("Ratification", "state/ben", "treaty/iccpr-op2", "-", "-") in treaty_actions(
        registry, text, "2012-06-01"
    )


def test_a_state_whose_own_name_holds_of_keeps_its_name(registry: Registry) -> None:
    text = (
        "The National Assembly of the Democratic Republic of the Congo voted on 3 May 2010 to "
        "ratify the Convention on the Rights of Persons with Disabilities."
    )
    assert {a[1] for a in treaty_actions(registry, text, "2010-06-01")} == {"state/cod"}


def test_a_chamber_passing_the_abolition_bill_votes_on_a_law(registry: Registry) -> None:
    text = "Benin's parliament passed the abolition bill on 18 June 2012 by 67 votes to 3."
    assert domestic_steps(registry, text, "2012-07-01") == {
        ("ParliamentaryApproval", "org/parliament-of-benin", None, "2012-06-18", None)
    }


def test_a_law_of_another_kind_is_no_step(registry: Registry) -> None:
    assert not domestic_steps(
        registry, "Benin's parliament passed the budget bill on 18 June 2012.", "2012-07-01"
    )


_SIGNED = "Mexico signed the Escazu Agreement in 2018. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The Senate approved it, the foreign ministry said on 9 November 2020.",
        "It was approved by the Senate, the foreign ministry said in a statement on 9 November 2020.",
        "The government sent the agreement to the Senate, the foreign ministry said on Friday.",
        "The Senate voted to ratify it, a spokeswoman for the Senate told reporters on 9 November 2020.",
    ],
)
def test_a_trailing_attribution_never_dates_the_step(registry: Registry, sentence: str) -> None:
    steps = domestic_steps(registry, _SIGNED + sentence, "2020-11-13")
    assert steps
    assert {s[3] for s in steps} == {None}


def test_the_step_own_date_before_the_attribution_stands(registry: Registry) -> None:
    text = (
        _SIGNED + "The Senate approved it on 5 November 2020, the foreign ministry said on 9 November 2020."
    )
    assert {s[3] for s in domestic_steps(registry, text, "2020-11-13")} == {"2020-11-05"}
