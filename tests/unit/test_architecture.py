"""The dependency direction of the packages: ``ontology`` at the bottom, loaders and graph knowing
nothing of each other or of api, and the vocabulary declared in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OURS = {"ontology", "loaders", "graph", "api", "treatygraph"}
ALLOWED = {
    "ontology": set(),
    "loaders": {"ontology"},
    "graph": {"ontology"},
    "api": {"ontology", "graph"},
    "treatygraph": {"ontology", "loaders", "graph", "api"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names & OURS


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_it_may(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no modules found in {package}/"
    for path in files:
        wrong = imported_packages(path) - ALLOWED[package] - {package}
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


@pytest.mark.parametrize(
    "iri",
    ["https://w3id.org/treatygraph/def#", "http://www.w3.org/2004/02/skos/core#", "https://schema.org/"],
)
def test_namespaces_are_declared_once(iri: str) -> None:
    """A namespace written out as a string of its own lives in ``ontology/namespaces.py`` only."""
    holders = [
        str(path.relative_to(ROOT))
        for package in sorted(OURS)
        for path in sorted((ROOT / package).rglob("*.py"))
        if f'"{iri}"' in path.read_text(encoding="utf-8") or f"<{iri}>" in path.read_text(encoding="utf-8")
    ]
    assert holders == ["ontology/namespaces.py"]
