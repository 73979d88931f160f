"""Several states joining or leaving one organisation in one sentence with the verb left out
after the first ("Brunei joined in 1984, Viet Nam in 1995, Laos and Myanmar in 1997"), and
"joined" with no object after a sentence about the organisation. And the shapes that look alike
but tell no further act: a group with no date of its own, a date followed by more clause, a
sentence before that names a treaty too. Every passage is written for these tests."""

from __future__ import annotations

from readings import facts_of

from loaders.registry import Registry
from loaders.vocabulary import RDF, TG

_KINDS = {TG.Admission: "admission", TG.Withdrawal: "withdrawal"}
Fact = tuple[str, str | None, str | None, str | None]


def _events(registry: Registry, text: str) -> set[Fact]:
    out: set[Fact] = set()
    for props in facts_of(registry, text, "2024-05-02").values():
        values = {p: min(v) for p, v in props.items()}
        for cls in props.get(RDF.type, set()) & _KINDS.keys():
            out.add((_KINDS[cls], values.get(TG.state), values.get(TG.organization), values.get(TG.date)))
    return out


def test_joined_with_its_verb_left_out_for_the_states_after(registry: Registry) -> None:
    text = "Slovenia joined the Council of Europe in 1993, Croatia in 1996 and Georgia in 1999."
    events = _events(registry, text)
    assert ("admission", "state/svn", "org/coe", "1993") in events
    assert ("admission", "state/hrv", "org/coe", "1996") in events
    assert ("admission", "state/geo", "org/coe", "1999") in events


def test_joined_with_no_object_after_a_sentence_about_the_organisation(registry: Registry) -> None:
    text = (
        "ASEAN was set up in Bangkok in 1967 by five states. Brunei joined in 1984, Viet Nam in "
        "1995, Laos and Myanmar in 1997 and Cambodia in 1999."
    )
    events = _events(registry, text)
    assert ("admission", "state/brn", "org/asean", "1984") in events
    assert ("admission", "state/vnm", "org/asean", "1995") in events
    assert ("admission", "state/lao", "org/asean", "1997") in events
    assert ("admission", "state/mmr", "org/asean", "1997") in events
    assert ("admission", "state/khm", "org/asean", "1999") in events


def test_the_organisation_as_a_pronoun_before_the_list(registry: Registry) -> None:
    text = (
        "The Council of Europe was founded by ten states in 1949. Greece joined it in August 1949, "
        "Turkey in April 1950 and Iceland in March 1950."
    )
    events = _events(registry, text)
    assert ("admission", "state/tur", "org/coe", "1950-04") in events
    assert ("admission", "state/isl", "org/coe", "1950-03") in events


def test_a_state_with_another_object_or_no_date_of_its_own_joins_nothing(registry: Registry) -> None:
    events = _events(
        registry, "Slovenia joined the Council of Europe in 1993, Croatia the United Nations in 1992."
    )
    assert not any(e[1] == "state/hrv" for e in events)
    events = _events(registry, "Kenya joined the Commonwealth in 1963, a year after Uganda.")
    assert not any(e[1] == "state/uga" for e in events)
    events = _events(registry, "Peru joined the Andean Community in 1969, Chile in 1970 hosted the talks.")
    assert not any(e[1] == "state/chl" for e in events)


def test_joined_with_no_object_after_a_sentence_naming_a_treaty_joins_no_organisation(
    registry: Registry,
) -> None:
    text = (
        "The Council of Europe opened the European Convention on Human Rights for signature in 1950. "
        "Malta joined in 1967."
    )
    assert not any(e[1] == "state/mlt" for e in _events(registry, text))
    text = "The African Union and the United Nations met in 1999. Rwanda joined in 2009."
    assert not any(e[1] == "state/rwa" for e in _events(registry, text))


def test_states_admitted_along_with_others_the_same_day(registry: Registry) -> None:
    text = (
        "Slovakia was admitted to the Council of Europe on 30 June 1993, together with the Czech "
        "Republic. Andorra joined the Council of Europe on 10 November 1994 alongside Latvia and Moldova."
    )
    events = _events(registry, text)
    assert ("admission", "state/cze", "org/coe", "1993-06-30") in events
    assert ("admission", "state/lva", "org/coe", "1994-11-10") in events
    assert ("admission", "state/mda", "org/coe", "1994-11-10") in events


def test_a_relative_clause_between_the_listed_subject_and_the_verb(registry: Registry) -> None:
    text = (
        "Croatia and Slovenia, whose independence Belgrade contested for months, were admitted to the "
        "United Nations on 22 May 1992."
    )
    events = _events(registry, text)
    assert ("admission", "state/hrv", "org/un", "1992-05-22") in events
    assert ("admission", "state/svn", "org/un", "1992-05-22") in events
    assert not any(e[1] == "state/srb" for e in events)


def test_companions_that_are_no_states_admitted_with_it(registry: Registry) -> None:
    text = "Montenegro was admitted to the Council of Europe on 11 May 2007, alongside Serbia's observers."
    assert not any(e[1] == "state/srb" for e in _events(registry, text))
    text = "Montenegro joined the Council of Europe in 2007, but not together with Serbia."
    assert not any(e[1] == "state/srb" for e in _events(registry, text))


def test_admitted_with_no_organisation_in_an_article_titled_with_one(registry: Registry) -> None:
    text = (
        "Enlargement of the Council of Europe in the 1990s\n\n"
        "The fall of the Berlin Wall changed everything. Membership doubled in a decade.\n\n"
        "Hungary was admitted on 6 November 1990."
    )
    assert ("admission", "state/hun", "org/coe", "1990-11-06") in _events(registry, text)


def test_admitted_with_no_organisation_and_a_title_naming_none_or_a_treaty_too(registry: Registry) -> None:
    text = "Regional notes\n\nMembership doubled in a decade. Hungary was admitted on 6 November 1990."
    assert not _events(registry, text)
    text = (
        "The Council of Europe and the European Convention on Human Rights\n\n"
        "Membership doubled in a decade. Hungary was admitted on 6 November 1990."
    )
    assert not _events(registry, text)


def test_states_admitted_as_them_listed_after_a_colon(registry: Registry) -> None:
    text = (
        "Twelve states had applied. On 20 September 1960 the General Assembly of the United Nations "
        "admitted them by one resolution: Cameroon, Togo, Madagascar, Upper Volta and Somalia."
    )
    events = _events(registry, text)
    for state in ("state/cmr", "state/tgo", "state/mdg", "state/som"):
        assert (state, "org/un", "1960-09-20") in {e[1:] for e in events}
    text = (
        "The Council of Europe at fifty\n\nOn 10 May 1995 the Council met. The next day the Committee "
        "of Ministers admitted them together: Latvia, Albania and Moldova."
    )
    assert ("admission", "state/mda", "org/coe", "1995-05-11") in _events(registry, text)


def test_a_colon_list_that_is_not_only_states_admits_nothing(registry: Registry) -> None:
    text = (
        "On 20 September 1960 the General Assembly of the United Nations admitted them by one "
        "resolution: Cameroon, Togo and Somalia, whose leaders attended the session."
    )
    assert not _events(registry, text)
    text = "On 20 September 1960 the Assembly admitted them: the decision was unanimous, Togo said."
    assert not _events(registry, text)


def test_suspensions_listed_with_the_verb_left_out(registry: Registry) -> None:
    text = (
        "The African Union suspended Madagascar from its activities on 20 March 2009, after the army "
        "installed a new president, and Mali on 23 March 2012."
    )
    events = {(e[1], e[2], e[3]) for e in _facts(registry, text)}
    assert ("state/mdg", "org/au", "2009-03-20") in events
    assert ("state/mli", "org/au", "2012-03-23") in events
    text = "The African Union suspended Mali on 1 June 2021 and Guinea on 10 September 2021 hosted talks."
    assert not any(e[1] == "state/gin" for e in _facts(registry, text))


def _facts(registry: Registry, text: str) -> set[Fact]:
    out: set[Fact] = set()
    for props in facts_of(registry, text, "2024-05-02").values():
        values = {p: min(v) for p, v in props.items()}
        if TG.Suspension in props.get(RDF.type, set()):
            out.add(("suspension", values.get(TG.state), values.get(TG.organization), values.get(TG.date)))
    return out
