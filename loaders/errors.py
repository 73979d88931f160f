"""Errors raised while reading documents and turning them into facts.

LoaderError
├── DocumentError      a document or its sidecar cannot be read (names the file, and the line if known)
└── RegistryError      the reference registry cannot be read
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DocumentError", "LoaderError", "RegistryError"]


class LoaderError(Exception):
    """Base of every error the loaders raise."""


class DocumentError(LoaderError):
    """Raised when a document cannot be read; says which file and, where known, which line."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        where = f"{path}" + (f", line {line}" if line is not None else "")
        super().__init__(f"{where}: {reason}")
        self.path = Path(path)
        self.reason = reason
        self.line = line


class RegistryError(LoaderError):
    """Raised when the reference registry is missing or malformed."""
