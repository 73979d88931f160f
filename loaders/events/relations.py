"""Standing relations: party status, bodies and the treaties that establish them or that they
monitor, successor states, protocols supplementing treaties.
"""

from __future__ import annotations

import itertools
import re

from loaders.events._clauses import (
    _BY_AFTER,
    _HAS_ORDINAL,
    _NUMBERS,
    _PLURAL_SUBJECT,
    _establishing,
    _it_treaty,
    _last_group,
    _only,
    _opening_subject,
    _states_from,
    _subjects_listed,
    _treaty_action,
)
from loaders.events._common import _T, KEYS, _dated
from loaders.events.treaty_events import treaties_together
from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.extract_counts import dominant_treaty
from loaders.extract_functions import activities, supervised
from loaders.frames import ORDINAL, STATE, Match, last_state, referent, slot
from loaders.mentions import Mention
from loaders.vocabulary import SCHEMA, TG

# "It amends", "Because it supplements": a pronoun subject right before the verb
_IT_SUBJECT = re.compile(r"(?:^\s*|[,;]\s*|\b(?:because|since|as|and|but)\s+)it\s+(?:also\s+)?$", _T)


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
        frame.name not in ("party-among", "party-bare", "party-one-of")
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
    bare = frame.name in ("party-among", "party-bare")
    if not treaties and bare:
        treaties = _to_which(view, states[0])  # "the Covenant, to which Laos is not a party"
    if not treaties and bare and _CLAUSE_ENDS.match(view.text, match.end, view.end):
        # "are among the States parties.": the one treaty the text has been about
        only = _only(ctx, view, match.start, TREATY_CLASSES)
        treaties = [only] if only is not None else []
        if (
            only is None
            and frame.name == "party-bare"
            and not any(m.end <= match.start for m in view.of(TREATY_CLASSES))
        ):
            # "India and Nepal are still not parties.", no treaty named nearby: the text's own
            key = dominant_treaty(ctx)
            if key is not None:
                for state in states:
                    ctx.claim(state.key, predicate, key, view, min(state.start, match.start), match.end)
    for treaty in treaties:
        for state in states:
            s, e = min(state.start, treaty.start, match.start), max(treaty.end, match.end)
            ctx.claim(state.key, predicate, treaty.key, view, s, e)
    if predicate == TG.partyTo and len(treaties) == 1 and len(states) == 1:
        _party_since(ctx, view, match, states[0], treaties[0])
    if predicate == TG.partyTo and len(treaties) == 1 and _ONLY.match(view.text, treaties[0].end, view.end):
        other = _counterpart(ctx, view, treaties[0])  # "parties to the protocol only"
        end = treaties[0].end
        for state in states:
            if other is not None:
                ctx.claim(state.key, TG.notPartyTo, other, view, min(state.start, match.start), end)


# "has been a State Party to the Convention since 24 August 1989": the day it became one
_HAS_BEEN_PARTY = re.compile(r"(?:has|have|had)\s+been\s+(?:an?\s+)?(?:state\s+)?part(?:y|ies)\s+to$", _T)
_SINCE_DATE = re.compile(r"\s*,?\s+since\s+(?:the\s+)?$", _T)
_JOINED = ("ratification", "accession", "succession")


def _party_since(ctx: Context, view: View, match: Match, state: Mention, treaty: Mention) -> None:
    """A state a party to a treaty since a day (or a month or year) the sentence gives right after
    the treaty: it became a party that day, read as a ratification, as "became a party" is, unless
    the text has dated one of its acts of joining that treaty already."""
    if match.mood != "fact" or not _HAS_BEEN_PARTY.search(match.text):
        return
    while True:
        date = next((d for d in view.dates if d.start >= treaty.end), None)
        if date is None or not _SINCE_DATE.fullmatch(view.text, treaty.end, date.start):
            return
        keys = {KEYS.action(state.key, treaty.key, kind) for kind in _JOINED}
        if not any(c.subject.key in keys and c.predicate == TG.date for c in ctx.claims):
            key = KEYS.action(state.key, treaty.key, "ratification")
            s, e = min(state.start, match.start), max(date.end, treaty.end)
            _treaty_action(ctx, view, key, TG.Ratification, state.key, treaty.key, "ratification", s, e)
            _dated(ctx, view, key, date, s, e)
        # "since 2000 and to its Optional Protocol since 2016": a party to another, since its own date
        joint = _AND_TO.match(view.text, date.end, view.end)
        following = view.after(joint.end(), TREATY_CLASSES, within=0) if joint is not None else None
        if following is None or following.key == treaty.key:
            return
        treaty = following
        ctx.claim(state.key, TG.partyTo, treaty.key, view, min(state.start, match.start), treaty.end)


_AND_TO = re.compile(r"\s*,?\s+and\s+(?:also\s+)?to\s+(?:the\s+|its\s+|their\s+)?", _T)


# "the Covenant, to which Myanmar is not yet a party": the treaty, a relative "to which", its subject
_TO_WHICH = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:to|of)\s+which\s+(?:(?:the|its)\s+)?", _T)


def _to_which(view: View, state: Mention) -> list[Mention]:
    """The treaty a relative clause opened by "to which" or "of which" speaks of, when the state
    is that clause's subject."""
    before = [m for m in view.of(TREATY_CLASSES) if m.end <= state.start]
    if before and _TO_WHICH.fullmatch(view.text, before[-1].end, state.start):
        return [before[-1]]
    return []


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
_CLAUSE_ENDS = re.compile(r"(?:\s+(?:so\s+far|to\s+date|now|today|already|yet|either))?\s*(?:[.;:!?]|$)", _T)


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


def _outside(ctx: Context, view: View, match: Match) -> None:
    """ "Malaysia remains outside the court": not a party to the treaty, or to the one that
    establishes the court; "also remains outside it", "remains outside." closing its clause: the
    one treaty the text is about."""
    state = slot(ctx, view, match, "state")
    target = view.after(match.end, TREATY_CLASSES | {TG.Court}, within=6)
    if target is None:
        found = slot(ctx, view, match, "treaty")
        target = _it_treaty(ctx, view, found) if found is not None else None
    if target is None and state is not None and _CLAUSE_ENDS.match(view.text, match.end, view.end):
        target = _only(ctx, view, match.start, TREATY_CLASSES)  # "Chile remains outside.": the treaty told
    if state is None or target is None:
        return
    treaty = target.key if target.cls in TREATY_CLASSES else _establishing(ctx, target.key)
    if treaty is None:
        return
    end = max(target.end, match.end)
    for other in [state, *_subjects_listed(view, state, match)]:  # "Tonga, Tuvalu and Kiribati remain"
        ctx.claim(other.key, TG.notPartyTo, treaty, view, min(other.start, match.start), end)


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


# "a party to the protocol and to the African Charter": the treaties joined to the first one
_AND_TREATY = re.compile(
    r"\s*(?:,\s*|\s+and\s+|\s+as\s+well\s+as\s+|,\s+and\s+)(?:to\s+|in\s+)?(?:the\s+)?$", _T
)


# "a party to either covenant", "to both conventions": the two of that kind named before
_EITHER = re.compile(
    r"\s+(?:either|both|neither)\s+(?:of\s+the\s+)?(?P<head>covenants?|conventions?|protocols?|charters?|"
    r"treaty|treaties)\b(?!\s+(?:on|of|to|against|for)\b)",
    _T,
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
        either = _EITHER.match(view.text, match.end, view.end)
        if either is not None:  # "is not a party to either covenant": the two named together before
            head = either.group("head").lower()
            plural = head if head.endswith("s") else head[:-1] + "ies" if head.endswith("y") else head + "s"
            return treaties_together(ctx, view, either.start(), "both", plural)
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
    if _OWN_EVENT_AND.fullmatch(between):
        return True  # "The Convention entered into force in 1987 and created the Committee"
    return bool(_SUBJECT_GLUE.fullmatch(rest)) and "." not in between and ";" not in between


# A treaty's own event told first, then "and" the verb of which it is also the subject
# ("entered into force on July 18, 1978, and established the Court": a date's comma is no clause's)
_OWN_EVENT_AND = re.compile(
    r"\s+(?:entered\s+into\s+force|came\s+into\s+force|took\s+effect|was\s+adopted|was\s+opened\s+for\s+"
    r"signature|was\s+signed|(?:has\s+been|is|was|had\s+been)\s+in\s+force)\b(?:[^,;.()]|,\s+(?=\d{4}\b)){0,60}?"
    r",?\s+and\s+(?:also\s+|then\s+|in\s+turn\s+)?",
    _T,
)


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
    if (treaty is None or not _treaty_subject(view, treaty, match.start)) and _IT_MADE.fullmatch(
        view.text, view.start, match.start
    ):
        treaty = _it_maker(ctx, view)  # "It also created the Subcommittee": the treaty told before
        if treaty is not None and view.after(match.end + 1, ORG_CLASSES, within=5) is not None:
            body = view.after(match.end + 1, ORG_CLASSES, within=5)
            if body is not None and body.cls not in TREATY_CLASSES and body.cls != TG.MediaOutlet:
                ctx.claim(treaty.key, TG.establishes, body.key, view, match.start, body.end)
        return
    if treaty is None or not _treaty_subject(view, treaty, match.start):
        _made_by_organisation(ctx, view, match)
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


# "It also created the Subcommittee", "...entered into force in 1999; it created the Committee":
# "it" the subject of its clause, right before the verb
_IT_MADE = re.compile(r"(?:\s*|[^;]*;\s*)It\s+(?:(?:also|then|in\s+turn|itself|further)\s+)?", _T | re.S)


def _it_maker(ctx: Context, view: View) -> Mention | None:
    """The treaty "it" stands for: the one its sentence opens with, before a semicolon; else the
    one the sentence before opens with. Nothing where an organisation or another name opens it."""
    first = view.opener()
    if first is not None:
        return first if first.cls in TREATY_CLASSES else None
    return _opening_subject(ctx, view, TREATY_CLASSES)


# between the maker and the verb: "the Council created", "the Assembly had then set up"
_MAKER_GAP = re.compile(
    r"\s+(?:(?:had|has|have|then|also|later|jointly|itself|subsequently|formally|unanimously)\s+)*", _T
)
# "the Commission of Inquiry, which the Council set up": the body, then a relative on its maker
_MADE_RELATIVE = re.compile(r"\s*,?\s+(?:which|that)\s+(?:the\s+)?", _T)
_MAKER_AND = re.compile(r"\s+and\s+(?:the\s+)?", _T)


def _made_by_organisation(ctx: Context, view: View, match: Match) -> None:
    """ "The Human Rights Council created the International Commission ...", "the Commission of
    Inquiry on Burundi, which the Human Rights Council set up": a body made by an organisation (or
    two joined by "and"), named right before the verb, of a body named right after it or right
    before the relative clause."""
    makers_of = ORG_CLASSES - TREATY_CLASSES  # a state's own bodies are its institutions, not a relation
    maker = next(
        (
            m
            for m in view.of(makers_of)
            if m.end <= match.start and _MAKER_GAP.fullmatch(view.text, m.end, match.start)
        ),
        None,
    )
    if maker is None:
        return
    body = view.after(match.end + 1, ORG_CLASSES, within=5)
    if body is None:
        body = next(
            (
                m
                for m in view.of(ORG_CLASSES)
                if m.end <= maker.start and _MADE_RELATIVE.fullmatch(view.text, m.end, maker.start)
            ),
            None,
        )
    if body is None or body.cls in TREATY_CLASSES or body.cls == TG.MediaOutlet or body.key == maker.key:
        return
    if re.match(r"['’]s?\s", view.text[body.end : body.end + 3]):
        return  # "created the Committee's working group": another body, which it owns
    makers = [maker]
    other = next(
        (
            m
            for m in view.of(makers_of)
            if m.end <= maker.start and _MAKER_AND.fullmatch(view.text, m.end, maker.start)
        ),
        None,
    )
    if other is not None and not _MADE_RELATIVE.search(view.text[view.start : other.start][-12:]):
        makers.append(other)  # "Senegal and the African Union then set up the Chambers"
    for one in makers:
        if one.key != body.key:
            ctx.claim(
                one.key, TG.establishes, body.key, view, min(one.start, body.start), max(body.end, match.end)
            )


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
    key = supervised(ctx, body, treaty)
    if key is not None:
        ctx.claim(body.key, TG.monitors, key, view, body.start, treaty.end)


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
    if found is None:
        return None
    # "... is no longer bound by the European Convention either.\n\nWho monitors it?" after a
    # paragraph on the trafficking convention: with two treaties named there, "it" is unclear
    before = ctx.text.rfind("\n\n", 0, view.start)
    start = ctx.text.rfind("\n\n", 0, max(0, before)) + 2 if before > 0 else 0
    treaties = {m.key for m in ctx.mentions if start <= m.start < view.start and m.cls in TREATY_CLASSES}
    if len(treaties) > 1:
        return None
    return _it_treaty(ctx, view, found)


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
    if treaty is None:
        # "The convention has been in force since 2014 and is monitored by GREVIO": the subject
        # of the treaty's own event, which "and" joins to the trigger
        told = view.before(match.start, TREATY_CLASSES, within=120)
        if told is not None and _OWN_EVENT_AND.fullmatch(view.text, told.end, match.start):
            treaty = told
    if treaty is None and _ITS.fullmatch(view.text, view.start, match.start):
        treaty = _opening_subject(ctx, view, TREATY_CLASSES)
        if treaty is None and body is not None:
            # "Moldova ratified the Istanbul Convention. Its implementation is monitored by GREVIO":
            # the treaty named last before, where the reference data says the body monitors it
            last = referent(ctx, view, match.start, TREATY_CLASSES)
            treaty = last if last is not None and _registry_relates(ctx, last.key, body.key) else None
    if body is None or treaty is None or body.cls in TREATY_CLASSES:
        return
    if treaty.end <= view.start:  # named in the sentence before
        ctx.claim(body.key, TG.monitors, treaty.key, view, view.start, body.end)
        return
    between = _ASIDE.sub("", view.text[treaty.end : match.start])
    if re.search(r"[,;:]", between):
        return
    ctx.claim(body.key, TG.monitors, treaty.key, view, treaty.start, body.end)


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


# "Tunisia is the fourth member of the League to accept the Court's jurisdiction, after Jordan,
# Djibouti and the Comoros", "Qatar becomes the third state of the Council to join the covenant,
# after Kuwait and Bahrain": the states it follows joined before it, so they are parties.
_NTH_AFTER = re.compile(
    rf"\bthe\s+{ORDINAL}\s+(?:[\w-]+\s+){{0,2}}?(?:state|member|country|nation)s?\b[^.;:!?]{{0,80}}?"
    r"\bto\s+(?:join|ratify|accede\s+to|accept|become\s+(?:a\s+)?(?:state\s+)?party\s+to)\b"
    r"(?P<what>[^.;:!?]{0,120}?),\s+after\s+(?P<list>[^.;:!?()]+?)\s*(?=[.;:!?(]|$)",
    _T,
)
# what may stand between the states of the list
_LIST_GLUE = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+|\s+)(?:the\s+)?", _T)


def parties_before(ctx: Context, view: View) -> None:
    """The states a state "follows" in joining a treaty (listed after "after") are parties to it:
    to the treaty named in the clause, or to the one that establishes the court named there."""
    for m in _NTH_AFTER.finditer(view.text, view.start, view.end):
        s, e = m.span("what")
        named = [t for t in view.mentions if s <= t.start < e and t.cls in TREATY_CLASSES | {TG.Court}]
        target = named[0] if named else None
        if target is None:
            continue
        treaty = target.key if target.cls in TREATY_CLASSES else _establishing(ctx, target.key)
        ls, le = m.span("list")
        states = [x for x in view.mentions if ls <= x.start and x.end <= le]
        if treaty is None or not states or any(x.cls != TG.State for x in states):
            continue
        gaps = [view.text[a.end : b.start] for a, b in itertools.pairwise(states)]
        edges = (view.text[ls : states[0].start], view.text[states[-1].end : le])
        if not all(_LIST_GLUE.fullmatch(g) for g in gaps) or not re.fullmatch(r"(?:the\s+)?", edges[0], _T):
            continue
        if edges[1].strip():
            continue
        for state in states:
            ctx.claim(state.key, TG.partyTo, treaty, view, m.start(), m.end())


# "the Human Rights Council, which replaced the Commission on Human Rights": one organisation
# taking over from another. Between the new body and the verb: an abbreviation, a relative
# pronoun, an apposition ending in one ("the 47-member body that"), or nothing when it is the
# sentence's subject; between the verb and the old body, at most two words ("the discredited").
_REPLACED_LEAD = re.compile(
    r"(?:\s*\([^()]{1,20}\))?"
    r"(?:,\s+(?:which|that)\s+|,\s+(?:the|a|an|its)\s+[^,.;:()]{1,60}?\s+(?:that|which)\s+|(?P<main>\s+))"
    r"(?:(?:had|has|have|also|then|later|eventually|formally)\s+)*"
    r"(?:replaced|replaces|succeeded|supersedes|superseded)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$",
    _T,
)
# "UNTAET was replaced by the United Nations Mission of Support": the old body, then the new one
_REPLACED_BY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:was|were|had\s+been|has\s+been|is\s+being)\s+"
    r"(?:replaced|succeeded|superseded)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$",
    _T,
)
_OBJECT_BEFORE = re.compile(r"\b(?:of|by|to|from|with|for|against|into|under|on|in|at)\s+(?:the\s+)?$", _T)


def replaced_bodies(ctx: Context, view: View) -> None:
    """An organisation that replaced another is its successor: "the Council, which replaced the
    Commission", "the Union replaced the Organisation in 2002", "X was replaced by Y". Both are
    named (a pronoun's referent is not relied on), neither a state nor a person; the old body's
    possessive ("replaced the Commission's rules") is a thing of it, not the body."""
    bodies = [m for m in view.mentions if m.cls in ORG_CLASSES and m.cls != TG.MediaOutlet]
    for new, old in itertools.permutations(bodies, 2):
        if (
            new.key == old.key
            or old.start < new.end
            or re.match(r"['\u2019]s\b", view.text[old.end : old.end + 3])
        ):
            continue
        between = view.text[new.end : old.start]
        if any(new.end <= m.start < old.start for m in view.mentions):
            continue
        active = _REPLACED_LEAD.fullmatch(between)
        if active is not None:
            lead = view.text[max(view.start, new.start - 12) : new.start]
            if active.group("main") and _OBJECT_BEFORE.search(lead):
                continue  # "a seat on the Council replaced ..." is not the Council acting
            ctx.claim(new.key, TG.successorOf, old.key, view, new.start, old.end)
        elif _REPLACED_BY.fullmatch(between):
            ctx.claim(old.key, TG.successorOf, new.key, view, new.start, old.end)
