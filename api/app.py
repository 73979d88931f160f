"""``create_app``: the FastAPI application serving one store."""

from __future__ import annotations

import anyio.to_thread
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from api import fast_sparql, graph_store, pages, search, sparql, vocabulary_docs, void
from api.config import ApiConfig, Services, services
from api.documents import router as documents_router
from api.errors import install_handlers
from api.head import HeadAsGet
from api.ingestion import DocumentPreparer
from graph import Gate, Store

__all__ = ["create_app"]


class _Service(FastAPI):
    """The application, answering SPARQL queries ahead of its middleware (``api.fast_sparql``)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if fast_sparql.is_query(scope):
            scope["app"] = self
            await fast_sparql.answer(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(
    config: ApiConfig, store: Store, gate: Gate | None = None, documents: DocumentPreparer | None = None
) -> FastAPI:
    """The HTTP service over ``store``; with ``gate``, Graph Store writes must pass the shapes;
    with ``documents``, ``POST /documents`` reads articles into facts and publishes them.

    The store is not closed by the app: whoever opened it closes it.
    """
    # /openapi.json describes the routes for API clients and fuzzers; no docs UI is served.
    app = _Service(title=config.title, docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.services = Services(config=config, store=store, gate=gate, documents=documents)
    install_handlers(app)
    # Browsers may read from any origin. Writes need an Authorization header, which is not an
    # allowed header here, so a cross-origin page cannot send one.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["Accept", "Content-Type"],
        max_age=86400,
    )
    app.include_router(pages.router)
    app.include_router(search.router)
    app.include_router(sparql.router)
    app.include_router(graph_store.router)
    app.include_router(documents_router)
    app.include_router(void.router)
    app.include_router(vocabulary_docs.router)
    app.add_api_route("/health", health, methods=["GET"])
    app.add_middleware(HeadAsGet)
    return app


async def health(request: Request) -> dict[str, object]:
    """Liveness and size: ``{"status": "ok", "triples": N}``; 503 when the store cannot answer."""
    store = services(request).store
    triples = await anyio.to_thread.run_sync(store.count)
    return {"status": "ok", "triples": triples}
