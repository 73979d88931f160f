"""A synthetic TreatyGraph dataset of a chosen size, in the project's own shapes.

The real corpus is five articles; a benchmark needs the same kind of graph at 10^4 to 10^6
triples. So this builds a seeded world of states, treaties and protocols, bodies, people with
posts, dated treaty actions, denunciation steps, judgments, statements with quotes and counted
quantities, writes synthetic news articles about it, and turns each article into its named
graph with the project's own ``loaders.to_rdf.claims_to_triples``: every claim carries its
evidence (sentence, quote and position selectors) exactly as a loaded document does. A registry
graph holds the reference descriptions and the authoritative dates, as the real registry does.

Some articles misstate a date (a year for a full date, or a different day): these are the
conflicts a reader of the real corpus meets, kept as two attributed claims.

    python -m bench.generate --triples 100000 --seed 7 --out var/bench

writes ``var/bench/triples-100000-seed7.nq`` and a ``.json`` manifest beside it (counts and
sample IRIs/labels the query mix draws its parameters from). The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from loaders.documents import Document, DocumentMetadata, parse_document
from loaders.facts import Claim, Evidence, Ref, Value
from loaders.iris import Minter, slugify
from loaders.to_rdf import claims_to_triples, date_datatype
from loaders.vocabulary import DCT, ORG, RDF, SCHEMA, SKOS, TG, XSD

__all__ = ["GeneratedGraph", "World", "generate", "main"]

TRIPLES_PER_DOCUMENT = 950  # measured average of a synthetic article's graph; used to size the world
# The two shapes of source: ``articles`` of seven to nine statements each (about 950 triples a
# graph), and ``briefs`` of one statement each (a wire item, a press release, a registry notice:
# about 50 triples a graph, so about 200 named graphs per 10^4 triples, as a store that keeps one
# graph per source document has once most of its sources are short).
SHAPES: dict[str, tuple[int, int, int]] = {"articles": (7, 9, 3), "briefs": (1, 1, 0)}
BRIEF_CLAIMS = 2  # a brief states two facts of its one statement (each claim brings ~20 triples of evidence)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SYLLABLES = [
    "al",
    "bar",
    "cor",
    "dan",
    "el",
    "fa",
    "gor",
    "hal",
    "is",
    "jan",
    "kor",
    "lun",
    "mar",
    "nor",
    "os",
    "pel",
    "quin",
    "ros",
    "sal",
    "tor",
    "ul",
    "ven",
    "wes",
    "yar",
    "zan",
    "bel",
    "dor",
    "ka",
]
GIVEN = [
    "Anna",
    "Boris",
    "Clara",
    "Dmytro",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Irina",
    "Jonas",
    "Katya",
    "Leon",
    "Maria",
    "Nikolai",
    "Olga",
    "Pavel",
    "Rosa",
    "Sergei",
    "Tamara",
    "Viktor",
    "Yulia",
    "Zoran",
    "Alice",
    "Mikhail",
    "Inna",
    "Andriy",
    "Alan",
    "Mariana",
]
TOPICS = [
    "Prevention of Torture",
    "Human Rights",
    "Rights of the Child",
    "Cybercrime",
    "Data Protection",
    "Corruption",
    "Trafficking in Human Beings",
    "Landscape",
    "Social Rights",
    "Minorities",
    "Nationality",
    "Extradition",
    "Mutual Assistance",
    "Terrorism",
    "Violence against Women",
]
ROLES = [
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Ombudsman",
    "Chair",
    "Vice-Chair",
    "Member",
    "Special Rapporteur",
    "Director",
    "Spokesperson",
    "Secretary General",
    "Judge",
    "Senator",
    "Deputy",
    "Head of Delegation",
]
ORG_KINDS = [  # class, label pattern, share
    (TG.MonitoringBody, "Committee for the {topic}", 4),
    (TG.Court, "Court of {topic}", 1),
    (TG.IntergovernmentalOrganization, "Union for {topic}", 2),
    (TG.NationalBody, "{state} Commission on {topic}", 4),
    (TG.NGO, "Crew for {topic}", 3),
]
ACTION_KINDS = [(TG.Signature, "signed", "signature"), (TG.Ratification, "ratified", "ratification")]
STEP_KINDS = [
    (TG.Decree, "signed a decree proposing to denounce", "decree"),
    (TG.BillSubmission, "submitted a bill to denounce", "bill"),
    (TG.ParliamentaryApproval, "approved the denunciation of", "approval"),
    (TG.LawSigning, "signed the law denouncing", "law"),
]
FILLER = [
    "The decision drew criticism from rights groups.",
    "Observers said the move was expected.",
    "Officials did not respond to a request for comment.",
    "The government has repeatedly rejected the findings.",
    "Critics called the step a further break with the organisation.",
    "The body publishes its reports only with the consent of the state concerned.",
    "Lawyers warned that detainees would lose an important safeguard.",
    "The ministry said the country would keep its other commitments.",
    "Several delegations expressed regret at the decision.",
    "The text of the law was published on the official portal.",
    "Rights defenders say conditions in places of detention have worsened.",
    "The organisation said it would continue to monitor the situation.",
]
QUOTES = [
    "we will keep working with the international mechanisms that remain open to us",
    "this decision deprives people in detention of an essential protection",
    "the convention has lost its meaning for our country",
    "the committee has been denied access for years",
    "nothing changes for the obligations under the other conventions",
    "the door remains open for a return to cooperation",
    "this is a political decision with real consequences for detainees",
    "our experts stand ready to resume visits at any time",
]


@dataclass(frozen=True)
class Entity:
    key: str
    label: str
    cls: str


@dataclass(frozen=True)
class Action:
    """A dated act or event; ``extra`` holds its other properties (predicate IRI -> key)."""

    key: str
    label: str
    cls: str
    verb: str
    date: dt.date
    extra: tuple[tuple[str, str], ...] = ()
    effective: dt.date | None = None


@dataclass(frozen=True)
class Membership:
    key: str
    person: Entity
    org: Entity
    role: Entity
    start: dt.date


@dataclass
class World:
    """Everything the synthetic articles talk about, sized for about ``triples`` triples."""

    triples: int
    seed: int
    shape: str = "articles"
    minter: Minter = field(default_factory=Minter)
    states: list[Entity] = field(default_factory=list)
    treaties: list[Entity] = field(default_factory=list)
    parents: dict[str, str] = field(default_factory=dict)
    orgs: list[Entity] = field(default_factory=list)
    outlets: list[Entity] = field(default_factory=list)
    journalists: list[Entity] = field(default_factory=list)
    people: list[Entity] = field(default_factory=list)
    roles: list[Entity] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    events: list[Action] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    authoritative: list[Action] = field(default_factory=list)

    @classmethod
    def build(cls, triples: int, seed: int, shape: str = "articles") -> World:
        world = cls(triples, seed, shape)
        world._populate(random.Random(f"world-{seed}-{triples}"))
        return world

    @property
    def documents(self) -> int:
        return max(1, round((self.triples - self._registry_estimate()) / TRIPLES_PER_DOCUMENT))

    def _registry_estimate(self) -> int:
        return int(self.triples * 0.06)

    def _populate(self, rng: random.Random) -> None:
        docs = max(1, self.triples // TRIPLES_PER_DOCUMENT)
        names = _Names(rng)
        self.states = [
            Entity("state/rus", "Russia", TG.State),
            Entity("state/ukr", "Ukraine", TG.State),
            Entity("state/sun", "Soviet Union", TG.State),
        ]
        for _ in range(min(200, 5 + docs // 5)):
            name = names.place()
            self.states.append(Entity(f"state/{slugify(name)}", f"Republic of {name}", TG.State))
        self.treaties = [
            Entity("treaty/cets-126", "European Convention for the Prevention of Torture", TG.Treaty),
            Entity("treaty/ets-151", "Protocol No. 1 to the ECPT", TG.Protocol),
            Entity("treaty/ets-005", "European Convention on Human Rights", TG.Treaty),
            Entity("treaty/un-cat", "Convention against Torture", TG.Treaty),
        ]
        self.parents = {"treaty/ets-151": "treaty/cets-126"}
        number = 200
        for _ in range(6 + docs // 3):
            number += rng.randint(1, 4)
            topic = rng.choice(TOPICS)
            base = [t for t in self.treaties if t.cls == TG.Treaty]
            if rng.random() < 0.3:
                parent = rng.choice(base)
                key = f"treaty/cets-{number}"
                self.treaties.append(
                    Entity(
                        key, f"Protocol No. {rng.randint(1, 16)} to CETS {number - 1} on {topic}", TG.Protocol
                    )
                )
                self.parents[key] = parent.key
            else:
                self.treaties.append(
                    Entity(f"treaty/cets-{number}", f"Convention No. {number} on {topic}", TG.Treaty)
                )
        self.orgs = [
            Entity("org/coe", "Council of Europe", TG.IntergovernmentalOrganization),
            Entity("org/cpt", "European Committee for the Prevention of Torture", TG.MonitoringBody),
            Entity("org/ecthr", "European Court of Human Rights", TG.Court),
            Entity("org/state-duma", "State Duma", TG.NationalBody),
        ]
        weights = [w for _, _, w in ORG_KINDS]
        seen = {o.label for o in self.orgs}
        for _ in range(10 + docs // 3):
            kind, pattern, _ = rng.choices(ORG_KINDS, weights)[0]
            label = pattern.format(topic=rng.choice(TOPICS), state=names.place())
            while label in seen:
                label += " " + names.place()
            seen.add(label)
            self.orgs.append(Entity(f"org/{slugify(label)}", label, kind))
        self.outlets = [
            Entity(f"org/{slugify(n)}", n, TG.MediaOutlet)
            for n in sorted(
                {
                    f"{names.place()} {rng.choice(['News', 'Times', 'Daily', 'Post'])}"
                    for _ in range(4 + docs // 15)
                }
            )
        ]
        self.journalists = [names.person() for _ in range(5 + docs // 5)]
        self.people = [
            Entity("person/vladimir-putin", "Vladimir Putin", TG.Person),
            Entity("person/dmytro-lubinets", "Dmytro Lubinets", TG.Person),
        ] + [names.person() for _ in range(12 + docs // 2)]
        self.roles = [Entity(f"role/{slugify(r)}", r, ORG.Role) for r in ROLES]
        for person in self.people:
            for _ in range(rng.choice([1, 1, 2])):
                org, role = rng.choice(self.orgs), rng.choice(self.roles)
                key = "membership/" + "--".join(e.key.split("/", 1)[1] for e in (person, org, role))
                self.memberships.append(Membership(key, person, org, role, _date(rng, 1995, 2025)))
        self._treaty_actions(rng, docs)
        self._other_events(rng, docs)
        self.authoritative = [a for a in self.actions if rng.random() < 0.5]

    def _treaty_actions(self, rng: random.Random, docs: int) -> None:
        per_state = max(1, (2 * docs) // len(self.states))
        for state in self.states:
            s = state.key.split("/", 1)[1]
            for treaty in rng.sample(self.treaties, min(len(self.treaties), per_state)):
                t = treaty.key.split("/", 1)[1]
                signed = _date(rng, 1950, 2020)
                for (kind, verb, slug), date in zip(
                    ACTION_KINDS, [signed, signed + dt.timedelta(days=rng.randint(60, 900))], strict=True
                ):
                    self.actions.append(_action(state, treaty, kind, verb, slug, date))
                if rng.random() < 0.1:
                    when = _date(rng, 2021, 2026)
                    denunciation = _action(
                        state,
                        treaty,
                        TG.Denunciation,
                        "denounced",
                        "denunciation",
                        when,
                        effective=when + dt.timedelta(days=365),
                    )
                    self.actions.append(denunciation)
                    step_date = when - dt.timedelta(days=60)
                    for step_cls, step_verb, step_slug in STEP_KINDS:
                        step_date += dt.timedelta(days=rng.randint(3, 12))
                        agent = rng.choice(self.people)
                        extra = [
                            (SCHEMA.superEvent, denunciation.key),
                            (TG.agent, agent.key),
                            (TG.treaty, treaty.key),
                        ]
                        if step_cls == TG.BillSubmission:
                            extra.append((TG.submittedTo, rng.choice(self.orgs).key))
                        self.events.append(
                            Action(
                                f"event/{s}-{t}-denunciation-{step_slug}",
                                f"{step_slug.title()} on the denunciation of {treaty.label} by {state.label}",
                                step_cls,
                                step_verb,
                                step_date,
                                tuple(extra),
                            )
                        )

    def _other_events(self, rng: random.Random, docs: int) -> None:
        courts = [o for o in self.orgs if o.cls == TG.Court] or self.orgs
        igos = [o for o in self.orgs if o.cls == TG.IntergovernmentalOrganization] or self.orgs
        bodies = [o for o in self.orgs if o.cls == TG.MonitoringBody] or self.orgs
        for n in range(max(4, docs // 2)):
            state = rng.choice(self.states)
            s = state.key.split("/", 1)[1]
            roll = rng.random()
            if roll < 0.35:
                court = rng.choice(courts)
                self.events.append(
                    Action(
                        f"event/{s}-judgment-{n}",
                        f"Judgment of the {court.label} against {state.label} ({n})",
                        TG.Judgment,
                        "ruled against",
                        _date(rng, 1990, 2026),
                        ((TG.agent, court.key), (TG.respondent, state.key)),
                    )
                )
            elif roll < 0.7:
                body = rng.choice(bodies)
                self.events.append(
                    Action(
                        f"event/{s}-visit-{n}",
                        f"Visit of the {body.label} to {state.label} ({n})",
                        TG.Visit,
                        "visited",
                        _date(rng, 1990, 2026),
                        ((TG.agent, body.key), (TG.state, state.key)),
                    )
                )
            else:
                org = rng.choice(igos)
                cls, verb, word = rng.choice(
                    [
                        (TG.Expulsion, "was expelled from", "expulsion"),
                        (TG.Admission, "was admitted to", "admission"),
                        (TG.Suspension, "was suspended from", "suspension"),
                    ]
                )
                self.events.append(
                    Action(
                        f"event/{s}-{org.key.split('/', 1)[1]}-{word}-{n}",
                        f"{word.title()} of {state.label} from the {org.label}",
                        cls,
                        verb,
                        _date(rng, 1990, 2026),
                        ((TG.state, state.key), (TG.organization, org.key)),
                    )
                )

    # -- the registry graph ------------------------------------------------------------------

    def registry_triples(self) -> list[ox.Triple]:
        """Reference descriptions and authoritative dates, as the registry graph holds them."""
        out: list[ox.Triple] = []
        described = [*self.states, *self.treaties, *self.orgs, *self.outlets, *self.people, *self.roles]
        for e in described:
            node = self._node(e.key)
            out += [
                ox.Triple(node, _n(RDF.type), _n(e.cls)),
                ox.Triple(node, _n(SKOS.prefLabel), _en(e.label)),
            ]
        for t in self.treaties:
            number = t.key.rsplit("-", 1)[-1]
            out.append(
                ox.Triple(
                    self._node(t.key), _n(SCHEMA.legislationIdentifier), ox.Literal(f"CETS No. {number}")
                )
            )
            if t.key in self.parents:
                out.append(
                    ox.Triple(
                        self._node(t.key), _n(SCHEMA.legislationAmends), self._node(self.parents[t.key])
                    )
                )
        treaties = [t for t in self.treaties if t.cls == TG.Treaty]
        for i, body in enumerate(o for o in self.orgs if o.cls == TG.MonitoringBody):
            treaty = self._node(treaties[i % len(treaties)].key)
            out += [
                ox.Triple(self._node(body.key), _n(TG.monitors), treaty),
                ox.Triple(treaty, _n(TG.establishes), self._node(body.key)),
                ox.Triple(self._node(body.key), _n(TG.function), ox.Literal("visits places of detention")),
            ]
        for a in self.authoritative:
            node = self._node(a.key)
            out += [
                ox.Triple(node, _n(RDF.type), _n(a.cls)),
                ox.Triple(node, _n(SKOS.prefLabel), _en(a.label)),
                ox.Triple(node, _n(TG.date), _date_literal(a.date.isoformat())),
                ox.Triple(
                    node, _n(DCT.source), ox.Literal("Treaty Office chart of signatures and ratifications")
                ),
                ox.Triple(node, _n(TG.authoritative), ox.Literal("true", datatype=_n(XSD.boolean))),
            ]
            out += [ox.Triple(node, _n(p), self._node(k)) for p, k in a.extra]
        return sorted(set(out), key=str)

    def _node(self, key: str) -> ox.NamedNode:
        return ox.NamedNode(self.minter.resolve(Ref(key)))

    # -- the articles ------------------------------------------------------------------------

    def document(self, index: int) -> tuple[Document, list[Claim]]:
        """The ``index``-th synthetic article and its claims; the same index gives the same article."""
        rng = random.Random(f"doc-{self.seed}-{self.triples}-{index}")
        key = f"synthetic-{index:06d}"
        writer = _Writer()
        outlet = rng.choice(self.outlets)
        published = _date(rng, 2000, 2026)
        state = rng.choice(self.states)
        title = f"{state.label} and the {rng.choice(self.treaties).label}: what changes"
        writer.text(title + "\n\n")
        low, high, filler = SHAPES[self.shape]
        for _ in range(rng.randint(low, high)):
            rng.choice(
                [
                    self._say_action,
                    self._say_action,
                    self._say_action,
                    self._say_event,
                    self._say_event,
                    self._say_statement,
                    self._say_statement,
                    self._say_membership,
                    self._say_party,
                    self._say_quantity,
                ]
            )(rng, writer, outlet, published)
            for _ in range(rng.randint(min(1, filler), filler)):
                writer.text(rng.choice(FILLER) + " ")
            if rng.random() < 0.4:
                writer.text("\n\n")
        author = rng.choice(self.journalists)
        metadata = DocumentMetadata(
            title=title,
            publisher=outlet.label,
            author=author.label,
            date_published=_precision(rng, published.isoformat()),
            language="en",
            url=f"https://news.example.org/{slugify(outlet.label)}/{key}",
        )
        document = parse_document(writer.value().rstrip() + "\n", metadata, key)
        claims = writer.claims(document)
        if self.shape == "briefs" and len(claims) > BRIEF_CLAIMS:
            kept = sorted(rng.sample(range(len(claims)), BRIEF_CLAIMS))
            claims = [claims[i] for i in kept]
        return document, claims

    def _say_action(self, rng: random.Random, w: _Writer, outlet: Entity, published: dt.date) -> None:
        a = rng.choice(self.actions)
        state = _find(self.states, dict(a.extra)[TG.state])
        treaty = _find(self.treaties, dict(a.extra)[TG.treaty])
        speaker = rng.choice(self.people) if rng.random() < 0.3 else None
        s = w.text(state.label)
        w.text(" ")
        v = w.text(a.verb)
        w.text(" the ")
        t = w.text(treaty.label)
        w.text(" ")
        lexical = a.date.isoformat()
        if rng.random() < 0.12:  # a source that misstates the date: another day, or only the year
            lexical = (
                (a.date + dt.timedelta(days=rng.choice([-30, -1, 1, 30]))).isoformat()
                if rng.random() < 0.5
                else lexical[:4]
            )
        else:
            lexical = _precision(rng, lexical)
        d = w.text(_spoken(lexical))
        if a.effective is not None and rng.random() < 0.6:
            w.text(", with effect from ")
            e = w.text(_spoken(a.effective.isoformat()))
            w.claim(a.key, TG.effectiveDate, _date_value(a.effective.isoformat()), e, speaker)
        if speaker is not None:
            w.text(", according to ")
            w.text(speaker.label)
        w.text(". ")
        node = a.key
        w.claim(node, RDF.type, Ref(a.cls), v, speaker)
        w.claim(node, SKOS.prefLabel, Value(a.label), (v[0], t[1]), speaker)
        w.claim(node, TG.state, Ref(state.key), s, speaker)
        w.claim(node, TG.treaty, Ref(treaty.key), t, speaker)
        w.claim(node, TG.date, _date_value(lexical), d, speaker)

    def _say_event(self, rng: random.Random, w: _Writer, outlet: Entity, published: dt.date) -> None:
        if not self.events:
            return self._say_action(rng, w, outlet, published)
        ev = rng.choice(self.events)
        extra = dict(ev.extra)
        w.text("On ")
        d = w.text(_spoken(ev.date.isoformat()))
        w.text(", ")
        subject_key = extra.get(TG.agent) or extra.get(TG.state) or ""
        subject = self._entity(subject_key)
        s = w.text(subject.label)
        w.text(" ")
        v = w.text(ev.verb)
        w.text(" ")
        object_key = (
            extra.get(TG.treaty)
            or extra.get(TG.respondent)
            or extra.get(TG.organization)
            or extra.get(TG.state)
            or subject_key
        )
        obj = self._entity(object_key)
        o = w.text(("the " if obj.cls != TG.State else "") + obj.label)
        w.text(". ")
        w.claim(ev.key, RDF.type, Ref(ev.cls), v)
        w.claim(ev.key, SKOS.prefLabel, Value(ev.label), (s[0], o[1]))
        w.claim(ev.key, TG.date, _date_value(ev.date.isoformat()), d)
        for predicate, k in ev.extra:
            span = s if k == subject_key else o if k == object_key else v
            w.claim(ev.key, predicate, Ref(k), span)
            if predicate == SCHEMA.superEvent:  # a step names the act it belongs to
                w.claim(k, RDF.type, Ref(TG.Denunciation), v)

    def _say_statement(self, rng: random.Random, w: _Writer, outlet: Entity, published: dt.date) -> None:
        speaker = rng.choice(self.people)
        about = rng.choice(self.treaties)
        membership = next((m for m in self.memberships if m.person == speaker), None)
        role = f"{membership.role.label} of the {membership.org.label}" if membership else "an official"
        quote = rng.choice(QUOTES)
        key = f"statement/{slugify(speaker.label)}-{slugify(about.key)}-{published.isoformat()}"
        s = w.text(speaker.label)
        w.text(", ")
        r = w.text(role)
        w.text(", said of the ")
        a = w.text(about.label)
        w.text(' that "')
        q = w.text(quote)
        w.text('". ')
        w.claim(key, RDF.type, Ref(TG.Statement), s, speaker)
        w.claim(
            key,
            SKOS.prefLabel,
            Value(f"Statement by {speaker.label} on {about.label} ({published.isoformat()})"),
            (s[0], a[1]),
            speaker,
        )
        w.claim(key, TG.speaker, Ref(speaker.key), s, speaker)
        w.claim(key, TG.speakerRole, Value(role), r, speaker)
        w.claim(key, TG.quote, Value(quote), q, speaker)
        w.claim(key, TG.about, Ref(about.key), a, speaker)
        w.claim(key, TG.reportedBy, Ref(outlet.key), q, speaker)

    def _say_membership(self, rng: random.Random, w: _Writer, outlet: Entity, published: dt.date) -> None:
        m = rng.choice(self.memberships)
        p = w.text(m.person.label)
        w.text(" has served as ")
        r = w.text(m.role.label)
        w.text(" of the ")
        o = w.text(m.org.label)
        w.text(" since ")
        d = w.text(_spoken(m.start.isoformat()))
        w.text(". ")
        w.claim(m.key, RDF.type, Ref(ORG.Membership), r)
        w.claim(
            m.key,
            SKOS.prefLabel,
            Value(f"{m.person.label} as {m.role.label} of the {m.org.label}"),
            (p[0], o[1]),
        )
        w.claim(m.key, ORG.member, Ref(m.person.key), p)
        w.claim(m.key, ORG.organization, Ref(m.org.key), o)
        w.claim(m.key, ORG.role, Ref(m.role.key), r)
        w.claim(m.key, TG.startDate, _date_value(m.start.isoformat()), d)

    def _say_party(self, rng: random.Random, w: _Writer, outlet: Entity, published: dt.date) -> None:
        state, treaty = rng.choice(self.states), rng.choice(self.treaties)
        party = rng.random() < 0.8
        s = w.text(state.label)
        v = w.text(" remains a party to the " if party else " is not a party to the ")
        t = w.text(treaty.label)
        w.text(". ")
        w.claim(state.key, TG.partyTo if party else TG.notPartyTo, Ref(treaty.key), (s[0], t[1]))
        del v

    def _say_quantity(self, rng: random.Random, w: _Writer, outlet: Entity, published: dt.date) -> None:
        body, state = rng.choice(self.orgs), rng.choice(self.states)
        count = rng.randint(2, 40)
        qualifier = rng.choice(["more than", "nearly", "about"])
        years = rng.randint(2, 30)
        key = f"quantity/{slugify(body.label)}-visits-{state.key.split('/', 1)[1]}"
        b = w.text("The " + body.label)
        w.text(" has made ")
        ql = w.text(qualifier)
        w.text(" ")
        n = w.text(str(count))
        w.text(" ")
        c = w.text("visits")
        w.text(" to ")
        s = w.text(state.label)
        w.text(" ")
        per = w.text(f"over {years} years")
        w.text(". ")
        w.claim(key, RDF.type, Ref(TG.Quantity), n)
        w.claim(key, SKOS.prefLabel, Value(f"Visits of the {body.label} to {state.label}"), (b[0], s[1]))
        w.claim(key, SCHEMA.value, Value(str(count), XSD.integer), n)
        w.claim(key, TG.counts, Value("visits"), c)
        w.claim(key, TG.quantityOf, Ref(body.key), b)
        w.claim(key, TG.about, Ref(state.key), s)
        w.claim(key, TG.qualifier, Value(qualifier), ql)
        w.claim(key, TG.periodText, Value(f"over {years} years"), per)

    def _entity(self, key: str) -> Entity:
        for pool in (self.people, self.states, self.orgs, self.treaties):
            for e in pool:
                if e.key == key:
                    return e
        raise KeyError(key)

    def quads(self) -> Iterator[tuple[str, list[ox.Triple]]]:
        """``(graph IRI, triples)``: the registry first, then each article, until the size is reached."""
        registry = self.registry_triples()
        yield self.minter.registry_graph(), registry
        total, index = len(registry), 0
        while total < self.triples:
            document, claims = self.document(index)
            triples = claims_to_triples(document, claims, self.minter)
            total += len(triples)
            index += 1
            yield self.minter.document_graph(document.key), triples

    def manifest(self, rng: random.Random) -> dict[str, Any]:
        """Sample parameters for the query mix: labels, states, entities, a date range."""

        def pick(pool: list[Entity], k: int) -> list[str]:
            return [e.label for e in rng.sample(pool, min(k, len(pool)))]

        labelled = [*self.states, *self.treaties, *self.orgs, *self.people]
        return {
            "base": self.minter.base,
            "labels": pick(labelled, 200),
            "states": [
                self.minter.resolve(Ref(e.key)) for e in rng.sample(self.states, min(50, len(self.states)))
            ],
            "entities": [
                self.minter.resolve(Ref(e.key)) for e in rng.sample(labelled, min(200, len(labelled)))
            ],
            "events": [
                self.minter.resolve(Ref(a.key)) for a in rng.sample(self.actions, min(200, len(self.actions)))
            ],
            "date_min": "1950-01-01",
            "date_max": "2026-12-31",
        }


@dataclass(frozen=True)
class GeneratedGraph:
    path: Path
    manifest_path: Path
    triples: int
    graphs: int
    seconds: float


def generate(triples: int, seed: int, out: Path, shape: str = "articles") -> GeneratedGraph:
    """Write ``triples-{N}-seed{S}[-briefs].nq`` and its manifest into ``out``; reproducible for a seed."""
    out.mkdir(parents=True, exist_ok=True)
    stem = f"triples-{triples}-seed{seed}" + ("" if shape == "articles" else f"-{shape}")
    path, manifest_path = out / f"{stem}.nq", out / f"{stem}.json"
    started = time.perf_counter()
    world = World.build(triples, seed, shape)
    count = graphs = 0
    with path.open("wb") as handle:
        for graph_iri, graph_triples in world.quads():
            graph = ox.NamedNode(graph_iri)
            ox.serialize(
                (ox.Quad(t.subject, t.predicate, t.object, graph) for t in graph_triples),
                handle,
                format=ox.RdfFormat.N_QUADS,
            )
            count += len(graph_triples)
            graphs += 1
    manifest = {
        "triples": count,
        "graphs": graphs,
        "seed": seed,
        "shape": shape,
        "requested": triples,
        **world.manifest(random.Random(f"manifest-{seed}")),
    }
    manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return GeneratedGraph(path, manifest_path, count, graphs, time.perf_counter() - started)


# -- writing text with the offsets of what it says ---------------------------------------------


class _Writer:
    """Builds a text piece by piece, remembering the span of each piece a claim quotes."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self._pending: list[tuple[str, str, Ref | Value, tuple[int, int], Entity | None]] = []

    def text(self, piece: str) -> tuple[int, int]:
        start = self._pos
        self._parts.append(piece)
        self._pos += len(piece)
        return start, self._pos

    def claim(
        self,
        subject: str,
        predicate: str,
        obj: Ref | Value,
        span: tuple[int, int],
        speaker: Entity | None = None,
    ) -> None:
        self._pending.append((subject, predicate, obj, span, speaker))

    def value(self) -> str:
        return "".join(self._parts)

    def claims(self, document: Document) -> list[Claim]:
        out = []
        for subject, predicate, obj, (start, end), speaker in self._pending:
            sentence = document.sentence_at(start)
            end = min(end, sentence.end)
            evidence = Evidence(
                document.key,
                sentence.index,
                sentence.start,
                sentence.end,
                start,
                end,
                document.text[start:end],
            )
            out.append(
                Claim(
                    Ref(subject), predicate, obj, evidence, Ref(speaker.key) if speaker is not None else None
                )
            )
        return out


class _Names:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def place(self) -> str:
        while True:
            name = "".join(self._rng.choice(SYLLABLES) for _ in range(self._rng.randint(2, 3))).title() + "ia"
            if name not in self._used:
                self._used.add(name)
                return name

    def person(self) -> Entity:
        while True:
            family = "".join(self._rng.choice(SYLLABLES) for _ in range(self._rng.randint(2, 3))).title()
            label = f"{self._rng.choice(GIVEN)} {family}"
            if label not in self._used:
                self._used.add(label)
                return Entity(f"person/{slugify(label)}", label, TG.Person)


def _action(
    state: Entity,
    treaty: Entity,
    cls: str,
    verb: str,
    slug: str,
    date: dt.date,
    effective: dt.date | None = None,
) -> Action:
    key = f"action/{state.key.split('/', 1)[1]}-{treaty.key.split('/', 1)[1]}-{slug}"
    label = f"{slug.title()} of the {treaty.label} by {state.label}"
    return Action(key, label, cls, verb, date, ((TG.state, state.key), (TG.treaty, treaty.key)), effective)


def _find(pool: list[Entity], key: str) -> Entity:
    return next(e for e in pool if e.key == key)


def _date(rng: random.Random, first: int, last: int) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(last, 12, 31).toordinal()))


def _precision(rng: random.Random, iso: str) -> str:
    roll = rng.random()
    return iso[:4] if roll < 0.08 else iso[:7] if roll < 0.16 else iso


def _spoken(lexical: str) -> str:
    parts = lexical.split("-")
    if len(parts) == 1:
        return "in " + parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"in {month} {parts[0]}" if len(parts) == 2 else f"on {int(parts[2])} {month} {parts[0]}"


def _date_value(lexical: str) -> Value:
    return Value(lexical, date_datatype(lexical))


def _date_literal(lexical: str) -> ox.Literal:
    return ox.Literal(lexical, datatype=_n(date_datatype(lexical)))


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _en(text: str) -> ox.Literal:
    return ox.Literal(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--triples",
        type=lambda s: int(float(s)),
        action="append",
        required=True,
        help="Approximate size in triples (1e5 or 100000); repeat for several sizes.",
    )
    parser.add_argument("--seed", type=int, default=7, help="Random seed: the same seed gives the same file.")
    parser.add_argument(
        "--shape",
        choices=sorted(SHAPES),
        default="articles",
        help="articles: ~950 triples a named graph; briefs: ~55, about 200 graphs per 10^4 triples.",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "var" / "bench",
        help="Output folder.",
    )
    args = parser.parse_args(argv)
    for size in args.triples:
        made = generate(size, args.seed, args.out, args.shape)
        print(
            f"{made.path}: {made.triples} triples in {made.graphs} graphs, {made.seconds:.1f} s",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
