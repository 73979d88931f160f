"""The packages keep their layers: ``ontology`` at the bottom, ``loaders`` and ``graph`` beside
each other, ``api`` over ``graph``, and ``treatygraph`` wiring them all."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("ontology", "loaders", "graph", "api", "treatygraph")
ALLOWED = {
    "ontology": set(),
    "loaders": {"ontology"},
    "graph": {"ontology"},
    "api": {"ontology", "graph"},
    "treatygraph": {"ontology", "loaders", "graph", "api"},
}


def _imported_packages(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_package_imports_only_the_layers_below(package: str) -> None:
    wrong = {
        str(path.relative_to(ROOT)): sorted(_imported_packages(path) - ALLOWED[package] - {package})
        for path in sorted((ROOT / package).rglob("*.py"))
    }
    assert {k: v for k, v in wrong.items() if v} == {}


@pytest.mark.parametrize(
    "iri",
    ["https://w3id.org/treatygraph/def#", "http://www.w3.org/2004/02/skos/core#", "https://schema.org/"],
)
def test_namespaces_are_declared_once(iri: str) -> None:
    """A namespace written out as a string of its own lives in ``ontology/namespaces.py`` only."""
    holders = [
        str(path.relative_to(ROOT))
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if f'"{iri}"' in path.read_text(encoding="utf-8") or f"<{iri}>" in path.read_text(encoding="utf-8")
    ]
    assert holders == ["ontology/namespaces.py"]
