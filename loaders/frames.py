"""The frame engine: kinds of fact as data (``lexicon/frames.toml``), run over each sentence.

A frame is a trigger lexicon, the slots its fact needs with the places the grammar puts them
(the subject before an active verb, the agent after "by", the object after the trigger or after a
preposition), and the shape of the key it mints. The engine finds every trigger in a sentence,
reads the mood of the clause it stands in (a hypothetical says nothing, an intention is not the
act, a negation is its absence) and fills the slots; what is built from the filled frame is the
business of the builder for the frame's shape (the ``loaders/events`` package). Adding a phrasing
is a line in the lexicon, not a rule.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from loaders.datelines import dateline_end
from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.facts import Ref
from loaders.mentions import Mention, state_in_name
from loaders.vocabulary import ORG, TG

__all__ = [
    "ORDINAL",
    "Frame",
    "Match",
    "Mood",
    "WithdrawalRule",
    "find",
    "frames",
    "in_dateline",
    "referent",
    "slot",
    "state_subject",
    "treaty_pronoun",
    "withdrawal_rules",
]

LEXICON = Path(__file__).parent / "lexicon"
Mood = Literal["fact", "hypothetical", "intention", "negated"]

STATE = frozenset({TG.State})
PERSON = frozenset({TG.Person})
IGO = frozenset({TG.IntergovernmentalOrganization})
# The classes a slot of each name takes.
SLOT_CLASSES: Mapping[str, frozenset[str]] = {
    "state": STATE,
    "predecessor": STATE,
    "treaty": TREATY_CLASSES,
    "organization": IGO,
    "body": ORG_CLASSES - {TG.MediaOutlet},
    "agent": ORG_CLASSES | PERSON | STATE,
    "depositary": ORG_CLASSES | PERSON,
    "submittedTo": ORG_CLASSES,
}


@dataclass(frozen=True)
class Frame:
    name: str
    shape: str
    triggers: re.Pattern[str] | None
    slots: Mapping[str, tuple[str, ...]]
    cls: str | None = None
    kind: str = ""
    label: str = ""
    predicate: str | None = None
    negated: str = "none"
    also: str | None = None
    not_after: re.Pattern[str] | None = None  # words that make the trigger something else


@dataclass(frozen=True)
class Match:
    """One trigger of one frame in a sentence, with the mood of its clause."""

    frame: Frame
    start: int
    end: int
    text: str
    mood: Mood
    starts: tuple[int, ...] = field(default=(), compare=False)  # every trigger in the sentence


@dataclass(frozen=True)
class WithdrawalRule:
    """When a denunciation of one treaty takes effect, counted from the notification's receipt."""

    treaty: str
    rule: str
    after_months: int | None  # None: the treaty has no clause for leaving it
    first_of_month: bool = False


# ---------------------------------------------------------------------------- the lexicon

# An ordinal in words or figures: "tenth", "twenty-fifth", "111th"
ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)"
    r"|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth|hundredth)"
)


def _phrase(text: str) -> str:
    """A trigger phrase as a regular expression (see the lexicon's header for the syntax)."""
    pattern = ""
    first_optional = False
    for i, token in enumerate(re.findall(r"\{[^}]*\}|\[[^\]]*\]|\S+", text)):
        if token == "...":
            pattern += r"(?:\s+[\w'-]+){0,4}?"
            continue
        if token == "<aside>":  # "ratification, on 14 May 2013, of": a phrase set off by commas
            pattern += r",\s+[^,.;:()\"\u201c\u201d]{1,40}?,"
            continue
        if token == "<ordinal>":  # "the tenth instrument", "the 111th state party": optional
            pattern += rf"(?:\s+{ORDINAL})?"
            continue
        optional = token.startswith("[")
        words = token.strip("[]{}").split("|")
        body = (
            "(?:"
            + "|".join(
                r"(?:the|its|their|a|an)" if w == "the" else r"\s+".join(re.escape(x) for x in w.split())
                for w in words
            )
            + ")"
        )
        if i == 0:
            first_optional = optional
            pattern += f"(?:{body}\\s+)?" if optional else body
        elif i == 1 and first_optional:  # the optional first word carries its own space
            pattern += f"(?:{body})?" if optional else body
        else:
            pattern += f"(?:\\s+{body})?" if optional else f"\\s+{body}"
    return pattern


def _compile(phrases: Iterable[str], follow: str = "") -> re.Pattern[str] | None:
    alternatives = sorted((_phrase(p) for p in phrases), key=len, reverse=True)
    if not alternatives:
        return None
    # a phrase starting with a possessive ("'s death") or a contracted "not" ("hasn't") is glued to
    # the word before it
    bounded = [
        a if a.startswith(("(?:'", "(?:n'", "(?:n\u2019")) else r"(?<![\w'-])" + a for a in alternatives
    ]
    return re.compile("(?:" + "|".join(bounded) + r")(?![\w-])" + follow, re.IGNORECASE)


def _not_after(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(_phrase(w) for w in words) + r")\s+$", re.IGNORECASE)


@cache
def _lexicon() -> dict[str, object]:
    with (LEXICON / "frames.toml").open("rb") as f:
        return tomllib.load(f)


@cache
def frames() -> tuple[Frame, ...]:
    """Every frame of the lexicon, in its order."""
    raw = _lexicon()["frames"]
    assert isinstance(raw, dict)
    out = []
    for name, spec in raw.items():
        slots = {k: tuple(v) for k, v in spec.get("slots", {}).items()}
        cls = spec.get("class")
        predicate = spec.get("predicate")
        out.append(
            Frame(
                name=name,
                shape=spec["shape"],
                triggers=_compile(spec.get("triggers", []), spec.get("follow", "")),
                slots=slots,
                cls=getattr(TG, cls) if cls else None,
                kind=spec.get("kind", ""),
                label=spec.get("label", ""),
                predicate=getattr(TG, predicate) if predicate else None,
                negated=spec.get("negated", "none"),
                also=spec.get("also"),
                not_after=_not_after(spec.get("not_after", [])),
            )
        )
    return tuple(out)


def frame(name: str) -> Frame:
    return next(f for f in frames() if f.name == name)


@cache
def _moods() -> dict[str, re.Pattern[str]]:
    raw = _lexicon()["moods"]
    assert isinstance(raw, dict)
    out = {}
    for mood, phrases in raw.items():
        pattern = _compile(phrases)
        assert pattern is not None
        out[mood] = pattern
    return out


@cache
def withdrawal_rules() -> dict[str, WithdrawalRule]:
    """The treaty's own rule for when leaving it takes effect, by treaty key."""
    with (LEXICON / "withdrawal_rules.toml").open("rb") as f:
        raw = tomllib.load(f)["treaty"]
    return {
        f"treaty/{slug}": WithdrawalRule(
            treaty=f"treaty/{slug}",
            rule=spec["rule"],
            after_months=None if spec.get("none") else int(spec["after_months"]),
            first_of_month=bool(spec.get("first_of_month", False)),
        )
        for slug, spec in raw.items()
    }


# ---------------------------------------------------------------------------- finding triggers


def find(view: View) -> list[Match]:
    """Every trigger of every frame in the sentence, in text order, with its clause's mood.

    Where two triggers overlap, the longer one names the fact ("revoked its withdrawal" is a
    revocation, not a withdrawal); frames with the same span all fire (the object decides
    between "joined" a treaty and "joined" an organisation)."""
    found: list[tuple[Frame, re.Match[str]]] = []
    for f in frames():
        if f.triggers is None:
            continue
        found += [
            (f, m)
            for m in f.triggers.finditer(view.text, view.start, view.end)
            if f.not_after is None
            or not f.not_after.search(view.text, max(view.start, m.start() - 40), m.start())
        ]
    kept = [
        (f, m)
        for f, m in found
        if not any(
            o.start() <= m.start() and m.end() <= o.end() and (o.end() - o.start()) > (m.end() - m.start())
            for _, o in found
        )
    ]
    kept.sort(key=lambda fm: (fm[1].start(), fm[0].name))
    starts = tuple(sorted({m.start() for f, m in kept if f.shape not in _NOT_EVENTS}))
    moods = [_mood(view, m.start(), [x for _, x in kept]) for _, m in kept]
    for i, (_, m) in enumerate(kept):
        if moods[i] == "fact":
            moods[i] = _joined_mood(view, m, kept, moods)
    return [
        Match(f, m.start(), m.end(), m.group(0), mood, starts)
        for (f, m), mood in zip(kept, moods, strict=True)
    ]


# Verbs in their bare form: "sign", "ratify". Joined to another bare verb before them ("should
# sign and ratify it", "will ratify the CAT and accede to the CRC") they share its mood, as the
# one guard before the first governs both; alone they are a present tense ("Chile and Peru ratify").
_BASE_FORMS = frozenset(
    {"sign", "ratify", "accede", "join", "rejoin", "withdraw", "leave", "quit", "denounce", "become",
     "approve", "adopt", "accept", "succeed", "deposit", "submit", "notify", "recognise", "recognize"}
)  # fmt: skip
_JOINED = re.compile(r"\b(?:and|or|nor)\b", re.I)
_ONLY_JOINED = re.compile(r"\s*,?\s*(?:or|nor|and)\s+(?:(?:even|yet|then|also)\s+)?", re.I)


def _base_form(m: re.Match[str]) -> bool:
    return m.group(0).split()[0].lower() in _BASE_FORMS


def _joined_mood(
    view: View, m: re.Match[str], kept: list[tuple[Frame, re.Match[str]]], moods: list[Mood]
) -> Mood:
    """The mood of the verb ``m`` is joined to: the one right before it with only "or", "nor" or
    "and" between ("has not signed or ratified it"), or, for a bare verb, the bare verb before it
    ("should sign the convention and ratify it"); else its own ("fact")."""
    before = [j for j in range(len(kept)) if kept[j][1].end() <= m.start()]
    if before:
        last = max(before, key=lambda j: kept[j][1].end())
        if _ONLY_JOINED.fullmatch(view.text, kept[last][1].end(), m.start()):
            return moods[last]
    if not _base_form(m):
        return "fact"
    for j in range(len(kept) - 1, -1, -1):
        other = kept[j][1]
        if other.end() > m.start() or not _base_form(other):
            continue
        between = view.text[other.end() : m.start()]
        if _JOINED.search(between) and not _CLAUSE_BREAK.search(between):
            return moods[j]
        return "fact"
    return "fact"


# Shapes whose triggers do not start an event of their own, so do not end another's date search.
# A date after "took effect" is the effective date, so the effect frame ends another's search.
_NOT_EVENTS = frozenset(
    {
        "relation",
        "party-neither",
        "party-ordinal",
        "party-apposed",
        "establishment",
        "establishment-passive",
        "monitors",
        "monitors-passive",
        "treaty-body",
        "monitoring-body",
        "protocol-link",
        "org-followed",  # "Guyana followed the same route in 1999, denouncing it": that act's date
        # "ratified the convention and accepted the court's jurisdiction on 21 August 1990": one date
        "jurisdiction",
    }
)
# "May" with a capital is the month ("on 26 May 1998 and acceded"), never the modal verb.
_MONTH = re.compile(r"May$")
_CONDITION = re.compile(r"if|unless|whether|no such", re.I)
# A question with "why" or "when" takes its event as given ("Why did Chile ratify it in 1990?");
# any other asks whether it happened ("Has it ratified?", "It signed, then?")
_WH_QUESTION = re.compile(
    r"\s*(?:[A-Z]\w*:\s*)?(?:(?:And|But|So)\s+)?(?:Why|When|Where|How|What|Which|Who|Whom|Whose)\b", re.I
)
# A subject that names states only to deny them the act, whatever stands between it and the verb.
_NONE_OF = re.compile(r"\s*(?:Neither|None)\s+of\b[^.;:?!]*", re.I)
# ... or after a clause break: "It is hoped others follow, though none of the EU states has signed it"
_NONE_OF_CLAUSE = re.compile(
    r"(?:,|;|\b(?:though|although|but|while|whereas|yet))\s+(?:(?:though|although|but|while|yet|so|and)\s+)?"
    r"(?:neither|none)\s+of\b[^.;:?!,]*$",
    re.I,
)
# A present tense after "once", "until", "as soon as": an act the clause waits for, not one done
_PRESENT_VERB = re.compile(
    r"(?:ratifies|accedes|signs|joins|rejoins|withdraws|leaves|quits|denounces|becomes|approves|adopts|"
    r"accepts|deposits|notifies)\b",
    re.I,
)
_SUBORDINATOR = re.compile(r"\b(?:once|when|until|till|unless|before|after|as\s+soon\s+as)\b", re.I)
# An adverb set off by commas inside one clause: "has not, however, become a party"
_COMMA_ADVERB = re.compile(
    r",\s*(?:however|so\s+far|as\s+yet|to\s+date|thus\s+far|though|in\s+fact|still|yet|it\s+seems|apparently|"
    r"therefore|moreover|nonetheless|nevertheless|officially|formally)\s*,",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]—–]|\s-\s")


def _mood(view: View, pos: int, triggers: list[re.Match[str]]) -> Mood:
    """The mood of the clause before ``pos``: the guard words in the 50 characters before it,
    up to the previous trigger or a clause break. A comma ends the reach of an intention or a
    negation ("which had threatened to leave, withdrew"), not of a condition ("if ..., it")."""
    if view.text[view.start : view.end].rstrip().endswith("?") and not _WH_QUESTION.match(
        view.text, view.start, view.end
    ):
        # "Has it ratified that one?", "Kazakhstan signed the protocol? No.": asks, does not say
        return "hypothetical"
    if _NONE_OF.fullmatch(view.text, view.start, pos) or _NONE_OF_CLAUSE.search(view.text, view.start, pos):
        return "negated"  # "Neither of its neighbours, Armenia and Azerbaijan, has signed it"
    lo = max(view.start, pos - 50)
    for t in triggers:
        if lo < t.end() <= pos and t.start() < pos:
            lo = t.end()
    window = view.text[lo:pos]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    moods = _moods()
    guards: list[tuple[int, int, str]] = []
    for mood, pattern in moods.items():
        found = [m for m in pattern.finditer(window) if not _MONTH.match(m.group(0))]
        guards += [(m.start(), m.end(), mood) for m in found]
    # a guard inside a longer one is part of it: "would" in "said it would"
    guards = [
        g
        for g in guards
        if not any(o[0] <= g[0] and g[1] <= o[1] and o[1] - o[0] > g[1] - g[0] for o in guards)
    ]
    comma = _COMMA_ADVERB.sub(lambda a: " " * len(a.group(0)), window).rfind(",")
    # a condition reaches over its comma ("if it leaves, it"); other guards stop at one ("while
    # Chile was still debating it, Peru ratified")
    if any(
        mood == "hypothetical" and (g0 > comma or _CONDITION.fullmatch(window[g0:g1]))
        for g0, g1, mood in guards
    ):
        return "hypothetical"
    if _PRESENT_VERB.match(view.text, pos) and _SUBORDINATOR.search(window, comma + 1):
        return "hypothetical"  # "once Argentina ratifies it", "until Chile joins": not yet done
    near = [g for g in guards if g[0] > comma]
    if any(mood == "negated" or mood == "negation" for _, _, mood in near):
        return "negated"
    if any(mood == "intention" for _, _, mood in near):
        return "intention"
    return "fact"


# ---------------------------------------------------------------------------- filling slots

# A count of states as the subject right before the verb: "after 20 states had ratified it",
# "once sixty countries have joined"
# (not "Chile and forty other states have ratified it": the states named with the count act)
_COUNTED_SUBJECT = re.compile(
    r"(?<!and )(?<!, )\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty(?:-[a-z]+)?|several|many|some|most|all)\s+(?:other\s+|more\s+|member\s+)?"
    r"(?:states|countries|nations|governments|parties)"
    r"\s+(?:(?:had|have|has|also|already|then|now)\s+)*$",
    re.I,
)
_DATED_THEN_AND = re.compile(r"\d{4}\s*,?\s+and\s+(?:also\s+)?(?:to|from|of)\s+(?:the\s+)?$")
_POSSESSED = re.compile(r"['’]s?\s")
_OBJECT_OF = re.compile(r"\b(?:of|in|into|against|to|from|with|on|by|for|at)\s+(?:the\s+)?$", re.I)
_STATE_PRONOUN = re.compile(
    r"\b(?:the country|the state|it)\s+(?:has\s+|had\s+|have\s+)?(?:(?:also|then|later|again|formally)\s+)?$",
    re.I,
)
# "joined the 1984 Convention against Torture": a year before the title is part of the name
_DIRECT = re.compile(r"\s*(?:(?:from|of|out\s+of)\s+)?(?:the\s+)?(?:(?:1[6-9]|20)\d\d\s+)?$", re.I)
_TREATY_HEAD = re.compile(
    r"(?:'s|')?\s*(?:[\w'-]+\s+){0,4}?(?:convention|covenant|protocol|statute|charter|treaty|agreement)\b"
    r"|'s\b|(?-i:\s+of\s+[A-Z])",  # a possessive, or a name cut short ("the Council" of "Council of Europe")
    re.I,
)
# "ratified by Peru", "was signed today by Andorra": a time adverb may stand before the agent
_BY = re.compile(r"\s+(?:(?:today|yesterday|also|jointly|subsequently)\s+)?by\s+(?:the\s+)?", re.I)
_NAME_WORDS = re.compile(r"(?-i:(?:[A-Z][\w.-]*|of|the|and)\s+)*")
# "the convention, which Chile signed", "the statute, to which it acceded in 2002 and which it"
# or a verb coordinated after the one whose object it is: "denouncing the protocol and acceding again"
_WHICH_CLAUSE = re.compile(r"\s*,?\s*(?:which|that)\s+(?:the\s+)?[^.;:(),]{1,80}$", re.I)
# A protocol's subject set apart after its name: "the Optional Protocol, on a communications
# procedure, which Mongolia ratified"
_PROTOCOL_ASIDE = re.compile(r",\s+(?:on|of|for)\s+[^.;:(),]{3,60}(?=,)")
# a subject right before its verb: a place or a time may stand between ("in Tunis adopted")
_OWN_SUBJECT = re.compile(
    r"\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w-]+\s+)?(?:(?:has|have|had|then|later|finally|unanimously)\s+)*", re.I
)
_PLACE_OF = re.compile(r"\b(?:at|in|with|before)\s+(?:the\s+)?$", re.I)
_MODIFIER = re.compile(r"(?:'s?\s|\s+(?:convention|treaty|protocol|charter|covenant)s?\b)", re.I)
_RELATIVE_CLAUSE = re.compile(
    r"\s*,?\s*(?:[\w-]+\s+)?(?:which|that)\b[^.;:()]*|\s*,?\s+and\s+(?:then\s+|later\s+|[a-z]+ly\s+)?", re.I
)
# Triggers that are nouns: their treaty is their possessor or follows "of", never a subject.
_NOMINAL_EVENT = re.compile(r"(?:entry|opening)\b", re.I)
# "within a year of its opening for signature": a possessive pronoun before a nominal trigger
# ("the entry into force today of the convention": a day may stand before "of")
_OF_THE = re.compile(r"\s+(?:(?:today|yesterday)\s+)?of\s+(?P<the>)(?:the\s+)?", re.I)
ITS_BEFORE = re.compile(r"\bits\s+$", re.I)
# Between a treaty and the trigger whose subject it is, once asides and dates are taken out:
# auxiliaries, adverbs, prepositions before a date, and "and" joining another of its events.
_SUBJECT_GAP = re.compile(
    r"(?:\s+|\b(?:has|have|had|was|were|is|are|will|would|be|been|being|finally|only|also|then|"
    r"eventually|formally|itself|subsequently|already|officially|duly|thus|later|first|soon|"
    r"in|on|at|which|that|D)\b|,)*",
    re.I,
)
# The subject's first verb and its object before "and" and the trigger ("The protocol needed
# five ratifications and entered into force"): the trigger's subject is that verb's too
_VERB_THEN_AND = r"\s+[a-z]+ed\s+[^.;:,()\"]{1,60}?\s+and(?:\s+(?:then|later|finally|soon))?"
_FIRST_VERB = re.compile(rf"{_VERB_THEN_AND}(?P<rest>\s+)")
# Another event of the same treaty, coordinated with the trigger: "was adopted ... and entered"
_TREATY_EVENT_VERB = re.compile(
    r"\b(?:adopted|opened\s+for\s+signature|entered\s+into\s+force|came\s+into\s+(?:force|effect))\b"
    # "... and entered", "... and has since been in force since"
    r"(?P<tail>[^;:]*?\band(?:\s+(?:has|have|had|is|was|been|since|then|later|also))*\s*)$",
    re.I,
)
# A comma-delimited aside or a parenthesis: "The convention, adopted in 1984, entered ..."
_ASIDE = re.compile(r",[^,;.]{1,120},|\([^()]*\)")


def state_subject(ctx: Context, view: View, pos: int) -> Mention | None:
    """The state acting at ``pos``: the nearest state named before it that is not the object of
    a preposition ("invasion of Ukraine") nor inside a parenthesis; a possessive just before the
    trigger is its subject whatever precedes it ("the law on Latvia's withdrawal"). "The country"
    or "it" just before ``pos``, or a clause opening with "It" or a description of a country
    ("The world's youngest country, independent since 2011, joined") is the state named last."""
    if _COUNTED_SUBJECT.search(view.text, view.start, pos):
        return None  # "It entered into force after 20 states had ratified it": no one of them
    if _STATE_PRONOUN.search(view.text, view.start, pos):
        if _OPENING_IT.fullmatch(view.text, view.start, pos - 1) or re.fullmatch(
            r"[\s\-•*–]*(?:It|The\s+(?:country|nation))\s+(?:has\s+|had\s+|have\s+)?",
            view.text[view.start : pos],
        ):
            # "Qatar becomes the third state ..., after Kuwait and Bahrain. It acceded to": the
            # state opening the sentence before, not the last one it names
            opening = _opening_subject(ctx, view, STATE)
            if opening is not None:
                return opening
            last = last_state(ctx, view, pos)
            topic = last_opening_state(ctx, view)
            described = not _OPENING_IT.match(view.text, view.start)  # "The country", not "It"
            if described and last is not None and topic is not None and topic.key != last.key:
                # "Timor-Leste deposited ... The convention entered into force after Iraq became
                # the twentieth state to ratify it. ... The country signed the treaty in 2007":
                # the state last named and the one sentences were last about differ; say nothing
                return None
            return last
        return last_state(ctx, view, pos)
    if _ORGAN_OF_STATE.fullmatch(view.text, view.start, pos):  # "The government deposited"
        return last_state(ctx, view, pos)
    for m in reversed(view.of(STATE)):
        if m.end > pos or contrasted(view.text, view.start, m):
            continue
        between = view.text[m.end : pos]
        if between.count(")") > between.count("("):
            continue
        opened = _IN_APPOSITION.search(view.text, view.start, m.start)
        if (
            opened is not None
            and any(o.end == opened.start() for o in view.mentions)
            and _APPOSITION_END.match(between)
        ):
            continue  # "Uganda, Kenya's neighbour, ratified it": the apposition's state is not the subject
        if _GENERIC_RELATIVE.search(between) and not _AMONG.search(between):
            return None  # "France calls on all states that have not yet ratified it": not France
        if _EXCEPTED.search(view.text, view.start, m.start):
            return None  # "All member states except Canada and the United States have ratified it"
        if (
            _OBJECT_OF.search(view.text[max(view.start, m.start - 12) : m.start])
            and not _POSSESSOR.fullmatch(between)
            and not _government_of(view, m)
            and not _person_of(view, m)
        ):
            continue
        return m
    if (
        _DESCRIBED_STATE.match(view.text, view.start, pos)
        # "It calls upon those states that have signed": the states the clause describes
        and not _GENERIC_RELATIVE.search(view.text, view.start, pos)
        and not any(
            m.end <= pos
            and not re.search(r"\bof\s+(?:the\s+)?$", view.text[max(view.start, m.start - 8) : m.start])
            for m in view.of(ORG_CLASSES | PERSON)
        )  # ("a member state of the League" names the League only as what the state is of)
        and not _PASSIVE_PARTICIPLE.match(view.text, pos, view.end)
    ):
        return last_state(ctx, view, pos)
    return _body_of_state(ctx, view, pos) or _person_acting(ctx, view, pos)


def _person_of(view: View, state: Mention) -> bool:
    """ "Foreign Minister Nicolás Maduro of Venezuela sent": the state a person is named as of."""
    return any(
        p.end <= state.start and re.fullmatch(r"\s+of\s+(?:the\s+)?", view.text[p.end : state.start])
        for p in view.of(PERSON)
    )


# A person as the subject of the verb right after the name, an apposition between
_PERSON_VERB = re.compile(
    r"(?:\s*,[^,;.]{1,80},)?\s+(?:(?:has|had|have|also|then|formally|personally|later|today|yesterday)\s+)*"
    r"(?:[a-z]+(?:ed|s|t)\b[^.;:]*)?$"
)
# The offices that act for a state in its treaty relations
_STATE_AGENT_ROLE = re.compile(
    r"role/(?:[\w-]*-)?(?:minister|president|prime-minister|premier|ambassador|permanent-representative|"
    r"head-of-state|king|queen|emir|sultan|secretary-of-state|foreign-secretary|chancellor)",
)


def _person_acting(ctx: Context, view: View, pos: int) -> Mention | None:
    """The state a person acts for, as the subject of the trigger's clause: "Foreign Minister
    Nicolás Maduro sends the OAS Secretary General the notice of denunciation", where the text
    gave him an office of that state (a minister, a president, an ambassador)."""
    people = [p for p in view.of(PERSON) if p.end <= pos]
    if not people or not _PERSON_VERB.match(view.text[people[-1].end : pos]):
        return None
    person = people[-1]
    if any(m.start >= person.end and m.end <= pos and m.cls in STATE | PERSON for m in view.mentions):
        return None
    state = _state_served(ctx, person.key)
    if state is None:
        return None
    return Mention(state, TG.State, ctx.name(state), person.start, person.end, person.text, True, "person")


def _state_served(ctx: Context, person: str) -> str | None:
    """The one state whose office of state the document (or the registry) gives ``person``."""
    states = {
        office.organization
        for office in ctx.registry.offices_of(person)
        if (entry := ctx.registry.entry(office.organization)) is not None and entry.cls == TG.State
    }
    if not states:
        values: dict[str, dict[str, str]] = {}
        for c in ctx.claims:
            if c.predicate in (ORG.member, ORG.organization, ORG.role) and isinstance(c.object, Ref):
                values.setdefault(c.subject.key, {})[c.predicate] = c.object.key
        states = {
            v[ORG.organization]
            for v in values.values()
            if v.get(ORG.member) == person
            and v.get(ORG.organization, "").startswith("state/")
            and _STATE_AGENT_ROLE.match(v.get(ORG.role, ""))
        }
    return states.pop() if len(states) == 1 else None


# The bodies that act for their state in its treaty relations: its government, its foreign
# ministry, its missions abroad
_ACTS_FOR_STATE = re.compile(
    r"(?:the\s+)?(?:(?:permanent\s+)?(?:mission|delegation|representation)|embassy|government|"
    r"(?:ministry|department|secretariat)\s+(?:of|for)\s+(?:foreign|external)\s+(?:affairs|relations)|"
    r"(?:federal\s+)?department\s+of\s+foreign\s+affairs|(?:foreign|external\s+affairs)\s+ministry)\b",
    re.I,
)


def _body_of_state(ctx: Context, view: View, pos: int) -> Mention | None:
    """The state of a national body acting at ``pos`` whose name closes on it: "The Permanent
    Mission of the Sudan to the United Nations deposited" (what follows the body's name is the
    object of a preposition, never another subject)."""
    for m in reversed([m for m in view.mentions if m.end <= pos]):
        if _OBJECT_OF.search(view.text[max(view.start, m.start - 12) : m.start]):
            continue
        if (
            m.cls != TG.NationalBody
            or not _ACTS_FOR_STATE.match(m.text)
            or _CLAUSE_BREAK.search(view.text, m.end, pos)
        ):
            return None
        key = state_in_name(ctx.registry, m.text)
        return Mention(key, TG.State, ctx.name(key), m.start, m.end, m.text, True, "body") if key else None
    return None


# A relative clause on a class of states between the state and the verb: the verb's subject is
# that class ("all States that have not yet done so", "countries which ratified it")
_GENERIC_RELATIVE = re.compile(
    r"\b(?:all|other|those|the|any|many|some|most|several|few)\s+(?:(?:other|member)\s+)?"
    r"(?:states|countries|nations|governments|members|parties|signatories)\s+(?:that|which|who)\b"
    r"|\b(?:those|others)\s+(?:that|which|who)\b",
    re.I,
)  # never a name's last word: "the Organization of American States that" is one body


# "Italy and Peru are among the states that have ratified it": the states named are of the class
# ("leaving the United States as the only member of the United Nations that has not ratified")
# The states a general subject leaves out: "every member state, with the exception of Cuba,"
# The names listed so far after such a phrase, up to the one at hand: "Canada and the "
_NAMES_SO_FAR = (
    r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*"
    r"(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$"
)
_EXCEPTED = re.compile(
    r"\b(?i:except(?:\s+for)?|other\s+than|apart\s+from|save\s+for|with\s+the\s+exception\s+of|excluding)"
    + _NAMES_SO_FAR
)
_AMONG = re.compile(
    r"\b(?:(?:are|is|were|was|be|been|remain|remains)\s+(?:now\s+)?(?:among|one\s+of|two\s+of|part\s+of)"
    r"|as\s+(?:the\s+)?(?:only|first|last|sole|second|third))\b",
    re.I,
)


# "The Government of Peru acceded", "The Permanent Mission of the Sudan to the United Nations
# deposited": the state's government, or its mission abroad, acts for the state
# ("the Permanent Representative of Luxembourg deposited": its envoy acts for the state too)
_GOVERNMENT_OF = re.compile(
    r"\b(?:the\s+)?(?:government|authorities|(?:foreign\s+)?ministry|(?:permanent\s+)?mission|embassy|"
    r"(?:permanent\s+)?delegation|permanent\s+representative|ambassador|foreign\s+minister|"
    r"minister\s+(?:of|for)\s+(?:foreign|external)\s+(?:affairs|relations)|"
    r"ministry\s+of\s+(?:foreign|external)\s+(?:affairs|relations))\s+of\s+(?:the\s+)?$",
    re.I,
)
# A clause whose subject is the organ that acts for the state named before: "The government
# deposited", "The foreign ministry lodged", "The Department of Foreign Affairs deposited"
_ORGAN_OF_STATE = re.compile(
    # (after an opening phrase: "In 2019, the government", "On 3 May 2019 the government")
    r"\s*(?:(?:[A-Z][\w ,'’-]{0,60},|(?-i:On|In)\s+[\w ]{0,30}?\d{4})\s+)?"
    r"(?:(?:The|the)\s+(?:government|(?:foreign|external\s+affairs)\s+ministry|"
    r"(?-i:Ministry\s+of\s+(?:Foreign|External)\s+(?:Affairs|Relations)|Foreign\s+(?:Ministry|Office)|"
    r"Department\s+of\s+(?:Foreign\s+Affairs|State)))"
    # "its envoy to the United Nations had signed": the state's own representative
    r"|(?-i:[Ii]ts)\s+(?:envoy|ambassador|(?:permanent\s+)?representative)"
    r"(?:\s+(?:to|at|in)\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*)?)"
    r"\s+(?:(?:has|had|formally|then|later|also)\s+)*"
    r"(?:(?:deposited|lodged|deposits|lodges)\s+(?:its|the)\s+(?:[a-z]+\s+)?)?$",
    re.I,
)


def _government_of(view: View, state: Mention) -> bool:
    """ "The Government of Peru" as a subject, not "talks with the government of Peru"."""
    found = _GOVERNMENT_OF.search(view.text, max(view.start, state.start - 40), state.start)
    return found is not None and not _OBJECT_OF.search(
        view.text, max(view.start, found.start() - 12), found.start()
    )


# "any instrument ratified by the State concerned": a participle whose agent follows it, never
# the subject that opens the sentence
_PASSIVE_PARTICIPLE = re.compile(r"[\w-]+\s+by\b")
# "Latvia's withdrawal": the possessive and nothing else between the state and the trigger
_POSSESSOR = re.compile(r"'s?\s*")
# A clause whose subject stands for a state named before: "It acceded", "The country, ..., joined"
# "It is hoped others follow", "It was not clear whether ...": an "it" that stands for no state
_EXPLETIVE_WORDS = (
    r"(?:hoped|feared|said|reported|believed|thought|understood|known|clear|unclear|likely|unlikely|"
    r"possible|impossible|important|true|worth|hard|difficult|uncertain|doubtful)\b(?!\s+to\b)"
)
_DESCRIBED_STATE = re.compile(
    r"\s*(?:It(?!\s+(?:is|was|has\s+been|had\s+been|seems|seemed|remains|remained)\s+(?:not\s+|now\s+)?"
    + _EXPLETIVE_WORDS
    + r")|The\s+(?:[\w'-]+\s+){0,3}?(?:country|state|nation|republic|kingdom))\b(?:\s|,)",
    re.I,
)
# "It came into effect", and on a timeline's line "1987 – it entered into force"
# "It ...", "1976 – it ...", and after a phrase put first: "Under the convention's rules, it ..."
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:[-•*]\s+)?[\w ,]{1,30}?\s[–—]\s+(?:it|It)|It|[A-Z][\w'’ -]{1,50},\s+it)"
    # "It needed only five ratifications and entered into force": the second verb of its clause
    rf"(?:{_VERB_THEN_AND})?"
    r"\s+(?:[\w'-]+\s+){0,2}"
)
_AND_IT = re.compile(r",?\s+and\s+it\s+(?:(?:has|had|is|was|will|been|now|since|then|later)\s+){0,2}$")
# How far back a pronoun may reach for the state or treaty it stands for.
_REACH = 3


def _opening_subject(ctx: Context, view: View, classes: frozenset[str]) -> Mention | None:
    """ "The Maputo Protocol supplements the African Charter. It was adopted in 2003": "It" opening
    a sentence stands for the subject opening the one before, not for the last name in it."""
    index = view.sentence.index - 1
    sentences = ctx.document.sentences
    while (
        index > 0 and _OPENING_IT.match(view.text, sentences[index].start) and index > view.sentence.index - 3
    ):
        index -= 1  # "It was adopted in 2003. It entered into force in 2005."
    if index < 0:
        return None
    before = sentences[index]
    first = next((m for m in ctx.mentions if before.start <= m.start < before.end), None)
    if first is None or first.cls not in classes:
        return None
    return first if _OPENING_NAME.fullmatch(view.text, before.start, first.start) else None


# A state inside an apposition to the name before it: "Uganda, Kenya's neighbour, ratified"
_IN_APPOSITION = re.compile(r",\s+(?:the\s+|its\s+)?$")
_APPOSITION_END = re.compile(
    r"(?:['\u2019]s?)?\s+[a-z][\w\s-]{0,40},\s+(?:(?:has|had|have|also|then|later)\s+)*$"
)


def _past_aside(text: str, found: Mention) -> int:
    """Where a relative clause about ``found`` may open: after a protocol's subject set apart."""
    aside = _PROTOCOL_ASIDE.match(text, found.end) if found.cls == TG.Protocol else None
    if aside is not None:
        return aside.end()
    itself = _ITSELF.match(text, found.end)  # "the Covenant itself, which it ratified"
    return itself.end() if itself is not None else found.end


_ITSELF = re.compile(r"\s+itself\b")
_OWNED_BY = re.compile(r"['’]s\s+")


def last_opening_state(ctx: Context, view: View) -> Mention | None:
    """The state that opened the nearest sentence before this one to open with a state."""
    sentences = ctx.document.sentences
    for index in range(view.sentence.index - 1, max(-1, view.sentence.index - 7), -1):
        before = sentences[index]
        first = next((m for m in ctx.mentions if before.start <= m.start < before.end), None)
        if (
            first is not None
            and first.cls in STATE
            and _OPENING_NAME.fullmatch(view.text, before.start, first.start)
            and not in_dateline(ctx, first)
        ):
            return first
    return None


# The subject opening a sentence, after a phrase put first that names nothing ("With this reform
# the Central African Republic follows Chad, ...")
_OPENING_NAME = re.compile(
    r"[\s\-•*–]*(?:(?:With|After|Under|Since|Following|By|Through)\s+[a-z][^,.;:]{0,40}?,?\s+)?(?:[Tt]he\s+)?"
)
# "It ...", "Because it amends the convention, it can ...": a sentence about what "it" was before
_OPENING_IT = re.compile(
    r"[\s\-•*–]*(?:It\b|(?:Because|Since|As|When|Once|Although|While)\s+it\s+[^,.;:]{1,80},\s+it\b)"
)


# "independence from Indonesia", "seceded from Sudan": the state a new one left behind
_LEFT_BEHIND = re.compile(
    r"\b(?:independen(?:ce|t)|secession|seceded|separat(?:ed|ion)|broke\s+away|split\s+off)"
    r"\s+from\s+(?:the\s+)?$",
    re.I,
)


# "Unlike France and Germany, the United States has not ratified it": states set against the
# subject, never part of it
_CONTRAST = re.compile(
    r"\b(?i:unlike|in\s+contrast\s+(?:to|with)|contrary\s+to|as\s+opposed\s+to)" + _NAMES_SO_FAR
)


def contrasted(text: str, sentence_start: int, state: Mention) -> bool:
    """Whether ``state`` is named only to be set against the subject ("Unlike Germany, ...")."""
    return (
        _CONTRAST.search(text, sentence_start, state.start) is not None
        and re.match(r"\s*(?:,|and\b)", text[state.end : state.end + 6]) is not None
    )  # the phrase goes on past it: "Unlike Germany, Israel is not": Israel is the subject


def last_state(ctx: Context, view: View, pos: int) -> Mention | None:
    """The state named last before ``pos``, in this sentence or the few before it; never the
    state another became independent from ("... independence from Indonesia. The new state
    was admitted": the new state is the one that left)."""

    def left_behind(m: Mention) -> bool:
        return _LEFT_BEHIND.search(ctx.text, max(0, m.start - 40), m.start) is not None

    def acted_on(m: Mention) -> bool:
        return _ACTED_ON.search(ctx.text, max(0, m.start - 30), m.start) is not None

    # "expelled it after the invasion of Ukraine, and it will cease": a state that something is
    # done to is no pronoun's first choice while another is in reach
    def apart(m: Mention) -> bool:
        return left_behind(m) or contrasted(ctx.text, ctx.document.sentence_at(m.start).start, m)

    return referent(ctx, view, pos, STATE, lambda m: not apart(m) and not acted_on(m)) or referent(
        ctx, view, pos, STATE, lambda m: not apart(m)
    )


_ACTED_ON = re.compile(
    r"\b(?:invasion|invaded|occupation|occupied|annexation|annexed|attack|attacks|aggression|war|"
    r"bombing|blockade|sanctions)\s+(?:of|on|against|with)?\s*(?:the\s+)?$",
    re.I,
)


# A law by its title: "the Anti-Homosexuality Bill", "the Abolition of the Death Penalty Act",
# "Law 26.827", "Law No. 12"
LAW_TITLE = re.compile(
    r"(?-i:\b(?:[A-Z][\w'-]*\s+)(?:(?:of|on|the|and|for|[A-Z][\w'()-]*)\s+){0,6}(?:Act|Bill|Law|Code)\b)"
    r"|(?-i:\bLaw)\s+(?:No\.?\s*)?\d",
)


def referent(
    ctx: Context,
    view: View,
    pos: int,
    classes: Iterable[str],
    fits: Callable[[Mention], bool] = lambda _: True,
) -> Mention | None:
    """What a pronoun at ``pos`` stands for: the entity named last before it, in its sentence
    or the few before, among the entities of ``classes`` that ``fits`` accepts. A treaty gives
    way to a domestic law named after it ("Brazil ratified the Convention ... Lula signed the
    Maria da Penha Law. It came into force on ..."): then the pronoun stands for no treaty."""
    wanted = set(classes)
    first = max(0, view.sentence.index - _REACH)
    lo = ctx.document.sentences[first].start
    found = [
        m
        for m in ctx.mentions
        if lo <= m.start and m.end <= pos and m.cls in wanted and not in_dateline(ctx, m) and fits(m)
    ]
    if not found:
        return None
    last = found[-1]
    if last.cls in (TG.Treaty, TG.Protocol) and any(
        not _inside_mention(ctx, law.start()) and not _inside_mention(ctx, law.end() - 1)
        for law in LAW_TITLE.finditer(ctx.text, last.end, pos)
    ):
        return None
    protocol = next(
        (
            m
            for m in found[:-1]
            if last.cls == TG.Treaty
            and m.cls == TG.Protocol
            and (m.key, last.key) in ctx.registry.linked(TG.supplements)
            and not re.search(r"[.!?]\s", ctx.text[m.end : last.start])
        ),
        None,
    )
    if protocol is not None:
        # "The Optional Protocol lets individuals whose rights under the Covenant have been
        # violated complain. The Assembly adopted it ...": the protocol its sentence is about;
        # where the protocol is not that sentence's subject, which of the two is unclear
        start = ctx.document.sentence_at(protocol.start).start
        opening = _OPENING_NAME.match(ctx.text, start)
        opens = not ctx.text[start : protocol.start].strip() or (
            opening is not None and opening.end() == protocol.start
        )
        return protocol if opens else None
    return last


def _inside_mention(ctx: Context, pos: int) -> bool:
    return any(m.start <= pos < m.end for m in ctx.mentions)


def in_dateline(ctx: Context, mention: Mention) -> bool:
    """Whether ``mention`` stands in a wire dateline ("ADDIS ABABA, 3 May (Wire) -"): where the
    story was filed, never a state acting in it."""
    text = ctx.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.start)
    cut = dateline_end(text[line_start : len(text) if line_end < 0 else line_end])
    return cut is not None and mention.end <= line_start + cut


def treaty_pronoun(
    ctx: Context, view: View, end: int, classes: frozenset[str] = TREATY_CLASSES | IGO
) -> Mention | None:
    """ "Ratified it", "acceded to it again": the treaty (or organisation) named last before the
    trigger, when "it" is the trigger's object and not the subject of the next clause; a step
    on a treaty ("Congress approved it") asks for treaties only."""
    if not _IT_OBJECT.match(view.text, end, view.end):
        return None
    return referent(ctx, view, end, classes)


_IT_OBJECT = re.compile(  # ("withdrew from it", "pulled out of it": the treaty left)
    r"\s+(?:to\s+|from\s+|out\s+of\s+)?(?:it|that\s+one)\b(?!\s+(?:is|was|has|had|would|will|said|says|did|does)\b)",
    re.I,
)


def direct_object(view: View, end: int, classes: Iterable[str]) -> Mention | None:
    """The mention that is the trigger's own object: nothing but "from", "of", "out of" and
    "the" before it, and no possessive or treaty noun after it ("the Council of Europe's
    Istanbul Convention", "the UN Convention against Torture" name treaties, not the
    organisation)."""
    for m in view.of(classes):
        if m.start < end:
            continue
        if not _DIRECT.fullmatch(view.text[end : m.start]):
            return None
        if _TREATY_HEAD.match(view.text, m.end, view.end):
            return None
        return m
    return None


def _subject_treaty(view: View, match: Match, classes: Iterable[str]) -> Mention | None:
    """The treaty that is the subject of the trigger: "The convention (CETS No. 210), adopted in
    2011, finally entered into force"; never a treaty of another clause ("after Poland ratified
    the convention, a new code was adopted")."""
    found = view.before(match.start, classes, within=160)
    if found is None:
        return None
    between = view.text[found.end : match.start]
    if _NOMINAL_EVENT.match(match.text):
        return found if re.fullmatch(r"'s?\s*", between) else None
    for d in view.dates:
        if found.end <= d.start and d.end <= match.start:
            between = between.replace(view.text[d.start : d.end], " D ", 1)
    between = _ASIDE.sub(" ", between).replace(")", " ")
    coordinated = _TREATY_EVENT_VERB.search(between)
    if coordinated is not None:
        between = between[: coordinated.start()]
    if between.strip() != "," and "," in between.replace(", which", ""):
        return None  # a participle in apposition ("the convention, adopted in 1984") is its own
    first_verb = _FIRST_VERB.fullmatch(between)
    if first_verb is not None:  # "The protocol needed five ratifications and entered into force"
        between = first_verb.group("rest")
    return found if _SUBJECT_GAP.fullmatch(between) else None


def slot(ctx: Context, view: View, match: Match, name: str) -> Mention | None:
    """The mention filling slot ``name`` of the frame, by the first of its positions that finds
    one (see the lexicon's header)."""
    classes = SLOT_CLASSES.get(name, ORG_CLASSES)
    for position in match.frame.slots.get(name, ()):
        where, _, arg = position.partition(":")
        within = int(arg) if arg.isdigit() else 60
        found = _position(ctx, view, match, where, arg, within, classes)
        if found is not None:
            return found
    return None


def _position(
    ctx: Context, view: View, match: Match, where: str, arg: str, within: int, classes: Iterable[str]
) -> Mention | None:
    text, end = view.text, match.end
    if where == "subject":
        if classes == STATE:
            return state_subject(ctx, view, match.start)
        return view.before(match.start, classes, within=within)
    if where == "state-subject":  # a state for a slot of wider classes: "The Government of Peru submitted"
        return state_subject(ctx, view, match.start)
    if where == "subject-body":
        body = view.before(match.start, classes, within=within)
        return (
            body
            if body is not None
            and not _OBJECT_OF.search(text[max(view.start, body.start - 12) : body.start])
            and ":" not in text[body.end : match.start]  # "Ana Silva: It was adopted": a speaker's label
            else None
        )
    if where == "by":
        by = _BY.match(text, end, view.end)
        return view.after(by.end(), classes, within=0) if by else None
    if where == "object":
        found = view.after(end, classes, within=within)
        if found is not None and _DATED_THEN_AND.search(text, end, found.start):
            return None  # "acceded on 3 October 1981 and to the Protocol on ...": the second act's object
        if found is not None and found.cls in TREATY_CLASSES and _POSSESSED.match(text, found.end, view.end):
            # "signed the Convention's Optional Protocol": the thing the treaty owns, if named
            return view.after(found.end + 1, TREATY_CLASSES, within=20)
        if found is None:  # "ratified the International Labour Organization's Convention No. 190"
            owner = next((m for m in view.mentions if m.start >= end), None)
            owned = _OWNED_BY.match(text, owner.end, view.end) if owner is not None else None
            if owner is not None and owned is not None and _DIRECT.fullmatch(text, end, owner.start):
                found = view.after(owned.end(), classes, within=0)
        return found
    if where == "pronoun":
        # ("ratified it", "signed it": a treaty, never the organisation named since)
        only_treaties = match.frame.kind in ("ratification", "signature")
        found = (
            treaty_pronoun(ctx, view, end, TREATY_CLASSES)
            if only_treaties
            else treaty_pronoun(ctx, view, end)
        )
        if (
            found is not None
            and found.cls not in set(classes)
            and _OWN_SUBJECT.fullmatch(text, max(view.start, found.end), match.start)
        ):
            # "the summit of the League of Arab States adopted it": the trigger's own subject is
            # not what "it" stands for
            found = referent(ctx, view, found.start, classes)
        elif (
            found is not None
            and found.cls not in set(classes)
            and _PLACE_OF.search(text, max(0, found.start - 12), found.start)
        ):
            # "opened for signature at the United Nations, and Chile ratified it": where a thing
            # happened is not what "it" stands for
            found = referent(ctx, view, found.start, classes)
        elif found is not None and found.cls not in set(classes) and _MODIFIER.match(text, found.end):
            # "the Istanbul Convention, the Council of Europe's treaty on ... . Georgia ratified
            # it": an organisation owning or qualifying a treaty is not what "it" stands for
            found = referent(ctx, view, found.start, classes)
        return found if found is not None and found.cls in set(classes) else None
    if where == "pronoun-subject":  # "It came into effect in 1987"
        if not _PRONOUN_SUBJECT.fullmatch(text, view.start, match.start):
            # "The Assembly adopted it in 2006 and it has been in force since 2008": "it" after
            # "and", in a sentence naming no state (whose own act it could be in force for)
            if not _AND_IT.search(text, view.start, match.start) or view.before(
                match.start, STATE, within=400
            ):
                return None
            found = referent(ctx, view, match.start, TREATY_CLASSES | IGO | STATE)
            return found if found is not None and found.cls in set(classes) else None
        found = _opening_subject(ctx, view, TREATY_CLASSES | IGO | STATE) or referent(
            ctx, view, match.start, TREATY_CLASSES | IGO | STATE
        )
        if (
            found is not None
            and found.cls in STATE
            and any(m.key == found.key and m.start >= match.end for m in view.mentions)
        ):
            # "Ukraine signed it in 2011. It enters into force for Ukraine on 1 November": the
            # state named again after the trigger is not what "It" stands for
            found = referent(ctx, view, match.start, classes)
        return found if found is not None and found.cls in set(classes) else None
    if where == "direct":
        return direct_object(view, end, classes)
    if where == "before":
        return view.before(match.start, classes, within=within)
    if where == "antecedent":
        return view.before(match.start, classes, within=120)
    if where == "which":  # "the Charter, which the heads of state adopted in 1981": no "and"
        found = view.before(match.start, classes, within=120)
        if found is None or not _WHICH_CLAUSE.fullmatch(text, _past_aside(text, found), match.start):
            return None
        return found
    if where == "relative":  # "the convention, which Chile signed in 2001 and ratified in 2003"
        found = view.before(match.start, classes, within=120)
        if found is None or not _RELATIVE_CLAUSE.fullmatch(text, _past_aside(text, found), match.start):
            return None
        return found
    if where == "subject-treaty":
        return _subject_treaty(view, match, classes)
    if where == "its":  # "a year after its entry into force": the treaty named last, nothing since
        if not _NOMINAL_EVENT.match(match.text) or not ITS_BEFORE.search(
            text, max(view.start, match.start - 6), match.start
        ):
            return None
        found = referent(ctx, view, match.start, TREATY_CLASSES | IGO | STATE)
        return found if found is not None and found.cls in set(classes) else None
    if where == "of-nominal":
        if not _NOMINAL_EVENT.match(match.text):
            return None
        of = _OF_THE.match(text, end, view.end)
        if of is None:
            return None
        # a mention may hold its own "the" ("the Aarhus Convention") or not
        return view.after(of.start("the"), classes, within=0) or view.after(of.end(), classes, within=0)
    if where == "prep":
        words = "|".join(re.escape(w) for w in arg.split("|"))
        pattern = re.compile(rf"\s+(?:[\w'-]+\s+){{0,6}}?(?:{words})\s+", re.I)
        prep = pattern.match(text, end, view.end)
        for named in view.mentions:  # "a notice of denunciation of <a long title> to"
            if prep is not None or named.start > end + 40:
                break
            if named.start >= end:
                prep = pattern.match(text, named.end, view.end)
        if prep is None:
            return None
        found = view.after(prep.end(), classes, within=40)
        # only a name between: "from the Council of Europe's anti-torture convention"
        if found is None or not _NAME_WORDS.fullmatch(text, prep.end(), found.start):
            return None
        return found
    if where == "before-person":
        return view.before(match.start, PERSON, within=within)
    if where == "by-person":
        by = re.search(r"\bby\s+", text[end : end + within])
        return view.after(end, PERSON, within=within) if by else None
    if where == "before-body":
        return view.before(match.start, ORG_CLASSES - {TG.MediaOutlet}, within=within)
    return None
