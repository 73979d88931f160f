"""Minutes-long tests, run by ``make stress`` (which sets ``TREATYGRAPH_STRESS=1``).

``make test`` collects ``tests/`` too; without the variable this folder is left out of the
collection rather than skipped test by test, so the quick run stays quick and says nothing false.
"""

from __future__ import annotations

import os
from pathlib import Path


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    if os.environ.get("TREATYGRAPH_STRESS") == "1":
        return None
    return collection_path.suffix == ".py" and collection_path.name.startswith("test_")
