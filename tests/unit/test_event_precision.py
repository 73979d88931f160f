"""False facts the treaty-event rules must not make: for each rule, sentences from other kinds of
article (a step of another process, a law that serves no treaty, a vote on something else, a
date that belongs to another clause, a hypothetical, a report about a third state, a court's
ruling, "approved" meaning something else) that mention a state and a treaty near a trigger
word without stating the act."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

# The classes of fact these rules make: treaty actions, a treaty's own events, domestic steps,
# a state joining or leaving an organisation, deaths.
EVENTS = frozenset(
    {
        TG.Signature, TG.Ratification, TG.Accession, TG.Succession, TG.EntryIntoForce, TG.Adoption,
        TG.OpeningForSignature, TG.Denunciation, TG.CessationOfParty, TG.Decree, TG.BillSubmission,
        TG.ParliamentaryApproval, TG.LawSigning, TG.Notification, TG.Admission, TG.Expulsion,
        TG.Suspension, TG.Withdrawal, TG.Death,
    }
)  # fmt: skip


def _events(registry: Registry, text: str, published: str = "2024-06-01") -> set[tuple[str, str]]:
    document = parse_document(text, DocumentMetadata(title="t", date_published=published), "t")
    claims = extract(document, registry)
    return {
        (c.subject.key, c.object.key.rsplit("#", 1)[-1].rsplit("/", 1)[-1])
        for c in claims
        if c.predicate == RDF.type and isinstance(c.object, Ref) and c.object.key in EVENTS
    }


def _dates(registry: Registry, text: str, key: str, published: str = "2024-06-01") -> set[str]:
    document = parse_document(text, DocumentMetadata(title="t", date_published=published), "t")
    claims: list[Claim] = extract(document, registry)
    return {
        str(getattr(c.object, "lexical", ""))
        for c in claims
        if c.subject.key == key and c.predicate == TG.date
    }


STEPS = {"Decree", "BillSubmission", "ParliamentaryApproval", "LawSigning", "Notification"}


@pytest.mark.parametrize(
    "text",
    [
        "The Senate voted 60 to 40 on the defence budget, weeks after Chile ratified the Convention "
        "against Torture.",
        "President Gabriel Boric signed a law on pensions in March, a year after Chile ratified the "
        "Convention on the Rights of Persons with Disabilities.",
        "The minister submitted a bill on policing to parliament, and Kenya acceded to the Convention "
        "against Torture in 1997.",
        "The decree issued by President Emmanuel Macron concerned the budget; France ratified the Rome "
        "Statute in 2000.",
        "Parliament approved the budget on 3 May, while Peru joined the Rome Statute years earlier.",
    ],
)
def test_a_step_of_another_process_serves_no_treaty_act_named_later(registry: Registry, text: str) -> None:
    assert {cls for _, cls in _events(registry, text)} & STEPS == set(), text


@pytest.mark.parametrize(
    "text",
    [
        # a vote, an approval, a decree about something else
        "The National Assembly voted to dissolve itself in 2019.",
        "The committee approved Kenya's report under the Convention against Torture.",
        "Kenya approved funding for the secretariat of the Convention on the Rights of the Child.",
        "The cabinet accepted the recommendations of the Committee against Torture.",
        # a domestic law unrelated to a treaty
        "A new law on domestic violence entered into force in Poland in 2020.",
        # other meanings of join, leave, withdraw, exit
        "Kenya joined Uganda in condemning the attacks, citing the Convention against Torture.",
        "Chile joined the consensus on a resolution about the Convention on the Rights of the Child.",
        "Hungary left the room before the debate on the Istanbul Convention.",
        "Russia withdrew its troops from the border, in breach of the Convention against Torture.",
        "Only twelve states are left outside the Convention on the Rights of the Child.",
        "The delegation of Peru left the meeting on the Rome Statute early.",
        # hypotheticals, obligations, appeals, questions
        "Kenya should ratify the Optional Protocol to the Convention against Torture.",
        "Amnesty International called on Kenya to ratify the Rome Statute.",
        "Rights groups urged Malaysia to accede to the Convention against Torture.",
        "Can a state leave the Rome Statute immediately?",
        "A state can withdraw from the Convention against Torture by written notification.",
        "Under the Rome Statute, a withdrawal takes effect one year after the Secretary-General "
        "receives a written notification.",
        "Nothing obliges Chile to sign the Optional Protocol to the Convention against Torture.",
        # a court's judgment, not a ratification
        "Ecuador's Constitutional Court ruled that the ratification of the Rome Statute was constitutional.",
        "The Constitutional Court of Colombia examined the accession to the Convention against Torture.",
        # a report about a third party
        "Kenya's foreign minister praised the signing of the Rome Statute by other states.",
    ],
)
def test_no_treaty_event_from_words_about_something_else(registry: Registry, text: str) -> None:
    assert _events(registry, text) == set(), text


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        # the treaty named before the trigger is not its object unless a relative clause joins them
        ("Chile ratified the Convention against Torture in 1988. Later, President Patricio Aylwin "
         "signed a decree on prisons.", {"action/chl-un-cat-ratification"}),
        ("After Chile ratified the Convention against Torture in 1988, its president signed a "
         "trade deal.", {"action/chl-un-cat-ratification"}),
        # an organisation used as a modifier, or in a shared stance, is not joined or left
        ("Kenya joined the African Union in calling for a ceasefire.", set()),
        ("Ghana left the United Nations headquarters after the vote.", set()),
        ("Chile joined the United Nations summit on refugees.", set()),
    ],
)  # fmt: skip
def test_only_the_act_stated(registry: Registry, text: str, allowed: set[str]) -> None:
    assert {key for key, _ in _events(registry, text)} <= allowed, text


@pytest.mark.parametrize(
    "text",
    [
        "After Poland ratified the Istanbul Convention, a new criminal code was adopted in 2016.",
        "Three years after Chile ratified the Convention against Torture, parliament adopted a new "
        "police law.",
        "Kenya signed the Rome Statute in 1999, and a new constitution entered into force in 2010.",
        "The Convention against Torture was cited when the new code was opened for signature.",
    ],
)
def test_a_treaty_is_not_the_subject_of_another_clauses_event(registry: Registry, text: str) -> None:
    found = {cls for _, cls in _events(registry, text)}
    assert not found & {"Adoption", "EntryIntoForce", "OpeningForSignature"}, text


def test_a_date_of_another_verb_is_not_the_acts(registry: Registry) -> None:
    text = (
        "The word was coined in 1944 by Raphael Lemkin, who lobbied delegations until the Convention "
        "against Torture was adopted."
    )
    assert "1944" not in _dates(registry, text, "event/un-cat-adoption")
    text = "In 1990, while Chile was still debating it, Peru ratified the Convention against Torture in 1988."
    assert _dates(registry, text, "action/per-un-cat-ratification") == {"1988"}


def test_a_treatys_rule_for_notices_is_no_notification(registry: Registry) -> None:
    text = (
        "Mali said on 22 September that it was withdrawing from the Rome Statute.\n\n"
        "Q: Can a state leave the court at once?\n"
        "A: No. Under Article 127, a withdrawal takes effect one year after the Secretary-General "
        "receives a written notification, or later if the notification says so."
    )
    assert "Notification" not in {cls for _, cls in _events(registry, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry notified the families of the victims on 3 May, citing the Convention against Torture.",
        "Kenya notified the committee of its new reporting schedule under the Convention against Torture.",
        "A state may withdraw by written notification to the Secretary-General of the United Nations.",
    ],
)
def test_notices_of_other_things_are_no_notification_of_leaving(registry: Registry, text: str) -> None:
    found = {cls for _, cls in _events(registry, text)}
    assert not found & {"Notification", "Denunciation"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Kosovo's bid for accession to the Council of Europe stalled in 2024.",
        "The Parliamentary Assembly recommended Kosovo's admission to the Council of Europe.",
        "Saddam Hussein's death sentence was upheld in 2006.",
        "Raphael Lemkin faced death threats in 1950.",
        "He died in 1959.",
    ],
)
def test_no_membership_or_death_from_other_words(registry: Registry, text: str) -> None:
    assert _events(registry, text) == set(), text


def test_he_died_is_the_one_person_named_before(registry: Registry) -> None:
    text = (
        "The word was coined in 1944 by Raphael Lemkin, a Polish lawyer.\n\n"
        "He died in New York on 28 August 1959."
    )
    assert ("event/raphael-lemkin-death", "Death") in _events(registry, text)
    assert _dates(registry, text, "event/raphael-lemkin-death") == {"1959-08-28"}


# ---------------------------------------------------------------------------- recall, in general forms


@pytest.mark.parametrize(
    ("text", "key", "dates"),
    [
        # a deposit, active and passive, the treaty named before
        ("Malaysia announced its accession to the Rome Statute. Malaysia deposited its instrument of "
         "accession with the Secretary-General of the United Nations on 4 March 2019.",
         "action/mys-rome-statute-accession", {"2019-03-04"}),
        ("Kenya has become a party to the Convention against Torture.\n\nThe instrument of ratification "
         "was deposited with the Secretary-General in New York on 21 February 1997.",
         "action/ken-un-cat-ratification", {"1997-02-21"}),
        # a list of states with the verb left out
        ("Mali ratified the Rome Statute in 2000, Niger in 2002 and Burkina Faso in 2004.",
         "action/bfa-rome-statute-ratification", {"2004"}),
        # a nominal succession, with the treaties listed
        ("On 23 October 2006 Montenegro notified the Secretary-General of its succession to the "
         "International Covenant on Civil and Political Rights and the Convention against Torture.",
         "action/mne-un-cat-succession", {"2006-10-23"}),
        # the same day, named in a sentence before
        ("The Convention on the Rights of Persons with Disabilities was opened for signature on 30 March "
         "2007. Many states signed it. Jamaica ratified it on the same day.",
         "action/jam-crpd-ratification", {"2007-03-30"}),
        # a treaty's entry into force on a set date
        ("Ukraine ratified the Rome Statute in October. The statute will enter into force for Ukraine on "
         "1 January 2025.", "action/ukr-rome-statute-entry-into-force", {"2025-01-01"}),
    ],
)  # fmt: skip
def test_acts_in_general_forms(registry: Registry, text: str, key: str, dates: set[str]) -> None:
    assert _dates(registry, text, key, "2024-12-01") == dates, text


def test_membership_by_becoming_a_member_and_in_a_relative_clause(registry: Registry) -> None:
    text = "On 11 May 2007 Montenegro became the 47th member state of the Council of Europe."
    assert ("event/mne-coe-admission", "Admission") in _events(registry, text)
    text = "Serbia kept its membership of the Council of Europe, which Croatia had joined on 6 November 1996."
    assert _dates(registry, text, "event/hrv-coe-admission") == {"1996-11-06"}
    text = "Hungary is on course to become the first member of the European Union to leave the court."
    assert _events(registry, text) == set()


def test_an_anniversary_and_a_timeline_line_date_the_event(registry: Registry) -> None:
    text = "Seventy years ago today, the Convention against Torture was adopted by the General Assembly."
    assert _dates(registry, text, "event/un-cat-adoption", "2018-12-09") == {"1948-12-09"}
    text = "A timeline of the Convention against Torture:\n\n1987 – it entered into force on 26 June."
    assert _dates(registry, text, "event/un-cat-entry-into-force", "2018-12-09") == {"1987-06-26"}
    text = (
        "A timeline:\n\n1988 – the instrument of ratification is deposited on 25 November, and the "
        "Convention against Torture enters into force for Kenya in February of the following year."
    )
    assert _dates(registry, text, "action/ken-un-cat-entry-into-force", "2018-12-09") == {"1989-02"}


def test_a_vote_for_ratification_of_the_treaty_the_text_is_about(registry: Registry) -> None:
    text = (
        "Ukraine has deposited its instrument of ratification of the Rome Statute.\n\n"
        "Parliament voted for ratification on 21 August, with 281 deputies in favour."
    )
    steps = [k for k, cls in _events(registry, text, "2024-10-25") if cls == "ParliamentaryApproval"]
    assert len(steps) == 1
    assert _dates(registry, text, steps[0], "2024-10-25") == {"2024-08-21"}
    # two treaties in the text: which one is not said
    text = (
        "Ukraine signed the Rome Statute and the Convention against Torture.\n\n"
        "Parliament voted for ratification on 21 August."
    )
    assert "ParliamentaryApproval" not in {cls for _, cls in _events(registry, text, "2024-10-25")}


def test_a_protocol_named_by_the_treaty_it_supplements(registry: Registry) -> None:
    text = (
        "The Convention on the Rights of Persons with Disabilities enters into force today. The "
        "Optional Protocol to the Convention also enters into force today. Hungary, in July 2007, was "
        "the first to ratify both the Convention and the Optional Protocol."
    )
    assert _dates(registry, text, "event/crpd-op-entry-into-force", "2008-05-03") == {"2008-05-03"}
    assert _dates(registry, text, "action/hun-crpd-op-ratification", "2008-05-03") == {"2007-07"}


@pytest.mark.parametrize(
    "text",
    [
        # two states or two treaties before a passive deposit: which one is not said
        "Kenya and Uganda signed the Rome Statute.\n\nThe instrument of ratification was deposited in 2002.",
        "Kenya signed the Rome Statute and the Convention against Torture.\n\nThe instrument of "
        "ratification was deposited in 2002.",
        # a deposit still to come
        "Kenya signed the Rome Statute. Its instrument of ratification will be deposited next month.",
        # a vote for the ratification of something the text does not name
        "Kenya and Uganda signed the Rome Statute. The assembly voted for ratification of the budget.",
        # 'the same day' with no event
        "Kenya signed the Rome Statute on 11 August 1999. On that day, protesters marched in Nairobi.",
    ],
)
def test_general_forms_make_no_fact_where_the_text_leaves_it_open(registry: Registry, text: str) -> None:
    found = {cls for _, cls in _events(registry, text)}
    assert not found & {"Ratification", "Accession", "ParliamentaryApproval"}, text


def test_a_numeric_date_with_one_reading(registry: Registry) -> None:
    text = "Poland signed the Istanbul Convention on 18/12/2012 and ratified it in April 2015."
    assert _dates(registry, text, "action/pol-cets-210-signature") == {"2012-12-18"}
    text = "Poland signed the Istanbul Convention on 03/04/2012."
    assert _dates(registry, text, "action/pol-cets-210-signature") == set()


def test_a_notice_of_someone_else_is_no_notification(registry: Registry) -> None:
    text = (
        "Burundi withdrew from the Rome Statute in 2017.\n\n"
        "The mining company gave notice to 300 workers on 3 May."
    )
    assert "Notification" not in {cls for _, cls in _events(registry, text)}


@pytest.mark.parametrize(
    ("text", "published", "key", "dates"),
    [
        # states listed as the subject, and "the same year"
        ("Cambodia, Mongolia and the Republic of Korea ratified the Rome Statute in 2002, and Timor-Leste "
         "acceded to it the same year.", "2007-07-17", "action/mng-rome-statute-ratification", {"2002"}),
        ("Cambodia, Mongolia and the Republic of Korea ratified the Rome Statute on 11 April 2002, and "
         "Timor-Leste acceded to it the same year.", "2007-07-17", "action/tls-rome-statute-accession",
         {"2002"}),
        # "this morning" is the document's day
        ("This morning Japan deposited its instrument of accession to the Rome Statute with the "
         "Secretary-General.", "2007-07-17", "action/jpn-rome-statute-accession", {"2007-07-17"}),
        # a relative date and the full date it stands for
        ("A quarter of a century ago today, on 27 April 1999, Georgia became the forty-first member state "
         "of the Council of Europe.", "2024-04-27", "event/geo-coe-admission", {"1999-04-27"}),
        # a present tense that takes effect later in the year
        ("The withdrawal of Turkey from the Istanbul Convention was published on 20 March, and the "
         "Convention against Torture enters into force for Fiji on 1 July.", "2021-05-11",
         "action/fji-un-cat-entry-into-force", {"2021-07-01"}),
        # "It" opening a sentence is the subject opening the one before
        ("- The Maputo Protocol supplements the African Charter on Human and Peoples' Rights.\n"
         "- It was adopted in Maputo on 11 July 2003.\n- It entered into force on 25 November 2005.",
         "2023-07-11", "event/maputo-protocol-entry-into-force", {"2005-11-25"}),
    ],
)  # fmt: skip
def test_more_general_forms(registry: Registry, text: str, published: str, key: str, dates: set[str]) -> None:
    assert _dates(registry, text, key, published) == dates, text


def test_states_after_a_preposition_are_no_subjects(registry: Registry) -> None:
    text = "After talks with Chile and Peru, Bolivia ratified the Rome Statute in 2002."
    keys = {k for k, _ in _events(registry, text)}
    assert keys == {"action/bol-rome-statute-ratification"}, keys


def test_a_corrected_claim_and_a_date_in_the_acts_own_clause(registry: Registry) -> None:
    text = (
        "Correction, 3 May 2017: An earlier version of this article said that Venezuela ratified the "
        "American Convention on Human Rights in 1979."
    )
    assert "1979" not in _dates(registry, text, "action/ven-achr-ratification")
    text = (
        "The Committee welcomed the ratification by Viet Nam of the Convention against Torture in 2015, "
        "more than a year after the country signed it in November 2013."
    )
    assert _dates(registry, text, "action/vnm-un-cat-signature") == {"2013-11"}


def test_neither_signed_nor_ratified(registry: Registry) -> None:
    text = "Yet the United Kingdom has neither signed nor ratified the Rome Statute."
    assert _events(registry, text) == set()
