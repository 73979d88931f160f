"""Shared fixtures of the unit tests: the reference registry, read once for the whole run (every
extraction test reads sentences against it, and nothing writes to it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.registry import Registry, load_registry

ROOT = Path(__file__).parents[2]
BASE = "https://w3id.org/treatygraph/id/"


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry((ROOT / "data" / "reference", ROOT / "data" / "registry.ttl"), BASE)
