"""A treaty's own events: adoption, opening for signature, entry into force after a count of
ratifications.
"""

from __future__ import annotations

import re

from loaders.dates import to_the_day
from loaders.events._clauses import _chamber_named, _establishing, _opening_subject, _topic
from loaders.events._common import _T, KEYS, _date, _dated
from loaders.events.treaty_steps import passive_law_vote
from loaders.extract_context import TREATY_CLASSES, Context, View
from loaders.facts import Value
from loaders.frames import IGO, STATE, Match, last_state, slot
from loaders.mentions import Mention
from loaders.vocabulary import SCHEMA, TG, XSD

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


# What is forecast, not told: "... is expected in June", "is due on 1 May", "is scheduled for"
_EXPECTED = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:now\s+|still\s+|also\s+)?(?:expected|due|scheduled|planned|foreseen|likely)\b",
    _T,
)
# The end of "brought the treaty into force", and whether "for" someone follows it
_INTO_FORCE_FOR = re.compile(r"\binto\s+force\b(?P<for>\s+for\b)?", _T)
# A relative clause with a subject of its own: "which it had signed", "that Peru signed"
_OWN_SUBJECT_CLAUSE = re.compile(r"\b(?:which|that)\s+(?!(?:was|were|is|are|had\s+been|has\s+been)\b)", _T)


def _treaty_event(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    if match.mood != "fact" and not (match.mood == "hypothetical" and _past_subordinate(view, match)):
        return
    by = _BY.match(view.text, match.end)
    if match.frame.kind == "adoption" and by and _LAW_ADOPTED.search(view.text, view.start, match.start):
        passive_law_vote(ctx, view, match, by.end())  # "The law was adopted by the National Assembly"
        return
    if match.frame.name == "took-effect-for" and any(
        m.frame.kind == "denunciation" and m.start < match.start for m in matches
    ):
        return  # "the withdrawal from the statute took effect for Burundi": the departure's effect
    if match.text.lower() == "adopts" and not _CHRONOLOGY_LINE.match(
        view.text, view.text.rfind("\n", 0, match.start) + 1, match.start
    ):
        return  # "the assembly adopts resolutions": what a body does, no event
    line = view.text.rfind("\n", 0, match.start) + 1
    if _ROW_KEY.fullmatch(view.text, line, match.start) and _ROW_LEADER.match(view.text, match.end):
        row = _row_treaty(ctx, view, match)
        if row is not None:
            _treaty_event_of(ctx, view, match, row)
        return  # a fact file's row: its block names the treaty, or no one does
    if match.frame.name == "in-force-row":
        return
    if match.frame.name == "entry-into-force-did-so":
        done = _did_so(ctx, view, match)
        if done is not None:
            _treaty_event_of(ctx, view, match, done)
        return
    treaty = slot(ctx, view, match, "treaty")
    if treaty is not None and _EXPECTED.match(view.text, max(match.end, treaty.end), view.end):
        return  # "the convention's entry into force is now expected in June 2021": a forecast
    if match.frame.name == "signed-at-place" and (
        treaty is None or _OWN_SUBJECT_CLAUSE.search(view.text, treaty.end, match.end)
    ):
        return  # "the convention, which it had signed in Paris": the signature of the one "it" is
    if treaty is not None:
        for other in _subjects_joined(view, treaty, match):
            _treaty_event_of(ctx, view, match, other)  # "The convention and the protocol entered"
        _treaty_event_of(ctx, view, match, treaty)
        return
    shared = (
        _shared_subject(ctx, view, match, matches)
        or _subordinate_it(view, match)
        or _apposed_to_treaty(view, match)
        or _fronted(view, match)
        or _timeline_topic(ctx, view, match)
        or _bullet_topic(ctx, view, match)
        or _answer_it(ctx, view, match)
        or _body_statute(ctx, view, match)
    )
    if shared is not None:  # "It was adopted on 10 November 1994 and opened for signature on ..."
        _treaty_event_of(ctx, view, match, shared)
        return
    for named in _plural_treaties(ctx, view, match) or _subordinate_they(view, match):
        _treaty_event_of(ctx, view, match, named)  # "both conventions will enter into force"


_JOINED_SUBJECT = re.compile(r"\s*(?:,|,?\s+and)\s+(?:(?:its|the|their)\s+)?$", re.I)


def _subjects_joined(view: View, treaty: Mention, match: Match) -> list[Mention]:
    """The treaties listed before ``treaty`` as the subject of the trigger with it: "The
    Convention and its Protocol entered into force for Nauru"."""
    if treaty.end > match.start:
        return []
    out: list[Mention] = []
    last = treaty
    for m in reversed(view.of(TREATY_CLASSES)):
        if m.end > last.start:
            continue
        if not _JOINED_SUBJECT.fullmatch(view.text, m.end, last.start):
            break
        out.insert(0, m)
        last = m
    if out and not re.search(
        r"(?:^|[:;\n])[\s\-\u2022*\u2013]*(?:(?:[Bb]oth|[Tt]he)\s+)?$", view.text[view.start : out[0].start]
    ):
        # the list must open the clause, or follow a colon ("Update, 2 May: A, B and C entered
        # into force"): "Chile ratified A and B entered ..." is no subject
        return []
    return [m for m in out if m.key != treaty.key]


# "The law was adopted by ...": a law is passed by a legislature, never adopted as a treaty is
_LAW_ADOPTED = re.compile(r"\b[Tt]he\s+(?:new\s+|draft\s+)?(?:law|bill|act|legislation)\s+$")
_BY = re.compile(r"\s+(?:(?:unanimously|overwhelmingly|finally|then)\s+)?by\b")


# "When did it enter into force?" / "On 1 July 2010.": a question on a treaty's own event, and an
# answer that gives only its date
_WHEN_QUESTION = re.compile(
    r"\s*When\s+(?:did|was|will)\s+(?P<subject>it|the\s+(?:convention|treaty|protocol|covenant|charter|statute))\s+"
    r"(?P<event>enter\s+into\s+force|come\s+into\s+force|(?:be\s+)?adopted|(?:be\s+)?opened\s+for\s+signature)"
    r"[^?]*\?\s*$",
    _T,
)
_DATE_ANSWER = re.compile(r"\s*(?:(?:On|In|Today,?|Since)\s+)?(?P<date>[^.;:?!]{4,30}?)\.?\s*$", _T)
_ASKED_EVENTS = {
    "enter": "entry-into-force",
    "come": "entry-into-force",
    "be": "adoption",
    "adopted": "adoption",
}


def answered_when(ctx: Context, view: View) -> None:
    """The date an answer gives to the question before it on a treaty's own event ("When did it
    enter into force?" / "On 1 July 2010."), the treaty the text is about."""
    if view.sentence.index == 0 or len(view.dates) != 1:
        return
    date = view.dates[0]
    answer = _DATE_ANSWER.fullmatch(view.text, view.start, view.end)
    if answer is None or answer.start("date") != date.start:
        return
    question = ctx.document.sentences[view.sentence.index - 1]
    asked = _WHEN_QUESTION.fullmatch(ctx.text, question.start, question.end)
    if asked is None:
        return
    event = asked.group("event").lower()
    kind = "opening-for-signature" if "signature" in event else _ASKED_EVENTS[event.split()[0]]
    treaty = _topic(ctx, view, question.start)
    if treaty is None:
        return
    cls = {"entry-into-force": TG.EntryIntoForce, "adoption": TG.Adoption}.get(kind, TG.OpeningForSignature)
    key = KEYS.treaty_event(treaty.key, kind)
    ctx.node(key, cls, f"{_TREATY_NOUNS[kind]} of the {ctx.name(treaty.key)}", view, date.start, date.end)
    ctx.claim(key, TG.treaty, treaty.key, view, date.start, date.end)
    _dated(ctx, view, key, date, date.start, date.end)


# A fact file's or a tracker's row: the key opens the line ("Adopted", "In force"), then a leader
# of dots or a colon, then the value ("Durban, 9 July 2002")
_ROW_KEY = re.compile(r"\s*(?:[-•*]\s+)?")
_ROW_LEADER = re.compile(r"\s*(?:\.{2,}|:)\s")
# a row naming the instrument the block is about: "Legal basis ..... Protocol ...", "Treaty: ..."
_NAMING_ROW = re.compile(
    r"\s*(?:[-•*]\s+)?(?:legal\s+basis|treaty|instrument|title|full\s+(?:title|name)|name|convention|"
    r"protocol|charter|agreement|founding\s+(?:treaty|instrument))\s*(?:\.{2,}|:)\s",
    _T,
)


def _row_treaty(ctx: Context, view: View, match: Match) -> Mention | None:
    """The treaty a row's block is about: the one the naming rows of the same block give ("Legal
    basis ..... Protocol ...", "Title: Law on the Ratification of the Convention ..."); none
    where they name several or none."""
    line = view.text.rfind("\n", 0, match.start) + 1
    gap = view.text.rfind("\n\n", 0, line)
    block = gap + 2 if gap >= 0 else 0
    named: dict[str, Mention] = {}
    for m in ctx.mentions:
        if not (block <= m.start and m.end <= line and m.cls in TREATY_CLASSES):
            continue
        if _NAMING_ROW.match(view.text, view.text.rfind("\n", 0, m.start) + 1, m.start) is not None:
            named.setdefault(m.key, m)
    if not named:
        # "Key dates of the Convention:" over the rows: the one treaty the block's lead line names
        lead_end = view.text.find("\n", block)
        if 0 <= lead_end < line and view.text[block:lead_end].rstrip().endswith(":"):
            named = {
                m.key: m
                for m in ctx.mentions
                if block <= m.start and m.end <= lead_end and m.cls in TREATY_CLASSES
            }
    if len(named) != 1:
        return None
    found = next(iter(named.values()))
    return Mention(found.key, found.cls, found.label, -1, -1, "", found.known, "row")


# "when it was opened for signature", "after it entered into force": "it" opening a subordinate
# clause, the subject of a treaty's own event, which only a treaty can undergo
# "the day", "the very day on which": a clause of the day another act took place on
_THE_DAY = r"\bthe\s+(?:very\s+|same\s+)?day(?:\s+on\s+which|\s+that|\s+when)?"
# "..., the day it was opened for signature", "on the very day it was adopted": a clause of the day
# an act by another took place on, whose "it" is the treaty of that act
_SUBORDINATE_IT = re.compile(
    r"(?:\b(?:when|after|once|before|until|since|as|because)|" + _THE_DAY + r")"
    r"\s+it\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?$",
    _T,
)


def _subordinate_it(view: View, match: Match) -> Mention | None:
    """The treaty named last before "it" in the sentence: "Turkey was the first to sign the
    convention, when it was opened for signature on 11 May 2011"."""
    if _SUBORDINATE_IT.search(view.text, view.start, match.start) is None or not _PAST_TRIGGER.match(
        match.text
    ):
        return None  # "when it enters into force next year": a forecast
    return view.before(match.start, TREATY_CLASSES, within=200)


# "The ASEAN Charter, signed in Singapore in 2007 and in force since 2008, ...", "the Protocol,
# which amended the Charter in 1967 and entered into force in 1970": the treaty the apposition or
# relative clause the trigger stands in follows
_APPOSITION = re.compile(
    r",\s+(?:(?:which|that)\s+[^,;:()]{0,100}?"  # ", which amended the Charter in 1967 and entered"
    r"|(?:[a-z]+ed|done|in\s+force)\b[^,;:()]{0,100}?\s+and\s+"  # ", signed in 2007 and in force since"
    r"|)$",  # ", adopted in 1966": the participle right after the comma
    _T,
)
_AUXILIARY = re.compile(r"(?:was|were|is|are|has|have|had)\b", _T)
_RELATIVE = re.compile(r",\s+(?:which|that)\b", _T)


def _apposed_to_treaty(view: View, match: Match) -> Mention | None:
    """The treaty right before the comma that opens the participle phrase or relative clause the
    trigger stands in, where nothing in it names a state or a body that could be its subject."""
    lead = _APPOSITION.search(view.text, view.start, match.start)
    if lead is None or (
        not _PAST_TRIGGER.match(match.text) and not match.text.lower().startswith("in force")
    ):
        return None
    if _AUXILIARY.match(match.text) and not _RELATIVE.match(lead.group(0)):
        return None  # ", a new code was adopted": a clause with a subject of its own
    inside = [m for m in view.mentions if lead.start() <= m.start and m.end <= match.start]
    if any(
        m.cls not in TREATY_CLASSES
        and m.cls != TG.Place
        and not re.search(r"\b(?:in|at)\s+$", view.text[max(view.start, m.start - 4) : m.start])
        for m in inside
    ):  # "signed in Singapore": the place it was signed is no subject
        return None
    return next((m for m in view.of(TREATY_CLASSES) if m.end == lead.start()), None)


_SUBORDINATE_THEY = re.compile(_THE_DAY + r"\s+they\s+(?:were\s+)?$", _T)
_AND_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?", _T)


def _subordinate_they(view: View, match: Match) -> list[Mention]:
    """The treaties joined by "and" that "they" in "..., the day they were opened for signature"
    stands for: "Finland signed the Convention and the Protocol on 30 March 2007, the day they
    were opened for signature"."""
    lead = _SUBORDINATE_THEY.search(view.text, view.start, match.start)
    if lead is None or not _PAST_TRIGGER.match(match.text):
        return []
    treaties = [m for m in view.mentions if m.end <= lead.start() and m.cls in TREATY_CLASSES]
    joined = treaties[-1:]
    for earlier in reversed(treaties[:-1]):
        if not _AND_BETWEEN.fullmatch(view.text, earlier.end, joined[0].start):
            break
        joined.insert(0, earlier)
    return joined if len(joined) >= 2 else []


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


_TO_ENTER_AND = re.compile(r"\bto\s+(?:enter|come)\s+into\s+force\b[^.;:]{0,40}?,?\s+and\s+(?:it\s+)?$", _T)


def _did_so(ctx: Context, view: View, match: Match) -> Mention | None:
    """The treaty that "did so" after a clause saying what it needed "to enter into force": the
    subject opening the sentence, or the one "It" stands for."""
    if not _TO_ENTER_AND.search(view.text, view.start, match.start):
        return None
    first = view.opener()
    if first is not None and first.end <= match.start:
        return first if first.cls in TREATY_CLASSES else None
    if re.match(r"[\s\-•*–]*It\s", view.text[view.start : match.start]):
        return _opening_subject(ctx, view, TREATY_CLASSES)
    return None


# "- Adopted by the General Assembly on 21 December 1965.": a bullet opening on the event, the
# treaty being the list's own subject
_BULLET_OPENING = re.compile(r"\s*[-•*]\s+(?:(?:It\s+)?(?:was|has\s+been|had\s+been)\s+)?", _T)
_BULLET_LINE = re.compile(r"\s*[-•*]\s")


def _bullet_topic(ctx: Context, view: View, match: Match) -> Mention | None:
    """The treaty the line that leads a bulleted list names ("The Convention on ...:", a
    heading), for a bullet whose verb has no subject of its own; else the treaty the text is
    about, where the sentences before name no other."""
    text = view.text
    line = text.rfind("\n", 0, match.start) + 1
    if not _BULLET_OPENING.fullmatch(text, line, match.start):
        return None
    lead_end = line - 1
    while lead_end > 0:
        lead = text.rfind("\n", 0, lead_end) + 1
        if text[lead:lead_end].strip() and not _BULLET_LINE.match(text, lead):
            named = {
                m.key: m
                for m in ctx.mentions
                if lead <= m.start and m.end <= lead_end and m.cls in TREATY_CLASSES
            }
            if len(named) == 1:
                found = next(iter(named.values()))
                return Mention(found.key, found.cls, found.label, -1, -1, "", found.known, "list")
            break
        lead_end = lead - 1
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
    r"(?P<head>conventions|covenants|protocols|charters|treaties|instruments)\s+"
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
    return treaties_together(ctx, view, view.start + lead.start(), lead.group("det"), lead.group("head"))


def treaties_together(ctx: Context, view: View, lead_start: int, det: str, head: str) -> list[Mention]:
    """The treaties "both covenants" or "the three conventions" at ``lead_start`` stand for: those
    of that kind named together in the nearest sentence before (or in this one) that names at
    least two, and exactly as many as the count says."""
    det = re.sub(r"\s+", " ", det.lower())
    head = head.lower()[:-1]
    if head == "instrument" and det in ("the", "these", "those"):
        return []  # "the instruments" are as often those of ratification as treaties
    head = "" if head in ("treatie", "instrument") else head  # "both instruments": of any kind
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
    if frame.kind == "adoption" and (
        (agent is not None and agent.cls == TG.NationalBody) or _chamber_named(view, match.start)
    ):
        return  # "the Saeima adopted it": a legislature's vote on the treaty, never its adoption
    if agent is not None:
        e = agent.end
    for_state = slot(ctx, view, match, "state") if "state" in frame.slots else None
    if for_state is None and "state" in frame.slots and _FOR_THE_COUNTRY.match(view.text, match.end):
        # "will enter into force for the country on 1 November": the state named last, never
        # the treaty's own entry into force
        for_state = last_state(ctx, view, match.start)
        if for_state is None:
            return
    if for_state is None and "state" in frame.slots:
        # "For Argentina, it will enter into force on ...", "For Peru the convention enters into force
        # on ...": the state fronted before the clause
        fronted = _FOR_FRONTED.match(view.text, view.start, match.start)
        if fronted is not None:
            for_state = view.after(view.start + fronted.start("state") - fronted.start(), STATE, within=0)
    if for_state is None and "state" in frame.slots and _FOR_SEVERAL.match(view.text, match.end):
        return  # "will enter into force for both states on 1 July": theirs, never the treaty's own
    if for_state is None and frame.name == "brought-into-force":
        into = _INTO_FORCE_FOR.search(view.text, match.end, min(view.end, match.end + 120))
        if into is not None and into.group("for"):
            return  # "brought it into force for it": for a state the words do not name here
    if for_state is None and "state" in frame.slots and _FOR_NAMED.match(view.text, match.end):
        return  # "entered into force for the European Union", "for Abidjan": a party's, not the treaty's
    for_it = for_state is None and "state" in frame.slots and _FOR_IT.match(view.text, match.end)
    if for_it:
        # "Peru is the 30th state to ratify the convention, which enters into force for it on
        # 1 May": "it" is the state of this sentence, or no one the sentence names
        for_state = _state_of_sentence(ctx, view, match.start)
        if for_state is None:
            return
    date = _date(view, match)
    if date is not None and _COUNTED_FROM.search(view.text, match.end, date.start):
        date = None  # "on the thirtieth day following today's deposit": the day counted from
    if for_it and date is None:
        return  # "a year after the covenant enters into force for it": a condition
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


# "For Argentina, it will ...", "For the Maldives, the statute enters ...": a fronted beneficiary
_FOR_FRONTED = re.compile(r"\s*For\s+(?P<state>[^,]{2,60}?),?\s+(?:[\w'-]+\s+){0,6}?", re.I)
# "the thirtieth day following", "three months after the": a date that follows is what the day
# is counted from, not the day itself
_COUNTED_FROM = re.compile(
    r"\b(?:day|days|weeks?|months?|years?)\s+(?:following|after|from)\s+(?:the\s+|its\s+)?$", re.I
)


_FOR_IT = re.compile(r"\s+for\s+it\b", _T)
# A name after "for": the party the treaty binds from then, whatever the name is
_FOR_NAMED = re.compile(r"\s+for\s+(?:the\s+)?(?-i:[A-Z])")
# "for both states", "for the two countries", "for them", "for these parties": states told before
# (and "for us", the speaker's own country)
_FOR_SEVERAL = re.compile(
    r"\s+for\s+(?:them\b|us\b|(?:both|all|each|the\s+two|the\s+three|these|those|the\s+new)\s+"
    r"(?:of\s+(?:them|the\s+\w+)\b|states?|countries|country|parties|party|members?|ratifying\s+states?)\b)",
    _T,
)


def _state_of_sentence(ctx: Context, view: View, pos: int) -> Mention | None:
    """The one state named before ``pos`` in the trigger's own sentence, with no organisation
    there that "it" could stand for instead."""
    before = [m for m in view.mentions if m.end <= pos]
    if any(m.cls in IGO for m in before):
        return None
    states = {m.key: m for m in before if m.cls in STATE}
    return next(iter(states.values())) if len(states) == 1 else None


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
