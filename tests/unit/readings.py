"""How the extraction tests read a passage: its claims, the claims grouped by node and property,
and the treaty actions, domestic steps and statements among them with the fields the evaluator
compares. One reading for every test file, so that a test fails because the extractor changed,
not because its reader did."""

from __future__ import annotations

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Claim, Ref, Value
from loaders.registry import Registry
from loaders.vocabulary import ORG, RDF, SCHEMA, TG

__all__ = [
    "TREATY_ACTIONS",
    "Facts",
    "Step",
    "by_node",
    "claims_of",
    "counts_of",
    "domestic_steps",
    "facts_of",
    "judgments",
    "posts_of",
    "standings",
    "statements",
    "treaty_actions",
]

TREATY_ACTIONS = frozenset(
    {
        TG.Signature, TG.Ratification, TG.Accession, TG.Succession, TG.EntryIntoForce, TG.Adoption,
        TG.OpeningForSignature, TG.Denunciation, TG.CessationOfParty,
    }
)  # fmt: skip


Facts = dict[str, dict[str, set[str]]]


def claims_of(
    registry: Registry, text: str, published: str | None = "2024-06-01", publisher: str | None = None
) -> list[Claim]:
    """The claims extraction makes of ``text`` as an article published on ``published``."""
    metadata = DocumentMetadata(title="t", date_published=published, publisher=publisher)
    return extract(parse_document(text, metadata, "t"), registry)


def by_node(claims: list[Claim]) -> Facts:
    """node key -> property IRI -> the keys or lexical forms of its values."""
    out: Facts = {}
    for c in claims:
        obj = c.object
        value = obj.key if isinstance(obj, Ref) else obj.lexical if isinstance(obj, Value) else ""
        out.setdefault(c.subject.key, {}).setdefault(c.predicate, set()).add(value)
    return out


def facts_of(
    registry: Registry, text: str, published: str | None = "2024-06-01"
) -> dict[str, dict[str, set[str]]]:
    return by_node(claims_of(registry, text, published))


def treaty_actions(registry: Registry, text: str, published: str = "2024-06-01") -> set[tuple[str, ...]]:
    """(class, state, treaty, date, effectiveDate) of every treaty action the text states, "-"
    where it has none."""
    out = set()
    for props in facts_of(registry, text, published).values():
        for cls in props.get(RDF.type, set()) & TREATY_ACTIONS:
            out.add(
                (
                    cls.rsplit("#", 1)[-1],
                    min(props.get(TG.state, {"-"})),
                    min(props.get(TG.treaty, {"-"})),
                    min(props.get(TG.date, {"-"})),
                    min(props.get(TG.effectiveDate, {"-"})),
                )
            )
    return out


def statements(registry: Registry, text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    """(speaker key, quote without edge punctuation) of every statement the text gives."""
    out = set()
    for props in facts_of(registry, text, published).values():
        if TG.Statement in props.get(RDF.type, set()):
            out.add((min(props[TG.speaker]), min(props[TG.quote]).strip(" ,.")))
    return out


DOMESTIC_STEPS = (TG.Decree, TG.BillSubmission, TG.ParliamentaryApproval, TG.LawSigning, TG.Notification)
Step = tuple[str, str | None, str | None, str | None, str | None]


def domestic_steps(registry: Registry, text: str, published: str) -> set[Step]:
    """(class, agent, submittedTo, date, treaty) of every domestic step, the treaty read from the
    act the step belongs to (``schema:superEvent``), as the evaluator reads them."""
    facts = facts_of(registry, text, published)
    found: set[Step] = set()
    for props in facts.values():
        for cls in props.get(RDF.type, set()).intersection(DOMESTIC_STEPS):
            treaty = {
                t for s in props.get(SCHEMA.superEvent, set()) for t in facts.get(s, {}).get(TG.treaty, set())
            }
            found.add(
                (
                    cls.rsplit("#", 1)[-1],
                    min(props.get(TG.agent, {""})) or None,
                    min(props.get(TG.submittedTo, {""})) or None,
                    min(props.get(TG.date, {""})) or None,
                    min(treaty) if treaty else None,
                )
            )
    return found


def posts_of(
    registry: Registry, text: str, published: str = "2024-05-02", publisher: str | None = None
) -> set[tuple[str, str, str]]:
    """(member, organisation, role key or "") of every membership whose member is a person."""
    claims = claims_of(registry, text, published, publisher)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(ORG.Membership)}
    out = set()
    for node in nodes:
        values = {c.predicate: c.object for c in claims if c.subject == node}
        member, org, role = values.get(ORG.member), values.get(ORG.organization), values.get(ORG.role)
        if isinstance(member, Ref) and member.key.startswith("person/") and isinstance(org, Ref):
            out.add((member.key, org.key, role.key if isinstance(role, Ref) else ""))
    return out


def memberships_of(registry: Registry, text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    """(member, organisation) of every membership whose member is not a person."""
    claims = claims_of(registry, text, published)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(ORG.Membership)}
    out = set()
    for node in nodes:
        values = {c.predicate: c.object for c in claims if c.subject == node}
        member, org = values.get(ORG.member), values.get(ORG.organization)
        if isinstance(member, Ref) and isinstance(org, Ref) and not member.key.startswith("person/"):
            out.add((member.key, org.key))
    return out


def counts_of(registry: Registry, text: str, published: str = "2024-05-02") -> set[tuple[str, str, int]]:
    """(what it is of, or "", what it counts, value) of every quantity the text gives."""
    out = set()
    for props in facts_of(registry, text, published).values():
        if TG.Quantity in props.get(RDF.type, set()):
            of = min(props.get(TG.quantityOf, {""}))
            out.add((of, min(props[TG.counts]), int(min(props[SCHEMA.value]))))
    return out


def judgments(registry: Registry, text: str, published: str = "2024-06-01") -> set[tuple[str, str, str]]:
    """(court, respondent, date) of every judgment the text states, "-" where it has none."""
    out = set()
    for props in facts_of(registry, text, published).values():
        if TG.Judgment in props.get(RDF.type, set()):
            out.add(
                (
                    min(props.get(TG.agent, {"-"})),
                    min(props.get(TG.respondent, {"-"})),
                    min(props.get(TG.date, {"-"})),
                )
            )
    return out


def standings(registry: Registry, text: str, published: str = "2024-06-01") -> set[tuple[str, str, str]]:
    """(subject, "partyTo" or "notPartyTo", treaty) of every standing the text states."""
    names = {TG.partyTo: "partyTo", TG.notPartyTo: "notPartyTo"}
    return {
        (c.subject.key, names[c.predicate], c.object.key)
        for c in claims_of(registry, text, published)
        if c.predicate in names and isinstance(c.object, Ref)
    }
