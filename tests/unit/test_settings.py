from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from api.config import ApiConfig
from treatygraph.service import api_config
from treatygraph.settings import SETTINGS, Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_setting_has_help_and_is_in_the_readme() -> None:
    assert {f.name for f in fields(Settings)} == {s.name for s in SETTINGS}
    for setting in SETTINGS:
        assert setting.help
        assert setting.env in README, f"{setting.env} is not documented in README.md"


def test_cli_overrides_beat_environment_which_beats_defaults() -> None:
    env = {"TREATYGRAPH_PORT": "9001", "TREATYGRAPH_STORE": "/tmp/elsewhere"}
    settings = Settings.load({"store": "/tmp/cli", "port": None}, env)
    assert settings.store == "/tmp/cli"
    assert settings.port == 9001
    assert settings.host == Settings().host


def test_remote_store_is_chosen_by_url() -> None:
    assert Settings.load({"store": "http://127.0.0.1:7878/query"}, {}).is_remote
    assert not Settings.load({"store": "var/store"}, {}).is_remote


def test_allowlist_parses_comma_separated_endpoints() -> None:
    settings = Settings.load(
        None, {"TREATYGRAPH_SERVICE_ALLOWLIST": "https://a.example/sparql, https://b.example/q"}
    )
    assert settings.service_allowlist == ("https://a.example/sparql", "https://b.example/q")


def test_the_service_configuration_is_the_settings_of_the_same_names() -> None:
    """Each ``ApiConfig`` field is a setting with the same name and default (the two file lists
    excepted: they are read from the ontology and shapes folders), and is copied from it."""
    settings = {f.name for f in fields(Settings)}
    listed_from_folders = {"ontology_files", "shape_files"}
    for f in fields(ApiConfig):
        if f.name in listed_from_folders:
            continue
        assert f.name in settings, f"ApiConfig.{f.name} has no setting of that name"
        assert getattr(Settings(), f.name) == getattr(ApiConfig(), f.name), f"{f.name}: defaults differ"

    env = {
        "TREATYGRAPH_BASE_IRI": "https://example.org/id/",
        "TREATYGRAPH_TITLE": "Example treaties",
        "TREATYGRAPH_WRITE_TOKEN": "secret",
        "TREATYGRAPH_QUERY_TIMEOUT": "7.5",
        "TREATYGRAPH_RESULT_LIMIT": "10",
        "TREATYGRAPH_MAX_BODY_BYTES": "2048",
        "TREATYGRAPH_SERVICE_ALLOWLIST": "https://a.example/sparql",
        "TREATYGRAPH_PUBLIC_URL": "https://treaties.example.org",
        "TREATYGRAPH_MAX_CONCURRENT_QUERIES": "3",
        "TREATYGRAPH_MAX_QUEUED_QUERIES": "5",
    }
    shared = {f.name for f in fields(ApiConfig)} - listed_from_folders
    assert {name.removeprefix("TREATYGRAPH_").lower() for name in env} == shared
    loaded = Settings.load(None, env)
    config = api_config(loaded)
    for name in shared:
        assert getattr(config, name) == getattr(loaded, name) != getattr(ApiConfig(), name), name
    assert config.ontology_files == tuple(loaded.ontology_files()) != ()
    assert config.shape_files == tuple(loaded.shape_files()) != ()
