"""Settings: built once from CLI options, then ``TREATYGRAPH_*`` environment variables, then defaults.

Every setting is listed in ``SETTINGS`` with its help text; the README's table and ``--help``
come from the same records, and a test checks that the README documents each one.

The HTTP service's settings are the fields of ``api.config.ApiConfig``, under the same names:
their defaults are read from it here, and ``treatygraph.service.api_config`` copies them by
name, so a default or a name is written once.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from api.config import ApiConfig

__all__ = ["PROJECT_ROOT", "SETTINGS", "SettingInfo", "Settings"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_API = ApiConfig()  # the defaults of the settings the HTTP service shares


@dataclass(frozen=True)
class SettingInfo:
    name: str
    env: str
    help: str


@dataclass(frozen=True)
class Settings:
    """Everything TreatyGraph needs to run, in one frozen value passed explicitly."""

    store: str = str(PROJECT_ROOT / "var" / "store")
    update_endpoint: str | None = None
    graph_store_endpoint: str | None = None
    store_user: str | None = field(default=None, repr=False)
    store_password: str | None = field(default=None, repr=False)
    store_token: str | None = field(default=None, repr=False)
    store_graphs: tuple[str, ...] = ()
    base_iri: str = _API.base_iri
    title: str = _API.title
    public_url: str | None = _API.public_url
    host: str = "127.0.0.1"
    port: int = 8000
    documents: Path = PROJECT_ROOT / "data" / "documents"
    registry: tuple[Path, ...] = (PROJECT_ROOT / "data" / "reference", PROJECT_ROOT / "data" / "registry.ttl")
    ontology: Path = PROJECT_ROOT / "ontology"
    shapes: Path = PROJECT_ROOT / "shapes"
    write_token: str | None = field(default=_API.write_token, repr=False)
    query_timeout: float = _API.query_timeout
    result_limit: int | None = _API.result_limit
    max_concurrent_queries: int = _API.max_concurrent_queries
    max_queued_queries: int = _API.max_queued_queries
    max_body_bytes: int = _API.max_body_bytes
    service_allowlist: tuple[str, ...] = _API.service_allowlist
    query_memory_mb: int = 1024

    @property
    def is_remote(self) -> bool:
        return self.store.startswith(("http://", "https://"))

    @classmethod
    def load(
        cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
    ) -> Settings:
        """CLI ``overrides`` (``None`` values ignored) win over ``TREATYGRAPH_*`` variables."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(_env_name(f.name))
            if raw not in (None, ""):
                values[f.name] = _cast(f.name, raw)
        for name, value in (overrides or {}).items():
            if value is not None:
                values[name] = value
        return replace(cls(), **values)

    def ontology_files(self) -> list[Path]:
        return sorted(self.ontology.glob("*.ttl"))

    def shape_files(self) -> list[Path]:
        return sorted(self.shapes.glob("*.ttl"))


def _env_name(name: str) -> str:
    return "TREATYGRAPH_" + name.upper()


def _cast(name: str, raw: str) -> Any:
    if name == "registry":
        return tuple(Path(item) for item in raw.split(os.pathsep) if item.strip())
    if name in {"documents", "ontology", "shapes"}:
        return Path(raw)
    if name in {"service_allowlist", "store_graphs"}:
        return tuple(item.strip() for item in raw.split(",") if item.strip())
    if name == "port":
        return int(raw)
    if name == "query_timeout":
        return float(raw)
    if name in {
        "result_limit",
        "max_concurrent_queries",
        "max_queued_queries",
        "max_body_bytes",
        "query_memory_mb",
    }:
        return int(raw)
    return raw


SETTINGS: tuple[SettingInfo, ...] = tuple(
    SettingInfo(name, _env_name(name), text)
    for name, text in [
        (
            "store",
            "Where the graph lives: a directory for the embedded store, or the SPARQL query "
            "endpoint URL of a remote SPARQL 1.1 server (e.g. http://host:7878/query).",
        ),
        (
            "update_endpoint",
            "Remote store only: its SPARQL Update endpoint (default: the query URL "
            "with /query replaced by /update).",
        ),
        (
            "graph_store_endpoint",
            "Remote store only: its Graph Store Protocol endpoint (default: "
            "the query URL with /query replaced by /store).",
        ),
        (
            "store_user",
            "Remote store only: user name for the store's HTTP Basic or Digest authentication "
            "(the scheme is the one the store asks for).",
        ),
        ("store_password", "Remote store only: password of store_user; never logged or shown."),
        ("store_token", "Remote store only: bearer token sent to the store; never logged or shown."),
        (
            "store_graphs",
            "Remote store only: comma-separated IRI prefixes of the named graphs TreatyGraph sees; "
            "the others (a server's own graphs, other applications' data) stay out of the union, "
            "the graph list and the counts (empty: every graph).",
        ),
        ("base_iri", "The namespace under which the graph mints and serves its IRIs."),
        ("title", "The service's name: the title of its pages and of its service and VoID descriptions."),
        ("public_url", "The URL clients reach the service at, when behind a proxy."),
        ("host", "Address the server binds to."),
        ("port", "Port the server listens on."),
        ("documents", "Folder of documents (.txt with .meta.json sidecars) that `load` reads by default."),
        (
            "registry",
            "The reference registry: Turtle files, states tables (.tsv) or folders of them, "
            "separated by ':' (default: data/reference and data/registry.ttl, the field's "
            "reference data and the corpus's own entities).",
        ),
        ("ontology", "Folder of the ontology's Turtle files."),
        ("shapes", "Folder of the SHACL shapes that gate every write."),
        ("write_token", "Bearer token that writes over HTTP must carry; unset means read-only."),
        ("query_timeout", "Seconds after which a query is stopped."),
        ("result_limit", "Most rows a SELECT returns over HTTP; unset means no cap."),
        ("max_concurrent_queries", "Queries run at once; beyond them, up to max_queued_queries wait."),
        ("max_queued_queries", "Queries waiting for a slot; beyond them the answer is 503 with Retry-After."),
        ("max_body_bytes", "Largest request body accepted (413 beyond it)."),
        (
            "service_allowlist",
            "Comma-separated URLs that SERVICE (in queries) and LOAD (in updates) may fetch: exact "
            "URLs, or prefixes ending in '*' (public addresses only); empty by default.",
        ),
        (
            "query_memory_mb",
            "Embedded store: most memory (MiB) one query's worker process may use; a query needing "
            "more is stopped with a 503 saying so. 0 means no cap.",
        ),
    ]
)
