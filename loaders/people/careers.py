"""Posts in a career box: the fact file or "career at a glance" that closes a profile.

Such a box lists one person's posts without naming them, one a line, in two layouts:

    FACT FILE
    Inter-American Court of Human Rights: judge 1979-1991, president 1985-1987

    CAREER AT A GLANCE
    1994-1996  Political affairs officer, UNPROFOR
    1996-2000  Deputy Permanent Representative of Jordan to the United Nations

The holder is the person the profile is about: the first person it names in full, provided it
names them again; a box in a text about no one person gives no post.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract_context import ORG_CLASSES, Context, View
from loaders.mentions import Mention
from loaders.vocabulary import TG

__all__ = ["PostWriter", "career_box_posts"]

# what records a post: (member, organisation, role as written, start, end)
PostWriter = Callable[[str, str, str, int, int], None]

# the heading of the box, a line of its own in capitals or title case
_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:FACT FILE|FACTFILE|CAREER(?: AT A GLANCE| HIGHLIGHTS| IN BRIEF)?|POSTS HELD|"
    r"CURRICULUM VITAE|Fact file|Career at a glance|Career|Posts held)[ \t]*:?[ \t]*\n",
)
_YEARS = r"\d{4}(?:\s*[-\u2013\u2014]\s*(?:\d{2,4}|present|today))?"
# "Inter-American Court of Human Rights: judge 1979-1991, president 1985-1987"
_BODY_FIRST = re.compile(rf"(?P<role>[a-z][a-z '-]{{1,60}}?)\s+{_YEARS}(?:,\s+|\s*$)")
# "1994-1996  Political affairs officer, UNPROFOR", "2005–2009: Judge, European Court"
_YEARS_FIRST = re.compile(rf"[ \t]*(?:[-\u2022*][ \t]*)?{_YEARS}[ \t]*:?[ \t]+(?P<rest>\S.*)")
# "Deputy Permanent Representative of Jordan to the United Nations": the post of a state
_OF_STATE = re.compile(r"(?P<role>[A-Za-z][A-Za-z '-]{1,60}?)\s+of\s+$")
_ROLE_COMMA = re.compile(r"(?P<role>[A-Z][A-Za-z '-]{1,60}?),\s+$")


def _subject(ctx: Context) -> Mention | None:
    """The person a profile is about: the first named in full, named again further on."""
    people = [m for m in ctx.mentions if m.cls == TG.Person and len(m.text.split()) >= 2]
    if not people:
        return None
    first = people[0]
    words = [w for w in first.text.split() if len(w) > 2]
    later = ctx.text[first.end :]
    return first if any(re.search(rf"\b{re.escape(w)}\b", later) for w in words) else None


def _in_box(ctx: Context, line_start: int) -> bool:
    """Whether the line at ``line_start`` is one of the lines right under a box heading."""
    headings = list(_HEADING.finditer(ctx.text, 0, line_start))
    return bool(headings) and "\n\n" not in ctx.text[headings[-1].end() - 1 : line_start]


def career_box_posts(ctx: Context, view: View, post: PostWriter) -> None:
    """Each line of a career box in ``view``: the post it gives the profile's subject."""
    line_start = ctx.text.rfind("\n", 0, view.start) + 1
    if line_start != view.start or not _in_box(ctx, line_start):
        return
    subject = _subject(ctx)
    if subject is None:
        return
    while line_start < view.end:
        line_end = ctx.text.find("\n", line_start, view.end)
        line_end = view.end if line_end < 0 else line_end
        _box_line(ctx, view, subject.key, line_start, line_end, post)
        line_start = line_end + 1


def _box_line(
    ctx: Context, view: View, subject: str, line_start: int, line_end: int, post: PostWriter
) -> None:
    bodies = [m for m in view.of((*ORG_CLASSES, TG.State)) if line_start <= m.start and m.end <= line_end]
    first = next((b for b in bodies if b.start == line_start), None)
    colon = re.match(r"\s*:\s*", ctx.text[first.end : line_end]) if first else None
    if first is not None and colon is not None and first.cls != TG.State:
        pos = first.end + colon.end()
        while (m := _BODY_FIRST.match(ctx.text, pos, line_end)) is not None:
            post(subject, first.key, m.group("role").strip(), line_start, line_end)
            pos = m.end()
        return
    years = _YEARS_FIRST.match(ctx.text, line_start, line_end)
    if years is None:
        return
    rest = years.start("rest")
    for body in bodies:
        lead = ctx.text[rest : body.start]
        if body.cls == TG.State:
            m = _OF_STATE.fullmatch(lead)  # "Ambassador of Jordan to the United States"
        else:
            m = _ROLE_COMMA.fullmatch(lead) if body.end == line_end else None  # "Judge, ICC"
        if m is not None:
            post(subject, body.key, m.group("role"), line_start, line_end)
        break
