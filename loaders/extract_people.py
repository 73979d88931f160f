"""What people and organisations say and are: quoted statements, posts held, and counts.

A statement needs quoted words and a speaker the grammar names (a person or organisation next
to a speech verb, or "she said" after a statement by her); the claims made inside the quoted or
reported words are attributed to the speaker. "According to X" names the outlet that reported
them. Posts come from a title before a name ("Senator Andrey Klishas") or an apposition after it
("Olga Sadovskaya, a member of ..."); a post whose organisation the text does not give is taken
from the registry only when the registry records that very post.
"""

from __future__ import annotations

import re

from loaders.extract_context import ORG_CLASSES, Context, View, slug_of
from loaders.extract_counts import body_sizes, member_counts, opening_sizes, treaty_counts, vote_counts
from loaders.facts import Ref, Value
from loaders.iris import Minter, slugify
from loaders.lexicon import alternation, entries
from loaders.mentions import Mention
from loaders.unlisted import OFFICE, TITLE, WORD, demonyms, is_name_word
from loaders.vocabulary import ORG, RDF, SCHEMA, SKOS, TG, XSD

__all__ = [
    "extract_memberships",
    "extract_quantities",
    "extract_statements",
    "find_speech",
    "pronoun_person",
    "reporting_outlet",
]

SPEAKERS = (TG.Person, *sorted(ORG_CLASSES - {TG.MediaOutlet}))
_SPEECH = (
    r"(?:said|says|stated|states|stating|declared|added|warned|urged|insisted|insisting|noted|wrote|"
    r"lamented|argued|predicted|predicts?|condemned|emphasi[sz]ed|critici[sz]ed|asserted|told|"
    r"cautioned|described|pointed out|put it|tweeted|posted(?=\s+on\s+(?:[A-Z]\w*|social\s+media)\b))"
)
# Verbs that introduce quoted words only: "explained", "replied", "announced" report an act as
# often as words when no quotation follows, so they never open reported speech without one.
_QUOTING = (
    rf"(?:{_SPEECH[3:-1]}|explained|explains|explaining|continued|continues|replied|replies|responded|"
    r"answered|announced|stressed|stresses|observed|remarked|recalled|recalls|acknowledged|admitted|"
    r"conceded|commented|concluded|notes|noting|adds|adding|saying|tells|writes|underlined|"
    r"highlighted|affirmed|maintained|claimed|countered|complained|reiterated|confirmed|vowed|"
    r"promised|asked|wondered|recounted|quipped|joked|argues|warns|insists)"
)
# The words naming a speaker after a quotation; an abbreviated title keeps its full stop ("Sen.")
_WHO = r"(?:\b(?:Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Gov|Gen|Hon|Amb)\.|[\w'\u2019 -])"
_SPEECH_AFTER = re.compile(
    rf"^[,.]?\s*(?:(?:the\s+)?(?P<who>{_WHO}{{2,60}}?(?:,{_WHO}{{2,60}}?,)?)\s+)?"
    rf"(?:further\s+|then\s+|later\s+|also\s+)?(?P<verb>{_QUOTING})\b",
    re.I,
)
_SPEECH_VERB = re.compile(rf"\b{_SPEECH}\b", re.I)
_QUOTING_VERB = re.compile(rf"\b{_QUOTING}\b", re.I)
# Between a verb that only introduces quotations and the quotation: a colon, a comma or "that"
# ("replied in an email:", "told reporters in Geneva,", "replied Ana Lopes:", "stressed that")
_QUOTING_GAP = re.compile(
    r"[^.;\"\u201c\u201d\u00ab\u00bb]{0,80}?(?:[,:]|\sthat)\s*[\"\u201c\u2018'\u00ab]\s?"
)
_PRONOUN = re.compile(r"^(?:he|she|they)$", re.I)
_GROUP_ANAPHOR = re.compile(r"^(?:the\s+)?(?:rights\s+)?(?:group|organi[sz]ation|NGO)$", re.I)
_REPORTED = re.compile(
    r"\b(?:[Aa]ccording to|[Aa]s reported by|[Rr]eported by|[Aa]s cited by|[Cc]ited by)\s+(?:the\s+)?"
)


def reporting_outlet(view: View) -> Mention | None:
    for m in _REPORTED.finditer(view.text, view.start, view.end):
        outlet = view.after(m.end(), (TG.MediaOutlet,), within=4)
        if outlet is not None:
            return outlet
    return None


def find_speech(ctx: Context, view: View) -> list[tuple[Ref, int, int, tuple[int, int] | None]]:
    """(speaker, speech start, speech end, quote span) for every statement in the sentence.

    The speech span covers what the speaker is reported to say: the quotation, or everything
    after "warned that". Called before other rules so their claims can be attributed.
    """
    answer = _interview_answer(ctx, view)
    if answer is not None:
        return [answer]
    out: list[tuple[Ref, int, int, tuple[int, int] | None]] = []
    for qs, qe in view.quotes:
        if not view.start <= qs < view.end:
            continue  # a quotation is read once, in the sentence where it opens
        words = len(view.text[qs:qe].split())
        if words < 2 or (
            words == 2
            and not _REPORTED_CLAUSE.search(view.text, view.start, qs)
            and not _predicate_quote(view, qs, qe)
            and not _split_part(view, qs, qe)
        ):
            continue  # "legacy" cases, “traditional values”: scare quotes, not someone's words
        found = _speaker_for_quote(ctx, view, qs, qe)
        if found is not None:
            speaker, lead = found
            out.append((speaker, min(lead, qs), qe, (qs, qe)))
    if not out:
        for m in re.finditer(
            rf"{_SPEECH_VERB.pattern}\s+(?:that|of)\b", view.text[view.start : view.end], re.I
        ):
            verb_start = view.start + m.start()
            who = view.before(verb_start, SPEAKERS, within=25)
            if who is not None and not re.search(r"[.;]", view.text[who.end : verb_start]):
                out.append((Ref(who.key), view.start + m.end(), view.end, None))
                break
    return out


# "Ana Silva: The protocol lets ...": a line of an interview, the speaker's name as its label.
# The label may be set in bold ("**Ana Silva:** ..."), the colon inside or outside the marks.
_LABEL = re.compile(r"(?:\*\*|__)?(?P<label>[^\n:*_]{1,60}?)(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=\S)")


def _interview_answer(ctx: Context, view: View) -> tuple[Ref, int, int, tuple[int, int] | None] | None:
    """The interviewee's words, in an interview laid out as "Name: answer" paragraphs.

    The whole paragraph after the label is the statement, quoted or not (the quotation is
    given with the paragraph's first sentence); a line that only asks a question is the
    interviewer's. A layout needs at least two labelled lines, so a lone "Note: ..." is none.
    """
    text = ctx.text
    para_start = text.rfind("\n", 0, view.start) + 1
    para_end = text.find("\n", view.start)
    para_end = len(text) if para_end < 0 else para_end
    m = _LABEL.match(text, para_start, para_end)
    if m is None:
        return None
    speaker = next(
        (x for x in ctx.mentions if x.cls == TG.Person and x.end == m.end("label") and x.start >= para_start),
        None,
    )
    if speaker is None and m.group("label").strip() in ("A", "Answer"):
        speaker = _interviewee(ctx, para_start)
    if speaker is None:
        speaker = _named_by_label(ctx, m.group("label").strip(), para_start)
    answer = text[m.end() : para_end].rstrip()
    if speaker is None or not answer or answer.endswith("?") or len(_LABEL_LINE.findall(text)) < 2:
        return None
    if _asks(text, m.group("label").strip()):
        return None  # the interviewer's remarks between questions are not the interviewee's words
    quote = (m.end(), m.end() + len(answer)) if view.start <= m.end() < view.end else None
    return Ref(speaker.key), view.start, view.end, quote


def _named_by_label(ctx: Context, label: str, pos: int) -> Mention | None:
    """The one person named before ``pos`` whom an interview label stands for, written another
    way: in capitals ("MARIA SANTOS:"), by surname with or without a title ("Dr Okafor:"), or by
    initials ("AR:", after "Ahmed Rahimi (AR)" or not)."""
    words = label.replace(".", "").split()
    if not words or len(words) > 4:
        return None
    people = {x.key: x for x in ctx.mentions if x.cls == TG.Person and x.end <= pos}
    found = set()
    for key, person in people.items():
        names = person.label.split()
        if [w.casefold() for w in words] == [n.casefold() for n in names]:
            found.add(key)
        elif len(words) <= 2 and words[-1].casefold() == names[-1].casefold() and len(names) > 1:
            found.add(key)  # "Okafor", "Dr Okafor"
        elif (
            len(words) == 1
            and words[0].isupper()
            and 2 <= len(words[0]) <= 4
            and words[0] == "".join(n[0] for n in names if n[:1].isupper())
        ):
            found.add(key)  # "AR" for Ahmed Rahimi
    if not found and re.fullmatch(OFFICE, label):
        # "Spokesperson:" after "a briefing by Stéphane Moreau, Spokesperson for the Secretary-General"
        role = re.escape(label)
        for key, person in people.items():
            after = ctx.text[person.end : person.end + len(label) + 8]
            before = ctx.text[max(0, person.start - len(label) - 2) : person.start]
            if re.match(rf",\s+(?:the\s+)?{role}\b", after, re.I) or re.search(
                rf"\b{role}\s+$", before, re.I
            ):
                found.add(key)
    return people[found.pop()] if len(found) == 1 else None


_INTERVIEWED = re.compile(
    r"\b(?:(?:spoke|speaking|talked|talking)\s+(?:with|to)|interviewed|asked|interviewing|"
    r"interview\s+with|in\s+conversation\s+with)\s+$",
    re.I,
)


def _interviewee(ctx: Context, pos: int) -> Mention | None:
    """Whom the text says was interviewed before ``pos`` ("we spoke with Ana Silva"), if one."""
    found = [
        x
        for x in ctx.mentions
        if x.cls == TG.Person
        and x.end <= pos
        and _INTERVIEWED.search(ctx.text, max(0, x.start - 30), x.start)
    ]
    return found[0] if found and all(x.key == found[0].key for x in found) else None


def _asks(text: str, label: str) -> bool:
    """Whether the lines ``label`` opens are mostly questions: the interviewer's."""
    lines = re.findall(rf"^(?:\*\*|__)?{re.escape(label)}(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(.*\S)", text, re.M)
    return sum(1 for line in lines if line.endswith("?")) * 2 > len(lines)


_LABEL_LINE = re.compile(r"^(?:\*\*|__)?[^\n:*_]{1,60}?(?:\*\*|__)?:(?:\*\*|__)?[ \t]+\S", re.M)
_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’]?\s+[A-Z]")
# "warned that ... posed “grave risks”": a short quotation inside reported speech is the
# speaker's own words, where on its own it would be a scare quote.
_REPORTED_CLAUSE = re.compile(rf"\b{_SPEECH}\s+(?:[\w ]{{0,40}}?\s+)?(?:that|of)\b", re.I)
# "The group cautioned that ...": an organisation referred back to, not named.
_GROUP_SUBJECT = re.compile(
    r"\b(?:the|this|that)\s+(?:rights\s+|human\s+rights\s+)?(?:group|organi[sz]ation|NGO)\s+(?:\w+\s+)?$",
    re.I,
)


# A title before a name, nothing else: "Judge ", "Deputy Foreign Minister ", "UN High
# Commissioner ", "Dr. " (never "Amnesty International. ", which ends a sentence)
_TITLE_WORDS = re.compile(rf"\s*(?:[A-Z]{{2,5}}\s+)?{TITLE}\.?\s+")
_TITLE_TAIL = re.compile(rf"(?<![\w-])(?:[A-Z]{{2,5}}\s+)?{TITLE}\.?\s+$")


# A quotation credited after a dash, as press releases and features set them: “...” – Ana Silva
_DASH_CREDIT = re.compile(r"[ \t]*[\u2013\u2014][ \t]*|[ \t]+-{1,2}[ \t]+")
# A text that speaks for whoever issued it: “...,” the statement read
_TEXT_READ = re.compile(
    r"[,.]?\s*(?:the|its|their)\s+(?:statement|communiqu[eé]|press\s+release|release|declaration)\s+"
    r"(?:read|reads|said|says|added|adds|continued|stated|states)\b",
    re.I,
)
_ISSUED = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:issued|released|published|put\s+out|circulated)\s+(?:a|an|the|its)\b", re.I
)


def _issuer_before(ctx: Context, view: View, pos: int) -> Ref | None:
    """The person or body that issued a statement in this sentence or the two before
    ("The ministry issued a statement on Tuesday.")."""
    first = ctx.document.sentences[max(0, view.sentence.index - 2)].start
    for x in sorted(
        (x for x in ctx.mentions if first <= x.start and x.end <= pos and x.cls in SPEAKERS),
        key=lambda x: x.start,
        reverse=True,
    ):
        if _ISSUED.match(ctx.text, x.end):
            return Ref(x.key)
    return None


def _speaker_for_quote(ctx: Context, view: View, qs: int, qe: int) -> tuple[Ref, int] | None:
    """Who speaks the quotation at ``qs:qe``, and where their reported words begin."""
    close = ctx.document.sentence_at(qe - 1)
    closed = _closing_end(view.text, qe)
    after = view.text[closed : close.end]
    credit = _DASH_CREDIT.match(ctx.text, closed)
    line_start = ctx.text.rfind("\n", 0, qs) + 1
    line_end = ctx.text.find("\n", closed) % (len(ctx.text) + 1)
    if (  # “...” – Ana Silva, spokesperson for the ministry: a line of its own, quote then credit
        credit is not None
        and not ctx.text[line_start:qs].strip(" \t\"\u201c\u2018'")
        and not re.search(r"[.!?;]\s+\S", ctx.text[credit.end() : line_end])
    ):
        credited = ctx.mention_after(credit.end(), SPEAKERS, within=0)
        if credited is not None:
            return Ref(credited.key), qs
    if _TEXT_READ.match(after):  # “...,” the statement read: whoever issued it
        issuer = _issuer_before(ctx, view, qs)
        return (issuer, qs) if issuer is not None else None
    m = _SPEECH_AFTER.match(after)
    if m:  # “...,” Lubinets lamented / she said / the rights group said
        who = (m.group("who") or "").strip()
        named = _named_between(ctx, closed, closed + m.start("verb"))
        if named is not None:  # “...,” Foreign Minister Ana Lopes told reporters
            return Ref(named.key), qs
        if not who:  # “...,” said Ana Silva / said the ministry: the speaker follows the verb
            inverted = ctx.mention_after(closed + m.end(), SPEAKERS, within=5)
            if inverted is not None and not re.search(r"[.;]", view.text[closed + m.end() : inverted.start]):
                return Ref(_person_in_apposition(ctx, view, inverted).key), qs
            titled_name = ctx.mention_after(closed + m.end(), (TG.Person,), within=40)
            if titled_name is not None and _TITLE_WORDS.fullmatch(
                view.text, closed + m.end(), titled_name.start
            ):
                return Ref(titled_name.key), qs  # “...,” said Judge Carla Mendes
            titled = ctx.mention_after(closed + m.end(), (TG.Person,), within=70)
            if titled is not None and _ROLE_THEN_NAME.fullmatch(view.text, closed + m.end(), titled.start):
                return Ref(titled.key), qs  # “...,” said the lawyer, Rui Costa
        if _PRONOUN.match(who):
            referred = _person_referred(ctx, view)
            return (referred, qs) if referred is not None else None
        holder = _post_holder(ctx, who, qs)
        if holder is not None:  # “...,” the minister said
            return holder, qs
        if _GROUP_ANAPHOR.match(who):
            group = _last_ngo(ctx, qs)
            return (group, qs) if group else None
        body = _body_referred(ctx, view, who, qs)
        if body is not None:  # “...,” the ministry said / it said
            return body, qs
    according = _ACCORDING_AFTER.match(after)
    if according:  # “...,” according to Ana Silva.
        source = ctx.mention_after(closed + according.end(), SPEAKERS, within=5)
        if source is not None and not re.search(r"[.;]", view.text[closed + according.end() : source.start]):
            return Ref(_person_in_apposition(ctx, view, source).key), qs
    # Lubinets declared, “...”  /  Klishas ..., insisting that Russia “...”
    lead = view.text[view.start : qs]
    labelled = _labelled(view, qs)
    if labelled is not None:  # Rui Costa: “The government acted unlawfully.”
        return labelled
    quoted = _QUOTED_AS.search(lead)
    if quoted is not None:  # The paper quoted Ana Silva as saying the law “changes nothing”
        x = view.after(view.start + quoted.end(), (TG.Person,), within=5)
        if x is not None and re.match(r"\s+as\s+(?:saying|having\s+said)\b", view.text[x.end : qs]):
            return Ref(x.key), x.start
    called = _CALLED.search(lead)
    if called is not None:  # Amnesty International called the vote “a betrayal”
        at = view.start + called.start()
        who_c = next((x for x in reversed(view.mentions) if x.cls in SPEAKERS and x.end <= at), None)
        if who_c is not None and re.fullmatch(r"\s+(?:has\s+|have\s+|had\s+)?", view.text[who_c.end : at]):
            person = next(
                (
                    x
                    for x in view.of((TG.Person,))
                    if x.end <= who_c.start and _OF_BODY.fullmatch(view.text, x.end, who_c.start)
                ),
                who_c,
            )  # Ana Silva of the Andean Rights Centre called ...
            return Ref(person.key), person.start
    calling = _CALLING.search(lead)
    if calling is not None:  # Ana Silva welcomed the vote, calling it “a step forward”
        doer = _sentence_subject(ctx, view, view.start + calling.start())
        if doer is not None:
            return Ref(doer.key), doer.start
    verbs = [
        v
        for v in _QUOTING_VERB.finditer(lead)
        if _SPEECH_VERB.fullmatch(v.group(0)) or _QUOTING_GAP.fullmatch(view.text, view.start + v.end(), qs)
    ]
    if not verbs or _SENTENCE_BREAK.search(lead, verbs[-1].end()):
        return (
            _according_to(view, qs)
            or _continued(ctx, view, qs)
            or _block_quote(ctx, view, qs)
            or _introduced(ctx, view, qs, qe)
        )
    verb_at = view.start + verbs[-1].start()
    inverted = view.after(view.start + verbs[-1].end(), SPEAKERS, within=5)
    if inverted is None:  # "said Judge Carla Mendes, “...”": a title between verb and name
        titled_name = view.after(view.start + verbs[-1].end(), (TG.Person,), within=40)
        if titled_name is not None and _TITLE_WORDS.fullmatch(
            view.text, view.start + verbs[-1].end(), titled_name.start
        ):
            inverted = titled_name
    if inverted is not None and _INVERTED_LEAD.match(view.text, inverted.end, qs):
        return Ref(inverted.key), verb_at  # The decision, said Tomas Berg, “is a mistake”
    candidates = [
        x
        for x in view.mentions
        if x.cls in SPEAKERS
        and verb_at - 160 <= x.end <= verb_at
        and not view.in_quote(x.start)
        and not view.text.startswith("'s", x.end)  # "the UN's special rapporteur" is not the UN
    ]
    people = [x for x in candidates if x.cls == TG.Person]
    if people or candidates:
        who_m = (people or candidates)[-1]
        return Ref(who_m.key), who_m.end
    if _GROUP_SUBJECT.search(lead[: verbs[-1].start()]):
        group = _last_ngo(ctx, qs)
        return (group, verb_at) if group else None
    subject = _BODY_SUBJECT.search(lead[: verbs[-1].start()])
    body = _body_referred(ctx, view, subject.group("who"), qs) if subject else None
    if body is not None:  # The ministry said in a statement: “...”
        return body, verb_at
    pronoun = re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", lead[: verbs[-1].start()], re.I)
    referred = _person_referred(ctx, view) if pronoun else None
    return (referred, verb_at) if referred is not None else None


# "Nothing will change,' she said": the closing mark, after a space in French-style guillemets
_CLOSING = re.compile(r"\s?[\"\u201d\u2019'\u00bb]")
# "said Tomas Berg, “...”", "said Ana Silva, a lawyer: “...”": the speaker between verb and quote
_INVERTED_LEAD = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[^,.;:\"\u201c\u00ab]{1,60})?\s*[,:]\s*[\"\u201c\u2018'\u00ab]"
)
_ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:a|the)\s+(?:joint\s+|written\s+)?(?:statement|press\s+release|release|"
    r"communiqu\u00e9|communique|letter|report)\s+(?:(?:issued|published|released|signed)\s+)?(?:by|from)\s+)?"
    r"(?:the\s+)?$"
)


def _closing_end(text: str, qe: int) -> int:
    m = _CLOSING.match(text, qe)
    return m.end() if m else qe + 1


def _named_between(ctx: Context, start: int, end: int) -> Mention | None:
    """The speaker named between a quotation and its speech verb: a person if one is named
    ("Foreign Minister Ana Lopes told"), else the body ("the rights group Human Rights Watch said")."""
    inside = [
        x
        for x in ctx.mentions
        if x.cls in SPEAKERS and start <= x.start and x.end <= end and not ctx.text.startswith("'s", x.end)
    ]  # "Ana Silva's lawyer said" is not Ana Silva speaking
    people = [x for x in inside if x.cls == TG.Person]
    if not people and inside and re.search(rf"{WORD},", ctx.text[start : inside[-1].start]):
        return None  # "Bachelet, the UN High Commissioner, said": a person the text did not name in full
    found = people or inside
    return found[-1] if found else None


def _person_in_apposition(ctx: Context, view: View, speaker: Mention) -> Mention:
    """ "said the UN High Commissioner for Human Rights, Volker Türk": the person who holds the
    post the words before name, when the name follows them after a comma."""
    if speaker.cls == TG.Person:
        return speaker
    person = view.after(speaker.end, (TG.Person,), within=70)
    if person is None:
        return speaker
    between = view.text[speaker.end : person.start]
    if re.search(r"[.;:\"\u201c]", between) or not between.endswith(", "):
        return speaker
    if re.search(r"\b(?:and|or|with|to|that|whom?|which)\b", between):
        return speaker
    return person


def _according_to(view: View, qs: int) -> tuple[Ref, int] | None:
    """ "According to Human Rights Watch, the decision “puts detainees at risk”": the words
    are those of whom the sentence says they come from (an outlet only reports them)."""
    for x in view.of((*SPEAKERS, TG.MediaOutlet)):
        titled = _TITLE_TAIL.search(view.text, view.start, x.start)  # "according to Judge Ana Silva"
        at = titled.start() if titled is not None else x.start
        if x.end <= qs and _ACCORDING.search(view.text, view.start, at):
            between = view.text[x.end : qs]
            if not re.search(r"[.;]", between):
                return Ref(x.key), x.start
    return None


def _continued(ctx: Context, view: View, qs: int) -> tuple[Ref, int] | None:
    """A sentence that opens with a quotation and names no one, right after a statement: the
    same speaker goes on (“...,” she said. “The work starts now.”)."""
    opening = view.text[view.start : qs].strip()
    if opening not in ('"', "\u201c", "'", "\u2018", "\u00ab") or view.sentence.index == 0:
        return None
    previous = view.sentence.index - 1
    spoken = [c for c in ctx.claims if c.predicate == TG.speaker and c.evidence.sentence_index == previous]
    if not spoken or any(c.object != spoken[-1].object for c in spoken):
        return None
    speaker = spoken[-1].object
    return (speaker, qs) if isinstance(speaker, Ref) else None


_OPENING_MARKS = ('"', "\u201c", "\u2018", "\u00ab")
# "He said:", "The ministry said in a statement:", "Ana Silva told reporters:": a sentence that
# ends by announcing the words set out after it, as a block quotation
_ANNOUNCES = re.compile(rf"\b{_QUOTING}\b(?P<gap>[^.;!?\"\u201c\u201d\u00ab\u00bb]{{0,80}}):\s*$", re.I)


def _block_quote(ctx: Context, view: View, qs: int) -> tuple[Ref, int] | None:
    """A sentence that is one quotation, after a sentence ending "<speaker> said:": the words
    are that speaker's, whoever the sentence names: a person or body as subject ("Ana Silva
    said:"), after the verb ("said the ministry:"), or referred back to ("He said:")."""
    if view.sentence.index == 0 or view.text[view.start : qs].strip() not in _OPENING_MARKS:
        return None
    p = ctx.document.sentences[view.sentence.index - 1]
    verb = next(reversed(list(_ANNOUNCES.finditer(view.text, p.start, p.end))), None)
    if verb is None or verb.end() < len(view.text[: p.end].rstrip()):
        return None
    inverted = [
        x
        for x in ctx.mentions
        if x.cls in SPEAKERS and verb.start("gap") <= x.start and x.end <= verb.end("gap")
    ]
    subjects = [
        x
        for x in ctx.mentions
        if x.cls in SPEAKERS
        and p.start <= x.start
        and x.end <= verb.start()
        and not ctx.text.startswith("'s", x.end)
        and not re.search(r"[\"\u201c\u201d.;]", ctx.text[x.end : verb.start()])
    ]
    people = [x for x in subjects if x.cls == TG.Person]
    if inverted and not subjects:
        return Ref(inverted[0].key), qs
    if subjects:
        return Ref((people or subjects)[-1].key), qs
    before = ctx.text[p.start : verb.start()]
    previous = ctx.view(p)
    if re.fullmatch(r"\s*(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?", before):
        referred = _person_referred(ctx, previous)
        return (referred, qs) if referred is not None else None
    subject = _BODY_SUBJECT.search(before)
    body = _body_referred(ctx, previous, subject.group("who"), qs) if subject else None
    return (body, qs) if body is not None else None


def _introduced(ctx: Context, view: View, qs: int, qe: int) -> tuple[Ref, int] | None:
    """A sentence that is one quotation and nothing else, right after a sentence whose subject is
    the one person it names: the words are that person's (“Ana Ruiz, a lawyer, criticised the
    bill. “It leaves detainees with no remedy.”)."""
    if view.sentence.index == 0 or view.text[view.start : qs].strip() not in _OPENING_MARKS:
        return None
    if view.text[_closing_end(view.text, qe) : view.end].strip(" .!?,;\n") or view.in_quote(view.start - 2):
        return None  # words after the quotation name someone else, or it goes on an earlier one
    p = ctx.document.sentences[view.sentence.index - 1]
    if any(p.start <= s < p.end or p.start < e <= p.end for s, e in ctx.quotes):
        return None  # the sentence before quotes someone: its speaker is read there
    people = [m for m in ctx.mentions if p.start <= m.start < p.end and m.cls == TG.Person]
    speakers = [m for m in ctx.mentions if p.start <= m.start < p.end and m.cls in SPEAKERS]
    if not people or len({m.key for m in people}) != 1 or speakers[0].key != people[0].key:
        return None
    lead = ctx.text[p.start : people[0].start]
    if not re.fullmatch(
        rf"\s*(?:[A-Z][^,.;:\"\u201c]{{0,40}},\s*)?(?:(?:[A-Z]{{2,5}}\s+)?{TITLE}\.?\s+)?", lead
    ):
        return None  # the person is the subject, after at most a fronted phrase or a title
    return Ref(people[0].key), qs


def _person_referred(ctx: Context, view: View) -> Ref | None:
    """Who "she said" means: the one person the sentence before names, unless that sentence
    itself goes on about someone as "she" (then the speaker of the statement before)."""
    previous = [s for s in ctx.document.sentences if s.end <= view.start]
    while previous and _quoted_throughout(ctx, previous[-1].start, previous[-1].end):
        previous.pop()  # "she" looks back past the quoted words to who was introduced
    if previous and not _PRONOUN_OPENING.match(previous[-1].text):
        p = previous[-1]
        keys = {m.key for m in ctx.mentions if m.cls == TG.Person and p.start <= m.start < p.end}
        if len(keys) == 1:
            return Ref(keys.pop())
    return ctx.last_speaker


def _quoted_throughout(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` lies inside one quotation (marks aside)."""
    words = ctx.text[start:end]
    first = start + len(words) - len(words.lstrip()) + 1
    last = start + len(words.rstrip()) - 2
    return any(s <= first and e >= last for s, e in ctx.quotes)


_PRONOUN_OPENING = re.compile(r"\s*(?:he|she|they)\b", re.I)


def pronoun_person(ctx: Context, view: View, pos: int) -> Ref | None:
    """Whom "he" or "she" just before ``pos`` means: the one person named earlier in the
    sentence, else the one person the sentence before names; None if that is not one person."""
    if not re.search(r"(?<![\w-])(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?$", view.text[view.start : pos]):
        return None
    keys = {m.key for m in view.of((TG.Person,)) if m.end <= pos}
    if not keys:
        previous = [s for s in ctx.document.sentences if s.end <= view.start]
        if previous:
            p = previous[-1]
            keys = {m.key for m in ctx.mentions if m.cls == TG.Person and p.start <= m.start < p.end}
    return Ref(keys.pop()) if len(keys) == 1 else None


def _post_holder(ctx: Context, words: str, pos: int) -> Ref | None:
    """Who "the minister", "the court's president" is: the one person the text has given
    that post before ``pos``."""
    role = re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.I)
    if not role or len(role.split()) > 3:
        return None
    role_key = ctx.role_key(_canonical(role))
    holders = set()
    for claim in ctx.claims:
        if claim.predicate == ORG.role and claim.object == Ref(role_key) and claim.evidence.start < pos:
            holders |= {
                c.object.key
                for c in ctx.claims
                if c.subject == claim.subject
                and c.predicate == ORG.member
                and isinstance(c.object, Ref)
                and c.object.key.startswith("person/")
            }
    if not holders:
        holders = _titled(ctx, role, pos)
    return Ref(holders.pop()) if len(holders) == 1 else None


def _titled(ctx: Context, role: str, pos: int) -> set[str]:
    """The people the text gives a title before ``pos``, whether or not it says of what:
    "Justice Minister Karel Novak", "Karel Novak, the justice minister,"."""
    words = r"\s+".join(re.escape(w) for w in role.split())
    # "Justice Minister Karel Novak", "The Minister of Justice, Karel Novak,"
    before = re.compile(
        rf"(?<![\w-]){words}(?:\s+(?:of|for|on|to|at)\s+(?:the\s+)?[A-Z][\w'\u2019 -]{{1,40}},)?\s+"
        r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$",
        re.I,
    )
    after = re.compile(rf",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?{words}(?![\w-])", re.I)
    return {
        x.key
        for x in ctx.mentions
        if x.cls == TG.Person
        and x.end <= pos
        and (before.search(ctx.text, max(0, x.start - 60), x.start) or after.match(ctx.text, x.end))
    }


_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
# "said the lawyer, Rui Costa": a role, then the name after a comma
_ROLE_THEN_NAME = re.compile(
    rf"\s+(?:the|a|an|its|their|[\w-]+['\u2019]s)\s+[\w'\u2019 -]{{1,50}}?,\s+(?:{TITLE}\.?\s+)?"
)
_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites)\s+(?=\S)")


def _labelled(view: View, qs: int) -> tuple[Ref, int] | None:
    """ "Rui Costa: “...”": the speaker's name, then a colon, just before the quotation."""
    for x in reversed(view.mentions):
        if x.end > qs or x.cls not in SPEAKERS:
            continue
        between = view.text[x.end : qs]
        if re.fullmatch(rf"(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*{_OPEN_MARK}\s?", between):
            titled = _TITLE_TAIL.search(view.text, view.start, x.start)  # "EU spokesperson Ana Silva:"
            opening = view.text[view.start : titled.start() if titled is not None else x.start]
            if re.fullmatch(r"\s*(?:\*\*|__)?|.*[.;]\s*", opening):
                return Ref(x.key), x.start
        return None
    return None


# "X called the vote “a betrayal”": words the subject put on something, hers even when short
_CALLED = re.compile(
    r"(?<![\w-])(?:called|calls|branded|brands|labelled|labeled|termed)\s+"
    r"(?:it|this|that|them|(?:the|its|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:as\s+)?[\"\u201c\u2018'\u00ab]\s?$"
)
# "..., calling it “a step forward”": words a participle puts on something, the subject's
_CALLING = re.compile(
    r",\s+(?:calling|describing|branding|labelling|labeling|terming)\s+"
    r"(?:it|this|that|them|(?:the|its|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:as\s+)?[\"\u201c\u2018'\u00ab]\s?$"
)


def _sentence_subject(ctx: Context, view: View, pos: int) -> Mention | None:
    """The person or body that opens the sentence as its subject (after at most a fronted
    phrase and a title), when no other speaker is named before ``pos``."""
    speakers = [x for x in view.mentions if x.cls in SPEAKERS and x.end <= pos]
    people = [x for x in speakers if x.cls == TG.Person]  # "UN Secretary-General Ana Silva"
    if not speakers or len({x.key for x in people or speakers}) != 1:
        return None
    first = (people or speakers)[0]
    lead = view.text[view.start : first.start]
    if not re.fullmatch(
        rf"\s*(?:[A-Z][^,.;:\"\u201c]{{0,40}},\s*)?(?:the\s+|The\s+)?(?:(?:[A-Z]{{2,5}}\s+)?{TITLE}\.?\s+)?",
        lead,
    ):
        return None
    if re.search(r"[;\"\u201c\u201d]", view.text[first.end : pos]) or view.text.startswith("'s", first.end):
        return None
    return first


# "said the withdrawal was “deeply regrettable”.": a short quotation closing a reported clause
_COMPLEMENT = re.compile(r"\b(?:was|is|were|are|be|been|as|called\s+it)\s+[\"\u201c\u2018'\u00ab]\s?$", re.I)


_OPEN_MARK = "[\"\u201c\u2018'\u00ab]"
_CLOSE_MARK = "[\"\u201d\u2019'\u00bb]"
# “The protocol,” said Ana Silva, “is overdue.”: one quotation split around its speaker
_SPLIT_AFTER = re.compile(
    rf"\s*,?\s*[^\"\u201c\u201d\u00ab\u00bb.;]{{0,60}}?\b{_SPEECH}\b"
    rf"[^\"\u201c\u201d.;]{{0,60}}?,\s*{_OPEN_MARK}"
)
_SPLIT_BEFORE = re.compile(
    rf"{_CLOSE_MARK}\s*,?\s*[^\"\u201c\u201d\u00ab\u00bb.;]{{0,60}}?\b{_SPEECH}\b"
    rf"[^\"\u201c\u201d.;]{{0,60}}?,\s*{_OPEN_MARK}\s?$"
)


def _split_part(view: View, qs: int, qe: int) -> bool:
    """Whether a short quotation is one part of a quotation split around "she said"."""
    return bool(
        _SPLIT_AFTER.match(view.text, _closing_end(view.text, qe), view.end)
        or _SPLIT_BEFORE.search(view.text, view.start, qs)
    )


def _predicate_quote(view: View, qs: int, qe: int) -> bool:
    """A two-word quotation that completes a reported clause and ends the sentence: someone's
    words ("said the move was “deeply regrettable.”"), not a scare-quoted name mid-sentence."""
    lead = view.text[view.start : qs]
    if _CALLED.search(lead):
        return True
    if not _COMPLEMENT.search(lead) or _SPEECH_VERB.search(lead) is None:
        return False
    rest = view.text[_closing_end(view.text, qe) : view.end].strip()
    if _AND_QUOTE.fullmatch(rest):  # "was “long overdue” and “a matter of honour”."
        return True
    return rest in ("", ".", "!") and bool(re.search(r"[.!]\s*$", view.text[qs:qe] + rest))


_AND_QUOTE = re.compile(r",?\s*(?:and|or)\s+[\"\u201c][^\"\u201d]{2,80}[.!]?[\"\u201d]\s*[.!]?")


# "the ministry", "the committee", "it": a body referred back to as the subject of speech
_BODY_ANAPHOR = re.compile(
    r"^(?:(?P<it>it)|(?:the\s+)?(?P<noun>ministry|committee|commission|court|tribunal|council|office|"
    r"secretariat|agency|network|coalition|association|institute|foundation|union|alliance))$",
    re.I,
)
_BODY_SUBJECT = re.compile(r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?P<who>[Ii]t|[Tt]he\s+[a-z]+)\s+(?:\w+\s+)?$")
_ACCORDING_AFTER = re.compile(
    r"^[,.]?\s*(?:according\s+to|reads|read)\s+(?:(?:a|the)\s+(?:joint\s+|written\s+)?"
    r"(?:statement|press\s+release|release|communiqu\u00e9|communique|letter|report|post)\s+"
    r"(?:(?:issued|published|released|signed)\s+)?(?:by|from)\s+)?(?:the\s+)?",
    re.I,
)


def _body_referred(ctx: Context, view: View, words: str, pos: int) -> Ref | None:
    """Which body "it" or "the ministry" speaking means: for "it", the body that spoke in the
    sentence before (the speaker of its statement, or a body followed by a speech verb); for
    "the ministry", the one body named earlier with that noun in its name."""
    m = _BODY_ANAPHOR.match(words.strip())
    if m is None:
        return None
    if m.group("noun"):
        key = _body_named_by(ctx, m.group("noun").lower(), pos)
        return Ref(key) if key is not None else None
    previous = [s for s in ctx.document.sentences if s.end <= view.start]
    if not previous:
        return None
    p = previous[-1]
    spoken = {
        c.object
        for c in ctx.claims
        if c.predicate == TG.speaker and c.evidence.sentence_index == p.index and isinstance(c.object, Ref)
    }
    bodies = {
        x.key
        for x in ctx.mentions
        if x.cls in SPEAKERS
        and x.cls != TG.Person
        and p.start <= x.start < p.end
        and (
            _SPEECH_NEXT.match(ctx.text, x.end, p.end)
            or (  # "The ministry issued a statement. It said:": the body the sentence opens with
                ctx.text[p.start : x.start].strip() in ("", "The")
                and not any(m.cls == TG.Person and p.start <= m.start < p.end for m in ctx.mentions)
                and re.match(r"\s+[a-z]", ctx.text[x.end : p.end]) is not None
            )
        )
    }
    found = {r.key for r in spoken if not r.key.startswith("person/")} | bodies
    if len(found) == 1 and not any(r.key.startswith("person/") for r in spoken):
        return Ref(found.pop())
    return None


_SPEECH_NEXT = re.compile(rf"\s+(?:\w+\s+)?{_SPEECH}\b", re.I)


def _last_ngo(ctx: Context, pos: int) -> Ref | None:
    """The non-governmental organisation named last before ``pos``: what "the group" means
    (an organisation the text does not class further counts as one)."""
    ngos = [x for x in ctx.mentions if x.cls in (TG.NGO, TG.Organization) and x.start < pos]
    return Ref(ngos[-1].key) if ngos else None


def extract_statements(
    ctx: Context, view: View, speech: list[tuple[Ref, int, int, tuple[int, int] | None]]
) -> None:
    for speaker, _, _, quote in speech:
        if quote is None:
            continue
        for earlier in _run_on_before(ctx, quote[0]):  # the paragraphs the quotation ran over
            _statement(ctx, ctx.view(ctx.document.sentence_at(earlier[0])), speaker, earlier)
        _statement(ctx, view, speaker, quote)


def _run_on_before(ctx: Context, qs: int) -> list[tuple[int, int]]:
    """The quotations that run on into the one opening at ``qs``: a paragraph left unclosed,
    the next one reopening with a quotation mark, none of them given a speaker yet."""
    spoken = {c.evidence.start for c in ctx.claims if c.predicate == TG.quote}
    chain: list[tuple[int, int]] = []
    start = qs
    for s, e in reversed([q for q in ctx.quotes if q[1] < qs]):
        gap = ctx.text[e:start]
        if not re.fullmatch(rf"\s*\n\s*{_OPEN_MARK}\s?", gap) or s in spoken:
            break
        chain.insert(0, (s, e))
        start = s
    return chain


def _statement(ctx: Context, view: View, speaker: Ref, quote: tuple[int, int]) -> None:
    outlet = reporting_outlet(view)
    qs, qe = quote
    words = ctx.document.text[qs:qe]
    key = Minter.statement(speaker.key, words)
    first = next((m for m in view.mentions if m.key == speaker.key), None)
    s = min(qs - 1, first.start) if first else qs - 1
    e = max(qe + 1, first.end) if first else qe + 1
    ctx.node(key, TG.Statement, f"Statement by {ctx.name(speaker.key)}", view, s, e)
    ctx.claim(key, TG.speaker, speaker.key, view, s, e, attribute=False)
    ctx.claim(key, TG.quote, Value(words), view, qs, qe, attribute=False)
    if outlet is not None:
        ctx.claim(key, TG.reportedBy, outlet.key, view, min(s, outlet.start), max(e, outlet.end))
    if first is not None:
        role = _appositive_role(view, first)
        if role is not None:
            ctx.claim(key, TG.speakerRole, Value(role[0]), view, min(s, role[1]), max(e, role[2]))
    ctx.last_speaker = speaker


# ---------------------------------------------------------------------------- posts

_HONORIFICS = {"dr", "mr", "mrs", "ms", "prof", "professor"}
# "Norway's Foreign Minister", "Ghanaian President", "Senator": the post a title before a name
# gives; the owner's possessive names its organisation, a nationality adjective does not.
_TITLE_BEFORE = re.compile(
    rf"(?:(?P<owner>{WORD})'s\s+|(?P<adj>{alternation(demonyms())})\s+)?"
    rf"(?P<qual>(?:(?i:{alternation([q.rstrip('-') for q in entries('title_qualifiers')])})[\s-]+)*)"
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
_OWNER = r"(?P<owner>[\w-]+(?:\s+[\w-]+){0,4}?)['\u2019]s\s+"
# "the network's legal adviser", "its chief economist": after an owner, one word may qualify
# the role and is part of it (never "own", "new": "the group's own lawyer" is just its lawyer)
_MODIFIER = r"(?:(?!(?:own|new|former|then|now|and|or|first|only|top)\b)[a-z]{3,}\s+)?"
_APPOSITION = re.compile(
    rf",\s+(?:(?:a|an|the|then|now|currently|formerly)\s+)?(?:(?P<pron>its|their)\s+|{_OWNER})?"
    rf"(?:(?:senior|leading|longtime|long-time|former)\s+)?"
    rf"(?P<role>(?(owner){_MODIFIER}|(?(pron){_MODIFIER}|)){_ROLE})",
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
    r"(?:,\s+who)?\s+(?:is|has\s+been|was|had\s+been)\s+(?:(?:re-?)?elected|appointed|named|sworn\s+in)\s+"
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
    rf"\s+(?:is|remains)\s+(?:(?:the|a|an)\s+)?(?P<role>{_ROLE})\s+(?:of|at|with|for)\s+",
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
    if body is not None:
        role = _LEADER[re.sub(r"\s+", " ", m.group("verb"))]
        _post(ctx, view, person.key, body.key, role, at, person.end)


def _post(ctx: Context, view: View, member: str, org: str, role: str | None, start: int, end: int) -> None:
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
    return keys.pop() if len(keys) == 1 else None


# Offices of a state: "President X" with no owner named holds the post in the state the
# article is about. Posts in bodies ("Director", "Judge", "Chair") need their body named.
_STATE_OFFICE = re.compile(
    r"^(?:(?:acting|interim|former|deputy|first|under|assistant)\s+)*"
    r"(?:president|vice[- ]president|prime minister|premier|"
    r"chancellor|king|queen|emir|sultan|head of state|(?:[\w' ]+\s)?minister(?:\s+(?:of|for)\b.*)?|"
    r"attorney[- ]general|solicitor[- ]general|secretary of state|foreign secretary|home secretary|"
    r"justice secretary|prosecutor[- ]general)$",
    re.I,
)


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
    before = re.search(r"(\S+)\s*$", view.text[view.start : title_start])
    if before is not None and is_name_word(before.group(1)) and before.start() > 0:
        return None
    named = {m.key for m in view.of((TG.State,)) if m.end <= title_start}
    if len(named) == 1:  # "In the Central African Republic, ... President X promulgated the law"
        return named.pop()
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.cls == TG.State:
            counts[m.key] = counts.get(m.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
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
        for m in re.finditer(rf"(?<![\w'-])(?:{WORD}\s+){{1,5}}{re.escape(noun)}(?![\w-])", ctx.text[:start])
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
    r"\b[Tt]he\s+(?:(?:UN|United\s+Nations)\s+)?(?P<role>[A-Z][\w'-]*(?:\s+(?:for|of|on|and|the|[A-Z][\w'-]*)){0,8}),\s+"
    rf"(?:{TITLE}\.?\s+)?$"
)


def _the_office(ctx: Context, view: View, person: Mention) -> None:
    """The post of a person introduced by the office they hold, with no owner in the words: the
    registry's "Office of the ..." for an international office, else the state the document is
    about for an office of state."""
    m = _THE_OFFICE.search(view.text, max(view.start, person.start - 90), person.start)
    if m is None or not re.search(rf"\b{OFFICE}\b", m.group("role")):
        return
    role = m.group("role")
    if any(
        x.cls in (*ORG_CLASSES, TG.State) and m.start("role") <= x.start < m.end("role")
        for x in view.mentions
    ):
        return  # "the Senate President": another rule reads the body named in the title
    org = _office_of(ctx, role) or _home_state(ctx, view, m.start("role"), _canonical(role))
    if org is not None:
        _post(ctx, view, person.key, org, _canonical(role), m.start(), person.end)


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
    if m is not None and not _PAST.search(m.group(0)):
        _post(
            ctx,
            view,
            person.key,
            body.key,
            _canonical(re.sub(r"\s+", " ", m.group("role"))),
            m.start(),
            person.end,
        )


def _body_before(view: View, start: int, title: re.Match[str]) -> str | None:
    """ "Council of Europe Secretary General Alain Berset": the body named right before a title."""
    if title.group("owner") or title.group("adj"):
        return None
    x = next((x for x in view.mentions if x.end == start - 1 and view.text[x.end] == " "), None)
    return x.key if x is not None and x.cls in ORG_CLASSES and x.cls != TG.MediaOutlet else None


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
    # every state's senate is its own body: the one state the text named before "the Senate"
    states = {s.key for s in ctx.mentions if s.cls == TG.State and s.end <= m.start()}
    if len(states) != 1:
        return None
    label = f"Senate of {ctx.name(next(iter(states)))}"
    key = Minter().legislature("Senate", ctx.name(next(iter(states)))).key
    if key not in ctx.labelled and not ctx.registry.has(key):
        ctx.labelled.add(key)
        ctx.claim(key, RDF.type, TG.NationalBody, view, view.start, view.end, attribute=False)
        ctx.claim(key, SKOS.prefLabel, Value(label), view, view.start, view.end, attribute=False)
    return key


# "spokesperson for the Secretary-General": the office of the one intergovernmental body named
_FOR_SECRETARY_GENERAL = re.compile(r"\s+(?:for|of|to)\s+the\s+Secretary[- ]General\b")
# "a researcher with the Monitor": a body by the last word of its name
# "spokesperson for the Assembly's secretariat": the body whose unit it is
_WITH_THE = re.compile(
    r"\s+(?:of|at|with|for|in)\s+the\s+(?P<noun>[A-Z][a-z]+|network|group|coalition|association|"
    r"alliance|foundation|centre|center|institute|campaign|federation|union|clinic|society|conference|"
    r"committee|commission|council|assembly|secretariat|ministry|court|tribunal|board|panel|forum|agency)"
    r"\b(?!\s+[A-Z])(?:['\u2019]s\s+(?:secretariat|office|press\s+office|registry|bureau)\b)?(?!['\u2019])"
)


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


def _apposed_post(ctx: Context, view: View, person: Mention, m: re.Match[str]) -> None:
    """The post one apposition gives ``person``."""
    role = re.sub(r"\s+", " ", m.group("role"))
    rs, re_ = m.start("role"), m.end("role")
    org = None
    if m.group("pron"):
        org = _pronoun_owner(ctx, view, m.start("pron"), role)
        if org is None:
            return  # "its president": whose, the words do not settle
    elif m.group("owner"):
        org = _owner_at(view, m.end("owner")) or _owner(ctx, view, m.group("owner").split()[-1], rs)
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
        if following is not None and _OF_ORG.match(view.text[re_ : following.start]):
            org = following.key
    org = org or _registry_post(ctx, person.key, _canonical(role))
    if org is None and re_ > person.end and _FOR_SECRETARY_GENERAL.match(view.text, re_):
        org = _one_igo(ctx)
    named = _WITH_THE.match(view.text, re_) if org is None and re_ > person.end else None
    if named is not None and not any(x.start == named.start("noun") for x in view.mentions):
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
# at the institute": a post held, now or before
_SERVED = re.compile(
    r"(?<![\w-])(?:served|serves|has\s+served|worked|works|has\s+worked)\s+as\s+(?:(?:the|a|an|its)\s+)?"
    rf"(?P<role>{_MODIFIER}{_ROLE})\s+(?:to|of|at|with|for|in)\s+(?:the\s+)?"
    r"(?:(?P<owner>[\w-]+(?:\s+[\w-]+){0,3}?)['\u2019]s\s+)?",
    re.I,
)


def _served_as(ctx: Context, view: View) -> None:
    """ "X served as ROLE to BODY": the subject is the person named before the verb in the same
    clause, or the one person "he"/"she" stands for."""
    for m in _SERVED.finditer(view.text, view.start, view.end):
        body = view.after(m.end(), ORG_CLASSES, within=0)
        if body is None:
            continue
        lead = view.text[view.start : m.start()]
        people = [x for x in view.of((TG.Person,)) if x.end <= m.start()]
        person: str | None = None
        if people and not re.search(
            r"[.;:]|\b(?:who|whom|which|while|whereas)\b", view.text[people[-1].end : m.start()]
        ):
            person = people[-1].key
        elif not people and re.match(r"\s*(?:[\w,]+\s+){0,6}?(?:[Hh]e|[Ss]he)\s", lead):
            person = _subject_person(ctx, view)
        if person is not None:
            role = _canonical(re.sub(r"\s+", " ", m.group("role")))
            _post(ctx, view, person, body.key, role, m.start(), body.end)


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


def _implicit_body(ctx: Context, view: View, role: str, pos: int) -> str | None:
    """The body a post with no owner is in: for a court's post, the one court named before
    ``pos``; for a committee's, the one committee named before it in the sentence, else in
    the text."""
    if _COURT_POSTS.match(role):
        bodies = [x for x in ctx.mentions if x.cls == TG.Court and x.start < pos]
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
    """Whose post "its president" is: for an office of state the state referred to, else the
    one organisation the sentence before names."""
    if _STATE_OFFICE.match(_canonical(role)):
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
_WHOSE_ROLE = re.compile(rf",\s+whose\s+(?P<role>{_MODIFIER}{_ROLE}),\s+(?:{TITLE}\.?\s+)?$", re.I)
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


def extract_memberships(ctx: Context, view: View) -> None:
    for person in view.of((TG.Person,)):
        if len(person.text.split()) < 2:
            continue  # posts are stated next to the full name
        lead = view.text[view.start : person.start]
        t = _TITLE_BEFORE.search(lead)
        if t and not _PAST.search(t.group("qual")):
            role = re.sub(r"[\s-]+", " ", t.group("qual")) + re.sub(r"\s+", " ", t.group("title"))
            start = view.start + t.start()
            owner = _owner(ctx, view, t.group("owner"), start)
            org = (
                owner
                or _demonym_state(ctx, t.group("adj"))
                or _body_before(view, start, t)
                or _state_after(view, person, role)
                or _office_parent(ctx, view, person, start)
                or _chamber_of(ctx, view, role)
                or _implicit_body(ctx, view, _canonical(role), start)
                or _registry_post(ctx, person.key, _canonical(role))
                or _home_state(ctx, view, start, role)
                or _international_office(ctx, role)
            )
            if org:
                _post(ctx, view, person.key, org, _canonical(role), start, person.end)
        _appositive_post(ctx, view, person)
        _coordinated_posts(ctx, view, person)
        _role_then_name(ctx, view, person)
        _is_roles(ctx, view, person)
        _became(ctx, view, person)
        _role_of_before(ctx, view, person)
        _who_heads(ctx, view, person)
        _led_by(ctx, view, person)
        _the_office(ctx, view, person)
        _whose_post(ctx, view, person)
        _state_attribute_post(ctx, view, person)
    _served_as(ctx, view)
    _role_is(ctx, view)
    for body in view.of({*ORG_CLASSES, TG.State}):
        member = _IS_A_MEMBER.match(view.text, body.end, view.end)
        if member and _OF_WHICH.search(view.text[view.start : body.start]):
            parent = view.before(body.start, ORG_CLASSES, within=14)
            if parent is not None:
                _post(ctx, view, body.key, parent.key, None, parent.start, member.end())
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


def _body_memberships(ctx: Context, view: View) -> None:
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
    r"(?:,\s+which)?\s+(?:(?:therefore|thus|still|also|now|however|nonetheless|formally|technically)\s+)?"
    r"(?:remains|remained|is|was|has\s+remained|has\s+been|continues\s+to\s+be|(?:would|will)\s+remain|"
    r"(?:would|will)\s+still\s+be)\s+(?:(?!(?:no|not|never|no\s+longer)\b)[^,.;]{1,80}?\s+and\s+)?"
    r"(?:still\s+)?(?:one\s+of\s+the\s+\S+\s+members?(?:\s+states?)?|(?:a\s+)?(?:full\s+|founding\s+)?member"
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
    r"\s+(?:is|was|becomes|became|has\s+become)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|last|latest|\d+(?:st|nd|rd|th))\s+(?:member\s+)?(?:state|country|member)\s+of\s+(?:the\s+)?",
    re.I,
)
_MEMBER_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:founding\s+|full\s+)?member(?:\s+state)?\s+of\s+", re.I)
# "Mali, Niger and Burkina Faso are (all) members of ...": each state of the list
_ARE_MEMBERS = re.compile(
    r"(?:\s+(?:are|remain|were)|,)\s+(?:all\s+|still\s+|both\s+)?(?:(?:all\s+)?[\w-]+\s+of\s+them\s+)?"
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
_PRONOUN_SUBJECT = re.compile(r"(?<![\w-])(?:it|It)(?=\s)")
# "... of the United Nations and a permanent member of the Security Council"
_NEXT_ORG = re.compile(
    r"\s*(?:,\s*)?(?:or|and)\s+(?:(?:a|an)\s+(?:(?:permanent|non-permanent|founding|full)\s+)?"
    r"member(?:\s+state)?\s+)?(?:of\s+|in\s+)?"
)


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


def _listed_members(ctx: Context, view: View, states: list[Mention]) -> None:
    """States listed as members after the organisation is named as having them."""
    for org in view.of(ORG_CLASSES):
        before = _MEMBERS_OF_BEFORE.search(view.text, max(view.start, org.start - 40), org.start)
        if before is None and not _WHOSE_MEMBERS.match(view.text[org.end : view.end]):
            continue
        after = [x for x in states if x.start > org.end]
        if not after:
            continue
        lead = view.text[org.end : after[0].start]
        opening = before is not None and re.search(
            r"(?:^|\b[Aa]s\s+)$", view.text[view.start : before.start()]
        )
        if not (_MEMBERS_INCLUDE.search(lead) or (opening and lead == ", ")) or re.search(r"[.;:]", lead):
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
        pos = joined.end()


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
    r",\s+who\s+(?:now\s+|currently\s+)?(?P<verb>chairs|heads|leads|directs|presides\s+over|coordinates)"
    r"\s+",
    re.I,
)
_HEAD_ROLES = {"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director",
               "presides over": "president", "coordinates": "coordinator"}  # fmt: skip


def _who_heads(ctx: Context, view: View, person: Mention) -> None:
    m = _WHO_HEADS.match(view.text, person.end, view.end)
    org = view.after(m.end(), ORG_CLASSES, within=4) if m else None  # "(the) committee"
    if m is not None and org is not None:
        role = _HEAD_ROLES[re.sub(r"\s+", " ", m.group("verb").lower())]
        _post(ctx, view, person.key, org.key, role, person.start, org.end)


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
    if m is not None and org is not None and not re.search(r"\bformer\b", m.group(0), re.I):
        role = _canonical(re.sub(r"\s+", " ", m.group("role")))
        _post(ctx, view, person.key, org.key, role, person.start, org.end)


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
    words = [w for w in role.split() if w.lower().strip(".") not in _HONORIFICS]
    return " ".join(words).lower()


# ---------------------------------------------------------------------------- counts

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
