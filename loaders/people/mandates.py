"""Posts of the holders of special procedures' mandates: "Gerard Quinn, the UN Special Rapporteur
on the rights of persons with disabilities", "the UN Special Rapporteur on torture, Nils Melzer,",
"who served as UN Special Rapporteur on Torture", "the Human Rights Council appointed Vitit
Muntarbhorn Special Rapporteur on ...".

Such a title names no body of its own: the post is in the organisation named right before the
title (the United Nations), or in the body the sentence says appointed the holder. A title with
neither ("the Special Rapporteur, Ana Silva") gives no post: whose rapporteur, the words do not
say (a parliamentary assembly, a treaty's parties and the African Commission have them too)."""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract_context import ORG_CLASSES, View
from loaders.mentions import Mention
from loaders.vocabulary import TG

_TITLE = r"(?P<title>(?i:special\s+rapporteur|independent\s+expert))"
_UN = r"(?P<un>UN|U\.N\.|United\s+Nations)"
_MANDATE = r"(?:\s+(?:on|for)\s+[^,;:.()\"\u201c\u201d]{2,90}?)?"

# "X, the UN Special Rapporteur on ...", "X, who served as UN Special Rapporteur on Torture",
# "X, a former United Nations independent expert"
_AFTER_NAME = re.compile(
    # ", the Austrian professor who served as", ", who was", " was", ", the"
    r"(?:,\s+(?:(?:the|a|an)\s+[^,;:.()]{1,60}?\s+)?who\s+|,\s+|\s+)?"
    r"(?:(?:is|was|served\s+as|has\s+been|had\s+been|became)\s+)?(?:(?:the|a|an)\s+)?"
    rf"(?:(?:former|then|current|outgoing|first)\s+)?{_UN}\s+{_TITLE}\b"
)
# "the UN Special Rapporteur on torture, Nils Melzer": the title and mandate, then the name
_BEFORE_NAME = re.compile(rf"\b{_UN}\s+{_TITLE}{_MANDATE},\s+$")
# "the Human Rights Council appointed Vitit Muntarbhorn Special Rapporteur on ..."
_APPOINTED = re.compile(r"\b(?:appointed|named|designated|elected)\s+$")
_AS_TITLE = re.compile(rf"\s+(?:as\s+)?(?:(?:the|its)\s+)?(?:first\s+)?{_TITLE}\b")
# Between the appointing body and its verb: nothing, a time, or an aside between commas
_BODY_TO_VERB = re.compile(r"(?:\s*,[^,;:.]{1,80},)?\s+(?:(?:has|had|then|later|also)\s+)*")

_UNITED_NATIONS = "org/un"

Post = Callable[[str, str, str, int, int], None]


def mandate_posts(view: View, person: Mention, post: Post) -> None:
    """The special procedures' post the words around ``person`` give it, through ``post``
    (member, organisation, role, start, end)."""
    after = _AFTER_NAME.match(view.text, person.end, view.end)
    if after is not None:
        post(person.key, _UNITED_NATIONS, _role(after), person.start, after.end())
        return
    before = _BEFORE_NAME.search(view.text, view.start, person.start)
    if before is not None:
        post(person.key, _UNITED_NATIONS, _role(before), before.start(), person.end)
        return
    verb = _APPOINTED.search(view.text, view.start, person.start)
    titled = _AS_TITLE.match(view.text, person.end, view.end)
    if verb is None or titled is None:
        return
    body = _appointing_body(view, verb.start())
    if body is not None:
        post(person.key, body.key, _role(titled), body.start, titled.end())


def _appointing_body(view: View, verb: int) -> Mention | None:
    """The body whose verb it is: the one named last before it, with nothing but an aside or an
    adverb between; never a state (a state names no rapporteur of its own here)."""
    body = view.before(verb, ORG_CLASSES, within=120)
    if body is None or body.cls == TG.MediaOutlet:
        return None
    return body if _BODY_TO_VERB.fullmatch(view.text, body.end, verb) else None


def _role(m: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", m.group("title")).lower()
