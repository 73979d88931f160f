"""Every sidecar field is documented where a user looks: `treatygraph load --help` and the README."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from loaders.documents import DocumentMetadata
from treatygraph.cli import app as cli
from treatygraph.settings import PROJECT_ROOT

FIELDS = sorted(DocumentMetadata.__dataclass_fields__)


@pytest.mark.parametrize("field", FIELDS)
def test_load_help_lists_each_sidecar_field(field: str) -> None:
    result = CliRunner().invoke(cli, ["load", "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert re.search(rf"^\s*│?\s*{field}\s{{2,}}\S", result.output, re.M), result.output


def test_the_readme_has_a_row_for_each_sidecar_field() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The sidecar", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \|", section, re.M)
    assert sorted(rows) == FIELDS
