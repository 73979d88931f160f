"""Where sources disagree: claims on one subject and one single-valued property with different values.

A claim also conflicts with the reference registry's authoritative value for the same subject and
property. Two values only conflict when neither refines the other: "1998" and "1998-03-28" agree
(a year and a day in it), "1996" and "1998" do not. Signing in 1996 and ratifying in 1998 are
claims about two different events, so they never meet here. Where the registry holds a value,
each claim says whether it agrees with it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from graph import Store
from ontology.namespaces import sparql_prefixes

__all__ = ["CONFLICTS_QUERY", "Conflict", "ConflictingClaim", "find_conflicts"]

SINGLE_VALUED = (
    "tg:date",
    "tg:effectiveDate",
    "tg:effectiveRule",
    "tg:startDate",
    "tg:endDate",
    "tg:pageCount",
    "schema:value",
)

CONFLICTS_QUERY = (
    sparql_prefixes("tg", "rdf", "skos", "schema", "prov", "dct", "oa")
    + """
SELECT DISTINCT ?subject ?label ?property ?value ?doc ?title ?quote ?sentence ?claim
WHERE {
  VALUES ?property { $PROPERTIES }
  GRAPH ?g1 { ?claim a tg:Claim ; rdf:subject ?subject ; rdf:predicate ?property ;
                     rdf:object ?value ; prov:wasDerivedFrom ?doc ; tg:evidence ?ev . }
  {
    GRAPH ?g2 { ?other a tg:Claim ; rdf:subject ?subject ; rdf:predicate ?property ;
                       rdf:object ?otherValue . }
  } UNION {
    GRAPH <$REGISTRY> { ?subject ?property ?otherValue }
  }
  FILTER(!BOUND(?g2) || ?g1 != ?g2)
  FILTER(!STRSTARTS(STR(?value), STR(?otherValue)) && !STRSTARTS(STR(?otherValue), STR(?value)))
  GRAPH ?g1 { ?ev oa:hasSelector/oa:exact ?quote . OPTIONAL { ?ev tg:sentence/rdf:value ?sentence } }
  OPTIONAL { ?doc dct:title ?title }
  OPTIONAL { ?subject skos:prefLabel ?label }
}
ORDER BY ?subject ?property ?value ?doc
""".replace("$PROPERTIES", " ".join(SINGLE_VALUED))
)

REFERENCE_QUERY = """
PREFIX dct: <http://purl.org/dc/terms/>
SELECT DISTINCT ?value ?source WHERE {{
  GRAPH <{graph}> {{ <{subject}> <{property}> ?value . OPTIONAL {{ <{subject}> dct:source ?source }} }}
}}
"""


@dataclass
class ConflictingClaim:
    value: str
    document: str
    title: str | None
    quote: str
    sentence: str | None
    claim: str
    agrees_with_reference: bool | None = None


@dataclass
class Conflict:
    subject: str
    label: str | None
    property: str
    claims: list[ConflictingClaim] = field(default_factory=list)
    reference: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def find_conflicts(store: Store, registry_graph: str) -> list[Conflict]:
    """Every disagreement between sources, with each side's evidence and the reference value."""
    conflicts: dict[tuple[str, str], Conflict] = {}
    query = CONFLICTS_QUERY.replace("$REGISTRY", registry_graph)
    for row in store.query(query).text_rows():
        key = (row["subject"], row["property"])
        conflict = conflicts.get(key)
        if conflict is None:
            label = row.get("label")
            conflict = conflicts[key] = Conflict(key[0], label, key[1])
        title, sentence = row.get("title"), row.get("sentence")
        conflict.claims.append(
            ConflictingClaim(
                value=row["value"],
                document=row["doc"],
                title=title,
                quote=row["quote"],
                sentence=sentence,
                claim=row["claim"],
            )
        )
    for conflict in conflicts.values():
        _attach_reference(store, registry_graph, conflict)
    return list(conflicts.values())


def _attach_reference(store: Store, registry_graph: str, conflict: Conflict) -> None:
    query = REFERENCE_QUERY.format(graph=registry_graph, subject=conflict.subject, property=conflict.property)
    for row in store.query(query).text_rows():
        conflict.reference.append({"value": row["value"], "source": row.get("source", "")})
    references = [r["value"] for r in conflict.reference]
    if not references:
        return
    for claim in conflict.claims:
        claim.agrees_with_reference = any(
            ref.startswith(claim.value) or claim.value.startswith(ref) for ref in references
        )
