"""A state joining, leaving, being suspended from or expelled by an organisation."""

from __future__ import annotations

import re

from loaders.dates import DateMention
from loaders.events._clauses import (
    _AGAIN,
    _COURT_OBJECT,
    _NOMINAL,
    _ORG_MODIFIES,
    _ORG_SUBJECT_TO_VERB,
    _attributive,
    _intention,
    _noun_phrase_state,
    _only,
    _org_event,
    _org_event_of,
)
from loaders.events._common import _T, KEYS, _dated, _span
from loaders.extract_context import Context, View
from loaders.facts import Value
from loaders.frames import IGO, STATE, Match, slot
from loaders.mentions import Mention
from loaders.vocabulary import RDF, TG, XSD


def _org_frame(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """Joining an organisation: only the organisation as the trigger's direct object."""
    state = (
        _noun_phrase_state(ctx, view, match)
        if _NOMINAL.match(match.text)
        else slot(ctx, view, match, "state")
    )
    org = slot(ctx, view, match, "organization")
    it = _IT_OBJECT.match(view.text, match.end, view.end)
    if org is None and it is not None and any(d.start == it.end() for d in view.dates):
        org = _only(ctx, view, match.start, IGO)  # "left the Council in 1969 and rejoined it in 1974"
        if org is not None:
            org = Mention(
                org.key, org.cls, org.label, match.start, match.end, match.text, org.known, "pronoun"
            )
    if org is not None and (_ORG_MODIFIES.match(view.text, org.end, view.end) or _attributive(view, org)):
        return
    if state is None or org is None or match.mood in ("negated",):
        return
    if match.mood == "intention":
        s, e = _span(state, org, match)
        _intention(ctx, view, match, state.key, org.key, s, e)
        return
    if (
        match.frame.kind == "admission"
        and "member" in match.text.lower()
        and _TO_DO.match(view.text, org.end, view.end)
    ):
        return  # "the first member of the EU to leave the court": what it did, not when it joined
    _org_event(ctx, view, match, state, org, match.frame.kind)
    if match.mood == "fact" and not _NOMINAL.match(match.text):
        _second_org(ctx, view, match, state, org)


# After "the first member of ORG": an infinitive saying what it was the first member to do
_TO_DO = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b")


# "joined the United Nations on 14 July 2011 and the African Union later that month": a second
# organisation, dated after the first, or counted from its date
_SECOND_ORG = re.compile(r"\s+and\s+(?:then\s+)?(?:the\s+)?", _T)


_LATER_THAT = re.compile(r"\s+later\s+that\s+(?P<unit>month|year)\b", _T)


def _second_org(ctx: Context, view: View, match: Match, state: Mention, org: Mention) -> None:
    first = next((d for d in view.dates if d.start > org.end), None)
    if first is None or not re.fullmatch(r"\s+(?:on|in)\s+", view.text[org.end : first.start], _T):
        return
    other = view.after(first.end, IGO, within=16)
    if other is None or other.key == org.key or not _SECOND_ORG.fullmatch(view.text, first.end, other.start):
        return
    date = next((d for d in view.dates if d.start > other.end), None)
    if date is not None and not re.fullmatch(r"\s+(?:on|in)\s+", view.text[other.end : date.start], _T):
        date = None
    later = _LATER_THAT.match(view.text, other.end, view.end)
    if date is None and later is not None:
        month = later.group("unit").lower() == "month" and len(first.value) >= 7
        value = first.value[:7] if month else first.value[:4]
        datatype = XSD.gYearMonth if month else XSD.gYear
        note = f"relative: '{later.group(0).strip()}', counted from {first.value}"
        date = DateMention(value, datatype, None, later.start(), later.end(), later.group(0).strip(), note)
    if date is None:
        return
    kind = match.frame.kind
    key = KEYS.org_event(state.key, other.key, kind)
    cls = TG.Admission if kind == "admission" else TG.Withdrawal
    verb = "joining" if kind == "admission" else "leaving"
    s, e = min(state.start, match.start), date.end
    ctx.node(key, cls, f"{ctx.name(state.key)} {verb} the {ctx.name(other.key)}", view, s, e)
    ctx.claim(key, TG.state, state.key, view, s, e)
    ctx.claim(key, TG.organization, other.key, view, s, e)
    _dated(ctx, view, key, date, s, e)


# "rejoined it in 1974": the organisation as a pronoun object, then the act's date
_IT_OBJECT = re.compile(r"\s+it\s+(?:in|on)\s+")


def _org_followed(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Armenia and Azerbaijan followed on 25 January 2001": the admission or departure told in
    this sentence or the one before, by the states that are the subject of "followed", with
    nothing after it but its date ("followed the debate", "followed by" follow no act)."""
    prior = ctx.last_org_event
    if match.mood != "fact" or prior is None or view.sentence.index - prior[0] > 1:
        return
    if not _FOLLOWED_REST.match(view.text, match.end, view.end):
        return
    state = view.before(match.start, STATE, within=4)
    if state is None or not _ORG_SUBJECT_TO_VERB.fullmatch(view.text, state.end, match.start):
        return
    _, kind, org = prior
    here = Mention(org.key, org.cls, org.label, match.start, match.end, match.text, org.known, "followed")
    _org_event(ctx, view, match, state, here, kind)


_FOLLOWED_REST = re.compile(r"\s*(?:[,.;]|\s(?:in|on)\s|$)", _T)


# Between a state and "remains a member of": adverbs only ("Venezuela therefore remains"), or a
# relative pronoun ("Montenegro, which has been a member")
_SPAN_SUBJECT = re.compile(
    r"[\s,]*(?:which\s+)?(?:(?:therefore|thus|still|also|formally|technically|legally|nonetheless|now|however|"
    r"only)[\s,]+)*",
    _T,
)


# Between the organisation and the date that bounds the membership: at most one aside
_SPAN_DATE = re.compile(r"(?:\s*,[^.;:()]{1,60},)?\s+(?P<word>until|till|since)\s+(?:the\s+)?", _T)


def _membership_span(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "X remains a member of ORG until D": the effect of X's departure the text told of;
    "X has been a member of ORG since D": X joined ORG on D. Nothing without both ends named."""
    if match.mood != "fact":
        return
    org = view.after(match.end, IGO, within=5)
    state = view.before(match.start, STATE, within=30)
    if org is None or state is None or not _SPAN_SUBJECT.fullmatch(view.text, state.end, match.start):
        return
    apposed = match.text.lower().startswith("a ")
    if apposed and not re.fullmatch(r"\s*,\s*", view.text[state.end : match.start]):
        return  # "Ghana is a member of": only an apposition to the state says when it joined
    date = next((d for d in view.dates if d.start > org.end), None)
    gap = _SPAN_DATE.fullmatch(view.text, org.end, date.start) if date is not None else None
    if date is None or gap is None:
        return
    if gap.group("word").lower() == "since":
        if "been" in match.text.lower() or apposed:
            _org_event_of(ctx, view, match, state, org, "admission", date)
        return
    if "been" in match.text.lower() or apposed:
        return  # "had been a member until 2019": the end of a past membership, no notice told
    key = KEYS.org_event(state.key, org.key, "withdrawal")
    told = any(c.subject.key == key and c.predicate == RDF.type for c in ctx.claims)
    if not told or key in ctx.effective:
        return
    s, e = min(state.start, match.start), date.end
    ctx.claim(key, TG.effectiveDate, Value(date.value, date.datatype), view, s, e, date_note=date.note)
    ctx.effective[key] = date


def _expulsion(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """An organisation expelling or suspending a member: "the CoE expelled Russia", "Russia was
    expelled from the CoE", "Mali's suspension from the African Union". A suspension takes the
    state only as the verb's own object and the organisation only after "from", so that
    "suspended its payments to the Council" or "the court suspended the law" suspend no member."""
    if match.mood != "fact":
        return
    kind = match.frame.kind
    if re.search(r"\b(?:not|against|down|never)\b", match.text, _T) or _VOTED_AGAINST.search(
        view.text, max(view.start, match.start - 40), match.start
    ):
        return  # "voted not to suspend", "voted against suspending"
    strict = kind != "expulsion"
    state_after = _own_object(view, match.end, STATE) if strict else view.after(match.end, STATE, within=5)
    org: Mention | None
    state: Mention | None
    member_of = _membership_of(view, state_after) if strict and state_after is not None else None
    if member_of is not None:  # "suspended Russia from the council", "suspend Libya's membership of"
        org, state = member_of, state_after
    elif state_after is not None:  # "the CoE expelled Russia"
        org, state = view.before(match.start, IGO, within=30), state_after
        if (
            strict
            and org is not None
            and _COURT_OBJECT.search(view.text, max(view.start, org.start - 12), org.start)
            and not _ORGAN_OF.search(view.text, max(view.start, org.start - 40), org.start)
        ):
            org = None  # "a report on the AU suspended Mali": not the subject
    else:  # "Russia was expelled from the CoE", "Russia's expulsion from the Council"
        org = _from_org(view, match.end) if strict else view.after(match.end, IGO, within=25)
        state = view.before(match.start, STATE, within=20)
        if state is None and _IT_WAS.fullmatch(view.text, view.start, match.start):
            state = _only(ctx, view, match.start, STATE)  # "It was expelled from the Council"
        if strict and state is not None and not _SUSPENDED_STATE.fullmatch(view.text, state.end, match.start):
            state = None
        if org is None and state is not None and kind == "suspension":
            org = _told_org(ctx, view, state, match)
    if org is None or state is None:
        return
    _org_event(ctx, view, match, state, org, kind)
    if state_after is not None and member_of is None:
        key = KEYS.org_event(state.key, org.key, "readmission" if _AGAIN.search(match.text) else kind)
        ctx.claim(key, TG.agent, org.key, view, org.start, state.end)


def _told_org(ctx: Context, view: View, state: Mention, match: Match) -> Mention | None:
    """ "The OAS readmitted Honduras. Honduras had been suspended in 2009": with no organisation
    after the passive, the one whose admission or departure of this same state one of the last
    sentences told."""
    prior = ctx.last_org_event
    if prior is None or view.sentence.index - prior[0] > 2 or _FROM.match(view.text, match.end, view.end):
        return None
    org = prior[2]
    kinds = ("admission", "readmission", "withdrawal")
    told = {KEYS.org_event(state.key, org.key, k) for k in kinds}
    if not any(c.subject.key in told and c.predicate == RDF.type for c in ctx.claims):
        return None
    return Mention(org.key, org.cls, org.label, match.start, match.end, match.text, org.known, "told")


# The organ of an organisation acting for it: "the General Assembly of the OAS voted to readmit"
_ORGAN_OF = re.compile(
    r"\b(?:Assembly|Council|Summit|Conference|Committee\s+of\s+Ministers|Heads\s+of\s+State(?:\s+and\s+"
    r"Government)?)\s+of\s+(?:the\s+)?$"
)


# Between a suspended state and the trigger: "Mali was suspended", "Guinea's suspension", "Niger,
# which had been suspended", "Mali has also been suspended"
_SUSPENDED_STATE = re.compile(
    r"(?:'s?\s+|\s*,?\s*(?:which\s+|who\s+)?(?:(?:was|were|is|are|has|have|had|been|being|also|already|"
    r"then|later|formally|temporarily|subsequently)\s+)+)(?:the\s+)?",
    _T,
)


# A clause opening with the state as a pronoun before a passive trigger
_IT_WAS = re.compile(
    r"\s*(?:It|The\s+country)\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:formally|then|later|subsequently|eventually|finally)\s+)?",
)


_FROM = re.compile(r"\s+(?:(?:temporarily|indefinitely|formally)\s+)?from\s+", _T)


# A vote or a decision against the act the trigger names: "voted against suspending", "refused to"
_VOTED_AGAINST = re.compile(
    r"\b(?:against|not\s+to|refused\s+to|declined\s+to|failed\s+to|rejected\s+(?:a|the)\s+\w+\s+to)\s+$", _T
)


# After a suspended state: the body it is suspended from, or its membership of one ("suspended
# Russia from the Human Rights Council", "suspend Russia's membership of", "suspended Libya's
# rights of membership in")
_MEMBERSHIP_OF = re.compile(
    r"(?:\s+from|['\u2019]s?\s+(?:rights\s+of\s+membership|membership(?:\s+rights)?)\s+(?:of|in))\s+(?:the\s+)?",
    _T,
)


def _membership_of(view: View, state: Mention) -> Mention | None:
    """The organisation a state suspended as its own object is suspended from: an
    intergovernmental organisation or a body of one, right after "from" or "membership of"."""
    found = _MEMBERSHIP_OF.match(view.text, state.end, view.end)
    if found is None:
        return None
    return view.after(found.end(), IGO | {TG.Organization}, within=0)


def _own_object(view: View, end: int, classes: frozenset[str]) -> Mention | None:
    """A mention right after the trigger, with at most "the" between."""
    found = view.after(end, classes, within=5)
    if found is None or not re.fullmatch(r"\s*(?:the\s+)?", view.text[end : found.start], _T):
        return None
    return found


def _from_org(view: View, end: int) -> Mention | None:
    """The organisation right after "from" following the trigger."""
    found = _FROM.match(view.text, end, view.end)
    if found is None:
        return None
    org = view.after(found.end(), IGO, within=4)
    return org if org is not None and _DIRECT.fullmatch(view.text, found.end(), org.start) else None


_DIRECT = re.compile(r"(?:the\s+)?", _T)
