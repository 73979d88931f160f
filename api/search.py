"""Search for the explorer's search box: ``GET /api/search?q=...&limit=``.

One index answers for entities (by their labels and aliases, and by the quotes of claims about
them) and for passages (statements' quotes and the sentences of each document), in the folded
form of ``api.folding`` so that Lubinets, Lubinets' and Любинец, or Çavuşoğlu and Cavusoglu,
meet; ``api.text_index`` ranks them.

The index lives in memory, one part per named graph (``api.search_sources``). Before a search
it catches up with the store: when the store's version has moved, the service's write journal
(``api.write_journal``) names the graphs written since, and only those are read again; a write
the journal cannot account for (made by another process, or an update whose graphs are not
known) makes it read every graph. A search never answers from a graph older than the one
queries see.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Hashable

from fastapi import APIRouter
from starlette.requests import Request

from api.config import Services, services
from api.errors import ApiError
from api.folding import fold
from api.limits import run_bounded
from api.pages.terms import entity_href
from api.search_sources import read_graph
from api.text_index import GraphName, Hit, Snippet, TextIndex
from api.write_journal import WriteJournal
from graph import GraphNotFound, Store

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_QUERY_WORDS",
    "Hit",
    "IndexHolder",
    "Snippet",
    "TextIndex",
    "build_index",
    "check_query",
    "find",
    "fold",
    "index_holder",
    "router",
]

router = APIRouter()

MAX_LIMIT = 50
# A search names a thing or quotes a phrase: longer texts are refused (400) rather than looked
# up word by word.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12


def _read(store: Store, graph: GraphName, index: TextIndex) -> None:
    """Put ``graph``'s part into ``index``, or drop it if the graph is gone."""
    try:
        triples = store.graph_triples(graph)
    except GraphNotFound:
        index.drop(graph)
        return
    if triples:
        index.put(graph, read_graph(triples))
    else:
        index.drop(graph)


def build_index(store: Store) -> TextIndex:
    """Read every graph of ``store``, and its own default graph, into a new index."""
    index = TextIndex()
    for graph in [None, *store.graphs()]:
        _read(store, graph, index)
    return index


class IndexHolder:
    """The current index, the store version it stands at, and how it last caught up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: Hashable = None
        self._built = False
        self._index = TextIndex()
        self.last_update: dict[str, object] = {}
        self.updates = {"full": 0, "incremental": 0}

    def search(self, store: Store, journal: WriteJournal, query: str, limit: int) -> list[Hit]:
        """Catch up with ``store``, then search; one search or update at a time."""
        with self._lock:
            self._catch_up(store, journal)
            return self._index.search(query, limit)

    def describe(self, store: Store, journal: WriteJournal) -> dict[str, object]:
        """The index's figures and its last update, after catching up with ``store``."""
        with self._lock:
            self._catch_up(store, journal)
            return {**self._index.figures(), "updates": dict(self.updates), "last_update": self.last_update}

    def _catch_up(self, store: Store, journal: WriteJournal) -> None:
        now = store.version()
        if self._built and now == self._version:
            return
        started = time.perf_counter()
        changes = journal.changes_since(self._version, now) if self._built else None
        if changes is None or changes.graphs is None:
            self._index = build_index(store)
            read: list[GraphName] = self._index.graphs()
            self._version = now
            self.updates["full"] += 1
        else:
            present = set(store.graphs())
            read = sorted(changes.graphs, key=str)
            for graph in read:
                if graph is None or graph in present:
                    _read(store, graph, self._index)
                else:
                    self._index.drop(graph)
            self._version = changes.reached
            self.updates["incremental"] += 1
        self._built = True
        self.last_update = {
            "full": changes is None or changes.graphs is None,
            "graphs_read": len(read),
            "graphs": [g if g is not None else "default" for g in read[:20]],
            "ms": round((time.perf_counter() - started) * 1000, 2),
        }


def index_holder(request: Request) -> IndexHolder:
    """The index of the app serving ``request``, made on first use."""
    state = request.app.state
    holder = getattr(state, "search_index", None)
    if not isinstance(holder, IndexHolder):
        holder = IndexHolder()
        state.search_index = holder
    return holder


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
    the time limit, a stop when the client leaves), the index brought up to date first.

    :raises ApiError: 400 for a search text past the bounds, 503 past the limits.
    """
    check_query(q)
    holder = index_holder(request)

    def look_up(bounded: Services) -> list[Hit]:
        return holder.search(bounded.store, bounded.journal, q, limit)

    return await run_bounded(request, services(request), look_up)


_SNIPPET_SCHEMA = {
    "type": "object",
    "required": ["text", "matches"],
    "properties": {
        "text": {"type": "string", "description": "The words around the match; '…' where cut."},
        "matches": {
            "type": "array",
            "description": "[start, end) of each matched word in text, in Unicode code points.",
            "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
        },
    },
}
_RESULT_SCHEMA = {
    "type": "object",
    "required": ["kind", "iri", "label", "type", "snippet", "document", "score", "href", "matched"],
    "properties": {
        "kind": {"type": "string", "enum": ["entity", "passage"]},
        "iri": {
            "type": "string",
            "description": "The entity; for a passage the statement quoted, or the document with "
            "an RFC 5147 fragment (#char=start,end) locating the sentence in its text.",
        },
        "label": {
            "type": "string",
            "description": "The entity's label; a passage's statement or document title.",
        },
        "type": {"type": "string", "description": "The entity's class, or 'quote' / 'document text'."},
        "snippet": {"anyOf": [_SNIPPET_SCHEMA, {"type": "null"}]},
        "document": {
            "type": ["string", "null"],
            "description": "The document the passage, or the quote an entity was found by, comes from.",
        },
        "score": {"type": "number", "minimum": 0, "maximum": 1},
        "href": {"type": "string", "description": "Where the explorer shows it."},
        "matched": {"type": "string", "description": "The name or the words that matched."},
    },
}
_ANSWER_SCHEMA = {
    "type": "object",
    "required": ["query", "results"],
    "properties": {"query": {"type": "string"}, "results": {"type": "array", "items": _RESULT_SCHEMA}},
}


@router.get(
    "/api/search",
    responses={
        200: {
            "description": "Entities and passages, best first.",
            "content": {"application/json": {"schema": _ANSWER_SCHEMA}},
        },
        400: {
            "description": f"Over {MAX_QUERY_CHARS} characters or {MAX_QUERY_WORDS} words, or a bad limit."
        },
        503: {"description": "The search ran past the query time limit, or the service is busy."},
    },
)
async def search(request: Request, q: str = "", limit: int = 10) -> dict[str, object]:
    """Search labels, aliases, quotes and the text of documents.

    An entity the query names comes first; then entities and passages (a statement's quote,
    a sentence of a document) by score. Each result has a snippet with the matched words'
    offsets.
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, f"limit must be between 1 and {MAX_LIMIT}")
    found = services(request)
    hits = await find(request, q, limit)
    base = found.config.base_iri
    return {"query": q, "results": [result_json(h, base) for h in hits]}


def result_json(hit: Hit, base: str) -> dict[str, object]:
    """One result as ``/api/search`` answers it."""
    shown = hit.document if hit.kind == "passage" and hit.type != "quote" and hit.document else hit.iri
    snippet = (
        {"text": hit.snippet.text, "matches": [list(m) for m in hit.snippet.matches]} if hit.snippet else None
    )
    return {
        "kind": hit.kind,
        "iri": hit.iri,
        "label": hit.label,
        "type": hit.type,
        "snippet": snippet,
        "document": hit.document,
        "score": hit.score,
        "href": entity_href(shown, base),
        "matched": hit.matched,
    }


@router.get("/api/search/index")
async def search_index(request: Request) -> dict[str, object]:
    """What the search index holds, brought up to date first: ``graphs``, ``entities``,
    ``passages``, ``words``, the number of ``updates`` (``full`` rebuilds and ``incremental``
    ones), and ``last_update``: whether it was full, the graphs it read again and its time."""
    holder = index_holder(request)
    return await run_bounded(
        request, services(request), lambda bounded: holder.describe(bounded.store, bounded.journal)
    )
