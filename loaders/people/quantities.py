"""Counts the text gives, with what they count: members, votes, ratifications."""

from __future__ import annotations

import re

from loaders.extract_context import ORG_CLASSES, Context, View, slug_of
from loaders.extract_counts import (
    NUMBER,
    answered_parties,
    body_sizes,
    dominant_body,
    dominant_treaty,
    member_counts,
    number_value,
    opening_sizes,
    treaty_counts,
    vote_counts,
)
from loaders.facts import Value
from loaders.iris import Minter, slugify
from loaders.mentions import Mention
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


# "Bulgaria won 160 votes", "Chile received 140 votes in the first round": a candidate's votes
# "Joel Ruiz of Mexico was re-elected with 27 votes", "Ana Silva, the outgoing president, who got
# only nine votes": a candidate's apposition and relative pronoun may stand before the verb
_WON_VOTES = re.compile(
    r"(?:,\s+(?:the|a|an|its|their)\s+[^,.;:()]{1,60})?,?\s+(?:who\s+)?"
    r"(?:(?:won|received|obtained|secured|got|polled|gained|took)\s+(?:only\s+|just\s+)?"
    r"|(?:was|were)\s+(?:re-?)?elected\s+with\s+(?:only\s+|just\s+)?)"
    rf"(?P<n>{NUMBER})\s+votes\b(?!\s+(?:to|against)\b)",
    re.I,
)
# "Ana Silva of Brazil": a person candidate and the state that put them forward
_OF_STATE = re.compile(r"\s+(?:of|from)\s+$")


# the candidates after the first, the verb and "votes" left out: ", Uzbekistan 164", "and Albania
# 123"; a number followed by a noun of its own ("and Peru 12 seats") is no vote count
# "..., Roberta Clarke of Barbados won 23": a person's name before the state
_NEXT_CANDIDATE = re.compile(
    r"(?:,\s*|,?\s+and\s+)(?:[A-Z][\w'.-]+(?:\s+(?:de\s+|da\s+|van\s+)?[A-Z][\w'.-]+){0,3}\s+(?:of|from)\s+)?"
)
_CANDIDATE_VOTES = re.compile(
    rf"\s+(?:(?:won|received|obtained|got|polled)\s+(?:only\s+|just\s+)?)?(?P<n>{NUMBER})\b"
    r"(?=\s*(?:[,;.]|and\b|$))",
    re.I,
)


# "Russia trailed with 83", "Saudi Arabia, with 90, was": the last candidate, once the
# sentence has counted a candidate's votes
_TRAILED = re.compile(
    rf"(?:\s+(?:trailed|came\s+\w+|finished\s+\w+|was\s+\w+)|,)\s+with\s+(?:only\s+|just\s+)?"
    rf"(?P<n>{NUMBER})\b(?:\s+votes\b)?(?=\s*[,;.])",
    re.I,
)


def _candidate_votes(ctx: Context, view: View) -> None:
    """The votes each candidate state won in an election the sentence reports."""
    states = _candidates(view)
    counted = False
    for i, (state, stop) in enumerate(states):
        m = _WON_VOTES.match(view.text, stop, view.end)
        if m is None:
            continue
        counted = True
        _votes_of(ctx, view, state.key, m, state.start)
        end = m.end()
        for nxt, nxt_stop in states[i + 1 :]:
            if not _NEXT_CANDIDATE.fullmatch(view.text, end, nxt.start):
                break
            more = _CANDIDATE_VOTES.match(view.text, nxt_stop, view.end)
            if more is None:
                break
            _votes_of(ctx, view, nxt.key, more, nxt.start)
            end = more.end()
    if not counted:
        for sentence in ctx.document.sentences[max(0, view.sentence.index - 1) : view.sentence.index]:
            counted = _WON_VOTES.search(sentence.text) is not None and any(
                x.cls == TG.State and sentence.start <= x.start < sentence.end for x in ctx.mentions
            )
    if not counted:
        return
    for state, stop in states:
        m = _TRAILED.match(view.text, stop, view.end)
        if m is not None:
            _votes_of(ctx, view, state.key, m, state.start)


# A fact box's row or a bullet of key facts: "Members ........ 15 member states, 10 elected ...",
# "- Prisoners on death row when the Act was signed: about 60". The label is a plural noun and
# the value a number alone or with its own noun; a row of time ("Years in force: 20"), of a date
# ("Signed: 12 May 2011") or of a vote tally ("Votes: 110 to 30") is left to other readers.
_FIELD_ROW = re.compile(
    r"[ \t]*(?:[-•*–][ \t]+)?(?P<label>[A-Z][a-z]+s\b(?<!ss\b)[a-z ,'-]{0,60}?)"
    r"[ \t]*(?::|[ \t]\.{3,}|\.{3,})[ \t]*"
    rf"{_QUALIFIER.replace('about|', 'about|some|')}(?P<n>{NUMBER})"
    r"(?:[ \t]+(?P<noun>(?:[a-z-]+[ \t]+)?[a-z-]+s)\b)?[ \t]*(?:[,;(].*|\.)?",
    re.I,
)
_NOT_COUNTED = re.compile(
    r"(?:years|months|days|weeks|hours|decades|votes|dates|pages|articles|sessions|rounds|results)\b", re.I
)
_LABEL_CUT = re.compile(r"\s+(?:when|while|as\s+of|at\s+the\s+time|since|until|before|after)\b.*$", re.I)
_MEMBER_LABEL = re.compile(r"(?:members|membership|member\s+states)$", re.I)
_PARTY_LABEL = re.compile(r"(?:states\s+parties|parties|ratifications|signatories|signatures)$", re.I)


def _field_counts(ctx: Context, view: View) -> None:
    """A row of a fact box or a bullet giving a count; read once, in the row's last sentence."""
    text = ctx.text
    line_start = text.rfind("\n", 0, view.start) + 1
    line_end = text.find("\n", view.start)
    line_end = len(text) if line_end < 0 else line_end
    if view.end < len(text.rstrip()) and text[view.end : line_end].strip():
        return
    m = _FIELD_ROW.fullmatch(text, line_start, line_end)
    if m is None or m.start("n") < view.start:
        return
    label = _LABEL_CUT.sub("", m.group("label")).strip().lower()
    noun = (m.group("noun") or "").lower()
    if m.group("n").isdigit() and len(m.group("n")) == 4 and m.group("n").startswith(("19", "20")):
        return  # a year
    if _NOT_COUNTED.match(label) or (noun and _NOT_COUNTED.match(noun)):
        return
    counts = " ".join((noun or label).split())
    of = (
        dominant_body(ctx)
        if _MEMBER_LABEL.match(label)
        else dominant_treaty(ctx)
        if _PARTY_LABEL.match(label)
        else None
    )
    s, e = m.start("n"), m.end("noun") if m.group("noun") else m.end("n")
    value = number_value(m.group("n"))
    key = Minter.quantity(slug_of(of) if of else "", slugify(counts), str(value))
    ctx.node(key, TG.Quantity, f"Number of {counts}" + (f" of the {ctx.name(of)}" if of else ""), view, s, e)
    ctx.claim(key, SCHEMA.value, Value(str(value), XSD.integer), view, s, e)
    ctx.claim(key, TG.counts, Value(counts), view, s, e)
    if of:
        ctx.claim(key, TG.quantityOf, of, view, s, e)
    qualifier = m.group("q")
    if qualifier:
        ctx.claim(key, TG.qualifier, Value(qualifier.lower()), view, s, e)


# "The Belgian Detention Monitoring Coalition is a network of eleven human rights and prison
# reform organisations": a body made of member organisations, counted
_NETWORK_OF = re.compile(
    r"\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:network|coalition|alliance|federation|platform|"
    rf"consortium|union|umbrella\s+group)\s+of\s+(?:some\s+|about\s+|more\s+than\s+)?(?P<n>{NUMBER})\s+"
    r"(?:[\w'-]+\s+){0,5}?(?P<noun>organi[sz]ations|groups|associations|NGOs|unions|charities|societies|"
    r"movements|institutions)\b",
    re.I,
)


def _network_sizes(ctx: Context, view: View) -> None:
    for body in view.of(tuple(ORG_CLASSES)):
        m = _NETWORK_OF.match(view.text, body.end, view.end)
        if m is None:
            continue
        noun = m.group("noun").lower().replace("organizations", "organisations")
        value = number_value(m.group("n"))
        key = Minter.quantity(slug_of(body.key), slugify(noun))
        s, e = body.start, m.end()
        ctx.node(key, TG.Quantity, f"Number of {noun} of the {ctx.name(body.key)}", view, s, e)
        ctx.claim(key, SCHEMA.value, Value(str(value), XSD.integer), view, s, e)
        ctx.claim(key, TG.counts, Value(noun), view, s, e)
        ctx.claim(key, TG.quantityOf, body.key, view, s, e)


def _candidates(view: View) -> list[tuple[Mention, int]]:
    """The states and people a sentence names, each with where its name ends: a person's name
    ends after "of <state>" ("Ana Silva of Brazil won 23"), and that state is no candidate."""
    out: list[tuple[Mention, int]] = []
    for x in view.of((TG.State, TG.Person)):
        if (
            x.cls == TG.State
            and out
            and out[-1][0].cls == TG.Person
            and _OF_STATE.fullmatch(view.text, out[-1][1], x.start)
        ):
            out[-1] = (out[-1][0], x.end)
            continue
        out.append((x, x.end))
    return out


def _votes_of(ctx: Context, view: View, state: str, m: re.Match[str], start: int) -> None:
    value = number_value(m.group("n"))
    key = Minter.quantity(slug_of(state), "votes", str(value))
    ctx.node(key, TG.Quantity, f"Number of votes won by {ctx.name(state)}", view, start, m.end())
    ctx.claim(key, SCHEMA.value, Value(str(value), XSD.integer), view, start, m.end())
    ctx.claim(key, TG.counts, Value("votes"), view, start, m.end())
    ctx.claim(key, TG.about, state, view, start, m.end())


def extract_quantities(ctx: Context, view: View) -> None:
    vote_counts(ctx, view)
    _candidate_votes(ctx, view)
    body_sizes(ctx, view)
    opening_sizes(ctx, view)
    treaty_counts(ctx, view)
    member_counts(ctx, view)
    answered_parties(ctx, view)
    _field_counts(ctx, view)
    _network_sizes(ctx, view)
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
