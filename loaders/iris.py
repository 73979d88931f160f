"""The only place IRIs are minted, always from stable keys, never from text order.

Data IRIs live under a configurable base (default ``https://w3id.org/treatygraph/id/``), so a
deployment under its own domain mints and serves its own IRIs; readable slugs keep them legible
(``.../id/treaty/cets-126``, ``.../id/person/vladimir-putin``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from loaders.facts import Claim, Ref

__all__ = ["DEFAULT_BASE", "Minter", "slugify"]

DEFAULT_BASE = "https://w3id.org/treatygraph/id/"


# Latin letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "ß": "ss",
     "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h"}
)  # fmt: skip


def slugify(text: str) -> str:
    """``"Dmytro Lubinets"`` → ``"dmytro-lubinets"``, ``"Łukasz Żółć"`` → ``"lukasz-zolc"``:
    ASCII, lower case, hyphens."""
    latin = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    ascii_text = latin.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "x" + hashlib.sha256(text.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Minter:
    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not self.base.endswith("/"):
            raise ValueError(f"the base IRI must end with '/': {self.base!r}")

    def resolve(self, ref: Ref) -> str:
        return ref.key if ref.is_absolute else self.base + ref.key

    def document(self, key: str) -> str:
        return f"{self.base}doc/{key}"

    def sentence(self, key: str, index: int) -> str:
        return f"{self.base}doc/{key}/sentence/{index}"

    def document_graph(self, key: str) -> str:
        """The named graph that holds everything one document asserts."""
        return f"{self.base}graph/doc/{key}"

    def registry_graph(self) -> str:
        return f"{self.base}graph/registry"

    def claim(self, claim: Claim) -> str:
        """Stable across reloads: hashed from what is claimed and where, not from its position."""
        obj = claim.object
        obj_key = obj.key if isinstance(obj, Ref) else f"{obj.lexical}^^{obj.datatype}@{obj.language}"
        ev = claim.evidence
        digest = hashlib.sha256(
            "|".join([claim.subject.key, claim.predicate, obj_key, str(ev.start), str(ev.end)]).encode(
                "utf-8"
            )
        ).hexdigest()[:16]
        return f"{self.base}claim/{ev.document}/{digest}"

    def entity(self, kind: str, name: str) -> Ref:
        """A key for an entity that the registry does not know, e.g. ``person/olga-sadovskaya``."""
        return Ref(f"{kind}/{slugify(name)}")
