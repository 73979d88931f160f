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
from collections import Counter
from dataclasses import dataclass

from loaders.documents import Document
from loaders.iris import Minter
from loaders.registry import Entry, Registry
from loaders.vocabulary import TG

__all__ = ["Mention", "content_end", "find_mentions", "normalise_quotes"]


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
# A name that also names a person or a firm, next to another capitalised word, is part of that
# longer name: "Michael Jordan", "Chad Smith", "EU Global News".
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-Z][\w'-]* $")
_CAPITALISED_AFTER = re.compile(r" [A-Z][\w'-]*")


def _words(text: str) -> frozenset[str]:
    """The runs of word characters in ``text``, in lower case. A surface matches only where the
    text has each of its runs, so a surface with a run the text lacks need not be scanned for."""
    return frozenset(re.findall(r"\w+", text.lower()))


@functools.cache
def _surface_words(surface: str) -> frozenset[str]:
    return _words(surface)


def _registry_candidates(text: str, registry: Registry, stop: int) -> list[_Candidate]:
    found: list[_Candidate] = []
    words = _words(text[:stop])
    for entry in registry.entries.values():
        surfaces = [(entry.label, "label")]
        surfaces += [(a, "alias") for a in entry.aliases]
        surfaces += [(h, "hidden") for h in entry.hidden]
        for surface, via in surfaces:
            if not _surface_words(surface) <= words:
                continue
            for m in _surface_pattern(surface).finditer(text, 0, stop):
                if (
                    entry.cls == TG.Place or (via == "hidden" and entry.cls == TG.State)
                ) and _INSTRUMENT_AFTER.match(text, m.end()):
                    continue
                if m.group(0) in registry.ambiguous and (
                    _CAPITALISED_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
                    or _CAPITALISED_AFTER.match(text, m.end())
                ):
                    continue
                found.append(_Candidate(m.start(), m.end(), entry, via))
    return found


_ABBREVIATION_DEF = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z]{1,9})(?:\)|\s+[–—-]|,)")
_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|from|outside|around|to|into|across|of)\s+)$", re.I)
_POSSESSIVE = re.compile(r"'s?\b")
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


_NGO_CUES = re.compile(r"\b(?:activists?|NGOs?|rights groups?|Telegram|human rights defenders)\b", re.I)


def _resolve(
    group: list[_Candidate],
    text: str,
    sentence: tuple[int, int],
    history: list[tuple[int, str]],
    main: Counter[str],
) -> tuple[Entry, str] | None:
    """Choose the entity a span names, or none when the context does not settle it."""
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
    states = [c for c in group if c.entry.cls == TG.State]
    if states:
        if _LOCATIVE.search(text[max(0, start - 12) : start]) and not _POSSESSIVE.match(text, end):
            return None
        return states[0].entry, "hidden"
    by_cue = _by_cue(group, text[max(0, start - 40) : start], text[end : end + 40])
    if by_cue is not None:
        return by_cue, "hidden"
    sentence_text = text[sentence[0] : sentence[1]]
    ngos = [c for c in group if c.entry.cls == TG.NGO]
    if ngos and _NGO_CUES.search(sentence_text):
        return ngos[0].entry, "hidden"
    keys = {c.entry.key: c.entry for c in group if c.entry.cls != TG.NGO or not ngos}
    # the entity named most recently in this paragraph or the one before; further back, the
    # document's main one (an article's "the convention" is the treaty it is about)
    window = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start)))
    for offset, key in reversed(history):
        if offset < window:
            break
        if key in keys:
            return keys[key], "hidden"
    ranked = sorted((n, k) for k, n in main.items() if k in keys and n > 0)
    if ranked and (len(ranked) == 1 or ranked[-1][0] > ranked[-2][0]):
        return keys[ranked[-1][1]], "hidden"
    return None


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
    mentions: list[Mention] = []
    history: list[tuple[int, str]] = []
    for span in sorted(spans):
        group = spans[span]
        surface = document.text[span[0] : span[1]]
        if surface in abbreviations and abbreviations[surface][0] < span[0]:
            entry: Entry | None = registry.entries[abbreviations[surface][1]]
            via = "abbreviation"
        else:
            resolved = _resolve(group, text, _sentence_bounds(document, span[0]), history, main)
            entry, via = resolved if resolved else (None, "")
        if entry is None:
            continue
        history.append((span[0], entry.key))
        mentions.append(Mention(entry.key, entry.cls, entry.label, span[0], span[1], surface, True, via))
    return mentions


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

_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME = rf"(?P<name>{_NAME_WORD}(?: (?:[A-Z]\. )?{_NAME_WORD}){{1,3}})"
_TITLES = (
    r"President|Prime Minister|Senator|Ombudsman|Foreign Minister|Justice Minister|"
    r"Defen[cs]e Minister|Minister|Deputy|Ambassador|Chancellor|Spokesperson|Spokesman|"
    r"Spokeswoman|Commissioner|Chairman|Chairwoman|Director|Judge|Professor|Prof\.|Dr\.|"
    r"Mr\.|Mrs\.|Ms\.|Mayor|Governor|Secretary-General|Secretary General|Rapporteur|Lawyer|"
    r"Activist|Journalist"
)
_ROLE_WORDS = (
    r"minister|ombudsman|spokes(?:person|man|woman)|rapporteur|director|president|chair(?:man|woman)?|"
    r"senator|ambassador|secretary|head|commissioner|lawyer|activist|journalist|member|founder|"
    r"editor|publisher|researcher|expert|lawmaker|deputy|adviser|advisor|representative"
)
_PERSON_PATTERNS = [
    re.compile(rf"(?<![\w-])(?:{_TITLES}|(?i:foreign|justice|defen[cs]e) (?i:minister)) {_NAME}\b"),
    re.compile(rf"\b(?i:{_ROLE_WORDS}), {_NAME},"),
    re.compile(rf"\b{_NAME}, (?:a|an|the) (?:[\w'-]+ ){{0,4}}?(?i:{_ROLE_WORDS})\b"),
    re.compile(rf"\b(?:spoke|speaking|talked|talking|interviewed) (?:with|to )?{_NAME}\b"),
    re.compile(rf"(?:^|(?<=\n)){_NAME} is (?:the|a|an) (?:[\w-]+ ){{0,2}}?(?i:{_ROLE_WORDS})\b"),
]
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Russian",
        "Ukrainian",
        "European",
        "Soviet",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
    ]
)

_ORG_KEYWORDS = (
    r"Commission|Council|Center|Centre|Committee|Consortium|Organi[sz]ation|Ministry|Agency|"
    r"Office|Foundation|Institute|Network|Union|Association|Tribunal|Parliament|Assembly|"
    r"Service|Bureau|Coalition|Fund|Movement|Society|Watch|Initiative|Group"
)
_CAP = r"[A-Z][\w'&-]*(?:\.[a-z]+)*"
_ORG_PATTERN = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAP} )+(?:{_ORG_KEYWORDS})(?: (?:of|for|on|against)(?: the)?(?: {_CAP})+)?"
    rf"|(?:{_ORG_KEYWORDS}) (?:of|for|on|against)(?: the)?(?: {_CAP})+)(?![\w-])"
)
_OUTLET_NAME = r"(?P<name>(?:The )?[A-Z][\w&-]*(?:\.[a-z]+)*(?: [A-Z][\w&-]*){0,3})"
_OUTLET_PATTERN = re.compile(
    r"\b(?:[Aa]ccording to|[Aa]s reported by|[Rr]eported by|[Aa]s cited by|[Cc]ited by|[Tt]old) "
    + _OUTLET_NAME
)
_PUBLICATION_ROLE = re.compile(
    rf"\b(?:publisher|editor|editor-in-chief)(?: and (?:publisher|editor))? of {_OUTLET_NAME}"
)
_NGO_PATTERN = re.compile(rf"\b(?:NGO|rights group|human rights group) (?P<name>(?:{_CAP} ?)+)(?<! )")
_FOUNDER_PATTERN = re.compile(
    r"\b(?:founder|director|head)(?: and (?:[\w-]+ ){0,2}?[Dd]irector)? of "
    r"(?P<name>[A-Z][\w&-]*(?:\.[a-z]+)*(?: [A-Z][\w&-]*){0,3})"
)
_PLACE_PATTERNS = [
    re.compile(r"\bthe (?P<name>Republic of [A-Z][a-z]+)"),
    re.compile(r"\b(?:in|from|near|of) the (?P<name>(?:North|South|East|West)(?:ern)? [A-Z][a-z]+)\b"),
]
_TREATY_PATTERN = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAP} )+(?:Convention|Charter|Treaty|Protocol|Agreement|Covenant|Pact)"
    rf"(?: (?:on|for|against|of)(?: the)?(?: {_CAP})+)?)(?![\w-])"
)
_TREATY_ANAPHOR = re.compile(r"\b[Tt]he (?:charter|convention|treaty|agreement|pact|covenant)\b")
# A one-word name acting as a state does: "Norway's foreign minister", "Latvia remains a party".
_STATE_PATTERN = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})(?='s (?:foreign minister|foreign ministry|government|prime minister|"
    r"president|parliament)\b| (?:will|has|had|have|would) (?:\w+ )?(?:withdraw|ratif|denounce|join|"
    r"sign|leave|quit)| remains a party\b| is (?:still )?a party\b)"
)
_LEADING_NOISE = frozenset(
    ["The", "A", "An", "In", "On", "At", "As", "According", "By", "For", "From", "With", "Of", "And"]
)


def _pattern_mentions(
    document: Document, text: str, taken: list[tuple[int, int]], stop: int, minter: Minter
) -> list[Mention]:
    found: list[Mention] = []

    def add(start: int, end: int, kind: str, cls: str) -> None:
        name = text[start:end]
        words = name.split()
        while words and words[0] in _LEADING_NOISE and len(words) > 1 and kind != "org-outlet":
            start += len(words[0]) + 1
            words = words[1:]
        name = document.text[start:end]
        if end > stop or any(s < end and start < e for s, e in taken):
            return
        if kind == "person" and (len(words) < 2 or any(w in _NOT_NAMES for w in words)):
            return
        if not words or (kind == "org-outlet" and words[0] in _NOT_NAMES and words[0] != "The"):
            return  # "cited by Russian state media": an adjective, not a name
        ref_kind = {"person": "person", "place": "place", "treaty": "treaty", "state": "state"}.get(
            kind, "org"
        )
        ref = minter.entity(ref_kind, name)
        taken.append((start, end))
        found.append(Mention(ref.key, cls, name, start, end, name, False, "pattern"))

    for pattern in _PERSON_PATTERNS:
        for m in pattern.finditer(text, 0, stop):
            add(m.start("name"), m.end("name"), "person", TG.Person)
    for pattern, cls in (
        (_OUTLET_PATTERN, TG.MediaOutlet),
        (_PUBLICATION_ROLE, TG.MediaOutlet),
        (_NGO_PATTERN, TG.NGO),
    ):
        for m in pattern.finditer(text, 0, stop):
            name_end = m.end("name")
            add(m.start("name"), name_end, "org-outlet" if cls == TG.MediaOutlet else "org", cls)
    for m in _FOUNDER_PATTERN.finditer(text, 0, stop):
        end = m.end("name") - (1 if text[m.end("name") - 1] == "." else 0)  # sentence full stop
        add(m.start("name"), end, "org", TG.Organization)
    for m in _TREATY_PATTERN.finditer(text, 0, stop):
        add(m.start("name"), m.end("name"), "treaty", TG.Treaty)
    states = {m.group("name") for m in _STATE_PATTERN.finditer(text, 0, stop)} - _NOT_NAMES
    for name in sorted(states):
        for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text[:stop]):
            add(m.start(), m.end(), "state", TG.State)
    for m in _ORG_PATTERN.finditer(text, 0, stop):
        add(m.start("name"), m.end("name"), "org", TG.Organization)
    for pattern in _PLACE_PATTERNS:
        for m in pattern.finditer(text, 0, stop):
            add(m.start("name"), m.end("name"), "place", TG.Place)
    return found


def _surname_mentions(
    document: Document, text: str, people: list[Mention], taken: list[tuple[int, int]], stop: int
) -> list[Mention]:
    """Later mentions of a person by surname alone, linked to the full name found earlier."""
    found: list[Mention] = []
    for person in people:
        surname = person.label.split()[-1]
        pattern = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
        for m in pattern.finditer(text, person.end, stop):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            lead = text[max(0, m.start() - 20) : m.start()]
            if re.search(r"[A-Z][a-z]+ $", lead) and not re.search(r"(?:^|[.!?]\s+|\n)[A-Z][a-z]+ $", lead):
                continue  # "Jane Sadovskaya" is someone else; "Later Sadovskaya" is not
            taken.append((m.start(), m.end()))
            found.append(
                Mention(
                    person.key,
                    person.cls,
                    person.label,
                    m.start(),
                    m.end(),
                    m.group(0),
                    person.known,
                    "surname",
                )
            )
    return found


def _treaty_anaphora(
    document: Document, text: str, mentions: list[Mention], taken: list[tuple[int, int]], stop: int
) -> list[Mention]:
    """ "The charter" after a treaty the registry does not know: the treaty named last before it."""
    treaties = sorted((m for m in mentions if m.cls in (TG.Treaty, TG.Protocol)), key=lambda m: m.start)
    found: list[Mention] = []
    for m in _TREATY_ANAPHOR.finditer(text, 0, stop):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        before = [t for t in treaties if t.end <= m.start()]
        if not before:
            continue
        t = before[-1]
        taken.append((m.start(), m.end()))
        found.append(Mention(t.key, t.cls, t.label, m.start(), m.end(), m.group(0), t.known, "hidden"))
    return found


def find_mentions(document: Document, registry: Registry) -> list[Mention]:
    """Every entity mention in the article body (reader comments excluded), in text order.

    Unknown entities are keyed by ``Minter.entity(kind, name)``: the same name gives the same
    key in every document.
    """
    text = normalise_quotes(document.text)
    stop = content_end(text)
    minter = Minter(registry.base)
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
    taken = [(m.start, m.end) for m in known]
    patterned = _pattern_mentions(document, text, taken, stop, minter)
    first: dict[str, Mention] = {}
    for found in sorted(known + patterned, key=lambda x: x.start):
        if found.cls == TG.Person and len(found.label.split()) >= 2:
            first.setdefault(found.key, found)
    surnames = _surname_mentions(document, text, list(first.values()), taken, stop)
    patterned += _treaty_anaphora(document, text, known + patterned, taken, stop)
    labels = {m.key: m.label for m in patterned}
    out = [
        Mention(m.key, m.cls, labels.get(m.key, m.label), m.start, m.end, m.text, m.known, m.via)
        for m in known + patterned + surnames
    ]
    return sorted(out, key=lambda m: (m.start, m.end))
