"""Documents posted to a running service: published at once, replaced by key, listed, deleted,
refused whole by the gate, and only by a client holding the write token."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from treatygraph.cli import app as cli
from treatygraph.service import build_app
from treatygraph.settings import PROJECT_ROOT, Settings

Serve = Callable[[object], AbstractContextManager[str]]

TOKEN = "documents-token"
TG = "https://w3id.org/treatygraph/def#"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = (
    "Ukraine joins torture convention review\n\n"
    "GENEVA, 3 March 2026 (Reuters) – Ukraine ratified the European Convention for the Prevention "
    "of Torture and Inhuman or Degrading Treatment or Punishment on Tuesday, the foreign ministry said.\n"
)
OTHER_ARTICLE = (
    "Moldova signs Istanbul Convention\n\n"
    "CHISINAU, 5 May 2026 (AP) – Moldova signed the Istanbul Convention on Friday, officials said.\n"
)
STRICT_SHAPE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix tg: <https://w3id.org/treatygraph/def#> .
@prefix schema: <https://schema.org/> .
<urn:test:AuthorRequired> a sh:NodeShape ; sh:targetClass tg:SourceDocument ;
  sh:property [ sh:path schema:author ; sh:minCount 1 ; sh:message "a document must name its author" ] .
"""


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.output


def nquads(http: httpx.Client) -> list[str]:
    """Every quad the service holds, sorted: a snapshot to compare before and after."""
    answer = http.get("/store", headers={"Accept": "application/n-quads"})
    assert answer.status_code == 200, answer.text
    return sorted(answer.text.splitlines())


def post(http: httpx.Client, text: str, **params: str) -> httpx.Response:
    return http.post(
        "/documents",
        content=text.encode("utf-8"),
        params=params,
        headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
        timeout=120,
    )


def ask(http: httpx.Client, query: str) -> bool:
    answer = http.get(
        "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert answer.status_code == 200, answer.text
    result: Any = answer.json()
    return bool(result["boolean"])


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the registry only, built by `treatygraph load` as a deployment would."""
    folder = tmp_path_factory.mktemp("documents")
    empty = folder / "no-documents"
    empty.mkdir()
    code, output = run("--store", str(folder / "store"), "load", str(empty))
    assert code == 0, output
    return folder / "store"


@pytest.fixture()
def shapes(request: pytest.FixtureRequest, tmp_path: Path) -> Path | None:
    """The service's shapes folder, when a test names one (indirect parametrisation)."""
    make: Callable[[Path], Path] | None = getattr(request, "param", None)
    return None if make is None else make(tmp_path)


@pytest.fixture()
def service(
    store_folder: Path, serve_app: Serve, tmp_path: Path, shapes: Path | None
) -> Iterator[httpx.Client]:
    """The service over a fresh copy of the registry-only store, on a real uvicorn."""
    store = tmp_path / "store"
    shutil.copytree(store_folder, store)
    overrides: dict[str, object] = {"store": str(store), "write_token": TOKEN, "shapes": shapes}
    application = build_app(Settings.load(overrides, {}))
    try:
        with serve_app(application) as base_url, httpx.Client(base_url=base_url, timeout=30) as http:
            yield http
    finally:
        application.state.services.store.close()


def test_a_posted_document_is_published_queryable_and_on_its_pages(service: httpx.Client) -> None:
    before = service.get("/health").json()["triples"]
    answer = post(service, ARTICLE, key="ukraine-cpt", publisher="Reuters")
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["key"] == "ukraine-cpt"
    assert body["status"] == "created"
    assert body["graph"].endswith("/graph/doc/ukraine-cpt")
    assert body["title"] == "Ukraine joins torture convention review"
    assert body["claims"] > 0 and body["entities"] > 0
    assert answer.headers["location"] == "/documents/ukraine-cpt"
    # The store, the figures and the pages see it as soon as the call returns.
    assert service.get("/health").json()["triples"] == before + body["triples"]
    assert ask(
        service, f"ASK {{ GRAPH <{body['graph']}> {{ ?claim a <https://w3id.org/treatygraph/def#Claim> }} }}"
    )
    page = service.get("/id/doc/ukraine-cpt", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "Ukraine joins torture convention review" in page.text
    listed = service.get("/documents").json()["documents"]
    assert [d["key"] for d in listed] == ["ukraine-cpt"]
    assert listed[0]["date"] == "2026-03-03"
    assert listed[0]["triples"] == body["triples"]
    assert listed[0]["claims"] == body["claims"]
    one = service.get("/documents/ukraine-cpt").json()
    assert one["entities"] == body["entities"]


def test_search_and_void_follow_a_posted_document(service: httpx.Client) -> None:
    void_before = service.get("/.well-known/void", headers={"Accept": "application/n-triples"}).text
    answer = post(
        service,
        ARTICLE,
        key="with-author",
        author="Olena Zvarych",  # no registry entry: the document describes her, so search finds her
    )
    assert answer.status_code == 201, answer.text
    hits = service.get("/api/search", params={"q": "Olena Zvarych"}).json()["results"]
    assert any(hit["label"] == "Olena Zvarych" for hit in hits), hits
    void_after = service.get("/.well-known/void", headers={"Accept": "application/n-triples"}).text
    assert void_after != void_before


def test_the_same_key_replaces_the_document_and_the_same_text_is_unchanged(service: httpx.Client) -> None:
    first = post(service, ARTICLE, key="story")
    assert first.status_code == 201, first.text
    again = post(service, ARTICLE, key="story")
    assert again.status_code == 200
    assert again.json()["status"] == "unchanged"
    assert again.json()["triples"] == first.json()["triples"]
    replaced = post(service, OTHER_ARTICLE, key="story")
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["status"] == "replaced"
    graph = replaced.json()["graph"]
    title = '"Moldova signs Istanbul Convention"'
    assert ask(service, f"ASK {{ GRAPH <{graph}> {{ ?d <http://purl.org/dc/terms/title> {title} }} }}")
    assert not ask(service, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o FILTER(CONTAINS(STR(?o), 'Ukraine')) }} }}")
    assert [d["key"] for d in service.get("/documents").json()["documents"]] == ["story"]
    forced = post(service, OTHER_ARTICLE, key="story", force="true")
    assert forced.json()["status"] == "replaced"


def test_a_document_without_a_key_is_named_by_its_text(service: httpx.Client) -> None:
    first = post(service, OTHER_ARTICLE)
    assert first.status_code == 201, first.text
    second = post(service, OTHER_ARTICLE)
    assert second.json()["key"] == first.json()["key"]
    assert second.json()["status"] == "unchanged"


def test_metadata_as_a_form_with_the_text_as_a_file(service: httpx.Client) -> None:
    metadata = {"title": "A title from the sidecar", "date_published": "2026-03", "language": "en"}
    answer = service.post(
        "/documents",
        params={"key": "form-post"},
        files={"text": ("article.txt", ARTICLE.encode(), "text/plain")},
        data={"metadata": json.dumps(metadata)},
        headers=AUTH,
        timeout=120,
    )
    assert answer.status_code == 201, answer.text
    entry = service.get("/documents/form-post").json()
    assert entry["title"] == "A title from the sidecar"
    assert entry["date"] == "2026-03"


def test_deleting_a_document_removes_its_graph(service: httpx.Client) -> None:
    posted = post(service, ARTICLE, key="short-lived")
    assert posted.status_code == 201, posted.text
    graph = posted.json()["graph"]
    assert service.delete("/documents/short-lived").status_code == 401
    assert service.delete("/documents/short-lived", headers=AUTH).status_code == 204
    assert not ask(service, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert service.get("/documents").json()["documents"] == []
    assert service.get("/documents/short-lived").status_code == 404
    gone = service.delete("/documents/short-lived", headers=AUTH)
    assert gone.status_code == 404
    assert gone.json()["error"] == "no document has the key 'short-lived'"


def test_writing_needs_the_token(service: httpx.Client) -> None:
    before = nquads(service)
    missing = service.post("/documents", content=ARTICLE.encode(), headers={"Content-Type": "text/plain"})
    assert missing.status_code == 401
    wrong = service.post(
        "/documents",
        content=ARTICLE.encode(),
        headers={"Content-Type": "text/plain", "Authorization": "Bearer not-the-token"},
    )
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"].startswith("Bearer")
    assert nquads(service) == before


def test_a_read_only_service_refuses_documents(store_folder: Path, tmp_path: Path, make_client: Any) -> None:
    store = tmp_path / "store"
    shutil.copytree(store_folder, store)
    application = build_app(Settings.load({"store": str(store)}, {}))
    try:
        with make_client(application) as http:
            answer = http.post(
                "/documents", content=ARTICLE.encode(), headers={**AUTH, "Content-Type": "text/plain"}
            )
            assert answer.status_code == 403
            assert http.delete("/documents/anything", headers=AUTH).status_code == 403
    finally:
        application.state.services.store.close()


def strict_shapes(folder: Path) -> Path:
    shapes = folder / "shapes"
    shutil.copytree(PROJECT_ROOT / "shapes", shapes)
    (shapes / "strict.ttl").write_text(STRICT_SHAPE, encoding="utf-8")
    return shapes


@pytest.mark.parametrize("shapes", [strict_shapes], indirect=True)
def test_a_document_the_gate_refuses_changes_nothing(service: httpx.Client) -> None:
    accepted = post(service, ARTICLE, key="kept", author="Jane Doe")
    assert accepted.status_code == 201, accepted.text
    before = nquads(service)
    for key in ("kept", "new-one"):  # neither a replacement nor a new document gets in
        refused = post(service, OTHER_ARTICLE, key=key)
        assert refused.status_code == 422, refused.text
        body = refused.json()
        assert body["ok"] is False and body["status"] == 422
        messages = [r["message"] for r in body["report"]["results"]]
        assert "a document must name its author" in messages
        assert nquads(service) == before


# A deployment's stricter rule on what extraction yields: every ratification must carry its date.
DATED_RATIFICATIONS = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix tg: <https://w3id.org/treatygraph/def#> .
<urn:test:RatificationDated> a sh:NodeShape ; sh:targetClass tg:Ratification ;
  sh:property [ sh:path tg:date ; sh:minCount 1 ; sh:message "a ratification must carry its date" ] .
"""


def dated_ratifications(folder: Path) -> Path:
    shapes = folder / "shapes"
    shutil.copytree(PROJECT_ROOT / "shapes", shapes)
    (shapes / "dated.ttl").write_text(DATED_RATIFICATIONS, encoding="utf-8")
    return shapes


@pytest.mark.parametrize("shapes", [dated_ratifications], indirect=True)
def test_a_fact_the_gate_refuses_is_left_out_and_the_answer_says_so(service: httpx.Client) -> None:
    text = (
        "Two ratifications\n\nLIMA, 3 March 2016 (Andes Wire) - Peru ratified the Rome Statute on "
        "10 November 2001.\n\nChile has also ratified the Convention against Torture.\n"
    )
    answer = post(service, text, key="two-ratifications")
    assert answer.status_code == 201, answer.text
    assert any("a ratification must carry its date" in line for line in answer.json()["leftOut"])
    graph = answer.json()["graph"]
    assert ask(
        service,
        f"PREFIX tg: <{TG}> ASK {{ GRAPH <{graph}> {{ ?a a tg:Ratification ; tg:state ?s }} "
        'FILTER(STRENDS(STR(?s), "/per")) }',
    )
    assert not ask(
        service,
        f'PREFIX tg: <{TG}> ASK {{ GRAPH <{graph}> {{ ?a tg:state ?s }} FILTER(STRENDS(STR(?s), "/chl")) }}',
    )


@pytest.mark.parametrize(
    ("kwargs", "status", "words"),
    [
        ({"content": b"", "headers": {"Content-Type": "text/plain"}}, 400, "empty"),
        ({"content": b"\xff\xfe bad", "headers": {"Content-Type": "text/plain"}}, 400, "UTF-8"),
        ({"content": b"<a/>", "headers": {"Content-Type": "application/xml"}}, 415, "text/plain"),
        ({"data": {"metadata": "{}"}}, 400, "'text'"),
        ({"data": {"text": ARTICLE, "metadata": '{"colour": "red"}'}}, 400, "unknown fields: colour"),
        ({"data": {"text": ARTICLE, "metadata": "[1"}}, 400, "not valid JSON"),
        ({"data": {"text": ARTICLE, "key": "Not A Key"}}, 400, "not a document key"),
        ({"data": {"text": ARTICLE}, "params": {"date": "2026-02-30"}}, 400, "not a real date"),
        ({"content": b"x" * 200_000, "headers": {"Content-Type": "text/plain"}}, 413, "exceeds"),
    ],
)
def test_bad_posts_are_refused_plainly_and_change_nothing(
    store_folder: Path, tmp_path: Path, make_client: Any, kwargs: dict[str, Any], status: int, words: str
) -> None:
    store = tmp_path / "store"
    shutil.copytree(store_folder, store)
    settings = Settings.load({"store": str(store), "write_token": TOKEN, "max_body_bytes": 100_000}, {})
    application = build_app(settings)
    try:
        with make_client(application) as http:
            before = nquads(http)
            headers = {**AUTH, **kwargs.pop("headers", {})}
            answer = http.post("/documents", headers=headers, **kwargs)
            assert answer.status_code == status, answer.text
            assert words in answer.json()["error"]
            assert nquads(http) == before
    finally:
        application.state.services.store.close()


def test_the_routes_are_in_the_openapi_description(service: httpx.Client) -> None:
    paths = service.get("/openapi.json").json()["paths"]
    assert {"post", "get"} <= set(paths["/documents"])
    assert {"get", "delete"} <= set(paths["/documents/{key}"])
    body = paths["/documents"]["post"]["requestBody"]["content"]
    assert {"text/plain", "multipart/form-data"} <= set(body)
    assert "422" in paths["/documents"]["post"]["responses"]
