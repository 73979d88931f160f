"""Entities the registry does not list: people, bodies, treaties, states and places.

They are recognised by the company they keep, never by a list of their names: a title before a
name ("President Ana Silva"), an apposition after it ("Ana Silva, the court's president,"), a
speech verb next to it ("said Ana Silva", "Ana Silva said"); a head noun ending a body's or a
treaty's name ("... Committee", "... Convention"); a locative before a place ("in Geneva") or a
dateline. The words behind each rule are in ``loaders/lexicon/``.

Names are written in any script: a name word opens with a capital letter (or a letter of a script
without case) and may hold apostrophes and hyphens ("O'Brien", "N'Diaye", "Jean-Pierre"), with
particles between words ("von der Leyen", "al-Bashir") and initials. Everything here returns
spans; ``mentions.py`` decides which of them become entities and mints their keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loaders.lexicon import alternation, entries, sections
from loaders.vocabulary import TG

__all__ = [
    "NAME",
    "OFFICE",
    "OF_THE_POLITY",
    "TITLE",
    "WORD",
    "Span",
    "bench_list",
    "body_class",
    "demonyms",
    "find_bodies",
    "find_legislatures",
    "find_people",
    "find_places",
    "find_treaties",
    "has_cue",
    "is_name_word",
    "national_demonyms",
    "person_name",
]


@dataclass(frozen=True)
class Span:
    """A name found in the text: ``kind`` is person | org | treaty | place; ``cls`` its class."""

    start: int
    end: int
    kind: str
    cls: str
    head: str = ""  # the head noun that made it a body or a treaty


def _capitals() -> str:
    """A character class of the letters that can open a name: capitals, and letters of the
    scripts without case (Arabic, Hebrew, Devanagari, CJK ...), which have no small form."""
    blocks = ((0x41, 0x2FFF), (0x3040, 0x9FFF), (0xA640, 0xA7FF), (0xAC00, 0xD7A3))
    codes = [
        c for low, high in blocks for c in range(low, high + 1) if chr(c).isalpha() and not chr(c).islower()
    ]
    ranges: list[tuple[int, int]] = []
    for c in codes:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return (
        "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"
    )


CAP = _capitals()
LETTER = r"[^\W\d_]"
_APOSTROPHE = "['\u2019]"
# "O'Brien", "Ra'ad", "Jean-Pierre", "Smith-Jones"; never the possessive "Russia's" (one letter)
WORD = rf"{CAP}{LETTER}*(?:{_APOSTROPHE}(?:{CAP}{LETTER}*|[a-z]{{2,}})|-{LETTER}+)*"
_PARTICLES = sections("particles")
_PREFIXED = rf"(?:{alternation(_PARTICLES['prefixes'])}){CAP}{LETTER}*(?:-{LETTER}+)*"
_JOINING = rf"(?: (?:{alternation(_PARTICLES['words'])}))*"
_PART = rf"(?:(?:{CAP}\.){{1,3}}|{_PREFIXED}|{WORD})"
# two to six parts; the caller strips leading words that are not part of the name
NAME = rf"(?<![\w'\u2019.-]){_PART}(?:{_JOINING} {_PART}){{1,5}}(?![\w-])"


def is_name_word(word: str) -> bool:
    """Whether ``word`` can stand in a name: it opens with a capital or a caseless letter."""
    return bool(word) and word[0].isalpha() and not word[0].islower()


# ---------------------------------------------------------------------------- word sets


@cache
def demonyms() -> frozenset[str]:
    """Nationality and regional adjectives ("Ghanaian", "Soviet", "Nordic")."""
    return frozenset(entries("demonyms"))


@cache
def national_demonyms() -> frozenset[str]:
    """Adjectives of one state only: a body named with one is that state's own body."""
    return frozenset(e for name, es in sections("demonyms").items() if name != "regions" for e in es)


def _title_forms() -> tuple[list[str], list[str]]:
    """(titles matched in any case, titles matched only as written)."""
    honorific = list(sections("titles").get("others", ()))
    titles = [t for name, ts in sections("titles").items() if name != "others" for t in ts]
    for p in entries("portfolios"):
        titles += [f"{p} Minister", f"Minister of {p}", f"Minister for {p}", f"Minister of the {p}"]
    return titles, honorific


_TITLES_ANY_CASE, _HONORIFICS = _title_forms()
_QUALIFIERS = alternation(entries("title_qualifiers"))
# "Minister of Labour and Social Affairs", "Minister for Justice and Equality": portfolios joined
_PORTFOLIO = alternation(entries("portfolios"))
_JOINED_PORTFOLIOS = (
    rf"Minister (?:of|for) (?:the )?(?:{_PORTFOLIO})(?:(?:,| and) (?:the )?(?:{_PORTFOLIO}))+"
)
# a post: "Foreign Minister", "judge"
OFFICE = rf"(?i:{_JOINED_PORTFOLIOS}|{alternation(_TITLES_ANY_CASE)})"
# ("Vice-Chair X", "then-Foreign Minister X": a qualifier may be joined to its title by a hyphen)
TITLE = rf"(?:(?:{_QUALIFIERS})(?:\s+|-|(?<=-)))*(?:{OFFICE}|{alternation(_HONORIFICS)})"


@cache
def _title_words() -> frozenset[str]:
    words = " ".join([*_TITLES_ANY_CASE, *_HONORIFICS, *entries("title_qualifiers")]).split()
    return frozenset(w for w in words if is_name_word(w))


@cache
def _head_words() -> frozenset[str]:
    words = " ".join([*entries("org_heads"), *entries("treaty_heads")]).split()
    return frozenset(w for w in words if is_name_word(w))


_NOT_NAMES = sections("not_names")
_LEADING_ONLY = frozenset(
    [*_NOT_NAMES["sentence adverbs"], *_NOT_NAMES["calendar"], *_NOT_NAMES["compass and region words"]]
)
_NEVER = frozenset(
    [
        *_NOT_NAMES["function words"],
        *_NOT_NAMES["generic nouns written with capitals in headlines and names of things"],
    ]
)


# "Judges Ana Silva and ...": a plural title opening a list is no part of the first name in it
_PLURAL_TITLES = frozenset({"Judges", "Justices", "Commissioners", "Senators", "Ambassadors"})


# Abbreviated month names that are also first names ("Jan"): a month only before a number
_MONTH_ABBREVIATIONS = frozenset({"Jan", "Mar", "Jun", "Jul"})


def person_name(
    text: str, start: int, end: int, extra_demonyms: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The personal name inside ``text[start:end]``, with leading titles, demonyms and
    sentence-opening words left out; None when what is left is not a name of two words or more.

    "Ghanaian President John Mahama" -> "John Mahama"; "Russian President" -> None.
    """
    nationality = demonyms() | extra_demonyms
    noise = _LEADING_ONLY | _NEVER | nationality | _title_words() | _PLURAL_TITLES
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text[start:end])]
    while tokens and (tokens[0][2].rstrip(".") in noise or tokens[0][2] in noise):
        if tokens[0][2] in _MONTH_ABBREVIATIONS and len(tokens) > 1 and tokens[1][2][:1].isupper():
            break  # "Jan Kowalski": a first name; "Jan. 5" or "Jan 5" is a date
        tokens.pop(0)
    if not tokens:
        return None
    # "al-Bashir", "d'Estaing" count as name words; "von", "da" do not
    parts = [t for _, _, t in tokens if is_name_word(t) or any(c.isupper() for c in t)]
    if len(parts) < 2:
        return None
    # "HÉLÈNE AUDET": a whole name in capitals, as transcripts set their speakers
    capitals = all(p.isupper() and len(p) >= 3 for p in parts)
    for i, word in enumerate(parts):
        bare = word.rstrip(".")
        if 0 < i < len(parts) - 1 and len(bare) == 1 and word.endswith("."):
            continue  # "Leonardo A. Franco": a middle initial, never the article "A"
        if bare in _NEVER or bare in nationality or bare in _head_words() or bare in _title_words():
            return None
        if (
            len(bare) >= 2
            and bare.isupper()
            and "." not in word
            and not _regnal(word, parts)
            and not capitals
        ):
            return None  # "UN", "NGO": an abbreviation, not a name
    return start + tokens[0][0], start + tokens[-1][1]


def _regnal(word: str, parts: list[str]) -> bool:
    """ "Mohammed VI", "Charles III": a Roman numeral closing a name after a name word."""
    return word == parts[-1] and len(parts) >= 2 and re.fullmatch(r"[IVX]{1,5}", word) is not None


# ---------------------------------------------------------------------------- people

_ROLES = alternation(entries("roles"))
_SPEECH_AFTER = (
    r"said|says|told|added|stated|warned|noted|declared|explained|wrote|argued|insisted|urged|put it|"
    r"tweeted|posted|replied|responded|recalled|recalls|remarked|conceded|admitted|acknowledged"
)
_SPEECH_BEFORE = (
    r"said|says|added|adds|asked|explained|explains|noted|notes|warned|stated|wrote|writes|tweeted|"
    r"posted|replied|responded|recalled|recalls|remarked|conceded|admitted|acknowledged"
)
# "Ana Silva, speaking in Geneva, said": a participle phrase between the name and the verb
_DESCRIBERS = alternation(entries("describers"))
_PARTICIPLES = r"speaking|writing|addressing|talking|responding|reacting|commenting|asked|interviewed"
_PERSON_PATTERNS = [
    # "opposition leader Grace Wanjiru was less enthusiastic", "rights lawyer Ana Silva, who ...":
    # a lower-case role noun right before the name, as news writes a description
    re.compile(
        rf"(?<![\w-])(?:{_DESCRIBERS}) (?P<name>{NAME})"
        rf"(?=[,;:]| (?:{_SPEECH_AFTER}|was|is|has|had|who|called|[a-z]{{3,}}ed)\b)"
    ),
    # "Ana Silva is an Italian magistrate.", "Ana Silva is a former Kenyan diplomat": a sentence
    # opening with the name and a nationality describing her
    re.compile(
        rf"(?:^|(?<=\n)|(?<=[.!?] ))(?P<name>{NAME}) (?:is|was) an? (?:former |retired |veteran |leading )?"
        rf"(?:{alternation(demonyms())}) (?:[a-z-]+ )?(?:{_DESCRIBERS}|(?i:{_ROLES}))\b"
    ),
    # "Ana Silva, of Uganda, leaves the court": a sentence opening with the name and where she is from
    re.compile(
        rf"(?:^|(?<=\n)|(?<=[.!?] ))(?P<name>{NAME}), (?:of|from) (?:the )?{CAP}[a-z]+"
        rf"(?: (?:and )?{CAP}[a-z]+){{0,3}}, (?:[a-z]+ )?[a-z]{{3,}}(?:s|ed)\b"
    ),
    # "Ana Silva, who stepped down yesterday as High Commissioner, leaves ...": a paragraph opening
    # on a name and a relative clause about her, as a profile opens
    re.compile(
        rf"(?:^|(?<=\n))(?P<name>{NAME}), who (?:[a-z]+ly )?(?:has |had |was |is )?(?:[a-z]+ed|took|became|"
        rf"left|won|led|ran|served|stepped down|resigned|retired|died)\b"
    ),
    # "Ana Silva, who until May was the country's ambassador,": a relative clause giving what she is
    re.compile(
        rf"(?P<name>{NAME}), who (?:[\w-]+ ){{0,3}}?(?:is|was|has been|had been|became) "
        rf"(?:an? |the |(?:[Tt]he )?{CAP}[\w-]*{_APOSTROPHE}s )(?:[\w-]+ ){{0,3}}?(?i:{_ROLES})\b"
    ),
    # "Kimberly Prost, a Canadian, sat as a judge": a name, then the nationality as a noun
    re.compile(rf"(?P<name>{NAME}), an? (?:{alternation(demonyms())}),"),
    # "Helena Silva (Sweden), President," one per line: a bench or a delegation listed with states
    re.compile(rf"(?m)^(?P<name>{NAME}) \((?:the )?{CAP}[a-z]+(?: {CAP}[a-z]+){{0,3}}\),"),
    re.compile(rf"(?<![\w-]){TITLE}\s+(?P<name>{NAME})"),
    # "Ana Silva, a spokeswoman for the ministry" / "Ana Silva, the court's president," / "Ana
    # Silva, the U.N. special rapporteur" (the agencies' dotted initials)
    re.compile(
        rf"(?P<name>{NAME}), (?:a|an|the|its|their|(?:{WORD} ){{0,3}}{WORD}{_APOSTROPHE}s) "
        rf"(?:[\w'\u2019-]+ |(?:[A-Z]\.){{2,3}} ){{0,5}}?(?i:{_ROLES})(?![\w-])"
    ),
    # "the ministry's spokeswoman, Ana Silva,", "the rapporteur, Ana Silva (Portugal),"
    # "the chairman, Joseph Biden of Delaware,": a legislator's home state or district after the name
    re.compile(
        rf"(?<![\w-])(?i:{_ROLES})(?: at the time)?, (?P<name>{NAME})"
        rf"(?=[,.;:]| \([A-Z]| (?:{_SPEECH_AFTER})\b| of [A-Z][a-z]+(?: [A-Z][a-z]+)?,)"
    ),
    # "the session, presided over by Ana Silva.", "a panel chaired by Ana Silva": who leads it
    re.compile(rf"\b(?:chaired|presided over) by (?P<name>{NAME})(?=[,.;:]|$)"),
    # "under the chairmanship of Ana Silva of Peru": who chaired a session or a body
    re.compile(rf"\bunder the (?:chairmanship|presidency) of (?P<name>{NAME})(?=[,.;:]|$| of {CAP})"),
    # "Ana Silva, who chairs the committee,", "Ana Silva heads the Lima Rights Forum."
    re.compile(rf"(?P<name>{NAME}), who (?:now |currently )?(?:chairs|heads|leads|directs|presides over)\b"),
    # "Ana Silva, who served two terms as Secretary-General,": a career told in a relative clause
    re.compile(
        rf"(?P<name>{NAME}), who (?:has |had )?(?:served|serves|worked|works)(?: [\w-]+){{0,2}}? as\b"
    ),
    re.compile(
        rf"(?P<name>{NAME}) (?:now |currently )?(?:chairs|heads|leads|directs|presides over|"
        rf"has (?:led|headed|chaired|directed)(?= the )) (?:the )?{CAP}"
    ),
    # "Ana Silva teaches international law at ...": a scholar introduced by what she teaches
    re.compile(rf"(?P<name>{NAME}) (?:now |currently )?(?:teaches|lectures in|lectures on)\b"),
    # "Ana Silva, director of the clinic, said", "Ana Silva, then minister for justice,": a role
    # noun without an article, tied to what the role is of
    re.compile(
        rf"(?P<name>{NAME}), (?:then |now |former |formerly |currently )?(?:[\w'\u2019-]+ ){{0,3}}?"
        rf"(?i:{_ROLES}) (?:of|at|for|in|to)\b"
    ),
    # "Ana Silva, who teaches law in Dakar, said", "Ana Silva, a veteran who uses a wheelchair,
    # said": any relative clause or apposition between a name and the verb reporting her words
    re.compile(
        rf"(?P<name>{NAME}), (?:who|a|an|the|{_PARTICIPLES}) [a-z][^,.;:\"\u201c\u201d\n]{{2,90}}, "
        rf"(?:{_SPEECH_AFTER})\b"
    ),
    # "Ana Silva, of a local support group, was more cautious": whom she is with, then her verb
    re.compile(
        rf"(?:^|(?<=\n)|(?<=\. ))(?P<name>{NAME}), (?:of|from|with) (?:a|an|the) "
        rf"[a-z][^,.;:\"\u201c\u201d\n]{{2,80}}, (?:was|is|said|says|told|added|warned|disagreed|agreed)\b"
    ),
    # "— Ana Silva, lawyer.", "Briefing by Tomas Lind, Department Spokesperson.": a bare role
    # closing the line or clause after the name, as credits and transcript headers set them
    re.compile(rf"(?P<name>{NAME}), (?:[\w'\u2019-]+ ){{0,3}}?(?i:{_ROLES})(?=[.;:]?(?:\n|$)|[.;] [A-Z])"),
    # “...” – Ana Silva, Lima Rights Forum: a quotation credited after a dash on its own line
    re.compile(
        rf"[\"\u201d][.,]?[ \t]*(?:[\u2013\u2014]|--?)[ \t]*(?P<name>{NAME})(?=,[^\n]{{2,120}}$|[ \t]*$)",
        re.M,
    ),
    re.compile(rf"\b(?:{_SPEECH_BEFORE}) (?P<name>{NAME})"),
    # "says rights lawyer Ana Silva.", "said the defence lawyer Ana Silva,": a bare role, no comma
    re.compile(
        rf"\b(?:{_SPEECH_BEFORE}) (?:the |my |our )?(?:[A-Z]{{2,5}} )?(?:[a-z][\w'\u2019-]* ){{0,3}}?"
        rf"(?:(?i:{_ROLES})|colleague|friend|neighbour|neighbor|sister|brother|mother|father|son|daughter) "
        rf"(?P<name>{NAME})"
        rf"(?=[,.;:\n]|$)"
    ),
    # "said the UN High Commissioner for Human Rights, Volker Türk.": the post, then the name
    re.compile(
        rf"\b(?:{_SPEECH_BEFORE}) (?:the|a|an) "
        rf"(?:[^,.;:\"\u201c\n]{{3,80}}?|[\w-]+{_APOSTROPHE}s )?(?i:{_ROLES})"
        rf"(?: (?:of|for|at|on|to) [^,.;:\"\u201c\n]{{2,60}}?)?, (?P<name>{NAME})(?=[,.;]|$)"
    ),
    # "Ana Silva said", "Ana Silva (Norway) said", "Ana Silva, 34, said": a delegate's state, an age;
    # not the place closing a clause ("who directs a clinic in São Paulo, said")
    re.compile(
        rf"(?<!\b[Ii]n )(?<!\bat )(?<!\bnear )(?<!\boutside )(?P<name>{NAME})"
        rf"(?: \([^()\n]{{2,40}}\)|, \d{{2}},)?,? (?:{_SPEECH_AFTER})\b"
    ),
    re.compile(
        rf"\b(?:spoke|speaking|talked|talking|interviewed|[Ii]nterview with|[Ii]n conversation with|"
        rf"[Jj]oining (?:me|us)(?: now)? (?:is|are)|joined by|[Ww]ith (?:me|us) (?:now |today )?is) "
        rf"(?:with |to )?(?P<name>{NAME})"
    ),
    # "Q&A: Ana Silva on the backlog", "Ana Silva answered our questions": an interview's subject
    re.compile(rf"\bQ\s?&\s?A\s*[:|\u2013\u2014-]\s*(?P<name>{NAME})\b"),
    re.compile(
        rf"(?P<name>{NAME}),?(?: [^,.;:\"\u201c\n]{{2,80}},)? (?:took|takes|answered|answers) "
        r"(?:our|some|a few|these|readers'?) questions\b"
    ),
    # "According to Ana Silva of the Lima Rights Forum, ...": a person with her affiliation; "According
    # to Ana Silva, a historian, ...": with her description
    re.compile(rf"\b[Aa]ccording to (?P<name>{NAME}) of (?:the )?{CAP}"),
    re.compile(rf"\b[Aa]ccording to (?!The )(?P<name>{NAME}), an? [a-z]"),
    # "We put one question to Ana Silva", "sent our questions to Ana Silva": the interviewee
    re.compile(
        rf"\b(?:put|puts|posed|poses|sent|sends|addressed|addresses) "
        rf"(?:(?:a|one|our|the|some|these|two|three|five|a few) )?(?:[a-z]+ )?questions? to (?P<name>{NAME})"
    ),
    # "Norway's ambassador to the United Nations, Mona Juul,", "the secretary general of the
    # Council of Europe, Alain Berset, said": a role with what it is in, then the name
    re.compile(
        rf"(?<![\w-])(?i:{_ROLES}) (?:to|of|at|for|on|in) (?:the )?{CAP}[^,.;:\"\u201c\n]{{1,60}}?, "
        rf"(?P<name>{NAME})(?=[,.;:]| (?:{_SPEECH_AFTER})\b)"
    ),
    # "Ana Silva was elected president of the court", "Ana Silva served as legal adviser to ..."
    re.compile(
        rf"(?P<name>{NAME}) (?:(?:is|was|has been|had been) (?:re-?elected|elected|appointed|named|sworn in)"
        rf" (?:as )?|(?:has )?(?:served|serves|worked|works|sat|sits) as )"
        rf"(?:the |a |an )?(?:United Nations |[\w-]+ ){{0,2}}?(?i:{_ROLES})\b"
    ),
    # "the judges elected Ana Silva president of the court", "Ana Silva (director of the clinic)"
    re.compile(
        rf"\b(?:elected|appointed|named) (?P<name>{NAME}) (?:as )?(?:the |a |an )?(?:[\w-]+ ){{0,2}}?"
        rf"(?i:{_ROLES}) (?:of|at|to)\b"
    ),
    re.compile(
        rf"(?P<name>{NAME}) \((?:the |a |an )?(?:[\w-]+ ){{0,2}}?(?i:{_ROLES}) (?:of|at|with|for|to)\b"
    ),
    # "the committee elected Ana Silva as its chair": the post with no body after it
    re.compile(
        rf"\b(?:elected|appointed|named) (?P<name>{NAME}) as "
        rf"(?:its |their |the (?:[a-z]+{_APOSTROPHE}s )?)?(?:new )?(?:[\w-]+ )?"
        rf"(?i:{_ROLES})(?![\w-])"
    ),
    # "In Ana Silva's words", "in the words of Ana Silva": her words follow
    re.compile(rf"\b[Ii]n (?P<name>{NAME}){_APOSTROPHE}s? (?:own )?words\b"),
    re.compile(rf"\b[Ii]n the words of (?P<name>{NAME})"),
    # "quoted Ana Silva as saying", "Ana Silva of the Andean Rights Centre said"
    re.compile(rf"\b(?:quoted|quoting|quotes) (?P<name>{NAME}) as (?:saying|having said)\b"),
    # "Ana Silva, a lawyer, was quoted as saying", "Ana Silva was quoted by the agency as saying"
    re.compile(rf"(?P<name>{NAME}),? (?:[^,.;:\"\u201c\n]{{2,80}}, )?(?:was|is|has been) quoted (?:by|as)\b"),
    re.compile(
        rf"(?P<name>{NAME}) (?:of|from|at) (?:the )?{CAP}[^,.;:\"\u201c\n]{{2,60}}? "
        rf"(?:{_SPEECH_AFTER}|called|calls)\b"
    ),
    # "Ana Silva of the Andean Rights Centre: “...”": a quotation's label
    re.compile(
        rf"(?P<name>{NAME}) (?:of|from|at) (?:the )?{CAP}[^,.;:\"\u201c\n]{{2,60}}?:\s*[\"\u201c\u00ab]"
    ),
    # "Ana Silva is the ombudsman", "Ana Silva has been the ombudsman since May": a sentence
    # opening with the name and the post it holds
    re.compile(
        rf"(?:^|(?<=\n)|(?<=[.!?] ))(?P<name>{NAME}) (?:is|has been|had been|became|becomes|remains) "
        rf"(?:the|a|an) (?:[\w-]+ ){{0,2}}?(?i:{_ROLES})\b"
    ),
    # "The Court's Secretary is Ana Silva.", "Its current president is Ana Silva, who ...": the
    # post, then its holder as the complement
    re.compile(
        rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|{_APOSTROPHE}s) (?:(?:current|present|new|first) )?(?i:{_ROLES}) "
        rf"(?:is|was|has been) (?P<name>{NAME})(?=[,.;]|$)"
    ),
    # "Ana Silva was a Brazilian lawyer.", "Ana Silva was born in Recife": a profile's opening
    re.compile(rf"(?:^|(?<=\n)|(?<=\. ))(?P<name>{NAME}) was an? (?:[\w-]+ ){{0,2}}?(?i:{_ROLES})\b"),
    re.compile(rf"(?P<name>{NAME}),? (?:who )?was born (?:in|on)\b"),
    # "Ana Silva, who has died aged 74,", "Ana Silva died on Monday", "Ana Silva obituary": an
    # obituary's subject
    # (not after a comma alone: "known as Brother Number Two, died on Sunday" is a nickname's)
    re.compile(rf"(?P<name>{NAME})(?:, who)? (?:has )?died (?:on|in|at|aged|of|after)\b"),
    re.compile(rf"(?:^|(?<=\n))(?P<name>{NAME}),? (?:[Oo]bituary|[Aa]n [Aa]ppreciation)[ \t]*(?=\n|$)"),
    # "Ana Silva was the first president of the Court", "Ana Silva was elected to the Committee",
    # "Ana Silva succeeded Tomas Lind as president": careers as profiles and obituaries tell them
    re.compile(
        rf"(?P<name>{NAME}) (?:is|was) (?:the|a|an) (?:first |last |founding )?(?i:{_ROLES}) "
        rf"of (?:the )?(?:[a-z]+ )?{CAP}"
    ),
    re.compile(
        rf"(?P<name>{NAME}) (?:is|was|has been|had been) (?:re-?elected|elected|appointed) to the {CAP}"
    ),
    re.compile(rf"(?P<name>{NAME}),? (?:who )?succeeded {NAME} as\b"),
    re.compile(rf"\bsucceeded (?P<name>{NAME}) as (?:the )?(?:[\w-]+ )?(?i:{_ROLES})\b"),
    # "She succeeds Ana Silva of Peru, elected in 2018": a predecessor in a post
    re.compile(
        rf"\b(?:[Ss]he|[Hh]e) (?:succeeds|succeeded|replaces|replaced) (?P<name>{NAME})(?=[,.;]| of {CAP})"
    ),
]


# "Ana Silva: ..." (or "**Ana Silva:**") opening lines of an interview or a transcript
# A debate's speakers carry their party or state: "Ana Silva (Greens): ..."
_LABEL_NAME = re.compile(
    rf"^(?:\*\*|__)?(?P<name>{NAME})(?: \([^()\n]{{1,40}}\))?(?:\*\*|__)?:(?:\*\*|__)?[ \t]+\S", re.M
)


# "Bachelet told reporters", "said Lopes": a surname alone next to a speech verb
_SURNAME_SPEAKS = re.compile(
    rf"(?<![\w'\u2019.-])(?P<sur>{WORD})(?:,? (?:{_SPEECH_AFTER}|replied|explained|continued|added)\b)"
    rf"|\b(?:{_SPEECH_BEFORE}|replied) (?P<sur2>{WORD})(?=[,.;:])"
)


def _named_earlier(text: str, stop: int) -> Iterator[Span]:
    """The full name a speaker given by surname alone was introduced by, with no cue of its
    own ("Michelle Bachelet visited the camp. ... Bachelet told reporters"): the one name of
    two words or more before it that ends in that surname."""
    for m in _SURNAME_SPEAKS.finditer(text, 0, stop):
        surname = m.group("sur") or m.group("sur2")
        if len(surname) < 3 or surname.isupper():
            continue
        full = [
            n
            for n in re.finditer(rf"{NAME}", text[: m.start()])
            if n.group(0).split()[-1] == surname and len(n.group(0).split()) >= 2
        ]
        if full and len({n.group(0) for n in full}) == 1:
            yield Span(full[0].start(), full[0].end(), "person", TG.Person)


# "Ana Silva chairs the commission. ... Silva: We never ...": a surname (with a title or not, in
# capitals or not) opening lines of an interview
_SURNAME_LABEL = re.compile(
    rf"^(?:\*\*|__)?(?:(?i:{TITLE})\.?\s+)?(?P<sur>{WORD})(?:\*\*|__)?:(?:\*\*|__)?[ \t]+\S", re.M
)


def _introduced_before_labels(text: str, stop: int) -> Iterator[Span]:
    """The full name an interviewee was introduced by, with no cue of its own, where her surname
    labels two or more lines after it, as an interview's turns do: the one name of two words or
    more before the first such line that ends in that surname."""
    labels = list(_SURNAME_LABEL.finditer(text, 0, stop))
    for surname in {m.group("sur").casefold() for m in labels}:
        turns = [m for m in labels if m.group("sur").casefold() == surname]
        if len(turns) < 2 or len(surname) < 3 or surname.upper() in _LABEL_WORDS:
            continue
        full = [
            n
            for n in re.finditer(NAME, text[: turns[0].start()])
            if n.group(0).split()[-1].casefold() == surname and len(n.group(0).split()) >= 2
        ]
        if full and len({n.group(0) for n in full}) == 1:
            yield Span(full[0].start(), full[0].end(), "person", TG.Person)


# "Judges Ana Silva, Tomas Lind and Eva Berg": a plural title before a list of names
_PLURAL_TITLE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_PLURAL_TITLES))})\s+(?=[A-Z])")


_NEXT_IN_LIST = re.compile(r"(?:,\s+|,?\s+and\s+)(?=[A-Z])")


def _listed_after_title(text: str, stop: int) -> Iterator[Span]:
    """The names listed after a plural title, each a person."""
    for t in _PLURAL_TITLE.finditer(text, 0, stop):
        pos = t.end()
        while (name := re.compile(NAME).match(text, pos, stop)) is not None:
            yield Span(name.start(), name.end(), "person", TG.Person)
            joint = _NEXT_IN_LIST.match(text, name.end(), stop)
            if joint is None:
                break
            pos = joint.end()


# A bench as judgments and court releases list it: "composed of Justice A, President, Justice B,
# Vice-President, and Justices C and D", "delivered by Judges A, President; B; C and D".
_BENCH_CUE = re.compile(
    r"(?<![\w-])(?:(?:composed|made\s+up|consist(?:s|ed|ing))\s+of|composed\s+as\s+follows|comprised|comprising|"
    r"(?:delivered|signed|given|rendered)\s+by):?\s+(?=[A-Z])"
)
_BENCH_TITLE = re.compile(r"(?:Judges?|Justices?)\s+(?=[A-Z])")
_BENCH_STATE = re.compile(r" \((?:the )?[A-Z][^()\n]{1,40}\)")
_BENCH_OFFICE = re.compile(r",\s+(?P<office>President|Vice[- ]President|presiding)(?=\s*(?:[,;.]|and\s|$))")
_BENCH_JOINT = re.compile(r"(?:[,;]\s+(?:and\s+)?|,?\s+and\s+)(?=[A-Z])")


def bench_list(text: str, start: int, stop: int) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, office or None) of each judge a bench listing between ``start`` and ``stop``
    names: the list after "Judges"/"Justices" or after "composed of", "delivered by" when its
    names carry judges' titles or bench offices ("A, President; B, Vice-President"). A list with
    neither ("composed of Ana Silva and Tomas Lind") is no bench."""
    name_re = re.compile(NAME)
    seen: set[int] = set()
    starts = [(cue.end(), False) for cue in _BENCH_CUE.finditer(text, start, stop)]
    starts += [(t.start(), True) for t in _PLURAL_BENCH.finditer(text, start, stop)]
    for pos, titled in starts:
        for item in _bench_items(text, pos, stop, name_re, titled=titled):
            if item[0] not in seen:
                seen.add(item[0])
                yield item


_PLURAL_BENCH = re.compile(r"(?<![\w-])(?:Judges|Justices)\s+(?=[A-Z])")


def _bench_items(
    text: str, pos: int, stop: int, name_re: re.Pattern[str], *, titled: bool
) -> Iterator[tuple[int, int, str | None]]:
    items: list[tuple[int, int, str | None]] = []
    while True:
        title = _BENCH_TITLE.match(text, pos, stop)
        titled = titled or title is not None
        name = name_re.match(text, title.end() if title else pos, stop)
        if name is None:
            break
        state = _BENCH_STATE.match(text, name.end(), stop)  # "Ana Silva (Sweden), President"
        after = state.end() if state else name.end()
        office = _BENCH_OFFICE.match(text, after, stop)
        items.append((name.start(), name.end(), office.group("office") if office else None))
        joint = _BENCH_JOINT.match(text, office.end() if office else after, stop)
        if joint is None:
            break
        pos = joint.end()
    if len(items) >= 2 and (titled or any(office for _, _, office in items)):
        yield from items


# "Four judges for the Court: A of Costa Rica, B of Argentina and C": holders of a plural post
# listed after a colon, each with the state they come from or none
_HOLDERS_LEAD = re.compile(
    r"(?<![\w-])(?i:judges|members|commissioners|justices)\s+(?:for|of|to|on)\s+the\s+"
    r"[A-Z][^:\n.;]{2,80}?:\s+(?=[A-Z])"
)
_HOLDER_FROM = re.compile(rf"\s+(?:of|from)\s+(?:the\s+)?{WORD}(?:\s+{WORD}){{0,2}}")


def _listed_holders(text: str, stop: int) -> Iterator[Span]:
    """The names listed after a plural post and a colon, each a person, where two or more are."""
    name_re = re.compile(NAME)
    for lead in _HOLDERS_LEAD.finditer(text, 0, stop):
        names: list[Span] = []
        pos = lead.end()
        while (name := name_re.match(text, pos, stop)) is not None:
            names.append(Span(name.start(), name.end(), "person", TG.Person))
            origin = _HOLDER_FROM.match(text, name.end(), stop)
            joint = _NEXT_IN_LIST.match(text, origin.end() if origin else name.end(), stop)
            if joint is None:
                break
            pos = joint.end()
        if len(names) >= 2:
            yield from names


# "Thomas Buergenthal leaves the World Court ...": a full name opening a paragraph as the subject
# of its verb, as a profile opens on the person it is about
_OPENING_NAME = re.compile(
    rf"(?:^|(?<=\n))(?P<name>{NAME}) (?=(?:has|had|was|is|will|leaves|left|died|became|becomes|"
    rf"returns|took|takes|joined|[a-z]{{3,}}ed)\b)"
)


def _profile_subject(text: str, stop: int) -> Iterator[Span]:
    """A name opening a paragraph whose first or last word the text uses again on its own
    ("... nominated Buergenthal instead", "chose Zeid as"), as it does for the person a profile
    is about."""
    for m in _OPENING_NAME.finditer(text, 0, stop):
        words = m.group("name").split()
        first = re.compile(rf"(?<![\w'-]){re.escape(words[0])}(?! {re.escape(words[1])})(?![\w'-])")
        last = re.compile(rf"(?<!{re.escape(words[-2])} )(?<![\w'-]){re.escape(words[-1])}(?![\w'-])")
        if first.search(text, m.end("name")) or last.search(text, m.end("name")):
            yield Span(m.start("name"), m.end("name"), "person", TG.Person)


# "Ana Silva criticised the decree. “...,” she said.": a name opening a sentence (or following a
# dateline's dash) as the subject of its verb, which the next sentence takes up as "he" or "she";
# a body or a state would be "it"
# ("Ana Silva, who follows the court for a coalition, called it a victory.": the subject's name
# before a relative clause or an apposition; "A community organiser, Ana Silva, was blunter.": the
# name apposed to the description the sentence opens with)
_OPENS = r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"\u201d] )|(?<= [-\u2013\u2014] ))"
_SUBJECT_VERB = r"(?=(?:has|had|was|is|will|would|could|[a-z]{3,}(?:ed|es))\b)"
_SUBJECT_NAME = re.compile(
    rf"{_OPENS}(?P<name>{NAME})(?:, (?:who|an?|the) [a-z][^,.;:\"\u201c\u201d\n]{{2,90}},)? {_SUBJECT_VERB}"
)
_APPOSED_SUBJECT = re.compile(
    rf"{_OPENS}(?:An?|The|Her|His|Their|One) [a-z][\w'\u2019-]*(?: [a-z][\w'\u2019-]*){{0,3}}, "
    rf"(?P<name>{NAME}), {_SUBJECT_VERB}"
)
_SENTENCE_END = re.compile(r"[.!?](?=[\"\u201d\u2019']?(?:\s|$))")
_TAKEN_UP = re.compile(
    r"(?:^|(?<=[.!?\n] )|(?<=[,\u201d\"] ))(?:[Hh]e|[Ss]he) (?:\w+ )?"
    r"(?:said|says|added|adds|told|tells|explained|explains|warned|warns|argued|argues|insisted|"
    r"insists|noted|notes|recalled|recalls|replied|replies|is|was|has|had)\b"
)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]*[\"\u201d]")


def _taken_up_as_he_or_she(text: str, stop: int) -> Iterator[Span]:
    """A sentence's subject that the sentence after it calls "he" or "she", naming no one else
    before the pronoun (words inside quotation marks aside)."""
    for m in (*_SUBJECT_NAME.finditer(text, 0, stop), *_APPOSED_SUBJECT.finditer(text, 0, stop)):
        end = _SENTENCE_END.search(text, m.end(), stop)
        if end is None or "\n" in text[m.end() : end.start()]:
            continue
        following = _SENTENCE_END.search(text, end.end() + 1, stop)
        pronoun = _TAKEN_UP.search(text, end.end(), following.end() if following else stop)
        if pronoun is None:
            continue
        between = _QUOTED.sub(lambda q: " " * len(q.group(0)), text[end.end() : pronoun.start()])
        if "\n\n" in between or re.search(NAME, between):
            continue  # "Ana Silva left. Tomas Lind stayed; he said ..."
        yield Span(m.start("name"), m.end("name"), "person", TG.Person)


def find_people(text: str, stop: int) -> Iterator[Span]:
    """Candidate personal names (before ``person_name`` trims them), in pattern order.

    A name labelling lines is a speaker's only where it labels two or more, as the turns of
    an interview do, or answers the question on the line before; a lone "Press Office: ..."
    line is no one's name."""
    for pattern in _PERSON_PATTERNS:
        for m in pattern.finditer(text, 0, stop):
            yield Span(m.start("name"), m.end("name"), "person", TG.Person)
    yield from _named_earlier(text, stop)
    yield from _introduced_before_labels(text, stop)
    yield from _listed_speakers(text, stop)
    yield from _listed_after_title(text, stop)
    yield from _listed_holders(text, stop)
    yield from _profile_subject(text, stop)
    yield from _taken_up_as_he_or_she(text, stop)
    for name_start, name_end, _ in bench_list(text, 0, stop):
        yield Span(name_start, name_end, "person", TG.Person)
    labels = list(_LABEL_NAME.finditer(text, 0, stop))
    for m in labels:
        if re.fullmatch(rf"(?i:{TITLE})\.?\s+\S+", m.group("name")):
            continue  # "CHAIR OKONKWO:", "Minister Diallo:": a title and the surname of someone named before
        quoted = text[m.end() - 1] in '"\u201c'  # Ana Silva: “...”
        asked = text[: m.start()].rstrip().endswith("?")  # the answer to an interviewer's question
        if quoted or asked or sum(1 for o in labels if o.group("name") == m.group("name")) >= 2:
            yield Span(m.start("name"), m.end("name"), "person", TG.Person)


# "HÉLÈNE AUDET, Executive Director, ...": a transcript's list of participants, names in capitals
_CAPITALS_NAME_LINE = re.compile(
    r"(?m)^(?:(?:DR|PROF|MR|MS|MRS)\.?\s+)?(?P<name>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+"
    r"(?:\s[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+){1,3}),\s+[A-Z][a-z]"
)


# Words that label a line without naming anyone
_LABEL_WORDS = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "NOTE",
        "CORRECTION",
        "QUESTION",
        "ANSWER",
        "HOST",
        "MODERATOR",
        "EDITOR",
        "SOURCE",
        "CONTACT",
        "CONTACTS",
        "REPORTER",
        "PRESENTER",
        "ANCHOR",
        "INTERVIEWER",
        "AUDIENCE",
        "CHAIR",
        "SPEAKER",
        "CLERK",
        "NEWS",
    }
)


def _listed_speakers(text: str, stop: int) -> Iterator[Span]:
    """Names in capitals opening the lines of a participants' list, each a speaker only where a
    later line is labelled with the surname ("MS. AUDET:", "AUDET:"): a headline in capitals
    ("ZIMBABWE ABOLISHES THE DEATH PENALTY, Rights Groups Say") labels nothing."""
    for m in _CAPITALS_NAME_LINE.finditer(text, 0, stop):
        surname = m.group("name").split()[-1]
        if surname in _LABEL_WORDS:
            continue  # "... UPDATE," is no one's surname though "UPDATE:" opens a line
        if re.search(rf"(?m)^(?:\S+[ \t]+){{0,3}}{re.escape(surname)}:", text[m.end() : stop]):
            yield Span(m.start("name"), m.end("name"), "person", TG.Person)


# ---------------------------------------------------------------------------- bodies

_ORG_HEADS = sections("org_heads")
_HEAD_CLASS = {head: cls for cls, heads in _ORG_HEADS.items() if cls for head in heads}
# "Children's Rights Network", "Women's Aid": a group of people in the possessive opens many names
_GROUP_POSSESSIVE = (
    rf"(?:Children|Women|Men|People|Peoples|Workers|Lawyers|Mothers|Journalists|Veterans|Prisoners)"
    rf"{_APOSTROPHE}s?"
)
_ORG_WORD = rf"(?:{_GROUP_POSSESSIVE}|{WORD}|[A-Z]{{2,}})"


def is_body_head(word: str) -> bool:
    """Whether ``word`` is a word of bodies' head nouns ("Assembly", "Commission"): alone, it
    refers back to a body named before rather than naming one."""
    return word in _HEAD_CLASS or word in _head_words()


# "with", "to", "from" and "by" continue a name only before a bare word ("Rights of Persons with
# Disabilities"); before "the" they start a phrase of the sentence ("the Committee against
# Torture with the Secretary-General").
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# a day or a month after "on"/"in" dates the sentence ("said Amnesty International on Monday"):
# no name goes on into it
_NAME_WORD = rf"(?!(?:{_MONTHS})\b){_ORG_WORD}"
# ("Against" as title case writes it; "in Kenya" closing a name its abbreviation follows: "the
# Coalition Against Torture in Kenya (CATK)")
_TAIL = (
    rf"(?: (?:of|for|on|against|Against|to)(?: the)? {_NAME_WORD}"
    rf"(?:(?: (?:of|for|on|and|the|against|Against|(?:with|to|from|by)(?! the\b)))* {_NAME_WORD})*"
    rf"(?: in(?: the)? {_NAME_WORD}(?= \([A-Z]{{2,}}\)))?)?"
)
# "the Truth and Reconciliation Commission", "the Human Rights and Equality Commission": after
# "the", two coordinated capitalised phrases may share one head
# "the Peace and Security Council", "the Union's Peace and Security Council": words joined by
# "and" open a body's name after an article or a possessor
_COORDINATED = rf"(?:(?:(?<=[Tt]he )|(?<='s )|(?<=\u2019s ))(?:{_ORG_WORD} ){{1,3}}and )?"
# "Women's Aid Alliance Scotland": a country or region after the head, closing the name
_PLACE_AFTER = rf" (?P<place>{WORD})(?=[,.;:)]| (?:who|which|said|says|told|has|had|is|was)\b)"
_BODY = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_COORDINATED}(?:(?:{_ORG_WORD}|\d{{4}}) )*"
    rf"(?P<head>{alternation(list(_HEAD_CLASS))})(?:{_PLACE_AFTER}|{_TAIL}))(?![\w-])"
)
_CUES = {
    name: re.compile(rf"\b(?:{alternation(words)})\b", re.I)
    for name, words in sections("cues").items()
    if name
}


# A mission or an administration is named after the territory it is sent to: "the United
# Nations Transitional Administration in East Timor", "the Interim Administration Mission in Kosovo"
_POSTED = frozenset({"Administration", "Mission"})
_POSTED_IN = re.compile(rf" in(?: the)? {WORD}(?: {WORD}){{0,2}}(?![\w-])")


def find_bodies(text: str, stop: int) -> Iterator[Span]:
    """Names built on an organisation's head noun, with at least one other word.

    The class comes from the head (``body_class`` refines it from context)."""
    pos = 0
    while (m := _BODY.search(text, pos, stop)) is not None:
        name = m.group("name")
        end = _first_of_two(text, m.start("name"), m.end("name"), _BODY_NEXT)
        # "the Law and Society Institute": words before "and" with no head noun are no body
        if end != m.end("name") and not _HAS_HEAD.search(text, m.start("name"), end):
            end = m.end("name")
        # "the Ministry of Justice and the Ministry of Finance": the second is read on its own
        pos = m.end() if end == m.end("name") else _BODY_NEXT.match(text, end).end()  # type: ignore[union-attr]
        if name == m.group("head"):
            continue  # "Committee" alone is a reference back, not a name
        place = m.group("place")
        if place and not _place_closes(place, name):
            end = min(end, m.start("place") - 1)
        posted = _POSTED_IN.match(text, end, stop) if m.group("head") in _POSTED else None
        if posted is not None and end == m.end("name"):
            end = posted.end()  # "the United Nations Mission of Support in East Timor"
            pos = max(pos, end)
        back = _BACK_REFERENCE.search(text, m.start("name"), end)
        if back is not None and back.end() == end and len(text[m.start("name") : back.start()].split()) >= 2:
            end = back.start()  # "the Department of European Cooperation of the Ministry"
        cls = _HEAD_CLASS[m.group("head")]
        yield Span(m.start("name"), end, "org", TG[cls] if cls != "Body" else "", m.group("head"))


_HAS_HEAD = re.compile(rf"(?<![\w-])(?:{alternation(list(_HEAD_CLASS))})(?![\w-])")


# "of the Ministry" closing a body's name: the parent body named before, referred back to by its
# head noun alone, and no part of the name
_BACK_REFERENCE = re.compile(rf" of the (?:{alternation(list(_HEAD_CLASS))})")


def _place_closes(word: str, name: str) -> bool:
    """Whether a capitalised word after a body's head closes its name as the place the body
    works in ("Alliance Scotland"), rather than being a title, a day or another head noun
    ("the Commission President", "the Council Monday"); only after a name of two words or more."""
    return (
        len(name.split()) >= 3
        and word not in _title_words()
        and word not in _head_words()
        and word not in _LEADING_ONLY
        and word not in _NEVER
        and word not in demonyms()
    )


def _first_of_two(text: str, start: int, end: int, second: re.Pattern[str]) -> int:
    """Where the first of two coordinated names ends: "the Committee against Torture and the
    Committee on ..." and "the Convention against Torture and to the Convention on ..." are two."""
    m = second.search(text, start, end)
    return m.start() if m is not None else end


# "Hungary's parliament" (the span starts at the possessive; the state is the mention before it),
# "the Saeima voted": a legislature by its own one-word name, acting as one
_STATE_LEGISLATURE = re.compile(
    r"['\u2019]s (?P<head>[Pp]arliament|Congress|Senate|National Assembly|[Ll]egislature|"
    r"House of Representatives|Chamber of Deputies|House of Commons|Legislative Assembly|"
    r"National Council|Federal Assembly|Grand National Assembly)(?![\w-])"
)
# "the Saeima voted", "Poland's Sejm voted", "Ukraine's Verkhovna Rada approved"
# A legislature's name may close on the polity it represents ("the Assembly of the Republic", "the
# Congress of the Nation"), and a name never opens inside another ("of the Republic" is no name).
OF_THE_POLITY = r" of the (?:Republic|Nation|Kingdom)"
# (a chamber's head only: "ratified by the President of the Republic" names an office)
_TITLED = rf"(?:National )?(?:Assembly|Congress|Parliament|Chamber){OF_THE_POLITY}"
_NAMED_LEGISLATURE = re.compile(
    rf"(?:(?<!\bof )\b[Tt]he (?P<name>{_TITLED}|{CAP}{LETTER}+(?: {CAP}{LETTER}+)?)"
    rf"|['\u2019]s (?P<owned>{CAP}{LETTER}+(?: {CAP}{LETTER}+)?)),? "
    # "the Verkhovna Rada voted", "the Sejm, voted" (an apposition), "the Dáil on Wednesday approved"
    # "the Sejm on 6 February 2015 voted", "the Knesset on March 3, 1991 approved"
    r"(?:(?:had|has|have) (?:already |now |finally )?|then |also |(?:today|yesterday|unanimously|"
    r"on (?:\d{1,2} \w+|\w+(?: \d{1,2})?)(?:,? \d{4})?,?) )?"
    r"(?:voted|ratified|approved|passed|adopted|rejected|endorsed|backed|authori[sz]ed|consented|"
    # "the Storting gave its consent", "the Knesset approves" (a chronology's present tense)
    r"(?:gave|gives|given) (?:its|their) (?:consent|approval|assent|backing)|votes|approves|passes|adopts)\b"
    # "was approved by the Saeima", "passed by the Sejm on 3 May"
    rf"|\b(?:approved|ratified|passed|adopted|rejected|endorsed) by the "
    rf"(?P<by>{_TITLED}|{CAP}{LETTER}+)\b(?! of\b)"
)


# "the Italian Chamber of Deputies", "the Polish parliament": a chamber qualified by the adjective
# of its state
_DEMONYM_LEGISLATURE = re.compile(
    rf"(?<![\w'\u2019-])(?P<demonym>{CAP}{LETTER}+) (?P<head>[Pp]arliament|Congress|Senate|"
    r"National Assembly|[Ll]egislature|House of Representatives|Chamber of Deputies|House of Commons|"
    r"Legislative Assembly|National Council|Federal Assembly)(?![\w-])(?! of\b)"
)


def find_legislatures(text: str, stop: int) -> Iterator[Span]:
    """Spans naming a state's legislature: kind "org" for a head noun after a possessive (the
    span opens at the possessive, where the state's name ends), kind "demonym" for one after the
    adjective of its state (the span opens at the adjective), kind "name" for a legislature's
    own name."""
    for m in _STATE_LEGISLATURE.finditer(text, 0, stop):
        yield Span(m.start(), m.end(), "org", TG.NationalBody, m.group("head"))
    for m in _DEMONYM_LEGISLATURE.finditer(text, 0, stop):
        if m.group("demonym") in demonyms():
            yield Span(m.start(), m.end(), "demonym", TG.NationalBody, m.group("head"))
    for m in _NAMED_LEGISLATURE.finditer(text, 0, stop):
        group = "name" if m.group("name") else "owned" if m.group("owned") else "by"
        yield Span(m.start(group), m.end(group), "name", TG.NationalBody)


def body_class(span: Span, name: str, contexts: list[str], state_words: frozenset[str]) -> str:
    """The class of a body from its head noun and the sentences that name it.

    Committees, commissions and groups of experts that monitor something are monitoring
    bodies; a body named with a nationality or "National" is a state's own body."""
    if span.cls and span.cls not in (TG.Organization,):
        return span.cls
    words = set(name.split())
    national = bool(
        words & (state_words | national_demonyms() | {"National", "Parliamentary", "Presidential", "State"})
    )
    if span.head and not span.cls:
        if "Experts" in words or any(_CUES["monitoring"].search(c) for c in contexts):
            return TG.MonitoringBody
        return TG.NationalBody if national else TG.Organization
    if any(_CUES["ngo"].search(c) for c in contexts):
        return TG.NGO
    return TG.NationalBody if national else TG.Organization


def has_cue(kind: str, text: str) -> bool:
    return bool(_CUES[kind].search(text))


# ---------------------------------------------------------------------------- treaties

_TREATY_HEADS = sections("treaty_heads")
_TREATY_CLASS = {h: cls for cls, heads in _TREATY_HEADS.items() if cls for h in heads}
# A regional title ends with its region: "... Internally Displaced Persons in Africa"
_REGION = (
    r"(?: in (?:Africa|Europe|Asia|the Americas|Latin America and the Caribbean|Latin America|"
    r"the Caribbean|the Pacific|the Arab Region|the Mediterranean))?"
)
_TREATY = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>(?:(?:{_ORG_WORD}|\d{{4}}|No\. \d+) )*"
    rf"(?P<head>{alternation(list(_TREATY_CLASS))})"
    rf"(?: No\. \d+)?"
    # (a title may be written in title case: "Convention Against Trafficking in Persons")
    rf"(?: (?i:of|on|for|against|to|relating to|concerning)(?: (?i:the))? {_ORG_WORD}"
    rf"(?:(?: (?:of|for|on|and|the|against|with|to|or|from|in|in relation to|in respect of|with regard to|"
    rf"Of|For|On|And|The|Against|With|To|In))*"
    rf" {_ORG_WORD})*"
    rf"{_REGION})?)(?![\w-])"
)


# "the Council of States and the National Council": a second name after "and the" may open with
# a word of its own ("and Cultural Organization" without "the" stays inside one name)
_DATE_AFTER_HEAD = re.compile(rf" (?:on|of|in|for|to)(?: the)? (?:{_MONTHS})\b")
_BODY_NEXT = re.compile(
    rf" (?:and|or)(?: to| by| with)?(?: the)? (?={alternation(list(_HEAD_CLASS))}\b)"
    rf"| (?:and|or)(?: to| by| with)? the (?=[A-Z][\w-]+ (?:{alternation(list(_HEAD_CLASS))})\b)"
)
_TREATY_NEXT = re.compile(
    rf" (?:and|or)(?: to| of| under)?(?: the)? (?=(?:\w+ ){{0,3}}(?:{alternation(list(_TREATY_CLASS))})\b)"
)


_PLURAL_QUALIFIERS = frozenset(entries("treaty_qualifiers"))


def _generic_plural(m: re.Match[str]) -> bool:
    """ "Their Additional Protocols", "the two Optional Protocols": a plural head with no word
    before it but qualifiers, and nothing after it, names a class of instruments, not one."""
    head = m.group("head")
    if not head.endswith("s") or head[:-1] not in _TREATY_CLASS or m.end("name") != m.end("head"):
        return False
    words = m.group("name")[: m.start("head") - m.start("name")].split()
    return all(w in _PLURAL_QUALIFIERS for w in words)


def find_treaties(text: str, stop: int) -> Iterator[Span]:
    """Titles built on a treaty's head noun, with at least one other word: "Rome Statute of
    the International Criminal Court", "1951 Refugee Convention", "Optional Protocol to ..."."""
    for m in _TREATY.finditer(text, 0, stop):
        if m.group("name") == m.group("head") or _generic_plural(m):
            continue
        cls = TG.Protocol if _TREATY_CLASS[m.group("head")] == "Protocol" else TG.Treaty
        end = _first_of_two(text, m.start("head"), m.end("name"), _TREATY_NEXT)
        dated = _DATE_AFTER_HEAD.search(text, m.end("head"), end)
        if dated is not None:  # "ratified the American Convention on April 8, 1970": a date, no title
            end = dated.start()
            if end == m.end("head") and text[m.start("name") : end] == m.group("head"):
                continue
        yield Span(m.start("name"), end, "treaty", cls, m.group("head"))


# ---------------------------------------------------------------------------- places

_PLACE_NAME = rf"(?P<name>(?:The )?{WORD}(?: {WORD}){{0,2}})"
_PLACES = [
    # "talks in Geneva", "detained near Kharkiv"
    re.compile(rf"(?<![\w-])(?:in|at|near|outside|around|from) {_PLACE_NAME}(?![\w'\u2019-])"),
    # a dateline: "GENEVA, 1 July 2021 -", "Accra, 3 March (Reuters) -"
    re.compile(
        rf"(?:^|(?<=\n))(?P<name>{CAP}(?:{LETTER}|['\u2019 .-]){{1,30}}?)(?:,| \()"
        r"[^\n]{0,40}?\d[^\n]{0,30}?\s[–—-]\s",
        re.M,
    ),
]


def find_places(text: str, stop: int) -> Iterator[Span]:
    """Places after a locative and in a dateline; the caller drops names that are known or
    that are not names (months, nationalities)."""
    for pattern in _PLACES:
        for m in pattern.finditer(text, 0, stop):
            yield Span(m.start("name"), m.end("name"), "place", TG.Place)
