"""Arguments of one event trigger, read off the dependency parse; merging event mentions.

:class:`ArgumentFinder` answers, for a trigger token: who did it (subject, "by" agent,
possessor, the subject of a light verb such as "carried out"), to whom or what (object,
passive subject, "on/against"), where ("in/at/near" on the trigger or its object), with what
(weapon lexicon), how many were killed or injured, and who claimed it. :func:`merge_frames`
folds several mentions of one event into one frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dossier.extract.common import is_heading, most_named_group
from dossier.extract.event_effects import claim_of, effects_of, weapon_of
from dossier.extract.event_rules import EventRules
from dossier.records import Actor, NumberRange, PlaceMention
from dossier.resolve.actor_gazetteer import load_actor_gazetteer

__all__ = ["ArgumentFinder", "Arguments", "Span2", "clause_head", "np_span"]

Span2 = tuple[int, int]
_RELATIVE = {"that", "which", "who", "whom", "whose"}
_PRONOUN_ORG = {"it", "its", "they", "them", "their"}
_PRONOUN_PERSON = {"he", "him", "his", "she", "her"}
_PLACE_PREPS = {"in", "at", "near", "inside", "outside", "around", "outskirts"}
_PERP_ROLES = {"perpetrator", "initiator"}
_ARMED_KNOWN = {"armed_group", "militia", "criminal_group"}
# most specific first; an unresolved place entity is usually a small town
_PLACE_RANK = {"site": 0, "city": 1, "": 2, "admin2": 3, "admin1": 4, "region": 5, "country": 6}


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


def clause_head(tok: Token) -> Token:
    """The verb whose clause a (noun) trigger belongs to, or the trigger itself."""
    cur = tok
    while (
        cur.pos_ not in {"VERB", "AUX"}
        and cur.head.i != cur.i
        and cur.dep_
        in {
            "dobj",
            "pobj",
            "prep",
            "nsubj",
            "nsubjpass",
            "attr",
            "appos",
            "conj",
            "compound",
            "npadvmod",
        }
    ):
        cur = cur.head
    return cur if cur.pos_ in {"VERB", "AUX"} else tok


def np_span(tok: Token) -> Span2:
    """The noun phrase headed by ``tok`` without determiners, relative clauses or appositions."""
    keep = [t for t in tok.subtree if not _in_dropped(t, tok)]
    keep = [t for t in keep if t.dep_ not in {"det", "punct", "predet"} or t.i > tok.i]
    if not keep:
        return tok.idx, tok.idx + len(tok)
    start = min(t.idx for t in keep)
    end = max(t.idx + len(t) for t in keep if t.i <= _right_limit(tok))
    return start, max(end, tok.idx + len(tok))


def _extent(tok: Token) -> Span2:
    """A phrase with its prepositional and appositive modifiers, up to any clause in it."""
    keep = [t for t in tok.subtree if not _in_clause(t, tok)]
    return min(t.idx for t in keep), max(t.idx + len(t) for t in keep)


def _in_clause(t: Token, head: Token) -> bool:
    cur = t
    while cur.i != head.i:
        if cur.dep_ in {"relcl", "acl", "advcl", "ccomp", "xcomp"}:
            return True
        cur = cur.head
    return False


def _in_dropped(t: Token, head: Token) -> bool:
    cur = t
    while cur.i != head.i:
        if cur.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"} or (
            cur.dep_ == "prep" and cur.lower_ not in {"of"}
        ):
            return True
        cur = cur.head
    return False


def _right_limit(tok: Token) -> int:
    last = tok.i
    for t in tok.subtree:
        if not _in_dropped(t, tok) and t.i > last:
            last = t.i
    return last


def _after_heading(subj: Token) -> Token:
    """The subject after an incident heading the parser took for it: in "18 March 2024,
    Paktika (Afghanistan): Pakistani jets struck ...", "jets", not "Paktika"."""
    colon = next((c for c in subj.children if c.is_punct and c.text.endswith(":")), None)
    if colon is None:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > colon.i), subj)


def _same_party(appos: Token) -> bool:
    """An apposition naming the same party again ("the group, Boko Haram"), not one that
    names it through another ("JNIM, al-Qaeda's affiliate", "ISWAP, a branch of ISIS")."""
    if appos.pos_ == "PROPN":
        return True
    return appos.pos_ == "NOUN" and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in appos.children
    )


def participle_hosts(tok: Token) -> list[Token]:
    """ "launched a wave of attacks in Catatumbo in January, killing 80": a participle with no
    subject of its own happened where and when the verb it hangs on did; that verb, its
    object and the object's "of" noun host its place and date."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"advcl", "conj"}:
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children):
        return []
    gov = tok.head
    while gov.dep_ == "conj" and gov.tag_ == "VBG" and gov.head.i != gov.i:
        gov = gov.head
    if gov.i == tok.i or gov.pos_ not in {"VERB", "AUX"}:
        return []
    hosts = [gov]
    for obj in (c for c in gov.children if c.dep_ == "dobj"):
        hosts.append(obj)
        hosts += [
            g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
    return hosts


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
            ((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda x: x[0]
        )
        self.parents = {a.key: a.parent for a in actors if a.parent}
        self.group_types = rules.words("group_types")
        self.group_nouns = rules.words("group_nouns")
        self.person_nouns = rules.words("person_nouns")
        self.role_nouns = rules.words("role_nouns")

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
        inside = [(s, e, a) for s, e, a in self.mentions if start <= s and e <= end]
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
                people = [
                    a for s, e, a in self.mentions if lo <= s and e <= hi and a.type == "person"
                ]
                if people:
                    return people[0]
        return inside[0][2] if inside else None

    def _names_actor(self, head: Token) -> bool:
        """The phrase is an actor itself ("stormed the Wagner camp" is no place), not a thing
        an actor word modifies ("the Karachi police headquarters")."""
        actor = self.actor_in(*np_span(head), head)
        if actor is None:
            return False
        return any(s <= head.idx < e for s, e, a in self.mentions if a.key == actor.key) or not any(
            c.dep_ == "compound" for c in head.children
        )

    def member_group(self, head: Token) -> Actor | None:
        """The group whose members a noun names: "Fighters from the Islamic State West Africa
        Province", "members of al-Shabaab"."""
        if head.lemma_.lower() in {"group", "band", "squad", "cell", "unit", "commando"}:
            # "a group of terrorists from the FAL": the group its members come from
            members = [
                g
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for g in prep.children
                if g.dep_ == "pobj" and g.ent_type_ not in {"ORG", "NORP"}
            ]
            for host in [head, *members]:
                for prep in host.children:
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                            actor = self.actor_in(*_extent(pobj), pobj)
                            if actor is not None and actor.type != "person":
                                return actor
            return None
        if head.lemma_.lower() not in self.rules.words("member_nouns"):
            return None
        for poss in head.children:
            # "its gunmen killed ...": the group "its" stands for
            if poss.dep_ == "poss" and poss.lower_ in {"its", "their"}:
                actor = self.refer(poss)
                if actor is not None and actor.type in self.group_types:
                    return actor
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}:
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    actor = self.actor_in(*_extent(pobj), pobj)
                    if actor is not None and actor.type != "person":
                        return actor
        return None

    def modifier_actors(self, head: Token) -> list[Actor]:
        """The actors named before a common noun head: "Rwandan and Mozambican forces",
        "US and Afghan troops" (all of them, where :meth:`actor_in` gives one)."""
        if head.pos_ != "NOUN":
            return []
        lo, hi = head.left_edge.idx, head.idx + len(head)
        return [a for s, e, a in self.mentions if lo <= s and e <= hi]

    def _hedged(self, perps: Sequence[Token]) -> bool:
        """ "suspected Boko Haram militants", "alleged gunmen": perpetrators only suspected."""
        words = self.rules.words("suspect_modifiers")
        return any(c.dep_ == "amod" and c.lower_ in words for p in perps for c in p.children)

    def actor_type(self, key: str) -> str | None:
        """The type of the document's actor ``key`` (None when it is not one of them)."""
        return next((a.type for _s, _e, a in self.mentions if a.key == key), None)

    def _subject_of(self, sent: Span, depth: int) -> Actor | None:
        """The armed group or organisation that is the subject of a sentence's main verb,
        through a pronoun or "the group" (at most ``depth`` sentences back), else None."""
        subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects or sent.root.pos_ not in {"VERB", "AUX"}:
            return None
        subj = subjects[0]
        actor = self.actor_in(*np_span(subj), subj)
        if actor is not None:
            return actor if actor.type in self.group_types else None
        if depth > 0:
            return self.refer(subj, depth - 1)
        return None

    def refer(self, tok: Token, depth: int = 2) -> Actor | None:
        """The actor a pronoun or "the group/organization" stands for (nearest before it)."""
        low = tok.lower_
        det = [c.lower_ for c in tok.children if c.dep_ == "det"]
        person = low in _PRONOUN_PERSON
        if not (
            low in _PRONOUN_ORG
            or person
            or (tok.lemma_.lower() in self.group_nouns and det[:1] == ["the"])
        ):
            return None
        speaker = self._speaker_of_self(tok)
        if speaker is not None:
            return speaker
        sents = list(self.doc.sents)
        sent_i = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        floor = sents[max(sent_i - 2, 0)].start_char
        new_section = False
        for back in range(sent_i - 1, max(sent_i - 3, -1), -1):
            if is_heading(sents[back].text):
                # under a heading, "the group" is the report's own subject
                floor, new_section = sents[back].end_char, True
                break
        best = None
        best_start = -1
        armed_seen = False
        for s, _e, a in self.mentions:
            if s >= tok.idx:
                break
            if s < floor:
                continue
            if (a.type == "person") == person and (person or a.type in self.group_types):
                # "the group" after "Villa Somalia": a known armed group beats an unknown
                # organisation named after it
                armed = a.type in _ARMED_KNOWN
                if armed or not armed_seen:
                    best = a
                    best_start = s
                    armed_seen = armed_seen or armed
        if best is None and not person and (new_section or det[:1] == ["the"]):
            return self.focal()
        if (
            best is not None
            and not person
            and best_start < sents[sent_i].start_char
            and sent_i > 0
            and not is_heading(sents[sent_i - 1].text)
        ):
            # nothing earlier in the sentence: the subject of the sentence before carries
            # on ("It had been the al-Qaeda affiliate until 2016 ... The United States
            # designated the group": "It", hence HTS, not al-Qaeda)
            carried = self._subject_of(sents[sent_i - 1], depth)
            if carried is not None:
                return carried
        # a country named after the group is the likelier antecedent of "it"
        if (
            best is not None
            and low in {"it", "its"}
            and (
                any(
                    best_start < p.start < tok.idx and p.place and p.place.feature == "country"
                    for p in self.places
                )
                # a state named as a political actor ("criticize Iran") is no place mention
                or any(
                    best_start < e.start_char < tok.idx for e in self.doc.ents if e.label_ == "GPE"
                )
            )
        ):
            return None
        return best

    def focal(self) -> Actor | None:
        """The armed group the report is about (:func:`most_named_group`), or None."""
        key = most_named_group((a.key, a.type) for _s, _e, a in self.mentions)
        return next((a for _s, _e, a in self.mentions if a.key == key), None) if key else None

    def _speaker_of_self(self, tok: Token) -> Actor | None:
        """ "Jamaat-ul-Ahrar, a TTP faction, said it carried out the attack": the subject of
        a reported clause speaks of itself (an organisation; "he" for a person)."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "ccomp":
            return None
        say = verb.head
        if say.lemma_.lower() not in self.rules.words("say_verbs"):
            return None
        for subj in (c for c in say.children if c.dep_ == "nsubj"):
            actor = self.actor_in(*np_span(subj), subj)
            if actor is not None and (actor.type == "person") == (tok.lower_ in _PRONOUN_PERSON):
                return actor
        return None

    def mention_before(self, actor: Actor | None, tok: Token) -> Span2 | None:
        """For a pronoun or "the group": the span of the actor's last mention before it."""
        if actor is None or not (
            tok.lower_ in _PRONOUN_ORG | _PRONOUN_PERSON or tok.pos_ == "NOUN"
        ):
            return None
        if self.actor_in(*np_span(tok), tok) is actor:
            return None
        spans = [(s, e) for s, e, a in self.mentions if a.key == actor.key and s < tok.idx]
        return spans[-1] if spans else None

    def _attack_preps(self, type_id: str) -> frozenset[str]:
        if type_id == "ASSAULT":
            return self.rules.words("attack_preps") or frozenset({"on", "against"})
        return frozenset({"on", "against"})

    def _attacked(self, pobj: Token) -> bool:
        """An object of "fired at/on", not a place or a time ("at dawn", "into Kabul")."""
        if pobj.dep_ != "pobj":
            return False
        if pobj.lemma_.lower() in self.rules.words("route_nouns"):
            return False  # "on the coastal highway" says where, not what was hit
        if pobj.ent_type_ in {"DATE", "TIME"}:
            return False  # "on 3 May"
        if pobj.head.lower_ in {"on", "against"}:
            return True
        if pobj.ent_type_ in {"GPE", "LOC"}:
            return False
        # "at a USSR embassy vehicle": a place naming whose vehicle is no place
        place = self.place_in(*np_span(pobj))
        return place is None or not place.start <= pobj.idx < place.end

    def _weapon_word(self, tok: Token) -> bool:
        """The noun names a weapon ("missiles", "drone boat"), not a party."""
        if self.rules.weapon_mode(tok.lemma_.lower()) or self.rules.weapon_mode(tok.lower_):
            return True
        mods = [c.lower_ for c in tok.lefts if c.dep_ in {"compound", "amod"}]
        return any(
            self.rules.weapon_mode(" ".join([*mods[i:], tok.lower_])) for i in range(len(mods))
        )

    def _identified_victims(self, tok: Token) -> list[Token]:
        """ "The victims of the attack were identified as A and B": A and B."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() != "victim":
            return []
        noun = prep.head
        verb = noun.head
        if noun.dep_ == "nsubjpass" and verb.lemma_.lower() == "identify":
            return [g for c in verb.children if c.lower_ == "as" for g in c.children]
        if noun.dep_ == "nsubj" and verb.lemma_.lower() == "be":
            return [c for c in verb.children if c.dep_ == "attr"]
        return []

    def _target_of(self, tok: Token) -> list[Token]:
        """ "The residence was the target of an attack": the residence."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() != "target":
            return []
        noun = prep.head
        if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
            return [c for c in noun.head.children if c.dep_ == "nsubj"]
        return []

    def _effect_patients(self, tok: Token) -> list[Token]:
        """Who a trigger's own effect clause names ("..., killing 22 cadets and the driver";
        "three people were killed in the attack")."""
        effects = self.rules.words("fatality_verbs") | self.rules.words("injury_verbs")
        verbs = [
            c
            for c in tok.children
            if c.dep_ in {"advcl", "conj", "relcl", "acl"} and c.lemma_.lower() in effects
        ]
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in effects | self.rules.words(
            "damage_verbs"
        ):
            # "the explosion killed two guards", "the blast damaged the consulate"
            verbs.append(tok.head)
        if tok.pos_ not in {"VERB", "AUX"}:
            # "N people were killed in the attack", "the attack, which killed N"
            for prep in tok.ancestors:
                if prep.dep_ == "prep" and prep.lower_ in {"in", "during", "by"}:
                    verb = prep.head
                    if verb.lemma_.lower() in effects and tok.head.i == prep.i:
                        verbs.append(verb)
                break
        out: list[Token] = []
        for v in verbs:
            out += [
                c
                for c in v.children
                if c.dep_ in {"dobj", "nsubjpass"}
                # "but injured no one"
                and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                and c.lower_ not in {"nobody", "none", "no-one"}
            ]
        return out

    def _blast_sites(self, tok: Token) -> list[Token]:
        """What a bomb went off at: "exploded outside the offices of FENASTRAS", "in front of
        a bank", "near the American embassy", "on the 6th floor of the Hilton hotel"."""
        if self.rules.mode_words.get(
            tok.lemma_.lower()
        ) != "explosives" and tok.lemma_.lower() not in {
            "explode",
            "detonate",
            "explosion",
            "blast",
            "blow",
        }:
            return []
        hosts = [tok]
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ == "VERB":
            hosts.append(tok.head)  # "a bomb exploded near ..."
        out: list[Token] = []
        for host in hosts:
            for prep in host.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.rules.words("blast_preps"):
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    site = self.part_owner(pobj) or pobj
                    if site.ent_type_ in {"DATE", "TIME", "GPE", "LOC"}:
                        continue
                    if self.place_in(*np_span(site)) is None:
                        out.append(site)
        return out

    def part_owner(self, tok: Token) -> Token | None:
        """The whole a part noun belongs to: "the windows of the consulate", "the front of a
        bank", "the 6th floor of the Hilton hotel" → the consulate, a bank, the hotel."""
        if tok.lemma_.lower() not in self.rules.words("part_nouns"):
            return None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
        return None

    def place_in(self, start: int, end: int) -> PlaceMention | None:
        """The most specific place named in ``[start, end)``.

        An entity the geocoder did not take for a place counts when the same name is a
        resolved place elsewhere in the document ("Bogotá" in the headline, taken for a person
        in the body). Names the gazetteer lacks are the geocoder's to keep or drop
        ("Barsalogho, in Burkina Faso's Centre-Nord region" it keeps).
        """
        found = [p for p in self.places if start <= p.start and p.end <= end]
        for ent in self.doc.ents:
            if not (start <= ent.start_char and ent.end_char <= end):
                continue
            if any(p.start < ent.end_char and ent.start_char < p.end for p in found):
                continue
            same = next((p.place for p in self.places if p.text == ent.text and p.place), None)
            if same is None:
                continue
            sent = next(i for i, x in enumerate(self.doc.sents) if x.start <= ent.start < x.end)
            found.append(PlaceMention(ent.start_char, ent.end_char, ent.text, sent, same))
        if not found:
            return None
        return min(
            found, key=lambda p: (_PLACE_RANK.get(p.place.feature if p.place else "", 2), p.start)
        )

    def _thing_before(self, pronoun: Token) -> Token | None:
        """What "it" stands for when the same sentence named a place or thing hit before it
        ("a military post ... stormed it"), not a group."""
        for t in reversed(self.doc[pronoun.sent.start : pronoun.i]):
            if t.dep_ in {"dobj", "pobj", "nsubjpass"} and t.pos_ == "NOUN":
                if self.actor_in(*np_span(t), t) is not None or self.is_person(t, None):
                    return None
                return t
        return None

    def _antecedent(self, pronoun: Token, trigger: Token) -> Token | None:
        """The person "him"/"her" stands for: the nearest person named or described before
        it in its sentence (not who acted), else the last one of the sentence before."""
        actors = {t.i for s in self.subjects(trigger) for t in s.subtree}
        sent = pronoun.sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        for scope in (range(pronoun.i - 1, sent.start - 1, -1), range(sent.start - 1, -1, -1)):
            for i in scope:
                t = self.doc[i]
                if prev is not None and i < prev.start:
                    break
                if i in actors or t.pos_ not in {"NOUN", "PROPN"} or t.dep_ == "compound":
                    continue
                if t.ent_type_ == "PERSON" or t.lemma_.lower() in self.person_nouns:
                    return t
        return None

    def is_person(self, tok: Token, actor: Actor | None) -> bool:
        if actor is not None:
            return actor.type == "person"
        return tok.ent_type_ in {"PERSON", "NORP"} or tok.lemma_.lower() in self.person_nouns

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
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "nmod"}:
                mode = self.rules.mode_words.get(child.lower_)
                if mode:
                    return mode
        # "forces struck 13 Houthi targets", "jets hit militant positions": strikes from afar
        if tok.lemma_.lower() in self.rules.words("remote_strike_verbs") and any(
            c.dep_ in {"dobj", "nsubjpass"}
            and c.lemma_.lower() in self.rules.words("remote_strike_objects")
            for c in tok.children
        ):
            return "aerial"
        return None

    # ----------------------------------------------------------------- arguments

    def arguments(self, tok: Token, light: Token | None, type_id: str) -> Arguments:
        """Read the arguments of trigger ``tok`` (``light``: its light verb, if any)."""
        perps: list[Token] = []
        objects: list[Token] = []
        place_hosts: list[Token] = [tok]
        claim: tuple[str | None, str | None] = (None, None)
        verbal = tok.pos_ in {"VERB", "AUX"}
        if verbal:
            perps += self.subjects(tok)
            place_hosts += participle_hosts(tok)
            # "Israeli strikes on Gaza killed 30 people": what and where the strikes hit
            for p in perps:
                if p.lemma_.lower() in self.rules.words("attack_subject_nouns"):
                    place_hosts.append(p)
                    objects += [
                        g
                        for c in p.children
                        if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                        for g in c.children
                        if g.dep_ == "pobj"
                    ]
            for c in tok.children:
                if c.dep_ in {"dobj", "nsubjpass"}:
                    objects.append(c)
                elif c.dep_ == "agent" or (
                    c.dep_ == "prep" and c.lower_ == "by" and tok.tag_ == "VBN"
                ):  # "murdered last Friday by uniformed individuals"
                    perps += [
                        p for p in c.children if p.dep_ == "pobj" and not self._weapon_word(p)
                    ]
                elif c.dep_ == "prep" and c.lower_ in self._attack_preps(type_id):
                    objects += [p for p in c.children if self._attacked(p)]
                elif (
                    c.dep_ == "prep"
                    and c.lower_ == "with"
                    and tok.lemma_.lower() in self.rules.words("combat_verbs")
                ):  # "clashed with ISSP near Anderamboukane": the other side
                    objects += [p for p in c.children if p.dep_ == "pobj"]
                elif (
                    c.dep_ == "prep"
                    and c.lower_ == "to"
                    and any(d.dep_ == "dobj" and d.lower_ == "fire" for d in tok.children)
                ):  # "set fire to the offices"
                    objects += [p for p in c.children if p.dep_ == "pobj"]
            if tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN" and tok.head.pos_ != "VERB":
                # "the assassinated Carlos Pizarro", "the houses destroyed by the bomb"
                noun = tok.head
                remains = [
                    g
                    for c in noun.children
                    if c.dep_ == "prep"
                    and c.lower_ == "of"
                    and noun.lemma_.lower() in self.rules.words("remains_nouns")
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                # "the bodies of the Jesuits murdered ...": the Jesuits were murdered
                objects += remains or [noun]
                # "murdered last Friday by uniformed individuals", the "by" hung on the noun
                perps += [
                    g
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i
                    for g in c.children
                    if g.dep_ == "pobj" and not self.rules.weapon_mode(g.lemma_.lower())
                ]
            if type_id == "PLEDGE":
                # "pledged allegiance to Abu Bakr al-Baghdadi": who receives the pledge
                heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
                objects += [
                    g
                    for h in heads
                    for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
            place_hosts += objects
            objects += self._effect_patients(tok) + self._blast_sites(tok)
        else:
            for c in tok.children:
                # "ISIS's attack", "an al-Shabaab bombing", "an Israeli airstrike"
                if c.dep_ in {"poss", "compound", "amod"} and (
                    self.actor_in(c.idx, c.idx + len(c), c) or c.lower_ in _PRONOUN_ORG
                ):
                    perps.append(c)
                elif c.dep_ == "prep" and c.lower_ == "by":
                    perps += [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ == "prep" and c.lower_ in {"on", "against", "of"}:
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        if p.ent_type_ in {"DATE", "TIME"}:
                            # "the attack on 15 December in Medellin": when (and where)
                            place_hosts.append(p)
                        else:
                            objects.append(p)
            gov = tok.head
            if light is not None:
                if tok.dep_ == "nsubjpass":
                    perps += [
                        g
                        for c in light.children
                        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                        for g in c.children
                        if g.dep_ == "pobj"
                    ]
                else:
                    perps += self.subjects(light)
                place_hosts.append(light)
                # "laid siege to the hotel", "mounted an attack on the base"
                for c in light.children:
                    if c.dep_ == "prep" and c.lower_ in {"on", "against", "to"}:
                        objects += [p for p in c.children if p.dep_ == "pobj"]
            elif tok.dep_ == "dobj" and gov.lemma_.lower() in self.rules.words("undergo_verbs"):
                for s in self.subjects(gov):
                    if self.place_in(s.idx, s.idx + len(s)):
                        place_hosts.insert(0, s)
                    else:
                        objects.append(s)
                place_hosts.append(gov)
            elif (
                tok.dep_ == "pobj"
                and gov.head.dep_ == "prep"
                and gov.head.head.lemma_.lower() == "responsibility"
            ):
                pass
            if type_id == "ASSAULT":  # "an assault on Bamako"
                place_hosts += [o for o in objects if o not in place_hosts]
                objects += self._identified_victims(tok) + self._target_of(tok)
            objects += self._effect_patients(tok) + self._blast_sites(tok)
            claim = claim_of(self, tok)
        roles: list[tuple[str, str]] = []
        perp_spans: list[Span2] = []
        target_spans: list[Span2] = []
        victim_spans: list[Span2] = []
        initiator_types: set[str] = set()
        perp_role = "perpetrator" if type_id == "ASSAULT" else "initiator"
        # "murdered by security forces or death squads": each conjunct acted
        perps = perps + [
            c
            for p in perps
            for c in p.conjuncts
            if c.i > p.i
            and c.pos_ in {"NOUN", "PROPN"}
            and c not in perps
            # "struck by a drone boat and two anti-ship missiles": weapons, not who attacked
            and not self._weapon_word(c)
        ]
        for p in perps:
            actor = self.actor_in(*np_span(p), p) or self.member_group(p) or self.refer(p)
            if p.lower_ in _RELATIVE:
                continue
            attack = self.rules.noun_triggers.get(p.lemma_.lower(), ("", None))[0] == "ASSAULT"
            if actor is not None or not attack:  # "the bombing that killed 12": no one
                perp_spans.append(self.mention_before(actor, p) or np_span(p))
            for a in [actor, *self.modifier_actors(p)]:
                if a is not None and (a.key, perp_role) not in roles:
                    roles.append((a.key, perp_role))
                    initiator_types.add(a.type)
        if claim[1] is not None and not any(r[0] == claim[1] for r in roles):
            roles.append((claim[1], perp_role))
        # what "fired automatic weapons" or "hurled a grenade" used is no target
        used = self.rules.verb_objects.get(tok.lemma_.lower(), {}) if type_id == "ASSAULT" else {}
        # "damaged the windows of the consulate": the consulate was hit
        objects = [self.part_owner(o) or o for o in objects]
        # "opened fire on": "fire" is part of the trigger, no target
        phrase = {
            words[1]
            for words, _type_mode in self.rules.phrases_by_first_word.get(tok.lemma_.lower(), ())
            if len(words) == 2
        }
        for o in self._expand(objects):
            lem = o.lemma_.lower()
            if o.lower_ in _RELATIVE or self.rules.weapon_mode(lem) or lem in used:
                continue
            if o.head.i == tok.i and lem in phrase:
                continue
            if lem in self.rules.words("claim_objects"):
                continue  # "..., Islamic State claims responsibility": who claims is no target
            if o.lower_ == "it" and (thing := self._thing_before(o)) is not None:
                o = thing  # "drove a car bomb into a military post, and gunmen stormed it"
            actor = self.actor_in(*np_span(o), o) or self.refer(o)
            if actor is None and o.lower_ in {"him", "her"}:
                o = self._antecedent(o, tok) or o  # "intercepted the judge and shot him"
                actor = self.actor_in(*np_span(o), o)
            person = self.is_person(o, actor)
            if type_id == "ASSAULT":
                role = "victim" if person else "target"
                (victim_spans if person else target_spans).append(np_span(o))
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
        weapon, weapon_spans, weapon_mode = weapon_of(self, tok, objects)
        fatalities, injured = effects_of(self, tok)
        place = self._place(
            place_hosts,
            objects if type_id == "ASSAULT" else (),
            # "abducted 20 students from a school in Kuriga"
            removal=self.rules.verb_triggers.get(tok.lemma_.lower(), ("", None))[1] == "abduct",
        )
        if place is None and verbal and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "drove a car bomb into a post in Mir Ali, and gunmen then stormed it"
            place = self._place([tok.head])
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
            responsibility=claim[0] or ("suspected" if self._hedged(perps) else None),
            responsibility_by=claim[1],
            initiator_types=frozenset(initiator_types),
        )

    def subjects(self, verb: Token) -> list[Token]:
        """The subjects of a verb, through relative clauses, conjunctions and complements."""
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        # "jets struck suspected hideouts", parsed with "struck" as an auxiliary holding
        # the subject
        subj += [
            g for c in verb.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"
        ]
        subj = [_after_heading(s) for s in subj]
        if subj and subj[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            return [verb.head]
        if not subj and verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
            head = verb.head
            if verb.dep_ == "xcomp":
                objs = [c for c in head.children if c.dep_ == "dobj"]
                if objs:
                    return objs
            if verb.dep_ == "conj" and head.dep_ == "xcomp":
                return self.subjects(head)
            if verb.dep_ == "conj" and head.lemma_.lower() in self.rules.words("say_verbs"):
                # "the ministry said the strikes killed three and wounded dozens", "wounded"
                # hung on "said": the reported clause's subject, not the speaker
                reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i]
                return self.subjects(reported[-1]) if reported else []
            return [c for c in head.children if c.dep_ == "nsubj"]
        return subj

    def _expand(self, toks: list[Token]) -> list[Token]:
        out: list[Token] = []
        for t in toks:
            out.append(t)
            more = [c for c in t.conjuncts if c.i > t.i and c.pos_ in {"NOUN", "PROPN"}]
            # "the two Italians, ..., together with Spaniard Francisco Puja": also hit
            more += [
                g
                for c in t.children
                if c.dep_ == "prep"
                and c.lower_ == "with"
                and any(a.lower_ in {"together", "along"} for a in c.children)
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for m in [t, *more]:
                if m is not t:
                    out.append(m)
                for c in m.children:
                    if c.dep_ == "appos" and _same_party(c):
                        # "two bodyguards, Dagoberto Rodriguez and Alfonso de Lima": each named
                        out += [c, *(x for x in c.conjuncts if x.i > c.i and x.pos_ == "PROPN")]
        return out

    def _place(
        self, hosts: list[Token], objects: Sequence[Token] = (), removal: bool = False
    ) -> PlaceMention | None:
        """Where the event happened: the most specific place the hosts name.

        Hosts are the trigger, its light verb and objects; their "in/at/near" phrases count,
        and so does an object that is itself a place ("stormed the town of Palma", "an
        assault on Bamako"). "killed farmers near the village of Zabarmari, in Borno State"
        happened at Zabarmari: the most specific place wins, the first host on a tie. For a
        ``removal`` (an abduction) the "from" phrase says where it happened too.
        """
        preps = _PLACE_PREPS | {"from"} if removal else _PLACE_PREPS
        cands: list[PlaceMention] = []
        for host in hosts:
            if host.dep_ in {"nsubj"}:
                p = self.place_in(host.idx, host.idx + len(host))
                if p:
                    return p
            for prep in host.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        p = self.place_in(*_extent(pobj))
                        if p:
                            cands.append(p)
            if host in objects and self.is_person(host, None):
                # "civilians digging trenches around Barsalogho": where the people were, but
                # "13 US service members" names no place
                for t in host.subtree:
                    if t.dep_ == "pobj" and t.head.lower_ in preps | {"around"}:
                        p = self.place_in(*_extent(t))
                        if p:
                            cands.append(p)
            elif host in objects and not self._names_actor(host):
                lo, hi = np_span(host)
                p = self.place_in(lo, max(hi, host.right_edge.idx + len(host.right_edge)))
                if p:
                    cands.append(p)
        if not cands:
            return None
        return min(cands, key=lambda p: _PLACE_RANK.get(p.place.feature if p.place else "", 2))
