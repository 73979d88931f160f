"""A member suspended from an organisation or one of its bodies, in the shapes reports use: the
body after "from", the member's "membership of" or "rights of membership in" it, a vote "to
suspend" dated inside its clause; and votes against or other things suspended, which are none."""

from __future__ import annotations

import pytest
from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _suspensions(text: str, registry: Registry, published: str) -> set[tuple[str, str, str | None]]:
    facts = facts_of(registry, text, published)
    return {
        (min(p.get(TG.state, {""})), min(p.get(TG.organization, {""})), min(p.get(TG.date, {""})) or None)
        for p in facts.values()
        if TG.Suspension in p.get(RDF.type, set())
    }


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        (
            "The UN General Assembly voted on Thursday to suspend Russia's membership of the Human Rights "
            "Council.",
            "2022-04-08",
            ("state/rus", "org/un-hrc", "2022-04-07"),
        ),
        (
            "The General Assembly suspended Libya's rights of membership in the Human Rights Council on "
            "1 March 2011.",
            "2011-03-02",
            ("state/lby", "org/un-hrc", "2011-03-01"),
        ),
        (
            "On 7 April 2022 the General Assembly suspended Russia from the Human Rights Council.",
            "2022-04-08",
            ("state/rus", "org/un-hrc", "2022-04-07"),
        ),
        (
            "ECOWAS suspended Guinea from the bloc's decision-making bodies after the coup; the African "
            "Union suspended Guinea from the African Union on 10 September 2021.",
            "2021-09-12",
            ("state/gin", "org/au", "2021-09-10"),
        ),
    ],
)
def test_suspension_shapes(
    registry: Registry, text: str, published: str, event: tuple[str, str, str | None]
) -> None:
    assert event in _suspensions(text, registry, published)


def test_the_body_suspended_from_is_not_the_one_that_suspends(registry: Registry) -> None:
    found = _suspensions(
        "On 7 April 2022 the General Assembly suspended Russia from the Human Rights Council.",
        registry,
        "2022-04-08",
    )
    assert {org for _, org, _ in found} == {"org/un-hrc"}


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly voted not to suspend Russia from the Human Rights Council.",
        "The General Assembly voted against suspending Russia from the Human Rights Council on 7 April 2022.",
        "The General Assembly plans to suspend Russia's membership of the Human Rights Council.",
        "The General Assembly voted to suspend Russia's payments to the Human Rights Council.",
        "The court suspended Russia's decree on 7 April 2022.",
    ],
)
def test_no_false_suspensions(registry: Registry, text: str) -> None:
    assert not _suspensions(text, registry, "2022-04-08")
