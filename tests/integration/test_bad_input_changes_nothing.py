"""Bad documents, shapes and queries get clear errors and leave the published graph exactly as it was."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from treatygraph.cli import app as cli
from treatygraph.service import build_app
from treatygraph.settings import PROJECT_ROOT, Settings

CORPUS = PROJECT_ROOT / "data" / "documents"
ONE_DOCUMENT = CORPUS / "004_a00dd6bdca9b889f.txt"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.output


def snapshot(store: Path) -> list[str]:
    code, output = run("--store", str(store), "export", "--format", "nquads")
    assert code == 0, output
    return sorted(output.splitlines())


@pytest.fixture()
def loaded(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    code, output = run("--store", str(store), "load", str(ONE_DOCUMENT))
    assert code == 0, output
    return store


def copy_document(folder: Path, text: bytes, meta: dict[str, object] | None = None) -> Path:
    """A document that would replace the loaded one (same key) if it were accepted."""
    target = folder / ONE_DOCUMENT.name
    target.write_bytes(text)
    sidecar = ONE_DOCUMENT.with_name(ONE_DOCUMENT.name.replace(".txt", ".meta.json"))
    if meta is None:
        shutil.copy(sidecar, folder / sidecar.name)
    else:
        (folder / sidecar.name).write_text(json.dumps(meta), encoding="utf-8")
    return target


def test_malformed_document_is_refused_and_nothing_changes(loaded: Path, tmp_path: Path) -> None:
    before = snapshot(loaded)
    assert before
    bad = copy_document(tmp_path, b"Putin signed \xff\xfe a law on September 29, 2025.")
    code, output = run("--store", str(loaded), "load", str(bad))
    assert code == 1
    assert "not valid UTF-8" in output and bad.name in output
    assert snapshot(loaded) == before


def test_document_failing_the_shapes_is_refused_and_nothing_changes(loaded: Path, tmp_path: Path) -> None:
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
    code, output = run("--store", str(loaded), "load", str(empty), env={"TREATYGRAPH_SHAPES": str(shapes)})
    assert code == 0, output
    before = snapshot(loaded)
    changed = copy_document(tmp_path, ONE_DOCUMENT.read_bytes() + b"\nPutin signed it again.\n")
    code, output = run("--store", str(loaded), "load", str(changed), env={"TREATYGRAPH_SHAPES": str(shapes)})
    assert code == 1
    assert "a document must name its author" in output
    assert snapshot(loaded) == before


def test_malformed_shapes_file_is_named_and_nothing_changes(loaded: Path, tmp_path: Path) -> None:
    before = snapshot(loaded)
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "broken.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> sh:path", encoding="utf-8"
    )
    code, output = run("--store", str(loaded), "load", env={"TREATYGRAPH_SHAPES": str(shapes)})
    assert code == 1
    assert "broken.ttl" in output
    assert snapshot(loaded) == before


def test_malformed_query_is_400_and_nothing_changes(
    loaded: Path, make_client: Callable[[object], AbstractContextManager[httpx.Client]]
) -> None:
    before = snapshot(loaded)
    with make_client(build_app(Settings.load({"store": str(loaded)}, {}))) as client:
        response = client.get("/sparql", params={"query": "SELEC ?s WHERE { ?s ?p ?o }"})
        assert response.status_code == 400
        assert response.headers["content-type"].startswith("text/plain")
        assert response.text.strip()
        update = client.post("/sparql", data={"query": "DELETE WHERE { ?s ?p ?o }"})
        assert update.status_code == 400
    assert snapshot(loaded) == before
