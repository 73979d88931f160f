"""Reading documents into their graphs' triples, and knowing when that need not be done again.

An ``Ingestor`` holds what every document is read against: the registry, the gate and the IRI
minter, each read the first time it is needed, so a load that finds nothing changed never parses
the reference data or the shapes. Both ``treatygraph load`` and the HTTP service (as its
``api.ingestion.DocumentPreparer``) read documents through one.

What a graph was built from is summed up in one digest (``graph.sources``): the document's text,
its metadata and key, plus the *build inputs* shared by every graph, which are the base IRI, the
registry files, the ontology, the shapes and the extractor's own source files. Changing any of
them, even a line of an extraction rule, changes every digest, so stale graphs are rebuilt; and
a file that is touched but not changed keeps its digest, so nothing is rebuilt for it.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Container, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

import loaders
from api.ingestion import DocumentRefused, PreparedDocument
from graph import Gate, Store, ValidationFailed, ValidationReport, load_gate, publish
from graph.sources import source_hash_triple
from loaders.documents import MAX_DOCUMENT_BYTES, Document, check_sidecar, document_from_text
from loaders.errors import DocumentError
from loaders.facts import Ref
from loaders.iris import Minter
from loaders.registry import Registry, load_registry, registry_files
from loaders.to_rdf import claims_to_triples
from ontology.namespaces import RDF, TG
from treatygraph.settings import Settings

__all__ = [
    "Ingestor",
    "build_document",
    "claim_figures",
    "metadata_digest",
    "publish_document",
    "refused_nodes",
]

# Part of every digest: a change to what a build records, or how, starts every graph afresh.
_BUILD_FORMAT = "treatygraph-build/1"
_EXTRACTOR_SUFFIXES = {".py", ".txt", ".toml", ".ttl", ".tsv", ".json"}
_RDF_TYPE = ox.NamedNode(RDF.type)
_CLAIM = ox.NamedNode(TG.Claim)
_CLAIM_ENDS = (ox.NamedNode(RDF.subject), ox.NamedNode(RDF.object))


def build_document(
    document: Document, registry: Registry, minter: Minter, refused: Container[str] = frozenset()
) -> list[ox.Triple]:
    """A document's named-graph content: its claims with their evidence, less every claim about
    or pointing at a node in ``refused`` (IRIs the shapes found fault with)."""
    # Imported here: the extractor's lexicons take half a second to load, which a load that
    # finds every document unchanged (or a server that is never sent one) need not pay.
    from loaders.extract import extract

    claims = [
        c
        for c in extract(document, registry)
        if minter.resolve(c.subject) not in refused
        and not (isinstance(c.object, Ref) and minter.resolve(c.object) in refused)
    ]
    return claims_to_triples(document, claims, minter, known=registry.entries)


def refused_nodes(report: ValidationReport, key: str, minter: Minter) -> frozenset[str]:
    """The extracted nodes a report finds fault with, when leaving their facts out can mend the
    graph: none when the fault is in the document's own record (its node, sentences, claims),
    which no fact of the text put there."""
    own = minter.document(key)
    focus = frozenset(r.focus for r in report.results)
    if not focus or any(f == own or f.startswith(own + "/") for f in focus):
        return frozenset()
    return focus


def claim_figures(triples: Sequence[ox.Triple]) -> tuple[int, int]:
    """How many claims a graph holds, and how many distinct resources they are about (the IRIs
    their subjects and objects name); the HTTP service counts a stored graph the same way."""
    claims = {t.subject for t in triples if t.predicate == _RDF_TYPE and t.object == _CLAIM}
    entities = {
        t.object
        for t in triples
        if t.predicate in _CLAIM_ENDS and isinstance(t.object, ox.NamedNode) and t.subject in claims
    }
    return len(claims), len(entities)


def metadata_digest(metadata: Mapping[str, str | None]) -> str:
    """Metadata in one canonical form: the same fields give the same text, whatever their order."""
    return json.dumps(dict(metadata), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class Ingestor:
    """Reads documents into triples for the settings' registry, ontology, shapes and base IRI.

    Safe to share between threads: the registry and gate are read once, and extractions run one
    at a time (they are CPU-bound; running two at once in threads would only slow both).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.minter = Minter(settings.base_iri)
        self._setup = threading.Lock()
        self._extracting = threading.Lock()
        self._inputs: str | None = None
        self._registry: Registry | None = None
        self._gate: Gate | None = None

    @property
    def inputs_digest(self) -> str:
        """The digest of the build inputs every graph shares (see the module docstring)."""
        with self._setup:
            if self._inputs is None:
                self._inputs = _inputs_digest(self.settings)
            return self._inputs

    @property
    def registry(self) -> Registry:
        """The reference registry, parsed on first use.

        :raises RegistryError: if a registry file cannot be read.
        """
        with self._setup:
            if self._registry is None:
                self._registry = load_registry(self.settings.registry, self.settings.base_iri)
            return self._registry

    @property
    def gate(self) -> Gate:
        """The SHACL gate, read on first use.

        :raises ShapesError: if a shapes or ontology file cannot be read.
        """
        with self._setup:
            if self._gate is None:
                self._gate = load_gate(self.settings.shape_files(), self.settings.ontology_files())
            return self._gate

    def graph_of(self, key: str) -> str:
        return self.minter.document_graph(key)

    def source_hash(self, text: str, metadata: Mapping[str, str | None], key: str) -> str:
        """The digest recorded in a document's graph: its inputs and the shared build inputs."""
        return _digest(self.inputs_digest, "document", key, text, metadata_digest(metadata))

    def registry_hash(self) -> str:
        """The digest recorded in the registry's graph."""
        return _digest(self.inputs_digest, "registry")

    def registry_triples(self) -> list[ox.Triple]:
        """The registry graph's content, with the digest it was built from."""
        graph = self.minter.registry_graph()
        return [*self.registry.triples, source_hash_triple(graph, self.registry_hash())]

    def prepare(self, text: str, metadata: Mapping[str, str | None], key: str) -> PreparedDocument:
        """A posted article read into its graph's triples (``api.ingestion.DocumentPreparer``).

        :raises DocumentRefused: if the text is empty, too large or holds NUL characters, or a
            metadata field is unknown or wrong.
        """
        if len(text.encode("utf-8")) > MAX_DOCUMENT_BYTES:
            raise DocumentRefused(f"the text is larger than {MAX_DOCUMENT_BYTES} bytes")
        try:
            fields = check_sidecar(dict(metadata), Path("metadata"))
        except DocumentError as exc:
            raise DocumentRefused(f"metadata: {exc.reason}") from exc
        try:
            document = document_from_text(text, key, fields, where=Path(key))
        except DocumentError as exc:
            raise DocumentRefused(f"the text: {exc.reason}") from exc
        _ = self.registry  # a registry that cannot be read is the service's fault, not the text's
        try:
            return self.build(document, self.source_hash(text, fields, key))
        except Exception as exc:  # as `load` does: a text the extractor cannot read is refused alone
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "no reason given"
            raise DocumentRefused(f"could not be read into facts: {type(exc).__name__}: {reason}") from exc

    def mend(
        self, text: str, metadata: Mapping[str, str | None], key: str, report: ValidationReport
    ) -> PreparedDocument | None:
        """``prepare`` again without the facts about the nodes ``report`` faults
        (``api.ingestion.DocumentPreparer``); None when leaving facts out cannot mend it."""
        refused = refused_nodes(report, key, self.minter)
        if not refused:
            return None
        fields = check_sidecar(dict(metadata), Path("metadata"))
        document = document_from_text(text, key, fields, where=Path(key))
        return self.build(document, self.source_hash(text, fields, key), refused)

    def build(
        self, document: Document, source_hash: str, refused: frozenset[str] = frozenset()
    ) -> PreparedDocument:
        """Extract ``document``'s claims and build its graph, recording ``source_hash`` in it;
        the facts about ``refused`` nodes are left out (see ``publish_document``)."""
        registry = self.registry
        graph = self.graph_of(document.key)
        with self._extracting:
            triples = build_document(document, registry, self.minter, refused)
        triples.append(source_hash_triple(graph, source_hash))
        claims, entities = claim_figures(triples)
        return PreparedDocument(
            key=document.key,
            graph=graph,
            title=document.metadata.title,
            triples=triples,
            claims=claims,
            entities=entities,
            source_hash=source_hash,
        )


def publish_document(
    store: Store, ingestor: Ingestor, document: Document, prepared: PreparedDocument
) -> tuple[PreparedDocument, tuple[str, ...]]:
    """Publish a document's graph through the gate. Where the shapes refuse facts the extractor
    drew (an organisation read as the treaty a step is about), the graph is built again without
    the facts about the nodes at fault and published; the findings come back as what was left
    out, so one misread sentence does not cost the document's other facts.

    :raises ValidationFailed: if the graph fails the shapes for any other reason, or still fails
        without those facts; nothing is then written.
    """
    try:
        publish(store, prepared.graph, prepared.triples, ingestor.gate)
        return prepared, ()
    except ValidationFailed as exc:
        refused = refused_nodes(exc.report, prepared.key, ingestor.minter)
        if not refused:
            raise
        mended = ingestor.build(document, prepared.source_hash, refused)
        publish(store, mended.graph, mended.triples, ingestor.gate)
        return mended, tuple(r.describe() for r in exc.report.results)


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        h.update(len(data).to_bytes(8, "big"))  # lengths first: ("ab", "c") is not ("a", "bc")
        h.update(data)
    return h.hexdigest()


def _inputs_digest(settings: Settings) -> str:
    """The base IRI and the contents of the registry, ontology, shapes and extractor files."""
    extractor = Path(loaders.__file__).parent
    files: list[tuple[str, Path]] = [
        *(("registry", p) for p in registry_files(settings.registry)),
        *(("ontology", p) for p in settings.ontology_files()),
        *(("shapes", p) for p in settings.shape_files()),
        *(
            ("extractor", p)
            for p in sorted(extractor.rglob("*"))
            if p.suffix in _EXTRACTOR_SUFFIXES and "__pycache__" not in p.parts and p.is_file()
        ),
        ("extractor", Path(__file__)),
    ]
    parts = [_BUILD_FORMAT, settings.base_iri]
    for role, path in files:
        name = path.relative_to(extractor).as_posix() if path.is_relative_to(extractor) else path.name
        parts += [role, name, hashlib.sha256(path.read_bytes()).hexdigest()]
    return _digest(*parts)
