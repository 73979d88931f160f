"""The whole pipeline with the graph on a SPARQL server: `treatygraph --store http://…/query load`,
then the HTTP service over that store, asked the same questions as over the embedded store.

The questions are the tests of ``test_corpus_over_http``, imported so that they run here with
this module's ``client`` fixture: one set of assertions, two backends. A write refused by the
SHACL gate leaves the server's graph as it was.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
import pytest
import test_corpus_over_http as over_embedded
from typer.testing import CliRunner

from graph import RemoteStore
from treatygraph.cli import app as cli
from treatygraph.service import build_app
from treatygraph.settings import PROJECT_ROOT, Settings

MakeClient = Callable[[object], AbstractContextManager[httpx.Client]]

# The questions, collected again in this module so that they use its `client`: the remote store.
QUESTIONS = {name: test for name, test in vars(over_embedded).items() if name.startswith("test_")}
globals().update(QUESTIONS)

ONE_DOCUMENT = PROJECT_ROOT / "data" / "documents" / "004_a00dd6bdca9b889f.txt"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def remote_query_url(private_oxigraph: Callable[[], AbstractContextManager[str]]) -> Iterator[str]:
    """A server of this module's own, loaded with the whole corpus by the CLI."""
    with private_oxigraph() as base_url:
        query_url = base_url + "/query"
        code, output = run("--store", query_url, "load")
        assert code == 0, output
        yield query_url


@pytest.fixture(scope="module")
def client(remote_query_url: str, make_client: MakeClient) -> Iterator[httpx.Client]:
    """The service over the remote store, chosen by configuration alone (TREATYGRAPH_STORE)."""
    settings = Settings.load({}, {"TREATYGRAPH_STORE": remote_query_url})
    assert settings.is_remote
    application = build_app(settings)
    store = application.state.services.store
    assert isinstance(store, RemoteStore)
    with make_client(application) as http:
        yield http
    store.close()


def test_every_question_is_asked_of_the_remote_store() -> None:
    assert len(QUESTIONS) >= 7, sorted(QUESTIONS)


def test_remote_graph_is_the_whole_corpus(client: httpx.Client) -> None:
    health = client.get("/health")
    assert health.status_code == 200
    assert health.json()["triples"] > 1000
    void = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    assert void.status_code == 200
    assert b"<https://w3id.org/treatygraph/id/graph/registry>" in void.content


# --- the gate in front of a remote store -----------------------------------------------------------


def snapshot(store: str) -> list[str]:
    code, output = run("--store", store, "export", "--format", "nquads")
    assert code == 0, output
    return sorted(output.splitlines())


def test_document_failing_the_shapes_leaves_the_remote_graph_unchanged(
    short_lived_oxigraph: tuple[str, Callable[[], None]], tmp_path: Path
) -> None:
    base_url, _ = short_lived_oxigraph
    store = base_url + "/query"
    code, output = run("--store", store, "load", str(ONE_DOCUMENT))
    assert code == 0, output
    shapes = tmp_path / "shapes"
    shutil.copytree(PROJECT_ROOT / "shapes", shapes)
    # A deployment's stricter rule: every document must name its author. The bundled article does not.
    (shapes / "strict.ttl").write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix tg: <https://w3id.org/treatygraph/def#> .
        @prefix schema: <https://schema.org/> .
        <urn:test:AuthorRequired> a sh:NodeShape ; sh:targetClass tg:SourceDocument ;
          sh:property [ sh:path schema:author ; sh:minCount 1 ;
                        sh:message "a document must name its author" ] .
        """,
        encoding="utf-8",
    )
    # The shapes are among the registry's inputs: a load under new shapes checks and records it
    # again. Done first, so that what follows is the refused document alone.
    empty = tmp_path / "no-documents"
    empty.mkdir()
    code, output = run("--store", store, "load", str(empty), env={"TREATYGRAPH_SHAPES": str(shapes)})
    assert code == 0, output
    before = snapshot(store)
    assert before
    changed = tmp_path / ONE_DOCUMENT.name
    changed.write_bytes(ONE_DOCUMENT.read_bytes() + b"\nPutin signed it again.\n")
    sidecar = ONE_DOCUMENT.with_name(ONE_DOCUMENT.name.replace(".txt", ".meta.json"))
    shutil.copy(sidecar, tmp_path / sidecar.name)
    code, output = run("--store", store, "load", str(changed), env={"TREATYGRAPH_SHAPES": str(shapes)})
    assert code == 1
    assert "a document must name its author" in output
    assert snapshot(store) == before
