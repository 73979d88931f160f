"""A declaration "under Article N" of a treaty that sets up a court or a committee accepts that
body's jurisdiction: a notice to the depositary, and so is its withdrawal. A declaration under an
article of a treaty that sets up no body, or in a sentence naming two treaties, is left unread."""

from __future__ import annotations

from readings import domestic_steps

from loaders.registry import Registry


def test_declaration_under_an_article_of_a_court_protocol(registry: Registry) -> None:
    text = (
        "Tanzania ratified the Protocol to the African Charter on Human and Peoples' Rights on the "
        "Establishment of an African Court on Human and Peoples' Rights in 2006 and deposited the "
        "declaration under Article 34(6) on 29 March 2010."
    )
    steps = domestic_steps(registry, text, "2020-01-01")
    assert {(s[0], s[1], s[3], s[4]) for s in steps} >= {
        ("Notification", "state/tza", "2010-03-29", "treaty/achpr-court-protocol")
    }


def test_declaration_under_an_article_of_the_european_convention(registry: Registry) -> None:
    text = (
        "Malta ratified the European Convention on Human Rights in 1967 and made the declaration "
        "under Article 46 on 30 April 1987."
    )
    steps = domestic_steps(registry, text, "2020-01-01")
    assert ("Notification", "state/mlt", "1987-04-30") in {(s[0], s[1], s[3]) for s in steps}


def test_declaration_under_an_article_of_a_treaty_setting_up_no_body(registry: Registry) -> None:
    text = (
        "Chile ratified the Convention relating to the Status of Refugees in 1972 and made the "
        "declaration under Article 1 on 28 January 1972."
    )
    assert not any(s[0] == "Notification" for s in domestic_steps(registry, text, "2020-01-01"))


def test_two_treaties_before_the_declaration_leave_it_unread(registry: Registry) -> None:
    text = (
        "Benin ratified the European Convention on Human Rights and the Protocol to the African Charter "
        "on Human and Peoples' Rights on the Establishment of an African Court on Human and Peoples' "
        "Rights and deposited the declaration under Article 34(6) on 8 February 2016."
    )
    assert not any(s[0] == "Notification" for s in domestic_steps(registry, text, "2020-01-01"))
