"""Posts and memberships in the shapes news copy gives them: an office before a name with a
title after the comma, an office the registry names as a body, "whose director", a state before
a role, a capitalised place before a role, two posts around one name, the one state a sentence
names; states listed as "all N of them member states of", elected to a body, "the Nth state of",
an organisation by its head noun, and coordinated memberships. Passages are written for these
tests, with false-fact cases beside them."""

from __future__ import annotations

import pytest

from loaders.documents import DocumentMetadata, parse_document
from loaders.extract import extract
from loaders.facts import Ref
from loaders.registry import Registry
from loaders.vocabulary import ORG, RDF


def _memberships(registry: Registry, text: str) -> set[tuple[str, str, str | None]]:
    """(member, organisation, role key or None) of every membership the text gives."""
    meta = DocumentMetadata(title="t", date_published="2024-05-02")
    claims = extract(parse_document(text, meta, "t"), registry)
    nodes = {c.subject for c in claims if c.predicate == RDF.type and c.object == Ref(ORG.Membership)}
    out = set()
    for node in nodes:
        member = next(c.object for c in claims if c.subject == node and c.predicate == ORG.member)
        org = next(c.object for c in claims if c.subject == node and c.predicate == ORG.organization)
        role = next((c.object for c in claims if c.subject == node and c.predicate == ORG.role), None)
        assert isinstance(member, Ref) and isinstance(org, Ref)
        out.add((member.key, org.key, role.key if isinstance(role, Ref) else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sudan ratified both conventions. Sudan deposited them in August. The Minister of "
            "Justice, Dr Nasredeen Abdulbari, described that approval as a great step.",
            ("person/nasredeen-abdulbari", "state/sdn", "role/minister-of-justice"),
        ),
        (
            "Fiji acceded to the Covenants. Fiji is the first Pacific state to do so. The "
            "Attorney-General, Aiyaz Sayed-Khaiyum, has presented the accessions as proof.",
            ("person/aiyaz-sayed-khaiyum", "state/fji", "role/attorney-general"),
        ),
        (
            "The Secretary General of the Council of Europe, Marija Pejčinović Burić, welcomed "
            "the signatures.",
            ("person/marija-pejcinovic-buric", "org/coe-sg", "role/secretary-general"),
        ),
        (
            "Zambia abolished the death penalty. Zambia's parliament voted for it. In the Central "
            "African Republic, the National Assembly voted in May to abolish it, and President "
            "Faustin-Archange Touadéra promulgated the law a month later.",
            ("person/faustin-archange-touadera", "state/caf", "role/president"),
        ),
        (
            "Linda Thomas-Greenfield, the United States ambassador to the United Nations, had "
            "announced the push for a vote.",
            ("person/linda-thomas-greenfield", "state/usa", "role/ambassador"),
        ),
        (
            '"Nobody takes it seriously," Kwame Oduro-Lindqvist, Geneva director of the Global '
            "Rights Advocacy Centre, told the paper.",
            ("person/kwame-oduro-lindqvist", "org/global-rights-advocacy-centre", "role/geneva-director"),
        ),
        (
            "In May, the committee heard the Nordic Anti-Torture Commission, whose director, Ashwin "
            "Raj, argued that the bill already protects them.",
            ("person/ashwin-raj", "org/nordic-anti-torture-commission", "role/director"),
        ),
        (
            "The council held its first session on 19 June 2006, chaired by Mexico's ambassador, "
            "Luis Alfonso de Alba, its first president.",
            ("person/luis-alfonso-de-alba", "state/mex", "role/ambassador"),
        ),
        (
            "The Convention was signed today by Andorra, Georgia and the United Kingdom, all three "
            "of them member states of the Council of Europe, as well as by Israel.",
            ("state/gbr", "org/coe", None),
        ),
        (
            "ASEAN was founded in 1967. Critics pointed to Myanmar, a member of the association since 1997.",
            ("state/mmr", "org/asean", None),
        ),
        (
            "Yesterday the General Assembly elected Fiji to the Human Rights Council for three years.",
            ("state/fji", "org/un-hrc", None),
        ),
        (
            "Qatar becomes the third state of the Gulf Cooperation Council to join the covenant.",
            ("state/qat", "org/gcc", None),
        ),
        (
            "Russia remains a member of the United Nations and a permanent member of the Security Council.",
            ("state/rus", "org/un-security-council", None),
        ),
        # a nationality adjective before an office held for a state
        (
            "The Kenyan president, William Ruto, signed the instrument of ratification on Monday.",
            ("person/william-ruto", "state/ken", "role/president"),
        ),
    ],
)
def test_membership_found(registry: Registry, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _memberships(registry, text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        # a nationality, not a post held for the state
        (
            '"It cannot take the OAS out of our lives," said María Olivares-Kühn, a Venezuelan lawyer '
            "who works in exile in Bogotá.",
            "person/maria-olivares-kuhn",
        ),
        # "its" is the council the sentence is about, not the state owning the post before
        (
            "The council held its first session on 19 June 2006, chaired by Mexico's ambassador, "
            "Luis Alfonso de Alba, its first president.",
            "person/luis-alfonso-de-alba/first",
        ),
        # the same shape with a profession: where the person is from, not a post
        ("The Kenyan lawyer, Amina Odhiambo, said the law was flawed.", "person/amina-odhiambo"),
        ("Hungary was a member of the Council of Europe until 2022.", "state/hun"),
        ("Chile is not a member of the association.", "state/chl"),
        ("The committee elected Ghana to chair the session.", "state/gha"),
    ],
)
def test_no_false_membership(registry: Registry, text: str, member: str) -> None:
    found = _memberships(registry, text)
    if member.endswith("/first"):
        assert not any(role and "first" in role for _, _, role in found)
    else:
        assert not [m for m in found if m[0] == member and (m[2] is None or "lawyer" in m[2])]
