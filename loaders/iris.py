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
from ontology import layout
from ontology.layout import DEFAULT_BASE

__all__ = ["DEFAULT_BASE", "Minter", "slugify"]



def slugify(text: str) -> str:
    """``"Dmytro Lubinets"`` → ``"dmytro-lubinets"``: ASCII, lower case, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
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
        return self.base + layout.DOCUMENT_PREFIX + key

    def sentence(self, key: str, index: int) -> str:
        return f"{self.document(key)}/sentence/{index}"

    def document_graph(self, key: str) -> str:
        """The named graph that holds everything one document asserts."""
        return layout.document_graph(self.base, key)

    def registry_graph(self) -> str:
        return layout.registry_graph(self.base)

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
