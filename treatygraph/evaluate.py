"""Score a graph against a hand-written gold set (``tests/gold/{corpus,dev,test}/``).

Each document's named graph (``<base>graph/doc/{key}``) is read back by SPARQL, one query per kind
of fact, and each fact is reduced to a signature of entity keys and literals, because n-ary nodes
(a ratification, a statement) have minted IRIs that the gold set cannot know. Signatures are then
paired one to one with the gold facts of the same document and kind: first with required facts,
then with optional ones, which excuse a graph fact without being owed (see ``tests/gold/README.md``).

    precision = (matched required + matched optional) / graph facts
    recall    = matched required / required gold facts

The evaluator reads the store only; it is the same for an embedded and a remote store.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from graph import Store
from ontology.layout import document_graph, registry_graph
from ontology.namespaces import SCHEMA, TG, sparql_prefixes

__all__ = [
    "KINDS",
    "Evaluation",
    "GoldError",
    "GoldFact",
    "GraphFact",
    "Score",
    "evaluate",
    "evaluation_to_json",
    "graph_facts",
    "load_gold",
    "print_evaluation",
    "print_summary",
]

Scalar = str | int | None
Spec = Scalar | tuple[Scalar, ...]  # a tuple: any one of these values is right
ANY = "*"

# The compared fields of each kind, in the order the tables print them.
KINDS: dict[str, tuple[str, ...]] = {
    "treaty_action": ("class", "state", "treaty", "date", "effectiveDate"),
    "procedure_step": ("class", "agent", "submittedTo", "date", "treaty"),
    "org_event": ("class", "state", "organization", "date", "effectiveDate"),
    "relation": ("subject", "predicate", "object"),
    "function": ("body", "text"),
    "quantity": ("quantityOf", "counts", "value", "about"),
    "judgment": ("court", "respondent", "date", "pageCount"),
    "death": ("person", "date"),
    "statement": ("speaker", "quote"),
    "post": ("member", "organization", "role"),
    "member_of": ("member", "organization"),
}
_INTEGER_FIELDS = {"value", "pageCount"}
# Fields a gold fact may leave out: then any value is right. A text that gives no effective date
# does not make a derived one wrong.
_OMITTABLE_FIELDS = {"effectiveDate"}
_JACCARD_MIN = 0.5
_MIN_QUOTE_CHARS = 8


class GoldError(ValueError):
    """A gold file is malformed; the message names the file and the fact."""


@dataclass(frozen=True)
class GoldFact:
    document: str
    kind: str
    values: tuple[tuple[str, Spec], ...]
    sentence: str
    optional: bool = False
    reported_by: Spec = None
    note: str = ""

    def get(self, name: str) -> Spec:
        return dict(self.values)[name]

    def describe(self) -> str:
        return f"{self.kind}({_describe(self.values)})"


@dataclass(frozen=True)
class GraphFact:
    document: str
    kind: str
    values: tuple[tuple[str, Scalar], ...]
    node: str | None = None
    reported_by: Scalar = None

    def get(self, name: str) -> Scalar:
        return dict(self.values)[name]

    def describe(self) -> str:
        return f"{self.kind}({_describe(self.values)})"


@dataclass
class Score:
    """Counts for one kind, one document or the whole corpus."""

    tp: int = 0  # graph facts matching a required gold fact
    allowed: int = 0  # graph facts matching an optional gold fact
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.allowed += other.allowed
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        found = self.tp + self.allowed + self.fp
        return (self.tp + self.allowed) / found if found else None

    @property
    def recall(self) -> float | None:
        owed = self.tp + self.fn
        return self.tp / owed if owed else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


@dataclass
class Evaluation:
    overall: Score = field(default_factory=Score)
    by_kind: dict[str, Score] = field(default_factory=dict)
    by_document: dict[str, Score] = field(default_factory=dict)
    misses: list[GoldFact] = field(default_factory=list)
    false_positives: list[GraphFact] = field(default_factory=list)
    # Statements matched on speaker and quote whose outlet differs from the gold one.
    reported_by_mismatches: list[tuple[GoldFact, GraphFact]] = field(default_factory=list)
    # Documents with gold facts but no graph in the store, with why (every fact of theirs is a miss).
    unloaded: dict[str, str] = field(default_factory=dict)
    # Why each miss was missed (parallel to ``misses``): see ``miss_cause``.
    miss_causes: list[str] = field(default_factory=list)

    def causes_by_kind(self) -> dict[str, dict[str, int]]:
        """How many misses of each kind have each cause."""
        table: dict[str, dict[str, int]] = {}
        for fact, cause in zip(self.misses, self.miss_causes, strict=True):
            row = table.setdefault(fact.kind, {})
            row[cause] = row.get(cause, 0) + 1
        return table


def evaluate(store: Store, gold_dir: Path, base_iri: str) -> Evaluation:
    """Score every document that has a gold file against its named graph in ``store``.

    A document without a graph scores every gold fact as a miss.

    :raises GoldError: if a gold file is malformed.
    """
    result = Evaluation(by_kind={kind: Score() for kind in KINDS})
    graphs = set(store.graphs())
    for document, gold in load_gold(gold_dir).items():
        if f"{base_iri}graph/doc/{document}" not in graphs:
            result.unloaded[document] = "no graph in the store"
        found = graph_facts(store, document, base_iri)
        named = named_entities(store, document, base_iri)
        doc_score = Score()
        for kind in KINDS:
            before = len(result.misses)
            of_kind = [f for f in found if f.kind == kind]
            score = _score_kind([f for f in gold if f.kind == kind], of_kind, result)
            result.miss_causes += [miss_cause(g, of_kind, named) for g in result.misses[before:]]
            result.by_kind[kind].add(score)
            doc_score.add(score)
        result.by_document[document] = doc_score
        result.overall.add(doc_score)
    return result


# ---------------------------------------------------------------- gold files


def load_gold(gold_dir: Path) -> dict[str, list[GoldFact]]:
    """The gold facts of each document, keyed by document key, from ``*.json`` in ``gold_dir``."""
    gold: dict[str, list[GoldFact]] = {}
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise GoldError(f"{gold_dir}: no gold files (*.json)")
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            document = data["document"]
            gold[document] = [_gold_fact(document, raw) for raw in data["facts"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path}: {exc}") from exc
    return gold


def _gold_fact(document: str, raw: Mapping[str, object]) -> GoldFact:
    kind = str(raw["kind"])
    if kind not in KINDS:
        raise GoldError(f"unknown kind {kind!r}")
    values = tuple(
        (name, _spec(raw[name]) if name in raw or name not in _OMITTABLE_FIELDS else ANY)
        for name in KINDS[kind]
    )
    sentence = raw["sentence"]
    if not isinstance(sentence, str):
        raise GoldError(f"{kind} fact without a supporting sentence")
    return GoldFact(
        document,
        kind,
        values,
        sentence,
        optional=bool(raw.get("optional", False)),
        reported_by=_spec(raw.get("reportedBy")),
        note=str(raw.get("note", "")),
    )


def _spec(raw: object) -> Spec:
    if isinstance(raw, list):
        return tuple(_scalar(x) for x in raw)
    return _scalar(raw)


def _scalar(raw: object) -> Scalar:
    if raw is None or isinstance(raw, str):
        return raw
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    raise GoldError(f"a value must be a string, an integer or null, not {raw!r}")


# ---------------------------------------------------------------- graph facts

_PREFIXES = sparql_prefixes("tg", "rdf", "schema", "org", "skos")
_CURIES = {TG.iri: "tg:", SCHEMA.iri: "schema:"}
# Each query reads one document's graph, <DOC>. A document may link to a registry node and assert
# only what it adds (a date), so a node's type and its state, treaty, agent or organisation may
# also come from the registry's graph, <REG>; dates, values and quotes come from <DOC> alone. A
# node counts only if <DOC> asserts one of its signature's triples.
_QUERIES: dict[str, str] = {
    "treaty_action": """SELECT DISTINCT ?node ?class ?state ?treaty ?date ?effectiveDate WHERE {
  VALUES ?class { tg:Signature tg:Ratification tg:Accession tg:Succession tg:EntryIntoForce
                  tg:Adoption tg:OpeningForSignature tg:Denunciation tg:CessationOfParty }
  GRAPH <DOC> { ?node ?p ?o VALUES ?p { rdf:type tg:state tg:treaty tg:date tg:effectiveDate } }
  GRAPH ?g0 { ?node a ?class } FILTER(?g0 IN (<DOC>, <REG>))
  OPTIONAL { GRAPH ?g1 { ?node tg:state ?state } FILTER(?g1 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH ?g2 { ?node tg:treaty ?treaty } FILTER(?g2 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH <DOC> { ?node tg:date ?date } }
  OPTIONAL { GRAPH <DOC> { ?node tg:effectiveDate ?effectiveDate } }
}""",
    # A step's treaty is its superEvent's (the denunciation it is a step of).
    "procedure_step": """SELECT DISTINCT ?node ?class ?agent ?submittedTo ?date ?treaty WHERE {
  VALUES ?class { tg:Decree tg:BillSubmission tg:ParliamentaryApproval tg:LawSigning tg:Notification }
  GRAPH <DOC> { ?node ?p ?o VALUES ?p { rdf:type tg:agent tg:submittedTo tg:date schema:superEvent } }
  GRAPH ?g0 { ?node a ?class } FILTER(?g0 IN (<DOC>, <REG>))
  OPTIONAL { GRAPH ?g1 { ?node tg:agent ?agent } FILTER(?g1 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH ?g2 { ?node tg:submittedTo ?submittedTo } FILTER(?g2 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH <DOC> { ?node tg:date ?date } }
  OPTIONAL { GRAPH ?g3 { ?node schema:superEvent ?super } FILTER(?g3 IN (<DOC>, <REG>))
             GRAPH ?g4 { ?super tg:treaty ?treaty } FILTER(?g4 IN (<DOC>, <REG>)) }
}""",
    "org_event": """SELECT DISTINCT ?node ?class ?state ?organization ?date ?effectiveDate WHERE {
  VALUES ?class { tg:Admission tg:Expulsion tg:Suspension tg:Withdrawal }
  GRAPH <DOC> { ?node ?p ?o VALUES ?p { rdf:type tg:state tg:organization tg:date tg:effectiveDate } }
  GRAPH ?g0 { ?node a ?class } FILTER(?g0 IN (<DOC>, <REG>))
  OPTIONAL { GRAPH ?g1 { ?node tg:state ?state } FILTER(?g1 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH ?g2 { ?node tg:organization ?organization } FILTER(?g2 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH <DOC> { ?node tg:date ?date } }
  OPTIONAL { GRAPH <DOC> { ?node tg:effectiveDate ?effectiveDate } }
}""",
    "relation": """SELECT DISTINCT ?subject ?predicate ?object WHERE {
  VALUES ?predicate { tg:establishes tg:monitors tg:partyTo tg:notPartyTo tg:successorOf
                      tg:supplements schema:legislationAmends }
  GRAPH <DOC> { ?subject ?predicate ?object }
}""",
    "function": "SELECT DISTINCT ?body ?text WHERE { GRAPH <DOC> { ?body tg:function ?text } }",
    "quantity": """SELECT DISTINCT ?node ?quantityOf ?counts ?value ?about WHERE {
  GRAPH <DOC> { ?node ?p ?o VALUES ?p { rdf:type tg:quantityOf tg:counts schema:value } }
  GRAPH ?g0 { ?node a tg:Quantity } FILTER(?g0 IN (<DOC>, <REG>))
  OPTIONAL { GRAPH <DOC> { ?node tg:quantityOf ?quantityOf } }
  OPTIONAL { GRAPH <DOC> { ?node tg:counts ?counts } }
  OPTIONAL { GRAPH <DOC> { ?node schema:value ?value } }
  OPTIONAL { GRAPH <DOC> { ?node tg:about ?about } }
}""",
    # The court is the judgment's agent.
    "judgment": """SELECT DISTINCT ?node ?court ?respondent ?date ?pageCount WHERE {
  GRAPH <DOC> { ?node ?p ?o VALUES ?p { rdf:type tg:agent tg:respondent tg:date tg:pageCount } }
  GRAPH ?g0 { ?node a tg:Judgment } FILTER(?g0 IN (<DOC>, <REG>))
  OPTIONAL { GRAPH ?g1 { ?node tg:agent ?court } FILTER(?g1 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH ?g2 { ?node tg:respondent ?respondent } FILTER(?g2 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH <DOC> { ?node tg:date ?date } }
  OPTIONAL { GRAPH <DOC> { ?node tg:pageCount ?pageCount } }
}""",
    # The person who died is the event's tg:about (or its tg:agent).
    "death": """SELECT DISTINCT ?node ?person ?date WHERE {
  GRAPH <DOC> { ?node ?p ?o VALUES ?p { rdf:type tg:about tg:agent tg:date } }
  GRAPH ?g0 { ?node a tg:Death } FILTER(?g0 IN (<DOC>, <REG>))
  OPTIONAL { GRAPH <DOC> { ?node tg:about|tg:agent ?person } }
  OPTIONAL { GRAPH <DOC> { ?node tg:date ?date } }
}""",
    "statement": """SELECT DISTINCT ?node ?speaker ?quote ?reportedBy WHERE {
  GRAPH <DOC> { ?node ?p ?o VALUES ?p { rdf:type tg:speaker tg:quote } }
  GRAPH ?g0 { ?node a tg:Statement } FILTER(?g0 IN (<DOC>, <REG>))
  OPTIONAL { GRAPH <DOC> { ?node tg:speaker ?speaker } }
  OPTIONAL { GRAPH <DOC> { ?node tg:quote ?quote } }
  OPTIONAL { GRAPH <DOC> { ?node tg:reportedBy ?reportedBy } }
}""",
    # Posts and organisations' memberships are both org:Membership; the member's key tells them
    # apart (see _to_fact). Role labels of registry roles live in the registry's graph.
    "membership": """SELECT DISTINCT ?node ?member ?organization ?role ?roleLabel WHERE {
  GRAPH <DOC> { ?node ?p ?o VALUES ?p { rdf:type org:member org:organization org:role } }
  GRAPH ?g0 { ?node a org:Membership } FILTER(?g0 IN (<DOC>, <REG>))
  OPTIONAL { GRAPH ?g1 { ?node org:member ?member } FILTER(?g1 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH ?g2 { ?node org:organization ?organization } FILTER(?g2 IN (<DOC>, <REG>)) }
  OPTIONAL { GRAPH ?g3 { ?node org:role ?role } FILTER(?g3 IN (<DOC>, <REG>))
             OPTIONAL { GRAPH ?g4 { ?role skos:prefLabel ?roleLabel } FILTER(?g4 IN (<DOC>, <REG>)) } }
}""",
}
_EVENT_KINDS = {"treaty_action", "procedure_step", "org_event"}


def graph_facts(store: Store, document: str, base_iri: str) -> list[GraphFact]:
    """Every fact of a covered kind that the document's named graph asserts, as signatures."""
    doc_graph = f"<{document_graph(base_iri, document)}>"
    registry = f"<{registry_graph(base_iri)}>"
    facts: set[GraphFact] = set()
    for name, template in _QUERIES.items():
        sparql = (_PREFIXES + template).replace("<DOC>", doc_graph).replace("<REG>", registry)
        for row in _rows(store, sparql):
            values = {k: _value(v, base_iri) for k, v in row.items()}
            facts.add(_to_fact(name, document, values))
    return sorted(facts, key=lambda f: (f.kind, repr(f.values)))


def named_entities(store: Store, document: str, base_iri: str) -> set[str]:
    """The keys of every node the document's graph names (as subject or object)."""
    sparql = f"""SELECT DISTINCT ?node WHERE {{
  GRAPH <{document_graph(base_iri, document)}> {{ {{ ?node ?p ?o }} UNION {{ ?s ?p ?node }} }}
  FILTER(isIRI(?node) && STRSTARTS(STR(?node), "{base_iri}"))
}}"""
    return {str(_value(row["node"], base_iri)) for row in _rows(store, sparql)}


def _rows(store: Store, sparql: str) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]:
    result = store.query(sparql)
    if result.solutions is None:
        return []
    names = [v.value for v in result.solutions.variables]
    out = []
    for solution in result.solutions:
        row: dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None] = {}
        for name in names:
            term = solution[name]
            row[name] = term if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode) else None
        out.append(row)
    return out


def _value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None, base_iri: str) -> Scalar:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    iri = term.value
    if iri.startswith(base_iri):
        return iri[len(base_iri) :]
    for namespace, prefix in _CURIES.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace) :]
    return iri


def _to_fact(name: str, document: str, v: dict[str, Scalar]) -> GraphFact:
    node = v.get("node")
    node_key = str(node) if node is not None else None
    if name in _EVENT_KINDS:
        v["class"] = str(v["class"]).removeprefix("tg:")
    if name == "membership":
        member = v.get("member")
        if isinstance(member, str) and member.startswith("person/"):
            label = v.get("roleLabel") or _role_from_key(v.get("role"))
            v = {"member": member, "organization": v.get("organization"), "role": label}
            name = "post"
        else:
            name = "member_of"
    for integer in _INTEGER_FIELDS & v.keys():
        v[integer] = _as_int(v[integer])
    values = tuple((f, v.get(f)) for f in KINDS[name])
    return GraphFact(document, name, values, node_key, v.get("reportedBy"))


def _role_from_key(role: Scalar) -> Scalar:
    return str(role).rsplit("/", 1)[-1].replace("-", " ") if role is not None else None


def _as_int(value: Scalar) -> Scalar:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return value


# ---------------------------------------------------------------- matching


def _score_kind(gold: list[GoldFact], found: list[GraphFact], result: Evaluation) -> Score:
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]
    first = _max_matching(found, required)
    rest = [f for i, f in enumerate(found) if i not in first]
    second = _max_matching(rest, optional)
    for fi, gi in first.items():
        _check_outlet(required[gi], found[fi], result)
    matched_gold = set(first.values())
    result.misses += [g for i, g in enumerate(required) if i not in matched_gold]
    result.false_positives += [f for i, f in enumerate(rest) if i not in second]
    return Score(
        tp=len(first),
        allowed=len(second),
        fp=len(rest) - len(second),
        fn=len(required) - len(first),
    )


# Fields whose values are literals or vocabulary terms, never an entity the text names.
_NOT_ENTITIES = frozenset({"class", "date", "effectiveDate", "predicate", "text", "counts", "value",
                           "pageCount", "quote", "role"})  # fmt: skip
_KEY = re.compile(r"[a-z]+(?:-[a-z]+)*/[a-z0-9][a-z0-9.-]*")


def miss_cause(gold: GoldFact, found: Sequence[GraphFact], named: set[str]) -> str:
    """Why the graph lacks a gold fact, as far as the graph shows it.

    ``entity``: an entity the fact needs is nowhere in the document's graph, so extraction never
    recognised it; ``differs: <field>``: a graph fact of the same kind agrees on every field but
    that one (a wrong date, class or role); ``absent``: the entities are there, the fact is not.
    """
    for name, spec in gold.values:
        options = [o for o in (spec if isinstance(spec, tuple) else (spec,)) if isinstance(o, str)]
        keys = [o for o in options if name not in _NOT_ENTITIES and _KEY.fullmatch(o)]
        if keys and len(keys) == len(options) and not named.intersection(keys):
            return "entity"
    differing = Counter(
        wrong[0]
        for fact in found
        if len(wrong := [n for n, spec in gold.values if not _field_matches(n, spec, fact.get(n))]) == 1
    )
    if differing:
        return f"differs: {differing.most_common(1)[0][0]}"
    return "absent"


def _check_outlet(gold: GoldFact, found: GraphFact, result: Evaluation) -> None:
    if gold.kind == "statement" and not _field_matches("reportedBy", gold.reported_by, found.reported_by):
        result.reported_by_mismatches.append((gold, found))


def _max_matching(found: Sequence[GraphFact], gold: Sequence[GoldFact]) -> dict[int, int]:
    """A maximum one-to-one pairing of graph facts to gold facts (graph index -> gold index).

    Augmenting paths (Kuhn's algorithm): with alternatives and fuzzy text a greedy pass could
    give a gold fact to the wrong graph fact and leave a pairable one out.
    """
    edges = [[gi for gi, g in enumerate(gold) if matches(g, f)] for f in found]
    owner: dict[int, int] = {}

    def assign(fi: int, seen: set[int]) -> bool:
        for gi in edges[fi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or assign(owner[gi], seen):
                owner[gi] = fi
                return True
        return False

    for fi in range(len(found)):
        assign(fi, set())
    return {fi: gi for gi, fi in owner.items()}


def matches(gold: GoldFact, found: GraphFact) -> bool:
    """Whether a graph fact has the gold fact's signature, field by field."""
    return gold.kind == found.kind and all(
        _field_matches(name, spec, found.get(name)) for name, spec in gold.values
    )


def _field_matches(name: str, spec: Spec, value: Scalar) -> bool:
    options = spec if isinstance(spec, tuple) else (spec,)
    compare = _COMPARERS.get(name, _equal)
    return any(option == ANY or compare(option, value) for option in options)


def _equal(expected: Scalar, actual: Scalar) -> bool:
    return expected == actual


def _same_lemma(expected: Scalar, actual: Scalar) -> bool:
    if expected is None or actual is None:
        return expected is actual
    return _lemma(str(expected)) == _lemma(str(actual))


def _same_role(expected: Scalar, actual: Scalar) -> bool:
    if expected is None or actual is None:
        return expected is actual
    return " ".join(str(expected).lower().split()) == " ".join(str(actual).lower().split())


def _similar_text(expected: Scalar, actual: Scalar) -> bool:
    if expected is None or actual is None:
        return expected is actual
    a, b = _content_words(str(expected)), _content_words(str(actual))
    return bool(a | b) and len(a & b) / len(a | b) >= _JACCARD_MIN


def _same_quote(expected: Scalar, actual: Scalar) -> bool:
    if expected is None or actual is None:
        return expected is actual
    a, b = _normalise_quote(str(expected)), _normalise_quote(str(actual))
    shorter = min(len(a), len(b))
    return shorter >= min(_MIN_QUOTE_CHARS, max(len(a), len(b))) and (a in b or b in a)


_COMPARERS: dict[str, Callable[[Scalar, Scalar], bool]] = {
    "counts": _same_lemma,
    "role": _same_role,
    "text": _similar_text,
    "quote": _same_quote,
}

# Words that say nothing about what a body does.
_STOP_TEXT = (
    "a an the of to and or in on for with by at from as its their these those this "
    "that which where who whom is are was were be been has have had any all can may into than"
)
_STOP_WORDS = frozenset(_STOP_TEXT.split())


def _stem(word: str) -> str:
    """A crude stem, enough to pair "visits"/"visit" and "conducting"/"conducts"."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def _content_words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP_WORDS}


def _lemma(counts: str) -> str:
    """The head noun of what a quantity counts: "published reports" and "deaths of soldiers in
    prisons" give "report" and "death" (the last word before any prepositional phrase)."""
    head = re.split(r"\b(?:of|in|to|by|for|on|at|from|with)\b", counts.lower())[0]
    words: list[str] = re.findall(r"[a-z]+", head) or re.findall(r"[a-z]+", counts.lower())
    if not words:
        return counts.lower()
    word = words[-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_QUOTE_MARKS: dict[int, str] = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def _normalise_quote(text: str) -> str:
    text = " ".join(text.translate(_QUOTE_MARKS).lower().split())
    return text.strip(" \"'.,;:!?")


def _describe(values: Iterable[tuple[str, Spec]]) -> str:
    parts = []
    for name, value in values:
        if name in _OMITTABLE_FIELDS and value in (None, ANY):
            continue
        shown = "|".join(map(str, value)) if isinstance(value, tuple) else str(value)
        if name in {"text", "quote"} and len(shown) > 60:
            shown = shown[:57] + "..."
        parts.append(f"{name}={shown}")
    return ", ".join(parts)


# ---------------------------------------------------------------- report


def print_evaluation(
    console: Console, result: Evaluation, *, details: bool = False, title: str = "Gold-set evaluation"
) -> None:
    """The figures as a table by kind, the documents that have no graph, then (with ``details``)
    every miss and false positive."""
    table = Table("kind", "tp", "allowed", "fp", "fn", "precision", "recall", "F1", title=title)
    for kind, score in result.by_kind.items():
        table.add_row(kind, *_figures(score))
    table.add_section()
    table.add_row("overall", *_figures(result.overall), style="bold")
    console.print(table)
    if result.unloaded:
        listing = Table(
            "document", "reason", title=f"documents not loaded (every fact a miss): {len(result.unloaded)}"
        )
        for document, reason in result.unloaded.items():
            listing.add_row(document, reason)
        console.print(listing)
    causes = result.causes_by_kind()
    if causes:
        columns = sorted({cause for row in causes.values() for cause in row}, key=_cause_order)
        why = Table("kind", *columns, title="why the misses were missed")
        for kind, row in causes.items():
            why.add_row(kind, *(str(row.get(cause, 0)) for cause in columns))
        console.print(why)
    if not details:
        return
    for heading, rows in (
        (
            "misses (gold facts the graph lacks)",
            [
                (f.document, f"{f.describe()} [{cause}]")
                for f, cause in zip(result.misses, result.miss_causes, strict=True)
            ],
        ),
        (
            "false positives (graph facts not in gold)",
            [(f.document, f.describe()) for f in result.false_positives],
        ),
        (
            "statements with another outlet",
            [
                (g.document, f"{f.describe()} reportedBy={f.reported_by}, gold {g.reported_by}")
                for g, f in result.reported_by_mismatches
            ],
        ),
    ):
        listing = Table("document", "fact", title=f"{heading}: {len(rows)}")
        for document, fact in rows:
            listing.add_row(document, fact)
        console.print(listing)


def print_summary(console: Console, results: Mapping[str, Evaluation]) -> None:
    """One row per split: how many documents, how many loaded, and the overall figures."""
    table = Table(
        "split", "documents", "not loaded", "tp", "allowed", "fp", "fn", "precision", "recall", "F1",
        title="Gold-set evaluation by split",
    )  # fmt: skip
    for name, result in results.items():
        table.add_row(
            name, str(len(result.by_document)), str(len(result.unloaded)), *_figures(result.overall)
        )
    console.print(table)


def evaluation_to_json(result: Evaluation, *, details: bool = False) -> dict[str, object]:
    """The figures as plain data; with ``details`` also every miss and false positive."""
    data: dict[str, object] = {
        "documents": len(result.by_document),
        "overall": _score_json(result.overall),
        "by_kind": {kind: _score_json(score) for kind, score in result.by_kind.items()},
        "by_document": {doc: _score_json(score) for doc, score in result.by_document.items()},
        "unloaded": dict(result.unloaded),
        "miss_causes": result.causes_by_kind(),
    }
    if details:
        data["misses"] = [
            {"document": f.document, "fact": f.describe(), "cause": cause}
            for f, cause in zip(result.misses, result.miss_causes, strict=True)
        ]
        data["false_positives"] = [
            {"document": f.document, "fact": f.describe()} for f in result.false_positives
        ]
    return data


def _cause_order(cause: str) -> tuple[int, str]:
    return (("entity", "absent").index(cause) if cause in ("entity", "absent") else 2, cause)


def _score_json(score: Score) -> dict[str, object]:
    return {
        "tp": score.tp,
        "allowed": score.allowed,
        "fp": score.fp,
        "fn": score.fn,
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
    }


def _figures(score: Score) -> list[str]:
    def ratio(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    counts = [str(score.tp), str(score.allowed), str(score.fp), str(score.fn)]
    return [*counts, ratio(score.precision), ratio(score.recall), ratio(score.f1)]
