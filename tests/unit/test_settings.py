from __future__ import annotations

from dataclasses import fields
from pathlib import Path

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
