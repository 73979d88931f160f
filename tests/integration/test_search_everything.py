"""Search over labels, aliases, quotes and document text, on a running service: a phrase from a
quote finds the statement and its document, a name spelt as an article spells it finds the
person, and each write is searchable (or gone) as soon as it returns, the index reading again
only the graph written."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from treatygraph.cli import app as cli
from treatygraph.service import build_app
from treatygraph.settings import Settings

Serve = Callable[[object], AbstractContextManager[str]]

BASE = "https://w3id.org/treatygraph/id/"
TOKEN = "search-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SHA = "0" * 64
QUOTE = "The silence of the monitors leaves every detainee without a witness"
ARTICLE = (
    "Ombudsman warns over prison monitoring\n\n"
    "KYIV, 4 March 2026 (Reuters) – Ukraine's ombudsman Dmytro Lubinets' office criticised the "
    "withdrawal on Tuesday. "
    f"“{QUOTE},” Lubinets said. "
    "The Kremlin did not answer a request for comment.\n"
)
SECOND_ARTICLE = (
    "Turkish diplomat comments on convention\n\n"
    "ANKARA, 6 March 2026 (AP) – The former minister spoke about the abandoned convention at a "
    "conference on quarantined archipelagos.\n"
)


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the registry only, built by `treatygraph load`."""
    folder = tmp_path_factory.mktemp("search")
    empty = folder / "no-documents"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["--store", str(folder / "store"), "load", str(empty)])
    assert result.exit_code == 0, result.output
    return folder / "store"


@pytest.fixture()
def service(store_folder: Path, serve_app: Serve, tmp_path: Path) -> Iterator[httpx.Client]:
    """The service over a fresh copy of the registry-only store, on a real uvicorn."""
    store = tmp_path / "store"
    shutil.copytree(store_folder, store)
    application = build_app(Settings.load({"store": str(store), "write_token": TOKEN}, {}))
    try:
        with serve_app(application) as base_url, httpx.Client(base_url=base_url, timeout=60) as http:
            yield http
    finally:
        application.state.services.store.close()


def post(http: httpx.Client, text: str, **params: str) -> httpx.Response:
    answer = http.post(
        "/documents",
        content=text.encode("utf-8"),
        params=params,
        headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
        timeout=120,
    )
    assert answer.status_code in (200, 201), answer.text
    return answer


def search(http: httpx.Client, q: str, limit: int = 20) -> list[dict[str, Any]]:
    answer = http.get("/api/search", params={"q": q, "limit": limit})
    assert answer.status_code == 200, answer.text
    results: list[dict[str, Any]] = answer.json()["results"]
    return results


def marked(result: dict[str, Any]) -> list[str]:
    """The words a result's snippet marks as matched."""
    snippet = result["snippet"]
    return [snippet["text"][start:end] for start, end in snippet["matches"]]


def index(http: httpx.Client) -> dict[str, Any]:
    answer = http.get("/api/search/index")
    assert answer.status_code == 200, answer.text
    described: dict[str, Any] = answer.json()
    return described


def test_a_phrase_from_a_quote_finds_the_statement_and_its_document(service: httpx.Client) -> None:
    graph = post(service, ARTICLE, key="ombudsman").json()["graph"]
    document = BASE + "doc/ombudsman"
    results = search(service, "silence of the monitors")
    statements = [r for r in results if r["kind"] == "passage" and r["type"] == "quote"]
    assert statements, results
    statement = statements[0]
    assert statement["iri"].startswith(BASE + "statement/")
    assert statement["document"] == document
    assert "Lubinets" in statement["label"]
    assert {"silence", "monitors"} <= set(marked(statement))
    sentences = [r for r in results if r["kind"] == "passage" and r["type"] == "document text"]
    assert sentences and sentences[0]["document"] == document
    assert sentences[0]["iri"].startswith(document + "#char=")
    assert sentences[0]["href"] == "/id/doc/ombudsman"
    assert QUOTE in sentences[0]["snippet"]["text"]
    assert graph.endswith("/graph/doc/ombudsman")
    page = service.get("/search", params={"q": "silence of the monitors"}, headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "<mark>silence</mark>" in page.text and "<mark>monitors</mark>" in page.text


def test_a_name_spelt_as_the_article_spells_it_finds_the_person(service: httpx.Client) -> None:
    post(service, ARTICLE, key="ombudsman")
    post(service, SECOND_ARTICLE, key="turkish", author="Mevlüt Çavuşoğlu")
    for query, person in [
        ("Lubinets'", "person/dmytro-lubinets"),
        ("Dmytro Lubinets'", "person/dmytro-lubinets"),
        ("Cavusoglu", "person/mevlut-cavusoglu"),
        ("Mevlut Cavusoglu", "person/mevlut-cavusoglu"),
        ("ÇAVUŞOĞLU", "person/mevlut-cavusoglu"),
    ]:
        results = search(service, query)
        assert results, query
        first = results[0]
        assert first["kind"] == "entity" and first["iri"] == BASE + person, (query, results[:3])
        assert marked(first), first


def test_entities_the_query_names_come_before_passages(service: httpx.Client) -> None:
    post(service, ARTICLE, key="ombudsman")
    results = search(service, "Lubinets")
    assert results[0]["kind"] == "entity" and results[0]["iri"] == BASE + "person/dmytro-lubinets"
    passages = [r for r in results if r["kind"] == "passage"]
    assert passages and all("Lubinets" in marked(p) for p in passages)
    assert all(0 < r["score"] <= 1 for r in results)


def test_a_posted_document_is_searchable_at_once_and_gone_after_delete(service: httpx.Client) -> None:
    assert not search(service, "quarantined archipelagos")
    full_before = index(service)["updates"]["full"]
    post(service, SECOND_ARTICLE, key="turkish")
    results = search(service, "quarantined archipelagos")
    assert results and results[0]["document"] == BASE + "doc/turkish"
    assert marked(results[0]) == ["quarantined", "archipelagos"]
    described = index(service)
    # Only the written graph was read again.
    assert described["updates"]["full"] == full_before
    assert described["last_update"]["full"] is False
    assert described["last_update"]["graphs"] == [BASE + "graph/doc/turkish"]
    deleted = service.delete("/documents/turkish", headers=AUTH)
    assert deleted.status_code == 204, deleted.text
    assert not search(service, "quarantined archipelagos")
    described = index(service)
    assert described["updates"]["full"] == full_before
    assert described["last_update"]["graphs_read"] == 1


def test_a_graph_store_put_is_read_again_alone(service: httpx.Client) -> None:
    graph = BASE + "graph/doc/handmade"
    index(service)
    full_before = index(service)["updates"]["full"]
    passages_before = index(service)["passages"]
    turtle = (
        "@prefix tg: <https://w3id.org/treatygraph/def#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "@prefix dct: <http://purl.org/dc/terms/> .\n"
        f'<{BASE}doc/handmade> a tg:SourceDocument ; dct:title "Handmade" ; skos:prefLabel "Handmade" ;\n'
        f'  dct:language "en" ; tg:sha256 "{SHA}" ;\n'
        '  schema:text "A zeppelin crossed the fjord. Nobody saw it land." .\n'
    )
    put = service.put(
        "/store", params={"graph": graph}, content=turtle, headers={**AUTH, "Content-Type": "text/turtle"}
    )
    assert put.status_code in (201, 204), put.text
    results = search(service, "zeppelin fjord")
    assert results and results[0]["iri"] == f"{BASE}doc/handmade#char=0,29", results
    described = index(service)
    assert described["updates"]["full"] == full_before
    assert described["last_update"]["graphs"] == [graph]
    assert described["passages"] == passages_before + 2
    dropped = service.delete("/store", params={"graph": graph}, headers=AUTH)
    assert dropped.status_code == 204
    assert not search(service, "zeppelin")


def test_search_limits_still_hold(service: httpx.Client) -> None:
    assert service.get("/api/search", params={"q": "x" * 201}).status_code == 400
    assert service.get("/api/search", params={"q": " ".join(["word"] * 13)}).status_code == 400
    post(service, ARTICLE, key="ombudsman")
    started = time.monotonic()
    longest = " ".join(["the", "of", "a", "convention", "torture", "prison"] * 2)
    assert service.get("/api/search", params={"q": longest, "limit": 50}).status_code == 200
    assert time.monotonic() - started < 10
