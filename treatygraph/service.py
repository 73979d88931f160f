"""The HTTP application wired from settings: the store, the gate and the API configuration."""

from __future__ import annotations

from fastapi import FastAPI

from api.app import create_app
from api.config import ApiConfig
from treatygraph.build import open_gate, open_store
from treatygraph.ingest import Ingestor
from treatygraph.settings import Settings

__all__ = ["api_config", "build_app"]


def api_config(settings: Settings) -> ApiConfig:
    return ApiConfig(
        base_iri=settings.base_iri,
        write_token=settings.write_token,
        query_timeout_s=settings.query_timeout,
        result_limit=settings.result_limit,
        max_concurrent_queries=settings.max_concurrent_queries,
        max_queued_queries=settings.max_queued_queries,
        max_body_bytes=settings.max_body_bytes,
        service_allowlist=settings.service_allowlist,
        public_url=settings.public_url,
        ontology_files=tuple(settings.ontology_files()),
        shape_files=tuple(settings.shape_files()),
    )


def build_app(settings: Settings) -> FastAPI:
    """The service over the settings' store, taking documents through an ``Ingestor`` whose
    registry is read on the first document posted, not at start-up."""
    ingestor = Ingestor(settings)
    return create_app(api_config(settings), open_store(settings), open_gate(settings), ingestor)
