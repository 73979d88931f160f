"""Events a sentence states: treaty actions, the domestic steps of a denunciation, a state
joining or leaving an organisation, judgments, deaths, and standing relations (party to,
established, successor of).

Each rule is a trigger (a verb or noun) plus the entity mentions in the places the grammar puts
them: the state before "ratified", the treaty after "withdrawing from". A rule that cannot find
every argument it needs makes no claim: a missing fact is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.dates import DateMention
from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View, slug_of
from loaders.facts import Value
from loaders.iris import slugify
from loaders.mentions import Mention
from loaders.vocabulary import ORG, SCHEMA, TG, XSD

__all__ = ["extract_events"]

_T = re.IGNORECASE
TRIGGERS: dict[str, re.Pattern[str]] = {
    "law": re.compile(r"\bsign(?:ed|s|ing)? (?:a |the )?(?:federal )?(?:law|legislation)\b", _T),
    "bill": re.compile(r"\b(?:submit(?:ted|s)?|introduc(?:ed|es)|fil(?:ed|es)) (?:a |the )?bill\b", _T),
    "decree": re.compile(r"\b(?:decree|resolution)\b(?= (?:signed|issued|by|of))", _T),
    "leave": re.compile(
        r"\b(?:withdraw(?:s|ing|al|n)?|withdrew|denounc(?:e|es|ed|ing)|denunciation|exit(?:s|ed|ing)?"
        r"|leav(?:e|es|ing)|left|pull(?:ed|s|ing)? out|quit(?:s|ting)?|departure)\b",
        _T,
    ),
    "ratify": re.compile(r"\b(?:ratif(?:ied|ies|y|ying|ication)|joined|joining|acceded|accession to)\b", _T),
    "open": re.compile(r"\bopened for signature\b", _T),
    "force": re.compile(r"\b(?:entered|came) into force\b", _T),
    "adopt": re.compile(r"\badopted\b", _T),
    "establish": re.compile(r"\b(?:established|establishes|set up|sets up|created|creates)\b", _T),
    "party": re.compile(r"\b(?:remains|is still|is) (?:a )?(?:party|parties|participant) (?:to|in)\b", _T),
    "cease": re.compile(r"\bceased to be (?:a )?(?P<what>party|member|parties|members) (?:to|of)\b", _T),
    "expel": re.compile(r"\b(?:expelled|expulsion)\b", _T),
    "successor": re.compile(r"\b(?:legal )?successor (?:state )?(?:to|of)\b", _T),
    "judgment": re.compile(r"\b(?:issued|delivered|handed down) an? (?:[\w-]+ )?judgment\b|\bruled\b", _T),
    "death": re.compile(r"\bdeath of\b|'s death\b|\bdied\b", _T),
    # When a withdrawal takes effect, as a rule the source gives: "is expected to take full
    # effect one year after ...", "would cease ... on the timetable set by the convention's rules".
    "effect": re.compile(
        r"\b(?:denunciation|withdrawal) (?:is expected to |will |would )?take (?:full )?effect "
        r"(?P<rule>[^.;]+)"
        r"|\b(?:would|will) cease\b[^.;]{0,60}?\s(?P<timetable>on the timetable set by [^.;]+)",
        _T,
    ),
}
_HYPOTHETICAL = re.compile(r"\b(?:unless|if|would|could|might|whether|no such|not|never)\b[^.;]{0,40}$", _T)
_NEGATED = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?$", _T)
_PAGES = re.compile(r"\b(\d[\d,]*)-page\b")
# "two years after the country joined": the state the sentence names, referred back to
_STATE_PRONOUN = re.compile(r"\b(?:the country|the state)\s+(?:has\s+|had\s+|have\s+)?$", _T)

# "ruled that Moscow was responsible": a finding against a state is a judgment even when the
# text gives it no date this loader can resolve ("last month" in an undated article).
_RULED_AGAINST = re.compile(
    r"ruled\s+that\s+(?:the\s+)?[\w' -]{2,40}?\s+(?:was|were|had|is|has)\s+"
    r"(?:responsible|liable|guilty|violated|breached|in\s+breach)\b",
    _T,
)

Handler = Callable[[Context, View, re.Match[str], list[int]], None]
STATE = (TG.State,)
PERSON = (TG.Person,)


def extract_events(ctx: Context, view: View) -> None:
    """Add the claims of every event rule that fires in this sentence."""
    found = [(kind, m) for kind, rx in TRIGGERS.items() for m in rx.finditer(view.text, view.start, view.end)]
    found.sort(key=lambda f: f[1].start())
    starts = [
        m.start()
        for _, m in found
        if _
        in (
            "law",
            "bill",
            "decree",
            "leave",
            "ratify",
            "open",
            "force",
            "adopt",
            "cease",
            "expel",
            "judgment",
            "death",
        )
    ]
    for kind, m in found:
        handler = _HANDLERS[kind]
        handler(ctx, view, m, starts)


_OBJECT_OF = re.compile(r"\b(?:of|in|into|against|to|from|with|on|by|for|at)\s+(?:the\s+)?$", re.I)


def _state_subject(ctx: Context, view: View, pos: int) -> Mention | None:
    """The state acting at ``pos``: the nearest state named before it in the sentence that is
    not the object of a preposition ("invasion of Ukraine") or inside a parenthesis. "The
    country" just before ``pos`` is the state named last, in this sentence or the one before."""
    if _STATE_PRONOUN.search(view.text, view.start, pos):
        return _last_state(ctx, view, pos)
    for m in reversed(view.of(STATE)):
        if m.end > pos:
            continue
        between = view.text[m.end : pos]
        if between.count(")") > between.count("("):
            continue
        if _OBJECT_OF.search(view.text[max(view.start, m.start - 12) : m.start]):
            continue
        return m
    return None


def _last_state(ctx: Context, view: View, pos: int) -> Mention | None:
    named = [m for m in view.of(STATE) if m.end <= pos]
    if named or view.sentence.index == 0:
        return named[-1] if named else None
    previous = ctx.document.sentences[view.sentence.index - 1]
    found = [m for m in ctx.mentions if previous.start <= m.start < previous.end and m.cls == TG.State]
    return found[-1] if found else None


def _state_of_person(ctx: Context, person: Mention) -> str | None:
    for office in ctx.registry.offices_of(person.key):
        entry = ctx.registry.entry(office.organization)
        if entry is not None and entry.cls == TG.State:
            return office.organization
    return None


def _dated(ctx: Context, view: View, key: str, date: DateMention | None, start: int, end: int) -> None:
    if date is None:
        return
    s, e = min(start, date.start), max(end, date.end)
    ctx.claim(key, TG.date, Value(date.value, date.datatype), view, s, e, date_note=date.note)
    if date.qualifier:
        ctx.claim(key, TG.dateQualifier, Value(date.qualifier), view, s, e)


def _action_key(ctx: Context, state: str, treaty: str, kind: str) -> str:
    return f"action/{slug_of(state)}-{slug_of(treaty)}-{kind}"


def _treaty_after(view: View, end: int) -> Mention | None:
    return view.after(end, TREATY_CLASSES, within=60)


def _leave(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    if _HYPOTHETICAL.search(view.text[view.start : m.start()]):
        return
    state = view.after(m.end(), STATE, within=12) or _state_subject(ctx, view, m.start())
    treaty = _treaty_after(view, m.end())
    org = view.after(m.end(), (TG.IntergovernmentalOrganization,), within=25)
    if treaty is not None and (org is None or treaty.start < org.start):
        if state is None:
            return
        _treaty_exit(ctx, view, state, treaty, m.start(), treaty.end)
    elif org is not None and state is not None:
        _org_exit(ctx, view, state.key, org, m, starts, expelled=False)


def _treaty_exit(ctx: Context, view: View, state: Mention, treaty: Mention, start: int, end: int) -> None:
    s, e = min(state.start, start), max(end, state.end)
    cessation = _action_key(ctx, state.key, treaty.key, "cessation")
    if ctx.registry.has(cessation):
        # the registry knows how this state left this treaty; the text's looser words
        # ("withdrew from", "pulled out of") support the state and treaty, not the kind of act
        key, cls = cessation, None
    else:
        key, cls = _action_key(ctx, state.key, treaty.key, "denunciation"), TG.Denunciation
        ctx.last_denunciation = key
        ctx.denouncing[treaty.key] = state.key
    label = f"{ctx.name(state.key)}'s denunciation of the {ctx.name(treaty.key)}"
    ctx.node(key, cls, label, view, s, e)
    ctx.claim(key, TG.state, state.key, view, s, e)
    ctx.claim(key, TG.treaty, treaty.key, view, s, e)


def _org_exit(
    ctx: Context, view: View, state: str, org: Mention, m: re.Match[str], starts: list[int], expelled: bool
) -> None:
    expulsion = f"event/{slug_of(state)}-{slug_of(org.key)}-expulsion"
    if expelled:
        key, cls = expulsion, TG.Expulsion
    elif ctx.registry.has(expulsion):
        key, cls = expulsion, None  # "left": the same departure, without claiming its kind
    else:
        key, cls = f"event/{slug_of(state)}-{slug_of(org.key)}-withdrawal", TG.Withdrawal
    s, e = min(m.start(), org.start), max(m.end(), org.end)
    ctx.node(key, cls, f"{ctx.name(state)} leaving the {ctx.name(org.key)}", view, s, e)
    ctx.claim(key, TG.state, state, view, s, e)
    ctx.claim(key, TG.organization, org.key, view, s, e)
    date = view.date_for(m.start(), m.end(), starts)
    _dated(ctx, view, key, date, s, e)


def _expel(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    orgs = (TG.IntergovernmentalOrganization,)
    state_after = view.after(m.end(), STATE, within=5)
    org: Mention | None
    state: Mention | None
    if state_after is not None:  # "the CoE expelled Russia"
        org, state = view.before(m.start(), orgs, within=30), state_after
    else:  # "Russia was expelled from the CoE", "Russia's expulsion from the Council"
        org, state = view.after(m.end(), orgs, within=25), view.before(m.start(), STATE, within=20)
    if org is None or state is None:
        return
    _org_exit(ctx, view, state.key, org, m, starts, expelled=True)
    if state_after is not None:
        key = f"event/{slug_of(state.key)}-{slug_of(org.key)}-expulsion"
        ctx.claim(key, TG.agent, org.key, view, org.start, state.end)


def _cease(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    state = _state_subject(ctx, view, m.start())
    if state is None or _HYPOTHETICAL.search(view.text[view.start : m.start()]):
        return
    if m.group("what").startswith("part"):
        treaty = _treaty_after(view, m.end())
        if treaty is None:
            return
        key = _action_key(ctx, state.key, treaty.key, "cessation")
        s, e = state.start, treaty.end
        label = f"{ctx.name(state.key)} ceasing to be a party to the {ctx.name(treaty.key)}"
        ctx.node(key, TG.CessationOfParty, label, view, s, e)
        ctx.claim(key, TG.state, state.key, view, s, e)
        ctx.claim(key, TG.treaty, treaty.key, view, s, e)
        _dated(ctx, view, key, view.date_for(m.start(), m.end(), starts), s, e)
        return
    org = view.after(m.end(), (TG.IntergovernmentalOrganization,), within=10)
    if org is None:
        return
    _org_exit(ctx, view, state.key, org, m, starts, expelled=False)
    membership = f"membership/{slug_of(state.key)}--{slug_of(org.key)}"
    date = view.date_for(m.start(), m.end(), starts)
    if date is not None:
        s, e = state.start, max(org.end, date.end)
        ctx.node(
            membership,
            ORG.Membership,
            f"{ctx.name(state.key)}'s membership of the {ctx.name(org.key)}",
            view,
            s,
            e,
        )
        ctx.claim(membership, ORG.member, state.key, view, s, e)
        ctx.claim(membership, ORG.organization, org.key, view, s, e)
        ctx.claim(membership, TG.endDate, Value(date.value, date.datatype), view, s, e)


def _ratify(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    before = view.text[view.start : m.start()]
    if _HYPOTHETICAL.search(before) and not _NEGATED.search(before):
        return
    passive = re.match(r"\s+by\s+", view.text[m.end() : m.end() + 6])
    state = view.after(m.end(), STATE, within=6) if passive else _state_subject(ctx, view, m.start())
    if state is None:
        return
    org = view.after(m.end(), (TG.IntergovernmentalOrganization,), within=6)
    if org is not None and m.group(0).lower().startswith("join"):
        key = f"event/{slug_of(state.key)}-{slug_of(org.key)}-admission"
        s, e = min(state.start, m.start()), org.end
        ctx.node(key, TG.Admission, f"{ctx.name(state.key)} joining the {ctx.name(org.key)}", view, s, e)
        ctx.claim(key, TG.state, state.key, view, s, e)
        ctx.claim(key, TG.organization, org.key, view, s, e)
        _dated(ctx, view, key, view.date_for(m.start(), m.end(), starts), s, e)
        return
    treaty = view.after(m.end(), TREATY_CLASSES, within=30)
    if treaty is None and not passive:
        # "which it ratified", "Russia ratified it": the treaty named just before
        treaty = view.before(m.start(), TREATY_CLASSES, within=120)
    elif treaty is None:
        treaty = view.before(m.start(), TREATY_CLASSES, within=200)
    if treaty is None:
        return
    s = min(state.start, treaty.start, m.start())
    e = max(state.end, treaty.end, m.end())
    if _NEGATED.search(before):
        ctx.claim(state.key, TG.notPartyTo, treaty.key, view, s, e)
        return
    key = _action_key(ctx, state.key, treaty.key, "ratification")
    label = f"{ctx.name(state.key)}'s ratification of the {ctx.name(treaty.key)}"
    ctx.node(key, TG.Ratification, label, view, s, e)
    ctx.claim(key, TG.state, state.key, view, s, e)
    ctx.claim(key, TG.treaty, treaty.key, view, s, e)
    _dated(ctx, view, key, view.date_for(m.start(), m.end(), starts), s, e)


def _treaty_event(kind: str, cls: str, noun: str) -> Handler:
    def handler(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
        treaty = view.before(m.start(), TREATY_CLASSES, within=40)
        if treaty is None:
            return
        key = f"event/{slug_of(treaty.key)}-{kind}"
        s, e = treaty.start, m.end()
        agent = None
        if kind == "adoption":
            by = re.match(r"\s+by\s+", view.text[m.end() : m.end() + 6])
            agent = view.after(m.end(), ORG_CLASSES, within=8) if by else None
            if agent is not None:
                e = agent.end
        date = view.date_for(m.start(), m.end(), starts)
        ctx.node(key, cls, f"{noun} of the {ctx.name(treaty.key)}", view, s, e)
        ctx.claim(key, TG.treaty, treaty.key, view, s, e)
        if agent is not None:
            ctx.claim(key, TG.agent, agent.key, view, s, e)
        _dated(ctx, view, key, date, s, e)

    return handler


# "created an international system to monitor prisons through the Committee ...": the body
# that works the system the treaty set up.
_SYSTEM_THROUGH = re.compile(
    r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:system|mechanism|framework|procedure|regime)\s+"
    r"(?:to|for)\s+[^,;:.—–()]{3,150}?\s+(?:through|via|by\s+means\s+of)\s+(?:the\s+)?",
    _T,
)


def _establish(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    treaty = view.before(m.start(), TREATY_CLASSES, within=60)
    body = view.after(m.end() + 1, ORG_CLASSES, within=5)
    system = _SYSTEM_THROUGH.match(view.text, m.end(), view.end)
    if body is None and system is not None:
        body = view.after(system.end(), ORG_CLASSES, within=0)
    if treaty is None or body is None:
        return
    ctx.claim(treaty.key, TG.establishes, body.key, view, treaty.start, body.end)


def _party(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    state = _state_subject(ctx, view, m.start())
    treaty = view.after(m.end(), TREATY_CLASSES, within=5)
    if state is None or treaty is None:
        return
    if re.search(r"\bno longer\b", view.text[state.end : m.start()]):
        ctx.claim(state.key, TG.notPartyTo, treaty.key, view, state.start, treaty.end)
        return
    ctx.claim(state.key, TG.partyTo, treaty.key, view, state.start, treaty.end)


def _successor(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    state = view.before(m.start(), STATE, within=20)
    predecessor = view.after(m.end(), STATE, within=6)
    if state is None or predecessor is None or state.key == predecessor.key:
        return
    ctx.claim(state.key, TG.successorOf, predecessor.key, view, state.start, predecessor.end)


def _law(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    _denunciation_step(ctx, view, m, starts, "law", TG.LawSigning, "Signature of the law on")


def _bill(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    _denunciation_step(ctx, view, m, starts, "bill", TG.BillSubmission, "Bill on")


def _decree(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    _denunciation_step(ctx, view, m, starts, "decree", TG.Decree, "Decree proposing")


def _denunciation_step(
    ctx: Context, view: View, m: re.Match[str], starts: list[int], step: str, cls: str, noun: str
) -> None:
    """A domestic step towards leaving a treaty: the agent, the date, and the treaty it concerns."""
    if step == "decree":
        by = re.search(r"\bby\s+(?:[\w'-]+\s+){0,4}?", view.text[m.end() : m.end() + 60])
        agent = view.after(m.end(), PERSON, within=60) if by else None
    else:
        agent = view.before(m.start(), PERSON, within=40)
    leave = TRIGGERS["leave"].search(view.text, m.end(), view.end)
    treaty = _treaty_after(view, leave.end()) if leave else None
    if agent is None or treaty is None or leave is None:
        return
    state_m = view.after(leave.end(), STATE, within=12) or view.before(leave.start(), STATE, within=3)
    state = state_m.key if state_m else _state_of_person(ctx, agent)
    if state is None:
        state = ctx.denouncing.get(treaty.key)  # the state this document says is leaving it
    if state is None:
        return
    action = _action_key(ctx, state, treaty.key, "denunciation")
    key = f"event/{slug_of(state)}-{slug_of(treaty.key)}-denunciation-{step}"
    s, e = min(agent.start, m.start()), max(treaty.end, agent.end)
    ctx.node(key, cls, f"{noun} the denunciation of the {ctx.name(treaty.key)}", view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    ctx.node(
        action, TG.Denunciation, f"{ctx.name(state)}'s denunciation of the {ctx.name(treaty.key)}", view, s, e
    )
    ctx.claim(action, TG.treaty, treaty.key, view, s, e)
    ctx.claim(action, TG.state, state, view, s, e)
    ctx.last_denunciation = action
    if step == "bill":
        to = re.match(r"\s+to\s+(?:the\s+)?", view.text[m.end() : m.end() + 10])
        body = view.after(m.end(), ORG_CLASSES, within=10) if to else None
        if body is not None:
            ctx.claim(key, TG.submittedTo, body.key, view, s, max(e, body.end))
    _dated(ctx, view, key, view.date_for(m.start(), m.end(), starts), s, e)


def _judgment(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    court = view.before(m.start(), (TG.Court,), within=60)
    if court is None:
        return
    rest = view.text[m.end() : view.end]
    found = re.search(r"\b(?:finding|found|that|against)\b", rest)
    respondent = view.after(m.end() + found.end(), STATE, within=12) if found else None
    date = view.date_for(m.start(), m.end(), starts)
    if respondent is None or (date is None and not _RULED_AGAINST.match(view.text, m.start())):
        return
    applicant = next(
        (s for s in view.of(STATE) if s.key != respondent.key and s.start > respondent.end), None
    )
    parties = f"{slugify(ctx.name(applicant.key))}-v-" if applicant else ""
    year = f"-{date.value[:4]}" if date else ""
    key = f"event/{slug_of(court.key)}-{parties}{slugify(ctx.name(respondent.key))}-judgment{year}"
    s = min(court.start, date.start) if date else court.start
    e = max(respondent.end, date.end) if date else respondent.end
    label = f"Judgment of the {ctx.name(court.key)} against {ctx.name(respondent.key)}" + (
        f", {date.value}" if date else ""
    )
    ctx.node(key, TG.Judgment, label, view, s, e)
    ctx.claim(key, TG.agent, court.key, view, s, e)
    ctx.claim(key, TG.respondent, respondent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)
    pages = _PAGES.search(view.text, view.start, view.end)
    if pages:
        value = Value(pages.group(1).replace(",", ""), XSD.integer)
        ctx.claim(key, TG.pageCount, value, view, min(s, pages.start()), max(e, pages.end()))


def _death(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    person: Mention | None
    if m.group(0).lower().startswith("'s"):
        person = view.before(m.start() + 1, PERSON, within=1)
    elif m.group(0).lower() == "died":
        person = view.before(m.start(), PERSON, within=3)
    else:
        person = view.after(m.end(), PERSON, within=40)
    if person is None:
        return
    key = f"event/{slug_of(person.key)}-death"
    s, e = min(person.start, m.start()), max(person.end, m.end())
    ctx.node(key, TG.Death, f"Death of {person.label}", view, s, e)
    ctx.claim(key, TG.about, person.key, view, s, e)
    date = view.date_for(m.start(), m.end(), starts)
    if date is None:  # "The 2024 case of Alexei Navalny's death": a year just before it
        date = next((d for d in view.dates if 0 < s - d.end <= 12), None)
    _dated(ctx, view, key, date, s, e)


def _effect(ctx: Context, view: View, m: re.Match[str], starts: list[int]) -> None:
    if ctx.last_denunciation is None:
        return
    group = "rule" if m.group("rule") else "timetable"
    rule = m.group(group).strip()
    ctx.claim(ctx.last_denunciation, TG.effectiveRule, Value(rule), view, m.start(), m.end(group))


_HANDLERS = {
    "law": _law,
    "bill": _bill,
    "decree": _decree,
    "leave": _leave,
    "ratify": _ratify,
    "open": _treaty_event("opening-for-signature", TG.OpeningForSignature, "Opening for signature"),
    "force": _treaty_event("entry-into-force", TG.EntryIntoForce, "Entry into force"),
    "adopt": _treaty_event("adoption", TG.Adoption, "Adoption"),
    "establish": _establish,
    "party": _party,
    "cease": _cease,
    "expel": _expel,
    "successor": _successor,
    "judgment": _judgment,
    "death": _death,
    "effect": _effect,
}
