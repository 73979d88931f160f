"""Which URLs a request may make the server fetch: the allow-list, checked before running.

A SPARQL ``SERVICE <url>``, or ``LOAD <url>`` in an update, makes the store send an HTTP request
to ``url`` from the server's network: left open, a client could make the server probe or query
hosts only it can reach (server-side request forgery). So every ``SERVICE`` and ``LOAD`` target
must be allowed by ``ApiConfig.service_allowlist`` (empty by default: no federation, no LOAD),
and the check runs before the request does, so that a refused URL is never contacted. ``LOAD
<file:…>`` or any other scheme is never allowed.

Allow-list entries:

- an exact endpoint IRI (``http://127.0.0.1:7878/query``): allowed as written, even on a private
  or loopback address, since the operator named it;
- a prefix ending in ``*`` (``https://query.wikidata.org/*``): allowed only if the host resolves
  to public addresses alone, so that a prefix cannot reach loopback, private, link-local or other
  special ranges, whatever form the address takes (IPv6, IPv4-mapped IPv6, decimal, hex or octal
  IPv4 such as ``http://2130706433/``, or a DNS name resolving there). The name is resolved
  again when the store connects, so a DNS answer that changes in between (rebinding) is not
  covered: list exact IRIs where that matters.

Finding the targets. A query without the keyword ``SERVICE`` as syntax (a lexical test that
skips strings, comments and IRIs; a SPARQL keyword cannot be escaped), and an update without
``SERVICE`` or ``LOAD``, is not parsed at all: the common path stays fast. Otherwise the request,
which must be small (``MAX_SERVICE_REQUEST_*``), is parsed with rdflib's SPARQL parser, which
expands prefixed names and resolves relative IRIs against ``BASE`` as the store will; a target
that is a variable (``SERVICE ?x``), or a request rdflib cannot parse, is refused. The HTTP
layer runs this check in a query slot, within the query's time limit.

Redirects: pyoxigraph's HTTP client follows none (measured with 0.5.13: a 302 from a SERVICE
endpoint fails the query with "too many redirects"), so an allowed endpoint cannot bounce the
request elsewhere.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef

from api.errors import ApiError
from graph import measure

__all__ = [
    "MAX_SERVICE_REQUEST_CHARS",
    "MAX_SERVICE_REQUEST_OPERATORS",
    "Resolver",
    "check_services",
    "mentions_service",
    "service_targets",
]

Resolver = Callable[[str], list[str]]


# rdflib's parser takes about a second per 4 KB of operator-dense SPARQL, holding the GIL: the
# requests it has to read are kept small (federated queries are short, hand-written ones).
MAX_SERVICE_REQUEST_CHARS = 16 * 1024
MAX_SERVICE_REQUEST_OPERATORS = 200


def mentions_service(text: str) -> bool:
    """Whether ``text`` holds the keyword SERVICE as syntax: not in a string, a comment, an IRI
    or a name (the cheap lexical test on every request, ``graph.complexity.measure``)."""
    return measure(text).mentions_service


# LOAD in an update, read loosely (a match inside a string or comment only costs a parse)
_LOAD = re.compile(r"(?<![\w?$:])LOAD(?![\w:])", re.IGNORECASE)


def check_services(
    text: str, allowlist: Sequence[str], *, update: bool = False, resolve: Resolver | None = None
) -> None:
    """Refuse ``text`` unless every SERVICE it calls (and, in an update, every LOAD source) is
    allowed by ``allowlist``.

    ``text`` must be exactly what the store will run (with any ``BASE`` the service adds).

    :raises ApiError: 403 naming the URL that is not allowed, 400 if the targets cannot be
        determined (unparseable query, variable endpoint).
    """
    shape = measure(text)
    if not (shape.mentions_service or (update and _LOAD.search(text))):
        return
    if len(text) > MAX_SERVICE_REQUEST_CHARS or shape.operators > MAX_SERVICE_REQUEST_OPERATORS:
        raise ApiError(
            400,
            f"a request calling SERVICE or LOAD may hold at most {MAX_SERVICE_REQUEST_CHARS} "
            f"characters and {MAX_SERVICE_REQUEST_OPERATORS} operators, so that its targets can be "
            "checked",
        )
    tree = _algebra(text, update=update)
    for keyword, target in [
        *(("SERVICE", t) for t in _service_iris(tree)),
        *(("LOAD", t) for t in _load_iris(tree)),
    ]:
        allowed, reason = endpoint_allowed(target, allowlist, resolve or _resolve)
        if not allowed:
            raise ApiError(403, f"{keyword} <{target}> is not allowed: {reason}")


def service_targets(text: str, *, update: bool = False) -> list[str]:
    """The endpoint IRIs of every SERVICE clause in ``text``, fully expanded.

    :raises ApiError: 400 if the text does not parse or a SERVICE target is a variable.
    """
    return _service_iris(_algebra(text, update=update))


def _algebra(text: str, *, update: bool) -> object:
    try:
        if update:
            tree: object = translateUpdate(parseUpdate(text)).algebra
        else:
            tree = translateQuery(parseQuery(text)).algebra
    except RecursionError as exc:
        raise ApiError(400, "the request is nested too deeply to check its SERVICE clauses") from exc
    except Exception as exc:  # pyparsing and rdflib raise many kinds; all mean "cannot check"
        raise ApiError(
            400, f"cannot check the SERVICE or LOAD targets of this request: {type(exc).__name__}: {exc}"
        ) from exc
    return tree


def _service_iris(tree: object) -> list[str]:
    targets: list[str] = []
    for term in _service_terms(tree):
        if not isinstance(term, URIRef):
            raise ApiError(
                403,
                f"SERVICE {term.n3() if hasattr(term, 'n3') else term} is not "
                "allowed: the endpoint must be an IRI written in the query",
            )
        targets.append(str(term))
    return targets


def _load_iris(tree: object) -> list[str]:
    """The source of every LOAD operation (an update's algebra is a list of operations)."""
    operations = tree if isinstance(tree, list) else []
    return [str(op.get("iri")) for op in operations if isinstance(op, CompValue) and op.name == "Load"]


def endpoint_allowed(iri: str, allowlist: Sequence[str], resolve: Resolver) -> tuple[bool, str]:
    """Whether ``iri`` may be called, and if not, why (see the module docstring for the rules)."""
    if iri in allowlist:
        return True, "listed"
    parts = urlsplit(iri)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False, "only http(s) endpoints can be allowed"
    if "@" in parts.netloc or "\\" in iri:
        return False, "an endpoint with user information or backslashes is never allowed"
    prefixes = [entry[:-1] for entry in allowlist if entry.endswith("*")]
    if not any(iri.startswith(prefix) for prefix in prefixes):
        return False, "it is not in the service allow-list"
    try:
        addresses = resolve(parts.hostname)
    except OSError as exc:
        return False, f"its host cannot be resolved ({exc})"
    if not addresses:
        return False, "its host has no address"
    for address in addresses:
        if not _is_public(address):
            return False, f"its host resolves to a non-public address ({address})"
    return True, "prefix"


def _service_terms(node: object) -> list[object]:
    found: list[object] = []
    stack = [node]
    while stack:  # iterative: a deeply nested query must not exhaust Python's stack
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                found.append(item.get("term"))
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return found


def _resolve(host: str) -> list[str]:
    """Every address ``host`` resolves to; the system resolver also reads decimal, hex and
    octal IPv4 forms (``2130706433``, ``0x7f.1``) the way URL parsers do."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]) for info in infos})


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None and not embedded.is_global:
            return False
    return ip.is_global and not ip.is_multicast
