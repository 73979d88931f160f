"""Dereferencing minted IRIs: ``base_iri + key`` answers at ``/id/{key}`` as a page or as RDF."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import httpx
import pyoxigraph as ox
import pytest
from test_pages import BASE, BROWSER, build_explorer_store

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore, Store

MakeClient = Callable[[object], AbstractContextManager[httpx.Client]]

SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
CPT = BASE + "org/cpt"

FORMATS = [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
]


@pytest.fixture
def client(store: Store, make_client: MakeClient) -> Iterator[httpx.Client]:
    """Dereferencing over each store: embedded, ``oxigraph serve`` and Virtuoso."""
    build_explorer_store(store)
    with make_client(create_app(ApiConfig(base_iri=BASE), store)) as http:
        yield http


def _vary(response: httpx.Response) -> list[str]:
    return [v.strip() for v in response.headers["vary"].split(",")]


def _triples(response: httpx.Response, fmt: ox.RdfFormat) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(response.content, format=fmt)}


@pytest.mark.parametrize(("accept", "fmt"), FORMATS)
def test_each_rdf_format_describes_the_entity_both_ways(
    client: httpx.Client, accept: str, fmt: ox.RdfFormat
) -> None:
    r = client.get("/id/org/cpt", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    assert "Accept" in _vary(r)
    triples = _triples(r, fmt)
    cpt, ecpt = ox.NamedNode(CPT), ox.NamedNode(BASE + "treaty/cets-126")
    assert (
        ox.Triple(
            cpt, ox.NamedNode(SKOS_PREF), ox.Literal("European Committee for the Prevention of Torture")
        )
        in triples
    )
    # incoming: the treaty establishes the body; and the neighbour's label comes along
    assert ox.Triple(ecpt, ox.NamedNode("https://w3id.org/treatygraph/def#establishes"), cpt) in triples
    assert (
        ox.Triple(
            ecpt, ox.NamedNode(SKOS_PREF), ox.Literal("European Convention for the Prevention of Torture")
        )
        in triples
    )


def test_turtle_is_the_default(client: httpx.Client) -> None:
    for accept in (None, "*/*"):
        headers = {"Accept": accept} if accept else {}
        r = client.get("/id/org/cpt", headers=headers)
        assert r.headers["content-type"].startswith("text/turtle")


def test_browsers_get_the_page(client: httpx.Client) -> None:
    r = client.get("/id/org/cpt", headers={"Accept": BROWSER})
    assert r.headers["content-type"].startswith("text/html") and "Accept" in _vary(r)
    assert "<h1>European Committee for the Prevention of Torture</h1>" in r.text


def test_link_header_names_every_format(client: httpx.Client) -> None:
    link = client.get("/id/org/cpt").headers["link"]
    for media in (
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
        "text/html",
    ):
        assert f'rel="alternate"; type="{media}"' in link
    assert "</id/org/cpt?format=jsonld>" in link


def test_format_parameter_overrides_accept(client: httpx.Client) -> None:
    r = client.get("/id/org/cpt", params={"format": "nt"}, headers={"Accept": BROWSER})
    assert r.headers["content-type"].startswith("application/n-triples")
    assert _triples(r, ox.RdfFormat.N_TRIPLES)
    page = client.get("/id/org/cpt", params={"format": "html"}, headers={"Accept": "text/turtle"})
    assert page.headers["content-type"].startswith("text/html")


def test_unacceptable_type_is_406(client: httpx.Client) -> None:
    assert client.get("/id/org/cpt", headers={"Accept": "image/png"}).status_code == 406


def test_unknown_iri_is_404_in_every_format(client: httpx.Client) -> None:
    for accept in ("text/turtle", "application/ld+json", BROWSER):
        assert client.get("/id/treaty/unknown", headers={"Accept": accept}).status_code == 404


def test_document_iri_serves_the_document(client: httpx.Client) -> None:
    page = client.get("/id/doc/first", headers={"Accept": BROWSER})
    assert page.status_code == 200 and 'class="document-text"' in page.text
    data = client.get("/id/doc/first", headers={"Accept": "text/turtle"})
    doc = ox.NamedNode(BASE + "doc/first")
    assert any(t.subject == doc for t in _triples(data, ox.RdfFormat.TURTLE))


def test_document_graph_redirects_to_its_document(client: httpx.Client) -> None:
    r = client.get("/id/graph/doc/first", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/id/doc/first"


def test_other_bases_map_to_the_same_route(make_client: MakeClient) -> None:
    base = "http://data.example.org/treaties/"
    store = EmbeddedStore(path=None)
    store.replace_graph(
        base + "graph/registry",
        [ox.Triple(ox.NamedNode(base + "state/rus"), ox.NamedNode(SKOS_PREF), ox.Literal("Russia"))],
    )
    with make_client(create_app(ApiConfig(base_iri=base), store)) as http:
        r = http.get("/id/state/rus", headers={"Accept": "application/n-triples"})
        assert r.status_code == 200 and "<http://data.example.org/treaties/state/rus>" in r.text
    store.close()
