"""Plain-text documents through the command line: no sidecar needed, metadata and dates read
from the text, and a broken document reported while the others are published."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from treatygraph.cli import app as cli
from treatygraph.settings import PROJECT_ROOT

PLAIN = PROJECT_ROOT / "tests" / "data" / "plain"
WIRE = PLAIN / "veloria-wire.txt"  # opens with "PORT SALVO, 10 September 2012 (Reuters) –"
UNDATED = PLAIN / "veloria-undated.txt"  # the same story with no dateline

PREFIXES = """
PREFIX tg: <https://w3id.org/treatygraph/def#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def select(store: Path, query: str) -> list[dict[str, str]]:
    code, output = run("--store", str(store), "query", PREFIXES + query, "--format", "json")
    assert code == 0, output
    bindings = json.loads(output)["results"]["bindings"]
    return [{name: term["value"] for name, term in row.items()} for row in bindings]


def document_row(store: Path, *, dateline: bool) -> dict[str, str]:
    """The document node of the article with (or without) the dateline."""
    rows = select(
        store,
        f"""SELECT ?doc ?title ?issued ?note ?place ?publisher WHERE {{
          ?doc a tg:SourceDocument ; dct:title ?title ; schema:text ?text .
          FILTER({"" if dateline else "!"}CONTAINS(?text, "PORT SALVO"))
          OPTIONAL {{ ?doc dct:issued ?issued }}
          OPTIONAL {{ ?doc tg:dateNote ?note }}
          OPTIONAL {{ ?doc schema:locationCreated/skos:prefLabel ?place }}
          OPTIONAL {{ ?doc schema:publisher/skos:prefLabel ?publisher }}
        }}""",
    )
    assert len(rows) == 1, rows
    return rows[0]


def claimed_dates(store: Path, doc: str) -> dict[str, tuple[str, str | None]]:
    """Event key -> (date, how it was resolved) for the dates claimed by one document."""
    rows = select(
        store,
        f"""SELECT ?event ?date ?note WHERE {{
          ?claim a tg:Claim ; prov:wasDerivedFrom <{doc}> ;
                 rdf:subject ?event ; rdf:predicate tg:date ; rdf:object ?date .
          OPTIONAL {{ ?claim tg:dateNote ?note }}
        }}""",
    )
    return {row["event"].rsplit("/", 1)[-1]: (row["date"], row.get("note")) for row in rows}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """Two sidecar-less articles and three broken documents, loaded together."""
    folder = tmp_path_factory.mktemp("documents")
    shutil.copy(WIRE, folder / WIRE.name)
    shutil.copy(UNDATED, folder / UNDATED.name)
    (folder / "latin.txt").write_bytes("Geneva, caf\xe9 society.".encode("latin-1"))
    (folder / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (folder / "broken.txt").write_text("The committee met.", encoding="utf-8")
    (folder / "broken.meta.json").write_text('{"title": "x",', encoding="utf-8")
    store = tmp_path_factory.mktemp("store")
    code, output = run("--store", str(store), "load", str(folder))
    return store, code, output


def test_a_broken_document_is_reported_and_the_others_load(loaded: tuple[Path, int, str]) -> None:
    store, code, output = loaded
    assert code == 1
    lines = output.splitlines()
    for name, reason in [
        ("latin.txt", "not valid UTF-8"),
        ("blank.txt", "empty"),
        ("broken.txt", "malformed JSON"),
    ]:
        assert any(name in line and reason in line for line in lines), (name, output)
    assert "2 of 5 documents loaded" in output
    titles = {
        row["title"]
        for row in select(store, "SELECT ?title WHERE { ?d a tg:SourceDocument ; dct:title ?title }")
    }
    assert titles == {"Veloria moves to quit the Southern Charter on Detainee Rights"}
    assert len(select(store, "SELECT ?d WHERE { ?d a tg:SourceDocument }")) == 2


def test_sidecar_less_article_takes_title_date_place_and_agency_from_its_text(
    loaded: tuple[Path, int, str],
) -> None:
    store, _, _ = loaded
    row = document_row(store, dateline=True)
    assert row["title"] == "Veloria moves to quit the Southern Charter on Detainee Rights"
    assert row["issued"] == "2012-09-10"
    assert "dateline" in row["note"] and "PORT SALVO, 10 September 2012" in row["note"]
    assert row["place"] == "Port Salvo"
    assert row["publisher"] == "Reuters"


def test_yearless_and_relative_dates_are_resolved_against_the_dateline(loaded: tuple[Path, int, str]) -> None:
    store, _, _ = loaded
    dates = claimed_dates(store, document_row(store, dateline=True)["doc"])
    ratified, how = dates["veloria-southern-charter-on-detainee-rights-ratification"]
    assert ratified == "2012-03-17"  # "on 17 March": the most recent one before 10 September 2012
    assert how and "17 March" in how and "2012-09-10" in how
    bill, how = dates["veloria-southern-charter-on-detainee-rights-denunciation-bill"]
    assert bill == "2012-09-09"  # "Yesterday", in an article dated 10 September 2012
    assert how and "Yesterday" in how and "2012-09-10" in how


def test_undated_article_leaves_yearless_and_relative_dates_undated(loaded: tuple[Path, int, str]) -> None:
    store, _, _ = loaded
    row = document_row(store, dateline=False)
    assert "issued" not in row and "place" not in row
    assert claimed_dates(store, row["doc"]) == {}
