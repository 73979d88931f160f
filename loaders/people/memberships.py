"""Members of organisations and bodies: states in an organisation, people on a body."""

from __future__ import annotations

import re

from loaders.extract_context import ORG_CLASSES, Context, View
from loaders.mentions import Mention
from loaders.people.posts import _body_named_by, _post, _state_referred
from loaders.vocabulary import ORG, TG

__all__ = ["extract_memberships"]


def extract_memberships(ctx: Context, view: View) -> None:
    """States in organisations and bodies in bodies; a past membership says nothing of now."""
    _state_memberships(ctx, view)
    _body_memberships(ctx, view)


# "The Jordanian Bar Association was admitted to the Arab Lawyers Union", "A and B were admitted
# to the Federation", "the association joined the union": bodies that become members of bodies
_ADMITTED = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+)?admitted\s+"
    r"(?:as\s+(?:a\s+)?(?:full\s+)?members?\s+)?(?:to|into)\s+(?:(?:membership\s+of\s+)?the\s+)?"
    r"|\s+(?:has\s+|have\s+|had\s+)?joined\s+(?:the\s+)?"
)


# a body one joins as a member: "joined the court in condemning" is no membership
_COLLECTIVE = frozenset(
    {"Union", "Federation", "Alliance", "Coalition", "Network", "Association", "Confederation"}
)


# "the Coalition brings together Amnesty International, Save the Children and ...", "the alliance
# groups Mali, Burkina Faso and Niger": the members a body is made of, listed after the verb
_GATHERS = re.compile(
    r"\s+(?:(?:now|today|still)\s+)?(?:brings\s+together|brought\s+together|unites|united|groups|grouped|comprises|"
    r"comprised|is\s+made\s+up\s+of|was\s+made\s+up\s+of|is\s+composed\s+of|was\s+composed\s+of)\s+(?:the\s+)?"
)


_SHORT_NAME = re.compile(r"(?<![\w-])[Tt]he\s+(?P<noun>[A-Z][a-z]+)(?![\w'\u2019-])")


def _gathered_members(ctx: Context, view: View) -> None:
    """The bodies or states a body is said to bring together, each a member of it."""
    subjects = [(x.key, x.start, x.end) for x in view.of(ORG_CLASSES) if x.cls != TG.MediaOutlet]
    for short in _SHORT_NAME.finditer(view.text, view.start, view.end):
        if not any(x.start <= short.start("noun") < x.end for x in view.mentions):
            key = _body_named_by(ctx, short.group("noun").lower(), short.start())
            if key is not None:  # "the Coalition": the one body named so before
                subjects.append((key, short.start(), short.end()))
    for key, start, end in subjects:
        m = _GATHERS.match(view.text, end, view.end)
        if m is None:
            continue
        after = [x for x in view.of((TG.State, *ORG_CLASSES)) if x.start >= m.end()]
        if not after or after[0].start > m.end() + 4:
            continue  # "brings together 55 states": no member named
        listed = [after[0]]
        for nxt in after[1:]:
            if not _LIST_JOINT.match(view.text[listed[-1].end : nxt.start]):
                break
            listed.append(nxt)
        if len(listed) < 2:
            continue  # "unites the continent": a list names members, one name may be anything
        for member in listed:
            if member.key != key and member.cls != TG.MediaOutlet:
                _post(ctx, view, member.key, key, None, start, listed[-1].end)


def _body_memberships(ctx: Context, view: View) -> None:
    _gathered_members(ctx, view)
    bodies = [x for x in view.of(ORG_CLASSES) if x.cls != TG.MediaOutlet]
    for i, body in enumerate(bodies):
        m = _ADMITTED.match(view.text, body.end, view.end)
        target = view.after(m.end(), ORG_CLASSES, within=0) if m else None
        if m is None or target is None or target.key == body.key:
            continue
        if "joined" in m.group(0) and not _COLLECTIVE & set(target.label.split()):
            continue
        listed = [body]
        for prior in reversed(bodies[:i]):
            if not re.fullmatch(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?", view.text[prior.end : listed[0].start]):
                break
            listed.insert(0, prior)
        for member in listed:
            _post(ctx, view, member.key, target.key, None, listed[0].start, target.end)


# "Hungary's membership of the European Union or of the Council of Europe"
_MEMBERSHIP_OF = re.compile(r"['\u2019]s\s+(?:rights\s+of\s+)?membership\s+(?:of|in)\s+")


# "Tanzania remains a member of the African Union", "it is a member state of the OAS", "it
# remains a party to the convention and a member of the OAS", "Poland would remain a member";
# "no longer a member" and "ceased to be a member" say the opposite and do not match.
_IS_MEMBER = re.compile(
    # "Ireland, which signed the Protocol in 2007, is now the only member state of": a relative
    # clause between the state and its verb
    r"(?:,\s+which(?:\s+[^,;.\n]{1,80},)?)?\s+(?:(?:therefore|thus|still|also|now|however|nonetheless|formally|technically)\s+)?"
    r"(?:remains|remained|is|was|has\s+remained|has\s+been|continues\s+to\s+be|(?:would|will)\s+remain|"
    r"(?:became|becomes|has\s+become|had\s+become)(?=\s+(?:a|an|one)\s)|"
    r"(?:would|will)\s+still\s+be)\s+(?:(?!(?:no|not|never|no\s+longer)\b)[^,.;]{1,80}?\s+and\s+)??"
    r"(?:(?:still|now)\s+)?(?:one\s+of\s+the\s+\S+\s+members?(?:\s+states?)?|(?:a\s+|an\s+|the\s+(?:only|sole|last)\s+)?"
    r"(?:full\s+|founding\s+|(?!(?:former|non|associate|prospective|candidate)\b)[a-z]{4,}\s+)?member"
    r"(?:\s+state)?)\s+of\s+",
    re.I,
)


# "Chile, a member of the OAS since 1948,": an apposition after the state's name
# "the General Assembly elected Fiji to the Human Rights Council", "Ghana was elected to the
# council": a seat won is membership
_ELECTED_TO = re.compile(r"\s+(?:(?:was|has\s+been|were)\s+(?:re-?)?elected\s+)?to\s+")


_ELECTS = re.compile(r"(?<![\w-])(?:re-?)?elect(?:ed|s)\s+$")


# "Qatar becomes the third state of the Gulf Cooperation Council to join ..."
_NTH_STATE_OF = re.compile(
    r"\s+(?:(?:today|now|formally|officially|thus)\s+)?(?:is|was|becomes|became|has\s+become)\s+(?:only\s+|now\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|last|latest|\d+(?:st|nd|rd|th))\s+(?:member\s+)?(?:state|country|member)\s+of\s+",
    re.I,
)


_MEMBER_APPOSITION = re.compile(
    r",\s+(?:as\s+)?(?:(?:a|an)\s+(?:founding\s+|full\s+)?|the\s+(?:newest|latest|youngest|oldest|"
    r"smallest|largest|biggest|most\s+populous)\s+)member(?:\s+state)?\s+of\s+"
    # "Turkey, one of the 47 member states of the Council of Europe,"
    r"|,\s+one\s+of\s+(?:the|its)\s+(?:\d+\s+|[a-z]+(?:-[a-z]+)?\s+)?(?:founding\s+)?"
    r"(?:members|member\s+states|member\s+countries)\s+of\s+",
    re.I,
)


# "Montenegro joined the Council of Europe", "Azerbaijan, which joined the Council of Europe in
# 2001,", "Cabo Verde belongs to the African Union", "the state was admitted to the United
# Nations", "Switzerland has served on the Human Rights Council": a state in an organisation
_JOINED = re.compile(
    r"(?:,\s+which)?\s+(?:(?:also|later|then|formally|finally|today|officially)\s+)?(?:(?:re-?)?joined|belongs\s+to|"
    r"(?:was|has\s+been)\s+(?:formally\s+)?admitted\s+(?:as\s+(?:a\s+)?(?:full\s+)?member\s+)?(?:to|into)|"
    r"(?:has\s+)?(?:served|sat)\s+on|sits\s+on|serves\s+on)\s+"
)


# "Mali, Niger and Burkina Faso are (all) members of ...": each state of the list
_ARE_MEMBERS = re.compile(
    r"(?:\s+(?:(?:today|now|formally|officially)\s+)?(?:are|remain|were|became|become|have\s+become)|,)\s+"
    r"(?:all\s+|still\s+|both\s+)?(?:(?:all\s+)?[\w-]+\s+of\s+them\s+)?"
    r"(?:members|member\s+states|member\s+countries)\s+of\s+",
    re.I,
)


# "the Council of Europe, whose members include A and B", "the 46 member states of the Council
# of Europe, including A and B", "members of the OAS such as A and B", "Among the members of the
# African Union are A, B and C", "As members of the Council of Europe, A and B ...": the states
# listed after the organisation
_MEMBERS_INCLUDE = re.compile(
    r"(?:,\s+whose\s+(?:\d+\s+|[a-z]+\s+)?members(?:\s+states)?\s+(?:include|are)|"
    r",?\s+(?:including|such\s+as|among\s+them)|\s+(?:are|include))\s+(?:the\s+)?$",
    re.I,
)


_MEMBERS_OF_BEFORE = re.compile(r"\b(?:member\s+states|members|member\s+countries)\s+of\s+(?:the\s+)?$", re.I)


# "... came from Council of Europe member states: Ukraine, Spain and Hungary", "African Union
# members such as Ghana and Kenya": the states listed right after the organisation's member states
_MEMBER_STATES_AFTER = re.compile(
    r"\s+member\s+(?:states|countries)(?::|,?\s+(?:including|such\s+as|among\s+them|like))\s+(?:the\s+)?"
    r"|['\u2019]s\s+(?:\d+\s+|[a-z]+\s+)?(?:members|(?:member|participating)\s+(?:states|countries))"
    r"(?:\s+(?:include|are)|:|,?\s+(?:including|such\s+as|among\s+them))\s+(?:the\s+)?",
    re.I,
)


_NOT_MEMBERS = re.compile(r"\b(?:not|never|no\s+longer|former|formerly|non-?)\b", re.I)


_WHOSE_MEMBERS = re.compile(r"^,\s+whose\s+(?:\d+\s+|[a-z]+\s+)?members", re.I)


_LIST_JOINT = re.compile(r"^(?:,\s*|,?\s+and\s+)(?:the\s+)?$")


# "kept the union's seat in the United Nations and its membership of the Council of Europe"
_HELD = re.compile(
    r"\b(?:kept|keeps|retained|retains|holds|took\s+over|inherited)\s+"
    r"(?:its|the\s+[\w' -]{1,40}?['\u2019]s)\s+"
    r"(?:seat\s+(?:in|at|on)|membership\s+(?:of|in))\s+(?:the\s+)?$"
    r"|(?:\s+and\s+)[Ii]ts\s+membership\s+(?:of|in)\s+(?:the\s+)?$"
)


# "ended its membership", "Russia's membership of the Council of Europe was terminated"
_ENDED_BEFORE = re.compile(
    r"\b(?:end\w*|los[te]\w*|terminat\w*|renounc\w*|quit\w*|appl\w+|bid)\b[^.;]*$", re.I
)


_ENDED_AFTER = re.compile(r"\s*(?:was|has\s+been|had\s+been|is)?\s*(?:ended|terminated|lapsed|ceased)", re.I)


# "it", "the country": the state named before stands for the subject
_PRONOUN_SUBJECT = re.compile(r"(?<![\w-])(?:it|It|(?:[Tt]he|[Tt]his)\s+(?:country|state|nation))(?=\s)")


# "... of the United Nations and a permanent member of the Security Council"
# A verb right after a name: the name is the subject of a clause of its own
_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:still|also|now|then|later)\s+)?(?:[a-z]+s\s+(?:to|the|a|an|its|their|that)|is|are|was|were|has|"
    r"have|had|will|would|can|could|may|must|should|said|says)\b"
)


_NEXT_ORG = re.compile(
    r"\s*(?:,\s*(?:(?:or|and)\s+)?|(?:or|and)\s+)(?:(?:a|an)\s+(?:(?:permanent|non-permanent|founding|full)\s+)?"
    r"member(?:\s+state)?\s+)?(?:of\s+|in\s+|to\s+)?"
)


# "Georgia, one of the Council of Europe's 46 member states,": the organisation before its members
_ONE_OF = re.compile(r",\s+(?:itself\s+)?one\s+of\s+(?:the\s+)?$")


_OWN_MEMBERS = re.compile(
    r"['\u2019]s\s+(?:\d+\s+|[a-z]+\s+)?(?:founding\s+)?(?:members|member\s+(?:states|countries))(?![\w-])"
)


# "As a founding member of the African Union, Ethiopia ...": the membership fronted before its state
_AS_MEMBER = re.compile(
    r"(?:^|(?<=[.;:!?]\s))\s*As\s+(?:a|an)\s+(?:founding\s+|full\s+)?member(?:\s+state)?\s+of\s+(?:the\s+)?$"
)


_AFTER_FRONTED = re.compile(r",\s+(?:the\s+)?$")


# "Ireland, an EU member state,", "Switzerland has been a UN member since 2002": the
# organisation's name before "member"
_NAMED_MEMBER_LEAD = re.compile(
    r"(?:,\s+|\s+(?:is|remains|has\s+been|has\s+long\s+been)\s+(?:(?:still|also|now)\s+)?)(?:a|an)\s+(?:founding\s+|full\s+)?$"
)


_NAMED_MEMBER_TAIL = re.compile(r"\s+member(?:\s+state|\s+country)?(?![\w-])")


def _named_member(ctx: Context, view: View, states: list[Mention]) -> None:
    """A state said to be "a UN member", "an EU member state"."""
    for org in view.of(ORG_CLASSES):
        tail = _NAMED_MEMBER_TAIL.match(view.text, org.end, view.end)
        state = next((x for x in reversed(states) if x.end <= org.start), None)
        if tail is None or state is None or org.cls != TG.IntergovernmentalOrganization:
            continue
        if _NAMED_MEMBER_LEAD.fullmatch(view.text, state.end, org.start):
            _post(ctx, view, state.key, org.key, None, state.start, tail.end())


def _possessive_members(ctx: Context, view: View, states: list[Mention]) -> None:
    """ "A, one of the Council of Europe's member states", "As a member of the AU, A ...": a state
    the organisation's own members' phrase is said of."""
    for org in view.of(ORG_CLASSES):
        own = _OWN_MEMBERS.match(view.text, org.end, view.end)
        lead = view.text[view.start : org.start]
        if own is not None:
            state = next((x for x in reversed(states) if x.end <= org.start), None)
            if (
                state is not None
                and _ONE_OF.search(view.text[state.end : org.start])
                and _ONE_OF.fullmatch(view.text, state.end, org.start)
            ):
                _post(ctx, view, state.key, org.key, None, state.start, own.end())
        fronted = _AS_MEMBER.search(lead)
        if fronted is not None:
            state = next((x for x in states if x.start > org.end), None)
            if state is not None and _AFTER_FRONTED.fullmatch(view.text, org.end, state.start):
                _post(ctx, view, state.key, org.key, None, view.start + fronted.start(), state.end)


def _state_memberships(ctx: Context, view: View) -> None:
    """States that are members of organisations, as the text states it of them now."""
    states = view.of((TG.State,))
    for i, state in enumerate(states):
        m = (
            _MEMBERSHIP_OF.match(view.text, state.end, view.end)
            or _IS_MEMBER.match(view.text, state.end, view.end)
            or _MEMBER_APPOSITION.match(view.text, state.end, view.end)
            or _NTH_STATE_OF.match(view.text, state.end, view.end)
        )
        if m is not None:
            _member_of(ctx, view, state.key, state.start, m.end())
        joined = _JOINED.match(view.text, state.end, view.end)
        body = view.after(joined.end(), ORG_CLASSES, within=4) if joined is not None else None
        if joined is not None and body is not None and _is_organisation(ctx, body, joined.group(0)):
            _member_of(ctx, view, state.key, state.start, joined.end())
        elected = _ELECTED_TO.match(view.text, state.end, view.end)
        if elected is not None and (
            "elected" in elected.group(0)
            or _ELECTS.search(view.text, max(view.start, state.start - 12), state.start)
        ):
            _member_of(ctx, view, state.key, state.start, elected.end())
        bare = _MEMBER_STATE_BARE.match(view.text, state.end, view.end)
        context_org = _context_organisation(ctx) if bare is not None else None
        if bare is not None and context_org is not None:  # "The delegation of Serbia, a member state,"
            _post(ctx, view, state.key, context_org, None, state.start, bare.end())
        plural = _ARE_MEMBERS.match(view.text, state.end, view.end)
        if plural is not None:
            listed = [state]
            for prior in reversed(states[:i]):
                if not _LIST_JOINT.match(view.text[prior.end : listed[0].start]):
                    break
                listed.insert(0, prior)
            if len(listed) > 1:
                for member in listed:
                    _member_of(ctx, view, member.key, listed[0].start, plural.end())
    _listed_members(ctx, view, states)
    _possessive_members(ctx, view, states)
    _named_member(ctx, view, states)
    _founders(ctx, view, states)
    for p in _PRONOUN_SUBJECT.finditer(view.text, view.start, view.end):
        m = _IS_MEMBER.match(view.text, p.end(), view.end)
        referred = _state_referred(ctx, view, p.start()) if m is not None else None
        if m is not None and referred is not None:
            _member_of(ctx, view, referred, p.start(), m.end())
    for org in view.of(ORG_CLASSES):
        held = _HELD.search(view.text, max(view.start, org.start - 80), org.start)
        holder = _state_referred(ctx, view, held.start()) if held is not None else None
        if held is not None and holder is not None:
            _member_of(ctx, view, holder, held.start(), org.start)


# "Paraguay created Mercosur with Argentina, Brazil and Uruguay", "ASEAN was founded in Bangkok
# in 1967 by Indonesia, Malaysia and Thailand": the founders of an organisation, its members
_FOUNDED_WITH = re.compile(
    r"\s+(?:co-?founded|founded|created|set\s+up|established)\s+(?P<org>.{2,80}?)\s+(?:together\s+)?with\s+"
)
_FOUNDED_BY = re.compile(
    r"\s+(?:was|were)\s+(?:co-?founded|founded|created|set\s+up|established)\s+[^.;:]{0,60}?\bby\s+"
)


def _founders(ctx: Context, view: View, states: list[Mention]) -> None:
    """The states that founded an intergovernmental organisation, each a member of it."""
    for state in states:
        m = _FOUNDED_WITH.match(view.text, state.end, view.end)
        org = view.after(state.end, (TG.IntergovernmentalOrganization,), within=30) if m else None
        if m is not None and org is not None and org.start >= m.start("org") and org.end == m.end("org"):
            _founding_list(ctx, view, org.key, [state], m.end())
    for org in view.of((TG.IntergovernmentalOrganization,)):
        m = _FOUNDED_BY.match(view.text, org.end, view.end)
        if m is not None:
            _founding_list(ctx, view, org.key, [], m.end())


def _founding_list(ctx: Context, view: View, org: str, founders: list[Mention], pos: int) -> None:
    """The states listed from ``pos`` on, with ``founders``, each a member of ``org`` when the
    list has two or more."""
    listed = list(founders)
    for state in view.of((TG.State,)):
        if state.start < pos:
            continue
        if not re.fullmatch(r"(?:the\s+)?", view.text[pos : state.start]):
            break
        listed.append(state)
        joint = re.match(r"(?:,\s+|,?\s+and\s+)", view.text[state.end : state.end + 8])
        if joint is None:
            break
        pos = state.end + joint.end()
    if len(listed) >= 2:
        for state in listed:
            _post(ctx, view, state.key, org, None, state.start, state.end)


def _is_organisation(ctx: Context, body: Mention, verb: str) -> bool:
    """Whether a state joining ``body`` becomes its member: an intergovernmental organisation;
    a council or commission one sits on, for "served on"; never a treaty's court one accepts."""
    if body.cls == TG.IntergovernmentalOrganization:
        return True
    return bool(re.search(r"\b(?:served|sat|sits|serves)\b", verb)) and bool(
        {"Council", "Commission"} & set(body.label.split())
    )


# "Serbia, a member state, voted against": a member of the organisation the text is about
_MEMBER_STATE_BARE = re.compile(
    r",\s+(?:a|an)\s+(?:founding\s+|full\s+)?member\s+(?:state|country)(?=\s*[,;.])", re.I
)


def _context_organisation(ctx: Context) -> str | None:
    """The one intergovernmental organisation the text names, its own organs aside (the
    Committee of Ministers is the Council of Europe's)."""
    keys = {m.key for m in ctx.mentions if m.cls == TG.IntergovernmentalOrganization}
    parents = dict(ctx.registry.linked(str(ORG.subOrganizationOf)))
    keys = {k for k in keys if parents.get(k) not in keys}
    return keys.pop() if len(keys) == 1 else None


# "Members of the OAS, A and B ...", "As members of ...", "Among the 47 member states of the
# Council of Europe, only A and B ...": the members' phrase opens the sentence, the states follow
_OPENING = re.compile(r"(?:^|\b[Aa]s\s+|^[Aa]mong\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+)?)$")


_AFTER_OPENING = re.compile(r",\s+(?:only\s+)?")


def _listed_members(ctx: Context, view: View, states: list[Mention]) -> None:
    """States listed as members after the organisation is named as having them."""
    for org in view.of(ORG_CLASSES):
        before = _MEMBERS_OF_BEFORE.search(view.text, max(view.start, org.start - 40), org.start)
        trailing = _MEMBER_STATES_AFTER.match(view.text, org.end, view.end)
        if before is None and trailing is None and not _WHOSE_MEMBERS.match(view.text[org.end : view.end]):
            continue
        after = [x for x in states if x.start > org.end]
        if not after:
            continue
        lead = view.text[org.end : after[0].start]
        if trailing is not None and before is None and after[0].start != trailing.end():
            continue
        opening = before is not None and _OPENING.search(view.text[view.start : before.start()])
        if trailing is not None and before is None:
            pass  # "Council of Europe member states: Ukraine, Spain and Hungary"
        elif not (_MEMBERS_INCLUDE.search(lead) or (opening and _AFTER_OPENING.fullmatch(lead))) or re.search(
            r"[.;:]", lead
        ):
            continue
        if _NOT_MEMBERS.search(view.text, max(view.start, org.start - 60), after[0].start):
            continue  # "states that are not members of ...", "former members"
        listed = [after[0]]
        for nxt in after[1:]:
            if not _LIST_JOINT.match(view.text[listed[-1].end : nxt.start]):
                break
            listed.append(nxt)
        start = before.start() if before else org.start
        for member in listed:
            _post(ctx, view, member.key, org.key, None, min(start, org.start), listed[-1].end)


# "was a member of the Council until 2022", "from 1996 to 2022": a membership that has ended
_PAST_MEMBER = re.compile(r"\bwas\s+(?:a\s+|an\s+)?(?:founding\s+|full\s+)?member", re.I)


_ENDED_SINCE = re.compile(
    r"\b(?:until|till|up\s+to|before|between|from\s+\d{4}\s+(?:to|until)|left|quit|withdrew|expelled)\b", re.I
)


_SHORT_BODY = re.compile(
    r"(?:the\s+)?(?P<noun>association|organi[sz]ation|union|council|community|league|bloc|alliance)\b(?!['\u2019])",
    re.I,
)


def _member_of(ctx: Context, view: View, state: str, start: int, pos: int) -> None:
    """The organisations named from ``pos`` on, joined by "or"/"and", each with the state as member."""
    past = _PAST_MEMBER.search(view.text, start, pos)
    if past is not None and _ENDED_SINCE.search(view.text, pos, view.end):
        return  # "Hungary was a member of the Council of Europe until 2022"
    if view.after(pos, ORG_CLASSES, within=4) is None:
        short = _SHORT_BODY.match(view.text, pos, view.end)  # "a member of the association since 1997"
        key = _body_named_by(ctx, short.group("noun").lower(), pos) if short else None
        if (
            short is not None
            and key is not None
            and not _ENDED_BEFORE.search(view.text, max(view.start, start - 40), start)
        ):
            _post(ctx, view, state, key, None, start, short.end())
        return
    while (org := view.after(pos, ORG_CLASSES, within=4)) is not None:
        if _ENDED_BEFORE.search(view.text, max(view.start, start - 40), start) or _ENDED_AFTER.match(
            view.text, org.end, view.end
        ):
            return  # "ended its membership of ...", "... membership of the Council was terminated"
        _post(ctx, view, state, org.key, None, start, org.end)
        joined = _NEXT_ORG.match(view.text, org.end, view.end)
        if joined is None:
            return
        following = view.after(joined.end(), ORG_CLASSES, within=4)
        if following is not None and _CLAUSE_VERB.match(view.text, following.end, view.end):
            return  # "a member of the OAS, and the Commission continues to ...": a new clause
        pos = joined.end()
