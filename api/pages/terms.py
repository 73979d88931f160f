"""The vocabulary as the pages speak it: namespaces, the kinds of thing one can browse, labels for
classes and properties, and the mapping from minted IRIs to paths on this server.

Dereferencing rule: a data IRI is ``base_iri + key`` (``https://w3id.org/treatygraph/id/`` +
``treaty/cets-126``) and is served at ``/id/`` + key on this server, whatever the base's own path
is, so a deployment with any base serves its IRIs at the same place (a w3id redirect maps
``https://w3id.org/treatygraph/id/*`` to ``https://<server>/id/*``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from ontology import classes, namespaces

__all__ = [
    "DCT",
    "EVENT_CLASSES",
    "KINDS",
    "OA",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "TG",
    "Kind",
    "class_label",
    "entity_href",
    "humanise",
    "inverse_label",
    "key_of",
    "local_name",
    "property_label",
    "role_label",
]

TG = namespaces.TG.iri
RDF = namespaces.RDF.iri
RDFS = namespaces.RDFS.iri
SKOS = namespaces.SKOS.iri
SCHEMA = namespaces.SCHEMA.iri
PROV = namespaces.PROV.iri
DCT = namespaces.DCT.iri
OA = namespaces.OA.iri
ORG = namespaces.ORG.iri

# Every class the ontology places under tg:Event, in a stable order for the queries built from it.
EVENT_CLASSES: tuple[str, ...] = tuple(sorted(classes.EVENT_CLASSES))


@dataclass(frozen=True)
class Kind:
    """One list on /browse: its path segment, heading and the classes whose instances it shows."""

    slug: str
    title: str
    classes: tuple[str, ...]
    blurb: str


KINDS: tuple[Kind, ...] = (
    Kind("treaties", "Treaties", (TG + "Treaty", TG + "Protocol"), "Conventions and their protocols"),
    Kind("states", "States", (TG + "State",), "States that sign, ratify and leave treaties"),
    Kind(
        "bodies",
        "Bodies",
        (TG + "MonitoringBody", TG + "Court", TG + "IntergovernmentalOrganization", TG + "NationalBody"),
        "Monitoring bodies, courts, intergovernmental and national bodies",
    ),
    Kind("people", "People", (TG + "Person",), "Officials, experts and authors"),
    Kind(
        "organisations",
        "Organisations",
        (TG + "Organization", TG + "NGO", TG + "MediaOutlet"),
        "NGOs, media outlets and other organisations",
    ),
    Kind("events", "Events", EVENT_CLASSES, "Treaty actions, decrees, laws, judgments, statements"),
    Kind("places", "Places", (TG + "Place",), "Places named in the sources"),
    Kind("documents", "Documents", (TG + "SourceDocument",), "The source articles"),
)

# Labels for terms when the store holds no rdfs:label for them (the ontology is not published
# into the data); anything missing falls back to its local name in words.
_PROPERTY_LABELS = {
    RDF + "type": "type",
    SKOS + "prefLabel": "name",
    SKOS + "altLabel": "also known as",
    SKOS + "hiddenLabel": "also referred to as",
    SKOS + "exactMatch": "same as",
    SKOS + "definition": "definition",
    SCHEMA + "superEvent": "part of",
    SCHEMA + "legislationAmends": "amends",
    SCHEMA + "legislationIdentifier": "identifier",
    SCHEMA + "mentions": "mentions",
    SCHEMA + "value": "value",
    SCHEMA + "publisher": "publisher",
    SCHEMA + "author": "author",
    ORG + "member": "member",
    ORG + "organization": "organisation",
    ORG + "role": "role",
    ORG + "subOrganizationOf": "part of organisation",
    DCT + "source": "source",
    DCT + "title": "title",
    DCT + "issued": "published",
    TG + "partyTo": "party to",
    TG + "notPartyTo": "not party to",
    TG + "successorOf": "successor of",
    TG + "effectiveDate": "takes effect",
    TG + "effectiveRule": "effect rule",
    TG + "submittedTo": "submitted to",
    TG + "quantityOf": "count of",
    TG + "pageCount": "pages",
    TG + "speakerRole": "speaker's role",
    TG + "reportedBy": "reported by",
}

# How a relation reads from its object's side: "ECPT — establishes — CPT" is "established by" on
# the CPT's page. Properties not listed read as "<label> of".
_INVERSE_LABELS = {
    TG + "partyTo": "parties",
    TG + "notPartyTo": "states not party",
    TG + "monitors": "monitored by",
    TG + "establishes": "established by",
    TG + "successorOf": "predecessor of",
    TG + "supplements": "supplemented by",
    SCHEMA + "legislationAmends": "amended by",
    SCHEMA + "mentions": "mentioned in",
    SCHEMA + "superEvent": "steps",
    SCHEMA + "publisher": "published",
    SCHEMA + "author": "wrote",
    ORG + "member": "memberships",
    ORG + "organization": "memberships",
    ORG + "subOrganizationOf": "has part",
    TG + "about": "subject of",
    TG + "quantityOf": "counts",
    TG + "agent": "acted in",
    TG + "speaker": "statements made",
    TG + "reportedBy": "reported",
    TG + "submittedTo": "received",
    TG + "respondent": "respondent in",
    TG + "treaty": "treaty actions",
    TG + "state": "treaty actions concerning it",
    TG + "organization": "membership events",
    TG + "depositary": "depositary of",
    SCHEMA + "containedInPlace": "contains",
    DCT + "isPartOf": "has part",
}

# The part an entity plays in an event, as the event list on its page puts it ("Signature of
# the law · law signing · 29 September 2025 · acted"), keyed by the event's property.
_ROLES = {
    TG + "agent": "acted",
    TG + "treaty": "the treaty acted on",
    TG + "state": "the state concerned",
    TG + "organization": "the organisation concerned",
    TG + "submittedTo": "received it",
    TG + "respondent": "respondent",
    TG + "speaker": "spoke",
    TG + "about": "its subject",
    TG + "reportedBy": "reported it",
    TG + "depositary": "depositary",
    SCHEMA + "mentions": "mentioned",
    SCHEMA + "superEvent": "the larger event",
}


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def humanise(name: str) -> str:
    """``partyTo`` → ``party to``; ``EntryIntoForce`` → ``entry into force``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").replace("-", " ")
    return spaced.lower() if not spaced.isupper() else spaced


def property_label(iri: str, known: dict[str, str] | None = None) -> str:
    """A property's label: the store's rdfs:label, the built-in table, or its local name in words."""
    if known and iri in known:
        return known[iri]
    return _PROPERTY_LABELS.get(iri) or humanise(local_name(iri))


def inverse_label(iri: str, known: dict[str, str] | None = None) -> str:
    """How ``?s <iri> <this>`` reads on this entity's page."""
    return _INVERSE_LABELS.get(iri) or f"{property_label(iri, known)} of"


def role_label(iri: str, known: dict[str, str] | None = None) -> str:
    """The part played by the object of ``?event <iri> ?object``, in plain words."""
    return _ROLES.get(iri) or f"{property_label(iri, known)}"


def class_label(iri: str, known: dict[str, str] | None = None) -> str:
    if known and iri in known:
        return known[iri]
    return humanise(local_name(iri))


def key_of(iri: str, base: str) -> str | None:
    """The key of a minted IRI (``treaty/cets-126``), or ``None`` for IRIs minted elsewhere."""
    return iri[len(base) :] if iri.startswith(base) and len(iri) > len(base) else None


def entity_href(iri: str, base: str) -> str:
    """Where a page links for ``iri``: its page on this server when minted here, else the IRI."""
    key = key_of(iri, base)
    if key is None:
        return iri
    return "/id/" + quote(key, safe="/:@!$&'()*+,;=-._~")
