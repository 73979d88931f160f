"""The HTTP service's settings, and the parts every route needs at run time."""

from __future__ import annotations

import hmac
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from starlette.requests import Request

from api.errors import ApiError
from api.ingestion import DocumentPreparer
from api.write_journal import WriteJournal
from graph import Gate, Store
from ontology.layout import DEFAULT_BASE

__all__ = ["ApiConfig", "Services", "authorize_write", "services"]


@dataclass(frozen=True)
class ApiConfig:
    """What the HTTP service needs to know; built once (by the CLI) and passed to ``create_app``.

    Its defaults are the service's defaults: the settings (``treatygraph.settings``) that share
    a field's name take its default from here, and a field is copied from the setting of the
    same name. ``ontology_files`` and ``shape_files`` are the exception, listed from the
    settings' folders.

    ``write_token`` switches writes on: without it the service is read-only and every write is
    refused with 403; with it, writes need ``Authorization: Bearer <write_token>``.
    ``public_url`` is the service's address as clients see it (behind a proxy); without it the
    request URL is used, for instance as ``sd:endpoint`` in the service description.
    ``ontology_files`` and ``shape_files`` are served, merged, at ``/def`` and ``/shapes``.
    """

    base_iri: str = DEFAULT_BASE
    title: str = "TreatyGraph"
    write_token: str | None = field(default=None, repr=False)
    query_timeout: float = 30.0
    result_limit: int | None = None
    max_body_bytes: int = 10 * 1024 * 1024
    service_allowlist: tuple[str, ...] = ()
    public_url: str | None = None
    max_concurrent_queries: int = 2 * (os.cpu_count() or 1)
    max_queued_queries: int = 64
    ontology_files: tuple[Path, ...] = ()
    shape_files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Services:
    """The configuration, the store and the optional SHACL gate, shared by every route.

    ``write_lock`` serialises writes: a gated write reads the store, validates, then writes, and
    no other write may land in between. Held in worker threads, never on the event loop.
    ``documents`` reads posted articles into triples; without it ``/documents`` takes no posts.
    ``journal`` records which graphs each write changed (``api.write_journal``): every write
    runs inside ``journal.writing``, so the search index reads again only those graphs.
    """

    config: ApiConfig
    store: Store
    gate: Gate | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock, compare=False)
    documents: DocumentPreparer | None = None
    journal: WriteJournal = field(default_factory=WriteJournal, compare=False)


def services(request: Request) -> Services:
    """The ``Services`` of the app serving ``request`` (set by ``create_app``)."""
    found = request.app.state.services
    assert isinstance(found, Services)
    return found


def authorize_write(request: Request, found: Services) -> None:
    """Let the request write only with the configured bearer token (RFC 6750).

    :raises ApiError: 403 when the service is read-only (no token configured), 401 with
        ``WWW-Authenticate: Bearer`` when the token is missing or wrong.
    """
    expected = found.config.write_token
    if expected is None:
        raise ApiError(403, "this service is read-only")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "writing needs a bearer token", {"WWW-Authenticate": 'Bearer realm="write"'})
    # compare_digest: the time taken must not reveal how much of the token was right.
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(
            401,
            "the bearer token is not valid",
            {"WWW-Authenticate": 'Bearer realm="write", error="invalid_token"'},
        )
