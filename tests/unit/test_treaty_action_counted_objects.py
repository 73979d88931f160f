"""A counted plural object stands for the treaties named together before it: "Japan had ratified
both covenants in 1979" is one act on each covenant the text named, with the act's own date; a
count that does not match the treaties named together gives no act at all."""

from __future__ import annotations

import pytest
from readings import treaty_actions

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan is a party to the International Covenant on Civil and Political Rights and the "
            "International Covenant on Economic, Social and Cultural Rights. Japan had ratified both "
            "international covenants in 1979.",
            {
                ("Ratification", "state/jpn", "treaty/iccpr", "1979", "-"),
                ("Ratification", "state/jpn", "treaty/icescr", "1979", "-"),
            },
        ),
        (
            "Pakistan ratified the International Covenant on Civil and Political Rights and the "
            "Convention against Torture in 2010. Pakistan had signed both treaties on 17 April 2008.",
            {
                ("Signature", "state/pak", "treaty/iccpr", "2008-04-17", "-"),
                ("Signature", "state/pak", "treaty/un-cat", "2008-04-17", "-"),
            },
        ),
        (
            "The Convention on the Rights of the Child and the Convention on the Rights of Persons with "
            "Disabilities were on the agenda. Somalia acceded to the two conventions in October 2015.",
            {
                ("Accession", "state/som", "treaty/crc", "2015-10", "-"),
                ("Accession", "state/som", "treaty/crpd", "2015-10", "-"),
            },
        ),
    ],
)
def test_a_counted_object_is_each_treaty_named_together(
    registry: Registry, text: str, expected: set[tuple[str, str, str, str, str]]
) -> None:
    assert expected <= treaty_actions(registry, text)


def test_a_count_that_does_not_match_gives_no_act(registry: Registry) -> None:
    text = (
        "Chile has ratified the Convention against Torture, the Convention on the Rights of the Child "
        "and CEDAW. Peru signed the two conventions in 1985."
    )
    assert not {a for a in treaty_actions(registry, text) if a[1] == "state/per"}


def test_a_denied_act_on_both_is_no_act(registry: Registry) -> None:
    text = (
        "Malaysia is not a party to the International Covenant on Civil and Political Rights or the "
        "International Covenant on Economic, Social and Cultural Rights. It has never ratified both "
        "covenants."
    )
    assert not {a for a in treaty_actions(registry, text) if a[1] == "state/mys"}
