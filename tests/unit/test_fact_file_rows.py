"""Fact files and trackers set a treaty's dates as rows: a key, a leader of dots or a colon, a
value. The treaty is the one the block's naming row gives; a row under no naming row, or a
leader in prose, states no event."""

from __future__ import annotations

from readings import treaty_actions

from loaders.registry import Registry


def test_dotted_rows_under_a_legal_basis_row(registry: Registry) -> None:
    text = (
        "KEY DATA\n"
        "Legal basis ........ Convention on the Rights of the Child\n"
        "Adopted ............ New York, 20 November 1989\n"
        "In force ........... 2 September 1990\n"
        "Members ............ 18 experts\n"
    )
    assert treaty_actions(registry, text) == {
        ("Adoption", "-", "treaty/crc", "1989-11-20", "-"),
        ("EntryIntoForce", "-", "treaty/crc", "1990-09-02", "-"),
    }


def test_colon_rows_of_a_tracker(registry: Registry) -> None:
    text = (
        "AT A GLANCE\n"
        "Treaty: Protocol Relating to the Establishment of the Mediation Council of the Andean Union\n"
        "Opened for signature: 3 March 2011\n"
        "Entry into force: 14 June 2013\n"
    )
    key = "treaty/protocol-relating-to-the-establishment-of-the-mediation-council-of-the-andean-union"
    assert treaty_actions(registry, text) == {
        ("OpeningForSignature", "-", key, "2011-03-03", "-"),
        ("EntryIntoForce", "-", key, "2013-06-14", "-"),
    }


def test_rows_of_a_block_with_no_naming_row_state_nothing(registry: Registry) -> None:
    text = (
        "The Convention on the Rights of the Child binds 196 parties.\n\n"
        "THE COMMITTEE\n"
        "Seat ............... Geneva\n"
        "Adopted ............ 12 rules of procedure, 1 March 1991\n"
        "In force ........... 18 months later\n"
    )
    assert treaty_actions(registry, text) == set()


def test_two_instruments_named_in_one_block_leave_the_rows_undecided(registry: Registry) -> None:
    text = (
        "Treaty: Convention on the Rights of the Child\n"
        "Protocol: Optional Protocol to the Convention against Torture\n"
        "In force: 2 September 1990\n"
    )
    assert treaty_actions(registry, text) == set()


def test_a_leader_in_prose_is_no_row(registry: Registry) -> None:
    text = "The Convention on the Rights of the Child is in force ... and more states join each year.\n"
    assert treaty_actions(registry, text) == set()
