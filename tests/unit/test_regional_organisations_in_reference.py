"""The regional organisations outside the human-rights systems that treaty news names (the
Caribbean Community, ECCAS, IGAD, the Gulf Cooperation Council, SAARC, the Pacific Islands Forum,
the G5 Sahel, the Alliance of Sahel States) are reference bodies, so a state's membership in one
is a membership in that organisation, whether named in full or by its abbreviation; a
"Community" no reference lists is still a body of its own."""

from __future__ import annotations

import pytest
from readings import memberships_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Gabon also belongs to the Economic Community of Central African States.",
            ("state/gab", "org/eccas"),
        ),
        ("Haiti is a member of CARICOM.", ("state/hti", "org/caricom")),
        ("Fiji remains a member of the Pacific Islands Forum.", ("state/fji", "org/pacific-islands-forum")),
        ("Djibouti belongs to IGAD.", ("state/dji", "org/igad")),
        ("Mali joined the Alliance of Sahel States.", ("state/mli", "org/alliance-of-sahel-states")),
    ],
)
def test_a_state_in_a_regional_organisation(
    text: str, membership: tuple[str, str], registry: Registry
) -> None:
    assert membership in memberships_of(registry, "Headline\n\n" + text)


def test_a_community_no_reference_lists_is_a_body(registry: Registry) -> None:
    text = "Headline\n\nBelize is a member of the Central American Integration Community."
    assert ("state/blz", "org/central-american-integration-community") in memberships_of(registry, text)
