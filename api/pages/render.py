"""Rendering pages: one Jinja2 environment, autoescaping every value, and the bits every page uses.

Autoescaping is on for every template whatever its name: document text and quotes come from
articles on the web, so a ``<script>`` in a source must be shown as text, never run.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse

from api.config import services
from api.pages.terms import KINDS, entity_href

__all__ = ["environment", "render"]


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The templates in ``api/templates``; built once, as compiling them is the slow part."""
    env = Environment(
        loader=PackageLoader("api", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["kinds"] = KINDS
    return env


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any],
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    """``template`` filled with ``context`` plus the site title and an ``href(iri)`` that links
    minted IRIs to their pages here."""
    config = services(request).config
    base = config.base_iri

    def href(iri: str) -> str:
        return entity_href(iri, base)

    page = (
        environment()
        .get_template(template)
        .render({"site_title": config.title, "href": href, "path": request.url.path, **context})
    )
    return HTMLResponse(page, status_code=status, headers=dict(headers or {}))
