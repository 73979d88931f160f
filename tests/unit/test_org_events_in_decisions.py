"""Admissions, expulsions, suspensions and readmissions told through an organisation's decision,
a member's membership, a short name for the organisation or a second coordinated verb."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_KINDS = {
    TG.Admission: "Admission",
    TG.Expulsion: "Expulsion",
    TG.Suspension: "Suspension",
    TG.Withdrawal: "Withdrawal",
}


def _events(registry: Registry, text: str) -> set[tuple[str, str, str, str]]:
    out = set()
    for props in facts_of(registry, text).values():
        for cls in props.get(RDF.type, set()) & set(_KINDS):
            out.add(
                (
                    _KINDS[cls],
                    min(props.get(TG.state, {"-"})),
                    min(props.get(TG.organization, {"-"})),
                    min(props.get(TG.date, {"-"})),
                )
            )
    return out


AL = "org/league-of-arab-states"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The General Assembly voted on 10 September 2002 to admit Switzerland as the 190th member of the "
         "United Nations.", ("Admission", "state/che", "org/un", "2002-09-10")),
        ("Foreign ministers voted on 7 May 2023 to readmit Syria to the Arab League.",
         ("Admission", "state/syr", AL, "2023-05-07")),
        ("The Committee of Ministers decided on 16 March 2022 to expel Russia from the organisation.",
         ("Expulsion", "state/rus", "org/coe", "2022-03-16")),
        ("The League of Arab States suspended Libya's participation in its meetings on 22 February 2011.",
         ("Suspension", "state/lby", AL, "2011-02-22")),
        ("The Council of Europe admitted Ukraine on 9 November 1995.",
         ("Admission", "state/ukr", "org/coe", "1995-11-09")),
        ("Guinea's membership of ECOWAS was suspended in September 2021.",
         ("Suspension", "state/gin", "org/ecowas", "2021-09")),
        ("Libya's membership was suspended by the Arab League in February 2011.",
         ("Suspension", "state/lby", AL, "2011-02")),
        ("Ministers agreed on 7 May 2023 to restore Syria's membership of the Arab League.",
         ("Admission", "state/syr", AL, "2023-05-07")),
        ("The Arab League moved to Tunis. Egypt, suspended in 1979, was readmitted to the League in 1989.",
         ("Admission", "state/egy", AL, "1989")),
        ("Honduras was suspended from the OAS in July 2009 and readmitted in June 2011.",
         ("Admission", "state/hnd", "org/oas", "2011-06")),
        ("Greece withdrew from the Council of Europe in December 1969 and rejoined in November 1974.",
         ("Admission", "state/grc", "org/coe", "1974-11")),
        ("Russia was suspended from the Council of Europe on 25 February 2022 and expelled on 16 March 2022.",
         ("Expulsion", "state/rus", "org/coe", "2022-03-16")),
        ("Egypt's membership of the African Union was suspended in July 2013 and restored in June 2014.",
         ("Admission", "state/egy", "org/au", "2014-06")),
        # the organ named in the possessive of its organisation, its name ending in another's
        ("The African Union's Peace and Security Council suspended Niger on 22 August 2023.",
         ("Suspension", "state/ner", "org/au", "2023-08-22")),
        # a short name that needs its context, as the subject acting on a member
        ("The Commonwealth readmitted the Gambia on 8 February 2018.",
         ("Admission", "state/gmb", "org/commonwealth", "2018-02-08")),
        ("The Commonwealth suspended Fiji in September 2009.",
         ("Suspension", "state/fji", "org/commonwealth", "2009-09")),
    ],
)  # fmt: skip
def test_org_event_told_so(registry: Registry, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _events(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly voted in 2012 to admit Palestine as a non-member observer state.",
        "The court admitted Ukraine's application on 9 November 1995.",
        "The ministers restored Syria to its seat at the summit in 2023.",
        "The suspension of Mali from the African Union was lifted in 2022.",
        "The court suspended the law on 4 May 2022, and Ghana rejoined talks with the United Nations.",
        "The Arab League and the African Union met. Egypt was readmitted to the organisation in 1989.",
        "The General Assembly voted to suspend Russia's payments to the Human Rights Council.",
        # "Commonwealth" naming no organisation: a state's style, its court acting on a person
        "The Commonwealth of Australia admitted the claim in March 2019.",
    ],
)
def test_no_event_here(registry: Registry, text: str) -> None:
    wrong = {e for e in _events(registry, text) if e[0] in ("Admission", "Expulsion", "Suspension")}
    assert wrong == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Peace and Security Council suspended Mali on 1 June 2021.",
        "The African Union's Peace and Security Council suspended Gabon on 31 August 2023.",
    ],
)
def test_no_suspension_from_the_organisation_a_name_ends_like(registry: Registry, text: str) -> None:
    assert not {e for e in _events(registry, text) if e[2] == "org/un"}
