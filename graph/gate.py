"""The SHACL gate: nothing reaches the published graph without passing the shapes.

pyshacl needs rdflib graphs, so this is the one place where pyoxigraph triples are converted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as pyshacl_validate
from rdflib.namespace import RDF, SH

from graph.errors import GraphError
from graph.terms import to_rdflib

__all__ = ["Gate", "ShapesError", "ValidationReport", "ValidationResult", "load_gate"]


class ShapesError(GraphError):
    """Raised when a shapes or ontology file cannot be read; names the file and the parser's message."""


@dataclass(frozen=True)
class ValidationResult:
    """One violation: the node, the property path, the shape's message and the offending value."""

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None

    def describe(self) -> str:
        where = f"{self.focus}" + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    results: tuple[ValidationResult, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        if self.conforms:
            return "the data conforms to the shapes"
        lines = [f"the data does not conform to the shapes ({len(self.results)} problems):"]
        lines += [f"  - {r.describe()}" for r in self.results[:50]]
        if len(self.results) > 50:
            lines.append(f"  ... and {len(self.results) - 50} more")
        return "\n".join(lines)


@dataclass(frozen=True)
class Gate:
    """Shapes plus the ontology they rely on for subclass reasoning in ``sh:class``."""

    shapes: rdflib.Graph
    ontology: rdflib.Graph

    def validate(self, triples: Iterable[ox.Triple], context: Iterable[ox.Triple] = ()) -> ValidationReport:
        """Validate ``triples``; ``context`` (e.g. the types of nodes they point at) is read, not judged."""
        data = to_rdflib([*triples, *context])
        conforms, report_graph, _ = pyshacl_validate(
            data,
            shacl_graph=self.shapes,
            ont_graph=self.ontology,
            inference="none",
            abort_on_first=False,
            allow_warnings=True,
            advanced=True,
        )
        return _read_report(bool(conforms), report_graph)


def load_gate(shape_files: Sequence[Path], ontology_files: Sequence[Path]) -> Gate:
    """Read the shapes and ontology Turtle files.

    :raises ShapesError: if a file is missing or is not valid Turtle.
    """
    return Gate(shapes=_read_turtle(shape_files), ontology=_read_turtle(ontology_files))


def _read_turtle(files: Sequence[Path]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except (OSError, SyntaxError, ValueError, Exception) as exc:  # rdflib raises many kinds
            raise ShapesError(f"{path}: {exc}") from exc
    return graph


def _read_report(conforms: bool, report: rdflib.Graph) -> ValidationReport:
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(node, SH.resultPath)
        value = report.value(node, SH.value)
        severity = report.value(node, SH.resultSeverity)
        results.append(
            ValidationResult(
                focus=str(report.value(node, SH.focusNode)),
                path=str(path) if path is not None else None,
                message=str(report.value(node, SH.resultMessage) or "constraint not met"),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                value=str(value) if value is not None else None,
            )
        )
    results.sort(key=lambda r: (r.focus, r.path or "", r.message))
    violations = [r for r in results if r.severity == "Violation"]
    return ValidationReport(conforms=conforms and not violations, results=tuple(results))
