"""Posts in more of the shapes articles use: "X heads BODY" without a relative pronoun, a body
electing someone "as its chair", past posts whose body the words name; beside them, the shapes
that must give no post or no body: a nationality adjective in a body's description, "X leads the
delegation". Every passage is written for these tests."""

from __future__ import annotations

import pytest
from readings import posts_of

from loaders.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Gonzalez heads the Lima Human Rights Observatory, a small group of lawyers.",
            ("person/maria-gonzalez", "org/lima-human-rights-observatory", "role/head"),
        ),
        (
            "Since March, Pieter de Wit chairs the European Committee for the Prevention of Torture.",
            ("person/pieter-de-wit", "org/cpt", "role/chair"),
        ),
        (
            "Ana Lucía Vega currently directs the Quito Centre for Legal Studies.",
            ("person/ana-lucia-vega", "org/quito-centre-for-legal-studies", "role/director"),
        ),
        (
            "Meeting in Banjul, the ACHPR elected Solomon Dersso as its chairperson.",
            ("person/solomon-dersso", "org/achpr-commission", "role/chairperson"),
        ),
        (
            "The members of the CEDAW Committee elected Ana Costa Reis as chair for a two-year term.",
            ("person/ana-costa-reis", "org/cedaw-committee", "role/chair"),
        ),
        (
            "On Monday the Venice Commission re-elected Claire Bazy Malaurie as its president.",
            ("person/claire-bazy-malaurie", "org/venice-commission", "role/president"),
        ),
        (
            "The former president of the International Criminal Court, Song Sang-hyun, said it had aged.",
            ("person/song-sang-hyun", "org/icc", "role/president"),
        ),
        (
            "Former President Ellen Johnson Sirleaf of Liberia spoke at the ceremony.",
            ("person/ellen-johnson-sirleaf", "state/lbr", "role/president"),
        ),
        (
            "Kenya's former Attorney General Amos Wako defended the bill.",
            ("person/amos-wako", "state/ken", "role/attorney-general"),
        ),
        (
            "Mary Robinson, a former UN High Commissioner for Human Rights, urged Ireland to ratify.",
            ("person/mary-robinson", "org/ohchr", "role/high-commissioner-for-human-rights"),
        ),
        (
            "The Inter-American Court of Human Rights ruled on Friday. The judgment was delivered by "
            "President Ana Costa Reis, Vice-President Tomas Lind Berg and Judges Eva Solberg and "
            "Jon Arne Dahl.",
            ("person/tomas-lind-berg", "org/iacthr", "role/vice-president"),
        ),
        (
            "The Inter-American Court of Human Rights ruled on Friday. The judgment was delivered by "
            "President Ana Costa Reis, Vice-President Tomas Lind Berg and Judges Eva Solberg and "
            "Jon Arne Dahl.",
            ("person/jon-arne-dahl", "org/iacthr", "role/judge"),
        ),
        (
            "The Ghana Human Rights Commission, whose chairperson Kofi Mensah Boateng has long called for "
            "ratification, welcomed the vote. The Committee on Economic, Social and Cultural Rights "
            "will review it.",
            ("person/kofi-mensah-boateng", "org/ghana-human-rights-commission", "role/chairperson"),
        ),
        (
            "Azerbaijan joined the Council of Europe in 2001. In 2015 the Secretary General, "
            "Anders Lund Berg, opened an inquiry.",
            ("person/anders-lund-berg", "org/coe", "role/secretary-general"),
        ),
        (
            '"It matters," said Park Min-jung, a professor of international law at Hanbit University.',
            ("person/park-min-jung", "org/hanbit-university", "role/professor"),
        ),
        (
            "Hélène Garnier-Rossi, a lecturer in public law at the University of Nice, said so.",
            ("person/helene-garnier-rossi", "org/university-of-nice", "role/lecturer"),
        ),
        (
            "Chileshe Banda-Musonda is a lawyer in Lusaka and a member of the Lusaka Abolition Forum.",
            ("person/chileshe-banda-musonda", "org/lusaka-abolition-forum", "role/member"),
        ),
        (
            "José Miguel Insulza, the OAS Secretary General, said he regretted the decision.",
            (
                "person/jose-miguel-insulza",
                "org/general-secretariat-of-the-organization-of-american-states",
                "role/secretary-general",
            ),
        ),
    ],
)
def test_post_shapes(registry: Registry, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in posts_of(registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (AFP) - Jean-Luc Dupont, spokesman for the French foreign ministry, said France would sign.",
        "Ana Silva, adviser to the Brazilian delegation, said Brazil would abstain.",
        "Kofi Mensah leads the Ghana Legal Aid Network's team in the capital.",
    ],
)
def test_no_body_from_an_adjective(registry: Registry, text: str) -> None:
    assert not {p for p in posts_of(registry, text) if p[1].startswith("org/")}


@pytest.mark.parametrize(
    "text",
    [
        # a legislature electing a president may be electing the state's
        "The National Assembly of Lebanon elected Joseph Aoun as president on 9 January 2025.",
        # a state, not the body, before the verb
        "Chile and the Committee against Torture agreed; the Committee elected Ana Costa Reis as chair.",
        # a court's bench in a state's case: the president is the court's, not the state's
        "Chile lost the case. The judgment was delivered by President Ana Costa Reis and Judges Eva "
        "Solberg and Jon Arne Dahl.",
        # "a member of the Network's board": the board is not named, the network is not the body
        "Youssef Trabelsi is a lawyer in Tunis and a member of the Maghreb Rights Network's board.",
        # a past title with no owner in the words is not guessed from the article's state
        "Peru ratified the treaty in 2002. Former President Alejandro Toledo had signed it.",
    ],
)
def test_no_post_guessed(registry: Registry, text: str) -> None:
    assert posts_of(registry, text) == set()
