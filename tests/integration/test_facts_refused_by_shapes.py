"""A fact the shapes refuse costs that fact, not the document: the graph is published without
the facts about the node at fault, the load says what it left out, and a fault in the document's
own record still refuses the whole document (see test_bad_input_changes_nothing)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from treatygraph.cli import app as cli
from treatygraph.settings import PROJECT_ROOT

ARTICLE = """Two ratifications

LIMA, 3 March 2016 (Andes Wire) - Peru ratified the Rome Statute on 10 November 2001.

Chile has also ratified the Convention against Torture.
"""

# A deployment's stricter rule on what extraction yields: every ratification must carry its date.
DATED_ONLY = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix tg: <https://w3id.org/treatygraph/def#> .
<urn:test:RatificationDated> a sh:NodeShape ; sh:targetClass tg:Ratification ;
  sh:property [ sh:path tg:date ; sh:minCount 1 ; sh:message "a ratification must carry its date" ] .
"""

PREFIXES = "PREFIX tg: <https://w3id.org/treatygraph/def#>\n"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.output


def ratifying_states(store: Path) -> set[str]:
    query = PREFIXES + (
        "SELECT ?state WHERE { GRAPH ?g { ?act a tg:Ratification ; tg:state ?state } "
        'FILTER(CONTAINS(STR(?g), "two-ratifications")) }'
    )
    code, output = run("--store", str(store), "query", query, "--format", "json")
    assert code == 0, output
    return {row["state"]["value"].rsplit("/", 1)[-1] for row in json.loads(output)["results"]["bindings"]}


def test_a_refused_fact_is_left_out_and_the_rest_of_the_document_loads(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes"
    shutil.copytree(PROJECT_ROOT / "shapes", shapes)
    (shapes / "dated.ttl").write_text(DATED_ONLY, encoding="utf-8")
    article = tmp_path / "two-ratifications.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"

    code, output = run("--store", str(store), "load", str(article), env={"TREATYGRAPH_SHAPES": str(shapes)})

    assert code == 0, output
    assert "left out" in output and "a ratification must carry its date" in output
    assert ratifying_states(store) == {"per"}  # Chile's undated ratification is the one left out


def test_without_the_stricter_rule_both_facts_load(tmp_path: Path) -> None:
    article = tmp_path / "two-ratifications.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    code, output = run("--store", str(store), "load", str(article))
    assert code == 0, output
    assert "left out" not in output
    assert ratifying_states(store) == {"per", "chl"}
