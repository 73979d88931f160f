"""The treaty status chart: for each state and treaty, the relation between them on a given date,
worked out from the graph's own dated treaty actions.

One query (:data:`STATUS_QUERY`) fetches every signature, ratification, accession, succession,
denunciation and cessation of party status with its dates, effective dates and rules, per named
graph and with the quoted evidence; the steps of a denunciation (decree, vote, law, notification);
and the undated "party to" / "not party to" statements. Everything after that is pure:
:func:`read_rows` turns rows into :class:`Action` records, :func:`cell_on` reads one cell.

The rules, on a date D:

* a denunciation binds until it takes effect: "withdrawal notified" from its date (or the date
  of its notification step) until its effective date, "no longer party" from then on; without an
  effective date the withdrawal stays "notified, effect date unknown";
* a cessation of party status ends party status on its date;
* ratification, accession and succession make a party; a signature alone, a signatory.

Dates at year or month precision are compared conservatively: "1998" is known to have passed on
1999-01-01 and known not to have on 1997-12-31; in between the cell is uncertain and names both
readings. Where sources give one action dates that do not refine each other, the cell takes the
registry's date (else the date most sources give, else the later one) and lists every date with
its sources and the relation it would give, flagging the disagreements that change the cell.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from graph import Store
from ontology.layout import DOCUMENT_PREFIX, document_key_of_graph
from ontology.namespaces import SCHEMA, TG, sparql_prefixes

if TYPE_CHECKING:
    from api.pages.dates import Span

__all__ = [
    "ACTION_CLASSES",
    "RELATIONS",
    "STATUS_QUERY",
    "Action",
    "Cell",
    "DateClaim",
    "Disagreement",
    "Source",
    "Statement",
    "Step",
    "cell_on",
    "chart",
    "read_rows",
    "reproducing_query",
    "status_query",
]

# The relations a cell can hold, in the order a state passes through them.
RELATIONS = ("signatory", "party", "withdrawal notified", "no longer party")

_SIGNING = {TG.Signature}
_BINDING = {TG.Ratification, TG.Accession, TG.Succession}
_DENOUNCING = {TG.Denunciation}
_ENDING = {TG.CessationOfParty}
ACTION_CLASSES: tuple[str, ...] = tuple(sorted(_SIGNING | _BINDING | _DENOUNCING | _ENDING))
_STATEMENTS = {TG.partyTo: "party to", TG.notPartyTo: "not party to"}

STATUS_QUERY = (
    sparql_prefixes("tg", "rdf", "skos", "schema", "prov", "dct", "oa")
    + """
SELECT DISTINCT ?state ?treaty ?action ?type ?property ?value ?g ?citation ?doc ?quote ?start
                ?step ?stepType ?stepLabel
WHERE {
  {
    VALUES ?type { $ACTIONS }
    ?action a ?type ; tg:state ?state ; tg:treaty ?treaty .
    $FILTERS
    OPTIONAL {
      {
        VALUES ?property { tg:date tg:effectiveDate tg:effectiveRule }
        GRAPH ?g { ?action ?property ?value }
        OPTIONAL { GRAPH ?g { ?action dct:source ?citation } }
        OPTIONAL {
          GRAPH ?g { ?claim rdf:subject ?action ; rdf:predicate ?property ; rdf:object ?value ;
                            prov:wasDerivedFrom ?doc ; tg:evidence ?evidence .
                     ?evidence oa:hasSelector/oa:exact ?quote .
                     OPTIONAL { ?evidence oa:hasSelector/oa:start ?start } }
        }
      } UNION {
        ?step schema:superEvent ?action ; a ?stepType .
        GRAPH ?g { ?step tg:date ?value }
        BIND(schema:superEvent AS ?property)
        OPTIONAL { ?step skos:prefLabel ?stepLabel }
      }
    }
  } UNION {
    VALUES ?property { tg:partyTo tg:notPartyTo }
    GRAPH ?g { ?state ?property ?treaty }
    $FILTERS
    OPTIONAL { GRAPH ?g { ?state dct:source ?citation } }
    OPTIONAL {
      GRAPH ?g { ?claim rdf:subject ?state ; rdf:predicate ?property ; rdf:object ?treaty ;
                        prov:wasDerivedFrom ?doc ; tg:evidence ?evidence .
                 ?evidence oa:hasSelector/oa:exact ?quote .
                 OPTIONAL { ?evidence oa:hasSelector/oa:start ?start } }
    }
  }
}
""".replace("$ACTIONS", " ".join(f"<{c}>" for c in ACTION_CLASSES))
)


def status_query(states: Iterable[str] = (), treaties: Iterable[str] = ()) -> str:
    """:data:`STATUS_QUERY`, narrowed to the given states and treaties (all when none given)."""
    filters = []
    for name, given in (("state", list(states)), ("treaty", list(treaties))):
        # An IRI that cannot be written in SPARQL matches nothing, rather than lifting the filter.
        chosen = sorted({i for i in given if i and not any(c in '<>"{}|^`\\' or c <= " " for c in i)})
        if given:
            filters.append(f"VALUES ?{name} {{ {' '.join(f'<{i}>' for i in chosen)} }}")
    return STATUS_QUERY.replace("$FILTERS", " ".join(filters))


# --- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """Where a value is stated: a document (with the quoted words) or the reference registry."""

    graph: str
    document: str = ""
    quote: str = ""
    start: str = ""
    registry: bool = False
    citation: str = ""


@dataclass
class DateClaim:
    """One value of a date (or rule) of an action, and every source that states it."""

    value: str
    sources: list[Source] = field(default_factory=list)

    def add(self, source: Source) -> None:
        if source not in self.sources:
            # A quoted source supersedes the same graph stated without a quote.
            self.sources = [s for s in self.sources if not (s.graph == source.graph and not s.quote)]
            if source.quote or not any(s.graph == source.graph for s in self.sources):
                self.sources.append(source)


@dataclass
class Step:
    """A dated step of a denunciation: a decree, a vote, a law, the notification itself."""

    iri: str
    types: set[str]
    label: str
    dates: set[str] = field(default_factory=set)

    @property
    def is_notification(self) -> bool:
        return TG.Notification in self.types


@dataclass
class Action:
    """One treaty action of one state on one treaty, with everything the sources say of its dates."""

    iri: str
    types: set[str]
    state: str
    treaty: str
    dates: dict[str, DateClaim] = field(default_factory=dict)
    effective: dict[str, DateClaim] = field(default_factory=dict)
    rules: dict[str, DateClaim] = field(default_factory=dict)
    steps: dict[str, Step] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        for group, name in ((_ENDING, "cessation"), (_DENOUNCING, "denunciation"), (_BINDING, "binding")):
            if self.types & group:
                return name
        return "signature"


@dataclass
class Statement:
    """An undated "party to" or "not party to" statement about a state and a treaty."""

    property: str
    label: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class Disagreement:
    """Sources giving one action's date different values; ``values`` holds each with its sources
    and the relation the cell would show with it."""

    action: str
    property: str
    values: list[dict[str, Any]]
    changes_cell: bool


@dataclass
class Cell:
    state: str
    treaty: str
    date: str
    relation: str | None
    description: str
    since: str | None
    until: str | None
    certain: bool
    possible: list[str | None]
    notes: list[str]
    actions: list[Action]
    disagreements: list[Disagreement]
    statements: list[Statement]

    @property
    def disputed(self) -> bool:
        return any(d.changes_cell for d in self.disagreements)

    def as_json(self) -> dict[str, Any]:
        """The cell as the JSON API gives it (labels and page links are added by the caller)."""
        data = asdict(self)
        data["disputed"] = self.disputed
        data["actions"] = [_action_json(a) for a in self.actions]
        return data


def _action_json(action: Action) -> dict[str, Any]:
    def claims(values: dict[str, DateClaim]) -> list[dict[str, Any]]:
        return [asdict(v) for _, v in sorted(values.items())]

    return {
        "iri": action.iri,
        "types": sorted(action.types),
        "dates": claims(action.dates),
        "effective_dates": claims(action.effective),
        "effective_rules": claims(action.rules),
        "steps": [
            {"iri": s.iri, "types": sorted(s.types), "label": s.label, "dates": sorted(s.dates)}
            for s in sorted(action.steps.values(), key=lambda s: (min(s.dates, default=""), s.iri))
        ],
    }


# --- reading the rows ---------------------------------------------------------------------------

Pair = tuple[str, str]


def read_rows(
    rows: Iterable[dict[str, str]], base: str, registry_graph: str
) -> tuple[dict[Pair, list[Action]], dict[Pair, list[Statement]]]:
    """The rows of :data:`STATUS_QUERY` as actions and statements, by (state, treaty)."""
    actions: dict[str, Action] = {}
    statements: dict[tuple[str, str, str], Statement] = {}
    for row in rows:
        graph = row.get("g", "")
        source = _source(row, base, registry_graph) if graph else None
        prop = row.get("property", "")
        if "action" not in row:
            if prop in _STATEMENTS and source is not None:
                key = (row["state"], row["treaty"], prop)
                statement = statements.setdefault(key, Statement(prop, _STATEMENTS[prop]))
                if source not in statement.sources:
                    statement.sources.append(source)
            continue
        action = actions.get(row["action"])
        if action is None:
            action = actions[row["action"]] = Action(row["action"], set(), row["state"], row["treaty"])
        action.types.add(row["type"])
        if source is None or "value" not in row:
            continue
        value = row["value"]
        if prop == SCHEMA.superEvent and "step" in row:
            step = action.steps.setdefault(row["step"], Step(row["step"], set(), row.get("stepLabel", "")))
            step.types.add(row.get("stepType", ""))
            step.dates.add(value)
            continue
        target = {TG.date: action.dates, TG.effectiveDate: action.effective, TG.effectiveRule: action.rules}
        if prop in target:
            target[prop].setdefault(value, DateClaim(value)).add(source)
    by_pair: dict[Pair, list[Action]] = defaultdict(list)
    for action in actions.values():
        by_pair[(action.state, action.treaty)].append(action)
    said: dict[Pair, list[Statement]] = defaultdict(list)
    for (state, treaty, _), statement in sorted(statements.items()):
        said[(state, treaty)].append(statement)
    return dict(by_pair), dict(said)


def _source(row: dict[str, str], base: str, registry_graph: str) -> Source:
    graph = row["g"]
    document = row.get("doc", "")
    if not document:
        key = document_key_of_graph(base, graph)
        document = base + DOCUMENT_PREFIX + key if key else ""
    return Source(
        graph=graph,
        document=document,
        quote=row.get("quote", ""),
        start=row.get("start", ""),
        registry=graph == registry_graph,
        citation=row.get("citation", "") if graph == registry_graph else "",
    )


# --- reading one cell ---------------------------------------------------------------------------


# The date helpers are imported when first used: importing ``api.pages`` at module level would
# run the pages package, whose entity pages import this module, in a cycle.
def _span(value: str) -> Span | None:
    from api.pages.dates import parse_span

    return parse_span(value)


def _shown(value: str) -> str:
    from api.pages.dates import format_date

    return format_date(value)


Passed = Literal["yes", "no", "maybe"]


def passed(value: str | None, on: dt.date) -> Passed:
    """Whether a date at its own precision is known to be on or before ``on``."""
    span = _span(value) if value else None
    if span is None:
        return "no"
    if span.end <= on + dt.timedelta(days=1):
        return "yes"
    if span.start > on:
        return "no"
    return "maybe"


def _clusters(values: dict[str, DateClaim]) -> list[list[DateClaim]]:
    """Values grouped where one refines another ("1998" and "1998-03-28" agree)."""
    groups: list[list[DateClaim]] = []
    for claim in sorted(values.values(), key=lambda c: c.value):
        joined = [g for g in groups if any(_refines(claim.value, o.value) for o in g)]
        merged = [claim]
        for group in joined:
            groups.remove(group)
            merged.extend(group)
        groups.append(merged)
    return groups


def _refines(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _sources_of(group: list[DateClaim]) -> list[Source]:
    return [s for claim in group for s in claim.sources]


def _preferred(groups: list[list[DateClaim]]) -> list[DateClaim] | None:
    """The registry's group, else the one most sources give, else the later one."""
    if not groups:
        return None
    return max(
        groups,
        key=lambda g: (
            any(s.registry for s in _sources_of(g)),
            len({s.graph for s in _sources_of(g)}),
            max(c.value for c in g),
        ),
    )


def _value(group: list[DateClaim] | None) -> str | None:
    """The most precise value of a group of agreeing values."""
    if not group:
        return None
    return max(group, key=lambda c: (len(c.value), any(s.registry for s in c.sources))).value


@dataclass(frozen=True)
class _Reading:
    """The dates one reading of the sources gives each action: (date, effective date)."""

    dates: dict[str, tuple[str | None, str | None]]


def _default_reading(actions: list[Action]) -> _Reading:
    return _Reading(
        {
            a.iri: (_value(_preferred(_clusters(a.dates))), _value(_preferred(_clusters(a.effective))))
            for a in actions
        }
    )


@dataclass(frozen=True)
class _Outcome:
    relation: str | None
    since: str | None
    until: str | None
    effect_unknown: bool


def _notification(action: Action, date: str | None, on: dt.date) -> tuple[Passed, str | None, str]:
    """Whether a denunciation was notified by ``on``, from when, and how that is known."""
    if date:
        return passed(date, on), date, ""
    notices = sorted(d for s in action.steps.values() if s.is_notification for d in s.dates)
    if notices:
        return passed(notices[0], on), notices[0], ""
    steps = sorted(
        ((d, s) for s in action.steps.values() for d in s.dates), key=lambda item: (item[0], item[1].iri)
    )
    if not steps:
        return "no", None, "its date is not in the graph"
    last, step = steps[-1]
    # Notifying follows the domestic steps: it may have happened from the last of them on.
    shown = step.label or "its last recorded step"
    return (
        ("no" if passed(last, on) == "no" else "maybe"),
        last,
        (f"the notification date is not in the graph; {shown} is dated {_shown(last)}"),
    )


def _outcome(actions: list[Action], reading: _Reading, on: dt.date, assume: bool) -> _Outcome:
    """The relation on ``on`` with uncertain dates taken as passed (``assume``) or not."""

    def done(status: Passed) -> bool:
        return status == "yes" or (assume and status == "maybe")

    ended: list[str] = []
    notified: list[tuple[str, str | None]] = []
    bound: list[str] = []
    signed: list[str] = []
    effect_unknown = False
    for action in actions:
        date, effective = reading.dates[action.iri]
        kind = action.kind
        if kind == "cessation":
            if date and done(passed(date, on)):
                ended.append(date)
        elif kind == "denunciation":
            status, since, _ = _notification(action, date, on)
            if effective and done(passed(effective, on)):
                ended.append(effective)
            elif done(status) and since:
                notified.append((since, effective))
                effect_unknown = effect_unknown or not effective
        elif kind == "binding":
            if date and done(passed(date, on)):
                bound.append(date)
        elif date and done(passed(date, on)):
            signed.append(date)
    if ended:
        return _Outcome("no longer party", max(ended), None, False)
    if notified:
        since, effective = min(notified, key=lambda n: n[0])
        return _Outcome("withdrawal notified", since, effective, effect_unknown)
    if bound:
        return _Outcome("party", min(bound), None, False)
    if signed:
        return _Outcome("signatory", min(signed), None, False)
    return _Outcome(None, None, None, False)


def _describe(outcome: _Outcome) -> str:
    if outcome.relation == "withdrawal notified":
        if outcome.effect_unknown:
            return "withdrawal notified, effect date unknown"
        return f"withdrawal notified, takes effect {_shown(outcome.until or '')}"
    return outcome.relation or "no relation recorded"


def cell_on(state: str, treaty: str, actions: list[Action], statements: list[Statement], on: dt.date) -> Cell:
    """The relation of ``state`` to ``treaty`` on ``on``, with its reasons and disagreements."""
    reading = _default_reading(actions)
    late = _outcome(actions, reading, on, assume=False)
    early = _outcome(actions, reading, on, assume=True)
    certain = late.relation == early.relation
    notes = _precision_notes(actions, reading, on)
    description = _describe(late)
    if not certain:
        description = f"{_describe(late)} or {_describe(early)}"
    if late.relation is None and certain:
        description = _implied(actions, reading, on, notes) or description
    disagreements = _disagreements(actions, reading, on)
    if any(d.changes_cell for d in disagreements):
        notes.append("sources disagree on a date that changes this cell; see the dates below")
    return Cell(
        state=state,
        treaty=treaty,
        date=on.isoformat(),
        relation=late.relation,
        description=description,
        since=late.since,
        until=late.until,
        certain=certain,
        possible=[] if certain else [late.relation, early.relation],
        notes=notes,
        actions=sorted(actions, key=lambda a: (_order(a), a.iri)),
        disagreements=disagreements,
        statements=statements,
    )


def _order(action: Action) -> int:
    return ["signature", "binding", "denunciation", "cessation"].index(action.kind)


def _precision_notes(actions: list[Action], reading: _Reading, on: dt.date) -> list[str]:
    notes = []
    for action in actions:
        date, effective = reading.dates[action.iri]
        name = _KIND_NAMES[action.kind]
        for what, value in ((name, date), (f"{name} taking effect", effective)):
            if value and passed(value, on) == "maybe":
                span = _span(value)
                precision = span.precision if span else "unknown"
                notes.append(
                    f"{what} dated {_shown(value)} ({precision} only): it may fall before or "
                    f"after {_shown(on.isoformat())}"
                )
        if action.kind == "denunciation":
            status, _, how = _notification(action, date, on)
            if how and (status != "no" or not action.steps):
                notes.append(f"denunciation: {how}")
            if not effective and action.rules and status != "no":
                rules = "; ".join(sorted(action.rules))
                notes.append(f"effective date not stated; sources give the rule: {rules}")
    return notes


_KIND_NAMES = {
    "signature": "signature",
    "binding": "ratification",
    "denunciation": "denunciation",
    "cessation": "cessation of party status",
}


def _implied(actions: list[Action], reading: _Reading, on: dt.date, notes: list[str]) -> str | None:
    """A later denunciation or cessation shows the state was party before it, though the graph
    has no ratification to say from when: the cell says so rather than "no relation"."""
    if any(a.kind == "binding" and reading.dates[a.iri][0] for a in actions):
        return None
    later = sorted(
        d
        for a in actions
        if a.kind in ("denunciation", "cessation")
        for d in [reading.dates[a.iri][0] or _notification(a, None, on)[1]]
        if d and passed(d, on) == "no"
    )
    if not later:
        return None
    notes.append(
        "a later denunciation or cessation shows the state was party before it; "
        "the date it became party is not in the graph"
    )
    return f"party at some time before {_shown(later[0])} (joining date not recorded)"


def _disagreements(actions: list[Action], reading: _Reading, on: dt.date) -> list[Disagreement]:
    found = []
    for action in actions:
        for prop, values, index in ((TG.date, action.dates, 0), (TG.effectiveDate, action.effective, 1)):
            groups = _clusters(values)
            if len(groups) < 2:
                continue
            entries = []
            for group in groups:
                value = _value(group)
                dates = dict(reading.dates)
                pair = list(dates[action.iri])
                pair[index] = value
                dates[action.iri] = (pair[0], pair[1])
                alternative = _Reading(dates)
                late = _outcome(actions, alternative, on, assume=False)
                early = _outcome(actions, alternative, on, assume=True)
                entries.append(
                    {
                        "value": value,
                        "sources": [asdict(s) for s in _sources_of(group)],
                        "relation": late.relation,
                        "description": _describe(late)
                        if late.relation == early.relation
                        else f"{_describe(late)} or {_describe(early)}",
                        "chosen": value == reading.dates[action.iri][index],
                    }
                )
            changes = len({e["description"] for e in entries}) > 1
            found.append(Disagreement(action.iri, prop, entries, changes))
    return found


# --- the chart ----------------------------------------------------------------------------------


def chart(
    store: Store,
    base: str,
    registry_graph: str,
    on: dt.date,
    states: Iterable[str] = (),
    treaties: Iterable[str] = (),
) -> list[Cell]:
    """Every (state, treaty) cell on ``on`` that the graph holds an action or statement for, in one
    query; narrowed to ``states`` and ``treaties`` when given."""
    rows = store.query(status_query(states, treaties)).text_rows()
    return cells_from_rows(rows, base, registry_graph, on)


def cells_from_rows(
    rows: Iterable[dict[str, str]], base: str, registry_graph: str, on: dt.date
) -> list[Cell]:
    """The cells of :func:`chart` from its query's rows (pure)."""
    actions, statements = read_rows(rows, base, registry_graph)
    pairs = sorted(set(actions) | set(statements))
    return [cell_on(s, t, actions.get((s, t), []), statements.get((s, t), []), on) for s, t in pairs]


# --- a query that reproduces a cell -------------------------------------------------------------


def _last_day(var: str) -> str:
    """SPARQL for the last day a date covers, as text: "1998" → "1998-12-31", "1998-03" → "1998-03-31"
    (a string upper bound is enough for comparing with a full date)."""
    return (
        f'IF(STRLEN(STR({var})) = 4, CONCAT(STR({var}), "-12-31"), '
        f'IF(STRLEN(STR({var})) = 7, CONCAT(STR({var}), "-31"), SUBSTR(STR({var}), 1, 10)))'
    )


def reproducing_query(state: str, treaty: str, on: dt.date, registry_graph: str) -> str:
    """A standalone SPARQL query giving the relation of one cell, with absolute IRIs only, so that
    it runs unchanged in any SPARQL 1.1 client against this graph.

    It counts a date once its whole period has passed (a year-only date at the year's end), and
    prefers the registry's date where the registry gives one, as the chart does; where documents
    alone disagree it counts the earliest date, which the chart lists among the disagreements.
    """
    prefixes = sparql_prefixes("tg", "xsd", "schema")

    def happened(classes: Iterable[str], prop: str = "tg:date") -> str:
        values = " ".join(f"<{c}>" for c in sorted(classes))
        return f"""EXISTS {{
      VALUES ?kind {{ {values} }}
      ?a a ?kind ; tg:state ?state ; tg:treaty ?treaty .
      {{ GRAPH <{registry_graph}> {{ ?a {prop} ?d }} }}
      UNION
      {{ GRAPH ?g {{ ?a {prop} ?d }} FILTER(?g != <{registry_graph}>)
        FILTER NOT EXISTS {{ GRAPH <{registry_graph}> {{ ?a {prop} ?r }} }} }}
      FILTER({_last_day("?d")} <= STR(?on))
    }}"""

    notified = f"""EXISTS {{
      ?a a <{TG.Denunciation}> ; tg:state ?state ; tg:treaty ?treaty .
      {{ ?a tg:date ?d }} UNION {{ ?n a <{TG.Notification}> ; schema:superEvent ?a ; tg:date ?d }}
      FILTER({_last_day("?d")} <= STR(?on))
    }}"""
    return f"""{prefixes}
# The relation of one state to one treaty on one date, as the status chart reads it.
SELECT ?state ?treaty ?on ?relation WHERE {{
  VALUES (?state ?treaty ?on) {{ (<{state}> <{treaty}> "{on.isoformat()}"^^xsd:date) }}
  BIND({happened(_ENDING)} || {happened(_DENOUNCING, "tg:effectiveDate")} AS ?ended)
  BIND({notified} AS ?notified)
  BIND({happened(_BINDING)} AS ?bound)
  BIND({happened(_SIGNING)} AS ?signed)
  BIND(IF(?ended, "no longer party",
       IF(?notified, "withdrawal notified",
       IF(?bound, "party",
       IF(?signed, "signatory", "none")))) AS ?relation)
}}"""
