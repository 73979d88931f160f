"""A fact sheet's record of one state: a heading that names the state ("Mexico's record",
"United Kingdom"), then rows of a key and a date ("Signature: 6 February 2007", "Entry into
force for the UK: 1 November 2022"). Each row is that state's act on the treaty the document is
about; a row whose block heads no single state, or a document about several treaties, says
nothing."""

from __future__ import annotations

import re

from loaders.dates import DateMention
from loaders.events._clauses import _treaty_action
from loaders.events._common import _T, KEYS, _dated, opened_row, row_kind
from loaders.extract_context import TREATY_CLASSES, Context, View
from loaders.extract_counts import dominant_treaty
from loaders.frames import STATE
from loaders.vocabulary import TG

__all__ = ["state_rows"]

# The row's key and the act it names; "Ratification deposited", "Entry into force for Ukraine"
_ROW = re.compile(
    r"[ \t]*(?:[-•*\u2013][ \t]+)?(?P<key>signature|signed|ratification(?:\s+deposited)?|ratified|"
    r"instrument\s+of\s+ratification(?:\s+deposited)?|accession|acceded|succession|denunciation|"
    r"withdrawal|entry\s+into\s+force(?:\s+for\s+[^:.\n]{1,40})?)[ \t]*(?:\.{2,}|:)[ \t]*",
    _T,
)
# A heading: a short line with no full stop at its end ("Mexico's record", "United Kingdom")
_HEADING = re.compile(r"[^\n.:;]{2,60}")
# What a heading may hold besides the state's name
_HEADING_WORDS = re.compile(
    r"(?:['’]s?|\s|\b(?:the|record|status|in\s+brief|at\s+a\s+glance|and\s+the\s+treaty)\b)*", _T
)


def state_rows(ctx: Context, view: View) -> None:
    """The act of the row this sentence opens, if its block is headed by one state."""
    row = opened_row(ctx, view, _ROW)
    if row is None:
        return
    line = ctx.text.rfind("\n", 0, view.start) + 1
    date = _date_opening(view, row.end())
    if date is None:
        return
    state = _heading_state(ctx, line)
    treaty = dominant_treaty(ctx)
    if state is None or treaty is None:
        return
    key_text = row.group("key").lower()
    kind, cls = row_kind(key_text)
    if kind == "entry-into-force" and " for " in key_text and not _names(ctx, row, state):
        return  # "Entry into force for Peru:" under another state's heading
    s, e = max(view.start, row.start("key")), date.end
    key = KEYS.action(state, treaty, kind)
    if kind == "entry-into-force":
        label = f"Entry into force of the {ctx.name(treaty)} for {ctx.name(state)}"
        ctx.node(key, cls, label, view, s, e)
        ctx.claim(key, TG.state, state, view, s, e)
        ctx.claim(key, TG.treaty, treaty, view, s, e)
    else:
        _treaty_action(ctx, view, key, cls, state, treaty, kind, s, e)
    _dated(ctx, view, key, date, s, e)


def _date_opening(view: View, pos: int) -> DateMention | None:
    """The date the row's value opens with."""
    return next((d for d in view.dates if d.start >= pos and not view.text[pos : d.start].strip()), None)


def _heading_state(ctx: Context, line: int) -> str | None:
    """The one state the heading of the row's block names, the heading being the block's first
    line; none where the heading says more than the state's name."""
    text = ctx.text
    gap = text.rfind("\n\n", 0, line)
    block = gap + 2 if gap >= 0 else 0
    end = text.find("\n", block)
    if gap > 0 and _ROW.match(text, block) is not None:
        # "Mexico's record", a blank line, then the rows: the heading stands alone above them
        end = gap
        before = text.rfind("\n", 0, gap)
        block = before + 1
        while block < end and text[block] == "\n":
            block += 1
    if end < 0 or end > line or block >= end or not _HEADING.fullmatch(text, block, end):
        return None
    named = [m for m in ctx.mentions if block <= m.start and m.end <= end]
    if len(named) != 1 or named[0].cls not in STATE or any(m.cls in TREATY_CLASSES for m in named):
        return None
    state = named[0]
    if not _HEADING_WORDS.fullmatch(text[block : state.start] + text[state.end : end]):
        return None
    return state.key


def _names(ctx: Context, row: re.Match[str], state: str) -> bool:
    """Whether the row's key names ``state`` ("Entry into force for the UK")."""
    return any(
        m.key == state and row.start("key") <= m.start and m.end <= row.end("key") for m in ctx.mentions
    )
