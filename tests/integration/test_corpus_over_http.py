"""The real corpus, loaded by the CLI into a real embedded store, questioned over HTTP."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import httpx
import pytest
from servers import SERVERS, server_named
from typer.testing import CliRunner

from treatygraph.cli import app as cli
from treatygraph.service import build_app
from treatygraph.settings import Settings

MakeClient = Callable[[object], AbstractContextManager[httpx.Client]]

PREFIXES = """
PREFIX tg: <https://w3id.org/treatygraph/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX id: <https://w3id.org/treatygraph/id/>
"""


@pytest.fixture(scope="module", params=["embedded", *SERVERS])
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The corpus loaded by the CLI into each store; the settings' variables pointing at it."""
    if request.param == "embedded":
        environ = {"TREATYGRAPH_STORE": str(tmp_path_factory.mktemp("store"))}
    else:
        server = server_named(request, request.param)
        server.clear()
        environ = server.environ()
    result = CliRunner().invoke(cli, ["load"], env=environ)
    assert result.exit_code == 0, result.output
    return environ


@pytest.fixture(scope="module")
def client(loaded: dict[str, str], make_client: MakeClient) -> Iterator[httpx.Client]:
    with make_client(build_app(Settings.load({}, loaded))) as http:
        yield http


def select(client: httpx.Client, query: str) -> list[dict[str, str]]:
    response = client.get("/sparql", params={"query": PREFIXES + query}, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.text
    return list(csv.DictReader(io.StringIO(response.text)))


def test_every_document_has_its_own_graph(client: httpx.Client) -> None:
    rows = select(client, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a tg:SourceDocument } }")
    graphs = {row["g"] for row in rows}
    assert len(graphs) == 5
    assert all(g.startswith("https://w3id.org/treatygraph/id/graph/doc/") for g in graphs)


def test_treaty_russia_withdrew_from_and_date_law_was_signed(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT DISTINCT ?treaty ?date WHERE {
             ?withdrawal a tg:Denunciation ; tg:state id:state\\/rus ; tg:treaty ?treaty .
             ?signing a tg:LawSigning ; schema:superEvent ?withdrawal ; tg:date ?date .
           }""",
    )
    assert {r["treaty"] for r in rows} == {"https://w3id.org/treatygraph/id/treaty/cets-126"}
    assert "2025-09-29" in {r["date"] for r in rows}


def test_who_submitted_the_bill_and_to_which_body(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT DISTINCT ?who ?body ?date WHERE {
             ?bill a tg:BillSubmission ; tg:agent ?who ; tg:submittedTo ?body .
             OPTIONAL { ?bill tg:date ?date }
           }""",
    )
    assert {(r["who"], r["body"]) for r in rows} == {
        (
            "https://w3id.org/treatygraph/id/person/vladimir-putin",
            "https://w3id.org/treatygraph/id/org/state-duma",
        )
    }
    assert "2025-09-08" in {r["date"] for r in rows}


def test_body_the_ecpt_establishes(client: httpx.Client) -> None:
    rows = select(client, "SELECT DISTINCT ?body WHERE { id:treaty\\/cets-126 tg:establishes ?body }")
    assert {r["body"] for r in rows} == {"https://w3id.org/treatygraph/id/org/cpt"}


def test_treaties_against_torture_that_still_bind_russia(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT DISTINCT ?treaty WHERE {
             id:state\\/rus tg:partyTo ?treaty .
             FILTER NOT EXISTS { ?d a tg:Denunciation ; tg:state id:state\\/rus ; tg:treaty ?treaty }
           }""",
    )
    treaties = {r["treaty"] for r in rows}
    assert "https://w3id.org/treatygraph/id/treaty/un-cat" in treaties
    assert "https://w3id.org/treatygraph/id/treaty/cets-126" not in treaties


def test_sentences_that_support_a_fact(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT DISTINCT ?doc ?sentence ?exact WHERE {
             GRAPH ?g {
               ?claim a tg:Claim ; rdf:subject id:treaty\\/cets-126 ; rdf:predicate tg:establishes ;
                      rdf:object id:org\\/cpt ; prov:wasDerivedFrom ?doc ; tg:evidence ?ev .
               ?ev tg:sentence/rdf:value ?sentence ; oa:hasSelector/oa:exact ?exact .
             }
           }""",
    )
    assert len({r["doc"] for r in rows}) >= 2, rows
    for row in rows:
        assert row["exact"] in row["sentence"]
        assert "establish" in row["sentence"].lower() or "created" in row["sentence"].lower()


def test_sources_disagree_on_when_russia_became_party_to_the_ecpt(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT DISTINCT ?date ?doc WHERE {
             GRAPH ?g {
               ?claim a tg:Claim ; rdf:subject id:action\\/rus-cets-126-ratification ;
                      rdf:predicate tg:date ; rdf:object ?date ; prov:wasDerivedFrom ?doc .
             }
           }""",
    )
    years = {r["date"][:4] for r in rows}
    assert {"1996", "1998"} <= years, rows
    by_year = {r["date"][:4]: r["doc"] for r in rows}
    assert by_year["1996"] != by_year["1998"]


def test_conflicts_view_lists_each_disagreement_with_evidence(client: httpx.Client) -> None:
    response = client.get("/api/conflicts")
    assert response.status_code == 200
    conflicts = {
        (c["subject"].rsplit("/", 1)[-1], c["property"].rsplit("#", 1)[-1]): c
        for c in response.json()["conflicts"]
    }
    # The year Russia became party to the ECPT: 1996 in one source, 1998 in others; the
    # registry's 28 March 1998 agrees with the second.
    ecpt = conflicts[("rus-cets-126-ratification", "date")]
    verdicts = {(claim["value"], claim["agrees_with_reference"]) for claim in ecpt["claims"]}
    assert ("1996", False) in verdicts and ("1998", True) in verdicts
    assert all(claim["quote"] and claim["document"] for claim in ecpt["claims"])
    # When Russia ratified the UN CAT: 1985 in one source, the USSR instrument of 1987 in the registry.
    cat = conflicts[("rus-un-cat-ratification", "date")]
    assert [c["value"] for c in cat["claims"]] == ["1985"]
    assert cat["reference"][0]["value"] == "1987-03-03"
    # When the withdrawal takes effect: two different rules from two sources.
    effect = conflicts[("rus-cets-126-denunciation", "effectiveRule")]
    assert len({c["document"] for c in effect["claims"]}) == 2
    # Signing (1996) and ratifying (1998) are different events, never a conflict.
    assert ("rus-cets-126-signature", "date") not in conflicts
