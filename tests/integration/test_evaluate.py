"""The gold-set evaluator: its counting on a hand-built graph, the gold files, and the real corpus's score."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graph import EmbeddedStore
from loaders.documents import read_document
from treatygraph.cli import app as cli
from treatygraph.evaluate import KINDS, Evaluation, evaluate, load_gold
from treatygraph.settings import PROJECT_ROOT

BASE = "https://w3id.org/treatygraph/id/"
GOLD = PROJECT_ROOT / "tests" / "gold"
CORPUS = PROJECT_ROOT / "data" / "documents"

# One document's graph: what it asserts, as the loader would write it (claims' reification left out).
DOC_GRAPH = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/treatygraph/id/> .

<action/rus-cets-126-ratification> a tg:Ratification ; tg:state <state/rus> ; tg:treaty <treaty/cets-126> ;
    tg:date "1998"^^xsd:gYear, "1996"^^xsd:gYear .
<action/rus-ets-005-cessation> tg:date "2022-09-16"^^xsd:date .
<state/rus> tg:partyTo <treaty/un-cat> ; tg:notPartyTo <treaty/opcat> .
<treaty/cets-126> tg:establishes <org/cpt> .
<org/cpt> tg:function "conducts unannounced visits" .
<statement/x> a tg:Statement ; tg:speaker <person/dmytro-lubinets> ; tg:quote "That possibility is now lost" ;
    tg:reportedBy <org/unn> .
<membership/vladimir-putin--rus--president> a org:Membership ; org:member <person/vladimir-putin> ;
    org:organization <state/rus> ; org:role <role/president> .
"""
# The registry's graph types nodes a document may only date.
REGISTRY_GRAPH = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@base <https://w3id.org/treatygraph/id/> .
<action/rus-ets-005-cessation> a tg:CessationOfParty ; tg:state <state/rus> ; tg:treaty <treaty/ets-005> .
<role/president> skos:prefLabel "President" .
"""
# Another document's graph: nothing in it may count for d1.
OTHER_GRAPH = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@base <https://w3id.org/treatygraph/id/> .
<action/rus-cets-126-signature> a tg:Signature ; tg:state <state/rus> ; tg:treaty <treaty/cets-126> .
"""

SENTENCE = "A sentence of d1."
GOLD_FACTS: list[dict[str, object]] = [
    {"kind": "treaty_action", "class": "Ratification", "state": "state/rus", "treaty": "treaty/cets-126",
     "date": "1998"},
    {"kind": "treaty_action", "class": "Signature", "state": "state/rus", "treaty": "treaty/cets-126",
     "date": None},
    {"kind": "treaty_action", "class": ["CessationOfParty", "Denunciation"], "state": "state/rus",
     "treaty": "treaty/ets-005", "date": "2022-09-16"},
    {"kind": "relation", "subject": "state/rus", "predicate": "tg:partyTo", "object": "treaty/un-cat"},
    {"kind": "relation", "subject": "treaty/cets-126", "predicate": "tg:establishes", "object": "org/cpt",
     "optional": True},
    {"kind": "function", "body": "org/cpt", "text": "conduct unannounced visits to places of detention"},
    {"kind": "statement", "speaker": "person/dmytro-lubinets", "quote": "“That possibility is now lost,”",
     "reportedBy": "org/ukrainska-pravda"},
    {"kind": "post", "member": "person/vladimir-putin", "organization": "state/rus", "role": "president"},
    {"kind": "death", "person": "person/alexei-navalny", "date": "2024-02"},
]  # fmt: skip


def graph_triples(turtle: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]


@pytest.fixture()
def scored(tmp_path: Path) -> Evaluation:
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(BASE + "graph/doc/d1", graph_triples(DOC_GRAPH))
    store.replace_graph(BASE + "graph/doc/d2", graph_triples(OTHER_GRAPH))
    store.replace_graph(BASE + "graph/registry", graph_triples(REGISTRY_GRAPH))
    gold = tmp_path / "gold"
    gold.mkdir()
    facts = [{**fact, "sentence": SENTENCE} for fact in GOLD_FACTS]
    (gold / "d1.json").write_text(json.dumps({"document": "d1", "facts": facts}), encoding="utf-8")
    try:
        return evaluate(store, gold, BASE)
    finally:
        store.close()


def test_counts_on_a_hand_built_graph(scored: Evaluation) -> None:
    kinds = {
        k: (s.tp, s.allowed, s.fp, s.fn)
        for k, s in scored.by_kind.items()
        if (s.tp, s.allowed, s.fp, s.fn) != (0, 0, 0, 0)
    }
    assert kinds == {
        # 1998 matches; the same node's second date, 1996, is a fact of its own and wrong; the
        # signature is only in another document's graph; the cessation is typed by the registry.
        "treaty_action": (2, 0, 1, 1),
        "relation": (1, 1, 1, 0),  # notPartyTo opcat is not in gold; establishes is optional
        "function": (1, 0, 0, 0),  # word overlap: conduct, unannounced, visit of five words
        "statement": (1, 0, 0, 0),  # quote contained, curly quotes and comma aside
        "post": (1, 0, 0, 0),  # the role's label comes from the registry
        "death": (0, 0, 0, 1),
    }  # fmt: skip
    overall = scored.overall
    assert (overall.tp, overall.allowed, overall.fp, overall.fn) == (6, 1, 2, 2)
    assert overall.precision == pytest.approx(7 / 9)
    assert overall.recall == pytest.approx(6 / 8)
    assert sorted(f.describe() for f in scored.false_positives) == [
        "relation(subject=state/rus, predicate=tg:notPartyTo, object=treaty/opcat)",
        "treaty_action(class=Ratification, state=state/rus, treaty=treaty/cets-126, date=1996)",
    ]
    assert [(g.kind, f.reported_by) for g, f in scored.reported_by_mismatches] == [("statement", "org/unn")]


def test_a_document_without_a_graph_misses_every_fact(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        result = evaluate(store, GOLD, BASE)
    finally:
        store.close()
    required = sum(not f.optional for facts in load_gold(GOLD).values() for f in facts)
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (0, 0, required)
    assert result.overall.recall == 0.0 and result.overall.precision is None


def test_gold_covers_each_document_with_verbatim_sentences() -> None:
    gold = load_gold(GOLD)
    documents = {read_document(p).key: read_document(p) for p in sorted(CORPUS.glob("*.txt"))}
    assert len(documents) == 5 and sorted(gold) == sorted(documents)
    for key, facts in gold.items():
        assert len(facts) >= 15, f"{key}: suspiciously few gold facts"
        for fact in facts:
            assert fact.sentence in documents[key].text, f"{key}: {fact.describe()} quotes no sentence"
    assert {f.kind for facts in gold.values() for f in facts} == set(KINDS)


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    store = tmp_path_factory.mktemp("corpus") / "store"
    result = CliRunner().invoke(cli, ["--store", str(store), "load", str(CORPUS)])
    assert result.exit_code == 0, result.output
    yield store


def test_evaluate_command_prints_the_table(corpus_store: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(corpus_store), "evaluate", "--details"])
    assert result.exit_code == 0, result.output
    assert "overall" in result.output and "treaty_action" in result.output and "misses" in result.output


def test_corpus_meets_the_quality_target(corpus_store: Path) -> None:
    store = EmbeddedStore(corpus_store, read_only=True)
    try:
        result = evaluate(store, GOLD, BASE)
    finally:
        store.close()
    precision, recall = result.overall.precision, result.overall.recall
    assert precision is not None and recall is not None
    assert precision >= 0.95 and recall >= 0.90, f"P={precision:.3f} R={recall:.3f}"
