"""Counts a sentence states with what they count: a vote's tally, the size of a body.

"Voted 56 to 32", "by 134 votes to 37, with 5 abstentions": each number is a ``tg:Quantity``
of votes in favour, opposing votes or abstentions, about the approval the events rules read
from the same sentence when they found one. "The first ten members of the subcommittee", "the
Committee against Torture, ten independent experts": the number of members of that body.
A number is never read from a date or a span of years: a tally needs a vote word next to it.
"""

from __future__ import annotations

import re

from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.facts import Ref, Value
from loaders.iris import Minter, slug_of
from loaders.vocabulary import RDF, SCHEMA, TG, XSD

__all__ = [
    "answered_parties",
    "body_sizes",
    "dominant_treaty",
    "member_counts",
    "number_value",
    "opening_sizes",
    "treaty_counts",
    "vote_counts",
]

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_WORDS = {w: i for i, w in enumerate(_UNITS)} | _TENS
_WORD_NUMBER = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[1:10])}))?|{'|'.join(_UNITS[1:])})"
NUMBER = rf"(?:\d[\d,]*|{_WORD_NUMBER})"
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_ORDINAL_TENS = {w[:-1] + "ieth": n for w, n in _TENS.items()}  # "twentieth", "sixtieth"
ORDINAL = (
    rf"(?:\d{{1,4}}(?:st|nd|rd|th)|(?:{'|'.join(_TENS)})-(?:{'|'.join(list(_ORDINAL_UNITS)[:9])})"
    rf"|{'|'.join(_ORDINAL_TENS)}|{'|'.join(_ORDINAL_UNITS)})"
)


def number_value(text: str) -> int:
    """ "134", "1,200", "ten", "twenty-three", "twentieth", "35th" as an integer."""
    word = text.lower()
    if word[0].isdigit():
        return int(re.sub(r"[^\d]", "", re.sub(r"(?:st|nd|rd|th)$", "", word)))
    if word in _ORDINAL_TENS:
        return _ORDINAL_TENS[word]
    tens, _, unit = word.partition("-")
    if not unit and tens in _ORDINAL_UNITS:
        return _ORDINAL_UNITS[tens]
    return _WORDS[tens] + (_ORDINAL_UNITS.get(unit) or _WORDS[unit] if unit else 0)


# ---------------------------------------------------------------------------- votes

_TALLY = r"(?P<for>\d{1,4})\s*(?:votes?\s+)?(?:to|-|\u2013|against)\s*(?P<against>\d{1,4})\b(?:\s+votes?\b)?"
_ABSTENTIONS = rf"(?:,?\s+(?:with|and)\s+(?P<abst>{NUMBER})\s+abstentions?\b)?"
_VOTES = [
    # "voted 56 to 32", "by a vote of 46-0", "by 134 votes to 37"
    re.compile(
        rf"(?:\bvoted\s+(?:by\s+)?|\bvote\s+of\s+|\bby\s+(?=\d{{1,4}}\s+votes?\b)){_TALLY}{_ABSTENTIONS}",
        re.I,
    ),
    # "with 94 votes in favour, 2 against and 5 abstentions", "The vote was 439 in favour, 7 against"
    re.compile(
        r"\b(?P<for>\d{1,4})\s+(?:votes?\s+)?in\s+favou?r\s*(?:,|and)\s*"
        # "and one, Cuba's, against": the one voting against named in an aside
        rf"(?P<against>\d{{1,4}}|{NUMBER})(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,3}},)?\s+"
        r"(?:votes?\s+)?against" + _ABSTENTIONS,
        re.I,
    ),
]
# "with 281 deputies in favour": a tally of the votes for alone
_VOTES_FOR = re.compile(
    r"\b(?:with|by|as|after)\s+(?P<for>\d{1,4})\s+(?:votes|deputies|members|senators|MPs|lawmakers|legislators|"
    r"delegates|parliamentarians|representatives)\s+(?:voting\s+)?in\s+favou?r\b(?![^.;]{0,25}\bagainst\b)",
)
# "by three votes to two", "The vote was 76 to 10, with 4 abstentions", "The vote was 15 to none":
# numbers in words, and a tally said as what the vote was
_WORD_TALLY = rf"(?P<for>{NUMBER})\s+(?:votes?\s+)?(?:to|-|\u2013|against)\s+(?P<against>{NUMBER}|none)\b"
_VOTES_WORDS = [
    # "by three votes to two", "by 94 votes to two", "by 85 votes to none"
    re.compile(
        rf"\bby\s+(?=(?:[a-z-]+|\d{{1,4}})\s+votes?\s+to\b){_WORD_TALLY}(?:\s+votes?\b)?{_ABSTENTIONS}", re.I
    ),
    re.compile(rf"\b(?:vote|tally|result)\s+was\s+{_WORD_TALLY}(?:\s+votes?\b)?{_ABSTENTIONS}", re.I),
    # "Thirty-two member states voted in favour and one, Ecuador, against": who voted, counted
    re.compile(
        rf"(?<![\w-])(?P<for>{NUMBER})\s+(?:member\s+states|states|countries|members|delegations|deputies|"
        r"senators|MPs|lawmakers)\s+voted\s+(?:in\s+favou?r|for\s+it|yes)\s*(?:,\s*|\s+and\s+)"
        rf"(?P<against>{NUMBER}|none)(?:,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}},)?\s+(?:voted\s+)?against\b"
        + _ABSTENTIONS,
        re.I,
    ),
    # "Division: Ayes 234, Noes 22": a division of a Westminster house
    re.compile(r"\bAyes:?\s+(?P<for>\d{1,4})[,;]?\s+Noes:?\s+(?P<against>\d{1,4})\b"),
]
_COUNTS = (("for", "votes in favour"), ("against", "opposing votes"), ("abst", "abstentions"))


def vote_counts(ctx: Context, view: View) -> None:
    """The tally of each vote in the sentence, one quantity per number."""
    for pattern in (*_VOTES, *_VOTES_WORDS, _VOTES_FOR):
        for m in pattern.finditer(view.text, view.start, view.end):
            about = _approval_in(ctx, view)
            body = view.before(m.start(), (TG.NationalBody,), within=120)  # the chamber that voted
            state = view.before(m.start(), (TG.State,), within=160)
            anchor = next((slug_of(x) for x in (about, body and body.key, state and state.key) if x), "")
            found = m.groupdict()
            against = found.get("against")
            tally = f"vote-{_tally_value(m.group('for'))}-{_tally_value(against) if against else 'for'}"
            for group, counts in _COUNTS:
                if found.get(group) is None:
                    continue
                key = Minter.quantity(anchor, tally, counts.replace(" ", "-"))
                s, e = (body.start if body else m.start()), m.end()
                ctx.node(key, TG.Quantity, f"Number of {counts} ({m.group(0).strip()})", view, s, e)
                ctx.claim(key, SCHEMA.value, _integer(_tally_value(m.group(group))), view, s, e)
                ctx.claim(key, TG.counts, Value(counts), view, s, e)
                if body is not None:
                    ctx.claim(key, TG.quantityOf, body.key, view, s, e)
                if about is not None:
                    ctx.claim(key, TG.about, about, view, s, e)


def _tally_value(text: str) -> int:
    """A number of votes; "none" is no vote."""
    return 0 if text.lower() == "none" else number_value(text)


def _approval_in(ctx: Context, view: View) -> str | None:
    """The approval the events rules found in this sentence, which the tally is the vote of."""
    for claim in ctx.claims:
        if claim.evidence.sentence_index == view.sentence.index and claim.predicate == TG.votesFor:
            return claim.subject.key
    return None


# ---------------------------------------------------------------------------- bodies

_MEMBER_NOUN = r"(?P<noun>members|experts|judges|commissioners|jurists|representatives)"
_ADJECTIVES = r"(?:(?:independent|elected|first|permanent|full-time|part-time)\s+)*"
# "the first ten members of the subcommittee", "all 47 judges of the Court"; "two members of
# the committee" are some of them, not how many it has.
_SIZE_BEFORE = re.compile(
    rf"\b(?:the|its|their|all)\s+(?:the\s+)?{_ADJECTIVES}(?P<n>{NUMBER})\s+{_ADJECTIVES}{_MEMBER_NOUN}"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)
# "the Committee against Torture, ten independent experts", "... is composed of 18 judges", "the
# Committee, the body of 18 experts that", "The court, based in The Hague, has 18 judges"
_SIZE_AFTER = re.compile(
    r"(?:,\s+(?:which\s+sits|sitting|based|located|headquartered|seated)\b[^;:.()]{1,60}?(?=,))?"
    # how it came to be: "the court, established by a protocol ... in 2004, has eleven judges"
    r"(?:,\s+(?:set\s+up|established|created|founded)\s+(?:by|in|under)\b[^;:.()]{1,100}?(?=,\s+has\b))?"
    rf"(?:,\s+(?:(?:a|the)\s+(?:body|panel|group|team|court|tribunal)\s+of\s+|the\s+(?=\w+\s+[\w\s-]*?(?:who|that)\b)|whose\s+)?|,?\s+(?:is\s+)?(?:composed|made\s+up|consists|consisting)\s+"
    rf"(?:(?:at\s+first|initially|now|currently)\s+)?of\s+|"
    rf",?\s+(?:has|comprises)\s+)(?P<n>{NUMBER})\s+{_ADJECTIVES}{_MEMBER_NOUN}\b"
    r"(?!\s+(?:from|of|on|in|at)\b)",  # "has two members from Africa": some of them
    re.I,
)
# "Its seven judges decide ...", "Its fifteen members, elected by ...": the body the sentence
# before is about; "It will have ten experts at first, and fourteen once ...": both sizes
_ITS_SIZE = re.compile(
    rf"\s*(?:(?:Its|Their)\s+{_ADJECTIVES}(?P<n>{NUMBER})\s+{_ADJECTIVES}{_MEMBER_NOUN}\b"
    # what the members do, in the present: not "its two members from Africa were absent"
    r"(?=(?:,[^,.;:()]{1,80},)?\s+(?:are\s+(?=(?:elected|appointed|chosen|nominated)\b)|"
    r"(?:are\s+|serve\s+|sit\s+)?(?!(?:were|was|had|did|have|are|from|of|in|at|on|who|whose|with|for|to|and|or)\b)"
    r"[a-z]+(?<!ed)\b))"
    rf"|It\s+(?:will\s+have|has|had|(?:is|was|will\s+be)\s+(?:composed|made\s+up)\s+of|comprises|consists\s+of)\s+"
    rf"(?P<n2>{NUMBER})\s+{_ADJECTIVES}"
    rf"(?P<noun2>members|experts|judges|commissioners|jurists)\b(?!\s+(?:from|of|on|in)\b)"
    rf"(?:[^.;:]{{0,40}}?,?\s+and\s+(?P<n3>{NUMBER})\s+(?:once|when|after|from)\b)?)"
)


# "the Commission on Human Rights, a body of 53 states": a body whose members are states
_STATES_BODY = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:body|forum|group|club|organi[sz]ation)\s+of\s+(?P<n>{NUMBER})\s+"
    r"(?:member\s+)?(?P<noun>states|countries|governments)\b(?!\s+(?:from|of|in)\b)",
    re.I,
)
# "the 47-member council", "the 15-member Security Council", "the seven-judge court"
_COMPOUND = re.compile(
    rf"\b(?:the|its)\s+(?P<n>{NUMBER})-(?P<noun>member|judge|expert|commissioner)\s+"
    r"(?:(?P<head>body|council|committee|court|commission|panel|tribunal|organi[sz]ation|assembly)\b)?",
    re.I,
)


def body_sizes(ctx: Context, view: View) -> None:
    """How many members, experts or judges a body has, where the sentence says so of it."""
    _compound_sizes(ctx, view)
    for body in view.of(ORG_CLASSES):
        before = _SIZE_BEFORE.search(view.text, max(view.start, body.start - 60), body.start)
        after = _SIZE_AFTER.match(view.text, body.end, view.end) or _STATES_BODY.match(
            view.text, body.end, view.end
        )
        for m in (before, after):
            if m is None:
                continue
            noun = m.group("noun").lower()
            key = Minter.quantity(slug_of(body.key), noun)
            s, e = min(m.start(), body.start), max(m.end(), body.end)
            ctx.node(key, TG.Quantity, f"Number of {noun} of the {ctx.name(body.key)}", view, s, e)
            ctx.claim(key, SCHEMA.value, _integer(number_value(m.group("n"))), view, s, e)
            ctx.claim(key, TG.counts, Value(noun), view, s, e)
            ctx.claim(key, TG.quantityOf, body.key, view, s, e)


def _compound_sizes(ctx: Context, view: View) -> None:
    """ "The 47-member council", "the 15-member Security Council": the body named right after
    the number, else the one body a generic head noun ("body", "council") stands for, the body
    the sentence names before it or, naming none, the one the sentence before names."""
    for m in _COMPOUND.finditer(view.text, view.start, view.end):
        named = view.after(m.end(), ORG_CLASSES, within=0)
        if named is not None:
            body = named.key
        elif m.group("head"):
            found = _antecedent_body(ctx, view, m.start(), m.group("head").lower())
            if found is None:
                continue
            body = found
        else:
            continue
        noun = m.group("noun").lower() + "s"
        key = Minter.quantity(slug_of(body), noun)
        s, e = m.start(), m.end()
        ctx.node(key, TG.Quantity, f"Number of {noun} of the {ctx.name(body)}", view, s, e)
        ctx.claim(key, SCHEMA.value, _integer(number_value(m.group("n"))), view, s, e)
        ctx.claim(key, TG.counts, Value(noun), view, s, e)
        ctx.claim(key, TG.quantityOf, body, view, s, e)


def _antecedent_body(ctx: Context, view: View, pos: int, head: str) -> str | None:
    """The one body "the body" or "the council" at ``pos`` stands for: the bodies the sentence
    names before it, else those of the nearest of the three sentences before naming any; one
    key only. "The council" is a body with the word in its name; "the body" the only body the
    nearest sentence names."""
    index = view.sentence.index
    spans = [(view.start, pos)]
    spans += [(s.start, s.end) for s in reversed(ctx.document.sentences[max(0, index - 3) : index])]
    for start, end in spans:
        keys = list(
            dict.fromkeys(x.key for x in ctx.mentions if start <= x.start < end and x.cls in ORG_CLASSES)
        )
        if head not in {"body", "organisation", "organization"}:
            keys = [k for k in keys if head in ctx.name(k).lower()]
        if keys:
            return keys[0] if len(keys) == 1 else None
    return None


# "Eleven commissioners, elected by the Assembly ...", "Forty-seven states, elected by secret
# ballot": an answer giving the size of the body the question asked about
_ANSWER_SIZE = re.compile(
    rf"\s*(?:[A-Z][\w.' -]{{0,40}}:\s+)?(?P<n>{NUMBER})\s+{_ADJECTIVES}"
    r"(?P<noun>members|experts|judges|commissioners|jurists|states|member\s+states|countries),\s+"
    r"(?:each\s+|all\s+)?(?:elected|appointed|chosen|nominated)\b",
    re.I,
)
# "Each committee has ten members", "Both courts have seven judges": every such body the
# sentence before names
_EACH_SIZE = re.compile(
    rf"\s*(?:Each|Both)\s+(?P<head>committee|court|commission|council|body|panel|tribunal)s?\s+"
    rf"(?:has|have|is\s+composed\s+of|are\s+composed\s+of|comprises|comprise)\s+(?P<n>{NUMBER})\s+{_ADJECTIVES}"
    rf"{_MEMBER_NOUN}\b(?!\s+(?:from|of|on|in|at)\b)",
    re.I,
)


def dominant_body(ctx: Context) -> str | None:
    """The body the document is about: the one it names most, at least twice as often as any
    other."""
    counts: dict[str, int] = {}
    for x in ctx.mentions:
        if x.cls in ORG_CLASSES:
            counts[x.key] = counts.get(x.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _size_of(ctx: Context, view: View, body: str, noun: str, n: str, m: re.Match[str]) -> None:
    noun = re.sub(r"\s+", " ", noun.lower())
    key = Minter.quantity(slug_of(body), noun.replace(" ", "-"))
    s, e = m.start(), m.end()
    ctx.node(key, TG.Quantity, f"Number of {noun} of the {ctx.name(body)}", view, s, e)
    ctx.claim(key, SCHEMA.value, _integer(number_value(n)), view, s, e)
    ctx.claim(key, TG.counts, Value(noun), view, s, e)
    ctx.claim(key, TG.quantityOf, body, view, s, e)


def _answer_sizes(ctx: Context, view: View) -> None:
    """An answer opening with a count of elected members, after a question: the one body the
    question names, else (the question says "it") the body the document is about."""
    m = _ANSWER_SIZE.match(view.text, view.start, view.end)
    if m is None or view.sentence.index == 0:
        return
    previous = ctx.document.sentences[view.sentence.index - 1]
    question = ctx.text[previous.start : previous.end].rstrip()
    if not question.endswith("?"):
        return
    keys = list(
        dict.fromkeys(
            x.key for x in ctx.mentions if previous.start <= x.start < previous.end and x.cls in ORG_CLASSES
        )
    )
    if len(keys) > 1:
        return
    body = keys[0] if keys else (dominant_body(ctx) if re.search(r"\bit\b", question, re.I) else None)
    if body is not None:
        _size_of(ctx, view, body, m.group("noun"), m.group("n"), m)


def _each_sizes(ctx: Context, view: View) -> None:
    """ "Each committee has ten members": the size of every body of that kind the sentence
    before names (two at least)."""
    m = _EACH_SIZE.match(view.text, view.start, view.end)
    if m is None or view.sentence.index == 0:
        return
    previous = ctx.document.sentences[view.sentence.index - 1]
    head = m.group("head").lower()
    keys = list(
        dict.fromkeys(
            x.key for x in ctx.mentions if previous.start <= x.start < previous.end and x.cls in ORG_CLASSES
        )
    )
    keys = [k for k in keys if head == "body" or head in ctx.name(k).lower()]
    if len(keys) < 2:
        return
    for body in keys:
        _size_of(ctx, view, body, m.group("noun"), m.group("n"), m)


def opening_sizes(ctx: Context, view: View) -> None:
    """ "Its seven judges decide ...", "It will have ten experts": the size of the one body the
    sentence before names."""
    _answer_sizes(ctx, view)
    _each_sizes(ctx, view)
    m = _ITS_SIZE.match(view.text, view.start, view.end)
    if m is None or view.sentence.index == 0:
        return
    previous = ctx.document.sentences[view.sentence.index - 1]
    bodies = {
        x.key for x in ctx.mentions if previous.start <= x.start < previous.end and x.cls in ORG_CLASSES
    }
    if len(bodies) != 1:
        return
    body = next(iter(bodies))
    noun = (m.group("noun") or m.group("noun2")).lower()
    values = [g for g in (m.group("n"), m.group("n2"), m.group("n3")) if g]
    for i, n in enumerate(values):
        # a second size ("and fourteen once ...") is another count of the same members
        key = Minter.quantity(slug_of(body), noun, "" if i == 0 else slug_of(n.lower()))
        s, e = m.start(), m.end()
        ctx.node(key, TG.Quantity, f"Number of {noun} of the {ctx.name(body)}", view, s, e)
        ctx.claim(key, SCHEMA.value, _integer(number_value(n)), view, s, e)
        ctx.claim(key, TG.counts, Value(noun), view, s, e)
        ctx.claim(key, TG.quantityOf, body, view, s, e)


def _integer(n: int) -> Value:
    return Value(str(n), XSD.integer)


# ---------------------------------------------------------------------------- treaties

# "after the twentieth instrument of ratification", "which required ten ratifications", "the
# sixty needed for entry into force": how many ratifications a treaty needs to enter into force
_THRESHOLDS = [
    re.compile(
        rf"\b(?:after|following|upon|with|of|deposited|deposits|deposit)\s+(?:the|its)\s+(?:deposit\s+of\s+the\s+)?"
        rf"(?P<n>{ORDINAL})\s+"
        r"(?:instrument\s+of\s+)?(?:ratification|accession)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:after|following|upon|required|requires|requiring|needs|needed|needing|with)\s+"
        rf"(?:the\s+(?:deposit\s+of\s+)?)?(?:at\s+least\s+)?(?P<n>{NUMBER})\s+"
        r"(?:ratifications|instruments\s+of\s+ratification)\b",
        re.I,
    ),
    re.compile(
        rf"\bthe\s+(?P<n>{NUMBER})\s+(?:ratifications\s+)?(?:needed|required|necessary)\s+for\s+"
        r"(?:its\s+|the\s+treaty's\s+)?entry\s+into\s+force\b",
        re.I,
    ),
    # "took the number of ratifications past the sixty the statute needs"
    re.compile(
        rf"\bratifications\s+(?:passed\s+|reached\s+)?(?:past|beyond|over|to)?\s*the\s+(?P<n>{NUMBER})\s+(?:that\s+|which\s+)?"
        r"(?:the\s+[\w-]+\s+|it\s+)(?:needs|needed|requires|required)\b",
        re.I,
    ),
    # "It will enter into force once ten states have ratified it"
    re.compile(
        rf"\binto\s+force\s+(?:once|when|after)\s+(?P<n>{NUMBER})\s+(?:states|countries)\s+"
        r"(?:have\s+)?(?:ratified|deposited\s+(?:their\s+)?instruments\s+of\s+ratification)\b",
        re.I,
    ),
]
# "It needed eleven ratifications": the treaty "It" stands for
_IT_NEEDED = re.compile(
    r"\s*(?:[A-Z][\w.' -]{1,40}:\s+)?It\s+(?:needed|needs|required|requires|will\s+enter)\b"
)
_INTO_FORCE = re.compile(r"\b(?:into\s+force|in\s+force|(?:take|takes|took|taken)\s+effect)\b", re.I)
# "signed by 82 states", "ratified by 20 countries"; "44 states signed the protocol"
_BY_STATES = re.compile(
    rf"\b(?P<verb>signed|ratified)\s+by\s+(?:some\s+|only\s+)?(?P<n>{NUMBER})\s+(?:states|countries|nations)\b",
    re.I,
)
_STATES_DID = re.compile(
    rf"(?<![\w,.-])(?P<n>{NUMBER})\s+(?:states|countries|nations)\s+(?:have\s+|had\s+)?"
    r"(?P<verb>signed|ratified|sign|ratify|deposited\s+(?:their\s+)?instruments\s+of\s+ratification(?:\s+of)?)"
    r"(?=\s|[,.;])",
    re.I,
)
_VERB_COUNTS = {
    "signed": "signatures", "ratified": "ratifications", "deposited": "ratifications",
    "sign": "signatures", "ratify": "ratifications",
}  # fmt: skip
# "when 57 states signed it", "when 94 states signed.": the treaty the clause is about
_DID_IT = re.compile(r"\s*(?:it\b|[,.;]|\s(?:on|in)\s+(?:the\s+)?(?:\d|first|same|opening)\b)", re.I)
# "146 states are parties to the convention and 147 to the protocol"
_ARE_PARTIES = re.compile(
    rf"(?<![\w,.-])(?P<n>{NUMBER})\s+(?:states|countries|nations)\s+(?:are|were)\s+(?:now\s+|currently\s+)?"
    r"(?:states\s+)?(?:parties|party)\s+to\s+(?:the\s+)?",
    re.I,
)
_AND_TO = re.compile(rf"\s+and\s+(?P<n>{NUMBER})\s+to\s+(?:the\s+|its\s+)?", re.I)


def treaty_counts(ctx: Context, view: View) -> None:
    """How many ratifications a treaty needs to enter into force, and how many states signed
    or ratified it, where the sentence says so of a treaty it names or refers to."""
    for pattern in _THRESHOLDS:
        for m in pattern.finditer(view.text, view.start, view.end):
            if pattern is _THRESHOLDS[0] and not _INTO_FORCE.search(view.text, view.start, view.end):
                continue  # "the twentieth ratification" counts a threshold only next to entry into force
            treaty = _entering_treaty(ctx, view, m.start())
            if treaty is not None:  # keyed as the events rules key the count they read
                _treaty_quantity(ctx, view, treaty, "ratifications", m, "entry-into-force")
    for m in _BY_STATES.finditer(view.text, view.start, view.end):
        treaty = _treaty_before(ctx, view, m.start())
        if treaty is not None:
            _treaty_quantity(ctx, view, treaty, _VERB_COUNTS[m.group("verb").lower()], m)
    for m in _STATES_DID.finditer(view.text, view.start, view.end):
        verb = _VERB_COUNTS[m.group("verb").split()[0].lower()]
        after = view.after(m.end(), TREATY_CLASSES, within=6)
        if after is not None:
            _treaty_quantity(ctx, view, after.key, verb, m)
        elif _DID_IT.match(view.text, m.end(), view.end) and not _INTO_FORCE.search(
            view.text, view.start, view.end
        ):
            # "entered into force after sixty states had ratified it": a threshold, read above
            treaty = _clause_treaty(ctx, view, m.start())
            if treaty is not None:
                _treaty_quantity(ctx, view, treaty, verb, m)
    for m in _ARE_PARTIES.finditer(view.text, view.start, view.end):
        count: re.Match[str] | None = m
        while count is not None:
            at = count.end()  # the treaty's name may open on the "the" the pattern read
            named = view.after(at, TREATY_CLASSES, within=0) or next(
                (t for t in view.of(TREATY_CLASSES) if t.start < at < t.end), None
            )
            if named is None:
                break
            _treaty_quantity(ctx, view, named.key, "states parties", count)
            count = _AND_TO.match(view.text, named.end, view.end)  # "... and 147 to the protocol"


def _treaty_quantity(
    ctx: Context, view: View, treaty: str, counts: str, m: re.Match[str], what: str | None = None
) -> None:
    key = Minter.quantity(slug_of(treaty), counts.replace(" ", "-"), what or slug_of(m.group("n").lower()))
    if any(c.subject == Ref(key) and c.predicate == SCHEMA.value for c in ctx.claims):
        return  # the events rules read this count already, with the entry into force
    if approximate(view, m.start("n")):
        return
    s, e = m.start(), m.end()
    ctx.node(key, TG.Quantity, f"Number of {counts} of the {ctx.name(treaty)}", view, s, e)
    ctx.claim(key, SCHEMA.value, _integer(number_value(m.group("n"))), view, s, e)
    ctx.claim(key, TG.counts, Value(counts), view, s, e)
    ctx.claim(key, TG.quantityOf, treaty, view, s, e)


# "more than 160 states", "nearly 200": a bound or an estimate, not the count ("some 123 states"
# gives the count, as news writing does)
_APPROXIMATE = re.compile(
    r"\b(?:more\s+than|over|almost|nearly|about|around|roughly|at\s+least|fewer\s+than|less\s+than|"
    r"close\s+to|upwards\s+of|approximately|well\s+over|just\s+over|just\s+under|under)\s+$",
    re.I,
)


def approximate(view: View, pos: int) -> bool:
    """Whether the number at ``pos`` is given as a bound or an estimate."""
    return _APPROXIMATE.search(view.text, max(view.start, pos - 20), pos) is not None


def _entering_treaty(ctx: Context, view: View, pos: int) -> str | None:
    """The treaty whose entry into force the sentence gives: the one the events rules found
    in it, else the first treaty it names before ``pos``, else (a sentence about entry into
    force naming none, as a timeline's line) the treaty the document names most."""
    for claim in ctx.claims:
        same = claim.evidence.sentence_index == view.sentence.index
        if same and claim.predicate == RDF.type and claim.object == Ref(TG.EntryIntoForce):
            treaty = next(
                (c.object for c in ctx.claims if c.subject == claim.subject and c.predicate == TG.treaty),
                None,
            )
            if isinstance(treaty, Ref):
                return treaty.key
    named = [x for x in view.of(TREATY_CLASSES) if x.end <= pos]
    if named:
        return named[0].key
    if view.of(TREATY_CLASSES):
        return None
    if _IT_NEEDED.match(view.text, view.start, view.end):
        return _it_treaty(ctx, view)
    if not _INTO_FORCE.search(view.text, view.start, view.end):
        return None
    return dominant_treaty(ctx)


def dominant_treaty(ctx: Context) -> str | None:
    """The treaty the document is about: the one it names most, at least twice as often as any
    other."""
    counts: dict[str, int] = {}
    for x in ctx.mentions:
        if x.cls in TREATY_CLASSES:
            counts[x.key] = counts.get(x.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _it_treaty(ctx: Context, view: View) -> str | None:
    """The treaty "It" opening the sentence stands for: the one treaty the three sentences before
    name, else the first treaty named in the sentence that opens with one."""
    first = ctx.document.sentences[max(0, view.sentence.index - 3)].start
    named = [x for x in ctx.mentions if first <= x.start < view.start and x.cls in TREATY_CLASSES]
    keys = list(dict.fromkeys(x.key for x in named))
    if len(keys) == 1:
        return keys[0]
    return dominant_treaty(ctx) if not keys else None


def _clause_treaty(ctx: Context, view: View, pos: int) -> str | None:
    """The treaty "it" in "when 57 states signed it" stands for: the one treaty the sentence
    names before ``pos``, else, the sentence opening with "It", the one the sentences before name."""
    named = {x.key for x in view.of(TREATY_CLASSES) if x.end <= pos}
    if named:
        return named.pop() if len(named) == 1 else None
    if not re.match(r"\s*It\s", view.text[view.start : pos]):
        return None
    return _it_treaty(ctx, view)


def _treaty_before(ctx: Context, view: View, pos: int) -> str | None:
    """The treaty "signed by 82 states" is said of: named before it in the sentence, or "it"
    opening the clause, the first treaty the sentence before names."""
    named = [x for x in view.of(TREATY_CLASSES) if x.end <= pos]
    if named:
        return named[-1].key
    if not re.search(r"\b(?:it|It)\s+(?:was|had\s+been|has\s+been|is)\s+$", view.text[view.start : pos]):
        return None
    previous = [s for s in ctx.document.sentences if s.end <= view.start]
    if not previous:
        return None
    p = previous[-1]
    first = next((x for x in ctx.mentions if x.cls in TREATY_CLASSES and p.start <= x.start < p.end), None)
    return first.key if first is not None else None


# ---------------------------------------------------------------------------- members and parties

# "the union's 54 member states", "its 27 members", "the 47 member states of the Council of
# Europe", "has 196 states parties": how many members an organisation has, or parties a treaty
_TOTAL = rf"(?P<n>{NUMBER})\s+(?P<noun>(?i:member\s+states|members|states\s+parties|parties))\b"
_OWNED_TOTAL = re.compile(rf"['\u2019]s\s+(?:current\s+)?{_TOTAL}(?!\s+(?:of|to)\b(?!\s+do\b))")
# ("is one of 170 states parties to the Convention", "among the 46 member states of")
_TOTAL_OF = re.compile(
    rf"\b(?:the|(?:one\s+of|among)(?:\s+the)?)\s+(?:current\s+)?{_TOTAL}\s+(?:of|to)\s+(?:the\s+)?$"
)
_HAS_TOTAL = re.compile(
    # "The ILO, which was founded in 1919 and has 185 member states"
    rf"\s*,?\s+(?:which\s+(?:[^,;:.()]{{1,60}}?\s+and\s+)?)?(?:now\s+)?(?:has|have|had|counts|numbers)\s+"
    rf"(?:now\s+)?{_TOTAL}"
    r"(?!\s+(?:from|on|in|at)\b)"  # "has two members from Africa on the bureau": some of them
)


# "leaves behind 123 states parties", "leaves the court with 123 states parties": what a
# departure leaves
_LEAVES_TOTAL = re.compile(
    rf"\bleav(?:es|ing)\s+(?:behind\s+|(?:the\s+[a-z]+|it)\s+with\s+)(?:only\s+|just\s+)?{_TOTAL}", re.I
)


# "It has forty-seven parties", "It now has 124 states parties": the treaty "It" stands for
_IT_HAS_PARTIES = re.compile(
    rf"\s*It\s+(?:now\s+|currently\s+)?(?:has|had|counts)\s+(?:now\s+)?"
    rf"(?P<n>{NUMBER})\s+(?P<noun>states\s+parties|parties)\b(?!\s+(?:from|in|on|at)\b)"
)
# "bringing the number of member states to thirty-six": the organisation the sentence names
_NUMBER_TO = re.compile(
    rf"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took)\s+(?:the\s+)?"
    rf"(?:(?:total\s+)?number|total)\s+of\s+(?P<noun>member\s+states|members|states\s+parties|parties)"
    rf"(?:\s+(?:of|to)\s+[^,;:.]{{1,60}}?)?\s+to\s+(?P<n>{NUMBER})\b",
    re.I,
)


def _total(ctx: Context, view: View, of: str, noun: str, m: re.Match[str], s: int, e: int) -> None:
    if approximate(view, m.start("n")):
        return
    key = Minter.quantity(slug_of(of), noun.replace(" ", "-"))
    ctx.node(key, TG.Quantity, f"Number of {noun} of the {ctx.name(of)}", view, s, e)
    ctx.claim(key, SCHEMA.value, _integer(number_value(m.group("n"))), view, s, e)
    ctx.claim(key, TG.counts, Value(noun), view, s, e)
    ctx.claim(key, TG.quantityOf, of, view, s, e)


# "How many states are parties today?" / "Sixty-eight, which is still too few.": an interviewer's
# question on a treaty's parties and the number opening the answer to it
_PARTIES_QUESTION = re.compile(
    r"\s*How\s+many\s+(?:states|countries)\s+(?:are|have\s+become)\s+(?:now\s+|currently\s+)?"
    r"(?:states\s+)?parties(?:\s+to\s+(?P<it>it|the\s+\w+))?(?:\s+(?:today|now|so\s+far))?\s*\?\s*$",
    re.I,
)
_NUMBER_ANSWER = re.compile(
    rf"\s*(?:[A-Z][\w.' -]{{0,40}}:\s+)?(?P<n>{NUMBER})(?=[.,;:]|\s+(?:so\s+far|today|now)\b)", re.I
)


def answered_parties(ctx: Context, view: View) -> None:
    """The number opening the answer to a question on how many states are parties: the parties
    of the treaty the question names, else of the one the text is about."""
    index = view.sentence.index
    if index == 0:
        return
    question = ctx.document.sentences[index - 1]
    asked = _PARTIES_QUESTION.fullmatch(ctx.text, question.start, question.end)
    answer = _NUMBER_ANSWER.match(view.text, view.start, view.end)
    if asked is None or answer is None or "\n" not in ctx.text[question.end : view.start]:
        return
    named = {
        m.key for m in ctx.mentions if question.start <= m.start < question.end and m.cls in TREATY_CLASSES
    }
    treaty = named.pop() if len(named) == 1 else dominant_treaty(ctx) if not named else None
    if treaty is not None:
        _total(ctx, view, treaty, "states parties", answer, answer.start("n"), answer.end("n"))


def member_counts(ctx: Context, view: View) -> None:
    """The size of an organisation's membership or of a treaty's parties, said of one named."""
    it = _IT_HAS_PARTIES.match(view.text, view.start, view.end)
    treaty_it = _it_treaty(ctx, view) if it is not None else None
    if it is not None and treaty_it is not None:
        _total(ctx, view, treaty_it, re.sub(r"\s+", " ", it.group("noun").lower()), it, it.start(), it.end())
    for brought in _NUMBER_TO.finditer(view.text, view.start, view.end):
        noun = re.sub(r"\s+", " ", brought.group("noun").lower())
        wanted = TREATY_CLASSES if "part" in noun else frozenset({TG.IntergovernmentalOrganization})
        named = {x.key for x in view.mentions if x.cls in wanted}
        if len(named) == 1:  # "became members of the Council of Europe, bringing the number ..."
            _total(ctx, view, named.pop(), noun, brought, view.start, brought.end())
    for x in view.of((*ORG_CLASSES, *TREATY_CLASSES)):
        owned = _OWNED_TOTAL.match(view.text, x.end, view.end)
        has = _HAS_TOTAL.match(view.text, x.end, view.end)
        of = _TOTAL_OF.search(view.text, max(view.start, x.start - 60), x.start)
        for m in (owned, has, of):
            if m is None:
                continue
            noun = re.sub(r"\s+", " ", m.group("noun").lower())
            treaty = x.cls in TREATY_CLASSES
            of_key = x.key
            if not treaty and "part" in noun:
                # "The court now has 123 states parties": the parties to the treaty that set it up
                founding = [t for t, body in ctx.registry.linked(TG.establishes) if body == x.key]
                if len(founding) != 1 or x.cls != TG.Court:
                    continue
                of_key, treaty = founding[0], True
            if treaty != ("part" in noun):
                continue  # a treaty has parties, an organisation members
            _total(ctx, view, of_key, noun, m, min(m.start(), x.start), max(m.end(), x.end))
    left = _LEAVES_TOTAL.search(view.text, view.start, view.end)
    if left is not None and ctx.leaving is not None and ctx.leaving[0] == "denunciation":
        # "Burundi ... leaves behind 123 states parties": the parties of the treaty it leaves
        noun = re.sub(r"\s+", " ", left.group("noun").lower())
        if "part" in noun:
            _total(ctx, view, ctx.leaving[2], noun, left, left.start(), left.end())
