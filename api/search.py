"""Entity search for the explorer's search box: ``GET /api/search?q=...&limit=``.

Names in the corpus come transliterated in several ways (Alexei/Alexey/Aleksei, Lubinets/
Lubinez, Andriy/Andrii/Andrei), so labels and queries are both *folded* before matching:
diacritics removed, Cyrillic transliterated, and the usual variant spellings (i/y/ii/ei/ey,
kh/h, ts/tz/z, ks/x, double letters) mapped to one form. Folded strings are then compared by
exact, prefix and word match, and by trigram similarity for the remaining misspellings.

The index lives in memory, built from the store's labels (skos:prefLabel, altLabel, hiddenLabel)
and claim quotes; it is rebuilt when the store's version changes (after any write), so a search
never answers from a graph older than the one queries see.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field

from fastapi import APIRouter
from starlette.requests import Request

from api.config import Services, services
from api.errors import ApiError
from api.limits import run_bounded
from api.pages.terms import DCT, KINDS, OA, PROV, RDF, SKOS, TG, class_label, entity_href
from graph import Store

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_QUERY_WORDS",
    "Hit",
    "SearchIndex",
    "build_index",
    "check_query",
    "current_index",
    "find",
    "fold",
    "router",
]

router = APIRouter()

MAX_LIMIT = 50
# A search names one thing: longer texts are refused (400) rather than looked up word by word.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12

# Cyrillic to Latin, close to the common English transliteration; folding evens out the rest.
_CYRILLIC_LETTERS = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя"
_LATIN = "a b v g g d e ie io zh z i i i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia"
_CYRILLIC = dict(zip(_CYRILLIC_LETTERS, _LATIN.split(" "), strict=True))
# Applied in order to each folded word: longer patterns before the letters they contain.
_VARIANTS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("tch", "ch"),
    ("ks", "x"),
    ("kh", "h"),
    ("tz", "z"),
    ("ts", "z"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("yu", "u"),
    ("iu", "u"),
    ("ju", "u"),
    ("ya", "a"),
    ("ia", "a"),
    ("ja", "a"),
    ("ye", "e"),
    ("ou", "u"),
    ("iy", "i"),
    ("yi", "i"),
    ("ii", "i"),
    ("ei", "i"),
    ("ey", "i"),
    ("ij", "i"),
    ("y", "i"),
    ("j", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def _fold_word(word: str) -> str:
    for old, new in _VARIANTS:
        word = word.replace(old, new)
    return _DOUBLE.sub(r"\1", word)


def fold(text: str) -> str:
    """``"Alexéy  NAVALNYI"`` → ``"alexi navalni"``: the form both queries and labels are matched in."""
    lowered = "".join(_CYRILLIC.get(c, c) for c in text.casefold()).replace("_", "")
    plain = "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))
    return " ".join(_fold_word(w) for w in _NON_WORD.sub(" ", plain).split())


@functools.lru_cache(maxsize=200_000)
def _trigrams(word: str) -> frozenset[str]:
    """Padded trigrams; cached, since the same vocabulary words are compared query after query."""
    padded = f"  {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def _similarity(a: str, b: str) -> float:
    """Dice coefficient of padded trigrams: 1 for equal strings, near 0 for unrelated ones."""
    if a == b:
        return 1.0
    ta, tb = _trigrams(a), _trigrams(b)
    return 2 * len(ta & tb) / (len(ta) + len(tb))


@dataclass(frozen=True)
class Hit:
    """One search result: the entity, its label and type, what matched and how well (0..1)."""

    iri: str
    label: str
    type: str
    matched: str
    score: float
    context: str = ""  # the quote the query's words were found in, when a quote matched
    source: str = ""  # the document that quote comes from
    source_title: str = ""


@dataclass
class _Entity:
    label: str
    types: list[str] = field(default_factory=list)
    names: list[tuple[str, str, float]] = field(default_factory=list)  # (text, folded, weight)


# How much a match through each kind of name counts: a hidden label only names the entity in
# context ("Moscow" for Russia), and a quote only says the entity is discussed there.
_WEIGHTS = {SKOS + "prefLabel": 1.0, SKOS + "altLabel": 0.95, SKOS + "hiddenLabel": 0.8}
_QUOTE_WEIGHT = 0.5
_MIN_SCORE = 0.35
# A word below this trigram similarity to every word of a name cannot lift the name's score
# over _MIN_SCORE, so it need not be looked at.
_MIN_WORD_SIMILARITY = 0.4
_MAX_PREFIX_WORDS = 500

# Entities of the kinds one browses rank above claims, sentences and other plumbing.
_BROWSABLE = {c for kind in KINDS for c in kind.classes}


@dataclass(frozen=True)
class _Quote:
    text: str
    folded: str
    document: str
    title: str


class SearchIndex:
    """Folded names and quote words of every labelled entity; ``search`` ranks them for a query.

    Lookups go through postings, never through every entity: each folded word points at the
    entities whose names (or quotes) hold it, the sorted vocabulary answers prefixes, and a
    trigram index finds the misspelt words. Only the entities those words reach are scored, so
    a query costs what it matches, not what the graph holds.
    """

    def __init__(
        self,
        entities: dict[str, _Entity],
        quote_words: dict[str, set[str]],
        quotes: dict[str, list[_Quote]] | None = None,
    ) -> None:
        self._entities = entities
        self._quote_words = quote_words  # folded word -> entities whose quotes hold it
        self._quotes = quotes or {}  # entity -> the quotes about it, to show a match in context
        self._name_words: dict[str, set[str]] = defaultdict(set)  # folded word -> entities
        for iri, entity in entities.items():
            for _text, name, _weight in entity.names:
                for word in name.split():
                    self._name_words[word].add(iri)
        vocabulary = set(self._name_words) | set(quote_words)
        self._sorted_words = sorted(vocabulary)
        self._trigram_words: dict[str, set[str]] = defaultdict(set)
        for word in vocabulary:
            for gram in _trigrams(word):
                self._trigram_words[gram].add(word)

    def __len__(self) -> int:
        return len(self._entities)

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """The best ``limit`` entities for ``query``, best first; ties by label."""
        folded = fold(query)
        if not folded:
            return []
        words = folded.split()
        similar = [self._similar_words(w) for w in words]
        candidates = {
            iri for matches in similar for word in matches for iri in self._name_words.get(word, ())
        }
        scored: dict[str, tuple[float, str]] = {}
        for iri in candidates:
            for text, name, weight in self._entities[iri].names:
                score = _name_score(folded, words, name, similar) * weight
                if score > scored.get(iri, (0.0, ""))[0]:
                    scored[iri] = (score, text)
        for iri, (score, word) in self._quote_scores(words, similar).items():
            if score > scored.get(iri, (0.0, ""))[0]:
                scored[iri] = (score, f"quoted: {word}")
        hits = []
        for iri, (score, matched) in scored.items():
            if score < _MIN_SCORE:
                continue
            entity = self._entities[iri]
            if not _BROWSABLE.intersection(entity.types):
                score *= 0.6
            kind = class_label(entity.types[0]) if entity.types else ""
            quote = self._best_quote(iri, similar) if matched.startswith("quoted: ") else None
            context = (quote.text, quote.document, quote.title) if quote else ("", "", "")
            hits.append(Hit(iri, entity.label, kind, matched, round(score, 3), *context))
        hits.sort(key=lambda h: (-h.score, h.label.casefold()))
        return hits[:limit]

    def _similar_words(self, word: str) -> dict[str, float]:
        """Vocabulary words matching ``word``: itself 1, words it begins 1 (from 2 letters on;
        the scorer ranks them), and misspellings by trigram similarity."""
        found: dict[str, float] = {}
        if len(word) >= 2:
            at = bisect.bisect_left(self._sorted_words, word)
            for candidate in itertools.islice(self._sorted_words, at, at + _MAX_PREFIX_WORDS):
                if not candidate.startswith(word):
                    break
                found[candidate] = 1.0
        elif word in self._name_words or word in self._quote_words:
            found[word] = 1.0
        grams = _trigrams(word)
        shared: dict[str, int] = defaultdict(int)
        for gram in grams:
            for candidate in self._trigram_words.get(gram, ()):
                shared[candidate] += 1
        for candidate, count in shared.items():
            if candidate in found:
                continue
            similarity = 2 * count / (len(grams) + len(_trigrams(candidate)))
            if similarity >= _MIN_WORD_SIMILARITY:
                found[candidate] = similarity
        return found

    def _best_quote(self, iri: str, similar: list[dict[str, float]]) -> _Quote | None:
        """The quote about ``iri`` holding the most of the query's words (each word's matches)."""
        best: tuple[int, _Quote] | None = None
        for quote in self._quotes.get(iri, ()):
            words = set(quote.folded.split())
            found = sum(1 for matches in similar if words.intersection(matches))
            if found and (best is None or found > best[0]):
                best = (found, quote)
        return best[1] if best else None

    def _quote_scores(
        self, words: list[str], similar: list[dict[str, float]]
    ) -> dict[str, tuple[float, str]]:
        found: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(words))
        for position, word in enumerate(words):
            if len(word) < 3:
                continue
            for candidate, similarity in similar[position].items():
                holders = self._quote_words.get(candidate)
                if not holders:
                    continue
                exact = candidate == word or (len(word) >= 4 and candidate.startswith(word))
                match = 1.0 if exact else similarity
                if match < 0.6:
                    continue
                for iri in holders:
                    slot = found[iri]
                    slot[position] = max(slot[position], match)
        return {
            iri: (_QUOTE_WEIGHT * sum(slot) / len(words), " ".join(words))
            for iri, slot in found.items()
            if iri in self._entities
        }


def _name_score(folded: str, words: list[str], name: str, similar: list[dict[str, float]]) -> float:
    """How well ``name`` answers the query; ``similar`` holds each query word's similar words."""
    if folded == name:
        return 1.0
    if name.startswith(folded):
        return 0.9
    name_words = name.split()
    if all(any(n == w or (len(w) >= 2 and n.startswith(w)) for n in name_words) for w in words):
        return 0.8 * min(1.0, len(words) / len(name_words)) + 0.1
    # Misspellings: each query word against its best word of the name (similarities the lookup
    # already computed), and for several words the whole strings too.
    per_word = sum(max(matches.get(n, 0.0) for n in name_words) for matches in similar) / len(words)
    coverage = min(1.0, len(words) / len(name_words))
    score = 0.85 * per_word * (0.5 + 0.5 * coverage)
    if len(words) > 1:
        score = max(score, 0.85 * _similarity(folded, name))
    return score


_LABELS_QUERY = f"""
SELECT ?s ?p ?l ?type WHERE {{
  VALUES ?p {{ <{SKOS}prefLabel> <{SKOS}altLabel> <{SKOS}hiddenLabel> }}
  ?s ?p ?l . FILTER(isIRI(?s))
  OPTIONAL {{ ?s a ?type }}
}}"""

_QUOTES_QUERY = f"""
SELECT DISTINCT ?e ?quote ?doc ?title WHERE {{
  ?c a <{TG}Claim> ; <{TG}evidence>/<{OA}hasSelector>/<{OA}exact> ?quote .
  {{ ?c <{RDF}subject> ?e }} UNION {{ ?c <{RDF}object> ?e }}
  FILTER(isIRI(?e))
  OPTIONAL {{ ?c <{PROV}wasDerivedFrom> ?doc OPTIONAL {{ ?doc <{DCT}title> ?title }} }}
}}"""


def build_index(store: Store) -> SearchIndex:
    """Read labels, aliases and quotes from ``store`` (two queries) into a new index."""
    entities: dict[str, _Entity] = {}
    prefs: dict[str, str] = {}
    for row in store.query(_LABELS_QUERY).text_rows():
        iri, prop, text = row["s"], row["p"], row["l"]
        if prop == SKOS + "prefLabel":
            prefs.setdefault(iri, text)
        entity = entities.setdefault(iri, _Entity(label=text))
        name = (text, fold(text), _WEIGHTS[prop])
        if name not in entity.names:
            entity.names.append(name)
        kind = row.get("type")
        if kind and kind not in entity.types:
            entity.types.append(kind)
    for iri, label in prefs.items():
        entities[iri].label = label
    for entity in entities.values():
        entity.types.sort(key=lambda t: (t not in _BROWSABLE, t))
    quote_words: dict[str, set[str]] = defaultdict(set)
    quotes: dict[str, list[_Quote]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for row in store.query(_QUOTES_QUERY).text_rows():
        if row["e"] not in entities:
            continue
        folded = fold(row["quote"])
        for word in folded.split():
            if len(word) >= 3:
                quote_words[word].add(row["e"])
        if (row["e"], row["quote"]) not in seen:
            seen.add((row["e"], row["quote"]))
            quotes[row["e"]].append(_Quote(row["quote"], folded, row.get("doc", ""), row.get("title", "")))
    return SearchIndex(entities, dict(quote_words), dict(quotes))


class _IndexHolder:
    """The current index and the store version it was built at; rebuilt after any write."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: Hashable = None
        self._index = SearchIndex({}, {})

    def get(self, store: Store) -> SearchIndex:
        version = store.version()
        with self._lock:
            if version != self._version:
                self._index = build_index(store)
                self._version = version
            return self._index


def _holder(request: Request) -> _IndexHolder:
    state = request.app.state
    holder = getattr(state, "search_index", None)
    if not isinstance(holder, _IndexHolder):
        holder = _IndexHolder()
        state.search_index = holder
    return holder


def current_index(request: Request) -> SearchIndex:
    """The index of the app serving ``request``, rebuilt first if the store has changed.

    Blocking (reads the store): call it from a worker thread.
    """
    return _holder(request).get(services(request).store)


def check_query(q: str) -> None:
    """Refuse a search text longer than a name: the cost of a lookup grows with its words.

    :raises ApiError: 400 past ``MAX_QUERY_CHARS`` characters or ``MAX_QUERY_WORDS`` words.
    """
    if len(q) > MAX_QUERY_CHARS:
        raise ApiError(400, f"a search may hold at most {MAX_QUERY_CHARS} characters")
    if len(q.split()) > MAX_QUERY_WORDS:
        raise ApiError(400, f"a search may hold at most {MAX_QUERY_WORDS} words")


async def find(request: Request, q: str, limit: int) -> list[Hit]:
    """The hits for ``q``, looked up off the event loop under the limits of a query (a slot,
    the time limit, a stop when the client leaves), the index rebuilt first if stale.

    :raises ApiError: 400 for a search text past the bounds, 503 past the limits.
    """
    check_query(q)
    holder = _holder(request)

    def look_up(bounded: Services) -> list[Hit]:
        return holder.get(bounded.store).search(q, limit)

    return await run_bounded(request, services(request), look_up)


@router.get("/api/search")
async def search(request: Request, q: str = "", limit: int = 10) -> dict[str, object]:
    """``{"query": q, "results": [{"iri", "label", "type", "matched", "score", "href", "context",
    "source"}]}``, best first; ``context`` is the quote a quote match was found in (else empty),
    ``source`` the document it comes from."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, f"limit must be between 1 and {MAX_LIMIT}")
    found = services(request)
    hits = await find(request, q, limit)
    base = found.config.base_iri
    return {
        "query": q,
        "results": [
            {
                "iri": h.iri,
                "label": h.label,
                "type": h.type,
                "matched": h.matched,
                "score": h.score,
                "href": entity_href(h.iri, base),
                "context": h.context,
                "source": h.source,
            }
            for h in hits
        ],
    }
