"""The gold-set evaluator: its counting on a hand-built graph, the gold files of the three splits,
the splits' loading and reporting, and the real corpus's score."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graph import EmbeddedStore, Store
from loaders.documents import document_key, read_document
from treatygraph.cli import app as cli
from treatygraph.evaluate import KINDS, Evaluation, evaluate, load_gold
from treatygraph.settings import PROJECT_ROOT, Settings
from treatygraph.splits import Split, default_splits, evaluate_splits

BASE = "https://w3id.org/treatygraph/id/"
GOLD = PROJECT_ROOT / "tests" / "gold" / "corpus"
CORPUS = PROJECT_ROOT / "data" / "documents"
ARTICLES = PROJECT_ROOT / "tests" / "data" / "articles"

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


def test_each_miss_says_why_the_graph_lacks_it(scored: Evaluation, tmp_path: Path) -> None:
    # the signature's state and treaty are in the graph, no signature is; no one died in it
    assert scored.causes_by_kind() == {"treaty_action": {"absent": 1}, "death": {"entity": 1}}
    store = EmbeddedStore(tmp_path / "store2")
    store.replace_graph(BASE + "graph/doc/d1", graph_triples(DOC_GRAPH))
    store.replace_graph(BASE + "graph/registry", graph_triples(REGISTRY_GRAPH))
    gold = tmp_path / "gold2"
    gold.mkdir()
    wrong_role = {"kind": "post", "member": "person/vladimir-putin", "organization": "state/rus",
                  "role": "prime minister", "sentence": SENTENCE}  # fmt: skip
    (gold / "d1.json").write_text(json.dumps({"document": "d1", "facts": [wrong_role]}), encoding="utf-8")
    try:
        result = evaluate(store, gold, BASE)
    finally:
        store.close()
    assert result.causes_by_kind() == {"post": {"differs: role": 1}}


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


@pytest.mark.parametrize(("split", "count"), [("dev", 270), ("test", 8)])
def test_split_gold_matches_its_articles(split: str, count: int) -> None:
    """Each article of a split has a gold file under its document key, whose sentences it contains
    and whose date is the sidecar's where there is one; about a quarter have a sidecar."""
    folder = ARTICLES / split
    texts = {document_key(p): p for p in sorted(folder.glob("*.txt"))}
    gold = load_gold(PROJECT_ROOT / "tests" / "gold" / split)
    assert len(texts) == count and sorted(gold) == sorted(texts)
    sidecars = 0
    for key, path in texts.items():
        text = path.read_text(encoding="utf-8")
        assert 150 <= len(text.split()) <= 450, f"{key}: {len(text.split())} words"
        facts = gold[key]
        assert sum(not f.optional for f in facts) >= 5, f"{key}: suspiciously few gold facts"
        for fact in facts:
            assert fact.sentence in text, f"{key}: {fact.describe()} quotes no sentence"
        raw = json.loads((PROJECT_ROOT / "tests" / "gold" / split / f"{key}.json").read_text("utf-8"))
        sidecar = path.with_name(path.name.removesuffix(".txt") + ".meta.json")
        if sidecar.exists():
            sidecars += 1
            assert raw["date_published"] == json.loads(sidecar.read_text("utf-8"))["date_published"]
    assert 1 <= sidecars <= count // 2


def test_an_effective_date_is_compared_only_where_gold_gives_one(tmp_path: Path) -> None:
    turtle = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/treatygraph/id/> .
<action/bdi-rome-statute-denunciation> a tg:Denunciation ; tg:state <state/bdi> ;
    tg:treaty <treaty/rome-statute> ; tg:date "2016-10-27"^^xsd:date ;
    tg:effectiveDate "2017-10-27"^^xsd:date .
<action/phl-rome-statute-denunciation> a tg:Denunciation ; tg:state <state/phl> ;
    tg:treaty <treaty/rome-statute> ; tg:date "2018-03-17"^^xsd:date ;
    tg:effectiveDate "2018-03-17"^^xsd:date .
<action/ven-achr-denunciation> a tg:Denunciation ; tg:state <state/ven> ; tg:treaty <treaty/achr> .
"""

    def denunciation(state: str, treaty: str, date: str | None, **extra: object) -> dict[str, object]:
        return {"kind": "treaty_action", "class": "Denunciation", "state": state, "treaty": treaty,
                "date": date, "sentence": SENTENCE, **extra}  # fmt: skip

    facts = [
        denunciation("state/bdi", "treaty/rome-statute", "2016-10-27", effectiveDate="2017-10-27"),
        denunciation("state/phl", "treaty/rome-statute", "2018-03-17", effectiveDate="2019-03-17"),
        denunciation("state/ven", "treaty/achr", None),  # no effectiveDate key: any value is right
    ]
    store = EmbeddedStore(tmp_path / "store")
    store.replace_graph(BASE + "graph/doc/d1", graph_triples(turtle))
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d1.json").write_text(json.dumps({"document": "d1", "facts": facts}), encoding="utf-8")
    try:
        result = evaluate(store, gold, BASE)
    finally:
        store.close()
    score = result.by_kind["treaty_action"]
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    assert [f.describe() for f in result.false_positives] == [
        "treaty_action(class=Denunciation, state=state/phl, treaty=treaty/rome-statute, date=2018-03-17, "
        "effectiveDate=2018-03-17)"
    ]


def test_a_split_loads_its_documents_and_reports_those_that_fail(tmp_path: Path) -> None:
    """A split's documents go through the normal load into a store of their own; one that fails
    is reported with its reason and all its gold facts are misses, the others are still scored."""
    documents = tmp_path / "documents"
    documents.mkdir()
    for name in ("norway-leaves-charter.txt", "norway-leaves-charter.meta.json"):
        (documents / name).write_bytes((ARTICLES / name).read_bytes())
    (documents / "broken.txt").write_bytes(b"Caf\xe9 au lait is not UTF-8.\n")
    gold = tmp_path / "gold"
    gold.mkdir()
    fact = {"kind": "relation", "subject": "state/nor", "predicate": "tg:partyTo", "object": "treaty/x",
            "sentence": "x"}  # fmt: skip
    for key in ("norway-leaves-charter", "broken"):
        (gold / f"{key}.json").write_text(json.dumps({"document": key, "facts": [fact]}), encoding="utf-8")
    settings = Settings.load({"store": str(tmp_path / "unused")})

    def no_published_store() -> Store:
        raise AssertionError("a split with its own documents must not open the published store")

    results = evaluate_splits([Split("mine", gold, documents)], settings, no_published_store)
    result = results["mine"]
    assert list(result.unloaded) == ["broken"] and "UTF-8" in result.unloaded["broken"]
    assert str(documents) not in result.unloaded["broken"]
    broken = result.by_document["broken"]
    assert (broken.tp, broken.fn) == (0, 1)
    assert sorted(result.by_document) == ["broken", "norway-leaves-charter"]


def test_evaluate_command_scores_the_chosen_splits_as_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--store", str(tmp_path / "none"), "evaluate", "--split", "test,dev", "--json", "--details"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)["splits"]
    assert list(data) == ["test", "dev"]
    for name, split in default_splits().items():
        if name == "corpus":
            continue
        gold = load_gold(split.gold)
        figures = data[name]
        required = sum(not f.optional for facts in gold.values() for f in facts)
        overall = figures["overall"]
        assert figures["documents"] == len(gold)
        assert overall["tp"] + overall["fn"] == required
        assert len(figures["misses"]) == overall["fn"]
        assert sum(n for row in figures["miss_causes"].values() for n in row.values()) == overall["fn"]
        assert len(figures["false_positives"]) == overall["fp"]
        for key, reason in figures["unloaded"].items():
            owed = sum(not f.optional for f in gold[key])
            assert reason and figures["by_document"][key]["fn"] == owed
            assert figures["by_document"][key]["tp"] == 0


def test_evaluate_command_refuses_an_unknown_split() -> None:
    result = CliRunner().invoke(cli, ["evaluate", "--split", "corpus,holdout"])
    assert result.exit_code == 2 and "holdout" in result.output


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
    for split in ("corpus", "dev", "test"):
        assert f"{split} split" in result.output
    assert "by split" in result.output


def test_corpus_meets_the_quality_target(corpus_store: Path) -> None:
    store = EmbeddedStore(corpus_store, read_only=True)
    try:
        result = evaluate(store, GOLD, BASE)
    finally:
        store.close()
    precision, recall = result.overall.precision, result.overall.recall
    assert precision is not None and recall is not None
    assert precision >= 0.95 and recall >= 0.90, f"P={precision:.3f} R={recall:.3f}"
