from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from loaders.errors import RegistryError
from loaders.registry import load_registry
from loaders.vocabulary import ORG, SCHEMA, SKOS, TG

DATA = Path(__file__).parents[2] / "data"
REGISTRY = (DATA / "reference", DATA / "registry.ttl")
BASE = "https://w3id.org/treatygraph/id/"


def test_relative_iris_resolve_against_the_given_base() -> None:
    other = "https://example.org/data/"
    registry = load_registry(REGISTRY, other)
    subjects = {t.subject.value for t in registry.triples if isinstance(t.subject, ox.NamedNode)}
    assert other + "treaty/cets-126" in subjects
    assert not any(s.startswith(BASE) for s in subjects)
    assert registry.entries["treaty/cets-126"].label.startswith("European Convention for the Prevention")


def test_every_typed_subject_has_exactly_one_pref_label() -> None:
    registry = load_registry(REGISTRY, BASE)
    typed = {t.subject for t in registry.triples if t.predicate.value.endswith("#type")}
    for subject in typed:
        labels = [t for t in registry.triples if t.subject == subject and t.predicate.value == SKOS.prefLabel]
        assert len(labels) == 1, subject


def test_gazetteer_separates_aliases_from_context_only_aliases() -> None:
    registry = load_registry(REGISTRY, BASE)
    russia = registry.entries["state/rus"]
    assert russia.cls == TG.State
    assert "Moscow" in russia.hidden and "Moscow" not in russia.aliases
    assert "ECPT" in registry.entries["treaty/cets-126"].aliases
    assert "the convention" in registry.entries["treaty/cets-126"].hidden


def test_the_three_anti_torture_bodies_stay_distinct() -> None:
    registry = load_registry(REGISTRY, BASE)
    keys = {"org/committee-against-torture", "org/crew-against-torture", "org/un-cat-committee"}
    assert keys <= set(registry.entries)
    assert len({registry.entries[k].label for k in keys}) == 3


def test_authoritative_dates_keep_their_precision() -> None:
    registry = load_registry(REGISTRY, BASE)
    ratification = ox.NamedNode(BASE + "action/rus-cets-126-ratification")
    dates = {t.object for t in registry.triples if t.subject == ratification and t.predicate.value == TG.date}
    assert dates == {ox.Literal("1998-03-28", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))}


def test_malformed_turtle_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<state/rus> a <x> ;; .\n<", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad\.ttl"):
        load_registry(bad, BASE)


def test_missing_file_is_a_registry_error(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "absent.ttl", BASE)


def test_states_come_from_iso_3166_with_the_tables_names_and_cues() -> None:
    registry = load_registry(REGISTRY, BASE)
    states = {k for k, e in registry.entries.items() if e.cls == TG.State}
    assert len(states) == 200  # 193 UN members, 2 observers, 5 former states
    uk = registry.entries["state/gbr"]
    assert uk.label == "United Kingdom"
    assert {"Britain", "the UK", "United Kingdom of Great Britain and Northern Ireland"} <= set(uk.aliases)
    assert registry.entries["state/sun"].label == "Soviet Union"
    assert "London" in uk.hidden and "London" not in uk.aliases
    assert registry.entries["place/london"].cls == TG.Place
    assert registry.demonyms["Venezuelan"] == ("state/ven",)
    assert registry.demonyms["Congolese"] == ("state/cod", "state/cog")
    assert "Venezuelan" not in registry.entries["state/ven"].aliases
    assert "Jordan" in registry.entries["state/jor"].ambiguous and "Jordan" in registry.ambiguous


def test_a_bad_states_table_names_its_line(tmp_path: Path) -> None:
    table = tmp_path / "states.tsv"
    header = "alpha3\tstatus\tlabel\taliases\tdemonyms\tcapitals\twikidata\tambiguous\tsuccessor_of\n"
    table.write_text(header + "XXX\tmember\t\t\t\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"states\.tsv, line 2: 'XXX' is not an ISO 3166"):
        load_registry(table, BASE)


def test_treaties_name_their_bodies_and_depositaries() -> None:
    registry = load_registry(REGISTRY, BASE)

    def objects(key: str, predicate: str) -> set[str]:
        node = ox.NamedNode(BASE + key)
        return {
            t.object.value.removeprefix(BASE)
            for t in registry.triples
            if t.subject == node and t.predicate.value == predicate
        }

    assert objects("treaty/cets-210", TG.establishes) == {"org/grevio"}
    assert objects("treaty/cets-210", TG.depositary) == {"org/coe-sg"}
    assert objects("treaty/gc-iv", TG.depositary) == {"org/swiss-federal-council"}
    assert objects("org/cescr", TG.monitors) == {"treaty/icescr", "treaty/icescr-op"}
    assert "ICCPR" in registry.entries["treaty/iccpr"].aliases
    assert registry.entries["treaty/iccpr-op2"].cls == TG.Protocol


def test_the_regional_and_thematic_instruments_name_their_bodies_and_depositaries() -> None:
    registry = load_registry(REGISTRY, BASE)

    def objects(key: str, predicate: str) -> set[str]:
        node = ox.NamedNode(BASE + key)
        return {
            t.object.value.removeprefix(BASE)
            for t in registry.triples
            if t.subject == node and t.predicate.value == predicate
        }

    committee = "org/arab-human-rights-committee"
    assert objects("treaty/arab-charter-on-human-rights", TG.establishes) == {committee}
    assert objects(committee, ORG.subOrganizationOf) == {"org/league-of-arab-states"}
    assert objects("treaty/asean-charter", TG.establishes) == {"org/aichr"}
    assert objects("treaty/kampala-amendments", SCHEMA.legislationAmends) == {"treaty/rome-statute"}
    assert objects("treaty/convention-on-the-reduction-of-statelessness", TG.depositary) == {"org/un-sg"}
    assert objects("treaty/kampala-convention", TG.depositary) == {"org/african-union-commission"}
    assert "treaty/ilo-c190" in objects("org/ceacr", TG.monitors)
    assert objects("org/ceacr", ORG.subOrganizationOf) == {"org/ilo"}
    assert registry.entries["treaty/kampala-amendments"].cls == TG.Protocol
    assert "the Charter" not in registry.entries["treaty/asean-charter"].aliases
