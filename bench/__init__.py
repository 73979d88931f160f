"""Performance benchmark: a synthetic graph generator and a harness that measures the service."""
