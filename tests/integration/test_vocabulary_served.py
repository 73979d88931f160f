"""The ontology at /def and the shapes at /shapes: the vocabulary's IRIs dereference, in RDF and HTML."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from graph import EmbeddedStore
from treatygraph.service import api_config
from treatygraph.settings import Settings

MakeClient = Callable[[object], AbstractContextManager[httpx.Client]]

SETTINGS = Settings.load({}, {})
ONTOLOGY_IRI = "https://w3id.org/treatygraph/def"
TG = ONTOLOGY_IRI + "#"
OWL = "http://www.w3.org/2002/07/owl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

FORMATS = [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
]


def parsed_files(files: list[Path]) -> list[ox.Triple]:
    return [q.triple for f in files for q in ox.parse(path=f, rename_blank_nodes=True)]


def parsed(response: httpx.Response, fmt: ox.RdfFormat) -> list[ox.Triple]:
    assert response.status_code == 200, response.text
    return [q.triple for q in ox.parse(response.content, format=fmt)]


@pytest.fixture(scope="module")
def client(make_client: MakeClient) -> Iterator[httpx.Client]:
    # A deployment under its own domain, minting its own data IRIs.
    settings = replace(
        SETTINGS, base_iri="https://treaties.example.org/id/", public_url="https://treaties.example.org"
    )
    store = EmbeddedStore(None)
    with make_client(create_app(api_config(settings), store)) as http:
        yield http
    store.close()


def test_ontology_served_whole_in_turtle_by_default(client: httpx.Client) -> None:
    response = client.get("/def")
    assert response.headers["content-type"].startswith("text/turtle")
    triples = parsed(response, ox.RdfFormat.TURTLE)
    assert len(triples) == len(parsed_files(SETTINGS.ontology_files()))
    subjects = {t.subject for t in triples if str(t.predicate.value) == RDF_TYPE}
    # The vocabulary keeps its w3id identity whatever host and data base serve it.
    assert ox.NamedNode(ONTOLOGY_IRI) in subjects
    assert ox.NamedNode(TG + "Treaty") in subjects
    assert not any("treaties.example.org" in str(t) for t in triples)


@pytest.mark.parametrize("path", ["/def", "/def/"])
@pytest.mark.parametrize(("accept", "fmt"), FORMATS)
def test_ontology_in_every_rdf_format(
    client: httpx.Client, path: str, accept: str, fmt: ox.RdfFormat
) -> None:
    response = client.get(path, headers={"Accept": accept})
    assert response.headers["content-type"].split(";")[0] == accept
    assert "Accept" in response.headers["vary"]
    assert len(parsed(response, fmt)) == len(parsed_files(SETTINGS.ontology_files()))


def test_hash_iri_lands_on_its_term_in_html(client: httpx.Client) -> None:
    # A browser following https://w3id.org/treatygraph/def#Treaty asks for /def; #Treaty is an anchor.
    response = client.get("/def", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    anchors = set(re.findall(r'id="([^"]+)"', response.text))
    ontology = ox.Store()
    ontology.extend(ox.parse(path=SETTINGS.ontology_files()[0]))
    terms = ontology.query(
        f"SELECT DISTINCT ?t WHERE {{ ?t a ?kind . FILTER(STRSTARTS(STR(?t), '{TG}')) "
        f"VALUES ?kind {{ <{OWL}Class> <{OWL}ObjectProperty> <{OWL}DatatypeProperty> }} }}"
    )
    names = {row[0].value[len(TG) :] for row in terms}  # type: ignore[union-attr]
    assert names and names <= anchors, names - anchors
    assert 'id="Treaty"' in response.text and "monitoring body" in response.text


def test_shapes_served_merged(client: httpx.Client) -> None:
    expected = parsed_files(SETTINGS.shape_files())
    for accept, fmt in FORMATS:
        assert len(parsed(client.get("/shapes", headers={"Accept": accept}), fmt)) == len(expected)
    page = client.get("/shapes", headers={"Accept": "text/html"})
    assert page.headers["content-type"].startswith("text/html")
    node_shapes = {
        t.subject.value
        for t in expected
        if t.predicate.value == RDF_TYPE
        and t.object == ox.NamedNode("http://www.w3.org/ns/shacl#NodeShape")
        and isinstance(t.subject, ox.NamedNode)
    }
    for shape in node_shapes:
        assert f'id="{shape.rsplit("#", 1)[-1]}"' in page.text


def test_unavailable_format_is_406(client: httpx.Client) -> None:
    assert client.get("/def", headers={"Accept": "image/png"}).status_code == 406
    assert client.get("/shapes", headers={"Accept": "image/png"}).status_code == 406


def test_html_escapes_what_the_files_say(tmp_path: Path, make_client: MakeClient) -> None:
    hostile = tmp_path / "ontology"
    hostile.mkdir()
    (hostile / "a.ttl").write_text(
        """@prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <urn:x:def#Odd> a owl:Class ; rdfs:label "<script>alert(1)</script>"@en ;
          skos:definition "Tom & \\"Jerry\\" <b>" ; rdfs:subClassOf _:b0 .
        _:b0 a owl:Class .
        """,
        encoding="utf-8",
    )
    # The same blank-node label in a second file is a different node once merged.
    (hostile / "b.ttl").write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n_:b0 a owl:Class .\n", encoding="utf-8"
    )
    settings = replace(SETTINGS, ontology=hostile)
    store = EmbeddedStore(None)
    with make_client(create_app(api_config(settings), store)) as http:
        page = http.get("/def", headers={"Accept": "text/html"}).text
        merged = parsed(http.get("/def", headers={"Accept": "application/n-triples"}), ox.RdfFormat.N_TRIPLES)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Tom &amp; &quot;Jerry&quot; &lt;b&gt;" in page
    assert 'id="Odd"' in page
    assert len({t.subject for t in merged if isinstance(t.subject, ox.BlankNode)}) == 2


def test_without_files_configured_is_404(make_client: MakeClient) -> None:
    from api.config import ApiConfig

    with make_client(create_app(ApiConfig(), EmbeddedStore(None))) as http:
        assert http.get("/def").status_code == 404
