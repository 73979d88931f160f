"""Who a sentence is about when other names stand near it: a state in an apposition to the subject
("Uganda, Kenya's neighbour, ratified") is not the subject; "the country" after a sentence that
named another state in passing is not that state; a body named after its state ("The Gambia Bar
Association") or defining its own abbreviation ("the Centre Against Torture (CAT)") keeps it;
an interviewee with two surnames labels answers by both ("Quintero Salas:")."""

from __future__ import annotations

from readings import domestic_steps, facts_of, posts_of, statements, treaty_actions

from loaders.registry import Registry


def test_a_state_in_an_apposition_is_not_the_subject(registry: Registry) -> None:
    text = (
        "Headline\n\nUganda, Kenya's neighbour, ratified the Optional Protocol to the Convention "
        "against Torture in 2019."
    )
    actions = treaty_actions(registry, text)
    assert ("Ratification", "state/uga", "treaty/opcat", "2019", "-") in actions
    assert not any(a[1] == "state/ken" for a in actions)


def test_the_country_after_another_state_named_in_passing_is_left_unsaid(registry: Registry) -> None:
    text = (
        "Headline\n\nTimor-Leste deposited its instrument of accession to the International Convention "
        "for the Protection of All Persons from Enforced Disappearance on 19 October 2023.\n\n"
        "The convention entered into force in December 2010 after Iraq became the twentieth state to "
        "ratify it. It is monitored by the Committee on Enforced Disappearances.\n\n"
        "The country signed the treaty in 2007. Parliament approved accession in July."
    )
    actions = treaty_actions(registry, text, "2023-10-20")
    assert not any(a[1] == "state/irq" and a[0] in ("Signature", "Accession") for a in actions)
    steps = domestic_steps(registry, text, "2023-10-20")
    assert not any(s[1] == "org/parliament-of-iraq" for s in steps)


def test_the_country_after_its_own_sentence_is_still_read(registry: Registry) -> None:
    text = (
        "Headline\n\nPeru deposited its instrument of ratification of the Convention against Torture on "
        "2 May 2012. Its parliament met. The country signed the treaty in 2007."
    )
    assert any(a[:2] == ("Signature", "state/per") and a[3] == "2007" for a in treaty_actions(registry, text))


def test_for_a_state_fronted_without_a_comma_is_its_own_entry_into_force(registry: Registry) -> None:
    text = (
        "Headline\n\nTimor-Leste acceded to the International Convention for the Protection of All "
        "Persons from Enforced Disappearance on 19 October 2023. For Timor-Leste the convention will "
        "enter into force thirty days after the deposit, on 18 November."
    )
    actions = treaty_actions(registry, text, "2023-10-20")
    assert ("EntryIntoForce", "-", "treaty/cped", "2023-11-18", "-") not in actions


def test_a_body_named_after_the_state_keeps_its_name(registry: Registry) -> None:
    text = "Headline\n\nIsatou Ceesay, who heads the Gambia Bar Association, welcomed the decision."
    assert ("person/isatou-ceesay", "org/gambia-bar-association", "role/head") in posts_of(registry, text)


def test_an_abbreviation_defined_for_a_longer_name_is_not_the_states(registry: Registry) -> None:
    text = (
        "Headline\n\nThe Coalition Against Torture in Kenya (CATK) calls on the government to act. "
        '"Prevention costs less," said CATK\'s chair, Wanjiru Kamau.'
    )
    posts = posts_of(registry, text)
    assert ("person/wanjiru-kamau", "org/coalition-against-torture-in-kenya", "role/chair") in posts
    assert not any(p[1] == "state/ken" for p in posts)


def test_an_abbreviation_the_document_defines_wins_over_the_registry(registry: Registry) -> None:
    text = "Headline\n\nThe Centre Against Torture (CAT) opened an office. CAT said it would visit prisons."
    facts = facts_of(registry, text)
    assert "org/centre-against-torture" in facts
    assert not any(k.startswith("treaty/un-cat") for k in facts)


def test_a_court_of_justice_is_no_justices_office(registry: Registry) -> None:
    text = "Headline\n\nThe registrar of the East African Court of Justice, Yufnalis Okubo, spoke to us."
    posts = posts_of(registry, text)
    assert ("person/yufnalis-okubo", "org/east-african-court-of-justice", "role/registrar") in posts
    assert not any(p[2] == "role/justice" for p in posts)


def test_an_interviewee_with_two_surnames_labels_answers_by_both(registry: Registry) -> None:
    text = (
        "Interview\n\nThe Colombian justice minister, Rafael Quintero Salas, answered our questions.\n\n"
        "Wire: Will Colombia denounce the Covenant?\n\n"
        "Quintero Salas: No. It stays a party.\n\n"
        "Wire: And the protocol?\n\n"
        "Quintero Salas: We answer every view of the committee."
    )
    speakers = {s for s, _ in statements(registry, text)}
    assert speakers == {"person/rafael-quintero-salas"}


def test_what_others_want_a_state_to_do_is_no_act(registry: Registry) -> None:
    text = (
        "Headline\n\nSome lawmakers want Colombia to denounce the International Covenant on Civil and "
        "Political Rights."
    )
    assert not any(a[0] == "Denunciation" for a in treaty_actions(registry, text))


def test_endorsing_a_decision_to_denounce_is_the_chambers_approval(registry: Registry) -> None:
    text = (
        "Headline\n\nEcuador's National Assembly on 2 July 2009 endorsed President Rafael Correa's "
        "decision to denounce the ICSID Convention. President Rafael Correa signed an executive decree "
        "on 3 July 2009 ordering the denunciation of the ICSID Convention."
    )
    steps = domestic_steps(registry, text, "2009-07-06")
    assert (
        "ParliamentaryApproval",
        "org/national-assembly-of-ecuador",
        None,
        "2009-07-02",
        "treaty/icsid-convention",
    ) in steps
    assert ("Decree", "person/rafael-correa", None, "2009-07-03", "treaty/icsid-convention") in steps
    assert not any(
        a[0] == "Denunciation" and a[3] != "-" for a in treaty_actions(registry, text, "2009-07-06")
    )


def test_a_quote_according_to_a_spokesman_named_after_is_his(registry: Registry) -> None:
    text = (
        'Headline\n\nAccording to a ministry spokesman, Lamin Sowe, the letter was "delivered by hand" '
        "to the Secretary-General."
    )
    assert ("person/lamin-sowe", "delivered by hand") in statements(registry, text)
