"""Whether a service kept answering while it was attacked or busy writing."""

from __future__ import annotations

import statistics

__all__ = ["RESPONSIVE_S", "STALLED_S", "assert_responsive"]

# How the tests tell a service that keeps answering from one that stalls: a concurrent read's
# median within a second, and none slower than STALLED_S. A stalled event loop or an exhausted
# pool holds reads for the whole attack (tens of seconds); on two cores shared with a gate or a
# parser holding the GIL, a single read may still wait a second or two.
RESPONSIVE_S = 1.0
STALLED_S = 5.0


def assert_responsive(latencies: list[float]) -> None:
    """The reads made during an attack were answered as a live service answers them."""
    assert latencies, "no read was answered during the attack"
    ordered = sorted(latencies)
    median = statistics.median(ordered)  # of two reads, their mean: not the slower one alone
    assert median < RESPONSIVE_S, f"median read {median:.2f} s: {ordered}"
    assert ordered[-1] < STALLED_S, f"a read took {ordered[-1]:.2f} s: {ordered}"
