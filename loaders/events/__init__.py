"""Events a sentence states, built from the frames the engine fills (``frames.py``): the whole
life of a state's relation to a treaty (signature, ratification, accession, succession,
notification of denunciation, when it takes effect, revocation), the domestic steps towards it,
announced intentions, a state joining or leaving an organisation, a treaty's own events, bodies
and the treaties that set them up, judgments and deaths.

One builder per frame shape. A builder that cannot fill every slot its fact needs makes no
claim: a missing fact is better than a wrong one. Keys come from ``iris.Minter`` only.
"""

from __future__ import annotations

from loaders.events._common import Builder
from loaders.events.depositary import notified_action
from loaders.events.domestic_steps import _declaration, _effect, _notification, _reservation, _step
from loaders.events.judgments import _death, _ellipsis, _judgment, _nothing
from loaders.events.named_again import _decree_published, _step_again
from loaders.events.org_rows import decision_points, table_rows
from loaders.events.organisations import _expulsion, _membership_span, _org_followed, _org_frame
from loaders.events.relations import (
    _established_by,
    _establishment,
    _monitored_by,
    _monitoring_body,
    _monitors,
    _not_made_party,
    _party_apposed,
    _party_list,
    _party_neither,
    _party_ordinal,
    _protocol_link,
    _relation,
    _treaty_body,
    parties_before,
    replaced_bodies,
)
from loaders.events.state_rows import state_rows
from loaders.events.treaty_actions import (
    _action,
    _cessation,
    _deposit,
    _possessive_act,
    _revocation,
    among_them,
    on_its_day,
    told_later,
)
from loaders.events.treaty_events import _treaty_event, answered_when
from loaders.events.treaty_rows import treaty_rows
from loaders.events.treaty_steps import _passive_step, _treaty_step
from loaders.extract_context import Context, View
from loaders.frames import find

__all__ = ["extract_events"]


def extract_events(ctx: Context, view: View) -> None:
    """Add the claims of every frame that fires in this sentence."""
    among_them(ctx, view)
    parties_before(ctx, view)
    replaced_bodies(ctx, view)
    table_rows(ctx, view)
    state_rows(ctx, view)
    treaty_rows(ctx, view)
    decision_points(ctx, view)
    matches = find(view)
    for match in matches:
        if match.mood == "hypothetical" and match.frame.shape not in ("relation", "treaty-event"):
            continue  # a treaty's own event weighs its mood itself (a past clause of time is a fact)
        _BUILDERS[match.frame.shape](ctx, view, match, matches)
    told_later(ctx, view)
    on_its_day(ctx, view)
    notified_action(ctx, view)
    answered_when(ctx, view)


_BUILDERS: dict[str, Builder] = {
    "decree-published": _decree_published,
    "action": _action,
    "org-event": _org_frame,
    "org-followed": _org_followed,
    "membership-span": _membership_span,
    "expulsion": _expulsion,
    "cessation": _cessation,
    "intention": _nothing,
    "revocation": _revocation,
    "not-made-party": _not_made_party,
    "treaty-event": _treaty_event,
    "deposit": _deposit,
    "step": _step,
    "treaty-step": _treaty_step,
    "step-passive": _passive_step,
    "step-anaphor": _step_again,
    "notification": _notification,
    "declaration": _declaration,
    "jurisdiction": _declaration,
    "reservation": _reservation,
    "relation": _relation,
    "party-neither": _party_neither,
    "party-ordinal": _party_ordinal,
    "party-apposed": _party_apposed,
    "party-list": _party_list,
    "establishment": _establishment,
    "establishment-passive": _established_by,
    "monitors": _monitors,
    "monitors-passive": _monitored_by,
    "treaty-body": _treaty_body,
    "monitoring-body": _monitoring_body,
    "protocol-link": _protocol_link,
    "judgment": _judgment,
    "death": _death,
    "effect": _effect,
    "ellipsis": _ellipsis,
    "possessive-act": _possessive_act,
}
