"""What bodies do, in shapes that name the mandate after a pronoun ("It is also mandated to"),
in a list of "for ..." gerunds, after a modal in a relative clause, and in an apposition that
calls the body an organ of a larger organisation; with the cases that must give no function or
must give it to the other body: the organisation in the apposition, a generic committee name
with nothing in the text to tie it to the registry's committee of that name, a decision in one
case, a treaty and its protocols monitored."""

from __future__ import annotations

import pytest
from readings import facts_of, judgments

from loaders.registry import Registry
from loaders.vocabulary import TG


def _functions(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (key, f) for key, props in facts_of(registry, text).items() for f in props.get(TG.function, set())
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CPT is mandated to visit places of detention. It is also mandated to make "
            "recommendations to governments.",
            {("org/cpt", "visit places of detention"), ("org/cpt", "make recommendations to governments")},
        ),
        (
            "The Committee against Torture was set up in 1987. It is mandated to receive individual "
            "complaints.",
            {("org/un-cat-committee", "receive individual complaints")},
        ),
        (
            "The Subcommittee on Prevention of Torture began work in 2007. They have the power to "
            "enter any place of detention.",
            {("org/un-spt", "enter any place of detention")},
        ),
        (
            "The Committee against Torture is responsible for reviewing state reports and for "
            "examining individual complaints.",
            {
                ("org/un-cat-committee", "reviewing state reports"),
                ("org/un-cat-committee", "examining individual complaints"),
            },
        ),
        (
            "The Group of Experts on Action against Trafficking in Human Beings (GRETA) carries out "
            "country visits, and draws up reports.",
            {("org/greta", "carries out country visits"), ("org/greta", "draws up reports")},
        ),
        (
            "The Committee on the Rights of Persons with Disabilities, which can receive complaints, "
            "meets in Geneva.",
            {("org/crpd-committee", "receive complaints")},
        ),
        (
            "The Inter-American Commission on Human Rights, an autonomous organ of the OAS that "
            "monitors the rights situation in all member states, has continued to report on Cuba.",
            {("org/iachr", "monitors the rights situation in all member states")},
        ),
        (
            "The European Committee of Social Rights, a body of the Council of Europe which monitors "
            "compliance with the charter, met in Strasbourg last week.",
            {("org/ecsr", "monitors compliance with the charter")},
        ),
    ],
)
def test_mandates_are_read(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _functions(registry, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the organisation in the apposition does not monitor: its organ does
        (
            "The Inter-American Commission on Human Rights, an autonomous organ of the OAS that "
            "monitors the rights situation in all member states, has continued to report on Cuba.",
            "org/oas",
        ),
        # "the Committee of Experts" of another mechanism, with nothing tying it to the ILO's
        (
            "The Follow-up Mechanism has two organs. The Committee of Experts evaluates how states "
            "implement the Convention and issues recommendations to them.",
            "org/ceacr",
        ),
        # a decision to be made in one case
        (
            "The case is now returned to the Committee of Ministers, which will consider what "
            "measures to take.",
            "org/coe-cm",
        ),
        (
            "The case returns to the Committee of Ministers, which must decide what action to take.",
            "org/coe-cm",
        ),
        # the object is one case: "has" is no plural noun
        (
            "The Inter-American Court of Human Rights will consider the case closed once the State "
            "has complied.",
            "org/iacthr",
        ),
        # a pronoun whose sentence before opens with a state
        ("Japan ratified the convention in 2014. It is mandated to submit reports.", "state/jpn"),
    ],
)
def test_no_function_for_the_wrong_body(registry: Registry, text: str, wrong: str) -> None:
    assert not {f for key, f in _functions(registry, text) if key == wrong}


def test_the_committee_of_experts_named_with_its_organisation_keeps_its_functions(registry: Registry) -> None:
    text = "The ILO adopted the convention in 1930. The Committee of Experts examines government reports."
    assert ("org/ceacr", "examines government reports") in _functions(registry, text)


def test_a_treaty_and_its_protocols_monitored_is_the_relation_alone(registry: Registry) -> None:
    text = (
        "The Human Rights Committee, the body of eighteen experts that monitors the Covenant and its "
        "protocols, took the view in 1997 that a treaty without such a clause cannot be denounced."
    )
    assert not _functions(registry, text)


def test_a_future_supervision_of_compliance_is_a_mandate(registry: Registry) -> None:
    text = "The Inter-American Court of Human Rights will supervise compliance with this judgment."
    assert ("org/iacthr", "supervise compliance with this judgment") in _functions(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Court of Human Rights found a violation of Article 3 in Selmouni v. France "
            "on 28 July 1999.",
            ("org/ecthr", "state/fra", "1999-07-28"),
        ),
        (
            "The European Court of Human Rights found a violation of Article 3 in Kalashnikov v. Russia, "
            "on 15 July 2002.",
            ("org/ecthr", "state/rus", "2002-07-15"),
        ),
    ],
)
def test_a_date_after_the_case_name_dates_the_judgment(
    registry: Registry, text: str, expected: tuple[str, str, str]
) -> None:
    assert judgments(registry, text) == {expected}


def test_a_date_inside_the_finding_is_not_the_judgments(registry: Registry) -> None:
    text = (
        "The European Court of Human Rights found that France had violated Article 3 in the case of "
        "a man detained on 25 November 1991."
    )
    assert not {j for j in judgments(registry, text) if j[2] == "1991-11-25"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Human Rights Committee monitors the covenant. It is made up of eighteen independent "
            "experts who examine the reports of States parties.",
            ("org/ccpr", "examine the reports of States parties"),
        ),
        (
            "The Inter-American Court of Human Rights, which has its seat in San José, supervises "
            "compliance with its judgments.",
            ("org/iacthr", "supervises compliance with its judgments"),
        ),
        (
            "The six took their oath before the President of the Assembly of States Parties, the body "
            "that adopts the court's budget.",
            ("org/icc-asp", "adopts the court's budget"),
        ),
        (
            "It is monitored by the Committee on the Rights of Persons with Disabilities, a body of 18 "
            "experts which examines the reports of States parties and addresses recommendations to them.",
            ("org/crpd-committee", "addresses recommendations"),
        ),
    ],
)
def test_members_seats_and_bodies_in_apposition(
    registry: Registry, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _functions(registry, text)


def test_a_clause_after_a_report_of_the_body_stays_unread(registry: Registry) -> None:
    text = "A report by the Committee against Torture, which examines state reports, was published."
    assert not _functions(registry, text)


def test_the_one_case_after_a_supervision_is_no_function(registry: Registry) -> None:
    text = (
        "The Inter-American Court of Human Rights will supervise compliance with this judgment and "
        "will consider the case closed once the State has fully complied with it."
    )
    assert _functions(registry, text) == {("org/iacthr", "supervise compliance with this judgment")}


def test_a_closing_pronoun_after_the_activity_is_left_out(registry: Registry) -> None:
    text = (
        "The Committee on the Rights of Persons with Disabilities examines the reports of States "
        "parties and addresses recommendations to them."
    )
    assert ("org/crpd-committee", "addresses recommendations") in _functions(registry, text)
