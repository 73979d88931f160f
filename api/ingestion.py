"""What the HTTP service needs from whoever turns an article into triples.

The service publishes, replaces, lists and deletes documents itself, through the graph layer;
reading an article into facts belongs to the loaders, which the service may not import. So the
application is given a ``DocumentPreparer`` (``treatygraph.ingest`` wires one to the loaders),
and the routes in ``api.documents`` run it off the event loop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox

from graph import ValidationReport

__all__ = ["DocumentPreparer", "DocumentRefused", "PreparedDocument"]


class DocumentRefused(Exception):
    """Raised by a preparer when the text or its metadata cannot be read (an HTTP 400).

    The message is one plain line naming the problem and, for metadata, the field.
    """


@dataclass(frozen=True)
class PreparedDocument:
    """A document read into the triples of its named graph, not yet published.

    ``source_hash`` is the digest of everything the triples were built from (text, metadata,
    reference data, ontology, shapes, extractor); it is among the triples, so a later request
    with the same inputs can be answered without extracting again.
    """

    key: str
    graph: str
    title: str
    triples: Sequence[ox.Triple]
    claims: int
    entities: int
    source_hash: str


class DocumentPreparer(Protocol):
    """Reads an article's text and metadata into the triples of its graph; writes nothing."""

    def source_hash(self, text: str, metadata: Mapping[str, str | None], key: str) -> str:
        """The digest ``prepare`` would record for these inputs: cheap, nothing is extracted."""
        ...

    def prepare(self, text: str, metadata: Mapping[str, str | None], key: str) -> PreparedDocument:
        """Extract the document's claims and build its graph's triples.

        ``metadata`` holds the fields of a ``.meta.json`` sidecar (``title``, ``date_published``,
        ``publisher``, ``author``, ...); a field left out is read from the text.

        :raises DocumentRefused: if the text is empty or not text, or a metadata field is wrong.
        """
        ...

    def mend(
        self, text: str, metadata: Mapping[str, str | None], key: str, report: ValidationReport
    ) -> PreparedDocument | None:
        """The document's graph again, less the facts the shapes refused in ``report``; None
        when the fault is not in a fact the text gave (the document's own record, a shape every
        document fails), so that leaving facts out cannot mend it."""
        ...
