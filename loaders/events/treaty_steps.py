"""Steps taken on the treaty itself by a state body: approvals, votes and rejections of it."""

from __future__ import annotations

import re

from loaders.dates import DateMention
from loaders.events._clauses import (
    _JURISDICTION,
    _LEGISLATURE,
    _MEMBERS,
    _PURPOSES,
    _VOTE,
    _approval_key,
    _chamber_before,
    _chamber_named,
    _chamber_subject,
    _common_chamber,
    _counted,
    _establishing,
    _only,
    _procedure_step,
    _rejected,
    _serves,
    _state_of_body,
    _treaty_action,
    members_chamber,
)
from loaders.events._common import _T, KEYS, _date, _dated, _days_later, _span, _state_of_person
from loaders.events.domestic_steps import (
    _served_action,
    _sole_treaty,
    _step_date,
    law_date,
    law_of_procedure,
    names_law,
    voted_law,
)
from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.frames import PERSON, STATE, Match, direct_object, referent, slot, treaty_pronoun
from loaders.mentions import Mention
from loaders.vocabulary import SCHEMA, TG

_TO_CHAMBER = re.compile(r"\s+to\s+(?:the\s+)?", _T)


_NO_SUBJECT = re.compile(
    r"\b(?:no|none\s+of\s+the|neither)\s+(?:[\w-]+\s+){0,3}?(?:(?:has|have|had|ever|yet)\s+)*$", _T
)


_BILL_BEFORE = re.compile(r"\bbill\b[^.;:()]{0,160}?,?\s*$", _T)


_SIGNED_BEFORE = re.compile(r"\bsign(?:ed|s)\b(?=[^.;:()]{0,120}$)", _T)


# "signed it into law", "signed the bill into law": the bill the text has been following
_SIGNED_IT = re.compile(r"sign(?:ed|s)\s+(?:it|the\s+(?:bill|measure|text|law))\s+into\s+law\b", _T)


# "promulgated the law", "assented to the act": the law the text has been following
_THE_LAW = re.compile(r"(?:promulgat\w+|assent\w*\s+to|sign(?:ed|s))\s+the\s+(?:law|act)", _T)


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
    if _counted(view, match.start):
        return
    if match.text.lower().startswith("voted") and _rejected(view, match):
        return
    vote = _VOTE.search(view.text, match.end, min(view.end, match.end + 200))
    if vote is not None and int(vote.group("for")) <= int(vote.group("against")):
        return  # "approved the statute by 12 votes to 30": the count says it failed
    # "the Senate approved the statute": a legislature by its common noun right before the verb
    # is its subject, before any body named earlier in the sentence ("After the Council of States
    # and the National Council had debated it, Parliament approved the convention")
    agent = common = _chamber_subject(ctx, view, match.start)
    if agent is None:
        agent = slot(ctx, view, match, "agent")
    if agent is not None and agent.cls != TG.NationalBody:
        agent = None
    if agent is None:
        agent = members_chamber(ctx, view, match.start)  # "Lawmakers approved it": their chamber
    members = _MEMBERS.search(view.text, view.start, match.start) is not None or _chamber_named(
        view, match.start
    )
    words = match.text.lower()
    if words.startswith("ratif"):  # "the Sabor ratified the convention": only a legislature's vote
        if agent is None or (
            agent is not common and not _LEGISLATURE_NAME.search(ctx.name(agent.key).title())
        ):  # "Parliament ratified it", "the parliament of Georgia ratified": a legislature's name
            return
        if not _CHAMBER_TO_VERB.fullmatch(view.text, agent.end, match.start):
            return  # the chamber is the verb's own subject
        treaty = direct_object(view, match.end, TREATY_CLASSES) or treaty_pronoun(
            ctx, view, match.end, TREATY_CLASSES
        )
    elif words.startswith(("approve", "endorse")) and not words.endswith("of"):
        # the treaty as the verb's own object: "the parliament approved the Constitutive Act"
        treaty = direct_object(view, match.end, TREATY_CLASSES) or treaty_pronoun(
            ctx, view, match.end, TREATY_CLASSES
        )
    elif words.startswith("pass"):  # "the Senate passed it": the treaty named last, as "it"
        if _PASSED_ON.match(view.text, match.end, view.end):
            return  # "passed it on to the committee", "passed it back": forwarded, no vote
        treaty = referent(ctx, view, match.start, TREATY_CLASSES)
    elif words.endswith(" of"):  # "approved recognition of the court's jurisdiction"
        treaty = view.after(match.end, TREATY_CLASSES, within=8) or _jurisdiction_treaty(ctx, view, match)
    elif "report" in words:  # a committee "voted 13 to 6 to report the convention favourably"
        treaty = direct_object(view, match.end, TREATY_CLASSES) or treaty_pronoun(
            ctx, view, match.end, TREATY_CLASSES
        )
    else:  # advice and consent, a reading of a bill: the treaty it names, else the text's one
        treaty = view.after(match.end, TREATY_CLASSES, within=160) or _only(
            ctx, view, match.start, TREATY_CLASSES
        )
    if agent is None and not members:
        return
    if treaty is None and "reading" not in words:
        return
    _procedure_step(ctx, view, match, agent, treaty, None)


_PASSED_ON = re.compile(r"\s+(?:on\s+to|back|over\s+to|along)\b", _T)


# A state's legislature by its name: a chamber's head noun or the own name of one
_LEGISLATURE_NAME = re.compile(
    r"\b(?:Parliament|Senate|Congress|Assembly|Legislature|Chamber|House|Diet|Duma|Rada|Sejm|Saeima|"
    r"Seimas|Sabor|Cortes|D[aá]il|Oireachtas|Knesset|Majlis|Storting|Riksdag|Folketing|Eduskunta|"
    r"Bundestag|Bundesrat|Nationalrat|Riigikogu|Althing|Skupstina|Skupština|Sobranie|Sangsad|Sabha|"
    r"Shura|Mejlis|Khural|Hural|Kenesh|Standing\s+Committee\s+of\s+the\s+National\s+People's\s+Congress)\b"
)


# Between a chamber and its verb: auxiliaries and adverbs only ("the Sabor has unanimously ratified")
_CHAMBER_TO_VERB = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})?"  # "the parliament of Georgia"
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
    pronoun = _PRONOUN_SUBJECT.fullmatch(view.text, start, match.start) is not None
    if not pronoun and not _PASSIVE_SUBJECT.search(view.text, start, match.start):
        return
    verb = _PASSIVE_VERB.match(view.text, match.end, view.end)
    if verb is None:
        return
    verb_end = verb.end()
    if frame.kind == "law":
        _law_promulgated(ctx, view, match, start, verb_end)
        return
    treaty = next((m for m in view.of(TREATY_CLASSES) if start <= m.start and m.end <= match.start), None)
    if treaty is None and pronoun:  # "It was approved by the Senate": the treaty named last
        treaty = referent(ctx, view, match.start, TREATY_CLASSES)
    bill = _BILL_OF_THE_ACT.search(view.text, start, match.start) if treaty is None else None
    sole = _sole_treaty(ctx, match.start) if bill is not None else None
    if bill is not None and sole is not None:
        # "The bill authorising ratification was approved by the Chamber": the bill of the one
        # treaty the text is about, standing where the subject's words stand
        at, words = bill.start(), bill.group(0)
        treaty = Mention(sole.key, sole.cls, sole.label, at, bill.end(), words, True, "context")
    if treaty is None:
        if frame.kind == "approval" and _THE_LAW_SUBJECT.search(view.text, start, match.start):
            passive_law_vote(ctx, view, match, verb_end)
        return
    clause_end = re.search(r"[;:]|,\s+(?:and|but|while)\s", view.text[verb_end : view.end])
    end = verb_end + clause_end.start() if clause_end else view.end
    agent: Mention | None
    chamber: Mention | None = None
    if frame.kind == "approval":
        by_the = _BY_THE.match(view.text, verb_end).end()  # type: ignore[union-attr]
        owner = view.after(by_the, STATE, within=0)
        owned = _OWNER.match(view.text, owner.end) if owner is not None else None
        if owned is not None:  # "approved by Ecuador's National Assembly": the chamber after its state
            by_the = owned.end()
        agent = (
            view.after(verb_end, ORG_CLASSES, within=6)
            or (view.after(by_the, ORG_CLASSES, within=0) if owned is not None else None)
            or _common_chamber(ctx, view, by_the)
        )
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
        if agent is None and by is not None and _BY_GOVERNMENT.match(view.text, by.end(), end):
            near = _only(ctx, view, match.start, STATE)
            if near is not None:  # "submitted to Parliament by the Government": the state's own act
                at = by.end()
                agent = Mention(near.key, TG.State, ctx.name(near.key), at, at, "", True, "government")
        if agent is None and chamber is None:
            return
    date = _passive_date(view, match, verb_end)
    _passive_emit(ctx, view, match, matches, start, treaty, agent, chamber, date)
    if frame.kind != "approval" or agent is None or date is None:
        return
    # "approved by the Chamber of Deputies on 4 March and by the Senate on 18 March": the second
    # chamber's vote, on its own date
    also = _AND_BY_CHAMBER.match(view.text, date.end, view.end)
    second = (
        (view.after(also.end(), ORG_CLASSES, within=0) or _common_chamber(ctx, view, also.end()))
        if also
        else None
    )
    if second is None or second.cls != TG.NationalBody or second.key == agent.key:
        return
    on = _ON_DATE.match(view.text, second.end, view.end)
    when = next((d for d in view.dates if on is not None and d.start == on.end()), None)
    _passive_emit(ctx, view, match, matches, start, treaty, second, None, when)


_AND_BY_CHAMBER = re.compile(r"\s*,?\s+and\s+(?:(?:then|later|subsequently|finally)\s+)?by\s+(?:the\s+)?", _T)
_ON_DATE = re.compile(r"\s+(?:on|in)\s+", _T)


def _passive_emit(
    ctx: Context, view: View, match: Match, matches: list[Match], start: int, treaty: Mention,
    agent: Mention | None, chamber: Mention | None, date: DateMention | None,
) -> None:  # fmt: skip
    """The step a passive clause tells, of the act its subject names, else of the state's procedure."""
    frame = match.frame
    purpose = next(
        (
            p
            for p in matches
            if start <= p.start < match.start and p.frame.name in _PURPOSES and p.end <= treaty.start + 40
        ),
        None,
    )
    if purpose is None:
        _procedure_step(ctx, view, match, agent, treaty, chamber, date)
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
    _dated(ctx, view, key, date, s, e)


# A bill named by the bare act it serves: "the bill authorising ratification", "the draft law on
# accession" (no treaty named after it)
_BILL_OF_THE_ACT = re.compile(
    r"\b(?:bill|draft\s+law|law|act)\s+(?:authori[sz]ing|approving|on|for)\s+(?:the\s+|its\s+)?"
    r"(?:ratification|accession)\b(?!\s+(?:of|to)\b)",
    _T,
)


# The subject of a passive signature: the law the text has been following ("the law", "the
# ratification act"), never one named by a title of its own
_THE_LAW_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:(?:ratification|ratifying|withdrawal|approving)\s+)?(?:law|act|bill)\s*$"
)


def _law_promulgated(ctx: Context, view: View, match: Match, start: int, verb_end: int) -> None:
    """ "Parliament authorised ratification, and the law was promulgated by President X on 3
    April": the law the step told just before served, signed by the person after "by"."""
    if not _THE_LAW_SUBJECT.search(view.text, start, match.start):
        return
    by = re.compile(r"\s*(?:into\s+law\s+)?by\s+", _T).search(view.text, verb_end - 3, view.end)
    agent = view.after(by.end(), PERSON, within=20) if by is not None else None
    if agent is None:
        return
    date = _step_date(ctx, view, _passive_date(view, match, verb_end), match.start) or _days_later(
        view, agent.end, match.start
    )
    if date is None:
        return
    law_of_procedure(ctx, view, match, agent, date, match.start, max(match.end, agent.end))


def passive_law_vote(ctx: Context, view: View, match: Match, verb_end: int) -> None:
    """ "The law was adopted by the National Assembly on 27 May": a state's legislature passing a
    domestic law in a sentence naming no treaty, where no step told just before served a treaty
    action (the vote would be that procedure's): a step of its own, keyed by its author and date."""
    by_the = _BY_THE.match(view.text, verb_end).end()  # type: ignore[union-attr]
    agent = view.after(by_the, ORG_CLASSES, within=0) or _common_chamber(ctx, view, by_the)
    if agent is None or agent.cls != TG.NationalBody or _state_of_body(ctx, agent) is None:
        return
    if view.of(TREATY_CLASSES) or _served_action(ctx, view, match.start) is not None:
        return
    date = _passive_date(view, match, verb_end)
    if date is None:
        return
    key = KEYS.agent_step(agent.key, "approval", date.value)
    s, e = match.start, agent.end
    label = f"Parliamentary approval of a law, {date.value}, by {ctx.name(agent.key)}"
    ctx.node(key, TG.ParliamentaryApproval, label, view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)


def _passive_date(view: View, match: Match, verb_end: int) -> DateMention | None:
    """The date of a passive step: its participle's ("was approved by the Saeima on 3 May")."""
    return view.date_for(match.start, verb_end, [t for t in match.starts if t >= verb_end])


# What a passive step is about: a bill, the act or the treaty itself
_PASSIVE_SUBJECT = re.compile(
    r"\b(?:bill|draft\s+law|law|act|resolution|ratification|accession|withdrawal|denunciation|treaty|"
    r"convention|statute|protocol|covenant|charter|agreement)\b",
    _T,
)


# "It was approved by ...", "It was then sent to ...": the pronoun alone as the subject, the
# sentence's own first word or the first of its clause
_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|it)\s+")


_BY_THE = re.compile(r"\s*(?:the\s+)?", _T)


# "Ecuador's " before the chamber it owns
_OWNER = re.compile(r"['\u2019]s?\s+")


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
    treaty = direct_object(view, match.end, TREATY_CLASSES) or treaty_pronoun(
        ctx, view, match.end, TREATY_CLASSES
    )
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
    date = _date(view, match) or _days_later(view, end, start)  # "promulgated the law six days later"
    if agent is None or date is None:
        return
    treaty = next((m for m in view.of(TREATY_CLASSES) if start < m.start and m.end <= end), None)
    if treaty is not None:
        _procedure_step(ctx, view, match, agent, treaty, None)
        return
    if (_SIGNED_IT.match(view.text, start, view.end) or _THE_LAW.fullmatch(match.text)) and law_of_procedure(
        ctx, view, match, agent, date, start, end
    ):
        return  # "the Senate approved it, and the President signed it into law": the bill voted on
    words = match.text.lower()
    if _ACT_LAW.search(words):  # "signed the ratification law on 4 February"
        if not law_of_procedure(ctx, view, match, agent, date, start, end):
            treaty = _only(ctx, view, start, TREATY_CLASSES) or _sole_treaty(ctx, start)
            if treaty is not None:
                _procedure_step(ctx, view, match, agent, treaty, None, date)
        return
    if not re.search(r"into law|implementing|enabling", words):
        if not words.startswith(("signed", "signs", "assent", "promulgat")):
            return
        if re.search(r"\b(?:approv|ratif|accession|implement)\w*", words):
            return  # "signed the approving law, Law 742": the law of a treaty the text named before
        if names_law(view, match):  # "signed the Anti-Terrorism Act", "signed Law 12.847"
            date = law_date(view, match, agent)
        elif not (
            # "promulgated the abolition law": a law by what it does, the one the text is about
            re.search(r"\bthe\s+(?:abolition|repeal)\s+law$", words)
            or (re.search(r"\bthe\s+(?:new\s+)?law$", words) and voted_law(ctx, view, match.start))
        ):
            return  # "signed a law on pensions": some law, of no procedure the text follows
        if date is None:
            return
    key = KEYS.agent_step(agent.key, match.frame.kind, date.value)
    s, e = _span(agent, match)
    ctx.node(key, match.frame.cls, f"{match.frame.label} {date.value} by {ctx.name(agent.key)}", view, s, e)
    ctx.claim(key, TG.agent, agent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)


# "by the Government", "by the cabinet": the executive, whose bill is the state's own act
_BY_GOVERNMENT = re.compile(r"(?:the\s+)?(?:government|executive|cabinet|council\s+of\s+ministers)\b", _T)


# "the ratification law", "an accession act", "the approving law": a law named by the act it
# serves, of the one treaty the text is about
_ACT_LAW = re.compile(r"\b(?:ratification|accession|approving)\s+(?:law|act)$", _T)
