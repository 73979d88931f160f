"""Treaty actions as a depositary notifies them: a heading naming the state and the action in
capitals ("MADAGASCAR: RATIFICATION"), the treaty's title above it, and the date in a sentence of
its own below ("The above action was effected on 13 December 2005."), the layout in which the
UN Secretary-General and other depositaries circulate what they receive.
"""

from __future__ import annotations

import re

from loaders.events._clauses import _treaty_action
from loaders.events._common import _T, KEYS, _dated
from loaders.extract_context import TREATY_CLASSES, Context, View
from loaders.vocabulary import TG

__all__ = ["notified_action"]

# The heading: the state's name, a colon, the action, all in capitals
_HEADING = re.compile(
    r"^[ \t]*(?P<state>[A-Z][A-Z .,'\u2019()-]{1,60}?)[ \t]*:[ \t]*"
    r"(?P<action>RATIFICATION|ACCESSION|SIGNATURE|SUCCESSION|DENUNCIATION)\b[^\n]*$",
    re.M,
)

_EFFECTED = re.compile(r"\b(?:the\s+)?above\s+action\s+was\s+(?:effected|taken|received)\b", _T)

_CLASSES = {
    "ratification": TG.Ratification,
    "accession": TG.Accession,
    "signature": TG.Signature,
    "succession": TG.Succession,
    "denunciation": TG.Denunciation,
}


def notified_action(ctx: Context, view: View) -> None:
    """The action a notification's heading names, dated by "The above action was effected on
    D", of the one treaty the notification names above the heading."""
    effected = _EFFECTED.search(view.text, view.start, view.end)
    if effected is None:
        return
    headings = [h for h in _HEADING.finditer(ctx.text, 0, view.start)]
    if not headings:
        return
    heading = headings[-1]
    state = _state_named(ctx, heading.group("state"))
    above = [m for m in ctx.mentions if m.cls in TREATY_CLASSES and m.end <= heading.start()]
    treaties = {m.key for m in above}
    if len(treaties) > 1:
        # the UN's layout: the parent treaty's title, then the protocol's, then the heading
        parents = {
            parent for protocol, parent in ctx.registry.linked(TG.supplements) if protocol == above[-1].key
        }
        if treaties - {above[-1].key} <= parents:
            treaties = {above[-1].key}
    if state is None or len(treaties) != 1:
        return  # a notification of one action, on one treaty, by one state it names
    treaty = treaties.pop()
    kind = heading.group("action").lower()
    key = KEYS.action(state, treaty, kind)
    _treaty_action(ctx, view, key, _CLASSES[kind], state, treaty, kind, effected.start(), effected.end())
    date = view.date_for(effected.start(), effected.end(), [effected.start()])
    _dated(ctx, view, key, date, effected.start(), effected.end())


def _state_named(ctx: Context, name: str) -> str | None:
    """The state a heading names in capitals: the registry state whose name or alias it is."""
    wanted = " ".join(name.split()).casefold()
    found = set()
    for key, label in ctx.registry.labels.items():
        if not key.startswith("state/"):
            continue
        entry = ctx.registry.entry(key)
        names = (label, *(entry.aliases if entry is not None else ()))
        if any(" ".join(n.split()).casefold() == wanted for n in names):
            found.add(key)
    return found.pop() if len(found) == 1 else None
