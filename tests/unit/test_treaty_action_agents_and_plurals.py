"""Treaty actions whose parties or treaties are written as groups: the agents of a passive listed
after "by" (with "as well as by" and an aside), treaties named together and then taken up as
"both conventions" or "the Covenants", a treaty's event in a relative clause or in a second
verb joined by "and". Each shape has false-fact counterparts."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Istanbul Convention was signed today by Andorra and Norway, both of them member "
            "states of the Council of Europe, as well as by Israel and the European Union.",
            {
                ("Signature", key, "treaty/cets-210", "2024-06-01", "-")
                for key in ("state/and", "state/nor", "state/isr")
            },
        ),
        (
            "The Maputo Protocol was ratified by Benin and Togo in 2005.",
            {
                ("Ratification", "state/ben", "treaty/maputo-protocol", "2005", "-"),
                ("Ratification", "state/tgo", "treaty/maputo-protocol", "2005", "-"),
            },
        ),
        (
            "On 3 March 2019 the Escazú Agreement was signed by Peru, Chile, and by Mexico.",
            {
                ("Signature", key, "treaty/escazu-agreement", "2019-03-03", "-")
                for key in ("state/per", "state/chl", "state/mex")
            },
        ),
    ],
)
def test_passive_agents_listed(registry: Registry, text: str, expected: set[tuple[str, ...]]) -> None:
    acts = treaty_actions(registry, text)
    assert expected <= acts
    assert all(a[1].startswith("state/") for a in acts if a[0] == "Signature")  # a union is no state


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the list runs on into another clause: its last names are not sure to be agents
        (
            "The Maputo Protocol was ratified by Benin and Togo, and Ghana welcomed it.",
            ("Ratification", "state/gha"),
        ),
        (
            "The Istanbul Convention was signed by Turkey, while Russia and Belarus stayed away.",
            ("Signature", "state/rus"),
        ),
        # officials of states, not the states
        (
            "The Istanbul Convention was signed by the foreign ministers of Chile and Peru.",
            ("Signature", "state/per"),
        ),
    ],
)
def test_passive_agents_not_overread(registry: Registry, text: str, absent: tuple[str, str]) -> None:
    assert not any(a[:2] == absent for a in treaty_actions(registry, text))


def test_both_conventions_enter_into_force_for_the_state(registry: Registry) -> None:
    acts = treaty_actions(
        registry,
        "Chad deposited its instruments of ratification of the Convention against Torture and of "
        "accession to the Convention on the Rights of the Child on 10 August 2021. The ministry "
        "welcomed the step. Both conventions will enter into force for Chad on 9 September 2021.",
    )
    assert ("EntryIntoForce", "state/tcd", "treaty/un-cat", "2021-09-09", "-") in acts
    assert ("EntryIntoForce", "state/tcd", "treaty/crc", "2021-09-09", "-") in acts


def test_the_covenants_enter_into_force(registry: Registry) -> None:
    acts = treaty_actions(
        registry,
        "Qatar acceded to the International Covenant on Civil and Political Rights and the "
        "International Covenant on Economic, Social and Cultural Rights on 21 May 2018. Under "
        "their own terms, the Covenants will enter into force for Qatar three months after the "
        "deposit, on 21 August 2018.",
    )
    assert ("EntryIntoForce", "state/qat", "treaty/iccpr", "2018-08-21", "-") in acts
    assert ("EntryIntoForce", "state/qat", "treaty/icescr", "2018-08-21", "-") in acts


@pytest.mark.parametrize(
    "text",
    [
        # "both" over three named conventions: which two is not said
        "The Convention against Torture, the Istanbul Convention and the Disability Convention "
        "were discussed. Both conventions entered into force in 1987.",
        # nothing named before
        "Both conventions entered into force in 1987.",
        # the plural is the object of another verb, not the subject of the trigger
        "The Convention against Torture and the Istanbul Convention were cited. Lawyers who "
        "studied both conventions said the law entered into force in 1987.",
    ],
)
def test_plural_treaties_not_guessed(registry: Registry, text: str) -> None:
    assert not any(a[0] == "EntryIntoForce" for a in treaty_actions(registry, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Convention on the Rights of Persons with Disabilities was adopted by the General "
            "Assembly on 13 December 2006 and has been in force since 3 May 2008.",
            ("EntryIntoForce", "-", "treaty/crpd", "2008-05-03", "-"),
        ),
        (
            "Ireland ratified the Disability Convention in 2018. The General Assembly adopted it on "
            "13 December 2006 and it has been in force since 3 May 2008.",
            ("EntryIntoForce", "-", "treaty/crpd", "2008-05-03", "-"),
        ),
        (
            "It began with the African Charter on Human and Peoples' Rights, which the heads of "
            "state of the Organisation of African Unity adopted in Nairobi on 27 June 1981.",
            ("Adoption", "-", "treaty/achpr", "1981-06-27", "-"),
        ),
        (
            "The Arab Charter on Human Rights entered into force in 2008, four years after the "
            "summit of the League of Arab States in Tunis adopted it in May 2004.",
            ("Adoption", "-", "treaty/arab-charter-on-human-rights", "2004-05", "-"),
        ),
    ],
)
def test_treaty_event_in_second_clause(registry: Registry, text: str, expected: tuple[str, ...]) -> None:
    assert expected in treaty_actions(registry, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "and" joining a state's act and another matter: no adoption of the treaty
        ("Peru ratified the Maputo Protocol in 2003 and adopted a new penal code in 2005.", "Adoption"),
        # "it" after a state's act in the same sentence may be in force for that state only
        (
            "The Disability Convention was adopted in 2006. Peru ratified it on 1 May 2010 and it "
            "entered into force on 1 August 2010.",
            "EntryIntoForce",
        ),
        # another subject in force since
        (
            "The Istanbul Convention was adopted in 2011, and the law has been in force since 2015.",
            "EntryIntoForce",
        ),
    ],
)
def test_second_clause_not_overread(registry: Registry, text: str, absent: str) -> None:
    assert not any(a[0] == absent and a[3] not in ("2006", "2011") for a in treaty_actions(registry, text))


def test_both_for_the_states_named_together(registry: Registry) -> None:
    acts = treaty_actions(
        registry,
        "The Istanbul Convention was opened for signature in 2011. Denmark and Sweden were among "
        "the first. Both ratified the convention in 2014. Finland followed in 2015 and Norway in 2017.",
    )
    assert ("Ratification", "state/dnk", "treaty/cets-210", "2014", "-") in acts
    assert ("Ratification", "state/swe", "treaty/cets-210", "2014", "-") in acts


@pytest.mark.parametrize(
    "text",
    [
        # "both" over three states
        "The Istanbul Convention was opened for signature in 2011. Denmark, Sweden and Norway were "
        "among the first. Both ratified the convention in 2014.",
        # the states were named too far back
        "Denmark and Sweden were among the first to discuss it. The Istanbul Convention was opened "
        "for signature in 2011. Lawyers debated for years. They ratified the convention in 2014.",
        # a count that does not fit the group
        "The Istanbul Convention was opened for signature in 2011. Denmark and Sweden were among "
        "the first. The three countries ratified the convention in 2014.",
    ],
)
def test_plural_subject_not_guessed(registry: Registry, text: str) -> None:
    assert not any(a[0] == "Ratification" for a in treaty_actions(registry, text))


def test_organisation_owning_the_treaty_is_not_it(registry: Registry) -> None:
    acts = treaty_actions(
        registry,
        "The divergence is sharpest on the Istanbul Convention, the Council of Europe's treaty on "
        "violence against women. Georgia ratified it in 2017.",
    )
    assert ("Ratification", "state/geo", "treaty/cets-210", "2017", "-") in acts
