"""States joining, leaving or being put out of organisations, and courts' judgments, in the shapes
news copy gives them: lists of states as one subject, a plural pronoun for the states listed
before, "it" for the one state the text is about, the effect of a departure stated after it, a
chamber delivering its judgment "in the case" named before, a judgment "of" a court with the day
it was delivered. And the shapes that report no such event: threats, plans, conditions, pending
and appealed judgments. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_KINDS = {
    TG.Admission: "admission",
    TG.Withdrawal: "withdrawal",
    TG.Expulsion: "expulsion",
    TG.Suspension: "suspension",
    TG.Judgment: "judgment",
}
Fact = tuple[str, str | None, str | None, str | None, str | None]


def _events(registry: Registry, text: str) -> set[Fact]:
    """(kind, state or respondent, organisation or court, date, effective date) of each event."""
    out: set[Fact] = set()
    for props in facts_of(registry, text, "2024-05-02").values():
        values = {p: min(v) for p, v in props.items()}
        for cls in props.get(RDF.type, set()) & _KINDS.keys():
            kind = _KINDS[cls]
            if kind == "judgment":
                who, where = values.get(TG.respondent), values.get(TG.agent)
            else:
                who, where = values.get(TG.state), values.get(TG.organization)
            out.add((kind, who, where, values.get(TG.date), values.get(TG.effectiveDate)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Slovenia and Croatia were admitted to the Council of Europe on the same day in 1996.",
            {
                ("admission", "state/svn", "org/coe", "1996", None),
                ("admission", "state/hrv", "org/coe", "1996", None),
            },
        ),
        (
            "Chad, Sudan and Eritrea were all admitted to the African Union in 2002.",
            {
                ("admission", "state/tcd", "org/au", "2002", None),
                ("admission", "state/sdn", "org/au", "2002", None),
                ("admission", "state/eri", "org/au", "2002", None),
            },
        ),
        (
            "Senegal, Guinea and Benin announced their departure from ECOWAS in March 2023. "
            "Their withdrawal from the organisation took effect on 1 February 2024.",
            {
                ("withdrawal", "state/sen", "org/ecowas", "2023-03", "2024-02-01"),
                ("withdrawal", "state/gin", "org/ecowas", "2023-03", "2024-02-01"),
                ("withdrawal", "state/ben", "org/ecowas", "2023-03", "2024-02-01"),
            },
        ),
        (
            "Q: Why do Togo and Ghana matter here?\n\n"
            "A: In March 2023 they announced their departure from ECOWAS; the withdrawal took effect "
            "on 1 February 2024.",
            {
                ("withdrawal", "state/tgo", "org/ecowas", "2023-03", "2024-02-01"),
                ("withdrawal", "state/gha", "org/ecowas", "2023-03", "2024-02-01"),
            },
        ),
        (
            "On 5 May 1995 Latvia became the thirty-fifth member of the Council of Europe. Albania and "
            "Moldova followed on 13 July 1995, admitted together.",
            {
                ("admission", "state/lva", "org/coe", "1995-05-05", None),
                ("admission", "state/alb", "org/coe", "1995-07-13", None),
                ("admission", "state/mda", "org/coe", "1995-07-13", None),
            },
        ),
        (
            "Namibia joined the African Union in 2002. Morocco followed in 2017.",
            {
                ("admission", "state/nam", "org/au", "2002", None),
                ("admission", "state/mar", "org/au", "2017", None),
            },
        ),
        (  # "followed" with an object, "followed by", or too far from the act: no other departure
            "Ecuador left the OAS in 2019. Peru followed the debate closely. Chile followed by a decree "
            "in 2020. Cuba has long been outside it. Bolivia's talks stalled. Haiti followed in 2021.",
            {("withdrawal", "state/ecu", "org/oas", "2019", None)},
        ),
        (
            "Gabon, Chad and Cameroon are run by long-serving presidents.\n\n"
            "Q: Do they cooperate with the court?\n\nA: Rarely. Chad referred one situation in 2010. "
            "Gabon hosted a visit in 2012. Cameroon refused one in 2014.\n\n"
            "Q: Have they left regional bodies before?\n\nA: Yes. In June 2021 they announced their "
            "departure from ECOWAS; the withdrawal took effect on 30 June 2022.",
            {
                ("withdrawal", "state/gab", "org/ecowas", "2021-06", "2022-06-30"),
                ("withdrawal", "state/tcd", "org/ecowas", "2021-06", "2022-06-30"),
                ("withdrawal", "state/cmr", "org/ecowas", "2021-06", "2022-06-30"),
            },
        ),
        (
            "Timor-Leste joined the United Nations on 27 September 2002 and the African Union later "
            "that year.",
            {
                ("admission", "state/tls", "org/un", "2002-09-27", None),
                ("admission", "state/tls", "org/au", "2002", None),
            },
        ),
        (  # a second organisation only as the verb's own second object
            "Montenegro joined the United Nations on 28 June 2006 and the talks of the Council of "
            "Europe in May 2007.",
            {("admission", "state/mne", "org/un", "2006-06-28", None)},
        ),
        (
            "Portugal withdrew from the Council of Europe in March 1969 and rejoined it in 1976.",
            {
                ("withdrawal", "state/prt", "org/coe", "1969-03", None),
                ("admission", "state/prt", "org/coe", "1976", None),
            },
        ),
        (  # "it" for one of two organisations, or a pronoun not followed by a date: no admission
            "Ghana left the African Union in 1969 and ECOWAS in 1970. It rejoined it in 1974. "
            "Togo criticised the Council of Europe. Benin joined it in protest.",
            {("withdrawal", "state/gha", "org/au", "1969", None)},
        ),
        (
            "Belarus signed the charter in 1995. It was expelled from the Council of Europe on "
            "4 May 2021 by a decision of the Committee of Ministers.",
            {("expulsion", "state/blr", "org/coe", "2021-05-04", None)},
        ),
        (
            "In the case of Ionescu v. Romania the European Court of Human Rights found a violation. "
            "A Chamber of the Court delivered its judgment in the case on 4 April 2019.",
            {("judgment", "state/rou", "org/ecthr", "2019-04-04", None)},
        ),
        (
            "Editor's note. The reversal followed a judgment of the High Court in Nairobi, delivered on "
            "14 March 2019, which held that the decree was void.",
            {("judgment", None, "org/high-court", "2019-03-14", None)},
        ),
        (
            "On 3 June 2023, the African Court on Human and Peoples' Rights, which sits in Arusha, "
            "Tanzania, found that Burundi's electoral law violates the Charter.",
            {("judgment", "state/bdi", "org/afchpr", "2023-06-03", None)},
        ),
    ],
)
def test_events_in_the_shapes_copy_gives_them(registry: Registry, text: str, expected: set[Fact]) -> None:
    assert _events(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela threatened to leave the OAS.",
        "Peru followed in 2003.",
        "Togo and Benin are worried. They threatened to leave ECOWAS.",
        "The ministers met in Abuja. They announced their departure from the talks on ECOWAS reform.",
        "Burundi plans to leave the African Union.",
        "Mali may be suspended from ECOWAS if the junta does not hold elections.",
        "Ministers discussed the possible expulsion of Russia from the Council of Europe.",
        "The suspension of Mali from the African Union was lifted in 2022.",
        "Talks with Chad and Sudan were admitted to the agenda of the African Union summit.",
        "Russia and Ukraine clashed at the session. It was expelled from the Council of Europe in 2022.",
        "The European Court of Human Rights is expected to deliver its judgment in the case of "
        "Kovac v. Croatia next year.",
        "Croatia appealed the ruling of the European Court of Human Rights in Kovac v. Croatia.",
        "In Ionescu v. Romania and Sava v. Moldova the European Court of Human Rights found violations. "
        "A Chamber of the Court delivered its judgment in the case on 4 April 2019.",
        "A judgment of the High Court in Nairobi, expected on 3 May 2024, could block the move.",
    ],
)
def test_no_event_where_none_happened(registry: Registry, text: str) -> None:
    assert _events(registry, text) == set()
