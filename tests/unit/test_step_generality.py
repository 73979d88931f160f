"""Domestic steps, organisations' events and judgments in shapes articles about any state use:
passives, a legislature by its common noun, the government as the
author of a bill, decrees with their adjective, the law a step led to, a depositary "informed";
and the false facts that cabinets, other laws and votes against must not produce."""

from __future__ import annotations

import pytest
from readings import Step, by_node, claims_of, domestic_steps, facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _steps(text: str, registry: Registry) -> set[Step]:
    return domestic_steps(registry, text, "2019-05-10")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (  # a legislature by its own name, the state in the sentence before
            "Poland signed the Istanbul Convention in 2012. The Sejm voted 254 to 175 on 6 February 2015 "
            "to ratify the convention.",
            ("ParliamentaryApproval", "org/sejm", None, "2015-02-06", "treaty/cets-210"),
        ),
        (  # "approved accession to", no article
            "Kenya has not yet joined the Arms Trade Treaty. On 5 June 2018 the National Assembly of Kenya "
            "unanimously approved accession to the treaty.",
            (
                "ParliamentaryApproval",
                "org/national-assembly-of-kenya",
                None,
                "2018-06-05",
                "treaty/arms-trade-treaty",
            ),
        ),
        (  # the legislature by its common noun
            "In Argentina, the Senate approved the Rome Statute on 30 November 2000.",
            ("ParliamentaryApproval", "org/senate-of-argentina", None, "2000-11-30", "treaty/rome-statute"),
        ),
        (
            "The Senate of the Philippines concurred in the ratification of the Rome Statute "
            "on 23 August 2011.",
            (
                "ParliamentaryApproval",
                "org/senate-of-the-philippines",
                None,
                "2011-08-23",
                "treaty/rome-statute",
            ),
        ),
        (  # passive approval, the chamber after "by"
            "Latvia signed the convention in 2016. The bill on the ratification of the Istanbul Convention "
            "was approved by the Saeima on 30 November 2023.",
            ("ParliamentaryApproval", "org/saeima", None, "2023-11-30", "treaty/cets-210"),
        ),
        (  # the government as the author: the state's own step, sent to parliament
            "Georgia signed the Istanbul Convention in 2014. On 3 April 2017 the government submitted a bill "
            "to parliament to ratify it.",
            ("BillSubmission", "state/geo", "org/parliament-of-georgia", "2017-04-03", "treaty/cets-210"),
        ),
        (  # passive bill: where it went, and its author after "by"
            "Chile signed the Rome Statute in 1998. A bill to ratify the Rome Statute was introduced in the "
            "Senate of Chile on 6 January 2009 by Senator Ana Ruiz.",
            ("BillSubmission", "person/ana-ruiz", "org/senate-of-chile", "2009-01-06", "treaty/rome-statute"),
        ),
        (  # a decree with its adjective, the act as a noun with its state
            "Peru joined the Arms Trade Treaty in 2016. On 4 March 2015 President Ollanta Humala issued a "
            "supreme decree approving the accession of Peru to the Arms Trade Treaty.",
            ("Decree", "person/ollanta-humala", None, "2015-03-04", "treaty/arms-trade-treaty"),
        ),
        (  # the treaty a decree puts into domestic law
            "Brazil ratified the Optional Protocol to the Convention against Torture in 2007. President "
            "Luiz Inacio Lula da Silva promulgated it by decree on 19 April 2007.",
            ("Decree", "person/luiz-inacio-lula-da-silva", None, "2007-04-19", "treaty/opcat"),
        ),
        (
            "Serbia ratified the Istanbul Convention in 2013. President Aleksandar Vucic signed the law "
            "ratifying the Istanbul Convention on 31 October 2013.",
            ("LawSigning", "person/aleksandar-vucic", None, "2013-10-31", "treaty/cets-210"),
        ),
        (  # the law the vote before led to
            "Burundi's National Assembly voted 94 to 2 on 12 October 2016 to withdraw from the Rome Statute. "
            "President Pierre Nkurunziza signed the law on 18 October 2016.",
            ("LawSigning", "person/pierre-nkurunziza", None, "2016-10-18", "treaty/rome-statute"),
        ),
        (  # the depositary "informed", under its hyphenated title
            "Turkey informed the Secretary-General of the Council of Europe on 22 March 2021 that it was "
            "withdrawing from the Istanbul Convention.",
            ("Notification", "state/tur", "org/coe-sg", "2021-03-22", "treaty/cets-210"),
        ),
        (
            "Burundi notified the Secretary General of the United Nations of its withdrawal from the Rome "
            "Statute on 27 October 2016.",
            ("Notification", "state/bdi", "org/un-sg", "2016-10-27", "treaty/rome-statute"),
        ),
    ],
)
def test_step_shapes(
    registry: Registry, text: str, step: tuple[str, str | None, str | None, str | None, str | None]
) -> None:
    assert step in _steps(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # a cabinet approving a bill is no vote of parliament
        "The Gambia's cabinet approved a bill on 25 October 2016 to withdraw from the Rome Statute.",
        # the government approving an act is no parliamentary approval
        "Chile signed the statute in 1998. The government approved the ratification of the Rome Statute "
        "on 2 May 2009.",
        # a vote against, a vote that failed
        "The Slovak parliament voted against ratification of the Istanbul Convention on 25 February 2020.",
        "The bill to ratify the Istanbul Convention was rejected by the Saeima on 3 May 2018.",
        "Hungary's parliament adopted a declaration on 5 May 2020 refusing to ratify the Istanbul "
        "Convention.",
        # a plan, a draft never sent
        "The opposition plans to introduce a bill to denounce the Istanbul Convention next year.",
        "The government has drafted a bill to ratify the Rome Statute but has not sent it to parliament.",
        "The Senate voted 45 to 12 on a pensions bill on 3 March 2018, weeks after Chile ratified "
        "the Rome Statute.",
        # a state "informed" no depositary
        "Turkey informed its citizens on 22 March 2021 that it was withdrawing from the Istanbul Convention.",
        # a state ratifying is no chamber's approval
        "Chile's Senate met on 2 May. Chile ratified the Rome Statute on 29 June 2009.",
    ],
)
def test_no_false_steps(registry: Registry, text: str) -> None:
    steps = _steps(text, registry)
    assert not {s for s in steps if s[0] in ("ParliamentaryApproval", "BillSubmission", "LawSigning")}, steps
    if "informed its citizens" in text:
        assert not steps


def test_a_law_on_something_else_is_no_step_of_the_treaty(registry: Registry) -> None:
    text = (
        "Burundi's National Assembly voted 94 to 2 on 12 October 2016 to withdraw from the Rome Statute. "
        "President Pierre Nkurunziza signed a law on pensions on 18 October 2016."
    )
    assert not {s for s in _steps(text, registry) if s[0] == "LawSigning"}


def test_a_passive_adoption_of_a_treaty_is_still_its_adoption(registry: Registry) -> None:
    facts = by_node(
        claims_of(
            registry,
            "The Arms Trade Treaty was adopted by the General Assembly on 2 April 2013.",
            "2019-05-10",
        )
    )
    assert "2013-04-02" in facts.get("event/arms-trade-treaty-adoption", {}).get(TG.date, set())


# ---------------------------------------------------------------------------- judgments


def _judgments(text: str, registry: Registry) -> set[tuple[str, str | None, str | None]]:
    facts = facts_of(registry, text, "2019-05-10")
    return {
        (
            min(p.get(TG.agent, {""})),
            min(p.get(TG.respondent, {""})) or None,
            min(p.get(TG.date, {""})) or None,
        )
        for p in facts.values()
        if TG.Judgment in p.get(RDF.type, set())
    }


@pytest.mark.parametrize(
    ("text", "judgment"),
    [
        (
            "In its judgment of 21 July 2015 in Oliari and Others v. Italy, the European Court of Human "
            "Rights found a violation of Article 8.",
            ("org/ecthr", "state/ita", "2015-07-21"),
        ),
        (
            "The Inter-American Court held Peru responsible for the killings in a judgment delivered on "
            "29 November 2006.",
            ("org/iacthr", "state/per", "2006-11-29"),
        ),
        (
            "In a ruling on 9 March 2017, the European Court of Human Rights found that Turkey had violated "
            "the applicants' rights.",
            ("org/ecthr", "state/tur", "2017-03-09"),
        ),
    ],
)
def test_judgment_shapes(registry: Registry, text: str, judgment: tuple[str, str, str]) -> None:
    assert judgment in _judgments(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "The European Court of Human Rights found no violation of Article 8 in the case against Italy "
        "on 3 May 2016.",
        "Lawyers for the applicants said they expected the court to rule against Russia next year.",
    ],
)
def test_no_false_judgments(registry: Registry, text: str) -> None:
    assert not _judgments(text, registry)


# ---------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Timor-Leste was admitted as the eleventh member of ASEAN on 26 October 2025.",
            ("state/tls", "org/asean", "2025-10-26"),
        ),
        (
            "South Sudan was admitted as a member state of the African Union on 27 July 2011.",
            ("state/ssd", "org/au", "2011-07-27"),
        ),
    ],
)
def test_admission_as_a_member(registry: Registry, text: str, event: tuple[str, str, str]) -> None:
    facts = facts_of(registry, text, "2019-05-10")
    found = {
        (min(p.get(TG.state, {""})), min(p.get(TG.organization, {""})), min(p.get(TG.date, {""})))
        for p in facts.values()
        if TG.Admission in p.get(RDF.type, set())
    }
    assert event in found


def test_an_observer_is_no_member(registry: Registry) -> None:
    facts = by_node(
        claims_of(
            registry, "The Comoros was admitted as an observer of the African Union in 2003.", "2019-05-10"
        )
    )
    assert not [p for p in facts.values() if TG.Admission in p.get(RDF.type, set())]
