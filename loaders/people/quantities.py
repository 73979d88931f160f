"""Counts the text gives, with what they count: members, votes, ratifications."""

from __future__ import annotations

import re

from loaders.extract_context import ORG_CLASSES, Context, View, slug_of
from loaders.extract_counts import body_sizes, member_counts, opening_sizes, treaty_counts, vote_counts
from loaders.facts import Value
from loaders.iris import slugify
from loaders.vocabulary import SCHEMA, TG, XSD

__all__ = ["extract_quantities"]


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
}  # fmt: skip


_NUM = r"(?P<n>\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")"


_QUALIFIER = r"(?:(?P<q>more than|over|nearly|almost|about|around|at least|fewer than)\s+)?"


_COUNT_NOUN = re.compile(
    rf"\b{_QUALIFIER}{_NUM}\s+(?P<noun>visits|reports|inspections|judgments|times)\b", re.I
)


_PUBLISHED = re.compile(
    rf"\b(?:only\s+)?{_NUM}\s+(?:of them\s+)?were\s+(?P<verb>published|made public|released)\b", re.I
)


_DIED = re.compile(
    rf"\b{_QUALIFIER}{_NUM}\s+(?P<who>(?:[A-Z]\w+\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:have|had)\s+died\b"
    r"(?P<where>\s+in\s+[\w ]+?)?(?=[,.]|\s+since|\s+during|$)"
)


_PERIOD = re.compile(
    r"\b(?:over|during|in|for)\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:nearly\s+|about\s+|almost\s+|more than\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+(?:years|decades)\b",
    re.I,
)


def _number(text: str) -> int:
    return _NUMBER_WORDS.get(text.lower()) or int(text.replace(",", ""))


def extract_quantities(ctx: Context, view: View) -> None:
    vote_counts(ctx, view)
    body_sizes(ctx, view)
    opening_sizes(ctx, view)
    treaty_counts(ctx, view)
    member_counts(ctx, view)
    period = _PERIOD.search(view.text, view.start, view.end)
    last_counts: tuple[str, str | None, str | None] | None = None
    for m in _COUNT_NOUN.finditer(view.text, view.start, view.end):
        noun = m.group("noun").lower()
        counts = (
            "visits" if noun == "times" and re.search(r"\bvisit", view.text[view.start : m.start()]) else noun
        )
        if counts == "times":
            continue
        of = view.before(m.start(), ORG_CLASSES, within=120)
        about = view.after(m.end(), (TG.State,), within=12) or view.before(m.start(), (TG.State,), within=12)
        if about is None and re.match(r"\s+to\s+the\s+country\b", view.text[m.end() : m.end() + 20]):
            about = view.before(m.start(), (TG.State,), within=200)
        if of is None:
            continue
        _quantity(ctx, view, m, counts, of.key, about.key if about else None, period, of.start)
        last_counts = (counts, of.key, about.key if about else None)
    for m in _PUBLISHED.finditer(view.text, view.start, view.end):
        if last_counts is None or last_counts[0] != "reports":
            continue
        _quantity(ctx, view, m, "published reports", last_counts[1], last_counts[2], None, m.start())
    for m in _DIED.finditer(view.text, view.start, view.end):
        where = (m.group("where") or "").strip()
        counts = f"deaths of {m.group('who').strip()}" + (f" {where}" if where else "")
        _quantity(ctx, view, m, counts, None, None, None, m.start())


def _quantity(
    ctx: Context, view: View, m: re.Match[str], counts: str, of: str | None, about: str | None,
    period: re.Match[str] | None, start: int,
) -> None:  # fmt: skip
    parts = [slug_of(of) if of else "", slugify(counts), slug_of(about) if about else ""]
    key = "quantity/" + "-".join(p for p in parts if p)
    s = min(start, m.start())
    e = m.end()
    label = (
        f"Number of {counts}"
        + (f" by the {ctx.name(of)}" if of else "")
        + (f" in {ctx.name(about)}" if about else "")
    )
    ctx.node(key, TG.Quantity, label, view, s, e)
    ctx.claim(key, SCHEMA.value, Value(str(_number(m.group("n"))), XSD.integer), view, s, e)
    ctx.claim(key, TG.counts, Value(counts), view, s, e)
    if of:
        ctx.claim(key, TG.quantityOf, of, view, s, e)
    if about:
        ctx.claim(key, TG.about, about, view, s, e)
    qualifier = m.groupdict().get("q")
    if qualifier:
        ctx.claim(key, TG.qualifier, Value(qualifier.lower()), view, s, e)
    if period is not None:
        ctx.claim(
            key, TG.periodText, Value(period.group(0)), view, min(s, period.start()), max(e, period.end())
        )
