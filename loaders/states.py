"""States of the world as registry triples: ISO 3166 from pycountry, the rest from a small table.

pycountry carries the names and codes of every current country (ISO 3166-1) and of former ones
(ISO 3166-3); ``data/reference/states.tsv`` adds only what no library holds: which of them are
UN members or observers, the short names news text uses, demonyms, seats of government and the
names that need context. Keeping the library as the source of names means a new ISO release
fixes a spelling without touching the table.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycountry
import pyoxigraph as ox

from loaders.errors import RegistryError
from loaders.iris import slugify
from loaders.vocabulary import ORG, RDF, SCHEMA, SKOS, TG

__all__ = ["StateRow", "read_states", "state_triples"]

_WIKIDATA = "http://www.wikidata.org/entity/"
_STATUSES = frozenset({"member", "observer", "former"})


@dataclass(frozen=True)
class StateRow:
    """One line of the states table."""

    alpha3: str
    status: str
    label: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[tuple[str, ...], ...]  # each city with its spellings, preferred first
    wikidata: str
    ambiguous: tuple[tuple[str, str], ...]  # (name, what else it names)
    successor_of: str


def _split(cell: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(sep) if part.strip())


def read_states(path: Path) -> list[StateRow]:
    """Parse the table; lines starting with ``#`` are comments.

    :raises RegistryError: naming the file and line, for a row of the wrong width, an unknown
        status or an alpha-3 code that ISO 3166 does not know.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the states table: {exc.strerror or exc}") from exc
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line and not line.startswith("#")]
    rows: list[StateRow] = []
    header, *body = lines
    width = len(header[1].split("\t"))
    for n, line in body:
        cells = line.split("\t")
        if len(cells) != width:
            raise RegistryError(f"{path}, line {n}: {len(cells)} columns, expected {width}")
        alpha3, status, label, aliases, demonyms, capitals, wikidata, ambiguous, successor = cells
        if status not in _STATUSES:
            raise RegistryError(f"{path}, line {n}: unknown status {status!r}")
        if _iso(alpha3) is None:
            raise RegistryError(f"{path}, line {n}: {alpha3!r} is not an ISO 3166 alpha-3 code")
        rows.append(
            StateRow(
                alpha3=alpha3,
                status=status,
                label=label.strip(),
                aliases=_split(aliases),
                demonyms=_split(demonyms),
                capitals=tuple(_split(city, "/") for city in _split(capitals)),
                wikidata=wikidata.strip(),
                ambiguous=tuple(
                    (name.strip(), why.strip())
                    for name, _, why in (a.partition(":") for a in _split(ambiguous))
                ),
                successor_of=successor.strip(),
            )
        )
    return rows


def _iso(alpha3: str) -> object | None:
    return pycountry.countries.get(alpha_3=alpha3) or pycountry.historic_countries.get(alpha_3=alpha3)


def _library_names(alpha3: str) -> tuple[str, list[str]]:
    """The library's short name and its other names fit for text (inverted forms left out)."""
    country = _iso(alpha3)
    name: str = getattr(country, "name", "")
    common: str = getattr(country, "common_name", "")
    official: str = getattr(country, "official_name", "")
    short = common or name
    others = [n for n in (name, official) if n]
    others = [n.removeprefix("the ") for n in others if "," not in n and "(" not in n]
    return short, others


def state_key(alpha3: str) -> str:
    return f"state/{alpha3.lower()}"


def state_triples(rows: list[StateRow], base: str) -> Iterator[ox.Triple]:
    """Every state with its names and codes, its UN standing, and its seats of government."""

    def node(key: str) -> ox.NamedNode:
        return ox.NamedNode(base + key)

    def iri(value: str) -> ox.NamedNode:
        return ox.NamedNode(value)

    un = node("org/un")
    observer = node("role/observer")
    for row in rows:
        country = _iso(row.alpha3)
        s = node(state_key(row.alpha3))
        short, library = _library_names(row.alpha3)
        label = row.label or short
        drop = {a[1:] for a in row.aliases if a.startswith("-")}
        names = [short, *library, *(a for a in row.aliases if not a.startswith("-"))]
        aliases = sorted({n for n in names if n != label and n not in drop})
        yield ox.Triple(s, iri(RDF.type), iri(TG.State))
        yield ox.Triple(s, iri(SKOS.prefLabel), ox.Literal(label))
        for alias in aliases:
            yield ox.Triple(s, iri(SKOS.altLabel), ox.Literal(alias))
        for demonym in row.demonyms:
            yield ox.Triple(s, iri(TG.demonym), ox.Literal(demonym))
        for name, _why in row.ambiguous:
            yield ox.Triple(s, iri(TG.ambiguousLabel), ox.Literal(name))
        yield ox.Triple(s, iri(TG.iso3166Alpha2), ox.Literal(str(getattr(country, "alpha_2", ""))))
        yield ox.Triple(s, iri(TG.iso3166Alpha3), ox.Literal(row.alpha3))
        if row.wikidata:
            yield ox.Triple(s, iri(SKOS.exactMatch), iri(_WIKIDATA + row.wikidata))
        if row.successor_of:
            yield ox.Triple(s, iri(TG.successorOf), node(state_key(row.successor_of)))
        for city in row.capitals:
            for spelling in city:
                yield ox.Triple(s, iri(SKOS.hiddenLabel), ox.Literal(spelling))
            place = node(f"place/{slugify(city[0].removeprefix('the '))}")
            yield ox.Triple(place, iri(RDF.type), iri(TG.Place))
            yield ox.Triple(place, iri(SKOS.prefLabel), ox.Literal(city[0]))
            for spelling in city[1:]:
                yield ox.Triple(place, iri(SKOS.altLabel), ox.Literal(spelling))
            yield ox.Triple(place, iri(SCHEMA.containedInPlace), s)
        if row.status in ("member", "observer"):
            m = node(f"membership/{row.alpha3.lower()}--un")
            yield ox.Triple(m, iri(RDF.type), iri(ORG.Membership))
            what = "membership of" if row.status == "member" else "observer status at"
            yield ox.Triple(m, iri(SKOS.prefLabel), ox.Literal(f"{label}'s {what} the United Nations"))
            yield ox.Triple(m, iri(ORG.member), s)
            yield ox.Triple(m, iri(ORG.organization), un)
            if row.status == "observer":
                yield ox.Triple(m, iri(ORG.role), observer)
