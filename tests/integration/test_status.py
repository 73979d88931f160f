"""The treaty status chart over HTTP: a small graph written here, built by the pipeline's last
steps, and the real corpus loaded by the CLI. Expectations about the corpus are read from the
graph itself, over the SPARQL endpoint, rather than typed in."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore
from loaders.documents import DocumentMetadata, parse_document
from loaders.facts import Claim, Evidence, Ref, Value
from loaders.iris import Minter
from loaders.to_rdf import claims_to_triples
from treatygraph.cli import app as cli
from treatygraph.service import build_app
from treatygraph.settings import Settings

MakeClient = Callable[[object], AbstractContextManager[httpx.Client]]

BASE = "https://w3id.org/treatygraph/id/"
TG = "https://w3id.org/treatygraph/def#"
XSD = "http://www.w3.org/2001/XMLSchema#"
HTML = {"Accept": "text/html"}

REGISTRY = """
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
<state/tst> a tg:State ; skos:prefLabel "Testland" .
<treaty/t1> a tg:Treaty ; skos:prefLabel "First Test Convention" ; skos:altLabel "FTC" .
<treaty/t1-p1> a tg:Protocol ; skos:prefLabel "Protocol to the First Test Convention" ;
    schema:legislationAmends <treaty/t1> .
<treaty/t2> a tg:Treaty ; skos:prefLabel "Second Test Convention" ; skos:altLabel "STC" .
<action/tst-t1-ratification> a tg:Ratification ; skos:prefLabel "Testland's ratification of the FTC" ;
    tg:state <state/tst> ; tg:treaty <treaty/t1> .
<action/tst-t1-denunciation> a tg:Denunciation ; skos:prefLabel "Testland's denunciation of the FTC" ;
    tg:state <state/tst> ; tg:treaty <treaty/t1> .
<action/tst-t1-p1-signature> a tg:Signature ; skos:prefLabel "Testland's signature of the protocol" ;
    tg:state <state/tst> ; tg:treaty <treaty/t1-p1> .
<action/tst-t2-ratification> a tg:Ratification ; skos:prefLabel "Testland's ratification of the STC" ;
    tg:state <state/tst> ; tg:treaty <treaty/t2> .
"""

WITHDRAWAL = (
    "Testland ratified the First Test Convention in 2001. "
    "Testland notified its withdrawal on 1 March 2010. "
    "The withdrawal took effect on 1 March 2011. "
    "Testland signed the protocol on 5 May 2005. "
    "Testland ratified the Second Test Convention on 1 May 2003."
)
LATER = "According to this report, Testland ratified the Second Test Convention in 2005."


def _claim(doc: str, text: str, quote: str, subject: str, predicate: str, obj: Value) -> Claim:
    document = parse_document(text, DocumentMetadata(title="x"), doc)
    start = text.index(quote)
    sentence = document.sentence_at(start)
    evidence = Evidence(doc, sentence.index, sentence.start, sentence.end, start, start + len(quote), quote)
    return Claim(Ref(subject), predicate, obj, evidence)


def _document(store: EmbeddedStore, key: str, title: str, text: str, claims: list[Claim]) -> None:
    meta = DocumentMetadata(title=title, publisher="Test Wire", date_published="2012-01-10")
    triples = claims_to_triples(parse_document(text, meta, key), claims, Minter(BASE))
    store.replace_graph(BASE + "graph/doc/" + key, triples)


def build_status_store(store: EmbeddedStore) -> None:
    registry = [q.triple for q in ox.parse(REGISTRY, format=ox.RdfFormat.TURTLE, base_iri=BASE)]
    store.replace_graph(BASE + "graph/registry", registry)
    day, year = XSD + "date", XSD + "gYear"
    w = WITHDRAWAL
    _document(
        store,
        "withdrawal",
        "Testland leaves the convention",
        w,
        [
            _claim("withdrawal", w, "ratified the First Test Convention in 2001",
                   "action/tst-t1-ratification", TG + "date", Value("2001", year)),
            _claim("withdrawal", w, "notified its withdrawal on 1 March 2010",
                   "action/tst-t1-denunciation", TG + "date", Value("2010-03-01", day)),
            _claim("withdrawal", w, "took effect on 1 March 2011",
                   "action/tst-t1-denunciation", TG + "effectiveDate", Value("2011-03-01", day)),
            _claim("withdrawal", w, "signed the protocol on 5 May 2005",
                   "action/tst-t1-p1-signature", TG + "date", Value("2005-05-05", day)),
            _claim("withdrawal", w, "ratified the Second Test Convention on 1 May 2003",
                   "action/tst-t2-ratification", TG + "date", Value("2003-05-01", day)),
        ],
    )  # fmt: skip
    _document(
        store,
        "later",
        "A later report",
        LATER,
        [
            _claim("later", LATER, "Testland ratified the Second Test Convention in 2005",
                   "action/tst-t2-ratification", TG + "date", Value("2005", year)),
        ],
    )  # fmt: skip


@pytest.fixture
def small(make_client: MakeClient) -> Iterator[httpx.Client]:
    store = EmbeddedStore(path=None)
    build_status_store(store)
    try:
        with make_client(create_app(ApiConfig(base_iri=BASE), store)) as client:
            yield client
    finally:
        store.close()


def cell(client: httpx.Client, state: str, treaty: str, on: str) -> dict[str, Any]:
    answer = client.get("/api/status", params={"date": on, "state": state, "treaty": treaty})
    assert answer.status_code == 200, answer.text
    cells = answer.json()["cells"]
    assert len(cells) == 1, cells
    found: dict[str, Any] = cells[0]
    return found


# --- the small graph ------------------------------------------------------------------------------


def test_withdrawal_binds_until_it_takes_effect(small: httpx.Client) -> None:
    before = cell(small, "state/tst", "treaty/t1", "2009-12-31")
    notified = cell(small, "state/tst", "treaty/t1", "2010-06-01")
    after = cell(small, "state/tst", "treaty/t1", "2011-06-01")
    assert (before["relation"], before["certain"]) == ("party", True)
    assert notified["relation"] == "withdrawal notified"
    assert (notified["since"], notified["until"]) == ("2010-03-01", "2011-03-01")
    assert after["relation"] == "no longer party" and after["since"] == "2011-03-01"
    # the day the withdrawal takes effect is the first day outside the treaty
    assert cell(small, "state/tst", "treaty/t1", "2011-02-28")["relation"] == "withdrawal notified"
    assert cell(small, "state/tst", "treaty/t1", "2011-03-01")["relation"] == "no longer party"


def test_year_precision_makes_a_cell_uncertain(small: httpx.Client) -> None:
    within = cell(small, "state/tst", "treaty/t1", "2001-06-01")
    assert within["certain"] is False
    assert set(within["possible"]) == {None, "party"}
    assert any("2001" in note and "year only" in note for note in within["notes"])
    assert cell(small, "state/tst", "treaty/t1", "2000-12-31")["relation"] is None
    assert cell(small, "state/tst", "treaty/t1", "2002-01-01")["certain"] is True


def test_disagreement_that_changes_the_cell_shows_both_dates_with_sources(small: httpx.Client) -> None:
    disputed = cell(small, "state/tst", "treaty/t2", "2004-01-01")
    assert disputed["disputed"] is True
    [disagreement] = disputed["disagreements"]
    assert disagreement["changes_cell"] is True
    values = {v["value"]: v for v in disagreement["values"]}
    assert set(values) == {"2003-05-01", "2005"}
    assert values["2003-05-01"]["relation"] == "party" and values["2005"]["relation"] is None
    titles = {v: {s["title"] for s in values[v]["sources"]} for v in values}
    assert titles == {"2003-05-01": {"Testland leaves the convention"}, "2005": {"A later report"}}
    assert all(s["quote"] and s["page"].startswith("/id/doc/") for v in values.values() for s in v["sources"])
    # once both dates have passed, the disagreement no longer changes the cell
    settled = cell(small, "state/tst", "treaty/t2", "2006-01-01")
    assert settled["relation"] == "party" and settled["disputed"] is False
    assert settled["disagreements"][0]["changes_cell"] is False

    page = small.get("/status", params={"date": "2004-01-01", "state": "state/tst"})
    assert "sources disagree" in page.text
    assert "A later report" in page.text and "Testland leaves the convention" in page.text


def test_json_shape(small: httpx.Client) -> None:
    body = small.get("/api/status", params={"date": "2010-06-01"}).json()
    assert body["date"] == "2010-06-01"
    assert body["relations"] == ["signatory", "party", "withdrawal notified", "no longer party"]
    assert {(c["state"]["label"], c["treaty"]["label"]) for c in body["cells"]} == {
        ("Testland", "First Test Convention"),
        ("Testland", "Protocol to the First Test Convention"),
        ("Testland", "Second Test Convention"),
    }
    keys = {"state", "treaty", "date", "relation", "description", "since", "until", "certain", "possible",
            "disputed", "notes", "events", "disagreements", "statements"}  # fmt: skip
    for c in body["cells"]:
        assert set(c) == keys
        assert c["state"]["page"] == "/id/state/tst"
        for event in c["events"]:
            assert event["page"].startswith("/id/action/")
            for date in event["dates"]:
                assert date["sources"] and all(s["kind"] in ("document", "registry") for s in date["sources"])


def test_filters_by_treaty_system_and_state(small: httpx.Client) -> None:
    system = small.get("/api/status", params={"date": "2010-06-01", "system": "treaty/t1"}).json()
    assert {c["treaty"]["iri"] for c in system["cells"]} == {BASE + "treaty/t1", BASE + "treaty/t1-p1"}
    nobody = small.get("/api/status", params={"state": BASE + "state/nowhere"}).json()
    assert nobody["cells"] == []


def test_bad_date_is_400(small: httpx.Client) -> None:
    assert small.get("/api/status", params={"date": "2010-13-01"}).status_code == 400


def test_csv_download(small: httpx.Client) -> None:
    for answer in (
        small.get("/api/status.csv", params={"date": "2011-06-01"}),
        small.get("/api/status", params={"date": "2011-06-01", "format": "csv"}),
        small.get("/api/status", params={"date": "2011-06-01"}, headers={"Accept": "text/csv"}),
    ):
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/csv")
        assert 'filename="treaty-status-2011-06-01.csv"' in answer.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(answer.text)))
        by_treaty = {r["treaty"]: r for r in rows}
        assert by_treaty[BASE + "treaty/t1"]["relation"] == "no longer party"
        assert by_treaty[BASE + "treaty/t1-p1"]["relation"] == "signatory"
        assert by_treaty[BASE + "treaty/t1"]["state_label"] == "Testland"


def test_page_is_an_accessible_table_that_links_cells_to_events(small: httpx.Client) -> None:
    page = small.get("/status", params={"date": "2010-06-01"})
    assert page.status_code == 200
    text = page.text
    assert "<caption" in text and 'scope="col"' in text and 'scope="row"' in text
    assert 'value="2010-06-01"' in text  # the date picker shows the chosen date
    anchors = re.findall(r'<td class="[^"]*"[^>]*>\s*<a href="#([^"]+)"', text)
    assert anchors, "no cell links to its details"
    for anchor in anchors:
        assert f'id="{anchor}"' in text
    assert 'href="/id/action/tst-t1-denunciation"' in text
    assert 'href="/id/doc/withdrawal#at-' in text  # the evidence, at the quote


def _example_query(page_html: str) -> str:
    match = re.search(r'<pre class="sparql"><code>(.*?)</code></pre>', page_html, re.S)
    assert match, "the page shows no SPARQL example"
    return html.unescape(match.group(1))


def _check_example_reproduces_its_cell(client: httpx.Client, on: str) -> None:
    page = client.get("/status", params={"date": on}).text
    query = _example_query(page)
    iris = re.findall(r"<([^>\s]*)>", query)
    assert iris and all(re.match(r"https?://", i) for i in iris), "relative IRIs in the example"
    state, treaty = re.search(r"VALUES \(\?state \?treaty \?on\) \{ \(<([^>]+)> <([^>]+)>", query).groups()  # type: ignore[union-attr]
    answer = client.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    assert answer.status_code == 200, answer.text
    [row] = list(csv.DictReader(io.StringIO(answer.text)))
    expected = cell(client, state, treaty, on)["relation"] or "none"
    assert row["relation"] == expected


def test_sparql_example_reproduces_its_cell(small: httpx.Client) -> None:
    for on in ("2010-06-01", "2011-06-01", "2006-01-01"):
        _check_example_reproduces_its_cell(small, on)


# --- the corpus -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, make_client: MakeClient) -> Iterator[httpx.Client]:
    path: Path = tmp_path_factory.mktemp("status-store")
    result = CliRunner().invoke(cli, ["--store", str(path), "load"])
    assert result.exit_code == 0, result.output
    with make_client(build_app(Settings.load({"store": str(path)}, {}))) as http:
        yield http


def select(client: httpx.Client, query: str) -> list[dict[str, str]]:
    prefixes = "PREFIX tg: <https://w3id.org/treatygraph/def#>\nPREFIX schema: <https://schema.org/>\n"
    answer = client.get("/sparql", params={"query": prefixes + query}, headers={"Accept": "text/csv"})
    assert answer.status_code == 200, answer.text
    return list(csv.DictReader(io.StringIO(answer.text)))


def _registry_date(client: httpx.Client, action: str, prop: str = "tg:date") -> str | None:
    rows = select(
        client, f"SELECT ?d WHERE {{ GRAPH <{BASE}graph/registry> {{ <{BASE}{action}> {prop} ?d }} }}"
    )
    return rows[0]["d"] if rows else None


def test_russia_is_party_to_the_ecpt_from_its_ratification(corpus: httpx.Client) -> None:
    ratified = _registry_date(corpus, "action/rus-cets-126-ratification")
    assert ratified is not None
    on = dt.date.fromisoformat(ratified)
    party = cell(corpus, "state/rus", "treaty/cets-126", "2020-01-01")
    assert (party["relation"], party["since"]) == ("party", ratified)
    day_before = cell(corpus, "state/rus", "treaty/cets-126", (on - dt.timedelta(days=1)).isoformat())
    assert day_before["relation"] == "signatory"


def test_russia_and_the_ecpt_after_the_denunciation(corpus: httpx.Client) -> None:
    """After the denunciation's last dated step, the cell follows what the graph says of its effect."""
    effective = select(
        corpus, f"SELECT ?d WHERE {{ <{BASE}action/rus-cets-126-denunciation> tg:effectiveDate ?d }}"
    )
    steps = select(
        corpus,
        f"SELECT ?d WHERE {{ ?s schema:superEvent <{BASE}action/rus-cets-126-denunciation> ; tg:date ?d }}",
    )
    assert steps, "the corpus records no dated step of Russia's denunciation of the ECPT"
    if effective:
        after = max(dt.date.fromisoformat(r["d"]) for r in effective) + dt.timedelta(days=1)
        assert (
            cell(corpus, "state/rus", "treaty/cets-126", after.isoformat())["relation"] == "no longer party"
        )
    else:
        after = max(dt.date.fromisoformat(r["d"]) for r in steps) + dt.timedelta(days=1)
        found = cell(corpus, "state/rus", "treaty/cets-126", after.isoformat())
        # still bound: the effect date is unknown, and the notification date is not in the graph
        assert found["relation"] == "party"
        assert set(found["possible"]) == {"party", "withdrawal notified"}
        assert "effect date unknown" in found["description"]


def test_russia_and_the_echr_around_the_cessation(corpus: httpx.Client) -> None:
    ceased = _registry_date(corpus, "action/rus-ets-005-cessation")
    assert ceased is not None
    day = dt.date.fromisoformat(ceased)
    before = cell(corpus, "state/rus", "treaty/ets-005", (day - dt.timedelta(days=1)).isoformat())
    on = cell(corpus, "state/rus", "treaty/ets-005", ceased)
    assert before["relation"] != "no longer party"
    assert (on["relation"], on["since"]) == ("no longer party", ceased)


def test_corpus_disagreement_on_the_ratification_year_is_shown(corpus: httpx.Client) -> None:
    stated = {
        r["d"]
        for r in select(
            corpus,
            f"SELECT ?d WHERE {{ GRAPH ?g {{ <{BASE}action/rus-cets-126-ratification> tg:date ?d }} }}",
        )
    }
    earliest_year = min(int(d[:4]) for d in stated)
    ratified = _registry_date(corpus, "action/rus-cets-126-ratification")
    assert ratified is not None
    if earliest_year >= int(ratified[:4]):
        pytest.fail(f"the corpus no longer gives an earlier ratification year: {sorted(stated)}")
    between = f"{earliest_year}-12-31"
    found = cell(corpus, "state/rus", "treaty/cets-126", between)
    assert found["disputed"] is True
    values = {v["value"] for d in found["disagreements"] for v in d["values"]}
    assert str(earliest_year) in values and ratified in values


def test_state_and_treaty_pages_show_their_row_and_column(corpus: httpx.Client) -> None:
    today = corpus.get("/api/status", params={"state": "state/rus"}).json()["cells"]
    state_page = corpus.get("/id/state/rus", headers=HTML).text
    assert 'id="status"' in state_page
    for c in today:
        assert html.escape(c["description"], quote=False) in state_page.replace("&#39;", "'")
    treaty_page = corpus.get("/id/treaty/cets-126", headers=HTML).text
    assert 'id="status"' in treaty_page and ">Russia</a>" in treaty_page
    assert "/status?treaty=" in treaty_page
    person_page = corpus.get("/id/person/vladimir-putin", headers=HTML).text
    assert 'id="status"' not in person_page


def test_corpus_csv_parses_and_covers_every_cell(corpus: httpx.Client) -> None:
    body = corpus.get("/api/status", params={"date": "2023-01-01"}).json()
    rows = list(
        csv.DictReader(io.StringIO(corpus.get("/api/status.csv", params={"date": "2023-01-01"}).text))
    )
    assert len(rows) == len(body["cells"]) > 0
    assert {(r["state"], r["treaty"], r["relation"]) for r in rows} == {
        (c["state"]["iri"], c["treaty"]["iri"], c["relation"] or "") for c in body["cells"]
    }


def test_corpus_sparql_example_reproduces_its_cell(corpus: httpx.Client) -> None:
    for on in ("2020-01-01", "2023-01-01"):
        _check_example_reproduces_its_cell(corpus, on)


def test_a_filter_that_cannot_match_gives_no_cells(small: httpx.Client) -> None:
    for state in ("state/no where", 'state/"x', "state/tst>"):
        assert small.get("/api/status", params={"state": state}).json()["cells"] == []
