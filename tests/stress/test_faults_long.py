"""The fault and fuzz properties of tests/integration, at a size too slow for ``make test``:
a load killed at many more points over a bigger input, and the fuzz tests with many examples."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _faults() -> ModuleType:
    spec = importlib.util.spec_from_file_location("faults", ROOT / "tests/integration/test_faults.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_load_killed_at_many_points_leaves_each_graph_whole_or_absent(tmp_path: Path) -> None:
    faults = _faults()
    folder = faults.copy_corpus(tmp_path / "docs", copies=4)
    reference = faults.reference_load(tmp_path, folder)
    delays = [0.1, 0.2, 0.5, 1.0, 2.0, 3.0, 3.5, 4.0, 5.0, 6.0, 7.5, 9.0, 11.0, 13.0]
    found = faults.kill_loads_at(tmp_path, folder, reference, delays)
    print(f"\ngraphs present after each kill ({len(reference)} in a full load): {found}")
    assert sum(0 < n < len(reference) for n in found) >= 3, found


def test_fuzz_with_many_examples() -> None:
    env = {**os.environ, "TREATYGRAPH_FUZZ_EXAMPLES": "600"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(ROOT / "tests/integration/test_fuzz.py"),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    print(done.stdout[-2000:])
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
