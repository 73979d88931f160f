"""The HTTP application wired from settings: the store, the gate and the API configuration."""

from __future__ import annotations

from dataclasses import fields

from fastapi import FastAPI

from api.app import create_app
from api.config import ApiConfig
from treatygraph.build import open_gate, open_store
from treatygraph.ingest import Ingestor
from treatygraph.settings import Settings

__all__ = ["api_config", "build_app"]


def api_config(settings: Settings) -> ApiConfig:
    """The service's configuration: each field from the setting of the same name, and the files
    of the ontology and shapes folders."""
    names = {f.name for f in fields(Settings)}
    shared = {f.name: getattr(settings, f.name) for f in fields(ApiConfig) if f.name in names}
    return ApiConfig(
        **shared, ontology_files=tuple(settings.ontology_files()), shape_files=tuple(settings.shape_files())
    )


def build_app(settings: Settings) -> FastAPI:
    """The service over the settings' store, taking documents through an ``Ingestor`` whose
    registry is read on the first document posted, not at start-up."""
    ingestor = Ingestor(settings)
    return create_app(api_config(settings), open_store(settings), open_gate(settings), ingestor)
