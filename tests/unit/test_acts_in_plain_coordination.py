"""Treaty acts told in the plain coordinations and asides of news prose: two dates given
"respectively", a passive pair with one agent, a participle clause opening the sentence, a party
"since" one date and to another treaty since another, and a trailing attribution whose date is
the saying's; beside each, the false fact the shape used to give."""

from __future__ import annotations

import pytest
from readings import standings, treaty_actions

from loaders.registry import Registry


def _acts(registry: Registry, text: str) -> set[tuple[str, ...]]:
    return treaty_actions(registry, text, "2024-06-07")


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (  # two treaties, two dates
            "Ghana ratified the Convention against Torture and its Optional Protocol in 2000 and 2016 "
            "respectively.",
            {
                ("Ratification", "state/gha", "treaty/un-cat", "2000", "-"),
                ("Ratification", "state/gha", "treaty/opcat", "2016", "-"),
            },
        ),
        (  # two states, two dates
            "Peru and Chile ratified the Rome Statute in 2001 and 2009 respectively.",
            {
                ("Ratification", "state/per", "treaty/rome-statute", "2001", "-"),
                ("Ratification", "state/chl", "treaty/rome-statute", "2009", "-"),
            },
        ),
        (  # three states, two dates: no one's date is known
            "Benin, Togo and Niger acceded to the Convention on the Rights of Persons with Disabilities "
            "in 2012 and 2014 respectively.",
            {
                ("Accession", "state/ben", "treaty/crpd", "-", "-"),
                ("Accession", "state/tgo", "treaty/crpd", "-", "-"),
                ("Accession", "state/ner", "treaty/crpd", "-", "-"),
            },
        ),
    ],
)
def test_dates_given_respectively(registry: Registry, text: str, acts: set[tuple[str, ...]]) -> None:
    assert _acts(registry, text) == acts


def test_one_date_for_a_coordination_without_respectively(registry: Registry) -> None:
    text = "Norway ratified the Convention against Torture and its Optional Protocol in 2013."
    assert _acts(registry, text) == {
        ("Ratification", "state/nor", "treaty/un-cat", "2013", "-"),
        ("Ratification", "state/nor", "treaty/opcat", "2013", "-"),
    }


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The Convention against Torture was signed by Ghana in 2000 and ratified in 2016.",
            ("Ratification", "state/gha", "treaty/un-cat", "2016", "-"),
        ),
        (
            "The Rome Statute was signed by Senegal on 18 July 1998 and later ratified on 2 February 1999.",
            ("Ratification", "state/sen", "treaty/rome-statute", "1999-02-02", "-"),
        ),
    ],
)
def test_second_verb_of_a_passive_pair(registry: Registry, text: str, act: tuple[str, ...]) -> None:
    acts = _acts(registry, text)
    assert act in acts
    assert {a[1] for a in acts} == {act[1]}


def test_a_passive_pair_without_an_agent_state_gives_no_act(registry: Registry) -> None:
    text = "The Rome Statute was signed by the delegates in 1998 and ratified in 2002."
    assert not {a for a in _acts(registry, text) if a[0] == "Ratification"}


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Having signed the Istanbul Convention in 2011, Albania ratified it in 2013.",
            {
                ("Signature", "state/alb", "treaty/cets-210", "2011", "-"),
                ("Ratification", "state/alb", "treaty/cets-210", "2013", "-"),
            },
        ),
        (  # the participle is no state's name
            "Having ratified the Rome Statute in 2002, Colombia accepted the court's jurisdiction.",
            {("Ratification", "state/col", "treaty/rome-statute", "2002", "-")},
        ),
    ],
)
def test_a_participle_clause_opening_the_sentence(
    registry: Registry, text: str, acts: set[tuple[str, ...]]
) -> None:
    assert _acts(registry, text) == acts


def test_party_since_one_date_and_to_another_treaty_since_another(registry: Registry) -> None:
    text = (
        "Ghana has been a party to the Convention against Torture since 2000 and to its Optional "
        "Protocol since 2016."
    )
    assert _acts(registry, text) == {
        ("Ratification", "state/gha", "treaty/un-cat", "2000", "-"),
        ("Ratification", "state/gha", "treaty/opcat", "2016", "-"),
    }
    assert ("state/gha", "partyTo", "treaty/opcat") in standings(registry, text)


def test_party_to_a_second_treaty_with_no_date_of_its_own(registry: Registry) -> None:
    text = "Ghana has been a party to the Convention against Torture since 2000 and to its Optional Protocol."
    assert _acts(registry, text) == {("Ratification", "state/gha", "treaty/un-cat", "2000", "-")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana finally ratified the Optional Protocol to the Convention against Torture, its foreign "
        "ministry said on Friday.",
        "Ghana ratified the Optional Protocol to the Convention against Torture, officials said in a "
        "statement on 5 June 2024.",
    ],
)
def test_a_trailing_attribution_does_not_date_the_act(registry: Registry, text: str) -> None:
    assert _acts(registry, text) == {("Ratification", "state/gha", "treaty/opcat", "-", "-")}


def test_the_acts_own_date_before_a_trailing_attribution(registry: Registry) -> None:
    text = (
        "Mexico deposited its instrument of ratification of the Optional Protocol to the Convention "
        "against Torture on 11 April 2005, the foreign ministry said on Tuesday."
    )
    assert _acts(registry, text) == {("Ratification", "state/mex", "treaty/opcat", "2005-04-11", "-")}


def test_a_second_agent_of_a_passive_verb_with_its_own_date(registry: Registry) -> None:
    text = "The Maputo Protocol, ratified by Ghana in 2007 and by Kenya in 2010, guarantees women's rights."
    assert _acts(registry, text) == {
        ("Ratification", "state/gha", "treaty/maputo-protocol", "2007", "-"),
        ("Ratification", "state/ken", "treaty/maputo-protocol", "2010", "-"),
    }


def test_a_second_agent_that_is_no_state_gives_no_act(registry: Registry) -> None:
    text = "The Maputo Protocol was ratified by Ghana in 2007 and by its parliament in 2010."
    assert _acts(registry, text) == {("Ratification", "state/gha", "treaty/maputo-protocol", "2007", "-")}


def test_a_relative_clause_on_the_first_of_two_treaties(registry: Registry) -> None:
    text = (
        "Oman was already a party to the Convention on the Rights of the Child, to which it acceded in "
        "1996, and to the Convention on the Elimination of All Forms of Discrimination against Women, "
        "which it joined in 2006."
    )
    acts = _acts(registry, text)
    assert ("Accession", "state/omn", "treaty/crc", "1996", "-") in acts
    assert not {a for a in acts if a[2] == "treaty/cedaw" and a[3] == "1996"}


def test_a_treaty_in_apposition_is_no_second_object(registry: Registry) -> None:
    text = (
        "On 20 November 2007, the Philippines acceded to the Second Optional Protocol to the International "
        "Covenant on Civil and Political Rights, the covenant itself having been ratified in 1986."
    )
    assert ("Accession", "state/phl", "treaty/iccpr", "2007-11-20", "-") not in _acts(registry, text)
    assert ("Accession", "state/phl", "treaty/iccpr-op2", "2007-11-20", "-") in _acts(registry, text)


def test_a_list_of_treaties_closed_by_and(registry: Registry) -> None:
    text = (
        "Mali acceded to the Convention against Torture, the Convention on the Rights of the Child and "
        "the Convention on the Rights of Persons with Disabilities in 2008."
    )
    assert {a[2] for a in _acts(registry, text)} == {"treaty/un-cat", "treaty/crc", "treaty/crpd"}


@pytest.mark.parametrize("subject", ["The country", "It", "The Philippines"])
def test_withdrew_from_it(registry: Registry, subject: str) -> None:
    text = f"The Philippines ratified the Rome Statute in 2011. {subject} withdrew from it in 2019."
    assert ("Denunciation", "state/phl", "treaty/rome-statute", "2019", "-") in _acts(registry, text)
