"""The /sparql query string is decoded as ``urllib.parse.parse_qsl`` decodes it, malformed
escapes included."""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, quote_plus

import pytest

from api.sparql import query_fields

SAMPLES = [
    "query=" + quote_plus('SELECT ?s WHERE { <http://example.org/é> ?p "a\\\\b" }'),
    "query=" + quote("ASK { ?s ?p 'x+y' }", safe=""),
    "query=%41%4a%4A&default-graph-uri=http%3A%2F%2Fexample.org%2Fg",
    "query=100%&x=%4",  # a lone or short escape is kept as written
    "query=%zz%4g%",
    "query=a\\x41\\\\%5C%5Cx41\\",  # backslashes are plain characters, escaped or not
    "query=%C3%A9%E9%FF",  # a byte sequence that is not UTF-8 becomes U+FFFD
    "query=&update=&=x",
    "query=%0A%00%7F+%2B",
]


@pytest.mark.parametrize("raw", SAMPLES)
def test_query_string_decoded_like_parse_qsl(raw: str) -> None:
    expected = parse_qsl(raw, keep_blank_values=True, errors="replace")
    assert query_fields(raw.encode("latin-1")) == expected
