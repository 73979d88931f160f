"""The domestic steps towards a treaty act: decrees, bills, parliamentary votes, laws signed,
notifications to the depositary, declarations and reservations, and when a withdrawal takes effect.
"""

from __future__ import annotations

import re
from datetime import date as Date

from loaders.dates import DateMention, anchor_at, find_dates
from loaders.events._clauses import (
    _DECLARATION,
    _JURISDICTION,
    _MEMBERS,
    _NOUNS,
    _PURPOSES,
    _RESPECTIVELY,
    _approval_key,
    _chamber_named,
    _chamber_subject,
    _common_chamber,
    _coordinated,
    _counted,
    _court_treaty,
    _declaration_target,
    _establishing,
    _leaves_organisation,
    _legislature_state,
    _monitored,
    _notification_node,
    _noun_phrase_state,
    _only,
    _procedure_step,
    _rejected,
    _serves,
    _state_of_body,
    _treaty_action,
    members_chamber,
    vote_tally,
)
from loaders.events._common import _T, KEYS, _date, _dated, _span, _state_of_person
from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.facts import Ref, Value
from loaders.frames import (
    IGO,
    LAW_TITLE,
    STATE,
    Match,
    direct_object,
    in_dateline,
    referent,
    slot,
    treaty_pronoun,
    withdrawal_rules,
)
from loaders.mentions import Mention
from loaders.vocabulary import ORG, RDF, SCHEMA, TG, XSD

# The executive as the subject of a step: "the government submitted", "the cabinet approved"
_EXECUTIVE_SUBJECT = re.compile(
    r"\b(?:government|cabinet|council\s+of\s+ministers|executive|administration)['\u2019]?s?\s+"
    r"(?:(?:has|had|have|then|also|formally|finally|today|yesterday|quickly|duly)\s+)*$",
    _T,
)


def _step(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A domestic step towards a treaty action: who took it, when, and the act it serves ("a
    bill to denounce the convention", "a law withdrawing Russia from the ECPT")."""
    if match.mood != "fact":
        return
    frame = match.frame
    if frame.name in ("approval-followed", "approval-given"):
        _followed(ctx, view, match)
        return
    if frame.kind == "approval" and _counted(view, match.start):
        return  # "by 134 votes to 37" counts the vote; it is no vote of its own
    if frame.kind == "approval" and _rejected(view, match):
        return  # "voted against ratification", "voted down the bill", "voted 40 to 57"
    subject = _chamber_subject(ctx, view, match.start) if frame.kind == "approval" else None
    agent = subject or slot(ctx, view, match, "agent")  # the common noun right before the verb first
    if frame.kind == "approval" and _cabinet_approval(ctx, view, match, matches):
        return  # "the cabinet approved the ratification": the executive's decision, no vote
    if frame.kind == "approval" and (agent is None or agent.cls != TG.NationalBody):
        # "the Senate approved", "MPs voted": a legislature by its common noun or its members;
        # a cabinet or a ministry approving a bill is no vote of parliament
        if _EXECUTIVE_SUBJECT.search(view.text, view.start, match.start):
            return
        chamber = _chamber_subject(ctx, view, match.start) or members_chamber(ctx, view, match.start)
        if chamber is not None:
            agent = chamber
        elif (
            frame.name != "vote"
            and not _MEMBERS.search(view.text, view.start, match.start)
            and not _chamber_named(view, match.start)
        ):
            return
    government = (
        frame.kind == "bill"
        and agent is None
        and _EXECUTIVE_SUBJECT.search(view.text, view.start, match.start)
    )
    if agent is None and frame.kind != "approval" and not government:
        return
    purpose = next((p for p in matches if p.start >= match.end and p.frame.name in _PURPOSES), None)
    if purpose is not None and not _serves(view, match, purpose):
        purpose = None
    if purpose is None:
        titled = _titled_act(ctx, match)
        if titled is not None and frame.kind == "bill":  # "- 2013: the Government submits the bill"
            _modified_bill(ctx, view, match, agent, bool(government), titled)
            return
        if titled is not None and frame.kind == "approval" and agent is not None:
            _bare_approval(ctx, view, match, agent, titled, match.end)  # "the Assembly adopts the law"
            return
        modifier = _ACT_MODIFIER.search(view.text, match.start, match.end) or _MODIFIED_OBJECT.match(
            view.text, match.end, view.end
        )
        if frame.kind == "bill" and modifier is not None:
            _modified_bill(ctx, view, match, agent, bool(government), modifier.group("kind").lower())
            return
        if frame.kind == "approval" and modifier is not None and agent is not None:
            kind = modifier.group("kind").lower()
            _bare_approval(ctx, view, match, agent, kind, modifier.end())  # "adopted the ratification bill"
            return
        act_noun = _ACT_NOUN.match(view.text, match.end, view.end)
        if act_noun is not None and _noun_step(ctx, view, match, agent, act_noun):
            return
        if frame.kind == "law" and agent is not None and _law_of_procedure(ctx, view, match, agent):
            return
        if frame.kind == "decree" and agent is not None and agent.cls == TG.Person:
            promulgated = _PROMULGATED.search(view.text, agent.end, match.start)
            after = promulgated.end() if promulgated is not None else -1
            treaty = (
                direct_object(view, after, TREATY_CLASSES) or treaty_pronoun(ctx, view, after)
                if promulgated is not None
                else None
            )
            if treaty is not None:  # "promulgated it by Decree 6.085 on 19 April 2007"
                _procedure_step(ctx, view, match, agent, treaty, None)
                return
            subject = _passive_subject(view, agent)
            if subject is not None:  # "The Convention was ... ratified by the President, by Decree"
                date = _step_date(ctx, view, _date(view, match), match.start)
                _procedure_step(ctx, view, match, agent, subject, None, date)
                return
            _decree(ctx, view, match, agent)
        bare = _BARE_PURPOSE.match(view.text, match.end, view.end)
        if bare is not None and frame.kind == "approval":
            _bare_approval(ctx, view, match, agent, bare.group("kind").lower(), bare.end())
        conclusion = _CONCLUSION.match(view.text, match.end, view.end)
        if conclusion is not None and frame.kind == "approval" and agent is not None:
            # "the Diet approved its conclusion": a step of the state's procedure on the treaty,
            # whose act (ratification, acceptance, approval) the words leave open
            treaty = _only(ctx, view, match.start, TREATY_CLASSES) or _sole_treaty(ctx, match.start)
            if treaty is not None:
                date = _step_date(ctx, view, _date(view, match), match.start)
                _procedure_step(ctx, view, match, agent, treaty, None, date)
        join = _JOIN.match(view.text, match.end, view.end)
        if join is not None and frame.kind == "approval":
            _join_approval(ctx, view, match, agent, join.end())
        elif (
            bare is None
            and frame.kind == "approval"
            and agent is not None
            and not _bill_of_procedure(ctx, view, match, agent)
        ):
            _law_vote(ctx, view, match, agent)
        return
    state_m = (
        view.after(purpose.end, STATE, within=12)
        or view.before(purpose.start, STATE, within=3)
        or view.before(match.start, STATE, within=40)  # "Russia's State Duma voted to"
    )
    state = (
        state_m.key
        if state_m
        else (_state_of_person(ctx, agent) if agent and agent.cls == TG.Person else None)
    )
    if state is None:
        state = _state_of_body(ctx, agent)
    if purpose.frame.kind == "denunciation" and _DECLARATION.match(view.text, purpose.end, view.end):
        if state is not None:  # "approved the withdrawal of Peru's recognition of the court's jurisdiction"
            _declaration_step(ctx, view, match, matches, agent, state, purpose)
        return
    treaty = (
        view.after(purpose.end, TREATY_CLASSES, within=60)
        or _court_treaty(ctx, view, purpose)
        or treaty_pronoun(ctx, view, purpose.end)  # "a bill to ratify it"
    )
    if (
        treaty is None
        and purpose.frame.kind == "denunciation"
        and ctx.leaving is not None
        and ctx.leaving[0] == "denunciation"
        and not view.of(TREATY_CLASSES | IGO)
    ):  # "the Seimas had voted for the withdrawal": the one the document is about
        key = ctx.leaving[2]
        treaty = Mention(
            key, TG.Treaty, ctx.name(key), purpose.start, purpose.end, purpose.text, True, "context"
        )
        state = state or ctx.leaving[1]
    if treaty is None:
        return
    kind = purpose.frame.kind
    if state is None and kind == "denunciation":
        state = ctx.denouncing.get(treaty.key)  # the state this document says is leaving it
    if state is None:
        state = _state_of_body(ctx, agent)
    if state is None:  # "Poland signed it in 2012. The Sejm voted to ratify it": the one state named
        only = _only(ctx, view, match.start, STATE)
        state = only.key if only is not None else None
    if state is None and agent is not None and agent.cls == TG.NationalBody:
        # "The Rada voted to ratify it", in a text of Ukraine alone: a step in the procedure of
        # the one state the text names, which asserts no act of that state
        sole = _sole_state(ctx) or _legislature_state(ctx, agent)
        if sole is not None:
            others = [t for t in match.starts if t != purpose.start]
            date = _step_date(ctx, view, view.date_for(match.start, match.end, others), match.start)
            _procedure_step(ctx, view, match, agent, treaty, None, date, sole)
        return
    if state is None:
        return
    if agent is None and government:  # "the government submitted a bill": the state's own act
        agent = Mention(state, TG.State, ctx.name(state), match.start, match.start, "", True, "government")
    for each in (treaty, *_coordinated(view, treaty)):  # "voted to ratify the CAT and the CRPD"
        _purpose_step(ctx, view, match, agent, state, each, purpose)


# "... the Maputo Protocol to Parliament on 3 March": where the bill went, after what it is for
_TO_CHAMBER_LATER = re.compile(
    r"\s+(?:(?:on|in)\s+[^,;.]{3,20}?\s+)?to\s+(?:the\s+)?(?=(?i:parliament|congress|senate|national\s+assembly|"
    r"chamber|house|legislature|[A-Z]))",
)


def _purpose_step(
    ctx: Context, view: View, match: Match, agent: Mention | None, state: str, treaty: Mention, purpose: Match
) -> None:
    """The step ``match`` tells towards the act ``purpose`` names, of ``state`` on ``treaty``."""
    frame, kind = match.frame, purpose.frame.kind
    action = KEYS.action(state, treaty.key, kind)
    step = frame.kind
    if step == "approval":
        step = _approval_key(ctx, action, agent, view, match.start)
    key = KEYS.step(state, treaty.key, kind, step)
    s, e = _span(agent, match, treaty)
    noun = _NOUNS.get(kind, kind).split()[0]
    ctx.node(
        key,
        frame.cls,
        f"{frame.label} the {noun} {_NOUNS[kind].split()[-1]} the {ctx.name(treaty.key)}",
        view,
        s,
        e,
    )
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _treaty_action(ctx, view, action, getattr(TG, kind.capitalize()), state, treaty.key, kind, s, e)
    if kind == "denunciation":
        ctx.last_denunciation = action
        ctx.denouncing.setdefault(treaty.key, state)
    if frame.kind == "bill":
        to = re.match(r"\s+to\s+(?:the\s+)?", view.text[match.end : match.end + 10])
        body = view.after(match.end, ORG_CLASSES, within=10) if to else None
        if body is None and to is not None:  # "submitted a bill to parliament"
            body = _common_chamber(ctx, view, match.end + to.end(), state)
        within = _TO_CHAMBER_WITHIN.match(match.text)
        if body is None and within is not None:  # "submitted to parliament on 3 May a bill"
            at = match.start + within.end()
            body = view.after(at, ORG_CLASSES, within=0) or _common_chamber(ctx, view, at, state)
        inner = None if within is not None else _CHAMBER_OBJECT.search(match.text)
        if body is None and inner is not None:  # "sent parliament a bill"
            body = view.after(match.start + inner.start(), ORG_CLASSES, within=0) or _common_chamber(
                ctx, view, match.start + inner.start()
            )
        if body is None:  # "submitted a bill to ratify the Maputo Protocol to Parliament"
            later = _TO_CHAMBER_LATER.match(view.text, treaty.end, view.end)
            if later is not None:
                at = treaty.end + later.end() - later.start()
                body = view.after(at, ORG_CLASSES, within=0) or _common_chamber(ctx, view, at, state)
        if body is not None:
            ctx.claim(key, TG.submittedTo, body.key, view, s, max(e, body.end))
    if frame.kind == "approval":
        vote = vote_tally(view, match.end)
        if vote is not None:
            ve = max(e, vote.end())
            ctx.claim(key, TG.votesFor, Value(vote.group("for"), XSD.integer), view, s, ve)
            ctx.claim(key, TG.votesAgainst, Value(vote.group("against"), XSD.integer), view, s, ve)
    # the act the step serves is no other event: its date may follow it ("voted to withdraw ... on")
    others = [t for t in match.starts if t != purpose.start]
    before = (
        _date_before_verb(view, agent.end, match.start)
        if agent is not None and agent.end <= match.start
        else None
    )
    date = _step_date(ctx, view, before or view.date_for(match.start, match.end, others), match.start)
    _dated(ctx, view, key, date, s, e)


# A cabinet as the subject of "approved" ("The cabinet on Tuesday approved", "the federal
# cabinet, which approved"): the executive's collective decision, named by its common noun
_CABINET_SUBJECT = re.compile(
    r"(?<![\w'-])(?:the\s+)?(?P<noun>(?:federal\s+)?cabinet|council\s+of\s+ministers)\s*"
    r"(?:(?:,\s+which|has|had|have|then|also|formally|finally|today|yesterday|unanimously|"
    r"on\s+(?:\d{1,2}\s+\w+|\w+(?:\s+\d{1,2})?)(?:,?\s+\d{4})?,?|in\s+\w+(?:\s+\d{4})?,?)\s+)*$",
    _T,
)


def _cabinet_approval(ctx: Context, view: View, match: Match, matches: list[Match]) -> bool:
    """ "The cabinet approved the ratification of the convention on 14 March 2008": a decree of
    the state's executive serving the act it names, its author the state's cabinet. True where
    a cabinet is the verb's subject (then no vote of parliament is read), whatever it approved."""
    found = _CABINET_SUBJECT.search(view.text, view.start, match.start)
    if found is None:
        return False
    purpose = next((p for p in matches if p.start >= match.end and p.frame.name in _PURPOSES), None)
    if purpose is None or not _serves(view, match, purpose) or purpose.frame.kind == "denunciation":
        return True
    treaty = view.after(purpose.end, TREATY_CLASSES, within=60) or treaty_pronoun(ctx, view, purpose.end)
    state_m = (
        view.after(purpose.end, STATE, within=12)
        or view.before(found.start(), STATE, within=40)
        or _only(ctx, view, match.start, STATE)
    )
    state = state_m.key if state_m is not None else _sole_state(ctx)
    if treaty is None or state is None:
        return True
    kind = purpose.frame.kind
    noun = " ".join(w[:1].upper() + w[1:].lower() for w in found.group("noun").split())
    body = ctx.chamber(noun, state, view, *found.span("noun"))
    start, end = found.span("noun")
    label = f"{noun} of {ctx.name_in_title(state)}"
    agent = Mention(body, TG.NationalBody, label, start, end, found.group("noun"), False, "cabinet")
    action = KEYS.action(state, treaty.key, kind)
    key = KEYS.step(state, treaty.key, kind, "cabinet")
    s, e = _span(agent, match, treaty)
    ctx.node(key, TG.Decree, f"Cabinet decision on the {kind} of the {ctx.name(treaty.key)}", view, s, e)
    ctx.claim(key, TG.agent, body, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _treaty_action(ctx, view, action, getattr(TG, kind.capitalize()), state, treaty.key, kind, s, e)
    others = [t for t in match.starts if t != purpose.start]
    date = _date_before_verb(view, found.start(), match.start) or view.date_for(
        match.start, match.end, others
    )
    _dated(ctx, view, key, _step_date(ctx, view, date, match.start), s, e)
    return True


def _date_before_verb(view: View, start: int, pos: int) -> DateMention | None:
    """The date between a step's subject and its verb ("the cabinet on 3 April 2014 approved"),
    which dates that step before any date after the verb does."""
    return next(
        (
            d
            for d in view.dates
            if start <= d.start and d.end <= pos and re.fullmatch(r"[\s,]*", view.text[d.end : pos])
        ),
        None,
    )


# "..., and the Senate followed yesterday": the chamber right before the verb, nothing else
_FOLLOWING_CHAMBER = re.compile(r"\s+(?:(?:then|duly|soon|quickly)\s+)?$", _T)
# what opens the clause of the chamber that followed: a new clause or a new sentence
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s*|\band\s+|\bthen\s+)(?:the\s+)?$", _T)


def _followed(ctx: Context, view: View, match: Match) -> None:
    """ "The Duma approved ratification on 15 January, the Federation Council followed on 27
    January": a second chamber's approval of the act the approval told just before (in this
    sentence or the one before) served, dated by the words after "followed"."""
    given = match.frame.name == "approval-given"  # "the Senate gave its final approval on 19 June"
    verb = match.start if given else match.start + match.text.lower().rindex("followed")
    # the chamber by its name, else by its common noun ("the House of Representatives followed")
    agent = view.before(verb, ORG_CLASSES, within=12) or _chamber_subject(ctx, view, verb)
    if agent is None or agent.cls != TG.NationalBody or (agent.end <= match.start and not given):
        return  # the chamber's name ends with the trigger's first word
    if not _FOLLOWING_CHAMBER.fullmatch(view.text, agent.end, verb):
        return
    opens = _CLAUSE_OPENS.search(view.text, max(view.start, agent.start - 12), agent.start)
    # (a new sentence opens a new clause too: "... on 19 November. The Senate followed")
    if not opens and not re.fullmatch(r"\s*(?:the\s+)?", view.text[view.start : agent.start], _T):
        return
    first = ctx.document.sentences[max(0, view.sentence.index - 1)].start
    approvals = [
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type
        and c.object == Ref(TG.ParliamentaryApproval)
        and first <= c.evidence.start < agent.start
    ]
    if not approvals:
        return
    previous = approvals[-1]
    facts = {
        (c.predicate, c.object.key)
        for c in ctx.claims
        if c.subject.key == previous and isinstance(c.object, Ref)
    }
    supers = [o for p, o in facts if p == SCHEMA.superEvent]
    if not supers or (TG.agent, agent.key) in facts:
        return  # the same chamber again is no second approval
    action = supers[0]
    of_act = {
        (c.predicate, c.object.key)
        for c in ctx.claims
        if c.subject.key == action and isinstance(c.object, Ref)
    }
    state = next((o for p, o in of_act if p == TG.state), None)
    treaty = next((o for p, o in of_act if p == TG.treaty), None)
    kind = next((k for k in _PURPOSES if state and treaty and KEYS.action(state, treaty, k) == action), None)
    if state is None or treaty is None:
        return
    kind = kind or "procedure"
    key = KEYS.step(state, treaty, kind, f"{agent.key.rsplit('/', 1)[-1]}-approval")
    s, e = min(agent.start, match.start), match.end
    label = f"Parliamentary approval of the {ctx.name(treaty)} ({ctx.name(agent.key)})"
    ctx.node(key, TG.ParliamentaryApproval, label, view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    date = next((d for d in view.dates if d.start >= match.end), None)
    if date is not None and _FOLLOWED_ON.fullmatch(view.text, match.end, date.start):
        _dated(ctx, view, key, date, s, e)


# "followed on 27 January", "followed yesterday", "followed in May": the date right after the verb,
# or after an aside ("followed, also without a dissenting vote, on 4 December")
_FOLLOWED_ON = re.compile(r"(?:\s+suit)?(?:,[^,.;:()\d]{1,60},)?\s+(?:(?:on|in)\s+)?", _T)


# "submitted to parliament on 19 March a bill": the chamber inside the trigger, after "to"
_TO_CHAMBER_WITHIN = re.compile(r"\w+\s+(?:to|in)\s+(?:the\s+)?", _T)


# "sent parliament a bill": the chamber as the first of two objects, inside the trigger
_CHAMBER_OBJECT = re.compile(
    r"(?<=\s)(?!(?:a|the|draft|government)\b)(?:the\s+)?[\w ]+?(?=\s+(?:a|the)\s)", _T
)


# "the ratification bill", "an accession law": the act a bill serves as the noun before it
_ACT_MODIFIER = re.compile(r"\b(?P<kind>ratification|accession)\s+(?:bill|law|act)\b", _T)


# "approved the ratification bill": the act the bill serves, as the verb's object
_MODIFIED_OBJECT = re.compile(
    r"\s+(?:(?:the|a|its|their)\s+)?(?:draft\s+)?(?P<kind>ratification|accession)\s+(?:bill|law|act)\b", _T
)


# A legislative tracker's title row: "Title: Law on the Ratification of the Convention ...", "Bill
# ..... Draft Act on Accession to the Protocol": the one law the whole entry follows
_TITLE_ROW = re.compile(
    r"^[ \t]*(?:title|bill|law|act|subject|measure)\s*(?:\.{2,}|:)[ \t]*(?:(?:the|a|draft)\s+)*"
    r"(?:law|bill|act)\s+(?:on|concerning|for)\s+(?:the\s+)?(?P<kind>ratification|accession)\b",
    re.I | re.M,
)
# the trigger's own object, bare: "submits the bill", "adopts the law", "passed the draft law"
_THE_LAW = re.compile(r"\bthe\s+(?:draft\s+)?(?:bill|law)$", _T)


def _titled_act(ctx: Context, match: Match) -> str | None:
    """The act ("ratification", "accession") of the law a tracker's title row names, for a step on
    "the bill" or "the law" with no act of its own; nothing where the text has no such row, or
    several."""
    if _THE_LAW.search(match.text) is None:
        return None
    kinds = {m.group("kind").lower() for m in _TITLE_ROW.finditer(ctx.text, 0, match.start)}
    return kinds.pop() if len(kinds) == 1 else None


def _modified_bill(
    ctx: Context, view: View, match: Match, agent: Mention | None, government: bool, kind: str
) -> None:
    """ "The government submitted the ratification bill to parliament": a bill serving the act its
    modifier names, of the one treaty and the one state the text has been about; nothing where
    it has named several."""
    treaty = _only(ctx, view, match.start, TREATY_CLASSES) or _sole_treaty(ctx, match.start)
    state_m = _only(ctx, view, match.start, STATE)
    state = state_m.key if state_m is not None else _state_of_body(ctx, agent) or _sole_state(ctx)
    if treaty is None or state is None:
        return
    if agent is None and government:  # the government's bill is the state's own act
        agent = Mention(state, TG.State, ctx.name(state), match.start, match.start, "", True, "government")
    action = KEYS.action(state, treaty.key, kind)
    key = KEYS.step(state, treaty.key, kind, "bill")
    s, e = _span(agent, match)
    ctx.node(
        key, match.frame.cls, f"{match.frame.label} the {kind} of the {ctx.name(treaty.key)}", view, s, e
    )
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _treaty_action(ctx, view, action, getattr(TG, kind.capitalize()), state, treaty.key, kind, s, e)
    to = re.match(r"\s+to\s+(?:the\s+)?", view.text[match.end : match.end + 10], _T)
    if to is not None:
        body = view.after(match.end, ORG_CLASSES, within=10) or _common_chamber(
            ctx, view, match.end + to.end()
        )
        if body is not None:
            ctx.claim(key, TG.submittedTo, body.key, view, s, max(e, body.end))
    _dated(ctx, view, key, _step_date(ctx, view, _date(view, match), match.start), s, e)


# "President Lula promulgated it by decree": the treaty the decree puts into domestic law
_PROMULGATED = re.compile(
    r"\b(?:promulgated|promulgates|enacted|enacts|approved|approves)(?=\s+(?:it|the)\b)", _T
)


# "a decree approving the accession of Peru to the treaty", "a bill on the withdrawal of Burundi
# from the statute": the act as a noun with its state, where no verb names it
_ACT_NOUN = re.compile(
    r"[^;:.()]{0,40}?\b(?:the|its|their|the\s+(?:country|state|nation)['\u2019]s)\s+"
    r"(?P<kind>ratification|accession|withdrawal|denunciation)\s+(?:of|by|(?<=withdrawal\s)from)\s+",
    _T,
)


_KIND_OF_NOUN = {"withdrawal": "denunciation"}


def _noun_step(ctx: Context, view: View, match: Match, agent: Mention | None, noun: re.Match[str]) -> bool:
    """The step serving the act its noun names: "of <state> to|from <treaty>" or "of <treaty>"
    (the state then the one the text names)."""
    state_m = view.after(noun.end(), STATE, within=0)
    after = state_m.end if state_m is not None else noun.end()
    if state_m is not None and not re.match(r"\s+(?:to|from|of)\s+", view.text[after : after + 8], _T):
        return False
    treaty = view.after(after, TREATY_CLASSES, within=12)
    if treaty is None:
        return False
    if state_m is None:
        state_m = view.before(match.start, STATE, within=60) or _only(ctx, view, match.start, STATE)
    state = state_m.key if state_m is not None else _state_of_body(ctx, agent)
    if state is None:
        return False
    kind = noun.group("kind").lower()
    kind = _KIND_OF_NOUN.get(kind, kind)
    action = KEYS.action(state, treaty.key, kind)
    frame = match.frame
    step = _approval_key(ctx, action, agent, view, match.start) if frame.kind == "approval" else frame.kind
    key = KEYS.step(state, treaty.key, kind, step)
    s, e = _span(agent, match, treaty)
    ctx.node(
        key,
        frame.cls,
        f"{frame.label} the {kind} of the {ctx.name(treaty.key)} by {ctx.name(state)}",
        view,
        s,
        e,
    )
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _treaty_action(ctx, view, action, getattr(TG, kind.capitalize()), state, treaty.key, kind, s, e)
    _dated(ctx, view, key, _date(view, match), s, e)
    return True


_STEP_CLASSES = (TG.ParliamentaryApproval, TG.BillSubmission, TG.Decree)


def _law_of_procedure(ctx: Context, view: View, match: Match, agent: Mention) -> bool:
    """ "The Assembly voted to withdraw ... President Nkurunziza signed the law on 18 October":
    the law the step the text told of last (in this sentence or the two before) led to."""
    if agent.cls != TG.Person or not re.match(r"signs?|signed", match.text, _T):
        return False
    if not re.fullmatch(r"\s*", view.text[match.end : match.end + 1]) or re.match(
        r"\s+(?:on|of|for|about|to|amending|banning|against)\s+(?![\d])(?!(?:January|February|March|April|May|June|July|"
        r"August|September|October|November|December)\b)",
        view.text[match.end : match.end + 40],
        _T,
    ):
        return False  # "signed a law on pensions": another law
    date = _date(view, match)
    if date is None:
        return False
    return law_of_procedure(ctx, view, match, agent, date, match.start, match.end)


def law_of_procedure(
    ctx: Context, view: View, match: Match, agent: Mention, date: DateMention, start: int, end: int
) -> bool:
    """The law signed, as a step of the act the step the text told of last (in this sentence
    before ``start`` or in the two sentences before) served; nothing where that step served none."""
    action = _served_action(ctx, view, start)
    if action is None:
        return False
    key = action.replace("action/", "event/", 1) + "-law"
    if key == action:
        key = f"{action}-law"
    s, e = min(agent.start, start), max(agent.end, end)
    ctx.node(key, match.frame.cls, f"{match.frame.label} ({ctx.name(action)})", view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _dated(ctx, view, key, date, s, e)
    return True


def _served_action(ctx: Context, view: View, start: int, back: int = 2) -> str | None:
    """The act the step the text told of last (in this sentence before ``start`` or in the
    ``back`` sentences before) served; nothing where that step served none."""
    first = ctx.document.sentences[max(0, view.sentence.index - back)].start
    steps = [
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type
        and c.object in {Ref(x) for x in _STEP_CLASSES}
        and first <= c.evidence.start < start
    ]
    supers = [
        c.object.key
        for c in ctx.claims
        if steps
        and c.subject.key == steps[-1]
        and c.predicate == SCHEMA.superEvent
        and isinstance(c.object, Ref)
    ]
    return supers[0] if supers else None


# "passed the bill", "adopted the draft law", "passed it": the bill the text has been following
_THE_BILL = re.compile(
    r"(?:passed|adopted|approved|backed|endorsed)\s+(?:the\s+(?:bill|draft\s+law|measure)|(?P<it>it))", _T
)


def _bill_of_procedure(ctx: Context, view: View, match: Match, agent: Mention) -> bool:
    """ "The government sent a bill on the ratification of the protocol to parliament in January.
    The National Assembly adopted the bill on 3 March": the vote on the bill a step told just
    before served, as a step of the same act."""
    the_bill = _THE_BILL.fullmatch(match.text)
    if agent.cls != TG.NationalBody or the_bill is None:
        return False
    if the_bill.group("it") and not _last_step_is_bill(ctx, view, match.start):
        return False  # "passed it" is the bill only right after the bill was told of
    action = _served_action(ctx, view, match.start, back=1)  # "the bill" of the sentence before
    if action is None:
        return False
    facts = {
        c.predicate: c.object.key
        for c in ctx.claims
        if c.subject.key == action and c.predicate in (TG.state, TG.treaty) and isinstance(c.object, Ref)
    }
    kind = next((k for k in _NOUNS if action.endswith("-" + k)), None)
    state, treaty = facts.get(TG.state), facts.get(TG.treaty)
    if kind is None or state is None or treaty is None or KEYS.action(state, treaty, kind) != action:
        return False
    key = KEYS.step(state, treaty, kind, _approval_key(ctx, action, agent, view, match.start))
    s, e = _span(agent, match)
    ctx.node(key, match.frame.cls, f"{match.frame.label} ({ctx.name(action)})", view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    date = _step_date(ctx, view, _date(view, match), match.start)
    _dated(ctx, view, key, date, s, e)
    return True


def _last_step_is_bill(ctx: Context, view: View, start: int) -> bool:
    """Whether the last step told (in this sentence before ``start`` or the one before) is a bill:
    "it" then names that bill, not the treaty a vote or a decree before it approved."""
    first = ctx.document.sentences[max(0, view.sentence.index - 1)].start
    steps = [
        (c.evidence.start, c.object)
        for c in ctx.claims
        if c.predicate == RDF.type
        and c.object in {Ref(x) for x in _STEP_CLASSES}
        and first <= c.evidence.start < start
    ]
    return bool(steps) and steps[-1][1] == Ref(TG.BillSubmission)


# "The Verkhovna Rada voted for ratification on 21 August": the act named by a bare noun, of the
# one treaty and the one state the text has been about
_BARE_PURPOSE = re.compile(
    r"\s+(?:(?:unanimously|overwhelmingly)\s+)?"
    # "voted 76 to 12 in favour of ratification": the count before the act (a count against it
    # is a rejection, read before this)
    r"(?:(?:by\s+)?\d+\s+(?:votes\s+)?to\s+\d+\s+)?"
    r"(?:(?:for|in\s+favou?r\s+of|approving|endorsing)\s+)?"
    # "approved its ratification", "backed the accession": the act of the treaty told before
    r"(?:(?:its|the)\s+)?(?P<kind>ratification|accession)\b"
    r"(?!\s+(?:of|to|bill|law|act|process|instrument)\b)",
    _T,
)


# "approved its conclusion", "approved the conclusion of the convention": the treaty's, by "its"
_CONCLUSION = re.compile(r"\s+(?:its|the)\s+conclusion\b(?!\s+of\s+(?:an?|negotiations|talks)\b)", _T)


def _bare_approval(
    ctx: Context, view: View, match: Match, agent: Mention | None, kind: str, end: int
) -> None:
    treaty = _only(ctx, view, match.start, TREATY_CLASSES) or _sole_treaty(ctx, match.start)
    state_m = _only(ctx, view, match.start, STATE)
    state = state_m.key if state_m is not None else _state_of_body(ctx, agent) or _sole_state(ctx)
    if treaty is None or state is None:
        return
    action = KEYS.action(state, treaty.key, kind)
    key = KEYS.step(state, treaty.key, kind, _approval_key(ctx, action, agent, view, match.start))
    s, e = (agent.start if agent is not None else match.start), end
    label = f"{match.frame.label} the {kind} of the {ctx.name(treaty.key)} by {ctx.name(state)}"
    ctx.node(key, match.frame.cls, label, view, s, e)
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _treaty_action(ctx, view, action, getattr(TG, kind.capitalize()), state, treaty.key, kind, s, e)
    _dated(ctx, view, key, _step_date(ctx, view, _date(view, match), match.start), s, e)


def voted_law(ctx: Context, view: View, pos: int) -> bool:
    """Whether the text told, in this sentence before ``pos`` or in the two before it, of a
    legislature's vote on a law that serves no treaty: "the law" a president then promulgates."""
    first = ctx.document.sentences[max(0, view.sentence.index - 2)].start
    votes = {
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type
        and c.object == Ref(TG.ParliamentaryApproval)
        and first <= c.evidence.start < pos
    }
    served = {
        c.subject.key for c in ctx.claims if c.subject.key in votes and c.predicate == SCHEMA.superEvent
    }
    return bool(votes - served)


# "voted unanimously to abolish the death penalty", "voted by acclamation on 27 May to repeal the
# act": a legislature's vote on a domestic law, told by what the law does
_LAW_AIM = re.compile(
    r"[^.;:()]{0,60}?\bto\s+(?:abolish|repeal|amend|ban|outlaw|criminali[sz]e|decriminali[sz]e|"
    r"legali[sz]e|reinstate|restore|reintroduce|enact)\b"
    # "passed a bill abolishing the death penalty": the aim as the participle after the law
    r"|(?:\s+(?:on|in)\s+[^.;:()]{0,30}?)?\s+(?:(?:a|the|an)\s+(?:new\s+)?(?:bill|law|act)\s+)?"
    r"(?:abolishing|repealing|banning|outlawing|criminali[sz]ing|decriminali[sz]ing|legali[sz]ing|"
    r"reinstating|restoring|reintroducing)\b",
    _T,
)


def _law_vote(ctx: Context, view: View, match: Match, agent: Mention) -> None:
    """A national legislature's dated vote on a domestic law that names no treaty ("the National
    Assembly voted to abolish the death penalty", "Parliament passed the Anti-Homosexuality
    Bill"): a step of its own, keyed by its author and date."""
    if agent.cls != TG.NationalBody or _state_of_body(ctx, agent) is None:
        return  # a state's own legislature, never the European Parliament
    aim = _LAW_AIM.match(view.text, match.end, view.end)
    titled = re.search(r"\b(?:bill|act|law)$", match.text, _T) is not None and (
        names_law(view, match) or _KIND_OF_LAW.search(match.text) is not None
    )
    # "The Senate approved the bill on 18 December": the bill a vote on a law just told of passed
    the_bill = _THE_BILL.fullmatch(match.text)
    passed_again = the_bill is not None and not the_bill.group("it") and voted_law(ctx, view, match.start)
    if aim is None and not titled and not passed_again:
        return
    end = aim.end() if aim is not None else match.end
    clause = re.search(r"[;]|,\s+(?:and|but|while|whereas)\s", view.text[end : view.end])
    clause_end = end + clause.start() if clause is not None else view.end
    if any(m.start < clause_end and m.end > view.start for m in view.of(TREATY_CLASSES)):
        return  # a treaty named in the sentence: the vote is a step towards it, or not one of these
    date = law_date(view, match, agent)
    if date is None:
        return
    key = KEYS.agent_step(agent.key, "approval", date.value)
    s, e = agent.start, max(match.end, end)
    ctx.node(
        key, match.frame.cls, f"{match.frame.label} a law, {date.value}, by {ctx.name(agent.key)}", view, s, e
    )
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)


# A law by what kind it is: "passed the abolition bill", "adopted the repeal bill"
_KIND_OF_LAW = re.compile(r"\b(?:the|an?)\s+(?:abolition|repeal)\s+(?:bill|act|law)$", _T)


def names_law(view: View, match: Match) -> bool:
    """Whether the trigger ends on a law's title ("passed the Anti-Terrorism Bill", "signed Law
    12.847")."""
    return LAW_TITLE.search(view.text, match.start, min(view.end, match.end + 12)) is not None


# The year a law's title ends with ("the Anti-Homosexuality Bill, 2023", "the Act of 2022")
_TITLE_YEAR = re.compile(r",?\s*(?:of\s+)?\d{4}\b")


def law_date(view: View, match: Match, agent: Mention) -> DateMention | None:
    """The date of a step on a law: the first after its trigger, past the year of the law's
    title, else one between its author and the trigger ("Parliament today passed the Bill")."""
    year = _TITLE_YEAR.match(view.text, match.end)
    end = year.end() if year is not None and names_law(view, match) else match.end
    between = [d for d in view.dates if agent.end <= d.start and d.end <= match.start]
    if between:
        return between[-1]
    # "adopted on 28 April 2020 a law abolishing ...": the date inside the trigger
    inside = [
        d
        for d in view.dates
        if match.start <= d.start < d.end <= match.end and _ON_BEFORE.search(view.text, match.start, d.start)
    ]
    if inside:
        return inside[0]
    date = view.date_for(match.start, end, list(match.starts))
    if date is None or match.start <= date.start < end:
        return None  # the year of the law's own title
    if date.start >= end and _SUBORDINATE.search(view.text, end, date.start):
        return None  # "passed the bill ... that the president asked for when he returned it on 20 April"
    return date


_ON_BEFORE = re.compile(r"\s(?:on|in)\s+(?:the\s+)?$", _T)


# A clause of its own between a step and a date: the date is another event's
_SUBORDINATE = re.compile(r"\b(?:when|after|before|that|which|who|because|since|while|until)\b", _T)


# "The parliament voted to join the protocol": a state that joins a treaty it has not signed
# accedes to it, and the approval is the step towards that act.
_JOIN = re.compile(r"\s+to\s+join\s+", _T)


def _join_approval(ctx: Context, view: View, match: Match, agent: Mention | None, pos: int) -> None:
    treaty = view.after(pos, TREATY_CLASSES, within=6)
    state_m = view.before(match.start, STATE, within=60)
    state = state_m.key if state_m is not None else _state_of_body(ctx, agent)
    if treaty is None or state is None:
        return
    action = KEYS.action(state, treaty.key, "accession")
    key = KEYS.step(state, treaty.key, "accession", _approval_key(ctx, action, agent))
    s, e = (agent.start if agent is not None else match.start), treaty.end
    label = f"{match.frame.label} the accession of {ctx.name(state)} to the {ctx.name(treaty.key)}"
    ctx.node(key, match.frame.cls, label, view, s, e)
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _treaty_action(ctx, view, action, TG.Accession, state, treaty.key, "accession", s, e)
    _dated(ctx, view, key, _date(view, match), s, e)


def _declaration_step(
    ctx: Context, view: View, match: Match, matches: list[Match], agent: Mention | None, state: str,
    purpose: Match,
) -> None:  # fmt: skip
    """A domestic step withdrawing an optional declaration: no treaty is left."""
    target = _declaration_target(ctx, view, purpose.end, state)
    if target is None:
        return
    ctx.leaving = ("declaration-withdrawal", state, target)
    key = KEYS.step(state, target, "declaration-withdrawal", match.frame.kind)
    s, e = _span(agent, match, purpose)
    label = (
        f"{match.frame.label} the withdrawal of {ctx.name(state)}'s declaration under the {ctx.name(target)}"
    )
    ctx.node(key, match.frame.cls, label, view, s, e)
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    others = [t for t in match.starts if t != purpose.start]
    _dated(ctx, view, key, view.date_for(match.start, match.end, others), s, e)


# "ratified by the President of the Republic, Ana Ruiz,": the participle whose agent the person is
_PARTICIPLE_BY = re.compile(
    r"\b(?:ratified|approved|promulgated|enacted|proclaimed|sanctioned)\s+by\s+[^;:.()]{0,60}$", _T
)
# Right after a treaty that is the subject of a passive: its auxiliary, perhaps past an apposition
_AUXILIARY_AFTER = re.compile(
    r"\s*(?:,[^,;:.()]{1,80},\s*)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b", _T
)


def _passive_subject(view: View, agent: Mention) -> Mention | None:
    """The treaty a passive sentence is about, where ``agent`` is the person after its participle
    ("The Convention was approved by the Assembly ... and ratified by the President, X, by
    Decree No. 13 of 21 January"): the decree is the act the participle names, on that treaty."""
    verb = _PARTICIPLE_BY.search(view.text, max(view.start, agent.start - 80), agent.start)
    if verb is None:
        return None
    return next(
        (
            m
            for m in view.of(TREATY_CLASSES)
            if m.end <= verb.start() and _AUXILIARY_AFTER.match(view.text, m.end, verb.start())
        ),
        None,
    )


def _decree(ctx: Context, view: View, match: Match, agent: Mention) -> None:
    """ "Declared martial law by decree on 24 February": a dated decree that serves no treaty
    act named in the sentence is a step of its own."""
    date = _step_date(ctx, view, _date(view, match), match.start)
    if date is None:
        return
    key = KEYS.decree(agent.key, date.value)
    s, e = _span(agent, match)
    ctx.node(key, TG.Decree, f"Decree of {ctx.name(agent.key)}, {date.value}", view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)


# "China signed it on 27 October 1997, and the Standing Committee approved ratification on 28
# February": a year-less date that took its year from another clause of the sentence
_OTHER_CLAUSE = re.compile(r"[;]|,\s+(?:and|but|while|whereas)\s|\.\s", _T)


def _step_date(ctx: Context, view: View, date: DateMention | None, pos: int) -> DateMention | None:
    """The date of a step at ``pos``: a year-less date whose year the sentence wrote in another
    clause is read against the document's date instead (nothing where it has none). Dates given
    "respectively" after several chambers date none of them here."""
    if date is not None and date.start > pos and _RESPECTIVELY.match(view.text, pos, view.end):
        return None
    if date is not None and date.note is not None and "earlier in the paragraph" in date.note:
        return _own_sentence_year(view, date)
    if date is None or date.note is None or "in the same sentence" not in date.note:
        return date
    year = re.search(r"takes the year (\d{4})", date.note)
    anchors = [
        d for d in view.dates if d is not date and year is not None and d.value.startswith(year.group(1))
    ]
    if not anchors or not all(
        _OTHER_CLAUSE.search(view.text, min(a.end, pos), max(a.start, pos)) for a in anchors
    ):
        return date
    published = anchor_at(ctx.text, view.start, ctx.document.metadata.date_published)
    found = find_dates(date.text, published=published)
    if len(found) != 1 or found[0].text != date.text:
        return None
    f = found[0]
    return DateMention(f.value, f.datatype, f.qualifier, date.start, date.end, date.text, f.note)


def _own_sentence_year(view: View, date: DateMention) -> DateMention:
    """A year-less date that took its year from a sentence before, where its own sentence names
    another year before it ("signed on 2 October 2013. Parliament authorised it earlier this year,
    and the law was promulgated on 3 April"): the year of its own sentence."""
    year = re.search(r"takes the year (\d{4})", date.note or "")
    told = [d for d in view.dates if d is not date and d.end <= date.start and re.match(r"\d{4}", d.value)]
    if year is None or not told or told[-1].value[:4] == year.group(1):
        return date
    own = told[-1].value[:4]
    note = f"year-less: '{date.text}' takes the year {own} from '{told[-1].text}' in the same sentence"
    value = own + date.value[4:]
    return DateMention(value, date.datatype, date.qualifier, date.start, date.end, date.text, note)


def _sole_state(ctx: Context) -> str | None:
    """The one state the whole text names outside its dateline: the state a national body of no
    state named near it belongs to."""
    named = {m.key for m in ctx.mentions if m.cls == TG.State and not in_dateline(ctx, m)}
    return named.pop() if len(named) == 1 else None


def _sole_treaty(ctx: Context, pos: int) -> Mention | None:
    """The one treaty the text has named before ``pos``: what "approved ratification" of no
    treaty named near it is about."""
    found = [m for m in ctx.mentions if m.end <= pos and m.cls in TREATY_CLASSES and not in_dateline(ctx, m)]
    return found[-1] if found and len({m.key for m in found}) == 1 else None


_HEAD_OF = re.compile(r"\s+(?:to\s+|with\s+)?(?:the\s+)?Secretary[- ]General\s+of\s+(?:the\s+)?", _T)


# "notified the Secretary-General of the Organization of American States of its decision to
# withdraw": the depositary's long title, then what it is told, in one clause
_NOTIFIED_OF = re.compile(r"[^,;:.()]*?\bof\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}", _T)


# "that it is derogating from", "a derogation under": suspending obligations, not leaving
_DEROGATION = re.compile(r"\bderogat\w*", _T)


# The passive of "notified": the depositary its subject
_PASSIVE_NOTICE = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:formally|duly|officially)\s+)?$", _T
)


_TOLD_OF = re.compile(r"\s+of\s+", _T)


def _received_notice(view: View, match: Match) -> tuple[Mention, Mention | None] | None:
    """The depositary receiving a notice and the state whose notice it is: "On 5 January 1999 the
    Secretary-General of the United Nations received Guyana's notice"; none unless the subject is
    a depositary and the notice is a state's own."""
    whose = view.after(match.start, STATE, within=len(match.text))
    if whose is not None and (whose.end > match.end or not _POSSESSIVE_AT.match(view.text, whose.end)):
        return None
    if whose is None:
        whose = _notice_of(view, match)
    # "received the notification" of the departure told; never in a clause counting from the
    # receipt ("would take effect three months after the Secretary General received the notification")
    the_notice = _THE_NOTICE.match(match.text) is not None and not _RULE_CLAUSE.search(
        view.text, view.start, match.start
    )
    if whose is None and not _GOVERNMENT_NOTICE.match(match.text) and not the_notice:
        return None
    subject = view.before(match.start, ORG_CLASSES, within=2)
    head = view.text[max(view.start, subject.start - 40) : subject.end] if subject is not None else ""
    if subject is None or not _DEPOSITARY_HEAD.search(head):
        bare = _BARE_SUBJECT.search(view.text, view.start, match.start)
        if subject is None and bare is not None and (whose is not None or the_notice):
            # "The Secretary-General received Burundi's notification" (or "the notification", of
            # the departure the text tells): the treaty's own depositary, read from the registry
            # once the treaty is known
            title = bare.group("title")
            placeholder = Mention(
                "", TG.Organization, "", bare.start("title"), bare.end("title"), title, False, "bare-title"
            )
            return placeholder, whose
        return None
    if not _RECEIVED.fullmatch(view.text, subject.end, match.start):
        return None
    return subject, whose


# "received the notification", "received its notice": the notice of the departure the text tells
_THE_NOTICE = re.compile(
    r"received\s+(?:the|its|their)\s+(?:formal\s+|written\s+)?(?:notice|notification)$", re.I
)


# "... would take effect three months after the Secretary General received the notification": a
# treaty's rule, told in a clause that counts from the receipt, no receipt itself
_RULE_CLAUSE = re.compile(r"\b(?:after|once|when|until|before|since)\s+[^,;:.]{0,80}$", re.I)


# "The Secretary-General received", "On 5 January the Secretary-General formally received"
_BARE_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?P<title>Secretary[- ]General)\s+(?:(?:formally|officially|duly|finally)\s+)?$"
)


# "received the notification of withdrawal of the Philippines", "... of the Philippines'
# withdrawal": the state whose notice it is, named after the notice
_OF_LEAVING = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:withdrawal|denunciation)\s+(?:by|of)\s+", _T)
_OF_STATE = re.compile(r"\s+of\s+", _T)
_LEAVING_AFTER = re.compile(r"['\u2019](?:s\b)?\s+(?:withdrawal|denunciation)\b", _T)


def _notice_of(view: View, match: Match) -> Mention | None:
    """The state a notice names after it as the one leaving."""
    leaving = None
    if re.search(r"(?:withdrawal|denunciation)$", match.text, _T):
        leaving = re.compile(r"\s+(?:by|of)\s+", _T).match(view.text, match.end)
    at = leaving.end() if leaving is not None else None
    if at is None:
        of = _OF_LEAVING.match(view.text, match.end) or _OF_STATE.match(view.text, match.end)
        at = of.end() if of is not None else None
    if at is None:
        return None
    state = view.after(at, STATE, within=0)
    if state is None:
        return None
    named = leaving is not None or _OF_LEAVING.match(view.text, match.end) is not None
    return state if named or _LEAVING_AFTER.match(view.text, state.end) else None


_POSSESSIVE_AT = re.compile(r"['\u2019](?:s\b)?")
# "received the government's notice": the state the text is about, by its government
_GOVERNMENT_NOTICE = re.compile(r"received\s+the\s+(?:government|country|authorities)['\u2019]s?\s", _T)
# Between the depositary and "received": adverbs only
_RECEIVED = re.compile(r"\s+(?:(?:formally|officially|duly|finally)\s+)?", _T)


# A depositary by its head: the Secretary-General, the Secretariat, "the depositary"
_DEPOSITARY_HEAD = re.compile(r"\b(?:Secretary[- ]General|Secretariat|depositary)\b[^,;]*?\s*$", _T)


# "receives a written notification", "by notification": a notice of no one in particular
_INDEFINITE = re.compile(r"\b(?:an?|any|by|upon|on)\s+$", _T)


# Notices that name no act: what they notify is what the document last said the state is doing
_BARE_NOTICE = re.compile(r"notice|instrument|notification", _T)


# the written communications the notification frame names besides notices and notifications
_WRITTEN = re.compile(r"\b(?:letter|note|communication)\b", _T)


def _notification(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A notification to the depositary: of a denunciation (who gave it, to whom, when; and when
    the treaty's own rule makes it take effect), of a declaration withdrawn, of a derogation."""
    if match.mood != "fact":
        return
    if _INDEFINITE.search(view.text, view.start, match.start) and not view.of(STATE):
        return  # "a withdrawal takes effect a year after a written notification": the rule
    if any(p.frame.shape == "revocation" and p.start < match.start < p.end for p in matches):
        return  # "revoking its notification of withdrawal": the revocation's, not a new notice
    state = slot(ctx, view, match, "state")
    depositary = slot(ctx, view, match, "depositary")
    passive = _PASSIVE_NOTICE.search(view.text, view.start, match.start)
    if passive is not None and match.text.lower() == "notified":
        # "The Secretary General of the Council of Europe was notified of Turkey's denunciation":
        # the depositary is the subject, the state the one whose act it is told of
        told_of = _TOLD_OF.match(view.text, match.end, view.end)
        whose = view.after(match.end, STATE, within=4) if told_of is not None else None
        if whose is None or not re.match(r"['’]s?\b", view.text[whose.end : whose.end + 2]):
            return
        subject = view.before(passive.start(), ORG_CLASSES, within=2)
        head = view.text[subject.start : subject.end] if subject is not None else ""
        if not _DEPOSITARY_HEAD.search(head) and not _DEPOSITARY_HEAD.search(
            view.text, max(view.start, passive.start() - 40), passive.start()
        ):
            return  # "the government was notified of ...": no depositary told
        state = whose
        depositary = subject if subject is not None and _DEPOSITARY_HEAD.search(head) else None
    if match.text.lower().startswith("received"):
        # "the Secretary-General received Guyana's notice": the depositary as the subject, the
        # state the one whose notice it is
        received = _received_notice(view, match)
        if received is None:
            return
        depositary, state = received
    if depositary is not None and depositary.cls in STATE | TREATY_CLASSES:
        depositary = None
    if match.text.lower().startswith("inform") and depositary is None:
        return  # "informed reporters": only the depositary is told of a withdrawal
    if depositary is None:  # "the Secretary-General of the Organization of American States"
        org = view.after(match.end, IGO, within=40)
        if org is not None and _HEAD_OF.fullmatch(view.text, match.end, org.start):
            depositary = org
    # "notified the Secretary-General, the depositary, of its withdrawal": counted from the
    # depositary named after the verb
    told = max(match.end, depositary.end if depositary is not None else 0)
    written = _WRITTEN.search(match.text) is not None
    leaving = next(
        (
            p
            for p in matches
            if p.frame.name == "denunciation"
            and (
                0 <= p.start - match.end <= 80
                or 0 <= p.start - told <= 80
                or (0 <= p.start - match.end <= 140 and _NOTIFIED_OF.fullmatch(view.text, match.end, p.start))
                # "denounced the convention on 12 December 1969 in a note to the Secretary General"
                or (written and 0 <= match.start - p.end <= 120 and match.text.lower().startswith("in "))
            )
        ),
        None,
    )
    if written and leaving is None:
        return  # a letter or a note that announces no departure is no notice of one
    if leaving is not None and _NOT_LEAVING.search(view.text, match.end, leaving.start):
        return  # "notified the Secretary-General that it would not withdraw": no notice of leaving
    if state is None and leaving is not None:
        # "Its government notified the Secretary-General that Gabon would leave": the state of the
        # departure told, the subject of its own clause
        leaver = view.before(leaving.start, STATE, within=20)
        state = leaver if leaver is not None and leaver.start >= match.end else None
    states_leaving = bool(re.search(r"withdraw|denunc", match.text, _T)) or leaving is not None
    derogation = _DEROGATION.search(view.text, match.end, min(view.end, match.end + 120))
    named = view.after(match.end, TREATY_CLASSES, within=120)
    if named is None and leaving is not None and leaving.start > match.end:
        named = view.after(leaving.end, TREATY_CLASSES, within=12)  # "... announcing its denunciation of X"
    kind: str
    target: str | None
    if derogation is not None and not states_leaving:
        kind = "derogation"
        treaty = view.after(derogation.end(), TREATY_CLASSES, within=120) or named
        target = treaty.key if treaty else None
    elif states_leaving:
        after = leaving.end if leaving is not None else match.end
        context = ctx.leaving if ctx.leaving and (state is None or ctx.leaving[1] == state.key) else None
        if (
            context is not None
            and context[0] == "reservation-withdrawal"
            and (named is None or named.key == context[2])
        ):
            kind, target = context[0], context[2]  # "notified the depositary of the withdrawal"
        elif _DECLARATION.match(view.text, after, view.end) or (
            named is None and context is not None and context[0] == "declaration-withdrawal"
        ):
            kind = "declaration-withdrawal"
            who = state.key if state else (context[1] if context else "")
            target = _declaration_target(ctx, view, after, who)
        else:
            kind = "denunciation"
            target = named.key if named else None
            if target is None and leaving is not None:  # "... that it would leave the ICC"
                court = _court_treaty(ctx, view, leaving)
                target = court.key if court is not None else None
            if target is None and state is not None:
                target = next((t for t, st in ctx.denouncing.items() if st == state.key), None)
            if target is None and passive is not None and leaving is not None and state is not None:
                target = _denounced_by(ctx, state.key)  # "was notified of Turkey's denunciation"
            if target is None and state is not None and _OF_LEAVING.match(view.text, match.end, view.end):
                # "The Philippines joined the Rome Statute in 2011. It gave notice of withdrawal":
                # the one treaty the text has told the state's standing in
                target = _treaty_of(ctx, state.key)
            if (
                target is None
                and state is None
                and ctx.leaving is not None
                and ctx.leaving[0] == kind
                and any(d.start >= match.end for d in view.dates)
            ):
                # "Its withdrawal took effect ... after the Secretary-General received the
                # government's notification of withdrawal on 17 March 2018": the dated notice of the
                # departure told (undated, "after the Secretary-General receives the instrument of
                # withdrawal" is the treaty's rule)
                target = ctx.leaving[2]
    elif (
        _BARE_NOTICE.search(match.text)
        and ctx.leaving is not None
        and (state or depositary or named or re.match(r"the\b", match.text, _T))
    ):  # "the notice" of the departure the text is about; never "the company gave notice"
        kind = ctx.leaving[0]
        target = named.key if named is not None else ctx.leaving[2]
    else:
        return
    state_key = state.key if state else None
    if state_key is None and ctx.leaving is not None and ctx.leaving[0] == kind:
        state_key = ctx.leaving[1]
    if state_key is None and kind == "denunciation" and target is not None:
        state_key = ctx.denouncing.get(target)
    if state_key is None or target is None:
        return
    if depositary is None:  # "was deposited with the Secretary-General": the treaty's own
        depositary = _bare_depositary(ctx, view, match, target)
    elif depositary.via in ("hidden", "bare-title") and _BARE_TITLE.fullmatch(depositary.text):
        # "the Secretary General", read as the UN's by default (or, as the subject of "received",
        # as no one's yet): the one of the treaty's depositary
        own = _treaty_depositary(ctx, target, depositary.text)
        if own is not None:
            depositary = Mention(own, TG.Organization, ctx.name(own), depositary.start, depositary.end,
                                 depositary.text, True, "depositary")  # fmt: skip
        elif depositary.via == "bare-title":
            depositary = None
    elif (office := _office_within(ctx, target, depositary.key)) is not None:
        # "notified the United Nations": the office of that organisation that keeps the treaty
        depositary = Mention(office, TG.Organization, ctx.name(office), depositary.start, depositary.end,
                             depositary.text, True, "depositary")  # fmt: skip
    others = [t for t in match.starts if leaving is None or t != leaving.start]
    date = view.date_for(match.start, match.end, others)
    if date is not None and any(
        p.frame.shape == "effect" and p.end <= match.start and _effect_date(view, p) == date for p in matches
    ):
        date = None  # "takes effect twelve months after the notice is received, on 3 May 2020"
    s, e = _span(state, match, named, depositary)
    ctx.leaving = (kind, state_key, target)
    _notification_node(ctx, view, state_key, target, kind, depositary, date, s, e)
    if kind != "denunciation":
        return
    action = KEYS.action(state_key, target, "denunciation")
    _treaty_action(ctx, view, action, TG.Denunciation, state_key, target, "denunciation", s, e)
    ctx.last_denunciation = action
    ctx.denouncing.setdefault(target, state_key)
    _dated(ctx, view, action, date, s, e)  # a denunciation is dated by its notice
    _leaves_organisation(ctx, view, match, state_key, target, action, date, s, e)
    if date is not None:
        _derive_effect(ctx, view, action, target, date, s, e)


# A negation between the notice and the departure it tells of
_NOT_LEAVING = re.compile(r"\b(?:not|never|no\s+longer)\b|n['\u2019]t\b", _T)


# "deposited with the Secretary-General", "notified the depositary": the depositary by its bare
# title, in the notice's own clause, of no organisation named
_BARE_DEPOSITARY = re.compile(
    r"[^,;:.()]{0,100}?\b(?:with|to|notif(?:y|ying|ied|ies)|informed|informing|received\s+by|reached)\s+the\s+"
    r"(?:treaty['’]s\s+)?(?:Secretary[- ]General|depositary)\b(?!-)(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))",
    _T,
)


def _bare_depositary(ctx: Context, view: View, match: Match, treaty: str) -> Mention | None:
    """The depositary the registry records for ``treaty``, where the notice names it by its bare
    title; nothing where the registry records none or the title is another body's."""
    told = _BARE_DEPOSITARY.match(view.text, match.start, view.end)
    if told is None:
        return None
    title = told.group(0).split()[-1]
    key = _treaty_depositary(ctx, treaty, title)
    if key is None:
        return None
    start = told.end() - len(title)
    return Mention(key, TG.Organization, ctx.name(key), start, told.end(), title, True, "depositary")


_BARE_TITLE = re.compile(r"(?:the\s+)?Secretary[- ]General", _T)


def _treaty_depositary(ctx: Context, treaty: str | None, title: str) -> str | None:
    """The one depositary the registry records for ``treaty``, where ``title`` can name it: "the
    Secretary-General" is never a government or a commission; "the depositary" is any."""
    key = _one_depositary(ctx, treaty)
    if key is None:
        return None
    if not title.lower().endswith("depositary") and "secretar" not in ctx.name(key).lower():
        return None
    return key


# "notice of withdrawal", "a notification of its withdrawal": the notice names the act, not the treaty
_OF_LEAVING = re.compile(
    r"\s+of\s+(?:its\s+|the\s+country['\u2019]s\s+)?(?:withdrawal|denunciation)\b(?!\s+(?:of|from)\b)", _T
)


def _treaty_of(ctx: Context, state: str) -> str | None:
    """The one treaty the claims so far relate ``state`` to: an act of it on the treaty, or its
    being a party."""
    acts = {c.subject.key for c in ctx.claims if c.predicate == TG.state and c.object == Ref(state)}
    treaties = {
        c.object.key
        for c in ctx.claims
        if isinstance(c.object, Ref)
        and c.object.key.startswith("treaty/")
        and (
            (c.predicate == TG.treaty and c.subject.key in acts)
            or (c.predicate == TG.partyTo and c.subject.key == state)
        )
    }
    return treaties.pop() if len(treaties) == 1 else None


def _office_within(ctx: Context, treaty: str | None, organisation: str) -> str | None:
    """The treaty's one depositary where it is an office of ``organisation`` (the Secretary-
    General of the United Nations for "the United Nations"): a notice sent to an organisation
    goes to the office of it that keeps the treaty."""
    key = _one_depositary(ctx, treaty)
    if key is None or (key, organisation) not in ctx.registry.linked(ORG.subOrganizationOf):
        return None
    return key


def _one_depositary(ctx: Context, treaty: str | None) -> str | None:
    """The depositary the registry records for ``treaty``, where it records exactly one."""
    keys = {d for t, d in ctx.registry.linked(TG.depositary) if t == treaty}
    return keys.pop() if len(keys) == 1 else None


def _denounced_by(ctx: Context, state: str) -> str | None:
    """The one treaty the text has so far told ``state`` is denouncing, or (where it names no
    act) whose domestic procedure it followed: what "was notified of Turkey's denunciation" is of."""
    for cls in (TG.Denunciation, TG.Event):
        nodes = {c.subject.key for c in ctx.claims if c.predicate == RDF.type and c.object == Ref(cls)}
        if cls == TG.Event:
            nodes = {n for n in nodes if n.endswith("-procedure")}
        mine = {
            c.subject.key
            for c in ctx.claims
            if c.subject.key in nodes and c.predicate == TG.state and c.object == Ref(state)
        }
        treaties = {
            c.object.key
            for c in ctx.claims
            if c.subject.key in mine and c.predicate == TG.treaty and isinstance(c.object, Ref)
        }
        if treaties:
            return treaties.pop() if len(treaties) == 1 else None
    return None


def _declaration(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Deposited its declaration recognising the jurisdiction of the court with the OAS
    General Secretariat": a notification to the depositary, under the treaty that sets up the
    court or committee (a declaration that accepts nothing named is no such step)."""
    if match.mood != "fact":
        return
    # "accepted the Court's jurisdiction": the body may stand inside the words that accept it
    accepted = match.frame.shape == "jurisdiction"
    if accepted and _NOT_YET.search(view.text, max(view.start, match.start - 40), match.start):
        return  # "Iraq has not, however, accepted the Committee's competence"
    after = match.start if accepted else match.end
    rest = view.text[after : view.end]
    bodies = [b for b in view.of((TG.Court, TG.MonitoringBody)) if b.start >= after]
    passive = not _ACTIVE_DECLARATION.match(match.text)
    # "The declaration of recognition was deposited ...": what it recognises, the sentences before say
    earlier = referent(ctx, view, match.start, (TG.Court, TG.MonitoringBody)) if passive else None
    article = _article_treaty(ctx, view, match)
    if not _JURISDICTION.search(rest) and not bodies and earlier is None and article is None:
        return
    state = _only(ctx, view, match.start, STATE) if passive else slot(ctx, view, match, "state")
    if state is None:
        return
    target = article or _declaration_target(ctx, view, after, state.key)
    if target is None and earlier is not None:
        target = _establishing(ctx, earlier.key) or _monitored(ctx, earlier.key)
    if target is None:
        return
    depositary = slot(ctx, view, match, "depositary")
    s, e = _span(state if state.start >= view.start else None, match, depositary)
    ctx.leaving = ("declaration", state.key, target)
    _notification_node(ctx, view, state.key, target, "declaration", depositary, _date(view, match), s, e)
    if depositary is None:
        # "accepted the Court's jurisdiction in 1980": a regional treaty's declaration is lodged
        # with its depositary, the one the registry records for it (none where it records
        # several); a declaration under a UN treaty may go to the court's own registry instead
        keeper = _treaty_depositary(ctx, target, "depositary")
        if keeper is not None and keeper != "org/un-sg":
            step = KEYS.step(state.key, target, "declaration", "notification")
            ctx.claim(step, TG.submittedTo, keeper, view, s, e)


# "deposited the declaration under Article 34(6)": an article, its treaty named before
_UNDER_ARTICLE = re.compile(r"\s+(?:article|art\.)\s+\d", _T)


def _article_treaty(ctx: Context, view: View, match: Match) -> str | None:
    """ "Rwanda became a party to the Protocol establishing the Court and deposited the
    declaration under Article 34(6)": the treaty named before in the sentence, where the
    registry says it sets up a court or a committee (whose jurisdiction such a declaration
    accepts); nothing for a declaration under an article of any other treaty."""
    if not match.text.lower().endswith("under") or not _UNDER_ARTICLE.match(view.text, match.end):
        return None
    named = {m.key for m in view.mentions if m.end <= match.start and m.cls in TREATY_CLASSES}
    if len(named) != 1:
        return None
    treaty = named.pop()
    return treaty if any(t == treaty for t, _ in ctx.registry.linked(TG.establishes)) else None


_NOT_YET = re.compile(r"\b(?:not|never|no\s+longer|yet\s+to)\b(?:\s*,[^,.;]{1,30},)?\s*$", _T)
_ACTIVE_DECLARATION = re.compile(r"(?!the\b|its\b|their\b|a\b|an\b)\w", _T)


def _reservation(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Tunisia withdrew its reservations to CEDAW": a notification to the depositary (the
    state stays a party), of the treaty named after the trigger or the one the text is about."""
    if match.mood != "fact":
        return
    state = (
        _noun_phrase_state(ctx, view, match)
        if match.text.lower().startswith(("withdrawal", "lifting"))
        else slot(ctx, view, match, "state")
    )
    treaty = slot(ctx, view, match, "treaty") or _only(ctx, view, match.start, TREATY_CLASSES)
    if state is None or treaty is None:
        return
    depositary = slot(ctx, view, match, "depositary") or _notified_body(view, match.end)
    s, e = _span(state if state.start >= view.start else None, match, depositary)
    ctx.leaving = ("reservation-withdrawal", state.key, treaty.key)
    _notification_node(
        ctx, view, state.key, treaty.key, "reservation-withdrawal", depositary, _date(view, match), s, e
    )


# "..., notifying the Secretary-General": the depositary told of the act
_NOTIFYING = re.compile(r"\bnotif(?:y|ying|ied|ies)\s+(?:the\s+)?", _T)


def _notified_body(view: View, pos: int) -> Mention | None:
    notifying = _NOTIFYING.search(view.text, pos, view.end)
    return view.after(notifying.end(), ORG_CLASSES, within=0) if notifying else None


def _derive_effect(
    ctx: Context, view: View, action: str, treaty: str, date: DateMention, s: int, e: int
) -> None:
    """The effective date the treaty's own rule gives, from a notification dated to the day;
    recorded as derived, with the rule, never as stated."""
    rule = withdrawal_rules().get(treaty)
    if rule is None or rule.after_months is None or date.datatype != XSD.date or date.qualifier:
        return
    notified = Date.fromisoformat(date.value)
    total = notified.year * 12 + notified.month - 1 + rule.after_months
    year, month = divmod(total, 12)
    if rule.first_of_month:
        year, month = divmod(total + 1, 12)
        effective = Date(year, month + 1, 1)
    else:
        day = min(notified.day, _days_in(year, month + 1))
        effective = Date(year, month + 1, day)
    s, e = min(s, date.start), max(e, date.end)
    ctx.claim(action, TG.derivedEffectiveDate, Value(effective.isoformat(), XSD.date), view, s, e)
    ctx.claim(action, TG.derivedByRule, Value(rule.rule), view, s, e)


def _days_in(year: int, month: int) -> int:
    nxt = Date(year + month // 12, month % 12 + 1, 1)
    return (nxt - Date(year, month, 1)).days


# When a treaty action takes effect. A date right after the trigger is the effective date; else
# the words after it are the rule as the source states it ("one year after the State Duma's
# approval", "under the convention's rules on withdrawal").
_RULE_WORDS = re.compile(
    r"[^.;]{0,60}?\s(?P<rule>(?:on|under|according\s+to|in\s+line\s+with|in\s+accordance\s+with|following)\s+"
    r"(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:timetable|rules?|terms|procedure|schedule|provisions?|clause|period)\b[^.;]*)",
    _T,
)


_LEAVE_BEFORE = re.compile(r"\b(?:denunciation|withdrawal|exit)\s+(?:[\w-]+\s+){0,3}$", _T)


# Between "takes effect" and its date: "on", or the state it takes effect for ("for Burundi on")
_EFFECT_GAP = re.compile(
    r"\s*(?:for\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,3}\s+)?(?:on|from|as\s+of|in)?\s*",
    _T,
)


# Or the rule first and its date after a comma: "takes effect one year after notice is given, on
# 10 September 2013", "six months after its receipt, that is on 1 July 2021"
_EFFECT_INTERVAL = re.compile(
    r"\s+(?:[\w-]+\s+){1,3}(?:after|from|following)\s+[^.;,()]{1,80},\s+(?:that\s+is,?\s+|i\.e\.,?\s+)?"
    r"(?:on|from|as\s+of|in)\s+",
    _T,
)


def _effect_date(view: View, match: Match) -> DateMention | None:
    """The date a "takes effect" trigger gives, right after it or after the rule it states."""
    text = view.text
    for d in view.dates:
        if d.start < match.end:
            continue
        if _OF_A_COUNTED_YEAR.match(text, d.end):
            return None  # "takes effect on 31 December of the year following the notice": the rule
        if d.start - match.end <= 50 and _EFFECT_GAP.fullmatch(text, match.end, d.start):
            return d
        if d.start - match.end <= 160 and _EFFECT_INTERVAL.fullmatch(text, match.end, d.start):
            return d
    before = [d for d in view.dates if d.end <= match.start]
    if before and _FRONTED_DATE.fullmatch(text, view.start, before[0].start):
        # "Twenty years ago this month, Trinidad and Tobago's denunciation of the Protocol took
        # effect": a date opening the sentence whose subject is the departure that took effect
        between = text[before[-1].end : match.start]
        if len(before) == 1 and _DEPARTURE_SUBJECT.match(between) and not _OTHER_ACT.search(between):
            return before[0]
    return None


# "31 December of the year following the notice", "1 January of the next year": a day the rule
# counts, no date
_OF_A_COUNTED_YEAR = re.compile(
    r"\s+(?:of|in)\s+the\s+(?:(?:calendar|same)\s+)?(?:year\s+(?:following|after)|following\s+year|next\s+year)\b",
    _T,
)
_FRONTED_DATE = re.compile(r"\s*(?:(?:On|In|By)\s+)?", _T)
# The date's comma, then a state's departure as the subject: "... , Burundi's withdrawal from"
_DEPARTURE_SUBJECT = re.compile(
    r",\s+(?:(?:[A-Z][\w'’-]*|and|of|the)\s+){0,4}?[A-Z][\w-]*['’]s?\s+(?:(?:second|formal|own)\s+)?"
    r"(?:denunciation|withdrawal|departure|exit)\b[^.;,]{0,150}?(?:\s(?:had|has|have|finally|formally))*\s*$"
)
_OTHER_ACT = re.compile(
    r"\b(?:notif\w+|announc\w+|gave|deposit\w+|sent|sign\w*|vot\w+|decid\w+|said|lodg\w+|receiv\w+)\b", _T
)


_ORGANISATION_WORDS = re.compile(r"\b(?:organi[sz]ation|membership)\b", _T)


def _effect_target(ctx: Context, view: View, match: Match, here: list[Match]) -> str | None:
    """What takes effect: the departure named just before the trigger in its sentence (from an
    organisation, "its withdrawal from the organisation", or from a treaty), else the
    denunciation the document spoke of last; nothing for a declaration withdrawn."""
    if here:
        last = here[-1]
        if _DECLARATION.match(view.text, last.end, view.end):
            return None
        between = view.text[last.end : match.start]
        if direct_object(view, last.end, IGO) is not None or _ORGANISATION_WORDS.search(between):
            return ctx.last_org_withdrawal
        named = view.after(last.end, TREATY_CLASSES, within=max(0, match.start - last.end))
        if named is None and any(direct_object(view, p.end, IGO) is not None for p in here[:-1]):
            return ctx.last_org_withdrawal  # "their departure from ECOWAS; the withdrawal took effect"
        if named is None and ctx.leaving is not None and ctx.leaving[0] != "denunciation":
            return None  # "the withdrawal takes effect", of the declaration the document is about
        if named is None and ctx.last_denunciation is None and not view.of(TREATY_CLASSES):
            # "... its withdrawal from the OAS. The withdrawal took effect": no other state's
            owner = view.before(last.start, STATE, within=4)
            states = {
                c.object
                for c in ctx.claims
                if c.subject.key == ctx.last_org_withdrawal and c.predicate == TG.state
            }
            return ctx.last_org_withdrawal if owner is None or Ref(owner.key) in states else None
        left = [t for t in view.of(TREATY_CLASSES) if here[0].start < t.start < match.start]
        if left and ctx.last_denunciation is not None:
            treaties = {
                c.object
                for c in ctx.claims
                if c.subject.key == ctx.last_denunciation and c.predicate == TG.treaty
            }
            if not any(Ref(t.key) in treaties for t in left):
                # "it also denounced the Convention, a denunciation that took effect on D": the
                # departure from that treaty, not the one told before
                return None
    if here and ctx.last_denunciation is not None and _other_state_s(ctx, view, here[-1]):
        return None  # "X withdrew ...; Burundi's withdrawal took effect on D": not X's departure
    return ctx.last_denunciation


def _other_state_s(ctx: Context, view: View, noun: Match) -> bool:
    """Whether a state's possessive before the departure noun ("Burundi's withdrawal") names a
    state other than the one whose denunciation the text told last."""
    owner = view.before(noun.start, STATE, within=4)
    if owner is None or not _POSSESSIVE_AT.match(view.text, owner.end):
        return False
    told = ctx.last_denunciation
    states = {c.object for c in ctx.claims if c.subject.key == told and c.predicate == TG.state}
    return Ref(owner.key) not in states


# "after Trinidad and Tobago, whose denunciation took effect in 1999": the departure is the
# state's the relative clause hangs on
_WHOSE = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}$", _T)


def _whose_state(view: View, here: list[Match]) -> Mention | None:
    """The state a "whose" clause before the departure noun hangs on, if it is one."""
    whose = _WHOSE.search(view.text, view.start, here[-1].start) if here else None
    return view.before(whose.start(), STATE, within=0) if whose is not None else None


def _departure_of(ctx: Context, view: View, match: Match, last: Match, state: Mention) -> str | None:
    """That state's denunciation of the treaty named after the noun, else of the one the text
    is about leaving; nothing when neither says which treaty."""
    named = view.after(last.end, TREATY_CLASSES, within=max(0, match.start - last.end))
    treaty = named.key if named is not None else None
    if treaty is None and ctx.leaving is not None and ctx.leaving[0] == "denunciation":
        treaty = ctx.leaving[2]
    if treaty is None:
        only = _only(ctx, view, last.start, TREATY_CLASSES)
        treaty = only.key if only is not None else None
    if treaty is None:
        return None
    key = KEYS.action(state.key, treaty, "cessation")  # as the registry records the departure
    known = ctx.registry.has(key)
    if not known:
        key = KEYS.action(state.key, treaty, "denunciation")
    cls = None if known else TG.Denunciation
    _treaty_action(ctx, view, key, cls, state.key, treaty, "denunciation", state.start, match.end)
    return key


def _effect(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    here = [p for p in matches if p.frame.name in ("denunciation", "notification") and p.start < match.start]
    whose = _whose_state(view, here)
    if whose is not None:
        target = _departure_of(ctx, view, match, here[-1], whose)
    else:
        target = _effect_target(ctx, view, match, here)
    if target is None:
        return
    text = view.text
    date = _effect_date(view, match)
    if date is not None and (here or _LEAVE_BEFORE.search(text, view.start, match.start)):
        value = Value(date.value, date.datatype)
        group = ctx.org_withdrawal_group if target in ctx.org_withdrawal_group else (target,)
        for each in group:  # "they announced their departure ...; the withdrawal took effect on D"
            s, e = min(match.start, date.start), max(match.end, date.end)  # a fronted date stands before
            ctx.claim(each, TG.effectiveDate, value, view, s, e, date_note=date.note)
            ctx.effective.setdefault(each, date)
        return
    if "cease" in match.text.lower() or "apply" in match.text.lower():
        rule = _RULE_WORDS.match(text, match.end, view.end)
        if rule is not None:
            ctx.claim(
                target,
                TG.effectiveRule,
                Value(rule.group("rule").strip()),
                view,
                match.start,
                rule.end("rule"),
            )
        return
    if match.text.lower() == "effective" or not _LEAVE_BEFORE.search(text, view.start, match.start):
        return
    rest = re.match(r"\s+(?P<rule>[^.;]+)", text[match.end : view.end])
    if rest is not None:
        ctx.claim(
            target,
            TG.effectiveRule,
            Value(rest.group("rule").strip()),
            view,
            match.start,
            match.end + rest.end("rule"),
        )
