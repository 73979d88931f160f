"""Entity mentions: which entity each span of a document names, with offsets.

Registry labels and aliases match first, longest first, at word boundaries, straight and curly
apostrophes alike; abbreviations match case-sensitively, multi-word names in any case. Hidden
aliases name an entity only in context: "Moscow" is Russia when it acts and a city after "in";
"the convention" is the treaty named most recently. An abbreviation defined in the document
("European Court of Human Rights (ECHR)") means that entity throughout the document, whatever
the registry says. Entities the registry does not know are recognised by the company they keep
(a title before a name, "according to" before an outlet, a keyword ending an organisation's
name) and keyed by ``Minter.entity``. Every mention is a span of the text: nothing is inferred
from outside it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import pyoxigraph as ox

from loaders.documents import Document
from loaders.facts import Ref
from loaders.iris import Minter
from loaders.lexicon import entries, sections
from loaders.registry import Entry, Registry
from loaders.states import state_key
from loaders.unlisted import (
    OF_THE_POLITY,
    WORD,
    body_class,
    demonyms,
    find_bodies,
    find_legislatures,
    find_people,
    find_places,
    find_treaties,
    has_cue,
    is_body_head,
    is_name_word,
    person_name,
)
from loaders.vocabulary import ORG, RDF, SCHEMA, TG

__all__ = ["Mention", "content_end", "find_mentions", "normalise_quotes", "own_legislature_state"]

# The legislatures whose own names no other state's chamber bears (the lexicon), longest first so
# that "German Bundestag" is read whole
_OWN_LEGISLATURE_NAMES = re.compile(
    r"(?<![\w'\u2019-])(?:"
    + "|".join(
        re.escape(n)
        for n in sorted({n for ns in sections("legislatures").values() for n in ns}, key=len, reverse=True)
    )
    + r")(?![\w-])"
)
_OWN_LEGISLATURE_STATES = {n: code for code, names in sections("legislatures").items() for n in names}
_OWN_LEGISLATURE_CODES = {n.lower(): code for n, code in _OWN_LEGISLATURE_STATES.items()}


def own_legislature_state(name: str) -> str | None:
    """The alpha-3 code of the state whose chamber a name is, where the name is one no other
    state's chamber bears ("the Knesset", "Storting")."""
    return _OWN_LEGISLATURE_CODES.get(re.sub(r"^the\s+", "", name.strip().lower()))


# "the protocol to the ", "a new protocol of the ": a protocol in lower case, named by its treaty
_LOWER_CASE_PROTOCOL_TO = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?:new|optional|additional)\s+)?(?P<protocol>protocol)\s+"
    r"(?:to|of)\s+(?:the\s+)?(?:[A-Z]{2,5}\s+)?$"  # "the protocol to the ILO Forced Labour Convention"
)
# Words of time that open a sentence before a name, capitalised as its first word would be
_TIME_WORDS_BEFORE_NAME = re.compile(
    r"(?:Today|Yesterday|Tonight|Tomorrow|Now|Meanwhile|(?:(?:On|Last|This|Next)\s+)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Last|This|Next)\s+(?:week|month|year))\s+(?=[A-Z])"
)
# "Second Optional Protocol to the ", then the name of the treaty it supplements
_PROTOCOL_TO_PARENT = re.compile(
    r"(?P<head>(?:[A-Z][\w-]*\s+){0,2}Protocol(?:\s+No\.\s*\d+)?\s+to\s+)(?:the\s+)?(?P<parent>.+)$"
)


@dataclass(frozen=True)
class Mention:
    """A span naming an entity. ``known`` is true for registry entities."""

    key: str
    cls: str
    label: str
    start: int
    end: int
    text: str
    known: bool
    via: str  # label | alias | hidden | abbreviation | surname | pattern


def normalise_quotes(text: str) -> str:
    """Curly apostrophes as straight ones; same length, so offsets carry over."""
    return text.replace("\u2019", "'").replace("\u2018", "'")


_COMMENTS = re.compile(r"^\s*\d+ Comments?\s*$|^\s*Comments\s*$", re.MULTILINE)


def content_end(text: str) -> int:
    """Where the article ends and reader comments begin (the end of the text if none)."""
    m = _COMMENTS.search(text)
    return m.start() if m else len(text)


# ------------------------------------------------------------------------ registry matching


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    entry: Entry
    via: str


@functools.cache
def _surface_pattern(surface: str) -> re.Pattern[str]:
    surface = normalise_quotes(surface)
    words = surface.split()
    body = r"\s+".join(re.escape(w) for w in words)
    bounds = r"(?<![\w-])(?:{})(?![\w-])"
    if len(words) >= 2 and words[0] not in ("the", "this"):
        return re.compile(bounds.format(body), re.IGNORECASE)  # a name: any capitalisation
    if surface[0].islower():  # "the convention" also opens a sentence as "The convention"
        body = f"[{surface[0]}{surface[0].upper()}]" + body[1:]
    return re.compile(bounds.format(body))


# A place name opening an instrument's name ("the Paris Agreement", "the Vienna Convention")
# names the instrument, not the place or the state whose capital it is.
_INSTRUMENT_AFTER = re.compile(
    r"\s+(?:Convention|Charter|Treaty|Protocol|Agreements?|Accords?|Statute|Declaration|Pact|Final Act|"
    r"Principles|Rules|Document|Process|Conference|Summit|Format)\b"
)
# A seat of government before a noun it only locates: "the Brussels office", "the Geneva talks"
_CITY_OR_BASE = re.compile(r"(?:\s+City\b|(?:\s+City)?-based\b)")
_COMPASS_BEFORE = re.compile(r"\b(?:Northern|Southern|Eastern|Western|Upper|Lower)\s+$")


def _inside_place_name(text: str, start: int, end: int) -> bool:
    """Whether a state's name at ``start:end`` is part of another place's name ("Mexico City",
    "Northern Ireland") or only says where something is ("the Kenya-based group")."""
    return bool(_CITY_OR_BASE.match(text, end) or _COMPASS_BEFORE.search(text, max(0, start - 12), start))


_PLACE_MODIFIES = re.compile(
    r"\s+(?:office|offices|bureau|branch|headquarters|embassy|mission|summit|conference|talks|"
    r"meeting|process|airport|university|suburbs?|region|area|district|correspondent|newsroom|desk)\b"
)
# A name that also names a person or a firm, next to another capitalised word, is part of that
# longer name: "Michael Jordan", "Chad Smith", "EU Global News".
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-Z][\w'-]* $")
_CAPITALISED_AFTER = re.compile(r" [A-Z][\w'-]*")
# "the Peace and Security Council", "the Trade and Development Board": a capitalised word and
# "and" before a body's alias make it the end of a longer name, unless that word is a name's
# head noun ("the General Assembly and Security Council" names two bodies)
_JOINED_NAME_BEFORE = re.compile(
    r"(?:(?<!\bof\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bagainst\s)\bthe\s+|['\u2019]s\s+)(?!(?:Assembly|Council|Committee|Commission|Court|Union|Organi[sz]ation|"
    r"Office|Board|Conference|Secretariat|Parliament|Nations)\b)[A-Z][a-z]+ and $"
)
# "the ILO's convention on decent work": a possessor before a name does not lengthen it
_POSSESSOR_BEFORE = re.compile(r"'s? $")


def _words(text: str) -> frozenset[str]:
    """The runs of word characters in ``text``, in lower case. A surface matches only where the
    text has each of its runs, so a surface with a run the text lacks need not be scanned for."""
    return frozenset(re.findall(r"\w+", text.lower()))


@functools.cache
def _surface_words(surface: str) -> frozenset[str]:
    return _words(surface)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _registry_candidates(text: str, registry: Registry, stop: int) -> list[_Candidate]:
    found: list[_Candidate] = []
    words = _words(text[:stop])
    makers = _organisation_acronyms(registry)
    for entry in registry.entries.values():
        surfaces = [(entry.label, "label")]
        surfaces += [(a, "alias") for a in entry.aliases]
        surfaces += [(h, "hidden") for h in entry.hidden]
        surfaces += [(n, "namesake") for n in entry.namesakes]
        if entry.cls in (TG.Treaty, TG.Protocol):
            surfaces += [(v, "variant") for a in entry.aliases if (v := _unplaced(a))]
        for surface, via in surfaces:
            if not _surface_words(surface) <= words:
                continue
            for m in _surface_pattern(surface).finditer(text, 0, stop):
                if (
                    entry.cls == TG.Place or (via == "hidden" and entry.cls == TG.State)
                ) and _INSTRUMENT_AFTER.match(text, m.end()):
                    continue
                if via == "hidden" and entry.cls == TG.State and _PLACE_MODIFIES.match(text, m.end()):
                    continue  # "the Brussels office of a charity": the city, not Belgium acting
                if entry.cls == TG.State and _inside_place_name(text, m.start(), m.end()):
                    continue  # "Mexico City", "Northern Ireland": another place, not the state
                if (
                    entry.cls not in (TG.Treaty, TG.Protocol)
                    and m.group(0).islower()
                    and not surface.islower()
                    and " " in surface
                ):
                    continue  # "a human rights committee that visits prisons": a description, no name
                if m.group(0) in registry.ambiguous and (
                    _CAPITALISED_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
                    or _CAPITALISED_AFTER.match(text, m.end())
                ):
                    continue
                if (
                    via != "label"
                    and entry.cls in (TG.Treaty, TG.Protocol)
                    and _CAPITALISED_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
                    and not _POSSESSOR_BEFORE.search(text, max(0, m.start() - 3), m.start())
                    and not _made_by(text[max(0, m.start() - 12) : m.start()], entry, makers)
                ):
                    continue  # "Baltic Convention against Torture": a longer name, not the alias
                if (
                    via != "label"
                    and entry.cls not in (TG.State, TG.Place, TG.Person, TG.Treaty, TG.Protocol)
                    and _JOINED_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
                ):
                    continue  # "Peace and Security Council": a longer name joined by "and"
                if via == "variant":
                    if not _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                        continue
                    via = "alias"
                if via == "hidden" and _INDEFINITE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                    continue  # "a Committee of Experts": a new body described, not one already known
                if via == "hidden" and _TITLE_GOES_ON.match(text, m.end()):
                    continue  # "the Protocol to the African Charter ...": the start of another title
                found.append(_Candidate(m.start(), m.end(), entry, via))
    return found


def _unplaced(alias: str) -> str | None:
    """ "The amendments on the crime of aggression" for "Kampala amendments on the crime of
    aggression": a name opened by the place it was adopted at, before a lower-case head and a
    long complement, is also written without the place (after "the")."""
    words = alias.split()
    if len(words) >= 5 and words[0][:1].isupper() and words[1].islower() and words[2] in ("on", "to"):
        return " ".join(words[1:])
    return None


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _organisation_acronyms(registry: Registry) -> frozenset[str]:
    """The short names of intergovernmental organisations ("ILO", "OAS"): one of them before a
    treaty's name is the body that made it ("the ILO Violence and Harassment Convention"), not
    the first word of a longer, unlisted title."""
    return frozenset(
        name
        for e in registry.entries.values()
        if e.cls == TG.IntergovernmentalOrganization
        for name in (e.label, *e.aliases)
        if re.fullmatch(r"[A-Z]{2,6}", name)
    )


def _made_by(before: str, entry: Entry, makers: frozenset[str]) -> bool:
    """Whether the word before a treaty's name is the acronym of the organisation that one of
    the treaty's own names carries ("ILO" before "Violence and Harassment Convention", whose
    names include "ILO Convention No. 190"); another organisation's acronym starts another title."""
    last = before.split()[-1:]
    names = (entry.label, *entry.aliases)
    return bool(last) and last[0] in makers and any(last[0] in n.split() for n in names)


# After a bare head noun ("the Protocol", "the General Assembly"), the words that make it the
# start of a longer name ("the Protocol to the African Charter", "the General Assembly of the OAS")
# (a weekday or a month after "on" is a date: "rejoined the Commonwealth on Thursday")
_TITLE_GOES_ON = re.compile(
    r"\s+(?:to|on|of|for|against|relating\s+to|concerning)\s+(?:the\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b)[A-Z]"
)
_ABBREVIATION_DEF = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z]{1,9})(?:\)|\s+[–—-]|,)")
_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|from|outside|around|to|into|across|of)\s+)$", re.I)
_POSSESSIVE = re.compile(r"'s?\b")
# Just before an organisation's short name: a verb or noun of joining or leaving it as a member
_JOINS_OR_LEAVES = re.compile(
    r"\b(?:(?:re)?joined|(?:re)?joins|(?:re)?joining|left|leaves|leaving|quit|quits|"
    r"(?:re)?admitted\s+to|(?:re)?admission\s+to|withdr(?:ew|awn|awal|aw|aws|awing)\s+from|"
    r"(?:suspended|suspension|expelled|expulsion)\s+from|member(?:ship)?\s+of)\s+$",
    re.I,
)
# Just after it: the organisation as the subject acting on a member ("The Commonwealth readmitted")
_ACTS_ON_A_MEMBER = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:voted|decided|agreed)\s+to\s+)?"
    r"(?:re)?(?:admit|admits|admitted|suspend|suspends|suspended|expel|expels|expelled|reinstat\w+)\s+(?:the\s+)?[A-Z]"
)
_COMPOUND = re.compile(r" (?:bodies|body|system|systems|mechanisms?|framework|regime|process)\b")
# Words around a hidden alias that tell a treaty from the body monitoring it ("the UN CAT").
_TREATY_CUES = re.compile(r"\b(?:under|party|parties|ratif\w*|status|denounc\w*|signed|provisions?)\W*$")
_BODY_CUES = re.compile(r"\b(?:activity|decisions?|members?|session|experts?|chair\w*)\b")


def _by_cue(group: list[_Candidate], before: str, after: str) -> Entry | None:
    """Settle treaty against monitoring body by the words around the span, when they differ."""
    treaties = [c.entry for c in group if c.entry.cls in (TG.Treaty, TG.Protocol)]
    bodies = [c.entry for c in group if c.entry.cls == TG.MonitoringBody]
    if not treaties or not bodies:
        return None
    treaty_cue = bool(_TREATY_CUES.search(before))
    body_cue = bool(_BODY_CUES.search(before) or _BODY_CUES.search(after))
    if treaty_cue != body_cue:
        return (treaties if treaty_cue else bodies)[0]
    return None


def _resolve(
    group: list[_Candidate],
    text: str,
    sentence: tuple[int, int],
    history: list[tuple[int, str]],
    main: Counter[str],
    short: frozenset[int] = frozenset(),
    founders: frozenset[str] = frozenset(),
) -> tuple[Entry, str] | None:
    """Choose the entity a span names, or none when the context does not settle it. ``short``
    holds where the history's entities were named by a hidden label ("the Convention");
    ``founders`` the treaties that establish a body named so far."""
    direct = list({c.entry.key: c for c in reversed(group) if c.via != "hidden"}.values())
    if len(direct) == 1:
        chosen = direct[0]
        states = [c for c in group if c.via == "hidden" and c.entry.cls == TG.State]
        if (
            states
            and chosen.entry.cls == TG.Place
            and (not _LOCATIVE.search(text[: chosen.start]) or _POSSESSIVE.match(text, chosen.end))
        ):
            return states[0].entry, "hidden"  # "Moscow said": the state acting, not the city
        return chosen.entry, chosen.via
    if len(direct) > 1:
        return None
    start, end = group[0].start, group[0].end
    if _COMPOUND.match(text, end):
        return None  # "the UN treaty bodies" names the bodies, not the treaty
    only = {c.entry.key: c.entry for c in group}
    surface = text[start:end]
    bare = surface[4:] if surface.startswith(("The ", "the ")) else surface  # opening its sentence
    if (
        len(only) == 1
        and (surface in group[0].entry.hidden or bare in group[0].entry.hidden)
        and sum(w[:1].isupper() for w in bare.split()) >= 2
    ):
        return group[0].entry, "hidden"  # a name written as a name ("Convention against Torture")
    if (
        len(only) == 1
        and group[0].entry.cls == TG.IntergovernmentalOrganization
        and (_JOINS_OR_LEAVES.search(text, max(0, start - 40), start) or _ACTS_ON_A_MEMBER.match(text, end))
    ):
        return group[0].entry, "hidden"  # "rejoined the Commonwealth": only a member state joins it
    states = [c for c in group if c.entry.cls == TG.State]
    if states:
        if _LOCATIVE.search(text[max(0, start - 12) : start]) and not _POSSESSIVE.match(text, end):
            return None
        return states[0].entry, "hidden"
    by_cue = _by_cue(group, text[max(0, start - 40) : start], text[end : end + 40])
    if by_cue is not None:
        return by_cue, "hidden"
    # an NGO cue anywhere in the paragraph: "Human rights activists ... On its channel, the
    # Committee Against Torture warned"
    paragraph = text[text.rfind("\n", 0, start) + 1 : max(text.find("\n", end), sentence[1])]
    ngos = [c for c in group if c.entry.cls == TG.NGO]
    if ngos and has_cue("ngo", paragraph):
        return ngos[0].entry, "hidden"
    keys = {c.entry.key: c.entry for c in group if c.entry.cls != TG.NGO or not ngos}
    if (
        ngos
        and not any(key == c.entry.key for _, key in history for c in ngos)
        and len(keys) == 1
        and surface in next(iter(keys.values())).hidden
        and sum(w[:1].isupper() for w in surface.split()) >= 2
    ):
        # a name written as a name, with no word of activists around it and the group of
        # activists not named before: the one other entity it names
        return next(iter(keys.values())), "hidden"
    # the entity named most recently in this paragraph or the one before; further back, the
    # document's main one (an article's "the convention" is the treaty it is about)
    window = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start)))
    for offset, key in reversed(history):
        if offset < window:
            break
        if key in keys:
            kept = _short_form_kept(text, sentence, history, short, offset, key, keys)
            return keys[kept or key], "hidden"
    named_before = {key for _, key in history}
    founded = [k for k in keys if k in founders] if not named_before & keys.keys() else []
    if len(founded) == 1:
        # "the Convention" after "the European Court of Human Rights" and before any treaty is
        # named: the treaty that establishes the body told of, not one the text names later
        return keys[founded[0]], "hidden"
    ranked = sorted((n, k) for k, n in main.items() if k in keys and n > 0)
    if ranked and (len(ranked) == 1 or ranked[-1][0] > ranked[-2][0]):
        return keys[ranked[-1][1]], "hidden"
    # else the one of them named last, however far back ("The Committee" in an article that
    # named the Committee against Torture in its first lines)
    earlier = [key for _, key in history if key in keys]
    return (keys[earlier[-1]], "hidden") if earlier else None


def _short_form_kept(
    text: str,
    sentence: tuple[int, int],
    history: list[tuple[int, str]],
    short: frozenset[int],
    offset: int,
    key: str,
    keys: dict[str, Entry],
) -> str | None:
    """ "The Committee welcomed the ratification of the Convention in 2015 and, the same year, of
    the Convention on the Rights of Persons with Disabilities. It noted that the Convention ...":
    where a sentence named a second treaty in full beside the one it called by the short form,
    the short form in a later sentence is still that one's."""
    if offset in short or offset >= sentence[0]:
        return None
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset))
    for other_at, other in reversed(history):
        if other_at <= start:
            break
        if other_at < offset and other_at in short and other != key and other in keys:
            return other
    return None


# Between a name and its apposed other name: "the UN women's convention, CEDAW", "... (CAT)"
_APPOSED_NAME = re.compile(r"\s*[,(]\s*")


def _count_apposed_once(
    text: str, spans: dict[tuple[int, int], list[_Candidate]], main: Counter[str]
) -> None:
    """A name with its other name apposed ("the women's convention, CEDAW") is one mention of the
    thing when the document's main entities are counted, not two: an aside on another treaty in
    the last line does not outweigh the treaty the headline names."""
    ordered = sorted(spans)
    for first, second in pairwise(ordered):
        keys = {c.entry.key for c in spans[first] if c.via != "hidden"}
        if (
            len(keys) == 1
            and keys == {c.entry.key for c in spans[second] if c.via != "hidden"}
            and _APPOSED_NAME.fullmatch(text, first[1], second[0])
        ):
            main[next(iter(keys))] -= 1


def _registry_mentions(document: Document, text: str, registry: Registry, stop: int) -> list[Mention]:
    candidates = _registry_candidates(text, registry, stop)
    # longest first; a span wholly inside a chosen one is dropped
    candidates.sort(key=lambda c: (-(c.end - c.start), c.start))
    spans: dict[tuple[int, int], list[_Candidate]] = {}
    for c in candidates:
        span = (c.start, c.end)
        if span in spans:
            spans[span].append(c)
        elif not any(s < c.end and c.start < e for s, e in spans):
            spans[span] = [c]
    abbreviations = _abbreviations(text, spans)
    main: Counter[str] = Counter()
    for (start, end), group in spans.items():
        defined = abbreviations.get(text[start:end])
        if defined and defined[0] < start:
            main[defined[1]] += 1
        else:
            main.update({c.entry.key for c in group if c.via != "hidden"})
    _count_apposed_once(text, spans, main)
    mentions: list[Mention] = []
    history: list[tuple[int, str]] = []
    short: set[int] = set()
    bases = _bases(registry)
    founding: dict[str, set[str]] = {}
    for treaty, body in registry.linked(TG.establishes):
        founding.setdefault(body, set()).add(treaty)
    for span in sorted(spans):
        group = spans[span]
        surface = document.text[span[0] : span[1]]
        if surface in abbreviations and abbreviations[surface][0] < span[0]:
            entry: Entry | None = registry.entries[abbreviations[surface][1]]
            via = "abbreviation"
        else:
            founders = frozenset(t for _, key in history for t in founding.get(key, ()))
            resolved = _resolve(
                group, text, _sentence_bounds(document, span[0]), history, main, frozenset(short), founders
            )
            entry, via = resolved if resolved else (None, "")
        if entry is None:
            continue
        if via != "hidden" and _BASE_NAMED.search(surface):
            # "Protocol No. 15 to the European Convention on Human Rights" names the convention
            # too: a later "the Convention" is that one
            history += [(span[0], base) for base in bases.get(entry.key, ())]
        history.append((span[0], entry.key))
        if via == "hidden":
            short.add(span[0])
        if via == "hidden" and entry.cls in (TG.Treaty, TG.Protocol):
            main[entry.key] += 1  # "the Convention" read as one treaty names it once more
        mentions.append(Mention(entry.key, entry.cls, entry.label, span[0], span[1], surface, True, via))
    return mentions


# A protocol's name that holds the name of the treaty it belongs to
_BASE_NAMED = re.compile(r"\s(?:to|amending|of)\s+the\s+(?:[A-Z]|\w+\s+[A-Z])")


def _bases(registry: Registry) -> dict[str, list[str]]:
    """For each protocol, the treaties the registry says it supplements or amends."""
    out: dict[str, list[str]] = {}
    for predicate in (TG.supplements, SCHEMA.legislationAmends):
        for protocol, base in registry.linked(predicate):
            out.setdefault(protocol, []).append(base)
    return out


def _abbreviations(text: str, spans: dict[tuple[int, int], list[_Candidate]]) -> dict[str, tuple[int, str]]:
    """Abbreviations the document defines: ``"ECHR" -> (offset, "org/ecthr")``."""
    defined: dict[str, tuple[int, str]] = {}
    for (start, end), group in sorted(spans.items()):
        direct = {c.entry.key for c in group if c.via != "hidden"}
        if len(direct) != 1:
            continue
        m = _ABBREVIATION_DEF.match(text, end)
        if m and m.group("abbr") not in defined:
            defined[m.group("abbr")] = (start, direct.pop())
    return defined


def _sentence_bounds(document: Document, offset: int) -> tuple[int, int]:
    for sentence in document.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, offset


# ------------------------------------------------------------------------ unknown entities

_CAP = r"[A-Z][\w'&-]*(?:\.[a-z]+)*"
_OUTLET_NAME = r"(?P<name>(?:The )?[A-Z][\w&-]*(?:\.[a-z]+)*(?: [A-Z][\w&-]*){0,3})"
_OUTLET_PATTERN = re.compile(
    r"\b(?:[Aa]ccording to|[Aa]s reported by|[Rr]eported by|[Aa]s cited by|[Cc]ited by|[Tt]old) "
    + _OUTLET_NAME
)
_PUBLICATION_ROLE = re.compile(
    rf"\b(?:publisher|editor|editor-in-chief)(?: and (?:publisher|editor))? of {_OUTLET_NAME}"
)
_NGO_PATTERN = re.compile(
    r"\b(?:NGO|(?:human )?rights (?:group|organi[sz]ation)|advocacy group|watchdog) "
    rf"(?P<name>(?:{_CAP} ?)+)(?<! )"
)
_FOUNDER_PATTERN = re.compile(
    r"\b(?:founder|director|head)(?: and (?:[\w-]+ ){0,2}?[Dd]irector)? of "
    r"(?P<name>[A-Z][\w&-]*(?:\.[a-z]+)*(?: [A-Z][\w&-]*){0,3})"
)
# "a spokeswoman for the Budapest Civil Liberties Circle": whoever speaks for it is an organisation
_SPOKESPERSON_PATTERN = re.compile(
    r"\bspokes(?:man|woman|person) (?:of|for) (?:the )?"
    r"(?P<name>[A-Z][\w&-]*(?: (?:of |for |on |and )?[A-Z][\w&-]*){0,5})"
)
_REGION_PATTERNS = [
    re.compile(rf"\bthe (?P<name>Republic of {WORD})"),
    re.compile(rf"\b(?:in|from|near|of) the (?P<name>(?:North|South|East|West)(?:ern)? {WORD})(?![\w-])"),
]
# A name acting as only a state does: "Norway's foreign minister", "Latvia remains a party".
# A name's last word after a first name or a particle ("Rodrigo \0", "Vieira de \0"), the name
# itself stood in for by NUL: who bears it is a person, not a state
_SURNAME_OF = re.compile(
    r"(?<![.!?:]\s)(?<!^)(?<!\n)\b(?!(?:The|A|An|In|On|Of|For|And|By|To|At|From|With|As|Its|Their|New|South|"
    r"North|East|West|Central|Republic|Kingdom|State|President|Prime|Minister|Foreign|King|Queen|"
    r"Emir|Sultan|Sheikh|Judge|Justice|Mr|Mrs|Ms|Dr)\b)[A-Z][a-z\u00e0-\u00ff]+\s+"
    r"(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|le|la|al|el|bin|ben)\s+)?\0"
)


_STATE_PATTERN = re.compile(
    rf"(?<![\w-])(?P<name>{WORD}(?: {WORD})?)(?=['\u2019]s (?:(?:foreign|justice|interior|defen[cs]e) )?"
    r"(?:minister|ministry|government|prime minister|president|parliament|ambassador|embassy|"
    r"constitution|constitutional court|supreme court|head of state)\b"
    r"| (?:will|has|had|have|would|did) (?:\w+ )?(?:withdraw|ratif|denounce|accede|join|sign|leave|quit)"
    r"| (?:withdrew|ratified|denounced|acceded|signed|joined) (?:from |to )?the\b"
    r"| (?:remains|remained|became|is|was) (?:still |not )?a (?:state )?party\b)"
)
# The words that make a capitalised word the end of a longer name: "Council of Europe", "the Federal"
_INSIDE_NAME = re.compile(r"(?:\b(?:of|the|The)|[A-Z][\w-]*) $")
# Words an organisation's name may hold that also name an organ of another one
_ORGAN_WORDS = frozenset({"council", "committee", "commission", "court", "tribunal"})


_ANAPHORS = re.compile(
    r"\b(?:[Tt]he (?:same |above |above-mentioned |aforementioned |said )?"
    r"(?P<head>(?i:charter|convention|treaty|agreement|pact|covenant|statute|protocol|"
    r"court|tribunal|committee|subcommittee|commission|council|mechanism(?! of\b)|"
    r"forum|league|alliance|community|organi[sz]ation(?! of\b))|"
    r"(?:state )?union|federation|body(?! of\b)|"
    r"amendments(?!\s+(?:to|of|on|in)\b))"
    r"|[Tt]h(?:is|at) (?P<this>(?i:charter|convention|treaty|covenant|statute|protocol)))\b"
)
# "The union", "the state union", "the federation": a state or an organisation whose name
# holds the word ("the State Union of Serbia and Montenegro", "the Soviet Union", "the African Union")
_NAMED_BY_WORD = frozenset({"union", "state union", "federation"})
_GENERIC_TREATY_WORDS = frozenset({"treaty", "agreement", "pact"})
_LEGAL_BASIS = re.compile(
    r"\b(?:[Uu]nder|pursuant\s+to|in\s+accordance\s+with|by\s+virtue\s+of)\s+(?:the\s+)?$"
)
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:(?:own|new|latest)\s+)?")
_POSSESSIVE_GAP_OR_SPACE = re.compile(r"(?:['’]s?)?\s+(?:the\s+)?")
_TO_THE = re.compile(r"\s+to\s+the\s+(?P<head>[A-Za-z]+)\b")
# Between a protocol's name and the treaty it is named after: "Protocol I Additional to the ..."
# "the Additional Protocol to the ", "Protocol No. 3 to the ": a protocol named after a treaty
# ("Protocol of 2014 to the Forced Labour Convention, 1930": the ILO's way)
_PROTOCOL_TO = re.compile(
    r"(?P<name>(?:(?:Additional|Optional|Facultative|First|Second|Third|Fourth)\s+)*Protocol"
    r"(?:\s+No\.?\s*\d+|\s+of\s+(?:1[89]|20)\d\d)?\s+to\s+(?:the\s+)?)$"
)
# "the other Covenant, on civil and political rights": a head noun and its title's words in lower case
_DESCRIBED_TREATY = re.compile(
    r"\b[Tt]he\s+(?:other\s+|second\s+|first\s+)?(?P<head>(?i:covenant|convention|charter|protocol|treaty)),?\s+"
    r"(?P<on>on|against|for)\s+(?P<what>(?:the\s+)?[a-z][a-z'-]*(?:,?\s+(?:and\s+|of\s+|the\s+)?[a-z][a-z'-]*){1,6})"
)
# "the Additional Protocol concerning the criminalisation of acts ...": a protocol and its subject
_DESCRIBED_PROTOCOL = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?P<name>(?:(?:First|Second|Third|Additional|Optional)\s+)+Protocol),?\s+"
    r"(?P<on>on|concerning|relating\s+to|regarding|to\s+(?=[a-z]))\s+"
    r"(?P<what>(?:the\s+)?[a-z][a-z'-]*(?:,?\s+(?:[a-z][a-z'-]*)){1,14})"
)
# "the original Charter", "the revised text": one of a treaty and its revision, named before
_ORIGINAL_OR_REVISED = re.compile(
    r"\b[Tt]he\s+(?P<which>original|revised)\s+"
    r"(?P<head>text|treaty|(?i:charter|convention|treaty|covenant|agreement|statute))\b"
)
_PREMODIFIED_TREATY = re.compile(
    r"\b[Tt]he\s+(?P<what>[a-z][a-z'-]*(?:,?\s+(?:and\s+)?[a-z][a-z'-]*){1,5})\s+"
    r"(?P<head>(?i:covenant|convention|charter|protocol))\b"
)
# A protocol named by a common noun: "a protocol to the African Charter", "the protocol to the"
_A_PROTOCOL_TO = re.compile(
    r"\b(?P<name>(?:[Aa]n?|[Tt]he)\s+(?:additional\s+|optional\s+)?protocol\s+to\s+(?:the\s+)?)$"
)
# The head noun of a body's name: "Court" in "African Court on Human and Peoples' Rights"
_BODY_HEAD = re.compile(r"\b(?:Court|Commission|Committee|Tribunal|Council|Subcommittee)\b")
# "established by", "set up by", "created under": what a treaty does to the body before it
_MADE_BY = re.compile(r"\b(?:established|set\s+up|created|founded|instituted)\s+(?:by|under)\s*$")
# The words that complete such a title after the treaty's name: "to Abolish the Death Penalty",
# "in the Area of Economic, Social and Cultural Rights", "on the Rights of Older Persons"
_TITLE_CONTINUES = re.compile(
    r"(?:,?\s+(?:to|on|in|concerning|relating\s+to|regarding|for|against)\s+(?:the\s+)?[A-Z][\w'-]*"
    r"(?:(?:\s+|,\s+)(?:of|and|the|in|on|to|for|against|with|[A-Z][\w'-]*))*)"
)
_PARENT_LINK = re.compile(r"\s+(?:[Aa]dditional\s+)?to\s+(?=(?P<the>the\s+)?\S)")
# What completes a title after its name: the year and number of an ILO-style title ("Convention,
# 2011 (No. 189)", "Convention, 2006 (MLC, 2006)"), a bare number, the date of the instrument
# ("of 1966", "of 12 August 1949"). A comma-year counts only where the title then ends.
# A Council of Europe treaty's number in its series after its title, or after the rest of a title
# the name finder stopped short of ("... Environment through Criminal Law (ETS No. 172)")
_SERIES_NUMBER = re.compile(
    r"(?P<rest>(?:,?\s+(?:[A-Z][\w'’-]*|of|the|on|and|for|in|to|through|against|from|with|at)){0,12})"
    r"\s*\(\s*C?ETS\s+No\.?\s*(?P<number>\d{1,3})\s*\)"
)
_TITLE_TAIL = re.compile(
    r"(?:,\s+(?:19|20)\d\d(?:\s+\((?:No\.\s*\d+|[A-Z][A-Za-z]*,?\s+(?:19|20)\d\d)\))?(?=\s*[,;)]|\s+\()"
    r"|\s+\(No\.\s*\d+\)"
    r"|\s+of\s+(?:[0-3]?\d\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:1[89]|20)\d\d(?![\w-]))+"
)
# ", known as the ...", ", better known as the ...", ", also called the ...": another name follows
_KNOWN_AS = re.compile(
    r"\s*,?\s+(?:(?:also|better|commonly|popularly|widely|informally)\s+)?(?:known\s+as|called|referred\s+to\s+as)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "First Optional Protocol", "the Optional Protocol to the Convention": a protocol named without
# its parent's title
_BARE_OPTIONAL_PROTOCOL = re.compile(
    r"(?:the\s+)?(?:(?P<ordinal>First|Second|Third|Fourth)\s+)?Optional\s+Protocol"
    r"(?:\s+to\s+the\s+(?P<head>Convention|Covenant|Charter))?",
    re.IGNORECASE,
)
_OWN_TREATY = re.compile(
    r"(?:'s|')\s+(?:founding\s+)?(?P<head>protocol|statute|convention|charter|treaty)\b", re.I
)


_UN_BEFORE = re.compile(r"^(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?=[A-Z])")


def _normalised(name: str) -> str:
    """A name as compared with the registry's: no accents, case, articles, punctuation or
    spelling variants ("Organisation" / "Organization", "Centre" / "Center")."""
    ascii_name = unicodedata.normalize("NFKD", normalise_quotes(name)).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9 ]+", " ", ascii_name.lower().replace("&", " and ")).split()
    spelling = {"organisation": "organization", "centre": "center", "defence": "defense", "labour": "labor"}
    words = [spelling.get(w, w) for w in words]
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


_KIND_CLASSES = {
    "person": {TG.Person},
    "place": {TG.Place, TG.State},
    "state": {TG.State},
    "treaty": {TG.Treaty, TG.Protocol},
    "org": {
        TG.Organization,
        TG.IntergovernmentalOrganization,
        TG.MonitoringBody,
        TG.Court,
        TG.NationalBody,
        TG.NGO,
        TG.MediaOutlet,
    },
}


def _kind_of(cls: str) -> str:
    return next((k for k, classes in _KIND_CLASSES.items() if cls in classes and k != "place"), "org")


def _registry_names(registry: Registry, hidden: bool = False) -> dict[str, list[Entry]]:
    """Normalised preferred labels and aliases (or contextual aliases) -> the entries they name."""
    index: dict[str, list[Entry]] = {}
    for entry in registry.entries.values():
        for surface in entry.hidden if hidden else (entry.label, *entry.aliases):
            index.setdefault(_normalised(surface), []).append(entry)
    return index


_STATE_NAMES: dict[int, tuple[Registry, dict[str, str]]] = {}


# "Permanent Mission of the Republic of Indonesia", "Ministry of Foreign Affairs of Georgia": a
# body's name closing on the state it belongs to
_OF_A_STATE = re.compile(r"\bof\s+(?=\S)")


def state_in_name(registry: Registry, name: str) -> str | None:
    """The state whose name (or alias) closes a body's name after "of": the state the Permanent
    Mission, the Embassy or the Ministry of Foreign Affairs acts for; None when the name closes on
    anything else."""
    cached = _STATE_NAMES.get(id(registry))
    if cached is None or cached[0] is not registry:
        index = {
            _normalised(surface): entry.key
            for entry in registry.entries.values()
            if entry.cls == TG.State
            for surface in (entry.label, *entry.aliases)
        }
        cached = _STATE_NAMES[id(registry)] = (registry, index)
    for m in _OF_A_STATE.finditer(name):
        key = cached[1].get(_normalised(name[m.end() :]))
        if key is not None:
            return key
    return None


_NEIGHBOURS: dict[int, tuple[Registry, dict[str, frozenset[str]]]] = {}


def _neighbours(registry: Registry) -> dict[str, frozenset[str]]:
    """The entities the reference data links each entity to, either way, its parent organisation
    aside (the United Nations says nothing of which of its bodies a text means); read once per
    registry."""
    cached = _NEIGHBOURS.get(id(registry))
    if cached is None or cached[0] is not registry:
        base = registry.base
        pairs: dict[str, set[str]] = {}
        for t in registry.triples:
            s, o = t.subject, t.object
            if not isinstance(s, ox.NamedNode) or not isinstance(o, ox.NamedNode):
                continue
            if t.predicate.value == ORG.subOrganizationOf or not (
                s.value.startswith(base) and o.value.startswith(base)
            ):
                continue
            a, b = s.value[len(base) :], o.value[len(base) :]
            pairs.setdefault(a, set()).add(b)
            pairs.setdefault(b, set()).add(a)
        cached = _NEIGHBOURS[id(registry)] = (registry, {k: frozenset(v) for k, v in pairs.items()})
    return cached[1]


def _demonym_words(registry: Registry) -> frozenset[str]:
    """Nationality adjectives: the lexicon's, and any the registry records as labels of states."""
    return demonyms()


class _Finder:
    """Collects the mentions of entities the registry does not know, in one document."""

    def __init__(self, document: Document, text: str, registry: Registry, known: list[Mention], stop: int):
        self.document = document
        self.text = text
        self.registry = registry
        self.stop = stop
        self.minter = Minter(registry.base)
        self.names = _registry_names(registry)
        self.hidden_names = _registry_names(registry, hidden=True)
        self.nationality = _demonym_words(registry)
        # the names of states, as words: "Ministry of Justice of Ghana" is Ghana's own body
        self.state_words = frozenset(
            w for e in registry.entries.values() if e.cls == TG.State for w in e.label.split() if len(w) > 3
        )
        self.known = known
        self.taken = [(m.start, m.end) for m in known]
        self.found: list[Mention] = []

    def free(self, start: int, end: int) -> bool:
        return end <= self.stop and not any(s < end and start < e for s, e in self.taken)

    def trim(self, start: int, end: int, head: str = "") -> tuple[int, int]:
        """Words at the start of a span that a known mention already covers are left out
        ("UN Special Rapporteur Alice Edwards said"), unless that mention is a person (what
        follows "President Putin" is not a second name) or holds the span's head noun."""
        for m in sorted((*self.known, *self.found), key=lambda x: x.start):
            if m.start <= start < m.end < end:
                if m.cls == TG.Person or (head and head not in self.text[m.end : end]):
                    return start, start
                if head and self._named_after(m, start, end):
                    return start, end  # "the Cybercrime Convention Committee"
                if (
                    head
                    and m.cls in (TG.State, TG.IntergovernmentalOrganization)
                    and (m.start == start or self.text[m.start : start].lower() == "the ")
                    and re.match(r" [A-Z]", self.text[m.end :])
                    and (
                        m.cls == TG.State
                        # "the United Nations High Commissioner for Human Rights": the registry's
                        or self._registry_match(self.text[m.end : end].strip(), "org", TG.Organization)
                        is None
                    )
                ):
                    # "Palestine Red Crescent Society", "United Nations Transitional Administration
                    # in East Timor": a body named after its state or the organisation it serves
                    return start, end
                rest = self.text[m.end : end]
                start = m.end + len(rest) - len(rest.lstrip(" '\u2019s"))
        return start, end

    def _yield_inner(self, start: int, end: int, body: bool = False) -> bool:
        """Let a body's or treaty's full name win over registry mentions inside it: the state or
        place it is named after ("Constitutional Court of Armenia", "Special Tribunal for Lebanon")
        or a shorter alias within a longer name ("East African Court of Justice" is not the
        "African Court"). Whole-name registry matches and names found by other patterns stay. A
        body's name (``body``) also wins over the organisation or treaty it is named after."""
        if end > self.stop or any(s < end and start < e for s, e in ((m.start, m.end) for m in self.found)):
            return False
        inner = [m for m in self.known if m.start < end and start < m.end]
        opening = [
            m
            for m in inner
            if body and (self._parent_opens(m, start, end) or self._named_after(m, start, end))
        ]
        if not inner or any(
            (
                m.start < start
                and not (m.cls == TG.State and m.end < end and self.text[m.start : start].lower() == "the ")
            )
            or m.end > end
            or (m.start, m.end) == (start, end)
            or not (m.cls in (TG.State, TG.Place) or (m.via in ("alias", "hidden") and m.start > start))
            for m in inner
            if m not in opening
        ):
            return False
        self.known = [m for m in self.known if m not in inner]
        spans = {(m.start, m.end) for m in inner}
        self.taken = [t for t in self.taken if t not in spans]
        return True

    def _named_after(self, m: Mention, start: int, end: int) -> bool:
        """Whether ``m`` is the treaty a body is named after, its head noun closing the name
        ("the Cybercrime Convention Committee", "the Istanbul Convention Committee"): the treaty's
        committee, not the treaty."""
        return (
            m.cls in (TG.Treaty, TG.Protocol)
            and self.text[m.start : start].lower() in ("the ", "")
            and m.start <= start
            and re.fullmatch(
                r" (?:Committee|Commission|Council|Board|Panel|Secretariat)", self.text[m.end : end]
            )
            is not None
        )

    def _parent_opens(self, m: Mention, start: int, end: int) -> bool:
        """Whether ``m`` is the organisation a body's name opens with, "the" and all ("The United
        Nations Interim Administration Mission in Kosovo"): the body is the UN's, not the UN, and
        the name it is known by includes the organisation's."""
        return (
            m.cls == TG.IntergovernmentalOrganization
            and m.end < end
            and self.text[m.start : start].lower() in ("the ", "")
            and re.match(r" [A-Z]", self.text[m.end : end]) is not None
            and any(is_body_head(w) for w in self.text[m.end : end].split())  # not "Council of Europe Monday"
            # "the United Nations High Commissioner for Human Rights": the registry's, after the UN
            and self._registry_match(self.text[m.end : end].strip(), "org", TG.Organization) is None
        )

    def headline(self, pos: int) -> bool:
        """Whether ``pos`` is in a line written in title case with no closing stop: a headline
        or a section label, where every word is capitalised and names cannot be told apart."""
        line = self.text[self.text.rfind("\n", 0, pos) + 1 : self.text.find("\n", pos) % (len(self.text) + 1)]
        line = line.strip()
        words = [w for w in line.split() if len(w) >= 4]
        if (
            not words
            or len(line.split()) > 16
            or line[-1:] in ".!?:;\"\u201d'"
            or re.search(r"[.!?;,] ", line)
        ):
            return False
        return sum(is_name_word(w) for w in words) >= 0.75 * len(words)

    def add(
        self, start: int, end: int, kind: str, cls: str, label: str | None = None, key: Ref | None = None
    ) -> Mention | None:
        start, end = self.trim(start, end)
        when = _TIME_WORDS_BEFORE_NAME.match(self.document.text, start, end)
        if when is not None:  # "Today ILO Convention No. 169 enters into force": no part of the name
            start = when.end()
        name = self.document.text[start:end]
        if not name or not self.free(start, end):
            return None
        label = label or name
        if kind == "person" and label.isupper() and " " in label:
            label = label.title()  # "HÉLÈNE AUDET" in a transcript's list: Hélène Audet
        # "a Committee of Experts": a new body described, not a known one's contextual name
        indefinite = _INDEFINITE_BEFORE.search(self.document.text, max(0, start - 4), start) is not None
        match = self._registry_match(label, kind, cls, hidden=not indefinite)
        if match is None and kind == "treaty":
            # "the UN Convention on Enforced Disappearance": the organisation's name before a
            # treaty's known name is no part of it
            bare = _UN_BEFORE.sub("", label)
            if bare != label:
                match = self._registry_match(bare, kind, cls, hidden=not indefinite)
        if match is None and kind == "treaty":
            match = self._protocol_by_parent_alias(label)
        if match is None and key is not None:
            match = self.registry.entry(key.key)
        if match is not None and match.cls == TG.State and _inside_place_name(self.document.text, start, end):
            return None  # "the Mexico City-based group": a place, not the state
        if match is not None:
            mention = Mention(match.key, match.cls, match.label, start, end, name, True, "alias")
        else:
            if kind == "org" and label in self.registry.demonyms:
                return None  # "a spokesperson for the French ministry": an adjective, not a name
            ref = key or self.minter.entity(kind, label)
            if self.registry.has(ref.key):
                return None  # the key of a registry entity this name does not settle on
            mention = Mention(ref.key, cls, label, start, end, name, False, "pattern")
        self.taken.append((start, end))
        self.found.append(mention)
        return mention

    def take_known(self, entry: Entry, start: int, end: int) -> Mention:
        """Record the text at ``start:end`` as a mention of the registry's ``entry``."""
        mention = Mention(
            entry.key, entry.cls, entry.label, start, end, self.document.text[start:end], True, "alias"
        )
        self.taken.append((start, end))
        self.found.append(mention)
        return mention

    def _registry_match(self, name: str, kind: str, cls: str, hidden: bool = True) -> Entry | None:
        """The registry entity an unlisted name is another spelling of, if exactly one fits; a
        contextual alias counts when the class the context gives picks one entity out ("the
        Committee against Torture, ten independent experts" is the treaty body, not the NGO)."""
        key = _normalised(name)
        fits = {e.key: e for e in self.names.get(key, []) if e.cls in _KIND_CLASSES[kind]}
        if len(fits) == 1:
            return next(iter(fits.values()))
        if not hidden:
            return None
        contextual = {e.key: e for e in self.hidden_names.get(key, []) if e.cls == cls}
        return next(iter(contextual.values())) if not fits and len(contextual) == 1 else None

    def _protocol_by_parent_alias(self, name: str) -> Entry | None:
        """ "The Second Optional Protocol to the Covenant on Civil and Political Rights": a protocol
        named after its treaty by another of the treaty's names is the protocol the registry lists
        under the treaty's own name."""
        m = _PROTOCOL_TO_PARENT.match(name)
        if m is None:
            return None
        parent = self._registry_match(m.group("parent"), "treaty", TG.Treaty, hidden=False)
        if parent is None:
            return None
        for label in (parent.label, *parent.aliases):
            for article in ("the ", ""):
                found = self._registry_match(
                    m.group("head") + article + label, "treaty", TG.Protocol, hidden=False
                )
                if found is not None and found.cls == TG.Protocol:
                    return found
        return None

    # -------------------------------------------------------------- the finders, in order

    def people(self) -> None:
        for span in find_people(self.text, self.stop):
            start, end = self.trim(span.start, span.end)
            trimmed = person_name(self.text, start, end, self.nationality) if end > start else None
            # "Valeria Quirós Montenegro": a state's name inside a personal name is the name
            if (
                trimmed is not None
                and not self.headline(start)
                and (self.free(*trimmed) or self._yield_inner(*trimmed))
            ):
                self.add(*trimmed, "person", TG.Person)

    def outlets(self) -> None:
        people = {m.label for m in self.found if m.cls == TG.Person}
        # "according to Ortega" after "Ana Ortega": her surname, never a newspaper's name
        people |= {label.split()[-1] for label in people if len(label.split()) > 1}
        for pattern, cls in ((_OUTLET_PATTERN, TG.MediaOutlet), (_PUBLICATION_ROLE, TG.MediaOutlet)):
            for m in pattern.finditer(self.text, 0, self.stop):
                words = m.group("name").split()
                if words[0] != "The" and (words[0] in self.nationality or words[0] in _LEADING_NOISE):
                    continue  # "cited by Russian state media": an adjective, not a name
                if m.group("name") in people:
                    continue  # "according to Ana Silva": a person already found
                if self._not_an_outlet(m.start("name"), m.end("name")):
                    continue
                self.add(m.start("name"), m.end("name"), "org", cls)
        for m in _NGO_PATTERN.finditer(self.text, 0, self.stop):
            self.add(m.start("name"), m.end("name"), "org", TG.NGO)
        for m in _SPOKESPERSON_PATTERN.finditer(self.text, 0, self.stop):
            start, end = m.start("name"), m.end("name")
            if is_body_head(m.group("name")):
                continue  # "a spokesperson for the Assembly's secretariat": a body named before
            if self.free(start, end) or self._yield_inner(start, end):
                self.add(start, end, "org", TG.Organization)
        for m in _FOUNDER_PATTERN.finditer(self.text, 0, self.stop):
            if m.group("name") in demonyms() and re.match(r" [a-z]", self.text[m.end("name") :]):
                continue  # "head of European affairs": a portfolio, not a body's name
            end = m.end("name") - (1 if self.text[m.end("name") - 1] == "." else 0)  # a full stop
            self.add(*self._without_leading_noise(m.start("name"), end), "org", TG.Organization)

    def _not_an_outlet(self, start: int, end: int) -> bool:
        """A name after "according to" or "told" that is a body by its own words ("Amnesty
        International", "Human Rights Watch"), or that reads as a person's name ("Karel Novak")
        with nothing around it saying it is a newspaper or broadcaster: no outlet is made of it
        (a body is found as such later; a bare personal name is left rather than mistyped)."""
        name = self.text[start:end]
        if any(b.start == 0 and b.end == len(name) for b in find_bodies(name, len(name))):
            return True
        if name.startswith("The ") or person_name(self.text, start, end) != (start, end):
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        return not has_cue("outlet", self.text[max(line_start, start - 80) : min(self.stop, end + 80)])

    def issuer(self) -> None:
        """The publisher the document's header or sidecar names ("PRESS RELEASE / Baltic
        Women's Rights Network"), wherever the text repeats its name: the issuer of a release
        is what "the network" and "we" refer to, and its full name wins over shorter readings."""
        name = (self.document.metadata.publisher or "").strip()
        if len(name.split()) < 2:
            return
        kind = next(find_bodies(name, len(name)), None)
        cls = kind.cls if kind is not None and kind.cls else TG.Organization
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text[: self.stop]):
            if self.free(m.start(), m.end()) or self._yield_inner(m.start(), m.end()):
                self.add(m.start(), m.end(), "org", cls)

    def protocols_to_named(self) -> None:
        """ "The Protocol to the American Convention on Human Rights to Abolish the Death
        Penalty": a protocol the registry does not list, named after a treaty it does, is a
        protocol of its own, never the treaty inside its title. Its title runs over the
        capitalised words that complete it ("on the Rights of Older Persons")."""
        for m in sorted(self.known, key=lambda x: x.start):
            if m.cls != TG.Treaty or m.via not in ("label", "alias", "hidden"):
                continue
            common = _A_PROTOCOL_TO.search(self.text, max(0, m.start - 30), m.start)
            if common is not None:
                self._common_protocol(m, common.start("name"))
                continue
            if m.via == "hidden":
                continue
            lead = _PROTOCOL_TO.search(self.text, max(0, m.start - 80), m.start)
            if lead is None or any(lead.start("name") < k.end and k.start < m.start for k in self.known):
                continue  # a listed protocol's own name ("Third Additional Protocol to ..."): titles()
            tail = _TITLE_CONTINUES.match(self.text, m.end, self.stop)
            end = m.end if tail is None else m.end + len(tail.group(0).rstrip(" ,"))
            while True:  # "... Rights in 2021": the title ends at its last capitalised word
                words = self.text[m.end : end].split()
                if not words or words[-1][:1].isupper():
                    break
                end = m.end + self.text[m.end : end].rstrip().rfind(" ")
            start = lead.start("name")
            self.known = [k for k in self.known if k is not m]
            self.taken = [t for t in self.taken if t != (m.start, m.end)]
            self.add(start, end, "treaty", TG.Protocol)

    def _common_protocol(self, m: Mention, start: int) -> None:
        """ "a protocol to the African Charter": a protocol named by a common noun is never the
        treaty it is named after. It is the registry's protocol to that treaty which establishes
        the body the sentence is about ("The court, established by a protocol to ..."), when one
        does; else nothing is named, and the treaty's mention is dropped."""
        self.known = [k for k in self.known if k is not m]
        self.taken = [t for t in self.taken if t != (m.start, m.end)] + [(start, m.end)]
        before = self.text[self.text.rfind(".", 0, start) + 1 : start]
        if not _MADE_BY.search(before):
            return
        established = dict(self.registry.linked(TG.establishes))
        fits = [
            entry
            for protocol, treaty in self.registry.linked(TG.supplements)
            if treaty == m.key
            and (entry := self.registry.entry(protocol)) is not None
            and (body := self.registry.entry(established.get(protocol, ""))) is not None
            and (head := _BODY_HEAD.search(body.label)) is not None
            and re.search(rf"\b{head.group(0)}\b", before, re.I)
        ]  # fmt: skip
        if len(fits) == 1:
            entry = fits[0]
            surface = self.document.text[start : m.end]
            found = Mention(entry.key, entry.cls, entry.label, start, m.end, surface, True, "alias")
            self.found.append(found)

    def described_treaties(self) -> None:
        """ "The other Covenant, on civil and political rights": a treaty's head noun and the
        words of its title after it, in lower case, name the one registry treaty whose title
        holds them in that order."""
        titles = [
            (e, f" {_normalised(n)} ")
            for e in self.registry.entries.values()
            if e.cls in (TG.Treaty, TG.Protocol)
            for n in (e.label, *e.aliases)
        ]
        for d in _DESCRIBED_TREATY.finditer(self.text, 0, self.stop):
            words = list(re.finditer(r"[a-z][a-z'-]*", d.group("what")))
            for n in range(len(words), 1, -1):  # the longest run of words that some title holds
                end = d.start("what") + words[n - 1].end()
                wanted = f" {_normalised(self.text[d.start('head') : end])} "
                head = d.group("head").lower()  # a covenant, not a protocol to it
                fits = {e.key: e for e, title in titles if wanted in title and _title_head(e.label) == head}
                if fits:
                    break
            if len(fits) != 1 or not self.free(d.start(), end):
                continue
            entry = next(iter(fits.values()))
            self.taken.append((d.start(), end))
            surface = self.document.text[d.start() : end]
            self.found.append(
                Mention(entry.key, entry.cls, entry.label, d.start(), end, surface, True, "alias")
            )
        self._described_protocols(titles)
        # "the civil and political covenant", "the economic, social and cultural rights covenant":
        # the words of the title written before the head noun, at least two of them
        for d in _PREMODIFIED_TREATY.finditer(self.text, 0, self.stop):
            head = d.group("head").lower()
            words = list(re.finditer(r"[a-z][a-z'-]*", d.group("what")))
            fits = {}
            for n in range(len(words)):  # the longest run of words next to the head noun
                run = [w.group(0) for w in words[n:] if w.group(0) != "and"]
                if len(run) < 2:
                    break
                wanted = f" {_normalised(d.group('what')[words[n].start() :])} "
                fits = {e.key: e for e, title in titles if wanted in title and _title_head(e.label) == head}
                if fits:
                    start = d.start("what") + words[n].start()
                    break
            if len(fits) != 1 or not self.free(start, d.end()):
                continue
            entry = next(iter(fits.values()))
            self.taken.append((start, d.end()))
            surface = self.document.text[start : d.end()]
            self.found.append(
                Mention(entry.key, entry.cls, entry.label, start, d.end(), surface, True, "alias")
            )

    def _described_protocols(self, titles: list[tuple[Entry, str]]) -> None:
        """ "The Additional Protocol concerning the criminalisation of acts of a racist and
        xenophobic nature": a protocol's name and what it is about, in lower case, name the one
        registry protocol whose own name begins so and whose title holds those words, rather
        than another protocol that "the Additional Protocol" alone could stand for."""
        for d in _DESCRIBED_PROTOCOL.finditer(self.text, 0, self.stop):
            name = f"{_normalised(d.group('name'))} "
            words = list(re.finditer(r"[a-z][a-z'-]*", d.group("what")))
            fits: dict[str, Entry] = {}
            end = d.end()
            for n in range(len(words), 2, -1):  # the longest run of words some such title holds
                end = d.start("what") + words[n - 1].end()
                wanted = f" {_normalised(self.text[d.start('on') : end])} "
                fits = {
                    e.key: e
                    for e, title in titles
                    if e.cls == TG.Protocol and title.startswith(f" {name}") and wanted in title
                }
                if fits:
                    break
            start = d.start("name")
            inside = [m for m in self.known if d.start() <= m.start and m.end <= end]
            if len(fits) != 1 or any(m.cls not in (TG.Treaty, TG.Protocol) for m in inside):
                continue
            self.known = [m for m in self.known if m not in inside]
            self.taken = [t for t in self.taken if t not in {(m.start, m.end) for m in inside}]
            if not self.free(start, end):
                continue
            entry = next(iter(fits.values()))
            self.take_known(entry, start, end)

    def treaties(self) -> None:
        for span in find_treaties(self.text, self.stop):
            opening = self._organisation_prefix(span.start, span.end, span.head)
            start, end = self._without_leading_noise(*self.trim(opening, span.end, span.head))
            year = _LEADING_YEAR.match(self.text, start, end)
            if year is not None and self.text[year.end() : end] != span.head:
                start = year.end()  # "the 1984 Convention against Torture" is the convention's title
            elif year is not None:  # "the 1961 Charter": the registry's one charter of that year
                if not self.free(start, end) or self._dated_treaty(start, end, int(year.group(0)), span.head):
                    continue
                if self._registry_match(self.text[start:end], "treaty", span.cls) is not None:
                    self.add(start, end, "treaty", span.cls)  # a registry name ("the 1951 Convention")
                continue  # a year fitting no treaty or several: no treaty is named for sure
            if self.text[start:end] == span.head:
                continue  # "The Protocol" opening a sentence: the head noun alone names nothing
            if end <= start or (not self.free(start, end) and not self._yield_inner(start, end)):
                continue
            protocol = self._protocol_of_named(start, end)
            if protocol is not None:  # "the Second Optional Protocol to the covenant"
                entry, end = protocol
                inner = [m for m in self.known if start <= m.start and m.end <= end and m.via == "hidden"]
                self.known = [m for m in self.known if m not in inner]
                self.taken = [t for t in self.taken if t not in {(m.start, m.end) for m in inner}]
                if self.free(start, end):
                    self.take_known(entry, start, end)
                continue
            earlier = self._treaty_shortened(self.text[start:end], start)
            if earlier is not None:  # "the European Convention" after its full title
                self.taken.append((start, end))
                surface = self.document.text[start:end]
                self.found.append(
                    Mention(
                        earlier.key, earlier.cls, earlier.label, start, end, surface, earlier.known, "hidden"
                    )
                )
                continue
            numbered = _SERIES_NUMBER.match(self.text, end)
            if numbered is not None:  # "... Rule of Law (CETS No. 225)": keyed by its number
                self.add(
                    start,
                    end,
                    "treaty",
                    span.cls,
                    key=self.minter.council_of_europe_treaty(int(numbered.group("number"))),
                )
                continue
            cut = self._cut_title(start, end) if span.cls in (TG.Treaty, TG.Protocol) else None
            if cut is not None:  # "Convention on the Counterfeiting of Medical Products"
                entry, end = cut
                self.take_known(entry, start, end)
                continue
            self.add(start, end, "treaty", span.cls)

    def _cut_title(self, start: int, end: int) -> tuple[Entry, int] | None:
        """A title the name finder stopped at a lower-case word, or one that its writer cut
        short: the registry's one treaty with a name that the words from ``start`` begin,
        run on over the lower-case words after ``end`` as far as some name holds them
        ("Council of Europe Convention on the counterfeiting of medical products" is the
        MEDICRIME Convention, whose title goes on "and similar crimes ..."). The name must say
        what the treaty is on, not only who made it, and fit one treaty alone."""
        after = re.compile(r"(?:\s+[a-z][a-z'-]*){1,12}").match(self.text, end, self.stop)
        ends = [end + w.end() for w in re.finditer(r"\S+", after.group(0))] if after else []
        for stop in [*reversed(ends), end]:
            wanted = _normalised(self.text[start:stop])
            head = re.search(r"\b(?:convention|protocol|charter|treaty|covenant|agreement)\b", wanted)
            said = [w for w in wanted[head.end() :].split() if w not in _LINK_WORDS] if head else []
            if len(said) < 3:
                continue  # "Council of Europe Convention on preventing": too little to tell
            fits = {
                e.key: e
                for n, entries in self.names.items()
                if f"{n} ".startswith(f"{wanted} ")
                for e in entries
                if e.cls in (TG.Treaty, TG.Protocol)
            }
            if len(fits) == 1:
                return next(iter(fits.values())), stop
            if fits:
                return None
        return None

    def _dated_treaty(self, start: int, end: int, year: int, head: str) -> bool:
        """ "The 1951 Convention", "the 1961 Charter": a year and a head noun alone name the
        registry treaty of that head noun adopted or opened for signature that year, when
        exactly one is (whether one was found)."""
        fits = _dated_treaties(self.registry).get((year, head.lower()), set())
        entry = self.registry.entry(next(iter(fits))) if len(fits) == 1 else None
        if entry is None:
            return False
        self.take_known(entry, start, end)
        return True

    def establishing(self) -> None:
        """ "The Protocol establishing the Court": the registry's one treaty of that head noun
        that establishes the known body named right after."""
        for m in _ESTABLISHING.finditer(self.text, 0, self.stop):
            start, end = m.start("head"), m.end("head")
            body = next(
                (
                    k
                    for k in self.known
                    if re.fullmatch(r"(?:the |an? )?", self.text[m.end() : k.start])
                    and k.cls not in _NOT_BODIES
                ),
                None,
            )
            if body is None or not self.free(start, end):
                continue
            fits = [
                entry
                for treaty, made in self.registry.linked(TG.establishes)
                if made == body.key and (entry := self.registry.entry(treaty)) is not None
                and _title_head(entry.label) == m.group("head").lower()
            ]  # fmt: skip
            if len(fits) == 1:
                entry = fits[0]
                self.take_known(entry, start, end)

    def titles(self) -> None:
        """A treaty's title runs over what completes it, so that no part of it is taken for
        another entity or date: the treaty a protocol is named after ("Third Additional
        Protocol to the Geneva Conventions", "Protocol I Additional to the Geneva Conventions
        of 1949") when the registry says the protocol supplements it, and the year and number
        that follow a title ("Domestic Workers Convention, 2011 (No. 189),", "the Covenant of
        1966")."""
        treaties = (TG.Treaty, TG.Protocol)
        merged: list[tuple[Mention, Mention]] = []
        for m in sorted(self.known, key=lambda x: x.start):
            if m.cls != TG.Protocol or m.via not in ("label", "alias"):
                continue
            link = _PARENT_LINK.match(self.text, m.end)
            parent = self._supplemented(m.key)
            if link is None or parent is None:
                continue
            at = {link.end(), link.end() + len(link.group("the") or "")}
            named = [p for p in self.known if p.start in at and p.key == parent.key]
            if named:
                merged.append((m, named[0]))
        for m, named_after in merged:
            self._extend(m, named_after.end, drop=named_after)
        for m in sorted((*self.known, *self.found), key=lambda x: x.start):
            if m.cls not in treaties or m.via not in ("label", "alias", "pattern"):
                continue
            tail = _TITLE_TAIL.match(self.text, m.end, self.stop)
            if tail is not None and tail.end() > m.end:
                self._extend(m, tail.end())

    def _extend(self, m: Mention, end: int, drop: Mention | None = None) -> None:
        """``m`` with its span run to ``end``; ``drop`` (a mention inside the new span) gone."""
        surface = self.document.text[m.start : end]
        longer = Mention(m.key, m.cls, m.label, m.start, end, surface, m.known, m.via)
        gone = {(m.start, m.end)} | ({(drop.start, drop.end)} if drop is not None else set())
        self.known = [longer if x is m else x for x in self.known if x is m or (x.start, x.end) not in gone]
        self.found = [longer if x is m else x for x in self.found if x is m or (x.start, x.end) not in gone]
        self.taken = [t for t in self.taken if t not in gone] + [(m.start, end)]

    def _organisation_prefix(self, start: int, end: int, head: str) -> int:
        """ "The African Union Convention for ... in Africa", "the Council of Europe Convention
        on ...": an organisation's name opening an unlisted title is part of the title, not an
        entity of its own, where it stands right before the head noun and nothing else inside the
        title is known."""
        inside = [m for m in self.known if m.start < end and start < m.end]
        if len(inside) != 1:
            return start
        org = inside[0]
        if (
            org.cls != TG.IntergovernmentalOrganization
            or not org.start <= start < org.end < end
            or not self.text.startswith(f" {head}", org.end)
        ):
            return start
        self.known = [m for m in self.known if m is not org]
        self.taken = [t for t in self.taken if t != (org.start, org.end)]
        return org.start

    def _protocol_of_named(self, start: int, end: int) -> tuple[Entry, int] | None:
        """ "The Second Optional Protocol to the covenant", "the Optional Protocol to the
        Convention": a protocol whose treaty is given by a word standing for the one named
        before. The registry's protocol to that treaty whose title begins with the same words
        is meant, when only one does; the span then runs to the end of "the covenant"."""
        name = self.text[start:end]
        own = re.fullmatch(r"(?P<own>.+?)\s+to\s+the\s+(?P<head>\w+)", name)
        if (
            own is None
            and re.search(r"\bProtocol$", name)
            and _ITS.search(self.text, max(0, start - 6), start)
        ):
            return self._own_protocol(name, start, end)  # "the covenant and its First Optional Protocol"
        if own is None and _NUMBERED_PROTOCOL.fullmatch(name) and _TO_THE.match(self.text, end) is None:
            return self._own_protocol(name, start, end)  # "the Convention and Protocol No. 1"
        if own is None:
            after = _TO_THE.match(self.text, end)
            if after is None or not re.search(r"\bProtocol$", name):
                return None
            words, head, end = name, after.group("head"), after.end()
        else:
            words, head = own.group("own"), own.group("head")
        head = head.lower()
        if head not in _TREATY_ANAPHORS or head in _GENERIC_TREATY_WORDS:
            return None
        earlier = [
            m for m in (*self.known, *self.found)
            if m.cls == TG.Treaty and m.end <= start and _title_head(m.label) == head
        ]  # fmt: skip
        if not earlier:
            return None
        parent = max(earlier, key=lambda m: m.start).key
        prefix = _normalised(words)
        fits = [
            entry
            for protocol, treaty in self.registry.linked(TG.supplements)
            if treaty == parent and (entry := self.registry.entry(protocol)) is not None
            and any(_normalised(n).startswith(prefix) for n in (entry.label, *entry.aliases))
        ]  # fmt: skip
        return (fits[0], end) if len(fits) == 1 else None

    def _own_protocol(self, name: str, start: int, end: int) -> tuple[Entry, int] | None:
        """ "Its First Optional Protocol": the registry's one protocol to the treaty named last
        before it whose title begins with these words."""
        earlier = [m for m in (*self.known, *self.found) if m.cls == TG.Treaty and m.end <= start]
        if not earlier:
            return None
        parent = max(earlier, key=lambda m: m.start).key
        prefix = _normalised(name)
        fits = [
            entry
            for protocol, treaty in self.registry.linked(TG.supplements)
            if treaty == parent and (entry := self.registry.entry(protocol)) is not None
            and any(f"{_normalised(n)} ".startswith(f"{prefix} ") for n in (entry.label, *entry.aliases))
        ]  # fmt: skip
        return (fits[0], end) if len(fits) == 1 else None

    def short_names(self) -> None:
        """A registry alias that is a short form of a treaty the document named in full before
        ("the Framework Convention" after "the Council of Europe Framework Convention on
        Artificial Intelligence ...") is that treaty, unless the registry's own treaty was named
        earlier still."""
        treaties = (TG.Treaty, TG.Protocol)
        unlisted = [m for m in self.found if m.cls in treaties and not m.known and m.via == "pattern"]
        if not unlisted:
            return
        renamed: list[Mention] = []
        for m in self.known:
            words = [w for w in m.text.split() if w.lower() != "the"]
            if m.cls not in treaties or m.via not in ("alias", "hidden") or len(words) > 3:
                renamed.append(m)
                continue
            before = [u for u in unlisted if u.end <= m.start]
            own = [k for k in self.known if k.key == m.key and k.end <= m.start]
            fits = [
                u for u in before if len(u.label.split()) > len(words) and _in_order(words, u.label.split())
            ]
            if not fits or (own and own[0].start < fits[-1].start):
                renamed.append(m)
                continue
            u = fits[-1]
            renamed.append(Mention(u.key, u.cls, u.label, m.start, m.end, m.text, u.known, "hidden"))
        self.known = renamed

    def _treaty_shortened(self, name: str, start: int) -> Mention | None:
        """The treaty named earlier whose title holds every word of a short ``name``, in order:
        "European Convention" after "European Convention for the Prevention of Torture"."""
        words = name.split()
        if len(words) > 3 or (any(w[0].isdigit() for w in words) and not words[0][0].isupper()):
            return None  # "1951 Convention" is no short form; "Protocol No. 16" is, of its full title
        earlier = [
            m for m in (*self.known, *self.found)
            if m.cls in (TG.Treaty, TG.Protocol) and m.end <= start and m.via != "hidden"
        ]  # fmt: skip
        head = _title_head(name)
        for m in sorted(earlier, key=lambda x: x.start, reverse=True):
            label = m.label.split()
            if head is not None and _title_head(m.label) not in (None, head):
                continue  # "the Convention" never shortens "Optional Protocol to the Convention"
            if len(label) > len(words) and _in_order(words, label):
                return m
        return None

    def states(self) -> None:
        # The registry lists every state with all its names, so a name it lacks is rarely one:
        # only a single word acting as a state counts ("Kelvaria will withdraw"), never two
        # ("Nelson Mandela's government", "the Federal President signed") nor the end of a
        # longer name ("the Council of Europe signed").
        names = {
            m.group("name")
            for m in _STATE_PATTERN.finditer(self.text, 0, self.stop)
            if " " not in m.group("name")
            and not _INSIDE_NAME.search(self.text, max(0, m.start() - 40), m.start())
            and not m.group("name").endswith("ing")  # "Having signed the statute, Chile": a participle
        }
        for name in sorted(names):
            if any(
                w in _LEADING_NOISE or w in self.nationality or w in _NOT_STATE or w in _HEAD_WORDS
                for w in name.split()
            ):
                continue  # "the Legislative Assembly has not ratified", "the Bar Association's president"
            if re.search(rf"\((?:the )?{re.escape(name)}[),]", self.text[: self.stop]):
                continue  # "(UNTAET) ... UNTAET signed": the short form of a longer name
            if _SURNAME_OF.search(
                re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", "\0", self.text[: self.stop])
            ):
                continue  # "President Rodrigo Duterte ... Duterte's government": a person's surname
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text[: self.stop]):
                self.add(m.start(), m.end(), "state", TG.State)

    def bodies(self) -> None:
        for span in find_bodies(self.text, self.stop):
            start, end = self._without_leading_noise(
                *self.trim(span.start, span.end, span.head), keep_the=span.cls == TG.MediaOutlet
            )
            lead = re.match(r"(?:and|or) ", self.text[start:end])
            if lead is not None:  # "the Netherlands and Human Rights Watch": the state was cut off
                start += lead.end()
            name = self.text[start:end]
            if end <= start or name == span.head or self.headline(start):
                continue
            if not self.free(start, end) and not self._yield_inner(start, end, body=True):
                continue
            earlier = self._body_shortened(name, start)
            if earlier is not None:  # "the Advisory Committee" after its full name
                self.taken.append((start, end))
                surface = self.document.text[start:end]
                self.found.append(
                    Mention(
                        earlier.key, earlier.cls, earlier.label, start, end, surface, earlier.known, "alias"
                    )
                )
                continue
            contexts = self._sentences_naming(name, start)
            cls = body_class(span, name, contexts, self.state_words)
            if cls == TG.NationalBody and self._opens_with_organisation(name):
                cls = TG.Organization  # "United Nations ... Administration": no state's own body
            self.add(start, end, "org", cls)

    def _opens_with_organisation(self, name: str) -> bool:
        return any(
            e.cls == TG.IntergovernmentalOrganization
            and any(name.startswith(f"{n} ") for n in (e.label, *e.aliases) if n[:1].isupper())
            for e in self.registry.entries.values()
        )

    def _body_shortened(self, name: str, start: int) -> Mention | None:
        """The body named earlier whose full name begins a longer run of the same words: "the
        Advisory Committee" after "the Advisory Committee on the Framework Convention", "the
        Committee of Social Rights" after "the European Committee of Social Rights". The short
        name has at least two words and the last one named wins."""
        words = name.split()
        if len(words) < 2 or not words[0][0].isupper():
            return None
        earlier = [
            m for m in (*self.known, *self.found)
            if m.key.startswith("org/") and m.end <= start and m.via != "hidden"
        ]  # fmt: skip
        for m in sorted(earlier, key=lambda x: x.start, reverse=True):
            for full in (m.text.split(), m.label.split()):
                if len(full) > len(words) and _in_order(words, full):
                    return m
        return None

    def legislatures(self) -> None:
        """A state's parliament, named by the state ("Hungary's parliament", "Peru's Congress":
        the Parliament of Hungary) or by its own single name where it acts as one ("the Saeima
        voted", "the Seimas had ratified"): a national body, wherever the name recurs."""
        states = {m.end: m for m in self.known if m.cls == TG.State}
        for m in find_legislatures(self.text, self.stop):
            state = states.get(m.start)
            if state is not None and m.kind == "org":  # "Hungary's parliament"
                start = m.end - len(m.head)
                head = " ".join(w if w == "of" else w[:1].upper() + w[1:] for w in m.head.split())
                label = f"{head} of {state.label}"
                self.add(start, m.end, "org", TG.NationalBody, label)
            elif m.kind == "demonym":  # "the Italian Chamber of Deputies": the Chamber of Deputies of Italy
                owners = self.registry.demonyms.get(self.text[m.start : m.end - len(m.head) - 1], ())
                if len(owners) == 1 and self.free(m.start, m.end):
                    head = " ".join(w if w == "of" else w[:1].upper() + w[1:] for w in m.head.split())
                    self.add(
                        m.start, m.end, "org", TG.NationalBody, f"{head} of {self.registry.labels[owners[0]]}"
                    )
            elif m.kind == "name":
                name = self.text[m.start : m.end]
                if (
                    # "the Senate approved" is a common noun; "the Assembly of the Republic" a name
                    (any(w in _HEAD_WORDS for w in name.split()) and not re.search(f"{OF_THE_POLITY}$", name))
                    or name in self.nationality
                    or self.names.get(_normalised(name))
                ):
                    continue
                for o in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text[: self.stop]):
                    self.add(o.start(), o.end(), "org", TG.NationalBody)
        # A chamber's own name no other state's chamber bears ("the Lok Sabha", "the Storting") is
        # that chamber wherever it stands, not only as the subject of a vote; unless the text
        # names its state's legislature otherwise ("the Croatian Parliament"), which the name may
        # be another word for.
        named = {
            self._state_of_chamber(m.label) for m in (*self.known, *self.found) if m.cls == TG.NationalBody
        }
        for o in _OWN_LEGISLATURE_NAMES.finditer(self.text, 0, self.stop):
            if state_key(_OWN_LEGISLATURE_STATES[o.group(0)]) not in named:
                self.add(o.start(), o.end(), "org", TG.NationalBody)

    def _state_of_chamber(self, label: str) -> str | None:
        """The state a chamber's name gives: by its adjective ("Croatian Parliament") or after
        "of" ("Parliament of Croatia")."""
        owners = self.registry.demonyms.get(label.split()[0], ()) if label.split() else ()
        return owners[0] if len(owners) == 1 else state_in_name(self.registry, label)

    def places(self) -> None:
        people = {w for m in self.found if m.cls == TG.Person for w in m.label.split()}
        for pattern in _REGION_PATTERNS:
            for m in pattern.finditer(self.text, 0, self.stop):
                self.add(m.start("name"), m.end("name"), "place", TG.Place)
        for span in find_places(self.text, self.stop):
            name = self.text[span.start : span.end].strip()
            words = name.split()
            if (
                not words
                or self.text.startswith(("'s", "\u2019s"), span.end)  # "Ghana's": an actor
                or any(w in people for w in words)
                or not self._place_words(words)
            ):
                continue
            label = name.title() if name.isupper() else name
            self.add(span.start, span.start + len(name), "place", TG.Place, label)

    def _place_words(self, words: list[str]) -> bool:
        if words[0] == "The":
            words = words[1:]
        if not words or any(not is_name_word(w) or w in _NEVER_IN_PLACES for w in words):
            return False
        if any(w.split("-")[0] in self.nationality or w in _HEAD_WORDS for w in words):
            return False
        return not (len(words) == 1 and words[0] in _NOT_ALONE)

    # -------------------------------------------------------------- after the finders

    def abbreviations(self) -> None:
        """An abbreviation in parentheses after a name names that entity for the rest of the
        document: "Committee on the Elimination of Racial Discrimination (CERD) ... CERD"."""
        defined: dict[str, Mention] = {}
        for m in sorted((*self.known, *self.found), key=lambda x: x.start):
            d = _ABBREVIATION_DEF.match(self.text, m.end)
            if d is None or d.group("abbr") in defined or m.cls == TG.Person:
                continue
            if m.cls in (TG.State, TG.Place) and not _abbreviates(d.group("abbr"), m.text):
                continue  # "the Coalition Against Torture in Kenya (CATK)": the longer name's, not Kenya's
            abbr = d.group("abbr")
            target = m
            registry_entry = self._registry_abbreviation(abbr, m)
            if registry_entry is None and not m.known:
                self._redefine(abbr, m.end)
            if registry_entry is not None and not m.known:
                self._rekey(m.key, registry_entry)
                target = next(x for x in self.found if x.start == m.start)
            defined[abbr] = target
        for abbr, m in defined.items():
            pattern = re.compile(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])")
            for occurrence in pattern.finditer(self.text, m.end, self.stop):
                if self.free(occurrence.start(), occurrence.end()):
                    self.taken.append((occurrence.start(), occurrence.end()))
                    self.found.append(
                        Mention(m.key, m.cls, m.label, occurrence.start(), occurrence.end(), abbr, m.known,
                                "abbreviation")
                    )  # fmt: skip

    def _redefine(self, abbr: str, start: int) -> None:
        """An abbreviation the document defines for a name of its own is that name's from there
        on, whatever the registry gives it: "the Centre Against Torture (CAT)" is no treaty."""
        dropped = [m for m in self.known if m.start >= start and m.text == abbr and m.via == "alias"]
        if dropped:
            spans = {(m.start, m.end) for m in dropped}
            self.known = [m for m in self.known if m not in dropped]
            self.taken = [t for t in self.taken if t not in spans]

    def _registry_abbreviation(self, abbr: str, m: Mention) -> Entry | None:
        """The registry entity that ``abbr`` names, when it is of the same kind as ``m``."""
        kind = _kind_of(m.cls)
        fits = [
            e for e in self.registry.entries.values() if abbr in e.aliases and e.cls in _KIND_CLASSES[kind]
        ]
        return fits[0] if len(fits) == 1 else None

    def _rekey(self, key: str, entry: Entry) -> None:
        self.found = [
            Mention(entry.key, entry.cls, entry.label, m.start, m.end, m.text, True, "alias")
            if m.key == key
            else m
            for m in self.found
        ]
        # "the Convention" read as "the Optional Protocol to the Convention" before the protocol
        # was known: the treaty the protocol supplements, else nothing
        head, parent = _title_head(entry.label), self._supplemented(entry.key)
        kept: list[Mention] = []
        for m in self.known:
            if m.key != key:
                kept.append(m)
            elif _title_head(m.text) in (None, head):
                kept.append(Mention(entry.key, entry.cls, entry.label, m.start, m.end, m.text, True, "alias"))
            elif parent is not None and _title_head(m.text) == _title_head(parent.label):
                kept.append(
                    Mention(parent.key, parent.cls, parent.label, m.start, m.end, m.text, True, "hidden")
                )
        self.known = kept

    def anaphora(self) -> None:
        """ "The convention", "the court": the entity of that kind named last before it. A
        treaty may be named any distance back; a court or committee only in the same or the
        previous paragraph. A registry reading of a treaty anaphor gives way to a treaty named
        more recently."""
        named = sorted(
            (m for m in (*self.known, *self.found) if m.via not in ("hidden", "surname")),
            key=lambda x: x.start,
        )
        redirected: dict[tuple[int, int], Mention] = {}
        told: Counter[str] = Counter()  # how often each treaty has been named so far, anaphors too
        for a in _ANAPHORS.finditer(self.text, 0, self.stop):
            head = (a.group("head") or a.group("this")).lower()
            head = "amendment" if head == "amendments" else head  # "the amendments" the title names
            target = self._antecedent(head, a.start(), named)
            if target is None:
                continue
            if head in _TREATY_ANAPHORS and head not in _GENERIC_TREATY_WORDS:
                target = self._main_treaty(target, head, a.start(), named, told)
                told[target.key] += 1
            span = (a.start(), a.end())
            if self.free(*span):
                self.taken.append(span)
                self.found.append(
                    Mention(target.key, target.cls, target.label, span[0], span[1],
                            self.document.text[span[0]:span[1]], target.known, "hidden")
                )  # fmt: skip
                owned = self._founding_treaty(target, a.end())
                if owned is not None:
                    named.append(owned)
            elif head in _TREATY_ANAPHORS and not target.known and self._near(target, a.start()):
                redirected[span] = target  # an unlisted treaty named since: it, not the registry's
            elif (
                head in _GENERIC_TREATY_WORDS and target.cls == TG.Protocol and self._near(target, a.start())
            ):
                # "the Optional Protocol to the Convention against Torture. The treaty ...": the
                # protocol named last, not the treaty its title names
                redirected[span] = target
        if redirected:
            self.known = [
                Mention(t.key, t.cls, t.label, m.start, m.end, m.text, t.known, "hidden")
                if (t := redirected.get((m.start, m.end))) is not None
                and m.via == "hidden"
                and m.cls in (TG.Treaty, TG.Protocol)
                else m
                for m in self.known
            ]  # fmt: skip

    def known_as(self) -> None:
        """ "A Committee of the Parties, known as the Lanzarote Committee": an unlisted name that
        the text says is also a registry entity's name is that entity."""
        for m in list(self.found):
            if m.known or m.via != "pattern":
                continue
            glue = _KNOWN_AS.match(self.text, m.end, self.stop)
            if glue is None:
                continue
            other = next((k for k in (*self.known, *self.found) if k.known and k.start == glue.end()), None)
            entry = self.registry.entry(other.key) if other is not None else None
            if entry is not None and _kind_of(entry.cls) == _kind_of(m.cls):
                self._rekey(m.key, entry)

    def original_and_revised(self) -> None:
        """ "Germany ratified the original Charter ... and signed the revised text": where the
        text has named a revised treaty, "the revised text" (or treaty, or its head noun) is
        that one, and "the original" one is the one other treaty of the same head noun named
        before. Without such a pair named before, nothing is taken."""
        for d in _ORIGINAL_OR_REVISED.finditer(self.text, 0, self.stop):
            start, end = d.start(), d.end()
            if not self.free(start, end):
                continue
            earlier = {
                m.key: self.registry.entry(m.key)
                for m in (*self.known, *self.found)
                if m.known and m.end <= start and m.cls == TG.Treaty
            }
            named = [e for e in earlier.values() if e is not None]
            revised = [e for e in named if "revised" in _normalised(e.label).split()]
            heads = {_title_head(e.label) for e in revised}
            head = d.group("head").lower()
            if len(revised) != 1 or (head not in ("text", "treaty") and head not in heads):
                continue
            if d.group("which").lower() == "revised":
                fits = revised
            else:
                fits = [e for e in named if e not in revised and _title_head(e.label) in heads]
            if len(fits) == 1:
                entry = fits[0]
                self.take_known(entry, start, end)

    def organs_of_others(self) -> None:
        """ "The OAS General Assembly": an organ the registry lists under one organisation (the
        UN's "General Assembly"), named after another organisation's name, is that other's organ,
        not the registry's; the name is left unread."""
        parents: dict[str, set[str]] = {}
        for organ, parent in self.registry.linked(ORG.subOrganizationOf):
            parents.setdefault(organ, set()).add(parent)
        dropped = []
        for m in self.known:
            if m.key not in parents or m.via not in ("alias", "hidden"):
                continue
            owner = next(
                (
                    o
                    for o in self.known
                    if o.cls == TG.IntergovernmentalOrganization
                    and _POSSESSIVE_GAP_OR_SPACE.fullmatch(self.text, o.end, m.start)
                ),
                None,
            )
            if owner is not None and owner.key not in parents[m.key]:
                dropped.append(m)
            elif m.via == "hidden" and self._other_organisation_only(m, parents[m.key]):
                dropped.append(m)  # "The General Assembly suspends Honduras" in a text on the OAS
        # the span stays taken: no later reading may give the name to the same registry entity
        self.known = [m for m in self.known if m not in dropped]

    def _other_organisation_only(self, organ: Mention, parents: set[str]) -> bool:
        """Whether the text names, before ``organ``, another intergovernmental organisation but
        none of the organ's own."""
        igos = {
            o.key for o in self.known if o.cls == TG.IntergovernmentalOrganization and o.end <= organ.start
        }
        return bool(igos) and not igos & parents

    def protocols_of_others(self) -> None:
        """ "The treaty's Second Additional Protocol" after the Convention on Cybercrime: a
        registry protocol named as another treaty's is not that protocol (the Geneva
        Conventions' second one); the name is left unresolved."""
        treaties = [m for m in (*self.known, *self.found) if m.cls in (TG.Treaty, TG.Protocol)]
        dropped = []
        for m in self.known:
            if m.cls != TG.Protocol or m.via not in ("label", "alias"):
                continue
            owner = next((t for t in treaties if _POSSESSIVE_GAP.fullmatch(self.text, t.end, m.start)), None)
            parent = self._supplemented(m.key)
            if owner is not None and parent is not None and owner.key not in (parent.key, m.key):
                dropped.append(m)
        if dropped:
            self.known = [m for m in self.known if m not in dropped]
            self.taken = [span for span in self.taken if span not in {(m.start, m.end) for m in dropped}]

    def protocols_named_by_their_treaty(self) -> None:
        """ "The protocol to the Forced Labour Convention entered into force in 2016": a treaty
        named after a lower-case "protocol to" is that protocol's parent, not the subject. The
        words name the registry's one protocol to it; where it has none or several, nothing."""
        for m in sorted((*self.known, *self.found), key=lambda x: x.start):
            if m.cls != TG.Treaty:
                continue
            before = _LOWER_CASE_PROTOCOL_TO.search(self.text, max(0, m.start - 60), m.start)
            if before is None:
                continue
            fits = (
                [
                    e
                    for p, t in self.registry.linked(TG.supplements)
                    if t == m.key and (e := self.registry.entry(p))
                ]
                if m.known
                else []
            )
            self.known = [x for x in self.known if x is not m]
            self._drop(m)
            if len(fits) == 1:
                start = before.start("protocol")
                entry = fits[0]
                self.known.append(
                    Mention(
                        entry.key,
                        entry.cls,
                        entry.label,
                        start,
                        m.end,
                        self.text[start : m.end],
                        True,
                        "alias",
                    )
                )
                self.taken.append((start, m.end))

    def namesakes(self) -> None:
        """ "The Commission on Human Rights, chaired by ..., has told Congress": a name national
        bodies share with a registry entity is that entity only where the text names another
        one the reference data links to it (the Council that replaced it); else the name is left
        to whatever body the text means."""
        if not any(m.via == "namesake" for m in self.known):
            return
        named = {m.key for m in self.known if m.via != "namesake"}
        linked = _neighbours(self.registry)
        dropped = [
            m for m in self.known if m.via == "namesake" and not linked.get(m.key, frozenset()) & named
        ]
        if dropped:
            self.known = [m for m in self.known if m not in dropped]
            self.taken = [span for span in self.taken if span not in {(m.start, m.end) for m in dropped}]

    def optional_protocols(self) -> None:
        """ "The First Optional Protocol" after the covenant, "the Optional Protocol to the
        Convention" in a text about the torture committee: a protocol named without its parent's
        title is the registry's protocol to the treaty meant, when exactly one fits. The parent
        is the treaty "the Convention" stands for (the last one of that head named before, else
        the one that establishes a body named before); without "to ...", the last treaty named in
        this paragraph or the one before. An ordinal must be in the protocol's own name."""
        for m in sorted(self.found, key=lambda x: x.start):
            title = _BARE_OPTIONAL_PROTOCOL.fullmatch(m.text)
            if m.known or m.via != "pattern" or title is None:
                continue
            parent = self._protocol_parent(title.group("head"), m.start)
            to = re.compile(r"\s+to\s+(?:the\s+)?").match(self.text, m.end)
            named = next(
                (
                    k
                    for k in (*self.known, *self.found)
                    if to and k.known and k.start == to.end() and k.cls == TG.Treaty
                ),
                None,
            )
            if title.group("head") is None and named is not None:
                parent = named.key  # "the First Optional Protocol to the civil and political covenant"
            ordinal = (title.group("ordinal") or "").lower()
            parents = [parent] if parent is not None else []
            if ordinal and title.group("head") is None and named is None:
                parents += self._treaties_about(m.start)  # "Peru has not accepted the First Optional ..."
            head = title.group("head")
            for candidate in parents:
                fits = self._optional_protocols_of(candidate, ordinal)
                if len(fits) == 1:
                    self._rekey(m.key, fits[0])
                    break
            else:
                subject = self._protocol_by_subject(m, parents)
                if subject is not None:  # "the Optional Protocol, on a communications procedure,"
                    self._rekey(m.key, subject)
                    continue
                if ordinal and head is not None:  # "the First Optional Protocol to the Covenant"
                    fits = list(
                        {
                            e.key: e
                            for k in (*self.known, *self.found)
                            if k.known and k.end <= m.start and k.cls == TG.Treaty
                            and _title_head(k.label) == head.lower()
                            for e in self._optional_protocols_of(k.key, ordinal)
                        }.values()
                    )  # fmt: skip
                    if len(fits) == 1:  # the one covenant named that has a first optional protocol
                        self._rekey(m.key, fits[0])
                        continue
                if (ordinal and named is None) or (head is None and to is None):
                    # an ordinal names a protocol of some treaty, never a treaty of its own; and
                    # "the Optional Protocol" that no treaty told of fits is no entity to name
                    self._drop(m)

    def _protocol_by_subject(self, m: Mention, parents: list[str]) -> Entry | None:
        """The one protocol of these treaties whose name holds the subject given right after
        "Optional Protocol" ("..., on a communications procedure,")."""
        tail = re.match(
            r",?\s+(on\s+(?:a|an|the)\s+[a-z][a-z ,-]{3,80}?)(?=[,.;)]|\s+which\b)", self.text[m.end :]
        )
        if tail is None:
            return None
        subject = tail.group(1).lower()
        fits = {
            e.key: e
            for parent in parents
            for e in self._optional_protocols_of(parent, "")
            if any(subject in name.lower() for name in (e.label, *e.aliases))
        }
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _optional_protocols_of(self, parent: str, ordinal: str) -> list[Entry]:
        """The registry's optional protocols to ``parent`` whose name begins with the
        ordinal given ("first optional protocol"), or with "optional protocol" without one."""
        pattern = rf"{ordinal}\s+optional\s+protocol\b" if ordinal else r"optional\s+protocol\b"
        return [
            entry
            for protocol, treaty in self.registry.linked(TG.supplements)
            if treaty == parent
            and (entry := self.registry.entry(protocol)) is not None
            and any(re.match(pattern, name, re.IGNORECASE) for name in (entry.label, *entry.aliases))
        ]  # fmt: skip

    def _treaties_about(self, pos: int) -> list[str]:
        """The treaties a sentence or its text is about, the likelier first: those that set up a
        body the sentence names, then the treaty the text names most often (when one does)."""
        start, end = _sentence_bounds(self.document, pos)
        mentions = [m for m in (*self.known, *self.found) if m.known and m.end <= self.stop]
        bodies = {m.key for m in mentions if start <= m.start < end and m.cls not in _NOT_BODIES}
        out = sorted({t for t, b in self.registry.linked(TG.establishes) if b in bodies})
        counts = Counter(m.key for m in mentions if m.cls == TG.Treaty).most_common(2)
        if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
            out.append(counts[0][0])
        return out

    def _drop(self, m: Mention) -> None:
        self.found = [x for x in self.found if x is not m]
        self.taken = [t for t in self.taken if t != (m.start, m.end)]

    def _protocol_parent(self, head: str | None, pos: int) -> str | None:
        named = sorted(
            (m for m in (*self.known, *self.found) if m.known and m.end <= pos and m.cls == TG.Treaty),
            key=lambda x: x.start,
        )
        if head is None:
            near = [m for m in named if self._near(m, pos)]
            return near[-1].key if near else None
        same = [m for m in named if _title_head(m.label) == head.lower()]
        if same:
            return same[-1].key
        bodies = {m.key for m in (*self.known, *self.found) if m.known and m.end <= pos}
        founders = {
            t
            for t, b in self.registry.linked(TG.establishes)
            if b in bodies
            and (entry := self.registry.entry(t)) is not None
            and _title_head(entry.label) == head.lower()
        }
        return next(iter(founders)) if len(founders) == 1 else None

    def _near(self, m: Mention, pos: int) -> bool:
        """Whether ``m`` is in the paragraph of ``pos`` or the one before."""
        return m.start > self._previous_paragraph(pos)

    def _previous_paragraph(self, pos: int) -> int:
        """Where the paragraph before the one holding ``pos`` begins (less one); blank lines
        between paragraphs do not count as paragraphs."""
        start = self.text.rfind("\n", 0, pos)
        while start > 0 and not self.text[self.text.rfind("\n", 0, start) + 1 : start].strip():
            start = self.text.rfind("\n", 0, start)  # skip the blank lines above
        return self.text.rfind("\n", 0, max(0, start))

    def partial_treaty_names(self) -> None:
        """ "Since it ratified the European Convention" next to "the European Committee for the
        Prevention of Torture": a treaty name that only begins the titles of several registry
        treaties is the one of them that establishes a body named in the same sentence."""
        bodies = self.registry.linked(TG.establishes)
        for m in list(self.found):
            if m.known or m.cls not in (TG.Treaty, TG.Protocol):
                continue
            words = _normalised(m.label.removeprefix("the ").removeprefix("The ")).split()
            if len(words) < 2:
                continue
            fits = {
                entry.key
                for entry in self.registry.entries.values()
                if entry.cls in (TG.Treaty, TG.Protocol)
                and any(_normalised(n).split()[: len(words)] == words for n in (entry.label, *entry.aliases))
            }
            if len(fits) < 2:
                continue
            start, end = _sentence_bounds(self.document, m.start)
            named = {k.key for k in (*self.known, *self.found) if k.known and start <= k.start < end}
            founders = {t for t, b in bodies if t in fits and b in named}
            entry = self.registry.entry(next(iter(founders))) if len(founders) == 1 else None
            if entry is not None:
                self._rekey(m.key, entry)

    def instruments_of_bodies(self) -> None:
        """ "the Statute of the Special Court for Sierra Leone", "the Charter of the Commission":
        a founding instrument's head noun and "of the" before a body the registry knows, where no
        registry treaty is named there, is a treaty of its own named after the body; the body's
        name inside it is no mention of its own."""
        for body in list(self.known):
            if not body.key.startswith("org/"):
                continue
            head = _HEAD_OF_THE.search(self.text, max(0, body.start - 20), body.start)
            if head is None or not self.free(head.start("name"), head.end()):
                continue
            if _TITLE_RUNS_ON.match(self.text, body.end):
                continue  # "the Convention of the Council of Europe on Action against ...": a longer title
            start = head.start("name")
            self.known = [k for k in self.known if k is not body]
            self.taken = [t for t in self.taken if t != (body.start, body.end)]
            if self.add(start, body.end, "treaty", TG.Treaty) is None:
                self.known.append(body)  # the title names a registry entity of another class
                self.taken.append((body.start, body.end))

    def titles_over_bodies(self) -> None:
        """ "The Protocol to the African Charter on the Establishment of an African Court on
        Human and Peoples' Rights": a treaty's title that runs on over the name of the body it
        establishes, shortened from the registry's title, is that registry treaty, the body's name
        inside it no mention of its own. Only where exactly one registry treaty's title holds
        every word of it in order, and the registry says that treaty establishes that body."""
        founders = self.registry.linked(TG.establishes)
        for m in list(self.found):
            if m.known or m.cls not in (TG.Treaty, TG.Protocol):
                continue
            joint = _OF_THE_BODY.match(self.text, m.end)
            body = next((k for k in self.known if joint and k.start == joint.end()), None)
            if body is None or not body.key.startswith("org/"):
                continue
            words = _normalised(self.text[m.start : body.end]).split()
            fits = {
                entry.key: entry
                for entry in self.registry.entries.values()
                if entry.cls in (TG.Treaty, TG.Protocol)
                and (entry.key, body.key) in founders
                and any(_in_order(words, _normalised(n).split()) for n in (entry.label, *entry.aliases))
            }
            if len(fits) != 1:
                continue
            entry = next(iter(fits.values()))
            title = Mention(
                entry.key,
                entry.cls,
                entry.label,
                m.start,
                body.end,
                self.text[m.start : body.end],
                True,
                "alias",
            )
            self.found = [f for f in self.found if f is not m]
            self.known = [k for k in self.known if k is not body] + [title]

    def _main_treaty(
        self, nearest: Mention, head: str, pos: int, named: list[Mention], told: Counter[str]
    ) -> Mention:
        """ "The Convention" paragraphs after the last convention named: the document's main
        one, the convention of that head named most often so far, when one leads (a court's
        release quoting "the 1951 Geneva Convention" once still means its own convention by
        "the Convention" further on). Within this paragraph or the one before, the nearest."""
        if self._near(nearest, pos):
            return nearest
        counts = Counter(told)
        latest: dict[str, Mention] = {}
        for m in named:
            if m.end <= pos and m.cls in (TG.Treaty, TG.Protocol) and _title_head(m.label) == head:
                counts[m.key] += 1
                latest[m.key] = m
        ranked = sorted(((n, k) for k, n in counts.items() if k in latest), reverse=True)
        if len(ranked) >= 2 and ranked[0][0] > ranked[1][0] and ranked[0][1] != nearest.key:
            return latest[ranked[0][1]]
        return nearest

    def _antecedent(self, head: str, pos: int, named: list[Mention]) -> Mention | None:
        if head in _TREATY_ANAPHORS:
            treaties = [m for m in named if m.cls in (TG.Treaty, TG.Protocol) and m.end <= pos]
            if head in _GENERIC_TREATY_WORDS:
                if len({m.key for m in treaties}) > 1 and _LEGAL_BASIS.search(
                    self.text, max(0, treaties[-1].start - 30), treaties[-1].start
                ):
                    # "Under the Vienna Convention on the Law of Treaties, the notice frees it.
                    # Israel signed the treaty": a treaty cited as the law, not the one told of
                    return None
                return treaties[-1] if treaties else None
            # "the covenant" is a covenant, not a protocol to one: the head of the title counts,
            # and a protocol named last points to the treaty it supplements
            for m in reversed(treaties):
                if _title_head(m.label) == head:
                    return m
                parent = self._supplemented(m.key)
                if parent is not None and _title_head(parent.label) == head:
                    return Mention(
                        parent.key, parent.cls, parent.label, m.start, m.end, m.text, True, "hidden"
                    )
            return None
        if head in _NAMED_BY_WORD:
            words = head.split()
            bodies = [
                m for m in named
                if m.end <= pos and _kind_of(m.cls) in ("org", "state")
                and all(w in f"{m.text} {m.label}".lower().split() for w in words)
            ]  # fmt: skip
        elif head == "body":
            # "the body": only a body of experts or a state's own body named in this paragraph or
            # the one before, and only one of them
            window = self._previous_paragraph(pos)
            bodies = [m for m in named if window < m.start and m.end <= pos and _kind_of(m.cls) == "org"]
            own = (TG.MonitoringBody, TG.NationalBody)
            if len({m.key for m in bodies}) != 1 or bodies[-1].cls not in own:
                return None
            return bodies[-1]
        else:
            bodies = [
                m for m in named
                if m.end <= pos and _kind_of(m.cls) == "org" and head in m.label.lower().split()
            ]  # fmt: skip
        if not bodies:
            return self._established_by_named(head, pos, named)
        window = self._previous_paragraph(pos)
        near = [m for m in bodies if window < m.start]
        # two courts named nearby: "the court" is unclear; further back, only one in the document
        chosen = near or bodies
        if len({m.key for m in chosen}) != 1:
            return None
        igo = TG.IntergovernmentalOrganization
        if (
            head in _ORGAN_WORDS
            and chosen[-1].cls == igo
            and any(
                m.cls == igo and m.key != chosen[-1].key and chosen[-1].end < m.start < pos for m in named
            )
        ):
            # "the Council of Europe ... The African Union suspended Mali. The council ...": a
            # word for an organ of the organisation named since, as much as the one named before
            return None
        return chosen[-1]

    def _established_by_named(self, head: str, pos: int, named: list[Mention]) -> Mention | None:
        """ "The court" where no court is named but its statute is ("the Rome Statute of the
        International Criminal Court ... The court"): the one body of that head noun the
        registry says the treaties named before establish."""
        treaties = {m.key: m for m in named if m.cls in (TG.Treaty, TG.Protocol) and m.end <= pos}
        found: dict[str, tuple[Entry, Mention]] = {}
        for treaty, body in self.registry.linked(TG.establishes):
            entry = self.registry.entry(body)
            if treaty in treaties and entry is not None and head in entry.label.lower().split():
                found[body] = (entry, treaties[treaty])
        if len(found) != 1:
            return None
        entry, via = next(iter(found.values()))
        return Mention(entry.key, entry.cls, entry.label, via.start, via.end, via.text, True, "hidden")

    def _founding_treaty(self, body: Mention, end: int) -> Mention | None:
        """ "The court's protocol": the treaty the registry says establishes the body."""
        m = _OWN_TREATY.match(self.text, end)
        if m is None or not self.free(m.start("head"), m.end("head")):
            return None
        for treaty, established in self.registry.linked(TG.establishes):
            if established == body.key:
                entry = self.registry.entry(treaty)
                if entry is not None and _title_head(entry.label) == m.group("head").lower():
                    s, e = m.start("head"), m.end("head")
                    self.taken.append((s, e))
                    found = Mention(
                        entry.key, entry.cls, entry.label, s, e, self.document.text[s:e], True, "hidden"
                    )
                    self.found.append(found)
                    return found
        return None

    def _supplemented(self, key: str) -> Entry | None:
        """The treaty a protocol supplements, as the registry says."""
        parents = [parent for protocol, parent in self.registry.linked(TG.supplements) if protocol == key]
        return self.registry.entry(parents[0]) if parents else None

    # -------------------------------------------------------------- helpers

    def _without_leading_noise(self, start: int, end: int, keep_the: bool = False) -> tuple[int, int]:
        words = self.text[start:end].split(" ")
        while len(words) > 1 and (
            (words[0] in _LEADING_NOISE and not (keep_the and words[0] == "The"))
            or _BASED.fullmatch(words[0])  # "the Bangkok-based Southeast Asia Rights Forum"
        ):
            start += len(words[0]) + 1
            words = words[1:]
        return start, end

    def _sentences_naming(self, name: str, start: int) -> list[str]:
        """The sentences that name a body, by its name or the abbreviation it is given."""
        d = _ABBREVIATION_DEF.match(self.text, start + len(name))
        surfaces = [name, d.group("abbr")] if d else [name]
        out = []
        for sentence in self.document.sentences:
            if sentence.start >= self.stop:
                break
            chunk = self.text[sentence.start : sentence.end]
            if any(s in chunk for s in surfaces):
                out.append(chunk)
        return out


_ITS = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_BASED = re.compile(r"[A-Z][\w'-]*-based")


def _in_order(words: list[str], label: list[str]) -> bool:
    it = iter(w.lower() for w in label)
    return all(any(w.lower() == x for x in it) for w in words)


_NOT_BODIES = frozenset({TG.State, TG.Person, TG.Place, TG.Treaty, TG.Protocol})
# the head noun of a body's founding instrument right before "of the" and the body's name ("the
# Statute of the Special Court", "the Charter of the Commission"); a convention or a protocol "of"
# a body is one it made, named some other way
_HEAD_OF_THE = re.compile(r"(?:(?<=\b[Tt]he )|(?<=^)|(?<=\n))(?P<name>(?P<head>Statute|Charter)) of the $")
_TITLE_RUNS_ON = re.compile(r"\s+(?:on|for|against|concerning|relating)\s")
# "... on the Establishment of an African Court ...": a title going on into a body's name
_OF_THE_BODY = re.compile(r" of (?:an?|the) ")
_ESTABLISHING = re.compile(
    r"\b[Tt]he (?P<head>Protocol|Convention|Statute|Treaty|Agreement|Charter) (?:establishing|creating|"
    r"setting up|that (?:established|created|set up)|which (?:established|created|set up)) (?=the |an? )"
)
_LINK_WORDS = frozenset(
    {"the", "of", "on", "and", "for", "against", "to", "in", "a", "an", "concerning", "relating", "with"}
)
_NUMBERED_PROTOCOL = re.compile(r"Protocol No\. \d+")
_DATED = (TG.Adoption, TG.OpeningForSignature)
_DATED_CACHE: dict[int, tuple[Registry, dict[tuple[int, str], set[str]]]] = {}


def _dated_treaties(registry: Registry) -> dict[tuple[int, str], set[str]]:
    """(year, head noun) -> the registry treaties of that head noun adopted or opened for
    signature in that year, read from the registry's dated events."""
    cached = _DATED_CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1]
    kinds: dict[str, str] = {}
    treaty: dict[str, str] = {}
    date: dict[str, str] = {}
    for t in registry.triples:
        if isinstance(t.subject, ox.Triple) or isinstance(t.object, ox.Triple):
            continue
        p, s, o = t.predicate.value, t.subject.value, t.object.value
        if p == RDF.type and o in _DATED:
            kinds[s] = o
        elif p == TG.treaty and o.startswith(registry.base):
            treaty[s] = o[len(registry.base) :]
        elif p == TG.date:
            date[s] = o
    out: dict[tuple[int, str], set[str]] = {}
    for event in kinds:
        key, when = treaty.get(event), date.get(event, "")
        entry = registry.entry(key) if key else None
        head = _title_head(entry.label) if entry is not None else None
        if entry is not None and head is not None and re.match(r"\d{4}-", when):
            out.setdefault((int(when[:4]), head), set()).add(entry.key)
    _DATED_CACHE[id(registry)] = (registry, out)
    return out


_LEADING_YEAR = re.compile(r"(?:1[6-9]|20)\d\d ")


def _title_head(label: str) -> str | None:
    """The head noun of a treaty's title: the first treaty noun in it ("protocol" in "Optional
    Protocol to the International Covenant ...")."""
    for word in label.lower().replace("-", " ").split():
        word = word.strip(".,;:()'\"")
        if word in _TREATY_ANAPHORS or word.removesuffix("s") in _TREATY_ANAPHORS:
            return word if word in _TREATY_ANAPHORS else word.removesuffix("s")
    return None


_TREATY_ANAPHORS = frozenset(
    {"charter", "convention", "treaty", "agreement", "pact", "covenant", "statute", "protocol", "amendment"}
)
_LEADING_NOISE = frozenset(sections("not_names")["function words"]) | {"According"}
_NOT_NAMES = sections("not_names")
_NEVER_IN_PLACES = frozenset(
    [
        *_NOT_NAMES["function words"],
        *_NOT_NAMES["generic nouns written with capitals in headlines and names of things"],
    ]
) - {"The"}
_NOT_ALONE = frozenset(
    [*_NOT_NAMES["calendar"], *_NOT_NAMES["sentence adverbs"], *_NOT_NAMES["compass and region words"]]
)
_NOT_STATE = _NOT_ALONE | _NEVER_IN_PLACES
_HEAD_WORDS = frozenset(
    w for h in (*entries("org_heads"), *entries("treaty_heads")) for w in h.split() if is_name_word(w)
)


def _surname_mentions(
    document: Document, text: str, people: list[Mention], taken: list[tuple[int, int]], stop: int
) -> list[Mention]:
    """Later mentions of a person by surname alone, linked to the full name found earlier.

    The surname is the last word with the particles before it ("von der Leyen")."""
    found: list[Mention] = []
    particles = set(sections("particles")["words"])
    for person in people:
        words = person.label.split()
        surname_words = [words[-1]]
        for w in reversed(words[1:-1]):
            if w.lower() not in particles:
                break
            surname_words.insert(0, w)
        surname = " ".join(surname_words)
        body = re.escape(surname)
        if surname[0].islower():  # "Von der Leyen" opening a sentence
            body = f"[{surname[0]}{surname[0].upper()}]" + re.escape(surname[1:])
        # the full name again, where no pattern caught it ("according to Ana Silva")
        for m in re.finditer(rf"(?<![\w-]){re.escape(person.text)}(?![\w-])", text[:stop]):
            if m.start() >= person.end and not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                found.append(_again(person, m))
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])")
        for m in pattern.finditer(text, person.end, stop):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            lead = text[max(0, m.start() - 30) : m.start()]
            before = re.search(rf"({WORD}) $", lead)
            opens = before and re.search(rf"(?:^|[.!?]\s+|\n){re.escape(before.group(1))} $", lead)
            if before and not opens and before.group(1) not in _TITLE_WORDS:
                continue  # "Jane Sadovskaya" is someone else; "Later Sadovskaya", "Dr. Ozola" are not
            taken.append((m.start(), m.end()))
            found.append(_again(person, m))
    return found


def _short_forms_of_earlier_names(found: list[Mention], people: list[Mention]) -> list[Mention]:
    """A name of two words or more that ends an earlier person's longer name is that person:
    "Quintero Salas:" labelling an interview's answers after "Rafael Quintero Salas" (two
    surnames, where the surname finder takes the last word alone)."""
    out: list[Mention] = []
    for m in found:
        words = m.label.split()
        if m.cls == TG.Person and not m.known and len(words) >= 2:
            longer = {
                p.key: p
                for p in people
                if p.start < m.start
                and len(p.label.split()) > len(words)
                and p.label.split()[-len(words) :] == words
            }
            if len(longer) == 1:
                m = _again(next(iter(longer.values())), m)
        out.append(m)
    return out


def _abbreviates(abbr: str, name: str) -> bool:
    """Whether ``abbr`` could shorten ``name``: it opens with the name's first letter ("UK",
    "DRC" for "the Democratic Republic of the Congo")."""
    words = [w for w in name.split() if w.lower() != "the"]
    return bool(words) and abbr[:1].upper() == words[0][:1].upper()


def _again(person: Mention, m: re.Match[str] | Mention) -> Mention:
    """``person`` named again at ``m``, by full name or surname."""
    if isinstance(m, Mention):
        return Mention(person.key, person.cls, person.label, m.start, m.end, m.text, person.known, "surname")
    return Mention(
        person.key, person.cls, person.label, m.start(), m.end(), m.group(0), person.known, "surname"
    )


_TITLE_WORDS = frozenset(w.rstrip(".") for t in entries("titles") for w in t.split())


def _one_class_per_key(found: list[Mention]) -> dict[str, str]:
    """An unlisted entity keeps one class in a document: the most specific one any of its
    mentions was given ("the rights group Nordic Prison Watch" makes every later one an NGO)."""
    classes: dict[str, str] = {}
    for m in sorted(found, key=lambda x: x.start):
        if m.known:
            continue
        if m.key not in classes or (classes[m.key] == TG.Organization and m.cls != TG.Organization):
            classes[m.key] = m.cls
    return classes


def find_mentions(document: Document, registry: Registry) -> list[Mention]:
    """Every entity mention in the article body (reader comments excluded), in text order.

    Unknown entities are keyed by ``Minter.entity(kind, name)``: the same name gives the same
    key in every document. An unknown name that is another spelling of a registry label or
    alias, or that the document abbreviates as the registry does, is that registry entity.
    """
    text = normalise_quotes(document.text)
    stop = content_end(text)
    known = _registry_mentions(document, text, registry, stop)
    # "according to The Kyiv Independent" names an outlet, not the city inside its name
    for m in _OUTLET_PATTERN.finditer(text, 0, stop):
        s, e = m.start("name"), m.end("name")
        inside = [k for k in known if s <= k.start and k.end <= e]
        if (
            inside
            and not any(k.start == s and k.end == e for k in inside)
            and len(m.group("name").split()) > 1
        ):
            known = [k for k in known if k not in inside]
    finder = _Finder(document, text, registry, known, stop)
    finder.namesakes()
    finder.organs_of_others()
    finder.issuer()
    finder.people()
    finder.outlets()
    finder.protocols_to_named()
    finder.described_treaties()
    finder.establishing()
    finder.instruments_of_bodies()
    finder.treaties()
    finder.titles()
    finder.short_names()
    finder.states()
    finder.bodies()
    finder.legislatures()
    finder.places()
    finder.abbreviations()
    finder.known_as()
    finder.partial_treaty_names()
    finder.titles_over_bodies()
    finder.anaphora()
    finder.protocols_of_others()
    finder.protocols_named_by_their_treaty()
    finder.original_and_revised()
    finder.optional_protocols()
    known, patterned = finder.known, finder.found
    first: dict[str, Mention] = {}
    for found in sorted(known + patterned, key=lambda x: x.start):
        if found.cls == TG.Person and len(found.label.split()) >= 2:
            first.setdefault(found.key, found)
    surnames = _surname_mentions(document, text, list(first.values()), finder.taken, stop)
    patterned = _short_forms_of_earlier_names(patterned, list(first.values()))
    labels = {m.key: m.label for m in patterned if not m.known}
    classes = _one_class_per_key(patterned)
    out = [
        Mention(
            m.key,
            classes.get(m.key, m.cls),
            labels.get(m.key, m.label),
            m.start,
            m.end,
            m.text,
            m.known,
            m.via,
        )
        for m in known + patterned + surnames
    ]
    return sorted(out, key=lambda m: (m.start, m.end))
