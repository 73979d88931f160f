"""Counts a sentence states with what they count: a vote's tally, the size of a body.

"Voted 56 to 32", "by 134 votes to 37, with 5 abstentions": each number is a ``tg:Quantity``
of votes in favour, opposing votes or abstentions, about the approval the events rules read
from the same sentence when they found one. "The first ten members of the subcommittee", "the
Committee against Torture, ten independent experts": the number of members of that body.
A number is never read from a date or a span of years: a tally needs a vote word next to it.
"""

from __future__ import annotations

import re

from loaders.extract_context import ORG_CLASSES, Context, View
from loaders.facts import Value
from loaders.iris import Minter, slug_of
from loaders.vocabulary import SCHEMA, TG, XSD

__all__ = ["body_sizes", "number_value", "vote_counts"]

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_WORDS = {w: i for i, w in enumerate(_UNITS)} | _TENS
_WORD_NUMBER = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[1:10])}))?|{'|'.join(_UNITS[1:])})"
NUMBER = rf"(?:\d[\d,]*|{_WORD_NUMBER})"


def number_value(text: str) -> int:
    """ "134", "1,200", "ten", "twenty-three" as an integer."""
    word = text.lower()
    if word[0].isdigit():
        return int(word.replace(",", ""))
    tens, _, unit = word.partition("-")
    return _WORDS[tens] + (_WORDS[unit] if unit else 0)


# ---------------------------------------------------------------------------- votes

_TALLY = r"(?P<for>\d{1,4})\s*(?:votes?\s+)?(?:to|-|\u2013|against)\s*(?P<against>\d{1,4})\b(?:\s+votes?\b)?"
_ABSTENTIONS = rf"(?:,?\s+(?:with|and)\s+(?P<abst>{NUMBER})\s+abstentions?\b)?"
_VOTES = [
    # "voted 56 to 32", "by a vote of 46-0", "by 134 votes to 37"
    re.compile(
        rf"(?:\bvoted\s+(?:by\s+)?|\bvote\s+of\s+|\bby\s+(?=\d{{1,4}}\s+votes?\b)){_TALLY}{_ABSTENTIONS}",
        re.I,
    ),
    # "with 94 votes in favour, 2 against and 5 abstentions"
    re.compile(
        r"\b(?P<for>\d{1,4})\s+votes?\s+in\s+favou?r\s*(?:,|and)\s*(?P<against>\d{1,4})\s+(?:votes?\s+)?against"
        + _ABSTENTIONS,
        re.I,
    ),
]
_COUNTS = (("for", "votes in favour"), ("against", "opposing votes"), ("abst", "abstentions"))


def vote_counts(ctx: Context, view: View) -> None:
    """The tally of each vote in the sentence, one quantity per number."""
    for pattern in _VOTES:
        for m in pattern.finditer(view.text, view.start, view.end):
            about = _approval_in(ctx, view)
            body = view.before(m.start(), (TG.NationalBody,), within=120)  # the chamber that voted
            state = view.before(m.start(), (TG.State,), within=160)
            anchor = next((slug_of(x) for x in (about, body and body.key, state and state.key) if x), "")
            tally = f"vote-{m.group('for')}-{m.group('against')}"
            for group, counts in _COUNTS:
                if m.group(group) is None:
                    continue
                key = Minter.quantity(anchor, tally, counts.replace(" ", "-"))
                s, e = (body.start if body else m.start()), m.end()
                ctx.node(key, TG.Quantity, f"Number of {counts} ({m.group(0).strip()})", view, s, e)
                ctx.claim(key, SCHEMA.value, _integer(number_value(m.group(group))), view, s, e)
                ctx.claim(key, TG.counts, Value(counts), view, s, e)
                if body is not None:
                    ctx.claim(key, TG.quantityOf, body.key, view, s, e)
                if about is not None:
                    ctx.claim(key, TG.about, about, view, s, e)


def _approval_in(ctx: Context, view: View) -> str | None:
    """The approval the events rules found in this sentence, which the tally is the vote of."""
    for claim in ctx.claims:
        if claim.evidence.sentence_index == view.sentence.index and claim.predicate == TG.votesFor:
            return claim.subject.key
    return None


# ---------------------------------------------------------------------------- bodies

_MEMBER_NOUN = r"(?P<noun>members|experts|judges|commissioners)"
_ADJECTIVES = r"(?:(?:independent|elected|first|permanent|full-time|part-time)\s+)*"
# "the first ten members of the subcommittee", "all 47 judges of the Court"; "two members of
# the committee" are some of them, not how many it has.
_SIZE_BEFORE = re.compile(
    rf"\b(?:the|its|their|all)\s+(?:the\s+)?{_ADJECTIVES}(?P<n>{NUMBER})\s+{_ADJECTIVES}{_MEMBER_NOUN}"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)
# "the Committee against Torture, ten independent experts", "... is composed of 18 judges"
_SIZE_AFTER = re.compile(
    rf"(?:,\s+(?:a\s+body\s+of\s+)?|\s+(?:is\s+)?(?:composed|made\s+up|consists|consisting)\s+of\s+|"
    rf"\s+(?:has|comprises)\s+)(?P<n>{NUMBER})\s+{_ADJECTIVES}{_MEMBER_NOUN}\b",
    re.I,
)


def body_sizes(ctx: Context, view: View) -> None:
    """How many members, experts or judges a body has, where the sentence says so of it."""
    for body in view.of(ORG_CLASSES):
        before = _SIZE_BEFORE.search(view.text, max(view.start, body.start - 60), body.start)
        after = _SIZE_AFTER.match(view.text, body.end, view.end)
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


def _integer(n: int) -> Value:
    return Value(str(n), XSD.integer)
