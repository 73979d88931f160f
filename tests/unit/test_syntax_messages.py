"""Syntax errors read from the text: every valid construct passes the checks, so a mistake is
blamed where it is and not on a keyword or function the checks do not know."""

from __future__ import annotations

import contextlib

import pyoxigraph as ox
import pytest

from graph import QuerySyntaxError
from graph.syntax import MAX_READ_CHARS, explain

VALID_QUERIES = [
    """PREFIX ex: <http://example.org/>
    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
    SELECT DISTINCT ?s (COUNT(DISTINCT ?o) AS ?n) (SAMPLE(?o) AS ?one) (MIN(?o) AS ?lo) (MAX(?o) AS ?hi)
           (SUM(?o) AS ?sum) (AVG(?o) AS ?avg) (GROUP_CONCAT(STR(?o); SEPARATOR=", ") AS ?all)
    FROM <http://example.org/g> FROM NAMED <http://example.org/h>
    WHERE {
      ?s a ex:Treaty ; ex:p ?o , "x"@en , "1"^^xsd:integer , 1.5e3 , true , false .
      OPTIONAL { ?s ex:q [ ex:r _:b ] } MINUS { ?s ex:gone ?x }
      { ?s ex:p/ex:q* ?z } UNION { ?s ^ex:p|!ex:q ?z } UNION { ?s ex:p? ?z } UNION { ?s ex:p+ ?z }
      GRAPH ?g { ?s ?p ( 1 2 ) } FILTER NOT EXISTS { ?s ex:no ?no } FILTER EXISTS { ?s ?p ?o }
      FILTER(?o IN (1, 2) && ?o NOT IN (3) || !BOUND(?x) && ?o != 2 && ?o <= 5 && ?o >= 0 && ?o < 9)
      BIND(IF(isIRI(?s), STR(?s), "") AS ?label)
      VALUES (?v ?w) { (1 UNDEF) }
    }
    GROUP BY ?s HAVING (COUNT(?o) > 0) ORDER BY ASC(?s) DESC(?n) LIMIT 10 OFFSET 1""",
    """SELECT * WHERE { ?s ?p ?o
      BIND(LANG(?o) AS ?a1) BIND(LANGMATCHES(LANG(?o), "en") AS ?a2) BIND(DATATYPE(?o) AS ?a3)
      BIND(IRI("http://example.org/") AS ?a4) BIND(URI("http://example.org/") AS ?a5) BIND(BNODE() AS ?a6)
      BIND(RAND() AS ?a7) BIND(ABS(-1) AS ?a8) BIND(CEIL(1.5) AS ?a9) BIND(FLOOR(1.5) AS ?b1)
      BIND(ROUND(1.5) AS ?b2) BIND(CONCAT("a", "b") AS ?b3) BIND(STRLEN("a") AS ?b4) BIND(UCASE("a") AS ?b5)
      BIND(LCASE("A") AS ?b6) BIND(ENCODE_FOR_URI("a b") AS ?b7) BIND(CONTAINS("ab", "a") AS ?b8)
      BIND(STRSTARTS("ab", "a") AS ?b9) BIND(STRENDS("ab", "b") AS ?c1) BIND(STRBEFORE("ab", "b") AS ?c2)
      BIND(STRAFTER("ab", "a") AS ?c3) BIND(YEAR(NOW()) AS ?c4) BIND(MONTH(NOW()) AS ?c5)
      BIND(DAY(NOW()) AS ?c6) BIND(HOURS(NOW()) AS ?c7) BIND(MINUTES(NOW()) AS ?c8)
      BIND(SECONDS(NOW()) AS ?c9) BIND(TIMEZONE(NOW()) AS ?d1) BIND(TZ(NOW()) AS ?d2) BIND(UUID() AS ?d3)
      BIND(STRUUID() AS ?d4) BIND(MD5("a") AS ?d5) BIND(SHA1("a") AS ?d6) BIND(SHA256("a") AS ?d7)
      BIND(SHA384("a") AS ?d8) BIND(SHA512("a") AS ?d9) BIND(COALESCE(?x, 1) AS ?e1)
      BIND(STRLANG("a", "en") AS ?e2) BIND(STRDT("1", <http://www.w3.org/2001/XMLSchema#integer>) AS ?e3)
      BIND(sameTerm(?s, ?s) AS ?e4) BIND(isURI(?s) AS ?e5) BIND(isBLANK(?s) AS ?e6)
      BIND(isLITERAL(?o) AS ?e7) BIND(isNUMERIC(?o) AS ?e8) BIND(REGEX("a", "a", "i") AS ?e9)
      BIND(SUBSTR("abc", 2) AS ?f1) BIND(REPLACE("abc", "b", "x") AS ?f2)
    }""",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o }",
    "DESCRIBE <http://example.org/a>",
    "ASK { ?s ?p ?o } # a comment with { and foo( and ex:undeclared",
    "BASE <http://example.org/> SELECT ?x WHERE { <a> <b> ?x . ?x <c> 'it\\'s' , '''long\n{''' }",
    "SELECT ?x WHERE { SERVICE SILENT <http://example.org/sparql> { ?x ?p ?o } }",
    "SELECT (<http://example.org/f>(?x) AS ?y) WHERE { VALUES ?x { 1 } }",
    'VERSION "1.2" SELECT * WHERE { ?s ?p ?o LATERAL { SELECT * WHERE { ?s ?p ?o } LIMIT 1 } }',
    """SELECT * WHERE { <<( ?s ?p ?o )>> ?q ?r . ?a ?b ?c ~ ?t {| ?x ?y |}
      BIND(TRIPLE(?s, ?p, ?o) AS ?t2) FILTER(isTRIPLE(?t2) && hasLANG(?o) && hasLANGDIR(?o))
      BIND(SUBJECT(?t2) AS ?x1) BIND(PREDICATE(?t2) AS ?x2) BIND(OBJECT(?t2) AS ?x3)
      BIND(LANGDIR(?o) AS ?x4) BIND(STRLANGDIR("a", "en", "ltr") AS ?x5) }""",
]

VALID_UPDATES = [
    """PREFIX ex: <http://example.org/>
    INSERT DATA { GRAPH ex:g { ex:a ex:b "c" } } ;
    DELETE DATA { ex:a ex:b "c" } ;
    WITH ex:g DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } USING ex:g USING NAMED ex:h WHERE { ?s ?p ?o } ;
    DELETE WHERE { ?s ex:gone ?o } ;
    LOAD SILENT <http://example.org/data> INTO GRAPH ex:g ;
    CLEAR DEFAULT ; CLEAR NAMED ; CLEAR ALL ; CLEAR SILENT GRAPH ex:g ;
    CREATE SILENT GRAPH ex:new ; DROP SILENT GRAPH ex:new ;
    ADD DEFAULT TO ex:g ; MOVE SILENT ex:g TO DEFAULT ; COPY ex:g TO ex:h""",
]


def _parse(text: str) -> None:
    """Parse ``text``; evaluating it may fail (a custom function), parsing must not."""
    with contextlib.suppress(RuntimeError, OSError):
        ox.Store().query(text)


def _error(text: str, *, update: bool = False) -> QuerySyntaxError:
    store = ox.Store()
    try:
        if update:
            store.update(text)
        else:
            store.query(text)
    except SyntaxError as exc:
        return explain(str(exc), text, update=update)
    raise AssertionError(f"parsed: {text}")


@pytest.mark.parametrize("text", VALID_QUERIES)
def test_a_mistake_after_a_valid_query_is_blamed_on_itself(text: str) -> None:
    _parse(text)  # valid as it is
    broken = text + "\n}"
    error = _error(broken)
    assert (error.line, error.column) == (broken.count("\n") + 1, 1), str(error)
    assert error.reason == "'}' closes nothing"


@pytest.mark.parametrize("text", VALID_UPDATES)
def test_a_mistake_after_a_valid_update_is_blamed_on_itself(text: str) -> None:
    broken = text + " ;\nINSRT DATA { <http://example.org/a> <http://example.org/b> 1 }"
    error = _error(broken, update=True)
    assert error.line == broken.count("\n") + 1, str(error)
    assert "'INSRT'" in error.reason


def test_a_message_not_from_pyoxigraph_is_kept() -> None:
    error = explain("Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error", "SELEC")
    assert str(error) == "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error"
    assert error.line is None


def test_the_line_moves_with_text_put_before_the_request() -> None:
    error = _error("BASE <http://example.org/>\nSELECT * WHERE {\n  ?s a tg:T }")
    assert (error.line, error.column) == (3, 8)
    assert str(error.moved(1)).startswith("line 2, column 8: the prefix 'tg:'")


def test_a_long_request_keeps_the_parser_position_in_one_line() -> None:
    triples = "\n".join(f"<http://example.org/s{i}> <http://example.org/p> {i} ." for i in range(5000))
    text = f"INSERT DATA {{\n{triples}\n<http://example.org/s> <http://example.org/p> ?o .\n}}"
    assert len(text) > MAX_READ_CHARS
    error = _error(text, update=True)
    assert error.line is not None and error.line > 5000
    assert "\n" not in str(error) and "variables are not allowed in INSERT DATA" in str(error)
