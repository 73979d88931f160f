"""The SPARQL editor (``/editor``, and ``/sparql`` for browsers): CodeMirror with the SPARQL mode,
prefixes filled in, example queries answering the research questions, results as a linked table
with a chart where one suits them, and downloads of the results in each format the endpoint offers.

The editor posts to ``/sparql`` itself, so it runs under the endpoint's limits and timeouts; the
page holds a plain form too, which works without scripts. ``/editor?query=...`` opens with that
query and runs it, so a link reproduces a query and its results. Completion reads the vocabulary
the server publishes (``/def`` and ``/shapes``, as N-Triples) and entity labels (``/api/search``).

The examples are written with the dataset's keys (``<state/rus>``) for legibility and served with
those resolved against the configured base, so each runs unchanged in any SPARQL client: a
relative IRI needs a base IRI that only this server would supply.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from api.config import services
from api.pages.render import render
from ontology.layout import DEFAULT_BASE
from ontology.namespaces import PREFIXES as NAMESPACES
from ontology.namespaces import sparql_prefixes

__all__ = ["EXAMPLES", "PREFIXES", "Example", "editor_response", "resolve_keys", "router"]

router = APIRouter()

PREFIXES = sparql_prefixes("tg", "skos", "schema", "org", "prov", "dct", "oa", "rdf", "rdfs", "xsd")


# An IRI reference with no scheme (``<state/rus>``): a key of the dataset, relative to the base.
_RELATIVE = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.-]*:)([^<>\"{}|^`\\\s]*)>")


def resolve_keys(sparql: str, base: str) -> str:
    """``<state/rus>`` → ``<https://w3id.org/treatygraph/id/state/rus>`` for ``base``."""
    return _RELATIVE.sub(lambda m: f"<{base}{m.group(1)}>", sparql)


@dataclass(frozen=True)
class Example:
    title: str
    question: str
    body: str

    def query_for(self, base: str) -> str:
        """The full query, prefixes then body, with every IRI absolute (keys resolved on ``base``)."""
        return PREFIXES + "\n" + resolve_keys(self.body.strip(), base) + "\n"

    @property
    def query(self) -> str:
        """The query for the default base (``https://w3id.org/treatygraph/id/``)."""
        return self.query_for(DEFAULT_BASE)


EXAMPLES: tuple[Example, ...] = (
    Example(
        "Who can still inspect Russian detention facilities?",
        "Bodies that a treaty establishes or that monitor a treaty Russia (or the Soviet Union, "
        "which it continues) became party to, where no source records Russia leaving that treaty.",
        """
SELECT DISTINCT ?body ?bodyName ?treaty ?treatyName ?function WHERE {
  { ?treaty tg:establishes ?body } UNION { ?body tg:monitors ?treaty }
  { SELECT DISTINCT ?treaty WHERE {
      { <state/rus> tg:partyTo ?treaty }
      UNION { VALUES ?state { <state/rus> <state/sun> }
              VALUES ?joiningType { tg:Ratification tg:Accession tg:Succession }
              ?joining a ?joiningType ; tg:state ?state ; tg:treaty ?treaty } } }
  FILTER NOT EXISTS {
    ?leaving tg:state <state/rus> ; tg:treaty ?treaty .
    { ?leaving a tg:Denunciation } UNION { ?leaving a tg:CessationOfParty }
  }
  ?body skos:prefLabel ?bodyName . ?treaty skos:prefLabel ?treatyName .
  OPTIONAL { ?body tg:function ?function }
}
ORDER BY ?bodyName""",
    ),
    Example(
        "Which treaties against torture still bind Russia?",
        "Treaties named for torture that Russia or the Soviet Union joined, less those Russia denounced "
        "or ceased to be party to, with the date each denunciation takes effect where known.",
        """
SELECT DISTINCT ?treaty ?name ?status ?effective WHERE {
  ?treaty skos:prefLabel ?name .
  FILTER(CONTAINS(LCASE(?name), "torture"))
  { SELECT DISTINCT ?treaty WHERE {
      { <state/rus> tg:partyTo ?treaty }
      UNION { VALUES ?state { <state/rus> <state/sun> }
              VALUES ?joiningType { tg:Ratification tg:Accession tg:Succession }
              ?joining a ?joiningType ; tg:state ?state ; tg:treaty ?treaty } } }
  OPTIONAL {
    ?leaving tg:state <state/rus> ; tg:treaty ?treaty .
    { ?leaving a tg:Denunciation } UNION { ?leaving a tg:CessationOfParty }
    OPTIONAL { ?leaving tg:effectiveDate ?effective }
  }
  BIND(IF(BOUND(?leaving), "denounced", "still binding") AS ?status)
}
ORDER BY ?status ?name""",
    ),
    Example(
        "What did each Ukrainian official say?",
        "Statements by people who hold a role for Ukraine and by Ukrainian national bodies, with "
        "their words and the article reporting them.",
        """
SELECT DISTINCT ?speaker ?name ?role ?quote ?document WHERE {
  ?statement a tg:Statement ; tg:speaker ?speaker ; tg:quote ?quote .
  ?speaker skos:prefLabel ?name .
  { ?membership org:member ?speaker ; org:organization <state/ukr> .
    OPTIONAL { ?membership org:role/skos:prefLabel ?role } }
  UNION { ?speaker a tg:NationalBody . FILTER(STRSTARTS(STR(?speaker), STR(<org/ua->))) }
  OPTIONAL { ?claim rdf:subject ?statement ; rdf:predicate tg:quote ; prov:wasDerivedFrom ?document }
}
ORDER BY ?name""",
    ),
    Example(
        "Where do sources disagree?",
        "The same single-valued fact (a date, an effective date, a number) stated with different "
        "values by different documents.",
        """
SELECT DISTINCT ?subject ?label ?property ?value ?document ?quote WHERE {
  VALUES ?property { tg:date tg:effectiveDate tg:startDate tg:endDate tg:pageCount schema:value }
  GRAPH ?g1 { ?claim a tg:Claim ; rdf:subject ?subject ; rdf:predicate ?property ;
                     rdf:object ?value ; prov:wasDerivedFrom ?document ;
                     tg:evidence/oa:hasSelector/oa:exact ?quote . }
  GRAPH ?g2 { ?other a tg:Claim ; rdf:subject ?subject ; rdf:predicate ?property ; rdf:object ?otherValue . }
  FILTER(?g1 != ?g2)
  FILTER(!STRSTARTS(STR(?value), STR(?otherValue)) && !STRSTARTS(STR(?otherValue), STR(?value)))
  OPTIONAL { ?subject skos:prefLabel ?label }
}
ORDER BY ?subject ?property ?value""",
    ),
    Example(
        "Russia's treaty actions in date order",
        "Signatures, ratifications, denunciations and their steps, with dates as precise as the "
        "sources give them.",
        """
SELECT DISTINCT ?action ?label ?type ?date ?effective WHERE {
  ?action tg:state <state/rus> ; a ?type .
  OPTIONAL { ?action skos:prefLabel ?label }
  OPTIONAL { ?action tg:date ?date }
  OPTIONAL { ?action tg:effectiveDate ?effective }
}
ORDER BY ?date""",
    ),
    Example(
        "The facts about the ECPT and the words that state them",
        "Every claim whose subject is the convention, with the document and quote it comes from.",
        """
SELECT DISTINCT ?property ?value ?quote ?document WHERE {
  ?claim a tg:Claim ; rdf:subject <treaty/cets-126> ; rdf:predicate ?property ; rdf:object ?value ;
         prov:wasDerivedFrom ?document ; tg:evidence/oa:hasSelector/oa:exact ?quote .
}
ORDER BY ?property""",
    ),
    Example(
        "A CONSTRUCT: the CPT's neighbourhood as a graph",
        "Triples about the CPT and the things it links to, for download as Turtle or JSON-LD.",
        """
CONSTRUCT { <org/cpt> ?p ?o . ?o skos:prefLabel ?label }
WHERE { <org/cpt> ?p ?o . OPTIONAL { ?o skos:prefLabel ?label } }""",
    ),
)


def editor_response(request: Request) -> HTMLResponse:
    """The editor page, with ``?query=`` (if given) in the editor instead of the first example."""
    base = services(request).config.base_iri
    given = request.query_params.get("query")
    examples = [(ex, ex.query_for(base)) for ex in EXAMPLES]
    return render(
        request,
        "editor.html",
        {
            "examples": examples,
            "initial": given if given is not None else examples[0][1],
            "run_on_load": given is not None,
            "base": base,
            "prefixes": json.dumps(NAMESPACES),
        },
        headers={"Vary": "Accept"},
    )


@router.get("/editor", response_class=HTMLResponse)
async def editor(request: Request) -> HTMLResponse:
    """The SPARQL editor."""
    return editor_response(request)
