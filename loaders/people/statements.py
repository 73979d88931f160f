"""Quoted statements and who made them.

A statement needs quoted words and a speaker the grammar names (a person or organisation next
to a speech verb, or "she said" after a statement by her); the claims made inside the quoted or
reported words are attributed to the speaker. "According to X" names the outlet that reported
them.
"""

from __future__ import annotations

import itertools
import re

from loaders.documents import Sentence
from loaders.extract_context import ORG_CLASSES, Context, View
from loaders.facts import Ref, Value
from loaders.iris import Minter
from loaders.lexicon import alternation, entries
from loaders.mentions import Mention
from loaders.people.posts import _appositive_role, _body_named_by, _canonical
from loaders.unlisted import OFFICE, TITLE, WORD
from loaders.vocabulary import ORG, TG

__all__ = ["extract_statements", "find_speech", "pronoun_person", "reporting_outlet"]


SPEAKERS = (TG.Person, *sorted(ORG_CLASSES - {TG.MediaOutlet}))


_SPEECH = (
    r"(?:said|says|stated|states|stating|declared|added|warned|urged|insisted|insisting|noted|wrote|"
    r"lamented|argued|predicted|predicts?|condemned|emphasi[sz]ed|critici[sz]ed|asserted|told|"
    r"cautioned|described|pointed out|put it|replied|replies|responded|retorted|countered|recalled|recalls|"
    r"remarked|conceded|admitted|acknowledged|"
    r"tweeted|posted(?=\s+on\s+(?:[A-Z]\w*|social\s+media)\b))"
)


# Verbs that introduce quoted words only: "explained", "replied", "announced" report an act as
# often as words when no quotation follows, so they never open reported speech without one.
_QUOTING = (
    rf"(?:{_SPEECH[3:-1]}|explained|explains|explaining|continued|continues|replied|replies|responded|"
    r"answered|announced|stressed|stresses|observed|remarked|recalled|recalls|acknowledged|admitted|"
    r"conceded|commented|concluded|notes|noting|adds|adding|saying|tells|writes|underlined|"
    r"highlighted|affirmed|maintained|claimed|countered|complained|reiterated|confirmed|vowed|"
    r"promised|asked|wondered|recounted|quipped|joked|argues|warns|insists|disagreed|disagrees|agreed|"
    r"objected|protested|reacted)"
)


# What a court or a committee holds is its words when quoted: “...,” the court held.
_FINDING = r"(?:found|finds|held|holds|ruled|rules|concluded|concludes)"


# The words naming a speaker after a quotation; an abbreviated title keeps its full stop ("Sen.")
_WHO = r"(?:\b(?:Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Gov|Gen|Hon|Amb|Atty|Adv|Fr|Rev)\.|[\w'\u2019 -])"


_SPEECH_AFTER = re.compile(
    rf"^[,.]?\s*(?:(?:the\s+)?(?P<who>{_WHO}{{2,80}}?(?:,{_WHO}{{2,80}}?,)?)\s+)?"
    rf"(?:further\s+|then\s+|later\s+|also\s+)?(?P<verb>{_QUOTING}|{_FINDING})\b",
    re.I,
)


# A clause of its own after a quotation: “...”, while the Commission said / and an official replied
_NEW_CLAUSE_AFTER = re.compile(r"[,.]?\s*(?:while|whereas|but|and)\s", re.I)


_SPEECH_VERB = re.compile(rf"\b{_SPEECH}\b", re.I)


_QUOTING_VERB = re.compile(rf"\b(?:{_QUOTING}|{_FINDING}(?=\s+that\b))\b", re.I)


# Between a verb that only introduces quotations and the quotation: a colon, a comma or "that"
# ("replied in an email:", "told reporters in Geneva,", "replied Ana Lopes:", "stressed that")
_QUOTING_GAP = re.compile(
    r"[^.;\"\u201c\u201d\u00ab\u00bb]{0,80}?(?:[,:]|\sthat)\s*[\"\u201c\u2018'\u00ab]\s?"
)


# "found that the State had “...”": a clause the quotation completes, no sentence between
_REPORTED_GAP = re.compile(r"\s+that\s[^.;!?\"\u201c\u201d\u00ab\u00bb]{0,100}[\"\u201c\u2018'\u00ab]\s?")


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
        # An answer may quote someone else by name ("The minister, Ana Silva, told us the country
        # “is committed”"): those words are hers, besides the answer being the interviewee's.
        quoted = [
            q
            for q in _quoted_speech(ctx, view)
            if q[0].key != answer[0].key and any(m.key == q[0].key for m in view.of((TG.Person,)))
        ]
        return [answer, *quoted]
    out = _quoted_speech(ctx, view)
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


def _quoted_speech(ctx: Context, view: View) -> list[tuple[Ref, int, int, tuple[int, int] | None]]:
    """The quotations opening in the sentence that someone is credited with."""
    out: list[tuple[Ref, int, int, tuple[int, int] | None]] = []
    for qs, qe in view.quotes:
        if not view.start <= qs < view.end:
            continue  # a quotation is read once, in the sentence where it opens
        words = len(view.text[qs:qe].split())
        if words < 2 and not (words == 1 and _spoken_word(view, qs, qe)):
            continue  # a quoted word is a name or a scare quote, unless it completes reported speech
        if (
            words == 2
            and not _attributed_after(view, qs, qe)
            and not _REPORTED_CLAUSE.search(view.text, view.start, qs)
            and not _PRONOUN_CLAUSE.search(view.text, view.start, qs)
            and not (
                _NOUN_CLAUSE.search(view.text, view.start, qs)
                and re.match(r".?\s*(?:[.,;!?]|$)", view.text[qe : qe + 3])  # the words end the clause
            )
            and not _predicate_quote(view, qs, qe)
            and not _split_part(view, qs, qe)
            and _SAID_COLON.search(view.text, view.start, qs) is None
            and _according_to(view, qs) is None  # According to Amnesty, the law is “long overdue”
        ):
            continue  # "legacy" cases, “traditional values”: scare quotes, not someone's words
        found = _speaker_for_quote(ctx, view, qs, qe)
        if found is not None:
            speaker, lead = found
            out.append((speaker, min(lead, qs), qe, (qs, qe)))
    return out


_NEW_CLAUSE = re.compile(r"(?:,\s*(?:while|whereas|but|and)|;)\s+(?:the\s+)?$")
_ADDRESSEE = re.compile(
    r"\b(?:to|with|from|against|for|about)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:-[A-Z][\w.'’-]*)?\s+){0,3}$"
)
# A name inside a relative clause on the name before it ("Ana Silva, who succeeded Rui Costa,")
_IN_RELATIVE_CLAUSE = re.compile(r"[A-Z][\w'’-]+,\s+(?:who|whom)\s+[^,;:.\"\u201c]{1,80}$")


# Between a speaker and the verb that introduces the quotation: a speech verb of theirs, then
# another subject for the second verb ("said the government had", "said officials were")
_ANOTHER_SPEAKER = re.compile(
    rf"\b{_SPEECH}\s+(?:that\s+)?(?:the|a|an|its|their|some|several|other|officials|ministers|diplomats)\b"
    r"[^.;,\"\u201c]{0,60}?$",
    re.I,
)


def _spoken_word(view: View, qs: int, qe: int) -> bool:
    """Whether a quoted word is someone's answer rather than a name or a scare quote: it
    completes reported speech, opens the sentence before "said Ana Silva" with its comma inside
    (“Never,” said Ana Silva), or follows "said:" (Ana Silva said: “Never.”)."""
    return (
        _predicate_quote(view, qs, qe)
        or (
            _attributed_after(view, qs, qe)
            and view.text[qs:qe].rstrip()[-1:] in (",", "!", "?")
            and not view.text[view.start : qs].strip(" \"\u201c\u2018'")
        )
        or _SAID_COLON.search(view.text, view.start, qs) is not None
    )


# "Ana Silva said: “Never.”", "she replied:": a speech verb and a colon right before the quotation
_SAID_COLON = re.compile(r"\b(?:said|says|replied|replies|answered|answers|added|adds)\s*:\s*[\"\u201c]?$")


# "Ana Silva: The protocol lets ...": a line of an interview, the speaker's name as its label.
# The label may be set in bold ("**Ana Silva:** ..."), the colon inside or outside the marks.
# A debate's speakers carry their party or state in brackets: "Ana Silva (Greens): ...", and a
# transcript's lines may open with a timecode: "[09:05:41] ANA SILVA: ..."
_TIMECODE = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
_LABEL = re.compile(
    _TIMECODE
    + r"(?:\*\*|__)?(?P<label>[^\n:*_()]{1,60}?)(?:\s\([^()\n]{1,40}\))?(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=\S)"
)


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
        return _lettered_answer(ctx, view, para_start, para_end) or _unlabelled_answer(
            ctx, view, para_start, para_end
        )
    speaker = next(
        (x for x in ctx.mentions if x.cls == TG.Person and x.end == m.end("label") and x.start >= para_start),
        None,
    )
    if speaker is None and m.group("label").strip() in ("A", "Answer"):
        speaker = _interviewee(ctx, para_start)
        if speaker is None:
            # "Q: ..." / "A: ...": the one person the introduction names, once a "Q:" turn came
            first = re.search(r"^(?:\*\*|__)?(?:Q|Question)(?:\*\*|__)?:", text[:para_start], re.M)
            speaker = _sole_person(ctx, first.start()) if first else None
    if speaker is None:
        speaker = _named_by_label(ctx, m.group("label").strip(), para_start)
    answer = text[m.end() : para_end].rstrip()
    if speaker is None or not answer or answer.endswith("?") or _CREDITED_QUOTE.match(answer):
        return None  # (a quotation with its own credit, "A: “...,” Keller said.", is read as one)
    if len(_LABEL_LINE.findall(text)) < 2 and not _after_question(text, para_start):
        return None
    if _asks(text, m.group("label").strip()):
        return None  # the interviewer's remarks between questions are not the interviewee's words
    quote = (m.end(), m.end() + len(answer)) if view.start <= m.end() < view.end else None
    return Ref(speaker.key), view.start, view.end, quote


# An answer that is a quotation credited in the same breath: “...,” she said with a laugh.
_CREDITED_QUOTE = re.compile(
    r"\s*[\"\u201c\u00ab][^\"\u201c\u201d\u00ab\u00bb]+[\"\u201d\u00bb]\s*,?\s*(?:[\w.'\u2019-]+\s+){1,3}?"
    r"(?:said|says|added|adds|told|tells|explained|replied|recalled)\b"
)


# "Q. What changes?" / "A – Very little.": an interview's turns marked by a letter and a full
# stop or a dash instead of a colon (bold or not)
_LETTER_LABEL = re.compile(
    r"(?:\*\*|__)?(?P<label>Q|A)(?:\*\*|__)?(?:\.|[ \t]*[-\u2013\u2014])(?:\*\*|__)?[ \t]+(?=\S)"
)


def _lettered_answer(
    ctx: Context, view: View, para_start: int, para_end: int
) -> tuple[Ref, int, int, tuple[int, int] | None] | None:
    """An answer in an interview whose turns open "Q." and "A." (or "Q –", "A –"): the
    interviewee's words. Only where a "Q." turn comes before it, so "A. Okafor said" opening a
    paragraph of a plain article is never read as an answer."""
    text = ctx.text
    m = _LETTER_LABEL.match(text, para_start, para_end)
    if m is None or m.group("label") != "A":
        return None
    questions = [
        q.start()
        for q in re.finditer(
            r"^(?:\*\*|__)?Q(?:\*\*|__)?(?:\.|[ \t]*[-\u2013\u2014])", text[:para_start], re.M
        )
    ]
    if not questions:
        return None
    speaker = _interviewee(ctx, questions[0]) or _sole_person(ctx, questions[0])
    answer = text[m.end() : para_end].rstrip()
    if speaker is None or not answer or answer.endswith("?"):
        return None
    if _CREDITED_QUOTE.match(answer):
        return None  # "A. “...,” Keller said.": a quotation with its own credit, read as one
    quote = (m.end(), m.end() + len(answer)) if view.start <= m.end() < view.end else None
    return Ref(speaker.key), view.start, view.end, quote


# A paragraph that only asks: an interviewer's question set apart, in bold or italics or plain
_QUESTION_LINE = re.compile(r"[ \t]*(?:\*\*|__|\*|_)?[^\n\"\u201c\u201d]{3,300}\?(?:\*\*|__|\*|_)?[ \t]*")


# A paragraph that is one quotation and nothing else: “Very little.”
_WHOLE_QUOTE = re.compile(r"[\"\u201c\u00ab](?P<words>[^\"\u201c\u201d\u00ab\u00bb]+?)[\"\u201d\u00bb]")

# "— Who won?", "- Who won?": a turn opened by a dash (or a hyphen standing for one)
_DASH_TURN = re.compile(r"[ \t]*(?:[\u2014\u2013]|-{1,2})[ \t]+\S")


# Words that say the text is an interview: "This interview has been edited", "The conversation
# has been shortened", "answered our questions"
# ("We met her in Nairobi", "She sat down with us": the meeting an interview is)
_INTERVIEW_CUE = re.compile(
    r"\b(?:interview(?:s|ed)?|Q\s?&\s?A|questions|conversation|(?:spoke|talked)\s+(?:to|with)\s+(?:us|me)|"
    r"sat\s+down\s+with|(?:we|I)\s+met\s+(?:him|her|them))\b",
    re.I,
)
# Words that say a text asks its one question of someone: "We put one question to Ana Silva",
# "asked her a single question", "in an interview"
_ONE_QUESTION_CUE = re.compile(
    r"\b(?:interview(?:s|ed)?|Q\s?&\s?A|(?:put|asked|sent|posed)\s+(?:\w+\s+)?(?:a|one|our|the|this|two|"
    r"some|a\s+few)\s+(?:\w+\s+)?questions?|answered\s+(?:a|one|our|the|this|two|some)\s+(?:\w+\s+)?"
    r"questions?)\b",
    re.I,
)


def _unlabelled_answer(
    ctx: Context, view: View, para_start: int, para_end: int
) -> tuple[Ref, int, int, tuple[int, int] | None] | None:
    """The paragraph right after a question set apart in a paragraph of its own, in a text that
    says it is an interview and asks at least two such questions: the interviewee's answer, with
    no label on either turn. A paragraph with quotation marks is left to the quotation rules
    (it quotes someone, perhaps not the interviewee), and an explainer's own questions ("What
    is the Convention?") are no interview unless the text says it is one."""
    text = ctx.text
    before = text[:para_start].rstrip()
    previous = before[before.rfind("\n") + 1 :]
    if not _QUESTION_LINE.fullmatch(previous) and not _DASH_TURN.match(previous):
        return None  # no turn of an interviewer before this paragraph: the whole text is not read
    paragraphs = [p for p in text.split("\n") if p.strip()]
    # "— Who won?": an interviewer's turns opened by a dash, a remark among them as well
    dashed = sum(1 for p in paragraphs if _DASH_TURN.match(p) and p.rstrip().endswith("?")) >= 2
    # "— Who won? / — We did.": every turn opened by a dash, the answers' as well as the questions'
    both = dashed and _dashed_answers(paragraphs) >= 2

    def asks(line: str) -> bool:
        if both:
            return _DASH_TURN.match(line) is not None and line.rstrip().endswith("?")
        return _QUESTION_LINE.fullmatch(line) is not None or (dashed and _DASH_TURN.match(line) is not None)

    answer = text[para_start:para_end].strip()
    offset = 0
    if both and (dash := _DASH_TURN.match(answer)) is not None:
        offset, answer = dash.end() - 1, answer[dash.end() - 1 :]
    whole = _WHOLE_QUOTE.fullmatch(answer)
    if whole:  # an answer set in quotation marks of its own, no one credited: the interviewee's
        offset, answer = whole.start("words"), whole.group("words")
    if not answer or asks(answer) or re.search(r"[\"\u201c\u201d\u00ab\u00bb]", answer):
        return None
    if re.fullmatch(r"[^\n:]{1,60}:", answer):
        return None  # "OKONKWO:" on a line of its own: a speaker's label, not words of an answer
    if not asks(previous):
        return None
    asked = [i for i, p in enumerate(paragraphs[:-1]) if asks(p) and not asks(paragraphs[i + 1])]
    if not asked:
        return None
    first = text.find(paragraphs[asked[0]])
    cue = _INTERVIEW_CUE if len(asked) >= 2 else _ONE_QUESTION_CUE  # one question: the text says so
    if not cue.search(text, 0, first):
        return None
    speaker = _interviewee(ctx, first) or _sole_person(ctx, first)
    if speaker is None:
        return None
    start = para_start + (len(text[para_start:para_end]) - len(text[para_start:para_end].lstrip())) + offset
    quote = (start, start + len(answer)) if view.start <= start < view.end else None
    return Ref(speaker.key), view.start, view.end, quote


def _dashed_answers(paragraphs: list[str]) -> int:
    """How many dashed questions a dashed paragraph that asks nothing follows."""
    return sum(
        1
        for question, answer in itertools.pairwise(paragraphs)
        if _DASH_TURN.match(question)
        and question.rstrip().endswith("?")
        and _DASH_TURN.match(answer)
        and not answer.rstrip().endswith("?")
    )


def _sole_person(ctx: Context, pos: int) -> Mention | None:
    """The one person an interview's introduction names before its first question, if only one."""
    people = {x.key: x for x in ctx.mentions if x.cls == TG.Person and x.end <= pos}
    return next(iter(people.values())) if len(people) == 1 else None


def _after_question(text: str, pos: int) -> bool:
    """Whether the line before ``pos`` (blank lines aside) asks a question: the interviewer's,
    so that one labelled answer after it is already an interview's turn."""
    before = text[:pos].rstrip()
    line = before[before.rfind("\n") + 1 :].strip(" *_")
    return line.endswith("?") and len(line.split()) >= 2


def _named_by_label(ctx: Context, label: str, pos: int) -> Mention | None:
    """The one person named before ``pos`` whom an interview label stands for, written another
    way: in capitals ("MARIA SANTOS:"), by surname with or without a title ("Dr Okafor:", "MS.
    AUDET:"), by one of two surnames ("ARIAS:"), or by initials ("AR:", after "Ahmed Rahimi (AR)"
    or not)."""
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
        elif len(words) == 1 and len(names) > 2 and words[0].casefold() in (n.casefold() for n in names[1:]):
            found.add(key)  # "ARIAS:" for Elena Arias Valdés, the first of her two surnames
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
                rf"\b{role},?\s+$", before, re.I
            ):  # "Ana Silva, the spokesperson", "the spokesperson, Ana Silva", "Spokesperson Ana Silva"
                found.add(key)
    return people[found.pop()] if len(found) == 1 else None


_INTERVIEWED = re.compile(
    r"\b(?:(?:spoke|speaks|speaking|talked|talks|talking)\s+(?:with|to)|interviewed|asked|interviewing|"
    r"interview\s+with|in\s+conversation\s+with|(?:this|an|the|our)\s+interview,|"
    r"joining\s+(?:me|us)(?:\s+now)?\s+(?:is|are)|joined\s+by|"
    r"(?:put|posed|sent|addressed)\s+(?:\w+\s+){0,2}?questions?\s+to)\s+$",
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
    lines = re.findall(
        rf"^{_TIMECODE}(?:\*\*|__)?{re.escape(label)}"
        r"(?:\s\([^()\n]{1,40}\))?(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(.*\S)",
        text,
        re.M,
    )
    return sum(1 for line in lines if line.endswith("?")) * 2 > len(lines)


_LABEL_LINE = re.compile(
    "^" + _TIMECODE + r"(?:\*\*|__)?[^\n:*_]{1,60}?(?:\*\*|__)?:(?:\*\*|__)?[ \t]+\S", re.M
)


_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’]?\s+[A-Z]")


# "warned that ... posed “grave risks”": a short quotation inside reported speech is the
# speaker's own words, where on its own it would be a scare quote.
_REPORTED_CLAUSE = re.compile(rf"\b{_SPEECH}\s+(?:[\w ]{{0,40}}?\s+)?(?:that|of)\b", re.I)


# "said the decision “shows leadership”": the quoted words the predicate of a reported clause
# whose subject is named right after the verb
_NOUN_CLAUSE = re.compile(
    # ("said torture “remains widespread”": a bare noun in lower case as the subject)
    rf"\b{_SPEECH}\s+(?:(?:the|this|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+|(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){{0,2}})"
    rf"\s+[\"\u201c\u2018'\u00ab]\s?$",
    re.I,
)


# "said it “deeply regrets” the decision", "told reporters they would “never accept” it": the
# quoted words open the reported clause whose subject is the speaker, referred back to
_PRONOUN_CLAUSE = re.compile(
    rf"\b{_SPEECH}\s+(?:\w+\s+)?(?:it|they|he|she|we)\s+(?:(?:would|will|could|can|had|has|have|was|were|is|"
    rf"are|did|does|do)\s+)?(?:not\s+)?[\"\u201c\u2018'\u00ab]\s?$",
    re.I,
)


# "an interpretative declaration stating that", "a resolution noting that": a text's words
# that a participle reports; whoever drafted the text is not thereby its speaker
_DOCUMENT_SAYING = re.compile(
    r"\b(?:declaration|resolution|decree|law|act|bill|amendment|reservation|notification|memorandum|"
    r"motion|ruling|judgment|judgement|decision|treaty|convention|protocol|clause|article|provision)\s+"
    r"(?:stating|saying|noting|declaring|insisting|adding|warning|asserting|affirming)$",
    re.I,
)


# "The group cautioned that ...": an organisation referred back to, not named.
_GROUP_SUBJECT = re.compile(
    r"\b(?:the|this|that)\s+(?:rights\s+|human\s+rights\s+)?(?:group|organi[sz]ation|NGO)\s+(?:\w+\s+)?$",
    re.I,
)


# A title before a name, nothing else: "Judge ", "Deputy Foreign Minister ", "UN High
# Commissioner ", "Dr. " (never "Amnesty International. ", which ends a sentence)
# ("said Committee Chairperson Dr. Ingrid Holm": the body's word before the title, an honorific after)
_TITLE_WORDS = re.compile(
    rf"\s*(?:[A-Z]{{2,5}}\s+|(?:Committee|Court|Commission|Council|Tribunal|Assembly)\s+)?{TITLE}\.?\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
)


# "says rights lawyer ", "said the defence counsel ": a role in lower case before a name
_ROLE_WORDS = re.compile(
    # ("said Fidesz lawmaker Péter Kiss": a capitalised word may qualify the role)
    r"\s*(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019.-]*\s+)?(?!(?:to|by|of|and|or|that|with|in|on|for|at|from|as)\b)[a-z][\w'\u2019-]*"
    r"(?:\s+(?!(?:to|by|of|and|or|that|with|in|on|for|at|from|as)\b)[a-z][\w'\u2019-]*){0,2}\s+"
)


_TITLE_TAIL = re.compile(rf"(?<![\w-])(?:[A-Z]{{2,5}}\s+)?{TITLE}\.?\s+$")


# A quotation credited after a dash, as press releases and features set them: “...” – Ana Silva
# or on the line after it, as a pull quote's credit: “...”\n— Ana Silva, spokesperson
_DASH_CREDIT = re.compile(r"[ \t]*\n?[ \t]*[\u2013\u2014][ \t]*|[ \t]+-{1,2}[ \t]+")


# A text that speaks for whoever issued it: “...,” the statement read
_TEXT_READ = re.compile(
    r"[,.]?\s*(?:the|its|their)\s+(?:statement|communiqu[eé]|press\s+release|release|declaration)\s+"
    r"(?:read|reads|said|says|added|adds|continued|stated|states)\b",
    re.I,
)


_ISSUED = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:issued|released|published|put\s+out|circulated)\s+(?:a|an|the|its)\b", re.I
)


# "a statement issued by", "a press release from the": the text that speaks, then who issued it
_TEXT_BY = re.compile(
    r"\s*(?:a|an|the)\s+(?:written\s+|short\s+|brief\s+)?(?:statement|press\s+release|release|"
    r"communiqu[eé]|declaration|message)\s+(?:(?:issued|released|published|put\s+out|posted)\s+"
    r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+|later\s+|overnight\s+)?)?(?:by|from)\s+(?:the\s+)?",
    re.I,
)


def _issued_by(ctx: Context, pos: int) -> Ref | None:
    """The one body or person whose statement speaks after the verb at ``pos`` ("said a
    statement issued by Amnesty International"); none for a text issued jointly by several."""
    m = _TEXT_BY.match(ctx.text, pos)
    if m is None:
        return None
    issuer = ctx.mention_after(m.end(), SPEAKERS, within=0)
    if issuer is None or re.match(r"\s*,?\s*(?:and|&)\s", ctx.text[issuer.end :]):
        return None
    return Ref(issuer.key)


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
    line_end = ctx.text.find("\n", credit.end() if credit else closed) % (len(ctx.text) + 1)
    if (  # “...” – Ana Silva, spokesperson for the ministry: a line of its own, quote then credit
        credit is not None
        and not ctx.text[line_start:qs].strip(" \t\"\u201c\u2018'")
        and not re.search(r"[.!?;]\s+\S", ctx.text[credit.end() : line_end])
    ):
        title = _TITLE_WORDS.match(ctx.text, credit.end())  # "— Dr Ana Silva, chair"
        credited = ctx.mention_after(title.end() if title else credit.end(), SPEAKERS, within=0)
        if credited is not None:
            return Ref(credited.key), qs
    if _TEXT_READ.match(after):  # “...,” the statement read: whoever issued it
        issuer = _issuer_before(ctx, view, qs)
        return (issuer, qs) if issuer is not None else None
    m = _SPEECH_AFTER.match(after)
    if m and _NEW_CLAUSE_AFTER.match(after):
        m = None  # “...”, while the Commission said it would ...: another clause's speaker
    if m:  # “...,” Lubinets lamented / she said / the rights group said
        who = (m.group("who") or "").strip()
        if _SOMEONE_UNNAMED.match(who):
            return None  # “...,” a former Home Office lawyer told me: someone of it, not the body
        named = _named_between(ctx, closed, closed + m.start("verb"))
        if named is not None:  # “...,” Foreign Minister Ana Lopes told reporters
            return Ref(named.key), qs
        if not who:  # “...,” said Ana Silva / said the ministry: the speaker follows the verb
            issuer = _issued_by(ctx, closed + m.end())
            if issuer is not None:  # “...,” said a statement issued by Amnesty International
                return issuer, qs
            inverted = ctx.mention_after(closed + m.end(), SPEAKERS, within=5)
            if inverted is not None and ctx.text.startswith(("'s ", "\u2019s "), inverted.end):
                # “...,” said Bensouda's spokesman, Fadi Abdallah: the one whose post it is speaks
                in_post = ctx.mention_after(inverted.end, (TG.Person,), within=60)
                if in_post is None or re.search(r"[.;:\"\u201c]", ctx.text[inverted.end : in_post.start]):
                    return None
                inverted = in_post
            if inverted is not None and not re.search(r"[.;]", view.text[closed + m.end() : inverted.start]):
                if _QUALIFIES_TITLE.match(ctx.text, inverted.end):  # "said UN rights chief Volker Türk"
                    member = _titled_member(ctx, inverted)
                    return (Ref(member), qs) if member is not None else None
                return Ref(_person_in_apposition(ctx, view, inverted).key), qs
            titled_name = ctx.mention_after(closed + m.end(), (TG.Person,), within=40)
            if titled_name is not None and (
                _TITLE_WORDS.fullmatch(view.text, closed + m.end(), titled_name.start)
                or _ROLE_WORDS.fullmatch(view.text, closed + m.end(), titled_name.start)
            ):
                return Ref(titled_name.key), qs  # “...,” said Judge Carla Mendes
            titled = ctx.mention_after(closed + m.end(), (TG.Person,), within=70)
            if titled is not None and _ROLE_THEN_NAME.fullmatch(view.text, closed + m.end(), titled.start):
                return Ref(titled.key), qs  # “...,” said the lawyer, Rui Costa
        if _PRONOUN.match(who):
            # a person is "he" or "she"; "they" after a name is no one person
            referred = (
                (_named_before(view, qs) or _person_referred(ctx, view)) if who.lower() != "they" else None
            )
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
        if re.fullmatch(r"[,.]?\s*(?:the|a|an)\s+", after[: m.start("who")], re.I) and who:
            # “...,” the ombudsman told the paper: someone the text does not name, never the last speaker
            return None
    according = _ACCORDING_AFTER.match(after)
    if according:  # “...,” according to Ana Silva.
        source = ctx.mention_after(closed + according.end(), SPEAKERS, within=5)
        if source is not None and not re.search(r"[.;]", view.text[closed + according.end() : source.start]):
            if re.match(r"\s*,?\s*(?:and|&)\s", ctx.text[source.end :]):
                return None  # “...,” read a joint statement from the Council and the Union: no one speaker
            return Ref(_person_in_apposition(ctx, view, source).key), qs
    # Lubinets declared, “...”  /  Klishas ..., insisting that Russia “...”
    lead = view.text[view.start : qs]
    labelled = _labelled(view, qs)
    if labelled is not None:  # Rui Costa: “The government acted unlawfully.”
        return labelled
    owned = _words_of(view, qs)
    if owned is not None:  # In Ana Silva's words, “...” / Ana Silva's reply: “...”
        return owned
    quoted = _QUOTED_AS.search(lead)
    if quoted is not None:  # The paper quoted Ana Silva as saying the law “changes nothing”
        # "quoted the minister, Ana Silva, as saying": the role before the name
        role = _ROLE_THEN_NAME.match(view.text, view.start + quoted.end() - 1)
        x = view.after(role.end() if role else view.start + quoted.end(), (TG.Person,), within=5)
        if x is not None and re.match(r",?\s+as\s+(?:saying|having\s+said)\b", view.text[x.end : qs]):
            return Ref(x.key), x.start
    passive = _QUOTED_PASSIVE.search(lead)
    if passive is not None:  # Ana Silva was quoted as saying the law “changes nothing”
        quoted_one = _subject_before(view, view.start + passive.start())
        if quoted_one is not None:
            return Ref(quoted_one.key), quoted_one.start
    called = _CALLED.search(lead)
    if called is not None:  # Amnesty International called the vote “a betrayal”
        at = view.start + called.start()
        if (called_by := _any_subject_before(view, at)) is not None and called_by.cls == TG.State:
            return None  # "while Norway, which led the talks, called the move “...”"
        who_c = _subject_before(view, at)
        if who_c is not None:  # "Ana Silva called", "the ministry's spokesman, Ivan Petrenko, called"
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
        if _SPEECH_VERB.fullmatch(v.group(0))
        or _QUOTING_GAP.fullmatch(view.text, view.start + v.end(), qs)
        or (
            re.fullmatch(_FINDING, v.group(0), re.I) is not None
            and _REPORTED_GAP.fullmatch(view.text, view.start + v.end(), qs) is not None
        )
    ]
    if not verbs or _SENTENCE_BREAK.search(lead, verbs[-1].end()):
        return (
            _according_to(view, qs)
            or _continued(ctx, view, qs)
            or _block_quote(ctx, view, qs)
            or _introduced(ctx, view, qs, qe)
            or _colon_after_subject(ctx, view, qs)
        )
    verb_at = view.start + verbs[-1].start()
    if _DOCUMENT_SAYING.search(view.text, view.start, verb_at + len(verbs[-1].group(0))):
        return None  # "a declaration stating that ...": the text speaks, its author is not named here
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
    # "In a letter to Secretary-General Antonio Guterres, the State Department said": the one
    # written to is not the one speaking
    people = [
        x for x in candidates if x.cls == TG.Person and not _ADDRESSEE.search(view.text, view.start, x.start)
    ]
    # "David Sassoli, who succeeded Antonio Tajani, said": the one the relative clause is about
    people = [x for x in people if not _IN_RELATIVE_CLAUSE.search(view.text, view.start, x.start)] or people
    if people or candidates:
        who_m = (people or candidates)[-1]
        if who_m.cls != TG.Person and _ONE_OF_A_BODY.search(view.text, view.start, who_m.start):
            return None  # "A former member of the Committee said": someone unnamed, not the body
        if who_m.cls != TG.Person and _ENVOY_TO.search(
            view.text, max(view.start, who_m.start - 90), who_m.start
        ):
            return None  # "the Permanent Representative of Sri Lanka to the United Nations said": not the UN
        if who_m.cls != TG.Person and _UNNAMED_SAID.search(view.text, who_m.end, qs):
            return None  # "the competence of the Committee ..., the lawyer said, adding that “...”"
        if who_m.cls != TG.Person and _REPORTED_SUBJECT.search(view.text, view.start, who_m.start):
            return None  # "Duterte said the court was biased and added: “...”": what was said of it
        if any(
            x.cls == TG.State and _NEW_CLAUSE.search(view.text, who_m.end, x.start)
            for x in view.mentions
            if who_m.end < x.start < verb_at
        ):
            return None  # "X urged the Seimas to reconsider, while Norway ... called the move “...”"
        if _ANOTHER_SPEAKER.search(view.text, who_m.end, verb_at):
            # "Ana Silva said the government had told her that “...”": the words are the
            # government's, reported by her, not hers
            return None
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
    if referred is not None:
        return referred, verb_at
    return _colon_after_subject(ctx, view, qs)  # "Asked about the bill, she was blunt: “...”"


# An envoy accredited to a body: "the Permanent Representative of Fiji to the United Nations"
_ENVOY_TO = re.compile(
    r"\b(?:ambassador|representative|envoy|delegate|observer|mission)s?\b[^,;.\"\u201c]{0,60}\bto\s+(?:the\s+)?$",
    re.I,
)


# Someone unnamed saying the words between a body and the verb that introduces the quotation
_UNNAMED_SAID = re.compile(
    rf",\s+(?:the|a|an|one|another|some|several|two|three)\s+(?:[\w-]+\s+){{0,3}}?{_SPEECH}\b", re.I
)


# A body right after a speech verb is the subject of what was said, not the one saying it
_REPORTED_SUBJECT = re.compile(rf"\b{_SPEECH}\s+(?:that\s+)?(?:the\s+)?$", re.I)


# Someone of a body the text does not name: "A former member of the Committee", "One diplomat at
# the Council of Europe", "Two judges on the Court"
# (a text or a spokesperson from the body speaks for it: "A statement from the Office said")
_ONE_OF_A_BODY = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+"
    r"(?!(?:[\w-]+\s+)?(?:statements?|releases?|letters?|reports?|notes?|communiqu|declarations?|"
    r"spokes|press|text|message|post|tweet))(?:[\w-]+\s+){0,6}?"
    r"(?:of|on|at|from|in|with|to|for|inside|within)\s+(?:the\s+)?$"
)


# "Nothing will change,' she said": the closing mark, after a space in French-style guillemets
_CLOSING = re.compile(r"\s?[\"\u201d\u2019'\u00bb]")


# "said Tomas Berg, “...”", "said Ana Silva, a lawyer: “...”": the speaker between verb and quote;
# "The vote, said Ana Silva, the forum's director, was “...”": the quotation completes the clause
_INVERTED_LEAD = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[^,.;:\"\u201c\u00ab]{1,60})?\s*[,:]\s*"
    r"(?:(?:was|is|were|are|remains|remained|has\s+been|had\s+been|would\s+be|will\s+be)\s+)?"
    r"[\"\u201c\u2018'\u00ab]"
)


# "According to the Minister of Justice, Ana Silva, ...": the person's post before her name
_ACCORDING_POST = re.compile(r"\b[Aa]ccording\s+to\s+(?:the|its|their|a|an|one)\s+[^,;:.\"\u201c]{2,60},\s+$")
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
    # "Ana Silva, a lecturer in Quezon City, told": a name after a preposition is a place or
    # someone the apposition mentions, not the speaker
    governed = [
        x
        for x in inside
        if x.cls == TG.Person
        and re.search(
            r"\b(?:in|of|for|to|with|by|from|at|on|near|and)\s+(?:the\s+)?$", ctx.text[start : x.start]
        )
    ]
    people = [x for x in inside if x.cls == TG.Person and x not in governed]
    if governed and not people:
        return None  # "the lawyer for Ana Silva said": someone the text does not name speaks
    if not people and inside and re.search(rf"{WORD},", ctx.text[start : inside[-1].start]):
        return None  # "Bachelet, the UN High Commissioner, said": a person the text did not name in full
    found = people or inside
    return found[-1] if found else None


# A body's name that qualifies a title before a name: "UN rights chief Volker Türk"
_QUALIFIES_TITLE = re.compile(
    r"(?:\s+(?!(?:and|or|to|by|of|for|with|that|in|on|at)\b)[a-z][\w'\u2019-]*){1,4}\s+[A-Z]"
)


def _titled_member(ctx: Context, body: Mention) -> str | None:
    """The person a body's name qualifies as part of her title ("said UN rights chief Volker
    Türk", "says EU foreign policy chief Ana Silva"): the speaker is she, not the body."""
    if body.cls == TG.Person:
        return None
    person = ctx.mention_after(body.end, (TG.Person,), within=40)
    if person is None:
        return None
    between = ctx.text[body.end : person.start]
    if _TITLE_WORDS.fullmatch(between) or re.fullmatch(
        r"(?:\s+(?!(?:and|or|to|by|of|for|with|that)\b)[a-z][\w'\u2019-]*){1,4}\s+", between
    ):
        return person.key
    return None


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
        posted = x.cls == TG.Person and _ACCORDING_POST.search(view.text, view.start, at)
        if x.end <= qs and (_ACCORDING.search(view.text, view.start, at) or posted):
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
    sentences = ctx.document.sentences
    # (“A. B,” said X. “C.”: the quotation before the attribution opened a sentence or more earlier)
    while previous > 0 and previous > view.sentence.index - 4 and _closes_only(ctx.text, sentences[previous]):
        previous -= 1
    spoken = [c for c in ctx.claims if c.predicate == TG.speaker and c.evidence.sentence_index == previous]
    if not spoken or any(c.object != spoken[-1].object for c in spoken):
        return None
    speaker = spoken[-1].object
    return (speaker, qs) if isinstance(speaker, Ref) else None


def _closes_only(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` closes a quotation opened in a sentence before it and opens none."""
    words = text[sentence.start : sentence.end]
    return "\u201d" in words and "\u201c" not in words


_OPENING_MARKS = ('"', "\u201c", "\u2018", "\u00ab")


# "He said:", "The ministry said in a statement:", "Ana Silva told reporters:", a release's "Quote
# attributable to Ana Silva, director of ...:": a sentence that ends by announcing the words set
# out after it, as a block quotation
_ANNOUNCES = re.compile(
    rf"\b(?:{_QUOTING}|(?:quotes?\s+)?attributable\s+to|quotes?\s+from|comments?\s+from)\b"
    r"(?P<gap>[^.;!?\"\u201c\u201d\u00ab\u00bb]{0,120}):\s*$",
    re.I,
)


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


_OWNER_MARKS = ("'s ", "\u2019s ")


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
    if (
        speakers
        and people
        and speakers[0].key != people[0].key
        and ctx.text.startswith(_OWNER_MARKS, speakers[0].end)
    ):
        speakers = speakers[1:]  # "Amnesty International's researcher, Ana Ruiz, said": hers, not the group's
    if not people or len({m.key for m in people}) != 1 or not speakers or speakers[0].key != people[0].key:
        return None
    lead = ctx.text[p.start : people[0].start]
    if not re.fullmatch(
        rf"\s*(?:[A-Z][^,.;:\"\u201c]{{0,60}},\s*)?(?:(?:[A-Z]{{2,5}}\s+)?{TITLE}\.?\s+)?", lead
    ):
        return None  # the person is the subject, after at most a fronted phrase or a title
    return Ref(people[0].key), qs


def _colon_after_subject(ctx: Context, view: View, qs: int) -> tuple[Ref, int] | None:
    """A quotation after a colon that closes a short clause about the person the sentence opens
    with: her words ("Ana Silva, of a local support group, was more cautious: “...”", "Asked
    about the bill, she was blunt: “...”")."""
    lead = view.text[view.start : qs]
    colon = re.search(rf":\s*{_OPEN_MARK}\s?$", lead)
    if colon is None or re.search(r"[\"\u201c\u201d\u00ab\u00bb;]", lead[: colon.start()]):
        return None
    at = view.start + colon.start()
    pronoun = re.fullmatch(
        r"\s*(?:[A-Z][^,.;:]{0,80},\s*)?(?:[Hh]e|[Ss]he)\s+[^,]{1,40}", view.text[view.start : at]
    )
    if pronoun is not None:
        referred = _person_referred(ctx, view)
        return (referred, view.start) if referred is not None else None
    subject = _sentence_subject(ctx, view, at)
    if subject is None or subject.cls != TG.Person:
        return None
    predicate = view.text[subject.end : at]
    # "Ana Silva was blunt", "Ana Silva, of the clinic, disagreed": one short clause, no list
    # ("The Minister, Ana Silva, welcomed the step": her post in apposition before the name)
    if not re.fullmatch(r"(?:,[^,]{1,90},|,)?\s+[a-z][^,]{1,40}", predicate):
        return None
    return Ref(subject.key), subject.start


def _named_before(view: View, qs: int) -> Ref | None:
    """The one person the sentence names before its quotation, whom "he said" after the
    quotation means ("Ana Silva, a deputy, saw it differently: “...,” she said")."""
    keys = {
        x.key
        for x in view.of((TG.Person,))
        if x.end <= qs and not view.in_quote(x.start) and not re.match(r"['\u2019]s?\s", view.text[x.end :])
    }  # "Ana Silva's lawyer ...: “...,” he said" is not Ana Silva
    return Ref(keys.pop()) if len(keys) == 1 else None


def _person_referred(ctx: Context, view: View) -> Ref | None:
    """Who "she said" means: the one person the sentence before names, unless that sentence
    itself goes on about someone as "she" (then the speaker of the statement before)."""
    previous = [s for s in ctx.document.sentences if s.end <= view.start]
    while previous and (
        _quoted_throughout(ctx, previous[-1].start, previous[-1].end) or _asks_no_one(ctx, previous[-1])
    ):
        previous.pop()  # "she" looks back past quoted words and an interviewer's question
    if previous and not _PRONOUN_OPENING.match(previous[-1].text):
        p = previous[-1]
        keys = {m.key for m in ctx.mentions if m.cls == TG.Person and p.start <= m.start < p.end}
        if len(keys) == 1:
            return Ref(keys.pop())
        if not keys and _ANOTHER_SUBJECT.match(p.text):
            return None  # "Her colleague, Rui Mendes, disagreed. “...,” he said": not the one before
        if keys and (ctx.last_speaker is None or ctx.last_speaker.key not in keys):
            return None  # two others named just before: which of them speaks is not clear
    return ctx.last_speaker or _pronoun_chain(ctx, previous)


# A sentence whose subject is someone the text relates to another ("Her colleague disagreed",
# "His lawyer, Rui Mendes, said nothing"): a "he said" after it is not the last speaker's
_RELATED = (
    r"(?:colleague|husband|wife|partner|son|daughter|brother|sister|father|mother|lawyer|successor|"
    r"predecessor|counterpart|aide|adviser|advisor|opponent|rival|boss|friend|organi[sz]er|resident|"
    r"survivor|witness|relative|neighbou?r|official|diplomat|analyst|observer|critic|supporter|"
    + alternation(entries("roles"))
    + r")s?"
)
# ("A community organiser was blunter. “...,” he said": someone new, whom the text does not name)
_ANOTHER_SUBJECT = re.compile(
    rf"\s*(?:(?:Her|His|Their)\s+(?:[\w-]+\s+)?|(?:An?|Another|One)\s+(?:[\w-]+\s+){{0,2}})"
    rf"(?i:{_RELATED})\b(?!')"
)


# Someone unnamed, described by a noun for a person: "a former Home Office lawyer", "one official"
# (a spokesperson speaks for the body: "a Home Office spokesperson said")
_SOMEONE_UNNAMED = re.compile(
    rf"(?:a|an|one|another)\s+(?:[\w'’-]+\s+){{0,4}}?(?!spokes)(?i:{_RELATED})$", re.I
)


def _asks_no_one(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence is a question naming no person ("Why now?"): an interviewer's, put
    to the person the answer's "he said" goes on about."""
    return sentence.text.rstrip(" *_").endswith("?") and not any(
        m.cls == TG.Person and sentence.start <= m.start < sentence.end for m in ctx.mentions
    )


def _pronoun_chain(ctx: Context, previous: list[Sentence]) -> Ref | None:
    """The one person named in the sentence that the sentences before "she said" go on about
    as "she", each opening with the pronoun and naming no one ("Ana Silva has led the campaign
    since 2018. She travelled to Lima twice. “...,” she said.")."""
    for p in reversed(previous[-4:]):
        keys = {m.key for m in ctx.mentions if m.cls == TG.Person and p.start <= m.start < p.end}
        if not _PRONOUN_OPENING.match(p.text):
            return Ref(keys.pop()) if len(keys) == 1 else None
        if keys:
            return None
    return None


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
        if (
            claim.predicate == ORG.role
            and _same_office(claim.object, role_key)
            and claim.evidence.start < pos
        ):
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


def _same_office(value: object, role_key: str) -> bool:
    """Whether a post's role is the office "the <role>" names: the same, or the same with words
    before it ("the ombudsman" of a "human rights ombudsman"), never a deputy's or a vice's."""
    if not isinstance(value, Ref):
        return False
    if value.key == role_key:
        return True
    own, name = value.key.removeprefix("role/"), role_key.removeprefix("role/")
    return own.endswith(f"-{name}") and not re.search(
        r"(?:^|-)(?:vice|deputy|assistant|under|acting|former|co|first)-", own[: -len(name)]
    )


def _titled(ctx: Context, role: str, pos: int) -> set[str]:
    """The people the text gives a title before ``pos``, whether or not it says of what:
    "Justice Minister Karel Novak", "Karel Novak, the justice minister,"."""
    words = r"\s+".join(re.escape(w) for w in role.split())
    # "Justice Minister Karel Novak", "The Minister of Justice, Karel Novak,"
    before = re.compile(
        rf"(?<![\w-]){words}(?:\s+(?:of|for|on|to|at)\s+(?:the\s+)?[A-Z][\w'\u2019 -]{{1,40}})?,?\s+"
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


# "was quoted as saying", "was quoted by the agency as saying": the subject's words
_QUOTED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+(?:by\s+[^,.;\"\u201c]{1,60}?\s+)?as\s+"
    r"(?:saying|having\s+said)\b"
)


_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites)\s+(?=\S)")


# "In the words of Ana Silva, “...”": the words credited to whom the phrase names
_WORDS_OF = re.compile(rf"\b[Ii]n\s+the\s+(?:words|view)\s+of\s+(?:{TITLE}\.?\s+)?$")


# "In Ana Silva's words, “...”", "Ana Silva's reply was short: “...”": her own words, by possessive
_OWN_WORDS = re.compile(
    r"['\u2019]s?\s+(?:own\s+)?(?P<noun>words|response|reply|answer|retort|message|verdict|comment)\b"
    r"(?P<rest>[^.;:!?\"\u201c\u201d\u00ab\u00bb]{0,40})"
)


def _words_of(view: View, qs: int) -> tuple[Ref, int] | None:
    """Quoted words a possessive or "in the words of" credits to the one speaker it names,
    with no other sentence or quotation between the name and the words."""
    for x in reversed([x for x in view.mentions if x.end <= qs and x.cls in SPEAKERS]):
        gap = view.text[x.end : qs]
        if re.search(r"[.;!?\"\u201c\u201d\u00ab\u00bb]", gap[:-2]):
            return None
        in_words = re.search(r"\b[Ii]n\s+$", view.text[view.start : x.start])
        own = _OWN_WORDS.match(gap)
        if _WORDS_OF.search(view.text, view.start, x.start) or (
            in_words and own is not None and own.group("noun") == "words"
        ):
            return Ref(x.key), x.start  # In the words of Ana Silva, the court “...”
        if own is not None and re.fullmatch(rf":\s*{_OPEN_MARK}\s?", gap[own.end() :]):
            return Ref(x.key), x.start  # Ana Silva's reply was short: “...”
        return None
    return None


# "Ana Silva (Greens): “...”": a debate's speaker, her party or state in brackets
_PARTY = r"(?:\s\([^()\n]{1,40}\))"


def _labelled(view: View, qs: int) -> tuple[Ref, int] | None:
    """ "Rui Costa: “...”": the speaker's name, then a colon, just before the quotation."""
    for x in reversed(view.mentions):
        if x.end > qs or x.cls not in SPEAKERS:
            continue
        between = view.text[x.end : qs]
        if re.fullmatch(rf"{_PARTY}?\)?(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*{_OPEN_MARK}\s?", between):
            if between.startswith(")") and x.cls == TG.Person:
                return None  # "(Ana Silva): “...”": a name in brackets labels no one
            if x.cls != TG.Person:  # "Ana Silva of the Lima Rights Forum:", "Ana Silva, director of ...:"
                x = next(
                    (
                        p
                        for p in view.of((TG.Person,))
                        if p.end <= x.start and _LABEL_AFFILIATION.fullmatch(view.text, p.end, x.start)
                    ),
                    x,
                )
            titled = _TITLE_TAIL.search(view.text, view.start, x.start)  # "EU spokesperson Ana Silva:"
            opening = view.text[view.start : titled.start() if titled is not None else x.start]
            if re.fullmatch(r"\s*(?:\*\*|__)?|.*[.;]\s*", opening):
                return Ref(x.key), x.start
        return None
    return None


# Between a labelled speaker's name and the body she speaks for: " of the ", ", director of the "
# or the body in brackets after her name ("Ana Silva (Lima Rights Forum):")
_LABEL_AFFILIATION = re.compile(
    r"(?:,\s+(?:[\w-]+\s+){1,4}?)?\s*(?:of|at|from)\s+(?:the\s+)?|\s+\((?:the\s+)?"
)


# "X called the vote “a betrayal”": words the subject put on something, hers even when short
_CALLED = re.compile(
    r"(?<![\w-])(?:called|calls|branded|brands|labelled|labeled|termed)\s+"
    r"(?:it|this|that|them|(?:the|its|their|his|her)\s+[\w'’-]+(?:\s+[\w-]+){0,3})\s+"
    r"(?:as\s+)?[\"\u201c\u2018'\u00ab]\s?$"
)


# "..., calling it “a step forward”": words a participle puts on something, the subject's
_CALLING = re.compile(
    r",\s+(?:calling|describing|branding|labelling|labeling|terming)\s+"
    r"(?:it|this|that|them|(?:the|its|their|his|her)\s+[\w'’-]+(?:\s+[\w-]+){0,3})\s+"
    r"(?:as\s+)?[\"\u201c\u2018'\u00ab]\s?$"
)


# Between a subject and its verb: nothing, or an apposition set off by commas ("Ana Silva, a
# lecturer in Bamako, called"); "has", "had" before the verb
_SUBJECT_GAP = re.compile(
    r"(?:,\s+(?:a|an|the|who|whose|which|then|now|formerly|himself|herself|itself)\s+[^,.;:\"\u201c\u201d]{1,90},)?"
    r"\s+(?:has\s+|have\s+|had\s+)?"
)


_BARE_GAP = re.compile(r",\s+(?:has\s+|have\s+|had\s+)?")


def _subject_before(view: View, at: int) -> Mention | None:
    """The person or body whose verb stands at ``at``: named just before it, or before an
    apposition set off by commas; a name inside the apposition or the possessive of another
    phrase ("Ana Silva, a lecturer in Bamako, called") is not the subject, and a state as the
    subject ("while Norway, which led the talks, called") speaks for no one the text names as a
    speaker."""
    x = _any_subject_before(view, at)
    return x if x is not None and x.cls in SPEAKERS else None


def _any_subject_before(view: View, at: int) -> Mention | None:
    for x in reversed([x for x in view.mentions if (x.cls in SPEAKERS or x.cls == TG.State) and x.end <= at]):
        gap = view.text[x.end : at]
        # after a clause break, not a preposition ("with Amnesty"); ", while Norway, ..., called"
        opens = re.search(r"(?:^|,\s+|[.;:]\s+|\b(?:while|whereas|but)\s+)$", view.text[view.start : x.start])
        if re.fullmatch(r"\s+(?:has\s+|have\s+|had\s+)?", gap) or (
            gap.startswith(",") and opens and (_SUBJECT_GAP.fullmatch(gap) or _BARE_GAP.fullmatch(gap))
        ):
            return x
    return None


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


def _attributed_after(view: View, qs: int, qe: int) -> bool:
    """Whether a short quotation closes on a comma or a mark, then a speech verb and its
    speaker follow (“Never again,” she said): words someone spoke, not a scare quote."""
    closed = _closing_end(view.text, qe)
    comma_outside = view.text.startswith(",", closed)  # British style: “Never again”, she said
    return (view.text[qs:qe].rstrip()[-1:] in (",", "!", "?") or comma_outside) and bool(
        _SPEECH_AFTER.match(view.text[closed : view.end])
    )


def _predicate_quote(view: View, qs: int, qe: int) -> bool:
    """A two-word quotation that completes a reported clause and ends the sentence: someone's
    words ("said the move was “deeply regrettable.”"), not a scare-quoted name mid-sentence."""
    lead = view.text[view.start : qs]
    if _CALLED.search(lead):
        return True
    if not _COMPLEMENT.search(lead) or _SPEECH_VERB.search(lead) is None or _NAMED_AS.search(lead):
        return False
    rest = view.text[_closing_end(view.text, qe) : view.end].strip()
    if _AND_QUOTE.fullmatch(rest):  # "was “long overdue” and “a matter of honour”."
        return True
    if _CLAUSE_GOES_ON.match(rest):  # "was “deeply regrettable” and urged ...", "“unacceptable” in ..."
        return True
    return rest in ("", ".", "!") and bool(re.search(r"[.!]\s*$", view.text[qs:qe] + rest))


# After a quoted complement, the sentence goes on with another clause or a phrase, not a noun the
# quoted words would qualify ("was “deeply regrettable” and urged", "“unacceptable interference”
# in domestic affairs"; never "was “foreign agent” legislation")
_CLAUSE_GOES_ON = re.compile(
    r"(?:[,;:]|\(|(?:and|but|or|because|since|as|while|for|in|on|to|at|with|after|before|given|"
    r"amid|over|under|by|from|if|unless|until|when|which|who|so)\b)"
)


# "the operation, known as “Clean Sweep”": a name in quotation marks, not anyone's words
_NAMED_AS = re.compile(
    r"\b(?:known|dubbed|nicknamed|named|titled|entitled|referred\s+to|billed|branded)\s+as\s+[\"\u201c\u2018'\u00ab]\s?$"
)


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
