"""The parser guard reads SPARQL as oxigraph's parser would: what nests and chains counts, what
a list keeps flat (VALUES rows of IRIs, as the gate's own queries send them) does not."""

from __future__ import annotations

import pytest

from graph import QuerySyntaxError, check_complexity
from graph.complexity import MAX_OPERATORS


def test_values_rows_of_iris_are_not_operator_chains() -> None:
    rows = " ".join(f'(<http://example.org/a/{i}> <http://example.org/p> "x")' for i in range(2000))
    shape = check_complexity(f"SELECT * WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} }}")
    assert shape.operators < 10


def test_a_comparison_hidden_in_angle_brackets_still_counts() -> None:
    chain = "+".join(["?b"] * (MAX_OPERATORS + 10))
    with pytest.raises(QuerySyntaxError, match="operators"):
        check_complexity(f"SELECT * WHERE {{ FILTER((?a<{chain})>?c) }}")


def test_deep_negation_is_refused() -> None:
    with pytest.raises(QuerySyntaxError, match="levels deep"):
        check_complexity("ASK { FILTER(" + "!" * 10_000 + "true) }")
