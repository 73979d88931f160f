"""A state and a treaty: signature, ratification, accession, succession, denunciation and
cessation, deposits of instruments, and the acts of states named by a list, an ordinal or ellipsis.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date as Date

from loaders.dates import DateMention
from loaders.events._clauses import (
    _AND,
    _BARE_GAP,
    _BY_AFTER,
    _DECLARATION,
    _HAS_ORDINAL,
    _NOMINAL,
    _NUMBERS,
    _ORDINAL_ACT,
    _ORDINAL_BEFORE,
    _ORG_MODIFIES,
    _PLURAL_SUBJECT,
    _PURPOSES,
    _RESPECTIVELY,
    _SUBJECT_TO_VERB,
    _WHEN_CLAUSE,
    _attributive,
    _coordinated,
    _court_treaty,
    _declaration_target,
    _gapped,
    _intention,
    _it_treaty,
    _joined,
    _last_group,
    _leaves_organisation,
    _not_party,
    _notification_node,
    _noun_phrase_state,
    _only,
    _org_event,
    _plural_state,
    _states_from,
    _subjects_listed,
    _topic,
    _treaty_action,
)
from loaders.events._common import _T, BULLET, KEYS, _date, _dated, _span
from loaders.events.domestic_steps import _effect_date
from loaders.events.treaty_events import treaties_together
from loaders.extract_context import TREATY_CLASSES, Context, View
from loaders.facts import Ref, Value
from loaders.frames import IGO, ITS_BEFORE, STATE, Match, direct_object, referent, slot
from loaders.frames import frame as frame_named
from loaders.mentions import Mention
from loaders.vocabulary import ORG, RDF, TG, XSD


def _action(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """Signature, ratification, accession, succession, denunciation: a state, a treaty.

    Leaving frames also leave organisations, but only one named as the direct object of the
    trigger ("left the Council of Europe"); a treaty made under it is not the organisation."""
    match = _instrument_kind(view, match)
    until_date: DateMention | None = None
    if match.mood == "negated" and _NOT_UNTIL.search(
        view.text, max(view.start, match.start - 30), match.start
    ):
        until = _UNTIL_AFTER.match(view.text, match.end, view.end)
        if until is not None:  # "did not ratify it until 2015": it did, in 2015
            match = replace(match, mood="fact")
            until_date = next((d for d in view.dates if d.start > until.start("until")), None)
    frame = match.frame
    if _NOMINAL.match(match.text) and _RETRACTED.search(
        view.text, max(view.start, match.start - 40), match.start
    ):
        return  # "withdrew its accession before it took effect": no act of that date
    if frame.kind in _ACT_KINDS and match.mood == "fact" and _those_who(ctx, view, match):
        return  # "The states that have ratified it include Ghana and Kenya"
    if match.mood == "negated" and frame.negated == "not-party" and _those_who_not(ctx, view, match):
        return  # "Among the states that have not joined it are Malaysia and Myanmar"
    pair = _verb_pair(view, match, matches)
    if frame.name == "ratification-direct" and _LEGISLATURE_ACTS.fullmatch(
        view.text, view.start, match.start
    ):
        return  # "Congress amended the Constitution, and then it approved the statute": a vote, not the act
    if frame.name == "ratification-direct" and _BY_LEGISLATURE.match(view.text, match.end, view.end):
        return  # "it was approved by parliament on 6 May": the chamber's vote, not the state's act
    state = (
        _noun_phrase_state(ctx, view, match)
        if _NOMINAL.match(match.text)
        else slot(ctx, view, match, "state")
    )
    if frame.kind == "denunciation" and _DECLARATION.match(view.text, match.end, view.end):
        if state is not None:  # "withdrew its declaration under article 34(6)": not the treaty
            _declaration_withdrawal(ctx, view, match, matches, state)
        return
    if state is None and not _NOMINAL.match(match.text):
        state = _participle_subject(view, match)  # "Having signed it in 1998, Senegal ratified it"
    if state is None and not _NOMINAL.match(match.text):
        state = _trailing_participle_subject(ctx, view, match, matches)
    if state is None:  # "overshadowed by Turkey, the first state to ratify it": the apposed state
        apposed = _APPOSED_RANK.search(view.text, max(view.start, match.start - 60), match.start)
        state = view.before(apposed.start() + 1, STATE, within=1) if apposed is not None else None
    treaty = slot(ctx, view, match, "treaty")
    antecedent = _relative_antecedent(view, match)
    if antecedent is not None and not _IT_AFTER.match(view.text, match.end, view.end):
        treaty = antecedent  # "a party to the CRC, to which it acceded in 1996, and to CEDAW"
    org = _organisation(view, match)
    if org is not None:
        state = state or _plural_state(ctx, view, match)
        if frame.also and state is not None:
            _org_event(ctx, view, match, state, org, frame.also)
        return  # the object is an organisation, not a treaty
    if treaty is None and pair is not None and pair[0] is match:
        treaty = slot(ctx, view, pair[1], "treaty")  # "signed and ratified the Convention"
    if treaty is None:
        treaty = _court_treaty(ctx, view, match)  # "withdraw from the International Criminal Court"
    if treaty is None and _PASSIVE_BY.match(view.text, match.end, view.end):
        treaty = view.before(match.start, TREATY_CLASSES, within=200)  # "which was ratified by"
        if treaty is None and _IT_PASSIVE.fullmatch(view.text, view.start, match.start):
            treaty = referent(ctx, view, match.start, TREATY_CLASSES)  # "It was ratified by Benin"
        if treaty is None and _OPENS.fullmatch(view.text, view.start, match.start):
            treaty = _fronted_subject(view, match)  # "Signed by Senegal in 1998, the statute was"
    if state is None and treaty is None and not _NOMINAL.match(match.text):
        # "The CAT was signed by Ghana in 2000 and ratified in 2016": the second verb of a
        # passive pair, its agent and its subject the first verb's
        state, treaty = _passive_pair(ctx, view, match, matches)
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
    if state is None and treaty is None and _its_departure_took_effect(view, match):
        # "Its withdrawal took effect": the owner a state or an organisation, never a treaty
        owner = referent(ctx, view, match.start, STATE | IGO)
        state = owner if owner is not None and owner.cls in STATE else None
    if treaty is None and state is not None and _bare_departure(ctx, view, match, matches):
        treaty = _only(ctx, view, match.start, TREATY_CLASSES)  # "Burundi's withdrawal took effect"
    if treaty is None and state is not None and _bare_verb(view, match) and not _opens_row(ctx, view):
        # "Latvia signed in 2016": the one treaty named just before, else the one the text is
        # about (a fact sheet's row, "- Yemen: acceded on 18 January 1980", is the rows' reader's)
        treaty = _only(ctx, view, match.start, TREATY_CLASSES) or _topic(ctx, view, match.start)
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
        if treaty is None:
            treaty = _object_left_out(ctx, view, match)  # "France and Germany have yet to ratify."
    if treaty is None and state is not None and match.mood == "fact" and frame.kind != "denunciation":
        # "Japan had ratified both covenants in 1979": the treaties named together before
        together = _counted_objects(ctx, view, match)
        for other in together[1:]:
            _action_of(ctx, view, match, matches, state, other)
        treaty = together[0] if together else None
    if treaty is None and state is not None and match.mood == "fact" and frame.kind in _ACT_KINDS:
        together = _them_before(ctx, view, match)  # "the Convention and its Protocol ... acceded to them"
        for other in together[1:]:
            _action_of(ctx, view, match, matches, state, other)
        treaty = together[0] if together else None
    if treaty is None and state is not None and match.mood == "fact":
        treaty = _it_topic(ctx, view, match)  # an explainer's "Chile ratified it" about its treaty
    if state is None or treaty is None:
        return
    s, e = _span(state, treaty, match)
    if match.mood == "negated":
        treaty = _it_treaty(ctx, view, treaty)
        if frame.negated == "not-party" or _not_signed(view, match, state, treaty):
            # "has not signed the ICCPR or the ICESCR": neither of them
            denied = _coordinated(view, treaty, ("and", "or", "nor")) if treaty.start >= match.end else []
            for one in [treaty, *denied]:
                for other in [
                    state,
                    *_subjects_listed(view, state, match),
                    *_listed_before_aside(view, state),
                ]:
                    _not_party(ctx, view, match, other, one, min(s, other.start), max(e, one.end))
        return
    if match.mood == "intention":
        _intention(ctx, view, match, state.key, treaty.key, s, e)
        return
    bracketed = _dated_list(view, state) if frame.kind in _ACT_KINDS and match.mood == "fact" else []
    for one, when in bracketed:  # "ratified by Ghana (2016), Nigeria (2013) and Senegal (2014)"
        key = KEYS.action(one.key, treaty.key, frame.kind)
        _treaty_action(
            ctx, view, key, frame.cls, one.key, treaty.key, frame.kind, min(s, one.start), max(e, when.end)
        )
        _dated(ctx, view, key, when, min(s, one.start), max(e, when.end))
    if bracketed:
        return
    joins = frame.name == "ratification-direct" and _JOIN.match(match.text) is not None
    if joins and _instrument_told(ctx, state.key, treaty.key):
        return  # "Chile joins the statute" after its instrument of accession: the act already told
    _instrument_named(ctx, state.key, treaty.key, frame.kind)
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
    if pair is not None:
        date = _pair_date(view, match, pair, date)
    date = until_date or date
    if date is None and _TOGETHER_WITH.search(view.text, max(view.start, match.start - 40), match.start):
        # "deposited its instrument of ratification yesterday, together with its ratification of
        # the Optional Protocol": the act done with the one dated before it
        date = next((d for d in reversed(view.dates) if d.end <= match.start), None)
    if date is None and frame.kind != "denunciation":
        date = _same_occasion(view, match, treaty)
    if frame.kind in ("ratification", "accession", "signature", "succession"):
        date = _others_in_relatives(ctx, view, match, state, treaty, date)
    if frame.kind == "denunciation" and date is not None and _dates_cessation(view, matches, date):
        date = None  # "ceased today to be a party, becoming the first to leave": the day it left
    # the act a domestic step serves ("signed a law withdrawing ...") takes the step's date, not
    # its own; a denunciation notified ("notified its withdrawal in March 2018") is dated by it
    date = _not_anothers(view, state, date)
    if date is None and frame.kind == "signature":
        date = _on_its_opening(view, treaty)
    coordinated = _coordinated(view, treaty)
    listed = _agents_listed(view, state, match) if frame.kind != "denunciation" else []
    subjects = _subjects_listed(view, state, match) if frame.kind != "denunciation" else []
    respective = _respective(
        view, match, [treaty, *coordinated] if coordinated else [state, *listed, *subjects]
    )
    if respective is not None:  # "Peru and Chile ratified it in 2001 and 2009 respectively"
        date = respective.get(treaty.start if coordinated else state.start)
    _dated(ctx, view, key, date, s, e)
    if frame.kind == "denunciation" and date is not None:
        _effect_later(ctx, view, key, date, s)
    if frame.kind == "denunciation" and cls is not None:
        _ceased_then(ctx, view, key, KEYS.action(state.key, treaty.key, "cessation"), s, e)
    if frame.kind == "denunciation" and cls is not None:
        _leaves_organisation(ctx, view, match, state.key, treaty.key, key, date, s, e)
    for other in coordinated:  # "acceded to the CAT and to CEDAW"
        okey = KEYS.action(state.key, other.key, frame.kind)
        _treaty_action(ctx, view, okey, frame.cls, state.key, other.key, frame.kind, s, other.end)
        _dated(ctx, view, okey, respective.get(other.start) if respective else date, s, other.end)
    if frame.kind != "denunciation":
        for other in listed:  # "was signed by Andorra, Georgia and Israel"
            okey = KEYS.action(other.key, treaty.key, frame.kind)
            _treaty_action(ctx, view, okey, frame.cls, other.key, treaty.key, frame.kind, s, other.end)
            own = respective.get(other.start) if respective else _not_anothers(view, other, date)
            _dated(ctx, view, okey, own, s, other.end)
        for other in subjects:  # "Cambodia, Mongolia and Korea ratified"
            okey = KEYS.action(other.key, treaty.key, frame.kind)
            _treaty_action(ctx, view, okey, frame.cls, other.key, treaty.key, frame.kind, other.start, e)
            own = respective.get(other.start) if respective else _not_anothers(view, other, date)
            _dated(ctx, view, okey, own, other.start, e)
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
        if frame.kind in _ACT_KINDS and date.start >= state.end > match.end:
            _second_agents(ctx, view, frame.kind, frame.cls, treaty, date)


# "ratified by Ghana in 2007 and by Kenya in 2010": another agent of the same passive verb, with
# a date of its own
_AND_BY_AGENT = re.compile(r"\s*,?\s+and\s+(?:(?:then|later|subsequently)\s+)?by\s+(?:the\s+)?", _T)
_OWN_DATE_AFTER = re.compile(r"\s+(?:in|on)\s+", _T)


def _second_agents(
    ctx: Context, view: View, kind: str, cls: str | None, treaty: Mention, date: DateMention
) -> None:
    while True:
        joint = _AND_BY_AGENT.match(view.text, date.end, view.end)
        other = view.after(joint.end(), STATE, within=0) if joint is not None else None
        on = _OWN_DATE_AFTER.match(view.text, other.end, view.end) if other is not None else None
        when = next((d for d in view.dates if on is not None and d.start == on.end()), None)
        if other is None or when is None:
            return
        key = KEYS.action(other.key, treaty.key, kind)
        _treaty_action(ctx, view, key, cls, other.key, treaty.key, kind, other.start, when.end)
        _dated(ctx, view, key, when, other.start, when.end)
        date = when


# "Ghana (2016), Nigeria (2013) and Senegal (2014)": states each with its own date in brackets
_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:in\s+|on\s+|since\s+)?", _T)
_BRACKET_CLOSES = re.compile(r"\s*\)")
_BRACKET_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", _T)


def _bracketed_date(view: View, state: Mention) -> DateMention | None:
    opens = _BRACKET_OPENS.match(view.text, state.end, view.end)
    if opens is None:
        return None
    date = next((d for d in view.dates if d.start == opens.end()), None)
    if date is None or not _BRACKET_CLOSES.match(view.text, date.end, view.end):
        return None
    return date


def _not_anothers(view: View, state: Mention, date: DateMention | None) -> DateMention | None:
    """The date, unless it is the one in brackets after another state ("Benin (2012) and Togo")."""
    if date is None:
        return None
    for other in view.of(STATE):
        if other.key != state.key and _bracketed_date(view, other) == date:
            return None
    return date


def _dated_list(view: View, state: Mention) -> list[tuple[Mention, DateMention]]:
    """The states of the list ``state`` belongs to, each with the date in brackets after it;
    nothing unless every state of the list has one."""
    if _bracketed_date(view, state) is None:
        return []
    states = view.of(STATE)
    at = next((i for i, m in enumerate(states) if m.start == state.start), None)
    if at is None:
        return []
    first = last = at
    while first > 0:
        prev = states[first - 1]
        date = _bracketed_date(view, prev)
        if date is None or not _BRACKET_JOINT.fullmatch(
            view.text, view.text.index(")", date.end) + 1, states[first].start
        ):
            break
        first -= 1
    while last + 1 < len(states):
        date = _bracketed_date(view, states[last])
        nxt = states[last + 1]
        if date is None or not _BRACKET_JOINT.fullmatch(
            view.text, view.text.index(")", date.end) + 1, nxt.start
        ):
            break
        last += 1
    out = [(m, _bracketed_date(view, m)) for m in states[first : last + 1]]
    if any(d is None for _, d in out):
        return []
    return [(m, d) for m, d in out if d is not None]


_THEM_AFTER = re.compile(r"\s+(?:to\s+)?(?:them|both)\b(?!\s+(?:of|the)\b)", _T)


def _them_before(ctx: Context, view: View, match: Match) -> list[Mention]:
    """The treaties "them" after the verb stands for: those the sentence before names together
    in one coordination ("the Refugee Convention and its 1967 Protocol"), where this sentence
    names no treaty and the one before names no state."""
    if not _THEM_AFTER.match(view.text, match.end, view.end) or view.of(TREATY_CLASSES):
        return []
    index = view.sentence.index
    if index == 0:
        return []
    before = ctx.document.sentences[index - 1]
    inside = [m for m in ctx.mentions if before.start <= m.start and m.end <= before.end]
    treaties = [m for m in inside if m.cls in TREATY_CLASSES]
    if len({m.key for m in treaties}) < 2 or any(m.cls in STATE for m in inside):
        return []
    text = ctx.document.text
    for a, b in itertools.pairwise(treaties):
        if not _AND.fullmatch(text, a.end, b.start):
            return []
    return list({m.key: m for m in treaties}.values())


# "The nine states that ratified before France are Albania, ...", "Countries that have signed it
# include Chile and Peru": the states listed after the copula did the act of the relative clause
_THOSE_WHO = re.compile(
    r"\b(?:the|those|other|countries|states|governments|nations)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:states|countries|governments|nations|signatories)\s+)?(?:that|which|who)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:(?:already|also|so\s+far|since)\s+)?$",
    _T,
)
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b", _T)
_COPULA_LIST = re.compile(r"[^.;:!?,]{0,80}?\s(?:are|were|include|included|includes)\s*:?\s+(?:the\s+)?", _T)


def _listed_after_copula(
    view: View, match: Match, lead: re.Pattern[str]
) -> tuple[re.Match[str], list[Mention]] | None:
    """The copula and the states it lists where the trigger stands in a relative clause on a class
    of states ("the states that have ratified it include Ghana and Kenya")."""
    if not lead.search(view.text, max(view.start, match.start - 60), match.start):
        return None
    copula = _COPULA_LIST.match(view.text, match.end, view.end)
    states = _states_from(view, copula.end()) if copula is not None else []
    return (copula, states) if copula is not None and states else None


def _those_who(ctx: Context, view: View, match: Match) -> bool:
    """The acts of the states listed as those that did it; whether the sentence is so made."""
    listed = _listed_after_copula(view, match, _THOSE_WHO)
    if listed is None:
        return False
    copula, states = listed
    treaty = view.after(match.end, TREATY_CLASSES, within=copula.start() - match.end + 1)
    if treaty is None or treaty.start > copula.end():
        direct = "direct" in match.frame.slots.get("treaty", ())
        if direct and not _PRONOUN_OBJECT.match(view.text, match.end):
            return False  # "the states that have accepted the complaints procedure are": not the treaty
        treaty = _only(ctx, view, match.start, TREATY_CLASSES)
    if treaty is None:
        return False
    inside = [d for d in view.dates if match.end <= d.start and d.end <= copula.end()]
    date = inside[0] if len(inside) == 1 else None
    frame = match.frame
    for state in states:
        key = KEYS.action(state.key, treaty.key, frame.kind)
        _treaty_action(ctx, view, key, frame.cls, state.key, treaty.key, frame.kind, match.start, state.end)
        _dated(ctx, view, key, date, match.start, state.end)
    return True


# "Among the states that have not yet ratified it are ...": the class of states that did not act
_THOSE_WHO_NOT = re.compile(
    r"\b(?:the|those|other|countries|states|governments|nations)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:states|countries|governments|nations)\s+)?(?:that|which|who)\s+"
    r"(?:have|has)\s+(?:not|never)\s+(?:(?:yet|so\s+far)\s+)?$",
    _T,
)


def _those_who_not(ctx: Context, view: View, match: Match) -> bool:
    """The states listed as those that have not done the act are no parties to the treaty;
    whether the sentence is so made."""
    listed = _listed_after_copula(view, match, _THOSE_WHO_NOT)
    if listed is None:
        return False
    copula, states = listed
    treaty = view.after(match.end, TREATY_CLASSES, within=copula.end() - match.end)
    if treaty is None or treaty.end > copula.end():
        treaty = _only(ctx, view, match.start, TREATY_CLASSES)  # "have not joined", "not ratified it"
    if treaty is None:
        return False
    for state in states:
        _not_party(ctx, view, match, state, treaty, match.start, state.end)
    return True


_TOGETHER_WITH = re.compile(r"\b(?:together|along|simultaneously)\s+with\s+(?:its|their|the)\s+$", _T)


# "withdrew its accession", "retracted the instrument of ratification": an act undone, not done
_RETRACTED = re.compile(
    r"\b(?:withdr[ae]w\w*|retract\w*|revok\w*|rescind\w*|cancel\w*|annul\w*)\s+(?:its|their|the)\s+(?:instruments?\s+of\s+)?$",
    _T,
)
# "did not ratify it until 2015", "had not acceded to it until March 1999": the act, done then
_NOT_UNTIL = re.compile(r"\b(?:did|does|had|would|could)\s*n[o']t\s+(?:\w+\s+)?$", _T)
_UNTIL_AFTER = re.compile(r"(?:\s+[^\s.;:,!?]+){0,8}?\s+(?P<until>until)\s+(?:\w+\s+)?\d", _T)
# "signed and ratified", "signed and later ratified", "has signed but not yet ratified": two acts
# (or an act and its negation) of one subject on one object
_AND_VERB = re.compile(
    r"\s*,?\s+(?:and\s+(?P<adv>(?:later|subsequently|then|eventually|afterwards|in\s+turn)\s+)?"
    r"|(?P<but>but\s+(?:has\s+|have\s+|had\s+|did\s+)?(?:not|never)\s+(?:yet\s+)?))$",
    _T,
)
_ACT_KINDS = frozenset({"signature", "ratification", "accession", "succession"})


def _verb_pair(view: View, match: Match, matches: list[Match]) -> tuple[Match, Match] | None:
    """The two acts of a pair of verbs joined by "and" with one object ("signed and ratified the
    Convention"), first and second; none where the trigger is not one of such a pair."""
    acts = [m for m in matches if m.frame.shape == "action" and m.frame.kind in _ACT_KINDS]
    if match not in acts:
        return None
    for first, second in itertools.pairwise(acts):
        if first.frame.kind == second.frame.kind or first.end > second.start:
            continue
        if _AND_VERB.fullmatch(view.text, first.end, second.start) and match in (first, second):
            return first, second
    return None


def _pair_date(
    view: View, match: Match, pair: tuple[Match, Match], date: DateMention | None
) -> DateMention | None:
    """The date of one of two acts told by a pair of verbs: the first and second of two dates
    "respectively"; else the second verb's date for both, unless an adverb ("and later ratified")
    says the first came before it."""
    first, second = pair
    after = [d for d in view.dates if d.start >= second.end]
    told = _RESPECTIVELY.match(view.text, second.end, view.end)
    if told is not None:
        own = [d for d in after if d.end <= told.end()]
        if len(own) != 2:
            return None
        return own[0] if match is first else own[1]
    if match is second:
        return date
    joined = _AND_VERB.fullmatch(view.text, first.end, second.start)
    if joined is not None and (joined.group("adv") or joined.group("but")):
        return None  # "signed and later ratified it in 2014", "signed but not ratified it"
    return _date(view, second)


def _respective(view: View, match: Match, named: list[Mention]) -> dict[int, DateMention | None] | None:
    """The date of each of several states or treaties one verb is told of with as many dates
    "respectively" ("Peru and Chile ratified it in 2001 and 2009 respectively"), in the order both
    are named; none of them dated where the counts differ; None where the clause says no
    "respectively"."""
    told = _RESPECTIVELY.match(view.text, match.end, view.end)
    if told is None or len(named) < 2:
        return None
    own = [d for d in view.dates if match.end <= d.start and d.end <= told.end()]
    ordered = sorted(named, key=lambda m: m.start)
    if len(own) != len(ordered):
        return {m.start: None for m in ordered}
    return {m.start: d for m, d in zip(ordered, own, strict=True)}


# "the third State to ratify it, after Turkey, which did so on 14 March 2012, and Albania, whose
# instrument was deposited yesterday": a relative clause on another state tells that state's act
_RELATIVE_ON = re.compile(r",\s+(?:which|who|whose)\b", _T)
_SAME_ACT = re.compile(
    r",\s+(?:which|who)\s+(?:(?:had|has|also|already|itself)\s+)*(?:did\s+so|done\s+so|followed)\b"
    r"|,\s+whose\s+(?:own\s+)?instrument(?:\s+of\s+[a-z]+)?\s+(?:was|had\s+been|has\s+been)\s+deposited\b",
    _T,
)


def _others_in_relatives(
    ctx: Context, view: View, match: Match, state: Mention, treaty: Mention, date: DateMention | None
) -> DateMention | None:
    """The date of the act, none where it lies in a relative clause on another state named after
    the verb; that state's own act where the clause says it did the same."""
    later = [m for m in view.of(STATE) if m.start >= match.end and m.key != state.key]
    out = date
    for i, other in enumerate(later):
        if _RELATIVE_ON.match(view.text, other.end, view.end) is None:
            continue
        stop = later[i + 1].start if i + 1 < len(later) else view.end
        inside = [d for d in view.dates if other.end < d.start < stop]
        if date is not None and date in inside:
            out = None  # the date is the other state's
        same = _SAME_ACT.match(view.text, other.end, view.end)
        if same is None:
            continue
        frame = match.frame
        key = KEYS.action(other.key, treaty.key, frame.kind)
        end = inside[0].end if inside else same.end()
        _treaty_action(ctx, view, key, frame.cls, other.key, treaty.key, frame.kind, other.start, end)
        if inside:
            _dated(ctx, view, key, inside[0], other.start, end)
    return out


# "was opened for signature in Warsaw on 16 May 2005, and Norway signed it there": the act on the
# occasion the clause before dates
_SAME_OCCASION = re.compile(
    r"\s*(?:(?:it|them)\s+)?(?:,\s*)?(?:there|then|that\s+day|the\s+same\s+day|on\s+(?:that|the\s+same)\s+(?:day|occasion))"
    r"\s*(?:[.;,]|$)",
    _T,
)


def _same_occasion(view: View, match: Match, treaty: Mention) -> DateMention | None:
    """The date of the occasion an act done "there" or "that day" refers to: the last date of its
    sentence before the act, where the act's own words end with the adverb."""
    end = max(match.end, treaty.end)
    if _SAME_OCCASION.match(view.text, end, view.end) is None:
        return None
    before = [d for d in view.dates if d.end <= match.start]
    return before[-1] if before else None


# "ratified both international covenants", "signed the two treaties": a counted plural object
_COUNTED_OBJECT = re.compile(
    r"\s+(?P<det>both|the\s+two|the\s+three|all\s+three)\s+(?:[a-z][\w-]*\s+)?"
    r"(?P<head>conventions|covenants|protocols|charters|treaties|instruments)\b",
    _T,
)


# "became a party to": words that say a state joined, not how; "by depositing its instrument of
# accession" in the same clause says how
_BECAME_PARTY = re.compile(r"(?:became|become|becoming)\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)\b", _T)
_OWN_INSTRUMENT = re.compile(
    r"\b(?:its|their|her|his)\s+instruments?\s+of\s+(?P<kind>accession|succession)\b", _T
)
_CLAUSE_END = re.compile(r"[.;:!?]")


def _instrument_kind(view: View, match: Match) -> Match:
    """ "Samoa became a party to the Convention when its instrument of accession reached the
    Secretary-General": joining told with its instrument is an accession (or a succession), not
    the ratification "became a party" is read as by default."""
    if match.frame.kind != "ratification" or not _BECAME_PARTY.match(match.text):
        return match
    end = _CLAUSE_END.search(view.text, match.end, view.end)
    told = _OWN_INSTRUMENT.search(view.text, match.end, end.start() if end else view.end)
    if told is None:
        return match
    return replace(match, frame=frame_named(told.group("kind").lower()))


def _counted_objects(ctx: Context, view: View, match: Match) -> list[Mention]:
    """The treaties a counted plural object stands for, as many as its count says."""
    found = _COUNTED_OBJECT.match(view.text, match.end, view.end)
    if found is None:
        return []
    return treaties_together(ctx, view, found.start("det"), found.group("det"), found.group("head"))


def _it_topic(ctx: Context, view: View, match: Match) -> Mention | None:
    """ "What happened next? It was opened for signature on 20 September, and that day Guyana
    ratified it": "it" the verb's object where the sentences in reach name no treaty and no
    organisation but a place where things happened ("at the United Nations"), in a text about one
    treaty."""
    if not _SIGNED_OR_RATIFIED.fullmatch(match.text) or not _IT_AFTER.match(view.text, match.end, view.end):
        return None  # "joined it", "acceded to it" may be said of an organisation
    if referent(ctx, view, match.end, TREATY_CLASSES) is not None:
        return None
    for m in view.of(IGO):
        if m.end <= match.start and not _PLACE_OF.search(view.text, max(view.start, m.start - 12), m.start):
            return None
    return _topic(ctx, view, match.start)


_SIGNED_OR_RATIFIED = re.compile(r"(?:signed|ratified)", _T)


_PLACE_OF = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", _T)


# A legislature as the subject of "approved", "accepted": its vote on the treaty, which the
# domestic steps record; the state's ratification is another act
_LEGISLATURE = (
    r"(?:parliament|congress|senate|legislature|national\s+assembly|chamber\s+of\s+deputies|"
    r"house\s+of\s+representatives|lawmakers|legislators|MPs|deputies|senators)"
)
_ADVERBS = r"(?:(?:then|also|first|finally|formally|unanimously|later|has|had|have)\s+)*"
_LEGISLATURE_ACTS = re.compile(
    # "the Senate then approved the statute"; "Congress amended the Constitution, then it approved"
    rf"(?:.*\b{_LEGISLATURE}\s+{_ADVERBS}"
    rf"|\W*(?:the\s+)?(?:[A-Z][\w-]*\s+)?{_LEGISLATURE}\b.*\b(?:it|they)\s+{_ADVERBS})",
    _T | re.S,
)


# "the first state to sign the convention, when it was opened for signature in Istanbul on 11
# May 2011": signed the day the treaty opened for signature
_WHEN_OPENED = re.compile(
    r",?\s+(?:when|the\s+day)\s+it\s+was\s+opened\s+for\s+signature\b[^.;:,]{0,40}?$", _T
)


def _on_its_opening(view: View, treaty: Mention) -> DateMention | None:
    """The date of the treaty's opening for signature a "when" clause right after it gives."""
    for d in view.dates:
        if d.start > treaty.end and _WHEN_OPENED.fullmatch(view.text, treaty.end, d.start):
            return d
    return None


# "approved by the National Assembly", "accepted by Kenya's parliament": a chamber after "by"
_BY_LEGISLATURE = re.compile(
    rf"\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['\u2019]s)?\s+){{0,2}}{_LEGISLATURE}\b", _T
)


def _dates_cessation(view: View, matches: list[Match], date: DateMention) -> bool:
    """Whether the date is the one the sentence gives a state's ceasing to be a party or a
    departure's taking effect: the day it took effect, not the day it was notified."""
    return any(m.frame.kind == "cessation" and _date(view, m) == date for m in matches) or any(
        m.frame.shape == "effect" and _effect_date(view, m) == date for m in matches
    )  # "the withdrawal takes effect twelve months after the notice, on 3 May 2020"


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
    if (
        not _is_purpose(match, matches, ("notification",))
        and not any(
            m.end <= match.start and _POSSESSOR_ONLY.fullmatch(view.text, m.end, match.start)
            for m in view.of(STATE)
        )
        and not _its_departure_took_effect(view, match)
    ):
        return False  # "its withdrawal" outside a notice: whose, and of what, is not said
    if ctx.leaving is not None and ctx.leaving[0] != "denunciation":
        return False  # the text is about withdrawing a declaration or leaving an organisation
    first = ctx.document.sentences[max(0, view.sentence.index - 3)].start
    if _NOT_THE_TREATY.search(ctx.text, first, view.end):
        return False  # "withdrew its declaration ... Its withdrawal took effect": not the treaty
    return not any(first <= m.start < view.end and m.cls in IGO for m in ctx.mentions)


_POSSESSOR_ONLY = re.compile(r"'s?\s+(?:formal\s+)?")


# "Its withdrawal took effect on 27 October 2017": the state's departure, told by when it took effect
_TOOK_EFFECT = re.compile(r"\s+(?:(?:took|takes|will\s+take)\s+effect|became\s+effective)\b", _T)


def _its_departure_took_effect(view: View, match: Match) -> bool:
    """ "its withdrawal" as the subject of its taking effect: the owner is the state "its" stands for."""
    return bool(
        ITS_BEFORE.search(view.text, max(view.start, match.start - 4), match.start)
        and _TOOK_EFFECT.match(view.text, match.end, view.end)
    )


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


# "Signed by Senegal on 18 July 1998, the Rome Statute was ...": a participle opening the sentence
# whose object is the subject of the main clause after the comma
_OPENS = re.compile(r"\s*[\"\'“‘]?")
_MAIN_SUBJECT = re.compile(r"[^,.;:!?()]{0,80},\s+(?:the\s+)?", _T)


# "the Covenant, to which it acceded in 1996", "CEDAW, which Oman joined in 2006": a relative clause
# on a treaty, its subject a pronoun or a name, the trigger its verb
_WHICH_BEFORE = re.compile(
    r"\s*,\s*(?:to\s+|of\s+)?which\s+(?:it|they|(?:the\s+)?(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}))\s+"
    r"(?:(?:had|has|have|also|later|then|finally|first|only)\s+)*",
    _T,
)


def _relative_antecedent(view: View, match: Match) -> Mention | None:
    antecedent = view.before(match.start, TREATY_CLASSES, within=120)
    if antecedent is None or not _WHICH_BEFORE.fullmatch(view.text, antecedent.end, match.start):
        return None
    return antecedent


# "was signed by Ghana in 2000 and ratified in 2016": between the first passive verb and the second,
# the agent, perhaps the first verb's date, "and", perhaps an adverb of sequence
_PASSIVE_PAIR = re.compile(
    r"\s+by\s+(?:the\s+)?(?P<agent>[^,;:.()]{2,60}?)(?:\s+(?:in|on)\s+[^,;:.()]{1,30}?)?,?\s+and\s+"
    r"(?:(?:was|then|later|subsequently|eventually|finally|only)\s+){0,2}$",
    _T,
)


def _passive_pair(
    ctx: Context, view: View, match: Match, matches: list[Match]
) -> tuple[Mention | None, Mention | None]:
    """The state and treaty of the second of two passive verbs with one agent."""
    before = [
        m
        for m in matches
        if m.frame.shape == "action" and m.frame.kind in _ACT_KINDS and m.end <= match.start
    ]
    if not before or match.frame.kind not in _ACT_KINDS:
        return None, None
    first = before[-1]
    pair = _PASSIVE_PAIR.fullmatch(view.text, first.end, match.start)
    if pair is None or first.frame.kind == match.frame.kind:
        return None, None
    state = view.after(pair.start("agent"), STATE, within=0)
    if state is None or state.end != pair.end("agent"):
        return None, None
    treaty = view.before(first.start, TREATY_CLASSES, within=200)
    if treaty is None and _IT_PASSIVE.fullmatch(view.text, view.start, first.start):
        treaty = referent(ctx, view, first.start, TREATY_CLASSES)
    return state, treaty


# "Having signed the statute in 1998, Senegal ratified it", "After signing it, Chile": a participle
# clause opening the sentence, its subject that of the main clause after the comma
_PARTICIPLE_OPENS = re.compile(r"\W*(?:(?:after|despite|before|since|upon|while|when)\s+)?(?:having\s+)?", _T)
_PARTICIPLE_VERB = re.compile(r"(?:[a-z]+ing|signed|ratified|acceded)\b", _T)
_MAIN_CLAUSE = re.compile(r"[^,.;:!?()]{0,120}?,\s+(?:the\s+)?", _T)


def _participle_subject(view: View, match: Match) -> Mention | None:
    """The state opening the main clause after a participle clause the trigger opens."""
    if not _PARTICIPLE_OPENS.fullmatch(view.text, view.start, match.start):
        return None
    if not _PARTICIPLE_VERB.match(match.text) or (
        match.text.lower().endswith("ed") and not _HAVING.search(view.text, view.start, match.start)
    ):
        return None  # "Signed by Senegal in 1998, the statute": the treaty is the main subject
    comma = _MAIN_CLAUSE.match(view.text, match.end, view.end)
    if comma is None:
        return None
    return view.after(comma.end(), STATE, within=0)


_HAVING = re.compile(r"\bhaving\s+$", _T)


# "ratified it on 25 June 2004, a year after signing it": a participle clause closing the sentence,
# after the act of the main clause
_TRAILING_PARTICIPLE = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|some|"
    r"several|many|a\s+few|more\s+than\s+a|less\s+than\s+a)\s+(?:days?|weeks?|months?|years?|decades?)\s+)?"
    r"(?:after|before|since)\s+(?:first\s+)?$",
    _T,
)


def _trailing_participle_subject(
    ctx: Context, view: View, match: Match, matches: list[Match]
) -> Mention | None:
    """The state of the act told just before a closing participle clause: "Denmark ratified it in
    2004, a year after signing it in 2003" (the participle has no subject of its own)."""
    if not match.text.lower().endswith("ing"):
        return None
    lead = _TRAILING_PARTICIPLE.search(view.text, max(view.start, match.start - 60), match.start)
    if lead is None:
        return None
    earlier = [m for m in matches if m.end <= lead.start() and m.frame.shape == "action" and m.mood == "fact"]
    if not earlier or _CLAUSE_END.search(view.text, earlier[-1].end, lead.start()):
        return None
    return slot(ctx, view, earlier[-1], "state")


def _fronted_subject(view: View, match: Match) -> Mention | None:
    if not match.text[:1].isupper():
        return None
    comma = _MAIN_SUBJECT.match(view.text, match.end, view.end)
    if comma is None:
        return None
    return next((m for m in view.of(TREATY_CLASSES) if comma.end() - 4 <= m.start <= comma.end()), None)


# "It was ratified by Benin", "It has since been signed by", "Since then it has been ratified by":
# a pronoun opening the sentence, or after an opening phrase of time
_IT_PASSIVE = re.compile(
    r"\s*(?:(?:Since\s+then|Since|By|In|As\s+of|So\s+far)\b[^,;.:]{0,25}?,?\s+(?=it\s))?[Ii]t\s+(?:was|is|has|had|were)\s+(?:(?:been|since|also|then|later|first|subsequently)\s+){0,3}"
)


# "Greece signed in 1997", "..., ratifying in 2018": the verb with no object, its date right after it
_BARE_VERB = re.compile(r"(?:signed|ratified|acceded|signing|ratifying|acceding)", _T)


def _opens_row(ctx: Context, view: View) -> bool:
    """Whether the sentence opens a bulleted line: a fact sheet's row."""
    line = ctx.text.rfind("\n", 0, view.start) + 1
    bullet = BULLET.match(ctx.text, line)
    return bullet is not None and not ctx.text[bullet.end() : view.start].strip()


def _bare_verb(view: View, match: Match) -> bool:
    """Whether the trigger is a verb of signing, ratifying or acceding with no object, only its
    date after it: the act is of the one treaty the text has been about. "Was the first to
    ratify, in 2004" is such a verb too."""
    ranked = _ORDINAL_TO.search(view.text, max(view.start, match.start - 40), match.start)
    verb = _BARE_VERB if ranked is None else _RANKED_VERB
    if not verb.fullmatch(match.text) or any(m.start > match.end for m in view.of(TREATY_CLASSES)):
        return False  # "signed in 2000 the Rome Statute": the object comes later
    relative = _UNNAMED_ANTECEDENT.search(view.text, max(view.start, match.start - 160), match.start)
    if relative is not None and not any(
        relative.start() <= m.start < relative.end("which") for m in view.of(TREATY_CLASSES)
    ):
        # "the Council of Europe convention on violence against women, which the UK signed in
        # 2012": the object is a treaty described but not named, not the one the text is about
        return False
    gap = _BARE_GAP if ranked is None else _RANKED_GAP
    return any(gap.fullmatch(view.text, match.end, d.start) for d in view.dates if d.start > match.end)


# A treaty by its head noun, then a relative clause whose verb is the trigger
_UNNAMED_ANTECEDENT = re.compile(
    r"\b(?:convention|treaty|protocol|covenant|charter|statute|agreement)\b[^,;.()]{0,80},?\s+"
    r"(?P<which>which|that)\s+[^,;.()]{0,40}$",
    _T,
)


# "was the first to ratify", "became the seventh state to sign"
_ORDINAL_TO = re.compile(
    r"\b(?:was|is|became|becomes)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|last|latest|\d+(?:st|nd|rd|th))\s+(?:(?:state|country|nation|member|party)\s+)?to\s+$",
    _T,
)


# ", the first state to", ", the thirtieth country to": a rank apposed to the state before it
_APPOSED_RANK = re.compile(
    r",\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|"
    r"\d+(?:st|nd|rd|th))\s+(?:state|country|nation|member\s+state)\s+to\s+$",
    _T,
)


_RANKED_VERB = re.compile(r"(?:sign|ratify|accede)", _T)


_RANKED_GAP = re.compile(r",?\s+(?:(?:only|first|finally|later|eventually)\s+)?(?:in|on)\s+", _T)


# "has not signed", "have never signed", "Neither India nor Myanmar has signed": not a party now
_HAS_NOT = re.compile(
    r"\b(?:has|have)(?:n't)?\s+(?:(?:not|never|yet|still|so\s+far|even)\s+)*(?:(?<=yet\s)to\s+)?$", _T
)


# "have not signed.", "has yet to ratify it": a verb of signing or ratifying with no object but
# "it", then the clause ends
_LEFT_OUT = re.compile(
    r"(?:\s+it)?(?:\s+(?:so\s+far|yet|to\s+date|either))?\s*(?:[.;]|,\s+(?:and|but)\b)", _T
)
_SIGN_OR_RATIFY = re.compile(r"(?:sign|signed|ratify|ratified)", _T)


def _object_left_out(ctx: Context, view: View, match: Match) -> Mention | None:
    """The treaty a denied signature or ratification leaves unnamed ("Several signatories, Spain
    among them, have yet to ratify."; "have not ratified it" where the sentences in reach name no
    treaty): the one treaty named in this sentence or the few before, else the one the text is
    about, where no organisation is named in the sentence that "it" could stand for, and the
    registry lists it."""
    if not _SIGN_OR_RATIFY.fullmatch(match.text) or not _LEFT_OUT.match(view.text, match.end, view.end):
        return None
    if any(m.end <= match.start for m in view.of(IGO)):
        return None
    only = _only(ctx, view, match.start, TREATY_CLASSES)
    found = only if only is not None else _topic(ctx, view, match.start)
    # an unlisted name may be a cut-short form of another one in the text: not relied on
    return found if found is not None and found.known and ctx.registry.has(found.key) else None


# "Russia, a major producer, has not signed it"; "..., Israel, all major users, have not signed":
# an apposition on the subject, between commas, before the verb
_ASIDE = re.compile(
    r"\s*,\s+(?:a|an|all|both|each|itself|themselves)\s+"
    r"(?![^,;:.()]*\b(?:said|says|say|noted|notes|added|told|according)\b)[^,;:.()]{1,60}?,",
    _T,
)  # "the committee said" between commas is an attribution, not a description of the subject


def _past_aside(view: View, state: Mention) -> int:
    """Where the subject ``state`` ends, past an apposition on it."""
    aside = _ASIDE.match(view.text, state.end, view.end)
    return aside.end() if aside is not None else state.end


def _listed_before_aside(view: View, state: Mention) -> list[Mention]:
    """The other states of a list that ends with ``state`` and an apposition on them all ("The
    United States, Russia, China and Israel, all major producers, have not signed")."""
    if _ASIDE.match(view.text, state.end, view.end) is None:
        return []
    for m in view.of(STATE):
        if m.start >= state.start:
            break
        listed = _states_from(view, m.start)
        if len(listed) > 1 and listed[-1].start == state.start:
            return listed[:-1]
    return []


def _not_signed(view: View, match: Match, state: Mention, treaty: Mention) -> bool:
    """A signature denied in the present perfect: the state has taken no step towards the
    treaty, so it is not a party (a simple past, "did not sign in 1998", says nothing of today).
    Both are named as the verb's subject and object: a pronoun's referent is not relied on."""
    return (
        match.frame.kind == "signature"
        and _HAS_NOT.search(view.text, max(view.start, match.start - 30), match.start) is not None
        and view.start <= state.start
        and _SUBJECT_TO_VERB.fullmatch(view.text, _past_aside(view, state), match.start) is not None
        # named after the verb, or "it" standing for it ("Azerbaijan has not signed it")
        and (
            treaty.start >= match.end
            or _IT_AFTER.match(view.text, match.end, view.end) is not None
            or _LEFT_OUT.match(view.text, match.end, view.end) is not None
        )
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


def listed_after(view: View, pos: int) -> list[Mention]:
    """The states listed after ``pos`` in the trigger's clause: a list after a colon or after
    "including", "among them", "such as", of states only, ending with the clause."""
    opener = _LIST_OPENER.match(view.text, pos, view.end)
    if opener is not None and _EXCEPT.search(opener.group(0)):
        return []  # "has ratified it except two: Armenia and Azerbaijan": the ones that have not
    return [] if opener is None else _states_from(view, opener.end())


_EXCEPT = re.compile(
    r"\b(?:except|apart\s+from|other\s+than|save\s+for|besides|with\s+the\s+exception\s+of)\b", _T
)


def _organisation(view: View, match: Match) -> Mention | None:
    """The organisation a joining or leaving verb takes as its own object, if any."""
    org = direct_object(view, match.end, IGO)
    if org is None or _ORG_MODIFIES.match(view.text, org.end, view.end) or _attributive(view, org):
        return None
    return org


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


# "ratified the Charter in 1992 and the Protocol in 2004", "acceded to A in 2016 and to B in 2017":
# the same act of the same state, on another treaty with a date of its own
# "the Protocol establishing the Court in 2004": a short description may stand before its date
_OWN_DATE = re.compile(
    r"(?:\s+(?:establishing|creating|setting\s+up|on|concerning|relating\s+to)\s+[^,;:.()]{1,60}?)?\s+(?:in|on)\s+",
    _T,
)


# ", and the Protocol", " and to CEDAW", and ", the Convention" inside a list that "and" closes
_OBJECT_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:to\s+|of\s+)?(?:the\s+|its\s+|their\s+)?", _T)


def _second_objects(
    ctx: Context, view: View, kind: str, cls: str | None, state: Mention, treaty: Mention, date: DateMention
) -> None:
    if not re.fullmatch(r"\s+(?:in|on)\s+", view.text[treaty.end : date.start], _T):
        return
    # "ratified A in 1984, B in 1990 and C in 1997": each object with its own date; the objects
    # after a comma count only once "and" closes their list
    pending: list[tuple[list[Mention], DateMention]] = []
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
        # "and the Covenants, the Convention against Torture and CEDAW on 3 October 1991": a
        # list of treaties sharing the date after the last
        group = [other, *_coordinated(view, other)]
        last = group[-1]
        own = next(
            (
                d
                for d in view.dates
                if d.start > last.end and _OWN_DATE.fullmatch(view.text[last.end : d.start])
            ),
            None,
        )
        if own is None or (own.end < view.end and not re.match(r"\s*(?:[,.;]|and\b)", view.text[own.end :])):
            return
        pending.append((group, own))
        if "and" in joint.group(0).lower().split():
            for listed, when in pending:
                for one in listed:
                    key = KEYS.action(state.key, one.key, kind)
                    _treaty_action(ctx, view, key, cls, state.key, one.key, kind, one.start, when.end)
                    _dated(ctx, view, key, when, one.start, when.end)
            pending = []
        treaty, date = last, own


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


def _is_purpose(
    match: Match, matches: list[Match], shapes: tuple[str, ...] = ("step", "notification")
) -> bool:
    """Whether ``match`` is the act a domestic step just before it serves ("a bill to denounce")."""
    steps = [p for p in matches if p.frame.shape in shapes and p.end <= match.start]
    if not steps:
        return False
    after = [p for p in matches if p.start >= steps[-1].end and p.frame.name in _PURPOSES]
    return bool(after) and after[0].start == match.start


def _ceased_then(ctx: Context, view: View, denunciation: str, cessation: str, s: int, e: int) -> None:
    """A state's denunciation of a treaty took effect the day the text says that state ceased
    to be a party to it ("Burundi ceased today to be a party to the Rome Statute ... its
    notification was deposited on 27 October 2016"), in whichever order the two are told; a
    date the text gives the effect itself comes first."""
    told = {c.subject.key for c in ctx.claims if c.predicate == TG.state}
    if denunciation not in told or cessation not in told:
        return
    if any(c.subject.key == denunciation and c.predicate == TG.effectiveDate for c in ctx.claims):
        return
    dates = {c.object for c in ctx.claims if c.subject.key == cessation and c.predicate == TG.date}
    if len(dates) != 1:
        return  # undated, or dated twice: which day it took effect is not clear
    value = dates.pop()
    if isinstance(value, Value):
        ctx.claim(denunciation, TG.effectiveDate, value, view, s, e)


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
        _ceased_then(ctx, view, KEYS.action(state.key, treaty.key, "denunciation"), key, s, e)
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


_INSTRUMENT = re.compile(
    r"instruments?\s+of\s+(?P<kind>ratification|accession|succession|acceptance|approval)", _T
)
# Acceptance and approval bind a state as ratification does (Vienna Convention, article 14(2))
_AS_RATIFICATION = {"acceptance": "ratification", "approval": "ratification"}


_TO_TREATY = re.compile(r"\s+(?:to|of)\s+(?:the\s+)?", _T)


_PASSIVE_DEPOSIT = re.compile(r"(?:was|is|were|are|had|has|have)\b", _T)


# "the deposit of the second instrument": a noun counting instruments, whoever deposited them,
# unless a possessor names the depositor ("Iraq's deposit of the twentieth instrument")
_THRESHOLD_DEPOSIT = re.compile(r"deposit\s+of\b", _T)
_DEPOSITOR = re.compile(r"(?:'s?|\bits|\btheir)\s+$", re.I)
_UNNAMED_INSTRUMENT = re.compile(r"^(?:deposited|lodged)\s+(?:its|the|their)\s+instrument\b(?!s)", _T)
_INSTRUMENT_OF = re.compile(r"\s+of\b", _T)
_ACT_NAMED_BEFORE = re.compile(r"\b(?:ratif\w*|acce(?:ded|des|de|ding|ssion))\b", _T)


def _deposit(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Deposited its instrument of accession with the Secretary-General on 4 March": the act the
    instrument names. Its treaty is named after it, or is the one treaty the text has been about
    in the sentences before; a passive ("the instrument of ratification was deposited") stands
    for the state the text has been about the same way."""
    if match.mood != "fact":
        return
    noun = _INSTRUMENT.search(match.text) or _ORDINAL_ACT.search(match.text)
    named_before = _ACT_NAMED_BEFORE.findall(view.text, view.start, match.start)
    unnamed = _UNNAMED_INSTRUMENT.search(view.text[match.start : match.end + 12])
    if noun is None and unnamed is not None:
        end = match.start + unnamed.end()
        if not named_before or _INSTRUMENT_OF.match(view.text, end, view.end):
            return  # "deposited its instrument": of the act the sentence named, if it named one
        kind: str = "ratification" if named_before[-1].lower().startswith("ratif") else "accession"
    elif noun is None:  # "deposited theirs", "deposited the twentieth": the instruments counted before
        if _HAS_ORDINAL.search(match.text) is None and not _THEIRS.search(match.text):
            return
        if _HAS_ORDINAL.search(match.text) and not _ORDINAL_ALONE.match(view.text, match.end, view.end):
            return  # "deposited the tenth report"
        counted = _counted_kind(ctx, view, match.start)
        if counted is None:
            return
        kind = counted
    else:
        kind = noun.group("kind").lower()
        kind = _AS_RATIFICATION.get(kind, kind)
    to = _TO_TREATY.match(view.text, match.end, view.end)
    # "of the Rome Statute": the treaty's mention may hold its "the"
    treaty = view.after(match.end + 1, TREATY_CLASSES, within=to.end() - match.end - 1) if to else None
    passive = _PASSIVE_DEPOSIT.search(match.text) is not None
    several = passive and noun is not None and noun.group(0)[:11].lower() == "instruments"
    listed = _treaties_listed(view, match.end) if treaty is None and noun is not None else None
    if listed is not None:  # "of two treaties, the A and the B": those, never the text's topic
        several = True
    if treaty is None and not several:  # "the instruments ... were deposited": never one treaty's
        treaty = _only(ctx, view, match.start, TREATY_CLASSES)
    owner = _owner(view, match) if passive else None  # "Chile's instrument of ratification was"
    if treaty is None and (noun is None or owner is not None):
        # "deposited theirs", "Canada's instrument of accession was deposited this morning": in a
        # text about one treaty, that treaty
        treaty = _topic(ctx, view, match.start)
    if passive and (
        _HAS_ORDINAL.search(match.text)
        or _ORDINAL_BEFORE.search(view.text, max(view.start, match.start - 30), match.start)
    ):
        return  # "after the seventh instrument of ratification was deposited": a threshold, no one's act
    if _THRESHOLD_DEPOSIT.match(match.text) and not _DEPOSITOR.search(view.text, view.start, match.start):
        return  # "thirty days after the deposit of the second instrument": a threshold, no one's act
    state = owner or (_only(ctx, view, match.start, STATE) if passive else slot(ctx, view, match, "state"))
    if treaty is None and owner is not None:
        # "Canada's instrument of accession was deposited this morning", after a title on
        # "Canada's accession to the Optional Protocol": the treaty of the act already told
        treaty = _told_treaty(ctx, owner.key, getattr(TG, kind.capitalize()))
    # the instrument's own noun ("ratification of the statute") is no other event to stop at
    date = view.date_for(match.start, match.end, [t for t in match.starts if not match.start < t < match.end])
    if date is None and _WHEN_CLAUSE.search(view.text, view.start, match.start):
        # "on 18 July 1978 the convention entered into force, when Grenada deposited ...": the
        # deposit is dated by the clause it completes
        date = next((d for d in reversed(view.dates) if d.end <= match.start), None)
    if listed is not None:
        if state is not None and not passive:
            for one in listed:
                key = KEYS.action(state.key, one.key, kind)
                s, e = _span(match, one, state if state.start >= view.start else None)
                _treaty_action(ctx, view, key, getattr(TG, kind.capitalize()), state.key, one.key, kind, s, e)
                _dated(ctx, view, key, date, s, e)
        return
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
    if treaty is None and state is not None and not passive and _ITS_INSTRUMENT.search(match.text):
        # "November 2013: Serbia deposits its instrument of ratification": in a text about one
        # treaty, which the sentences before leave unnamed, that treaty
        treaty = _topic(ctx, view, match.start)
    if treaty is None or state is None:
        return
    others = [] if passive else _subjects_listed(view, state, match)
    # "deposited instruments of accession to the A, the B and the C": each treaty listed
    treaties = (
        [treaty, *_coordinated(view, treaty)] if to is not None and treaty.start > match.end else [treaty]
    )
    for one in [state, *others]:
        for named in treaties:
            _instrument_named(ctx, one.key, named.key, kind)
            key = KEYS.action(one.key, named.key, kind)
            s, e = _span(
                match, named if named.start >= view.start else None, one if one.start >= view.start else None
            )
            _treaty_action(ctx, view, key, getattr(TG, kind.capitalize()), one.key, named.key, kind, s, e)
            _dated(ctx, view, key, date, s, e)


# "joined", "joins": becoming a party, by whichever instrument; read as a ratification until the
# text names the instrument
_JOIN = re.compile(r"join", _T)
_OTHER_INSTRUMENTS = ("accession", "succession")


def _instrument_told(ctx: Context, state: str, treaty: str) -> bool:
    """Whether the document has already told this state's accession or succession to the treaty."""
    keys = {KEYS.action(state, treaty, kind) for kind in _OTHER_INSTRUMENTS}
    return any(c.subject.key in keys and c.predicate == RDF.type for c in ctx.claims)


def _instrument_named(ctx: Context, state: str, treaty: str, kind: str) -> None:
    """An accession or succession named after a title's "Chile joins the statute": the undated
    ratification that "joins" was read as is the same act, told with its instrument, so it goes."""
    if kind not in _OTHER_INSTRUMENTS:
        return
    guess = KEYS.action(state, treaty, "ratification")
    told = [c for c in ctx.claims if c.subject.key == guess]
    if not told or any(c.predicate == TG.date for c in told):
        return
    if all(_JOIN.search(c.evidence.quote) for c in told if c.predicate == RDF.type):
        ctx.claims[:] = [c for c in ctx.claims if c.subject.key != guess]


def _told_treaty(ctx: Context, state: str, cls: str) -> Mention | None:
    """The one treaty the document has already given this state an act of this class on."""
    nodes = {c.subject.key for c in ctx.claims if c.predicate == TG.state and _key_of(c.object) == state}
    typed = {c.subject.key for c in ctx.claims if c.subject.key in nodes and _key_of(c.object) == cls}
    treaties = {
        key
        for c in ctx.claims
        if c.subject.key in typed and c.predicate == TG.treaty
        for key in [_key_of(c.object)]
        if key
    }
    if len(treaties) != 1:
        return None
    key = treaties.pop()
    return Mention(key, TG.Treaty, ctx.name(key), -1, -1, "", True, "told")  # named elsewhere


def _key_of(value: object) -> str:
    return value.key if isinstance(value, Ref) else ""


def _owner(view: View, match: Match) -> Mention | None:
    """The state whose instrument it is, named as its possessor: "Chile's instrument"."""
    before = [m for m in view.of(STATE) if m.end <= match.start]
    return next((m for m in before if _POSSESSOR.fullmatch(view.text, m.end, match.start)), None)


_POSSESSOR = re.compile(r"['’]s?\s+", _T)


_ITS_INSTRUMENTS = re.compile(r"\b(?:its|their)\s+instruments\b", _T)
_ITS_INSTRUMENT = re.compile(r"\bits\s+instrument\b", _T)


# "instruments of ratification of two United Nations human rights treaties, the Convention
# against Torture and ...": a count of treaties, listed after it
_COUNTED_TREATIES = re.compile(
    r"\s+(?:to|of)\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:treaties|conventions|covenants|protocols|instruments|agreements)\b",
    _T,
)
# Between the treaties of a list: punctuation, "and", "the", a treaty's year or number
_LIST_GAP = re.compile(r"(?:[\s,:]|\band\b|\bthe\b|\(No\.?\s*\d+\)|\b(?:19|20)\d\d\b)*", _T)


def _treaties_listed(view: View, end: int) -> list[Mention] | None:
    """The treaties a counted phrase after an instrument lists ("of three conventions: the A,
    the B and the C"), or None where no count follows; an empty list where the treaties it
    counts go unnamed."""
    counted = _COUNTED_TREATIES.match(view.text, end, view.end)
    if counted is None:
        return None
    found: list[Mention] = []
    at = counted.end()
    for m in view.of(TREATY_CLASSES):
        if m.start < at:
            continue
        if not _LIST_GAP.fullmatch(view.text, at, m.start):
            break
        found.append(m)
        at = m.end
    return found


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


# "Chad has ratified the Convention. The instrument was deposited on 4 July 2011": the act of the
# sentence before, dated by the one after; "Its ratification came in June 2022" the same way;
# "... the twentieth instrument of ratification. That instrument was deposited by Iraq": the act
# of the state named, of the kind the sentence before names
_BARE_INSTRUMENT = re.compile(
    r"\s*(?:The|Its|Their|That|This|These|Those)\s+(?P<n>instruments?)\s+"
    r"(?:of\s+(?P<kind>ratification|accession|succession)\s+)?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:formally\s+)?"
    r"(?:deposited|lodged|handed\s+over|delivered)\b(?P<by>\s+by\s+(?:the\s+)?)?",
    _T,
)
_ITS_ACT = re.compile(
    r"\s*Its\s+(?P<kind>ratification|accession|signature)\s+"
    r"(?:came|followed|was\s+completed|took\s+place|was\s+deposited)\b(?!\s+by\b)",
    _T,
)
_INSTRUMENT_KINDS = (TG.Ratification, TG.Accession, TG.Succession)


def told_later(ctx: Context, view: View) -> None:
    """The date a sentence gives an act told undated: the deposit of "the instrument" ("the
    instruments" for several acts) opening the sentence after one that told the acts of one state,
    or closing one ("..., and the instrument was deposited on 22 December 2008"); "its
    ratification came in June"; or the act of the state "that instrument was deposited by"."""
    bare = _BARE_INSTRUMENT.match(view.text, view.start, view.end)
    if bare is None:
        late = _AND_INSTRUMENT.search(view.text, view.start, view.end)
        bare = _BARE_INSTRUMENT.match(view.text, late.end(), view.end) if late is not None else None
        if bare is not None:
            _instrument_closing(ctx, view, bare)
            return
    its = None if bare is not None else _ITS_ACT.match(view.text, view.start, view.end)
    opener = bare or its
    if opener is None or view.sentence.index == 0:
        return
    date = next((d for d in view.dates if d.start >= opener.end()), None)
    if bare is not None and bare.group("by"):
        _deposited_by(ctx, view, bare, date)
        return
    if date is None or view.of(STATE) or view.of(TREATY_CLASSES):
        return  # a state or treaty named again says whose act it is in its own words
    before = [
        c
        for c in ctx.claims
        if c.evidence.sentence_index == view.sentence.index - 1 and c.predicate == TG.state
    ]
    states = {_key_of(c.object) for c in before}
    nodes = {c.subject.key for c in before}
    treaties = {_key_of(c.object) for c in ctx.claims if c.subject.key in nodes and c.predicate == TG.treaty}
    if len(states) != 1 or not treaties:
        if bare is not None:
            _undated_instruments(ctx, view, bare, date)
        return
    state = states.pop()
    if bare is not None:
        keys = {
            c.subject.key
            for c in ctx.claims
            if c.subject.key in nodes and c.predicate == RDF.type and _key_of(c.object) in _INSTRUMENT_KINDS
        }
        plural = bare.group("n").lower().endswith("s")
        if not keys or (len(keys) > 1) != plural:
            return  # "the instrument" of one act, "the instruments" of several
    elif its is not None and len(treaties) == 1:
        kind = its.group("kind").lower()
        treaty = next(iter(treaties))
        key = KEYS.action(state, treaty, kind)
        keys = {key}
        _treaty_action(ctx, view, key, _POSSESSED_KINDS[kind], state, treaty, kind, view.start, opener.end())
    else:
        return
    for key in keys:
        if not any(c.subject.key == key and c.predicate == TG.date for c in ctx.claims):
            _dated(ctx, view, key, date, view.start, opener.end())  # unless dated where it was told


def _undated_instruments(ctx: Context, view: View, bare: re.Match[str], date: DateMention) -> None:
    """ "UPDATE (9 February 2015) The instruments of ratification were deposited ... last Thursday,
    5 February": the acts of that kind the text told of earlier and left undated, all of one
    state, one act for "the instrument" and several for "the instruments", take the date."""
    kind = bare.group("kind")
    classes = {getattr(TG, kind.capitalize())} if kind else set(_INSTRUMENT_KINDS)
    told = {
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type and _key_of(c.object) in classes and c.evidence.start < view.start
    }
    undated = told - {c.subject.key for c in ctx.claims if c.predicate == TG.date}
    states = {_key_of(c.object) for c in ctx.claims if c.subject.key in undated and c.predicate == TG.state}
    plural = bare.group("n").lower().endswith("s")
    if len(states) != 1 or not undated or (len(undated) > 1) != plural:
        return
    for key in sorted(undated):
        _dated(ctx, view, key, date, view.start, bare.end())


# "ratified it on the day it opened", "signed on the very day it was opened for signature": the
# date of the treaty's own event, told elsewhere in the text
_ON_ITS_DAY = re.compile(
    r"\bon\s+the\s+(?:very\s+|same\s+)?day\s+(?:that\s+|on\s+which\s+|when\s+)?it\s+"
    r"(?:was\s+)?(?P<event>opened(?:\s+for\s+signature)?|adopted|entered\s+into\s+force)\b",
    _T,
)
_DAY_EVENTS = {"opened": "opening-for-signature", "adopted": "adoption", "entered": "entry-into-force"}


def on_its_day(ctx: Context, view: View) -> None:
    """The acts of this sentence told undated "on the day it opened" take the date the text gives
    the treaty's opening (adoption, entry into force) elsewhere; nothing where it gives none."""
    day = _ON_ITS_DAY.search(view.text, view.start, view.end)
    if day is None or any(d.start >= day.end() for d in view.dates):
        return  # "on the day it opened, 30 March 2007": the date is told here
    event = _DAY_EVENTS[day.group("event").split()[0].lower()]
    acts = {
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type
        and _key_of(c.object) in (TG.Signature, *_INSTRUMENT_KINDS)
        and c.evidence.sentence_index == view.sentence.index
        and c.evidence.start < day.start()
    }
    dated = {c.subject.key for c in ctx.claims if c.predicate == TG.date}
    for act in sorted(acts - dated):
        treaty = next(
            (c.object for c in ctx.claims if c.subject.key == act and c.predicate == TG.treaty), None
        )
        if not isinstance(treaty, Ref):
            continue
        event_key = KEYS.treaty_event(treaty.key, event)
        values = {c.object for c in ctx.claims if c.subject.key == event_key and c.predicate == TG.date}
        if len(values) == 1 and isinstance(value := values.pop(), Value):
            ctx.claim(act, TG.date, value, view, view.start, day.end())


_AND_INSTRUMENT = re.compile(r"[,;]\s+and\s+(?=the\s+instrument\s)", _T)
# the words before a closing deposit that say which instrument it was
_KIND_WORD = re.compile(r"\b(?:(?P<r>ratif\w*)|(?P<a>accession|acced\w*)|(?P<s>succession|succeed\w*))\b", _T)


def _instrument_closing(ctx: Context, view: View, bare: re.Match[str]) -> None:
    """ "The deputies voted the ratification law on 26 August 2008, and the instrument was
    deposited on 22 December 2008": the act of the one state and the one treaty the sentence (or
    the text) is about: the one act of theirs already told takes the date where it has none;
    else the act of the one kind the words before name is told here."""
    date = next((d for d in view.dates if d.start >= bare.end()), None)
    if date is None or bare.group("by") or bare.group("n").lower().endswith("s"):
        return
    states = {m.key: m for m in view.of(STATE)}
    state = next(iter(states.values())) if len(states) == 1 else None
    if not states:
        state = _only(ctx, view, view.start, STATE)
    treaties = {m.key: m for m in view.of(TREATY_CLASSES)}
    treaty = next(iter(treaties.values())) if len(treaties) == 1 else None
    if not treaties:
        treaty = _only(ctx, view, view.start, TREATY_CLASSES)
    kinds = {
        kind
        for m in _KIND_WORD.finditer(view.text, view.start, bare.start())
        for kind in ("r", "a", "s")
        if m.group(kind)
    }
    if state is None or treaty is None:
        return
    told = {KEYS.action(state.key, treaty.key, k) for k in (*_OTHER_INSTRUMENTS, "ratification")}
    told &= {c.subject.key for c in ctx.claims if c.predicate == RDF.type}
    if len(told) == 1:  # the act already told ("when it joined the protocol") takes the date
        key = told.pop()
        if not any(c.subject.key == key and c.predicate == TG.date for c in ctx.claims):
            _dated(ctx, view, key, date, bare.start(), bare.end())
        return
    if told or len(kinds) != 1:
        return
    kind = {"r": "ratification", "a": "accession", "s": "succession"}[kinds.pop()]
    key = KEYS.action(state.key, treaty.key, kind)
    _treaty_action(
        ctx, view, key, getattr(TG, kind.capitalize()), state.key, treaty.key, kind, bare.start(), bare.end()
    )
    _dated(ctx, view, key, date, bare.start(), bare.end())


_INSTRUMENT_OF = re.compile(r"instruments?\s+of\s+(?P<kind>ratification|accession|succession)\b", _T)


def _deposited_by(ctx: Context, view: View, bare: re.Match[str], date: DateMention | None) -> None:
    """ "That instrument was deposited by Iraq on 23 November 2010": Iraq's act of the kind the
    sentence before names its instrument ("the twentieth instrument of ratification"), on the one
    treaty the text has been about."""
    state = view.after(bare.end(), STATE, within=0)
    previous = ctx.document.sentences[view.sentence.index - 1]
    kinds = {
        m.group("kind").lower()
        for m in _INSTRUMENT_OF.finditer(ctx.document.text, previous.start, previous.end)
    }
    treaty = _only(ctx, view, view.start, TREATY_CLASSES)
    if state is None or len(kinds) != 1 or treaty is None:
        return
    kind = kinds.pop()
    key = KEYS.action(state.key, treaty.key, kind)
    _treaty_action(
        ctx, view, key, getattr(TG, kind.capitalize()), state.key, treaty.key, kind, view.start, state.end
    )
    _dated(ctx, view, key, date, view.start, state.end)
