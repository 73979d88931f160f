"""The search index: entities by their names, passages by their words, kept per named graph.

Every graph's part (``api.search_sources.GraphText``) carries its own postings; the index adds
the few structures that span graphs: which graphs hold each folded word, which graphs name or
type each entity, how many passages hold each word (for weighting rare words over common
ones), the sorted vocabulary for prefixes and a trigram index for misspellings. ``put`` and
``drop`` change one graph's part and touch only its own words, so keeping the index in step
with a write costs what the written graph holds, not what the store holds.

A search ranks two kinds of result. An *entity* is scored by how well one of its names answers
the query (exact, prefix, every word, then trigram similarity for misspellings), or more weakly
by the quotes of claims about it; an entity the query names ranks first. A *passage* (a quote
or a sentence of a document) is scored by the query words it holds, rare words counting more,
then by how close together they stand, a phrase in order counting most.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from api.folding import fold, similarity, tokens, trigrams
from api.pages.terms import KINDS, class_label
from api.search_sources import GraphText, Name

__all__ = ["GraphName", "Hit", "Snippet", "TextIndex"]

GraphName = str | None

_QUOTE_WEIGHT = 0.5
_PASSAGE_WEIGHT = 0.9  # below an entity named exactly
_MIN_SCORE = 0.35
# A word below this trigram similarity to every word of a name cannot lift the name's score
# over _MIN_SCORE, so it need not be looked at.
_MIN_WORD_SIMILARITY = 0.4
_MIN_PASSAGE_MATCH = 0.7  # a passage word this close to a query word counts as it
_MAX_PREFIX_WORDS = 500
_PROXIMITY_CANDIDATES = 60  # passages whose word positions are looked at
_SNIPPET_CHARS = 220

# Entities of the kinds one browses rank above claims, sentences and other plumbing.
_BROWSABLE = {c for kind in KINDS for c in kind.classes}


@dataclass(frozen=True)
class Snippet:
    """Text around a match; ``matches`` are the (start, end) of the matched words in ``text``,
    counted in Unicode code points."""

    text: str
    matches: tuple[tuple[int, int], ...]

    def parts(self) -> list[tuple[str, bool]]:
        """The text in pieces, each with whether it is a matched word: what a page marks up."""
        out: list[tuple[str, bool]] = []
        at = 0
        for start, end in self.matches:
            if start > at:
                out.append((self.text[at:start], False))
            out.append((self.text[start:end], True))
            at = end
        if at < len(self.text):
            out.append((self.text[at:], False))
        return out


@dataclass(frozen=True)
class Hit:
    """One search result: an entity or a passage, what it is, what matched and how well (0..1).

    ``document`` is the document a passage (or the quote an entity was found by) comes from.
    """

    iri: str
    label: str
    type: str
    matched: str
    score: float
    kind: str = "entity"
    snippet: Snippet | None = None
    document: str | None = None


class TextIndex:
    """Names, quotes and passages of the graphs put in it; ``search`` ranks them for a query.

    Lookups go through postings, never through every entity or passage: each folded word points
    at the graphs holding it, and each graph's postings at its entities, quotes and passages.
    Not safe for concurrent use: the caller serialises ``put``, ``drop`` and ``search``.
    """

    def __init__(self) -> None:
        self._graphs: dict[GraphName, GraphText] = {}
        self._word_graphs: dict[str, set[GraphName]] = defaultdict(set)
        self._entity_graphs: dict[str, set[GraphName]] = defaultdict(set)
        self._entities_joined: dict[str, tuple[list[Name], list[str]]] = {}
        self._passage_df: dict[str, int] = defaultdict(int)
        self._passages = 0
        self._sorted_words: list[str] = []
        self._trigram_words: dict[str, set[str]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._entity_graphs)

    def figures(self) -> dict[str, int]:
        """Graphs, entities, passages and distinct words indexed."""
        return {
            "graphs": len(self._graphs),
            "entities": len(self._entity_graphs),
            "passages": self._passages,
            "words": len(self._sorted_words),
        }

    def graphs(self) -> list[GraphName]:
        return list(self._graphs)

    def put(self, graph: GraphName, text: GraphText) -> None:
        """Make ``text`` the index's part for ``graph``, replacing what it held before."""
        self.drop(graph)
        self._graphs[graph] = text
        for iri in itertools.chain(text.names, text.types):
            self._entity_graphs[iri].add(graph)
            self._entities_joined.pop(iri, None)
        for word in text.vocabulary():
            holders = self._word_graphs[word]
            if not holders:
                self._add_word(word)
            holders.add(graph)
        for word, numbers in text.passage_words.items():
            self._passage_df[word] += len(numbers)
        self._passages += len(text.passages)

    def drop(self, graph: GraphName) -> None:
        """Remove ``graph``'s part, if the index holds one."""
        text = self._graphs.pop(graph, None)
        if text is None:
            return
        for iri in itertools.chain(text.names, text.types):
            self._entities_joined.pop(iri, None)
            holders = self._entity_graphs.get(iri)
            if holders is not None:
                holders.discard(graph)
                if not holders:
                    del self._entity_graphs[iri]
        for word in text.vocabulary():
            holders = self._word_graphs.get(word)
            if holders is None:
                continue
            holders.discard(graph)
            if not holders:
                del self._word_graphs[word]
                self._remove_word(word)
        for word, numbers in text.passage_words.items():
            left = self._passage_df[word] - len(numbers)
            if left > 0:
                self._passage_df[word] = left
            else:
                self._passage_df.pop(word, None)
        self._passages -= len(text.passages)

    def _add_word(self, word: str) -> None:
        bisect.insort(self._sorted_words, word)
        for gram in trigrams(word):
            self._trigram_words[gram].add(word)

    def _remove_word(self, word: str) -> None:
        at = bisect.bisect_left(self._sorted_words, word)
        if at < len(self._sorted_words) and self._sorted_words[at] == word:
            del self._sorted_words[at]
        for gram in trigrams(word):
            words = self._trigram_words.get(gram)
            if words is not None:
                words.discard(word)
                if not words:
                    del self._trigram_words[gram]

    # Searching

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """The best ``limit`` results for ``query``, best first: entities the query names, then
        entities and passages by score; ties by label."""
        folded = fold(query)
        if not folded:
            return []
        words = folded.split()
        # Numbers are not misspelt; only the last word, being typed, may be the start of one.
        similar = [self._similar_words(w, w.isdigit(), i == len(words) - 1) for i, w in enumerate(words)]
        named, others = self._entities(folded, words, similar)
        others += self._passages_for(words, similar, limit)
        named.sort(key=_order)
        others.sort(key=_order)
        # Snippets only for what is shown: the marks need each text's words again.
        return [
            replace(h, snippet=_snippet(h.snippet.text, similar)) if h.snippet else h
            for h in (named + others)[:limit]
        ]

    def _similar_words(self, word: str, exact: bool = False, last: bool = True) -> dict[str, float]:
        """Vocabulary words matching ``word``: itself 1, words it begins 1 (from 2 letters on;
        the scorer ranks them), and misspellings by trigram similarity. An ``exact`` word
        (a number) matches only itself, or words it begins when it is the ``last`` one."""
        found: dict[str, float] = {}
        if exact and not last:
            return {word: 1.0} if word in self._word_graphs else {}
        if len(word) >= 2:
            at = bisect.bisect_left(self._sorted_words, word)
            for candidate in itertools.islice(self._sorted_words, at, at + _MAX_PREFIX_WORDS):
                if not candidate.startswith(word):
                    break
                found[candidate] = 1.0
        elif word in self._word_graphs:
            found[word] = 1.0
        if exact:
            return found
        grams = trigrams(word)
        shared: dict[str, int] = defaultdict(int)
        for gram in grams:
            for candidate in self._trigram_words.get(gram, ()):
                shared[candidate] += 1
        for candidate, count in shared.items():
            if candidate in found:
                continue
            score = 2 * count / (len(grams) + len(trigrams(candidate)))
            if score >= _MIN_WORD_SIMILARITY:
                found[candidate] = score
        return found

    def _holding(self, word: str) -> Iterable[GraphText]:
        return (self._graphs[g] for g in self._word_graphs.get(word, ()))

    def _names(self, iri: str) -> list[Name]:
        """Every name of ``iri`` over the graphs, the preferred labels first."""
        return self._joined(iri)[0]

    def _types(self, iri: str) -> list[str]:
        return self._joined(iri)[1]

    def _joined(self, iri: str) -> tuple[list[Name], list[str]]:
        """The names and types the graphs give ``iri``, joined once and kept until one of
        those graphs changes."""
        found = self._entities_joined.get(iri)
        if found is None:
            graphs = sorted(self._entity_graphs.get(iri, ()), key=str)
            names = list(dict.fromkeys(n for g in graphs for n in self._graphs[g].names.get(iri, ())))
            names.sort(key=lambda n: -n.weight)
            kinds = {k for g in graphs for k in self._graphs[g].types.get(iri, ())}
            found = (names, sorted(kinds, key=lambda t: (t not in _BROWSABLE, t)))
            self._entities_joined[iri] = found
        return found

    def _entities(
        self, folded: str, words: list[str], similar: list[dict[str, float]]
    ) -> tuple[list[Hit], list[Hit]]:
        """Entities by name and by quote: those the query names, and the others."""
        candidates = {
            iri
            for matches in similar
            for word in matches
            for text in self._holding(word)
            for iri in text.name_words.get(word, ())
        }
        scored: dict[str, tuple[float, bool, str, Snippet | None, str | None]] = {}
        for iri in candidates:
            for name in self._names(iri):
                score, names_it = _name_score(folded, words, name.folded, similar)
                score *= name.weight
                if score > scored.get(iri, (0.0,))[0]:
                    scored[iri] = (score, names_it, name.text, Snippet(name.text, ()), None)
        for iri, (score, quote, document) in self._quote_scores(words, similar).items():
            if iri in self._entity_graphs and score > scored.get(iri, (0.0,))[0]:
                scored[iri] = (score, False, f"quoted: {' '.join(words)}", Snippet(quote, ()), document)
        named: list[Hit] = []
        others: list[Hit] = []
        for iri, (score, names_it, matched, snippet, document) in scored.items():
            if score < _MIN_SCORE:
                continue
            types = self._types(iri)
            if not _BROWSABLE.intersection(types):
                score *= 0.6
            names = self._names(iri)
            label = next((n.text for n in names if n.weight == 1.0), names[0].text if names else iri)
            kind = class_label(types[0]) if types else ""
            hit = Hit(iri, label, kind, matched, round(score, 3), "entity", snippet, document)
            (named if names_it else others).append(hit)
        return named, others

    def _quote_scores(
        self, words: list[str], similar: list[dict[str, float]]
    ) -> dict[str, tuple[float, str, str | None]]:
        """Entities whose claims quote the query's words: score, the best quote, its document."""
        found: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0] * len(words))
        texts: dict[int, GraphText] = {}
        for position, word in enumerate(words):
            if len(word) < 3:
                continue
            for candidate, likeness in similar[position].items():
                exact = candidate == word or (len(word) >= 4 and candidate.startswith(word))
                match = 1.0 if exact else likeness
                if match < 0.6:
                    continue
                for text in self._holding(candidate):
                    texts[id(text)] = text
                    for number in text.quote_words.get(candidate, ()):
                        slot = found[(id(text), number)]
                        slot[position] = max(slot[position], match)
        best: dict[str, tuple[float, str, str | None]] = {}
        for (key, number), slot in found.items():
            text = texts[key]
            iri, quote = text.quotes[number]
            score = _QUOTE_WEIGHT * sum(slot) / len(words)
            if score > best.get(iri, (0.0,))[0]:
                best[iri] = (score, quote, _document_of(text))
        return best

    def _passages_for(self, words: list[str], similar: list[dict[str, float]], limit: int) -> list[Hit]:
        """Passages holding the query's words, rare words weighing more, close words more still."""
        total = max(self._passages, 1)
        weights: list[float] = []
        slots: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0] * len(words))
        texts: dict[int, GraphText] = {}
        for position, word in enumerate(words):
            matches = _passage_matches(word, similar[position])
            rarest = min((self._passage_df.get(c, 0) for c in matches if matches[c] == 1.0), default=0)
            weights.append(math.log(1 + total / (1 + rarest)))
            for candidate, match in matches.items():
                for text in self._holding(candidate):
                    texts[id(text)] = text
                    for number in text.passage_words.get(candidate, ()):
                        slot = slots[(id(text), number)]
                        slot[position] = max(slot[position], match)
        weight_sum = sum(weights) or 1.0
        base = {
            key: sum(w * m for w, m in zip(weights, slot, strict=True)) / weight_sum
            for key, slot in slots.items()
        }
        floor = _MIN_SCORE / _PASSAGE_WEIGHT if len(words) == 1 else 0.5
        ranked = sorted((key for key, score in base.items() if score >= floor), key=lambda k: -base[k])
        hits: list[Hit] = []
        for key, number in ranked[: max(_PROXIMITY_CANDIDATES, 4 * limit)]:
            text = texts[key]
            passage = text.passages[number]
            closeness = _closeness(passage.text, words, similar)
            score = _PASSAGE_WEIGHT * base[(key, number)] * (0.75 + 0.25 * closeness)
            kind = "quote" if passage.source == "quote" else "document text"
            hits.append(
                Hit(
                    passage.iri,
                    passage.label,
                    kind,
                    " ".join(words),
                    round(score, 3),
                    "passage",
                    Snippet(passage.text, ()),
                    passage.document,
                )
            )
        return hits


def _order(hit: Hit) -> tuple[float, str, str]:
    return (-hit.score, hit.label.casefold(), hit.iri)


def _document_of(text: GraphText) -> str | None:
    return next((p.document for p in text.passages if p.document), None)


def _passage_matches(word: str, similar: dict[str, float]) -> dict[str, float]:
    """How much each vocabulary word counts as ``word`` in a passage: itself 1, a longer word it
    begins 0.9 (from 3 letters on), a close misspelling a little less than its similarity."""
    found: dict[str, float] = {}
    for candidate, likeness in similar.items():
        if candidate == word:
            found[candidate] = 1.0
        elif len(word) >= 3 and candidate.startswith(word):
            found[candidate] = 0.9
        elif likeness >= _MIN_PASSAGE_MATCH and likeness < 1.0:
            found[candidate] = 0.9 * likeness
    return found


def _matching(word: str, similar: list[dict[str, float]]) -> list[int]:
    """The query positions a text's folded word answers."""
    out = []
    for position, matches in enumerate(similar):
        likeness = matches.get(word)
        if likeness is not None and (likeness >= _MIN_PASSAGE_MATCH or likeness == 1.0):
            out.append(position)
    return out


def _closeness(text: str, words: list[str], similar: list[dict[str, float]]) -> float:
    """1 when the matched query words stand together in order, less the further apart they are."""
    if len(words) == 1:
        return 1.0
    positions: dict[int, list[int]] = defaultdict(list)
    for at, (word, _start, _end) in enumerate(tokens(text)):
        for position in _matching(word, similar):
            positions[position].append(at)
    if len(positions) < 2:
        return 0.5 if positions else 0.0
    matched = sorted(positions)
    # A phrase: the words at consecutive places, in the query's order.
    for first in positions[matched[0]]:
        if all(first + (p - matched[0]) in positions[p] for p in matched[1:]):
            return 1.0
    # Else the narrowest window holding one place of each matched word.
    events = sorted((at, p) for p in matched for at in positions[p])
    best = math.inf
    last: dict[int, int] = {}
    for at, p in events:
        last[p] = at
        if len(last) == len(matched):
            best = min(best, at - min(last.values()) + 1)
    return min(1.0, len(matched) / best) * 0.9


def _snippet(text: str, similar: list[dict[str, float]]) -> Snippet:
    """``text`` (cut around its first match when long) with the words that matched marked."""
    merged = sorted({(start, end) for word, start, end in tokens(text) if _matching(word, similar)})
    if len(text) <= _SNIPPET_CHARS:
        return Snippet(text, tuple(merged))
    anchor = merged[0][0] if merged else 0
    start = max(0, anchor - _SNIPPET_CHARS // 3)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < anchor else start
    end = min(len(text), start + _SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > anchor else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    shift = len(lead) - start
    kept = tuple((s + shift, e + shift) for s, e in merged if s >= start and e <= end)
    return Snippet(lead + text[start:end] + tail, kept)


def _name_score(
    folded: str, words: list[str], name: str, similar: list[dict[str, float]]
) -> tuple[float, bool]:
    """How well ``name`` answers the query, and whether the query names it (every word found)."""
    if folded == name:
        return 1.0, True
    if name.startswith(folded):
        return 0.9, True
    name_words = name.split()
    if all(any(n == w or (len(w) >= 2 and n.startswith(w)) for n in name_words) for w in words):
        return 0.8 * min(1.0, len(words) / len(name_words)) + 0.1, True
    # Misspellings: each query word against its best word of the name (similarities the lookup
    # already computed), and for several words the whole strings too.
    best = [max(matches.get(n, 0.0) for n in name_words) for matches in similar]
    per_word = sum(best) / len(words)
    coverage = min(1.0, len(words) / len(name_words))
    score = 0.85 * per_word * (0.5 + 0.5 * coverage)
    if len(words) > 1:
        score = max(score, 0.85 * similarity(folded, name))
    return score, min(best) >= 0.6 and score >= 0.5
