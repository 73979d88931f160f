"""Mandates given as lists of infinitives, dated chronology lines, and sizes said by possession."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, TG


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


def _counts(text: str, registry: Registry) -> set[tuple[str, str, int]]:
    claims = _claims(text, registry)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Quantity)}
    out = set()
    for node in nodes:
        values = {c.predicate: c.object for c in claims if c.subject == node}
        of, counts, value = values.get(TG.quantityOf), values.get(TG.counts), values.get(SCHEMA.value)
        assert isinstance(counts, Value) and isinstance(value, Value)
        out.add((of.key if isinstance(of, Ref) else "", counts.lexical, int(value.lexical)))
    return out


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        (
            "The Committee against Torture met in Geneva. Its task is to examine state reports, to "
            "visit places of detention and to publish an annual report.",
            "org/un-cat-committee",
            {"examine state reports", "visit places of detention", "publish an annual report"},
        ),
        (
            "The Committee on the Rights of the Child was set up in 1991. It is to review the reports "
            "of governments and to hear complaints from children.",
            "org/crc-committee",
            {"review the reports of governments", "hear complaints from children"},
        ),
        (
            "The Committee on the Rights of the Child held its first session. It is to encourage states "
            "to report on time, to foster cooperation among agencies and to raise awareness of the treaty.",
            "org/crc-committee",
            {
                "encourage states to report on time",
                "foster cooperation among agencies",
                "raise awareness of the treaty",
            },
        ),
        (
            "The Human Rights Committee is meant to work in public: to examine individual "
            "communications and to issue general comments on the covenant.",
            "org/ccpr",
            {"examine individual communications", "issue general comments on the covenant"},
        ),
        (
            "The International Criminal Court exists to investigate and try individuals and to "
            "protect victims of mass crimes.",
            "org/icc",
            {"investigate and try individuals", "protect victims of mass crimes"},
        ),
    ],
)
def test_infinitive_lists_give_one_function_each(
    text: str, body: str, expected: set[str], registry: Registry
) -> None:
    found = {f for b, f in _functions(text, registry) if b == body}
    assert expected <= found
    assert not any(f.startswith("to ") or " and to " in f for f in found)


def test_a_place_relative_clause_before_the_verb(registry: Registry) -> None:
    text = (
        "Few readers know the European Court of Human Rights, which sits in Strasbourg, hears "
        "applications from individuals and gives advisory opinions."
    )
    found = _functions(text, registry)
    assert ("org/ecthr", "hears applications from individuals") in found
    assert ("org/ecthr", "gives advisory opinions") in found


@pytest.mark.parametrize(
    "text",
    [
        # a plan, not a mandate: one infinitive after a bare "is to"
        "The Human Rights Committee is to examine the report next week.",
        "The Committee against Torture met in Geneva. It is to publish its findings on Friday.",
    ],
)
def test_a_single_bare_is_to_is_a_plan(text: str, registry: Registry) -> None:
    assert _functions(text, registry) == set()


@pytest.mark.parametrize(
    "text",
    [
        "- 10 December 1984 – The UN General Assembly adopts the convention by consensus.",
        "14 March 2019: The Human Rights Committee examines the report of Ruritania.",
        "On 3 May 2010 the Committee against Torture reviews the report of Chile in Geneva.",
    ],
)
def test_a_dated_act_is_never_a_function(text: str, registry: Registry) -> None:
    assert _functions(text, registry) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The International Criminal Court, based in The Hague, has eighteen judges and a prosecutor.",
            ("org/icc", "judges", 18),
        ),
        (
            "The Human Rights Committee has eighteen members, elected by the states parties.",
            ("org/ccpr", "members", 18),
        ),
        (
            "The European Court of Human Rights, set up under the convention in 1959, has 46 judges, "
            "one for each member state.",
            ("org/ecthr", "judges", 46),
        ),
        (
            "The International Criminal Court sits in The Hague. Its eighteen judges are elected by the "
            "Assembly of States Parties.",
            ("org/icc", "judges", 18),
        ),
        (
            "Critics of the European Court of Human Rights, whose 46 judges sit in chambers, want reform.",
            ("org/ecthr", "judges", 46),
        ),
        (
            "The Committee against Torture, the ten independent experts who review state reports, met today.",
            ("org/un-cat-committee", "experts", 10),
        ),
        (
            "The Inter-American Commission on Human Rights has seven commissioners, who serve "
            "four-year terms.",
            ("org/iachr", "commissioners", 7),
        ),
    ],
)
def test_body_sizes_by_possession(text: str, expected: tuple[str, str, int], registry: Registry) -> None:
    assert expected in _counts(text, registry)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Convention against Torture took effect thirty days after the twentieth instrument of "
            "ratification was deposited.",
            ("treaty/un-cat", "ratifications", 20),
        ),
        (
            "The Rome Statute entered into force in 2002, when Romania deposited the sixtieth ratification.",
            ("treaty/rome-statute", "ratifications", 60),
        ),
    ],
)
def test_ordinal_thresholds(text: str, expected: tuple[str, str, int], registry: Registry) -> None:
    assert expected in _counts(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        # some members, not the size
        "Two judges of the International Criminal Court have resigned.",
        "The Human Rights Committee has two members from Africa on the bureau.",
        # an ordinal with no entry into force
        "Ruritania deposited the twentieth ratification of the Convention against Torture in 2004.",
    ],
)
def test_counts_that_are_not_sizes_or_thresholds(text: str, registry: Registry) -> None:
    assert not any(n in ("judges", "members", "ratifications") for _, n, _ in _counts(text, registry))


def test_a_date_earlier_in_the_sentence_leaves_a_relative_clause_a_function(registry: Registry) -> None:
    text = (
        "Chile accepted the court's jurisdiction in 1990, but its citizens still petition the "
        "Inter-American Commission on Human Rights, which receives petitions from individuals."
    )
    assert ("org/iachr", "receives petitions from individuals") in _functions(text, registry)


def test_verbs_after_a_relative_clause_of_place_continue_it(registry: Registry) -> None:
    text = (
        "Ruritania voted in the election of the European Court of Human Rights, which sits in "
        "Strasbourg, hears applications from individuals and gives advisory opinions."
    )
    found = _functions(text, registry)
    assert ("org/ecthr", "hears applications from individuals") in found
    assert ("org/ecthr", "gives advisory opinions") in found


def test_a_second_relative_clause_states_the_mandate(registry: Registry) -> None:
    text = (
        "Victims turned to the Committee against Torture, which the convention created in 1984 and "
        "which can receive complaints from individuals (a rare power)."
    )
    assert ("org/un-cat-committee", "receive complaints from individuals") in _functions(text, registry)


def test_the_members_in_apposition_act_for_the_body(registry: Registry) -> None:
    text = (
        "Q: Who reads the reports? A: The Committee against Torture, the ten experts who review "
        "state reports."
    )
    assert ("org/un-cat-committee", "review state reports") in _functions(text, registry)
