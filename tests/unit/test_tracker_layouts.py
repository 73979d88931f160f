"""Legislative trackers: a title row names the law ("Title: Law on the Ratification of ..."), and
a dash-list timeline tells its steps in the present tense ("- 31 October 2013: the National
Assembly adopts the law"). "The bill" and "the law" are that law's; without such a row, or with a
row naming a law on something else, they serve no treaty act."""

from __future__ import annotations

from readings import domestic_steps, treaty_actions

from loaders.registry import Registry

_TRACKER = """PARLIAMENT WATCH
Tracker entry 2016/041

{title}
Sponsor: Government

Summary
Georgia signed the Convention on the Rights of Persons with Disabilities in 2009.

Timeline
- 12 January 2016: the Government submits the bill to the Parliament.
- 3 March 2016: the Parliament adopts the law.
- April 2016: Georgia deposits its instrument of ratification with the Secretary-General.
"""


def test_title_row_gives_the_bill_and_the_law_their_act(registry: Registry) -> None:
    text = _TRACKER.format(
        title="Title: Law on the Ratification of the Convention on the Rights of Persons with Disabilities"
    )
    steps = domestic_steps(registry, text, "2016-06-01")
    assert ("BillSubmission", "state/geo", "org/parliament-of-georgia", "2016-01-12", "treaty/crpd") in steps
    assert ("ParliamentaryApproval", "org/parliament-of-georgia", None, "2016-03-03", "treaty/crpd") in steps
    assert ("Ratification", "state/geo", "treaty/crpd", "2016-04", "-") in treaty_actions(
        registry, text, "2016-06-01"
    )


def test_a_dotted_bill_row_on_accession(registry: Registry) -> None:
    text = _TRACKER.format(title="Bill ........ Draft Law on Accession to the Convention").replace(
        "signed the Convention", "never signed the Convention"
    )
    steps = domestic_steps(registry, text, "2016-06-01")
    assert {(s[0], s[4]) for s in steps} >= {
        ("BillSubmission", "treaty/crpd"),
        ("ParliamentaryApproval", "treaty/crpd"),
    }


def test_without_a_title_row_the_bill_serves_no_act(registry: Registry) -> None:
    text = _TRACKER.format(title="Sponsor: Government")
    assert not any(s[4] for s in domestic_steps(registry, text, "2016-06-01"))


def test_a_title_row_on_another_law_serves_no_act(registry: Registry) -> None:
    text = _TRACKER.format(title="Title: Law on Amendments to the Criminal Code")
    assert not any(s[4] for s in domestic_steps(registry, text, "2016-06-01"))


def test_its_instrument_in_a_text_about_two_treaties_stays_unread(registry: Registry) -> None:
    text = (
        "Georgia signed the Convention on the Rights of Persons with Disabilities in 2009 and the "
        "Convention on the Rights of the Child in 1994.\n\n"
        "- April 2016: Georgia deposits its instrument of ratification with the Secretary-General.\n"
    )
    assert not any(a[0] == "Ratification" for a in treaty_actions(registry, text, "2016-06-01"))
