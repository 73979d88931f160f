"""The ``treatygraph`` command: load | validate | serve | query | export | evaluate.

Data goes to stdout, progress and errors to stderr. Exit codes: 0 done, 1 invalid data or a
failed query, 2 wrong usage.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from graph import GraphError, QueryResult, Store, StoreUnavailable
from graph.publish import referenced_context
from loaders.errors import LoaderError
from treatygraph.build import (
    LoadOutcome,
    LoadReport,
    document_paths,
    load_documents,
    open_gate,
    open_store,
    update_registry,
)
from treatygraph.ingest import Ingestor
from treatygraph.running import ServerRefused, announce_server, running_server, send_documents
from treatygraph.settings import PROJECT_ROOT, SETTINGS, Settings

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


def _setting_help(name: str) -> str:
    """A setting's help with the variable that also sets it and its default, from the one table
    of settings, so ``--help`` and the README say the same."""
    info = next(i for i in SETTINGS if i.name == name)
    default = getattr(Settings(), name)
    shown = "unset" if default is None else str(default).replace(str(PROJECT_ROOT) + "/", "")
    return f"{info.help} (env {info.env}; default: {shown})"


StoreOption = Annotated[
    str | None,
    typer.Option("--store", metavar="DIR|URL", help=_setting_help("store"), show_default=False),
]
BaseOption = Annotated[
    str | None,
    typer.Option("--base-iri", metavar="IRI", help=_setting_help("base_iri"), show_default=False),
]


StoreUserOption = Annotated[
    str | None,
    typer.Option("--store-user", metavar="NAME", help=_setting_help("store_user"), show_default=False),
]
StorePasswordOption = Annotated[
    str | None,
    typer.Option(
        "--store-password", metavar="SECRET", help=_setting_help("store_password"), show_default=False
    ),
]
StoreTokenOption = Annotated[
    str | None,
    typer.Option("--store-token", metavar="SECRET", help=_setting_help("store_token"), show_default=False),
]
StoreGraphsOption = Annotated[
    str | None,
    typer.Option("--store-graphs", metavar="IRIS", help=_setting_help("store_graphs"), show_default=False),
]


@app.callback()
def _global(
    ctx: typer.Context,
    store: StoreOption = None,
    base_iri: BaseOption = None,
    store_user: StoreUserOption = None,
    store_password: StorePasswordOption = None,
    store_token: StoreTokenOption = None,
    store_graphs: StoreGraphsOption = None,
) -> None:
    ctx.obj = {
        "store": store,
        "base_iri": base_iri,
        "store_user": store_user,
        "store_password": store_password,
        "store_token": store_token,
        "store_graphs": tuple(i.strip() for i in (store_graphs or "").split(",") if i.strip()) or None,
    }


def _settings(ctx: typer.Context, **overrides: Any) -> Settings:
    return Settings.load({**(ctx.obj or {}), **overrides})


_DETAILS_SHOWN = 10  # shapes findings listed under a refused document


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(1)


def _usage(message: str) -> typer.Exit:
    """Wrong usage: exit code 2, as for a bad option."""
    err.print(f"[red]usage error:[/red] {message}", highlight=False)
    return typer.Exit(2)


@app.command()
def load(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Documents or folders of documents (default: the bundled corpus).", show_default=False
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Extract and publish every document and the registry again, even those whose "
            "graph was built from the same inputs.",
        ),
    ] = False,
) -> None:
    """Build the graph: publish the registry, then each document into its own named graph.

    A document whose text, sidecar, reference data, ontology, shapes and
    extractor are unchanged since it was published is left as it is
    ("unchanged"). A document that cannot be loaded is reported with its
    reason and left out; the others are published all the same, and the exit
    code is then 1. With a server running on the same store, the documents are
    sent to it (with TREATYGRAPH_WRITE_TOKEN).

    Each document is a UTF-8 .txt file. A NAME.meta.json sidecar beside
    NAME.txt may set these fields, each a string or null (null: unknown, even
    if the text says); a field left out is read from the text's first lines:

      title           the headline (default: first short line or sentence)
      date_published  YYYY, YYYY-MM or YYYY-MM-DD (default: dateline, date line)
      date_note       how the date is known, in words
      publisher       who published it (default: the wire, a release's issuer)
      author          who wrote it (default: a "By ..." line)
      place           where it was written (default: the dateline's city)
      url             where it was published, an absolute IRI
      language        its language tag (default: en)
      metadata_note   how the other fields were found
    """
    settings = _settings(ctx)
    files = document_paths(paths or [settings.documents])
    try:
        store = open_store(settings)
    except StoreUnavailable as exc:
        if not _is_locked(exc, settings):
            raise _fail(str(exc)) from exc
        report = _load_through_server(settings, files, force)
    except GraphError as exc:
        raise _fail(str(exc)) from exc
    else:
        report = _load_here(settings, store, files, force)
    unchanged = len(report.unchanged)
    if report.failed:
        err.print(
            f"{len(report.loaded)} of {len(report.outcomes)} documents loaded ({unchanged} of them "
            f"unchanged); {len(report.failed)} failed and were left out",
            soft_wrap=True,
        )
        raise typer.Exit(1)
    loaded = len(report.loaded) - unchanged
    err.print(f"{len(report.outcomes)} documents: {loaded} loaded, {unchanged} unchanged", soft_wrap=True)


def _load_here(settings: Settings, store: Store, files: list[Path], force: bool) -> LoadReport:
    ingestor = Ingestor(settings)
    try:
        published = update_registry(store, ingestor, force=force)
        err.print("registry: unchanged" if published is None else f"registry: {published} triples")
        with _progress(len(files)) as on_outcome:
            return load_documents(store, ingestor, files, force=force, on_outcome=on_outcome)
    except (GraphError, LoaderError) as exc:
        raise _fail(str(exc)) from exc
    finally:
        store.close()


def _load_through_server(settings: Settings, files: list[Path], force: bool) -> LoadReport:
    """The store is held by another process: send the documents to the server holding it, or
    say in one line what to do instead."""
    url = running_server(settings)
    if url is None:
        raise _fail(
            f"the store at {settings.store} is in use by another process (a server or a load): "
            "wait for it to finish or stop it, then load again"
        )
    if settings.write_token is None:
        raise _fail(
            f"the store at {settings.store} is in use by the server at {url}: set "
            "TREATYGRAPH_WRITE_TOKEN to its write token to load through it, or stop it and load again"
        )
    err.print(f"the store is in use by the server at {url}: sending the documents to it")
    try:
        with _progress(len(files)) as on_outcome:
            return send_documents(url, settings.write_token, files, force=force, on_outcome=on_outcome)
    except ServerRefused as exc:
        raise _fail(f"{exc}; stop the server and load again, or check TREATYGRAPH_WRITE_TOKEN") from exc


def _is_locked(exc: StoreUnavailable, settings: Settings) -> bool:
    """Whether opening the embedded store failed because another process holds its lock."""
    return not settings.is_remote and "lock" in str(exc).lower()


@contextmanager
def _progress(total: int) -> Iterator[Callable[[LoadOutcome], None]]:
    """A progress bar, and above it each document's outcome the moment it is known (on a
    terminal; elsewhere the outcomes alone, one line each)."""
    if not err.is_terminal:
        yield lambda outcome: _print_outcome(err, outcome)
        return
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("loading documents", total=total)

        def report(outcome: LoadOutcome) -> None:
            _print_outcome(progress.console, outcome)
            progress.advance(task)

        yield report


def _print_outcome(console: Console, outcome: LoadOutcome) -> None:
    name = escape(outcome.path.name)
    if outcome.error is not None:
        console.print(
            f"[red]failed[/red] {escape(str(outcome.path))}: {escape(outcome.error)}",
            highlight=False,
            soft_wrap=True,
        )
        for detail in outcome.details[:_DETAILS_SHOWN]:
            console.print(f"    {detail}", highlight=False, markup=False, soft_wrap=True)
    elif outcome.unchanged:
        console.print(f"unchanged {name}: <{outcome.graph}> kept as it is", soft_wrap=True)
    else:
        console.print(
            f"loaded {name}: {outcome.triples} triples, {outcome.claims} claims, "
            f"{outcome.entities} entities -> <{outcome.graph}>",
            soft_wrap=True,
        )
        if outcome.left_out:
            console.print(
                f"    [yellow]left out[/yellow] the facts the shapes refused ({len(outcome.left_out)}):",
                highlight=False,
            )
        for detail in outcome.left_out[:_DETAILS_SHOWN]:
            console.print(f"    {detail}", highlight=False, markup=False, soft_wrap=True)


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
    sparql: Annotated[
        str, typer.Argument(metavar="QUERY", help="The SPARQL query; '-' reads it from stdin.")
    ],
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
    """Write the answer in ``fmt``; a format that cannot carry this kind of answer is a usage
    error, said plainly, rather than silently replaced by another."""
    if result.kind == "graph":
        if fmt.value in RESULT_FORMATS:
            raise _usage(
                f"--format {fmt.value} is a SPARQL results format, but a CONSTRUCT or DESCRIBE "
                f"answers with triples: use one of {', '.join(RDF_FORMATS)} (default: turtle)"
            )
        name = fmt.value if fmt.value in RDF_FORMATS else "turtle"
        sys.stdout.buffer.write(result.serialize_graph(RDF_FORMATS[name]))
    elif fmt.value in RDF_FORMATS:
        kind = "an ASK" if result.kind == "boolean" else "a SELECT"
        raise _usage(
            f"--format {fmt.value} is an RDF format, but {kind} query answers with solutions: "
            f"use table, {', '.join(RESULT_FORMATS)}, or a CONSTRUCT query"
        )
    elif fmt.value in RESULT_FORMATS:
        sys.stdout.buffer.write(result.serialize_results(RESULT_FORMATS[fmt.value]))
    elif result.kind == "boolean":
        print("true" if result.boolean else "false")
    else:
        assert result.solutions is not None
        columns = [v.value for v in result.solutions.variables]
        _print_table(columns, result.rows())


def _print_table(columns: list[str], rows: list[dict[str, Any]]) -> None:
    """Columns in the order the query selects them; values whole, wrapped rather than cut."""
    table = Table(*columns)
    for column in table.columns:
        column.overflow = "fold"
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
    host: Annotated[
        str | None, typer.Option(metavar="ADDRESS", help=_setting_help("host"), show_default=False)
    ] = None,
    port: Annotated[
        int | None, typer.Option(metavar="PORT", help=_setting_help("port"), show_default=False)
    ] = None,
) -> None:
    """Serve the graph over HTTP: SPARQL endpoint, Graph Store, pages."""
    import uvicorn

    from api.access_log import AccessLog
    from treatygraph.service import build_app

    settings = _settings(ctx, host=host, port=port)
    busy = _port_in_use(settings.host, settings.port)
    if busy is not None:
        raise _fail(
            f"cannot listen on {settings.host}:{settings.port}: {busy}. Stop whatever uses it, "
            "or choose another with --port or TREATYGRAPH_PORT."
        )
    try:
        application = build_app(settings)
    except StoreUnavailable as exc:
        if _is_locked(exc, settings):
            raise _fail(
                f"the store at {settings.store} is in use by another process (a server or a load): "
                "wait for it to finish or stop it, then serve again"
            ) from exc
        raise _fail(str(exc)) from exc
    except (GraphError, LoaderError) as exc:
        raise _fail(str(exc)) from exc
    err.print(f"TreatyGraph is serving http://{settings.host}:{settings.port}/ (SPARQL at /sparql)")
    # One access line a request on stdout, in uvicorn's format but written by ``AccessLog``,
    # which costs a fraction of uvicorn's logger. The note beside the store tells a `load` run
    # meanwhile where to send its documents.
    try:
        with announce_server(settings):
            uvicorn.run(
                AccessLog(application),
                host=settings.host,
                port=settings.port,
                log_level="info",
                access_log=False,
            )
    finally:
        # Stops the query workers and removes the store's snapshot folders (a crashed run's are
        # removed when the store is next opened).
        application.state.services.store.close()


def _port_in_use(host: str, port: int) -> str | None:
    """Why the server could not bind, or None when it can: checked before the store is opened,
    so a second ``serve`` says so in one line instead of failing half-way through start-up."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return f"the address does not resolve ({exc.strerror or exc})"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return exc.strerror or str(exc)
    return None


@app.command()
def evaluate(
    ctx: typer.Context,
    split: Annotated[
        str,
        typer.Option(
            "--split",
            help="Splits to score, comma-separated: corpus (the published store), dev and test "
            "(each loaded into a temporary store).",
        ),
    ] = "corpus,dev,test",
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold",
            help="Gold folder for the corpus split (default: tests/gold/corpus).",
            show_default=False,
        ),
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="Also list the misses and the false positives.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON on stdout.")] = False,
) -> None:
    """Score the graph against the gold set, split by split: precision, recall and F1 by kind of fact."""
    import json

    from treatygraph.evaluate import GoldError, evaluation_to_json, print_evaluation, print_summary
    from treatygraph.splits import default_splits, evaluate_splits, parse_split_names

    settings = _settings(ctx)
    try:
        names = parse_split_names(split)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--split") from exc
    splits = default_splits(gold)
    try:
        results = evaluate_splits(
            [splits[name] for name in names],
            settings,
            lambda: open_store(settings, read_only=True),
            on_split=lambda s: err.print(f"scoring the {s.name} split", highlight=False),
        )
    except (GraphError, GoldError, LoaderError) as exc:
        raise _fail(str(exc)) from exc
    if as_json:
        data = {name: evaluation_to_json(result, details=details) for name, result in results.items()}
        print(json.dumps({"splits": data}, indent=2, ensure_ascii=False))
        return
    for name, result in results.items():
        print_evaluation(out, result, details=details, title=f"Gold-set evaluation: {name} split")
    if len(results) > 1:
        print_summary(out, results)


def main() -> None:
    app()
