"""What a body does: ``tg:function`` literals, one per activity a sentence names.

A function is read from the places where articles describe a standing mandate rather than a
single event: a present-tense verb after the body ("the Committee of Ministers supervises
execution of judgments"), a relative clause or apposition ("the CPT, a body of experts that
examines ..."), a mandate noun ("the CPT's ability to conduct visits", "its primary function is
to ..."), a permission ("the convention allows the committee to visit ...", "enables inspections
... by the committee"), and a purpose naming the body ("a system to monitor prisons through the
committee"). "Its experts are authorized to" and "These visits were designed to" refer back to
the body the sentence before names, and so does "It" opening a sentence whose predecessor opens
with a body. Past tenses ("the CPT visited Russia in 2021") are events, not functions, and are
left alone; so is a verb in a clause of time ("after the Secretary-General receives the
notice"), and "continues to issue judgments", which says an activity goes on after a change
rather than what the body is for.

A clause naming several activities gives one function each: "inspect facilities, communicate
with detainees, and provide recommendations" is three. A clause is split only where a new verb
of the same form starts ("conduct visits and issue recommendations"), or a participle does
("..., providing states with recommendations", "prevent torture by conducting visits"), so "visits
and confidential reports" stays whole.
"""

from __future__ import annotations

import re

from loaders.extract_context import ORG_CLASSES, TREATY_CLASSES, Context, View
from loaders.facts import Value
from loaders.mentions import Mention
from loaders.vocabulary import ORG, TG

__all__ = ["activities", "extract_functions", "verb_forms"]

BODIES = tuple(sorted(ORG_CLASSES - {TG.MediaOutlet}))

# Verbs of the activities monitoring bodies, courts and organisations carry out. A closed list,
# because a verb has to be told from a noun at a clause boundary ("visits and reports").
_ACTIVITY_VERBS = (
    "access", "act", "adjudicate", "administer", "adopt", "advise", "apply", "appoint", "approve",
    "arbitrate", "assess", "assist", "audit", "carry", "check", "collect", "communicate",
    "complement", "conduct", "consider", "convene", "coordinate", "decide", "deliver", "document",
    "elect", "enforce", "engage", "enquire", "ensure", "enter", "evaluate", "examine", "gather",
    "give", "handle", "hear", "help", "hold", "implement", "inquire", "inspect", "interpret",
    "interview", "investigate", "issue", "maintain", "make", "mediate", "meet", "monitor",
    "observe", "offer", "open", "organise", "organize", "oversee", "point", "prepare", "prevent",
    "process", "promote", "prosecute", "protect", "provide", "publish", "receive", "recommend",
    "refer", "register", "report", "request", "resolve", "review", "rule", "scrutinise",
    "scrutinize", "settle", "speak", "submit", "supervise", "support", "talk", "track", "try",
    "use", "verify", "visit",
    "undertake", "take", "tell", "step", "develop", "seek", "identify", "reduce", "encourage",
    "foster", "facilitate", "raise", "defend", "safeguard", "guide", "train", "draft", "respond",
    "send", "analyse", "analyze", "bring", "transmit", "ask", "represent",
    "draw", "compile", "produce", "consult", "address", "prompt", "authorise", "authorize", "impose",
)  # fmt: skip
_IRREGULAR_ING = {
    "submit": "submitting",
    "audit": "auditing",
    "visit": "visiting",
    "refer": "referring",
    "step": "stepping",
}


def verb_forms(verb: str) -> tuple[str, str, str]:
    """(base, third person singular, -ing) of a regular English verb."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb in _IRREGULAR_ING:
        ing = _IRREGULAR_ING[verb]
    elif verb.endswith("ee"):
        ing = verb + "ing"
    elif verb.endswith("e"):
        ing = verb[:-1] + "ing"
    else:
        ing = verb + "ing"
    return verb, third, ing


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


_FORMS = [verb_forms(v) for v in _ACTIVITY_VERBS]
BASE = _alternation([f[0] for f in _FORMS])
THIRD = _alternation([f[1] for f in _FORMS])
ING = _alternation([f[2] for f in _FORMS])
ANY_FORM = _alternation([w for f in _FORMS for w in f])

_T = re.IGNORECASE
_ADVERB = (
    r"(?:(?:also|still|now|already|regularly|routinely|independently|directly|further|currently|"
    r"primarily|mainly|chiefly|jointly|periodically)\s+)?"
)
# Between a modal and its verb: "will now also examine", "may also, where a state has accepted
# it, inquire": adverbs, and one parenthetical clause set off by commas.
_MODAL_GAP = r"(?:(?:also|now|further|additionally|only)(?:\s+|(?=,))){0,2}(?:,\s+[^,.;]{1,80},\s+)?"
# The description of a body standing between its name and its verb: "made up of seven judges",
# "composed of nine members", "comprising eighteen experts".
_MADE_UP = r"(?:,\s+(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising|formed\s+of)\s+[^,.;]{1,60},)?"
# "has eighteen judges and can try ...": a count of members, then the mandate
_HAS_COUNT = (
    r"(?:(?:has|have)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:judges|members|experts|commissioners)\s+and\s+)?"
)

# After a body's name: "supervises", ", which monitors", ", a body of experts that examines",
# "ten independent experts who review", "has the right to visit", "is authorized to inspect",
# "(SPT), which will visit". An abbreviation in parentheses and a place apposition (", based in
# The Hague,") may stand between. A modal ("which will visit", "who can examine") is read only in
# a relative clause: "the SPT will visit Ukraine" alone is a plan, not a mandate; so is the plain
# form ("experts who review"), which without a relative clause would be a noun or a command.
_NUMBER_WORD = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|"
    r"twenty|twenty-\w+|thirty|\d+|some|its)"
)
# Set off by commas between the name and its verb: an apposition ("the Human Rights Committee,
# a body of 18 experts, monitors ..."), a relative clause ("the court, which has seven judges,
# hears ..."), how it came to be ("the court, set up by a 1998 protocol, rules ..."); or a place
# after the name ("the Court in Strasbourg hears ..."). The verb after it is the main verb, so
# the body must be the sentence's subject.
_ASIDE = (
    r"(?:\s+(?:in|at)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?=\s+[a-z])"
    r"|,\s+(?:in|at)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?:,\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})?,"
    r"(?=\s+[a-z]))?"
    r"(?P<aside>,\s+(?:(?:a|an|the|its|one)\s+[^,.;:()—–]{1,80}?"
    r"|(?:which|that|who|whose)\s+[^,.;:()—–]{1,120}?"
    r"|(?:set\s+up|established|created|founded)\s+(?:by|in|under)\s+[^,.;:()—–]{1,60}?"
    r"|(?:chaired|led|headed|presided\s+over)\s+by\s+[^,.;:()—–]{1,60}?),(?=\s+[a-z]))?"
)
_AFTER_BODY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?"
    r"(?:,\s+(?:(?P<sits>(?:which|that)\s+)(?:sits|meets|is\s+based|is\s+headquartered|is\s+located|is\s+seated|has\s+its\s+seat|"
    r"has\s+its\s+headquarters)|"
    r"based|headquartered|located|seated|sitting)\s+(?:in|at)\s+[^,.;]{1,40},)?"
    + _MADE_UP
    + _ASIDE
    + r"(?P<rel>,\s+(?:"
    + _NUMBER_WORD
    + r"|the(?=\s+(?:body|panel|organ|committee|court|tribunal|commission|group|board)\b)"
    # "the Committee ..., the eighteen independent experts who examine ..."
    + r"|the(?=\s+"
    + _NUMBER_WORD
    + r"\s))"
    + r"\s+[^,.;]{0,60}?,?\s+(?:that|which|who)|,?\s+(?:which|that|who))?\s+"
    + _HAS_COUNT
    + _ADVERB
    + r"(?:(?P<modal>(?:will|can|may|shall|must)\b\s*"
    + _MODAL_GAP
    + r")?(?P<base>"
    + BASE
    + r")\b"
    + r"|(?P<third>"
    + THIRD
    + r")\b"
    r"|(?:is\s+able|are\s+able)\s+to\s+(?=" + BASE + r"\b)"
    r"|(?:has|have|had)\s+(?:the|a)\s+(?:right|power|authority|mandate|ability|competence)\s+to\s+"
    r"|(?:is|are)\s+(?:authori[sz]ed|empowered|mandated|entitled|allowed|permitted)"
    r"(?:\s+by\s+(?:the\s+)?[A-Z][^,.;]{1,50}?)?\s+to\s+"
    r"|(?:works|seeks|strives|exists|aims)\s+to\s+(?=" + BASE + r"\b)"
    r"|(?:is|are)\s+(?:responsible\s+for|tasked\s+with|charged\s+with|in\s+charge\s+of)\s+(?="
    + ING
    + r"\b))",
    _T,
)
# A noun, not a verb, after the name: "CPT visits to Russia", "CPT reports were published".
_NOUN_NEXT = re.compile(
    r"\s*(?:to|in|by|of|for|from|at|on|and|or|were|are|was|is|have|has|had|will|would|can|could|"
    r"which|that|—|–|-|[,.;:)])(?![\w-])",
    _T,
)
# "the CPT's ability to", "the committee's primary function is to"
_POSSESSIVE = re.compile(
    r"'s\s+(?:(?:primary|main|chief|key|core|sole|principal)\s+)?"
    r"(?:(?:function|role|task|mandate|job|purpose|mission|duty|responsibility)\s+(?:is|was)\s+to"
    r"|ability|power|right|mandate|capacity|authority|competence)\s+(?:to\s+)?(?=" + ANY_FORM + r"\b)",
    _T,
)
# "does not recognise the committee's competence to": a state's opt-out, which says what the
# body may not do there rather than what it does
_DENIED = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:to\s+)?"
    r"(?:recogni[sz](?:e|es|ed)|accept(?:s|ed)?|acknowledg(?:e|es|ed))\s+(?:the\s+)?$",
    _T,
)
# Its members acting for the body, at the start of a sentence: "Members of the committee examine
# state reports", "Judges at the court try ...", "The committee's 18 experts examine ..."
_MEMBER_NOUN = r"(?:members|judges|experts|commissioners|rapporteurs)"
_MEMBERS_OF = re.compile(
    r"\s*(?:The\s+)?(?:[\w-]+\s+)?" + _MEMBER_NOUN + r"\s+(?:of|at|on)\s+(?:the\s+)?", _T
)
_PLURAL_VERB = re.compile(r"\s+" + _ADVERB + r"(?P<verb>" + BASE + r")\b(?!\s+(?:to|in|on|at|of)\b)", _T)
_MEMBERS_AFTER = re.compile(
    r"['\u2019]s\s+(?:"
    + _NUMBER_WORD
    + r"\s+)?(?:[\w-]+\s+)?"
    + _MEMBER_NOUN
    + r"\s+"
    + _ADVERB
    + r"(?P<verb>"
    + BASE
    + r")\b(?!\s+(?:to|in|on|at|of)\b)",
    _T,
)
# "Its seven judges decide cases ...", "Its fifteen members, elected by the states parties,
# enquire into ...": the members of the body named just before, acting for it
_ITS_MEMBERS = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s))(?:Its|Their)\s+(?:"
    + _NUMBER_WORD
    + r"\s+)?(?:[\w-]+\s+)?"
    + _MEMBER_NOUN
    + r"(?:,\s+[^,.;:()—–]{1,80},)?\s+"
    + _ADVERB
    + r"(?P<verb>"
    + BASE
    + r")\b(?!\s+(?:to|in|on|at|of)\b)",
)
_WHOSE_MEMBERS = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+whose\s+(?:"
    + _NUMBER_WORD
    + r"\s+)?(?:[\w-]+\s+)?"
    + _MEMBER_NOUN
    + r"\s+"
    + _ADVERB
    + r"(?P<verb>"
    + BASE
    + r")\b(?!\s+(?:to|of)\b)",
    _T,
)
# "Its eighteen judges are elected by the Assembly of States Parties": the electing body's work
_ELECTED_BY = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s))(?P<whose>Its|Their|The\s+\w+['\u2019]s)\s+(?:" + _NUMBER_WORD + r"\s+)?"
    r"(?:[\w-]+\s+)?(?P<members>judges|members|experts|commissioners|prosecutors?)\s+(?:are|is)\s+"
    r"(?P<verb>elected|appointed|chosen|nominated)\s+by\s+(?:the\s+)?$",
)
_ACTIVE = {"elected": "elect", "appointed": "appoint", "chosen": "choose", "nominated": "nominate"}
# "The role of the committee is to monitor ...": the mandate named before the body
_ROLE_OF = re.compile(
    r"\b(?:the\s+)?(?:(?:main|primary|chief|key|core|sole|principal)\s+)?"
    r"(?:function|role|task|mandate|job|purpose|mission|duty|responsibility)\s+of\s+(?:the\s+)?$",
    _T,
)
_IS_TO = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:is|was)\s+to\s+(?=" + BASE + r"\b)", _T)
# "Its experts are authorized to", "These visits were designed to", "Its function is to"
_ANAPHOR = re.compile(
    r"\b(?:(?:Its|Their)\s+(?:[\w-]+\s+)?(?:experts|members|delegations|inspectors|staff|monitors)\s+"
    r"(?:are|were|is|was)\s+(?:authori[sz]ed|empowered|mandated|entitled|allowed|permitted|able)\s+to"
    r"|(?:These|Such|Those|Its|Their)\s+(?:[\w-]+\s+)?(?:visits|inspections|missions|reports)\s+"
    r"(?:are|were|is|was)\s+(?:designed|intended|meant|aimed)\s+to"
    r"|(?:Its|Their)\s+(?:[\w-]+\s+)?(?:function|role|task|mandate|purpose|mission)\s+(?:is|was)\s+to)"
    r"\s+(?=" + BASE + r"\b)"
)
# "the treaty allows the committee to visit ..."
_PERMIT = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|enabl(?:es|ed|ing|e)|permit(?:s|ted|ting)?|authori[sz](?:es|ed|ing|e)|"
    r"empower(?:s|ed|ing)?|entitl(?:es|ed|ing|e)|mandat(?:es|ed|ing|e))\s+(?:the\s+)?$",
    _T,
)
# "the treaty enables unannounced inspections of places of detention by the committee"
_PERMIT_NOUN = re.compile(
    r"\b(?:allow(?:s|ed)?|enabl(?:es|ed|e)|permit(?:s|ted)?|provides?\s+for|provided\s+for)\s+"
    r"(?P<np>[^,;:.—–()]{5,120}?)\s+by\s+(?:the\s+)?$",
    _T,
)
# "the protocol lets individuals send complaints to the committee": the body receives them.
_PETITION = re.compile(
    r"\b(?:lets?|allow(?:s|ed|ing)?|enabl(?:es|ed|ing|e)|permit(?:s|ted|ting)?)\s+"
    r"(?P<who>[\w-]+(?:\s+(?:and|or)\s+[\w-]+){0,1}(?:\s+[\w-]+){0,2}?)\s+(?:to\s+)?"
    r"(?:send|submit|bring|file|lodge|address|take)\s+(?P<what>complaints|cases|petitions|communications|"
    r"applications)\s+(?:directly\s+)?(?:to|before|with|at)\s+(?:the\s+)?$",
    _T,
)
# "... to the committee once domestic remedies are exhausted": the condition of receiving them
_WHEN_RECEIVED = re.compile(
    r"\s+(?P<when>(?:once|after|when|where|if|provided\s+that)\s+[^,.;:()—–]{3,80}?)\s*(?=[,.;:()—–]|$)", _T
)
# "a woman who has exhausted domestic remedies can send a communication to the committee": the
# subject of the sentence (after an opener) may address the body, so the body receives such things
_CAN_SEND = re.compile(
    r"(?:^|,\s+|:\s+)(?P<who>(?:[Aa]n?\s+|[Aa]ny\s+|[Aa]ll\s+)?[A-Za-z][^,.;:()—–]{2,120}?)\s+(?:can|may)\s+(?:also\s+|now\s+)?"
    r"(?:send|submit|bring|file|lodge|address)\s+(?:an?\s+)?(?P<what>complaints?|communications?|petitions?|"
    r"applications?)\s+(?:directly\s+)?(?:to|before|with)\s+(?:the\s+)?$",
)
_PLURAL_OF = {
    "complaint": "complaints",
    "communication": "communications",
    "petition": "petitions",
    "application": "applications",
}
_TREATY_WORD = re.compile(r"\b(?:treaty|convention|protocol|charter|agreement|covenant)\b", _T)
# "a system to monitor closed institutions ... through the committee"
_INSTRUMENT = re.compile(
    r"\b(?:system|mechanism|framework|procedure|regime)\s+(?:to|for)\s+(?=" + ANY_FORM + r"\b)", _T
)
_THROUGH = re.compile(r"\s+(?:through|via|by\s+means\s+of)\s+(?:the\s+)?$", _T)

# Where a clause of activities ends: punctuation, a dash, or a comma that opens something else.
# A comma before the last items of a list of nouns ("genocide, war crimes and crimes against
# humanity") does not end it.
_CLAUSE_END = re.compile(
    # ("which reviews reports from states, in 2005": a date after a comma is the main clause's)
    r"[.;:!?()\[\]—–]|\s-\s|,\s+(?=(?:in|on|since|from|until)\s+(?:\d|(?:early|late|mid)\b|January|"
    r"February|March|April|May|June|July|August|September|October|November|December))"
    r"|,\s+(?!(?:and\s+|or\s+|and\s+(?:it|they)\s+(?:(?:can|may|will|must|shall)\s+)?"
    r"(?:also\s+)?|(?:and|or)\s+(?:can|may|will|must|shall)\s+(?:also\s+)?)?(?:"
    + ANY_FORM
    + r"|including|in|on|at|for|with|from|to|of|especially|particularly|notably|such\s+as)\b"
    r"|(?:[\w'-]+(?:\s+[\w'-]+){0,3},\s+){0,5}[\w'-]+(?:\s+[\w'-]+){0,3},?\s+(?:and|or)\s+"
    r"(?!(?:" + ANY_FORM + r"|its|their)\b)(?:the\s+(?!(?:" + ANY_FORM + r")\b))?[\w'-])",
    _T,
)
_LEADING = re.compile(r"^(?:also|directly)\s+", _T)
# A clause of time or condition: its verb dates or conditions another event.
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|whenever|once|until|till|as\s+soon\s+as|if|unless)\s+(?:the\s+)?$", _T
)
_AND_THIRD = re.compile(r"\s+(?:and|or)\s+(?:" + THIRD + r")\b", _T)
# "meets in Geneva and publishes ...": a verb of place, then the activity
_LOCATED_AND = re.compile(r"\s+(?:in|at)\s+[^,;.]{1,40}?\s+and\s+(?P<verb>" + THIRD + r")\b", _T)
# "It rules on ...": a sentence opening with a pronoun and a verb of the body's mandate. After a
# pronoun the word is a verb, whatever follows it ("rules on").
_PRONOUN = re.compile(
    r"\s*(?:(?:Under|Through|In\s+addition|Besides|Moreover|Furthermore|Also)\b[^,;:.]{0,60},\s+)?"
    r"(?:It|it|They|they)\s+" + _ADVERB + r"(?P<modal>(?:will|can|may|shall|must)\b\s*" + _MODAL_GAP + r")?"
    r"(?P<verb>" + THIRD + "|" + BASE + r")\b"
)
# A modal in a main clause ("The Committee will consider the reports ...") states a mandate only
# where nothing in the clause dates it or names the state it acts on ("the SPT will visit
# Ukraine in May" is a plan).
_MODAL = re.compile(r"(?:will|can|may|shall|must)\s+(?:also\s+)?$", _T)
# "a report by the committee, which examines ...": the clause may be the report's, not the body's
_OWNED_BY = re.compile(
    r"\b(?:reports?|statements?|decisions?|rulings?|judgments?|findings|visits?|delegations?|letters?|"
    r"opinions?|recommendations?|observations|reviews?|sessions?|meetings?|members?|chair\w*|president|"
    r"head|experts?|staff|secretariat|spokes\w+)\s+(?:of|by|from|for)\s+(?:the\s+)?$",
    _T,
)
# "may, with the agreement of the state, visit": the clause set off between a modal and its verb
_MODAL_ASIDE = re.compile(r",\s+(?P<aside>(?:with|at|upon|on|subject\s+to)\s+[^,.;]{1,80}),\s+$", _T)


def _condition(match: re.Match[str]) -> str | None:
    """The condition set off by commas after a modal ("may, with the consent of the state,
    visit"): part of the function, which without it would say more than the text."""
    modal = match.group("modal")
    found = _MODAL_ASIDE.search(modal) if modal else None
    return found.group("aside") if found is not None else None


# "It is also mandated to receive complaints", "They have the power to visit ...": a sentence
# opening with a pronoun and a grant of power, the body the sentence before opened with
_IT_MANDATED = re.compile(
    r"\s*(?:It|They)\s+(?:(?:is|are)\s+(?:also\s+)?(?:authori[sz]ed|empowered|mandated|entitled|"
    r"competent|tasked|charged)\s+(?:with\s+)?to"
    # "It is made up of eighteen independent experts who examine ...": its members acting for it
    r"|(?:is|are)\s+(?:made\s+up\s+of|composed\s+of)\s+(?:\w+\s+){1,4}?"
    r"(?:experts|members|judges|commissioners)\s+(?:who|that)"
    r"|(?:has|have)\s+(?:also\s+)?(?:the|a)\s+(?:right|power|authority|mandate|competence)\s+to)"
    r"\s+(?=" + BASE + r"\b)"
)


# ": it sends questionnaires ...": after a colon, the body's activities go on with a pronoun
_COLON_IT = re.compile(r":\s+(?:it|they)\s+" + _ADVERB + r"(?=" + THIRD + r"\b)", _T)
_WOULD = re.compile(r"\b(?:would|could|might)\s+$", _T)
# "The Commission is where every case starts: it receives the petitions, visits countries ...":
# the sentence's subject is described by a copula, then a colon and a pronoun open its activities
_IS_THEN_COLON_IT = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:is|are)\s+[^.;:!?\"“”]{1,80}?:\s+(?:it|they)\s+"
    + _ADVERB
    + r"(?="
    + THIRD
    + r"\b)",
    _T,
)


def extract_functions(ctx: Context, view: View) -> None:
    """Add a ``tg:function`` claim for every activity the sentence says a body carries out. A
    headline's present tense tells the news ("Assembly approves X as rights chief"), not a rule."""
    if _is_headline(ctx, view):
        return
    text = view.text
    for body in view.of(BODIES):
        after = _AFTER_BODY.match(text, body.end, view.end)
        if after is not None and _acts(view, body, after):
            if after.group("aside") and re.match(r",\s+(?:which|that|who)\s", after.group("aside")):
                # "the committee, which examines the reports ..., will also review ...": both; the
                # relative clause says what the body does even in a dated sentence ("That
                # September the Assembly, which elects the judges, chose ...")
                s, e = after.span("aside")
                activities(ctx, view, body, body.start, s + 1, e - 1)
            # a relative clause describes the body as a rule even in a dated sentence
            relative = re.match(r",\s+(?:which|that|who)\b", after.group("rel") or "") is not None
            dated = _dated(view, body) and not relative
            start = _activity_start(view, after) if not dated else None
            if start is None and not dated and _rules_on(view, body, after):
                start = after.start("third")
            apposed = _APPOSED_THAT.match(text, *after.span("aside")) if after.group("aside") else None
            if apposed is not None and not dated and _general(view, apposed.start("verb")):
                s, e = apposed.start("verb"), after.end("aside") - 1
                _claim(ctx, view, body, body.start, s, e)
            if start is not None:
                end = _clause_end(view, start)
                # "the Commission, an organ of the OAS that monitors ...": the organ monitors
                actor = (_apposed_head(view, body) if after.group("rel") else None) or body
                _claim(ctx, view, actor, body.start, start, end, condition=_condition(after))
                colon = _COLON_IT.match(text, end, view.end)
                if colon is not None and _general(view, colon.end()):
                    # "monitors implementation in rounds: it sends questionnaires, analyses ..."
                    _claim(ctx, view, body, body.start, colon.end(), _clause_end(view, colon.end()))
        second = _AND_WHICH.match(text, body.end, view.end)
        # only for a listed body: a short unlisted name ("the Compliance Committee") may stand for a
        # longer listed one the registry does not match it to
        if second is not None and body.known and _general(view, second.end()):
            _claim(ctx, view, body, body.start, second.end(), _clause_end(view, second.end()))
        if _opens_sentence(view, body) and not _dated(view, body):
            _infinitives(ctx, view, body, body.start, body.end)
            described = _IS_THEN_COLON_IT.match(text, body.end, view.end)
            if described is not None and _general(view, described.end()):
                _claim(ctx, view, body, body.start, described.end(), _clause_end(view, described.end()))
        possessive = _POSSESSIVE.match(text, body.end, view.end)
        if possessive is not None and not _DENIED.search(text, view.start, body.start):
            _claim(ctx, view, body, body.start, possessive.end(), _clause_end(view, possessive.end()))
        lead = text[view.start : body.start]
        whose = _WHOSE_MEMBERS.match(text, body.end, view.end)
        if whose is not None and _general(view, whose.start("verb")):
            s = whose.start("verb")  # "the Court, whose seven judges rule on cases ..., sits in ..."
            _claim(ctx, view, body, body.start, s, _clause_end(view, s))
        elected = _ELECTED_BY.search(lead)
        if elected is not None:
            owner = _antecedent(ctx, view, view.start + elected.start())
            if owner is not None and owner.key != body.key:
                act = _ACTIVE[elected.group("verb")]
                what = f"{act} the {elected.group('members')} of the {owner.label}"
                ctx.claim(body.key, TG.function, Value(what), view, view.start + elected.start(), body.end)
        members = _MEMBERS_AFTER.match(text, body.end, view.end)
        if members is None and _MEMBERS_OF.fullmatch(lead):
            members = _PLURAL_VERB.match(text, body.end, view.end)
        if members is not None and _general(view, members.start("verb")):
            start = members.start("verb")
            _claim(ctx, view, body, view.start, start, _clause_end(view, start))
        role = _ROLE_OF.search(lead)
        to = _IS_TO.match(text, body.end, view.end)
        if role is not None and to is not None and _OPENER.fullmatch(lead, 0, role.start()):
            _claim(ctx, view, body, view.start + role.start(), to.end(), _clause_end(view, to.end()))
        permit = _PERMIT.search(lead)
        to = re.match(r"\s+to\s+(?=" + ANY_FORM + r"\b)", text[body.end : view.end], _T)
        if permit is not None and to is not None and _treaty_before(view, view.start + permit.start()):
            start = body.end + to.end()
            _claim(ctx, view, body, view.start + permit.start(), start, _clause_end(view, start))
        petition = _PETITION.search(lead)
        if (
            petition is not None
            and _treaty_before(view, view.start + petition.start())
            and not _WOULD.search(text, view.start, view.start + petition.start())
        ):
            what = f"receive {petition.group('what').lower()} from {petition.group('who')}"
            when = _WHEN_RECEIVED.match(text, body.end, _clause_end(view, body.end))
            if when is not None:  # "once domestic remedies are exhausted": part of the mandate
                what = f"{what} {' '.join(when.group('when').split())}"
            ctx.claim(body.key, TG.function, Value(what), view, view.start + petition.start(), body.end)
        sends = _CAN_SEND.search(lead)
        if sends is not None and not any(
            view.start + sends.start("who") <= m.start < body.start
            and (m.cls in BODIES or m.start == view.start + sends.start("who"))
            for m in view.mentions
        ):
            # "individuals who have exhausted domestic remedies can send a communication to the
            # committee": what the body receives, from whom
            what = _PLURAL_OF.get(sends.group("what").lower(), sends.group("what").lower())
            who = " ".join(sends.group("who").split())
            if len(who) > 1 and not who[1].isupper():  # "Trade unions" opening the sentence
                who = who[0].lower() + who[1:]
            ctx.claim(body.key, TG.function, Value(f"receive {what} from {who}"), view, view.start, body.end)
        noun = _PERMIT_NOUN.search(lead)
        if noun is not None and _treaty_before(view, view.start + noun.start()):
            s, e = view.start + noun.start("np"), view.start + noun.end("np")
            if not any(s <= m.start < e for m in view.of(BODIES)):
                _claim(ctx, view, body, view.start + noun.start(), s, e, split=False, end=body.end)
        through = _THROUGH.search(lead)
        if through is not None:
            purposes = list(_INSTRUMENT.finditer(text, view.start, view.start + through.start()))
            if purposes:
                s = purposes[-1].end()
                _claim(ctx, view, body, purposes[-1].start(), s, view.start + through.start(), end=body.end)
    it = re.match(r"\s*(?:It|They)\b", text[view.start : view.end])
    if it is not None:
        antecedent = _subject_before(ctx, view)
        if antecedent is not None:
            _infinitives(ctx, view, antecedent, view.start, view.start + it.end())
    mandated = _IT_MANDATED.match(text, view.start, view.end)
    if mandated is not None:
        antecedent = _subject_before(ctx, view)
        if antecedent is not None and _general(view, mandated.end()):
            s = mandated.end()  # "It is also mandated to receive complaints"
            _claim(ctx, view, antecedent, view.start, s, _clause_end(view, s))
    pronoun = _PRONOUN.match(text, view.start, view.end)
    if pronoun is not None and (not pronoun.group("modal") or _general(view, pronoun.start("verb"))):
        verb = pronoun.group("verb")
        antecedent = _subject_before(ctx, view, bool(_BODY_ONLY.fullmatch(verb)))
        if antecedent is not None:
            s = pronoun.start("verb")
            _claim(ctx, view, antecedent, s, s, _clause_end(view, s), condition=_condition(pronoun))
    _bulleted(ctx, view)
    for m in _ITS_MEMBERS.finditer(text, view.start, view.end):
        antecedent = _antecedent(ctx, view, m.start())
        if antecedent is not None and _general(view, m.start("verb")):
            s = m.start("verb")
            _claim(ctx, view, antecedent, m.start(), s, _clause_end(view, s))
    for m in _ANAPHOR.finditer(text, view.start, view.end):
        antecedent = _antecedent(ctx, view, m.start())
        if antecedent is not None:
            _claim(ctx, view, antecedent, m.start(), m.end(), _clause_end(view, m.end()))


# A list of activities set out as bullets after "Among other things, it" or "The committee can:"
_BULLET_MARK = re.compile(r"[ \t]*[-•*–][ \t]+")
_BULLET_VERB = re.compile(
    _ADVERB
    + r"(?P<modal>(?:can|may|will|shall|must)\b\s*)?(?:(?P<base>"
    + BASE
    + r")|(?P<third>"
    + THIRD
    + r"))\b",
    _T,
)
_INTRO = re.compile(
    r"(?:^|[,;]\s*|\s)(?P<it>it|they)(?:\s+(?P<modal>can|may|will|shall|must))?\s*:?\s*$"
    r"|(?P<modal2>\b(?:can|may|will|shall|must)(?:\s+also)?)\s*:\s*$"
    r"|\b(?:functions|tasks|duties|powers|mandate|responsibilities)\b[^:.]{0,30}:\s*$",
    _T,
)


# a line that is a body's name and a colon, the bullets after it listing what the body does
_NAMED_INTRO = re.compile(r"\s*(?P<name>[^,;:.!?]{2,100}?)\s*:\s*")


# A short phrase of manner or authority before the subject, without a comma: "Under its Protocol
# it:", "In practice it:". A phrase of time ("Last year it:") is not one: the list after it is a
# record, not a mandate.
_PREPOSED = (
    r"(?:Under|In|By|Through|Within|Across)\s+(?!(?:\d|19|20|last|this|that|the\s+past)\b)"
    r"[^,;:.\d]{1,40}?\s+"
)


def _bullet_mark(ctx: Context, index: int) -> re.Match[str] | None:
    """The bullet opening the line the sentence stands in, if the line is a bulleted item."""
    sentence = ctx.document.sentences[index]
    line = ctx.text.rfind("\n", 0, sentence.start) + 1
    return _BULLET_MARK.match(ctx.text, line)


def _is_bullet(ctx: Context, index: int) -> bool:
    """Whether the sentence opens a bulleted item."""
    mark = _bullet_mark(ctx, index)
    return mark is not None and mark.end() == ctx.document.sentences[index].start


def _bulleted(ctx: Context, view: View) -> None:
    """ "Among other things, it / - examines the reports ...; / - may visit ...": each bullet
    that opens with a verb is a function of the body the line before the list speaks of: the
    subject "it" stands for, or the body opening a line that ends in a colon."""
    index = view.sentence.index
    if not _is_bullet(ctx, index):
        return
    verb = _BULLET_VERB.match(view.text, view.start, view.end)
    if verb is None:
        return
    intro = index - 1
    while intro >= 0 and _is_bullet(ctx, intro):
        intro -= 1
    if intro < 0:
        return
    lead = ctx.document.sentences[intro]
    end = _INTRO.search(ctx.text, lead.start, lead.end)
    if end is None:
        named = _NAMED_INTRO.fullmatch(ctx.text, lead.start, lead.end)
        bodies = [m for m in ctx.mentions if lead.start <= m.start < lead.end]
        if named is None or len(bodies) != 1 or bodies[0].cls not in BODIES:
            return
        # "The Committee: / - examines ...; / - may visit ...": the line names the body alone
        alone = (
            _OPENER.fullmatch(ctx.text, lead.start, bodies[0].start) and named.end("name") == bodies[0].end
        )
        acting = (verb.group("third") and not verb.group("modal")) or (
            verb.group("modal") and verb.group("base")
        )
        start = verb.start("base") if verb.group("base") else verb.start("third")
        if alone and acting and _general(view, start):
            _claim(ctx, view, bodies[0], view.start, start, _clause_end(view, start))
        return
    if end.group("modal") or end.group("modal2"):  # "It can: / - visit prisons"
        if verb.group("modal") or not verb.group("base"):
            return
    elif not (verb.group("third") and not verb.group("modal")) and not (
        verb.group("modal") and verb.group("base")
    ):
        return  # "it / - examines", "it / - may visit"
    if end.group("it"):
        if end.start("it") > lead.start and not re.fullmatch(
            r"\s*(?:[A-Z][^,;:.]{0,60},\s*|" + _PREPOSED + r")?", ctx.text[lead.start : end.start("it")]
        ):
            return  # "it" must be the line's subject
        body = _subject_of(ctx, intro - 1, False, 2)
    else:
        body = _subject_of(ctx, intro, False, 0)
    start = verb.start("base") if verb.group("base") else verb.start("third")
    if body is None or not _general(view, start):
        return
    _claim(ctx, view, body, view.start, start, _clause_end(view, start))


# "is to promote ..., to develop ... and to seek ...", "is meant to act quickly: to receive ...":
# a mandate as infinitives. A bare "is to" states a mandate only as a list ("the committee is to
# meet on Monday" is a plan); after a colon the list is the mandate, the words before it a manner.
_MEANT = re.compile(r"\s+(?:is|are)\s+(?:(?P<meant>meant|designed|intended)\s+)?to\s+(?=[a-z]+\s)")
# the items after the first may name any activity: "to develop a declaration and to seek ..."
_LIST_TO = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)to\s+(?=[a-z]+\s)")
_COLON_TO = re.compile(r":\s+to\s+(?=" + BASE + r"\b)", _T)


def _infinitives(ctx: Context, view: View, body: Mention, evidence_start: int, pos: int) -> None:
    """The mandate after "<body> is to" / "It is meant to", from ``pos`` (the end of the body or
    the pronoun)."""
    m = _MEANT.match(view.text, pos, view.end)
    if m is None:
        return
    start = m.end()
    end = _clause_end(view, start)
    colon = _COLON_TO.match(view.text, end, view.end)
    if colon is not None:
        start, end = colon.end(), _clause_end(view, colon.end())
    else:
        # a bare "is to" needs a list; "is meant to" an activity verb
        bare = not m.group("meant")
        if not (
            _LIST_TO.search(view.text, start, end)
            if bare
            else re.match(BASE + r"\b", view.text[start:end], _T)
        ):
            return
    if not _general(view, start):
        return
    for item in _LIST_TO.finditer(view.text, start, end):
        _claim(ctx, view, body, evidence_start, start, item.start())
        start = item.end()
    _claim(ctx, view, body, evidence_start, start, end)


# "the committee, which the parties set up in 2002 and which can receive communications": the
# second relative clause states the mandate
_AND_WHICH = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:which|that)\s+[^,.;:()—–]{1,100}?\s+and\s+(?:which|that)\s+"
    + _ADVERB
    + r"(?:(?:can|may|will|shall|must)\b\s*"
    + _MODAL_GAP
    + r"(?="
    + BASE
    + r"\b)|(?="
    + THIRD
    + r"\b))",
    _T,
)


def _is_headline(ctx: Context, view: View) -> bool:
    """The document's first line, standing alone with no full stop: its headline."""
    line = view.text[view.start : view.end]
    return (
        view.sentence.index == 0
        and not view.text[: view.start].strip()
        and view.text[view.end : view.end + 1] in ("\n", "")
        and not line.rstrip().endswith((".", "!", "?", ":"))
    )


def _dated(view: View, body: Mention) -> bool:
    """A date opens the sentence before the body: "- 2 April 2013 – The Assembly adopts the
    treaty", "On 3 May the committee reviews ...": a chronology's act in the present, once, not
    what the body does as a rule."""
    return any(
        view.start <= d.start < body.start
        and _DATE_OPENS.fullmatch(view.text, view.start, d.start) is not None
        and _DATE_TO_BODY.fullmatch(view.text, d.end, body.start) is not None
        for d in view.dates
    )


_DATE_OPENS = re.compile(r"\s*(?:[-–—•*]\s*)?(?:(?:On|In|By|Since|As\s+of)\s+)?", _T)
# ("- 10 December 1984 - After a long campaign, the Assembly adopts ...": a fronted phrase between)
_DATE_TO_BODY = re.compile(r"[\s,:;–—-]*(?:[A-Z][^,.;:]{0,80},\s+)?(?:the\s+)?", _T)


def _acts(view: View, body: Mention, after: re.Match[str]) -> bool:
    """The body is the one acting, in a mandate rather than an event: the subject (or the head
    of a relative clause), not inside a clause of time ("after the Secretary-General receives
    the notification" dates something else), with a modal only in a relative clause."""
    if _SUBORDINATE.search(view.text, max(view.start, body.start - 40), body.start):
        return False
    if after.group("aside"):
        s, e = after.span("aside")
        others = [m for m in view.mentions if s <= m.start < e and m.key != body.key]
        if any(
            m.cls in (TG.State, TG.Place)
            or (
                m.cls in BODIES
                and not _OF.search(view.text, s, m.start)
                and not _OWNER.match(view.text, m.end)
                and not _AGENT_BY.search(view.text, s, m.start)
            )
            for m in others
        ):
            return False  # a list of bodies, or a clause about a state
    if after.group("rel") and _COMPOSED_OF.search(view.text, view.start, body.start):
        return False  # "a mechanism, composed of a conference and a committee, which ...": the whole's
    if after.group("rel") and _APPOSED_AGENT.search(view.text, view.start, body.start):
        # "X, a body of experts elected by the Committee of Ministers, which also reviews ...":
        # the relative clause goes on describing X, not the body that elects its members
        return False
    if after.group("rel") and _THE_BODY_THAT.match(after.group("rel")):
        return True  # "President of the Assembly, the body that elects ...": the Assembly's
    if after.group("rel") or after.group("sits"):
        # "the election of the Commission, which sits in Washington, examines petitions ...": the
        # verbs after a relative clause of place continue it, whatever the body's own role
        return not _OWNED_BY.search(view.text, max(view.start, body.start - 40), body.start)
    if after.group("base"):  # a modal: a mandate only for the sentence's subject, undated, general
        return _opens_sentence(view, body) and _general(view, after.start("base"))
    if after.group("aside") and _APPOSED_THAT.match(after.group("aside")):
        # "evaluated by GREVIO, the group of experts that monitors X, examines reports and ...":
        # the verbs after the apposition go on with its relative clause, whatever the body's role
        return True
    return _is_subject(view, body)


# ", the group of independent experts that monitors ...": an apposition whose relative clause
# says what the body does
_APPOSED_THAT = re.compile(
    r",\s+(?:a|an|the)\s+[^,.;:()—–]{1,60}?\s+(?:that|which|who)\s+"
    + _ADVERB
    + r"(?P<verb>"
    + THIRD
    + r")\b",
    _T,
)


# ", the body that elects ...": an apposition that can only describe the body itself
_THE_BODY_THAT = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:body|organ)\s+(?:that|which)\s*$", _T)


# "elected by the", "set up by": the body after it is the agent of a participle, a detail of the
# description of another body
_AGENT = (
    r"(?:elected|appointed|chosen|nominated|set\s+up|established|created|chaired|led|headed)"
    r"\s+by\s+(?:the\s+)?"
)
_COMPOSED_OF = re.compile(
    r"\b(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising|formed\s+of)\s+[^,.;:()—–]{0,60}$", _T
)
_AGENT_BY = re.compile(_AGENT + r"$", _T)
_APPOSED_AGENT = re.compile(
    r",\s+(?:a|an|the|its)\s+[^,.;:()—–]{1,80}?\s+" + _AGENT + r"(?:(?:[\w-]+\s+){1,4}of\s+(?:the\s+)?)?$", _T
)


# What may open a sentence before its subject: "Under the protocol, the committee will examine
# complaints" states the mandate the protocol gives; it does not date the act.
_OPENER = re.compile(
    r"\s*(?:(?:Under|Through|In\s+addition|Besides|Moreover|Furthermore|Also|Since\s+then|Now)\b"
    r"(?![^,;:.]{0,60}\b(?:19|20)\d\d\b)[^,;:.]{0,60},\s+)?(?:the\s+)?",
    _T,
)


# ", an autonomous organ of the OAS that ...": the relative clause after the second body goes
# on describing the organ, which the apposition names as the first body
_ORGAN_OF = re.compile(
    r",\s+(?:a|an|the|its|one)\s+(?:[\w-]+\s+){0,4}?(?:organ|body|arm|agency|institution|entity|branch|"
    r"component|subsidiary|part|mechanism)\s+of\s+(?:the\s+)?$",
    _T,
)


def _apposed_head(view: View, body: Mention) -> Mention | None:
    """The body an apposition ("X, an organ of <body> that ...") describes, when ``body`` is
    the whole that apposition names X a part of."""
    organ = _ORGAN_OF.search(view.text, view.start, body.start)
    if organ is None:
        return None
    pos = organ.start()
    return next((m for m in view.of(BODIES) if m.end == pos and m.key != body.key), None)


def _opens_sentence(view: View, body: Mention) -> bool:
    return bool(_OPENER.fullmatch(view.text, view.start, body.start))


def _general(view: View, start: int) -> bool:
    """No date and no state in the clause from ``start``: a standing task, not a plan. After
    "will", the task is also a kind of thing, in the plural ("will consider the reports"), not
    one thing ("will hear the appeal")."""
    end = _clause_end(view, start)
    if any(start <= d.start < end for d in view.dates):
        return False
    if any(start <= m.start < end and m.cls in _PARTICULAR for m in view.mentions):
        return False
    if _WHEN_WORDS.search(view.text, start, end):
        return False  # "will publish its concluding observations next week": one occasion
    will = re.search(r"\bwill\b\s*" + _MODAL_GAP + "$", view.text[max(view.start, start - 120) : start], _T)
    if will is None:
        return True
    return bool(_PLURAL_OBJECT.match(view.text, start, end) or _OVERSEE.match(view.text, start, end))


_PARTICULAR = frozenset({TG.State, TG.Person, TG.Place})
# A time the words give without a calendar date: the clause tells of one occasion
_WHEN_WORDS = re.compile(
    r"\b(?:(?:next|this|last|later\s+this)\s+(?:week|month|year|session)|tomorrow|tonight|today|"
    r"(?:on|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    _T,
)
_OF = re.compile(r"\bof\s+(?:the\s+)?$", _T)
_OWNER = re.compile(r"['\u2019]s?\b")
# the verb, then a plural noun within its next four words: "consider the reports", "inquire into
# grave violations"
# "will supervise compliance with this judgment": supervising is a standing task whatever its object
_OVERSEE = re.compile(r"(?:supervise|monitor|oversee)\s+(?:compliance|implementation|execution)\b", _T)
_PLURAL_OBJECT = re.compile(
    r"\w+(?:\s+[\w'-]+){0,3}?\s+"
    r"(?!(?:has|was|is|does|this|its|thus|us|as|yes|whereas|plus)\b)[\w-]+[^s\W]s\b",
    _T,
)


def _activity_start(view: View, after: re.Match[str]) -> int | None:
    """Where the activity's words start, or None when the verb form is a noun ("CPT visits to
    Russia"). "Meets in Geneva and publishes reports": the place of meeting is no activity; the
    verb after "and" is."""
    if after.group("base"):
        return after.start("base")
    if not after.group("third"):
        return after.end()
    if not _NOUN_NEXT.match(view.text, after.end()):
        return after.start("third")
    more = _AND_THIRD.match(view.text, after.end(), view.end)
    if more is not None and not _NOUN_NEXT.match(view.text, more.end()):
        return after.start("third")  # "investigates and tries individuals"
    located = _LOCATED_AND.match(view.text, after.end(), view.end)
    if located is not None and not _NOUN_NEXT.match(view.text, located.end()):
        return located.start("verb")
    return None


# "rules on", "decides on", "reports on": a verb after a body opening the sentence ("The
# European Committee of Social Rights rules on ..."), a noun elsewhere ("UN rules on detention").
_VERB_ON = re.compile(r"(?:rules|decides|reports|adjudicates)\s+on\s+(?:the\s+|whether\b)?[a-z]", _T)


def _rules_on(view: View, body: Mention, after: re.Match[str]) -> bool:
    relative = re.match(r",?\s+(?:which|that|who)\b", after.group("rel") or "") is not None
    return (
        bool(after.group("third"))
        and _VERB_ON.match(view.text, after.start("third")) is not None
        # ", which rules on ...": after a relative pronoun the word is the verb, wherever the body stands
        and (_opens_sentence(view, body) or relative)
        and _general(view, after.start("third"))  # "rules on Rwanda's withdrawal": one case
    )


def _subject_before(ctx: Context, view: View, body_only: bool = False) -> Mention | None:
    """The body "It" or "They" opening a sentence refers to: the subject of the sentence before,
    when that is a body (its first mention, at the start of the sentence), or what that sentence's
    own opening "It" referred to ("It examines the reports. It also receives complaints.")."""
    index = view.sentence.index
    if _is_bullet(ctx, index):
        # "What the Committee does / - It examines ... / - It considers ...": every item's "It"
        # is the body the line over the list names
        intro = index - 1
        while intro >= 0 and _bullet_mark(ctx, intro) is not None:
            intro -= 1
        heading = _heading_body(ctx, intro)
        if heading is not None:
            return heading
    asked = _question_body(ctx, index)
    if asked is not None:
        return asked
    return _subject_of(ctx, index - 1, body_only, chain=2)


def _question_body(ctx: Context, index: int) -> Mention | None:
    """ "What can the Committee do? / It examines the reports ...": the one body an interviewer's
    question on a line of its own names, for "It" opening the answer below it."""
    if index < 1:
        return None
    question, answer = ctx.document.sentences[index - 1], ctx.document.sentences[index]
    words = ctx.text[question.start : question.end].strip()
    if not words.endswith("?") or "\n" not in ctx.text[question.end : answer.start]:
        return None
    named = [m for m in ctx.mentions if question.start <= m.start < question.end]
    if len({m.key for m in named}) != 1 or named[0].cls not in BODIES:
        return None
    return named[0]


def _heading_body(ctx: Context, index: int) -> Mention | None:
    """The one body a heading names ("What the Committee does", "The Court's mandate"): a short
    line with no closing stop."""
    if index < 0:
        return None
    line = ctx.document.sentences[index]
    words = ctx.text[line.start : line.end].strip()
    if not words or words[-1] in ".!?:;," or len(words.split()) > 8:
        return None
    named = [m for m in ctx.mentions if line.start <= m.start < line.end]
    if len({m.key for m in named}) != 1 or named[0].cls not in BODIES:
        return None
    return named[0]


_OPENING_PRONOUN = re.compile(r"\s*(?:It|They)\s")


def _subject_of(ctx: Context, index: int, body_only: bool, chain: int) -> Mention | None:
    if index < 0:
        return None
    previous = ctx.document.sentences[index]
    if chain > 0 and _OPENING_PRONOUN.match(ctx.text, previous.start, previous.end):
        return _subject_of(ctx, index - 1, body_only, chain - 1)
    found = [m for m in ctx.mentions if previous.start <= m.start < previous.end]
    opener = re.match(r"\s*(?:Under|Through)\b[^,;:.]{0,60},", ctx.text[previous.start : previous.end])
    if opener is not None:  # "Under the protocol, the committee ...": the subject follows the opener
        found = [m for m in found if m.start >= previous.start + opener.end()]
    if found and found[0].cls not in BODIES and body_only:
        # "The convention establishes the committee. It will examine the reports ...": a verb only
        # a body's work fits refers back to the body the sentence before set up
        created = [m for m in found if m.cls in BODIES and _CREATES.search(ctx.text, previous.start, m.start)]
        return created[0] if len(created) == 1 else None
    if not found or found[0].cls not in BODIES:
        return None
    return found[0] if _OPENER.fullmatch(ctx.text, previous.start, found[0].start) else None


_CREATES = re.compile(r"\b(?:establish(?:es|ed)|creat(?:es|ed)|sets?\s+up|set\s+up)\s+(?:the\s+|a\s+)?$", _T)
# Verbs of a body's work that a treaty, a state or a person is not said to do
_BODY_ONLY = re.compile(
    r"(?:examine|review|consider|receive|hear|visit|inspect|investigate|inquire|enquire|decide|"
    r"adjudicate|try|prosecute)s?\b",
    _T,
)


def _is_subject(view: View, body: Mention) -> bool:
    """The body acts: it is not the object of a preposition or a possessive's owner."""
    lead = view.text[max(view.start, body.start - 12) : body.start]
    return not re.search(r"\b(?:of|by|to|from|with|against|on|in|into|for)\s+(?:the\s+)?$", lead, _T)


def _treaty_before(view: View, pos: int) -> bool:
    """A permission is the treaty's: a treaty is named (or called one) before the verb."""
    named = any(m.end <= pos for m in view.of(TREATY_CLASSES))
    return named or bool(_TREATY_WORD.search(view.text, view.start, pos))


def _antecedent(ctx: Context, view: View, pos: int) -> Mention | None:
    """The body "its" or "these visits" refers to: the last one named earlier in the sentence,
    else in the sentence before."""
    in_sentence = [m for m in view.of(BODIES) if m.end <= pos]
    if in_sentence:
        return in_sentence[-1]
    index = view.sentence.index
    if index == 0:
        return None
    previous = ctx.document.sentences[index - 1]
    found = [m for m in ctx.mentions if previous.start <= m.start < previous.end and m.cls in BODIES]
    return found[-1] if found else None


# "adopt a resolution or, where the state does not comply, a recommendation": a clause set off
# by commas between "or" and the rest of the list, which goes on after it
_INTERRUPTED = re.compile(
    r"(?:(?<=\sor)|(?<=\sand)),\s+(?:where|when|if|unless|in\s+\w+\s+cases|as\s+the\s+case\s+may\s+be)\b"
    r"[^,.;:()—–]{0,80},\s+",
    _T,
)


def _clause_end(view: View, start: int) -> int:
    pos = start
    while (m := _CLAUSE_END.search(view.text, pos, view.end)) is not None:
        aside = _INTERRUPTED.match(view.text, m.start(), view.end)
        if aside is None:
            return m.start()
        pos = aside.end()
    return view.end


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The activities of ``text[start:end]``: a new one starts at a verb of the first one's form
    after "and", "or" or a comma, or at a participle after a comma or "by"."""
    first = re.match(r"\s*(\w+)", text[start:end])
    if first is None:
        return []
    word = first.group(1).lower()
    form = BASE if re.fullmatch(BASE, word) else THIRD if re.fullmatch(THIRD, word) else ING
    # "to examine reports, to visit prisons and to publish ...": a list of infinitives
    to = r"(?:to\s+)?" if form == BASE else ""
    boundary = re.compile(
        r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|,?\s+as\s+well\s+as\s+)" + to + r"(?=" + form + r"\b)"
        r"|,?\s+(?:and|or)\s+(?:can|may|will|must|shall)\b\s*" + _MODAL_GAP + r"(?=" + BASE + r"\b)"
        r"|,?\s+and\s+(?:it|they)\s+(?:(?:can|may|will|must|shall)\s+)?(?:also\s+)?(?=" + ANY_FORM + r"\b)"
        r"|,\s+(?=" + ING + r"\b)|\s+by\s+(?=" + ING + r"\b)"
        # "responsible for reviewing reports and for examining complaints"
        r"|,?\s+(?:and|or)\s+for\s+(?=" + ING + r"\b)",
        _T,
    )
    parts: list[tuple[int, int]] = []
    pos = start
    for m in boundary.finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    # a verb with no object of its own shares the next one's: "investigates and tries individuals"
    merged: list[tuple[int, int]] = []
    for s, e in parts:
        if merged and len(text[merged[-1][0] : merged[-1][1]].split()) < 2:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _claim(
    ctx: Context,
    view: View,
    body: Mention,
    evidence_start: int,
    start: int,
    stop: int,
    split: bool = True,
    end: int | None = None,
    condition: str | None = None,
) -> None:
    text = ctx.document.text
    if _stray_name(ctx, body):
        return
    for i, (s, e) in enumerate(_split(view.text, start, stop) if split else [(start, stop)]):
        lead = _LEADING.match(view.text, s)
        if lead is not None:
            s = lead.end()
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",'\"“”’"):
            e -= 1
        while s < e and text[s] in "'\"“”‘":
            s += 1
        e = _list_of_bodies_cut(view, s, e)
        tail = _TO_THEM.search(text, s, e)
        if tail is not None:  # "addresses recommendations to them": the pronoun says nothing
            e = tail.start()
        if len(text[s:e].split()) < 2 or _PRONOUN_OBJECT.fullmatch(text, s, e) or _names_a_state(view, s):
            continue  # "approve it", "refers Libya to the court": an act, not a standing task
        if _TOLD.match(text, s, e) or _one_named_item(view, s):
            continue  # "tells me the accession ...", "publishes its Advisory Opinion on ...": one act
        if _DELIBERATION.fullmatch(text, s, e) or _ONE_CASE.match(text, s, e):
            continue  # "which will consider what measures to take": in the one case told of
        what = " ".join(_INTERRUPTED.sub(" ", text[s:e]).split())
        if condition is not None and i == 0:  # "may, with the state's consent, visit": the condition too
            what = f"{what} {' '.join(condition.split())}"
        if not _treaty_only(view, s, e):  # "monitors the convention" is the relation alone
            ctx.claim(body.key, TG.function, Value(what), view, min(evidence_start, s), max(e, end or e))
        if _SUPERVISING.match(what):
            named = [t for t in view.of(TREATY_CLASSES) if s <= t.start and t.end <= e]
            if named:
                key = supervised(ctx, body, named[0])
                if key is not None:
                    ctx.claim(body.key, TG.monitors, key, view, min(evidence_start, s), named[0].end)
            elif _OF_A_TREATY.search(what) and not _OF_IT.search(what):
                # "the body of experts that monitors compliance": with the one treaty it serves;
                # "oversees the court's administration" is about an institution, not a treaty
                key = _own_treaty(ctx, body)
                if key is not None:
                    ctx.claim(body.key, TG.monitors, key, view, min(evidence_start, s), e)


def _stray_name(ctx: Context, body: Mention) -> bool:
    """Whether ``body`` is only a generic name's guess: the document calls it by a name that
    needs context ("the Committee of Experts") and never names it otherwise, nor the
    organisation it belongs to, nor a treaty it serves, so the name may well be another
    organisation's committee of the same name."""
    if body.via != "hidden" or any(m.key == body.key and m.via != "hidden" for m in ctx.mentions):
        return False
    parents = {p for b, p in ctx.registry.linked(ORG.subOrganizationOf) if b == body.key}
    if not parents:
        return False
    related = parents | {t for b, t in ctx.registry.linked(TG.monitors) if b == body.key}
    related |= {t for t, b in ctx.registry.linked(TG.establishes) if b == body.key}
    return not any(m.key in related for m in ctx.mentions)


# "monitors the convention", "supervises the other covenant": a treaty named by its head noun
# alone, which ``tg:monitors`` says where the treaty is known; as a function it says nothing
# the relation does not ("monitors the civil and political covenant" does: which one)
_TREATY_ONLY = re.compile(
    r"(?:monitors|oversees|supervises|scrutini[sz]es)\s+(?:the\s+|this\s+|that\s+|its\s+|both\s+)?"
    r"(?:(?:other|two|same)\s+)?(?:convention|covenant|treaty|protocol|charter|statute|agreement)s?"
    r"(?:\s+and\s+(?:its|their)\s+(?:optional\s+|two\s+)?protocols?)?",
    _T,
)
# ", and to the Committee on ...": a list going on to another body, where this one's clause ends
_TO_ANOTHER = re.compile(r",\s+(?:and\s+|or\s+)?(?:to|for|with|from|by)\s+(?:the\s+)?", _T)


def _treaty_only(view: View, s: int, e: int) -> bool:
    """Whether the activity is supervising a treaty named by its head noun alone: "monitors the
    convention", "supervises the other covenant"."""
    return _TREATY_ONLY.fullmatch(view.text, s, e) is not None


def _list_of_bodies_cut(view: View, s: int, e: int) -> int:
    """The end of an activity inside a list of bodies: "which ... will examine its first report,
    and to the Committee on ..." ends before the comma that leads to the next body."""
    for m in _TO_ANOTHER.finditer(view.text, s, e):
        if any(x.start == m.end() for x in view.of(BODIES)):
            return m.start()
    return e


# "tells me the accession was made", "told reporters that ...": the body's words passed on to the
# writer or the press, which report one exchange rather than what the body does
_TOLD = re.compile(
    r"(?:tells?|told|telling|informs?|informed)\s+(?:me|us|you|him|her|them|reporters|journalists|"
    r"(?:the|this|our)\s+(?:press|newspaper|paper|blog|agency))\b",
    _T,
)
# "will consider the case closed": the one case the text tells of
_ONE_CASE = re.compile(r"\w+\s+(?:the|this|that)\s+case\b", _T)
# "issues recommendations to them": a pronoun closing the activity
_TO_THEM = re.compile(r"(?<=[a-z]s)\s+to\s+them$", _T)
# "which will consider what measures to take": a decision to be made in one case
_DELIBERATION = re.compile(r"\w+\s+(?:what|which)\s+(?:[\w-]+\s+){1,2}to\s+\w+", _T)
# "publishes its Advisory Opinion on ...": the object is one document the body names by a title
# of its own, so the clause tells a single act (the news of the day), not a standing task
_ITS_TITLED = re.compile(r"\w+\s+(?:its|their)\s+(?=[A-Z][a-z])")


def _one_named_item(view: View, s: int) -> bool:
    """Whether the activity's object is the body's own titled document ("its Advisory Opinion",
    "their Joint Statement"); a treaty so named ("its Optional Protocols") is not one act."""
    found = _ITS_TITLED.match(view.text, s, view.end)
    if found is None:
        return False
    return not any(m.start == found.end() for m in view.of(TREATY_CLASSES))


# "examine its first report": one state's report, a step of one procedure
_ONE_REPORT = re.compile(
    r"\w+\s+(?:its|their|the\s+state's|the\s+country's)\s+(?:first|second|third|next|initial|latest|last)\s+",
    _T,
)


def _names_a_state(view: View, s: int) -> bool:
    """ "refers Libya to The Hague", "visits Ukraine", "examine its first report": the activity's
    object is one state or one state's report, so it is an act done once rather than what the
    body does."""
    if _ONE_REPORT.match(view.text, s, view.end):
        return True
    verb = re.match(r"\w+\s+", view.text[s : view.end])
    if verb is None:
        return False
    return any(x.start == s + verb.end() for x in view.of((TG.State,)))


def _own_treaty(ctx: Context, body: Mention) -> str | None:
    """The treaty a body serves when a function names none ("monitors compliance"): the one
    treaty the registry links it to, provided the document names that treaty too."""
    key = _founding(ctx, body)
    return key if key is not None and any(m.key == key for m in ctx.mentions) else None


def _founding(ctx: Context, body: Mention) -> str | None:
    """The one treaty that establishes a registered body, else the one it monitors."""
    founding = {t for t, b in ctx.registry.linked(TG.establishes) if b == body.key}
    if len(founding) == 1:
        return next(iter(founding))
    monitored = {t for b, t in ctx.registry.linked(TG.monitors) if b == body.key}
    return next(iter(monitored)) if not founding and len(monitored) == 1 else None


def supervised(ctx: Context, body: Mention, treaty: Mention) -> str | None:
    """The treaty a body supervises when a function names it. The registry knows which treaties
    a registered body serves; "the Convention" resolved to another treaty named just before is
    a wrong antecedent: the body's own treaty is meant when the registry names exactly one, and
    nothing is said otherwise."""
    own = {t for b, t in ctx.registry.linked(TG.monitors) if b == body.key}
    own |= {t for t, b in ctx.registry.linked(TG.establishes) if b == body.key}
    if not own or treaty.key in own:
        return treaty.key
    bare = re.fullmatch(
        r"(?:the\s+)?(?P<head>convention|covenant|treaty|protocol|charter|statute)", treaty.text, _T
    )
    if bare is None:
        return None
    # "monitors the Covenant" of a body serving a covenant and its protocol: the covenant
    head = bare.group("head").lower()
    titled = {
        t for t in own if (e := ctx.registry.entry(t)) is not None and _first_treaty_noun(e.label) == head
    }
    return next(iter(titled)) if len(titled) == 1 else _founding(ctx, body)


def _first_treaty_noun(label: str) -> str | None:
    found = _TREATY_WORD.search(label)
    return found.group(0).lower() if found is not None else None


# A function of supervising a treaty names the treaty the body monitors: "monitors how states
# apply the covenant", "oversees compliance with the convention".
_SUPERVISING = re.compile(
    r"(?:monitor|oversee|supervise|scrutini[sz]e)s?\b"
    r"|(?:review|assess|evaluate|examine)s?\s+(?:the\s+)?(?:states'\s+|states\s+parties'\s+)?"
    r"(?:compliance|implementation|application)\b"
    r"|(?:review|consider|examine)s?\s+(?:the\s+)?(?:periodic\s+)?reports\s+(?:of|from|by)\s+"
    r"(?:the\s+)?states?\s+part(?:y|ies)\s+to\b"
    r"|(?:review|assess|examine)s?\s+how\s+(?:the\s+)?states(?:\s+parties)?\s+(?:apply|implement|respect)\b",
    _T,
)


# "monitor compliance with it": the pronoun stands for what the sentences before told (a judgment,
# a ruling), never for the treaty the body serves
_OF_IT = re.compile(r"\b(?:with|of)\s+(?:it|them|this|these)$", _T)


_OF_A_TREATY = re.compile(
    r"\b(?:compliance|implementation|application|obligations|observance|states?|treaty|convention|"
    r"covenant|protocol|charter)\b",
    _T,
)

# "approve it by a two-thirds majority": the object is a pronoun and nothing says what the act
# is about ("advise them on safeguards" does)
_PRONOUN_OBJECT = re.compile(
    r"\S+\s+(?:it|them|this|that|these|those)(?:\s+(?:by|at|in|within|before|after|when|if|once|with)\b.*)?$",
    _T,
)


def activities(ctx: Context, view: View, body: Mention, evidence_start: int, start: int, end: int) -> None:
    """The functions of ``body`` named by a clause another rule found (``text[start:end]``, from
    its first verb): one per activity."""
    first = re.match(
        r"\s*(?:(?:that|which|who)\s+)?(?:(?:can|may|shall|must)\s+(?:also\s+)?)?"
        r"(?:(?:works|seeks|strives|aims|exists)\s+to\s+)?",
        view.text[start:end],
    )
    s = start + (first.end() if first else 0)
    if re.match(ANY_FORM + r"\b", view.text[s:end], _T):
        _claim(ctx, view, body, evidence_start, s, min(end, _clause_end(view, s)), end=body.end)
