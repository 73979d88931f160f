"""The researchers' explorer: HTML pages over the graph, one module per page kind, all served by
the same app as the SPARQL endpoint. ``router`` holds every page route and its JSON helpers."""

from fastapi import APIRouter

from api.pages.assets import router as assets_router
from api.pages.conflicts import router as conflicts_router
from api.pages.dereference import router as dereference_router
from api.pages.editor import editor_response
from api.pages.editor import router as editor_router
from api.pages.home import router as home_router
from api.pages.network import router as network_router
from api.pages.status import router as status_router
from api.pages.timeline import router as timeline_router

__all__ = ["editor_response", "router"]

router = APIRouter()
for _part in (
    assets_router,
    home_router,
    dereference_router,
    timeline_router,
    network_router,
    conflicts_router,
    status_router,
    editor_router,
):
    router.include_router(_part)
