"""Events a sentence states, built from the frames the engine fills (``frames.py``): the whole
life of a state's relation to a treaty (signature, ratification, accession, succession,
notification of denunciation, when it takes effect, revocation), the domestic steps towards it,
announced intentions, a state joining or leaving an organisation, a treaty's own events, bodies
and the treaties that set them up, judgments and deaths.

One builder per frame shape. A builder that cannot fill every slot its fact needs makes no
claim: a missing fact is better than a wrong one. Keys come from ``iris.Minter`` only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date as Date

import pyoxigraph as ox

from loaders.dates import DateMention, anchor_at, find_dates, to_the_day
from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.extract_counts import dominant_treaty
from loaders.extract_functions import activities
from loaders.extract_people import pronoun_person
from loaders.facts import Ref, Value
from loaders.frames import (
    IGO,
    ORDINAL,
    PERSON,
    STATE,
    Match,
    direct_object,
    find,
    in_dateline,
    last_state,
    referent,
    slot,
    state_subject,
    treaty_pronoun,
    withdrawal_rules,
)
from loaders.iris import Minter
from loaders.mentions import Mention
from loaders.vocabulary import ORG, RDF, SCHEMA, TG, XSD

__all__ = ["extract_events"]

Builder = Callable[[Context, View, Match, list[Match]], None]
_T = re.IGNORECASE
KEYS = Minter()


def extract_events(ctx: Context, view: View) -> None:
    """Add the claims of every frame that fires in this sentence."""
    among_them(ctx, view)
    matches = find(view)
    for match in matches:
        if match.mood == "hypothetical" and match.frame.shape not in ("relation", "treaty-event"):
            continue  # a treaty's own event weighs its mood itself (a past clause of time is a fact)
        _BUILDERS[match.frame.shape](ctx, view, match, matches)


# ---------------------------------------------------------------------------- helpers


def _dated(ctx: Context, view: View, key: str, date: DateMention | None, start: int, end: int) -> None:
    if date is None:
        return
    s, e = min(start, date.start), max(end, date.end)
    ctx.claim(key, TG.date, Value(date.value, date.datatype), view, s, e, date_note=date.note)
    if date.qualifier:
        ctx.claim(key, TG.dateQualifier, Value(date.qualifier), view, s, e)


def _date(view: View, match: Match) -> DateMention | None:
    return view.date_for(match.start, match.end, list(match.starts))


def _state_of_person(ctx: Context, person: Mention) -> str | None:
    for office in ctx.registry.offices_of(person.key):
        entry = ctx.registry.entry(office.organization)
        if entry is not None and entry.cls == TG.State:
            return office.organization
    return None


def _span(*parts: Mention | Match | None) -> tuple[int, int]:
    given = [p for p in parts if p is not None]
    return min(p.start for p in given), max(p.end for p in given)


# ---------------------------------------------------------------------------- a state and a treaty


def _action(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """Signature, ratification, accession, succession, denunciation: a state, a treaty.

    Leaving frames also leave organisations, but only one named as the direct object of the
    trigger ("left the Council of Europe"); a treaty made under it is not the organisation."""
    frame = match.frame
    state = (
        _noun_phrase_state(ctx, view, match)
        if _NOMINAL.match(match.text)
        else slot(ctx, view, match, "state")
    )
    if frame.kind == "denunciation" and _DECLARATION.match(view.text, match.end, view.end):
        if state is not None:  # "withdrew its declaration under article 34(6)": not the treaty
            _declaration_withdrawal(ctx, view, match, matches, state)
        return
    treaty = slot(ctx, view, match, "treaty")
    org = _organisation(view, match)
    if org is not None:
        state = state or _plural_state(ctx, view, match)
        if frame.also and state is not None:
            _org_event(ctx, view, match, state, org, frame.also)
        return  # the object is an organisation, not a treaty
    if treaty is None:
        treaty = _court_treaty(ctx, view, match)  # "withdraw from the International Criminal Court"
    if treaty is None and _PASSIVE_BY.match(view.text, match.end, view.end):
        treaty = view.before(match.start, TREATY_CLASSES, within=200)  # "which was ratified by"
        if treaty is None and _IT_PASSIVE.fullmatch(view.text, view.start, match.start):
            treaty = referent(ctx, view, match.start, TREATY_CLASSES)  # "It was ratified by Benin"
    if state is None and treaty is not None and _NOMINAL.match(match.text):
        by = _BY_AFTER.match(view.text, treaty.end, view.end)  # "the ratification of X by Chile"
        state = view.after(by.end(), STATE, within=0) if by else None
    if state is None and treaty is not None and not _NOMINAL.match(match.text):
        listed = listed_after(view, max(treaty.end, match.end))  # "signed it: Haiti and Peru"
        if listed:
            for other in listed[1:]:
                _action_of(ctx, view, match, matches, other, treaty)
            state = listed[0]
    if (
        state is None
        and treaty is not None
        and frame.kind != "denunciation"
        and not _NOMINAL.match(match.text)
    ):
        group = _plural_actors(ctx, view, match)  # "Denmark and Sweden ... Both ratified it in 2014"
        for other in group[1:]:
            _action_of(ctx, view, match, matches, other, treaty)
        state = group[0] if group else None
    if treaty is None and state is not None and _bare_departure(ctx, view, match, matches):
        treaty = _only(ctx, view, match.start, TREATY_CLASSES)  # "Burundi's withdrawal took effect"
    if treaty is None and state is not None and _bare_verb(view, match):
        treaty = _only(ctx, view, match.start, TREATY_CLASSES)  # "Latvia signed in 2016"
    if state is None and treaty is not None and treaty.start >= match.end:
        # "Secretary of State John Kerry signs the treaty for the United States": the state an
        # official acts for
        behalf = _FOR_STATE.match(view.text, treaty.end, view.end)
        state = view.after(treaty.end, STATE, within=len(behalf.group(0))) if behalf else None
    if treaty is None and state is not None and match.mood == "negated" and frame.also is None:
        # "has never ratified it" after "the Council of Europe's treaty": the treaty, not the
        # organisation named last
        it = _IT_AFTER.match(view.text, match.end, view.end)
        treaty = referent(ctx, view, match.end, TREATY_CLASSES) if it is not None else None
    if state is None or treaty is None:
        return
    s, e = _span(state, treaty, match)
    if match.mood == "negated":
        treaty = _it_treaty(ctx, view, treaty)
        if frame.negated == "not-party" or _not_signed(view, match, state, treaty):
            for other in [state, *_subjects_listed(view, state, match)]:
                _not_party(ctx, view, match, other, treaty, min(s, other.start), e)
        return
    if match.mood == "intention":
        _intention(ctx, view, match, state.key, treaty.key, s, e)
        return
    key = KEYS.action(state.key, treaty.key, frame.kind)
    cls = frame.cls
    if frame.kind == "denunciation":
        cessation = KEYS.action(state.key, treaty.key, "cessation")
        if ctx.registry.has(cessation):
            # the registry knows how this state left this treaty; the text's looser words
            # ("withdrew from", "pulled out of") support the state and treaty, not the kind of act
            key, cls = cessation, None
        else:
            ctx.last_denunciation = key
            ctx.denouncing[treaty.key] = state.key
            ctx.leaving = ("denunciation", state.key, treaty.key)
        _treaty_action(ctx, view, key, cls, state.key, treaty.key, "denunciation", s, e)
    else:
        _treaty_action(ctx, view, key, cls, state.key, treaty.key, frame.kind, s, e)
    date = None if _is_purpose(match, matches, ("step",)) else _date(view, match)
    # the act a domestic step serves ("signed a law withdrawing ...") takes the step's date, not
    # its own; a denunciation notified ("notified its withdrawal in March 2018") is dated by it
    _dated(ctx, view, key, date, s, e)
    if frame.kind == "denunciation" and date is not None:
        _effect_later(ctx, view, key, date, s)
    if frame.kind == "denunciation" and cls is not None:
        _leaves_organisation(ctx, view, match, state.key, treaty.key, key, date, s, e)
    for other in _coordinated(view, treaty):  # "acceded to the CAT and to CEDAW"
        okey = KEYS.action(state.key, other.key, frame.kind)
        _treaty_action(ctx, view, okey, frame.cls, state.key, other.key, frame.kind, s, other.end)
        _dated(ctx, view, okey, date, s, other.end)
    if frame.kind != "denunciation":
        for other in _agents_listed(view, state, match):  # "was signed by Andorra, Georgia and Israel"
            okey = KEYS.action(other.key, treaty.key, frame.kind)
            _treaty_action(ctx, view, okey, frame.cls, other.key, treaty.key, frame.kind, s, other.end)
            _dated(ctx, view, okey, date, s, other.end)
        for other in _subjects_listed(view, state, match):  # "Cambodia, Mongolia and Korea ratified"
            okey = KEYS.action(other.key, treaty.key, frame.kind)
            _treaty_action(ctx, view, okey, frame.cls, other.key, treaty.key, frame.kind, other.start, e)
            _dated(ctx, view, okey, date, other.start, e)
    for other in _joined(view, match) if frame.kind in ("ratification", "accession") else []:
        # "became the seventh state to ratify it, joining Jordan, Algeria and Libya": the same act
        # by each of them, before, on a date the sentence does not give
        if other.key != state.key:
            okey = KEYS.action(other.key, treaty.key, frame.kind)
            _treaty_action(
                ctx, view, okey, frame.cls, other.key, treaty.key, frame.kind, other.start, other.end
            )
    if date is not None:
        _gapped(ctx, view, frame.kind, frame.cls, treaty.key, date)
        _second_objects(ctx, view, frame.kind, frame.cls, state, treaty, date)


# "Burundi's withdrawal took effect", "notified its withdrawal in March": the noun with no object
_BARE_NOUN_AFTER = re.compile(r"\s*(?:[,.;:]|\s(?:in|on|took|takes|was|is|had|has|became|becomes)\b)", _T)


def _bare_departure(ctx: Context, view: View, match: Match, matches: list[Match]) -> bool:
    """A denunciation named by a bare noun after its state ("Burundi's withdrawal", "its
    withdrawal"), in a passage that names treaties only: the departure from the one treaty named
    there, never from an organisation."""
    if match.frame.kind != "denunciation" or not _NOMINAL.match(match.text):
        return False
    if not _BARE_NOUN_AFTER.match(view.text, match.end, view.end):
        return False
    if not _is_purpose(match, matches, ("notification",)) and not any(
        m.end <= match.start and _POSSESSOR_ONLY.fullmatch(view.text, m.end, match.start)
        for m in view.of(STATE)
    ):
        return False  # "its withdrawal" outside a notice: whose, and of what, is not said
    if ctx.leaving is not None and ctx.leaving[0] != "denunciation":
        return False  # the text is about withdrawing a declaration or leaving an organisation
    first = ctx.document.sentences[max(0, view.sentence.index - 3)].start
    if _NOT_THE_TREATY.search(ctx.text, first, view.end):
        return False  # "withdrew its declaration ... Its withdrawal took effect": not the treaty
    return not any(first <= m.start < view.end and m.cls in IGO for m in ctx.mentions)


_POSSESSOR_ONLY = re.compile(r"'s?\s+(?:formal\s+)?")
_NOT_THE_TREATY = re.compile(r"\b(?:declarations?|reservations?|recognition|jurisdiction|competence)\b", _T)


# "gave notice on 10 September 2012, with effect one year later": the effect counted from the notice
_WITH_EFFECT_LATER = re.compile(
    r",?\s+(?:with\s+effect|taking\s+effect|effective)\s+(?P<n>an?|one|two|three|six|twelve|\d{1,2})\s+"
    r"(?P<unit>year|month)s?\s+later\b",
    _T,
)
_HOW_MANY = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "six": 6, "twelve": 12}


def _effect_later(ctx: Context, view: View, key: str, date: DateMention, s: int) -> None:
    """The effective date of a denunciation the text counts from its notice, at the notice
    date's precision: "on 10 September 2012, with effect one year later" is 2013-09-10."""
    found = _WITH_EFFECT_LATER.match(view.text, date.end, view.end)
    if found is None or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", date.value):
        return
    n = _HOW_MANY.get(found.group("n").lower()) or int(found.group("n"))
    months = n * 12 if found.group("unit").lower() == "year" else n
    parts = [int(x) for x in date.value.split("-")]
    if len(parts) == 1:
        if months % 12:
            return  # "in 2012, with effect six months later": no year to say
        value, datatype = str(parts[0] + months // 12), XSD.gYear
    else:
        total = parts[0] * 12 + parts[1] - 1 + months
        ym = f"{total // 12:04d}-{total % 12 + 1:02d}"
        if len(parts) == 2:
            value, datatype = ym, XSD.gYearMonth
        else:
            try:
                value = Date(total // 12, total % 12 + 1, parts[2]).isoformat()
            except ValueError:
                return  # "31 August, with effect six months later": no such day
            datatype = XSD.date
    ctx.claim(key, TG.effectiveDate, Value(value, datatype), view, s, found.end())


_FOR_STATE = re.compile(r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?", _T)
# "ratified by", "was signed today by": the agent of a passive trigger follows
_PASSIVE_BY = re.compile(r"\s+(?:(?:today|yesterday|also|jointly|subsequently)\s+)?by\b", _T)
# "It was ratified by Benin", "It has since been signed by": a pronoun opening the sentence
_IT_PASSIVE = re.compile(
    r"\s*It\s+(?:was|is|has|had|were)\s+(?:(?:been|since|also|then|later|first|subsequently)\s+){0,3}"
)
# "Greece signed in 1997": the verb with no object, its date right after it
_BARE_VERB = re.compile(r"(?:signed|ratified|acceded)", _T)
_BARE_GAP = re.compile(r"\s+(?:(?:only|first|finally|later|eventually)\s+)?(?:in|on)\s+", _T)


def _bare_verb(view: View, match: Match) -> bool:
    """Whether the trigger is a verb of signing, ratifying or acceding with no object, only its
    date after it: the act is of the one treaty the text has been about. "Was the first to
    ratify, in 2004" is such a verb too."""
    ranked = _ORDINAL_TO.search(view.text, max(view.start, match.start - 40), match.start)
    verb = _BARE_VERB if ranked is None else _RANKED_VERB
    if not verb.fullmatch(match.text) or any(m.start > match.end for m in view.of(TREATY_CLASSES)):
        return False  # "signed in 2000 the Rome Statute": the object comes later
    gap = _BARE_GAP if ranked is None else _RANKED_GAP
    return any(gap.fullmatch(view.text, match.end, d.start) for d in view.dates if d.start > match.end)


# "was the first to ratify", "became the seventh state to sign"
_ORDINAL_TO = re.compile(
    r"\b(?:was|is|became|becomes)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|last|latest|\d+(?:st|nd|rd|th))\s+(?:(?:state|country|nation|member|party)\s+)?to\s+$",
    _T,
)
_RANKED_VERB = re.compile(r"(?:sign|ratify|accede)", _T)
_RANKED_GAP = re.compile(r",?\s+(?:(?:only|first|finally|later|eventually)\s+)?(?:in|on)\s+", _T)


# "has not signed", "have never signed", "Neither India nor Myanmar has signed": not a party now
_HAS_NOT = re.compile(r"\b(?:has|have)(?:n't)?\s+(?:(?:not|never|yet|still|so\s+far)\s+)*$", _T)


def _not_signed(view: View, match: Match, state: Mention, treaty: Mention) -> bool:
    """A signature denied in the present perfect: the state has taken no step towards the
    treaty, so it is not a party (a simple past, "did not sign in 1998", says nothing of today).
    Both are named as the verb's subject and object: a pronoun's referent is not relied on."""
    return (
        match.frame.kind == "signature"
        and _HAS_NOT.search(view.text, max(view.start, match.start - 30), match.start) is not None
        and view.start <= state.start
        and _SUBJECT_TO_VERB.fullmatch(view.text, state.end, match.start) is not None
        # named after the verb, or "it" standing for it ("Azerbaijan has not signed it")
        and (treaty.start >= match.end or _IT_AFTER.match(view.text, match.end, view.end) is not None)
    )


def _plural_actors(ctx: Context, view: View, match: Match) -> list[Mention]:
    """ "Denmark and Sweden were among the first. Both ratified the convention in 2014": a plural
    subject opening the sentence stands for the states named together in it or the sentence
    before, as many as "both" or "the two" say."""
    plural = _PLURAL_SUBJECT.search(view.text, view.start, match.start)
    if plural is None or view.text[view.start : plural.start()].strip():
        return []
    group = _last_group(ctx, plural.start())
    previous = ctx.document.sentences[max(0, view.sentence.index - 1)].start
    if len(group) < 2 or group[0].start < previous:
        return []
    count = plural.group("n") or plural.group("m")
    wanted = int(count) if count and count.isdigit() else _NUMBERS.get((count or "").lower())
    if re.match(r"both|the\s+two\b", plural.group(0), _T):
        wanted = 2
    return group if wanted in (None, len(group)) else []


_IT_AFTER = re.compile(r"\s+it\b(?!\s+(?:is|was|has|had|would|will|said|says|did|does)\b)", _T)


def _action_of(
    ctx: Context, view: View, match: Match, matches: list[Match], state: Mention, treaty: Mention
) -> None:
    """The frame's act by one more state of a list, with the frame's mood and date."""
    frame = match.frame
    s, e = min(state.start, treaty.start, match.start), max(state.end, treaty.end, match.end)
    if match.mood == "negated":
        if frame.negated == "not-party":
            _not_party(ctx, view, match, state, treaty, s, e)
        return
    if match.mood != "fact" or frame.kind == "denunciation":
        return
    key = KEYS.action(state.key, treaty.key, frame.kind)
    _treaty_action(ctx, view, key, frame.cls, state.key, treaty.key, frame.kind, s, e)
    _dated(ctx, view, key, None if _is_purpose(match, matches) else _date(view, match), s, e)


# States listed after the predicate: "have signed it but not ratified it: Haiti, Peru and Chile",
# "has been ratified by 50 states, including Chile and Peru"
_LIST_OPENER = re.compile(
    r"[^.;:()]{0,60}?(?::|[,—–]?\s+(?:including|among\s+them|among\s+which|such\s+as|namely)\b)\s*(?:the\s+)?",
    _T,
)
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", _T)
_LIST_END = re.compile(
    r"\s*(?:$|[.;)]|,?\s+(?:and|but|which|who|to|in|on|have|has|had|were|are)\b|\s*,\s*[a-z])", _T
)


def listed_after(view: View, pos: int) -> list[Mention]:
    """The states listed after ``pos`` in the trigger's clause: a list after a colon or after
    "including", "among them", "such as", of states only, ending with the clause."""
    opener = _LIST_OPENER.match(view.text, pos, view.end)
    return [] if opener is None else _states_from(view, opener.end())


# Triggers that are nouns ("the ratification of", "Russia's withdrawal"): their state is in their
# own noun phrase, never the subject of another clause ("Ecuador's court ruled that the
# ratification of the statute was constitutional").
_NOMINAL = re.compile(
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:ratification|accession|signature|signing|succession|"
    r"withdrawal|denunciation|departure|exit|admission|readmission|notification|declaration|instrument)\b",
    _T,
)
_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?", _T)
# "It amends", "Because it supplements": a pronoun subject right before the verb
_IT_SUBJECT = re.compile(r"(?:^\s*|[,;]\s*|\b(?:because|since|as|and|but)\s+)it\s+(?:also\s+)?$", _T)
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


def _organisation(view: View, match: Match) -> Mention | None:
    """The organisation a joining or leaving verb takes as its own object, if any."""
    org = direct_object(view, match.end, IGO)
    if org is None or _ORG_MODIFIES.match(view.text, org.end, view.end):
        return None
    return org


# "Cambodia, Mongolia and the Republic of Korea ratified": states listed as the subject
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|nor\s+)?|\s+(?:and|nor)\s+)(?:the\s+)?", _T)
# the words between a listed subject and its verb; a negation only reaches here in a negated clause
_SUBJECT_TO_VERB = re.compile(
    r"\s+(?:(?:are|were)\s+among\s+the\s+(?:[a-z]+\s+)?(?:states|countries|nations)\s+(?:that|which)\s+)?"
    r"(?:(?:have|has|had|both|all|also|each|jointly|then|later|not|never|yet|still|n't)\s+)*"
    # "have neither signed nor ratified", "have signed but not ratified"
    r"(?:(?:neither\s+)?(?:signed|ratified|joined|acceded\s+to)(?:\s+it)?\s+(?:nor|but\s+(?:not|never))\s+)?",
    _T,
)
# "the United States, which acceded in 1968, and Venezuela": a relative clause on one state of
# the list, closed by its comma, before the next
_LISTED_OVER = re.compile(r"\s*,\s*(?:which|who|whose|where)\b[^,;:.()]{1,100},\s*(?:and\s+)?(?:the\s+)?", _T)


def _subjects_listed(view: View, state: Mention, match: Match) -> list[Mention]:
    """The other states of a list that ends with ``state``, the subject of the trigger:
    "Cambodia, Mongolia and Korea ratified", "Norway, which signed in 1999, and Iceland are
    parties", "Italy and Peru are among the states that have ratified it"."""
    if not _SUBJECT_TO_VERB.fullmatch(view.text, state.end, match.start):
        return []
    out: list[Mention] = []
    last = state
    for m in reversed(view.of(STATE)):
        if m.end > last.start or m.key == state.key:
            continue
        if not (
            _LISTED.fullmatch(view.text, m.end, last.start)
            or _LISTED_OVER.fullmatch(view.text, m.end, last.start)
        ):
            break
        out.append(m)
        last = m
    if out and _OBJECT_OF.search(view.text, max(view.start, last.start - 12), last.start):
        return []  # "talks with Chile and Peru ratified": not a subject
    return out


_OBJECT_OF = re.compile(r"\b(?:of|in|into|against|to|from|with|on|by|for|at|between)\s+(?:the\s+)?$", _T)


# The agent of a passive trigger and the others listed with it: "was signed today by Andorra,
# Georgia and Norway, as well as by Israel and the European Union". A union that signs as a party
# ("the European Union") may stand in the list, never open it; the acts recorded are the states'.
_AGENT_OPENER = re.compile(
    r"\s+(?:(?:today|yesterday|also|jointly|then|later|first)\s+)?by\s+(?:the\s+)?$", _T
)
_AGENT_JOINT = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:as\s+well\s+as|and\s+also|along\s+with)\s+)?(?:by\s+)?",
    _T,
)
# an aside on the ones before, then "by" again: ", all seven of them members, as well as by"
_AGENT_ASIDE = re.compile(r"\s*,[^,;:.()]{1,80},\s*(?:as\s+well\s+as|and\s+also|and)\s+by\s+", _T)
_THE = re.compile(r"(?:the\s+)?", _T)
_AGENT_END = re.compile(r"\s*(?:$|[.;:)]|,?\s+(?:on|in|at|during|after|before|which|who)\b|,)", _T)


def _agents_listed(view: View, state: Mention, match: Match) -> list[Mention]:
    """The other parties listed after the agent ``state`` of a passive trigger, when the list
    closes its clause (a list that runs into other words is not sure to be the agents)."""
    if state.start < match.end or not _AGENT_OPENER.fullmatch(view.text, match.end, state.start):
        return []
    parties = view.of(STATE | IGO)
    out: list[Mention] = []
    last = state
    while True:
        nxt = None
        for joint in (
            _AGENT_JOINT.match(view.text, last.end, view.end),
            _AGENT_ASIDE.match(view.text, last.end, view.end),
        ):
            if nxt is None and joint is not None:
                nxt = next((m for m in parties if _THE.fullmatch(view.text, joint.end(), m.start)), None)
        if nxt is None or any(last.end <= m.start < nxt.start for m in view.of(STATE)):
            break
        out.append(nxt)
        last = nxt
    if not out or not _AGENT_END.match(view.text, last.end, view.end):
        return []
    # a union listed with them closes the list, but the act recorded is a state's
    return [m for m in out if m.key != state.key and m.cls in STATE]


# "the covenant and the protocol", "to the CAT and to CEDAW", "the covenant and its First Optional
# Protocol": treaties coordinated with the object
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:to|of|from)\s+)?(?:the\s+|its\s+|their\s+)?")


def _coordinated(view: View, first: Mention) -> list[Mention]:
    out: list[Mention] = []
    last = first
    while True:
        joint = _AND.match(view.text, last.end, view.end)
        if joint is None:
            return out
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
            return out
        out.append(nxt)
        last = nxt


# "Angola ratified it in 2019, and Sudan in 2021", "Mali in 2000, Niger in 2002 and Burkina Faso
# in 2004": the same act by other states, its verb left out
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:the\s+)?$")
_GAP_DATE = re.compile(r"\s+(?:in|on)\s+$")
# "Uruguay was the first to ratify it, in June 2012, and the Philippines the second, in September",
# "and Fiji second, on 25 June"
_GAP_ORDINAL = re.compile(rf"\s+(?:the\s+)?{ORDINAL}\s*,?\s+(?:in|on)\s+$", _T)


# "ratified the Charter in 1992 and the Protocol in 2004", "acceded to A in 2016 and to B in 2017":
# the same act of the same state, on another treaty with a date of its own
# "the Protocol establishing the Court in 2004": a short description may stand before its date
_OWN_DATE = re.compile(
    r"(?:\s+(?:establishing|creating|setting\s+up|on|concerning|relating\s+to)\s+[^,;:.()]{1,60}?)?\s+(?:in|on)\s+",
    _T,
)
_OBJECT_GAP = re.compile(r"\s*,?\s+and\s+(?:to\s+|of\s+)?(?:the\s+|its\s+|their\s+)?", _T)


def _second_objects(
    ctx: Context, view: View, kind: str, cls: str | None, state: Mention, treaty: Mention, date: DateMention
) -> None:
    if not re.fullmatch(r"\s+(?:in|on)\s+", view.text[treaty.end : date.start], _T):
        return
    while True:
        joint = _OBJECT_GAP.match(view.text, date.end, view.end)
        if joint is None:
            return
        other = next(
            (
                m
                for m in view.of(TREATY_CLASSES)
                if m.start <= joint.end() < m.end
                and re.fullmatch(r"(?:the\s+|its\s+|their\s+)?", view.text[m.start : joint.end()], _T)
            ),
            None,
        )
        if other is None or other.key == treaty.key:
            return
        own = next(
            (
                d
                for d in view.dates
                if d.start > other.end and _OWN_DATE.fullmatch(view.text[other.end : d.start])
            ),
            None,
        )
        if own is None or (own.end < view.end and not re.match(r"\s*(?:[,.;]|and\b)", view.text[own.end :])):
            return
        key = KEYS.action(state.key, other.key, kind)
        _treaty_action(ctx, view, key, cls, state.key, other.key, kind, other.start, own.end)
        _dated(ctx, view, key, own, other.start, own.end)
        treaty, date = other, own


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


def _declaration_withdrawal(
    ctx: Context, view: View, match: Match, matches: list[Match], state: Mention
) -> None:
    """A state withdrawing an optional declaration does so by notifying the depositary: the
    notification is the fact, and the state stays a party to the treaty."""
    target = _declaration_target(ctx, view, match.end, state.key)
    if target is None or match.mood != "fact":
        return
    ctx.leaving = ("declaration-withdrawal", state.key, target)
    if _is_purpose(match, matches):
        return  # the object of a vote or a decree, which is the step
    s, e = _span(state, match)
    _notification_node(ctx, view, state.key, target, "declaration-withdrawal", None, _date(view, match), s, e)


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


def _is_purpose(
    match: Match, matches: list[Match], shapes: tuple[str, ...] = ("step", "notification")
) -> bool:
    """Whether ``match`` is the act a domestic step just before it serves ("a bill to denounce")."""
    steps = [p for p in matches if p.frame.shape in shapes and p.end <= match.start]
    if not steps:
        return False
    after = [p for p in matches if p.start >= steps[-1].end and p.frame.name in _PURPOSES]
    return bool(after) and after[0].start == match.start


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


def _cessation(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    if match.mood != "fact":
        return
    state = slot(ctx, view, match, "state")
    if state is None:
        return
    date = _date(view, match)
    if "part" in match.text.lower():
        treaty = slot(ctx, view, match, "treaty")
        if treaty is None:
            return
        key = KEYS.action(state.key, treaty.key, "cessation")
        s, e = state.start, treaty.end
        _treaty_action(ctx, view, key, TG.CessationOfParty, state.key, treaty.key, "cessation", s, e)
        _dated(ctx, view, key, date, s, e)
        return
    org = slot(ctx, view, match, "organization")
    if org is None:
        return
    _org_event(ctx, view, match, state, org, "withdrawal")
    if date is not None:
        membership = KEYS.membership(state.key, org.key)
        s, e = state.start, max(org.end, date.end)
        label = f"{ctx.name(state.key)}'s membership of the {ctx.name(org.key)}"
        ctx.node(membership, ORG.Membership, label, view, s, e)
        ctx.claim(membership, ORG.member, state.key, view, s, e)
        ctx.claim(membership, ORG.organization, org.key, view, s, e)
        ctx.claim(membership, TG.endDate, Value(date.value, date.datatype), view, s, e)


def _revocation(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Revoked its withdrawal", "rescinded the notice": the denunciation undone, its own event."""
    if match.mood != "fact":
        return
    treaty = slot(ctx, view, match, "treaty")
    if treaty is None and ctx.last_denunciation is not None:
        treaty_key = next((t for t, _ in ctx.denouncing.items()), None)
    else:
        treaty_key = treaty.key if treaty else None
    state = slot(ctx, view, match, "state")
    state_key = state.key if state else (ctx.denouncing.get(treaty_key) if treaty_key else None)
    if state_key is None or treaty_key is None:
        return
    s, e = _span(state, treaty, match)
    key = KEYS.step(state_key, treaty_key, "denunciation", "revocation")
    label = f"{ctx.name(state_key)}'s revocation of its denunciation of the {ctx.name(treaty_key)}"
    ctx.node(key, TG.Revocation, label, view, s, e)
    ctx.claim(key, TG.state, state_key, view, s, e)
    ctx.claim(key, TG.treaty, treaty_key, view, s, e)
    _dated(ctx, view, key, _date(view, match), s, e)


_INSTRUMENT = re.compile(r"instruments?\s+of\s+(?P<kind>ratification|accession|succession)", _T)
_TO_TREATY = re.compile(r"\s+(?:to|of)\s+(?:the\s+)?", _T)
_PASSIVE_DEPOSIT = re.compile(r"(?:was|is|were|are|had|has|have)\b", _T)


def _deposit(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Deposited its instrument of accession with the Secretary-General on 4 March": the act the
    instrument names. Its treaty is named after it, or is the one treaty the text has been about
    in the sentences before; a passive ("the instrument of ratification was deposited") stands
    for the state the text has been about the same way."""
    if match.mood != "fact":
        return
    noun = _INSTRUMENT.search(match.text) or _ORDINAL_ACT.search(match.text)
    if noun is None:  # "deposited theirs", "deposited the twentieth": the instruments counted before
        if _HAS_ORDINAL.search(match.text) is None and not _THEIRS.search(match.text):
            return
        if _HAS_ORDINAL.search(match.text) and not _ORDINAL_ALONE.match(view.text, match.end, view.end):
            return  # "deposited the tenth report"
        kind = _counted_kind(ctx, view, match.start)
        if kind is None:
            return
    else:
        kind = noun.group("kind").lower()
    to = _TO_TREATY.match(view.text, match.end, view.end)
    # "of the Rome Statute": the treaty's mention may hold its "the"
    treaty = view.after(match.end + 1, TREATY_CLASSES, within=to.end() - match.end - 1) if to else None
    if treaty is None:
        treaty = _only(ctx, view, match.start, TREATY_CLASSES)
    if treaty is None and noun is None:  # "deposited theirs", in a text about one treaty
        treaty = _topic(ctx, view, match.start)
    passive = _PASSIVE_DEPOSIT.search(match.text) is not None
    if passive and (
        _HAS_ORDINAL.search(match.text)
        or _ORDINAL_BEFORE.search(view.text, max(view.start, match.start - 30), match.start)
    ):
        return  # "after the seventh instrument of ratification was deposited": a threshold, no one's act
    state = _only(ctx, view, match.start, STATE) if passive else slot(ctx, view, match, "state")
    # the instrument's own noun ("ratification of the statute") is no other event to stop at
    date = view.date_for(match.start, match.end, [t for t in match.starts if not match.start < t < match.end])
    if date is None and _WHEN_CLAUSE.search(view.text, view.start, match.start):
        # "on 18 July 1978 the convention entered into force, when Grenada deposited ...": the
        # deposit is dated by the clause it completes
        date = next((d for d in reversed(view.dates) if d.end <= match.start), None)
    if treaty is not None and state is None and _UNNAMED_STATES.search(view.text, view.start, match.start):
        ctx.unnamed_act = (view.sentence.index, kind, treaty.key, date)
        return  # "Ten states deposited instruments of ratification": named in the next sentence
    if treaty is None and state is not None and not passive and _ITS_INSTRUMENTS.search(match.text):
        for other in _acts_before(ctx, view, match, kind):  # "its instruments of accession" to both
            key = KEYS.action(state.key, other.key, kind)
            _treaty_action(
                ctx, view, key, getattr(TG, kind.capitalize()), state.key, other.key, kind, *_span(match)
            )
            _dated(ctx, view, key, date, *_span(match))
        return
    if treaty is None or state is None:
        return
    others = [] if passive else _subjects_listed(view, state, match)
    for one in [state, *others]:
        key = KEYS.action(one.key, treaty.key, kind)
        s, e = _span(
            match, treaty if treaty.start >= view.start else None, one if one.start >= view.start else None
        )
        _treaty_action(ctx, view, key, getattr(TG, kind.capitalize()), one.key, treaty.key, kind, s, e)
        _dated(ctx, view, key, date, s, e)


_ITS_INSTRUMENTS = re.compile(r"\b(?:its|their)\s+instruments\b", _T)


def _acts_before(ctx: Context, view: View, match: Match, kind: str) -> list[Mention]:
    """ "welcomes the accession of Ghana to the 1954 Convention and the 1961 Convention. The
    government deposited its instruments of accession": the treaties the sentence before names
    with the same act, when it names two or more and nothing else."""
    if view.sentence.index == 0:
        return []
    before = ctx.document.sentences[view.sentence.index - 1]
    if not re.search(kind[:6], ctx.text[before.start : before.end], re.I):
        return []
    found = {
        m.key: m for m in ctx.mentions if before.start <= m.start < before.end and m.cls in TREATY_CLASSES
    }
    return list(found.values()) if len(found) >= 2 else []


def _topic(ctx: Context, view: View, pos: int) -> Mention | None:
    """The treaty the document is about, where the sentences before name no other."""
    key = dominant_treaty(ctx)
    first = ctx.document.sentences[max(0, view.sentence.index - 3)].start
    if key is None or any(
        first <= m.start and m.end <= pos and m.cls in TREATY_CLASSES and m.key != key for m in ctx.mentions
    ):
        return None
    return Mention(key, TG.Treaty, ctx.name(key), -1, -1, "", True, "topic")  # named elsewhere


_THEIRS = re.compile(r"\b(?:theirs|own)$", _T)
# "deposited the twentieth on 14 March", "the twentieth, which": the ordinal stands alone
_ORDINAL_ALONE = re.compile(r"\s*(?:[,.;:]|$|\s(?:on|in|with|at|when|after|before|and|of\s+them)\b)", _T)
# "needed twenty ratifications or accessions", "the twentieth instrument of accession"
_COUNTED_NOUN = re.compile(r"\b(?P<kind>ratification|accession)s?\b", _T)
# "Ten states deposited", "Several countries lodged": a number of states, none named
_UNNAMED_STATES = re.compile(
    r"(?<![\w-])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\w+ty(?:-\w+)?)"
    r"\s+(?:more\s+|other\s+)?(?:states|countries|governments)\s+(?:have\s+|had\s+)?$",
    _T,
)


def _counted_kind(ctx: Context, view: View, pos: int) -> str | None:
    """The kind of instrument "theirs" or "the twentieth" stands for: the one the text last
    counted, in this sentence or the three before."""
    first = ctx.document.sentences[max(0, view.sentence.index - 3)].start
    found = list(_COUNTED_NOUN.finditer(ctx.text, first, pos))
    if not found:
        return None
    last = found[-1]
    # "ratifications or accessions": the first of the pair
    pair = [f for f in found if 0 < last.start() - f.end() <= 5]
    return (pair[-1] if pair else last).group("kind").lower()


_AMONG_THEM = re.compile(
    r"\s*(?:Among\s+them\s+(?:were|was|are)|They\s+(?:were|included)|These\s+were)\s*:?\s+(?:the\s+)?"
)


def among_them(ctx: Context, view: View) -> None:
    """ "Ten states deposited instruments of ratification on 11 April. Among them were Cambodia,
    Ireland and Romania": each state listed did the act of the sentence before."""
    act = ctx.unnamed_act
    opener = _AMONG_THEM.match(view.text, view.start, view.end)
    if act is None or opener is None or act[0] != view.sentence.index - 1:
        return
    _, kind, treaty, date = act
    for state in _states_from(view, opener.end()):
        key = KEYS.action(state.key, treaty, kind)
        _treaty_action(
            ctx, view, key, getattr(TG, kind.capitalize()), state.key, treaty, kind, view.start, state.end
        )
        _dated(ctx, view, key, date, view.start, state.end)


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
    return found[-1] if found and len({m.key for m in found}) == 1 else None


_POSSESSED_KINDS = {"ratification": TG.Ratification, "accession": TG.Accession, "signature": TG.Signature}


def _possessive_act(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Togo's ratification, in October 2005, was the fifteenth": the act of the state named
    right before the possessive, of the one treaty the text has been about (no other treaty
    named in this sentence or the few before), dated by the date the noun phrase carries."""
    if match.mood != "fact":
        return
    state = next((m for m in view.of(STATE) if m.end == match.start), None)
    treaty = _only(ctx, view, match.start, TREATY_CLASSES)
    if state is None or treaty is None or any(m.start >= match.end for m in view.of(TREATY_CLASSES)):
        return  # "Chile's ratification was the first of the charter": a treaty named later decides
    kind = match.text.rsplit(None, 1)[-1].lower()
    key = KEYS.action(state.key, treaty.key, kind)
    s, e = _span(state, match)
    _treaty_action(ctx, view, key, _POSSESSED_KINDS[kind], state.key, treaty.key, kind, s, e)
    _dated(ctx, view, key, _date(view, match), s, e)


# "the Cairo daily", "a Lagos newspaper": a place naming where an outlet is, never an actor
_MEDIA_AFTER = re.compile(
    r"\s+(?:daily|dailies|newspapers?|paper|weekly|tabloid|broadcaster|radio|television|magazine|press)\b", _T
)


# ---------------------------------------------------------------------------- organisations


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
    if org is not None and _ORG_MODIFIES.match(view.text, org.end, view.end):
        return
    if state is None or org is None or match.mood in ("negated",):
        return
    if match.mood == "intention":
        s, e = _span(state, org, match)
        _intention(ctx, view, match, state.key, org.key, s, e)
        return
    _org_event(ctx, view, match, state, org, match.frame.kind)
    if match.mood == "fact" and not _NOMINAL.match(match.text):
        _second_org(ctx, view, match, state, org)


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
    r"officially|subsequently|simultaneously)\s+)*"
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
    _dated(ctx, view, key, date, s, e)


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


# "expelled from the Council of Europe by a decision of the Committee of Ministers on 16 March
# 2022": the decision's date is the event's
_BY_DECISION = re.compile(
    r"\s+by\s+(?:a|the)\s+(?:decision|resolution|vote)\s+of\s+(?:the|its)\s+[^,;.()]{1,60}?\s+(?:on|in)\s+",
    _T,
)


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
        ):
            org = None  # "a report on the AU suspended Mali": not the subject
    else:  # "Russia was expelled from the CoE", "Russia's expulsion from the Council"
        org = _from_org(view, match.end) if strict else view.after(match.end, IGO, within=25)
        state = view.before(match.start, STATE, within=20)
        if state is None and _IT_WAS.fullmatch(view.text, view.start, match.start):
            state = _only(ctx, view, match.start, STATE)  # "It was expelled from the Council"
        if strict and state is not None and not _SUSPENDED_STATE.fullmatch(view.text, state.end, match.start):
            state = None
    if org is None or state is None:
        return
    _org_event(ctx, view, match, state, org, kind)
    if state_after is not None and member_of is None:
        key = KEYS.org_event(state.key, org.key, kind)
        ctx.claim(key, TG.agent, org.key, view, org.start, state.end)


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


# ---------------------------------------------------------------------------- a treaty's own events

# "after the twentieth ratification", "once 20 states had ratified it"
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
}  # fmt: skip
_CARDINALS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_COUNT = re.compile(
    r"\b(?:after|following|upon|on|with|once)\s+"
    # "after Costa Rica deposited the tenth instrument"
    r"(?:(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*|of|and|the)){0,4}\s+(?:deposited|lodged)\s+)?"
    r"(?:the\s+)?"
    r"(?:(?P<ord>\d+(?:st|nd|rd|th)|"
    + "|".join(_ORDINALS)
    + r")\s+(?P<what>ratifications?|accessions?|instruments?)"
    r"|(?P<n>\d+|"
    + "|".join(_CARDINALS)
    + r")\s+(?P<what2>ratifications|states|countries|parties|instruments))\b",
    _T,
)


def _treaty_event(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    if match.mood != "fact" and not (match.mood == "hypothetical" and _past_subordinate(view, match)):
        return
    if match.frame.name == "took-effect-for" and any(
        m.frame.kind == "denunciation" and m.start < match.start for m in matches
    ):
        return  # "the withdrawal from the statute took effect for Burundi": the departure's effect
    if match.text.lower() == "adopts" and not _CHRONOLOGY_LINE.match(
        view.text, view.text.rfind("\n", 0, match.start) + 1, match.start
    ):
        return  # "the assembly adopts resolutions": what a body does, no event
    treaty = slot(ctx, view, match, "treaty")
    if treaty is not None:
        _treaty_event_of(ctx, view, match, treaty)
        return
    shared = (
        _shared_subject(ctx, view, match, matches)
        or _subordinate_it(view, match)
        or _fronted(view, match)
        or _timeline_topic(ctx, view, match)
        or _answer_it(ctx, view, match)
        or _body_statute(ctx, view, match)
    )
    if shared is not None:  # "It was adopted on 10 November 1994 and opened for signature on ..."
        _treaty_event_of(ctx, view, match, shared)
        return
    for named in _plural_treaties(ctx, view, match):  # "both conventions will enter into force"
        _treaty_event_of(ctx, view, match, named)


# "when it was opened for signature", "after it entered into force": "it" opening a subordinate
# clause, the subject of a treaty's own event, which only a treaty can undergo
_SUBORDINATE_IT = re.compile(
    r"\b(?:when|after|once|before|until|since|as|because)\s+it\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?$", _T
)


def _subordinate_it(view: View, match: Match) -> Mention | None:
    """The treaty named last before "it" in the sentence: "Turkey was the first to sign the
    convention, when it was opened for signature on 11 May 2011"."""
    if _SUBORDINATE_IT.search(view.text, view.start, match.start) is None or not _PAST_TRIGGER.match(
        match.text
    ):
        return None  # "when it enters into force next year": a forecast
    return view.before(match.start, TREATY_CLASSES, within=200)


# "Adopted by the Committee of Ministers on 17 May 2024, the Framework Convention is ...": a
# participle opening the sentence, its subject the treaty that opens the main clause
_MAIN_CLAUSE = re.compile(r"[^,;:]*,\s*", _T)
_DETERMINER = re.compile(r"(?:(?:the|this|that)\s+)?", _T)


def _fronted(view: View, match: Match) -> Mention | None:
    """The treaty opening the main clause after a participle phrase that opens the sentence."""
    if view.text[view.start : match.start].strip() or not match.text[:1].isupper():
        return None
    clause = _MAIN_CLAUSE.match(view.text, match.end, view.end)
    if clause is None:
        return None
    determiner = _DETERMINER.match(view.text, clause.end())
    opening = determiner.end() if determiner is not None else clause.end()
    return next(
        (m for m in view.mentions if m.start in (clause.end(), opening) and m.cls in TREATY_CLASSES), None
    )


# "1951 – entered into force on 12 January": a timeline's line opening with the trigger, its
# subject the treaty the whole text is about
_TIMELINE_OPENING = re.compile(r"\s*(?:[-•*]\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s*[–—:-]\s+$")


def _timeline_topic(ctx: Context, view: View, match: Match) -> Mention | None:
    line = view.text.rfind("\n", 0, match.start) + 1
    if not _TIMELINE_OPENING.fullmatch(view.text, line, match.start):
        return None
    return _topic(ctx, view, match.start)


# "Helga Mbeki-Sorensen: It was adopted in Geneva on 21 June 2019": an answer in a transcript,
# opening with "It" after its speaker's name
_ANSWER_IT = re.compile(
    r"\s*(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3}:\s+It\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?"
)


def _answer_it(ctx: Context, view: View, match: Match) -> Mention | None:
    """The treaty the text is about, for "It" opening an answer, where the sentences before name
    no other treaty."""
    if not _ANSWER_IT.fullmatch(view.text, view.start, match.start):
        return None
    return _topic(ctx, view, match.start)


# "before its statute entered into force", "The court's founding treaty came into force": the
# treaty that establishes a court named just before
_BODY_STATUTE = re.compile(
    r"\b(?P<whose>its|the\s+court's|the\s+tribunal's)\s+(?:founding\s+)?(?:statute|founding\s+treaty)\s+"
    r"(?:has\s+|had\s+)?$",
    _T,
)


def _body_statute(ctx: Context, view: View, match: Match) -> Mention | None:
    """The treaty establishing the court named last in this sentence or the two before, where the
    document also names that treaty."""
    lead = _BODY_STATUTE.search(view.text, view.start, match.start)
    if lead is None:
        return None
    first = ctx.document.sentences[max(0, view.sentence.index - 2)].start
    courts = [m for m in ctx.mentions if first <= m.start and m.end <= lead.start() and m.cls == TG.Court]
    if not courts:
        return None
    treaty = _establishing(ctx, courts[-1].key)
    if treaty is None or not any(m.key == treaty for m in ctx.mentions):
        return None
    words = view.text[lead.start() : lead.end()].rstrip()
    return Mention(
        treaty, TG.Treaty, ctx.name(treaty), lead.start(), lead.start() + len(words), words, True, "court"
    )


# "cannot try crimes committed before its statute entered into force on 1 July 2002": a past
# tense in a clause of time states a fact, whatever the modal of the clause it depends on
_PAST_TRIGGER = re.compile(r"(?:\w+ed|came|was|were)\b", _T)
_TIME_CLAUSE = re.compile(r"\b(?:before|after|since|when|until)\s+(?:[\w'-]+\s+){1,6}$", _T)


def _past_subordinate(view: View, match: Match) -> bool:
    return bool(_PAST_TRIGGER.match(match.text)) and bool(
        _TIME_CLAUSE.search(view.text, max(view.start, match.start - 60), match.start)
    )


# Between two coordinated events of one treaty: the first one's own words, then "and", with no
# subject of its own for the second ("was adopted by the Assembly on 4 March and opened for ...")
_COORDINATED_EVENT = re.compile(r"[^;:]*?(?:,\s*|\s+)and\s+(?:was\s+|were\s+|then\s+|later\s+)*", _T)


def _shared_subject(ctx: Context, view: View, match: Match, matches: list[Match]) -> Mention | None:
    """The treaty of an earlier event of the sentence whose subject the trigger shares: "It was
    adopted ... and opened for signature on 1 February 1995" (never across another treaty or a
    state, which would be a subject of their own)."""
    for earlier in reversed([m for m in matches if m.end <= match.start]):
        if earlier.frame.shape != "treaty-event" or earlier.mood != "fact":
            continue
        if not _COORDINATED_EVENT.fullmatch(view.text, earlier.end, match.start):
            return None
        if any(
            earlier.end <= m.start and m.end <= match.start and (m.cls in TREATY_CLASSES or m.cls == TG.State)
            for m in view.mentions
        ):
            return None
        return slot(ctx, view, earlier, "treaty")
    return None


# "both conventions", "the two Covenants", "the Covenants": treaties named together before, as the
# subject of the trigger
_PLURAL_TREATIES = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but)\s+)(?P<det>both|the\s+two|the|these|those|all\s+three|the\s+three)\s+"
    r"(?P<head>conventions|covenants|protocols|charters|treaties)\s+"
    r"(?:(?:have|has|had|were|are|will|would|then|also|both|each|all|only|finally|now)\s+)*$",
    _T,
)
_PLURAL_COUNT = {"both": 2, "the two": 2, "all three": 3, "the three": 3}
# How many sentences back the treaties may have been named together
_PLURAL_REACH = 8


def _plural_treaties(ctx: Context, view: View, match: Match) -> list[Mention]:
    """The treaties a plural subject stands for: those named together in the nearest sentence
    before (or in this one) that names at least two treaties of that kind, and exactly as many
    as "both" or "the two" say."""
    lead = _PLURAL_TREATIES.search(view.text[view.start : match.start])
    if lead is None:
        return []
    lead_start = view.start + lead.start()
    det = re.sub(r"\s+", " ", lead.group("det").lower())
    head = lead.group("head").lower()[:-1].replace("treatie", "")
    index = view.sentence.index
    for sentence in reversed(ctx.document.sentences[max(0, index - _PLURAL_REACH) : index + 1]):
        end = min(sentence.end, lead_start)
        found: dict[str, Mention] = {}
        for m in ctx.mentions:
            inside = sentence.start <= m.start and m.end <= end and m.cls in TREATY_CLASSES
            if inside and head in ctx.name(m.key).lower() and m.key not in found:
                found[m.key] = m
        if len(found) >= 2:
            wanted = _PLURAL_COUNT.get(det)
            return list(found.values()) if wanted in (None, len(found)) else []
    return []


def _treaty_event_of(ctx: Context, view: View, match: Match, treaty: Mention) -> None:
    frame = match.frame
    s, e = min(treaty.start, match.start), max(match.end, treaty.end)
    if treaty.start < 0:  # the treaty the text is about, named elsewhere
        s, e = match.start, match.end
    agent = slot(ctx, view, match, "agent") if "agent" in frame.slots else None
    if agent is not None:
        e = agent.end
    for_state = slot(ctx, view, match, "state") if "state" in frame.slots else None
    if for_state is None and "state" in frame.slots and _FOR_THE_COUNTRY.match(view.text, match.end):
        # "will enter into force for the country on 1 November": the state named last, never
        # the treaty's own entry into force
        for_state = last_state(ctx, view, match.start)
        if for_state is None:
            return
    date = _date(view, match)
    if frame.name == "in-force-since":  # "in force since 1985": the date the words count from
        if not treaty.known:
            return  # an aside on a treaty the text does not name in full ("Protocol No. 6")
        date = next((d for d in view.dates if re.fullmatch(r"\s+", view.text[match.end : d.start])), None)
    if date is None and _FUTURE.match(match.text):
        return  # "will enter into force on the first day of the month after ...": a rule, no date
    if date is None:  # "twenty years to the day after the statute was adopted"
        date = to_the_day(view.text, treaty.start, [d for d in view.dates if d.end <= treaty.start])
    if date is None and for_state is None:
        # "a year after the Covenant enters into force for it", "since the statute was adopted":
        # a treaty's own event the sentence leaves undated is a condition or an aside, no event
        return
    if for_state is not None:  # "entered into force for Peru on ...": the state's own
        key = KEYS.action(for_state.key, treaty.key, frame.kind)
        label = f"Entry into force of the {ctx.name(treaty.key)} for {ctx.name(for_state.key)}"
        e = max(e, for_state.end)
        ctx.node(key, frame.cls, label, view, s, e)
        ctx.claim(key, TG.state, for_state.key, view, s, e)
    else:
        key = KEYS.treaty_event(treaty.key, frame.kind)
        ctx.node(key, frame.cls, f"{_TREATY_NOUNS[frame.kind]} of the {ctx.name(treaty.key)}", view, s, e)
    ctx.claim(key, TG.treaty, treaty.key, view, s, e)
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)
    if frame.kind == "entry-into-force":
        _ratification_count(ctx, view, match, key, treaty.key)


_FUTURE = re.compile(r"will|is\b", _T)
# a chronology's line: "- 2 April 2013 – ", "2 April 2013: "
_CHRONOLOGY_LINE = re.compile(r"\s*(?:[-•*]\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s*[–—:-]\s+[^\n]*$")
_FOR_THE_COUNTRY = re.compile(
    r"\s+for\s+(?:the|this|that)\s+(?:country|kingdom|republic|nation|state|principality|island)\b", _T
)
_TREATY_NOUNS = {
    "entry-into-force": "Entry into force",
    "adoption": "Adoption",
    "opening-for-signature": "Opening for signature",
}


def _ratification_count(ctx: Context, view: View, match: Match, event: str, treaty: str) -> None:
    """ "Entered into force ... after the twentieth ratification": how many it took."""
    count = _COUNT.search(view.text, match.end, min(view.end, match.end + 120))
    if count is None:
        return
    if count.group("ord"):
        word = count.group("ord").lower()
        n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        what = count.group("what").lower()
    else:
        word = count.group("n").lower()
        n = _CARDINALS.get(word) or int(word)
        what = count.group("what2").lower()
    counts = "accessions" if what.startswith("accession") else "ratifications"
    key = KEYS.quantity(treaty.rsplit("/", 1)[-1], counts, "entry-into-force")
    s, e = match.start, count.end()
    ctx.node(
        key,
        TG.Quantity,
        f"{counts.capitalize()} for the entry into force of the {ctx.name(treaty)}",
        view,
        s,
        e,
    )
    ctx.claim(key, TG.quantityOf, treaty, view, s, e)
    ctx.claim(key, TG.counts, Value(counts), view, s, e)
    ctx.claim(key, SCHEMA.value, Value(str(n), XSD.integer), view, s, e)
    ctx.claim(key, TG.about, event, view, s, e)


# ---------------------------------------------------------------------------- domestic steps

_PURPOSES = ("denunciation", "ratification", "accession")
# "voted 265 to 1", "by 120 votes to 5", "by a vote of 46-0"
_VOTE = re.compile(
    r"\s+(?:(?:by|with)\s+)?(?:a\s+vote\s+of\s+)?(?P<for>\d{1,4})\s*(?:votes?\s+)?(?:to|-|–|against)\s*(?P<against>\d{1,4})\b",
    _T,
)


_COUNTED = re.compile(r"\d[\d,]*\s+$")
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
    vote = _VOTE.match(view.text, match.end, view.end)
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
# The executive as the subject of a step: "the government submitted", "the cabinet approved"
_EXECUTIVE_SUBJECT = re.compile(
    r"\b(?:government|cabinet|council\s+of\s+ministers|executive|administration)['\u2019]?s?\s+"
    r"(?:(?:has|had|have|then|also|formally|finally|today|yesterday|quickly|duly)\s+)*$",
    _T,
)
# A legislature by its common noun, as the subject right before a step's verb ("the Senate
# approved", "Parliament has voted", "the lower house on Tuesday endorsed")
_LEGISLATURE_SUBJECT = re.compile(
    r"(?<![\w'-])(?:the\s+)?(?P<noun>parliament|congress|senate|legislature|national\s+assembly|"
    r"chamber\s+of\s+deputies|house\s+of\s+representatives)\s+"
    r"(?:(?:has|had|have|then|also|formally|finally|today|yesterday|unanimously|overwhelmingly|"
    r"on\s+\w+(?:\s+\d{1,2})?|in\s+\w+)\s+)*$",
    _T,
)


def _chamber_subject(ctx: Context, view: View, pos: int) -> Mention | None:
    """The legislature named by its common noun as the subject of the verb at ``pos``."""
    found = _LEGISLATURE_SUBJECT.search(view.text, view.start, pos)
    if found is None or view.before(pos, ORG_CLASSES, within=pos - found.start()) is not None:
        return None
    return _common_chamber(ctx, view, found.start())


def _common_chamber(ctx: Context, view: View, pos: int) -> Mention | None:
    """ "(to) the Senate", "parliament": the one legislature of that name the text named before,
    else the legislature of the state the text places it in; nothing where no one state is
    named (a senate is always some state's own)."""
    named = _LEGISLATURE.match(view.text, pos, view.end)
    if named is None:
        return None
    chamber = _chamber_before(ctx, named.group(0), pos)
    if chamber is not None:
        return chamber
    state = _chamber_state(ctx, view, pos)
    if state is None:
        return None
    noun = re.sub(r"^the\s+", "", named.group(0), flags=re.I)
    head = " ".join(w[:1].upper() + w[1:].lower() for w in noun.split())
    label = f"{head} of {ctx.name(state)}"
    key = KEYS.legislature(head, ctx.name(state)).key
    start = named.end() - len(noun)
    ctx.node(key, TG.NationalBody, label, view, start, named.end())
    return Mention(key, TG.NationalBody, label, start, named.end(), noun, False, "chamber")


def _chamber_state(ctx: Context, view: View, pos: int) -> str | None:
    """The state whose legislature a common noun at ``pos`` names: the one state this sentence
    names before it ("In Argentina, the Senate approved"), else the one the text named in the
    few sentences before; nothing where several are."""
    before = {m.key for m in view.of(STATE) if m.end <= pos and not in_dateline(ctx, m)}
    if before:
        return before.pop() if len(before) == 1 else None
    only = _only(ctx, view, pos, STATE)
    return only.key if only is not None else None


def _chamber_named(view: View, pos: int) -> bool:
    """Whether a legislature by its common noun is the subject of the verb at ``pos``."""
    found = _LEGISLATURE_SUBJECT.search(view.text, view.start, pos)
    return found is not None and view.before(pos, ORG_CLASSES, within=pos - found.start()) is None


def _step(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A domestic step towards a treaty action: who took it, when, and the act it serves ("a
    bill to denounce the convention", "a law withdrawing Russia from the ECPT")."""
    if match.mood != "fact":
        return
    frame = match.frame
    if frame.kind == "approval" and _COUNTED.search(view.text, view.start, match.start):
        return  # "by 134 votes to 37" counts the vote; it is no vote of its own
    if frame.kind == "approval" and _rejected(view, match):
        return  # "voted against ratification", "voted down the bill", "voted 40 to 57"
    agent = slot(ctx, view, match, "agent")
    if frame.kind == "approval" and (agent is None or agent.cls != TG.NationalBody):
        # "the Senate approved", "MPs voted": a legislature by its common noun or its members;
        # a cabinet or a ministry approving a bill is no vote of parliament
        if _EXECUTIVE_SUBJECT.search(view.text, view.start, match.start):
            return
        chamber = _chamber_subject(ctx, view, match.start)
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
            _decree(ctx, view, match, agent)
        bare = _BARE_PURPOSE.match(view.text, match.end, view.end)
        if bare is not None and frame.kind == "approval":
            _bare_approval(ctx, view, match, agent, bare)
        join = _JOIN.match(view.text, match.end, view.end)
        if join is not None and frame.kind == "approval":
            _join_approval(ctx, view, match, agent, join.end())
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
        sole = _sole_state(ctx)
        if sole is not None:
            others = [t for t in match.starts if t != purpose.start]
            date = _step_date(ctx, view, view.date_for(match.start, match.end, others), match.start)
            _procedure_step(ctx, view, match, agent, treaty, None, date, sole)
        return
    if state is None:
        return
    if agent is None and government:  # "the government submitted a bill": the state's own act
        agent = Mention(state, TG.State, ctx.name(state), match.start, match.start, "", True, "government")
    action = KEYS.action(state, treaty.key, kind)
    step = frame.kind
    if step == "approval":
        step = _approval_key(ctx, action, agent)
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
            body = _common_chamber(ctx, view, match.end + to.end())
        if body is not None:
            ctx.claim(key, TG.submittedTo, body.key, view, s, max(e, body.end))
    if frame.kind == "approval":
        vote = _VOTE.match(view.text, match.end, view.end)
        if vote is not None:
            ve = max(e, vote.end())
            ctx.claim(key, TG.votesFor, Value(vote.group("for"), XSD.integer), view, s, ve)
            ctx.claim(key, TG.votesAgainst, Value(vote.group("against"), XSD.integer), view, s, ve)
    # the act the step serves is no other event: its date may follow it ("voted to withdraw ... on")
    others = [t for t in match.starts if t != purpose.start]
    date = _step_date(ctx, view, view.date_for(match.start, match.end, others), match.start)
    _dated(ctx, view, key, date, s, e)


# "President Lula promulgated it by decree": the treaty the decree puts into domestic law
_PROMULGATED = re.compile(
    r"\b(?:promulgated|promulgates|enacted|enacts|approved|approves)(?=\s+(?:it|the)\b)", _T
)
# "a decree approving the accession of Peru to the treaty", "a bill on the withdrawal of Burundi
# from the statute": the act as a noun with its state, where no verb names it
_ACT_NOUN = re.compile(
    r"[^;:.()]{0,40}?\b(?:the|its|their)\s+(?P<kind>ratification|accession|withdrawal|denunciation)\s+"
    r"(?:of|by)\s+",
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
    step = _approval_key(ctx, action, agent) if frame.kind == "approval" else frame.kind
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
    first = ctx.document.sentences[max(0, view.sentence.index - 2)].start
    steps = [
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type
        and c.object in {Ref(x) for x in _STEP_CLASSES}
        and first <= c.evidence.start < match.start
    ]
    supers = [
        c.object.key
        for c in ctx.claims
        if steps
        and c.subject.key == steps[-1]
        and c.predicate == SCHEMA.superEvent
        and isinstance(c.object, Ref)
    ]
    if not supers:
        return False
    action = supers[0]
    key = action.replace("action/", "event/", 1) + "-law"
    if key == action:
        key = f"{action}-law"
    s, e = _span(agent, match)
    ctx.node(key, match.frame.cls, f"{match.frame.label} ({ctx.name(action)})", view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _dated(ctx, view, key, date, s, e)
    return True


# "The Verkhovna Rada voted for ratification on 21 August": the act named by a bare noun, of the
# one treaty and the one state the text has been about
_BARE_PURPOSE = re.compile(
    r"\s+(?:(?:unanimously|overwhelmingly)\s+)?(?:(?:for|in\s+favou?r\s+of|approving|endorsing)\s+)?"
    r"(?P<kind>ratification|accession)\b"
    r"(?!\s+(?:of|to)\b)",
    _T,
)


def _bare_approval(
    ctx: Context, view: View, match: Match, agent: Mention | None, bare: re.Match[str]
) -> None:
    treaty = _only(ctx, view, match.start, TREATY_CLASSES) or _sole_treaty(ctx, match.start)
    state_m = _only(ctx, view, match.start, STATE)
    state = state_m.key if state_m is not None else _state_of_body(ctx, agent) or _sole_state(ctx)
    if treaty is None or state is None:
        return
    kind = bare.group("kind").lower()
    action = KEYS.action(state, treaty.key, kind)
    key = KEYS.step(state, treaty.key, kind, _approval_key(ctx, action, agent))
    s, e = (agent.start if agent is not None else match.start), bare.end()
    label = f"{match.frame.label} the {kind} of the {ctx.name(treaty.key)} by {ctx.name(state)}"
    ctx.node(key, match.frame.cls, label, view, s, e)
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _treaty_action(ctx, view, action, getattr(TG, kind.capitalize()), state, treaty.key, kind, s, e)
    _dated(ctx, view, key, _step_date(ctx, view, _date(view, match), match.start), s, e)


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


def _decree(ctx: Context, view: View, match: Match, agent: Mention) -> None:
    """ "Declared martial law by decree on 24 February": a dated decree that serves no treaty
    act named in the sentence is a step of its own."""
    date = _date(view, match)
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
    clause is read against the document's date instead (nothing where it has none)."""
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


_OF_STATE = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w' -]+)$")


def _state_named_in(ctx: Context, name: str) -> str | None:
    """The one state a body's name ends with ("... of Ecuador") or opens with its adjective."""
    of = _OF_STATE.search(name)
    if of is not None:
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


def _approval_key(ctx: Context, action: str, body: Mention | None) -> str:
    """The registry's step for this body's vote on this act, if it has one
    (``event/rus-cets-126-denunciation-duma-approval``); else the body's slug."""
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


_HEAD_OF = re.compile(r"\s+(?:to\s+|with\s+)?(?:the\s+)?Secretary[- ]General\s+of\s+(?:the\s+)?", _T)
# "notified the Secretary-General of the Organization of American States of its decision to
# withdraw": the depositary's long title, then what it is told, in one clause
_NOTIFIED_OF = re.compile(r"[^,;:.()]*?\bof\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}", _T)
# "that it is derogating from", "a derogation under": suspending obligations, not leaving
_DEROGATION = re.compile(r"\bderogat\w*", _T)
# "receives a written notification", "by notification": a notice of no one in particular
_INDEFINITE = re.compile(r"\b(?:an?|any|by|upon|on)\s+$", _T)
# Notices that name no act: what they notify is what the document last said the state is doing
_BARE_NOTICE = re.compile(r"notice|instrument|notification", _T)


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
    leaving = next(
        (
            p
            for p in matches
            if p.frame.name == "denunciation"
            and (
                0 <= p.start - match.end <= 80
                or 0 <= p.start - told <= 80
                or (0 <= p.start - match.end <= 140 and _NOTIFIED_OF.fullmatch(view.text, match.end, p.start))
            )
        ),
        None,
    )
    states_leaving = bool(re.search(r"withdraw|denunc", match.text, _T)) or leaving is not None
    derogation = _DEROGATION.search(view.text, match.end, min(view.end, match.end + 120))
    named = view.after(match.end, TREATY_CLASSES, within=120)
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
            if target is None and state is not None:
                target = next((t for t, st in ctx.denouncing.items() if st == state.key), None)
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
    others = [t for t in match.starts if leaving is None or t != leaving.start]
    date = view.date_for(match.start, match.end, others)
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


_NOTIFIED = {
    "denunciation": "denunciation of",
    "declaration-withdrawal": "withdrawal of a declaration under",
    "derogation": "derogation from",
    "declaration": "declaration accepting a jurisdiction under",
    "reservation-withdrawal": "withdrawal of reservations to",
}
# What a declaration accepts: a jurisdiction or a competence, or a court or committee named
_JURISDICTION = re.compile(r"\b(?:jurisdiction|competence)\b", _T)


def _declaration(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Deposited its declaration recognising the jurisdiction of the court with the OAS
    General Secretariat": a notification to the depositary, under the treaty that sets up the
    court or committee (a declaration that accepts nothing named is no such step)."""
    if match.mood != "fact":
        return
    rest = view.text[match.end : view.end]
    bodies = [b for b in view.of((TG.Court, TG.MonitoringBody)) if b.start >= match.end]
    passive = not _ACTIVE_DECLARATION.match(match.text)
    # "The declaration of recognition was deposited ...": what it recognises, the sentences before say
    earlier = referent(ctx, view, match.start, (TG.Court, TG.MonitoringBody)) if passive else None
    if not _JURISDICTION.search(rest) and not bodies and earlier is None:
        return
    state = _only(ctx, view, match.start, STATE) if passive else slot(ctx, view, match, "state")
    if state is None:
        return
    target = _declaration_target(ctx, view, match.end, state.key)
    if target is None and earlier is not None:
        target = _establishing(ctx, earlier.key) or _monitored(ctx, earlier.key)
    if target is None:
        return
    depositary = slot(ctx, view, match, "depositary")
    s, e = _span(state if state.start >= view.start else None, match, depositary)
    ctx.leaving = ("declaration", state.key, target)
    _notification_node(ctx, view, state.key, target, "declaration", depositary, _date(view, match), s, e)


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
    return ctx.last_denunciation


def _effect(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    here = [p for p in matches if p.frame.name in ("denunciation", "notification") and p.start < match.start]
    target = _effect_target(ctx, view, match, here)
    if target is None:
        return
    text = view.text
    date = next(
        (
            d
            for d in view.dates
            if 0 <= d.start - match.end <= 50 and _EFFECT_GAP.fullmatch(text, match.end, d.start)
        ),
        None,
    )
    if date is not None and (here or _LEAVE_BEFORE.search(text, view.start, match.start)):
        value = Value(date.value, date.datatype)
        group = ctx.org_withdrawal_group if target in ctx.org_withdrawal_group else (target,)
        for each in group:  # "they announced their departure ...; the withdrawal took effect on D"
            ctx.claim(each, TG.effectiveDate, value, view, match.start, date.end, date_note=date.note)
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


# ---------------------------------------------------------------------------- relations


def _relation(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A state's standing towards a treaty ("is a party to", "is not a party to", "remains
    outside the court") or its succession to another state."""
    frame = match.frame
    if match.mood == "hypothetical" and (frame.predicate == TG.successorOf or not _presupposed(view, match)):
        return
    if frame.predicate == TG.successorOf:
        _successor(ctx, view, match)
        return
    lower = match.text.lower()
    if frame.name == "outside":
        _outside(ctx, view, match)
        return
    if lower.startswith("become") and not _PERFECT_BEFORE.search(view.text, view.start, match.start):
        return  # "became a party in 1998" is the ratification, told in the past
    if lower.startswith("and") and not _DESCRIBED.search(view.text, view.start, match.start):
        return
    states = _party_subjects(ctx, view, match)
    if not states:
        return
    if "intend" in lower:  # "informs the depositary that it does not intend to become a party"
        _not_intending(ctx, view, match, states)
        return
    if (
        frame.name != "party-among"
        and not re.search(r"\bto$|\bby$|\bin$", lower)
        and not re.search(r"\bpart(?:y|ies)\s+to\b", view.text[view.start : match.start], _T)
    ):
        return  # "remains one" stands for "a party" only after "a party to"
    negated = match.mood == "negated" or re.search(r"\b(?:not|no\s+longer|never|nor)\b", lower)
    if not negated and re.search(r"\bno longer\b", view.text[states[-1].end : match.start]):
        negated = True
    predicate = TG.notPartyTo if negated else TG.partyTo
    if len(states) == 1:  # "Norway, which ratified in 2000, and Iceland are parties to"
        states += _subjects_listed(view, states[0], match)
    treaties = _parties_to(ctx, view, match)
    if not treaties and frame.name == "party-among" and _CLAUSE_ENDS.match(view.text, match.end, view.end):
        # "are among the States parties.": the one treaty the text has been about
        only = _only(ctx, view, match.start, TREATY_CLASSES)
        treaties = [only] if only is not None else []
    for treaty in treaties:
        for state in states:
            s, e = min(state.start, treaty.start, match.start), max(treaty.end, match.end)
            ctx.claim(state.key, predicate, treaty.key, view, s, e)
    if predicate == TG.partyTo and len(treaties) == 1 and _ONLY.match(view.text, treaties[0].end, view.end):
        other = _counterpart(ctx, view, treaties[0])  # "parties to the protocol only"
        end = treaties[0].end
        for state in states:
            if other is not None:
                ctx.claim(state.key, TG.notPartyTo, other, view, min(state.start, match.start), end)


def _not_intending(ctx: Context, view: View, match: Match, states: list[Mention]) -> None:
    """ "It does not intend to become a party (to X)": not a party now, to the treaty named after
    the phrase, else the one treaty the sentences before name, else the one the text is about."""
    treaty = slot(ctx, view, match, "treaty") if match.text.lower().endswith((" to", " in")) else None
    key = treaty.key if treaty is not None else None
    if key is None:
        only = _only(ctx, view, match.start, TREATY_CLASSES)
        key = only.key if only is not None else dominant_treaty(ctx)
    if key is None or match.mood != "fact":
        return
    for state in states:
        ctx.claim(state.key, TG.notPartyTo, key, view, min(state.start, match.start), match.end)


_HAS_ORDINAL = re.compile(rf"the\s+{ORDINAL}(?![\w-])", _T)
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^,;:()]{0,60}$", _T)
# "deposited the eleventh ratification": the act counted, its instrument left unsaid
_ORDINAL_ACT = re.compile(rf"the\s+{ORDINAL}\s+(?P<kind>ratification|accession)\b", _T)
_ORDINAL_BEFORE = re.compile(rf"\bthe\s+{ORDINAL}\s+$", _T)


def _party_ordinal(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Fiji became the 160th state party to the convention", "making it the 123rd State Party
    to the court": the state is a party to the treaty, or to the treaty establishing the court."""
    if match.mood != "fact" or not _HAS_ORDINAL.match(match.text):
        return
    state = slot(ctx, view, match, "state")
    target = view.after(match.end, TREATY_CLASSES | {TG.Court}, within=6)
    if (
        state is None
        or target is None
        or not re.fullmatch(r"\s+(?:the\s+)?", view.text[match.end : target.start], _T)
    ):
        return
    treaty = target.key if target.cls in TREATY_CLASSES else _establishing(ctx, target.key)
    if treaty is None:
        return
    ctx.claim(state.key, TG.partyTo, treaty, view, min(state.start, match.start), target.end)


# "neither the covenant nor its protocol": the two treaties named after "neither"
_NEITHER_NOR = re.compile(r"\s+(?:the\s+|its\s+)?$|\s+nor\s+(?:the\s+|its\s+|their\s+)?$", _T)


def _party_neither(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "India, Malaysia and Lebanon have joined neither": each state is a party to neither of
    the two treaties, named after "neither ... nor" or, failing that, the only two named in this
    sentence and the one before it."""
    if match.mood != "fact":
        return
    state = slot(ctx, view, match, "state")
    if state is None:
        return
    after = [m for m in view.of(TREATY_CLASSES) if m.start >= match.end]
    if len(after) >= 2 and _NEITHER_NOR.fullmatch(view.text, match.end, after[0].start):
        treaties = after[:2] if _NEITHER_NOR.fullmatch(view.text, after[0].end, after[1].start) else []
    elif after and view.text[match.end : after[0].start].strip(" ,") not in (
        "",
        "of",
        "instrument",
        "treaty",
    ):
        treaties = []
    else:
        first = ctx.document.sentences[max(0, view.sentence.index - 1)].start
        named = [
            m for m in ctx.mentions if first <= m.start and m.end <= match.start and m.cls in TREATY_CLASSES
        ]
        keys = list(dict.fromkeys(m.key for m in named))
        treaties = [next(m for m in reversed(named) if m.key == k) for k in keys] if len(keys) == 2 else []
    if len({t.key for t in treaties}) != 2:
        return
    for other in [state, *_subjects_listed(view, state, match)]:
        for treaty in treaties:
            s, e = (
                min(other.start, match.start),
                max(match.end, treaty.end if treaty.start >= view.start else 0),
            )
            ctx.claim(other.key, TG.notPartyTo, treaty.key, view, s, e)


# the end of a clause, with at most a time adverb before it
_CLAUSE_ENDS = re.compile(r"(?:\s+(?:so\s+far|to\s+date|now|today|already))?\s*(?:[.;:!?]|$)", _T)
# "parties to the protocol only": to that treaty and not to the one it goes with
_ONLY = re.compile(r"\s+(?:only|alone)\b", _T)


def _counterpart(ctx: Context, view: View, treaty: Mention) -> str | None:
    """The one treaty named in this sentence or the one before that the registry links to
    ``treaty`` as its protocol or the treaty it supplements: what "only" sets it against."""
    linked = {
        (a, b)
        for predicate in (TG.supplements, SCHEMA.legislationAmends)
        for a, b in ctx.registry.linked(predicate)
    }
    first = ctx.document.sentences[max(0, view.sentence.index - 1)].start
    named = {
        m.key
        for m in ctx.mentions
        if first <= m.start and m.end <= view.end and m.cls in TREATY_CLASSES and m.key != treaty.key
    }
    partners = {k for k in named if (k, treaty.key) in linked or (treaty.key, k) in linked}
    return next(iter(partners)) if len(partners) == 1 else None


# "the former parties", "the new states parties", "the other parties": not the treaty's parties now
_NOT_ALL_PARTIES = re.compile(r"\b(?:former|new|newest|future|other|non|prospective|signatory)[\s-]*$", _T)
_LIST_VERB = re.compile(r"[^.;:()]{0,170}?\s(?:are|include|were|included)\s*:?\s+(?:the\s+)?", _T)


def _party_list(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "The five states parties so far are Ghana, Benin and Togo": each a party to the treaty.
    A list that is not all states ("the parties are the EU and Chile") says nothing."""
    if match.mood != "fact" or _NOT_ALL_PARTIES.search(view.text, view.start, match.start):
        return
    verb = _LIST_VERB.match(view.text, match.end, view.end)
    if verb is None:
        return
    states = _states_from(view, verb.end())
    treaty = slot(ctx, view, match, "treaty") or _only(ctx, view, match.start, TREATY_CLASSES)
    if treaty is None or len(states) < 2:
        return
    for state in states:
        ctx.claim(state.key, TG.partyTo, treaty.key, view, match.start, state.end)


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


# "has become a party to", "have now become parties to": a party now
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|thus\s+)?$", _T)
# "would remain a party to": whatever the condition, the state is a party now
_REMAIN = re.compile(r"\b(?:would|will|shall|should)\s+(?:still\s+)?remain\b", _T)
# "X is a member of the UN and a party to ...": the clause's verb gives the state both descriptions
_DESCRIBED = re.compile(
    r"\b(?:(?:would|will)\s+(?:still\s+)?remain|remains|remain|is|are)\s+(?:still\s+)?(?:a|an|the)\s+"
    r"[^;:.()]{2,80}?\s*$",
    _T,
)


def _presupposed(view: View, match: Match) -> bool:
    """ "If it withdrew, it would remain a party to the Convention": a state can remain only
    what it is, so the condition does not touch its standing now."""
    lead = view.text[max(view.start, match.start - 90) : match.end]
    return bool(_REMAIN.search(lead)) and not re.search(r"\b(?:not|no\s+longer)\b", lead, _T)


# "the three countries remain", "both states are", "they remain": the states named together last
_PLURAL_SUBJECT = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]ll|[Bb]oth|[Tt]hese|[Tt]hose)\s+(?:(?P<n>two|three|four|five|six|seven|\d+)\s+)?"
    r"(?:countries|states|governments|nations)"
    r"|\b(?:[Tt]hey|[Bb]oth|[Aa]ll\s+(?P<m>two|three|four|five|six|seven))(?:\s+of\s+them)?)"
    r"\s+(?:(?:still|now|already|all|both|therefore|thus|also|so)\s+)*$"
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


# "make Sudan a party (to the statute)": the state, then what it has not become
_MADE_PARTY = re.compile(r"\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)\b(?P<to>\s+to\b)?", _T)


def _not_made_party(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "The vote does not itself make Sudan a party (to the statute)": the state is not yet a
    party to the treaty named after "to", else to the one treaty the sentences before name."""
    if match.mood == "hypothetical":
        return
    state = view.after(match.end, STATE, within=4)
    if state is None:
        return
    party = _MADE_PARTY.match(view.text, state.end, view.end)
    if party is None:
        return
    if party.group("to"):
        treaty = view.after(party.end(), TREATY_CLASSES, within=6)
        keys = [treaty.key] if treaty is not None else []
    else:
        keys = list(dict.fromkeys(m.key for m in _treaties_named_before(ctx, view)))
    if len(keys) != 1:
        return
    ctx.claim(state.key, TG.notPartyTo, keys[0], view, match.start, party.end())


def _party_subjects(ctx: Context, view: View, match: Match) -> list[Mention]:
    """The states a party frame speaks of: the subject; "it" after "nor"; or, for a plural
    subject ("the three countries remain"), the states last named together before it."""
    if match.text.lower().startswith("nor"):
        state = last_state(ctx, view, match.start)
        return [state] if state is not None else []
    plural = _PLURAL_SUBJECT.search(view.text, view.start, match.start)
    if plural is not None:
        count = plural.group("n") or plural.group("m")
        group = _last_group(ctx, plural.start())
        wanted = int(count) if count and count.isdigit() else _NUMBERS.get((count or "").lower())
        if re.match(r"both|the\s+two\b", plural.group(0), _T):
            wanted = 2  # "Both states", "the two countries"
            if len(group) != 2:
                group = _two_named(ctx, view, plural.start())  # one named in each sentence
        if len(group) < 2 or (wanted is not None and len(group) != wanted):
            return []
        return group
    state = slot(ctx, view, match, "state")
    if state is None and match.text.lower().startswith("and") and _IT_OPENS.match(view.text, view.start):
        state = last_state(ctx, view, match.start)  # "It remains a member of X and a party to Y"
    return [state] if state is not None else []


_IT_OPENS = re.compile(r"\s*It\s+(?:(?:still|also|now)\s+)?(?:remains|is)\b")


def _two_named(ctx: Context, view: View, pos: int) -> list[Mention]:
    """The two states named in this sentence before ``pos`` and the two before it, when exactly
    two are ("South Africa's revocation ... The Gambia's rescission ... Both states")."""
    first = ctx.document.sentences[max(0, view.sentence.index - 2)].start
    found = [m for m in ctx.mentions if first <= m.start and m.end <= pos and m.cls in STATE]
    keys = list(dict.fromkeys(m.key for m in found))
    return [next(m for m in found if m.key == k) for k in keys] if len(keys) == 2 else []


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


def _outside(ctx: Context, view: View, match: Match) -> None:
    """ "Malaysia remains outside the court": not a party to the treaty, or to the one that
    establishes the court; "also remains outside it": the treaty the text is about."""
    state = slot(ctx, view, match, "state")
    target = view.after(match.end, TREATY_CLASSES | {TG.Court}, within=6)
    if target is None:
        found = slot(ctx, view, match, "treaty")
        target = _it_treaty(ctx, view, found) if found is not None else None
    if state is None or target is None:
        return
    treaty = target.key if target.cls in TREATY_CLASSES else _establishing(ctx, target.key)
    if treaty is None:
        return
    end = max(target.end, match.end)
    for other in [state, *_subjects_listed(view, state, match)]:  # "Tonga, Tuvalu and Kiribati remain"
        ctx.claim(other.key, TG.notPartyTo, treaty, view, min(other.start, match.start), end)


def _it_treaty(ctx: Context, view: View, found: Mention) -> Mention:
    """What "it" stands for when it is a treaty named in an earlier sentence: the treaty that
    sentence opens with, when it opens with one ("The protocol lets courts ask the Court about
    the Convention. The United Kingdom has not signed it": the protocol, not the Convention);
    else the treaty named last."""
    if found.start >= view.start:
        return found
    opening = _opening_subject(ctx, view, TREATY_CLASSES)
    return opening if opening is not None else found


# "Chile, a party to the statute since 2009, welcomed"; "Egypt, not a party to it, abstained";
# "Peru, itself a state party, ...": the state, a comma, then its standing
_APPOSED_STATE = re.compile(
    r"\s*,\s*(?:(?:now|also|already|long|still|itself)\s+)*(?P<neg>(?:not|not\s+yet|no\s+longer|never)\s+)?$",
    _T,
)


def _party_apposed(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A state's standing towards a treaty in apposition to its name: "Chile, a party to the
    Rome Statute since 2009, said"; "Egypt, not a party to the protocol, abstained". Only a
    comma and a negation may stand between the state and "a party": "Kenya, then a party",
    "the treaty, which a party to ..." say nothing of now."""
    if match.mood == "hypothetical":
        return
    state = view.before(match.start, STATE, within=40)
    if state is None:
        return
    glue = _APPOSED_STATE.fullmatch(view.text, state.end, match.start)
    treaty = slot(ctx, view, match, "treaty")
    if glue is None or treaty is None:
        return
    if not re.fullmatch(r"\s+(?:the\s+)?", view.text[match.end : treaty.start], _T):
        return
    predicate = TG.notPartyTo if glue.group("neg") else TG.partyTo
    ctx.claim(state.key, predicate, treaty.key, view, state.start, treaty.end)


# "As a successor state of the union, Montenegro ...": the state after the phrase
_AS_SUCCESSOR = re.compile(r"\b[Aa]s\s+(?:a|an|the)\s+(?:legal\s+)?$")


def _successor(ctx: Context, view: View, match: Match) -> None:
    """ "Montenegro, a successor state of the union"; "As a successor of X, Y ..."."""
    predecessor = slot(ctx, view, match, "predecessor")
    if predecessor is None:
        return
    state = None
    if _AS_SUCCESSOR.search(view.text, max(view.start, match.start - 20), match.start):
        comma = re.match(r"[^,;.]{0,40},\s*", view.text[predecessor.end : view.end])
        if comma is not None:
            state = view.after(predecessor.end + comma.end(), STATE, within=0)
    if state is None:
        state = slot(ctx, view, match, "state")
    if state is None or state.key == predecessor.key:
        return
    s, e = min(state.start, match.start), max(predecessor.end, state.end)
    ctx.claim(state.key, TG.successorOf, predecessor.key, view, s, e)


_PERFECT = re.compile(r"\b(?:has|have|had|is|are)\b", _T)
_PAST_NEGATION = re.compile(r"\b(?:did|was|were)\s+(?:not|never)\s+$|\bdidn't\s+$", _T)


def _not_party(
    ctx: Context, view: View, match: Match, state: Mention, treaty: Mention, s: int, e: int
) -> None:
    """ "Has not ratified", "is yet to join": the state is not a party. A simple past ("signed
    it in 1999 but never ratified it", "did not ratify") tells of a time that has ended, often
    before the article's own news, and says nothing of today."""
    lead = view.text[max(view.start, match.start - 40) : match.start]
    if _PAST_NEGATION.search(lead):
        return
    first = match.text.lower().split()[0]
    if (first.endswith("ed") or first in ("became", "joined")) and not _PERFECT.search(lead):
        return
    ctx.claim(state.key, TG.notPartyTo, treaty.key, view, s, e)


# "a party to the protocol and to the African Charter": the treaties joined to the first one
_AND_TREATY = re.compile(
    r"\s*(?:,\s*|\s+and\s+|\s+as\s+well\s+as\s+|,\s+and\s+)(?:to\s+|in\s+)?(?:the\s+)?$", _T
)
# "a party to both": the two treaties named just before
_BOTH = re.compile(r"\s+(?:both|both\s+of\s+them|the\s+two)\b", _T)


def _parties_to(ctx: Context, view: View, match: Match) -> list[Mention]:
    """The treaties a party frame names: its object and those joined to it ("to the protocol and
    to the Charter"); or, for "a party to both", the last two named before it in the sentence."""
    first = slot(ctx, view, match, "treaty")
    if first is not None and first.end <= match.start:  # "is not a party to it"
        first = _it_treaty(ctx, view, first)
        return [first] if first.start < view.start or first.end <= match.start else []
    if first is None:
        if _BOTH.match(view.text, match.end, view.end):
            named = list(dict.fromkeys(m.key for m in view.of(TREATY_CLASSES) if m.end <= match.start))
            if len(named) >= 2:
                return [next(m for m in view.of(TREATY_CLASSES) if m.key == k) for k in named[-2:]]
        return []
    found = [first]
    for m in view.of(TREATY_CLASSES):
        if m.start < found[-1].end:
            continue
        if not _AND_TREATY.fullmatch(view.text, found[-1].end, m.start):
            break
        if m.key not in {f.key for f in found}:
            found.append(m)
        else:
            found[-1] = m
    return found


# "created an international system to monitor prisons through the Committee ...": the body
# that works the system the treaty set up.
_SYSTEM_THROUGH = re.compile(
    r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:system|mechanism|framework|procedure|regime)\s+"
    r"(?:to|for)\s+[^,;:.—–()]{3,150}?\s+(?:through|via|by\s+means\s+of)\s+(?:the\s+)?",
    _T,
)


# "also created a committee of ten experts, the Committee against Torture": a description of
# the body, then its name
_DESCRIBED_BODY = re.compile(
    r"\s+(?:a|an|the)\s+[^,;:.()]{0,60}?\b(?:committee|subcommittee|body|court|commission|group|panel|"
    r"mechanism|council|assembly|tribunal|organ)\b[^,;:.()]{0,60}?(?:,|:|\s[—–]|\s-)\s+(?:the\s+)?",
    _T,
)
# What may stand between a treaty and its verb: an adverb or a relative pronoun; asides between
# commas or in parentheses are taken out first ("The ECPT, adopted by the Council of Europe in
# 1987, established ...")
_ASIDE = re.compile(r"\([^()]*\)|,[^,;:]*,")
_SUBJECT_GLUE = re.compile(
    r"\s*(?:,\s*(?=which\b|that\b))?(?:(?:also|has|have|had|which|that|itself|thereby|in\s+turn|formally|first|originally|later|"
    r"then|subsequently|both)\s+)*",
    _T,
)


def _treaty_subject(view: View, treaty: Mention, pos: int) -> bool:
    """The treaty is the subject of the verb at ``pos``: only asides and adverbs between them,
    no other actor ("Under the protocol, Ukraine set up ..." is the state's act)."""
    between = view.text[treaty.end : pos].removeprefix(")")  # an abbreviation in parentheses
    if _ALIAS_BEFORE.search(view.text, view.start, treaty.start):
        between = between.removeprefix(",")  # "The Protocol ..., known as the Maputo Protocol, supplements"
    rest = _ASIDE.sub("", between)
    return bool(_SUBJECT_GLUE.fullmatch(rest)) and "." not in between and ";" not in between


# "..., known as the Maputo Protocol,": an alias in apposition to the subject before it
_ALIAS_BEFORE = re.compile(
    r",\s+(?:(?:also|better|commonly|widely)\s+)?(?:known\s+as|called)\s+(?:the\s+)?$", _T
)


# "the Court, which the Convention established": the body, then a relative clause whose subject
# is the treaty
_OBJECT_RELATIVE = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|that)\s+(?:the\s+)?", _T)
_RELATIVE_ENDS = re.compile(r"(?:\s+in\s+\d{4})?\s*(?:[,.;)]|and\s+(?:which|that|whose)\b)", _T)


def _establishment(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    if match.mood != "fact":
        return
    treaty = slot(ctx, view, match, "treaty")
    if treaty is None or not _treaty_subject(view, treaty, match.start):
        return
    body = view.after(match.end + 1, ORG_CLASSES, within=5)
    if body is None:  # "The Court, which the Convention established and which ...": the body before
        before = view.before(treaty.start, ORG_CLASSES - TREATY_CLASSES, within=30)
        if (
            before is not None
            and _OBJECT_RELATIVE.fullmatch(view.text, before.end, treaty.start)
            and _RELATIVE_ENDS.match(view.text, match.end, view.end)
        ):
            body = before
    if body is None:
        system = _SYSTEM_THROUGH.match(view.text, match.end, view.end)
        described = _DESCRIBED_BODY.match(view.text, match.end, view.end)
        for found in (system, described):
            if found is not None and body is None:
                body = view.after(found.end(), ORG_CLASSES, within=0)
    if body is None or body.cls == TG.MediaOutlet:
        return
    s, e = min(treaty.start, body.start), max(body.end, match.end)
    ctx.claim(treaty.key, TG.establishes, body.key, view, s, e)


# "under article 28 of the covenant", "by Part IV of the Charter"
_PROVISION = re.compile(
    r"\s+(?:(?:the\s+)?(?:article|art\.|part|chapter|section|annex)\s+[\dIVXLC]+[\w()]*\s+of\s+)(?P<the>(?:the\s+)?)",
    _T,
)


def _established_by(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "The Human Rights Committee, set up under the Covenant": body first, treaty after."""
    if match.mood != "fact":
        return
    body = slot(ctx, view, match, "body")
    treaty = slot(ctx, view, match, "treaty")
    provision = _PROVISION.match(view.text, match.end, view.end)
    if treaty is None and provision is not None:  # the treaty's mention may hold its "the"
        treaty = next(
            (m for m in view.of(TREATY_CLASSES) if m.start in (provision.end(), provision.start("the"))), None
        )
    if body is None or treaty is None or body.cls in TREATY_CLASSES:
        return
    between = view.text[body.end : match.start]
    if len(between) > 40 or re.search(r"[.;]", between):
        return
    ctx.claim(treaty.key, TG.establishes, body.key, view, body.start, treaty.end)


def _monitors(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "The committee monitors implementation of the Covenant": a body and the treaty it
    supervises, in the present tense (a standing mandate, not one visit)."""
    if match.mood != "fact":
        return
    if _WHO.fullmatch(view.text, view.start, match.start):
        _who_monitors(ctx, view, match)
        return
    if re.fullmatch(r"\w+ing", match.text):  # "monitoring" alone: only after "charged with"
        if not _CHARGED.search(view.text, view.start, match.start):
            return
        body = _described_subject(view, match)
    else:
        body = slot(ctx, view, match, "body") or _described_subject(view, match)
    treaty = slot(ctx, view, match, "treaty")
    if body is None or treaty is None or body.cls in TREATY_CLASSES:
        return
    between = view.text[match.end : treaty.start]
    if re.search(r"[,;:]", between):
        return
    ctx.claim(body.key, TG.monitors, treaty.key, view, body.start, treaty.end)


# "The committee is the body that monitors", "GREVIO, the independent expert body that oversees",
# "The committee, which oversees", "The committee is charged with monitoring": the body, then
# what describes it, then the verb
_BODY_NOUN = r"(?:body|committee|organ|mechanism|court|commission|group|panel|experts|tribunal)"
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*|\s+)(?:(?:is|was|remains|acts\s+as|serves\s+as)\s+)?"
    rf"(?:(?:the|a|an|its)\s+(?:[^,;:.()]{{0,60}}?\s)?{_BODY_NOUN}\s+(?:(?:that|which|who)\s+)"
    r"|(?:which|that|who)\s+|(?:is\s+|are\s+)?(?:charged|tasked|entrusted|mandated)\s+with\s+|"
    r"(?:is\s+|are\s+)?responsible\s+for\s+)"
    r"(?:(?:also|now|still|independently|regularly)\s+)?$",
    _T,
)


_CHARGED = re.compile(r"\b(?:(?:charged|tasked|entrusted)\s+with|responsible\s+for)\s+$", _T)


def _described_subject(view: View, match: Match) -> Mention | None:
    """The body a monitoring verb is said of across a description of it ("X is the body that
    monitors", "X, the committee of experts which oversees", "X is tasked with monitoring")."""
    body = view.before(match.start, ORG_CLASSES - {TG.MediaOutlet}, within=120)
    if body is None or not _DESCRIBED_SUBJECT.fullmatch(view.text, body.end, match.start):
        return None
    return body


# "Who monitors it?", "Q: And who supervises the convention?": a question answered by the next line
_WHO = re.compile(
    r"[\s\-—–]*(?:[A-Z][\w.' -]{0,40}:\s+)?(?:(?:And|So|But|and|so|but)\s+)?"
    r"[Ww]ho\s+(?:(?:now|actually|then)\s+)?"
)
_ANSWER_OPENS = re.compile(
    r"[\s\-—–]*(?:(?:A|Answer)\s*:\s*)?(?:[A-Z][\w.' -]{0,40}:\s+)?(?:[Ii]t\s+is\s+)?(?:[Tt]he\s+)?"
)
_ANSWER_MORE = re.compile(
    r"\s*(?:,\s*|\s+)(?:(?:assisted|helped|advised)\s+by|together\s+with|with\s+the\s+help\s+of|and)\s+"
    r"(?:the\s+|an?\s+)?",
    _T,
)


def _who_monitors(ctx: Context, view: View, match: Match) -> None:
    """ "Who monitors it? The Committee of Ministers, assisted by the Advisory Committee": the
    bodies the next sentence opens with monitor the treaty the question names (or "it")."""
    found = _treaty_asked(ctx, view, match)
    if found is None or not re.match(r"[^.;:]*\?", view.text[match.end : view.end]):
        return
    index = view.sentence.index
    if index + 1 >= len(ctx.document.sentences):
        return
    answer = ctx.document.sentences[index + 1]
    bodies = ORG_CLASSES - {TG.MediaOutlet}
    named = [m for m in ctx.mentions if answer.start <= m.start < answer.end and m.cls in bodies]
    if not named or not _ANSWER_OPENS.fullmatch(ctx.text, answer.start, named[0].start):
        return
    out = [named[0]]
    for m in named[1:]:
        if not _ANSWER_MORE.fullmatch(ctx.text, out[-1].end, m.start):
            break
        out.append(m)
    for body in out:
        ctx.claim(body.key, TG.monitors, found.key, view, view.start, body.end)


def _treaty_asked(ctx: Context, view: View, match: Match) -> Mention | None:
    """The treaty a question names right after its verb, or the one "it" stands for."""
    named = view.after(match.end, TREATY_CLASSES, within=8)
    if named is not None:
        return named
    it = re.match(r"\s+it\s*\?", view.text[match.end : view.end])
    if it is None:
        return None
    found = referent(ctx, view, match.start, TREATY_CLASSES)
    return _it_treaty(ctx, view, found) if found is not None else None


# "Its implementation is monitored by GREVIO": the treaty the sentence before is about
_ITS = re.compile(r"\s*(?:Its|Their)\s+(?:[\w-]+\s+){0,2}$")


def _monitored_by(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "The convention's implementation is monitored by GREVIO": the treaty first, the body
    after "by"; "Its implementation is monitored by ..." after a sentence about the treaty."""
    if match.mood != "fact":
        return
    body = slot(ctx, view, match, "body")
    if body is None:  # "is monitored by a committee of 18 experts, the Committee on ..."
        by = re.match(r"\s+by", view.text[match.end : view.end])
        described = _DESCRIBED_BODY.match(view.text, match.end + by.end(), view.end) if by else None
        if described is not None:
            body = view.after(described.end(), ORG_CLASSES - {TG.MediaOutlet}, within=0)
    treaty = slot(ctx, view, match, "treaty")
    if treaty is None and _ITS.fullmatch(view.text, view.start, match.start):
        treaty = _opening_subject(ctx, view, TREATY_CLASSES)
    if body is None or treaty is None or body.cls in TREATY_CLASSES:
        return
    if treaty.end <= view.start:  # named in the sentence before
        ctx.claim(body.key, TG.monitors, treaty.key, view, view.start, body.end)
        return
    between = _ASIDE.sub("", view.text[treaty.end : match.start])
    if re.search(r"[,;:]", between):
        return
    ctx.claim(body.key, TG.monitors, treaty.key, view, treaty.start, body.end)


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


# "GREVIO, the monitoring body of the convention", "The treaty body of the covenant is the Human
# Rights Committee", "the convention's monitoring body, the committee"
_BODY_BEFORE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s+|\s+(?:is|was|acts\s+as|serves\s+as)\s+)(?:the|its|a|an)\s+(?:[\w-]+\s+){0,2}$",
    _T,
)
_BODY_AFTER = re.compile(r"\s*(?:,\s+|\s+(?:is|was)\s+)(?:the\s+)?")
_POSSESSIVE_TREATY = re.compile(r"'s?\s+(?:own\s+|independent\s+|expert\s+)?$")


def _monitoring_body(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A body named as a treaty's monitoring body, before or after the phrase."""
    if match.mood != "fact":
        return
    bodies = ORG_CLASSES - {TG.MediaOutlet}
    if re.search(r"\b(?:of|for|under)$", match.text, _T):
        treaty = view.after(match.end, TREATY_CLASSES, within=6)
        after = treaty.end if treaty is not None else None
    else:
        treaty = view.before(match.start, TREATY_CLASSES, within=12)
        if treaty is not None and not _POSSESSIVE_TREATY.fullmatch(view.text, treaty.end, match.start):
            treaty = None
        after = match.end
    if treaty is None or after is None:
        return
    body = view.before(match.start, bodies, within=40)
    if body is not None and not _BODY_BEFORE.fullmatch(view.text, body.end, match.start):
        body = None
    if body is None:
        glue = _BODY_AFTER.match(view.text, after, view.end)
        body = view.after(glue.end(), bodies, within=0) if glue is not None else None
    if body is None or body.cls in TREATY_CLASSES:
        return
    s, e = min(body.start, treaty.start), max(body.end, treaty.end)
    ctx.claim(body.key, TG.monitors, treaty.key, view, s, e)


def _protocol_link(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "The protocol supplements the covenant", "Protocol No. 11, which amended the
    convention", "X, an optional protocol to Y", "the convention, as amended by Protocol 14"."""
    if match.mood != "fact":
        return
    if any(m.start < match.end and match.start < m.end for m in view.of(TREATY_CLASSES)):
        return  # "Optional Protocol to the Convention" is a title, not a statement
    predicate = TG.supplements if match.frame.name == "supplements" else SCHEMA.legislationAmends
    by = _BY_AFTER.match(view.text, match.end, view.end)
    if by is not None:
        base = view.before(match.start, TREATY_CLASSES, within=12)
        protocol = view.after(by.end(), TREATY_CLASSES, within=0)
    else:
        protocol = view.before(match.start, TREATY_CLASSES, within=60)
        if _IT_SUBJECT.search(view.text[view.start : match.start]):  # "Because it amends the Convention"
            protocol = referent(ctx, view, match.start, TREATY_CLASSES)
        elif protocol is not None and re.search(r"protocol\s+(?:to|of)$", match.text, _T):
            if not re.fullmatch(r"\s*,\s*", view.text[protocol.end : match.start]):
                protocol = None
        elif protocol is not None and not _treaty_subject(view, protocol, match.start):
            protocol = None
        base = view.after(match.end, TREATY_CLASSES, within=6)
    if protocol is None or base is None or protocol.key == base.key or base.cls != TG.Treaty:
        return
    s, e = min(protocol.start, base.start), max(protocol.end, base.end)
    ctx.claim(protocol.key, predicate, base.key, view, s, e)


_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?", _T)
# "It amends", "Because it supplements": a pronoun subject right before the verb
_IT_SUBJECT = re.compile(r"(?:^\s*|[,;]\s*|\b(?:because|since|as|and|but)\s+)it\s+(?:also\s+)?$", _T)


# "Both treaties", "the two conventions", "each protocol": the treaties named just before
_TREATIES_BEFORE = re.compile(
    r"\b(?:both|the\s+two|each|these)\s+(?:new\s+|of\s+the\s+)?(?:treaties|conventions|protocols|treaty|"
    r"convention|protocol|instruments?)\s+$",
    _T,
)


def _treaty_body(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "The convention has a committee of experts that reviews reports: the Committee against
    Torture"; "both treaties have committees ...: A and B". Each body named after the colon (or
    in apposition) monitors its treaty; with several of each, the registry says which is whose.
    What the clause says the bodies do are their functions."""
    if match.mood != "fact":
        return
    lead = view.text[view.start : match.start]
    treaty = view.before(match.start, TREATY_CLASSES, within=12)
    treaties: list[Mention] = [treaty] if treaty is not None else []
    if not treaties and _TREATIES_BEFORE.search(lead):
        treaties = _treaties_named_before(ctx, view)
    colon = re.search(r"[:,]\s+", view.text[match.end : view.end])
    if not treaties or colon is None:
        return
    named_at = match.end + colon.end()
    bodies = [b for b in view.of(ORG_CLASSES - {TG.MediaOutlet}) if b.start >= named_at]
    bodies = [
        b
        for b in bodies
        if re.fullmatch(r"\s*(?:the\s+)?", view.text[named_at : b.start]) or _listed(view, b)
    ]
    if not bodies:
        return
    pairs = _pair(ctx, treaties, bodies)
    for t, b in pairs:
        ctx.claim(b.key, TG.monitors, t.key, view, match.start, b.end)
    clause_start = match.end
    for b in {b.key: b for _, b in pairs}.values():
        activities(
            ctx,
            view,
            b,
            match.start,
            clause_start + _rel_start(view, clause_start),
            match.end + colon.start(),
        )


def _rel_start(view: View, pos: int) -> int:
    rel = re.search(r"\b(?:that|which|who)\s+", view.text[pos : view.end])
    return rel.end() if rel else 0


def _listed(view: View, body: Mention) -> bool:
    """A body in a list: only "and", "or", commas and "the" between it and the one before."""
    before = [b for b in view.of(ORG_CLASSES) if b.end <= body.start]
    return bool(before) and bool(
        re.fullmatch(r"\s*(?:,\s*)?(?:and\s+|or\s+)?(?:the\s+)?", view.text[before[-1].end : body.start])
    )


def _treaties_named_before(ctx: Context, view: View) -> list[Mention]:
    """The treaties of the three sentences before: which of them a body belongs to is the
    registry's to say (``_pair``)."""
    index = view.sentence.index
    first = ctx.document.sentences[max(0, index - 3)].start
    named = [m for m in ctx.mentions if first <= m.start < view.start and m.cls in TREATY_CLASSES]
    return list({m.key: m for m in named}.values())


def _pair(ctx: Context, treaties: list[Mention], bodies: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Which body is which treaty's: the only one; else the one the registry says monitors it
    or is established by it; else nothing."""
    if len(treaties) == 1 and len(bodies) == 1:
        return [(treaties[0], bodies[0])]
    pairs = []
    for b in bodies:
        for t in treaties:
            if _registry_relates(ctx, t.key, b.key):
                pairs.append((t, b))
    return pairs


def _registry_relates(ctx: Context, treaty: str, body: str) -> bool:
    return (body, treaty) in ctx.registry.linked(TG.monitors) or (treaty, body) in ctx.registry.linked(
        TG.establishes
    )


# ---------------------------------------------------------------------------- judgments and deaths

_PAGES = re.compile(r"\b(\d[\d,]*)-page\b")
# "ruled that Moscow was responsible": a finding against a state is a judgment even when the
# text gives it no date this loader can resolve ("last month" in an undated article).
_RULED_AGAINST = re.compile(
    r"ruled\s+that\s+(?:the\s+)?[\w' -]{2,40}?\s+(?:was|were|had|is|has)\s+"
    r"(?:responsible|liable|guilty|violated|breached|in\s+breach)\b",
    _T,
)


def _judgment(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A court's judgment: the court acting, the state it found against, when.

    "Ruled", "decided", "held" and "found" are a court's only with the court as their subject,
    and only with what it found ("that ...", "against ..."); "sentenced", "convicted" and
    "acquitted" with a person as their object. A ruling against no named state needs the court
    right before the verb and a date ("The Constitutional Court ruled in March that ...",
    "In a judgment dated 4 November, the tribunal held that ..."); a judgment named as a noun
    needs its year ("in a 1993 ruling", "a 2001 opinion of the Constitutional Court"), and its
    court is the body acting just before it or the court named after "of"."""
    if match.mood != "fact":
        return
    lower = match.text.lower()
    if lower.endswith(" of"):
        _judgment_of(ctx, view, match)
        return
    if lower.startswith("in "):
        court = view.before(match.start, _JUDGING, within=40)
        date = next((d for d in view.dates if match.start <= d.start and d.end <= match.end), None)
        if court is None or date is None or date.datatype != XSD.gYear:
            return
        respondent = view.after(match.end, STATE, within=12) if _AGAINST.match(view.text, match.end) else None
        _judgment_node(ctx, view, court, respondent, None, date, court.start, match.end)
        return
    court = view.before(match.start, (TG.Court,), within=60)
    if court is None or not _court_subject(view, court, match.start):
        court = _chamber_court(ctx, view, match.start)
    if court is None:
        return
    rest = view.text[match.end : view.end]
    noun = lower.endswith(("judgment", "judgement", "ruling"))
    # "held in a judgment of 24 September that": the noun names the same judgment, so it does
    # not end the search for its date
    same = {p.start for p in matches if p.frame.shape == "judgment" and p.start > match.start}
    own = view.date_for(match.start, match.end, [t for t in match.starts if t not in same])
    if (
        own is not None
        and own.start > match.end
        and _FINDING.search(view.text, match.end, own.start)
        and not _NOUN_DATED.search(view.text, match.end, own.start)
    ):
        # "found Russia responsible for killings after the war of August 2008": a date inside
        # what the court found is not the judgment's; one opening the sentence is
        own = next((d for d in view.dates if d.end <= court.start), None)
    date = own or _judgment_date(view, court.start, match.end if noun else None)
    if lower in ("sentenced", "convicted", "acquitted"):
        person = _SENTENCED.match(view.text, match.end, view.end)
        if person is not None and date is not None:
            _judgment_node(ctx, view, court, None, None, date, court.start, person.end())
        return
    found = re.search(r"\b(?:finding|found|that|against)\b", rest)
    finding = bool(found and found.group(0) == "that")
    finding = finding or (lower in ("found", "held") and bool(_FOUND_STATE.match(rest)))
    finding = finding or (lower == "found" and bool(_FOUND_VIOLATION.match(rest)))
    finding = finding or bool(_AGAINST.match(rest))  # "found against Tanzania", "ruled against"
    if lower in ("decided", "held", "found") and not finding:
        return  # "decided to adjourn", "held hearings", "found no violation": no finding
    respondent = view.after(match.end + found.end(), STATE, within=12) if found else None
    if respondent is None and (lower == "found" or (lower == "held" and _FOUND_STATE.match(rest))):
        respondent = view.after(match.end, STATE, within=6)  # "held Peru responsible"
    if respondent is None:
        respondent = _case_respondent(view)
    if respondent is None and _THE_CASE.match(rest):
        respondent = _case_named_before(ctx, view)  # "delivered its judgment in the case on D"
    if respondent is None:
        direct = _DIRECT_COURT.fullmatch(view.text, court.end, match.start)
        that = re.match(r"\s*(?:(?:in|on)\s+[^,;.]{1,30}?\s+)?that\b", rest)
        if date is None or not direct or not that or date.start > match.end + that.end():
            return
        _judgment_node(ctx, view, court, None, None, date, court.start, max(match.end, date.end))
        return
    if date is None and not _RULED_AGAINST.match(view.text, match.start):
        return
    applicant = next(
        (s for s in view.of(STATE) if s.key != respondent.key and s.start > respondent.end), None
    )
    _judgment_node(ctx, view, court, respondent, applicant, date, court.start, respondent.end)


# "in a judgment delivered on", "in a ruling handed down on": the date is the judgment's even
# after what the court found
_NOUN_DATED = re.compile(
    r"\b(?:judgments?|judgements?|ruling|decision)\s+(?:dated|of|(?:adopted|delivered|issued|handed\s+down|"
    r"given|rendered|published)\s+on|on)\s+$",
    _T,
)
# "found a violation of Article 8", "found violations of", "found a breach of": a finding with
# no "that" ("found no violation" finds none)
_FOUND_VIOLATION = re.compile(
    r"\s+(?:a\s+|several\s+|multiple\s+|two\s+|three\s+)?(?:violations?|breach(?:es)?)\s+of\b", _T
)
# The words of what a court found, after which a date is the finding's, not the judgment's
_FINDING = re.compile(r"\b(?:that|responsible|liable|guilty|violat\w*|breach\w*|for)\b", _T)
# "sentenced Ahmad al-Faqi al-Mahdi to nine years", "convicted him": a person, by name or pronoun
_SENTENCED = re.compile(r"\s+(?:[A-Z][\w'-]+|him|her|them)\b")
# "found Russia responsible", "found Turkey in breach of"
_FOUND_STATE = re.compile(
    r"\s+(?:that\s+)?(?:the\s+)?[A-Z][\w' -]{1,40}?\s+(?:responsible|liable|guilty|in\s+breach|to\s+have)\b"
)
_DIRECT_COURT = re.compile(r"\)?\s*(?:,[^,]{0,40},\s*)?(?:(?:has|have|had|also)\s+)?")
# Between a court and its verb: an aside, an auxiliary or an adverb
_COURT_GLUE = re.compile(
    r"\)?\s*(?:\([^()]*\)\s*)?(?:,[^,;]{0,80},\s*|,\s*(?:(?:which|that)\s+(?:sits|is\s+based|has\s+its\s+seat)|based)\s+in\s+[^,;]{1,30},\s*[^,;]{1,30},\s*)?"
    r"(?:(?:has|have|had|also|then|later|unanimously|finally|eventually|already|itself|in\s+turn|once|"
    r"today|yesterday)\s+)*"
)
_COURT_OBJECT = re.compile(
    r"\b(?:of|on|about|by|to|from|with|against|for|at|before|into|over)\s+(?:the\s+)?$", _T
)


def _court_subject(view: View, court: Mention, pos: int) -> bool:
    """The court is the verb's subject: not the object of a preposition ("a report on the
    court found"), nothing but asides and adverbs between them; "the Grand Chamber of the
    court" is the court acting."""
    before = view.text[max(view.start, court.start - 30) : court.start]
    if _COURT_OBJECT.search(before) and not _CHAMBER_OF.search(before):
        return False
    return bool(_COURT_GLUE.fullmatch(view.text, court.end, pos))


_CHAMBER = r"(?:(?:Grand|Appeals?|Trial|Pre-Trial|First|Second|Third|Fourth|Fifth)\s+)?Chamber"
_CHAMBER_OF = re.compile(rf"\b(?:[Tt]he|[Aa]|[Ii]ts)\s+{_CHAMBER}\s+of\s+(?:the\s+)?$")
# "Its Grand Chamber found", "The Appeals Chamber held": a chamber of the court named before
_CHAMBER_SUBJECT = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Aa])\s+{_CHAMBER}$")


def _chamber_court(ctx: Context, view: View, pos: int) -> Mention | None:
    """The court whose chamber is the subject of the verb at ``pos``: the court named last,
    in this sentence or the few before it."""
    glue = re.search(
        r"\s*(?:,[^,;]{0,80},\s*)?(?:(?:has|have|had|also|then|later|unanimously|finally)\s+)*$",
        view.text[view.start : pos],
    )
    head = view.text[view.start : pos][: glue.start()] if glue else view.text[view.start : pos]
    chamber = _CHAMBER_SUBJECT.search(head)
    if chamber is None:
        return None
    court = referent(ctx, view, view.start + chamber.start(), (TG.Court,))
    if court is None:
        return None
    start, end = view.start + chamber.start(), view.start + chamber.end()
    return Mention(court.key, court.cls, court.label, start, end, chamber.group(0), court.known, "chamber")


# "In a judgment dated 4 November, the tribunal held", "In its judgment of 3 May 2016, the court"
_JUDGMENT_PHRASE = re.compile(
    r"\s*In\s+(?:a|an|its|the|two|three|both|\w+)?\s*(?:[\w-]+\s+)?(?:judgments?|judgements?|rulings?|decisions?)\s+"
    r"(?:dated|of|on|delivered\s+on|adopted\s+on|issued\s+on|handed\s+down\s+on|given\s+on)\s+$",
    _T,
)


# "published a judgment, adopted on 28 August, that ...", "delivered its judgment of 3 May"
_DATED_AFTER = re.compile(
    r"\s*,?\s*(?:dated|of|(?:adopted|delivered|issued|handed\s+down|given|rendered)\s+on|on)\s+$", _T
)


def _judgment_date(view: View, before: int, after: int | None = None) -> DateMention | None:
    """The date a phrase opening the sentence gives the judgment, before its court; or the one
    a participle gives just after the words naming the judgment."""
    for d in view.dates:
        if d.end <= before and _JUDGMENT_PHRASE.fullmatch(view.text, view.start, d.start):
            return d
        if (  # "On 11 May, the Court ..., found that"
            re.fullmatch(r"\s*On\s+", view.text[view.start : d.start])
            and d.datatype == XSD.date
            and re.fullmatch(r"\s*,\s*(?:the\s+)?", view.text[d.end : before])
        ):
            return d
        near = after is not None and after <= d.start <= after + 30
        if near and after is not None and _DATED_AFTER.fullmatch(view.text, after, d.start):
            return d
    return None


# "in the case of Ilașcu and Others v. Moldova and Russia": the respondent after "v."
_CASE = re.compile(r"\bv(?:s)?\.?\s+(?:the\s+)?$")


def _case_respondent(view: View) -> Mention | None:
    for m in view.of(STATE):
        if _CASE.search(view.text, max(view.start, m.start - 8), m.start):
            return m
    return None


# "delivered its judgment in the case on 13 July 2021": the case the text named before
_THE_CASE = re.compile(r"\s+in\s+(?:the|this|that)\s+case\b", _T)


def _case_named_before(ctx: Context, view: View) -> Mention | None:
    """The respondent of the one case ("X and Others v. Russia") the text names before this
    sentence; nothing where it names cases against several states."""
    found = [
        m
        for m in ctx.mentions
        if m.end <= view.start
        and m.cls in STATE
        and _CASE.search(ctx.text, max(0, m.start - 8), m.start)
        and not in_dateline(ctx, m)
    ]
    return found[-1] if found and len({m.key for m in found}) == 1 else None


def _judgment_of(ctx: Context, view: View, match: Match) -> None:
    """ "A 2013 ruling of the same tribunal", "a 2001 opinion of the Constitutional Court": the
    court named after "of", the year inside the phrase."""
    court = view.after(match.end, (TG.Court,), within=6)
    date = next((d for d in view.dates if match.start <= d.start and d.end <= match.end), None)
    if court is not None and date is None:
        # "a judgment of the High Court in Pretoria, delivered on 22 February 2017"
        date = next(
            (
                d
                for d in view.dates
                if d.start > court.end and _DELIVERED_ON.fullmatch(view.text, court.end, d.start)
            ),
            None,
        )
    elif date is not None and date.datatype != XSD.gYear:
        date = None
    if court is None or date is None:
        return
    respondent = None
    against = _AGAINST.match(view.text, court.end)
    if against is not None:
        respondent = view.after(against.end(), STATE, within=4)
    _judgment_node(ctx, view, court, respondent, None, date, match.start, court.end)


# Between a judgment's court and the date it was given: the court's seat, then a participle
_DELIVERED_ON = re.compile(
    r"(?:\s+(?:in|at|of)\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?)?\s*,\s*"
    r"(?:dated|(?:delivered|handed\s+down|issued|given|rendered|adopted)\s+on)\s+",
    _T,
)


# The bodies a judgment named as a noun may come from: a court, or a body acting as one ("the
# Privy Council allowed in a 1993 ruling").
_JUDGING = ORG_CLASSES - {TG.MediaOutlet, TG.NGO, TG.NationalBody}
_AGAINST = re.compile(r"\s+against\s+", _T)


def _judgment_node(
    ctx: Context,
    view: View,
    court: Mention,
    respondent: Mention | None,
    applicant: Mention | None,
    date: DateMention | None,
    s: int,
    e: int,
) -> None:
    key = KEYS.judgment(
        court.key,
        ctx.name(respondent.key) if respondent else None,
        ctx.name(applicant.key) if applicant else None,
        (date.value[:4] if respondent else date.value) if date else None,
    )
    if date is not None:
        s, e = min(s, date.start), max(e, date.end)
    against = f" against {ctx.name(respondent.key)}" if respondent else ""
    label = f"Judgment of the {ctx.name(court.key)}{against}" + (f", {date.value}" if date else "")
    ctx.node(key, TG.Judgment, label, view, s, e)
    ctx.claim(key, TG.agent, court.key, view, s, e)
    if respondent is not None:
        ctx.claim(key, TG.respondent, respondent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)
    pages = _PAGES.search(view.text, view.start, view.end)
    if pages:
        value = Value(pages.group(1).replace(",", ""), XSD.integer)
        ctx.claim(key, TG.pageCount, value, view, min(s, pages.start()), max(e, pages.end()))


_HE_OR_SHE = re.compile(r"\s*(?:He|She)\s+(?:later\s+|eventually\s+)?")


def _person_before(ctx: Context, view: View) -> Mention | None:
    """The person named last in the sentence before, the only one a pronoun opening this one can
    stand for without guessing."""
    if view.sentence.index == 0:
        return None
    before = ctx.document.sentences[view.sentence.index - 1]
    people = {m.key: m for m in ctx.mentions if before.start <= m.start < before.end and m.cls == TG.Person}
    return next(iter(people.values())) if len(people) == 1 else None


def _death(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    person: Mention | None
    word = match.text.lower()
    if word.startswith("'s"):
        person = view.before(match.start + 1, PERSON, within=1)
    elif word == "died":
        person = view.before(match.start, PERSON, within=3)
        if person is None and _HE_OR_SHE.fullmatch(view.text, view.start, match.start):
            person = _person_before(ctx, view)  # "He died in New York": the one named just before
    else:
        person = view.after(match.end, PERSON, within=40)
    if person is not None:
        who, label, s, e = (
            person.key,
            person.label,
            min(person.start, match.start),
            max(person.end, match.end),
        )
    else:  # "He died in New York": the one person named just before
        referred = pronoun_person(ctx, view, match.start) if word == "died" else None
        if referred is None:
            return
        who, label = referred.key, ctx.name(referred.key)
        s, e = view.text.rfind(" ", view.start, match.start - 1) + 1, match.end
    key = KEYS.death(who)
    ctx.node(key, TG.Death, f"Death of {label}", view, s, e)
    ctx.claim(key, TG.about, who, view, s, e)
    date = _date(view, match)
    if date is None:  # "The 2024 case of Alexei Navalny's death": a year just before it
        date = next((d for d in view.dates if 0 < s - d.end <= 12), None)
    _dated(ctx, view, key, date, s, e)


# "Denmark followed in 2014": only adverbs between the state and the verb
_FOLLOWER = re.compile(r"\s+(?:(?:soon|quickly|then|later|also|duly)\s+)?", _T)
_ELLIPSIS_KINDS = ("signature", "ratification", "accession")


def _ellipsis(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Norway ratified the convention in 2013; Denmark followed in 2014 and Sweden in 2015":
    the act of the clause before, by another state, on the date after the verb. Only a dated
    verb counts ("the reviews that followed" states no act)."""
    if match.mood != "fact":
        return
    date = next(
        (d for d in view.dates if d.start > match.end and _BARE_GAP.fullmatch(view.text, match.end, d.start)),
        None,
    )
    state = slot(ctx, view, match, "state")
    if date is None or state is None or not _FOLLOWER.fullmatch(view.text, state.end, match.start):
        return
    previous = _previous_action(ctx, view, match.start)
    if previous is None or previous[0] == state.key:
        return
    _, treaty, kind = previous
    cls = getattr(TG, kind.capitalize())
    key = KEYS.action(state.key, treaty, kind)
    _treaty_action(ctx, view, key, cls, state.key, treaty, kind, state.start, date.end)
    _dated(ctx, view, key, date, state.start, date.end)
    _gapped(ctx, view, kind, cls, treaty, date)


def _previous_action(ctx: Context, view: View, pos: int) -> tuple[str, str, str] | None:
    """(state, treaty, kind) of the last signature, ratification or accession stated before
    ``pos`` in this sentence or the one before it."""
    lo = ctx.document.sentences[max(0, view.sentence.index - 1)].start
    for claim in reversed(ctx.claims):
        if claim.predicate != TG.treaty or not claim.subject.key.startswith("action/"):
            continue
        if not lo <= claim.evidence.start < pos:
            continue
        subject, treaty = claim.subject.key, getattr(claim.object, "key", "")
        state = next(
            (
                getattr(c.object, "key", "")
                for c in ctx.claims
                if c.subject.key == subject and c.predicate == TG.state
            ),
            "",
        )
        for kind in _ELLIPSIS_KINDS:
            if state and KEYS.action(state, treaty, kind) == subject:
                return state, treaty, kind
        return None
    return None


def _nothing(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """Frames that only ever fire through another's mood (an announced intention)."""


# ---------------------------------------------------------------------------- steps on the treaty itself
# A step whose act the text does not name with a verb: the chamber approves the treaty itself
# ("approved the Constitutive Act", "gave its advice and consent", "gave a second reading to the
# ... (Ratification) Bill"), the government sends it to the legislature, a bill is introduced by
# its author, a president signs the law. The step belongs to the state's procedure on the treaty
# (``KEYS.procedure``), which asserts no ratification: many such procedures fail.

_LEGISLATURE = re.compile(
    r"(?:the\s+)?(?:parliament|congress|senate|legislature|national\s+assembly|chamber\s+of\s+deputies)\b", _T
)
_TO_CHAMBER = re.compile(r"\s+to\s+(?:the\s+)?", _T)
_MEMBERS = re.compile(
    r"\b(?:MPs|senators|lawmakers|legislators|deputies|parliamentarians|members\s+of\s+parliament)"
    r"\s+(?:(?:today|yesterday|also|then|finally|overwhelmingly|unanimously)\s+)?$",
    _T,
)
_NO_SUBJECT = re.compile(
    r"\b(?:no|none\s+of\s+the|neither)\s+(?:[\w-]+\s+){0,3}?(?:(?:has|have|had|ever|yet)\s+)*$", _T
)
_BILL_BEFORE = re.compile(r"\bbill\b[^.;:()]{0,160}?,?\s*$", _T)
_SIGNED_BEFORE = re.compile(r"\bsign(?:ed|s)\b(?=[^.;:()]{0,120}$)", _T)
_INTO_LAW = re.compile(r"[^.;:()]{0,120}?\binto\s+law\b", _T)


def _treaty_step(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A domestic step on the treaty itself (see above); a verb of the act after the step's
    trigger ("approved the ratification of", "a bill to ratify") is left to ``_step``."""
    if match.mood != "fact":
        return
    if any(p.start >= match.end and p.frame.name in _PURPOSES and _serves(view, match, p) for p in matches):
        return
    if _NO_SUBJECT.search(view.text, max(view.start, match.start - 60), match.start):
        return  # "no president has sent it to the Senate"
    kind = match.frame.kind
    if kind == "approval":
        _treaty_approval(ctx, view, match)
    elif kind == "bill":
        _treaty_bill(ctx, view, match)
    elif kind == "law":
        _law_signed(ctx, view, match)


def _treaty_approval(ctx: Context, view: View, match: Match) -> None:
    if _COUNTED.search(view.text, view.start, match.start):
        return
    if match.text.lower().startswith("voted") and _rejected(view, match):
        return
    vote = _VOTE.search(view.text, match.end, min(view.end, match.end + 200))
    if vote is not None and int(vote.group("for")) <= int(vote.group("against")):
        return  # "approved the statute by 12 votes to 30": the count says it failed
    agent = slot(ctx, view, match, "agent")
    if agent is not None and agent.cls != TG.NationalBody:
        agent = None
    if agent is None:  # "the Senate approved the statute"
        agent = _chamber_subject(ctx, view, match.start)
    members = _MEMBERS.search(view.text, view.start, match.start) is not None or _chamber_named(
        view, match.start
    )
    words = match.text.lower()
    if words.startswith("ratif"):  # "the Sabor ratified the convention": only a legislature's vote
        if agent is None or not _LEGISLATURE_NAME.search(ctx.name(agent.key)):
            return
        if not _CHAMBER_TO_VERB.fullmatch(view.text, agent.end, match.start):
            return  # the chamber is the verb's own subject
        treaty = direct_object(view, match.end, TREATY_CLASSES) or treaty_pronoun(ctx, view, match.end)
    elif words.startswith(("approve", "endorse")) and not words.endswith("of"):
        # the treaty as the verb's own object: "the parliament approved the Constitutive Act"
        treaty = direct_object(view, match.end, TREATY_CLASSES) or treaty_pronoun(ctx, view, match.end)
    elif words.endswith(" of"):  # "approved recognition of the court's jurisdiction"
        treaty = view.after(match.end, TREATY_CLASSES, within=8) or _jurisdiction_treaty(ctx, view, match)
    elif "report" in words:  # a committee "voted 13 to 6 to report the convention favourably"
        treaty = direct_object(view, match.end, TREATY_CLASSES) or treaty_pronoun(ctx, view, match.end)
    else:  # advice and consent, a reading of a bill: the treaty it names, else the text's one
        treaty = view.after(match.end, TREATY_CLASSES, within=160) or _only(
            ctx, view, match.start, TREATY_CLASSES
        )
    if agent is None and not members:
        return
    if treaty is None and "reading" not in words:
        return
    _procedure_step(ctx, view, match, agent, treaty, None)


# A state's legislature by its name: a chamber's head noun or the own name of one
_LEGISLATURE_NAME = re.compile(
    r"\b(?:Parliament|Senate|Congress|Assembly|Legislature|Chamber|House|Diet|Duma|Rada|Sejm|Saeima|"
    r"Seimas|Sabor|Cortes|D[aá]il|Oireachtas|Knesset|Majlis|Storting|Riksdag|Folketing|Eduskunta|"
    r"Bundestag|Bundesrat|Nationalrat|Riigikogu|Althing|Skupstina|Skupština|Sobranie|Sangsad|Sabha|"
    r"Shura|Mejlis|Khural|Hural|Kenesh|Standing\s+Committee\s+of\s+the\s+National\s+People's\s+Congress)\b"
)
# Between a chamber and its verb: auxiliaries and adverbs only ("the Sabor has unanimously ratified")
_CHAMBER_TO_VERB = re.compile(
    r"[\s,]*(?:(?:has|had|have|then|also|formally|finally|unanimously|overwhelmingly|today|yesterday|"
    r"on\s+\w+)[\s,]+)*"
)


def _passive_step(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A step told in the passive: "The bill on the ratification of the convention was approved
    by the Saeima on 30 November", "A bill to ratify the statute was introduced in the Senate by
    Senator Ruiz", "The protocol was submitted to parliament in May". The act is the one the
    subject names (else the step is one of the state's procedure on the treaty)."""
    if match.mood != "fact":
        return
    frame = match.frame
    breaks = list(
        re.finditer(r"[;:]|,\s+(?:and|but|while|after|before)\s", view.text[view.start : match.start])
    )
    start = view.start + (breaks[-1].end() if breaks else 0)
    if not _PASSIVE_SUBJECT.search(view.text, start, match.start):
        return
    verb = _PASSIVE_VERB.match(view.text, match.end, view.end)
    if verb is None:
        return
    verb_end = verb.end()
    treaty = next((m for m in view.of(TREATY_CLASSES) if start <= m.start and m.end <= match.start), None)
    if treaty is None:
        return
    clause_end = re.search(r"[;:]|,\s+(?:and|but|while)\s", view.text[verb_end : view.end])
    end = verb_end + clause_end.start() if clause_end else view.end
    agent: Mention | None
    chamber: Mention | None = None
    if frame.kind == "approval":
        by_the = _BY_THE.match(view.text, verb_end).end()  # type: ignore[union-attr]
        agent = view.after(verb_end, ORG_CLASSES, within=6) or _common_chamber(ctx, view, by_the)
        if agent is not None and agent.cls != TG.NationalBody:
            return
        if agent is None and not _LEGISLATURE.match(view.text, by_the, view.end):
            return  # "approved by the Senate" of no state named: the step, its agent left out
        vote = _VOTE.search(view.text, verb_end, end)
        if vote is not None and int(vote.group("for")) <= int(vote.group("against")):
            return
    else:
        to = _TO_BODY.match(view.text, verb_end, end)
        if to is not None:
            chamber = view.after(to.end(), ORG_CLASSES, within=0) or _common_chamber(ctx, view, to.end())
            if chamber is not None and chamber.cls != TG.NationalBody:
                chamber = None
        by = re.compile(r"\bby\s+", _T).search(view.text, verb_end, end)
        agent = view.after(by.end(), PERSON | ORG_CLASSES, within=20) if by is not None else None
        if agent is not None and agent.end > end:
            agent = None
        if agent is None and chamber is None:
            return
    purpose = next(
        (
            p
            for p in matches
            if start <= p.start < match.start and p.frame.name in _PURPOSES and p.end <= treaty.start + 40
        ),
        None,
    )
    if purpose is None:
        _procedure_step(ctx, view, match, agent, treaty, chamber, _passive_date(view, match, verb_end))
        return
    state_m = view.after(purpose.end, STATE, within=12) or _only(ctx, view, match.start, STATE)
    state = _state_of_body(ctx, agent) or (state_m.key if state_m is not None else None)
    if state is None and agent is not None and agent.cls == TG.Person:
        state = _state_of_person(ctx, agent)
    if state is None:
        return
    kind = purpose.frame.kind
    action = KEYS.action(state, treaty.key, kind)
    step = _approval_key(ctx, action, agent) if frame.kind == "approval" else frame.kind
    key = KEYS.step(state, treaty.key, kind, step)
    s, e = _span(agent, match, treaty, chamber)
    label = f"{frame.label} the {kind} of the {ctx.name(treaty.key)} by {ctx.name(state)}"
    ctx.node(key, frame.cls, label, view, s, e)
    if agent is not None:
        ctx.claim(key, TG.agent, agent.key, view, s, e)
    if chamber is not None:
        ctx.claim(key, TG.submittedTo, chamber.key, view, s, e)
    ctx.claim(key, SCHEMA.superEvent, action, view, s, e)
    _treaty_action(ctx, view, action, getattr(TG, kind.capitalize()), state, treaty.key, kind, s, e)
    _dated(ctx, view, key, _passive_date(view, match, verb_end), s, e)


def _passive_date(view: View, match: Match, verb_end: int) -> DateMention | None:
    """The date of a passive step: its participle's ("was approved by the Saeima on 3 May")."""
    return view.date_for(match.start, verb_end, [t for t in match.starts if t >= verb_end])


# What a passive step is about: a bill, the act or the treaty itself
_PASSIVE_SUBJECT = re.compile(
    r"\b(?:bill|draft\s+law|law|act|resolution|ratification|accession|withdrawal|denunciation|treaty|"
    r"convention|statute|protocol|covenant|charter|agreement)\b",
    _T,
)
_BY_THE = re.compile(r"\s*(?:the\s+)?", _T)
# The participle after a passive step's auxiliary, with "by" where the agent follows
_PASSIVE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+|later\s+|then\s+|first\s+)?[a-z]+(?:\s+by)?\b", _T)
_TO_BODY = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:to|in|before|with)\s+(?:the\s+)?(?=(?-i:[A-Z])|parliament|congress)", _T
)


def _jurisdiction_treaty(ctx: Context, view: View, match: Match) -> Mention | None:
    """ "Approved recognition of the jurisdiction of the Inter-American Court": the treaty that
    establishes the court, whose optional clause the recognition is made under."""
    court = view.after(match.end, (TG.Court,), within=40)
    if court is None or not _JURISDICTION.search(view.text, match.end, court.start):
        return None
    treaty = _establishing(ctx, court.key)
    if treaty is None:
        return None
    return Mention(treaty, TG.Treaty, ctx.name(treaty), court.start, court.end, court.text, True, "court")


def _treaty_bill(ctx: Context, view: View, match: Match) -> None:
    words = match.text.lower()
    if words == "introduced by":  # "the private member's bill, introduced by Dr Ana Ruiz"
        bill = _BILL_BEFORE.search(view.text, view.start, match.start)
        author = view.after(match.end, PERSON, within=6)
        if bill is None or author is None:
            return
        bill_start = view.start + view.text[view.start : match.start].lower().rfind("bill")
        treaty = next(
            (m for m in view.of(TREATY_CLASSES) if bill_start - 120 <= m.start and m.end <= match.start), None
        ) or _only(ctx, view, match.start, TREATY_CLASSES)
        _procedure_step(ctx, view, match, author, treaty, None)
        return
    # "sent the convention to parliament", "transmitted it to the Senate"
    treaty = direct_object(view, match.end, TREATY_CLASSES) or treaty_pronoun(ctx, view, match.end)
    if treaty is None:
        return
    end = max(treaty.end, match.end) if treaty.start >= match.end else match.end + 3
    if treaty.start < match.end:  # the pronoun "it"
        found = re.match(r"\s+it\b", view.text[match.end : match.end + 5])
        end = match.end + (found.end() if found else 0)
    to = _TO_CHAMBER.match(view.text, end, view.end)
    if to is None:
        return
    chamber = next((m for m in view.of(ORG_CLASSES) if end <= m.start <= to.end() < m.end), None)
    if chamber is not None and chamber.cls != TG.NationalBody:
        return
    named = None
    if chamber is None:
        named = _LEGISLATURE.match(view.text, to.end(), view.end)
        if named is None:
            return
        chamber = _chamber_before(ctx, named.group(0), match.start)
    agent = slot(ctx, view, match, "agent")
    if agent is None:
        return
    if chamber is None and named is not None:  # "to the Senate", named by its common noun only
        chamber = _common_chamber(ctx, view, named.start())
    _procedure_step(ctx, view, match, agent, treaty, chamber)


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


def _law_signed(ctx: Context, view: View, match: Match) -> None:
    """ "President Bio signed the abolition act into law on 8 October": a dated signature by its
    author; the treaty only where the law's own title names one."""
    start, end = match.start, match.end
    if match.text.lower() == "into law":  # "signed the Abolition of the Death Penalty Act into law"
        signed = _SIGNED_BEFORE.search(view.text, view.start, match.start)
        if signed is None:
            return
        start = signed.start()
    else:
        into = _INTO_LAW.match(view.text, match.end, view.end)
        if into is not None:
            end = into.end()
    agent = view.before(start, PERSON, within=40)
    date = _date(view, match)
    if agent is None or date is None:
        return
    treaty = next((m for m in view.of(TREATY_CLASSES) if start < m.start and m.end <= end), None)
    if treaty is not None:
        _procedure_step(ctx, view, match, agent, treaty, None)
        return
    if not re.search(r"into law|implementing|enabling", match.text, _T):
        return  # "signed a law on pensions": some law, of no procedure the text follows
    key = KEYS.agent_step(agent.key, match.frame.kind, date.value)
    s, e = _span(agent, match)
    ctx.node(key, match.frame.cls, f"{match.frame.label} {date.value} by {ctx.name(agent.key)}", view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)


def _procedure_step(
    ctx: Context, view: View, match: Match, agent: Mention | None, treaty: Mention | None,
    chamber: Mention | None, date: DateMention | None = None, state: str | None = None,
) -> None:  # fmt: skip
    """The step node, in the procedure of ``state``, else of the state the agent belongs to (else
    the one state the text names near it); without a treaty, a dated step of its own."""
    frame = match.frame
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
        state = near.key if near is not None else None
    if state is None and agent is None:  # "MPs gave a second reading": the text's one state
        named = {m.key for m in ctx.mentions if m.cls == TG.State and not in_dateline(ctx, m)}
        state = named.pop() if len(named) == 1 else None
    date = date or _date(view, match)
    parts: list[Mention | Match | None] = [agent, match]
    if treaty is not None and treaty.start >= view.start:
        parts.append(treaty)
    s, e = _span(*parts)
    if treaty is not None and (state is not None or agent is not None):
        owner = state if state is not None else agent.key if agent is not None else ""
        procedure = KEYS.procedure(owner, treaty.key)
        key = KEYS.step(owner, treaty.key, "procedure", frame.kind)
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
    vote = _VOTE.search(view.text, match.end, min(view.end, match.end + 200))
    if frame.kind == "approval" and vote is not None and int(vote.group("for")) > int(vote.group("against")):
        ve = max(e, vote.end())
        ctx.claim(key, TG.votesFor, Value(vote.group("for"), XSD.integer), view, s, ve)
        ctx.claim(key, TG.votesAgainst, Value(vote.group("against"), XSD.integer), view, s, ve)
    _dated(ctx, view, key, date, s, e)


# ---------------------------------------------------------------------------- a step named again

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


_BUILDERS: dict[str, Builder] = {
    "decree-published": _decree_published,
    "action": _action,
    "org-event": _org_frame,
    "org-followed": _org_followed,
    "membership-span": _membership_span,
    "expulsion": _expulsion,
    "cessation": _cessation,
    "intention": _nothing,
    "revocation": _revocation,
    "not-made-party": _not_made_party,
    "treaty-event": _treaty_event,
    "deposit": _deposit,
    "step": _step,
    "treaty-step": _treaty_step,
    "step-passive": _passive_step,
    "step-anaphor": _step_again,
    "notification": _notification,
    "declaration": _declaration,
    "reservation": _reservation,
    "relation": _relation,
    "party-neither": _party_neither,
    "party-ordinal": _party_ordinal,
    "party-apposed": _party_apposed,
    "party-list": _party_list,
    "establishment": _establishment,
    "establishment-passive": _established_by,
    "monitors": _monitors,
    "monitors-passive": _monitored_by,
    "treaty-body": _treaty_body,
    "monitoring-body": _monitoring_body,
    "protocol-link": _protocol_link,
    "judgment": _judgment,
    "death": _death,
    "effect": _effect,
    "ellipsis": _ellipsis,
    "possessive-act": _possessive_act,
}
