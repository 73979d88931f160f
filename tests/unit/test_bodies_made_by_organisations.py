"""Who set a body up, where it is not a treaty: an organisation named right before
"created", "set up", "established" (or in a relative clause after the body), and "it" for the
treaty a sentence opens with ("It also created the Subcommittee"). Unnamed bodies, possessives
and organisations named elsewhere in the sentence give nothing."""

from __future__ import annotations

import pytest
from readings import claims_of

from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import TG


def established(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.key)
        for c in claims_of(registry, text)
        if c.predicate == TG.establishes and isinstance(c.object, Ref)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 17 December 2021 the Human Rights Council created the International Commission of "
            "Human Rights Experts on Ethiopia.",
            ("org/un-hrc", "org/international-commission-of-human-rights-experts-on-ethiopia"),
        ),
        (
            "Her office was helped by the Commission of Inquiry on Burundi, which the UN Human Rights "
            "Council set up in September 2016.",
            ("org/un-hrc", "org/commission-of-inquiry-on-burundi"),
        ),
        (
            "The Optional Protocol to the Convention against Torture was adopted in 2002. It also "
            "created the UN Subcommittee on Prevention of Torture.",
            ("treaty/opcat", "org/un-spt"),
        ),
        (
            "The African Charter on the Rights and Welfare of the Child entered into force on "
            "29 November 1999; it created the African Committee of Experts on the Rights and Welfare "
            "of the Child.",
            ("treaty/acrwc", "org/acerwc"),
        ),
    ],
)
def test_the_maker_of_a_body(registry: Registry, text: str, expected: tuple[str, str]) -> None:
    assert expected in established(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        # no body named
        "The Human Rights Council established the mechanism in 2007.",
        # the maker is not right before the verb
        "The Human Rights Council met while Kenya's parliament created the Kenya National Commission on "
        "Human Rights.",
        # "it" after a sentence opening with an organisation, not a treaty
        "The Human Rights Council met in Geneva in 2016. It set up the Commission of Inquiry on Burundi.",
    ],
)
def test_no_maker_unless_named_right_before(registry: Registry, text: str) -> None:
    assert not {f for f in established(registry, text) if f[0] in ("org/un-hrc", "treaty/un-cat")}


def test_a_state_setting_up_its_own_body_is_no_relation(registry: Registry) -> None:
    assert not established(
        registry, "Kenya established the Kenya National Commission on Human Rights in 2002."
    )


def monitored(registry: Registry, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.key, c.object.key)
        for c in claims_of(registry, text)
        if c.predicate == TG.monitors and isinstance(c.object, Ref)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Moldova ratified the Istanbul Convention in 2022. Its implementation is monitored by GREVIO, a "
        "group of independent experts.",
        "Portugal ratified the Istanbul Convention in 2013. Its implementation will be monitored by GREVIO.",
    ],
)
def test_its_implementation_after_a_state_sentence(registry: Registry, text: str) -> None:
    assert monitored(registry, text) == {("org/grevio", "treaty/cets-210")}


def test_its_implementation_by_a_body_of_another_treaty_gives_nothing(registry: Registry) -> None:
    text = (
        "Moldova ratified the Istanbul Convention in 2022. "
        "Its implementation is monitored by the Committee against Torture."
    )
    assert monitored(registry, text) == set()
