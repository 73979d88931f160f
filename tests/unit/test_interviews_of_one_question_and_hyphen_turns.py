"""Interviews laid out without labels: one question set apart, its answer below, where the text
says it put that question to someone; turns opened by a hyphen as by a dash. An explainer's own
question, or a list of hyphen bullets, is no interview."""

from __future__ import annotations

from readings import statements

from loaders.registry import Registry

_ONE_QUESTION = """Lawyers and the torture convention

Lesotho ratified the Convention against Torture in May. We put one question to Thandiwe Mokoena.

What will change for detainees?

Very little at first. The courts will apply the convention only once the law changes.
"""

_EXPLAINER = """The torture convention in Lesotho

Lesotho ratified the Convention against Torture this year, Thandiwe Mokoena reported.

What will change for detainees?

Very little at first. The courts will apply the convention only once the law changes.
"""

_HYPHEN_TURNS = """Interview: the new ombudsman

Thandiwe Mokoena became ombudsman in May. She answered our questions.

- Will prisons open their doors?
- They have to. The law now says so.
- And the police stations?
- Those too, without notice.
"""

_HYPHEN_BULLETS = """The ombudsman's mandate

Thandiwe Mokoena became ombudsman in May, the ministry said in an interview with the radio.

- Visits to prisons and police stations.
- Reports to parliament every year.
- Complaints from detainees and their families.
"""


def test_one_question_put_to_someone_gives_the_answer_as_hers(registry: Registry) -> None:
    assert statements(registry, _ONE_QUESTION) == {
        (
            "person/thandiwe-mokoena",
            "Very little at first. The courts will apply the convention only once the law changes",
        )
    }


def test_an_explainers_own_question_is_no_interview(registry: Registry) -> None:
    assert not statements(registry, _EXPLAINER)


def test_turns_opened_by_a_hyphen_are_an_interview(registry: Registry) -> None:
    assert statements(registry, _HYPHEN_TURNS) == {
        ("person/thandiwe-mokoena", "They have to. The law now says so"),
        ("person/thandiwe-mokoena", "Those too, without notice"),
    }


def test_hyphen_bullets_are_no_turns(registry: Registry) -> None:
    assert not statements(registry, _HYPHEN_BULLETS)


def test_according_to_a_person_of_a_body(registry: Registry) -> None:
    text = 'According to Thandiwe Mokoena of the Maseru Law Centre, "nothing will change before May".'
    assert statements(registry, text) == {("person/thandiwe-mokoena", "nothing will change before May")}


def test_according_to_the_surname_of_someone_named_before(registry: Registry) -> None:
    text = (
        "Thandiwe Mokoena, a lawyer in Maseru, followed the vote. "
        'According to Mokoena, "nothing will change before the next election".'
    )
    assert statements(registry, text) == {
        ("person/thandiwe-mokoena", "nothing will change before the next election")
    }
