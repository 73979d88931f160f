"""Domestic steps and judgments whose parts the sentence gives indirectly: a depositary by its bare
title, a decree on the treaty a passive sentence is about, a year-less date written after another
clause's year, a judgment named by its day and its case, a header below a masthead line."""

from __future__ import annotations

from pathlib import Path

import pytest
from readings import by_node, domestic_steps, judgments

from loaders.documents import document_from_text
from loaders.extract import extract
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

# ---------------------------------------------------------------------------- depositary by title


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Burundi announced its withdrawal from the Rome Statute of the International Criminal Court. "
            "Burundi's notification was deposited with the Secretary-General in New York on 27 October 2016.",
            "2017-10-27",
            ("Notification", "state/bdi", "org/un-sg", "2016-10-27", "treaty/rome-statute"),
        ),
        (
            "Hungary notified the depositary of its withdrawal from the Rome Statute on 2 June 2023.",
            "2023-07-01",
            ("Notification", "state/hun", "org/un-sg", "2023-06-02", "treaty/rome-statute"),
        ),
        (
            "Venezuela announced it would leave the American Convention on Human Rights. Venezuela "
            "deposited its notice of denunciation with the Secretary General on 10 September 2012.",
            "2012-09-12",
            (
                "Notification",
                "state/ven",
                "org/general-secretariat-of-the-organization-of-american-states",
                "2012-09-10",
                "treaty/achr",
            ),
        ),
    ],
)
def test_a_depositary_by_its_bare_title_is_the_treaty_s_own(
    registry: Registry, text: str, published: str, expected: tuple[str, ...]
) -> None:
    assert expected in domestic_steps(registry, text, published)


def test_a_secretary_general_is_no_depositary_that_is_a_government(registry: Registry) -> None:
    # the Geneva Conventions' depositary is the Swiss Federal Council, no Secretary-General
    text = (
        "Ruritania announced its withdrawal from the Geneva Conventions. Its notice of withdrawal was "
        "deposited with the Secretary-General on 3 March 2021."
    )
    steps = domestic_steps(registry, text, "2021-04-01")
    assert all(s[2] != "org/swiss-federal-council" for s in steps), steps


def test_a_secretary_general_of_a_named_body_is_that_body_s(registry: Registry) -> None:
    text = (
        "Russia notified the Secretary General of the Council of Europe of its denunciation of the "
        "European Convention on Human Rights on 15 March 2022."
    )
    steps = domestic_steps(registry, text, "2022-04-01")
    assert {s[2] for s in steps if s[0] == "Notification"} <= {"org/coe-sg"}, steps


# ---------------------------------------------------------------------------- decree on the passive's subject


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Istanbul Convention was approved by parliament on 14 December 2012, and ratified by "
            "the President of the Republic, Aníbal Cavaco Silva, by Decree No. 13/2013 of 21 January.",
            "2013-02-05",
            ("Decree", "person/anibal-cavaco-silva", None, "2013-01-21", "treaty/cets-210"),
        ),
        (
            "The Rome Statute, adopted in 1998, was approved by the legislature, and ratified by "
            "President Evo Morales by supreme decree on 12 February 2008.",
            "2008-03-01",
            ("Decree", "person/evo-morales", None, "2008-02-12", "treaty/rome-statute"),
        ),
    ],
)
def test_a_decree_serves_the_treaty_a_passive_sentence_is_about(
    registry: Registry, text: str, published: str, expected: tuple[str, ...]
) -> None:
    assert expected in domestic_steps(registry, text, published)


def test_a_decree_on_something_else_takes_no_treaty_and_no_other_clause_s_year(registry: Registry) -> None:
    text = (
        "Brazil's parliament met on 3 November 2007, and President Luiz Inácio Lula da Silva declared "
        "a state of emergency by decree on 12 February."
    )
    steps = domestic_steps(registry, text, "2008-03-01")
    decrees = {s for s in steps if s[0] == "Decree"}
    assert all(s[4] is None and s[3] != "2007-02-12" for s in decrees), decrees


# ---------------------------------------------------------------------------- judgments


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "In today's Grand Chamber judgment in the case of Hirsi Jamaa and Others v. Italy (application "
            "no. 27765/09), which is final, the European Court of Human Rights held, unanimously, that there "
            "had been two violations of Article 3.",
            "2012-02-23",
            ("org/ecthr", "state/ita", "2012-02-23"),
        ),
        (
            "In yesterday's ruling in the case of Novak v. Croatia, the European Court of Human Rights held "
            "that Croatia had breached Article 8.",
            "2019-03-02",
            ("org/ecthr", "state/hrv", "2019-03-01"),
        ),
        (
            "In today's Grand Chamber judgment in the case of Sejdić and Finci v. Bosnia and Herzegovina, "
            "the European Court of Human Rights held:",
            "2009-12-22",
            ("org/ecthr", "state/bih", "2009-12-22"),
        ),
        (
            "On 23 November 2010, in Greens and M.T. v. the United Kingdom, a Chamber of the European Court "
            "of Human Rights found the same violation.",
            "2011-02-10",
            ("org/ecthr", "state/gbr", "2010-11-23"),
        ),
        (
            "The applicant was detained in March 2020, and the European Court of Human Rights held on "
            "12 January that Russia had violated Article 5.",
            "2021-03-01",
            ("org/ecthr", "state/rus", "2021-01-12"),
        ),
    ],
)
def test_judgments_by_their_day_their_case_and_their_own_year(
    registry: Registry, text: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert expected in judgments(registry, text, published)


@pytest.mark.parametrize(
    "text",
    [
        "In today's interview, the President of the European Court of Human Rights held that the Court "
        "must stay independent.",
        "The meeting was held: the European Court of Human Rights and Bosnia and Herzegovina met.",
    ],
)
def test_no_judgment_without_a_court_finding(registry: Registry, text: str) -> None:
    assert judgments(registry, text, "2019-03-02") == set()


def test_a_year_less_judgment_date_after_another_clause_s_year(registry: Registry) -> None:
    text = (
        "Mammadov was released on probation in August 2018, while the proceedings were pending, and the "
        "Grand Chamber of the European Court of Human Rights found on 29 May that the violation was "
        "established."
    )
    dates = {d for _, _, d in judgments(registry, text, "2019-06-04")}
    assert "2019-05-29" in dates and "2018-05-29" not in dates, dates


# ---------------------------------------------------------------------------- a header below a masthead


def test_a_bulletin_below_its_masthead_line_dates_today(registry: Registry) -> None:
    text = (
        "SEIMAS OF LITHUANIA - Press bulletin\nSitting of Thursday, 9 June 2022\n\n"
        "Ratification act passed\n\n"
        "Lithuania's Seimas today passed the Act on the Ratification of the Council of Europe Convention on "
        "Preventing and Combating Violence against Women and Domestic Violence.\n"
    )
    document = document_from_text(text, "bulletin", where=Path("bulletin.txt"))
    assert document.metadata.date_published == "2022-06-09"
    facts = by_node(extract(document, registry))
    approvals = [p for p in facts.values() if TG.ParliamentaryApproval in p.get(RDF.type, set())]
    assert approvals and all(p.get(TG.date) == {"2022-06-09"} for p in approvals), approvals


def test_a_dateline_opening_the_story_still_ends_the_header() -> None:
    text = "VILNIUS (Baltic Wire) - The Seimas passed the law.\n\nSitting of 9 June 2022\n"
    document = document_from_text(text, "wire", where=Path("wire.txt"))
    assert document.metadata.date_published is None


# ---------------------------------------------------------------------------- the bill and the law followed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burundi announced its withdrawal from the Rome Statute. The National Assembly of Burundi "
            "approved the withdrawal bill on 12 October 2016, and President Pierre Nkurunziza promulgated "
            "the law six days later.",
            ("LawSigning", "person/pierre-nkurunziza", None, "2016-10-18", "treaty/rome-statute"),
        ),
        (
            "The Sejm of Poland voted on 3 May 2019 to ratify the Istanbul Convention, and President Andrzej "
            "Duda signed the law a week later.",
            ("LawSigning", "person/andrzej-duda", None, "2019-05-10", "treaty/cets-210"),
        ),
    ],
)
def test_a_law_signed_days_after_the_vote_it_follows(
    registry: Registry, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in domestic_steps(registry, text, "2020-01-01")


def test_days_later_counts_only_from_a_full_date(registry: Registry) -> None:
    text = (
        "The Sejm of Poland voted in May 2019 to ratify the Istanbul Convention, and President Andrzej Duda "
        "signed the law a week later."
    )
    assert not any(s[0] == "LawSigning" for s in domestic_steps(registry, text, "2020-01-01"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malawi is a party to the International Covenant on Civil and Political Rights. The government "
            "of Malawi sent a bill on the ratification of the Second Optional Protocol to parliament in "
            "January 2020. The National Assembly adopted the bill on 3 March 2020.",
            ("ParliamentaryApproval", "org/national-assembly-of-malawi", None, "2020-03-03",
             "treaty/iccpr-op2"),
        ),
        (
            "The government of Chile submitted a bill on the accession to the Escazú Agreement to Congress "
            "in March 2022. Congress passed the bill on 31 May 2022.",
            ("ParliamentaryApproval", "org/congress-of-chile", None, "2022-05-31", "treaty/escazu-agreement"),
        ),
    ],
)  # fmt: skip
def test_a_vote_on_the_bill_of_the_sentence_before_serves_its_act(
    registry: Registry, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in domestic_steps(registry, text, "2022-12-01")


def test_a_vote_on_a_bill_two_topics_later_serves_nothing(registry: Registry) -> None:
    text = (
        "The government of Ghana sent a bill on the withdrawal from the Rome Statute to parliament in 2019. "
        "Years later, the Parliament of Ghana debated a pensions reform. The Parliament of Ghana passed the "
        "bill on 3 March 2022."
    )
    steps = domestic_steps(registry, text, "2022-12-01")
    assert not any(s[0] == "ParliamentaryApproval" and s[3] == "2022-03-03" for s in steps), steps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France ratified Protocol No. 16 to the European Convention on Human Rights. Parliament "
            "authorised ratification earlier this year, and the law was promulgated by President Emmanuel "
            "Macron on 3 April.",
            ("LawSigning", "person/emmanuel-macron", None, "2018-04-03", "treaty/cets-214"),
        ),
        (
            "The National Assembly of Burundi approved the withdrawal bill from the Rome Statute on "
            "12 October 2016; the law was signed by President Pierre Nkurunziza on 18 October 2016.",
            ("LawSigning", "person/pierre-nkurunziza", None, "2016-10-18", "treaty/rome-statute"),
        ),
    ],
)
def test_the_law_promulgated_in_the_passive_serves_the_act_voted_on(
    registry: Registry, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in domestic_steps(registry, text, "2018-04-12")


def test_a_law_of_its_own_signed_in_the_passive_serves_no_treaty(registry: Registry) -> None:
    text = (
        "The Istanbul Convention was signed by Burundi in 2014. The law on pensions was signed by President "
        "Pierre Nkurunziza on 18 October 2016."
    )
    steps = domestic_steps(registry, text, "2018-04-12")
    assert not any(s[0] == "LawSigning" and s[4] is not None for s in steps), steps


def test_a_year_less_date_takes_its_own_sentence_s_year_before_an_earlier_one(registry: Registry) -> None:
    text = (
        "Protocol No. 16 to the European Convention on Human Rights is now in force for France. Paris signed "
        "the text on 2 October 2013, the day it was opened for signature. Parliament authorised "
        "ratification earlier this year, and the law was promulgated by President Emmanuel Macron on 3 April."
    )
    dates = {s[3] for s in domestic_steps(registry, text, "2018-04-12") if s[0] == "LawSigning"}
    assert dates == {"2018-04-03"}, dates
