"""Joining, leaving and suspension told in the plain shapes of news prose: a departure whose
effect is the clause's verb ("X's withdrawal from ORG took effect on D"), the possessive member a
state became ("the African Union's 54th member"), a passive suspension with its agent after
"by", a readmission after a clause telling how the state was put out, "fully reinstated" after a
suspension, and "the same year it was admitted"; with the sentences that tell no such act beside
them."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_CLASSES = {TG.Admission: "Admission", TG.Withdrawal: "Withdrawal", TG.Suspension: "Suspension",
            TG.Expulsion: "Expulsion"}  # fmt: skip

Event = tuple[str, str, str, str, str]


def _events(registry: Registry, text: str, published: str = "2024-06-01") -> set[Event]:
    """(class, state, organisation, date, effective date) of every organisation event, "-" where
    a field is absent."""
    out = set()
    for props in facts_of(registry, text, published).values():
        for cls in props.get(RDF.type, set()) & _CLASSES.keys():
            out.add(
                (
                    _CLASSES[cls],
                    min(props.get(TG.state, {"-"})),
                    min(props.get(TG.organization, {"-"})),
                    min(props.get(TG.date, {"-"})),
                    min(props.get(TG.effectiveDate, {"-"})),
                )
            )
    return out


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Venezuela's withdrawal from the Organization of American States took effect on 27 April 2019.",
            ("Withdrawal", "state/ven", "org/oas", "-", "2019-04-27"),
        ),
        (
            "Nicaragua's withdrawal from the OAS became effective in November 2023.",
            ("Withdrawal", "state/nic", "org/oas", "-", "2023-11"),
        ),
        (
            "South Sudan became the African Union's 54th member on 28 July 2011.",
            ("Admission", "state/ssd", "org/au", "2011-07-28", "-"),
        ),
        (
            "Timor-Leste became ASEAN's eleventh member state in October 2025.",
            ("Admission", "state/tls", "org/asean", "2025-10", "-"),
        ),
        (
            "Montenegro became the United Nations' 192nd member in June 2006.",
            ("Admission", "state/mne", "org/un", "2006-06", "-"),
        ),
        (
            "Niger was suspended by the African Union on 22 August 2023.",
            ("Suspension", "state/ner", "org/au", "2023-08-22", "-"),
        ),
        (
            "Fiji was suspended from the Commonwealth in 2009 and fully reinstated in 2014.",
            ("Admission", "state/fji", "org/commonwealth", "2014", "-"),
        ),
        (
            "Egypt, which had been suspended from the African Union in July 2013, was readmitted in June "
            "2014.",
            ("Admission", "state/egy", "org/au", "2014-06", "-"),
        ),
        (
            "Honduras, suspended from the OAS in 2009 after a coup, was readmitted in 2011.",
            ("Admission", "state/hnd", "org/oas", "2011", "-"),
        ),
        (
            "Honduras, suspended from the OAS in 2009 after a coup, was readmitted in 2011.",
            ("Suspension", "state/hnd", "org/oas", "2009", "-"),
        ),
        (
            "Laos ratified CEDAW in August 1981 and the CRC in 1997, the same year it was admitted to ASEAN.",
            ("Admission", "state/lao", "org/asean", "1997", "-"),
        ),
    ],
)
def test_org_events_in_plain_prose(registry: Registry, text: str, event: Event) -> None:
    assert event in _events(registry, text)


def test_an_effect_date_is_not_the_departure_date(registry: Registry) -> None:
    found = _events(registry, "Venezuela's withdrawal from the OAS took effect on 27 April 2019.")
    assert ("Withdrawal", "state/ven", "org/oas", "2019-04-27", "-") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana became the African Union's largest donor in 2019.",
        "Kenya became the African Union's chair in 2019.",
        "South Sudan did not become the African Union's 54th member until its independence.",
        "Niger's constitution was suspended by the junta on 26 July 2023.",
        "Niger was not suspended by the African Union.",
        "The bloc welcomed envoys from Mali, expelled from the talks in 2021.",
        "Mali, suspended from its payments in May 2021, held elections in 2024.",
        "Burundi withdrew from the Rome Statute of the International Criminal Court in 2017.",
        "Russia's withdrawal from the European Convention on Human Rights took effect on 16 September 2022.",
    ],
)
def test_no_org_event(registry: Registry, text: str) -> None:
    assert not _events(registry, text)


def test_the_readmission_takes_only_the_organisation_of_its_own_clause(registry: Registry) -> None:
    found = _events(
        registry,
        "Egypt, which had left both the Arab League and the African Union in 1979, was readmitted in 1989.",
    )
    assert not {e for e in found if e[0] == "Admission"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The African Union's Peace and Security Council suspended Gabon on 31 August 2023. On 22 August "
            "it suspended Niger, after the coup.",
            ("Suspension", "state/ner", "org/au", "2023-08-22", "-"),
        ),
        (
            "The African Union suspended Egypt on 5 July 2013. The council suspended the Central African "
            "Republic in March 2013.",
            ("Suspension", "state/caf", "org/au", "2013-03", "-"),
        ),
        (
            "ECOWAS suspended Guinea on 8 September 2021. Mali was suspended in May 2021.",
            ("Suspension", "state/mli", "org/ecowas", "2021-05", "-"),
        ),
        (
            "The Commonwealth suspended Fiji in 2009 over the delayed elections. Fiji was readmitted in "
            "2014.",
            ("Admission", "state/fji", "org/commonwealth", "2014", "-"),
        ),
    ],
)
def test_the_body_told_before_acts_again(registry: Registry, text: str, event: Event) -> None:
    assert event in _events(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "The African Union suspended Egypt on 5 July 2013. The court suspended the law in March 2013. Its "
        "president was suspended in 2009.",
        "ECOWAS suspended Mali in 2021. Mali's court suspended Niger's envoy. Six years later, it suspended "
        "Niger's exports.",
        "ECOWAS suspended Mali in 2021. The summit was held in Accra. Ghana hosted it. Togo was suspended "
        "in 2022.",
    ],
)
def test_no_body_acts_again(registry: Registry, text: str) -> None:
    found = _events(registry, text)
    assert {e[1] for e in found} <= {"state/egy", "state/mli"}


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Ghana and Kenya joined the Commonwealth in 1957 and 1963 respectively.",
            {("Admission", "state/gha", "org/commonwealth", "1957", "-"),
             ("Admission", "state/ken", "org/commonwealth", "1963", "-")},
        ),
        (
            "Estonia, Latvia and Lithuania joined the Council of Europe in 1993, 1995 and 1993, "
            "respectively.",
            {("Admission", "state/est", "org/coe", "1993", "-"),
             ("Admission", "state/lva", "org/coe", "1995", "-"),
             ("Admission", "state/ltu", "org/coe", "1993", "-")},
        ),
        (
            "Russia, which joined the Council of Europe in 1996, was expelled in 2022.",
            {("Admission", "state/rus", "org/coe", "1996", "-"),
             ("Expulsion", "state/rus", "org/coe", "2022", "-")},
        ),
        (
            "Mali has been suspended from the African Union since June 2021.",
            {("Suspension", "state/mli", "org/au", "2021-06", "-")},
        ),
    ],
)  # fmt: skip
def test_dates_and_bodies_of_listed_and_apposed_acts(
    registry: Registry, text: str, events: set[Event]
) -> None:
    assert _events(registry, text) == events


def test_respectively_gives_no_state_the_first_date(registry: Registry) -> None:
    found = _events(registry, "Ghana and Kenya joined the Commonwealth in 1957 and 1963 respectively.")
    assert ("Admission", "state/ken", "org/commonwealth", "1957", "-") not in found


def test_the_withdrawal_told_before_takes_effect(registry: Registry) -> None:
    found = _events(
        registry,
        "Venezuela announced its withdrawal from the OAS in April 2017. The withdrawal took effect on "
        "27 April 2019.",
    )
    assert found == {("Withdrawal", "state/ven", "org/oas", "2017-04", "2019-04-27")}


def test_another_states_withdrawal_gives_no_effect(registry: Registry) -> None:
    text = "Venezuela left the OAS in April 2019. Burundi's withdrawal took effect in 2017."
    found = _events(registry, text)
    assert found == {("Withdrawal", "state/ven", "org/oas", "2019-04", "-")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana became the African Union's first member to ratify the protocol in 2005.",
        "Ghana became the African Union's first member state to ratify the protocol.",
    ],
)
def test_the_first_member_to_do_something_did_not_join_then(registry: Registry, text: str) -> None:
    assert not _events(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Council of Europe voted to suspend Russia's rights of representation on 25 February 2022.",
        "The Council of Europe condemned the invasion. The Council had suspended Russia's rights of "
        "representation on 25 February 2022.",
    ],
)
def test_rights_of_representation_suspended(registry: Registry, text: str) -> None:
    assert ("Suspension", "state/rus", "org/coe", "2022-02-25", "-") in _events(registry, text)


def test_a_courts_suspension_of_rights_is_no_members(registry: Registry) -> None:
    assert not _events(registry, "The court suspended Russia's rights of representation in the case.")
