"""Two shapes of domestic and organisational events: an organisation's name that only modifies
the noun after it ("quits UN complaints procedure", "leaves AU mediation panel") is no departure
from the organisation, while "left the OAS in 1962" still is; and a law "signed into law" by a
president as "it" or "the bill" is the step of the act the votes told just before it served.
Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import domestic_steps, facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def _org_events(registry: Registry, text: str) -> set[tuple[str, str, str]]:
    out = set()
    for props in facts_of(registry, text, "2024-05-02").values():
        for cls in props.get(RDF.type, set()) & {TG.Admission, TG.Withdrawal}:
            out.add((cls.rsplit("#", 1)[-1], min(props[TG.state]), min(props[TG.organization])))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Peru quits UN complaints procedure on torture.",
        "Mali leaves African Union mediation panel after coup.",
        "Hungary has left the Council of Europe drafting committee on artificial intelligence.",
    ],
)
def test_an_organisation_naming_a_thing_of_its_own_is_not_left(registry: Registry, text: str) -> None:
    assert _org_events(registry, text) == set()


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Cuba left the Organization of American States in 1962.", ("Withdrawal", "state/cub", "org/oas")),
        ("Montenegro joined the United Nations on 28 June 2006.", ("Admission", "state/mne", "org/un")),
        (
            "Morocco rejoined the African Union two weeks after the summit.",
            ("Admission", "state/mar", "org/au"),
        ),
    ],
)
def test_an_organisation_as_the_object_is_still_joined_or_left(
    registry: Registry, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _org_events(registry, text)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The Government of Belarus submitted a bill on the denunciation of the First Optional "
            "Protocol to the International Covenant on Civil and Political Rights to the National "
            "Assembly on 5 August 2022. The Council of the Republic approved it, and President "
            "Alexander Lukashenko signed it into law on 27 October 2022.",
            "2022-11-09",
        ),
        (
            "Belarus's Council of the Republic voted to denounce the First Optional Protocol to "
            "the International Covenant on Civil and Political Rights on 14 October 2022. A "
            "fortnight later President Alexander Lukashenko signed the bill into law on 27 October 2022.",
            "2022-11-09",
        ),
    ],
)
def test_a_bill_signed_into_law_serves_the_act_voted_on(
    registry: Registry, text: str, published: str
) -> None:
    laws = {s for s in domestic_steps(registry, text, published) if s[0] == "LawSigning"}
    assert laws == {("LawSigning", "person/alexander-lukashenko", None, "2022-10-27", "treaty/iccpr-op1")}


def test_a_law_signed_with_no_vote_on_a_treaty_before_it_serves_no_treaty(registry: Registry) -> None:
    text = (
        "Belarus ratified the Optional Protocol on 30 September 1992. Thirty years on, President "
        "Alexander Lukashenko signed it into law on 27 October 2022, a new code on public events."
    )
    laws = {s for s in domestic_steps(registry, text, "2022-11-09") if s[0] == "LawSigning"}
    assert all(s[4] is None for s in laws)
