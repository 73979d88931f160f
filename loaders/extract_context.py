"""What every extraction rule reads: one sentence with its mentions, dates and quotations.

Rules are general patterns (a trigger word, the entity mentions around it, the dates after it),
so a new article yields facts with no code change. ``Context.claim`` is the only way rules make
claims, and it builds the evidence from offsets, so ``text[start:end] == quote`` always holds.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from loaders.dates import DateMention, anchor_at, counted_from_the_story, find_dates, update_header_end
from loaders.documents import Document, Sentence
from loaders.facts import Claim, Evidence, Ref, Value
from loaders.iris import Minter, slug_of
from loaders.mentions import Mention, normalise_quotes
from loaders.registry import Registry
from loaders.vocabulary import RDF, SKOS, TG, XSD
from ontology import classes

__all__ = ["ORG_CLASSES", "TREATY_CLASSES", "Context", "View", "opening_mention", "slug_of"]

TREATY_CLASSES = classes.TREATY_CLASSES
ORG_CLASSES = classes.ORGANIZATION_CLASSES

# Dates introduced by these words bound a period ("since 2023", "from 2014 to 2022") and are
# not the date of the event the trigger names.
# the words that make a date one end of a period ("between 1997 and 2000"); ", and" before a
# date opens a clause of its own instead (", and this morning Chile deposited ...")
_PERIOD_WORD = re.compile(
    r"(?:\b(?:since|from|to|until|till|before|after|by|between|pre-)|(?<![,;]\s)\band)\s*$", re.I
)


# What may stand before the mention that opens a sentence: a bullet, "The"
_OPENS = re.compile(r"[\s\-•*–]*(?:The\s+)?")


def opening_mention(text: str, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The first mention between ``start`` and ``end`` (a sentence), where nothing but a bullet
    or "The" stands before it: the sentence's subject when it is named first."""
    first = next((m for m in mentions if start <= m.start < end), None)
    return first if first is not None and _OPENS.fullmatch(text, start, first.start) else None


@dataclass
class View:
    """One sentence: its normalised text, and the mentions, dates and quotations inside it."""

    sentence: Sentence
    text: str  # the whole document, apostrophes normalised (offsets unchanged)
    mentions: list[Mention]
    dates: list[DateMention]
    quotes: list[tuple[int, int]]  # spans of quoted words, marks excluded
    previous: DateMention | None = None  # the last date of the sentence before: "on that day"

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    def opener(self) -> Mention | None:
        """The mention the sentence opens with (see ``opening_mention``)."""
        return opening_mention(self.text, self.mentions, self.start, self.end)

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` stands inside words the sentence quotes."""
        return any(qs <= pos < qe for qs, qe in self.quotes)

    def of(self, classes: Iterable[str]) -> list[Mention]:
        wanted = set(classes)
        return [m for m in self.mentions if m.cls in wanted]

    def after(self, pos: int, classes: Iterable[str], within: int = 80) -> Mention | None:
        for m in self.of(classes):
            if pos <= m.start <= pos + within:
                return m
        return None

    def before(self, pos: int, classes: Iterable[str], within: int = 200) -> Mention | None:
        found = [m for m in self.of(classes) if m.end <= pos and m.end >= pos - within]
        return found[-1] if found else None

    def date_for(self, trigger_start: int, trigger_end: int, triggers: list[int]) -> DateMention | None:
        """The date of the event a trigger names: the first date after it, up to the next
        trigger; else a date opening the sentence before any trigger ("On 8 September, ...").
        A trigger dated relative to another date ("in 1998, two years after joining") takes the
        year counted from it, or no date when that date has no year to count from."""
        same = _SAME_DAY.match(self.text, trigger_end, self.end)
        if same is not None and any(trigger_end <= d.start < same.end() for d in self.dates):
            same = None  # "on 27 September that year": a date of its own, its year counted from before
        if same is not None:
            earlier = [d for d in self.dates if d.end <= trigger_start]
            found = earlier[-1] if earlier else self.previous
            if found is not None and same.group("unit").lower() == "year" and len(found.value) > 4:
                return DateMention(
                    found.value[:4], XSD.gYear, None, found.start, found.end, found.text, found.note
                )
            return found
        earlier = [d for d in self.dates if d.end <= trigger_start]
        apposed = _THAT_DAY_WHEN.fullmatch(self.text, earlier[-1].end, trigger_start) if earlier else None
        same_time = (
            _SAME_TIME_WHEN.fullmatch(self.text, earlier[-1].start, trigger_start) if earlier else None
        )
        if apposed is None and same_time is not None:
            return earlier[-1]  # "in 1997, the same year it was admitted": the year read from that phrase
        later_dates = [d for d in self.dates if trigger_end <= d.start]
        if apposed is not None and (
            not later_dates or _NEXT_CLAUSE.search(self.text, trigger_end, later_dates[0].start)
        ):
            found = earlier[-1]  # "on 30 March 2007, the very day the convention opened for signature"
            if same_year(self.text, found.end, trigger_start) and len(found.value) > 4:
                # "in May 1995, the same year it acceded to the Covenant": the year alone
                year = found.value[:4]
                return DateMention(year, XSD.gYear, None, found.start, found.end, found.text, found.note)
            return found
        # "signed it on the day it was opened for signature, in September 2018": an act in a
        # clause saying it happened at the same time does not end the first act's dates
        later = [
            t
            for t in triggers
            if t > trigger_start and not _AT_THAT_TIME.fullmatch(self.text, trigger_end, t)
        ]
        limit = min(later) if later else self.end
        if (
            _SAME_DAY_OPENING.match(self.text, self.start, self.end)
            and not [d for d in self.dates if d.end <= trigger_start]
            # "On the same day, it ratified X, which it had signed in 2013": a date of its own
            and not [d for d in self.dates if trigger_end <= d.start < limit]
        ):
            return self.previous
        dates = [
            d
            for d in self._apposed()
            if not self._names_a_thing(d)
            or (d.end <= trigger_start and not self.text[d.end : trigger_start].strip())
        ]  # "Chile's 2009 ratification": a year before the trigger's own noun dates it
        relative = _RELATIVE.search(self.text, self.start, trigger_start)
        for d in dates:  # "ceased today to be a party": a date inside the trigger's words is its own
            if trigger_start <= d.start and d.end <= trigger_end:
                return d
        for d in dates:
            if trigger_end <= d.start < limit and ";" in self.text[trigger_end : d.start]:
                break  # "In 1998 Mali ratified it; Senegal did so in 1999": another clause's date
            if trigger_end <= d.start < limit and _SAYING.search(self.text, trigger_end, d.start):
                break  # "Ghana ratified it, the ministry said on Friday": the saying's date
            if trigger_end <= d.start < limit and _PASSIVE_CLAUSE_AFTER.search(
                self.text, trigger_end, d.start
            ):
                break  # "the Duma ratified it, and the instrument was deposited on 5 May": that clause's
            if (
                trigger_end <= d.start < limit
                and _AND_THEN_DATE.search(self.text, trigger_end, d.start)
                and _NEXT_VERB.match(self.text, d.end)
            ):
                break  # "ratified it and, in 1998, made the declaration": the next verb's date
            if trigger_end <= d.start < limit and not _PERIOD_WORD.search(self.text[self.start : d.start]):
                if (
                    relative is not None
                    and len(d.value) < 10
                    and not _OWN_CLAUSE.fullmatch(self.text, trigger_end, d.start)
                ):
                    break  # a count from another date gives the year; only a full date says more
                return d
        if self._counted_from_the_story(trigger_end, limit, dates):
            return None
        if relative is not None:
            return self._counted(relative)
        for d in dates:  # "signed it and, on 30 September 1988, ratified it": the second verb's date
            if (
                d.end <= trigger_start
                and _AND_THEN_DATE.search(self.text, self.start, d.start)
                and _BEFORE_VERB.fullmatch(self.text, d.end, trigger_start)
            ):
                return d
        for d in dates:  # "made a declaration in 1989 when it ratified the protocol": that time
            if d.end <= trigger_start and _AT_THAT_TIME.fullmatch(self.text, d.end, trigger_start):
                return d
        same_clause = _SAME_DAY_CLAUSE.search(self.text, self.start, trigger_start)
        if same_clause is not None:
            # "It was opened on 20 September, and that same day Chile ratified it": the date of
            # the clause before
            told = [d for d in self.dates if d.end <= same_clause.start()]
            if told:
                return told[-1]
        earlier_triggers = [t for t in triggers if t < trigger_start]
        for d in dates:
            # "The president signed the law, and this morning Chile's instrument was deposited": a
            # date opening the trigger's own coordinated clause, after the clause before
            if (
                earlier_triggers
                and max(earlier_triggers) < d.start
                and d.end <= trigger_start
                and _CLAUSE_OPENER.search(self.text, self.start, d.start)
                and not _OTHER_CLAUSE.search(self.text, d.end, trigger_start)
                and "," not in self.text[d.end : trigger_start]
            ):
                return d
        first = min(triggers) if triggers else trigger_start
        counted = _COUNTED_BACK.search(self.text, self.start, trigger_start)
        for d in dates:  # "- 26 June 1987: the convention enters into force": a timeline's entry
            separator = _ENTRY_SEPARATOR.match(self.text, d.end)
            if (
                counted is None  # "..., eleven years after signing it": not the entry's own act
                and d.end <= first
                and separator is not None
                and _ENTRY_OPENING.fullmatch(self.text, self.start, d.start)
                and not re.search(r"[.;:]", self.text[separator.end() : first])
            ):
                return d
        header = update_header_end(self.text, self.start)
        for d in dates:
            if header is not None and d.end <= header:
                continue  # "Update, 18 July: This morning Chile ...": the paragraph's date, not the act's
            if d.end <= first and not _PERIOD_WORD.search(self.text[self.start : d.start]):
                # "This year marks three years since Russia withdrew": the opening date is not
                # the event's when the words between count from it
                if _COUNTED_FROM.search(self.text, d.end, trigger_start):
                    return None
                # "decided on 3 June that Rwanda's withdrawal ...": the date of the verb whose
                # object the trigger's clause is
                if _THAT.search(self.text, d.end, trigger_start) and not _OPENING.fullmatch(
                    self.text, self.start, d.start
                ):
                    return None
                # "Amnesty International today welcomed Angola's ratification of ...": the date of
                # the verb whose object the act is
                if _JUDGING_VERB.search(self.text, d.end, trigger_start):
                    return None
                # "the decision, announced yesterday, to ...": a date in a participle's own
                # clause is that verb's
                if _PARTICIPLE.search(self.text, self.start, d.start):
                    continue
                # "coined in 1944 by Lemkin, who lobbied until the convention was adopted": a
                # date complementing another verb, or a clause of its own between, is not this one's
                if _OTHER_VERB_DATE.search(self.text, max(self.start, d.start - 30), d.start) or (
                    _OTHER_CLAUSE.search(self.text, d.end, trigger_start)
                ):
                    return None
                return d
        return None

    def _counted_from_the_story(self, trigger_end: int, limit: int, dates: list[DateMention]) -> bool:
        """Whether the words after a trigger date it from a date the story named, which gave no
        date to count from ("In 1990 Canada joined, after it signed the Charter the previous
        November"): the act then has no date, never one the sentence gives another act."""
        at = counted_from_the_story(self.text, trigger_end, limit)
        return (
            at is not None
            and ";" not in self.text[trigger_end:at]
            and not any(trigger_end <= d.start <= at for d in dates)
        )

    def _names_a_thing(self, date: DateMention) -> bool:
        """A bare year between a determiner and a noun ("the 1969 treaty", "its 1998 statute",
        "Chile's 2005 reform") tells which thing is meant, not when an act in the clause happened."""
        return (
            date.text.isdigit()
            and _DETERMINER_BEFORE.search(self.text, max(self.start, date.start - 24), date.start) is not None
            and _NOUN_AFTER.match(self.text, date.end, self.end) is not None
        )

    def _apposed(self) -> list[DateMention]:
        """The dates of the sentence, a relative one dropped where the full date it stands for
        follows in apposition ("a quarter of a century ago today, on 27 April 1999"); a date
        without its year there takes the relative one's ("last year, on 3 April")."""
        out: list[DateMention] = []
        dates = list(self.dates)
        for i, d in enumerate(dates):
            nxt = dates[i + 1] if i + 1 < len(dates) else None
            if (
                nxt is not None
                and d.note is not None
                and d.note.startswith("relative")
                and (nxt.note is None or (nxt.note.startswith("year-less") and len(nxt.value) > len(d.value)))
                and _APPOSED.fullmatch(self.text, d.end, nxt.start)
            ):
                value = d.value + nxt.value[4:]
                if nxt.note is not None and len(d.value) == 4 and _is_date(value):
                    note = f"year-less: '{nxt.text}' takes the year {d.value} of '{d.text}' before it"
                    dates[i + 1] = replace(nxt, value=value, note=note)
                continue
            if self._chained_to_full(dates, i):
                continue
            out.append(d)
        return out

    def _chained_to_full(self, dates: list[DateMention], i: int) -> bool:
        """ "67 years ago on Saturday, on 28 July 1951": a relative date followed, through other
        relative ones, by the full date they all stand for gives way to it."""
        d = dates[i]
        if d.note is None or not d.note.startswith("relative"):
            return False
        for prev, nxt in zip(dates[i:], dates[i + 1 :], strict=False):
            gap = (prev.end, nxt.start)
            if not (_CHAINED.fullmatch(self.text, *gap) or _APPOSED.fullmatch(self.text, *gap)):
                return False
            if nxt.note is None:
                return len(nxt.value) >= len(d.value)
            if not nxt.note.startswith("relative"):
                return False
        return False

    def _counted(self, relative: re.Match[str]) -> DateMention | None:
        """Years are counted at year precision, months at month precision when the anchor
        has a month; weeks and days would need a day this loader will not invent."""
        anchor = next((d for d in self.dates if 0 <= relative.start() - d.end <= 2), None)
        unit = relative.group("unit").lower()
        if anchor is None or unit.startswith(("week", "day")):
            return None
        n = _NUMBERS.get(relative.group("n").lower()) or int(relative.group("n"))
        sign = -1 if relative.group("dir").lower() == "after" else 1
        s, e = anchor.start, relative.end("dir")
        if unit.startswith("year"):
            year = int(anchor.value[:4]) + sign * n
            return DateMention(f"{year:04d}", XSD.gYear, None, s, e, self.text[s:e])
        if len(anchor.value) < 7:
            return None
        total = int(anchor.value[:4]) * 12 + int(anchor.value[5:7]) - 1 + sign * n
        value = f"{total // 12:04d}-{total % 12 + 1:02d}"
        return DateMention(value, XSD.gYearMonth, None, s, e, self.text[s:e])

    def in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quotes)


# "acceded to it again on the same day": the date named before the trigger in its sentence
_SAME_DAY = re.compile(
    r"(?:\s+(?:[\w'-]+\s+){0,3}?)?\s*(?:on\s+|in\s+)?(?:the\s+same|that(?:\s+same)?)\s+(?P<unit>day|date|year)\b",
    re.I,
)
# "on 30 March 2007, the very day the convention opened for signature": a date apposed to the
# clause of another event, which it dates too
_THAT_DAY_WHEN = re.compile(
    r",\s+(?:the\s+(?:very\s+|same\s+)?|that\s+)(?P<unit>day|date|(?<=same\s)year)\s+"
    r"(?:on\s+which\s+|in\s+which\s+|when\s+|that\s+)?"
    r"(?:the\s+|its\s+|it\s+)?[\w'-]+(?:\s+[\w'-]+){0,5}?\s+(?:was\s+|were\s+|had\s+been\s+)?",
    re.I,
)
# The same, where "the same year" is itself read as a date counted from the one before it
_SAME_TIME_WHEN = re.compile(
    r"(?:the\s+(?:very\s+|same\s+)|that\s+(?:same\s+)?)(?:day|date|year)\s+(?:on\s+which\s+|in\s+which\s+|when\s+|that\s+)?"
    r"(?:the\s+|its\s+|it\s+)?[\w'-]+(?:\s+[\w'-]+){0,5}?\s+(?:was\s+|were\s+|had\s+been\s+)?",
    re.I,
)
# A coordinated clause of its own after a trigger: the dates after it are another act's
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s", re.I)


def same_year(text: str, start: int, end: int) -> bool:
    """Whether the apposition between ``start`` and ``end`` names the same year, not the same day."""
    found = _THAT_DAY_WHEN.fullmatch(text, start, end)
    return found is not None and found.group("unit").lower() == "year"


# A sentence in the past perfect: it tells what had happened before the story
_FLASHBACK = re.compile(
    r"\bhad\s+(?:(?:already|first|earlier|originally|once)\s+)?[a-z]{3,}(?:ed|en|wn)\b", re.I
)


# "On that day it was signed by 82 states": the same day opening the sentence
# "On the same day, ...", "That was the very day on which ...": the day the sentence before gave
_SAME_DAY_OPENING = re.compile(
    r"\W*(?:on\s+)?(?:the\s+same\s+(?:day|date)|that\s+(?:same\s+)?day"
    r"|(?:that|this|it)\s+was\s+(?:also\s+)?the\s+(?:very|same|very\s+same)\s+day)\b",
    re.I,
)
# between a relative date and the full date it stands for: "67 years ago on Saturday, on 28 July"
# "67 years ago on Saturday": two relative dates for one day, side by side
_CHAINED = re.compile(r"\s+(?:on\s+)?", re.I)
_APPOSED = re.compile(r"[^.;:,]{0,20},\s*(?:on|in)\s+")
# "a year after the country signed it in November 2013": the trigger's own date, right after it
_OWN_CLAUSE = re.compile(r"(?:\s+(?:it|them|the\s+\w+))?\s+(?:in|on)\s+")
_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ed|said|told|made|held|sent|given)\s+(?:on\s+|in\s+)?$")
# A clause of its own with a subject and a passive verb after the trigger's: its date is its own
_PASSIVE_CLAUSE_AFTER = re.compile(
    r",\s+and\s+(?:the|its|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been)\s+[a-z]+ed\b"
)
# A verb judging an act named as its object: "welcomed Angola's ratification", "condemned the
# withdrawal"
_JUDGING_VERB = re.compile(
    r"\b(?:welcom|prais|hail|condemn|criticis|criticiz|regrett?|deplor|applaud|celebrat|lament)(?:ed|es|s)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?$"
)
_THAT = re.compile(r"\bthat\b", re.I)
# ", the ministry said on Friday", ", officials told reporters in Accra on Monday": a trailing
# attribution, whose date is the saying's, not the act's told before it
_SAYING = re.compile(
    r",\s+(?:[^,;:.]{0,60}?\s)?(?:said|says|announced|told|stated|reported|confirmed|added|noted)\b"
    r"(?:\s+(?!that\b)[a-z]+){0,4}\s+(?:(?:late|early|earlier|later)\s+)?(?:on|in|at)?\s*$"
)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|a|this|that|whose)|\w['\u2019]s?)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+|[A-Z][a-z]+)\b(?!\s+(?:\d|(?i:of)\b))")
_OTHER_VERB_DATE = re.compile(r"\b(?!(?:was|were|had|has|is)\b)[a-z]{3,}(?:ed|en|wn)\s+(?:in|on)\s+$")
# "and, in 1998, made the declaration": a date opening a coordinated verb phrase of its own
_AND_THEN_DATE = re.compile(r"(?:,\s*|\s+)and,?\s+(?:(?:then|later|only)\s+)?(?:in|on|by)\s+$")
_NEXT_VERB = re.compile(
    r",?\s+(?:(?:also|then|later|finally)\s+)?(?:made|gave|became|took|sent|held|set|won|began|[a-z]{2,}ed)\b"
)
_BEFORE_VERB = re.compile(r",?\s+(?:(?:also|then|later|finally)\s+)?")
# A clause that puts an act at the time of another: "when it ratified", "on the day it was"
_AT_THAT_TIME = re.compile(
    r"(?:\s+(?:it|them|the(?:\s+(?-i:[A-Z][\w'-]*|of|on|for|the|and|against|with|to|in|from|all)){1,10}?))?"
    r",?\s+(?:when|(?:on\s+)?the\s+(?:very\s+|same\s+)?day(?:\s+(?:that|when|on\s+which))?)"
    r"\s+(?:it|they|the\s+\w+|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:(?:was|were|had|has|first)\s+)?",
)
_SAME_DAY_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but)|;)\s+(?:on\s+)?(?:that|the)\s+(?:very\s+|same\s+){1,2}day\b[^;:.]*$", re.I
)
_CLAUSE_OPENER = re.compile(r"(?:,\s*(?:and|but)|;)\s+(?:(?:then|later|on|in)\s+)?$", re.I)
_OTHER_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|which|until|when|while|because|although)\b|[;:]|,\s+(?:and|but|whereas)\s+(?!then\b)",
    re.I,
)
# A timeline's entry: a date opening its line (after a bullet), then a colon or a dash
_ENTRY_OPENING = re.compile(r"[\s\-–—•*]*")
_ENTRY_SEPARATOR = re.compile(r"\s*(?::|[–—-](?=\s))\s*")
_OPENING = re.compile(r"\W*(?:(?:on|in|at|by|during|early|late|since)\s+)*", re.I)
_COUNTED_FROM = re.compile(r"\b(?:since|ago|after|before)\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "a": 1}  # fmt: skip
# "eleven years after signing it", "several months before": an act counted from another one
_COUNTED_BACK = re.compile(
    r"\b(?:[\w-]+\s+)(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before)\s+(?:[\w'-]+\s+){0,3}$", re.I
)
# "1998, two years after [the country] joined": the event is counted from the date before it
_RELATIVE = re.compile(
    r",?\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+"
    r"(?P<unit>years?|months?|weeks?|days?)\s+"
    r"(?P<dir>after|before)\s+(?:[\w'-]+\s+){0,3}$",
    re.I,
)
# Quotations: double marks, curly single marks and guillemets, and straight single marks that
# are not apostrophes ("Russia's", also inside them: 'Chile's place is here'); none runs past the
# end of its paragraph.
_QUOTES = re.compile(
    r"\u201c(?P<a>[^\u201d\u201c\n]{3,}?)\u201d|\"(?P<b>[^\"\n]{3,}?)\""
    r"|(?<![\w])'(?P<c>(?:[^'\n]|(?<=\w)'(?=\w)){3,}?[.,!?]?)'(?![\w])"
    r"|\u2018(?P<d>[^\u2018\n]{3,}?)\u2019(?![\w])"
    r"|\u00ab\s?(?P<e>[^\u00ab\u00bb\n]{3,}?)\s?\u00bb"
)
# A quotation running over paragraphs leaves each paragraph but the last unclosed, and opens
# the next with a mark again: the words after the unclosed mark are quoted to the paragraph's end.
_OPEN_PARAGRAPH = re.compile(
    r"(?:^|(?<=[\s:(]))(?P<open>[\"\u201c\u00ab])(?P<words>[^\"\u201c\u201d\u00ab\u00bb\n]{3,})\n+(?=[\"\u201c\u00ab])"
)


@dataclass
class Context:
    """The document being read and what rules have learnt about it so far."""

    document: Document
    registry: Registry
    mentions: list[Mention]
    text: str = ""
    claims: list[Claim] = field(default_factory=list)
    labelled: set[str] = field(default_factory=set)
    last_denunciation: str | None = None
    denouncing: dict[str, str] = field(default_factory=dict)  # treaty key -> state key
    # what the document last says a state is leaving or suspending: (kind, state, target), kind
    # "denunciation" (a treaty), "declaration-withdrawal" (an optional declaration under a
    # treaty or a court) or "derogation"; a bare "the notice" refers to it
    leaving: tuple[str, str, str] | None = None
    last_org_withdrawal: str | None = None
    # the departures of states listed together, one event each, that one stated effect dates
    org_withdrawal_group: tuple[str, ...] = ()
    # the last admission or departure told as a fact: (sentence index, kind, organisation)
    last_org_event: tuple[int, str, Mention] | None = None
    # an act told of a number of states not named ("Ten states deposited instruments of
    # ratification of X on D"): (sentence index, kind, treaty, date), for "Among them were A, B"
    unnamed_act: tuple[int, str, str, DateMention | None] | None = None
    effective: dict[str, DateMention] = field(default_factory=dict)  # key -> stated effective date
    last_speaker: Ref | None = None
    attribution: dict[tuple[int, int], Ref] = field(default_factory=dict)  # span -> speaker

    quotes: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = normalise_quotes(self.document.text)
        # Quotations are found in the whole text, since one may run over several sentences,
        # and on the original characters: the straight apostrophe in "Russia's" opens none.
        for m in _QUOTES.finditer(self.document.text):
            group = next(g for g in "abcde" if m.group(g) is not None)
            self.quotes.append((m.start(group), m.end(group)))
        for m in _OPEN_PARAGRAPH.finditer(self.document.text):
            s, e = m.start("words"), m.end("words")
            closes = any(qe <= m.start() <= qe + 1 for _, qe in self.quotes)  # "yes" and ...
            if not closes and not any(qs < e and s < qe for qs, qe in self.quotes):
                self.quotes.append((s, len(m.group("words").rstrip()) + s))
        self.quotes.sort()

    def view(self, sentence: Sentence) -> View:
        mentions = [m for m in self.mentions if sentence.start <= m.start < sentence.end]
        published = anchor_at(self.text, sentence.start, self.document.metadata.date_published)
        dates = self._outside_titles(find_dates(self.text, sentence.start, sentence.end, published))
        quotes = [(s, e) for s, e in self.quotes if s < sentence.end and e > sentence.start]
        previous = None  # the date named last in the two sentences before
        for index in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
            before = self.document.sentences[index]
            found = find_dates(
                self.text,
                before.start,
                before.end,
                anchor_at(self.text, before.start, self.document.metadata.date_published),
            )
            found = self._outside_titles(found)
            if found:
                # "On 2 October Angola deposited its instrument. It had signed the Convention back
                # in 2013. On the same day, it also ratified ...": a day told in a flashback is no
                # day the story goes on from
                previous = None if _FLASHBACK.search(self.text, before.start, before.end) else found[-1]
                break
        return View(sentence, self.text, mentions, dates, quotes, previous)

    def _outside_titles(self, dates: list[DateMention]) -> list[DateMention]:
        """The dates that are not part of a treaty's name: the year in "the Geneva Conventions
        of 1949" or "Convention, 2011 (No. 189)" names the instrument and dates no act."""
        titles = [(m.start, m.end) for m in self.mentions if m.cls in (TG.Treaty, TG.Protocol)]
        return [
            d
            for d in dates
            if not any(s <= d.start and d.end <= e for s, e in titles)
            and not (d.text.isdigit() and any(0 <= s - d.end <= 1 for s, _ in titles))
        ]  # "the 1989 Convention on the Rights of the Child": the year names it too

    def mention_after(self, pos: int, classes: Iterable[str], within: int) -> Mention | None:
        wanted = set(classes)
        for m in self.mentions:
            if m.cls in wanted and pos <= m.start <= pos + within:
                return m
        return None

    def claim(
        self,
        subject: str,
        predicate: str,
        obj: str | Value,
        view: View,
        start: int,
        end: int,
        attributed_to: Ref | None = None,
        attribute: bool = True,
        date_note: str | None = None,
    ) -> None:
        """Record a claim whose evidence is ``text[start:end]`` clamped to the sentence.

        With ``attribute`` (the default) a claim stated inside someone's reported words is
        attributed to them; claims about the report itself (who spoke, the words) are not.
        """
        start = max(start, view.start)
        end = min(end, view.end)
        text = self.document.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        evidence = Evidence(
            document=self.document.key,
            sentence_index=view.sentence.index,
            sentence_start=view.start,
            sentence_end=view.end,
            start=start,
            end=end,
            quote=text[start:end],
        )
        value = Ref(obj) if isinstance(obj, str) else obj
        if attributed_to is None and attribute:
            attributed_to = self.speaker_at(start, end)
        self.claims.append(Claim(Ref(subject), predicate, value, evidence, attributed_to, date_note))

    def speaker_at(self, start: int, end: int) -> Ref | None:
        for (s, e), speaker in self.attribution.items():
            if s <= start and end <= e:
                return speaker
        return None

    def node(self, key: str, cls: str | None, label: str, view: View, start: int, end: int) -> None:
        """Type a node the text describes (an event, a statement); a node the registry does not
        know also gets a preferred label, once per document."""
        if cls is not None:
            self.claim(key, RDF.type, cls, view, start, end)
        if key in self.labelled or self.registry.has(key):
            return
        self.labelled.add(key)
        self.claim(key, SKOS.prefLabel, Value(label), view, start, end, attribute=False)

    def name(self, key: str) -> str:
        """A readable name for a key: the registry's label, else the mention's."""
        if key in self.registry.labels:
            return self.registry.labels[key]
        for m in self.mentions:
            if m.key == key:
                return m.label
        return slug_of(key).replace("-", " ")

    def name_in_title(self, key: str) -> str:
        """A state's name as a body's title carries it: with its article where the name takes
        one ("Senate of the Philippines", "Parliament of the Gambia")."""
        name = self.name(key)
        entry = self.registry.entry(key)
        if entry is not None and f"the {name}" in entry.aliases:
            return f"the {name}"
        # "the Central African Republic", "the United Kingdom": a name built on a common noun
        return f"the {name}" if _COMMON_NOUN_NAME.search(name) else name

    def role_key(self, role: str) -> str:
        return Minter.role(role)

    def chamber(self, head: str, state: str, view: View, start: int, end: int) -> str:
        """The key of a state's chamber a common noun names ("the Senate" of Argentina: the
        Senate of Argentina), typed and labelled once: every state's chamber is its own body,
        so the key carries the state's name as the chamber's title does."""
        title = self.name_in_title(state)
        key = Minter().legislature(head, title).key
        self.node(key, TG.NationalBody, f"{head} of {title}", view, start, end)
        return key


# The common nouns that make a state's name take "the" in English
_COMMON_NOUN_NAME = re.compile(
    r"\b(?:Republic|Kingdom|States|Islands|Federation|Union|Emirates|Commonwealth|Principality|Duchy)\b"
)


def _is_date(value: str) -> bool:
    """Whether an ISO date is a real one (no 29 February 2023); a year or a month always is."""
    if len(value) != 10:
        return True
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True
