"""A specialised agency of the United Nations with members of its own (UNESCO) is its own
organisation: a state leaves or joins it, not the United Nations, and its Director-General
holds no post in the United Nations. Every passage is written for these tests."""

from __future__ import annotations

from readings import facts_of, posts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG


def test_leaving_the_agency_is_leaving_the_agency(registry: Registry) -> None:
    text = "Nicaragua withdrew from UNESCO on 31 December 2024, saying the agency had taken sides."
    facts = facts_of(registry, text, "2025-01-05")
    left = {
        (min(p[TG.state]), min(p[TG.organization]))
        for p in facts.values()
        if TG.Withdrawal in p.get(RDF.type, set())
    }
    assert left == {("state/nic", "org/unesco")}


def test_the_agency_s_head_holds_no_post_in_the_united_nations(registry: Registry) -> None:
    text = (
        "Nicaragua announced that it would leave UNESCO, the UN's cultural and educational agency. "
        "Director-General Laura Mendes said she \u201cdeeply regretted\u201d the decision."
    )
    assert not any(org == "org/un" for _, org, _ in posts_of(registry, text, "2025-01-05"))
