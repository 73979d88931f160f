"""The explorer's pages over a small graph built by the real pipeline's last steps: documents and
claims go through ``claims_to_triples``, so the pages read exactly the shape ``treatygraph load``
publishes. In-process HTTP; the browser tests in tests/browser drive the same pages in Chromium."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.config import ApiConfig
from graph import Store
from loaders.documents import DocumentMetadata, parse_document
from loaders.facts import Claim, Evidence, Ref, Value
from loaders.iris import Minter
from loaders.to_rdf import claims_to_triples

MakeClient = Callable[[object], AbstractContextManager[httpx.Client]]

BASE = "https://w3id.org/treatygraph/id/"
TG = "https://w3id.org/treatygraph/def#"
SCHEMA = "https://schema.org/"
XSS = "<script>alert(1)</script>"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

REGISTRY = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
<state/rus> a tg:State ; skos:prefLabel "Russia" ; skos:altLabel "Russian Federation" .
<state/ukr> a tg:State ; skos:prefLabel "Ukraine" .
<treaty/cets-126> a tg:Treaty ; skos:prefLabel "European Convention for the Prevention of Torture" ;
    skos:altLabel "ECPT" ; tg:establishes <org/cpt> .
<org/cpt> a tg:MonitoringBody ; skos:prefLabel "European Committee for the Prevention of Torture" ;
    skos:altLabel "CPT" ; tg:monitors <treaty/cets-126> .
<person/dmytro-lubinets> a tg:Person ; skos:prefLabel "Dmytro Lubinets" ; skos:hiddenLabel "Lubinets" .
<person/alexei-navalny> a tg:Person ; skos:prefLabel "Alexei Navalny" .
<action/rus-cets-126-ratification> a tg:Ratification ; skos:prefLabel "Russia's ratification of the ECPT" ;
    tg:state <state/rus> ; tg:treaty <treaty/cets-126> .
<event/rus-coe-expulsion> a tg:Expulsion ; skos:prefLabel "Russia's expulsion from the Council of Europe" ;
    tg:state <state/rus> ; tg:date "2022-03"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .
"""

FIRST = (
    "Russia ratified the convention in 1998. "
    f'Dmytro Lubinets said "{XSS} the CPT must visit." '
    "Alexei Navalny died in prison."
)
SECOND = "Russia ratified the ECPT in 1996 according to this article."


def _claim(doc: str, text: str, quote: str, subject: str, predicate: str, obj: Ref | Value) -> Claim:
    document = parse_document(text, DocumentMetadata(title="x"), doc)
    start = text.index(quote)
    sentence = document.sentence_at(start)
    evidence = Evidence(doc, sentence.index, sentence.start, sentence.end, start, start + len(quote), quote)
    return Claim(Ref(subject), predicate, obj, evidence)


def _document_triples(key: str, title: str, text: str, claims: list[Claim]) -> list[ox.Triple]:
    meta = DocumentMetadata(title=title, publisher="Test Wire", date_published="2025-09-10")
    return claims_to_triples(parse_document(text, meta, key), claims, Minter(BASE))


def build_explorer_store(store: Store) -> None:
    """The registry graph and two documents that disagree on a ratification date."""
    registry = [q.triple for q in ox.parse(REGISTRY, format=ox.RdfFormat.TURTLE, base_iri=BASE)]
    store.replace_graph(BASE + "graph/registry", registry)
    gyear = "http://www.w3.org/2001/XMLSchema#gYear"
    first = [
        _claim(
            "first",
            FIRST,
            "Russia ratified the convention in 1998",
            "action/rus-cets-126-ratification",
            TG + "date",
            Value("1998", gyear),
        ),
        _claim(
            "first",
            FIRST,
            f'"{XSS} the CPT must visit."',
            "person/dmytro-lubinets",
            SCHEMA + "mentions",
            Ref("org/cpt"),
        ),
        _claim(
            "first",
            FIRST,
            "Alexei Navalny died in prison",
            "person/alexei-navalny",
            SCHEMA + "name",
            Value("Alexei Navalny"),
        ),
    ]
    second = [
        _claim(
            "second",
            SECOND,
            "Russia ratified the ECPT in 1996",
            "action/rus-cets-126-ratification",
            TG + "date",
            Value("1996", gyear),
        ),
    ]
    store.replace_graph(
        BASE + "graph/doc/first", _document_triples("first", "First <b>report</b>", FIRST, first)
    )
    store.replace_graph(
        BASE + "graph/doc/second", _document_triples("second", "Second report", SECOND, second)
    )


@pytest.fixture
def explorer(store: Store, make_client: MakeClient) -> Iterator[httpx.Client]:
    """The pages over each store: embedded, ``oxigraph serve`` and Virtuoso."""
    build_explorer_store(store)
    with make_client(create_app(ApiConfig(base_iri=BASE), store)) as client:
        yield client


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/browse/treaties",
        "/browse/events",
        "/timeline",
        "/network",
        "/conflicts",
        "/editor",
        "/search?q=ecpt",
        "/id/treaty/cets-126",
        "/id/doc/first",
    ],
)
def test_every_page_is_html(explorer: httpx.Client, path: str) -> None:
    r = explorer.get(path, headers={"Accept": BROWSER})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert '<form class="search" role="search"' in r.text  # the search box is on every page
    assert "<h1>" in r.text


def test_home_lists_documents_and_sizes(explorer: httpx.Client) -> None:
    r = explorer.get("/")
    figures = dict(re.findall(r'<dd id="(\w+)">(\d+)</dd>', r.text))
    assert figures["documents"] == "2" and int(figures["triples"]) > 50
    assert "Second report" in r.text and "Test Wire" in r.text
    assert 'href="/browse/states"' in r.text


def test_document_text_is_escaped_and_mentions_link(explorer: httpx.Client) -> None:
    r = explorer.get("/id/doc/first", headers={"Accept": BROWSER})
    assert XSS not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "First &lt;b&gt;report&lt;/b&gt;" in r.text
    assert re.search(r'<a class="mention[^"]*" href="/id/person/dmytro-lubinets"', r.text)
    quote_start = FIRST.index(f'"{XSS}')
    assert f'id="at-{quote_start}"' in r.text


def test_entity_page_shows_quotes_from_each_source(explorer: httpx.Client) -> None:
    r = explorer.get("/id/action/rus-cets-126-ratification", headers={"Accept": BROWSER})
    assert r.status_code == 200
    assert "Russia ratified the convention in 1998" in r.text
    assert "Russia ratified the ECPT in 1996" in r.text
    assert 'href="/id/doc/first#at-0"' in r.text  # the quote links to its place in the document
    assert 'href="/id/treaty/cets-126"' in r.text


def test_entity_page_escapes_quotes(explorer: httpx.Client) -> None:
    r = explorer.get("/id/person/dmytro-lubinets", headers={"Accept": BROWSER})
    assert XSS not in r.text and "&lt;script&gt;" in r.text


def test_incoming_relations_are_shown(explorer: httpx.Client) -> None:
    r = explorer.get("/id/org/cpt", headers={"Accept": BROWSER})
    assert "established by" in r.text and "European Convention for the Prevention of Torture" in r.text


def test_unknown_entity_is_404_page_for_browsers_and_json_otherwise(explorer: httpx.Client) -> None:
    page = explorer.get("/id/person/nobody", headers={"Accept": BROWSER})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    data = explorer.get("/id/person/nobody", headers={"Accept": "text/turtle"})
    assert data.status_code == 404 and data.json()["status"] == 404


def test_unknown_browse_kind_is_404(explorer: httpx.Client) -> None:
    assert explorer.get("/browse/spaceships").status_code == 404


def test_search_tolerates_transliterations(explorer: httpx.Client) -> None:
    for query, expected in [
        ("Alexey Navalny", "person/alexei-navalny"),
        ("Lubinez", "person/dmytro-lubinets"),
        ("Любинец", "person/dmytro-lubinets"),
        ("ecpt", "treaty/cets-126"),
    ]:
        r = explorer.get("/api/search", params={"q": query, "limit": 3})
        assert r.status_code == 200
        results = r.json()["results"]
        assert results and results[0]["iri"] == BASE + expected, (query, results)
        assert results[0]["href"] == "/id/" + expected


def test_search_finds_words_in_quotes(explorer: httpx.Client) -> None:
    results = explorer.get("/api/search", params={"q": "prison"}).json()["results"]
    assert BASE + "person/alexei-navalny" in [hit["iri"] for hit in results]


def test_search_index_follows_the_store(store: Store, make_client: MakeClient) -> None:
    build_explorer_store(store)
    with make_client(create_app(ApiConfig(base_iri=BASE), store)) as client:
        assert client.get("/api/search", params={"q": "Sybiha"}).json()["results"] == []
        store.add_to_graph(
            BASE + "graph/registry",
            [
                ox.Triple(
                    ox.NamedNode(BASE + "person/andriy-sybiha"),
                    ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                    ox.Literal("Andriy Sybiha"),
                )
            ],
        )
        hits = client.get("/api/search", params={"q": "Sybiha"}).json()["results"]
        assert [h["iri"] for h in hits] == [BASE + "person/andriy-sybiha"]


def test_search_limit_is_checked(explorer: httpx.Client) -> None:
    assert explorer.get("/api/search", params={"q": "x", "limit": 0}).status_code == 400


def test_timeline_draws_month_precision_as_a_bar_and_filters(explorer: httpx.Client) -> None:
    r = explorer.get("/timeline", params={"from": "2022", "to": "2022"})
    bar = re.search(r'class="bar precision-month[^"]*" style="left: ([\d.]+)%; width: ([\d.]+)%"', r.text)
    assert bar is not None
    left, width = float(bar.group(1)), float(bar.group(2))
    assert 15 < left < 17 and 8 < width < 9  # March 2022: from 1 March to 1 April on a one-year axis
    assert "Russia&#39;s expulsion" in r.text
    only_ukraine = explorer.get("/timeline", params={"state": BASE + "state/ukr"})
    assert "expulsion" not in only_ukraine.text


def test_disagreeing_dates_are_both_drawn(explorer: httpx.Client) -> None:
    r = explorer.get("/timeline")
    assert r.text.count("precision-year disputed") == 2


def test_conflicts_page_and_json(explorer: httpx.Client) -> None:
    data = explorer.get("/api/conflicts").json()["conflicts"]
    assert len(data) == 1 and {c["value"] for c in data[0]["claims"]} == {"1996", "1998"}
    page = explorer.get("/conflicts").text
    assert "Russia ratified the ECPT in 1996" in page and "Russia ratified the convention in 1998" in page


def test_neighbours_json(explorer: httpx.Client) -> None:
    r = explorer.get("/api/neighbours", params={"iri": BASE + "org/cpt"})
    body = r.json()
    assert body["node"]["label"] == "European Committee for the Prevention of Torture"
    assert BASE + "treaty/cets-126" in {n["iri"] for n in body["neighbours"]}
    assert any(e["label"] == "monitors" for e in body["edges"])
    assert explorer.get("/api/neighbours", params={"iri": "<bad>"}).status_code == 400


def test_sparql_for_browsers_is_the_editor(explorer: httpx.Client) -> None:
    r = explorer.get("/sparql", headers={"Accept": BROWSER})
    assert r.status_code == 200 and "/static/codemirror.js" in r.text
    assert 'name="query"' in r.text and "Who can still inspect Russian detention facilities?" in r.text


def test_editor_examples_run(explorer: httpx.Client) -> None:
    from api.pages.editor import EXAMPLES

    for example in EXAMPLES:
        r = explorer.post(
            "/sparql",
            data={"query": example.query},
            headers={"Accept": "application/sparql-results+json, text/turtle;q=0.9"},
        )
        assert r.status_code == 200, (example.title, r.text)


def test_static_files_are_served_and_confined(explorer: httpx.Client) -> None:
    assert explorer.get("/static/explorer.css").headers["content-type"].startswith("text/css")
    assert explorer.get("/static/codemirror.js").status_code == 200
    assert explorer.get("/static/..%2Fapp.py").status_code == 404
    assert explorer.get("/static/missing.js").status_code == 404


def test_entity_page_leads_with_a_statement_table(explorer: httpx.Client) -> None:
    r = explorer.get("/id/action/rus-cets-126-ratification", headers={"Accept": BROWSER})
    assert r.text.index('<table class="statements"') < r.text.index('<ul class="quotes">')
    # the treaty row, and the date stated by two documents, each with its sources counted
    treaty = r'<th scope="rowgroup"[^>]*>treaty</th>\s*<td class="value"><a href="/id/treaty/cets-126"'
    assert re.search(treaty, r.text)
    dates = re.search(r'<th scope="rowgroup" rowspan="2">date</th>', r.text)
    assert dates, "the two stated dates are one property with two rows"
    counts = re.findall(r'<span class="count">(\d+)</span>', r.text)
    assert counts and all(int(n) >= 1 for n in counts)


def test_name_only_mentions_collapse_into_a_count(store: Store, make_client: MakeClient) -> None:
    build_explorer_store(store)
    text = "Dmytro Lubinets was there. Lubinets spoke about the CPT at length."
    claims = [
        _claim("third", text, "Lubinets", "doc/third", SCHEMA + "mentions", Ref("person/dmytro-lubinets")),
    ]
    store.replace_graph(BASE + "graph/doc/third", _document_triples("third", "Third report", text, claims))
    with make_client(create_app(ApiConfig(base_iri=BASE), store)) as client:
        page = client.get("/id/person/dmytro-lubinets", headers={"Accept": BROWSER}).text
    assert "Named, without more, in 1 document<" in page
    table = page[page.index('<table class="statements"') : page.index("</table>")]
    assert "Third report" not in table


def test_search_page_shows_the_matching_words_in_their_quote(explorer: httpx.Client) -> None:
    r = explorer.get("/search", params={"q": "prison"}, headers={"Accept": BROWSER})
    assert "Alexei Navalny" in r.text
    assert re.search(r"Alexei Navalny died in <mark>prison</mark>", r.text)
    assert 'href="/id/doc/first"' in r.text
    data = explorer.get("/api/search", params={"q": "prison"}).json()["results"]
    hit = next(h for h in data if h["snippet"] and "Alexei Navalny died in prison" in h["snippet"]["text"])
    assert hit["document"] == BASE + "doc/first"
    start, end = hit["snippet"]["matches"][0]
    assert hit["snippet"]["text"][start:end] == "prison"


def test_editor_serves_examples_with_absolute_iris(explorer: httpx.Client) -> None:
    import html

    page = explorer.get("/editor", headers={"Accept": BROWSER}).text
    queries = [html.unescape(q) for q in re.findall(r'data-query="([^"]*)"', page)]
    assert queries
    for query in queries:
        ox.Store().query(query)  # no base IRI: a relative IRI would be a SyntaxError
