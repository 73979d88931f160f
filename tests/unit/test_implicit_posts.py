"""Posts whose body the sentence does not spell out next to the role: a role with a modifier
after a possessive, a second post in the same apposition, "served as", a copula with the post
first, a post that exists in one kind of body only, an office the registry names as a body of
its own, and the senate a senator sits in. Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import memberships_of, posts_of

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modifier between the owner's possessive and the role is part of the role
        (
            "The Andean Rights Network filed the complaint. \u201cWe will appeal,\u201d said Tom\u00e1s "
            "Reyes, the network's legal adviser.",
            {("person/tomas-reyes", "org/andean-rights-network", "role/legal-adviser")},
        ),
        (
            "The Mekong Legal Aid Centre opened in March. \u201cDemand is high,\u201d said Lina Vo, its "
            "chief lawyer.",
            {("person/lina-vo", "org/mekong-legal-aid-centre", "role/chief-lawyer")},
        ),
        # two posts in one apposition, the second a past one
        (
            "Ant\u00f3nio Serra, a judge of the International Court of Justice and a former President of "
            "the Inter-American Court of Human Rights, died in Lisbon on 2 May.",
            {
                ("person/antonio-serra", "org/icj", "role/judge"),
                ("person/antonio-serra", "org/iacthr", "role/president"),
            },
        ),
        (
            "Marta Costa, director of the Lisbon Rights Institute and a member of the Andean Rights "
            "Network, spoke at the launch.",
            {
                ("person/marta-costa", "org/lisbon-rights-institute", "role/director"),
                ("person/marta-costa", "org/andean-rights-network", "role/member"),
            },
        ),
        # "served as", with the person named or referred to by a pronoun in the sentences before
        (
            "Maria Soto served as legal adviser to the Ministry of Foreign Affairs of Chile from 1990 "
            "to 1994.",
            {("person/maria-soto", "org/ministry-of-foreign-affairs-of-chile", "role/legal-adviser")},
        ),
        (
            "Maria Soto, a Chilean lawyer, died on 2 May. She was 80. She taught law and served as "
            "legal counsel to Chile's Foreign Ministry from 1990 to 1994.",
            {("person/maria-soto", "org/foreign-ministry", "role/legal-counsel")},
        ),
        # the post and its body first, the holder after the copula and a title
        (
            "The International Tribunal for the Law of the Sea sits in Hamburg. The Registrar of the "
            "Tribunal is Ms Amina Sow of Senegal.",
            {("person/amina-sow", "org/international-tribunal-for-the-law-of-the-sea", "role/registrar")},
        ),
        (
            # the title before the name is a second post: the president is a judge of the court
            "The President of the Inter-American Court of Human Rights is Judge Ricardo P\u00e9rez Manrique.",
            {
                ("person/ricardo-perez-manrique", "org/iacthr", "role/president"),
                ("person/ricardo-perez-manrique", "org/iacthr", "role/judge"),
            },
        ),
        # a court's post in the one court the text names
        (
            "The International Criminal Court opened its session in The Hague. On 3 May the "
            "Prosecutor, Karim Khan, opened an investigation.",
            {("person/karim-khan", "org/icc", "role/prosecutor")},
        ),
        # a committee's posts in the one committee named, before the name or as a title
        (
            "The Committee on Foreign Relations met on Tuesday. Chairman Robert Menendez presided. The "
            "ranking member, Jim Risch, voted against.",
            {
                ("person/robert-menendez", "org/committee-on-foreign-relations", "role/chairman"),
                ("person/jim-risch", "org/committee-on-foreign-relations", "role/ranking-member"),
            },
        ),
        # the committee named in the sentence wins over another named before it
        (
            "The Committee of Ministers met. Presenting the report of the Committee on Legal Affairs, "
            "the rapporteur, Ana Lopes (Portugal), said the text was ready.",
            {("person/ana-lopes", "org/committee-on-legal-affairs", "role/rapporteur")},
        ),
        # an office the registry lists as a body: the post is in the organisation it belongs to
        (
            "Council of Europe Secretary General Marija Pej\u010dinovi\u0107 Buri\u0107 welcomed the "
            "ratification.",
            {("person/marija-pejcinovic-buric", "org/coe", "role/secretary-general")},
        ),
        # a senator sits in the Senate the text names, that of the state it places it in
        (
            "The United States signed the treaty. It went to the Senate in 1967. Senator William "
            "Proxmire spoke for it every day.",
            {("person/william-proxmire", "org/senate-of-the-united-states", "role/senator")},
        ),
        # with no state to place it in, "the Senate" is no body a post can be held in
        (
            "The treaty went to the Senate in 1967. Senator William Proxmire spoke for it every day.",
            set(),
        ),
    ],
)
def test_post(registry: Registry, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert posts_of(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two courts: whose prosecutor the words do not say
        "The International Criminal Court and the Special Court for Sierra Leone met. The Prosecutor, "
        "Karim Khan, spoke.",
        # two committees: whose chairman the words do not say
        "The Committee on Foreign Relations and the Committee on Armed Services met. Chairman Robert "
        "Menendez presided.",
        # a prosecutor with no court named
        "The prosecutor, Ana Lopes, charged the suspect in a Lisbon court.",
        # a senator with no senate named
        "Senator William Proxmire spoke for it every day.",
        # "the Council's panel" is not the Council
        "Marta Costa, director of the Lisbon Rights Institute and a member of the Council of Europe's "
        "advisory panel, spoke.",
        # a relative clause about others: not the person before it
        "Maria Soto thanked the judges, who served as members of the Inter-American Court.",
        # "a counsel of despair" is no post
        "Maria Soto, a lawyer, spoke. The hearing, which she described as a counsel of despair, ended.",
    ],
)
def test_no_post(registry: Registry, text: str) -> None:
    posts = posts_of(registry, text)
    assert not any(
        org
        in (
            "org/icc",
            "org/committee-on-foreign-relations",
            "org/coe",
            "org/iacthr",
            "org/senate-of-united-states",
        )
        for _, org, _ in posts
    )
    assert not any(
        role in ("role/prosecutor", "role/chairman", "role/senator", "role/counsel") for _, _, role in posts
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # elected with the verb before the name; a post in parentheses; "who was appointed"
        (
            "In 2021 the judges elected Ana Costa president of the African Court on Human and Peoples' "
            "Rights.",
            {("person/ana-costa", "org/afchpr", "role/president")},
        ),
        (
            "Ana Costa (director of the Lisbon Rights Institute) said the law was flawed.",
            {("person/ana-costa", "org/lisbon-rights-institute", "role/director")},
        ),
        (
            "Ana Costa, who was appointed executive director of the Lisbon Rights Institute in 2020, spoke.",
            {("person/ana-costa", "org/lisbon-rights-institute", "role/executive-director")},
        ),
    ],
)
def test_post_with_the_verb_or_the_brackets(
    registry: Registry, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert posts_of(registry, text) == expected


def _members(registry: Registry, text: str) -> set[tuple[str, str]]:
    return memberships_of(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies admitted to, or joining, a body of bodies
        (
            "The Jordanian Bar Association was admitted to the Arab Lawyers Union in 2019.",
            {("org/jordanian-bar-association", "org/arab-lawyers-union")},
        ),
        (
            "The Kenya Red Cross Society and the Palestine Red Crescent Society were admitted to the "
            "International Federation of Red Cross and Red Crescent Societies in 2006.",
            {
                ("org/kenya-red-cross-society", "org/ifrc"),
                ("org/palestine-red-crescent-society", "org/ifrc"),
            },
        ),
        (
            "The Lisbon Bar Association joined the European Lawyers Federation last year.",
            {("org/lisbon-bar-association", "org/european-lawyers-federation")},
        ),
        # "a member state" of the one organisation the text names, its organs aside
        (
            "The Council of Europe's Committee of Ministers met on Kosovo. The delegation of Serbia, a "
            "member state, voted against.",
            {("state/srb", "org/coe")},
        ),
        # a founding member in the past tense is still a member
        ("Chile was a founding member of the OAS in 1948.", {("state/chl", "org/oas")}),
    ],
)
def test_member(registry: Registry, text: str, expected: set[tuple[str, str]]) -> None:
    assert _members(registry, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a membership that has ended
        "Hungary was a member of the Council of Europe until 2022.",
        "Russia was a member of the Council of Europe from 1996 to 2022.",
        "Russia had been a member of the Council of Europe since 1996.",
        # joining a body in an act is no membership
        "Amnesty International joined the Committee against Torture in condemning the law.",
        # "a member state" with two organisations named: of which, the words do not say
        "The OAS and the Council of Europe met. Serbia, a member state, voted against.",
        "Poland, a member state, objected.",
    ],
)
def test_no_member(registry: Registry, text: str) -> None:
    assert _members(registry, text) == set()


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "The Committee on the Rights of the Child, chaired by Ms Ann Skelton, reviews state reports.",
            "membership/ann-skelton--crc-committee--chair",
        ),
        (
            "The Assembly of States Parties meets once a year. It is presided over by Ms Päivi Kaukoranta.",
            "membership/paivi-kaukoranta--icc-asp--president",
        ),
    ],
)
def test_the_person_a_body_is_chaired_or_presided_over_by(
    text: str, membership: str, registry: Registry
) -> None:
    claims = extract(parse_document(text, DocumentMetadata(title="t"), "t"), registry)
    assert membership in {c.subject.key for c in claims}


def test_a_delegation_led_by_a_minister_is_no_post_in_a_body(registry: Registry) -> None:
    claims = extract(
        parse_document("The talks, led by Ana Lopes, ended in Geneva.", DocumentMetadata(title="t"), "t"),
        registry,
    )
    assert not any(c.subject.key.startswith("membership/") for c in claims)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "The High Commissioner for Human Rights, Volker Türk, regretted the withdrawal.",
            "membership/volker-turk--ohchr--high-commissioner-for-human-rights",
        ),
        (
            "“It is a start,” said Mai Tran, coordinator of the Hanoi-based Mekong Legal Network.",
            "membership/mai-tran--mekong-legal-network--coordinator",
        ),
    ],
)
def test_an_office_named_before_the_holder_and_a_body_after_a_based_modifier(
    text: str, membership: str, registry: Registry
) -> None:
    claims = extract(parse_document(text, DocumentMetadata(title="t"), "t"), registry)
    assert membership in {c.subject.key for c in claims}


def test_an_office_with_no_owner_and_no_registry_office_is_no_post(registry: Registry) -> None:
    claims = extract(
        parse_document(
            "The Special Envoy for Refugees, Ana Ruiz, arrived.", DocumentMetadata(title="t"), "t"
        ),
        registry,
    )
    assert not any(c.subject.key.startswith("membership/") for c in claims)
