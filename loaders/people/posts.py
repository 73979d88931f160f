"""Posts people hold.

Posts come from a title before a name ("Senator Andrey Klishas") or an apposition after it
("Olga Sadovskaya, a member of ..."); a post whose organisation the text does not give is taken
from the registry only when the registry records that very post.
"""

from __future__ import annotations

import re

from loaders.extract_context import ORG_CLASSES, Context, View, opening_mention
from loaders.facts import Ref, Value
from loaders.iris import Minter
from loaders.lexicon import alternation, entries
from loaders.mentions import Mention
from loaders.people.careers import career_box_posts
from loaders.people.mandates import mandate_posts
from loaders.unlisted import OFFICE, TITLE, WORD, bench_list, demonyms, is_body_head, is_name_word
from loaders.vocabulary import ORG, RDF, SKOS, TG

__all__ = ["extract_posts"]


_HONORIFICS = {"dr", "mr", "mrs", "ms", "prof", "professor"}


# "Norway's Foreign Minister", "Ghanaian President", "Senator": the post a title before a name
# gives; the owner's possessive names its organisation, a nationality adjective does not.
_TITLE_BEFORE = re.compile(
    rf"(?:(?P<owner>{WORD})'s\s+|(?P<adj>{alternation(demonyms())})\s+)?"
    # "Under President X" is a time, not an under-president: "under" opens a title only with a
    # hyphen ("Under-Secretary-General"; "Under Secretary" is a title of its own)
    rf"(?P<qual>(?:(?!(?i:under)\s)(?i:{alternation([q.rstrip('-') for q in entries('title_qualifiers')])})"
    r"[\s-]+)*)"
    rf"(?P<title>{OFFICE})\s+$"
)


# "Former President X", "then-Minister X": a post no longer held
_PAST = re.compile(r"\b(?:former|formerly|then|ex|late)\b", re.I)


_ROLE_NOUNS = (
    r"minister|ombudsman|spokes(?:person|man|woman)|special rapporteur(?: on [a-z]+)?|rapporteur|"
    r"director|president|chair(?:man|woman)?|senator|ambassador|member|founder|editor|publisher|"
    r"head|commissioner|managing director|lawyer|researcher|coordinator|adviser|advisor|campaigner|"
    r"(?:executive |deputy |general )?secretary"
)


# A post as an apposition names it: any title or role word ("chairperson", "justice minister",
# "under secretary of state"), after qualifiers ("deputy", "acting", "then-").
_QUALIFIERS = alternation([q.rstrip("-") for q in entries("title_qualifiers")])


_ROLE = (
    rf"(?:(?:{_QUALIFIERS})[\s-]+)*(?:{OFFICE}|{alternation(entries('roles'))})(?![\w-])"
    r"(?:(?<=rapporteur)\s+on\s+[a-z]+(?:\s+[a-z]+)?(?=[,.;]))?"  # "special rapporteur on torture"
)


# (never a role of something: "director of the Women's Justice Forum" names no owner "director of
# the Women")
_OWNER = r"(?P<owner>(?!(?:(?-i:[a-z])[\w-]*\s+)+of\s)[\w-]+(?:\s+[\w-]+){0,4}?)['\u2019]s\s+"


# "the network's legal adviser", "its chief economist": after an owner, one word may qualify
# the role and is part of it (never "own", "new": "the group's own lawyer" is just its lawyer)
# (nor a word that praises the holder: "a key member", "a prominent lawyer" hold no post of that name)
_MODIFIER = (
    r"(?:(?!(?:own|new|former|then|now|and|or|first|only|top|key|prominent|active|veteran|leading|"
    r"respected|young|outspoken|vocal|influential|longtime|well)\b)[a-z]{3,}\s+)?"
)


# ("a law lecturer at", "a legal officer with": after "a", one word may qualify the role too)
_APPOSITION = re.compile(
    rf",\s+(?:(?:(?P<art>a|an)|the|then|now|currently|formerly)\s+)?(?:(?P<pron>its|their)\s+|{_OWNER})?"
    rf"(?:(?:senior|leading|longtime|long-time|former)\s+)?"
    rf"(?P<role>(?(owner){_MODIFIER}|(?(pron){_MODIFIER}|(?(art){_MODIFIER}|))){_ROLE})",
    re.I,
)


_BEFORE_COMMA = re.compile(
    rf"(?:(?<![\w-])(?P<pron>its|their)\s+|(?<![\w-]){_OWNER}|(?<![\w-])[Tt]he\s+(?P<adj>{alternation(demonyms())})\s+)"
    rf"(?:(?:senior|former)\s+)?(?P<role>{_ROLE})"
    r"(?:\s+(?:to|at|in|on)\s+(?:the\s+)?[^,;:.\"\u201c]{2,60}?)?"  # "ambassador to the UN"
    rf",\s+(?:{OFFICE}\s+)?$",
    re.I,
)


# "president of the court", "ambassador to the United Nations": what the post is in
_OF_ORG = re.compile(
    r"(?:\s+(?:in|of)\s+(?:[a-z]+\s+){0,2}(?:law|rights|studies|science|relations|history|affairs|economics)(?=\s+at\s))?"
    r"\s+(?:of|for|at|to|in|with)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w'-]*-based\s+)?(?:(?:[\w-]+\s+){0,4}?"
    r"(?:organi[sz]ation|group|network|association|NGO|coalition|charity|foundation|body)\s+)?$",
    re.I,
)


_ROLES = rf"(?P<roles>(?:(?:{_ROLE_NOUNS})(?:\s+and\s+)?)+)\s+of\s+"


_IS_ROLE = re.compile(rf"\s+is\s+(?:the|a|an)\s+{_ROLES}", re.I)


_AND_ROLE = re.compile(rf",?\s+and\s+(?:the|a|an)\s+{_ROLES}", re.I)


# "X is the executive director of the institute", "X was elected president of the court in
# 2021", "X has been appointed the agency's spokeswoman": a post the verb gives, now or since
_BECAME_ROLE = re.compile(
    # "X, the Uruguayan judge, becomes president of the Court": a short apposition may stand
    # between the name and the verb
    r"(?:,\s+(?:the|a|an)\s+[a-zA-Z' -]{2,40},)?"
    r"(?:,\s+who)?\s+(?:(?:is|has\s+been|was|had\s+been)\s+(?:(?:re-?)?elected|appointed|named|sworn\s+in)|"
    r"becomes|became|will\s+become|has\s+become)\s+"
    rf"(?:as\s+)?(?:(?:the|a|an)\s+)?(?P<role>{_ROLE})\s+(?:of|at|to)\s+",
    re.I,
)


# "the judges elected Ana Costa president of the court", "appointed Ana Costa as registrar of
# the tribunal": the verb before the name, the post and its body after it
_ELECTED_BEFORE = re.compile(r"(?<![\w-])(?:(?:re-?)?elected|appointed|named)\s+$")


_ELECTED_AFTER = re.compile(rf"\s+(?:as\s+)?(?:(?:the|a|an)\s+)?(?P<role>{_ROLE})\s+(?:of|at|to)\s+", re.I)


# "Ana Costa (director of the Lisbon Rights Institute)": a post in parentheses after the name
_PARENTHESIS_POST = re.compile(
    rf"\s+\((?:(?:the|a|an)\s+)?(?P<role>{_MODIFIER}{_ROLE})\s+(?:of|at|with|for|to)\s+(?:the\s+)?", re.I
)


_IS_POST = re.compile(
    rf"\s+(?:is|remains|(?P<was>was))\s+(?:(?:the|a|an)\s+)?(?(was)(?:first\s+|last\s+|founding\s+)?)"
    rf"(?P<role>{_ROLE})\s+(?:of|at|with|for)\s+",
    re.I,
)


# "the Council of Europe, of which Georgia is a member": a relative clause naming a member
_OF_WHICH = re.compile(r",\s+(?:of|in)\s+which\s+(?:the\s+)?$", re.I)


_IS_A_MEMBER = re.compile(r"\s+(?:is|was|remains|has\s+been)\s+(?:a|an)\s+(?:founding\s+|full\s+)?member\b")


# "X, policy officer at Y", "X, legal adviser to the ministry": a role with a modifier, no article
_MODIFIED_ROLE = re.compile(
    rf",\s+(?P<pron>(?!))?(?P<owner>(?!))?(?P<role>(?!(?:and|or|who|which|but|as|then|now|a|an|the)\s)"
    rf"(?:[a-z]+|[A-Z][a-z]+(?=\s+[a-z]))\s+{_ROLE})(?=\s+(?:of|at|with|for|to)\s)",
)


def _apposition(view: View, person: Mention) -> re.Match[str] | None:
    """The apposition after or before a person's name that gives a post, if one does."""
    m = _APPOSITION.match(view.text, person.end, view.end)
    return (
        m
        or _BEFORE_COMMA.search(view.text, view.start, person.start)
        or _MODIFIED_ROLE.match(view.text, person.end, view.end)
    )


def _appositive_role(view: View, person: Mention) -> tuple[str, int, int] | None:
    """The role an apposition gives a person: (role words, start, end) or None."""
    m = _apposition(view, person)
    if m is None:
        return None
    role = re.sub(r"\s+", " ", m.group("role"))
    return role, m.start("role"), m.end("role")


# "the committee, chaired by Ana Ruiz,", "It is presided over by Judge Kwon": who leads the body
_LED_BY = re.compile(
    r"\b(?P<verb>chaired|headed|led|presided\s+over)\s+by\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}$"
)


_LEADER = {"chaired": "chair", "headed": "head", "led": "head", "presided over": "president"}


_IT_IS = re.compile(r"\s*It\s+(?:is|was|has\s+been)\s+$")


def _led_by(ctx: Context, view: View, person: Mention) -> None:
    """The post of the person a body is "chaired by", "headed by" or "presided over by": the body
    right before (", chaired by") or, after "It is", the body opening the sentence before."""
    lead = view.text[view.start : person.start]
    m = _LED_BY.search(lead)
    if m is None:
        return
    at = view.start + m.start()
    body = view.before(at, ORG_CLASSES, within=3)
    if body is None and _IT_IS.fullmatch(view.text, view.start, at):
        index = view.sentence.index - 1
        if index >= 0:
            before = ctx.document.sentences[index]
            first = next((x for x in ctx.mentions if before.start <= x.start < before.end), None)
            if first is not None and first.cls in ORG_CLASSES and first.cls != TG.MediaOutlet:
                body = first
    if body is None and m.group("verb") != "led":
        # "The Court sat as a Grand Chamber of seventeen judges, presided over by X": the body
        # opening the sentence, with no other body or state named before the verb
        named = [x for x in view.of((TG.State, *ORG_CLASSES)) if x.end <= at]
        if (
            len(named) == 1
            and named[0].cls in ORG_CLASSES
            and re.fullmatch(r"\s*(?:[Tt]he\s+)?", view.text[view.start : named[0].start])
        ):
            body = named[0]
    if body is not None:
        role = _LEADER[re.sub(r"\s+", " ", m.group("verb"))]
        _post(ctx, view, person.key, body.key, role, at, person.end)


# "our Permanent Representative", "its chair": the possessive says whose post, not what post
_POSSESSIVE = re.compile(r"(?i)\A(?:our|their|its|his|her|my|your)\s+(?=\S)")


def _post(ctx: Context, view: View, member: str, org: str, role: str | None, start: int, end: int) -> None:
    role = _POSSESSIVE.sub("", role) if role else role
    role_key = ctx.role_key(role) if role else None
    key = Minter.membership(member, org, role_key)
    label = f"{ctx.name(member)}, " + (f"{role} of " if role else "member of ") + ctx.name(org)
    ctx.node(key, ORG.Membership, label, view, start, end)
    ctx.claim(key, ORG.member, member, view, start, end, attribute=False)
    ctx.claim(key, ORG.organization, org, view, start, end, attribute=False)
    if role_key and role:
        ctx.claim(key, ORG.role, role_key, view, start, end, attribute=False)
        if not ctx.registry.has(role_key) and role_key not in ctx.labelled:
            ctx.labelled.add(role_key)
            ctx.claim(role_key, SKOS.prefLabel, Value(role.lower()), view, start, end, attribute=False)
            ctx.claim(role_key, RDF.type, ORG.Role, view, start, end, attribute=False)


def _owner(ctx: Context, view: View, name: str | None, near: int) -> str | None:
    """The state or organisation a possessive names ("Ukraine's", "the UN's"), or refers back
    to by its head noun ("the network's chair")."""
    if not name:
        return None
    m = next((x for x in view.mentions if x.text.startswith(name) and abs(x.start - near) < 40), None)
    if m is None and name.lower() in ("country", "nation", "state", "government"):
        return _state_referred(ctx, view, near)  # "the country's president"
    if m is None:  # "the network's chair", "the Network's secretary"
        return _body_named_by(ctx, name.lower(), near)
    return m.key if m.cls in (TG.State, *ORG_CLASSES) else None


def _body_named_by(ctx: Context, noun: str, pos: int) -> str | None:
    """The organisation "the network", "the association" refers to: the document's issuer when
    its name holds that noun (a release speaks of itself so), else the one body named earlier
    with the noun in its name; None when two different ones are."""
    publisher = ctx.document.metadata.publisher
    if publisher and noun in publisher.lower().split():
        return Minter().entity("org", publisher).key
    keys = {
        m.key
        for m in ctx.mentions
        if m.cls in ORG_CLASSES and m.start < pos and noun in m.label.lower().split()
    }
    if not keys and noun in _NGO_NOUNS:
        # "Gulf Detention Monitor, a rights group ... a legal officer with the group": the one
        # non-governmental organisation named before
        keys = {m.key for m in ctx.mentions if m.cls in (TG.NGO, TG.Organization) and m.start < pos}
    return keys.pop() if len(keys) == 1 else None


_NGO_NOUNS = frozenset({"group", "organisation", "organization", "charity", "ngo"})


# Offices of a state: "President X" with no owner named holds the post in the state the
# article is about. Posts in bodies ("Director", "Judge", "Chair") need their body named.
_STATE_OFFICE = re.compile(
    r"^(?:(?:acting|interim|former|deputy|first|under|assistant)\s+)*"
    r"(?:president(?: of the republic)?|vice[- ]president|prime minister|premier|"
    r"chancellor|king|queen|emir|sultan|head of state|(?:[\w' ]+\s)?minister(?:\s+(?:of|for)\b.*)?|"
    r"attorney[- ]general|solicitor[- ]general|secretary of state|foreign secretary|home secretary|"
    r"justice secretary|prosecutor[- ]general)$",
    re.I,
)


# A text that speaks of a federation's parts: its "Premier" may head one of them
_FEDERATED = re.compile(
    r"(?<![\w-])(?:[Ff]ederal|[Pp]rovinc(?:e|es|ial)|[Ss]tate\s+(?:government|law|parliament|premier)|"
    r"(?<=[a-z,;] )(?:the|a|this|that|each|every)\s+State(?!\s+(?:of|Party|Parties)\b))"
)


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|yet)\s")
# a state that opens the sentence as its setting ("In the Central African Republic, ...")
_SETTING = re.compile(r"\s*(?:In|Across|Within)\s+(?:the\s+)?")


def _demonym_state(ctx: Context, adjective: str | None) -> str | None:
    """The state a nationality adjective stands for ("Armenian President"), if only one."""
    states = ctx.registry.demonyms.get(adjective, ()) if adjective else ()
    return states[0] if len(states) == 1 else None


def _home_state(ctx: Context, view: View, title_start: int, role: str) -> str | None:
    """The state a title of state office with no owner refers to: the state the document is
    about, when one state clearly dominates its mentions. Not after a capitalised word that
    names something else ("Court President X", "Commission Vice-President X")."""
    if not _STATE_OFFICE.match(role):
        return None
    if _canonical(role).endswith("premier") and _FEDERATED.search(ctx.text):
        return None  # in a federation a premier heads a state or province, not the country
    before = re.search(r"(\S+)\s*$", view.text[view.start : title_start])
    if before is not None and is_body_head(before.group(1)):
        return None  # "Court President X" opening a sentence: the court's, not the state's
    # "Two days before Christmas, President X": a word ending a phrase before it is no owner
    if (
        before is not None
        and is_name_word(before.group(1))
        and before.start() > 0
        and before.group(1)[-1].isalnum()
    ):
        return None
    # a state in another clause ("sent by Australia ..., and the government of President X")
    # is not the one whose office the title is
    named = {
        m.key
        for m in view.of((TG.State,))
        if m.end <= title_start
        and (
            not _CLAUSE_BREAK.search(view.text, m.end, title_start)
            or _SETTING.fullmatch(view.text, view.start, m.start)  # "In Chad, ..., and President X"
        )
    }
    if len(named) == 1:  # "In the Central African Republic, ... President X promulgated the law"
        return named.pop()
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.cls == TG.State:
            counts[m.key] = counts.get(m.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    # "Chile, which led the talks, has not signed it. President X's government said ...": another
    # state opening the sentence just before may be the one whose office it is; the title is then
    # no one's for sure
    if view.sentence.index > 0 and view.text[view.start : title_start].strip() == "":
        previous = ctx.document.sentences[view.sentence.index - 1]
        first = opening_mention(ctx.text, ctx.mentions, previous.start, previous.end)
        if (
            first is not None
            and first.cls == TG.State
            and first.key != ranked[0][0]
            and "\n\n" not in ctx.text[previous.end : title_start]  # the same paragraph
        ):
            return None
    return ranked[0][0]


_INTERNATIONAL_OFFICE = re.compile(
    r"^(?:(?:deputy|assistant|under)[- ])?(?:secretary[- ]general|director[- ]general|high commissioner)$",
    re.I,
)


def _international_office(ctx: Context, role: str) -> str | None:
    """ "Secretary-General Kofi Annan": the office of the one intergovernmental organisation
    the document names."""
    if not _INTERNATIONAL_OFFICE.match(_canonical(role)):
        return None
    keys = {m.key for m in ctx.mentions if m.cls == TG.IntergovernmentalOrganization}
    return keys.pop() if len(keys) == 1 else None


def _name_earlier(ctx: Context, view: View, noun: str, start: int, end: int) -> str | None:
    """The body "the Monitor" refers to when no rule took its full name as a body: the one
    capitalised name ending in that word earlier in the text (a masthead, a byline)."""
    if any(x.cls in ORG_CLASSES and x.start < start and noun in x.label.split() for x in ctx.mentions):
        return None  # bodies named so are known, and more than one
    names = {
        re.sub(r"^(?:The|A|An|This|That|Our)\s+", "", m.group(0))
        # a name stays on its line: a headline's last words and a dateline under it are two
        for m in re.finditer(
            rf"(?<![\w'-])(?:{WORD}[^\S\n]+){{1,5}}{re.escape(noun)}(?![\w-])", ctx.text[:start]
        )
    }
    if len(names) != 1 or len(next(iter(names)).split()) < 2:
        return None
    name = names.pop()
    key = Minter().entity("org", name).key
    if key not in ctx.labelled and not ctx.registry.has(key):
        ctx.labelled.add(key)
        ctx.claim(key, RDF.type, TG.Organization, view, start, end, attribute=False)
        ctx.claim(key, SKOS.prefLabel, Value(name), view, start, end, attribute=False)
    return key


# "the UN High Commissioner for Human Rights, Louise Arbour,", "The Minister of Foreign Affairs,
# Ana Lopes,": a capitalised office with "the" and a comma before the name
_THE_OFFICE = re.compile(
    r"\b[Tt]he\s+(?:(?:then|former|outgoing|current|present)\s+)?(?:(?:UN|United\s+Nations)\s+)?(?P<role>[A-Z][\w'-]*(?:\s+(?:for|of|on|and|the|[A-Z][\w'-]*)){0,8}),\s+"
    rf"(?:{TITLE}\.?\s+)?$"
)


# "The justice minister, Ngosa Simbyakula,": an office of state in lower case
_THE_STATE_OFFICE = re.compile(
    r"\b[Tt]he\s+(?P<role>(?:[a-z][\w'-]*\s+){0,3}?"
    r"(?:minister|president|prime\s+minister|attorney[- ]general)),\s+$"
)


def _the_office(ctx: Context, view: View, person: Mention) -> None:
    """The post of a person introduced by the office they hold, with no owner in the words: the
    registry's "Office of the ..." for an international office, else the state the document is
    about for an office of state."""
    m = _THE_OFFICE.search(view.text, max(view.start, person.start - 90), person.start)
    if m is None or not re.search(rf"\b{OFFICE}\b", m.group("role")):
        m = _THE_STATE_OFFICE.search(view.text, max(view.start, person.start - 60), person.start)
        if m is None or not _STATE_OFFICE.match(m.group("role")):
            return
        state = _home_state(ctx, view, m.start("role"), _canonical(m.group("role")))
        if state is not None:  # "The justice minister, Ngosa Simbyakula, says"
            _post(ctx, view, person.key, state, _canonical(m.group("role")), m.start(), person.end)
        return
    role = m.group("role")
    if any(
        x.cls in (*ORG_CLASSES, TG.State) and m.start("role") <= x.start < m.end("role")
        for x in view.mentions
    ):
        return  # "the Senate President": another rule reads the body named in the title
    chamber = re.fullmatch(r"((?:deputy\s+)?speaker)(?:\s+of\s+parliament)?", _canonical(role))
    org = (
        _one_chamber(ctx, m.start())
        if chamber is not None
        else _office_of(ctx, role)
        or _home_state(ctx, view, m.start("role"), _canonical(role))
        or _office_mentioned(ctx, role)  # "The High Commissioner, X,": the office the text names
        or (None if "commissioner" in role.lower() else _international_office(ctx, role))
    )
    if org is not None:
        _post(ctx, view, person.key, org, _canonical(role), m.start(), person.end)


# "The chairman, Joseph Biden of Delaware,", "the registrar, Ana Sow,": a post that exists in
# one kind of body only, with no owner in the words: the one such body the text names before
_THE_POST = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<role>(?:deputy\s+|vice[- ])?(?:chair(?:man|woman|person)?|ranking\s+member|"
    rf"registrar|prosecutor)),\s+(?:{TITLE}\.?\s+)?$"
)


def _the_post(ctx: Context, view: View, person: Mention) -> None:
    m = _THE_POST.search(view.text, max(view.start, person.start - 40), person.start)
    if m is None:
        return
    role = _canonical(re.sub(r"\s+", " ", m.group("role")))
    bare = re.sub(r"^(?:deputy|vice-|vice) ?", "", role)
    org = _implicit_body(ctx, view, bare, m.start())
    if org is None and _COMMITTEE_POSTS.match(bare):
        # the one committee named in this paragraph or the one before ("the Senate Foreign
        # Relations Committee voted ... <new paragraph> The chairman, X, ...")
        text = ctx.document.text
        here = text.rfind("\n\n", 0, m.start())
        before = text.rfind("\n\n", 0, here) if here > 0 else -1
        since = before + 2 if before >= 0 else 0
        keys = {
            x.key
            for x in ctx.mentions
            if x.cls in ORG_CLASSES and "Committee" in x.label.split() and since <= x.start < m.start()
        }
        org = keys.pop() if len(keys) == 1 else None
    if org is not None:
        _post(ctx, view, person.key, org, role, m.start(), person.end)


def _office_mentioned(ctx: Context, role: str) -> str | None:
    """The one body named "Office of the ... <role>" the document mentions: "the High
    Commissioner" in a text that names the Office of the High Commissioner for Human Rights."""
    title = _canonical(role)
    if not re.search(r"\bcommissioner\b", title):
        return None
    keys = {
        m.key
        for m in ctx.mentions
        if m.cls in ORG_CLASSES
        and re.match(rf"office of the (?:.* )?{re.escape(title)}\b", ctx.name(m.key).lower())
    }
    return keys.pop() if len(keys) == 1 else None


def _office_of(ctx: Context, role: str) -> str | None:
    """The registry's "Office of the <role>" for a titled office holder ("High Commissioner for
    Human Rights" -> the Office of the United Nations High Commissioner for Human Rights)."""
    words = re.sub(r"^(?:the\s+)?(?:UN|United\s+Nations)\s+", "", role, flags=re.I).lower().split()
    if len(words) < 3:
        return None
    title = " ".join(words)
    found = {
        e.key
        for e in ctx.registry.entries.values()
        if e.cls in ORG_CLASSES
        and any(
            re.fullmatch(rf"office of the (?:united nations |un )?{re.escape(title)}", name.lower())
            for name in (e.label, *e.aliases)
        )
    }
    return found.pop() if len(found) == 1 else None


def _one_igo(ctx: Context) -> str | None:
    keys = {m.key for m in ctx.mentions if m.cls == TG.IntergovernmentalOrganization}
    return keys.pop() if len(keys) == 1 else None


def _registry_post(ctx: Context, person: str, role: str) -> str | None:
    role_key = ctx.role_key(role)
    for office in ctx.registry.offices_of(person):
        if office.role == role_key:
            return office.organization
    return None


# "the secretary general of the Council of Europe, Alain Berset,": the post, its body, the name
_ROLE_OF = re.compile(rf"(?<![\w-])(?:the|a|an)\s+(?P<role>{_ROLE})\s+(?:of|at|to)\s+(?:the\s+)?$", re.I)


_COMMA_TITLE = re.compile(rf",\s+(?:{TITLE}\.?\s+)?")


# "Secretary General of the Council of Europe": an office the registry names as a body
_OFFICE_NAME = re.compile(rf"(?P<role>{_ROLE})\s+of\s+", re.I)


def _role_of_before(ctx: Context, view: View, person: Mention) -> None:
    body = next(
        (
            x
            for x in reversed(view.mentions)
            if x.end <= person.start and _COMMA_TITLE.fullmatch(view.text, x.end, person.start)
        ),
        None,
    )
    if body is None or body.cls not in (TG.State, *ORG_CLASSES):
        return
    office = _OFFICE_NAME.match(body.text)
    if office is not None and re.search(
        r"(?<![\w-])[Tt]he\s+$", view.text[max(view.start, body.start - 4) : body.start]
    ):
        role = _canonical(re.sub(r"\s+", " ", office.group("role")))
        _post(ctx, view, person.key, body.key, role, body.start, person.end)  # the office's holder
        return
    m = _ROLE_OF.search(view.text, max(view.start, body.start - 80), body.start)
    if m is not None and not re.search(r"\blate\b", m.group(0), re.I):
        # "the former president of the court, X,": a post held before is a post the body named
        _post(
            ctx,
            view,
            person.key,
            body.key,
            _canonical(_PAST_WORDS.sub("", re.sub(r"\s+", " ", m.group("role")))),
            m.start(),
            person.end,
        )


def _body_before(view: View, start: int, title: re.Match[str]) -> str | None:
    """ "Council of Europe Secretary General Alain Berset": the body named right before a title."""
    if title.group("owner") or title.group("adj"):
        return None
    x = next((x for x in view.mentions if x.end == start - 1 and view.text[x.end] == " "), None)
    return x.key if x is not None and x.cls in ORG_CLASSES and x.cls != TG.MediaOutlet else None


def _head_noun_before(ctx: Context, view: View, start: int) -> str | None:
    """ "Court President X", "Committee Chair Y": a body's head noun right before the title
    refers back to the one body named earlier with that noun in its name."""
    m = re.search(r"(?<![\w'-])([A-Z][a-z]+)\s+$", view.text[view.start : start])
    if m is None or not is_body_head(m.group(1)):
        return None
    return _body_named_by(ctx, m.group(1).lower(), start)


# "Committee member Amal Aldoseri", "Court registrar Ana Sow": a body's head noun and a role in
# lower case before the name
_BODY_ROLE_BEFORE = re.compile(
    r"(?<![\w'-])(?P<noun>[A-Z][a-z]+)\s+(?P<role>member|rapporteur|expert|registrar|spokes(?:person|man|woman))\s+$"
)


def _body_role_before(ctx: Context, view: View, person: Mention) -> None:
    """The post "Committee member X" gives: in the one body named before with that head noun."""
    m = _BODY_ROLE_BEFORE.search(view.text, max(view.start, person.start - 40), person.start)
    if m is None or not is_body_head(m.group("noun")):
        return
    org = _body_named_by(ctx, m.group("noun").lower(), m.start())
    if org is not None:
        _post(ctx, view, person.key, org, m.group("role"), m.start(), person.end)


def _state_after(view: View, person: Mention, role: str) -> str | None:
    """ "Acting Foreign Minister Lena Brandt of Sweden": the state named right after the name,
    for an office of state ("Justice Ana Silva of Ghana" is a judge from Ghana, not Ghana's)."""
    if not _STATE_OFFICE.match(_canonical(role)):
        return None
    m = re.match(r"\s+of\s+(?:the\s+)?", view.text[person.end : person.end + 12])
    x = view.after(person.end + m.end(), (TG.State,), within=0) if m else None
    return x.key if x is not None else None


def _chamber_of(ctx: Context, view: View, role: str) -> str | None:
    """ "Senator X": the one senate the document names, by its full name or as "the Senate" of
    the one state named before it."""
    if _canonical(role) != "senator":
        return None
    keys = {m.key for m in ctx.mentions if m.cls in ORG_CLASSES and "Senate" in m.label.split()}
    if keys:
        return keys.pop() if len(keys) == 1 else None
    m = re.search(r"(?<![\w-])the Senate(?![\w-])", ctx.text)
    if m is None:
        return None
    # every state's senate is its own body: the one state the text named before "the Senate";
    # where a headline names the Senate before any state, the one state the whole text names
    states = {s.key for s in ctx.mentions if s.cls == TG.State and s.end <= m.start()}
    if not states:
        states = {s.key for s in ctx.mentions if s.cls == TG.State}
    if len(states) != 1:
        return None
    return ctx.chamber("Senate", states.pop(), view, view.start, view.end)


# "spokesperson for the Secretary-General": the office of the one intergovernmental body named
_FOR_SECRETARY_GENERAL = re.compile(r"\s+(?:for|of|to)\s+the\s+Secretary[- ]General\b")


# "a researcher with the Monitor": a body by the last word of its name
# "spokesperson for the Assembly's secretariat": the body whose unit it is
_WITH_THE = re.compile(
    r"\s+(?:of|at|with|for|in)\s+the\s+(?P<noun>[A-Z][a-z]+|network|group|coalition|association|"
    r"alliance|foundation|centre|center|institute|campaign|federation|union|clinic|society|conference|"
    r"committee|commission|council|assembly|secretariat|ministry|court|tribunal|board|panel|forum|agency)"
    # a capital after a line break opens the next line (a heading under a credit), not the name;
    # "the Lima-based group": a place, not the body
    r"\b(?![ \t]+[A-Z]|-)"
    r"(?:['\u2019]s\s+(?:secretariat|office|press\s+office|registry|bureau)\b)?(?!['\u2019])"
)


# "Mary Robinson, a former UN High Commissioner for Human Rights,": an office named after the
# organisation it belongs to, in an apposition after the name
_OFFICE_APPOSITION = re.compile(
    r",\s+(?:(?:a|the)\s+)?(?:(?:former|then|now)[\s-]+)?(?P<role>(?:UN|United\s+Nations)\s+[A-Z][\w'-]*"
    r"(?:\s+(?:for|of|on|and|the|[A-Z][\w'-]*)){1,8}?)(?=\s*[,;.)]|\s+(?:said|says|who|from|since|until)\b)"
)


# "José Insulza, the OAS Secretary General,": a body's name, then the office, after the name
_BODY_OFFICE = re.compile(
    rf"\s+(?P<role>(?:(?:{_QUALIFIERS})[\s-]+)*{OFFICE})(?=\s*[,;.]|\s+(?:said|says|who)\b)"
)


# (never after "of": "Court of Justice", "Ministry of Justice" are bodies, not a justice's office)
_OFFICE_TAIL = re.compile(
    rf"(?<=\s)(?<!\bof\s)(?P<role>(?:(?:{_QUALIFIERS})[\s-]+)*{OFFICE}(?:\s+(?:for|on)(?:\s+[A-Z][\w'-]*|\s+and){{1,4}})?)$"
)


# "Secretary-General of the League of Arab States": an office the registry names as a body,
# the office opening its name
_OFFICE_HEAD = re.compile(rf"(?P<role>(?:(?:{_QUALIFIERS})[\s-]+)*{OFFICE})\s+of\s+")


def _office_role(body: Mention) -> str | None:
    """The office a body of the registry's is, when its name is an office: "Council of Europe
    Commissioner for Human Rights" (the office after the owner's name) or "Secretary-General of
    the United Nations" (the office, then "of" and the owner)."""
    head = _OFFICE_HEAD.match(body.text)
    tail = _OFFICE_TAIL.search(body.text)
    m = head if head is not None and head.start() == 0 else tail
    return _canonical(re.sub(r"\s+", " ", m.group("role"))) if m is not None else None


def _body_office_apposition(ctx: Context, view: View, person: Mention) -> None:
    """The post "X, the OAS Secretary General," gives: the body named right before the office."""
    lead = re.match(r",\s+(?:the\s+)?", view.text[person.end : person.end + 8])
    body = view.after(person.end + lead.end(), ORG_CLASSES, within=0) if lead else None
    if body is None or body.cls == TG.MediaOutlet:
        return
    if _PAST.search(view.text[person.end : body.start]):
        return
    office = _office_role(body)
    closes = re.match(r"\s*[,;.]|\s+(?:said|says|who)\b", view.text[body.end : body.end + 8])
    if office is not None and closes:
        # "X, the OAS Secretary General,": the registry names the office itself as a body
        _post(ctx, view, person.key, body.key, office, person.start, body.end)
        return
    m = _BODY_OFFICE.match(view.text, body.end, view.end)
    if m is not None:
        _post(
            ctx,
            view,
            person.key,
            body.key,
            _canonical(re.sub(r"\s+", " ", m.group("role"))),
            person.start,
            m.end(),
        )


# words before an office that make the name after it another post's holder, or a past one's
_NOT_THE_HOLDER = re.compile(r"\b(?:former|formerly|then|ex|late|deputy|assistant|vice|under)[\s-]*$", re.I)
# what may follow a name in apposition to the office before it
_APPOSITION_CLOSES = re.compile(r"\s*[,;.)]|\s*$|\s+(?:said|says|who|has|had|was|is)\b")


def _office_then_name(ctx: Context, view: View, person: Mention) -> None:
    """The post "the UN Secretary-General, Kofi Annan," gives: an office the registry names as a
    body, with the name in apposition after it."""
    office = next(
        (
            m
            for m in view.of(ORG_CLASSES)
            if m.end <= person.start and re.fullmatch(r",\s+", view.text[m.end : person.start])
        ),
        None,
    )
    if office is None or office.via == "hidden" or office.cls == TG.MediaOutlet:
        return  # "the Secretary General": whose, the words alone do not say
    if not _APPOSITION_CLOSES.match(view.text, person.end, view.end):
        return
    if _NOT_THE_HOLDER.search(view.text, max(view.start, office.start - 12), office.start):
        return  # "the then Secretary-General, X", "the Deputy Secretary General of ..., X"
    role = _office_role(office)
    if role is not None:
        _post(ctx, view, person.key, office.key, role, office.start, person.end)


# "X is a lawyer in Lusaka and a member of the Forum": a second post after "and", with its body
_IS_AND_MEMBER = re.compile(
    rf"\s+is\s+(?:a|an|the)\s+[^,.;:]{{1,60}}?\s+and\s+(?:a|an|the)\s+(?P<role>{_ROLE})\s+(?:of|at|with)\s+",
    re.I,
)


def _is_and_member(ctx: Context, view: View, person: Mention) -> None:
    m = _IS_AND_MEMBER.match(view.text, person.end, view.end)
    org = view.after(m.end(), ORG_CLASSES, within=4) if m else None
    if m is not None and org is not None and org.cls != TG.MediaOutlet:
        if re.match(r"['\u2019]s\b", view.text[org.end : org.end + 2]):
            return  # "a member of the Network's board": the board's
        _post(
            ctx,
            view,
            person.key,
            org.key,
            _canonical(re.sub(r"\s+", " ", m.group("role"))),
            person.start,
            org.end,
        )


def _office_apposition(ctx: Context, view: View, person: Mention) -> None:
    """The post an office of the registry's ("Office of the UN High Commissioner for Human
    Rights") gives the person an apposition names as holding it, now or before."""
    m = _OFFICE_APPOSITION.match(view.text, person.end, view.end)
    org = _office_of(ctx, m.group("role")) if m is not None else None
    if m is not None and org is not None:
        role = re.sub(r"^(?:UN|United\s+Nations)\s+", "", re.sub(r"\s+", " ", m.group("role")))
        _post(ctx, view, person.key, org, _canonical(role), person.start, m.end())


def _appositive_post(ctx: Context, view: View, person: Mention) -> None:
    """ "Ana Silva, the Forum's chairperson", "Poland's justice minister, X,", "Its president,
    X,", "X, president of the court": the organisation is the owner the possessive names, else
    the body right after "of"/"at"/"to", else the registry's record of the post, else (for an
    office of state) the state the article is about. A name may have a post on each side
    ("Mexico's ambassador, X, its first president")."""
    first = _apposition(view, person)
    if first is None:
        return
    _apposed_post(ctx, view, person, first)
    before = _BEFORE_COMMA.search(view.text, view.start, person.start)
    if before is not None and before is not first and before.start() != first.start():
        _apposed_post(ctx, view, person, before)


# Head nouns of bodies: "the assembly's president" is the assembly's, never the state's, even
# where the text does not say which assembly
_BODY_NOUN = re.compile(
    r"(?i:assembly|parliament|senate|chamber|house|legislature|congress|committee|commission|"
    r"council|court|tribunal|body|board|panel|bank|network|association|forum|group|league|"
    r"union|alliance|coalition|party|foundation|institute|centre|center|university|organi[sz]ation)"
)


def _apposed_post(ctx: Context, view: View, person: Mention, m: re.Match[str]) -> None:
    """The post one apposition gives ``person``."""
    role = re.sub(r"\s+", " ", m.group("role"))
    rs, re_ = m.start("role"), m.end("role")
    if re_ > person.end and _next_holder(view, re_):
        return  # "its President, X, its Vice-President, Y": the second title is Y's
    org = None
    if m.group("pron"):
        org = _pronoun_owner(ctx, view, m.start("pron"), role)
        if org is None:
            return  # "its president": whose, the words do not settle
    elif m.group("owner") and re.match(r",\s+an?\s", m.group(0), re.I):
        # "X, a children's rights lawyer at ...": after "a" the possessive classifies the role
        role = view.text[m.start("owner") : re_]
    elif m.group("owner"):
        org = _owner_at(view, m.end("owner")) or _owner(ctx, view, m.group("owner").split()[-1], rs)
        if org is None and _BODY_NOUN.fullmatch(m.group("owner").split()[-1]):
            return  # "the assembly's president, X": a body the text does not name, not the state
    elif m.groupdict().get("adj"):  # "the Kenyan president, X": a post held for that state only
        org = _demonym_state(ctx, m.group("adj")) if _SERVES_STATE.match(_canonical(role)) else None
        if org is None:
            return
    if org is None and not m.group("owner") and not m.group("pron") and re_ <= person.start:
        # "the High Commissioner for Human Rights, Mary Robinson": an office the registry lists
        # as "Office of the ..."; "the Minister of Foreign Affairs, X": the state's own office
        org = _office_of(ctx, role) or _home_state(ctx, view, rs, _canonical(role))
        if org is None:
            return  # "the rapporteur, Ana Silva": whose rapporteur the words do not say
    if org is None and re_ > person.end:
        following = next((x for x in view.of((TG.State, *ORG_CLASSES)) if x.start > re_), None)
        if following is not None and following.text in ctx.registry.demonyms:
            return  # "spokesman for the French foreign ministry": an adjective, not a body's name
        if following is not None and _OF_ORG.match(view.text[re_ : following.start]):
            if (
                following.cls == TG.State
                and re.match(r"\s+(?:for|on)\s", view.text[re_ : following.start])
                and not _SERVES_STATE.match(_canonical(role))
            ):
                return  # "the rapporteur for Mongolia": the committee's post on that state, not the state's
            owned = next((x for x in view.of(ORG_CLASSES) if x.start > following.end), None)
            if owned is not None and re.fullmatch(
                r"['’]s?\s+(?:the\s+)?", view.text[following.end : owned.start]
            ):
                following = owned  # "a member of Thailand's National Human Rights Commission": the body
            office = _OFFICE_AFTER.match(view.text, following.end, view.end)
            if office is None:
                org = following.key
            else:
                # "spokeswoman for the United Nations High Commissioner for Human Rights": the
                # post is in that office, not in the organisation its title opens with
                org = _office_of(ctx, view.text[following.start : office.end()])
                if org is None:
                    return
    org = org or _registry_post(ctx, person.key, _canonical(role))
    if org is None and re_ > person.end and _FOR_SECRETARY_GENERAL.match(view.text, re_):
        org = _one_igo(ctx)
    named = _WITH_THE.match(view.text, re_) if org is None and re_ > person.end else None
    if (
        named is not None
        and not any(x.start == named.start("noun") for x in view.mentions)
        and named.group("noun") not in ctx.registry.demonyms  # "the French foreign ministry"
    ):
        org = _body_named_by(ctx, named.group("noun").lower(), re_) or _name_earlier(
            ctx, view, named.group("noun"), named.start("noun"), named.end("noun")
        )
    # "X, a former minister", "X, president of an association": the state is not the owner
    unnamed_body = re.match(r"\s+(?:of|at|in)\b", view.text[re_ : re_ + 4])
    if not unnamed_body and not re.search(r"\bformer\b", view.text[m.start() : rs], re.I):
        org = org or _home_state(ctx, view, rs, _canonical(role))
    if org:
        s, e = min(person.start, rs), max(person.end, re_)
        ends = [x.end for x in view.mentions if x.key == org and x.start >= e]
        _post(ctx, view, person.key, org, _canonical(role), s, max([e, *ends[:1]]))


# "the United Nations High Commissioner for Human Rights": an office title right after a body's
# name, with what the office is for
_OFFICE_AFTER = re.compile(
    rf"\s+(?P<title>(?:{_QUALIFIERS}[\s-]+)*{OFFICE})(?:\s+(?:for|on|of)(?:\s+(?:the\s+)?[A-Z][\w'-]*)+)?"
    r"(?:\s+(?:and|of|for)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*"
)


def _next_holder(view: View, pos: int) -> bool:
    """Whether a title ending at ``pos`` is followed by a comma and another person's name: in a
    list of titles and names, each title goes with the name after it."""
    m = re.match(rf",\s+(?:{TITLE}\.?\s+)?|\s+", view.text[pos : pos + 40])
    return m is not None and any(x.start == pos + m.end() for x in view.of((TG.Person,)))


# "X, a judge of the court and a former president of the commission,": a second post in the
# same apposition, with its own body; a past post is still a post the person held
_AND_POST = re.compile(
    rf"\s+and\s+(?:(?:a|an|the)\s+)?(?:(?:former|later|also)\s+)?(?P<role>{_ROLE})\s+(?:of|at|to)\s+(?:the\s+)?",
    re.I,
)


def _coordinated_posts(ctx: Context, view: View, person: Mention) -> None:
    """The posts after the first in an apposition, each "and a ROLE of BODY" with its body."""
    m = _APPOSITION.match(view.text, person.end, view.end) or _MODIFIED_ROLE.match(
        view.text, person.end, view.end
    )
    if m is None:
        return
    pos = m.end("role")
    first = view.after(pos, (TG.State, *ORG_CLASSES), within=8)
    if first is None or not _OF_ORG.match(view.text[pos : first.start]):
        return
    pos = first.end
    while (nxt := _AND_POST.match(view.text, pos, view.end)) is not None:
        body = view.after(nxt.end(), ORG_CLASSES, within=0)
        if body is None or re.match(r"['\u2019]s\b", view.text[body.end : body.end + 2]):
            return  # "a member of the Council's panel": the panel's, not the Council's
        role = _canonical(re.sub(r"\s+", " ", nxt.group("role")))
        _post(ctx, view, person.key, body.key, role, person.start, body.end)
        pos = body.end


# "served as legal adviser to Brazil's Ministry of External Relations", "worked as a researcher
# at the institute", "sat as a judge of the tribunal": a post held, now or before
_SERVED = re.compile(
    r"(?<![\w-])(?:served|serves|has\s+served|worked|works|has\s+worked|sat|sits|has\s+sat)\s+as\s+"
    r"(?:(?:the|a|an|its)\s+)?"
    rf"(?P<role>{_MODIFIER}{_ROLE})\s+(?:to|of|at|with|for|in)\s+(?:the\s+)?"
    r"(?:(?P<owner>[\w-]+(?:\s+[\w-]+){0,3}?)['\u2019]s\s+)?",
    re.I,
)


# "served as Secretary-General of the United Nations": an office the registry names as a body
_SERVED_OFFICE = re.compile(
    r"(?<![\w-])(?:(?:served|serves|has\s+served)\s+(?:(?:two|three|[\w-]+-year)\s+terms?\s+)?|"
    r"(?:his|her|a|the|single|first|second|[\w-]+-year)\s+(?:[\w-]+\s+)?term\s+)as\s+(?:the\s+)?$",
    re.I,
)


def _served_person(ctx: Context, view: View, start: int) -> str | None:
    """Who "served as" at ``start``: the person named before the verb in the same clause ("X,
    who served as"), or the one person "he"/"she" stands for."""
    lead = view.text[view.start : start]
    people = [x for x in view.of((TG.Person,)) if x.end <= start]
    if people and re.fullmatch(r"(?:,\s+who)?\s+(?:also\s+|later\s+)?", view.text[people[-1].end : start]):
        return people[-1].key
    if people and not re.search(
        r"[.;:]|\b(?:who|whom|which|while|whereas)\b", view.text[people[-1].end : start]
    ):
        return people[-1].key
    if not people and re.match(r"\s*(?:[\w,]+\s+){0,6}?(?:[Hh]e|[Ss]he)\s", lead):
        return _subject_person(ctx, view)
    return None


def _served_as(ctx: Context, view: View) -> None:
    """ "X served as ROLE to BODY": the subject is the person named before the verb in the same
    clause, or the one person "he"/"she" stands for."""
    for m in _SERVED.finditer(view.text, view.start, view.end):
        body = view.after(m.end(), ORG_CLASSES, within=0)
        if body is None:
            continue
        person = _served_person(ctx, view, m.start())
        if person is not None:
            role = _canonical(re.sub(r"\s+", " ", m.group("role")))
            _post(ctx, view, person, body.key, role, m.start(), body.end)
    for body in view.of(ORG_CLASSES):
        verb = _SERVED_OFFICE.search(view.text, max(view.start, body.start - 40), body.start)
        office = _office_role(body) if verb is not None else None
        person = _served_person(ctx, view, verb.start()) if verb is not None and office else None
        if person is not None and office is not None:
            _post(ctx, view, person, body.key, office, verb.start() if verb else body.start, body.end)


# "In 2009 he became the first president of the Special Tribunal", "She was appointed director
# of the institute": a post the verb gives the person "he"/"she" stands for
_HE_BECAME = re.compile(
    r"(?<![\w-])(?:he|she)\s+(?:(?:was|had\s+been|has\s+been)\s+(?:re-?elected|elected|appointed|named)|"
    r"became|becomes|has\s+become)\s+(?:as\s+)?(?:(?:the|a|an|its)\s+)?(?:(?:first|founding)\s+)?"
    rf"(?P<role>{_ROLE})\s+(?:of|at|to)\s+",
    re.I,
)


def _pronoun_became(ctx: Context, view: View) -> None:
    for m in _HE_BECAME.finditer(view.text, view.start, view.end):
        body = view.after(m.end(), (TG.State, *ORG_CLASSES), within=4)
        if body is None or body.cls == TG.MediaOutlet:
            continue
        if _BODY_AS_MODIFIER.match(view.text, body.end, view.end):
            continue  # "a member of the Lisbon Rights Institute delegation"
        if any(x.start < m.start() for x in view.of((TG.Person,))):
            continue  # "X said he became ...": whom "he" stands for is another rule's question
        person = _career_subject(ctx, view, m.start() + len(m.group(0).split()[0]) + 1)
        if person is not None:
            role = _canonical(re.sub(r"\s+", " ", m.group("role")))
            _post(ctx, view, person, body.key, role, m.start(), body.end)


# "X teaches international law at the University of Y", "he taught at the institute from 1975":
# a teaching post in the body named after "at", held by whom "served as" would be
_TEACHES = re.compile(
    r"(?<![\w-])(?:teaches|taught|has\s+taught|had\s+taught|lectures|lectured|has\s+lectured)"
    r"(?:\s+(?!at\b)[A-Za-z][\w'-]*){0,4}?\s+at\s+(?:the\s+)?",
)


# "never taught", "has not taught", "no longer teaches": no post
_NOT_TEACHING = re.compile(r"(?:\bnever|\bnot|\bno\s+longer)\s+(?:\w+\s+)?$", re.I)


def _career_subject(ctx: Context, view: View, start: int) -> str | None:
    """Whose career step a verb at ``start`` tells: the person named before it in its clause,
    else, for "he"/"she", the person the text is about: the only one named so far, or the one
    named far more often than any other (an obituary's "he" is its subject, not the colleague
    quoted in the sentence before)."""
    people = [x for x in view.of((TG.Person,)) if x.end <= start]
    if people:
        return _served_person(ctx, view, start)
    if not re.match(r"\s*(?:[\w,]+\s+){0,6}?(?:[Hh]e|[Ss]he)\s", view.text[view.start : start]):
        return None
    counts: dict[str, int] = {}
    for x in ctx.mentions:
        if x.cls == TG.Person and x.start < start:
            counts[x.key] = counts.get(x.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] >= 3 and ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _teaches_at(ctx: Context, view: View) -> None:
    """ "X teaches law at the University of Y", "who taught at Z", "He taught ... at Z": the
    person teaches at the body named right after "at"."""
    for m in _TEACHES.finditer(view.text, view.start, view.end):
        body = view.after(m.end(), ORG_CLASSES, within=0)
        if body is None or body.cls == TG.MediaOutlet:
            continue
        if _NOT_TEACHING.search(view.text, max(view.start, m.start() - 20), m.start()):
            continue
        person = _career_subject(ctx, view, m.start())
        if person is not None:
            _post(ctx, view, person, body.key, "teacher", m.start(), body.end)


# "The President of the Court is Justice Sylvain Oré", "The registrar of the tribunal is now
# Ms Amina Sow": the post, its body, then the holder after the copula (and any title)
_ROLE_OF_LEAD = re.compile(rf"(?<![\w-])(?:[Tt]he|[Ii]ts)\s+(?P<role>{_ROLE})\s+(?:of|at)\s+(?:the\s+)?$")


_IS_HOLDER = re.compile(rf"\s+is\s+(?:now\s+|currently\s+)?(?:{TITLE}\.?\s+)*$")


def _role_is(ctx: Context, view: View) -> None:
    for person in view.of((TG.Person,)):
        body = next(
            (
                x
                for x in reversed(view.of(ORG_CLASSES))
                if x.end <= person.start and _IS_HOLDER.fullmatch(view.text, x.end, person.start)
            ),
            None,
        )
        lead = _ROLE_OF_LEAD.search(view.text, max(view.start, body.start - 60), body.start) if body else None
        if body is not None and lead is not None:
            role = _canonical(re.sub(r"\s+", " ", lead.group("role")))
            _post(ctx, view, person.key, body.key, role, lead.start(), person.end)


def _subject_person(ctx: Context, view: View) -> str | None:
    """Whom "he" or "she" opening a sentence stands for: the one person named in the nearest
    of the three sentences before that names anyone."""
    previous = [s for s in ctx.document.sentences if s.end <= view.start][-3:]
    for p in reversed(previous):
        keys = {m.key for m in ctx.mentions if m.cls == TG.Person and p.start <= m.start < p.end}
        if keys:
            return keys.pop() if len(keys) == 1 else None
    return None


# Posts that exist in one kind of body only: "the Prosecutor", "Chairman X" hold their post in
# the court or the committee the text is about, when it names just one of that kind
_COURT_POSTS = re.compile(r"^(?:deputy\s+|chief\s+)?(?:prosecutor|registrar)$")


_COMMITTEE_POSTS = re.compile(r"^(?:chair|chairman|chairwoman|chairperson|ranking member|rapporteur)$")


# the presiding posts of a legislature, and the words that name a chamber
_CHAMBER_POSTS = re.compile(r"^(?:deputy\s+)?speaker$")


_CHAMBER_WORDS = frozenset(
    {"parliament", "assembly", "house", "chamber", "congress", "senate", "sabor", "sejm", "duma", "majlis"}
)


def _one_chamber(ctx: Context, pos: int) -> str | None:
    """The one legislature the text named before ``pos``: by its name, or as a state's chamber
    the other rules read from a common noun ("the National Assembly passed the motion")."""
    keys = {
        x.key
        for x in ctx.mentions
        if x.cls == TG.NationalBody and _CHAMBER_WORDS & set(x.label.lower().split()) and x.start < pos
    }
    keys |= {
        c.subject.key
        for c in ctx.claims
        if c.predicate == RDF.type
        and c.object == Ref(TG.NationalBody)
        and c.evidence.start < pos
        and _CHAMBER_WORDS & set(ctx.name(c.subject.key).lower().split())
    }
    return keys.pop() if len(keys) == 1 else None


def _implicit_body(ctx: Context, view: View, role: str, pos: int) -> str | None:
    """The body a post with no owner is in: for a court's post, the one court named before
    ``pos``; for a committee's, the one committee named before it in the sentence, else in
    the text."""
    if _COURT_POSTS.match(role):
        bodies = [x for x in ctx.mentions if x.cls == TG.Court and x.start < pos]
    elif role == "judge":
        # "Judge X" sits on the court the text is about: the one court of the registry's named
        # before; where a court it does not know (a national one) is named too, the court must
        # be the one named in this sentence or the one before ("The Court sat ... Judge X")
        courts = [x for x in ctx.mentions if x.cls == TG.Court and x.start < pos]
        if not all(x.known for x in courts):
            since = max((s.start for s in ctx.document.sentences if s.end <= view.start), default=view.start)
            recent = [x for x in courts if x.start >= since]
            # "The Constitutional Court of Bulgaria ruled ... Judge X dissented": the one court the
            # text names, named in these two sentences, though the registry does not know it
            named = {x.key for x in courts}
            return named.pop() if len(named) == 1 and recent else _one_known(recent)
        return _one_known(courts)
    elif _CHAMBER_POSTS.match(role):
        # "The Speaker, Anita Among, presided": the one chamber the text named before
        return _one_chamber(ctx, pos)
    elif _COMMITTEE_POSTS.match(role):
        bodies = [
            x
            for x in ctx.mentions
            if x.cls in ORG_CLASSES and "Committee" in x.label.split() and x.start < pos
        ]
    else:
        return None
    near = {x.key for x in bodies if x.start >= view.start}
    keys = near or {x.key for x in bodies}
    return keys.pop() if len(keys) == 1 else None


def _seated_elsewhere(view: View, person: Mention) -> bool:
    """ "Judge X of the district court", "Judge X (Supreme Court)": the words name the bench."""
    return (
        re.match(r"\s*(?:,\s+)?(?:\(|of\s+the\b|at\s+the\b)", view.text[person.end : person.end + 12])
        is not None
    )


def _one_known(bodies: list[Mention]) -> str | None:
    """The key of the one registry body ``bodies`` name, if they name one only."""
    keys = {x.key for x in bodies}
    return keys.pop() if len(keys) == 1 and all(x.known for x in bodies) else None


# "the Prosecutor, Fatou Bensouda,", "The ranking member, Richard Lugar,": a post, then the name
_ROLE_COMMA = re.compile(rf"(?<![\w-])[Tt]he\s+(?P<role>{_MODIFIER}{_ROLE}),\s+(?:{TITLE}\.?\s+)?$")


def _role_then_name(ctx: Context, view: View, person: Mention) -> None:
    m = _ROLE_COMMA.search(view.text, max(view.start, person.start - 60), person.start)
    if m is None or not re.match(
        r"\s*(?:[,.;]|\(|\s+(?:said|says|told|voted|opened|presided)\b|\s+\w+ed\b)",
        view.text[person.end : person.end + 12],
    ):
        return
    role = _canonical(re.sub(r"\s+", " ", m.group("role")))
    org = _implicit_body(ctx, view, role, m.start())
    if org is not None:
        _post(ctx, view, person.key, org, role, m.start(), person.end)


def _office_parent(ctx: Context, view: View, person: Mention, title_start: int) -> str | None:
    """ "Council of Europe Secretary General X": the registry names the office as a body of its
    own (the Secretary General of the Council of Europe); the post is in the organisation the
    office belongs to."""
    x = next((x for x in view.mentions if x.end == person.start - 1 and x.start <= title_start), None)
    if x is None or x.cls not in ORG_CLASSES:
        return None
    parents = {s: o for s, o in ctx.registry.linked(str(ORG.subOrganizationOf))}
    return parents.get(x.key)


def _owner_at(view: View, end: int) -> str | None:
    """The state or organisation whose name ends right before a possessive "'s"."""
    x = next((x for x in view.mentions if x.end == end), None)
    return x.key if x is not None and x.cls in (TG.State, *ORG_CLASSES) else None


def _pronoun_owner(ctx: Context, view: View, pos: int, role: str) -> str | None:
    """Whose post "its president" is: for an office of state or a post held for a state ("its
    ambassador") the state referred to, else the one organisation the sentence before names."""
    if _SERVES_STATE.match(_canonical(role)):  # an office of state, or a post held for one
        named = [x for x in view.of((TG.State, *ORG_CLASSES)) if x.end <= pos and x.cls != TG.MediaOutlet]
        country = (
            re.search(
                r"(?<![\w-])the\s+(?:country|nation|state)\b(?!['\u2019])", view.text[named[-1].end : pos]
            )
            if named
            else None
        )
        if named and not any(x.cls == TG.State for x in named) and country is None:
            # "the Court was composed of its President, X": the body the sentence is about,
            # not a state named in the sentence before
            return named[-1].key
        state = _state_referred(ctx, view, pos)
        owners = [m for m in view.of((TG.State,)) if m.key == state and m.end <= pos]
        if not owners or not re.match(r"['\u2019]s\s", view.text[owners[-1].end : owners[-1].end + 3]):
            return state
        # "chaired by Mexico's ambassador, X, its first president": "its" is not the owner
        # of the post before; it is the body the sentence is about
        bodies = {x.key for x in view.of(ORG_CLASSES) if x.end <= pos}
        return bodies.pop() if len(bodies) == 1 else None
    previous = [s for s in ctx.document.sentences if s.end <= view.start]
    if not previous:
        return None
    p = previous[-1]
    keys = {x.key for x in ctx.mentions if x.cls in ORG_CLASSES and p.start <= x.start < p.end}
    return keys.pop() if len(keys) == 1 else None


# "the Commission, whose director, Ana Silva, argued": the body before "whose" holds the post
_WHOSE_ROLE = re.compile(rf",\s+whose\s+(?P<role>{_MODIFIER}{_ROLE}),?\s+(?:{TITLE}\.?\s+)?$", re.I)


# "X, the United States ambassador to the United Nations", "X, the Kenyan ambassador": a state
# or its adjective before the role
_STATE_ROLE = re.compile(rf"\s+(?:(?:{_QUALIFIERS})[\s-]+)*(?P<role>{_ROLE})(?=[\s,.;])", re.I)


# Posts held for a state, which a nationality adjective names ("the Kenyan ambassador"), where
# "a Kenyan lawyer" gives only where the person is from
_SERVES_STATE = re.compile(
    rf"(?:{_STATE_OFFICE.pattern[1:-1]}|(?:deputy\s+)?(?:ambassador|envoy|special\s+envoy|consul|"
    r"(?:permanent\s+)?representative|negotiator|spokes(?:person|man|woman)))$",
    re.I,
)


def _whose_post(ctx: Context, view: View, person: Mention) -> None:
    m = _WHOSE_ROLE.search(view.text, max(view.start, person.start - 60), person.start)
    body = view.before(view.start + 0 if m is None else m.start(), ORG_CLASSES, within=0) if m else None
    if m is not None and body is not None and not _PAST.search(m.group("role")):
        role = _canonical(re.sub(r"\s+", " ", m.group("role")))
        _post(ctx, view, person.key, body.key, role, body.start, person.end)


def _state_attribute_post(ctx: Context, view: View, person: Mention) -> None:
    if not view.text.startswith(", ", person.end):
        return
    state = view.after(person.end, (TG.State,), within=6)
    lead = view.text[person.end : state.start] if state is not None else ""
    if state is None or not re.fullmatch(r",\s+(?:the\s+)?", lead):
        adjective = re.match(r",\s+the\s+(?P<adj>[A-Z][a-z]+)", view.text[person.end : person.end + 40])
        key = _demonym_state(ctx, adjective.group("adj")) if adjective else None
        m = _STATE_ROLE.match(view.text, person.end + adjective.end()) if adjective and key else None
    else:
        key = state.key
        m = _STATE_ROLE.match(view.text, state.end)
    role = _canonical(re.sub(r"\s+", " ", m.group("role"))) if m is not None else ""
    if key is not None and m is not None and not _PAST.search(m.group(0)) and _SERVES_STATE.match(role):
        _post(ctx, view, person.key, key, role, person.start, m.end())


# the words that make a title a past one, taken off the role's name ("former president": president)
_PAST_WORDS = re.compile(r"(?<![\w-])(?:former|formerly|then|ex)(?:[\s-]+|$)", re.I)


def _past_title(ctx: Context, view: View, person: Mention, t: re.Match[str]) -> None:
    """ "Former President X of Liberia", "Kenya's former Attorney General X": a past post, kept
    only where the words name whose it was (an owner, a nationality, the state after the name);
    never guessed from the state the article is about."""
    if re.search(r"\blate\b", t.group("qual"), re.I):
        return
    qual = _PAST_WORDS.sub("", re.sub(r"[\s-]+", " ", t.group("qual")))
    role = qual + re.sub(r"\s+", " ", t.group("title"))
    start = view.start + t.start()
    org = (
        _owner(ctx, view, t.group("owner"), start)
        or _demonym_state(ctx, t.group("adj"))
        or _body_before(view, start, t)
        or _state_after(view, person, role)
    )
    if org:
        _post(ctx, view, person.key, org, _canonical(role), start, person.end)


# a sentence listing a bench: "President X, Vice-President Y and Judges A, B and C"
_BENCH = re.compile(r"(?<![\w-])Judges?\s+[A-Z]")


_BENCH_TITLES = re.compile(r"^(?:vice[- ])?president$", re.I)


def _bench_post(ctx: Context, view: View, role: str, start: int) -> str | None:
    """ "President X" beside "Judges A and B": the presidency of the one court the text names,
    not of the state the article is about."""
    if not _BENCH_TITLES.match(_canonical(role)) or not _bench_near(ctx, view):
        return None
    return _implicit_body(ctx, view, "judge", start)


def _bench_near(ctx: Context, view: View) -> bool:
    """Whether this sentence or the one before lists judges ("... and Judges A and B. Vice-
    President C did not take part"): a bare presidency there is the court's."""
    since = max((s.start for s in ctx.document.sentences if s.end <= view.start), default=view.start)
    return _BENCH.search(view.text, since, view.end) is not None


# "Judges " right before the name, or before a name the reader did not take as one
_JUDGES = re.compile(
    r"(?<![\w-])Judges\s+(?:(?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*(?:,\s+|,?\s+and\s+))?$"
)


_JOINT = re.compile(r"(?:,\s+|,?\s+and\s+)$")


def _listed_judges(ctx: Context, view: View) -> None:
    """ "Judges A, B and C": each name of the list a judge of the one court the text names."""
    people = view.of((TG.Person,))
    for i, person in enumerate(people):
        if not _JUDGES.search(view.text, max(view.start, person.start - 50), person.start):
            continue
        court = _implicit_body(ctx, view, "judge", person.start)
        if court is None:
            return
        listed = [person]
        for nxt in people[i + 1 :]:
            if not _JOINT.fullmatch(view.text, listed[-1].end, nxt.start):
                break
            listed.append(nxt)
        for judge in listed:
            _post(ctx, view, judge.key, court, "judge", person.start, judge.end)


# "the French judge X": a judge's nationality, not a post of the state
_JUDGE = re.compile(r"(?i:judge|justice)$")


_BENCH_LINES = 12


def _bench(ctx: Context, view: View) -> set[int]:
    """A bench listing ("composed of Justice A, President, Justice B, Vice-President, and Justices
    C and D"): each name a judge of the one court the text names, "President" after a name its
    presidency; the starts of the names read, whose other posts are not read again (the office
    after the comma is the court's, not the state's)."""
    people = {p.start: p for p in view.of((TG.Person,))}
    read: set[int] = set()
    if not people:
        return read
    # a bench set out one judge a line ("composed as follows:\n\nA (Sweden), President,\nB
    # (Serbia), ..."): the listing may open some lines before this one
    sentences = ctx.document.sentences
    since = sentences[max(0, view.sentence.index - _BENCH_LINES)].start
    until = sentences[min(len(sentences) - 1, view.sentence.index + _BENCH_LINES)].end
    for start, _, office in bench_list(view.text, since, max(until, view.end)):
        if not view.start <= start < view.end:
            continue
        person = people.get(start)
        if person is None:
            continue
        # the court the text is about; else the one registry court it names before, where the
        # national courts of the case are named far from the bench: "Justice A, President" of a
        # release sits on the court that issues it, not on those it reviews
        court = _implicit_body(ctx, view, "judge", start) or _one_known(
            [x for x in ctx.mentions if x.cls == TG.Court and x.known and x.start < start]
        )
        if court is None:
            return read
        read.add(start)
        _post(ctx, view, person.key, court, "judge", start, person.end)
        if office and office != "presiding":
            _post(ctx, view, person.key, court, _canonical(office.replace(" ", "-")), start, person.end)
    # "with Justice B, Vice-President": a judge's title before the name, the bench office after
    for person in people.values():
        after = _BENCH_OFFICE_AFTER.match(view.text, person.end, view.end)
        if person.start in read or after is None:
            continue
        seat = _implicit_body(ctx, view, "judge", person.start)
        if seat is not None and _JUDGE_BEFORE.search(view.text, view.start, person.start):
            read.add(person.start)
            _post(ctx, view, person.key, seat, "judge", person.start, person.end)
            role = after.group("office").lower().replace(" ", "-")
            _post(ctx, view, person.key, seat, role, person.start, after.end())
    return read


# "Judge X of Nigeria was elected President", "Judge Y of France became Second Vice-President":
# a judge chosen to preside over the one court the text names, no body after the office
_JUDGE_ELECTED = re.compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?,?\s+"
    r"(?:(?:was|has\s+been|is)\s+(?:re-?)?elected(?:\s+as)?|became|becomes|will\s+become)\s+(?:the\s+)?"
    r"(?P<office>(?:(?:First|Second|Third)\s+)?(?:Vice[- ])?President)(?![\w-])(?!\s+of\b)"
)


def _judge_elected(ctx: Context, view: View, person: Mention) -> None:
    """A judge elected to the court's presidency: the office in the court the text is about."""
    if not _JUDGE_BEFORE.search(view.text, view.start, person.start):
        return
    m = _JUDGE_ELECTED.match(view.text, person.end, view.end)
    court = _implicit_body(ctx, view, "judge", person.start) if m else None
    if m is not None and court is not None:
        role = re.sub(r"\s+", " ", m.group("office")).lower().replace("vice president", "vice-president")
        _post(ctx, view, person.key, court, role, person.start, m.end())


_JUDGE_BEFORE = re.compile(r"(?<![\w-])(?:Judge|Justice)\s+$")
_BENCH_OFFICE_AFTER = re.compile(r",\s+(?P<office>President|Vice[- ]President)(?=\s*(?:[,;.]|and\s|$))")


# "Four judges for the Court: A of Costa Rica, B of Argentina and C", "three new members of the
# Commission: A, B and C": a plural post of a named body, then the list of its holders
_LISTED_HOLDERS = re.compile(
    r"(?<![\w-])(?:(?:new|newly\s+elected|elected)\s+)?(?P<role>judges|members|commissioners|justices)\s+"
    r"(?:for|of|to|on)\s+(?:the\s+)?$",
    re.I,
)
_HOLDER_JOINT = re.compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?(?:,\s+|,?\s+and\s+)"
)
_SINGULAR = {"judges": "judge", "members": "member", "commissioners": "commissioner", "justices": "judge"}


def _listed_holders(ctx: Context, view: View) -> None:
    """ "Four judges for the Inter-American Court: A of Costa Rica, B of Argentina and C of
    Chile": each name of the list after the colon holds the post the plural names, in the body
    named before the colon."""
    people = view.of((TG.Person,))
    for body in view.of(ORG_CLASSES):
        lead = _LISTED_HOLDERS.search(view.text, max(view.start, body.start - 60), body.start)
        colon = re.match(r"\s*:\s+", view.text[body.end : body.end + 4])
        if lead is None or colon is None:
            continue
        pos = body.end + colon.end()
        for person in people:
            if person.start < pos:
                continue
            if person.start != pos:
                break
            _post(
                ctx,
                view,
                person.key,
                body.key,
                _SINGULAR[lead.group("role").lower()],
                person.start,
                person.end,
            )
            joint = _HOLDER_JOINT.match(view.text, person.end, view.end)
            if joint is None:
                break
            pos = joint.end()


def extract_posts(ctx: Context, view: View) -> None:
    """Posts people hold, read around their full name; a former post is none."""
    benched = _bench(ctx, view)
    for person in view.of((TG.Person,)):
        if len(person.text.split()) < 2 or person.start in benched:
            continue  # posts are stated next to the full name
        lead = view.text[view.start : person.start]
        t = _TITLE_BEFORE.search(lead)
        if t and re.search(r"\bwhose\s+$", lead[: t.start()]):
            pass  # "the Commission, whose chairperson X": the body before "whose" (below)
        elif t and _PAST.search(t.group("qual")):
            _past_title(ctx, view, person, t)
        elif t:
            role = re.sub(r"[\s-]+", " ", t.group("qual")) + re.sub(r"\s+", " ", t.group("title"))
            start = view.start + t.start()
            owner = _owner(ctx, view, t.group("owner"), start)
            org = (
                owner
                or (_demonym_state(ctx, t.group("adj")) if not _JUDGE.match(role) else None)
                or _body_before(view, start, t)
                or _head_noun_before(ctx, view, start)
                or _state_after(view, person, role)
                or _office_parent(ctx, view, person, start)
                or _chamber_of(ctx, view, role)
                or (
                    _implicit_body(ctx, view, _canonical(role), start)
                    if not _seated_elsewhere(view, person)
                    else None
                )
                or _registry_post(ctx, person.key, _canonical(role))
                or _bench_post(ctx, view, role, start)
                or (_home_state(ctx, view, start, role) if not _bench_near(ctx, view) else None)
                or _international_office(ctx, role)
            )
            if org:
                _post(ctx, view, person.key, org, _canonical(role), start, person.end)
        _appositive_post(ctx, view, person)
        _coordinated_posts(ctx, view, person)
        _role_then_name(ctx, view, person)
        _is_roles(ctx, view, person)
        _became(ctx, view, person)
        _became_un_office(ctx, view, person)
        _elected_as(ctx, view, person)
        _elected_to(ctx, view, person)
        _succeeded(ctx, view, person)
        _office_apposition(ctx, view, person)
        _body_office_apposition(ctx, view, person)
        _office_then_name(ctx, view, person)
        _is_and_member(ctx, view, person)
        _role_of_before(ctx, view, person)
        _body_role_before(ctx, view, person)
        _who_heads(ctx, view, person)
        _led_by(ctx, view, person)
        _the_office(ctx, view, person)
        _the_post(ctx, view, person)
        _whose_post(ctx, view, person)
        _state_attribute_post(ctx, view, person)
        _judge_elected(ctx, view, person)
        mandate_posts(view, person, lambda m, o, r, s, e: _post(ctx, view, m, o, r, s, e))
    _served_as(ctx, view)
    _teaches_at(ctx, view)
    _pronoun_became(ctx, view)
    _role_is(ctx, view)
    _listed_judges(ctx, view)
    _listed_holders(ctx, view)
    career_box_posts(ctx, view, lambda m, o, r, s, e: _post(ctx, view, m, o, _canonical(r), s, e))
    for body in view.of({*ORG_CLASSES, TG.State}):
        member = _IS_A_MEMBER.match(view.text, body.end, view.end)
        if member and _OF_WHICH.search(view.text[view.start : body.start]):
            parent = view.before(body.start, ORG_CLASSES, within=14)
            if parent is not None:
                _post(ctx, view, body.key, parent.key, None, parent.start, member.end())


def _state_referred(ctx: Context, view: View, pos: int) -> str | None:
    """The state "it" stands for: the last named before it in the sentence, else the one
    state the sentence before names."""
    before = [m for m in view.of((TG.State,)) if m.end <= pos]
    if before:
        return before[-1].key
    previous = [s for s in ctx.document.sentences if s.end <= view.start]
    if not previous:
        return None
    p = previous[-1]
    keys = {m.key for m in ctx.mentions if m.cls == TG.State and p.start <= m.start < p.end}
    return keys.pop() if len(keys) == 1 else None


# "Ana Silva, who chairs the committee": the post a relative clause gives
_WHO_HEADS = re.compile(
    r"(?:,\s+who)?\s+(?:now\s+|currently\s+|also\s+)?(?P<verb>chairs|heads|leads|directs|presides\s+over|coordinates|"
    r"has\s+(?:led|headed|chaired|directed))\s+",
    re.I,
)


_HEAD_ROLES = {"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director",
               "presides over": "president", "coordinates": "coordinator", "has led": "head",
               "has headed": "head", "has chaired": "chair", "has directed": "director"}  # fmt: skip


def _who_heads(ctx: Context, view: View, person: Mention) -> None:
    m = _WHO_HEADS.match(view.text, person.end, view.end)
    if m is not None and m.group("verb").lower() == "leads" and not m.group(0).startswith(","):
        m = None  # "X leads the delegation", "X leads the field": no post without "who"
    org = view.after(m.end(), ORG_CLASSES, within=4) if m else None  # "(the) committee"
    if m is not None and org is not None:
        role = _HEAD_ROLES[re.sub(r"\s+", " ", m.group("verb").lower())]
        _post(ctx, view, person.key, org.key, role, person.start, org.end)


# "X was elected to the Committee in 2019": a seat on the body, a judge's on a court
_ELECTED_TO = re.compile(r"\s+(?:is|was|has\s+been|had\s+been)\s+(?:re-?elected|elected|appointed)\s+to\s+")


# "X succeeded Y as president of the court": both held the post, one after the other
_SUCCEEDED = re.compile(r",?\s+(?:who\s+)?succeeded\s+$")


_AS_ROLE_OF = re.compile(rf"\s+as\s+(?:(?:the|a|an)\s+)?(?P<role>{_ROLE})\s+(?:of|at)\s+", re.I)


def _elected_to(ctx: Context, view: View, person: Mention) -> None:
    m = _ELECTED_TO.match(view.text, person.end, view.end)
    body = view.after(m.end(), ORG_CLASSES, within=4) if m else None
    if m is not None and body is not None and body.cls != TG.MediaOutlet:
        role = "judge" if body.cls == TG.Court else "member"
        _post(ctx, view, person.key, body.key, role, person.start, body.end)


def _succeeded(ctx: Context, view: View, person: Mention) -> None:
    """ "X succeeded Y as ROLE of BODY": the post is Y's (the person before "as") and X's."""
    m = _AS_ROLE_OF.match(view.text, person.end, view.end)
    body = view.after(m.end(), ORG_CLASSES, within=4) if m else None
    if m is None or body is None or body.cls == TG.MediaOutlet:
        return
    role = _canonical(re.sub(r"\s+", " ", m.group("role")))
    holders = [person]
    before = [x for x in view.of((TG.Person,)) if x.end <= person.start]
    if before and _SUCCEEDED.fullmatch(view.text, before[-1].end, person.start):
        holders.append(before[-1])
    elif not _SUCCEEDED.search(view.text, view.start, person.start):
        return
    for holder in holders:
        _post(ctx, view, holder.key, body.key, role, holder.start, body.end)


_BODY_AS_MODIFIER = re.compile(
    r"\s+(?:delegation|mission|office|team|group|secretariat|staff|panel|caucus|bureau|contingent)\b"
)


# "X served as UN High Commissioner for Human Rights from 2018", "X became United Nations High
# Commissioner for Refugees": a capitalised UN office after the verb, its body the registry's
# "Office of the ..."
_BECAME_UN_OFFICE = re.compile(
    r",?\s+(?:(?:has\s+|had\s+)?served|serves|became|becomes|has\s+become|(?:is|was)\s+(?:re-?)?elected|"
    r"(?:is|was)\s+appointed|(?:is|was)\s+named)\s+(?:as\s+)?(?:the\s+)?(?:UN|United\s+Nations)\s+"
    r"(?P<role>[A-Z][\w'-]*(?:\s+(?:for|of|on|and|the|[A-Z][\w'-]*)){1,8})"
)


def _became_un_office(ctx: Context, view: View, person: Mention) -> None:
    m = _BECAME_UN_OFFICE.match(view.text, person.end, view.end)
    org = _office_of(ctx, m.group("role")) if m is not None else None
    if m is not None and org is not None:
        _post(ctx, view, person.key, org, _canonical(m.group("role")), person.start, m.end())


def _became(ctx: Context, view: View, person: Mention) -> None:
    """ "X was elected president of the court", "X is a researcher at Human Rights Watch"."""
    m = (
        _BECAME_ROLE.match(view.text, person.end, view.end)
        or _IS_POST.match(view.text, person.end, view.end)
        or _PARENTHESIS_POST.match(view.text, person.end, view.end)
    )
    if m is None and _ELECTED_BEFORE.search(view.text, max(view.start, person.start - 20), person.start):
        m = _ELECTED_AFTER.match(view.text, person.end, view.end)
    org = view.after(m.end(), (TG.State, *ORG_CLASSES), within=4) if m else None
    if org is not None and _BODY_AS_MODIFIER.match(view.text, org.end, view.end):
        return  # "a member of the Council of Europe delegation": of the delegation, not the Council
    if m is not None and org is not None and not re.search(r"\bformer\b", m.group(0), re.I):
        role = _canonical(re.sub(r"\s+", " ", m.group("role")))
        _post(ctx, view, person.key, org.key, role, person.start, org.end)


# "the ACHPR elected Solomon Dersso as its chairperson", "The Committee elected Ana Peláez as
# chair": a body choosing who presides over it, the post with no "of" after it
_CHOSE = re.compile(r"(?<![\w-])(?:(?:re-?)?elected|appointed|named|chose)\s+$")


_AS_PRESIDING = re.compile(
    # ("as the court's president": the body the verb's subject is, by its head noun)
    r"\s+(?:as\s+)?(?:its\s+|their\s+|the\s+(?:(?:court|committee|commission|tribunal|council|assembly|"
    r"body|panel|board)['\u2019]s\s+)?)?(?:new\s+)?"
    r"(?P<role>(?:(?:vice|deputy)[\s-])?(?:chair(?:person|man|woman)?|president)|special\s+rapporteur|rapporteur)"
    r"(?!\s+(?:of|at|to)\b)(?<!rapporteur(?=\s+on\b))(?![\w-])",
    re.I,
)


# what may open the sentence before the electing body: a fronted phrase ("On Monday", "Meeting
# in Banjul,"), "the members of"
_CHOOSER_LEAD = re.compile(
    r"(?:[^,;]*,\s+|[A-Z][a-z]+(?:\s+[\w-]+){0,2}\s+)?(?:[Tt]he\s+)?(?:(?:members|judges)\s+of\s+(?:the\s+)?)?"
)


def _elected_as(ctx: Context, view: View, person: Mention) -> None:
    """The post a body gives by electing someone its chair: the body must be the verb's one
    subject (no state, person or other body before the verb in the sentence); a legislature
    electing a president may be electing the state's, so it gives none."""
    verb = _CHOSE.search(view.text, max(view.start, person.start - 20), person.start)
    m = _AS_PRESIDING.match(view.text, person.end, view.end) if verb is not None else None
    if verb is None or m is None:
        return
    named = [x for x in view.mentions if x.end <= verb.start() and x.cls != TG.Place]
    if (
        len(named) != 1
        or named[0].cls not in ORG_CLASSES
        or named[0].cls in (TG.MediaOutlet, TG.NationalBody)
    ):
        return
    body = named[0]
    lead = view.text[view.start : body.start]
    if not _CHOOSER_LEAD.fullmatch(lead):
        return
    role = _canonical(re.sub(r"[\s-]+", " ", m.group("role")).replace("vice ", "vice-"))
    _post(ctx, view, person.key, body.key, role, body.start, m.end())


def _is_roles(ctx: Context, view: View, person: Mention) -> None:
    """ "X is the publisher and editor of A and the founder of B": each role in each organisation."""
    pos, pattern = person.end, _IS_ROLE
    while (m := pattern.match(view.text, pos, view.end)) is not None:
        org = view.after(m.end(), ORG_CLASSES, within=4)  # "of (the) Nordic Prison Watch"
        if org is None:
            return
        for role in re.split(r"\s+and\s+", m.group("roles")):
            _post(ctx, view, person.key, org.key, _canonical(role), person.start, org.end)
        pos, pattern = org.end, _AND_ROLE


def _canonical(role: str) -> str:
    """The role's name in lower case, honorifics taken off ("Prof Dr rector": rector); a role
    that is an honorific's word alone ("a professor of law") stays itself."""
    words = [w for w in role.split() if w.lower().strip(".") not in _HONORIFICS]
    while len(words) > 1 and words[0].lower() in _WHEN_WORDS:
        words.pop(0)  # "the Commission's current president", "twice President of Chile"
    return " ".join(words or role.split()).lower()


# Words that say when or how often a post is held, not which post it is
_WHEN_WORDS = frozenset({"current", "present", "sitting", "incumbent", "twice", "two-time", "three-time"})
