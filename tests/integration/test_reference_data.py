"""The field's reference data at work: documents about states and treaties outside the corpus,
loaded by the CLI into a real store and questioned over SPARQL."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import httpx
import pytest
from typer.testing import CliRunner

from treatygraph.cli import app as cli
from treatygraph.service import build_app
from treatygraph.settings import Settings

MakeClient = Callable[[object], AbstractContextManager[httpx.Client]]
ID = "https://w3id.org/treatygraph/id/"
PREFIXES = """
PREFIX tg: <https://w3id.org/treatygraph/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX id: <https://w3id.org/treatygraph/id/>
"""

DOCUMENTS = {
    "covenant": (
        "Two ratifications recalled\n\n"
        "Venezuela ratified the International Covenant on Civil and Political Rights in 1978. "
        "The Soviet Union ratified the ICCPR in 1973.\n"
    ),
    "capital-as-place": "Delegates from several regions gathered in Caracas for a conference on detention.\n",
    "capital-as-state": "Caracas rejected the ruling on Tuesday, officials said.\n",
    "names-in-names": "Chad Smith, a lawyer, said the Paris Agreement was not at issue.\n",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, make_client: MakeClient) -> Iterator[httpx.Client]:
    documents = tmp_path_factory.mktemp("documents")
    for name, text in DOCUMENTS.items():
        (documents / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {
            "title": name,
            "publisher": "Test Fixtures Daily",
            "date_published": "2024-01-15",
            "language": "en",
        }
        (documents / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    store = tmp_path_factory.mktemp("store")
    result = CliRunner().invoke(cli, ["--store", str(store), "load", str(documents)])
    assert result.exit_code == 0, result.output
    with make_client(build_app(Settings.load({"store": str(store)}, {}))) as http:
        yield http


def select(client: httpx.Client, query: str) -> list[dict[str, str]]:
    response = client.get("/sparql", params={"query": PREFIXES + query}, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.text
    return list(csv.DictReader(io.StringIO(response.text)))


def mentioned(client: httpx.Client, document: str) -> set[str]:
    """The entities a document's own graph says it mentions (keys)."""
    rows = select(
        client, f"SELECT DISTINCT ?e WHERE {{ GRAPH <{ID}graph/doc/{document}> {{ ?d schema:mentions ?e }} }}"
    )
    assert rows, f"nothing mentioned in {document}"
    return {r["e"].removeprefix(ID) for r in rows}


def test_every_un_member_and_observer_and_the_former_states_are_published(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT ?s ?code WHERE { GRAPH id:graph\\/registry {
             ?s a tg:State ; tg:iso3166Alpha3 ?code } }""",
    )
    codes = {r["code"] for r in rows}
    assert len(codes) == 200
    assert {"VEN", "BDI", "GMB", "PHL", "VAT", "PSE", "SUN", "YUG", "CSK", "DDR", "SCG"} <= codes
    members = select(
        client,
        """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH id:graph\\/registry {
             ?m org:member ?s ; org:organization id:org\\/un . ?s a tg:State
             FILTER NOT EXISTS { ?m org:role ?role } } }""",
    )
    assert members == [{"n": "193"}]


def test_ratifications_by_states_the_corpus_never_named(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT ?state ?date WHERE {
             ?r a tg:Ratification ; tg:state ?state ; tg:treaty id:treaty\\/iccpr ; tg:date ?date }""",
    )
    assert {(r["state"].removeprefix(ID), r["date"]) for r in rows} == {
        ("state/ven", "1978"),
        ("state/sun", "1973"),  # a former state, keyed by its ISO 3166-3 code
    }


def test_the_treaty_links_come_from_the_reference_data(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT ?body ?depositary WHERE {
             id:treaty\\/iccpr tg:establishes ?body ; tg:depositary ?depositary .
             ?body tg:monitors id:treaty\\/iccpr }""",
    )
    assert [(r["body"].removeprefix(ID), r["depositary"].removeprefix(ID)) for r in rows] == [
        ("org/ccpr", "org/un-sg")
    ]


def test_a_capital_after_in_is_the_city_not_the_state(client: httpx.Client) -> None:
    entities = mentioned(client, "capital-as-place")
    assert "place/caracas" in entities
    assert "state/ven" not in entities


def test_a_capital_that_acts_is_the_state(client: httpx.Client) -> None:
    assert "state/ven" in mentioned(client, "capital-as-state")


def test_state_and_capital_names_inside_longer_names_are_not_the_state(client: httpx.Client) -> None:
    entities = mentioned(client, "names-in-names")
    assert "state/tcd" not in entities  # "Chad Smith" is a person
    assert "state/fra" not in entities and "place/paris" not in entities  # the Paris Agreement
