"""What bodies do, read through ``loaders.extract`` from the shapes articles use to describe a
body (an apposition of its members, a comma before "which", "the body of N experts that") and
from the modals that state a mandate ("can try", "may also, where ..., inquire"); with the
plans and acts on one thing that must not become functions."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import TG


def _claims(text: str, registry: Registry) -> list[Claim]:
    return extract(
        parse_document(text, DocumentMetadata(title="t", date_published="2022-03-01"), "t"), registry
    )


def _functions(text: str, registry: Registry) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.lexical)
        for c in _claims(text, registry)
        if c.predicate == TG.function and isinstance(c.object, Value)
    }


def _monitors(text: str, registry: Registry) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.key)
        for c in _claims(text, registry)
        if c.predicate == TG.monitors and isinstance(c.object, Ref)
    }


@pytest.mark.parametrize(
    ("text", "body", "function"),
    [
        (
            "The Committee against Torture, composed of ten independent experts, reviews the reports "
            "of states parties.",
            "org/un-cat-committee",
            "reviews the reports of states parties",
        ),
        (
            "Appeals go to the Human Rights Committee, a panel of eighteen experts, which examines "
            "individual communications.",
            "org/ccpr",
            "examines individual communications",
        ),
        (
            "Lawyers wrote to the Committee on the Rights of the Child, the body of eighteen experts "
            "that reviews the reports of governments.",
            "org/crc-committee",
            "reviews the reports of governments",
        ),
        (
            "The Committee on the Rights of the Child was set up in 1991. The committee already "
            "examines reports from every state party.",
            "org/crc-committee",
            "examines reports from every state party",
        ),
        (
            "The International Criminal Court has eighteen judges and can prosecute leaders for war crimes.",
            "org/icc",
            "prosecute leaders for war crimes",
        ),
        (
            "Under the new protocol, the Committee on the Rights of the Child will consider "
            "complaints from minors.",
            "org/crc-committee",
            "consider complaints from minors",
        ),
        (
            "The Human Rights Committee may, where a state party has accepted it, examine complaints "
            "brought by other states.",
            "org/ccpr",
            "examine complaints brought by other states",
        ),
    ],
)
def test_body_descriptions_and_mandate_modals_give_functions(
    text: str, body: str, function: str, registry: Registry
) -> None:
    assert (body, function) in _functions(text, registry)


def test_a_pronoun_after_an_opener_refers_to_the_body_and_reads_each_modal_activity(
    registry: Registry,
) -> None:
    text = (
        "Under the protocol, the Committee on the Rights of the Child will examine petitions from "
        "children. It can also open an inquiry into serious violations, and request interim measures "
        "to protect victims."
    )
    found = _functions(text, registry)
    assert ("org/crc-committee", "open an inquiry into serious violations") in found
    assert ("org/crc-committee", "request interim measures to protect victims") in found


def test_a_modal_second_conjunct_is_its_own_activity(registry: Registry) -> None:
    text = (
        "The Committee on Economic, Social and Cultural Rights reviews the reports of states parties "
        "and will now also examine individual communications."
    )
    found = _functions(text, registry)
    assert ("org/cescr", "reviews the reports of states parties") in found
    assert ("org/cescr", "examine individual communications") in found
    assert not any("and will" in f for _, f in found)


@pytest.mark.parametrize(
    "text",
    [
        # a plan: one bill, one visit, a date
        "The State Duma will now consider the denunciation bill.",
        "The Subcommittee on Prevention of Torture will also visit Ukraine in May.",
        # a description that names no activity
        "The European Court of Human Rights, made up of 46 judges, ruled against Turkey in 2019.",
    ],
)
def test_plans_and_single_acts_are_not_functions(text: str, registry: Registry) -> None:
    assert _functions(text, registry) == set()


def test_a_bare_convention_after_another_treaty_is_the_bodys_own(registry: Registry) -> None:
    text = (
        "The Committee against Torture urged Chile to ratify the International Convention for the "
        "Protection of All Persons from Enforced Disappearance. The Committee against Torture, made up "
        "of ten independent experts, monitors the implementation of the Convention."
    )
    found = _monitors(text, registry)
    assert ("org/un-cat-committee", "treaty/un-cat") in found
    assert ("org/un-cat-committee", "treaty/cped") not in found


def _mentioned(text: str, registry: Registry) -> set[str]:
    return {
        c.object.key
        for c in _claims(text, registry)
        if c.predicate.endswith("mentions") and isinstance(c.object, Ref)
    }


def test_a_short_form_after_a_full_body_name_is_that_body(registry: Registry) -> None:
    text = (
        "States report to the Advisory Committee on the Framework Convention. The Advisory Committee "
        "visits each state party."
    )
    assert ("org/acfc", "visits each state party") in _functions(text, registry)
    assert not any(k.startswith("org/advisory-committee") for k in _mentioned(text, registry))


def test_a_short_form_with_other_words_is_not_the_earlier_body(registry: Registry) -> None:
    text = "The Human Rights Council met in Geneva. The Human Rights Committee examines reports of states."
    assert ("org/ccpr", "examines reports of states") in _functions(text, registry)
    assert ("org/un-hrc", "examines reports of states") not in _functions(text, registry)


def test_monitoring_with_no_treaty_named_is_of_the_bodys_founding_treaty_when_named(
    registry: Registry,
) -> None:
    named = (
        "Chad ratified the International Covenant on Civil and Political Rights in 1995. It has not "
        "reported since, says the Human Rights Committee, the body of eighteen experts that monitors "
        "compliance."
    )
    assert ("org/ccpr", "treaty/iccpr") in _monitors(named, registry)
    unnamed = (
        "The Human Rights Committee, the body of eighteen experts that monitors compliance, met in Geneva."
    )
    assert _monitors(unnamed, registry) == set()


def test_a_body_name_stops_before_a_phrase_of_the_sentence(registry: Registry) -> None:
    text = (
        "On 3 April Chad lodged its declaration recognising the competence of the Committee against "
        "Torture with the Secretary-General."
    )
    assert not any(k.endswith("with-the-secretary-general") for k in _mentioned(text, registry))


def test_a_body_name_keeps_a_bare_word_after_with() -> None:
    from loaders.unlisted import find_bodies

    text = "She chairs the Commission for Relations with Diaspora Communities in Riga."
    names = {text[s.start : s.end] for s in find_bodies(text, len(text))}
    assert any(n.endswith("Relations with Diaspora Communities") for n in names)


def test_the_court_named_only_through_its_statute(registry: Registry) -> None:
    text = (
        "Ghana ratified the Rome Statute of the International Criminal Court in 1999. The court, which "
        "sits in The Hague, tries individuals for war crimes."
    )
    assert ("org/icc", "tries individuals for war crimes") in _functions(text, registry)
    two = (
        "Chile ratified the Rome Statute and the American Convention on Human Rights. The court tries "
        "individuals for war crimes."
    )
    assert _functions(two, registry) == set()


@pytest.mark.parametrize(
    ("text", "body", "function"),
    [
        (
            "The Human Rights Committee, a body of 18 independent experts, hears individual complaints.",
            "org/ccpr",
            "hears individual complaints",
        ),
        (
            "The Inter-American Court of Human Rights, which has seven judges, hears cases brought "
            "against states.",
            "org/iacthr",
            "hears cases brought against states",
        ),
        (
            "The Committee on the Rights of the Child, whose members serve four-year terms, reviews "
            "how states implement the convention.",
            "org/crc-committee",
            "reviews how states implement the convention",
        ),
        (
            "The Inter-American Commission on Human Rights, an autonomous organ of the OAS, promotes "
            "human rights in the hemisphere.",
            "org/iachr",
            "promotes human rights in the hemisphere",
        ),
        (
            "The African Court on Human and Peoples' Rights, set up by a 1998 protocol, rules on "
            "cases concerning the charter.",
            "org/afchpr",
            "rules on cases concerning the charter",
        ),
        (
            "The European Court of Human Rights in Strasbourg hears applications from individuals.",
            "org/ecthr",
            "hears applications from individuals",
        ),
        (
            "The Committee on Economic, Social and Cultural Rights is responsible for monitoring "
            "implementation of the covenant.",
            "org/cescr",
            "monitoring implementation of the covenant",
        ),
        (
            "The Subcommittee on Prevention of Torture has a mandate to visit any place of detention.",
            "org/un-spt",
            "visit any place of detention",
        ),
        (
            "The role of the Committee on Migrant Workers is to review the reports of states parties.",
            "org/cmw",
            "review the reports of states parties",
        ),
        (
            "The Committee against Torture can also conduct confidential inquiries.",
            "org/un-cat-committee",
            "conduct confidential inquiries",
        ),
    ],
)
def test_asides_between_a_body_and_its_verb_and_mandate_phrases(
    text: str, body: str, function: str, registry: Registry
) -> None:
    assert (body, function) in _functions(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # a list of bodies, not an apposition
        "The Human Rights Committee, the Committee against Torture and the Committee on the Rights "
        "of the Child, meets in Geneva.",
        # an aside about a state: the verb is a single act
        "The European Court of Human Rights, which Russia left in 2022, rules on Russia's appeal next week.",
        # a headline about one case
        "African Court rules on Rwanda's withdrawal of its declaration",
        # a noun after all: "rules on" inside a sentence about something else
        "Ministers discussed the European Committee of Social Rights rules on publication.",
    ],
)
def test_asides_and_verbs_on_that_are_not_mandates(text: str, registry: Registry) -> None:
    assert _functions(text, registry) == set()


def test_a_short_name_far_from_the_full_name_is_still_that_body(registry: Registry) -> None:
    text = (
        "The Committee against Torture published its findings on Chile.\n\n"
        "Chile ratified the convention in 1988.\n\n"
        "Officials in Santiago said the report was fair.\n\n"
        "The Committee examines the reports of states parties every four years."
    )
    assert ("org/un-cat-committee", "examines the reports of states parties every four years") in _functions(
        text, registry
    )


def test_a_name_shared_with_a_group_of_activists_follows_the_activists_cue(registry: Registry) -> None:
    claims = _claims(
        "Human rights activists in Kazan say the Committee Against Torture documented new abuses.", registry
    )
    mentioned = {c.object.key for c in claims if isinstance(c.object, Ref)}
    assert "org/committee-against-torture" in mentioned
    assert "org/un-cat-committee" not in mentioned


@pytest.mark.parametrize(
    ("text", "body", "function"),
    [
        (
            "The African Commission on Human and Peoples' Rights, in Banjul, Gambia, examines state reports.",
            "org/achpr-commission",
            "examines state reports",
        ),
        (
            "The Committee on the Rights of Persons with Disabilities, chaired by Ms Ortiz, reviews "
            "state reports.",
            "org/crpd-committee",
            "reviews state reports",
        ),
        (
            "Members of the Committee on Enforced Disappearances examine urgent requests from families.",
            "org/ced",
            "examine urgent requests from families",
        ),
        (
            "The International Criminal Court prosecutes individuals for genocide, crimes against "
            "humanity, war crimes and the crime of aggression.",
            "org/icc",
            "prosecutes individuals for genocide, crimes against humanity, war crimes and the crime "
            "of aggression",
        ),
    ],
)
def test_places_chairs_members_and_lists_of_crimes(
    text: str, body: str, function: str, registry: Registry
) -> None:
    assert (body, function) in _functions(text, registry)


def test_members_of_a_body_acting_once_are_no_mandate(registry: Registry) -> None:
    text = "Members of the Committee on Enforced Disappearances visited Mexico in November 2021."
    assert _functions(text, registry) == set()


@pytest.mark.parametrize(
    ("text", "body", "function"),
    [
        (
            "Chile accepted the jurisdiction of the Inter-American Court of Human Rights in 1990. Its "
            "seven judges hear contentious cases and issue advisory opinions.",
            "org/iacthr",
            "issue advisory opinions",
        ),
        (
            "The covenant set up the Human Rights Committee. Its members, elected for four years, "
            "examine state reports.",
            "org/ccpr",
            "examine state reports",
        ),
        (
            "The International Committee of the Red Cross, which works to protect detainees in armed "
            "conflict, visits prisoners of war.",
            "org/icrc",
            "protect detainees in armed conflict",
        ),
        (
            "The Convention on Enforced Disappearance establishes the Committee on Enforced "
            "Disappearances. It will examine the reports of states parties.",
            "org/ced",
            "examine the reports of states parties",
        ),
        (
            "The Committee on Migrant Workers, which examines the reports of states parties to the "
            "convention, will also review individual complaints.",
            "org/cmw",
            "review individual complaints",
        ),
    ],
)
def test_members_pronouns_and_second_predicates_of_a_body(
    text: str, body: str, function: str, registry: Registry
) -> None:
    assert (body, function) in _functions(text, registry)


def test_reviewing_reports_of_parties_to_a_treaty_is_monitoring_it(registry: Registry) -> None:
    text = (
        "The Committee on the Elimination of Racial Discrimination examines the reports of states "
        "parties to the International Convention on the Elimination of All Forms of Racial "
        "Discrimination."
    )
    assert ("org/cerd", "treaty/icerd") in _monitors(text, registry)


def test_overseeing_an_institution_is_not_monitoring_a_treaty(registry: Registry) -> None:
    text = (
        "Palestine joined the Rome Statute. The Assembly of States Parties to the Rome Statute, "
        "which oversees the court's administration, meets in The Hague."
    )
    assert _monitors(text, registry) == set()


def test_it_after_a_treaty_subject_is_not_the_body_for_a_treatys_verb(registry: Registry) -> None:
    text = (
        "The Convention on Enforced Disappearance establishes the Committee on Enforced "
        "Disappearances. It protects every person against secret detention."
    )
    assert _functions(text, registry) == set()


@pytest.mark.parametrize(
    ("text", "body", "function"),
    [
        (
            "The European Court of Justice sits in Luxembourg. The Inter-American Court of Human Rights, "
            "whose seven judges hear cases against member states, sits in San José.",
            "org/iacthr",
            "hear cases against member states",
        ),
        (
            "The Office of the UN High Commissioner for Refugees is mandated by the General Assembly to "
            "protect refugees and stateless people.",
            "org/unhcr",
            "protect refugees and stateless people",
        ),
        (
            "The International Criminal Court sits in The Hague. Its eighteen judges are elected by "
            "the Assembly of States Parties.",
            "org/icc-asp",
            "elect the judges of the International Criminal Court",
        ),
    ],
)
def test_members_in_a_whose_clause_a_mandate_given_by_another_body_and_who_elects_the_judges(
    text: str, body: str, function: str, registry: Registry
) -> None:
    assert (body, function) in _functions(text, registry)


def test_a_treaty_named_as_it_is_monitored_by_a_body(registry: Registry) -> None:
    text = (
        "The European Social Charter guarantees social and economic rights. It is monitored by the "
        "European Committee of Social Rights."
    )
    assert ("org/ecsr", "treaty/ets-035") in _monitors(text, registry)


def test_a_general_assembly_of_another_organisation_is_not_the_un_s(registry: Registry) -> None:
    claims = _claims("The General Assembly of the Organization of American States met in Lima.", registry)
    assert "org/un-ga" not in {c.object.key for c in claims if isinstance(c.object, Ref)}


def test_a_run_of_sentences_opening_with_it_keeps_the_body_they_began_with(registry: Registry) -> None:
    text = (
        "The Andean Labour Rights Committee was set up in 1999. It examines the reports of member "
        "states. It also receives complaints from trade unions."
    )
    bodies = {body for body, _ in _functions(text, registry)}
    assert len(bodies) == 1 and len(_functions(text, registry)) == 2
    treaty_first = (
        "The Andean Labour Charter entered into force in 1999. It has twelve parties. It also "
        "receives complaints from trade unions."
    )
    assert _functions(treaty_first, registry) == set()


def test_a_relative_clause_in_a_dated_sentence_still_says_what_the_body_does(registry: Registry) -> None:
    text = (
        "The Kampala Convention entered into force on 6 December 2012. That December the Conference "
        "of States Parties, which reviews the reports of the parties and adopts its own rules, met "
        "for the first time."
    )
    found = {t for _, t in _functions(text, registry)}
    assert {"reviews the reports of the parties", "adopts its own rules"} <= found
