"""What people and organisations say and are: quoted statements, posts held, memberships, counts.

One module per kind of fact; ``extract.py`` runs them over each sentence, posts before memberships.
"""

from __future__ import annotations

from loaders.people.memberships import extract_memberships
from loaders.people.posts import extract_posts
from loaders.people.quantities import extract_quantities
from loaders.people.statements import extract_statements, find_speech, pronoun_person, reporting_outlet

__all__ = [
    "extract_memberships",
    "extract_posts",
    "extract_quantities",
    "extract_statements",
    "find_speech",
    "pronoun_person",
    "reporting_outlet",
]
