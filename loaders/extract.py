"""extract(): the facts a document states, each with the exact words that state it.

The rules are general: entity mentions (``mentions.py``), dates (``dates.py``) and trigger words
(the ``events`` package, ``extract_functions.py``, the ``people`` package) over each sentence.
Nothing is typed in per document, so an article never seen before yields a graph with no code
change. Precision comes before recall: a rule that cannot find all its arguments in the sentence
says nothing.

Sources that disagree stay disagreeing: "joined in 1996" and "ratified in 1998" are two claims
about the same ratification, each with its own evidence, and the graph keeps both.
"""

from __future__ import annotations

from loaders.documents import Document
from loaders.events import extract_events
from loaders.extract_context import Context, View
from loaders.extract_functions import extract_functions
from loaders.facts import Claim, Ref, Value
from loaders.iris import Minter
from loaders.mentions import content_end, find_mentions
from loaders.people import (
    extract_memberships,
    extract_posts,
    extract_quantities,
    extract_statements,
    find_speech,
    reporting_outlet,
)
from loaders.registry import Registry
from loaders.vocabulary import RDF, SCHEMA, SKOS, TG

__all__ = ["extract"]


def extract(document: Document, registry: Registry) -> list[Claim]:
    """Every claim the document makes, sorted by position; evidence quotes the document exactly.

    Reader comments after the article ("5 Comments") are not part of what the document states.
    """
    mentions = find_mentions(document, registry)
    ctx = Context(document, registry, mentions)
    stop = content_end(ctx.text)
    for sentence in document.sentences:
        if sentence.start >= stop:
            break
        view = ctx.view(sentence)
        _mention_claims(ctx, view)
        speech = find_speech(ctx, view)
        _attribute(ctx, view, speech)
        extract_statements(ctx, view, speech)
        extract_posts(ctx, view)  # before the events: a minister's act is his state's
        extract_events(ctx, view)
        extract_functions(ctx, view)
        extract_memberships(ctx, view)
        extract_quantities(ctx, view)
    unique = {(c.subject, c.predicate, c.object, c.evidence): c for c in _unrevoked(ctx.claims)}
    return sorted(unique.values(), key=lambda c: (c.evidence.start, c.evidence.end, c.subject, c.predicate))


def _unrevoked(claims: list[Claim]) -> list[Claim]:
    """The claims without the effective date a treaty's rule would give a departure the document
    says was revoked ("the new government revoked the notification"): that date never came."""
    revoked = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(TG.Revocation)}
    of = {
        (c.subject, c.predicate): c.object
        for c in claims
        if c.subject in revoked and c.predicate in (TG.state, TG.treaty)
    }
    undone = {
        Ref(Minter.action(state.key, treaty.key, "denunciation"))
        for r in revoked
        if isinstance(state := of.get((r, TG.state)), Ref)
        and isinstance(treaty := of.get((r, TG.treaty)), Ref)
    }
    derived = (TG.derivedEffectiveDate, TG.derivedByRule)
    return [c for c in claims if not (c.subject in undone and c.predicate in derived)]


def _attribute(ctx: Context, view: View, speech: list[tuple[Ref, int, int, tuple[int, int] | None]]) -> None:
    """Claims made inside reported words belong to the speaker; in a sentence that only says
    "according to X", to the outlet X."""
    for speaker, start, end, _ in speech:
        ctx.attribution[(start, end)] = speaker
    if not speech:
        outlet = reporting_outlet(view)
        if outlet is not None:
            ctx.attribution[(view.start, view.end)] = Ref(outlet.key)


def _mention_claims(ctx: Context, view: View) -> None:
    """The document mentions each entity (evidence: the first mention); an entity the registry
    does not know is typed and labelled from that mention. These are the document's own claims,
    never a speaker's."""
    document_key = f"doc/{ctx.document.key}"
    for mention in view.mentions:
        if mention.key in ctx.labelled:
            continue
        ctx.labelled.add(mention.key)
        ctx.claim(
            document_key, SCHEMA.mentions, mention.key, view, mention.start, mention.end, attribute=False
        )
        if not mention.known:
            s, e = mention.start, mention.end
            ctx.claim(mention.key, RDF.type, mention.cls, view, s, e, attribute=False)
            ctx.claim(mention.key, SKOS.prefLabel, Value(mention.label), view, s, e, attribute=False)
