"""What was hit: the objects an event trigger's clause names beyond its direct object.

Objects of "fired at/on" (:func:`attacked`), who an effect clause names ("..., killing 22
cadets": :func:`effect_patients`), what a bomb went off at (:func:`blast_sites`), the whole
a part noun belongs to (:func:`part_owner`), victims "identified as" and "the target of"
an attack, and the lists and appositions an object spreads over (:func:`expand`). Each
function takes the document's :class:`~dossier.extract.event_args.ArgumentFinder` first.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.event_parties import subjects
from dossier.extract.event_phrases import np_span, prep_objects, same_party
from dossier.extract.event_places import place_in

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder

__all__ = [
    "attack_preps",
    "attacked",
    "blast_sites",
    "effect_patients",
    "expand",
    "dated_of",
    "identified_victims",
    "list_tail",
    "part_owner",
    "patient_possessors",
    "target_of",
    "thing_before",
    "yielding_sides",
]


def attack_preps(finder: ArgumentFinder, type_id: str) -> frozenset[str]:
    """The prepositions that introduce what an event of ``type_id`` hit ("on", "against")."""
    if type_id == "ASSAULT":
        return finder.rules.words("attack_preps") or frozenset({"on", "against"})
    return frozenset({"on", "against"})


def attacked(finder: ArgumentFinder, pobj: Token) -> bool:
    """An object of "fired at/on", not a place or a time ("at dawn", "into Kabul")."""
    if pobj.dep_ != "pobj":
        return False
    if pobj.lemma_.lower() in finder.rules.words("route_nouns"):
        return False  # "on the coastal highway" says where, not what was hit
    if pobj.lemma_.lower() in finder.rules.words("boundary_nouns"):
        return False  # "on the A-B boundary", "on the outskirts of X": where, not what
    if pobj.ent_type_ in {"DATE", "TIME"}:
        return False  # "on 3 May"
    if pobj.head.lower_ in {"on", "against"}:
        return True
    if pobj.ent_type_ in {"GPE", "LOC"}:
        return False
    # "at a USSR embassy vehicle": a place naming whose vehicle is no place
    place = place_in(finder, *np_span(pobj))
    return place is None or not place.start <= pobj.idx < place.end


def identified_victims(tok: Token) -> list[Token]:
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


def target_of(tok: Token) -> list[Token]:
    """ "The residence was the target of an attack", "the objective of the attack was the
    town hall": the residence, the town hall."""
    if tok.dep_ == "compound" and tok.head.dep_ == "pobj":
        tok = tok.head  # "the target of bomb attacks": the trigger modifies the noun
    prep = tok.head
    if (
        tok.dep_ != "pobj"
        or prep.lower_ != "of"
        or prep.head.lemma_.lower() not in {"target", "objective", "goal"}
    ):
        return []
    noun = prep.head
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
        return [c for c in noun.head.children if c.dep_ == "attr"]
    return []


def effect_patients(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """Who a trigger's own effect clause names ("..., killing 22 cadets and the driver";
    "three people were killed in the attack")."""
    rules = finder.rules
    effects = rules.words("fatality_verbs") | rules.words("injury_verbs")
    # "bombs exploded, destroying two pharmacies and a bakery", "the school was burned and
    # five houses damaged": a clause of damage joined to the deed names what it hit
    clause_effects = effects | rules.words("damage_verbs")
    verbs = [
        c
        for c in tok.children
        if c.dep_ in {"advcl", "conj", "relcl", "acl"} and c.lemma_.lower() in clause_effects
    ]
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in effects | rules.words("damage_verbs"):
        # "the explosion killed two guards", "the blast damaged the consulate"
        verbs.append(tok.head)
    if tok.pos_ not in {"VERB", "AUX"}:
        # "N people were killed in the attack", "the attack, which killed N"
        for prep in tok.ancestors:
            if (prep.dep_ == "prep" and prep.lower_ in {"in", "during", "by"}) or (
                # "50 houses were damaged by the blast"
                prep.dep_ == "agent" and prep.lower_ == "by"
            ):
                verb = prep.head
                hurt = effects | (rules.words("damage_verbs") if prep.dep_ == "agent" else set())
                if verb.lemma_.lower() in hurt and tok.head.i == prep.i:
                    verbs.append(verb)
            break
    out: list[Token] = []
    for v in verbs:
        if _negated(v):
            continue  # "but did not damage the dam", "the blast did not kill the guards"
        out += [
            c
            for c in v.children
            if c.dep_ in {"dobj", "nsubjpass"}
            # "but injured no one"
            and not finder.rules.names_no_one(c)
        ]
    return out + _damaged(finder, tok)


def _negated(verb: Token) -> bool:
    """The verb carries its own negation ("did not damage", "never wounded"): the clause
    tells what the deed did not do."""
    return any(c.dep_ == "neg" for c in verb.children)


def _damaged(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """What an attack's "caused damage to" clause names: "the explosion caused serious
    damage to the embassy", "a bomb exploded, causing damage to the customs building"."""
    hosts = [tok, *([tok.head] if tok.dep_ == "nsubj" else [])]
    causes = [
        v
        for h in hosts
        for v in [h, *h.children]
        if (v is h and v is not tok) or v.dep_ in {"advcl", "conj", "relcl", "acl"}
        if v.lemma_.lower() in {"cause", "inflict", "do"}
    ]
    return [
        g
        for v in causes
        if not _negated(v)  # "did not cause damage to the embassy"
        for d in v.children
        if d.dep_ == "dobj" and d.lemma_.lower() in finder.rules.words("damage_verbs")
        for p0 in d.children
        if p0.dep_ == "prep" and p0.lower_ in {"to", "on"}
        # "damage to the embassy and to nearby houses": each "to" phrase
        for p in (p0, *(c for c in p0.conjuncts if c.lower_ in {"to", "on"}))
        for g in p.children
        if g.dep_ == "pobj"
    ]


def blast_sites(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """What a bomb went off at: "exploded outside the offices of FENASTRAS", "in front of
    a bank", "near the American embassy", "on the 6th floor of the Hilton hotel"."""
    rules = finder.rules
    placed = _placed_bomb(finder, tok)
    if (
        not placed
        and rules.mode_words.get(tok.lemma_.lower()) != "explosives"
        and tok.lemma_.lower()
        not in {
            "explode",
            "detonate",
            "explosion",
            "blast",
            "blow",
        }
    ):
        return []
    hosts = [tok]
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ == "VERB":
        hosts.append(tok.head)  # "a bomb exploded near ..."
    out: list[Token] = []
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ not in rules.words("blast_preps"):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                site = part_owner(finder, pobj) or pobj
                if site.ent_type_ in {"DATE", "TIME", "GPE", "LOC"}:
                    continue
                if placed and site.lemma_.lower() in rules.words("route_nouns"):
                    continue  # "planted a mine on the road": where, no target
                if place_in(finder, *np_span(site)) is None:
                    out.append(site)
    return out


def _placed_bomb(finder: ArgumentFinder, tok: Token) -> bool:
    """ "placed six bombs in bank branches", "a bomb planted inside the bus": a verb of
    placing with an explosive as its object; what it was placed in was hit."""
    if tok.lemma_.lower() not in finder.rules.words("bomb_placing_verbs"):
        return False
    explosives = finder.rules.verb_objects.get(tok.lemma_.lower(), {})
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and explosives.get(c.lemma_.lower(), ("", None))[1] == "explosives"
        for c in tok.children
    )


def part_owner(finder: ArgumentFinder, tok: Token) -> Token | None:
    """The whole a part noun belongs to: "the windows of the consulate", "the front of a
    bank", "the 6th floor of the Hilton hotel" → the consulate, a bank, the hotel."""
    if tok.lemma_.lower() not in finder.rules.words("part_nouns"):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def patient_possessors(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """ "Gomez's murder", "the senator's kidnapping": a person owning a noun of killing or
    abduction is who suffered it, not who did it, unless an "of" phrase names the victim
    ("the cartel's murder of the judge")."""
    if tok.pos_ in {"VERB", "AUX"} or tok.lemma_.lower() not in finder.rules.words(
        "patient_possessor_nouns"
    ):
        return []
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    ):
        return []
    return [
        c
        for c in tok.children
        if c.dep_ == "poss"
        and (
            c.pos_ == "PROPN"
            and finder.is_person(c, finder.actor_in(*np_span(c), c))
            # "responsible for his assassination": the person "his" stands for
            or c.lower_ in {"his", "her"}
            and (who := finder.refer(c)) is not None
            and who.type == "person"
        )
    ]


def dated_of(tok: Token) -> list[Token]:
    """ "the kidnapping on 15 May of Pedro Ruiz": the parser hangs the "of" phrase naming
    who was hit on the date; it belongs to the event noun."""
    if tok.pos_ in {"VERB", "AUX"}:
        return []
    hosts = [tok, *tok.conjuncts]
    if tok.dep_ == "dobj":
        hosts.append(tok.head)  # "condemned the murder on 3 May of ...": on the verb
    return [
        g
        for h in hosts
        for c in h.children
        if c.dep_ == "prep"
        for d in c.children
        if d.dep_ == "pobj" and d.ent_type_ in {"DATE", "TIME"}
        for g in _of_after_date(d)
    ]


_CALENDAR = frozenset(
    w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name)
)


def _datelike(tok: Token) -> bool:
    """A date the tagger may leave unmarked: "of 12 March" (a month or weekday name)."""
    return tok.ent_type_ in {"DATE", "TIME"} or tok.lower_.strip(".") in _CALENDAR


def _of_after_date(date: Token, depth: int = 3) -> list[Token]:
    """The first "of" object after a date phrase that is no part of the date: "on 15 May of
    X" → X; "on the evening of 15 May of X" → X (through the date's own "of")."""
    out: list[Token] = []
    for g in prep_objects(date, {"of"}):
        if not _datelike(g):
            out.append(g)
        elif depth > 0:
            out += _of_after_date(g, depth - 1)
    return out


_LIST_POS = {"ADJ", "NOUN", "PROPN", "NUM", "DET", "PART", "ADP"}


def list_tail(obj: Token) -> list[Token]:
    """The other items of a closed list after a verb's object that the parser took for a
    clause of its own ("attacked the residence, the hotel's security post, public works
    Minister X's home, and the electoral council", where "works" became a verb): from the
    comma after the object to the end of the sentence, only noun phrases parted by commas,
    the last after "and". Returns the head noun of each item."""
    if obj.dep_ != "dobj":
        return []
    doc, sent = obj.doc, obj.sent
    i = obj.right_edge.i + 1
    end = sent.end
    while end > i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if i >= end or doc[i].text != ",":
        return []
    items: list[list[Token]] = [[]]
    depth = 0
    last_and = 0
    for t in doc[i + 1 : end]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth:
            continue
        elif t.text in {",", ";"}:
            nxt = doc[t.i + 1] if t.i + 1 < end else None
            if nxt is not None and nxt.lower_ in {"which", "who", "all", "both", "each"}:
                break  # "..., and other shops, all of which are near the embassy"
            items.append([])
        elif t.lower_ in {"and", "or"} and t.pos_ == "CCONJ":
            if items[-1]:
                items.append([])
            last_and = len(items)
        elif t.pos_ in _LIST_POS or t.text in {"-", "'", '"', "'s"} or _plural_compound(t):
            if t.pos_ == "ADP" and t.lower_ != "of":
                return []
            items[-1].append(t)
        else:
            return []
    items = [x for x in items if x]
    if len(items) < 2 or last_and < len(items):
        return []
    heads = []
    for item in items:
        nouns = [t for t in item if t.pos_ in {"NOUN", "PROPN"}]
        of = next((k for k, t in enumerate(item) if t.lower_ == "of"), None)
        before = [t for t in (item[:of] if of is not None else item) if t.pos_ in {"NOUN", "PROPN"}]
        if not nouns or item[-1].pos_ not in {"NOUN", "PROPN"}:
            return []
        heads.append(before[-1] if before else nouns[-1])
    return heads


def _plural_compound(t: Token) -> bool:
    """A plural noun the tagger read as a verb inside a name ("public works Minister")."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    return (
        t.tag_ == "VBZ"
        and t.lower_.endswith("s")
        and nxt is not None
        and nxt.pos_ in {"NOUN", "PROPN"}
        and nxt.text[:1].isupper()
    )


def thing_before(finder: ArgumentFinder, pronoun: Token) -> Token | None:
    """What "it" stands for when the same sentence named a place or thing hit before it
    ("a military post ... stormed it"), not a group."""
    for t in reversed(finder.doc[pronoun.sent.start : pronoun.i]):
        if t.dep_ in {"dobj", "pobj", "nsubjpass"} and t.pos_ == "NOUN":
            if finder.actor_in(*np_span(t), t) is not None or finder.is_person(t, None):
                return None
            return t
    return None


def expand(toks: list[Token]) -> list[Token]:
    """The objects with the conjuncts, "together with" companions and same-party
    appositions each spreads over ("two bodyguards, Dagoberto Rodriguez and Alfonso de
    Lima": the bodyguards and each one named)."""
    out: list[Token] = []
    for t in toks:
        out.append(t)
        more = [c for c in t.conjuncts if c.i > t.i and c.pos_ in {"NOUN", "PROPN"}]
        # "the two Italians, ..., together with Spaniard Francisco Puja": also hit
        more += [
            g
            for c in t.children
            if c.dep_ == "prep"
            and (
                (c.lower_ == "with" and any(a.lower_ in {"together", "along"} for a in c.children))
                or c.lower_ == "alongside"
            )
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # "12 villagers, including three children", "four colleagues, among them X"
        more += [
            x
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in {"including", "among"}
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
            for x in (g, *(y for y in g.conjuncts if y.i > g.i and y.pos_ in {"NOUN", "PROPN"}))
        ]
        for m in [t, *more]:
            if m is not t:
                out.append(m)
            last = max((x.i for x in m.conjuncts if x.i > m.i), default=m.i)
            for c in m.children:
                if c.dep_ == "appos" and m.i < c.i < last and c.pos_ == "NOUN" and m.pos_ == "NOUN":
                    # "the hotel's security post, the minister's house, and the office": a
                    # list item the parser took for an apposition
                    out.append(c)
                elif c.dep_ == "appos" and same_party(c) and _next_to(m, c):
                    # "two bodyguards, Dagoberto Rodriguez and Alfonso de Lima": each named
                    out += [c, *(x for x in c.conjuncts if x.i > c.i and x.pos_ == "PROPN")]
                    out += _of_place_partners(c)
    return out


def _of_place_partners(name: Token) -> list[Token]:
    """ "Roberto Rossi of Milan and Mario Conti of Rome": the parser joins the second name
    to the first one's town; the named people joined there are the first one's partners."""
    return [
        x
        for p in name.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"}
        for x in g.conjuncts
        if x.i > g.i and x.pos_ == "PROPN" and x.ent_type_ == "PERSON"
    ]


def _next_to(noun: Token, appos: Token) -> bool:
    """The apposition follows its noun's own phrase ("two bodyguards, Dagoberto Rodriguez"),
    not a misparse across the clause ("After Ayrow was killed ..., Godane consolidated")."""
    doc = noun.doc
    return all(
        doc[i].is_punct or noun in doc[i].ancestors or doc[i] == noun
        for i in range(noun.i + 1, appos.left_edge.i)
    )


def yielding_sides(finder: ArgumentFinder, tok: Token, objects: list[Token]) -> list[Token]:
    """The side that gave up the ground a capture took: "seized the airport after army
    troops withdrew", "took the town as the militia fled", "took the city, with army units
    fleeing" (a clause of time or a "with" phrase whose verb is one of
    ``withdrawal_verbs``): that side is the capture's target."""
    rules = finder.rules
    if tok.pos_ not in {"VERB", "AUX"}:
        return []
    mode = rules.verb_triggers.get(tok.lemma_.lower(), ("", None))[1]
    if mode != "territory" and not any(
        o.lemma_.lower() in rules.words("territory_objects")
        or place_in(finder, *np_span(o)) is not None
        for o in objects
    ):
        return []
    out: list[Token] = []
    for c in tok.children:
        if (
            c.dep_ == "advcl"
            and c.lemma_.lower() in rules.words("withdrawal_verbs")
            and any(m.dep_ == "mark" and m.lower_ in rules.words("yield_marks") for m in c.children)
        ):
            out += subjects(finder, c)
        elif c.dep_ == "prep" and c.lower_ == "with":
            # "had taken the city, with army units and militias surrendering or fleeing"
            fled = rules.words("withdrawal_verbs")
            sides = [g for g in c.children if g.dep_ == "pobj"]
            sides += [j for g in sides for j in g.conjuncts]
            if any(a.dep_ == "acl" and a.lemma_.lower() in fled for g in sides for a in g.children):
                out += sides
            # the parser's other reading: "with" + a clause whose subject fled
            for verb in (g for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in fled):
                subj = [t for t in verb.children if t.dep_ == "nsubj"]
                out += [*subj, *(j for t in subj for j in t.conjuncts)]
    return out
