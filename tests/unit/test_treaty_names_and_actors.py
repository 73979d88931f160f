"""Treaty names written in the shapes news copy uses for them (an organisation's acronym before a
title with "and" inside it, a descriptive variant of a listed name without the place it was
adopted at, a protocol named by a common noun) and treaty acts whose actor is written in another
way than as the state's name. Each shape has its false-fact counterpart."""

from __future__ import annotations

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref
from loaders.registry import Registry
from loaders.vocabulary import TG


def _claims(registry: Registry, text: str, published: str = "2024-06-01") -> list[Claim]:
    document = parse_document(text, DocumentMetadata(title="t", date_published=published), "t")
    return extract(document, registry)


def _refs(claims: list[Claim], predicate: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.key)
        for c in claims
        if c.predicate == predicate and isinstance(c.object, Ref)
    }


def _dates(claims: list[Claim]) -> dict[str, str]:
    return {c.subject.key: str(getattr(c.object, "lexical", "")) for c in claims if c.predicate == TG.date}


def test_an_acronym_before_a_title_with_and_inside_it(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The ILO Violence and Harassment Convention entered into force on 25 June 2021, a year after "
        "Fiji ratified it.",
    )
    treaties = {t for _, t in _refs(claims, TG.treaty)}
    assert treaties == {"treaty/ilo-c190"}
    assert _dates(claims)["event/ilo-c190-entry-into-force"] == "2021-06-25"


def test_another_organisations_acronym_starts_another_title(registry: Registry) -> None:
    claims = _claims(registry, "The OAS Convention against Torture entered into force in 1987.")
    assert "treaty/un-cat" not in {t for _, t in _refs(claims, TG.treaty)}


def test_a_listed_name_without_the_place_it_was_adopted_at(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The amendments on the crime of aggression were adopted at the Review Conference in "
        "Kampala in June 2010.",
    )
    assert _dates(claims).get("event/kampala-amendments-adoption") == "2010-06"


def test_a_protocol_that_sets_up_the_body_the_sentence_is_about(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The court, set up by a protocol to the African Charter that entered into force in "
        "January 2004, sits in Arusha.",
    )
    dates = _dates(claims)
    assert dates.get("event/achpr-court-protocol-entry-into-force") == "2004-01"
    assert "event/achpr-entry-into-force" not in dates


def test_a_protocol_named_by_a_common_noun_is_never_its_treaty(registry: Registry) -> None:
    for text in (
        "Benin ratified a protocol to the African Charter in 2005.",
        "Observers say the protocol to the American Convention entered into force in 1999.",
    ):
        claims = _claims(registry, text)
        treaties = {t for _, t in _refs(claims, TG.treaty)}
        assert not treaties & {"treaty/achpr", "treaty/achr"}, text


def _actions(claims: list[Claim]) -> dict[str, str]:
    return {s: t for s, t in _refs(claims, TG.state) if s.startswith("action/")}


def test_an_entry_into_force_for_the_country_keeps_its_state(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Ghana signed the Rome Statute in 1998. The statute will enter into force for the country "
        "on 1 June 2000.",
    )
    dates = _dates(claims)
    assert dates.get("action/gha-rome-statute-entry-into-force") == "2000-06-01"
    assert "event/rome-statute-entry-into-force" not in dates


def test_an_entry_into_force_for_a_country_never_named_is_no_fact(registry: Registry) -> None:
    claims = _claims(registry, "The statute will enter into force for the kingdom on 1 June 2000.")
    assert not [k for k in _dates(claims) if "entry-into-force" in k]


def test_the_organ_that_deposits_for_the_state(registry: Registry) -> None:
    for text, key, date in (
        (
            "Kenya welcomed the ruling. The government deposited its instrument of accession to "
            "the Rome Statute on 15 March 2005.",
            "action/ken-rome-statute-accession",
            "2005-03-15",
        ),
        (
            "Peru's senate voted in August. The Department of Foreign Affairs then deposited the "
            "instrument of ratification of the Rome Statute on 10 November 2001.",
            "action/per-rome-statute-ratification",
            "2001-11-10",
        ),
        (
            "The foreign ministry of Malawi lodged its instrument of ratification of the Rome "
            "Statute on 19 September 2002.",
            "action/mwi-rome-statute-ratification",
            "2002-09-19",
        ),
    ):
        assert _dates(_claims(registry, text)).get(key) == date, text


def test_an_organ_with_no_state_before_it_acts_for_none(registry: Registry) -> None:
    claims = _claims(
        registry, "The government deposited its instrument of accession to the Rome Statute on 4 March 2005."
    )
    assert not _actions(claims)


def test_states_an_act_joins_and_the_first_to_take_it(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Senegal ratified the Rome Statute in 1999. Norway became the tenth state to ratify it, in "
        "March 2000, joining Ghana, Fiji and Peru. Senegal, the agency notes, was the first to "
        "ratify, in 1999.",
    )
    dates = _dates(claims)
    assert dates.get("action/nor-rome-statute-ratification") == "2000-03"
    for code in ("gha", "fji", "per"):
        assert (f"action/{code}-rome-statute-ratification", f"state/{code}") in _refs(claims, TG.state)
        assert f"action/{code}-rome-statute-ratification" not in dates  # their dates are not given
    assert dates.get("action/sen-rome-statute-ratification") == "1999"


def test_joining_something_else_than_states_is_no_act_of_theirs(registry: Registry) -> None:
    for text in (
        "Norway ratified the Rome Statute in 2000, joining the campaign led by Chile and Peru.",
        "Libya would be the first to ratify, in 2004, officials hoped.",
    ):
        actions = _actions(_claims(registry, text))
        assert set(actions.values()) <= {"state/nor"}, text


def test_an_agentless_deposit_stands_for_the_state_the_text_is_about(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Kenya's parliament voted on the Rome Statute in 2004. The instrument of ratification was "
        "deposited on 15 March 2005.",
    )
    assert _dates(claims).get("action/ken-rome-statute-ratification") == "2005-03-15"


def test_no_state_from_an_outlets_home_nor_for_a_threshold(registry: Registry) -> None:
    for text in (
        "Press digest, 16 March 2008. Summarised from the Cairo daily Al-Masar.\n\n"
        "The instrument of ratification of the Rome Statute was deposited with the Secretary-General.",
        "Peru hailed the day. The Rome Statute took effect two months after the sixtieth instrument "
        "of ratification was deposited with the Secretary-General.",
    ):
        assert not _actions(_claims(registry, text)), text


def test_the_amendments_named_before(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The amendments on the crime of aggression were adopted in Kampala on 11 June 2010. "
        "Botswana was the first State to ratify the amendments, on 4 June 2013.",
    )
    assert _dates(claims).get("action/bwa-kampala-amendments-ratification") == "2013-06-04"


def test_amendments_to_something_else_are_not_the_treaty(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Kampala amendments were adopted in 2010. Ghana passed the amendments to its penal code in 2012.",
    )
    assert not _actions(claims)


def test_an_official_signing_for_a_state(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The Arms Trade Treaty was adopted in April 2013.\n"
        "- 3 June 2013 – Foreign Minister Ana Ruiz signs the treaty for Peru.\n"
        "- 12 June 2013 – Ambassador Li Wen signed the Rome Statute on behalf of the Republic of Korea.",
    )
    dates = _dates(claims)
    assert dates.get("action/per-arms-trade-treaty-signature") == "2013-06-03"
    assert dates.get("action/kor-rome-statute-signature") == "2013-06-12"


def test_signing_for_what_is_not_a_state(registry: Registry) -> None:
    claims = _claims(
        registry, "Ms Ruiz signed the Rome Statute petition for her coalition with Peru's backing."
    )
    assert not _actions(claims)


def test_that_one_is_the_treaty_the_question_named(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Peru ratified the International Covenant on Economic, Social and Cultural Rights in 1978.\n\n"
        "Q: And the other Covenant, on civil and political rights?\n\n"
        "Minister Rosa Vidal: Peru signed that one on 11 August 1977. It has not ratified it.",
    )
    dates = _dates(claims)
    assert dates.get("action/per-iccpr-signature") == "1977-08-11"
    assert "action/per-icescr-signature" not in dates
    assert ("state/per", "treaty/iccpr") in _refs(claims, TG.notPartyTo)
    assert ("state/per", "treaty/icescr") not in _refs(claims, TG.notPartyTo)


def test_a_description_several_titles_hold_names_none(registry: Registry) -> None:
    claims = _claims(registry, "Peru signed the convention on human rights and fundamental freedoms in 1977.")
    assert not _actions(claims)


def test_the_state_that_deposited_the_nth_ratification(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Twenty years ago, on 3 May 1998, the American Convention marked a milestone: it entered "
        "into force, when Chile deposited the tenth ratification.",
    )
    assert _dates(claims).get("action/chl-achr-ratification") == "1998-05-03"


def test_a_passive_nth_ratification_is_no_states_act(registry: Registry) -> None:
    claims = _claims(
        registry, "Chile welcomed the protocol, which took effect after the tenth ratification was deposited."
    )
    assert not _actions(claims)


def test_its_instruments_to_the_treaties_the_sentence_before_names(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The network welcomes the accession of Ghana to the 1954 Convention relating to the Status "
        "of Stateless Persons and the 1961 Convention on the Reduction of Statelessness. The "
        "government deposited its instruments of accession with the Secretary-General on 5 May 2015.",
    )
    dates = _dates(claims)
    assert dates.get("action/gha-convention-on-the-reduction-of-statelessness-accession") == "2015-05-05"
    assert (
        dates.get("action/gha-convention-relating-to-the-status-of-stateless-persons-accession")
        == "2015-05-05"
    )


def test_its_instruments_after_treaties_named_with_no_such_act(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Ghana praised the Rome Statute and the Maputo Protocol. The government deposited its "
        "instruments of accession on 5 May 2015.",
    )
    assert not _actions(claims)


def test_a_gapped_second_with_no_article(registry: Registry) -> None:
    claims = _claims(
        registry,
        "The ILO Violence and Harassment Convention needed two ratifications. Namibia ratified it "
        "first, on 9 March 2020, and Fiji second, on 25 June 2020.",
    )
    dates = _dates(claims)
    assert dates.get("action/nam-ilo-c190-ratification") == "2020-03-09"
    assert dates.get("action/fji-ilo-c190-ratification") == "2020-06-25"


def test_an_adoption_in_the_present_on_a_chronology_line(registry: Registry) -> None:
    claims = _claims(
        registry,
        "Milestones\n"
        "- 2 April 2013 – The UN General Assembly adopts the Arms Trade Treaty by 154 votes to 3.\n",
    )
    assert _dates(claims).get("event/arms-trade-treaty-adoption") == "2013-04-02"


def test_adopts_in_running_text_is_no_event(registry: Registry) -> None:
    claims = _claims(registry, "Each June the conference adopts the Arms Trade Treaty budget in 2013 terms.")
    assert "event/arms-trade-treaty-adoption" not in _dates(claims)
