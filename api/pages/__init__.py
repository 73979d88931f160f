"""The researchers' explorer: HTML pages over the graph, one module per page kind, all served by
the same app as the SPARQL endpoint. ``router`` holds every page route and its JSON helpers."""

from fastapi import APIRouter

from api.pages import assets, conflicts, dereference, editor, home, network, timeline
from api.pages.editor import editor_response

__all__ = ["editor_response", "router"]

router = APIRouter()
for _module in (assets, home, dereference, timeline, network, conflicts, editor):
    router.include_router(_module.router)
