"""A state joining, leaving, being suspended from or expelled by an organisation."""

from __future__ import annotations

import datetime
import itertools
import re

from loaders.dates import DateMention
from loaders.events._clauses import (
    _AGAIN,
    _COURT_OBJECT,
    _LISTED,
    _NOMINAL,
    _ORG_MODIFIES,
    _ORG_SUBJECT_TO_VERB,
    _attributive,
    _intention,
    _noun_phrase_state,
    _only,
    _org_event,
    _org_event_of,
    _org_subjects,
)
from loaders.events._common import _T, KEYS, _date, _dated, _span
from loaders.events.org_rows import document_day, in_point, title_org
from loaders.extract_context import Context, View
from loaders.facts import Ref, Value
from loaders.frames import IGO, STATE, Match, slot
from loaders.mentions import Mention
from loaders.vocabulary import ORG, RDF, TG, XSD


def _org_frame(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """Joining an organisation: only the organisation as the trigger's direct object."""
    state = (
        _noun_phrase_state(ctx, view, match)
        if _NOMINAL.match(match.text)
        else slot(ctx, view, match, "state")
    )
    org = (
        _possessor(view, match)
        if match.frame.name == "admission-possessive"
        else slot(ctx, view, match, "organization")
    )
    subjects = _over_relative(view, match) if state is not None and not _NOMINAL.match(match.text) else []
    if subjects:
        state = subjects[-1]  # "Estonia and Latvia, whose independence Moscow recognised, were admitted"
    if org is None and match.frame.kind == "admission":
        org = _short_org(ctx, view, match.end)  # "was readmitted to the League in 1989"
    if org is None and match.frame.kind == "admission" and _dated_next(view, match.end) is not None:
        org = _org_told_before(ctx, view, match)  # "ASEAN was founded in 1967. Brunei joined in 1984"
    if (state is None or org is None) and _coordinated(ctx, view, match):
        return
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
    if match.mood == "fact" and _respectively(ctx, view, match, state, org):
        return
    _org_event(ctx, view, match, state, org, match.frame.kind)
    for other in subjects[:-1]:
        _org_event_of(ctx, view, match, other, org, match.frame.kind)
    if match.mood == "fact" and not _NOMINAL.match(match.text):
        _second_org(ctx, view, match, state, org)
        _gapped(ctx, view, match, org)
        _companions(ctx, view, match, org)


def _possessor(view: View, match: Match) -> Mention | None:
    """The organisation owning the member a state became: "became the African Union's 54th
    member", "became ASEAN's eleventh member state" (the frame's own lookahead checks the rest)."""
    org = view.after(match.end, IGO, within=5)
    if org is None or not re.fullmatch(r"\s+(?:the\s+)?", view.text[match.end : org.start], _T):
        return None
    member = _MEMBER_OWNED.match(view.text, org.end, view.end)
    if member is None or _TO_DO.match(view.text, member.end(), view.end):
        return None  # "became the African Union's first member to ratify": what it did first
    return org


_MEMBER_OWNED = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?member(?:\s+(?:state|country|nation))?\b", _T)


# "Ghana and Kenya joined the Commonwealth in 1957 and 1963 respectively": one date per state
# listed as the subject, in order
_DATES_OPEN = re.compile(r",?\s+(?:in|on)\s+", _T)
_DATES_NEXT = re.compile(r"\s*,\s*(?:and\s+)?(?:in\s+|on\s+)?|\s+and\s+(?:in\s+|on\s+)?", _T)
_RESPECTIVELY = re.compile(r"\s*,?\s+respectively\b", _T)


def _respectively(ctx: Context, view: View, match: Match, state: Mention, org: Mention) -> bool:
    """Each listed subject's act with its own date; True when the clause was read so."""
    pos = max(match.end, org.end)
    listed = [*reversed(_org_subjects(view, state, match)), state]
    dates = [d for d in view.dates if d.start >= pos]
    if len(listed) < 2 or len(dates) < len(listed):
        return False
    dates = dates[: len(listed)]
    if not _DATES_OPEN.fullmatch(view.text, pos, dates[0].start):
        return False
    if not all(_DATES_NEXT.fullmatch(view.text, a.end, b.start) for a, b in itertools.pairwise(dates)):
        return False
    if not _RESPECTIVELY.match(view.text, dates[-1].end, view.end):
        return False
    for each, date in zip(listed, dates, strict=True):
        _org_event_of(ctx, view, match, each, org, match.frame.kind, date)
    return True


# Between the subject and the verb: a relative clause of the subject's ("Estonia, Latvia and
# Lithuania, whose independence Moscow recognised only this month, were admitted")
_OVER_RELATIVE = re.compile(
    r"\s*,\s*(?:whose|which|who)\b[^,;:()]{1,100},\s*(?:(?:were|was|had\s+been|has\s+been|have\s+been|"
    r"then|later|also|formally)\s+)*",
    _T,
)


def _over_relative(view: View, match: Match) -> list[Mention]:
    """The states listed as the subject before a relative clause that ends at the verb, in order."""
    head = next(
        (
            m
            for m in reversed(view.of(STATE))
            if m.end <= match.start and _OVER_RELATIVE.fullmatch(view.text, m.end, match.start)
        ),
        None,
    )
    if head is None:
        return []
    listed = [head]
    for m in reversed(view.of(STATE)):
        if m.end <= listed[0].start and _LISTED.fullmatch(view.text, m.end, listed[0].start):
            listed.insert(0, m)
    return listed


# After the act and its organisation: other states admitted (or leaving) with it, "admitted it
# together with North Korea", "were admitted the same day, along with the Marshall Islands and
# the Federated States of Micronesia"
_COMPANIONS = re.compile(r"[^;:()]{0,60}?,?\s+(?:together\s+with|along\s+with|alongside)\s+", _T)


def _companions(ctx: Context, view: View, match: Match, org: Mention) -> None:
    """The states an act is told "together with": each listed, and nothing else, up to the end
    of the clause."""
    pos = max(match.end, org.end)
    found = _COMPANIONS.match(view.text, pos, view.end)
    if found is None or re.search(r"\b(?:than|but|unlike|not)\b", view.text[pos : found.end()], _T):
        return
    first = view.after(found.end(), STATE, within=4)
    if first is None or not re.fullmatch(r"(?:the\s+)?", view.text[found.end() : first.start], _T):
        return
    listed = [first]
    for m in view.of(STATE):
        if m.start > listed[-1].end and _LISTED.fullmatch(view.text, listed[-1].end, m.start):
            listed.append(m)
    rest = view.text[listed[-1].end : view.end]
    if not re.match(r"\s*(?:[,.;]|\s(?:on|in)\s|$)", rest, _T) or re.match(r"['\u2019]", rest):
        return  # "alongside Monaco's observers": not the states
    for state in listed:
        _org_event_of(ctx, view, match, state, org, match.frame.kind)


def _dated_next(view: View, pos: int) -> DateMention | None:
    """The date right after ``pos``, after "in" or "on"."""
    gap = _SECOND_DATE_AT.match(view.text, pos, view.end)
    return next((d for d in view.dates if gap is not None and d.start == gap.end()), None)


_SECOND_DATE_AT = re.compile(r"\s+(?:in|on)\s+", _T)


def _org_told_before(ctx: Context, view: View, match: Match) -> Mention | None:
    """The organisation of "X joined in 1984" with none named in its sentence: the one the
    sentence before names, when that sentence names no treaty (which "joined" may also join)."""
    if view.sentence.index == 0 or any(m.cls in IGO or m.cls in _TREATIES for m in view.mentions):
        return None
    before = ctx.document.sentences[view.sentence.index - 1]
    named = [m for m in ctx.mentions if before.start <= m.start < before.end]
    if any(m.cls in _TREATIES for m in named) or _TREATY_ACT.search(before.text):
        return None  # "Kuwait acceded in 1996. The UAE joined in 2012": the treaty told of
    orgs = {m.key: m for m in named if m.cls in IGO or m.cls == TG.Organization}
    titled = title_org(ctx) if not orgs else None  # "Admission of sixteen states to the United Nations"
    if titled is None and (len(orgs) != 1 or next(iter(orgs.values())).cls not in IGO):
        return None
    org = titled or next(iter(orgs.values()))
    return Mention(
        org.key, org.cls, org.label, match.start, match.end, match.text, org.known, "sentence before"
    )


_TREATIES = frozenset({TG.Treaty, TG.Protocol})
_TREATY_ACT = re.compile(
    r"\b(?:acceded|ratified|ratifications?|accessions?|signatories|states\s+parties)\b", _T
)


# "Brunei joined in 1984, Viet Nam in 1995, Laos and Myanmar in 1997": after the first act's date,
# further states of the same act, each group with its own date and the verb left out
_GROUP_OPEN = re.compile(
    r"(?:\s*,\s*(?:(?:after|following|when|amid)\b[^,;:()]{1,80},\s*)?(?:and\s+)?|\s+and\s+)(?:the\s+)?", _T
)
_GROUP_MORE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", _T)
_GROUP_END = re.compile(r"\s*(?:[,.;]|\s+and\s|$)", _T)


def _gapped(ctx: Context, view: View, match: Match, org: Mention, after: int | None = None) -> None:
    """The states and dates of a list that goes on after the first act's date with its verb
    left out; nothing unless every group is states then "in"/"on" and a date. ``after``: where
    the first act's words end, when not at its organisation ("suspended Mali from its
    institutions on 30 May 2021, and Burkina Faso on 28 January 2022")."""
    pos = after if after is not None else max(match.end, org.end)
    it = re.compile(
        r"\s+(?:it\b|from\s+(?:all\s+)?(?:of\s+)?its\s+(?:[\w-]+\s+){0,2}(?:institutions|bodies|organs|activities|meetings))"
    ).match(view.text, pos, view.end)  # "joined it in 1949, Turkey in 1950"
    first = _dated_next(view, it.end() if it else pos)
    if first is None:
        return
    pos = first.end
    groups: list[tuple[list[Mention], DateMention]] = []
    while True:
        opened = _GROUP_OPEN.match(view.text, pos, view.end)
        state = view.after(opened.end(), STATE, within=4) if opened else None
        if opened is None or state is None or state.start != opened.end():
            break
        states = [state]
        date = _dated_next(view, state.end)
        while date is None:
            more = _GROUP_MORE.match(view.text, states[-1].end, view.end)
            other = view.after(more.end(), STATE, within=4) if more else None
            if more is None or other is None or other.start != more.end():
                return
            states.append(other)
            date = _dated_next(view, other.end)
        if not _GROUP_END.match(view.text, date.end, view.end):
            return
        groups.append((states, date))
        pos = date.end
    for states, date in groups:
        for state in states:
            _org_event_of(ctx, view, match, state, org, match.frame.kind, date)


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
    if in_point(ctx, view):
        return  # "(ii) to readmit Gabon to the Union" under "decides:": read as the decision's point
    kind = match.frame.kind
    if re.search(r"\b(?:not|against|down|never)\b", match.text, _T) or _VOTED_AGAINST.search(
        view.text, max(view.start, match.start - 40), match.start
    ):
        return  # "voted not to suspend", "voted against suspending"
    if _colon_list(ctx, view, match):
        return
    strict = kind != "expulsion"
    state_after = _own_object(view, match.end, STATE) if strict else view.after(match.end, STATE, within=5)
    org: Mention | None
    state: Mention | None
    member_of = _membership_of(view, state_after) if strict and state_after is not None else None
    if (
        member_of is not None
        and match.text.lower().startswith("suspension")
        and _LIFTED.search(view.text, member_of.end, view.end)
    ):
        return  # "the suspension of Mali from the AU was lifted in 2022": the date is the lifting's
    if member_of is not None:  # "suspended Russia from the council", "suspend Libya's membership of"
        org, state = member_of, state_after
    elif (
        state_after is not None
        and kind == "admission"
        and _NOT_A_MEMBER.match(view.text, state_after.end, view.end)
    ):
        return  # "admitted Palestine as a non-member observer state", "admitted Ukraine's claim"
    elif state_after is not None and _POSSESSED.match(view.text, state_after.end, view.end):
        return  # "voted to suspend Russia's payments to the Council": the state owns the object
    elif state_after is not None and _RESTORED.match(match.text):
        return  # "restored Syria to ...": a membership restored is told as "its membership of"
    elif state_after is not None:  # "the CoE expelled Russia", "voted to readmit Syria to the League"
        org = _org_after_object(ctx, view, state_after, kind) or _organ_parent(ctx, view, match.start)
        org = org or view.before(match.start, IGO, within=30) or _subject_past_clause(view, match)
        if org is None and _BACK_SUBJECT.search(view.text[view.start : match.start]):
            org = _last_suspending(ctx, view, match)  # "On 22 August it suspended Niger"
        state = state_after
        if (
            strict
            and org is not None
            and org.end <= match.start
            and _COURT_OBJECT.search(view.text, max(view.start, org.start - 12), org.start)
            and not _ORGAN_OF.search(view.text, max(view.start, org.start - 40), org.start)
        ):
            org = None  # "a report on the AU suspended Mali": not the subject
    else:  # "Russia was expelled from the CoE", "Russia's expulsion from the Council"
        org = _from_org(view, match.end) if strict else view.after(match.end, IGO, within=25)
        state = view.before(match.start, STATE, within=20)
        if state is None and _IT_WAS.fullmatch(view.text, view.start, match.start):
            state = _only(ctx, view, match.start, STATE)  # "It was expelled from the Council"
        if (
            strict
            and state is not None
            and not _SUSPENDED_STATE.fullmatch(view.text, state.end, match.start)
            and not (org is not None and _APPOSED_PARTICIPLE.fullmatch(view.text, state.end, match.end))
        ):
            state = None
        if org is None and state is not None and kind == "admission" and _AGAIN.search(match.text):
            org = _last_suspending(ctx, view, match, state.key)  # "Madagascar was readmitted in 2014"
        if org is None and state is not None and kind == "admission" and _dated_next(view, match.end):
            org = _org_told_before(ctx, view, match)  # "Japan was admitted on 18 December 1956"
        if org is None and state is not None and kind == "suspension":
            org = _by_org(view, match) or _told_org(ctx, view, state, match)
            if org is None and not _FROM.match(view.text, match.end, view.end):
                org = _last_suspending(ctx, view, match)  # "Madagascar was suspended in 2009."
        bare = not _FROM.match(view.text, match.end, view.end)
        if org is None and state is not None and bare and kind == "admission" and _AGAIN.search(match.text):
            org = _last_suspending(ctx, view, match, state.key)  # "Madagascar was readmitted"
        if (state is None or org is None) and kind == "admission" and _AGAIN.search(match.text):
            state, org = _left_in_clause(view, match) or (state, org)
        elif (state is None or org is None) and kind in ("expulsion", "suspension"):
            state, org = _left_in_clause(view, match, _JOINED_CLAUSE) or (state, org)
        if state is None or org is None or _RESTORED.match(match.text):
            state, org = _membership_passive(view, match) or (None, None)
    if (org is None or state is None) and _coordinated(ctx, view, match):
        return
    if org is None or state is None:
        return
    if _REMAINED.search(view.text, state.end, match.start) if state.end <= match.start else False:
        # "Mali has remained suspended from ECOWAS since its summit of 30 May 2021": a state of
        # things, dated only by the day it began
        since = _SINCE.search(view.text, match.end, view.end)
        began = next((d for d in view.dates if since is not None and d.start >= since.end()), None)
        if began is None or re.search(r"[;.]", view.text[match.end : began.start]):
            return
        _org_event_of(ctx, view, match, state, org, kind, began)
        return
    since = _BEEN_SINCE.match(view.text, org.end, view.end) if org.end > match.end else None
    if since is not None and state.end <= match.start and _BEEN.search(view.text, state.end, match.start):
        began = next((d for d in view.dates if d.start == since.end()), None)
        if began is not None:  # "Mali has been suspended from the AU since June 2021": when it began
            _org_event_of(ctx, view, match, state, org, kind, began)
            return
    decided = _decision_date(view, match)
    if decided is None and _PRESENT_DECISION.match(match.text) and not view.dates:
        decided = document_day(ctx, view, match.start, match.end)
    if decided is not None:  # "decided on 16 March 2022 to expel Russia": the decision's day
        _org_event_of(ctx, view, match, state, org, kind, decided)
    else:
        _org_event(ctx, view, match, state, org, kind)
    if state_after is not None and org.end <= match.start and not decided:
        _gapped(ctx, view, match, org, (member_of or state_after).end)
    if state_after is not None and member_of is None:
        key = KEYS.org_event(state.key, org.key, "readmission" if _AGAIN.search(match.text) else kind)
        ctx.claim(key, TG.agent, org.key, view, org.start, state.end)


_BEEN = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?been\b", _T)
_BEEN_SINCE = re.compile(r"\s+since\s+", _T)
_REMAINED = re.compile(r"\b(?:remained|remains|stayed|stays)\b", _T)
_SINCE = re.compile(r"\bsince\b", _T)


# The body deciding in the present tense of the record itself (a communiqué, a decision)
_PRESENT_DECISION = re.compile(r"(?:decides|resolves)\b", _T)


# "The Union of South American Nations, whose heads of state also met in Mendoza, suspended
# Paraguay": the organisation as the subject, a relative clause between it and the verb
_RELATIVE_CLAUSE = re.compile(
    r"\s*,\s*(?:which|whose|who)\b[^,;:()]{1,100},\s*(?:(?:also|then|later|in\s+turn|too)\s+)?"
    r"(?:(?:has|had|have)\s+)?(?:(?:also|then|later)\s+)?",
    _T,
)


def _subject_past_clause(view: View, match: Match) -> Mention | None:
    org = view.before(match.start, IGO, within=120)
    if org is None or not _RELATIVE_CLAUSE.fullmatch(view.text, org.end, match.start):
        return None
    return org


# "the Assembly admitted them the same day by resolution 995 (X): Albania, Austria, ...": the
# states an act takes as "them", listed after a colon to the end of the sentence
_THEM_COLON = re.compile(r"\s+(?:them|all\s+of\s+them|the\s+following(?:\s+states)?)\b[^:;.]{0,80}:\s*", _T)


_UNREAD_ITEM = re.compile(
    r"\s*,\s*(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
)


def _colon_list(ctx: Context, view: View, match: Match) -> bool:
    """The act for every state listed after the colon; True when the trigger was read so."""
    found = _THEM_COLON.match(view.text, match.end, view.end)
    if found is None:
        return False
    listed: list[Mention] = []
    for m in view.of(STATE):
        if m.start < found.end():
            continue
        gap = view.text[listed[-1].end if listed else found.end() : m.start]
        unread = listed and _UNREAD_ITEM.fullmatch(gap)  # a name the registry does not know ("Ceylon")
        if (listed and not _LISTED.fullmatch(gap) and not unread) or (
            not listed and gap.strip().lower() not in ("", "the")
        ):
            return False
        listed.append(m)
    if len(listed) < 2 or view.text[listed[-1].end : view.end].strip(" .;"):
        return False
    org = _organ_parent(ctx, view, match.start) or view.before(match.start, IGO, within=30) or title_org(ctx)
    day = _date(view, match) or _next_day(view)
    if org is None or day is None:
        return False
    for state in listed:
        _org_event_of(ctx, view, match, state, org, match.frame.kind, day)
    return True


_NEXT_DAY = re.compile(r"\s*(?:The\s+)?(?:next|following)\s+day\b", _T)


def _next_day(view: View) -> DateMention | None:
    """ "On 13 December ... . The next day the Assembly admitted them": the day after the last
    day the sentence before named."""
    opening = _NEXT_DAY.match(view.text, view.start, view.end)
    before = view.previous
    if opening is None or before is None or before.datatype != XSD.date:
        return None
    day = datetime.date.fromisoformat(before.value) + datetime.timedelta(days=1)
    note = f"relative: '{opening.group(0).strip()}', the day after {before.value}"
    return DateMention(
        day.isoformat(), XSD.date, None, opening.start(), opening.end(), opening.group(0).strip(), note
    )


_LIFTED = re.compile(r"\b(?:lifted|ended|revoked|reversed|rescinded|overturned)\b", _T)


_DECIDED = re.compile(r"\b(?:voted|decided|agreed|resolved)\s+(?:on\s+|in\s+)?$", _T)


def _decision_date(view: View, match: Match) -> DateMention | None:
    """The date between a decision's verb and the infinitive it decided: "voted on Sunday to"."""
    date = next((d for d in reversed(view.dates) if d.end <= match.start), None)
    if date is None or not re.fullmatch(r",?\s+to\s+", view.text[date.end : match.start], _T):
        return None
    return date if _DECIDED.search(view.text, max(view.start, date.start - 20), date.start) else None


# "Egypt, which had been suspended from the African Union in July 2013, was readmitted",
# "Honduras, suspended from the OAS in 2009, was readmitted": the state, a clause of its own
# telling how it left or was put out of one organisation, then the passive readmission
_LEFT_CLAUSE = re.compile(
    r"\s*,\s*(?:(?:which|who)\s+(?:(?:had|has|was|were|been)\s+)*)?(?P<verb>suspended|expelled|left|withdrew|quit)"
    r"\b(?P<clause>[^,;:()]{1,100}),\s*(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:(?:formally|finally|eventually|fully|later|then|officially)\s+)?$",
    _T,
)


# "Russia, which joined the Council of Europe in 1996, was expelled in 2022": the organisation a
# member is put out of, told in the clause of how it joined
_JOINED_CLAUSE = re.compile(
    r"\s*,\s*(?:which|who)\s+(?:(?:had|has)\s+)?(?:also\s+)?(?P<verb>joined|became\s+a\s+member\s+of)"
    r"\b(?P<clause>[^,;:()]{1,100}),\s*(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:(?:formally|finally|eventually|later|then|officially|temporarily)\s+)?$",
    _T,
)


def _left_in_clause(
    view: View, match: Match, clause: re.Pattern[str] = _LEFT_CLAUSE
) -> tuple[Mention, Mention] | None:
    """The state and the one organisation the clause between it and a readmission (or an
    expulsion) names."""
    for state in reversed(view.of(STATE)):
        if state.end > match.start:
            continue
        found = clause.fullmatch(view.text, state.end, match.start)
        if found is None:
            return None
        orgs = {m.key: m for m in view.of(IGO) if found.start("clause") <= m.start < found.end("clause")}
        return (state, next(iter(orgs.values()))) if len(orgs) == 1 else None
    return None


def _by_org(view: View, match: Match) -> Mention | None:
    """The organisation after "by" as the agent of a passive suspension: "Niger was suspended
    by the African Union on 22 August 2023"."""
    org = view.after(match.end, IGO, within=12)
    return org if org is not None and _BY_ORG.fullmatch(view.text, match.end, org.start) else None


# The subject of an active suspension standing for the body just told of: "it", "the council",
# "the bloc", opening the clause or after a date that opens it
_BACK_SUBJECT = re.compile(
    r"(?:^\W*|[,;]\s+|(?:^\W*|[,;]\s+)(?:On|In|Since|Later|Then)\b[^,;]{0,30}?,?\s+)(?:it|the\s+(?:council|bloc|"
    r"union|organi[sz]ation|league|body|community|commonwealth))\s+(?:(?:had|has|also|then|later|again|"
    r"subsequently|promptly)\s+)*$",
    _T,
)


def _last_suspending(ctx: Context, view: View, match: Match, state: str | None = None) -> Mention | None:
    """The organisation of the last suspension or expulsion told in this sentence or the two
    before it (of ``state`` when given): the body that acts again in "On 22 August it suspended
    Niger", and the one a member "was suspended" from or "readmitted" to with none named."""
    acts = {
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type and c.object in (Ref(TG.Suspension), Ref(TG.Expulsion))
    }
    for c in reversed(ctx.claims):
        if c.subject.key not in acts or c.predicate != TG.organization or not isinstance(c.object, Ref):
            continue
        if view.sentence.index - c.evidence.sentence_index > 2:
            return None
        if state is not None and not any(
            s.subject == c.subject and s.predicate == TG.state and s.object == Ref(state) for s in ctx.claims
        ):
            continue
        key = c.object.key
        return Mention(key, TG.IntergovernmentalOrganization, ctx.name(key), match.start, match.end,
                       match.text, True, "told before")  # fmt: skip
    return None


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
    r"then|later|formally|temporarily|subsequently|remained|remains|stayed)\s+)+)(?:the\s+)?",
    _T,
)


# "Honduras, suspended from the OAS in 2009, was readmitted": a participle apposed to the state,
# its organisation after "from"
_APPOSED_PARTICIPLE = re.compile(r"\s*,\s*(?:(?:later|then|since|temporarily)\s+)?(?:suspended|expelled)", _T)


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
    r"(?:\s+from|['\u2019]s?\s+(?:rights\s+of\s+(?:membership|representation)|membership(?:\s+rights)?)\s+"
    r"(?:of|in))\s+(?:the\s+)?"
    # "from all the governing bodies of ECOWAS", "from all African Union activities"
    r"(?:(?<=from\s)(?:all\s+(?:the\s+)?|the\s+)?(?:(?:[\w-]+\s+){0,2}(?:bodies|organs|institutions|activities|"
    r"meetings|structures)\s+of\s+(?:the\s+)?|all\s+(?:the\s+)?))?",
    _T,
)


def _membership_of(view: View, state: Mention) -> Mention | None:
    """The organisation a state suspended as its own object is suspended from: an
    intergovernmental organisation or a body of one, right after "from" or "membership of"."""
    found = _MEMBERSHIP_OF.match(view.text, state.end, view.end)
    org = view.after(state.end, IGO | {TG.Organization}, within=found.end() - state.end) if found else None
    return org if org is not None and _MEMBERSHIP_OF.fullmatch(view.text, state.end, org.start) else None


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
    org = view.after(found.end(), IGO, within=50)
    return org if org is not None and _DIRECT.fullmatch(view.text, found.end(), org.start) else None


# Between "from" and the organisation: "the", or the bodies of it a member is barred from ("from
# the governing bodies of ECOWAS", "from all African Union activities")
_DIRECT = re.compile(
    r"(?:all\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:bodies|organs|institutions|activities|meetings|structures)"
    r"\s+of\s+(?:the\s+)?)?",
    _T,
)


_RESTORED = re.compile(r"(?:voted\s.*\s)?(?:to\s+)?(?:restor|reinstat)", _T)


# After a state admitted as the verb's object: "as a non-member observer state", "'s application"
_NOT_A_MEMBER = re.compile(
    r"(?:\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:non-member|observer|associate|guest|partner)\b|['\u2019]s?\s+(?!"
    r"(?:rights\s+of\s+)?membership))",
    _T,
)


# After the state a verb seems to take as object: its possessive, naming what the verb acts on
# ("suspended Libya's participation in its meetings" is the state's own place in the body)
_POSSESSED = re.compile(
    r"['\u2019]s?\s+(?!(?:rights\s+of\s+)?membership|participation|seat\b|rights\s+of\s+representation\b)", _T
)


# After the state an organisation admits or expels: "readmit Syria to the Arab League", "admit
# Switzerland as the 190th member of the United Nations", "expel Russia from the organisation"
_TO_ORG = re.compile(
    r"\s+(?:to|into|as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}member(?:\s+state)?\s+of)\s+(?:the\s+)?", _T
)
_FROM_ORG = re.compile(r"\s+from\s+(?:the\s+)?", _T)


def _org_after_object(ctx: Context, view: View, state: Mention, kind: str) -> Mention | None:
    """The organisation named right after the state an organisation admits or expels, by its
    name or by a short name ("the League", "the organisation") for one the text named before."""
    gap = (_TO_ORG if kind == "admission" else _FROM_ORG).match(view.text, state.end, view.end)
    if gap is None:
        return None
    org = view.after(state.end, IGO, within=gap.end() - state.end)
    gaps = _TO_ORG if kind == "admission" else _FROM_ORG
    if org is not None and gaps.fullmatch(view.text, state.end, org.start):
        return org
    return _short_org(ctx, view, state.end)


# The organisation by its common noun: "the League", "the Union", "the organisation", "the bloc"
_SHORT_ORG = re.compile(
    r"\s*(?:to\s+|into\s+|from\s+|as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}member(?:\s+state)?\s+of\s+)?the\s+"
    r"(?P<noun>League|Union|Community|Commonwealth|[Oo]rgani[sz]ation|bloc)\b(?!\s+(?:of|for)\b)(?![\w'\u2019-])",
)


def _short_org(ctx: Context, view: View, pos: int) -> Mention | None:
    """The one intergovernmental organisation named earlier in the text that a short name right
    after ``pos`` stands for: one with the noun in its name ("the League"), or for "the
    organisation" and "the bloc", the only one named (its organs counted as itself)."""
    short = _SHORT_ORG.match(view.text, pos, view.end)
    if short is None:
        return None
    noun = short.group("noun").lower()
    parents = dict(ctx.registry.linked(str(ORG.subOrganizationOf)))
    named = {
        parents.get(m.key, m.key)
        for m in ctx.mentions
        if m.start < short.start("noun") and (m.cls == TG.IntergovernmentalOrganization or m.key in parents)
    }
    named = {k for k in named if _is_igo(ctx, k)}
    if noun not in ("organisation", "organization", "bloc"):
        named = {k for k in named if noun in ctx.name(k).lower().split()}
    if len(named) != 1:
        return None
    key = named.pop()
    return Mention(key, TG.IntergovernmentalOrganization, ctx.name(key), short.start("noun"), short.end(),
                   short.group(0).strip(), True, "short name")  # fmt: skip


def _is_igo(ctx: Context, key: str) -> bool:
    entry = ctx.registry.entry(key)
    return entry is not None and entry.cls == TG.IntergovernmentalOrganization


# A capitalised word and "and" right before a registry body's name: the name is the end of a
# longer one ("Peace and Security Council"), not that body's
_INSIDE_LONGER = re.compile(r"\b[A-Z][\w-]*\s+(?:and|&)\s+$")
_POSSESSIVE_GAP = re.compile(r"['\u2019]s?\s+(?:own\s+)?")


def _organ_parent(ctx: Context, view: View, pos: int) -> Mention | None:
    """ "The Committee of Ministers decided to expel Russia": the organisation whose organ acts."""
    organ = view.before(pos, {TG.Organization, TG.IntergovernmentalOrganization}, within=30)
    if organ is None or _INSIDE_LONGER.search(view.text, max(view.start, organ.start - 20), organ.start):
        return None  # "the Peace and Security Council": not the organ whose name ends its own
    owner = view.before(organ.start, IGO, within=4)
    if owner is not None and _POSSESSIVE_GAP.fullmatch(view.text, owner.end, organ.start):
        return owner  # "the African Union's Peace and Security Council"
    parent = dict(ctx.registry.linked(str(ORG.subOrganizationOf))).get(organ.key)
    if parent is None or not _is_igo(ctx, parent):
        return None
    return Mention(parent, TG.IntergovernmentalOrganization, ctx.name(parent), organ.start, organ.end,
                   organ.text, True, "organ")  # fmt: skip


# "Guinea's membership of ECOWAS was suspended", "Libya's membership was suspended by the Arab
# League", "Egypt's membership of the African Union was restored": the state's membership as the
# subject of the passive trigger
_MEMBERSHIP_PASSIVE = re.compile(r"['\u2019]s?\s+membership\s+(?:of|in)\s+(?:the\s+)?", _T)
_MEMBERSHIP_WAS = re.compile(
    r"(?:['\u2019]s?\s+membership)?\s+(?:was|has\s+been|had\s+been|is|were)\s+"
    r"(?:(?:temporarily|formally|also|then|later|subsequently|finally|fully)\s+)?",
    _T,
)
_BY_ORG = re.compile(r"\s+by\s+(?:the\s+)?", _T)


def _membership_passive(view: View, match: Match) -> tuple[Mention, Mention] | None:
    """The state and the organisation of "X's membership (of ORG) was suspended (by ORG)"."""
    state = view.before(match.start, STATE, within=60)
    if state is None:
        return None
    org = view.after(state.end, IGO, within=40)
    if org is not None and org.end <= match.start:
        if _MEMBERSHIP_PASSIVE.fullmatch(view.text, state.end, org.start) and _MEMBERSHIP_WAS.fullmatch(
            view.text, org.end, match.start
        ):
            return state, org
        return None
    if not re.match(r"['\u2019]s?\s+membership", view.text[state.end : match.start], _T):
        return None
    if not _MEMBERSHIP_WAS.fullmatch(view.text, state.end, match.start):
        return None
    org = view.after(match.end, IGO, within=12)
    return (state, org) if org is not None and _BY_ORG.fullmatch(view.text, match.end, org.start) else None


# "Honduras was suspended from the OAS in July 2009 and readmitted in June 2011", "Greece
# withdrew from the Council of Europe in 1969 and rejoined in 1974": a second act of the same
# state towards the same organisation, its verb coordinated after the first act's date
_FIRST_VERB = re.compile(
    r"(?:['\u2019]s?\s+membership\s+(?:of|in)\s+|\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:suspended|expelled|withdrew|left|quit|joined|admitted|readmitted|rejoined)\s+(?:from\s+|to\s+|into\s+)?)"
    r"(?:the\s+)?",
    _T,
)
_FIRST_TAIL = re.compile(
    r"(?:\s+(?:was|has\s+been|had\s+been)\s+(?:suspended|restored))?\s+(?:in|on)\s+$", _T
)
_AND_THEN = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:was|were|then|later|subsequently|finally|eventually|fully|formally|officially)\s+)*$",
    _T,
)
_SECOND_DATE = re.compile(r"\s+(?:in|on)\s+", _T)
_SECOND_KIND = {"readmitted": "admission", "rejoined": "admission", "restored": "admission",
                "reinstated": "admission", "expelled": "expulsion", "suspended": "suspension"}  # fmt: skip


def _coordinated(ctx: Context, view: View, match: Match) -> bool:
    """The second of two acts told of one state and one organisation in one clause; True when
    the trigger was read as one."""
    verb = match.text.lower()
    if match.mood != "fact" or verb not in _SECOND_KIND:
        return False
    first = next((d for d in reversed(view.dates) if d.end <= match.start), None)
    if first is None or not _AND_THEN.fullmatch(view.text, first.end, match.start):
        return False
    org = view.before(first.start, IGO, within=40)
    state = view.before(org.start, STATE, within=40) if org is not None else None
    if org is None or state is None or not _FIRST_VERB.fullmatch(view.text, state.end, org.start):
        return False
    if not _FIRST_TAIL.fullmatch(view.text, org.end, first.start):
        return False
    gap = _SECOND_DATE.match(view.text, match.end, view.end)
    date = next((d for d in view.dates if gap is not None and d.start == gap.end()), None)
    if date is None:
        return False
    here = Mention(org.key, org.cls, org.label, match.start, match.end, match.text, org.known, "coordinated")
    _org_event_of(ctx, view, match, state, here, _SECOND_KIND[verb], date)
    return True
