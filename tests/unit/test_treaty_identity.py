"""Which treaty a passage names, and which of its dates date an act: formal titles of protocols,
generic plurals, names completed by a year and number, descriptive names, and year-less or
relative dates read against the document. Passages are written for these tests, about other
states, treaties and decades than any article of the corpus."""

from __future__ import annotations

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

ACTS = {TG.Signature, TG.Ratification, TG.Accession, TG.EntryIntoForce, TG.Adoption, TG.OpeningForSignature}


Act = tuple[str, str, str, str | None]


def _acts(registry: Registry, text: str, published: str = "2024-06-01") -> set[Act]:
    """(class, state, treaty, date) of every treaty act the text states; '' where none."""
    document = parse_document(text, DocumentMetadata(title="t", date_published=published), "t")
    claims = extract(document, registry)
    by_node: dict[str, dict[str, list[str]]] = {}
    for c in claims:
        value = c.object.key if isinstance(c.object, Ref) else str(getattr(c.object, "lexical", c.object))
        by_node.setdefault(c.subject.key, {}).setdefault(c.predicate, []).append(value)
    out: set[Act] = set()
    for props in by_node.values():
        kinds = [k for k in props.get(RDF.type, []) if k in ACTS]
        if not kinds:
            continue
        cls = kinds[0].rsplit("#", 1)[-1]
        state = (props.get(TG.state) or [""])[0]
        treaty = (props.get(TG.treaty) or [""])[0]
        for date in props.get(TG.date) or [None]:
            out.add((cls, state, treaty, date))
    return out


def _treaties(registry: Registry, text: str) -> set[str]:
    return {t for _, _, t, _ in _acts(registry, text)}


# ---------------------------------------------------------------- formal titles of protocols


def test_formal_title_of_protocol_ii_is_the_protocol_not_the_conventions(registry: Registry) -> None:
    text = (
        "The Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the "
        "Protection of Victims of Non-International Armed Conflicts (Protocol II) was ratified by Chad "
        "in 1997."
    )
    acts = _acts(registry, text)
    assert ("Ratification", "state/tcd", "treaty/gc-ap-ii", "1997") in acts
    assert not any(t == "treaty/geneva-conventions" for _, _, t, _ in acts)
    assert not any(d == "1949" or (d or "").startswith("1949-") for *_, d in acts)


def test_formal_title_without_its_short_name(registry: Registry) -> None:
    text = (
        "Burkina Faso acceded to the Protocol Additional to the Geneva Conventions of 12 August 1949, "
        "and relating to the Protection of Victims of International Armed Conflicts on 20 October 1987."
    )
    assert _acts(registry, text) == {("Accession", "state/bfa", "treaty/gc-ap-i", "1987-10-20")}


def test_numbered_protocol_additional_to_the_conventions_of_a_year(registry: Registry) -> None:
    text = (
        "The note recalls a reservation that Yugoslavia made in 1979 when it ratified Protocol II "
        "Additional to the Geneva Conventions of 1949."
    )
    acts = _acts(registry, text)
    assert ("Ratification", "state/yug", "treaty/gc-ap-ii", "1979") in acts
    assert all(t == "treaty/gc-ap-ii" for _, _, t, _ in acts)


def test_ordinal_protocol_to_the_conventions_in_a_headline(registry: Registry) -> None:
    text = "Third Additional Protocol to the Geneva Conventions enters into force\n\nIt was adopted in 2005."
    assert _treaties(registry, text) <= {"treaty/gc-ap-iii"}


def test_short_names_of_the_geneva_protocols(registry: Registry) -> None:
    text = "Ireland ratified Protocol I and Protocol II on 19 May 1999."
    acts = _acts(registry, text)
    assert ("Ratification", "state/irl", "treaty/gc-ap-i", "1999-05-19") in acts
    assert ("Ratification", "state/irl", "treaty/gc-ap-ii", "1999-05-19") in acts


def test_a_longer_name_ending_in_protocol_ii_is_another_instrument(registry: Registry) -> None:
    text = "Estonia ratified Amended Protocol II in 2000."
    assert "treaty/gc-ap-ii" not in _treaties(registry, text)


# ---------------------------------------------------------------- generic plurals


def test_their_additional_protocols_mints_no_treaty(registry: Registry) -> None:
    text = (
        "Lisbon is depositary of the conventions and their Additional Protocols. The Third Additional "
        "Protocol was adopted in 2005.\n\nAngola ratified the Protocol on 4 May 2020."
    )
    acts = _acts(registry, text)
    assert ("Ratification", "state/ago", "treaty/gc-ap-iii", "2020-05-04") in acts
    assert not any("additional-protocols" in t for _, _, t, _ in acts)


def test_two_optional_protocols_is_no_treaty(registry: Registry) -> None:
    text = (
        "The Convention on the Rights of the Child and its two Optional Protocols are monitored by one "
        "committee. Peru ratified the Optional Protocols in 2002."
    )
    assert not any("optional-protocols" in t for t in _treaties(registry, text))


def test_a_named_plural_is_still_a_treaty(registry: Registry) -> None:
    text = "Israel and the Palestine Liberation Organization signed the Oslo Accords on 13 September 1993."
    assert any("oslo-accords" in t for t in _treaties(registry, text))


# ---------------------------------------------------------------- descriptive names, title tails


def test_descriptive_names_of_the_crc_protocols(registry: Registry) -> None:
    text = (
        "Senegal ratified the protocol on the sale of children, child prostitution and child pornography "
        "in November 2003, and the protocol on the involvement of children in armed conflict in March 2004."
    )
    treaties = _treaties(registry, text)
    assert "treaty/crc-opsc" in treaties


def test_a_possessor_before_a_descriptive_name(registry: Registry) -> None:
    text = "The ILO's convention on decent work for domestic workers entered into force on 5 September 2013."
    assert ("EntryIntoForce", "", "treaty/ilo-c189", "2013-09-05") in _acts(registry, text)


def test_an_ilo_title_with_its_year_and_number_keeps_its_frame(registry: Registry) -> None:
    text = "The Worst Forms of Child Labour Convention, 1999 (No. 182), was adopted on 17 June 1999."
    assert _acts(registry, text) == {("Adoption", "", "treaty/ilo-c182", "1999-06-17")}


def test_a_year_in_a_title_dates_no_act(registry: Registry) -> None:
    text = "Namibia acceded to the Minimum Age Convention, 1973 (No. 138), the organisation said."
    acts = _acts(registry, text)
    assert all(d is None for *_, d in acts)


def test_a_year_after_of_in_a_title_dates_no_act(registry: Registry) -> None:
    text = "Fiji ratified the Geneva Conventions of 12 August 1949 without reservation."
    acts = _acts(registry, text)
    assert acts and all(d is None for *_, d in acts)


def test_ilo_abbreviation_is_the_registry_organisation(registry: Registry) -> None:
    document = parse_document(
        "The ILO has 187 member states.", DocumentMetadata(title="t", date_published="2024-01-01"), "t"
    )
    keys = {c.object.key for c in extract(document, registry) if isinstance(c.object, Ref)}
    assert "org/ilo" in keys


# ---------------------------------------------------------------- dates


def test_month_last_year_is_one_expression(registry: Registry) -> None:
    text = (
        "The vote of 12 March 2009 changed little.\n\n"
        "The talks of 3 October 2011 failed. In June last year Benin acceded to the protocol on the "
        "involvement of children in armed conflict."
    )
    acts = _acts(registry, text, published="2016-02-10")
    assert ("Accession", "state/ben", "treaty/crc-opac", "2015-06") in acts
    assert not any((d or "").startswith("2011") for *_, d in acts)


def test_day_month_this_year(registry: Registry) -> None:
    text = "Mongolia ratified the Convention on the Rights of Persons with Disabilities on 13 May this year."
    acts = _acts(registry, text, published="2009-11-02")
    assert ("Ratification", "state/mng", "treaty/crpd", "2009-05-13") in acts


def test_a_present_paragraph_does_not_lend_an_old_year(registry: Registry) -> None:
    text = (
        "The Convention on the Rights of Persons with Disabilities enters into force today. The General "
        "Assembly adopted it on 13 December 2006. Ecuador ratified the convention on 3 April."
    )
    acts = _acts(registry, text, published="2008-05-03")
    dates = {d for c, s, _, d in acts if s == "state/ecu"}
    assert dates == {"2008-04-03"}


def test_a_narrative_paragraph_still_lends_its_year(registry: Registry) -> None:
    text = (
        "Chile signed the Convention against Torture on 23 September 1987. It ratified the convention "
        "on 30 September, a week later."
    )
    acts = _acts(registry, text, published="2024-06-01")
    assert ("Ratification", "state/chl", "treaty/un-cat", "1987-09-30") in acts


def test_a_date_after_a_same_time_clause_dates_the_act(registry: Registry) -> None:
    text = "Peru signed it on the day it was opened for signature, in September 2019."
    text = "The Escazú Agreement was adopted on 4 March 2018. " + text
    acts = _acts(registry, text)
    assert ("Signature", "state/per", "treaty/escazu-agreement", "2019-09") in acts


def test_when_it_ratified_takes_the_date_of_the_declaration(registry: Registry) -> None:
    text = (
        "The decree withdraws a declaration that Belarus made in 1989 when it ratified the Protocol "
        "Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of "
        "Victims of International Armed Conflicts (Protocol I)."
    )
    assert ("Ratification", "state/blr", "treaty/gc-ap-i", "1989") in _acts(registry, text)


def test_a_date_of_a_coordinated_clause_is_not_the_entry_into_force(registry: Registry) -> None:
    text = (
        "Today the Convention on the Rights of Persons with Disabilities enters into force. Ecuador "
        "deposited the twentieth instrument on 3 April, and under article 45 the Convention enters "
        "into force on the thirtieth day after that deposit."
    )
    acts = _acts(registry, text, published="2008-05-03")
    assert not any(c == "EntryIntoForce" and d == "2008-04-03" for c, _, _, d in acts)


# ---------------------------------------------------------------- numbers in a treaty series


def test_an_unlisted_council_of_europe_treaty_is_keyed_by_its_series_number(registry: Registry) -> None:
    text = (
        "The Council of Europe Convention on the Protection of the Environment through Criminal Law "
        "(CETS No. 172) was signed by Finland in 1998. The Convention was ratified by Estonia in 2002."
    )
    acts = _acts(registry, text)
    assert ("Signature", "state/fin", "treaty/ets-172", "1998") in acts
    assert ("Ratification", "state/est", "treaty/ets-172", "2002") in acts


def test_a_series_number_never_renames_a_listed_treaty_or_an_unnumbered_one(registry: Registry) -> None:
    listed = "The European Convention on Human Rights (ETS No. 5) was ratified by Malta in 1967."
    assert _treaties(registry, listed) == {"treaty/ets-005"}
    unnumbered = "The Treaty on the Prohibition of Nuclear Weapons was ratified by Ireland in 2020."
    assert not any(t.startswith(("treaty/ets-", "treaty/cets-")) for t in _treaties(registry, unnumbered))


def test_a_short_name_after_an_unlisted_title_is_that_treaty_not_a_namesake(registry: Registry) -> None:
    text = (
        "The Council of Europe Framework Convention on Cybercrime Cooperation and Human Rights was "
        "opened for signature in Oslo. Andorra ratified the Framework Convention in 2031."
    )
    treaties = _treaties(registry, text)
    assert "treaty/ets-157" not in treaties  # the minorities convention is another framework convention
    listed = "Latvia ratified the Framework Convention for the Protection of National Minorities in 2005."
    assert _treaties(registry, listed) == {"treaty/ets-157"}


def test_a_treaty_described_by_the_words_of_its_title_before_its_head_noun(registry: Registry) -> None:
    text = (
        "Samoa joined the civil and political covenant in 2008 and the economic, social and cultural "
        "rights covenant in 2010."
    )
    treaties = _treaties(registry, text)
    assert {"treaty/iccpr", "treaty/icescr"} <= treaties
    vague = "Samoa joined the new regional convention in 2008."
    assert not any(registry.has(t) for t in _treaties(registry, vague))
