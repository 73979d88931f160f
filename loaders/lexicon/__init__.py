"""Word lists the entity finder reads: titles, role nouns, head nouns, cues, demonyms.

Each list is a plain-text file in this folder, one entry a line; ``#`` starts a comment and
blank lines are skipped. A line ``[Name]`` opens a section, so one file can sort its entries
(organisation head nouns by the class they give). Keeping the words out of the code lets a
reader see, and extend, what the finder knows without reading a regular expression.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["alternation", "entries", "sections"]

_SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]$")


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """The entries of ``name``.txt by section; entries before any section are under ``""``."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _SECTION.match(line)
        if m:
            current = m.group("name").strip()
            found.setdefault(current, [])
        else:
            found[current].append(line)
    return {key: tuple(values) for key, values in found.items()}


@cache
def entries(name: str) -> tuple[str, ...]:
    """Every entry of ``name``.txt, whatever its section, in file order."""
    return tuple(e for values in sections(name).values() for e in values)


def alternation(words: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    """A regular-expression alternation of ``words``, longest first so the longest wins;
    spaces inside an entry match any run of spaces."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)
