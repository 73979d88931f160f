"""A document about entities no reference lists goes in; they come out over SPARQL, typed and named."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from treatygraph.cli import app as cli

ARTICLE = (
    "Kelvaria to leave regional detention treaty, ombudsperson warns\n\n"
    "GENEVA, 3 March 2026 – Kelvaria will withdraw from the Andean Convention on Detention "
    "Monitoring, the government announced.\n\n"
    "Kelvarian President Đorđe Šćepanović signed the decree on Monday. Ximena Quispe, a "
    "spokeswoman for the ombudsperson's office, said the decision was "
    '"a step backwards for every detainee".\n\n'
    "The convention established the Committee on Detention Oversight (CDO), which monitors "
    "places of detention in states parties. Kelvaria has received four visits from the CDO since 2015.\n"
)

SELECT = """
PREFIX tg: <https://w3id.org/treatygraph/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?class ?label WHERE {
  GRAPH ?g { ?entity a ?class ; skos:prefLabel ?label }
  FILTER(?class IN (tg:Person, tg:MonitoringBody, tg:Treaty, tg:Place))
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/treatygraph/id/graph/doc/"))
}
"""


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def entities(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "kelvaria.txt").write_text(ARTICLE, encoding="utf-8")
    meta = {"title": ARTICLE.splitlines()[0], "publisher": "Test Wire", "date_published": "2026-03-03"}
    (folder / "kelvaria.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    store = str(tmp_path_factory.mktemp("store"))
    run("--store", store, "load", str(folder))
    rows = json.loads(run("--store", store, "query", "--format", "json", SELECT))["results"]["bindings"]
    base = "https://w3id.org/treatygraph/id/"
    return {
        row["entity"]["value"].removeprefix(base): (
            row["class"]["value"].split("#")[-1],
            row["label"]["value"],
        )
        for row in rows
    }


def test_a_president_with_a_non_ascii_name_is_one_person(entities: dict[str, tuple[str, str]]) -> None:
    assert entities["person/dorde-scepanovic"] == ("Person", "Đorđe Šćepanović")


def test_a_person_named_in_an_apposition(entities: dict[str, tuple[str, str]]) -> None:
    assert entities["person/ximena-quispe"] == ("Person", "Ximena Quispe")


def test_the_nationality_before_a_title_is_not_a_person(entities: dict[str, tuple[str, str]]) -> None:
    people = {label for cls, label in entities.values() if cls == "Person"}
    assert people == {"Đorđe Šćepanović", "Ximena Quispe"}


def test_a_body_and_its_abbreviation_are_one_monitoring_body(entities: dict[str, tuple[str, str]]) -> None:
    assert entities["org/committee-on-detention-oversight"] == (
        "MonitoringBody",
        "Committee on Detention Oversight",
    )
    assert not any(key.startswith("org/cdo") for key in entities)


def test_a_treaty_named_by_its_head_noun(entities: dict[str, tuple[str, str]]) -> None:
    assert entities["treaty/andean-convention-on-detention-monitoring"] == (
        "Treaty",
        "Andean Convention on Detention Monitoring",
    )


def test_the_dateline_city_is_a_place(entities: dict[str, tuple[str, str]]) -> None:
    assert entities["place/geneva"] == ("Place", "Geneva")
