"""Functions are standing tasks: words a body passes on to a writer ("the ministry tells me
...") and the publication of one titled document ("publishes its Advisory Opinion on ...") are
single acts, while the same verbs with a general object stay functions."""

from __future__ import annotations

import pytest
from readings import claims_of

from loaders.facts import Value
from loaders.registry import Registry
from loaders.vocabulary import TG


def _functions(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.lexical)
        for c in claims_of(registry, text)
        if c.predicate == TG.function and isinstance(c.object, Value)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tonga signed the convention in March. The Ministry of Foreign Affairs tells me the "
        "instrument will be deposited before the summer.",
        "The Ombudsman informs us the visits resumed after the floods.",
        "A spokesman said the Committee against Torture told reporters the hearing had been moved.",
        "The European Court of Human Rights publishes its Grand Chamber Judgment in the case today.",
        "The African Commission on Human and Peoples' Rights issues its Final Communique on the session.",
    ],
)
def test_a_single_act_is_no_function(registry: Registry, text: str) -> None:
    assert _functions(registry, text) == set()


@pytest.mark.parametrize(
    ("text", "body", "words"),
    [
        (
            "The Subcommittee on Prevention of Torture tells governments how to prevent ill-treatment.",
            "org/un-spt",
            "tells governments how to prevent ill-treatment",
        ),
        (
            "The Committee against Torture publishes its concluding observations on each report.",
            "org/un-cat-committee",
            "publishes its concluding observations on each report",
        ),
        (
            "The Human Rights Committee, which meets in Geneva, issues its views on individual complaints.",
            "org/ccpr",
            "issues its views on individual complaints",
        ),
    ],
)
def test_a_general_object_stays_a_function(registry: Registry, text: str, body: str, words: str) -> None:
    assert (body, words) in _functions(registry, text)


@pytest.mark.parametrize(
    ("text", "body", "words"),
    [
        (
            "The Committee of Ministers, which represents the governments of the member states, "
            "supervises the execution of judgments.",
            "org/coe-cm",
            "represents the governments of the member states",
        ),
        (
            '"The law came late," said Ana Reyes, a lawyer with the Lima Legal Clinic, which '
            "represents victims of police violence.",
            "org/lima-legal-clinic",
            "represents victims of police violence",
        ),
    ],
)
def test_whom_a_body_represents_is_its_function(registry: Registry, text: str, body: str, words: str) -> None:
    assert (body, words) in _functions(registry, text)


def test_a_thing_that_represents_a_step_is_no_body(registry: Registry) -> None:
    text = "The accession represents a step forward, the Committee against Torture said."
    assert _functions(registry, text) == set()
