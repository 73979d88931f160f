"""The explorer's static files (CSS, JS and the bundled editor) at ``/static/{name}``.

Only files that exist directly in ``api/static`` are served, so a name can never reach outside it;
everything the pages need ships with the package: no CDN, no network beyond this server.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter
from starlette.responses import FileResponse

from api.errors import ApiError

__all__ = ["router", "static_dir"]

router = APIRouter()

_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}


def static_dir() -> Path:
    return Path(str(files("api") / "static"))


@router.get("/static/{name}")
async def static_file(name: str) -> FileResponse:
    """One file of ``api/static``; an hour of caching, as the files change only with a release."""
    folder = static_dir()
    path = folder / name
    media = _TYPES.get(path.suffix)
    if media is None or "/" in name or name.startswith(".") or not path.is_file():
        raise ApiError(404, f"no static file {name!r}")
    return FileResponse(path, media_type=media, headers={"Cache-Control": "public, max-age=3600"})
