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

__all__ = ["DEFAULT_BASE", "Minter", "slug_of", "slugify"]


# Latin letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "ß": "ss",
     "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h"}
)  # fmt: skip


def slugify(text: str) -> str:
    """``"Dmytro Lubinets"`` → ``"dmytro-lubinets"``, ``"Łukasz Żółć"`` → ``"lukasz-zolc"``:
    ASCII, lower case, hyphens. A possessive's apostrophe is dropped, as a reader spells the
    name out (``"Women's Law Dispatch"`` → ``"womens-law-dispatch"``); any other apostrophe parts
    the name (``"O'Brien"`` → ``"o-brien"``)."""
    text = re.sub(r"(?<=\w)['\u2019\u02bc](?=s\b)", "", text)
    latin = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    ascii_text = latin.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "x" + hashlib.sha256(text.encode()).hexdigest()[:12]


def slug_of(key: str) -> str:
    """The last segment of a key: ``state/rus`` -> ``rus``."""
    return key.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Minter:
    """IRIs under ``base``, and the keys of the nodes extraction describes.

    Keys of events are built from the keys of their participants, in the registry's layout, so
    that a fact read from an article lands on the registry's node for it (``action/rus-cets-126-
    ratification``, ``event/cets-126-entry-into-force``) and two articles land on the same one.
    """

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

    def legislature(self, noun: str, state: str) -> Ref:
        """A state's legislature named by its common noun ("the Senate", "parliament") and the
        state the text places it in: ``org/senate-of-argentina``. Every state's senate is a body
        of its own, so the key carries the state, as "Hungary's parliament" does."""
        return self.entity("org", f"{noun} of {state}")

    @staticmethod
    def council_of_europe_treaty(number: int) -> Ref:
        """A Council of Europe treaty by its number in the treaty series, as its Treaty Office
        writes it: ``ETS No. 5`` up to no. 193, ``CETS No. 194`` from 2004 on; the same treaty
        under any title or translation lands on one key (``treaty/ets-005``, ``treaty/cets-225``)."""
        return Ref(f"treaty/{'cets' if number >= 194 else 'ets'}-{number:03d}")

    # ------------------------------------------------------------------ keys of described nodes

    @staticmethod
    def action(state: str, treaty: str, kind: str) -> str:
        """A state's act on a treaty: ``action/rus-cets-126-ratification``."""
        return f"action/{slug_of(state)}-{slug_of(treaty)}-{kind}"

    @staticmethod
    def step(state: str, target: str, kind: str, step: str) -> str:
        """A step of a state's act (or of its announced intention) on a treaty or an
        organisation: ``event/rus-cets-126-denunciation-bill``."""
        return f"event/{slug_of(state)}-{slug_of(target)}-{kind}-{step}"

    @staticmethod
    def decree(agent: str, date: str) -> str:
        """A decree that serves no treaty act, by its author and date:
        ``event/volodymyr-zelensky-decree-2022-02-24``."""
        return f"event/{slug_of(agent)}-decree-{date}"

    @staticmethod
    def procedure(state: str, treaty: str) -> str:
        """A state's domestic procedure on a treaty whose act the text does not name ("sent the
        convention to parliament", "gave its advice and consent"): ``event/usa-crpd-procedure``.
        Its steps belong to it without asserting that the act itself took place."""
        return f"event/{slug_of(state)}-{slug_of(treaty)}-procedure"

    @staticmethod
    def agent_step(agent: str, step: str, date: str | None) -> str:
        """A domestic step that serves no treaty, by its author, kind and date:
        ``event/julius-maada-bio-law-2021-10-08``."""
        return f"event/{slug_of(agent)}-{step}" + (f"-{date}" if date else "")

    @staticmethod
    def treaty_event(treaty: str, kind: str) -> str:
        """An event of a treaty itself: ``event/cets-126-entry-into-force``."""
        return f"event/{slug_of(treaty)}-{kind}"

    @staticmethod
    def org_event(state: str, organization: str, kind: str) -> str:
        """A state joining, leaving or being expelled from an organisation:
        ``event/rus-coe-expulsion``."""
        return f"event/{slug_of(state)}-{slug_of(organization)}-{kind}"

    @staticmethod
    def repeated_org_event(state: str, organization: str, kind: str, date: str) -> str:
        """The same act of a state and an organisation told again for another day (a second
        suspension after a coup): ``event/mli-au-suspension-2021-06-01``."""
        return f"event/{slug_of(state)}-{slug_of(organization)}-{kind}-{date}"

    @staticmethod
    def judgment(court: str, respondent: str | None, applicant: str | None, year: str | None) -> str:
        """``event/ecthr-ukraine-v-russia-judgment-2025``, from the parties' names; a ruling the
        text names no party of is keyed by its court and date (``event/icc-judgment-2023-03``)."""
        parties = f"{slugify(applicant)}-v-" if applicant else ""
        suffix = f"-{year}" if year else ""
        if respondent is None:
            return f"event/{slug_of(court)}-judgment{suffix}"
        return f"event/{slug_of(court)}-{parties}{slugify(respondent)}-judgment{suffix}"

    @staticmethod
    def death(person: str) -> str:
        return f"event/{slug_of(person)}-death"

    @staticmethod
    def membership(member: str, organization: str, role: str | None = None) -> str:
        """``membership/rus--coe``; with a role, ``membership/dmytro-lubinets--ukr--ombudsman``."""
        tail = f"--{slug_of(role)}" if role else ""
        return f"membership/{slug_of(member)}--{slug_of(organization)}{tail}"

    @staticmethod
    def statement(speaker: str, words: str) -> str:
        """A statement, keyed by its speaker and a digest of its exact words:
        ``statement/dmytro-lubinets-1a2b3c4d``; the same words reported twice are one node."""
        digest = hashlib.sha256(words.encode("utf-8")).hexdigest()[:8]
        return f"statement/{slug_of(speaker)}-{digest}"

    @staticmethod
    def quantity(*parts: str) -> str:
        """A count, keyed by what it counts and of what: ``quantity/cpt-visits-rus``."""
        return "quantity/" + "-".join(p for p in parts if p)

    @staticmethod
    def role(name: str) -> str:
        return f"role/{slugify(name)}"
