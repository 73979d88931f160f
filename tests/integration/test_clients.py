"""Standard SPARQL clients, unmodified, against a real uvicorn server: SPARQLWrapper, rdflib's
SPARQLStore and the curl binary; plus the README's own curl example against the loaded corpus."""

from __future__ import annotations

import csv
import gc
import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from xml.dom.minidom import Document, Text

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, POST, RDFXML, TURTLE, XML, SPARQLWrapper
from typer.testing import CliRunner

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore
from treatygraph.cli import app as cli
from treatygraph.service import build_app
from treatygraph.settings import PROJECT_ROOT, Settings

Serve = Callable[[object], AbstractContextManager[str]]

ID = "https://w3id.org/treatygraph/id/"
GRAPH = ID + "graph/clients"
DATA = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix id: <https://w3id.org/treatygraph/id/> .
id:org\\/cpt a tg:MonitoringBody ; skos:prefLabel "CPT"@en ; tg:monitors id:treaty\\/cets-126 .
id:treaty\\/cets-126 a tg:Treaty ; skos:prefLabel "European Convention for the Prevention of Torture"@en ;
    schema:legislationIdentifier "CETS No. 126" .
id:state\\/rus a tg:State ; skos:prefLabel "Russian Federation"@en ; tg:partyTo id:treaty\\/un-cat .
"""
TRIPLES = [q.triple for q in ox.parse(DATA, format=ox.RdfFormat.TURTLE)]

LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?label WHERE { ?entity skos:prefLabel ?label } ORDER BY ?label"""
EXPECTED_LABELS = [
    (ID + "org/cpt", "CPT"),
    (ID + "treaty/cets-126", "European Convention for the Prevention of Torture"),
    (ID + "state/rus", "Russian Federation"),
]
ASK_MONITORS = """PREFIX tg: <https://w3id.org/treatygraph/def#>
PREFIX id: <https://w3id.org/treatygraph/id/>
ASK { id:org\\/cpt tg:monitors id:treaty\\/cets-126 }"""
CONSTRUCT_ALL = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def endpoint(serve_app: Serve) -> Iterator[str]:
    """The /sparql URL of a real server over a small published dataset."""
    store = EmbeddedStore(None)
    store.replace_graph(GRAPH, TRIPLES)
    with serve_app(create_app(ApiConfig(), store)) as base_url:
        yield base_url + "/sparql"
    store.close()


def wrapper(endpoint: str, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def as_rdflib(triples: list[ox.Triple]) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


# --- SPARQLWrapper ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_select_json(endpoint: str, method: str) -> None:
    client = wrapper(endpoint, LABELS, JSON)
    client.setMethod(method)
    answer = client.query().convert()
    assert isinstance(answer, dict)
    rows = [(b["entity"]["value"], b["label"]["value"]) for b in answer["results"]["bindings"]]
    assert rows == EXPECTED_LABELS
    assert answer["results"]["bindings"][0]["label"]["xml:lang"] == "en"


def texts(document: object, tag: str) -> list[str]:
    """The text inside each ``tag`` element of a DOM document SPARQLWrapper converted."""
    assert isinstance(document, Document)
    found = []
    for node in document.getElementsByTagName(tag):
        assert isinstance(node.firstChild, Text)
        found.append(node.firstChild.data)
    return found


def test_sparqlwrapper_select_xml(endpoint: str) -> None:
    document = wrapper(endpoint, LABELS, XML).query().convert()
    assert texts(document, "literal") == [label for _, label in EXPECTED_LABELS]


def test_sparqlwrapper_select_csv(endpoint: str) -> None:
    body = wrapper(endpoint, LABELS, CSV).query().convert()
    assert isinstance(body, bytes)
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["entity", "label"]
    assert [tuple(r) for r in rows[1:]] == EXPECTED_LABELS


def test_sparqlwrapper_ask(endpoint: str) -> None:
    holds = wrapper(endpoint, ASK_MONITORS, JSON).query().convert()
    refuted = wrapper(endpoint, ASK_MONITORS.replace("cets-126", "un-cat"), JSON).query().convert()
    assert isinstance(holds, dict) and isinstance(refuted, dict)
    assert (holds["boolean"], refuted["boolean"]) == (True, False)
    assert texts(wrapper(endpoint, ASK_MONITORS, XML).query().convert(), "boolean") == ["true"]


def test_sparqlwrapper_construct_turtle(endpoint: str) -> None:
    body = wrapper(endpoint, CONSTRUCT_ALL, TURTLE).query().convert()
    assert isinstance(body, bytes)
    graph = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert isomorphic(graph, as_rdflib(TRIPLES))


@pytest.mark.parametrize("fmt", [RDFXML, JSONLD])
def test_sparqlwrapper_construct_converted_to_a_graph(endpoint: str, fmt: str) -> None:
    graph = wrapper(endpoint, CONSTRUCT_ALL, fmt).query().convert()
    assert isinstance(graph, rdflib.Graph)
    assert isomorphic(graph, as_rdflib(TRIPLES))


# --- rdflib SPARQLStore: the endpoint as a read-only rdflib Graph --------------------------------


def test_rdflib_sparqlstore_iterates_triples(endpoint: str) -> None:
    graph = rdflib.Graph(store=SPARQLStore(endpoint))
    found = set(graph.triples((None, None, None)))
    assert found == set(as_rdflib(TRIPLES))
    cpt = rdflib.URIRef(ID + "org/cpt")
    skos_label = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
    assert graph.value(cpt, skos_label) == rdflib.Literal("CPT", lang="en")
    assert (cpt, rdflib.RDF.type, rdflib.URIRef("https://w3id.org/treatygraph/def#MonitoringBody")) in graph


def test_rdflib_sparqlstore_queries_through(endpoint: str) -> None:
    graph = rdflib.Graph(store=SPARQLStore(endpoint))
    rows = [(str(r.entity), str(r.label)) for r in graph.query(LABELS)]  # type: ignore[union-attr]
    assert rows == EXPECTED_LABELS
    assert graph.query(ASK_MONITORS).askAnswer is True
    constructed = graph.query(CONSTRUCT_ALL).graph
    assert constructed is not None and isomorphic(constructed, as_rdflib(TRIPLES))


# --- curl ------------------------------------------------------------------------------------


def curl(*args: str) -> tuple[int, str, bytes]:
    """Run the real curl; returns (status, content type, body)."""
    binary = shutil.which("curl")
    if binary is None:
        raise RuntimeError("the curl binary is missing from PATH")
    done = subprocess.run(
        [binary, "--silent", "--show-error", "--write-out", "\n%{http_code} %{content_type}", *args],
        capture_output=True,
        check=True,
        timeout=60,
    )
    body, _, trailer = done.stdout.rpartition(b"\n")
    status, _, media = trailer.decode().partition(" ")
    return int(status), media, body


def check_results(media: str, body: bytes) -> None:
    text = body.decode("utf-8")
    if media.endswith("json"):
        labels = [b["label"]["value"] for b in json.loads(text)["results"]["bindings"]]
    elif media.endswith("xml"):
        ns = "{http://www.w3.org/2005/sparql-results#}"
        labels = [e.text or "" for e in ET.fromstring(text).iter(ns + "literal")]
    elif "tab-separated" in media:  # TSV holds terms in their SPARQL syntax: "CPT"@en
        rows = [line.split("\t") for line in text.splitlines()]
        assert rows[0] == ["?entity", "?label"]
        labels = [re.sub(r'^"(.*)"@en$', r"\1", row[1]) for row in rows[1:]]
    else:
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["entity", "label"]
        labels = [row[1] for row in rows[1:]]
    assert labels == [label for _, label in EXPECTED_LABELS]


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
@pytest.mark.parametrize("how", ["get", "post-form", "post-direct"])
def test_curl_select_in_each_results_format(endpoint: str, accept: str, media: str, how: str) -> None:
    header = ["-H", f"Accept: {accept}"]
    if how == "get":
        args = [*header, "--get", "--data-urlencode", f"query={LABELS}", endpoint]
    elif how == "post-form":
        args = [*header, "--data-urlencode", f"query={LABELS}", endpoint]
    else:
        args = [*header, "-H", "Content-Type: application/sparql-query", "--data-binary", LABELS, endpoint]
    status, content_type, body = curl(*args)
    assert status == 200, body
    assert content_type.split(";")[0] == media
    check_results(media, body)


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_curl_construct_in_each_rdf_format(endpoint: str, accept: str, fmt: ox.RdfFormat) -> None:
    status, content_type, body = curl(
        "-H", f"Accept: {accept}", "--data-urlencode", f"query={CONSTRUCT_ALL}", endpoint
    )
    assert status == 200, body
    assert content_type.split(";")[0] == accept
    assert {q.triple for q in ox.parse(body, format=fmt)} == set(TRIPLES)


def test_curl_unavailable_format_is_406(endpoint: str) -> None:
    status, content_type, body = curl(
        "-H", "Accept: image/png", "--data-urlencode", f"query={LABELS}", endpoint
    )
    assert status == 406
    assert content_type.startswith("text/plain")
    assert b"application/sparql-results+json" in body  # names what could have been sent


# --- the README's example ------------------------------------------------------------------------


def readme_curl_example() -> str:
    """The first shell block of README.md that runs curl."""
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    blocks: list[str] = re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL)
    found = [b for b in blocks if re.match(r"\s*curl\b", b)]
    assert found, "README.md has no curl example"
    return found[0]


@pytest.fixture(scope="module")
def corpus_server(serve_app: Serve, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real server over the bundled corpus, loaded the way the README says (`treatygraph load`)."""
    store_dir: Path = tmp_path_factory.mktemp("readme-store")
    loaded = CliRunner().invoke(cli, ["--store", str(store_dir), "load"])
    assert loaded.exit_code == 0, loaded.output
    gc.collect()  # the CLI's store releases its directory lock when collected
    with serve_app(build_app(Settings.load({"store": str(store_dir)}, {}))) as base_url:
        yield base_url


def test_readme_curl_example_answers(corpus_server: str) -> None:
    command = readme_curl_example().replace("http://127.0.0.1:8000", corpus_server)
    assert corpus_server in command, "the README example does not target http://127.0.0.1:8000"
    done = subprocess.run(
        [
            "bash",
            "-c",
            "set -euo pipefail\n" + command.replace("curl ", "curl --fail --silent --show-error ", 1),
        ],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode()
    rows = list(csv.reader(io.StringIO(done.stdout.decode("utf-8"))))
    assert rows[0] == ["treaty"]
    treaties = {row[0] for row in rows[1:]}
    assert any("Prevention of Torture" in t for t in treaties), treaties
