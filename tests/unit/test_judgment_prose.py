"""Judgments in the plain prose of news and court press releases: the date of a judgment against
the date of the filing or the events an aside tells of, a chamber of a tribunal against another
chamber named before, a conviction told as "found him guilty", the state a judgment went against
told in the sentence before or by the one case named earlier, and a press release "notifying" or
"making public" a judgment. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import judgments

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 14 March the European Court of Human Rights delivered its judgment in Armenia v. "
            "Azerbaijan, the application Armenia lodged on 27 September 2020 during the fighting.",
            {("org/ecthr", "state/aze", "2024-03-14")},
        ),
        (
            "The Inter-American Court of Human Rights today made public its judgment of 28 November "
            "2012 in the case of Artavia Murillo et al. v. Costa Rica.",
            {("org/iacthr", "state/cri", "2012-11-28")},
        ),
        (
            "The Inter-American Court of Human Rights today notified the parties of its judgment of "
            "24 February 2012 in the Case of Atala Riffo and Daughters v. Chile.",
            {("org/iacthr", "state/chl", "2012-02-24")},
        ),
        (
            "The European Court of Human Rights ruled against Russia in the case of two journalists. "
            "In its judgment of 12 May 2020, the court found that their detention had violated the "
            "Convention.",
            {("org/ecthr", "state/rus", "2020-05-12")},
        ),
        (
            "Last year the International Court of Justice heard Gabon v. Equatorial Guinea. Today the "
            "Court held that the 1900 convention governs the border.",
            {("org/icj", "state/gnq", "2024-06-01")},
        ),
        (
            "The Special Tribunal for Lebanon tried him in absentia. On 18 August 2020 the Trial "
            "Chamber found him guilty, a verdict the Supreme Court Chamber upheld on 10 March 2022.",
            {("org/special-tribunal-for-lebanon", "-", "2020-08-18")},
        ),
        (
            "Armenia has yet to comply with the European Court of Human Rights' judgment of 5 March "
            "2020 in Petrosyan v. Armenia.",
            {("org/ecthr", "state/arm", "2020-03-05")},
        ),
        (
            "The European Court of Human Rights heard Silva v. Portugal in 2011. In a Chamber judgment "
            "of 10 July 2012 the Court had already found, unanimously, violations of both Articles.",
            {("org/ecthr", "state/prt", "2012-07-10")},
        ),
        (
            # the case's name says whom the judgment is against, not a people the finding names
            "The European Court of Human Rights has ruled on Georgia twice. In July 2014 the Grand "
            "Chamber found, in Georgia v. Russia (I), that the expulsions of Georgians were unlawful.",
            {("org/ecthr", "state/rus", "2014-07")},
        ),
    ],
)
def test_judgment_in_plain_prose(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert judgments(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the date of the application an aside tells of is not the judgment's
        "The European Court of Human Rights delivered its judgment in Armenia v. Azerbaijan, the "
        "application Armenia lodged on 27 September 2020 during the fighting.",
        # a chamber of one tribunal is not the domestic court another chamber's name holds
        "The Kosovo tribunal sat in The Hague; its Supreme Court Chamber upheld the verdict on 10 "
        "March 2022. In a second trial, on 16 November 2023, the Trial Chamber convicted Ayyash.",
        # a judgment yet to come, and one ruling for a state, go against no one
        "The European Court of Human Rights may rule against Poland later this year.",
        "The European Court of Human Rights ruled for Poland in the case of two journalists. In "
        "2020 the court found that their detention had not violated the Convention.",
    ],
)
def test_no_false_judgment(registry: Registry, text: str) -> None:
    found = judgments(registry, text)
    assert not any(date.startswith("2020-09") for _, _, date in found), found
    assert not any(court == "org/supreme-court" for court, _, _ in found), found
    assert not any(respondent == "state/pol" for _, respondent, _ in found), found


def test_a_weekday_between_the_court_and_its_finding(registry: Registry) -> None:
    text = (
        "Headline\n\nSAN JOSÉ, 5 March 2021 (Wire) - The Inter-American Court of Human Rights on Thursday "
        "found Guatemala responsible for the enforced disappearance of 14 people."
    )
    assert ("org/iacthr", "state/gtm", "2021-03-04") in judgments(registry, text, "2021-03-05")
