"""The ``treatygraph`` command: load | validate | serve | query | export | evaluate.

Data goes to stdout, progress and errors to stderr. Exit codes: 0 done, 1 invalid data or a
failed query, 2 wrong usage.
"""

from __future__ import annotations

import sys
from contextlib import closing
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from graph import GraphError, QueryResult
from graph.publish import referenced_context
from loaders.errors import LoaderError
from loaders.iris import Minter
from treatygraph.build import (
    document_paths,
    load_documents,
    open_gate,
    open_registry,
    open_store,
    publish_registry,
)
from treatygraph.settings import Settings

__all__ = ["app", "main"]

app = typer.Typer(
    help="TreatyGraph: a knowledge graph of treaties, monitoring bodies, states and people, "
    "built from documents and served over SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console(soft_wrap=True)


class ExportFormat(StrEnum):
    trig = "trig"
    nquads = "nquads"
    turtle = "turtle"
    jsonld = "jsonld"
    ntriples = "ntriples"


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    xml = "xml"
    csv = "csv"
    tsv = "tsv"
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"
    rdfxml = "rdfxml"


RDF_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store", help="Store directory, or a remote SPARQL query endpoint URL.", show_default=False
    ),
]
BaseOption = Annotated[
    str | None, typer.Option("--base-iri", help="Namespace for minted IRIs.", show_default=False)
]


@app.callback()
def _global(ctx: typer.Context, store: StoreOption = None, base_iri: BaseOption = None) -> None:
    ctx.obj = {"store": store, "base_iri": base_iri}


def _settings(ctx: typer.Context, **overrides: Any) -> Settings:
    return Settings.load({**(ctx.obj or {}), **overrides})


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(1)


@app.command()
def load(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Documents or folders of documents (default: the bundled corpus).", show_default=False
        ),
    ] = None,
) -> None:
    """Build the graph: publish the registry, then each document into its own named graph."""
    settings = _settings(ctx)
    try:
        gate = open_gate(settings)
        registry = open_registry(settings)
        store = open_store(settings)
    except (GraphError, LoaderError) as exc:
        raise _fail(str(exc)) from exc
    minter = Minter(settings.base_iri)
    files = document_paths(paths or [settings.documents])
    try:
        count = publish_registry(store, gate, registry, minter)
        err.print(f"registry: {count} triples")
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err
        ) as progress:
            task = progress.add_task("loading documents", total=len(files))
            report = load_documents(
                store,
                gate,
                registry,
                minter,
                files,
                on_progress=lambda _path: progress.advance(task),
            )
    except GraphError as exc:
        raise _fail(str(exc)) from exc
    finally:
        store.close()
    for outcome in report.outcomes:
        if outcome.error is None:
            err.print(f"loaded {outcome.path.name}: {outcome.triples} triples -> <{outcome.graph}>")
        else:
            err.print(f"[red]failed[/red] {outcome.path.name}: {outcome.error}", highlight=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def validate(ctx: typer.Context) -> None:
    """Validate the whole published graph against the shapes and print the report."""
    settings = _settings(ctx)
    try:
        gate = open_gate(settings)
        with closing(open_store(settings, read_only=True)) as store:
            triples = [t for g in store.graphs() for t in store.graph_triples(g)]
            context = referenced_context(store, triples)
        report = gate.validate(triples, context)
    except GraphError as exc:
        raise _fail(str(exc)) from exc
    print(report.summary())
    if not report.conforms:
        raise typer.Exit(1)


@app.command()
def query(
    ctx: typer.Context,
    sparql: Annotated[str, typer.Argument(help="The SPARQL query; '-' reads it from stdin.")],
    fmt: Annotated[QueryFormat, typer.Option("--format", help="Output format.")] = QueryFormat.table,
) -> None:
    """Run a SPARQL query on the store, without a server."""
    settings = _settings(ctx)
    text = sys.stdin.read() if sparql == "-" else sparql
    try:
        with closing(open_store(settings, read_only=True)) as store:
            _print_result(store.query(text), fmt)
    except GraphError as exc:
        raise _fail(str(exc)) from exc


def _print_result(result: QueryResult, fmt: QueryFormat) -> None:
    if result.kind == "graph":
        name = fmt.value if fmt.value in RDF_FORMATS else "turtle"
        sys.stdout.buffer.write(result.serialize_graph(RDF_FORMATS[name]))
    elif fmt.value in RESULT_FORMATS:
        sys.stdout.buffer.write(result.serialize_results(RESULT_FORMATS[fmt.value]))
    elif result.kind == "boolean":
        print("true" if result.boolean else "false")
    else:
        _print_table(result.rows())


def _print_table(rows: list[dict[str, Any]]) -> None:
    columns = sorted({name for row in rows for name in row})
    table = Table(*columns)
    for row in rows:
        table.add_row(*(_show(row.get(c)) for c in columns))
    out.print(table)
    err.print(f"{len(rows)} rows")


def _show(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="RDF serialisation.")] = ExportFormat.trig,
    output: Annotated[
        Path | None, typer.Option("--output", help="File to write (default: stdout).", show_default=False)
    ] = None,
) -> None:
    """Write the whole dataset; quad formats keep the named graphs, triple formats merge them."""
    settings = _settings(ctx)
    try:
        with closing(open_store(settings, read_only=True)) as store:
            data = store.dump(RDF_FORMATS[fmt.value])
    except GraphError as exc:
        raise _fail(str(exc)) from exc
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        err.print(f"wrote {len(data)} bytes to {output}")


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Bind address.", show_default=False)] = None,
    port: Annotated[int | None, typer.Option(help="Port.", show_default=False)] = None,
) -> None:
    """Serve the graph over HTTP: SPARQL endpoint, Graph Store, pages."""
    import uvicorn

    from treatygraph.service import build_app

    settings = _settings(ctx, host=host, port=port)
    try:
        application = build_app(settings)
    except (GraphError, LoaderError) as exc:
        raise _fail(str(exc)) from exc
    err.print(f"TreatyGraph is serving http://{settings.host}:{settings.port}/ (SPARQL at /sparql)")
    try:
        uvicorn.run(application, host=settings.host, port=settings.port, log_level="warning")
    finally:
        # Stops the query workers and removes the store's snapshot folders (a crashed run's are
        # removed when the store is next opened).
        application.state.services.store.close()


@app.command()
def evaluate(
    ctx: typer.Context,
    gold: Annotated[
        Path | None,
        typer.Option("--gold", help="Folder of gold files (default: tests/gold).", show_default=False),
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="Also list the misses and the false positives.")
    ] = False,
) -> None:
    """Score the published graph against the gold set: precision, recall and F1 by kind of fact."""
    from treatygraph.evaluate import GoldError, print_evaluation
    from treatygraph.evaluate import evaluate as score_graph
    from treatygraph.settings import PROJECT_ROOT

    settings = _settings(ctx)
    try:
        with closing(open_store(settings, read_only=True)) as store:
            result = score_graph(store, gold or PROJECT_ROOT / "tests" / "gold", settings.base_iri)
    except (GraphError, GoldError) as exc:
        raise _fail(str(exc)) from exc
    print_evaluation(out, result, details=details)


def main() -> None:
    app()
