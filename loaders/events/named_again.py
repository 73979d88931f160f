"""A decree or notification named again in a later sentence that gives its date, and an executive
act dated by its publication ("The decision, signed by the president, was published on ...")."""

from __future__ import annotations

import re

from loaders.events._clauses import _only, _procedure_step
from loaders.events._common import _T, KEYS, _dated
from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.facts import Ref
from loaders.frames import PERSON, STATE, Match
from loaders.mentions import Mention
from loaders.vocabulary import RDF, TG

_RECEIVED = re.compile(r"[^.;:()]{0,120}?\breceived\b", _T)


_DECREE_SIGNED = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:signed|issued)\s+(?:a|an|the)\s+(?:\w+\s+)?decree\b", _T
)


def _step_again(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "The decree, signed on 16 October, ...": the date of the decree or notification the text
    named last, within the few sentences before, if that one has none. A notice dated one day and
    received another is dated by its receipt, when the depositary has it."""
    cls = TG.Decree if "decree" in match.text.lower() or "order" in match.text.lower() else TG.Notification
    date = None
    if cls == TG.Notification:
        received = _RECEIVED.match(view.text, match.end, view.end)
        if received is not None:
            date = view.date_for(received.end() - 1, received.end(), [])
            date = date if date is not None and date.start <= received.end() + 60 else None
    if date is None:
        date = view.date_for(match.start, match.end, [])
        date = date if date is not None and date.start <= match.end + 40 else None
    if date is None:
        return
    first = ctx.document.sentences[max(0, view.sentence.index - 4)].start
    typed = [
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type and c.object == Ref(cls) and first <= c.evidence.start < view.start
    ]
    if typed:
        key = typed[-1]
        if any(c.subject.key == key and c.predicate == TG.date for c in ctx.claims):
            return
        _dated(ctx, view, key, date, match.start, match.end)
        return
    if cls != TG.Decree:
        return
    # the decree an earlier sentence says a person signed: "President X has signed a decree ..."
    for m in reversed([m for m in ctx.mentions if first <= m.start < view.start and m.cls == TG.Person]):
        if _DECREE_SIGNED.match(ctx.text, m.end, min(len(ctx.text), m.end + 40)):
            key = KEYS.decree(m.key, date.value)
            label = f"Decree of {ctx.name(m.key)}, {date.value}"
            ctx.node(key, TG.Decree, label, view, match.start, match.end)
            ctx.claim(key, TG.agent, m.key, view, match.start, match.end)
            _dated(ctx, view, key, date, match.start, match.end)
            return


# The subject of "was published" that makes it an executive act: a decree, an order, or a decision
# that is presidential or signed by a person ("The court's decision was published" is none)
_DECREE_SUBJECT = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?(?P<exec>(?:presidential|executive|government|cabinet|royal)\s+)?"
    r"(?P<noun>decree|decree-law|executive\s+order|order|decision)\b(?P<rest>[^;:()]*)$",
    _T,
)


_SIGNED_BY = re.compile(r",?\s+signed\s+by\s+(?:the\s+)?", _T)


def _decree_published(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """An executive act dated by its publication, of the treaty its subject names, else of the
    treaty the text says the state is leaving."""
    if match.mood != "fact":
        return
    subject = _DECREE_SUBJECT.match(view.text[view.start : match.start])
    if subject is None:
        return
    rest_start = view.start + subject.start("rest")
    signed = _SIGNED_BY.search(view.text, rest_start, match.start)
    agent = view.after(signed.end(), PERSON, within=40) if signed is not None else None
    if agent is not None and agent.end > match.start:
        agent = None
    noun = subject.group("noun").lower()
    if agent is None and subject.group("exec") is None and noun == "decision":
        return  # "the decision was published": a court's as well as a government's
    if any(m.start < match.start and m.cls in ORG_CLASSES for m in view.mentions if m.start >= view.start):
        return  # "the decision of the Constitutional Court": the act of another body
    inside = [m for m in view.mentions if rest_start <= m.start and m.end <= match.start]
    treaty = next((m for m in inside if m.cls in TREATY_CLASSES), None)
    state_m = next((m for m in inside if m.cls in STATE), None)
    state = state_m.key if state_m is not None else None
    if treaty is None and ctx.leaving is not None and ctx.leaving[0] == "denunciation":
        key = ctx.leaving[2]  # "The decision ... was published": the withdrawal the text is about
        treaty = Mention(key, TG.Treaty, ctx.name(key), match.start, match.end, match.text, True, "context")
        state = state or ctx.leaving[1]
    if treaty is None:  # the one treaty the text has named
        treaty = _only(ctx, view, match.start, TREATY_CLASSES)
    if treaty is None:
        return
    if agent is None and state is not None:  # "a presidential decision withdrawing Turkey"
        agent = Mention(state, TG.State, ctx.name(state), match.start, match.start, "", True, "decree")
    if agent is None:
        return
    date = view.date_for(match.start, match.end, [t for t in match.starts if t > match.end])
    if date is None:
        return
    _procedure_step(ctx, view, match, agent, treaty, None, date, state)
