"""Real SPARQL servers for the integration tests, and how TreatyGraph is pointed at each.

Virtuoso comes from Debian's ``virtuoso-opensource`` (``make virtuoso`` installs it): started over
a throw-away database folder with its own ``virtuoso.ini``, on free loopback ports, with an
account that may write (Virtuoso refuses anonymous writes).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

import httpx
import pytest

from graph import GraphNotFound, RemoteStore, Store
from graph.credentials import StoreCredentials

STARTUP_DEADLINE_S = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# --- Virtuoso -------------------------------------------------------------------------------------

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""

# The account TreatyGraph writes with: Virtuoso refuses anonymous writes, and its authenticated
# endpoints (/sparql-auth, /sparql-graph-crud-auth) ask for HTTP Digest.
VIRTUOSO_USER = "treatygraph"
VIRTUOSO_PASSWORD = "s3cret-for-tests"
# Federation: a SERVICE clause runs through Virtuoso's DB.DBA.SPARQL_SINV_2 view, which its
# anonymous /sparql user may not use until granted (otherwise "SQ070:SECURITY: Must have select
# privileges on view DB.DBA.SPARQL_SINV_2"); any deployment that federates grants the same
# to the SPARQL_SELECT role (held by the anonymous user and by every reader).
VIRTUOSO_ACCOUNT_SQL = (
    f"DB.DBA.USER_CREATE('{VIRTUOSO_USER}', '{VIRTUOSO_PASSWORD}'); "
    f'GRANT SPARQL_UPDATE TO "{VIRTUOSO_USER}"; '
    "GRANT SELECT ON DB.DBA.SPARQL_SINV_2 TO SPARQL_SELECT; "
    "GRANT EXECUTE ON DB.DBA.SPARQL_SINV_IMP TO SPARQL_SELECT; "
    + " ".join(
        # HTTP Basic beside Digest: the definitions of /sparql-auth and /sparql-graph-crud-auth
        # that Virtuoso ships, with sec=>'basic' for sec=>'digest' (a deployment does this behind TLS).
        f"DB.DBA.VHOST_DEFINE(lpath=>'{lpath}', ppath=>'{ppath}', is_dav=>1, vsp_user=>'dba', "
        f"opts=>vector({opts}), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER', realm=>'SPARQL', sec=>'basic');"
        for lpath, ppath, opts in (
            ("/sparql-basic", "/!sparql/", "'noinherit', 1"),
            ("/sparql-graph-crud-basic", "/!sparql-graph-crud/", "'noinherit', 1, 'exec_as_get', 1"),
        )
    )
)
# The prefix of the graphs the tests write, which leaves out Virtuoso's system graphs.
GRAPH_PREFIXES: tuple[str, ...] = ("https://w3id.org/treatygraph/",)


def virtuoso_binaries() -> tuple[Path, Path]:
    """Debian's ``virtuoso-t`` and its ``isql-vt`` client."""
    found = [shutil.which(name) for name in ("virtuoso-t", "isql-vt")]
    if None in found:
        raise RuntimeError(
            "Virtuoso is missing (virtuoso-t and isql-vt); `make virtuoso` installs Debian's "
            "virtuoso-opensource (as root), or: sudo apt-get install virtuoso-opensource"
        )
    return Path(found[0] or ""), Path(found[1] or "")


@dataclass
class VirtuosoServer:
    """One ``virtuoso-t`` process: its HTTP base URL and the folder holding its database."""

    process: subprocess.Popen[bytes]
    base_url: str
    folder: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_virtuoso(folder: Path) -> VirtuosoServer:
    """Start Virtuoso over a new database in ``folder`` with the TreatyGraph account created.

    :raises RuntimeError: if the binaries are missing, the server exits, or it never answers.
    """
    server_binary, isql = virtuoso_binaries()
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port))
    log = folder / "console.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(server_binary), "-f", "-c", str(ini)], cwd=folder, stdout=out, stderr=subprocess.STDOUT
        )
    server = VirtuosoServer(process, f"http://127.0.0.1:{http_port}", folder)
    deadline = time.monotonic() + 2 * STARTUP_DEADLINE_S
    with httpx.Client(timeout=2.0) as client:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {process.returncode}: {log.read_text()}")
            try:
                if client.get(f"{server.base_url}/sparql", params={"query": "ASK {}"}).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(f"Virtuoso on {server.base_url} did not answer in time: {log.read_text()}")
            time.sleep(0.1)
    made = subprocess.run(
        [str(isql), str(sql_port), "dba", "dba", f"exec={VIRTUOSO_ACCOUNT_SQL}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if made.returncode != 0 or "Error" in made.stdout + made.stderr:
        server.stop()
        raise RuntimeError(f"could not create the Virtuoso account: {made.stdout}{made.stderr}")
    return server


@dataclass(frozen=True)
class SparqlServer:
    """A running SPARQL server as TreatyGraph is pointed at it: endpoints, credentials, prefix.

    ``environ()`` gives the ``TREATYGRAPH_*`` variables a user would set; ``open()`` the store.
    """

    name: str
    query_url: str
    update_url: str
    store_url: str
    user: str | None = None
    password: str | None = None
    graph_prefixes: tuple[str, ...] = GRAPH_PREFIXES
    public_query_url: str = ""  # the query endpoint anyone may read (SERVICE sends no credentials)

    def open(self, **options: float) -> RemoteStore:
        return RemoteStore(
            self.query_url,
            self.update_url,
            self.store_url,
            credentials=StoreCredentials(self.user, self.password),
            graph_prefixes=self.graph_prefixes,
            **options,  # type: ignore[arg-type]
        )

    def environ(self) -> dict[str, str]:
        env = {
            "TREATYGRAPH_STORE": self.query_url,
            "TREATYGRAPH_UPDATE_ENDPOINT": self.update_url,
            "TREATYGRAPH_GRAPH_STORE_ENDPOINT": self.store_url,
        }
        if self.graph_prefixes:
            env["TREATYGRAPH_STORE_GRAPHS"] = ",".join(self.graph_prefixes)
        if self.user and self.password:
            env["TREATYGRAPH_STORE_USER"] = self.user
            env["TREATYGRAPH_STORE_PASSWORD"] = self.password
        return env

    def clear(self) -> None:
        """Drop every graph under the prefix (never ``DROP ALL``: Virtuoso keeps its own graphs),
        and empty the server's own default graph where it has one (``oxigraph serve``; never on
        Virtuoso, whose default graph is every graph)."""
        with closing(self.open()) as opened:
            for graph in opened.graphs():
                opened.drop_graph(graph)
            try:
                left_in_default = opened.graph_triples(None)
            except GraphNotFound:  # no default graph of its own
                left_in_default = []
            if left_in_default:
                opened.update("CLEAR DEFAULT")


def oxigraph_endpoints(base_url: str) -> SparqlServer:
    query = f"{base_url}/query"
    return SparqlServer("oxigraph", query, f"{base_url}/update", f"{base_url}/store", public_query_url=query)


def virtuoso_endpoints(base_url: str) -> SparqlServer:
    return SparqlServer(
        "virtuoso",
        f"{base_url}/sparql-auth",
        f"{base_url}/sparql-auth",
        f"{base_url}/sparql-graph-crud-auth",
        VIRTUOSO_USER,
        VIRTUOSO_PASSWORD,
        public_query_url=f"{base_url}/sparql",
    )


def virtuoso_basic_endpoints(base_url: str) -> SparqlServer:
    """The same account through the endpoints that ask for HTTP Basic instead of Digest."""
    return replace(
        virtuoso_endpoints(base_url),
        query_url=f"{base_url}/sparql-basic",
        update_url=f"{base_url}/sparql-basic",
        store_url=f"{base_url}/sparql-graph-crud-basic",
    )


SERVERS = [
    pytest.param("oxigraph", marks=pytest.mark.remote),
    pytest.param("virtuoso", marks=[pytest.mark.remote, pytest.mark.virtuoso]),
]


def server_named(request: pytest.FixtureRequest, name: str) -> SparqlServer:
    if name == "oxigraph":
        return oxigraph_endpoints(request.getfixturevalue("oxigraph_server"))
    return virtuoso_endpoints(request.getfixturevalue("virtuoso_server"))


# --- the service's protocol suites over each store ------------------------------------------------

STORE_KINDS = ["embedded", *SERVERS]
# Graphs the protocol suites name besides TreatyGraph's own: the test data's and those a Graph
# Store request identifies directly by the app's own URL.
TEST_GRAPH_PREFIXES = (*GRAPH_PREFIXES, "http://example.org/graph/", "http://testserver/")


def copied_to_server(request: pytest.FixtureRequest, name: str, source: Store) -> RemoteStore:
    """The server ``name``, cleared of the test graphs, holding every named graph of ``source``."""
    server = replace(server_named(request, name), graph_prefixes=TEST_GRAPH_PREFIXES)
    server.clear()
    remote = server.open()
    for graph in source.graphs():
        remote.replace_graph(graph, source.graph_triples(graph))
    return remote


def cannot_on(request: pytest.FixtureRequest, server: str, reason: str) -> None:
    """Mark the running test a strict expected failure when its ``app_store`` is ``server``."""
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and callspec.params.get("app_store") == server:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
