"""Mandates set out in layouts rather than in one sentence: a bulleted list after "Under its
Protocol it:", a colon after a copula ("The Commission is where every case starts: it receives
..."), and an apposition's relative clause that runs on past the apposition ("evaluated by GREVIO,
the group of experts that monitors the Convention, examines reports and ...")."""

from __future__ import annotations

import pytest
from readings import claims_of

from loaders.documents import DocumentMetadata, parse_document
from loaders.facts import Value
from loaders.mentions import find_mentions
from loaders.registry import Registry
from loaders.vocabulary import TG


def _functions(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.lexical)
        for c in claims_of(registry, text)
        if c.predicate == TG.function and isinstance(c.object, Value)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Committee against Torture was set up in 1987. Under the Convention it:\n"
            "- examines reports submitted by States parties;\n"
            "- considers individual complaints.\n",
            {
                ("org/un-cat-committee", "examines reports submitted by States parties"),
                ("org/un-cat-committee", "considers individual complaints"),
            },
        ),
        (
            "WHAT IT DOES\nThe Human Rights Committee has eighteen members. In practice it:\n"
            "• reviews state reports;\n"
            "• adopts general comments on the Covenant.\n",
            {
                ("org/ccpr", "reviews state reports"),
                ("org/ccpr", "adopts general comments on the Covenant"),
            },
        ),
    ],
)
def test_bullets_after_a_preposed_phrase_and_it(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _functions(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # a phrase of time: the list is a record of what it did, not its mandate
        "The Human Rights Committee has eighteen members. In 2019 it:\n- reviews state reports;\n"
        "- adopts general comments.\n",
        "The Human Rights Committee has eighteen members. Last year it:\n- reviewed state reports;\n"
        "- adopted general comments.\n",
    ],
)
def test_bullets_after_a_phrase_of_time_are_no_mandate(registry: Registry, text: str) -> None:
    found = {t for _, t in _functions(registry, text)}
    assert not found & {"reviews state reports", "adopts general comments", "reviewed state reports"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Inter-American Commission on Human Rights is where every case starts: it receives the "
            "petitions, visits countries, and decides which cases to send to the Court.",
            {
                ("org/iachr", "receives the petitions"),
                ("org/iachr", "visits countries"),
                ("org/iachr", "decides which cases to send to the Court"),
            },
        ),
        (
            "HOST: And the Commission?\nGUEST: The Inter-American Commission is the first stop: it "
            "receives petitions and visits countries.",
            {("org/iachr", "receives petitions"), ("org/iachr", "visits countries")},
        ),
        (
            "The Committee on the Rights of the Child is the treaty's guardian: it examines state "
            "reports and issues general comments.",
            {
                ("org/crc-committee", "examines state reports"),
                ("org/crc-committee", "issues general comments"),
            },
        ),
    ],
)
def test_copula_then_colon_and_pronoun(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _functions(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Committee against Torture was busy last year: it reviewed ten reports.",
        "The Committee against Torture is worried: it said Kenya reviewed its law.",
    ],
)
def test_copula_then_colon_without_a_present_activity(registry: Registry, text: str) -> None:
    assert not {t for _, t in _functions(registry, text)} & {
        "reviewed ten reports",
        "said Kenya reviewed its law",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Once the Convention is in force, its implementation by Serbia will be evaluated by GREVIO, "
            "the group of independent experts that monitors the Convention, examines reports submitted "
            "by the parties and carries out country visits.",
            {
                ("org/grevio", "examines reports submitted by the parties"),
                ("org/grevio", "carries out country visits"),
            },
        ),
        (
            "The report was sent to the Committee against Torture, the body of ten experts that examines "
            "state reports, considers individual complaints and publishes general comments.",
            {
                ("org/un-cat-committee", "examines state reports"),
                ("org/un-cat-committee", "considers individual complaints"),
                ("org/un-cat-committee", "publishes general comments"),
            },
        ),
    ],
)
def test_apposition_relative_clause_runs_on(
    registry: Registry, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _functions(registry, text)


def test_apposition_in_the_past_is_no_mandate(registry: Registry) -> None:
    text = (
        "The minister met the head of the Committee against Torture, the body that visited Kenya in "
        "2019, and signed a memorandum."
    )
    assert _functions(registry, text) == set()


def test_prompt_is_an_activity_in_a_list(registry: Registry) -> None:
    text = (
        "GRECO was established in 1999. It monitors compliance through mutual evaluation, helps States "
        "to identify deficiencies and prompts the reforms that are needed."
    )
    assert ("org/greco", "prompts the reforms that are needed") in _functions(registry, text)


@pytest.mark.xfail(
    strict=True,
    reason="a body named only in a headline, whose name a treaty title below it also holds "
    "('Protocol Relating to the Establishment of the Peace and Security Council ...'), is not "
    "found, so 'The Council' has nothing to refer back to",
)
def test_the_council_after_a_longer_name_joined_by_and(registry: Registry) -> None:
    text = (
        "FACT FILE | The African Union's Peace and Security Council at twenty\n\n"
        "KEY DATA\nLegal basis ........ Protocol Relating to the Establishment of the Peace and Security "
        "Council of the African Union\n\nWHAT IT DOES\n"
        "The Council is the union's standing organ for the resolution of conflicts. Under its Protocol it:\n"
        "- authorises peace support missions;\n- imposes sanctions when a coup takes place.\n"
    )
    found = _functions(registry, text)
    assert {body for body, _ in found} == {"org/peace-and-security-council-of-the-african-union"}
    assert {t for _, t in found} >= {
        "authorises peace support missions",
        "imposes sanctions when a coup takes place",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head noun before "and": two bodies
        ("The General Assembly and Security Council met in New York.", True),
    ],
)
def test_alias_after_a_word_and_and(registry: Registry, text: str, expected: bool) -> None:
    document = parse_document(text, DocumentMetadata(title="t", date_published="2024-01-01"), "t")
    keys = {m.key for m in find_mentions(document, registry)}
    assert ("org/un-security-council" in keys) is expected


def test_a_mandate_that_runs_until_a_date_is_no_activity(registry: Registry) -> None:
    text = (
        "His spokesman said the International Commission against Impunity in Guatemala's mandate runs until "
        "3 September 2019. The Committee against Torture runs until the end of the session."
    )
    assert not {t for _, t in _functions(registry, text) if t.startswith("runs")}


def test_a_council_owned_by_its_union_is_no_un_organ(registry: Registry) -> None:
    text = (
        "The African Union's Peace and Security Council met on Monday in Addis Ababa.\n"
        "The Council is the union's standing organ for the resolution of conflicts. It authorises "
        "peace support missions."
    )
    found = _functions(registry, text)
    assert {body for body, _ in found} == {"org/peace-and-security-council"}
