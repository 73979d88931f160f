"""The editor's example queries run unchanged in any SPARQL client: every IRI in them is absolute,
so two independent parsers accept them with no base IRI set (a relative ``<state/rus>`` makes
both fail, as it makes Comunica fail)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

from api.pages.editor import EXAMPLES, Example, resolve_keys

OTHER_BASE = "https://example.org/dataset/"


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.title for e in EXAMPLES])
def test_example_parses_without_a_base_iri(example: Example) -> None:
    query = example.query
    ox.Store().query(query)  # raises SyntaxError on a relative IRI, since no base is given
    prepared = prepareQuery(query)
    assert prepared.algebra is not None


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.title for e in EXAMPLES])
def test_example_follows_the_configured_base(example: Example) -> None:
    query = example.query_for(OTHER_BASE)
    ox.Store().query(query)
    if any(f"<{kind}/" in example.body for kind in ("state", "treaty", "org")):
        assert OTHER_BASE in query


def test_relative_iri_is_rejected_without_a_base() -> None:
    """The failure the examples avoid: the check above can fail."""
    with pytest.raises(SyntaxError):
        ox.Store().query("SELECT * WHERE { <state/rus> ?p ?o }")


def test_resolve_keys_leaves_absolute_iris_and_comparisons_alone() -> None:
    text = "SELECT * WHERE { <state/rus> <http://x/p> ?o FILTER(?o < 3 && ?o > 1) }"
    resolved = resolve_keys(text, OTHER_BASE)
    assert resolved == (
        f"SELECT * WHERE {{ <{OTHER_BASE}state/rus> <http://x/p> ?o FILTER(?o < 3 && ?o > 1) }}"
    )
