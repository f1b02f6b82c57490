"""Arguments of one event trigger, read off the dependency parse.

:class:`ArgumentFinder` answers, for a trigger token: who did it (subject, "by" agent,
possessor, the subject of a light verb such as "carried out"), to whom or what (object,
passive subject, "on/against"), where ("in/at/near" on the trigger or its object), with what
(weapon lexicon), how many were killed or injured, and who claimed it. It holds the
document's actor and place mentions and resolves the words of a trigger's clause
(:mod:`~dossier.extract.event_clauses`) to actors and roles; the readers it draws on live in
:mod:`~dossier.extract.event_parties` (who acted), :mod:`~dossier.extract.event_objects`
(what was hit), :mod:`~dossier.extract.event_places` (where) and
:mod:`~dossier.extract.event_phrases` (phrase extents), and are also its methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dossier.extract import event_objects, event_parties, event_places, event_reference
from dossier.extract.event_clauses import clause_words
from dossier.extract.event_effects import effects_of, trailing_counts, weapon_of
from dossier.extract.event_objects import expand, thing_before
from dossier.extract.event_parties import antecedent, hedged, participle_agents, weapon_word
from dossier.extract.event_phrases import (
    RELATIVE,
    Span2,
    by_agents,
    clause_head,
    np_span,
    participle_hosts,
)
from dossier.extract.event_places import event_place
from dossier.extract.event_rules import EventRules
from dossier.nlp.text import doc_text
from dossier.records import Actor, NumberRange, PlaceMention
from dossier.resolve.actor_gazetteer import load_actor_gazetteer

__all__ = [
    "ArgumentFinder",
    "Arguments",
    "Span2",
    "clause_head",
    "np_span",
    "participle_hosts",
]


@dataclass(frozen=True)
class Arguments:
    """What a trigger's clause says about its event."""

    actor_roles: tuple[tuple[str, str], ...] = ()
    perpetrator_spans: tuple[Span2, ...] = ()
    target_spans: tuple[Span2, ...] = ()
    victim_spans: tuple[Span2, ...] = ()
    weapon_spans: tuple[Span2, ...] = ()
    place: PlaceMention | None = None
    fatalities: NumberRange | None = None
    injured: NumberRange | None = None
    weapon: str | None = None
    mode: str | None = None
    responsibility: str | None = None
    responsibility_by: str | None = None
    initiator_types: frozenset[str] = field(default_factory=frozenset)


class ArgumentFinder:
    """Reads the arguments of triggers in one document."""

    def __init__(
        self,
        doc: Doc,
        actors: Sequence[Actor],
        places: Sequence[PlaceMention],
        rules: EventRules,
    ) -> None:
        self.doc = doc
        self.rules = rules
        self.places = sorted(places, key=lambda p: p.start)
        self.mentions = sorted(
            (
                (m.start, m.end, a)
                for a in actors
                for m in a.mentions
                if not self._weapon_mention(m.start, m.end, a)
                # (s22) "pro-Shabaab websites", "an anti-Taliban militia": a side taken,
                # never the named actor, in any role or as any pronoun's antecedent
                and not event_parties.stance_mention(doc, m.start, m.end, a)
            ),
            key=lambda x: x[0],
        )
        self.parents = {a.key: a.parent for a in actors if a.parent}
        # (s20) the organisation each named person leads or belongs to ("X, leader of Y"),
        # whose side is hit when the person is killed or held
        self.person_groups = {
            a.key: a.member_of
            for a in actors
            if a.type == "person" and a.member_of and a.member_of != a.key
        }
        self.group_types = rules.words("group_types")
        self.group_nouns = rules.words("group_nouns")
        self.person_nouns = rules.words("person_nouns")
        self.role_nouns = rules.words("role_nouns")
        # the subjects of each verb of ``doc`` by its index (the finder never changes)
        self._subjects: dict[int, list[Token]] = {}
        self._texts: dict[str, Actor] | None = None

    def _weapon_mention(self, start: int, end: int, actor: Actor) -> bool:
        """A mention that names a weapon ("an IED struck", its make in "a Bayraktar drone")
        is never a party to an event: the weapon lexicon names the first; the second is a
        name the gazetteer lacks (or a person's) modifying a weapon noun."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        if self.rules.weapon_mode(span.text) or self.rules.weapon_mode(span.root.lemma_):
            return True
        root = span.root
        return (
            (actor.key.startswith("new:") or actor.type == "person")
            and root.dep_ in {"compound", "amod", "nmod"}
            and root.head.i >= span.end
            and weapon_word(self, root.head)
        )

    # ----------------------------------------------------------------- lookups

    def ancestors(self, key: str) -> list[str]:
        """The organisations an actor belongs to, nearest first (ADF → ISCAP → Islamic State)."""
        gaz = load_actor_gazetteer()
        out: list[str] = []
        if self.actor_type(key) == "person" or (
            key in gaz.entries and gaz.entries[key].type == "person"
        ):
            return out  # a member is no branch: his order and his group's attack may differ
        parent = self.parents.get(key) or (gaz.entries[key].parent if key in gaz.entries else None)
        while parent and parent not in out and parent != key:
            out.append(parent)
            entry = gaz.entries.get(parent)
            parent = entry.parent if entry else None
        return out

    def kin(self, a: str, b: str) -> bool:
        """One actor is the other or part of it: an attack by the ADF claimed by ISCAP (its
        parent) or by the Islamic State is one attack."""
        return a == b or a in self.ancestors(b) or b in self.ancestors(a)

    def actor_in(self, start: int, end: int, head: Token | None = None) -> Actor | None:
        """The actor named in ``[start, end)``: the one over the head token, else the first.

        A role noun heading the phrase ("leader of party X Y") prefers the person named in it.
        """
        if head is not None:
            # (s22) "CÚCUTA, March 11 (Reuters) -\nPolice arrested ...": a phrase the parser
            # stretched over a line break names nothing of the line before or after its head
            # (a dateline, a credit, a heading); a hard-wrapped paragraph's line runs on
            # ("fighters of the Islamic State Sahel\nProvince attacked"), so only a closed
            # line ends the phrase (_closed_break)
            text = doc_text(self.doc)
            cuts = [i for i in _breaks(text, start, head.idx) if _closed_break(text, i)]
            if cuts:
                start = max(start, cuts[-1] + 1)
            cut = next((i for i in _breaks(text, head.idx, end) if _closed_break(text, i)), -1)
            if cut >= 0:
                end = cut
        # (s21) "Saudi-backed forces": the backer glued to the phrase is none of its parties
        inside = [
            (s, e, a)
            for s, e, a in self.mentions
            if start <= s and e <= end and not event_parties.backing_mention(self.doc, e)
        ]
        if head is not None:
            for s, e, a in inside:
                if s <= head.idx < e:
                    return a
            for s, e, a in self.mentions:  # a mention wider than the phrase, over its head
                if s <= head.idx < e:
                    return a
            if head.lemma_.lower() in self.role_nouns:
                lo = head.left_edge.idx
                hi = head.right_edge.idx + len(head.right_edge)
                # "X's successor, known as Y": the successor is Y, never the possessor X
                owners = [
                    (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                    for c in head.children
                    if c.dep_ == "poss"
                ]
                people = [
                    a
                    for s, e, a in self.mentions
                    if lo <= s
                    and e <= hi
                    and a.type == "person"
                    and not any(o_lo <= s and e <= o_hi for o_lo, o_hi in owners)
                ]
                if owners and not people:
                    return None
                if people:
                    return people[0]
        return inside[0][2] if inside else None

    def named_tail(self, tok: Token) -> Actor | None:
        """A name the recogniser missed here that names an actor of the document elsewhere:
        a full name whose last words are the actor's ("Abdelghani al-Kikli", the man later
        called "al-Kikli"), or the same name before the phrase's head ("Zawiya units
        detained 40", the group called "Zawiya" elsewhere)."""
        names = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        last = tok if tok.pos_ == "PROPN" else (names[-1] if names else None)
        if last is None or not self.mentions:
            return None
        doc = self.doc
        start = last.i
        while start > last.sent.start and (
            doc[start - 1].pos_ == "PROPN"
            or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_)
        ):
            start -= 1
        end = last.idx + len(last)
        texts = self._mention_texts()
        for j in range(start, last.i + 1):
            if doc[j].text == "-":
                continue
            actor = texts.get(doc_text(doc)[doc[j].idx : end].lower())
            # a single word names the actor only as the whole name ("Zawiya"), never as
            # the last word of a longer one ("Ali" of "Mustafa Ali")
            if actor is not None and (j < last.i or j == start):
                return actor
        return None

    def _mention_texts(self) -> dict[str, Actor]:
        """The document's actor mentions by their lower-case text (a name said of two actors
        names neither)."""
        if self._texts is None:
            found: dict[str, Actor | None] = {}
            for s, e, a in self.mentions:
                key = doc_text(self.doc)[s:e].lower()
                prev = found.get(key, a)
                found[key] = a if prev is not None and prev.key == a.key else None
            self._texts = {k: a for k, a in found.items() if a is not None}
        return self._texts

    def actor_type(self, key: str) -> str | None:
        """The type of the document's actor ``key`` (None when it is not one of them)."""
        return next((a.type for _s, _e, a in self.mentions if a.key == key), None)

    def is_person(self, tok: Token, actor: Actor | None) -> bool:
        """Whether ``tok`` (naming ``actor``, when it names one) stands for a person."""
        if actor is not None:
            return actor.type == "person"
        if tok.lower_ in {"who", "whom"}:
            return True  # "two men who were kidnapped": "who" stands for people
        if (tok.like_num and tok.pos_ == "NUM") or tok.lemma_.lower() in {
            "dozen",
            "dozens",
            "score",
            "scores",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "number",
            "handful",
        }:
            # "killing dozens of civilians", "four of their colleagues": people, counted
            return any(
                self.is_person(g, None)
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            )
        if tok.ent_type_ in {"PERSON", "NORP"} or tok.lemma_.lower() in self.person_nouns:
            return True
        # "Ana Ruiz, a union organiser": a name the tagger left untyped, its apposition a
        # person's role
        return tok.pos_ == "PROPN" and any(
            c.dep_ == "appos"
            and (c.lemma_.lower() in self.person_nouns or c.lemma_.lower() in self.role_nouns)
            for c in tok.children
        )

    def owned_thing(self, tok: Token, actor: Actor | None) -> bool:
        """A building or vehicle noun heading its phrase, the person named in it no more
        than its owner or name ("Pedro Ruiz's house", "the Balboa hospital ambulance")."""
        things = self.rules.words("owned_thing_nouns") | self.rules.words("escort_nouns")
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in things:
            return False
        return actor is None or not any(
            a.key == actor.key and s <= tok.idx < e for s, e, a in self.mentions
        )

    def site(self, tok: Token, actor: Actor | None) -> bool:
        """A site noun heading its phrase ("Ain al-Asad air base", "the Barkaram camp"),
        not named by the actor over its head ("the Bases" of a group's name)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.rules.words("site_nouns"):
            return False
        return actor is None or not any(
            a.key == actor.key and s <= tok.idx < e for s, e, a in self.mentions
        )

    def members_of(self, tok: Token, actor: Actor | None) -> bool:
        """People of a force or group named by a person noun ("five Venezuelan soldiers",
        "a Treasury Police member"), not the body itself ("the police", "troops")."""
        lemma = tok.lemma_.lower()
        return (
            actor is not None
            and tok.pos_ == "NOUN"
            and lemma in self.person_nouns
            and lemma not in self.rules.words("collective_person_nouns")
            and tok.lower_ not in self.rules.words("collective_person_nouns")
        )

    # ------------------------------------------- readers (see the modules they live in)

    def member_group(self, head: Token) -> Actor | None:
        """:func:`~dossier.extract.event_parties.member_group`."""
        return event_parties.member_group(self, head)

    def modifier_actors(self, head: Token) -> list[Actor]:
        """:func:`~dossier.extract.event_parties.modifier_actors`."""
        return event_parties.modifier_actors(self, head)

    def refer(self, tok: Token, depth: int = 2) -> Actor | None:
        """:func:`~dossier.extract.event_parties.refer`."""
        return event_parties.refer(self, tok, depth)

    def focal(self) -> Actor | None:
        """:func:`~dossier.extract.event_parties.focal`."""
        return event_parties.focal(self)

    def mention_before(self, actor: Actor | None, tok: Token) -> Span2 | None:
        """:func:`~dossier.extract.event_parties.mention_before`."""
        return event_parties.mention_before(self, actor, tok)

    def subjects(self, verb: Token) -> list[Token]:
        """:func:`~dossier.extract.event_parties.subjects` (computed once per verb; each call
        gets a new list of new tokens, as a fresh computation would)."""
        if verb.doc is not self.doc:
            return event_parties.subjects(self, verb)
        found = self._subjects.get(verb.i)
        if found is None:
            found = self._subjects[verb.i] = event_parties.subjects(self, verb)
        fresh: dict[int, Token] = {}
        return [fresh.setdefault(id(t), t.doc[t.i]) for t in found]

    def part_owner(self, tok: Token) -> Token | None:
        """:func:`~dossier.extract.event_objects.part_owner`."""
        return event_objects.part_owner(self, tok)

    def place_in(self, start: int, end: int) -> PlaceMention | None:
        """:func:`~dossier.extract.event_places.place_in`."""
        return event_places.place_in(self, start, end)

    def mode_of_attacker(self, tok: Token, type_id: str) -> str | None:
        """An ASSAULT mode from what attacked: "warplanes struck", "a drone hit"."""
        if type_id != "ASSAULT" or tok.pos_ not in {"VERB", "AUX"}:
            return None
        attackers = self.rules.raw.get("attacker_modes") or {}
        for subj in self.subjects(tok):
            mode = attackers.get(subj.lemma_.lower())
            if mode:
                return str(mode)
            # "a suicide bomber attacked", "two suicide bombers killed"
            for mod in (c for c in subj.children if c.dep_ in {"compound", "amod"}):
                mode = self.rules.raw.get("attacker_modifier_modes", {}).get(
                    f"{mod.lower_} {subj.lemma_.lower()}"
                )
                if mode:
                    return str(mode)
        return None

    def mode_from_words(self, tok: Token, type_id: str) -> str | None:
        """An ASSAULT mode from words of the trigger's own phrase ("suicide attack")."""
        if type_id != "ASSAULT":
            return None
        phrases = [tok]
        if tok.pos_ in {"VERB", "AUX"}:
            # "Malian army drone strikes killed five people": the mode of the strikes
            phrases += [
                c
                for c in tok.children
                if c.dep_ == "nsubj"
                and c.lemma_.lower() in self.rules.words("attack_subject_nouns")
            ]
        for phrase in phrases:
            for child in phrase.children:
                if child.dep_ in {"compound", "amod", "nmod"}:
                    mode = self.rules.mode_words.get(child.lower_)
                    if mode:
                        return mode
            if phrase is not tok:
                noun_mode = self.rules.noun_triggers.get(phrase.lemma_.lower())
                if noun_mode is not None and noun_mode[1]:
                    return noun_mode[1]
        # "forces struck 13 Houthi targets", "jets hit militant positions": strikes from afar
        if tok.lemma_.lower() in self.rules.words("remote_strike_verbs") and any(
            c.dep_ in {"dobj", "nsubjpass"}
            and c.lemma_.lower() in self.rules.words("remote_strike_objects")
            for c in tok.children
        ):
            return "aerial"
        return None

    # ----------------------------------------------------------------- arguments

    def included(self, noun: Token) -> list[Token]:
        """The named members of a collective with no name of its own: "armed factions,
        including Hamas and Fatah" → Hamas, Fatah."""
        if self.actor_in(noun.idx, noun.idx + len(noun), noun) is not None:
            return []
        out: list[Token] = []
        for t in noun.subtree:
            if t.lower_ in {"including", "among"} and t.dep_ == "prep":
                for g in t.children:
                    if g.dep_ == "pobj":
                        out += [g, *g.conjuncts]
        return [
            t for t in out if self.actor_in(t.idx, t.idx + len(t), t) is not None and t.i != noun.i
        ]

    def arguments(self, tok: Token, light: Token | None, type_id: str) -> Arguments:
        """Read the arguments of trigger ``tok`` (``light``: its light verb, if any)."""
        clause = clause_words(self, tok, light, type_id)
        perps, objects = clause.perps, clause.objects
        if type_id in {"ACCUSE", "REJECT"}:
            perps, objects = _passive_speech_act(tok, perps, objects)
        if type_id == "ACCUSE" and tok.lemma_.lower() in self.rules.words("allegation_verbs"):
            # (s18) "HRW alleged that the army killed villagers": who the alleged clause
            # tells of acting is accused
            objects = objects + [
                s for s in _alleged_subjects(tok) if s not in objects and s not in perps
            ]
        if type_id == "ASSAULT" and tok.pos_ not in {"VERB", "AUX"} and not perps:
            # (s22) "the insurgents' seizure of the port", "the militants' raid on Palma": a
            # generic armed word owning a deed noun did it (the report's group it stands for
            # is read below); never a noun whose owner suffered it ("the hostages' killing")
            perps = [
                c
                for c in tok.children
                if c.dep_ == "poss"
                and event_reference.generic_kind(c) == "armed"
                and tok.lemma_.lower() not in self.rules.words("patient_possessor_nouns")
            ]
        if type_id == "ASSAULT" and tok.pos_ in {"VERB", "AUX"}:
            # (s23) "shelled what the ministry termed rebel depots": the thing so named was hit
            objects = objects + [o for o in _named_objects(tok) if o not in objects]
        if type_id == "ASSAULT":
            # "Gomez's murder": the victim; "the kidnapping on 4 May of X": X
            owners = event_objects.patient_possessors(self, tok)
            perps = [p for p in perps if p not in owners]
            objects = [*objects, *owners, *event_objects.dated_of(tok)]
        place_hosts, claim = clause.place_hosts, clause.claim
        verbal = tok.pos_ in {"VERB", "AUX"}
        roles: list[tuple[str, str]] = []
        perp_spans: list[Span2] = []
        target_spans: list[Span2] = []
        victim_spans: list[Span2] = []
        initiator_types: set[str] = set()
        perp_role = "perpetrator" if type_id == "ASSAULT" else "initiator"
        set_off = (
            {p.i: event_reference.set_off_devices(p) for p in perps} if type_id == "ASSAULT" else {}
        )
        if tripped := [p for p in perps if set_off.get(p.i)]:
            # (s17) "an army patrol triggered a landmine", "two farmers stepped on a mine":
            # who set the device off was hit by it; who planted it ("a mine planted by the
            # guerrillas") attacked
            devices = [d for p in tripped for d in set_off[p.i]]
            perps = [p for p in perps if p not in tripped]
            perps += participle_agents(self, devices, "weapon_use_verbs", passive_only=True)
            objects = [*objects, *(t for t in tripped if t not in objects)]
        if not perps and type_id in event_reference.load_reference_lexicon().release_types:
            # (s17) "an RSF commander was quoted in a video circulated on Telegram"
            perps = event_reference.featured_party(self, tok)
        # "murdered by security forces or death squads": each conjunct acted
        perps = perps + [
            c
            for p in perps
            for c in p.conjuncts
            if c.i > p.i
            and c.pos_ in {"NOUN", "PROPN"}
            and c not in perps
            # "fighting broke out between A and B": B is the side A fought, not a second A
            and c not in objects
            # "struck by a drone boat and two anti-ship missiles": weapons, not who attacked
            and not weapon_word(self, c)
            # "appointed by Bamako, Colonel X": a name after a comma with no "and" or "or"
            # in the list is in apposition, no second party
            and _coordinated(p, c)
        ]
        # "troops commanded by Colonel X": their commander acted too
        perps += participle_agents(self, perps, "leader_verbs")
        # "X, who was arrested in Norway", "militants who stormed the base": the relative
        # pronoun stands for the noun the clause hangs on
        antecedent_of = tok.head if verbal and tok.dep_ in {"relcl", "acl"} else None
        perps = [
            antecedent_of if p.lower_ in RELATIVE and antecedent_of is not None else p
            for p in perps
        ]
        # "Ana Ruiz, who was kidnapped": "who" stands for a person
        people_named = {
            t.i
            for o in objects
            if o.lower_ in {"who", "whom"} and antecedent_of is not None
            for t in (antecedent_of, *antecedent_of.conjuncts)
        }
        objects = [
            antecedent_of if o.lower_ in RELATIVE and antecedent_of is not None else o
            for o in objects
        ]
        if antecedent_of is not None and antecedent_of in objects and _plural_verb(tok):
            # "A, B and C, who were captured": the relative clause on the last name of a
            # list tells of them all
            objects += [c for c in antecedent_of.conjuncts if c.i < antecedent_of.i]
        # "Armed factions in the camp, including Hamas and Fatah, clashed": the named ones
        perps += [m for p in perps for m in self.included(p)]
        for p in perps:
            if (before := _before_apposition(p)) is not None:
                # "appointed by Sanaa, Major-General X": X, parsed as the agent, is in
                # apposition to whom was appointed; the agent is what comes before the comma
                actor = self.actor_in(*before)
                # the name the document gives an actor elsewhere ("Kinshasa" for its
                # government)
                actor = actor or self._mention_texts().get(
                    doc_text(self.doc)[slice(*before)].lower()
                )
                if actor is not None:
                    roles.append((actor.key, perp_role))
                    initiator_types.add(actor.type)
                    perp_spans.append(before)
                continue
            actor = self.actor_in(*np_span(p), p) or self.member_group(p) or self.refer(p)
            actor = actor or self.named_tail(p) or event_parties.fighters_of_focus(self, p)
            # (s24) "the attackers, ADF fighters, raided", "the gunmen, members of a gang
            # called X,": the apposition names who they are
            actor = actor or event_parties.apposed_party(self, p)
            # (s17) "insurgents stormed the town", "security forces arrested five": the one
            # actor of the report the generic word stands for (event_reference)
            meant = (
                None
                if actor is not None
                else event_reference.resolve_generic(self, p, tok, acting=True)
            )
            actor = actor or meant
            if p.lower_ in RELATIVE:
                continue
            attack = self.rules.noun_triggers.get(p.lemma_.lower(), ("", None))[0] == "ASSAULT"
            if meant is not None:
                # the generic words are the text of who acted ("the insurgents"); the actor
                # they stand for is the role's
                perp_spans.append(np_span(p))
            elif actor is not None or not attack:  # "the bombing that killed 12": no one
                perp_spans.append(self.mention_before(actor, p) or np_span(p))
            for a in [actor, *self.modifier_actors(p), *event_parties.hyphen_partners(self, p)]:
                if a is not None and (a.key, perp_role) not in roles:
                    roles.append((a.key, perp_role))
                    initiator_types.add(a.type)
        # (s21) "X, alongside Y, attacked", "with Y, retook", "together with Y": the partner
        # of the doers acted too (never on a passive verb, whose partners were hit with it)
        doing = light if light is not None else (tok if verbal else None)
        if doing is not None and _passive(doing):
            doing = None
        for noun in event_parties.co_parties(self, doing, [p for p in perps if p in clause.perps]):
            partner = None if noun in objects else event_parties.co_party_actor(self, noun)
            if partner is not None and all(k != partner.key for k, _r in roles):
                roles.append((partner.key, perp_role))
                initiator_types.add(partner.type)
                perp_spans.append(np_span(noun))
        if type_id == "FOUND":
            # (s21) "founded through the merger of A, B and C", "formed when A and B agreed":
            # each group that came together founded it
            members = event_parties.founders(tok)
            if members and not roles:
                # the group founded, where the parser left it out of the clause: events.py
                # looks for it only where the arguments name no party, which the members
                # would now do
                founded = event_parties.founded_group(tok, self)
                if founded is not None:
                    roles.append((founded, "initiator"))
            for noun in members:
                lo, hi = noun.left_edge.idx, noun.idx + len(noun)
                member = event_parties.co_party_actor(self, noun) or self.actor_in(lo, hi, noun)
                if member is not None and all(k != member.key for k, _r in roles):
                    roles.append((member.key, "initiator"))
                    initiator_types.add(member.type)
        if claim[1] is not None and not any(r[0] == claim[1] for r in roles):
            roles.append((claim[1], perp_role))
        if type_id in event_reference.load_reference_lexicon().speech_types:
            # (s20) "X, the group's spokesman, denied": the body he speaks for says it too
            for party in event_reference.office_parties(self, tok, perps, type_id):
                if all(k != party.key for k, _r in roles):
                    roles.append((party.key, perp_role))
                    initiator_types.add(party.type)
        if type_id in event_reference.load_reference_lexicon().release_types:
            # (s20) "released a video via its news agency", "the group's media wing
            # released": the channel and the owner of the unit put it out too
            for partner in event_reference.release_partners(self, tok, perps, roles):
                roles.append((partner.key, perp_role))
                initiator_types.add(partner.type)
            # (s21) "a video in which X called on ...", "X said in the clip": who speaks in
            # the medium for its releaser put it out too (never a captive made to speak)
            speakers = [s for s in event_reference.featured_speakers(self, tok) if s not in perps]
            releasers = {k for k, _r in roles}
            for actor in event_reference.releasing_voices(self, tok, speakers, releasers, type_id):
                if all(k != actor.key for k, _r in roles):
                    roles.append((actor.key, perp_role))
                    initiator_types.add(actor.type)
        believed = False
        if type_id == "ASSAULT" and not any(r[1] == perp_role for r in roles):
            # "the kidnappers, whom they believe belong to the X gang": X
            group, believed = event_parties.attackers_group(self, tok)
            if group is not None:
                roles.append((group.key, perp_role))
                initiator_types.add(group.type)
        said = (
            event_reference.believed_identity(self, tok)
            if tok.pos_ in {"VERB", "AUX"} and not any(r[1] == perp_role for r in roles)
            else None
        )
        if said is not None:
            # (s17) "gunmen believed to be members of X killed four", "militants thought to
            # belong to X": the doers are only believed to be X's (suspected)
            doer, group, named = said
            believed = True
            if not perp_spans:
                perp_spans.append(np_span(doer))
            if group is not None and named is not None and all(k != group.key for k, _r in roles):
                roles.append((group.key, perp_role))
                initiator_types.add(group.type)
                perp_spans.append(named)
        # what "fired automatic weapons" or "hurled a grenade" used is no target
        used = self.rules.verb_objects.get(tok.lemma_.lower(), {}) if type_id == "ASSAULT" else {}
        if type_id == "ASSAULT":
            # "attacked A, B, public works Minister X's home, and C": a list misparsed
            objects += [t for o in objects for t in event_objects.list_tail(o) if t not in objects]
        # "damaged the windows of the consulate": the consulate was hit
        objects = [self.part_owner(o) or o for o in objects]
        # "opened fire on": "fire" is part of the trigger, no target
        phrase = {
            words[1]
            for words, _type_mode in self.rules.phrases_by_first_word.get(tok.lemma_.lower(), ())
            if len(words) == 2
        }
        for o in dict.fromkeys(expand(objects)):
            lem = o.lemma_.lower()
            if o.lower_ in RELATIVE or self.rules.weapon_mode(lem) or lem in used:
                continue
            if o.head.i == tok.i and lem in phrase:
                continue
            if lem in self.rules.words("claim_objects"):
                continue  # "..., Islamic State claims responsibility": who claims is no target
            if type_id == "ARREST" and _charge_noun(o):
                # (s25) "arrested two traders on suspicion of selling fuel to X fighters": the
                # charge is no one held; the groups it names are read by suspected_groups,
                # which tells belonging to X from dealings with X
                continue
            if o.lower_ == "it" and (thing := thing_before(self, o)) is not None:
                o = thing  # "drove a car bomb into a military post, and gunmen stormed it"
            # "a patrol near a camp of the X Brigade": who owns the camp the patrol was near
            # was not hit
            actor = self.actor_in(*_object_span(o, self.rules.words("locative_preps")), o)
            actor = actor or self.refer(o) or self.named_tail(o)
            if (
                actor is None
                and type_id == "ASSAULT"
                and (holder := event_parties.possessed_site_owner(self, o)) is not None
            ):
                # (s23) "an assault on his stronghold", "overran their positions": the side
                # that held the thing, never the one that attacked it
                actor = holder if all(k != holder.key for k, _r in roles) else None
            if actor is None and (fought := event_parties.fighters_of_focus(self, o)) is not None:
                # "troops pounded the insurgents": the group just named, unless it is the
                # one that acts
                actor = fought if all(k != fought.key for k, _r in roles) else None
            if (
                actor is None
                and type_id in event_reference.load_reference_lexicon().opposed_types
                # "30 attackers were neutralised": the doers of another deed, told apart
                and o.lemma_.lower() not in self.rules.words("attacker_nouns")
                and o.lower_ not in self.rules.words("deed_doer_nouns")
                # "killed 30 suspected militants": the word is the killers' own, no group's
                and not any(c.lower_ in self.rules.words("suspect_modifiers") for c in o.children)
                and (meant := event_reference.resolve_generic(self, o, tok))
            ):
                # (s17) "troops shelled the insurgents", "militants ambushed soldiers": the
                # report's actor the word stands for, never one that is already a party
                actor = meant if all(k != meant.key for k, _r in roles) else None
            if actor is None and (any(c.dep_ == "poss" for c in o.children) or type_id == "ARREST"):
                # "repelled an assault on its forces"; "detained five recruiters for X",
                # "arrested fighters from X": the people held are their group's
                actor = self.member_group(o)
            if actor is None and o.lower_ in {"him", "her"}:
                o = antecedent(self, o, tok) or o  # "intercepted the judge and shot him"
                actor = self.actor_in(*np_span(o), o)
            person = self.is_person(o, actor) or (o.i in people_named and actor is None)
            if person and self.owned_thing(o, actor):
                person = False  # "the minister's house": a thing of the person's
            if self.site(o, actor):
                # "rockets struck Ain al-Asad air base": a site hit, the name before it the
                # site's (a person's name there names no one hit)
                person = False
                actor = actor if actor is not None and actor.type != "person" else None
            if type_id == "ASSAULT":
                role = "victim" if person else "target"
                # "five Venezuelan soldiers", "a Treasury Police member": people hit, though
                # the force they belong to takes the target's role
                people = person or self.members_of(o, actor)
                # "his murder": the victim's last mention before the pronoun
                span = (self.mention_before(actor, o) if o.pos_ == "PRON" else None) or (
                    _object_span(o)
                )
                (victim_spans if people else target_spans).append(span)
            elif type_id in {"ARREST", "ACCUSE", "SANCTION", "REJECT"}:
                role = "target"
            elif type_id == "FOUND":
                role = "initiator"  # the group founded is the subject of its founding
            elif type_id == "MOBILIZE":
                role = "initiator"  # the forces deployed are the ones who move
            else:
                role = "recipient"
            if actor is not None and not any(r[0] == actor.key for r in roles):
                roles.append((actor.key, role))
        if type_id == "ASSAULT":
            # (s21) "positions held by X", "a convoy of Nigerian soldiers and CJTF
            # militiamen": every side the thing hit belongs to was hit
            for o in dict.fromkeys(expand(objects)):
                for owner in event_parties.object_owners(self, o):
                    actor = event_parties.co_party_actor(self, owner)
                    if actor is not None and all(k != actor.key for k, _r in roles):
                        roles.append((actor.key, "victim" if actor.type == "person" else "target"))
                        target_spans.append(np_span(owner))
            # "seized the airport after army troops withdrew": the side that gave it up
            for side in event_objects.yielding_sides(self, tok, objects):
                actor = self.actor_in(*np_span(side), side) or self.member_group(side)
                actor = actor or self.refer(side)
                if actor is not None and not any(r[0] == actor.key for r in roles):
                    roles.append((actor.key, "target"))
                    target_spans.append(np_span(side))
        if type_id == "FOUND":
            roles = _split_targets(self, tok, roles)
            # (s23) "A and B merged into C": C was founded by the merger, as were A and B
            for made in event_parties.merger_results(tok):
                actor = self.actor_in(*np_span(made), made)
                if actor is not None and actor.type != "person":
                    roles = [r for r in roles if r[0] != actor.key] + [(actor.key, "initiator")]
        # "a ceasefire brokered by Qatar": who mediated an agreement is no party to it, even
        # where a party's phrase holds it ("with the junta in China-brokered talks")
        mediators = [
            a.key
            for m in clause.mediators
            if (a := self.actor_in(*np_span(m), m) or self.refer(m)) is not None
        ]
        roles = [r for r in roles if r[0] not in mediators]
        roles += [(k, "mediator") for k in dict.fromkeys(mediators)]
        weapon, weapon_spans, weapon_mode = weapon_of(self, tok, objects)
        fatalities, injured = effects_of(self, tok)
        # "killed X, ..., and two of his bodyguards in the village of Y": the parser may join
        # the count to the verb, and the place to the count
        counted = trailing_counts(tok, objects[0]) if verbal and objects else []
        place = event_place(
            self,
            [*place_hosts, *counted],
            # (s21) "detained three employees of a relief group in Sanaa": where the people
            # held were, for an arrest as for an attack
            [*objects, *counted] if type_id in {"ASSAULT", "ARREST"} else (),
            # "abducted 20 students from a school in Kuriga"
            removal=self.rules.verb_triggers.get(tok.lemma_.lower(), ("", None))[1] == "abduct",
        )
        if place is None and type_id == "ARREST":
            # (s21) "arrested the mayor of Djibo": read as objects, the people held give their
            # place phrases only; the place their own phrase names ("of Djibo") still says
            # where they were held, as it did before
            place = event_place(self, [*place_hosts, *counted])
        if type_id == "ASSAULT":
            # (s16) "ambushed an army vehicle", "attacked a checkpoint", "killing three
            # soldiers": the state's forces of the country the event is placed in were hit
            hit = event_parties.state_force_hit(
                self,
                [*objects, *event_objects.effect_patients(self, tok)],
                place or event_place(self, [tok]),
                roles,
                unnamed_attackers=any(event_reference.generic_kind(p) == "armed" for p in perps),
            )
            if hit is not None:
                roles.append((hit[0].key, "target"))
                target_spans.append(np_span(hit[1]))
            # (s22) "a raid ..., killing two IS members", "the strike killed five al-Shabaab
            # fighters": the group whose men the effect clause counts was hit
            for group, men in event_parties.effect_sides(self, tok, roles):
                roles.append((group.key, "target"))
                target_spans.append(np_span(men))
            # a person told as hit is never who did it ("X was riding home when a gunman
            # shot her")
            hurt = {k for k, r in roles if r == "victim"}
            roles = [r for r in roles if not (r[1] == perp_role and r[0] in hurt)]
        if type_id == "ASSAULT" and not any(r == perp_role for _k, r in roles):
            # (s17) "the shells were fired from RSF positions": who held them fired
            origin = event_reference.origin_party(self, tok)
            if origin is not None and all(k != origin[0].key for k, _r in roles):
                roles.append((origin[0].key, perp_role))
                initiator_types.add(origin[0].type)
                perp_spans.append(np_span(origin[1]))
        # (s17) "X was arrested in Oslo, police said": the reporting force did it
        told_by = event_reference.reporting_force(self, tok, type_id, roles)
        if told_by is not None and all(k != told_by.key for k, _r in roles):
            roles.append((told_by.key, perp_role))
            initiator_types.add(told_by.type)
        if type_id == "ARREST":
            # (s24) "arrested five men suspected of supplying fuel to ISSP", "detained 14,
            # accusing them of membership in X", "on suspicion of recruiting for X": the
            # group those held are charged with serving is a target of the arrest
            for group in event_parties.suspected_groups(self, tok, objects, roles):
                roles.append((group.key, "target"))
        if type_id in {"ASSAULT", "ARREST"}:
            # (s20) "a drone strike killed X, a commander of Y", "Z, leader of W, was
            # arrested": the group of the person hit or held is a target too
            for hit_key in event_parties.groups_of_persons_hit(self, roles, type_id):
                roles.append((hit_key, "target"))
        if place is None and verbal and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "drove a car bomb into a post in Mir Ali, and gunmen then stormed it"; "blocked
            # the road near X, checked papers and shot six": up a chain of verbs with one
            # subject, each hung on the one before
            place = event_place(self, [tok.head])
            up = tok.head
            while place is None and _chained(up):
                up = up.head
                place = event_place(self, [up])
        if place is None and type_id == "ARREST":
            # (s21) "gendarmes in Kaya arrested a councillor": where those who made the
            # arrest were
            place = event_places.doer_place(self, [p for p in perps if p in clause.perps])
        if place is None and type_id == "PROPAGANDA":
            # (s25) "released a video of the graduation of recruits in Kilo"
            place = event_places.content_place(self, tok)
        if place is None:
            # (s25) "Residents in Kidal said gunmen killed four herders"
            place = event_places.witness_place(self, tok)
        if place is None:
            # (s20) "KANO, March 11 (Reuters) - Police arrested a man ...": the lead
            # paragraph's dateline says where its event happened, where it names no place
            place = event_places.dateline_place(self, tok, [k for k, _r in roles])
        return Arguments(
            actor_roles=tuple(roles),
            perpetrator_spans=tuple(perp_spans),
            target_spans=tuple(target_spans),
            victim_spans=tuple(victim_spans),
            weapon_spans=tuple(weapon_spans),
            place=place,
            fatalities=fatalities,
            injured=injured,
            weapon=weapon,
            mode=weapon_mode,
            responsibility=claim[0] or ("suspected" if believed or hedged(self, perps) else None),
            responsibility_by=claim[1],
            initiator_types=frozenset(initiator_types),
        )


def _breaks(text: str, start: int, end: int) -> list[int]:
    """The offsets of the line breaks in ``text[start:end]``."""
    return [start + i for i, c in enumerate(text[start:end]) if c == "\n"]


def _closed_break(text: str, at: int) -> bool:
    """(s22b) The line break at ``at`` closes its line: a blank line is next or was before,
    or the line ends in a closing mark (``line_closing_marks``: a dateline's "(Reuters) -", a
    heading's colon, a full stop); a dash only after a space ("Tin-\nHama" is one word). A
    hard-wrapped paragraph's line that stops on a word or a comma runs on into the next."""
    line = text[max(0, at - 80) : at].rstrip(" \t\r")  # the line's end is enough
    if not line or line.endswith("\n") or text[at + 1 : at + 2] in {"\n", "\r"}:
        return True
    last = line[-1]
    if last not in event_parties.reference_words("line_closing_marks"):
        return False
    return last not in "-\u2013\u2014" or line[-2:-1].isspace()


def _chained(verb: Token) -> bool:
    """The verb is the middle of a chain of verbs sharing the subject of the first one
    ("blocked the road, checked papers and shot six": "checked")."""
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and verb.head.i < verb.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _coordinated(first: Token, conjunct: Token) -> bool:
    """A conjunction ("and", "or", "as well as") joins the list of ``first`` and its
    ``conjunct``, not a bare comma."""
    doc = first.doc
    last = max(t.i for t in (first, *first.conjuncts))
    return any(
        t.dep_ == "cc" or t.lower_ in {"and", "or", "&", "nor"}
        for t in doc[first.i : max(last, conjunct.i) + 1]
    )


def _alleged_subjects(tok: Token) -> list[Token]:
    """The subjects of the clause an allegation verb takes ("alleged that the army ...")."""
    return [
        g
        for c in tok.children
        if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}
        for g in c.children
        if g.dep_ == "nsubj" and g.tag_ not in {"WP", "WDT", "PRP"}
    ]


def _passive_speech_act(
    tok: Token, perps: list[Token], objects: list[Token]
) -> tuple[list[Token], list[Token]]:
    """(s18) "The ELN stands accused by Amnesty of killing ...", "X was blamed by the army
    for ...": the "by" agent of a passive accusation made it; who is accused (the passive's
    subject) is its target, not a second accuser."""
    agents = by_agents(tok, conjuncts=True)
    if tok.tag_ != "VBN" or not agents:
        return perps, objects
    accused = [p for p in perps if p not in agents]
    return agents, [*objects, *(a for a in accused if a not in objects)]


def _before_apposition(agent: Token) -> Span2 | None:
    """The words before the comma of a "by" agent the parser joined to a person's name in
    apposition after it ("appointed by Sanaa, Major-General Ahmed Nasser": "Sanaa"), when
    the head is that person's name."""
    if agent.dep_ != "pobj" or agent.head.dep_ != "agent" or agent.ent_type_ != "PERSON":
        return None
    first = agent.left_edge
    comma = next((t for t in agent.doc[first.i : agent.i] if t.text == ","), None)
    if comma is None or comma.i == first.i:
        return None
    last = agent.doc[comma.i - 1]
    return first.idx, last.idx + len(last)


def _plural_verb(verb: Token) -> bool:
    """The verb agrees with a plural subject ("who were captured", "who have been held")."""
    return (
        any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP"} or c.lower_ in {"were", "are"}
            for c in verb.children
        )
        or verb.tag_ == "VBP"
    )


def _charge_noun(tok: Token) -> bool:
    """(s25) The noun of an arrest's charge ("on suspicion of ...", "on charges of ...",
    "over links with ..."), which the parser may give the arrest as an object: only in a
    prepositional phrase, never the people held ("arrested three X suspects")."""
    cues = event_parties.reference_words("arrest_suspicion_words")
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and (tok.lower_ in cues or tok.lemma_.lower() in cues)
    )


def _object_span(tok: Token, preps: frozenset[str] | None = None) -> Span2:
    """The phrase of what was hit, ending before any place or time phrase after its head
    that a misparse pulled into it ("institutes in Vina del Mar, Talca"); with ``preps``, only
    before a phrase of those prepositions."""
    start, end = np_span(tok)
    cut = [
        c
        for c in tok.children
        if c.dep_ == "prep"
        and c.lower_ != "of"
        and c.i > tok.i
        and (preps is None or c.lower_ in preps)
    ]
    if cut:
        last = tok.doc[min(c.i for c in cut) - 1]
        end = min(end, max(last.idx + len(last), tok.idx + len(tok)))
    return start, end


def _passive(verb: Token) -> bool:
    """The verb is passive ("was killed alongside two guards"): its partners were hit with
    its patient, they did nothing."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _split_targets(
    finder: ArgumentFinder, tok: Token, roles: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """(s23) "a faction that broke away from the MNLA", "split from him last year": the group
    left is the target of the founding its split tells (a person left stands for the group he
    leads or belongs to); never the group founded itself."""
    sources = event_parties.split_sources(finder, tok)
    if not sources:
        return roles
    founded = {k for k, r in roles if r == "initiator"}
    out = list(roles)
    if not founded:
        # the group that split, out of the clause's reach ("X, a faction that broke away
        # from Y"): without it the split tells no founding of anyone named here
        group = event_parties.founded_group(tok, finder) or _split_group(finder, tok)
        if group is None:
            return roles
        founded = {group}
        out = [r for r in out if r[0] != group] + [(group, "initiator")]
    for src in sources:
        actor = finder.actor_in(*np_span(src), src) or finder.refer(src)
        if actor is None:
            continue
        key = actor.key
        if actor.type == "person":
            key = finder.person_groups.get(key) or ""
        if not key or (key in founded and len(founded) == 1):
            continue
        out = [r for r in out if r[0] != key]
        out.append((key, "target"))
    return out


def _split_group(finder: ArgumentFinder, tok: Token) -> str | None:
    """The group a relative clause of a split tells of: "Jund al-Aqsa, which broke away",
    "X, a faction that broke away" (the name the described noun is in apposition to)."""
    if tok.dep_ != "relcl":
        return None
    host = tok.head
    for cand in (host, host.head if host.dep_ == "appos" else None):
        if cand is None:
            continue
        actor = finder.actor_in(*np_span(cand), cand)
        if actor is not None and actor.type in finder.group_types:
            return actor.key
    return None


def _named_objects(verb: Token) -> list[Token]:
    """(s23) What a free relative on the verb names ("hit what the navy called two radar
    sites", "shelled at what it labelled militia depots", "bombed what the army described
    as Y hideouts"): the noun the naming verb (``hit_naming_verbs``) gives its "what" object,
    its object predicate or its "as" phrase."""
    naming = event_parties.reference_words("hit_naming_verbs")
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "dobj", "xcomp"}]
    clauses += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
    ]
    out: list[Token] = []
    for cl in clauses:
        if cl.lemma_.lower() not in naming or not any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ == "what" for c in cl.children
        ):
            continue
        out += [c for c in cl.children if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}]
        out += [
            g
            for c in cl.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
        ]
    return out
