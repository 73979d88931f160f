"""Readers of a clause that builders of several kinds of event share: the state a noun phrase
or a list names, the treaty a pronoun or a court stands for, the domestic act a step belongs to.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from loaders.dates import DateMention
from loaders.events._common import _T, KEYS, _date, _dated, _span, _state_of_person
from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.extract_counts import dominant_treaty
from loaders.facts import Ref, Value
from loaders.frames import (
    ORDINAL,
    STATE,
    Match,
    contrasted,
    direct_object,
    in_dateline,
    last_opening_state,
    state_subject,
)
from loaders.mentions import Mention, own_legislature_state
from loaders.states import state_key
from loaders.vocabulary import RDF, SCHEMA, SKOS, TG, XSD

_BARE_GAP = re.compile(r"\s+(?:(?:only|first|finally|later|eventually)\s+)?(?:in|on)\s+", _T)


_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", _T)


_LIST_END = re.compile(
    r"\s*(?:$|[.;)]|,?\s+(?:and|but|which|who|to|in|on|have|has|had|were|are)\b|\s*,\s*[a-z])", _T
)


# Triggers that are nouns ("the ratification of", "Russia's withdrawal"): their state is in their
# own noun phrase, never the subject of another clause ("Ecuador's court ruled that the
# ratification of the statute was constitutional").
_NOMINAL = re.compile(
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:ratification|accession|signature|signing(?=\s+of\b)|succession|"
    r"withdrawal|denunciation|departure|exit|admission|readmission|notification|declaration|instrument)\b",
    _T,
)


_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?", _T)


# "Latvia's withdrawal", "Latvia's formal withdrawal": a possessive and at most two modifiers
_POSSESSIVE = re.compile(
    r"'s?\s+(?:(?!(?:for|of|to|on|in|at|with|by|and|or)\s)[a-z][\w-]*\s+){0,2}(?:instruments?\s+of\s+)?$"
)


# "its withdrawal", "the country's accession": the state the clause is about
_STATE_DETERMINER = re.compile(
    r"\b(?:its|their|the\s+(?:country|state|nation|government)'s?)\s+(?:[a-z][\w-]*\s+){0,2}$", _T
)


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?$", _T)


def _noun_phrase_state(ctx: Context, view: View, match: Match) -> Mention | None:
    """The state of a nominal trigger: its possessor ("Latvia's withdrawal"), "its" for the
    state the clause is about, or "of"/"by" the state after it ("the withdrawal of Russia")."""
    lead = view.text[view.start : match.start]
    for m in reversed(view.of(STATE)):
        if m.end <= match.start and _POSSESSIVE.fullmatch(view.text, m.end, match.start):
            return m
    if _STATE_DETERMINER.search(lead):
        return state_subject(ctx, view, match.start)
    after = view.after(match.end, STATE, within=12)
    if after is not None and re.fullmatch(
        r"\s+(?:of|by)\s+(?:the\s+)?", view.text[match.end : after.start], _T
    ):
        return after
    return None


# An organisation as a modifier ("the United Nations summit") or in a shared stance ("joined the
# African Union in calling for"): not the organisation joined or left
_ORG_MODIFIES = re.compile(
    r"\s+(?:in\s+[a-z]+ing\b|(?:summit|meeting|talks|session|headquarters|building|mission|"
    r"delegation|forces|troops|programme|program|report|conference|campaign|call|appeal|statement|"
    r"resolution|vote|chamber|observers|envoy|agency|agencies|office|officials|staff|debate|"
    r"consensus|position|sanctions|force|peacekeepers|operation|plan|initiative|framework)s?\b)",
    _T,
)


# Words that may follow an organisation that is the object of "joined" or "left": prepositions,
# conjunctions, relative words and adverbs of time or manner ("left the UN in 1965", "joined NATO
# alongside Finland", "quit the court altogether")
_AFTER_OBJECT = frozenset(
    re.findall(
        r"\S+",
        """in on at as after before for with from by over under to until till since during amid among
    alongside along following despite within without into upon of and or but nor while whereas which
    that who whose when where because though although if unless so yet than together again altogether
    entirely itself themselves last this next earlier later today yesterday soon then once just only
    effective barely some more less almost nearly the a an its their his her one two three four five
    six seven eight nine ten is was were has had have will would also too first twice ago it them
    took takes became becomes came comes""",
    )
)


_NEXT_WORD = re.compile(r" (?P<word>[a-z][a-z'-]*)\b")


def _attributive(view: View, org: Mention) -> bool:
    """Whether the organisation's name modifies the noun after it ("quits UN complaints
    procedure", "leaves AU peace mission"): what is left is that thing, not the organisation."""
    nxt = _NEXT_WORD.match(view.text, org.end, view.end)
    if nxt is None:
        return False
    word = nxt.group("word")
    return word not in _AFTER_OBJECT and not word.endswith("ly")


# "Cambodia, Mongolia and the Republic of Korea ratified": states listed as the subject
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|nor\s+)?|\s+(?:and|nor)\s+)(?:the\s+)?", _T)


# the words between a listed subject and its verb; a negation only reaches here in a negated clause
_SUBJECT_TO_VERB = re.compile(
    # ", for example,", ", the main transit states,": an aside or an apposition on the whole list
    # (", the committee said,": a speaker's aside, whose subject is no list)
    r"(?:\s*,\s*(?:for\s+example|for\s+instance|however|too|meanwhile|"
    r"(?:the|all|both)\s+(?![^,;:.()]*\b(?:said|says|say|told|added|noted|argued|reported|believes?)\b)"
    r"[^,;:.()]{1,80}?)\s*,)?"
    r"\s+(?:(?:are|were)\s+among\s+the\s+(?:[a-z]+\s+)?(?:states|countries|nations)\s+(?:that|which)\s+"
    # "were (among) the first states to ratify it"
    r"|(?:are|were)\s+(?:among\s+)?the\s+(?:[a-z]+\s+){0,2}(?:states|countries|nations)\s+to\s+)?"
    r"(?:(?:have|has|had|both|all|also|each|jointly|then|later|not|never|yet|still|even|n't)\s+)*"
    r"(?:(?<=yet\s)to\s+|(?:is|are)\s+(?:still\s+)?yet\s+to\s+)?"  # "have yet to ratify", "are yet to sign"
    # "have neither signed nor ratified", "have signed but not ratified"
    # "signed the Framework Convention ... but have never ratified it"
    r"(?:(?:neither\s+)?(?:signed|ratified|joined|acceded\s+to)(?:\s+it|\s+the\s+[^,;:.()]{1,120}?)?\s*,?\s+"
    r"(?:nor|but\s+(?:(?:have|has)\s+)?(?:not|never|yet\s+to))\s+)?",
    _T,
)


# "the United States, which acceded in 1968, and Venezuela": a relative clause on one state of
# the list, closed by its comma, before the next
_LISTED_OVER = re.compile(r"\s*,\s*(?:which|who|whose|where)\b[^,;:.()]{1,100},\s*(?:and\s+)?(?:the\s+)?", _T)


def _subjects_listed(view: View, state: Mention, match: Match) -> list[Mention]:
    """The other states of a list that ends with ``state``, the subject of the trigger:
    "Cambodia, Mongolia and Korea ratified", "Norway, which signed in 1999, and Iceland are
    parties", "Italy and Peru are among the states that have ratified it"."""
    closed = None
    if not _SUBJECT_TO_VERB.fullmatch(view.text, state.end, match.start):
        # "Several signatories, France and Germany among them, have yet to ratify": the list is
        # set off between commas after the plural noun it names the members of
        closed = _APPOSITION_CLOSES.match(view.text, state.end, match.start)
        if closed is None or not _SUBJECT_TO_VERB.fullmatch(view.text, closed.end(), match.start):
            return []
    out: list[Mention] = []
    last = state
    for m in reversed(view.of(STATE)):
        if m.end > last.start or m.key == state.key:
            continue
        if not (
            _LISTED.fullmatch(view.text, m.end, last.start)
            or _LISTED_OVER.fullmatch(view.text, m.end, last.start)
        ) or contrasted(view.text, view.start, m):
            break
        out.append(m)
        last = m
    if closed is not None and not _APPOSITION_OPENS.search(view.text, view.start, last.start):
        return []
    if out and _OBJECT_OF.search(view.text, max(view.start, last.start - 12), last.start):
        return []  # "talks with Chile and Peru ratified": not a subject
    return out


# ", France and Germany among them," / ", including France and Germany,": a list of states set
# off after a plural noun ("Several signatories", "Other member states"), which it exemplifies
_APPOSITION_CLOSES = re.compile(r"(?:\s+among\s+them|\s+in\s+particular)?\s*,(?=\s)", _T)
_APPOSITION_OPENS = re.compile(
    r"\b[a-z]{3,}s,\s+(?:including\s+|such\s+as\s+|notably\s+|among\s+them\s+|in\s+particular\s+)?"
    r"(?:the\s+)?$"
)


_OBJECT_OF = re.compile(r"\b(?:of|in|into|against|to|from|with|on|by|for|at|between)\s+(?:the\s+)?$", _T)


# "Angola ratified it in 2019, and Sudan in 2021", "Mali in 2000, Niger in 2002 and Burkina Faso
# in 2004", "Bahrain in 1998, followed by Qatar in January 2000": the same act by other states,
# its verb left out
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+|followed\s+by\s+)?|\s+(?:and|while)\s+)(?:the\s+)?$")


_GAP_DATE = re.compile(r"\s+(?:in|on)\s+$")


# "Uruguay was the first to ratify it, in June 2012, and the Philippines the second, in September",
# "and Fiji second, on 25 June"
_GAP_ORDINAL = re.compile(rf"\s+(?:the\s+)?{ORDINAL}\s*,?\s+(?:in|on)\s+$", _T)


def _gapped(ctx: Context, view: View, kind: str, cls: str | None, treaty: str, date: DateMention) -> None:
    while True:
        state = next((m for m in view.of(STATE) if m.start >= date.end), None)
        if state is None or not _GAP.fullmatch(view.text[date.end : state.start]):
            return
        after = (d for d in view.dates if d.start > state.end)
        other = next(
            (
                d
                for d in after
                if _GAP_DATE.fullmatch(view.text[state.end : d.start])
                or _GAP_ORDINAL.fullmatch(view.text[state.end : d.start])
            ),
            None,
        )
        if other is None or (
            other.end < view.end and not re.match(r"\s*(?:[,.;]|and\b)", view.text[other.end :])
        ):
            return
        key = KEYS.action(state.key, treaty, kind)
        _treaty_action(ctx, view, key, cls, state.key, treaty, kind, state.start, other.end)
        _dated(ctx, view, key, other, state.start, other.end)
        date = other


# "withdrew its declaration", "the withdrawal of Peru's recognition of the court's jurisdiction":
# an optional declaration under a treaty, not the treaty itself
_DECLARATION = re.compile(
    r"\s+(?:of\s+)?(?:the|its|their|an?|[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*)*'s?)\s+"
    r"(?:(?:own|optional|special|earlier|previous)\s+)?(?:declarations?|recognition|acceptance)\b",
)


def _establishing(ctx: Context, body: str) -> str | None:
    """The treaty the registry says establishes a body (the Rome Statute for the ICC)."""
    iri = ctx.registry.base + body
    for t in ctx.registry.triples:
        subject, obj = t.subject, t.object
        if not isinstance(subject, ox.NamedNode) or not isinstance(obj, ox.NamedNode):
            continue
        treaty = subject.value[len(ctx.registry.base) :]
        if t.predicate.value == TG.establishes and obj.value == iri and treaty.startswith("treaty/"):
            return treaty
    return None


def _monitored(ctx: Context, body: str) -> str | None:
    """The one treaty the registry says a committee monitors (the CAT for its committee)."""
    treaties = {t for b, t in ctx.registry.linked(TG.monitors) if b == body and t.startswith("treaty/")}
    return treaties.pop() if len(treaties) == 1 else None


def _court_treaty(ctx: Context, view: View, match: Match) -> Mention | None:
    """ "Withdraw from the International Criminal Court", "join the court": a court that a
    treaty establishes is left or joined through that treaty, standing for it in the text
    where the document also names the treaty."""
    court = direct_object(view, match.end, (TG.Court,))
    if court is None:
        return None
    treaty = _establishing(ctx, court.key)
    if treaty is None or not any(m.key == treaty for m in ctx.mentions):
        return None  # only a treaty the document names: it says what it is about
    return Mention(treaty, TG.Treaty, ctx.name(treaty), court.start, court.end, court.text, True, "court")


def _declaration_target(ctx: Context, view: View, pos: int, state: str) -> str | None:
    """The treaty a declaration is made under: one named after ``pos``, else the treaty that
    establishes the court named there, else the one the document last spoke of for this state."""
    treaty = view.after(pos, TREATY_CLASSES, within=200)
    if treaty is not None:
        return treaty.key
    for body in view.of(ORG_CLASSES):
        if body.start >= pos:
            found = _establishing(ctx, body.key) or _monitored(ctx, body.key)
            if found is not None:
                return found
    if ctx.leaving is not None and ctx.leaving[1] == state:
        return ctx.leaving[2]
    return None


def _leaves_organisation(
    ctx: Context, view: View, match: Match, state: str, treaty: str, action: str,
    date: DateMention | None, s: int, e: int,
) -> None:  # fmt: skip
    """Denouncing an organisation's charter or statute is leaving the organisation."""
    org = _constituted(ctx, treaty)
    if org is None:
        return
    key = KEYS.org_event(state, org, "withdrawal")
    ctx.node(key, TG.Withdrawal, f"{ctx.name(state)} leaving the {ctx.name(org)}", view, s, e)
    ctx.claim(key, TG.state, state, view, s, e)
    ctx.claim(key, TG.organization, org, view, s, e)
    _dated(ctx, view, key, date, s, e)
    ctx.last_org_withdrawal = key
    for a, b in ((key, action), (action, key)):
        if a in ctx.effective and b not in ctx.effective:
            d = ctx.effective[a]
            ctx.effective[b] = d
            ctx.claim(b, TG.effectiveDate, Value(d.value, d.datatype), view, s, e, date_note=d.note)


_CONSTITUENT = re.compile(r"(?:Charter|Statute|Constitution|Constitutive Act) of (?:the )?(?P<org>.+)")


def _constituted(ctx: Context, treaty: str) -> str | None:
    """The organisation whose charter or statute a treaty is, by its title."""
    m = _CONSTITUENT.fullmatch(ctx.name(treaty))
    if m is None:
        return None
    name = m.group("org")
    orgs = (k for k, label in ctx.registry.labels.items() if label == name and k.startswith("org/"))
    return next((k for k in orgs if ctx.registry.has(k)), None)


_NOUNS = {
    "signature": "signature of",
    "ratification": "ratification of",
    "accession": "accession to",
    "succession": "succession to",
    "denunciation": "denunciation of",
    "cessation": "ceasing to be a party to",
}


def _treaty_action(
    ctx: Context, view: View, key: str, cls: str | None, state: str, treaty: str, kind: str, s: int, e: int
) -> None:
    label = f"{ctx.name(state)}'s {_NOUNS.get(kind, kind)} the {ctx.name(treaty)}"
    ctx.node(key, cls, label, view, s, e)
    ctx.claim(key, TG.state, state, view, s, e)
    ctx.claim(key, TG.treaty, treaty, view, s, e)


def _intention(ctx: Context, view: View, match: Match, state: str, target: str, s: int, e: int) -> None:
    """ "Said it would withdraw", "plans to ratify": the announcement, not the act."""
    frame = match.frame
    is_org = target.startswith("org/")
    kind = frame.also if is_org and frame.also else frame.kind
    cls = TG.Withdrawal if is_org and frame.also else frame.cls
    key = KEYS.step(state, target, kind, "intention")
    label = f"{ctx.name(state)}'s announced intention of {kind} ({ctx.name(target)})"
    ctx.node(key, TG.AnnouncedIntention, label, view, s, e)
    ctx.claim(key, TG.state, state, view, s, e)
    ctx.claim(key, TG.organization if is_org else TG.treaty, target, view, s, e)
    if cls is not None:
        ctx.claim(key, TG.intendedClass, cls, view, s, e)
    _dated(ctx, view, key, _date(view, match), s, e)
    if not is_org and kind == "denunciation":
        ctx.denouncing.setdefault(target, state)


def _topic(ctx: Context, view: View, pos: int) -> Mention | None:
    """The treaty the document is about, where the sentences before name no other."""
    key = dominant_treaty(ctx)
    first = ctx.document.sentences[max(0, view.sentence.index - 3)].start
    if key is None or any(
        first <= m.start and m.end <= pos and m.cls in TREATY_CLASSES and m.key != key for m in ctx.mentions
    ):
        return None
    return Mention(key, TG.Treaty, ctx.name(key), -1, -1, "", True, "topic")  # named elsewhere


def _only(ctx: Context, view: View, pos: int, classes: frozenset[str]) -> Mention | None:
    """The one entity of these classes named in this sentence before ``pos`` or in the few
    before it; nothing where several are."""
    first = ctx.document.sentences[max(0, view.sentence.index - 3)].start
    found = [
        m
        for m in ctx.mentions
        if first <= m.start
        and m.end <= pos
        and m.cls in classes
        and not in_dateline(ctx, m)
        and not _MEDIA_AFTER.match(ctx.text, m.end)
    ]
    if not found or len({m.key for m in found}) != 1:
        return None
    if classes == STATE:
        topic = last_opening_state(ctx, view)
        if topic is not None and topic.key != found[-1].key:
            return None  # the one state named lately is not the one the sentences were about
    return found[-1]


# "the Cairo daily", "a Lagos newspaper": a place naming where an outlet is, never an actor
_MEDIA_AFTER = re.compile(
    r"\s+(?:daily|dailies|newspapers?|paper|weekly|tabloid|broadcaster|radio|television|magazine|press)\b", _T
)


def _org_event(ctx: Context, view: View, match: Match, state: Mention, org: Mention, kind: str) -> None:
    """The event for the state, and for every state listed with it as the trigger's subject:
    "Slovenia and Croatia were admitted", "Mali, Niger and Burkina Faso announced their
    departure"."""
    _org_event_of(ctx, view, match, state, org, kind)
    others = _org_subjects(view, state, match)
    if not others and state.start < view.start and _THEY_SUBJECT.search(view.text, view.start, match.start):
        group = _last_group(ctx, match.start)  # "In 2024 they announced their departure"
        if state.key in {g.key for g in group}:
            others = [g for g in group if g.key != state.key]
    keys = [ctx.last_org_withdrawal]
    for other in others:
        _org_event_of(ctx, view, match, other, org, kind)
        keys.append(ctx.last_org_withdrawal)
    if kind != "suspension" and others and match.mood == "fact":
        ctx.org_withdrawal_group = tuple(k for k in keys if k is not None)


def _plural_state(ctx: Context, view: View, match: Match) -> Mention | None:
    """The last of the states listed together before, in the paragraphs just above, for "they"
    or "their" as the subject of a departure or an admission: "In 2023 they announced their
    departure" (a Q&A's answer several exchanges after the question naming them)."""
    if not _THEY_SUBJECT.search(view.text, view.start, match.start):
        return None
    group = _last_group(ctx, view.start)
    first = ctx.document.sentences[max(0, view.sentence.index - 15)].start
    return group[-1] if group and group[0].start >= first else None


# A plural pronoun as the subject of the clause: the states listed last
_THEY_SUBJECT = re.compile(r"\b(?:they|their)\b[^.;,()]{0,40}$", _T)


# Between the last listed subject and an organisation's trigger: auxiliaries and adverbs, or the
# verb whose object is the departure itself ("announced their departure")
_ORG_SUBJECT_TO_VERB = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|been|both|all|also|each|jointly|then|later|formally|"
    r"officially|subsequently|simultaneously|today|yesterday|now|finally)\s+)*"
    r"(?:(?:announced|declared|completed|notified)\s+(?:their\s+)?)?",
    _T,
)


def _org_subjects(view: View, state: Mention, match: Match) -> list[Mention]:
    """The other states of a list ending with ``state`` when the list is the trigger's subject."""
    if state.end > match.start or not _ORG_SUBJECT_TO_VERB.fullmatch(view.text, state.end, match.start):
        return []
    out: list[Mention] = []
    last = state
    for m in reversed(view.of(STATE)):
        if m.end > last.start or m.key == state.key:
            continue
        if not _LISTED.fullmatch(view.text, m.end, last.start):
            break
        out.append(m)
        last = m
    if out and _OBJECT_OF.search(view.text, max(view.start, last.start - 12), last.start):
        return []  # "talks with Chile and Peru": not a subject
    return out


def _org_event_of(
    ctx: Context, view: View, match: Match, state: Mention, org: Mention, kind: str,
    dated: DateMention | None = None,
) -> None:  # fmt: skip
    if match.mood == "intention":
        s, e = _span(state, org, match)
        _intention(ctx, view, match, state.key, org.key, s, e)
        return
    if match.mood != "fact":
        return
    expulsion = KEYS.org_event(state.key, org.key, "expulsion")
    cls: str | None
    if kind == "expulsion":
        key, cls = expulsion, TG.Expulsion
    elif kind == "suspension":
        key, cls = KEYS.org_event(state.key, org.key, kind), TG.Suspension
    elif kind == "withdrawal" and ctx.registry.has(expulsion):
        key, cls = expulsion, None  # "left": the same departure, without claiming its kind
    elif kind == "admission" and _AGAIN.search(match.text):
        # "rejoined", "was readmitted to": a second admission, apart from the first the text tells
        key, cls = KEYS.org_event(state.key, org.key, "readmission"), TG.Admission
    else:
        key = KEYS.org_event(state.key, org.key, kind)
        cls = TG.Admission if kind == "admission" else TG.Withdrawal
    s, e = min(match.start, org.start), max(match.end, org.end)
    if kind == "admission":
        s = min(s, state.start)
    elif kind != "suspension":  # a suspended member stays a member: nothing of it takes effect
        ctx.last_org_withdrawal = key
    verb = {"admission": "joining", "suspension": "suspended from"}.get(kind, "leaving")
    ctx.node(key, cls, f"{ctx.name(state.key)} {verb} the {ctx.name(org.key)}", view, s, e)
    ctx.claim(key, TG.state, state.key, view, s, e)
    ctx.claim(key, TG.organization, org.key, view, s, e)
    if kind in ("admission", "withdrawal"):
        ctx.last_org_event = (view.sentence.index, kind, org)
    inside = next((d for d in view.dates if match.start <= d.start and d.end <= match.end), None)
    date = (
        dated
        or inside
        or _date(view, match)
        or next(  # "voted on Thursday to suspend": the vote's day
            (
                d
                for d in view.dates
                if d.start > org.end and _BY_DECISION.fullmatch(view.text, org.end, d.start)
            ),
            None,
        )
    )
    if date is None and kind == "withdrawal":
        date = _announcement_date(view, state, match)
    _dated(ctx, view, key, date, s, e)


# "announced on 13 October that the Maldives is leaving the Commonwealth": the announcement's
# date, before "that", and the state leaving in the present tense of the announcement
_ANNOUNCED = re.compile(r"\b(?:announced|declared|confirmed)\s+(?:on\s+|in\s+)?$", _T)
_THAT_STATE = re.compile(r"\s+that\s+(?:the\s+)?", _T)
_LEAVING_NOW = re.compile(r"\s+(?:is|are)\s+(?:now\s+|formally\s+)?", _T)


def _announcement_date(view: View, state: Mention, match: Match) -> DateMention | None:
    """A departure told as the content of its announcement takes the announcement's date."""
    if state.end > match.start or not _LEAVING_NOW.fullmatch(view.text, state.end, match.start):
        return None
    date = next(
        (
            d
            for d in view.dates
            if d.end <= state.start and _THAT_STATE.fullmatch(view.text, d.end, state.start)
        ),
        None,
    )
    if date is None or not _ANNOUNCED.search(view.text, view.start, date.start):
        return None
    return date


# A trigger telling a state joins an organisation again
_AGAIN = re.compile(r"\bre(?:join|admi|stor|instat)\w*", _T)


# "expelled from the Council of Europe by a decision of the Committee of Ministers on 16 March
# 2022": the decision's date is the event's
_BY_DECISION = re.compile(
    r"\s+by\s+(?:a|the)\s+(?:decision|resolution|vote)\s+of\s+(?:the|its)\s+[^,;.()]{1,60}?\s+(?:on|in)\s+",
    _T,
)


_PURPOSES = ("denunciation", "ratification", "accession")


# "voted 265 to 1", "by 120 votes to 5", "by a vote of 46-0"
_VOTE = re.compile(
    r"\s+(?:(?:by|with)\s+)?(?:a\s+vote\s+of\s+)?(?P<for>\d{1,4})\s*(?:votes?\s+)?(?:to|-|–|against)\s*(?P<against>\d{1,4})\b",
    _T,
)


# "with 94 lawmakers in favour, 2 against and 14 abstentions", "152 votes for and 11 against":
# a tally later in the clause
_TALLY = re.compile(
    r"\b(?P<for>\d{1,4})\s+(?:[a-z]+\s+){0,2}?(?:in\s+favou?r|for)\b(?:\s+of\s+it)?\s*,?\s*(?:and\s+|with\s+)?"
    r"(?P<against>\d{1,4})\s+(?:[a-z]+\s+){0,2}?against\b",
    _T,
)


def vote_tally(view: View, end: int) -> re.Match[str] | None:
    """The count of a vote told after its verb: right after it ("voted 94 to 2"), or later in
    its clause ("voted to quit the court, with 94 lawmakers in favour, 2 against")."""
    vote = _VOTE.match(view.text, end, view.end)
    if vote is not None:
        return vote
    stop = min(view.end, end + 200)
    brk = re.search(r"[;:]", view.text[end:stop])
    return _TALLY.search(view.text, end, end + brk.start() if brk else stop)


_COUNTED = re.compile(r"\d[\d,]*\s+$")


def _counted(view: View, pos: int) -> bool:
    """Whether a count stands right before the verb at ``pos`` ("by 134 votes to 37 approved"),
    which counts a vote and is none of its own; a date's year there ("the Sejm on 6 February
    2015 approved") counts nothing."""
    found = _COUNTED.search(view.text, view.start, pos)
    return found is not None and not any(d.start <= found.start() < d.end for d in view.dates)


# A vote that approves nothing: "voted against ratification", "voted down the bill", "voted
# not to ratify", "voted yesterday to reject the treaty"
_AGAINST_VOTE = re.compile(
    r"\s+(?:[\w,]+\s+){0,4}?(?:against|down|no|not\s+to|to\s+(?:reject|block|refuse|postpone|shelve|delay))\b",
    _T,
)


def _rejected(view: View, match: Match) -> bool:
    """Whether the vote at ``match`` went against the act, by its words or by its count."""
    if _AGAINST_VOTE.match(view.text, match.end, view.end):
        return True
    vote = vote_tally(view, match.end)
    return vote is not None and int(vote.group("for")) < int(vote.group("against"))


# The act a step serves is named by an infinitive, a participle or a noun right after it ("voted
# to withdraw", "a law ratifying", "approved the accession"), never by a verb with a subject of
# its own ("voted on the budget, weeks after Chile ratified").
_FINITE = re.compile(r"(?:ratified|acceded|withdrew|denounced|left|joined|signed|quit|exited)$", _T)


_STEP_GAP = re.compile(r"[^;:.()]{0,100}", _T)


def _serves(view: View, step: Match, purpose: Match) -> bool:
    gap = view.text[step.end : purpose.start]
    if not _STEP_GAP.fullmatch(gap) or _SUBORDINATE.search(gap):
        return False
    return not _FINITE.search(purpose.text) or bool(re.search(r"\bto\s+$", gap, _T))


_SUBORDINATE = re.compile(r"\b(?:after|before|while|when|since|because|although|as|until|and|but)\b", _T)


# The chambers many states give the same name, read as that state's own where one state is named
# ("In Uruguay, the House of Representatives approved"): a name, never a description ("the lower
# house" names no body of its own)
# "the Assembly", "the House", "the Chamber": a legislature the text named in full before, by
# its head noun (never one this noun alone could name: "the Assembly" is as often the UN's)
_BARE_HOUSE = r"(?<=[Tt]he\s)(?-i:Assembly|House|Chamber)(?!\s+of\b)"


_HOUSES = (
    r"house\s+of\s+(?:representatives|commons|lords|councillors|assembly)|chamber\s+of\s+representatives|"
    r"legislative\s+assembly|national\s+council|federal\s+assembly|council\s+of\s+states"
)


# A legislature by its common noun, as the subject right before a step's verb ("the Senate
# approved", "Parliament has voted", "the lower house on Tuesday endorsed")
_LEGISLATURE_SUBJECT = re.compile(
    r"(?<![\w'-])(?:the\s+)?(?P<noun>parliament|congress|senate|legislature|national\s+assembly|"
    rf"chamber\s+of\s+deputies|{_HOUSES}|{_BARE_HOUSE})\s+"
    r"(?:of\s+(?:the\s+)?(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+)?"  # "the parliament of Georgia"
    r"(?:(?:has|had|have|then|also|formally|finally|today|yesterday|unanimously|overwhelmingly|"
    r"on\s+(?:\d{1,2}\s+\w+|\w+(?:\s+\d{1,2})?)(?:,?\s+\d{4})?,?|in\s+\w+(?:\s+\d{4})?,?)\s+)*$",
    _T,
)


def _chamber_subject(ctx: Context, view: View, pos: int) -> Mention | None:
    """The legislature named by its common noun as the subject of the verb at ``pos``."""
    found = _LEGISLATURE_SUBJECT.search(view.text, view.start, pos)
    if found is None or view.before(pos, ORG_CLASSES, within=pos - found.start()) is not None:
        return None
    return _common_chamber(ctx, view, found.start())


def _common_chamber(ctx: Context, view: View, pos: int, own: str | None = None) -> Mention | None:
    """ "(to) the Senate", "parliament": the one legislature of that name the text named before,
    else the legislature of the state the text places it in; nothing where no one state is
    named (a senate is always some state's own)."""
    named = _LEGISLATURE.match(view.text, pos, view.end)
    if named is None:
        return None
    chamber = _chamber_before(ctx, named.group(0), pos)
    if chamber is not None:
        return chamber
    if re.fullmatch(r"(?:the\s+)?(?:Assembly|House|Chamber)", named.group(0), re.I):
        return _chamber_told(ctx, named, pos)  # never a new chamber from the head noun alone
    state = _chamber_state(ctx, view, pos) or own  # (``own``: the state whose step it is)
    if state is None:  # "the National Assembly" again, its state named several sentences back
        told = _chamber_told(ctx, named, pos)
        if told is not None:
            return told
        # "This morning the National Assembly voted to ratify ...": the one state the whole text
        # names, where it names it only later
        states = {m.key for m in ctx.mentions if m.cls == TG.State and not in_dateline(ctx, m)}
        if len(states) != 1:
            return None
        state = states.pop()
    noun = re.sub(r"^the\s+", "", named.group(0), flags=re.I)
    head = " ".join(w[:1].upper() + w[1:].lower() for w in noun.split())
    start = named.end() - len(noun)
    key = ctx.chamber(head, state, view, start, named.end())
    label = f"{head} of {ctx.name_in_title(state)}"
    return Mention(key, TG.NationalBody, label, start, named.end(), noun, False, "chamber")


def _chamber_told(ctx: Context, named: re.Match[str], pos: int) -> Mention | None:
    """ "the Assembly" after "the National Assembly" of a state a step was told of: the one
    chamber of the text's steps so far whose name holds that head noun."""
    head = named.group(0).split()[-1].lower()
    found = {key for key in _chambers_told(ctx, pos) if head in ctx.name(key).lower().split()}
    if len(found) != 1:
        return None
    key = found.pop()
    noun = re.sub(r"^the\s+", "", named.group(0), flags=re.I)
    label = _told_label(ctx, key)
    return Mention(key, TG.NationalBody, label, named.end() - len(noun), named.end(), noun, False, "chamber")


def members_chamber(ctx: Context, view: View, pos: int) -> Mention | None:
    """ "Lawmakers approved it": the chamber whose members voted, where the text has told of
    one chamber only so far (senators sit in a senate, deputies never do)."""
    members = _MEMBERS.search(view.text, view.start, pos)
    if members is None:
        return None
    told = {m.key for m in ctx.mentions if m.cls == TG.NationalBody and m.end <= pos} | _chambers_told(
        ctx, pos
    )
    if len(told) != 1:
        return None
    key = told.pop()
    senate = "senate" in ctx.name(key).lower()
    word = members.group(0).split()[0].lower()
    if (word == "senators" and not senate) or (word == "deputies" and senate):
        return None
    label = _told_label(ctx, key)
    end = members.start() + len(word)
    return Mention(key, TG.NationalBody, label, members.start(), end, label, False, "chamber")


def _chambers_told(ctx: Context, pos: int) -> set[str]:
    """The chambers the claims so far have typed before ``pos`` (those a common noun named, which
    are no mention of the text's)."""
    return {
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type and c.object == Ref(TG.NationalBody) and c.evidence.start < pos
    }


def _told_label(ctx: Context, key: str) -> str:
    """The label a chamber was given when first told ("National Assembly of Serbia"), which names
    its state."""
    return next(
        (
            str(c.object.lexical)
            for c in ctx.claims
            if c.subject.key == key and c.predicate == SKOS.prefLabel and isinstance(c.object, Value)
        ),
        ctx.name(key),
    )


def _chamber_state(ctx: Context, view: View, pos: int) -> str | None:
    """The state whose legislature a common noun at ``pos`` names: the one state this sentence
    names before it ("In Argentina, the Senate approved"), else the one the text named in the
    few sentences before; nothing where several are."""
    before = {m.key for m in view.of(STATE) if m.end <= pos and not in_dateline(ctx, m)}
    if before:
        return before.pop() if len(before) == 1 else None
    # "The Senate concurred in the ratification, and the statute entered into force for the
    # Philippines": the one state the sentence names comes before one named in passing earlier
    after = {m.key for m in view.of(STATE) if m.start >= pos}
    if len(after) == 1:
        return after.pop()
    only = _only(ctx, view, pos, STATE)
    return only.key if only is not None else None


def _chamber_named(view: View, pos: int) -> bool:
    """Whether a legislature by its common noun is the subject of the verb at ``pos``."""
    found = _LEGISLATURE_SUBJECT.search(view.text, view.start, pos)
    return found is not None and view.before(pos, ORG_CLASSES, within=pos - found.start()) is None


def _state_of_body(ctx: Context, body: Mention | None) -> str | None:
    """The state a national body belongs to: the registry's membership, else the state its own
    name gives ("the National Assembly of Ecuador", "the Moroccan parliament")."""
    if body is None or body.cls != TG.NationalBody:
        return None
    for office in ctx.registry.offices_of(body.key):
        entry = ctx.registry.entry(office.organization)
        if entry is not None and entry.cls == TG.State:
            return office.organization
    return _state_named_in(ctx, body.label) or _state_named_in(ctx, body.text)


def _legislature_state(ctx: Context, body: Mention | None) -> str | None:
    """The state of a legislature its own name gives ("the Knesset", "the Storting"), where the
    text never names the state itself: its vote is a step in that state's procedure, and, as
    the state is the reader's inference, asserts no act of that state."""
    if body is None or body.cls != TG.NationalBody:
        return None
    for name in (body.label, body.text):
        code = own_legislature_state(name)
        if code is not None:
            key = state_key(code)
            entry = ctx.registry.entry(key)
            return key if entry is not None and entry.cls == TG.State else None
    return None


_OF_STATE = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w' -]+)$")


def _state_named_in(ctx: Context, name: str) -> str | None:
    """The one state a body's name ends with ("... of Ecuador") or opens with its adjective."""
    # each "of" in turn: "Council of Ministers of Benin", "Senate of the Republic of Colombia"
    for at in re.finditer(r"\bof\s", name):
        of = _OF_STATE.match(name, at.start())
        if of is None:
            continue
        wanted = of.group("name").lower()
        found = {
            e.key
            for e in ctx.registry.entries.values()
            if e.cls == TG.State and wanted in (x.lower() for x in (e.label, *e.aliases))
        }
        if len(found) == 1:
            return found.pop()
    first = name.split()[1] if name.lower().startswith("the ") and len(name.split()) > 1 else name.split()[0]
    keys = ctx.registry.demonyms.get(first, ()) if first else ()
    return keys[0] if len(keys) == 1 else None


# "adopted it in first reading on 1 October": a vote the final one follows, a step of its own
_FIRST_READING = re.compile(r"\b(?:in|at|on)\s+(?:the\s+|its\s+)?first\s+reading\b", _T)
_CLAUSE_END = re.compile(r";|\.\s|,\s+(?:and|but|while|whereas)\s", _T)


def _approval_key(
    ctx: Context, action: str, body: Mention | None, view: View | None = None, pos: int = 0
) -> str:
    """The registry's step for this body's vote on this act, if it has one
    (``event/rus-cets-126-denunciation-duma-approval``); else the body's slug. A first reading
    the clause at ``pos`` names is a vote of its own (``...-parliament-approval-first-reading``)."""
    if view is not None:
        end = _CLAUSE_END.search(view.text, pos, view.end)
        if _FIRST_READING.search(view.text, pos, end.start() if end else view.end):
            return _approval_key(ctx, action, body) + "-first-reading"
    if body is None:
        return "approval"
    prefix = action.replace("action/", "event/", 1) + "-"
    base = ctx.registry.base
    agent_iri = base + body.key
    for t in ctx.registry.triples:
        subject, obj = t.subject, t.object
        if not isinstance(subject, ox.NamedNode) or not isinstance(obj, ox.NamedNode):
            continue
        s = subject.value
        if (
            s.startswith(base + prefix)
            and s.endswith("-approval")
            and t.predicate.value == TG.agent
            and obj.value == agent_iri
        ):
            return s[len(base + prefix) :]
    return f"{body.key.rsplit('/', 1)[-1]}-approval"


_NOTIFIED = {
    "denunciation": "denunciation of",
    "declaration-withdrawal": "withdrawal of a declaration under",
    "derogation": "derogation from",
    "declaration": "declaration accepting a jurisdiction under",
    "reservation-withdrawal": "withdrawal of reservations to",
}


# What a declaration accepts: a jurisdiction or a competence, or a court or committee named
_JURISDICTION = re.compile(r"\b(?:jurisdiction|competence)\b", _T)


def _notification_node(
    ctx: Context, view: View, state: str, target: str, kind: str, depositary: Mention | None,
    date: DateMention | None, s: int, e: int,
) -> None:  # fmt: skip
    key = KEYS.step(state, target, kind, "notification")
    label = f"Notification of {ctx.name(state)}'s {_NOTIFIED[kind]} the {ctx.name(target)}"
    ctx.node(key, TG.Notification, label, view, s, e)
    ctx.claim(key, TG.agent, state, view, s, e)
    act = KEYS.action(state, target, kind)
    if kind != "denunciation" and target.startswith("treaty/"):
        # the act notified (a declaration, reservations withdrawn): an event under the treaty,
        # of no class of treaty action, so that the step says which treaty it concerns
        label = f"{ctx.name(state)}'s {_NOTIFIED[kind]} the {ctx.name(target)}"
        ctx.node(act, TG.Event, label, view, s, e)
        ctx.claim(act, TG.state, state, view, s, e)
        ctx.claim(act, TG.treaty, target, view, s, e)
    if kind == "denunciation" or target.startswith("treaty/"):
        ctx.claim(key, SCHEMA.superEvent, act, view, s, e)
    if depositary is not None:
        ctx.claim(key, TG.submittedTo, depositary.key, view, s, e)
    _dated(ctx, view, key, date, s, e)


_HAS_ORDINAL = re.compile(rf"the\s+{ORDINAL}(?![\w-])", _T)


# ", when its minister, Ana Ruiz, deposited": a clause of time after the date it completes
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^;:()]{0,120}$", _T)


# "deposited the eleventh ratification": the act counted, its instrument left unsaid
_ORDINAL_ACT = re.compile(rf"the\s+{ORDINAL}\s+(?P<kind>ratification|accession)\b", _T)


_ORDINAL_BEFORE = re.compile(rf"\bthe\s+{ORDINAL}\s+$", _T)


def _states_from(view: View, pos: int) -> list[Mention]:
    """A list of states starting at ``pos`` and running to the end of its clause."""
    states = view.of(STATE)
    first = next((m for m in states if m.start == pos), None)
    if first is None:
        return []
    out, last = [first], first
    while True:
        joint = _LIST_JOINT.match(view.text, last.end, view.end)
        nxt = next((m for m in states if joint is not None and m.start == joint.end()), None)
        if nxt is None:
            break
        out.append(nxt)
        last = nxt
    return out if _LIST_END.match(view.text, last.end, view.end) else []


# ", joining Jordan, Algeria and Libya": the states that took the same step before
_JOINING = re.compile(r"[^.;:()]{0,80}?,\s+joining\s+(?:the\s+)?", _T)


def _joined(view: View, match: Match) -> list[Mention]:
    """The states listed after ", joining" in the trigger's clause, a list of states only."""
    opener = _JOINING.match(view.text, match.end, view.end)
    return [] if opener is None else _states_from(view, opener.end())


# "the three countries remain", "both states are", "they remain": the states named together last
_PLURAL_SUBJECT = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]ll|[Bb]oth|[Tt]hese|[Tt]hose)\s+(?:(?P<n>two|three|four|five|six|seven|\d+)\s+)?"
    r"(?:countries|states|governments|nations)"
    r"|\b(?:[Tt]hey|[Bb]oth|[Aa]ll\s+(?P<m>two|three|four|five|six|seven))(?:\s+of\s+them)?)"
    r"\s+(?:(?:still|now|already|all|both|therefore|thus|also|so)\s+)*$"
)


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _last_group(ctx: Context, pos: int) -> list[Mention]:
    """The last list of two or more states named together ("Burkina Faso, Mali and Niger")
    before ``pos``."""
    states = [m for m in ctx.mentions if m.cls in STATE and m.end <= pos]
    group: list[Mention] = []
    best: list[Mention] = []
    for m in states:
        if (
            group
            and _COORDINATED.fullmatch(ctx.text, group[-1].end, m.start)
            and m.key not in {g.key for g in group}
        ):
            group.append(m)
        else:
            group = [m]
        if len(group) >= 2:
            best = list(group)
    return best


def _it_treaty(ctx: Context, view: View, found: Mention) -> Mention:
    """What "it" stands for when it is a treaty named in an earlier sentence: the treaty that
    sentence opens with, when it opens with one ("The protocol lets courts ask the Court about
    the Convention. The United Kingdom has not signed it": the protocol, not the Convention);
    else the treaty named last."""
    if found.start >= view.start:
        return found
    opening = _opening_subject(ctx, view, TREATY_CLASSES)
    return opening if opening is not None else found


_PERFECT = re.compile(r"\b(?:has|have|had|is|are)(?:\b|n['\u2019]t\b)", _T)


# A relative clause on other states, between the state and the negated verb: their subject
_OTHERS_WHO = re.compile(
    r"\b(?:states|countries|nations|governments|members|parties|those|others)\s+(?:that|which|who)\b[^,;]*$"
)  # lower case: "the only member of the United Nations that has not" is about the state itself
_PAST_NEGATION = re.compile(r"\b(?:did|was|were)(?:\s+(?:not|never)|n['\u2019]t)\s+$", _T)


def _not_party(
    ctx: Context, view: View, match: Match, state: Mention, treaty: Mention, s: int, e: int
) -> None:
    """ "Has not ratified", "is yet to join": the state is not a party. A simple past ("signed
    it in 1999 but never ratified it", "did not ratify") tells of a time that has ended, often
    before the article's own news, and says nothing of today."""
    lead = view.text[max(view.start, match.start - 40) : match.start]
    if _PAST_NEGATION.search(lead):
        return
    between = view.text[state.end : match.start] if state.end <= match.start else ""
    if _OTHERS_WHO.search(between) and not re.search(r"\b(?:among|one\s+of)\b", between):
        return  # "Germany is bound in its relations with states that have not ratified it"
    first = match.text.lower().split()[0]
    if (first.endswith("ed") or first in ("became", "joined")) and not _PERFECT.search(lead):
        return
    ctx.claim(state.key, TG.notPartyTo, treaty.key, view, s, e)


def _opening_subject(ctx: Context, view: View, classes: frozenset[str]) -> Mention | None:
    """What the sentence before opens with, when it is of ``classes``: what "Its" stands for."""
    index = view.sentence.index
    if index == 0:
        return None
    previous = ctx.document.sentences[index - 1]
    found = [m for m in ctx.mentions if previous.start <= m.start < previous.end]
    if not found or found[0].cls not in classes:
        return None
    lead = ctx.text[previous.start : found[0].start]
    return found[0] if re.fullmatch(r"\s*(?:The\s+)?", lead) else None


_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?", _T)


_COURT_OBJECT = re.compile(
    r"\b(?:of|on|about|by|to|from|with|against|for|at|before|into|over)\s+(?:the\s+)?$", _T
)


# A step whose act the text does not name with a verb: the chamber approves the treaty itself
# ("approved the Constitutive Act", "gave its advice and consent", "gave a second reading to the
# ... (Ratification) Bill"), the government sends it to the legislature, a bill is introduced by
# its author, a president signs the law. The step belongs to the state's procedure on the treaty
# (``KEYS.procedure``), which asserts no ratification: many such procedures fail.

_LEGISLATURE = re.compile(
    r"(?:the\s+)?(?:parliament|congress|senate|legislature|national\s+assembly|chamber\s+of\s+deputies|"
    rf"{_HOUSES}|{_BARE_HOUSE})\b",
    _T,
)


_MEMBERS = re.compile(
    r"\b(?:MPs|senators|lawmakers|legislators|deputies|parliamentarians|members\s+of\s+parliament)"
    r"\s+(?:(?:today|yesterday|also|then|finally|overwhelmingly|unanimously)\s+)?$",
    _T,
)


def _chamber_before(ctx: Context, words: str, pos: int) -> Mention | None:
    """ "to the Senate": the one legislature named before whose name ends with the same word
    ("the United States Senate"), standing for it."""
    head = words.split()[-1].lower()
    found = [
        m
        for m in ctx.mentions
        if m.end <= pos and m.cls == TG.NationalBody and head in ctx.name(m.key).lower().split()
    ]
    return found[-1] if found and len({m.key for m in found}) == 1 else None


_RESPECTIVELY = re.compile(r"[^.;:!?]*?\brespectively\b", _T)


def _procedure_step(
    ctx: Context, view: View, match: Match, agent: Mention | None, treaty: Mention | None,
    chamber: Mention | None, date: DateMention | None = None, state: str | None = None,
) -> None:  # fmt: skip
    """The step node, in the procedure of ``state``, else of the state the agent belongs to (else
    the one state the text names near it); without a treaty, a dated step of its own. An
    organisation read for "it" ("adopted by the OAS ... Congress approved it") is no treaty."""
    frame = match.frame
    if treaty is not None and treaty.cls not in TREATY_CLASSES:
        treaty = None
    if agent is not None and state is None:
        state = (
            agent.key
            if agent.cls == TG.State
            else _state_of_person(ctx, agent)
            if agent.cls == TG.Person
            else _state_of_body(ctx, agent)
        )
    if state is None:
        near = view.before(match.start, STATE, within=60) or _only(ctx, view, match.start, STATE)
        state = near.key if near is not None else _legislature_state(ctx, agent)
    if state is None and agent is None:  # "MPs gave a second reading": the text's one state
        named = {m.key for m in ctx.mentions if m.cls == TG.State and not in_dateline(ctx, m)}
        state = named.pop() if len(named) == 1 else None
    if date is None and not _RESPECTIVELY.match(view.text, match.end, view.end):
        date = _date(view, match)  # ("approved it on 4 and 18 March respectively": whose is whose?)
    parts: list[Mention | Match | None] = [agent, match]
    if treaty is not None and treaty.start >= view.start:
        parts.append(treaty)
    s, e = _span(*parts)
    if treaty is not None and (state is not None or agent is not None):
        owner = state if state is not None else agent.key if agent is not None else ""
        procedure = KEYS.procedure(owner, treaty.key)
        step = frame.kind
        if step == "approval" and agent is not None and agent.cls == TG.NationalBody:
            # each chamber's vote its own step: "the Legislative Chamber adopted it on 18 May,
            # and the Senate approved it on 29 May" are two
            step = _approval_key(ctx, procedure, agent)
        key = KEYS.step(owner, treaty.key, "procedure", step)
        title = f"{ctx.name(owner)}'s procedure on the {ctx.name(treaty.key)}"
        ctx.node(procedure, TG.Event, title, view, s, e)
        if state is not None:
            ctx.claim(procedure, TG.state, state, view, s, e)
        ctx.claim(procedure, TG.treaty, treaty.key, view, s, e)
        label = f"{frame.label} the {ctx.name(treaty.key)} ({ctx.name(owner)})"
    elif date is not None and (agent is not None or state is not None):
        procedure = None
        owner = agent.key if agent is not None else str(state)
        key = KEYS.agent_step(owner, frame.kind, date.value)
        label = f"{frame.label} {date.value} ({ctx.name(owner)})"
    else:
        return
    ctx.node(key, frame.cls, label, view, s, e)
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    if procedure is not None:
        ctx.claim(key, SCHEMA.superEvent, procedure, view, s, e)
    if chamber is not None:
        ctx.claim(key, TG.submittedTo, chamber.key, view, s, max(e, chamber.end))
    vote = _VOTE.search(view.text, match.end, min(view.end, match.end + 200)) or vote_tally(view, match.end)
    if frame.kind == "approval" and vote is not None and int(vote.group("for")) > int(vote.group("against")):
        ve = max(e, vote.end())
        ctx.claim(key, TG.votesFor, Value(vote.group("for"), XSD.integer), view, s, ve)
        ctx.claim(key, TG.votesAgainst, Value(vote.group("against"), XSD.integer), view, s, ve)
    _dated(ctx, view, key, date, s, e)


# "the covenant and the protocol", "to the CAT and to CEDAW", "the covenant and its First Optional
# Protocol": treaties coordinated with the object
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:to|of|from)\s+)?(?:the\s+|its\s+|their\s+)?")
_JOINT = re.compile(
    r"\s*(?:,\s*(?:(?P<word>and|or|nor)\s+)?|\s+(?P<word2>and|or|nor)\s+)(?:(?:to|of|from)\s+)?"
    r"(?:the\s+|its\s+|their\s+)?",
    _T,
)


def _coordinated(view: View, first: Mention, joins: tuple[str, ...] = ("and",)) -> list[Mention]:
    """The treaties listed with ``first`` as the objects of one verb: a list closed by one of
    ``joins`` ("and"; after a negation "or" and "nor" too: "has not signed the ICCPR or the
    ICESCR"); a treaty after a comma alone is an apposition ("the Protocol to the Covenant, the
    covenant itself ratified in 1986"), not another object."""
    out: list[Mention] = []
    last = first
    closed = 0
    while True:
        joint = _JOINT.match(view.text, last.end, view.end)
        word = (joint.group("word") or joint.group("word2") or "").lower() if joint else ""
        if joint is None or (word and word not in joins):
            return out[:closed]
        nxt = next(
            (
                m
                for m in view.of(TREATY_CLASSES)
                if m.start <= joint.end() < m.end
                and re.fullmatch(r"(?:the\s+)?", view.text[m.start : joint.end()], _T)
            ),
            None,
        )
        if nxt is None or nxt.key == first.key or any(o.key == nxt.key for o in out):
            return out[:closed]
        out.append(nxt)
        last = nxt
        if word:
            closed = len(out)
