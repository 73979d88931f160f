"""Judgments of courts, deaths, and clauses whose verb is left out."""

from __future__ import annotations

import re

from loaders.dates import DateMention
from loaders.events._clauses import _COURT_OBJECT, _gapped, _subjects_listed, _treaty_action
from loaders.events._common import _T, KEYS, _date, _dated
from loaders.events.domestic_steps import _step_date
from loaders.extract_context import ORG_CLASSES, Context, View
from loaders.facts import Value
from loaders.frames import PERSON, STATE, Match, in_dateline, last_state, referent, slot
from loaders.mentions import Mention
from loaders.people import pronoun_person
from loaders.vocabulary import TG, XSD

_PAGES = re.compile(r"\b(\d[\d,]*)-page\b")


# "ruled that Moscow was responsible": a finding against a state is a judgment even when the
# text gives it no date this loader can resolve ("last month" in an undated article).
_RULED_AGAINST = re.compile(
    r"ruled\s+that\s+(?:the\s+)?[\w' -]{2,40}?\s+(?:was|were|had|is|has)\s+"
    r"(?:responsible|liable|guilty|violated|breached|in\s+breach)\b",
    _T,
)


def _judgment(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """A court's judgment: the court acting, the state it found against, when.

    "Ruled", "decided", "held" and "found" are a court's only with the court as their subject,
    and only with what it found ("that ...", "against ..."); "sentenced", "convicted" and
    "acquitted" with a person as their object. A ruling against no named state needs the court
    right before the verb and a date ("The Constitutional Court ruled in March that ...",
    "In a judgment dated 4 November, the tribunal held that ..."); a judgment named as a noun
    needs its year ("in a 1993 ruling", "a 2001 opinion of the Constitutional Court"), and its
    court is the body acting just before it or the court named after "of"."""
    if match.mood != "fact":
        return
    lower = match.text.lower()
    if lower.endswith(" of"):
        _judgment_of(ctx, view, match)
        return
    if lower.startswith("in "):
        court = view.before(match.start, _JUDGING, within=40)
        date = next((d for d in view.dates if match.start <= d.start and d.end <= match.end), None)
        if court is None or date is None or date.datatype != XSD.gYear:
            return
        respondent = view.after(match.end, STATE, within=12) if _AGAINST.match(view.text, match.end) else None
        _judgment_node(ctx, view, court, respondent, None, date, court.start, match.end)
        return
    court = view.before(match.start, (TG.Court,), within=60)
    if court is None or not _court_subject(view, court, match.start):
        court = _chamber_court(ctx, view, match.start)
    if court is None:
        return
    rest = view.text[match.end : view.end]
    if lower.startswith(("upheld", "struck", "strikes", "dismissed")):
        _disposal(ctx, view, match, court)
        return
    noun = lower.endswith(("judgment", "judgement", "ruling"))
    # "held in a judgment of 24 September that": the noun names the same judgment, so it does
    # not end the search for its date
    same = {p.start for p in matches if p.frame.shape == "judgment" and p.start > match.start}
    own = view.date_for(match.start, match.end, [t for t in match.starts if t not in same])
    if (
        own is not None
        and own.start > match.end
        and _FINDING.search(view.text, match.end, own.start)
        and not _NOUN_DATED.search(view.text, match.end, own.start)
        and not _CASE_DATED.search(view.text, match.end, own.start)
    ):
        # "found Russia responsible for killings after the war of August 2008": a date inside
        # what the court found is not the judgment's; one opening the sentence is
        own = next((d for d in view.dates if d.end <= court.start), None)
    if own is not None and own.start > match.end and _LATER_ACT.search(view.text, match.end, own.start):
        # "delivered its judgment in Georgia v. Russia (II), the application Georgia lodged on 11
        # August 2008": the date belongs to the filing the aside tells of; one opening the
        # sentence is the judgment's
        own = next(
            (
                d
                for d in view.dates
                if d.end <= court.start and _OPENING_DATE.fullmatch(view.text, view.start, d.start)
            ),
            None,
        )
    date = own or _judgment_date(view, court.start, match.end if noun else None)
    # "released in August 2018, and the Grand Chamber found on 29 May": a year-less date written
    # after another clause's year is read against the document's date
    date = _step_date(ctx, view, date, match.start)
    if lower in ("sentenced", "convicted", "acquitted"):
        person = _SENTENCED.match(view.text, match.end, view.end)
        if person is not None and date is not None:
            _judgment_node(ctx, view, court, None, None, date, court.start, person.end())
        return
    guilty = _FOUND_GUILTY.match(view.text, match.end, view.end) if lower == "found" else None
    if guilty is not None and view.after(match.end, STATE, within=3) is None:
        # "the Trial Chamber found him guilty": a conviction, like "convicted him"
        if date is not None:
            _judgment_node(ctx, view, court, None, None, date, court.start, guilty.end())
        return
    found = re.search(r"\b(?:finding|found|that|against)\b", rest)
    finding = bool(found and found.group(0) == "that")
    finding = finding or (lower in ("found", "held") and bool(_FOUND_STATE.match(rest)))
    finding = finding or (lower == "found" and bool(_FOUND_VIOLATION.match(rest)))
    finding = finding or bool(_AGAINST.match(rest))  # "found against Tanzania", "ruled against"
    # "the Court held:" and a list of its findings, in a judgment named by its case
    listed = lower == "held" and rest.lstrip().startswith(":")
    finding = finding or (listed and _case_respondent(view) is not None)
    if lower in ("decided", "held", "found") and not finding:
        return  # "decided to adjourn", "held hearings", "found no violation": no finding
    # "found, in Georgia v. Russia (I), that ... Georgians": the case's name says whom the
    # judgment is against before anything the finding names
    respondent = _case_respondent(view)
    if respondent is None and found:
        respondent = view.after(match.end + found.end(), STATE, within=12)
    if respondent is None and (lower == "found" or (lower == "held" and _FOUND_STATE.match(rest))):
        respondent = view.after(match.end, STATE, within=6)  # "held Peru responsible"
    if respondent is None:
        respondent = _case_respondent(view)
    if respondent is None and (_THE_CASE.match(rest) or ctx.registry.entry(court.key) is not None):
        # "delivered its judgment in the case on D"; "Today the Court held that ...", of the one
        # case an international court's judgment was told of before
        respondent = _case_named_before(ctx, view)
    if respondent is None:
        respondent = _ruled_against_before(ctx, view)
    if respondent is None:
        direct = _DIRECT_COURT.fullmatch(view.text, court.end, match.start)
        that = re.match(r"\s*(?:(?:in|on)\s+[^,;.]{1,30}?\s+)?that\b", rest)
        if date is None or not direct or not that or date.start > match.end + that.end():
            return
        _judgment_node(ctx, view, court, None, None, date, court.start, max(match.end, date.end))
        return
    if date is None and not _RULED_AGAINST.match(view.text, match.start):
        return
    applicant = next(
        (s for s in view.of(STATE) if s.key != respondent.key and s.start > respondent.end), None
    )
    _judgment_node(ctx, view, court, respondent, applicant, date, court.start, respondent.end)


# What a domestic court upholds, strikes down or dismisses: a law, a case, what the sentence
# before told of ("upheld it"); never a state ("dismissed the case against Turkey")
_DISPOSED = re.compile(
    r"\s+(?:(?:it|them)\b(?!\s+(?:to|that)\b)|(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:law|act|statute|decree|ban|bill|petitions?|case|appeals?|challenges?|lawsuits?|complaints?)\b"
    r"(?!\s+(?:against|of|by)\b))",
    _T,
)


def _disposal(ctx: Context, view: View, match: Match, court: Mention) -> None:
    """ "The Constitutional Court upheld it on 30 July 2002", "the Supreme Court dismissed his case
    on 20 July 2015": a ruling of a court of no international system (one the reference data does
    not know), the court right before the verb, dated in its clause; it has no respondent."""
    if ctx.registry.entry(court.key) is not None:
        return  # an international court's dismissal is a decision on a case against a state
    if not _DIRECT_COURT.fullmatch(view.text, court.end, match.start):
        return
    disposed = _DISPOSED.match(view.text, match.end, view.end)
    if disposed is None and " it " not in match.text:  # "struck it down" holds its object
        return
    end = disposed.end() if disposed is not None else match.end
    clause = re.search(r"[;]|,\s+(?:and|but|while|whereas)\s|\bbecause\b", view.text[end : view.end])
    clause_end = end + clause.start() if clause is not None else view.end
    date = next((d for d in view.dates if end <= d.start and d.end <= clause_end), None)
    # "On 16 March 2021 the Supreme Court dismissed ...": a date opening the sentence
    date = date or next(
        (
            d
            for d in reversed(view.dates)
            if d.end <= court.start
            and not re.search(r"[;]|,\s+(?:and|but|while|whereas|which)\s", view.text[d.end : court.start])
        ),
        None,
    )
    if date is None or date.start > clause_end:
        return
    date = _step_date(ctx, view, date, match.start)
    if date is None:
        return
    _judgment_node(ctx, view, court, None, None, date, court.start, end)


# "in a judgment delivered on", "in a ruling handed down on": the date is the judgment's even
# after what the court found
_NOUN_DATED = re.compile(
    r"\b(?:judgments?|judgements?|ruling|decision)\s+(?:dated|of|(?:adopted|delivered|issued|handed\s+down|"
    r"given|rendered|published)\s+on|on)\s+$",
    _T,
)


# "found a violation of Article 3 in Selmouni v. France on 28 July 1999": a date right after the
# case's name (its respondent after "v.") closes the finding and dates the judgment
_CASE_DATED = re.compile(r"\bv(?:s)?\.?\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3},?\s+(?:on\s+)?$")


# "found a violation of Article 8", "found violations of", "found a breach of": a finding with
# no "that" ("found no violation" finds none)
_FOUND_VIOLATION = re.compile(
    r"(?:,\s*[a-z]+ly,)?\s+(?:a\s+|several\s+|multiple\s+|two\s+|three\s+)?(?:violations?|breach(?:es)?)\s+of\b"
    r"|\s+the\s+same\s+(?:violations?|breach(?:es)?)\b",
    _T,
)


# An aside after the judgment telling of another act, the case's filing or the events judged:
# "..., the application Georgia lodged on", "..., which was brought in", "..., filed in"
_LATER_ACT = re.compile(
    r"[,(]\s*(?:(?:the|an?|its|their|which|that|who|after|when|while)\b[^,;()]{0,80}?\s)?"
    r"(?:lodged|filed|brought|submitted|instituted|introduced|referred|launched|began|started|broke\s+out|"
    r"took\s+place|occurred|happened)\b",
    _T,
)


# A date opening its sentence: "On 21 January", "In July 2014"
_OPENING_DATE = re.compile(r"\s*(?:On|In|By)\s+", _T)


# "found him guilty", "found both men not guilty", "found Ayyash guilty": a person's conviction
_FOUND_GUILTY = re.compile(
    r"\s+(?:him|her|them|both\s+(?:men|women)|(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,2})"
    r"\s+(?:not\s+)?guilty\b",
    _T,
)


# The words of what a court found, after which a date is the finding's, not the judgment's
_FINDING = re.compile(r"\b(?:that|responsible|liable|guilty|violat\w*|breach\w*|for)\b", _T)


# "sentenced Ahmad al-Faqi al-Mahdi to nine years", "convicted him": a person, by name or pronoun
_SENTENCED = re.compile(r"\s+(?:[A-Z][\w'-]+|him|her|them)\b")


# "found Russia responsible", "found Turkey in breach of"
_FOUND_STATE = re.compile(
    r"\s+(?:that\s+)?(?:the\s+)?[A-Z][\w' -]{1,40}?\s+(?:responsible|liable|guilty|in\s+breach|to\s+have)\b"
)


_DIRECT_COURT = re.compile(r"\)?\s*(?:,[^,]{0,40},\s*)?(?:(?:has|have|had|also)\s+)?")


# Between a court and its verb: an aside, an auxiliary or an adverb
_COURT_GLUE = re.compile(
    r"\)?\s*(?:\([^()]*\)\s*)?(?:,[^,;]{0,80},\s*|,\s*(?:(?:which|that)\s+(?:sits|is\s+based|has\s+its\s+seat)|based)\s+in\s+[^,;]{1,30},\s*[^,;]{1,30},\s*)?"
    r"(?:(?:has|have|had|also|then|later|unanimously|finally|eventually|already|itself|in\s+turn|once|"
    r"today|yesterday|on\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)*"
)


def _court_subject(view: View, court: Mention, pos: int) -> bool:
    """The court is the verb's subject: not the object of a preposition ("a report on the
    court found"), nothing but asides and adverbs between them; "the Grand Chamber of the
    court" is the court acting."""
    before = view.text[max(view.start, court.start - 30) : court.start]
    if _COURT_OBJECT.search(before) and not _CHAMBER_OF.search(before):
        return False
    return bool(_COURT_GLUE.fullmatch(view.text, court.end, pos))


_CHAMBER = r"(?:(?:Grand|Appeals?|Trial|Pre-Trial|First|Second|Third|Fourth|Fifth)\s+)?Chamber"


_CHAMBER_OF = re.compile(rf"\b(?:[Tt]he|[Aa]|[Ii]ts)\s+{_CHAMBER}\s+of\s+(?:the\s+)?$")


_OWN_CHAMBER = re.compile(r"\s+Chambers?\b")


# "Its Grand Chamber found", "The Appeals Chamber held": a chamber of the court named before
_CHAMBER_SUBJECT = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Aa])\s+{_CHAMBER}$")


def _chamber_court(ctx: Context, view: View, pos: int) -> Mention | None:
    """The court whose chamber is the subject of the verb at ``pos``: the court named last,
    in this sentence or the few before it."""
    glue = re.search(
        r"\s*(?:,[^,;]{0,80},\s*)?(?:(?:has|have|had|also|then|later|unanimously|finally)\s+)*$",
        view.text[view.start : pos],
    )
    head = view.text[view.start : pos][: glue.start()] if glue else view.text[view.start : pos]
    chamber = _CHAMBER_SUBJECT.search(head)
    if chamber is None:
        return None
    # "the Supreme Court Chamber upheld ...; the Trial Chamber convicted": a court named as a
    # chamber of its own is another chamber of the tribunal, never the one this chamber is of
    at = view.start + chamber.start()
    court = referent(ctx, view, at, (TG.Court,), lambda m: not _OWN_CHAMBER.match(ctx.text, m.end))
    if court is None:
        return None
    start, end = view.start + chamber.start(), view.start + chamber.end()
    return Mention(court.key, court.cls, court.label, start, end, chamber.group(0), court.known, "chamber")


# "In a judgment dated 4 November, the tribunal held", "In its judgment of 3 May 2016, the court"
_JUDGMENT_PHRASE = re.compile(
    r"\s*In\s+(?:a|an|its|the|two|three|both|\w+)?\s*(?:[\w-]+\s+)?(?:judgments?|judgements?|rulings?|decisions?)\s+"
    r"(?:dated|of|on|delivered\s+on|adopted\s+on|issued\s+on|handed\s+down\s+on|given\s+on)\s+$",
    _T,
)


# "published a judgment, adopted on 28 August, that ...", "delivered its judgment of 3 May"
_DATED_AFTER = re.compile(
    r"\s*,?\s*(?:dated|of|(?:adopted|delivered|issued|handed\s+down|given|rendered)\s+on|on)\s+$", _T
)


# "today's Grand Chamber judgment", "Tuesday's ruling": a judgment named by the day it was given
_DAYS_JUDGMENT = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:judgments?|judgements?|rulings?|decisions?)\b", _T
)


# ", in Greens and M.T. v. the United Kingdom, a Chamber of": the case between a date and its court
_CASE_ASIDE = re.compile(
    r"\s*,\s*in\s+[^,;()]{1,80}?\bv(?:s)?\.?\s+[^,;()]{1,60}?(?:\s*\([^()]{1,40}\))?\s*,\s*"
    r"(?:(?:the|a|an|its)\s+)?(?:(?:Grand|First|Second|Third|Fourth|Fifth)\s+)?(?:Chamber\s+of\s+(?:the\s+)?)?",
    _T,
)


def _judgment_date(view: View, before: int, after: int | None = None) -> DateMention | None:
    """The date a phrase opening the sentence gives the judgment, before its court; or the one
    a participle gives just after the words naming the judgment."""
    for d in view.dates:
        if d.end <= before and _JUDGMENT_PHRASE.fullmatch(view.text, view.start, d.start):
            return d
        if (  # "On 11 May, the Court ..., found that"
            re.fullmatch(r"\s*On\s+", view.text[view.start : d.start])
            and d.datatype == XSD.date
            and re.fullmatch(r"\s*,\s*(?:the\s+)?", view.text[d.end : before])
        ):
            return d
        if (  # "In today's Grand Chamber judgment in the case of ..., the Court held"
            d.end <= before
            and re.fullmatch(r"\s*In\s+", view.text[view.start : d.start])
            and _DAYS_JUDGMENT.match(view.text, d.end)
        ):
            return d
        if (  # "On 23 November 2010, in Greens v. the United Kingdom, a Chamber of the court found"
            re.fullmatch(r"\s*On\s+", view.text[view.start : d.start])
            and d.datatype == XSD.date
            and _CASE_ASIDE.fullmatch(view.text, d.end, before)
        ):
            return d
        near = after is not None and after <= d.start <= after + 30
        if near and after is not None and _DATED_AFTER.fullmatch(view.text, after, d.start):
            return d
    return None


# "in the case of Ilașcu and Others v. Moldova and Russia": the respondent after "v."
_CASE = re.compile(r"\bv(?:s)?\.?\s+(?:the\s+)?$")


def _case_respondent(view: View) -> Mention | None:
    for m in view.of(STATE):
        if _CASE.search(view.text, max(view.start, m.start - 8), m.start):
            return m
    return None


# "delivered its judgment in the case on 13 July 2021": the case the text named before
_THE_CASE = re.compile(r"\s+in\s+(?:the|this|that)\s+case\b", _T)


def _case_named_before(ctx: Context, view: View) -> Mention | None:
    """The respondent of the one case ("X and Others v. Russia") the text names before this
    sentence; nothing where it names cases against several states."""
    found = [
        m
        for m in ctx.mentions
        if m.end <= view.start
        and m.cls in STATE
        and _CASE.search(ctx.text, max(0, m.start - 8), m.start)
        and not in_dateline(ctx, m)
    ]
    return found[-1] if found and len({m.key for m in found}) == 1 else None


# "the court ruled against the country", "found against Peru": the state a judgment went against
_RULED_AGAINST_STATE = re.compile(
    r"\b(?:ruled|found|decided|held)\s+against\s+(?:(?P<pronoun>the\s+(?:country|state)\b)|(?=(?-i:[A-Z])))",
    _T,
)


def _ruled_against_before(ctx: Context, view: View) -> Mention | None:
    """The state the sentence before says a court ruled against: "The court ruled against
    Ecuador in May. In its judgment of 3 May, the court found that ...": the same judgment."""
    if view.sentence.index == 0:
        return None
    before = ctx.document.sentences[view.sentence.index - 1]
    ruled = _RULED_AGAINST_STATE.search(ctx.text, before.start, before.end)
    if ruled is None:
        return None
    if ruled.group("pronoun"):
        return last_state(ctx, view, ruled.start())
    return next(
        (m for m in ctx.mentions if m.cls in STATE and m.start == ruled.end() and m.end <= before.end), None
    )


def _judgment_of(ctx: Context, view: View, match: Match) -> None:
    """ "A 2013 ruling of the same tribunal", "a 2001 opinion of the Constitutional Court": the
    court named after "of", the year inside the phrase."""
    court = view.after(match.end, (TG.Court,), within=6)
    if court is None:
        _possessed_judgment(ctx, view, match)
        return
    date = next((d for d in view.dates if match.start <= d.start and d.end <= match.end), None)
    if court is not None and date is None:
        # "a judgment of the High Court in Pretoria, delivered on 22 February 2017"
        date = next(
            (
                d
                for d in view.dates
                if d.start > court.end and _DELIVERED_ON.fullmatch(view.text, court.end, d.start)
            ),
            None,
        )
    elif date is not None and date.datatype != XSD.gYear:
        date = None
    if court is None or date is None:
        return
    respondent = None
    against = _AGAINST.match(view.text, court.end)
    if against is not None:
        respondent = view.after(against.end(), STATE, within=4)
    _judgment_node(ctx, view, court, respondent, None, date, match.start, court.end)


# "the Court's final judgment of", "the European Court of Human Rights' judgment of": a court's
# possessive before the judgment
_POSSESSIVE_JUDGMENT = re.compile(
    r"(?:'s?|\u2019s?)?\s+(?:(?:final|Grand\s+Chamber|Chamber|landmark|first|second|earlier|principal)\s+)?"
    r"(?:judgment|judgement|ruling)\s+of\s*$",
    _T,
)


def _possessed_judgment(ctx: Context, view: View, match: Match) -> None:
    """ "the Court's final judgment of 10 December 2019 in Kavala v. Türkiye": the court its
    possessor, the date right after "of", the respondent of the case named right after it."""
    court = next(
        (
            m
            for m in view.of((TG.Court,))
            if m.end <= match.end and _POSSESSIVE_JUDGMENT.fullmatch(view.text, m.end, match.end)
        ),
        None,
    )
    date = next(
        (d for d in view.dates if d.start >= match.end and not view.text[match.end : d.start].strip()), None
    )
    if court is None or date is None:
        return
    case = _CASE_AFTER.match(view.text, date.end, view.end)
    respondent = view.after(case.end(), STATE, within=0) if case is not None else None
    # "In the case of Kavala v. Türkiye, the Court held that Türkiye failed to abide by the
    # Court's final judgment of 10 December 2019": the one case the text is about
    respondent = respondent or _case_respondent(view) or _case_named_before(ctx, view)
    _judgment_node(
        ctx, view, court, respondent, None, date, court.start, respondent.end if respondent else date.end
    )


# ", in Kavala v. Türkiye", " in the case of Ilgar Mammadov v. Azerbaijan": the case right after
_CASE_AFTER = re.compile(r",?\s+in\s+(?:the\s+case\s+of\s+)?[^,;()]{1,80}?\bv(?:s)?\.?\s+(?:the\s+)?", _T)


# Between a judgment's court and the date it was given: the court's seat, then a participle
_DELIVERED_ON = re.compile(
    r"(?:\s+(?:in|at|of)\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?)?\s*,\s*"
    r"(?:dated|(?:delivered|handed\s+down|issued|given|rendered|adopted)\s+on)\s+",
    _T,
)


# The bodies a judgment named as a noun may come from: a court, or a body acting as one ("the
# Privy Council allowed in a 1993 ruling").
_JUDGING = ORG_CLASSES - {TG.MediaOutlet, TG.NGO, TG.NationalBody}


_AGAINST = re.compile(r"\s+against\s+", _T)


def _judgment_node(
    ctx: Context,
    view: View,
    court: Mention,
    respondent: Mention | None,
    applicant: Mention | None,
    date: DateMention | None,
    s: int,
    e: int,
) -> None:
    key = KEYS.judgment(
        court.key,
        ctx.name(respondent.key) if respondent else None,
        ctx.name(applicant.key) if applicant else None,
        (date.value[:4] if respondent else date.value) if date else None,
    )
    if date is not None:
        s, e = min(s, date.start), max(e, date.end)
    against = f" against {ctx.name(respondent.key)}" if respondent else ""
    label = f"Judgment of the {ctx.name(court.key)}{against}" + (f", {date.value}" if date else "")
    ctx.node(key, TG.Judgment, label, view, s, e)
    ctx.claim(key, TG.agent, court.key, view, s, e)
    if respondent is not None:
        ctx.claim(key, TG.respondent, respondent.key, view, s, e)
    _dated(ctx, view, key, date, s, e)
    pages = _PAGES.search(view.text, view.start, view.end)
    if pages:
        value = Value(pages.group(1).replace(",", ""), XSD.integer)
        ctx.claim(key, TG.pageCount, value, view, min(s, pages.start()), max(e, pages.end()))


_HE_OR_SHE = re.compile(r"\s*(?:He|She)\s+(?:later\s+|eventually\s+)?")


def _person_before(ctx: Context, view: View) -> Mention | None:
    """The person named last in the sentence before, the only one a pronoun opening this one can
    stand for without guessing."""
    if view.sentence.index == 0:
        return None
    before = ctx.document.sentences[view.sentence.index - 1]
    people = {m.key: m for m in ctx.mentions if before.start <= m.start < before.end and m.cls == TG.Person}
    return next(iter(people.values())) if len(people) == 1 else None


def _death(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    person: Mention | None
    word = match.text.lower()
    if word.startswith("'s"):
        person = view.before(match.start + 1, PERSON, within=1)
    elif word == "died":
        person = view.before(match.start, PERSON, within=3) or _subject_past_relative(view, match.start)
        if person is None and view.quoted(match.start):
            return  # "“He died a convicted man,” said X": "he" in someone's words is not the speaker
        if person is None and _HE_OR_SHE.fullmatch(view.text, view.start, match.start):
            person = _person_before(ctx, view)  # "He died in New York": the one named just before
    else:
        person = view.after(match.end, PERSON, within=40)
    if person is not None:
        who, label, s, e = (
            person.key,
            person.label,
            min(person.start, match.start),
            max(person.end, match.end),
        )
    else:  # "He died in New York": the one person named just before
        referred = pronoun_person(ctx, view, match.start) if word == "died" else None
        if referred is None:
            return
        who, label = referred.key, ctx.name(referred.key)
        s, e = view.text.rfind(" ", view.start, match.start - 1) + 1, match.end
    key = KEYS.death(who)
    ctx.node(key, TG.Death, f"Death of {label}", view, s, e)
    ctx.claim(key, TG.about, who, view, s, e)
    date = _date(view, match)
    if date is None:  # "The 2024 case of Alexei Navalny's death": a year just before it
        date = next((d for d in view.dates if 0 < s - d.end <= 12), None)
    _dated(ctx, view, key, date, s, e)


# "X, who ruled Chad from 1982 ..., died in Dakar": the person opening the sentence, a relative
# clause set off by commas between her and the verb
_RELATIVE_BETWEEN = re.compile(r",\s+who\b[^;:\"\u201c\u201d]*,\s+$")


def _subject_past_relative(view: View, pos: int) -> Mention | None:
    first = view.opener()
    if first is None or first.cls not in PERSON or first.end > pos:
        return None
    return first if _RELATIVE_BETWEEN.fullmatch(view.text, first.end, pos) else None


# "Denmark followed in 2014": only adverbs between the state and the verb
# "followed in 2014", "followed later that year": the date right after the verb
_FOLLOWED_GAP = re.compile(r",?\s+(?:(?:only|first|finally|later|eventually)\s+)?(?:(?:in|on)\s+)?", _T)
_FOLLOWER = re.compile(r"\s+(?:(?:soon|quickly|then|later|also|duly)\s+)?", _T)


_ELLIPSIS_KINDS = ("signature", "ratification", "accession")


def _ellipsis(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """ "Norway ratified the convention in 2013; Denmark followed in 2014 and Sweden in 2015":
    the act of the clause before, by another state, on the date after the verb. Only a dated
    verb counts ("the reviews that followed" states no act)."""
    if match.mood != "fact":
        return
    date = next(
        (
            d
            for d in view.dates
            if d.start > match.end and _FOLLOWED_GAP.fullmatch(view.text, match.end, d.start)
        ),
        None,
    )
    state = slot(ctx, view, match, "state")
    if date is None or state is None or not _FOLLOWER.fullmatch(view.text, state.end, match.start):
        return
    previous = _previous_action(ctx, view, match.start)
    if previous is None or previous[0] == state.key:
        return
    _, treaty, kind = previous
    cls = getattr(TG, kind.capitalize())
    for one in [*reversed(_subjects_listed(view, state, match)), state]:  # "Mongolia and Spain followed"
        key = KEYS.action(one.key, treaty, kind)
        _treaty_action(ctx, view, key, cls, one.key, treaty, kind, one.start, date.end)
        _dated(ctx, view, key, date, one.start, date.end)
    _gapped(ctx, view, kind, cls, treaty, date)


def _previous_action(ctx: Context, view: View, pos: int) -> tuple[str, str, str] | None:
    """(state, treaty, kind) of the last signature, ratification or accession stated before
    ``pos`` in this sentence or the one before it."""
    lo = ctx.document.sentences[max(0, view.sentence.index - 1)].start
    for claim in reversed(ctx.claims):
        if claim.predicate != TG.treaty or not claim.subject.key.startswith("action/"):
            continue
        if not lo <= claim.evidence.start < pos:
            continue
        subject, treaty = claim.subject.key, getattr(claim.object, "key", "")
        state = next(
            (
                getattr(c.object, "key", "")
                for c in ctx.claims
                if c.subject.key == subject and c.predicate == TG.state
            ),
            "",
        )
        for kind in _ELLIPSIS_KINDS:
            if state and KEYS.action(state, treaty, kind) == subject:
                return state, treaty, kind
        return None
    return None


def _nothing(ctx: Context, view: View, match: Match, matches: list[Match]) -> None:
    """Frames that only ever fire through another's mood (an announced intention)."""
