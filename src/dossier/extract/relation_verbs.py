"""Mergers read from the parse (relB, s23): the body a merging formed, each group merged
into it; and (relB, s24) the clause readers of :func:`clause_relations`: splits, lineage,
support and blame in the passive, and places held named by a relative clause.

Two constructions name the members and the body around a verb of merging:

* a founding verb whose means is the merging: "X was formed in 2019 by merging A, B and
  C", "X was created through uniting A and B" (the founding verb's passive subject or
  object is the body; the merging verb's object and its conjuncts are the members);
* a merging verb whose purpose is the founding: "A, B and C merged to form X", "A united
  with B to create X" (the merging verb's subject, its conjuncts and its partner after
  "with" are the members; the founding verb's object is the body).

Each member is ``merged_into`` the body. Nothing is read where either verb is negated,
only possible ("could merge", "if A and B merged"), or only intended ("plan to merge").
The word classes are in ``data/extract/relation_verbs.yaml`` (the conditions are
``hypothetical_marks`` of ``relation_heads.yaml``).

Example::

    rels = merger_relations(doc, views, claim_spans)
    [(r.subject, r.predicate, r.object_actor) for r in rels]
    # [('mnla', 'merged_into', 'fla'), ('hcua', 'merged_into', 'fla')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from dossier.extract.common import SentenceView, Slot, anchor_of, load_data
from dossier.records import Relation

__all__ = ["clause_relations", "merger_relations"]


@dataclass(frozen=True)
class _Words:
    merge_verbs: frozenset[str]
    founding_verbs: frozenset[str]
    founding_particles: dict[str, str]
    means_preps: frozenset[str]
    body_types: frozenset[str]
    body_heads: frozenset[str]
    negations: frozenset[str]
    unreal_aux: frozenset[str]
    unreal_marks: frozenset[str]
    intent_heads: frozenset[str]
    list_joiners: frozenset[str]
    partner_preps: frozenset[str]


def _lower_words(data: dict[str, Any], key: str) -> frozenset[str]:
    """The words of a list of ``relation_verbs.yaml``, lower-cased."""
    return frozenset(str(w).lower() for w in data[key])


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_data("relation_verbs.yaml")

    def words(key: str) -> frozenset[str]:
        return _lower_words(data, key)

    return _Words(
        merge_verbs=words("merge_verbs"),
        founding_verbs=words("founding_verbs"),
        founding_particles={str(k): str(v) for k, v in data["founding_particles"].items()},
        means_preps=words("means_preps"),
        body_types=words("body_types"),
        body_heads=words("body_heads"),
        negations=words("negations"),
        unreal_aux=words("unreal_aux"),
        # the conditions ("if A and B merged") of the parse readers' one list
        unreal_marks=frozenset(
            str(w).lower() for w in load_data("relation_heads.yaml")["hypothetical_marks"]
        ),
        intent_heads=words("intent_heads"),
        list_joiners=words("list_joiners"),
        partner_preps=words("partner_preps"),
    )


class _Slots:
    """The actor slot each token of a sentence lies in (bodies only)."""

    def __init__(self, view: SentenceView, types: frozenset[str], heads: frozenset[str]) -> None:
        self._slots = [
            s for s in view.slots if s.kind == "actor" and s.key and (s.actor_type or "") in types
        ]
        self._heads = heads

    def of(self, tok: Token) -> Slot | None:
        for s in self._slots:
            if s.start <= tok.idx < s.end:
                return s
        return None

    def of_phrase(self, tok: Token) -> Slot | None:
        """The slot of a noun phrase headed by ``tok``: the head's own slot, else that of a
        compound or a name inside it when the head is a noun of a whole body ("the Zaire
        militia": "Zaire"; "an FLA offensive", "a JNIM unit": none)."""
        own = self.of(tok)
        if own is not None:
            return own
        if tok.lemma_.lower() not in self._heads and tok.lower_ not in self._heads:
            return None
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
                found = self.of(child)
                if found is not None:
                    return found
        return None


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the phrases coordinated with it ("A, B and C")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def _negated_subject(v: Token, w: _Words) -> bool:
    """Whether the subject of ``v`` carries the negation ("Neither A nor B merged", "No
    faction merged")."""
    for subj in v.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for t in subj.subtree:
            if t.dep_ in ("preconj", "cc", "det", "neg") and t.lower_ in w.negations:
                return True
    return False


def _unreal(verbs: Iterable[Token], w: _Words) -> bool:
    """Whether a verb of the construction is negated, modal, conditional or only intended."""
    for v in verbs:
        if _negated_subject(v, w):
            return True
        for child in v.children:
            word = child.lower_
            if child.dep_ == "neg" or word in w.negations and child.dep_ in ("advmod", "det"):
                return True
            if child.dep_ == "aux" and word in w.unreal_aux:
                return True
            if child.dep_ == "mark" and word in w.unreal_marks:
                return True
        head = v.head
        if v.dep_ in ("xcomp", "ccomp", "pcomp", "pobj") and head.lemma_.lower() in w.intent_heads:
            return True
        if v.dep_ == "pcomp" and head.head.lemma_.lower() in w.intent_heads:
            return True
    return False


def _founds(v: Token, w: _Words) -> bool:
    lemma = v.lemma_.lower()
    if lemma not in w.founding_verbs:
        return False
    particle = w.founding_particles.get(lemma)
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in v.children)


def _list_tail(tok: Token, w: _Words) -> list[Token]:
    """The phrases that go on the list ``tok`` starts where the parser hung them elsewhere
    ("merging the URDPC, the ALC and the Zaire militia", the last two read as an apposition
    of the sentence's subject): the words after it, up to the first that is no comma,
    "and"/"or", determiner or part of a name or a noun phrase."""
    out: list[Token] = []
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.lower_ in w.list_joiners or t.dep_ in ("det", "compound", "amod"):
            continue
        if t.pos_ not in ("PROPN", "NOUN"):
            break
        out.append(t)
    return out


def _members(slots: _Slots, heads: Iterable[Token], w: _Words) -> list[Slot]:
    out: list[Slot] = []
    for head in heads:
        for tok in [*_conjuncts(head), *_list_tail(head, w)]:
            s = slots.of_phrase(tok)
            if s is not None and all(s.key != o.key for o in out):
                out.append(s)
    return out


def _by_merging(v: Token, slots: _Slots, w: _Words) -> tuple[list[Slot], Slot | None, Token | None]:
    """ "X was formed by merging A, B and C": the members and the body, for a founding verb."""
    body: Slot | None = None
    for child in v.children:
        if child.dep_ in ("nsubjpass", "dobj"):
            body = slots.of_phrase(child) or body
    for prep in v.children:
        if prep.dep_ != "prep" or prep.lower_ not in w.means_preps:
            continue
        for m in prep.children:
            if m.dep_ == "pcomp" and m.lemma_.lower() in w.merge_verbs:
                objs = [c for c in m.children if c.dep_ == "dobj"]
                return _members(slots, objs, w), body, m
    return [], body, None


def _merged_to_form(
    m: Token, slots: _Slots, w: _Words
) -> tuple[list[Slot], Slot | None, Token | None]:
    """ "A, B and C merged to form X": the members and the body, for a merging verb."""
    subjects = [c for c in m.children if c.dep_ == "nsubj"]
    if not subjects:
        return [], None, None
    # "A merged with B to form X": the partner is a member too
    partners = [
        o
        for p in m.children
        if p.dep_ == "prep" and p.lower_ in w.partner_preps
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for f in m.children:
        if f.dep_ in ("xcomp", "advcl") and _founds(f, w):
            objs = [c for c in f.children if c.dep_ == "dobj"]
            body = next((s for s in (slots.of_phrase(o) for o in objs) if s is not None), None)
            return _members(slots, [*subjects, *partners], w), body, f
    return [], None, None


def merger_relations(
    doc: Doc, views: Sequence[SentenceView], claim_spans: Sequence[tuple[int, int]] = ()
) -> list[Relation]:
    """The ``merged_into`` relations of each member of a merger and the body it formed.

    :param doc: the parsed document.
    :param views: its sentence views (their actor slots name the members and the body).
    :param claim_spans: spans of attributed claims (a merger told inside one is
        ``reported``).
    :returns: relations in text order.
    """
    w = _words()
    out: list[Relation] = []
    for view in views:
        if sum(1 for s in view.slots if s.kind == "actor") < 2:
            continue
        slots = _Slots(view, w.body_types, w.body_heads)
        span = doc.char_span(view.start, view.end, alignment_mode="expand")
        if span is None:
            continue
        for v in span:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            if _founds(v, w):
                members, body, other = _by_merging(v, slots, w)
            elif v.lemma_.lower() in w.merge_verbs:
                members, body, other = _merged_to_form(v, slots, w)
            else:
                continue
            if body is None or other is None or _unreal((v, other), w):
                continue
            inside = any(lo <= v.idx < hi for lo, hi in claim_spans)
            for s in members:
                if s.key == body.key:
                    continue
                out.append(
                    Relation(
                        subject=str(s.key),
                        predicate="merged_into",
                        anchor=anchor_of(view),
                        object_actor=body.key,
                        certainty="reported" if inside else "asserted",
                    )
                )
    return out


# -- (relB, s24) clause readers: splits, passive support and blame, places held --------------


@dataclass(frozen=True)
class _ClauseWords:
    split_preps: dict[str, frozenset[str]]
    split_nouns: frozenset[str]
    split_modifiers: frozenset[str]
    group_nouns: frozenset[str]
    as_verbs: frozenset[str]
    reflexives: frozenset[str]
    support_verbs: frozenset[str]
    accuse_verbs: frozenset[str]
    support_types: frozenset[str]
    control_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    former_words: frozenset[str]
    succession_verbs: frozenset[str]
    succession_types: frozenset[str]
    succession_time_preps: frozenset[str]
    succession_date_preps: frozenset[str]
    absorb_verbs: frozenset[str]
    absorb_preps: frozenset[str]
    asset_nouns: frozenset[str]
    split_event_nouns: frozenset[str]
    leaver_nouns: frozenset[str]
    member_nouns: frozenset[str]
    split_object_types: frozenset[str]
    ended_preps: frozenset[str]
    ended_adverbs: frozenset[str]
    hold_verbs: frozenset[str]
    responsible_words: frozenset[str]
    allege_verbs: frozenset[str]
    copulas: frozenset[str]
    tie_nouns: frozenset[str]
    tie_verbs: frozenset[str]
    tie_exclusions: frozenset[str]
    tie_alliance_nouns: frozenset[str]
    tie_modifiers: frozenset[str]
    tie_types: frozenset[str]


@lru_cache(maxsize=1)
def _clause_words() -> _ClauseWords:
    data = load_data("relation_verbs.yaml")

    def words(key: str) -> frozenset[str]:
        return _lower_words(data, key)

    return _ClauseWords(
        split_preps={
            str(p): frozenset(str(v) for v in verbs) for p, verbs in data["split_preps"].items()
        },
        split_nouns=words("split_nouns"),
        split_modifiers=words("split_modifiers"),
        group_nouns=words("group_nouns"),
        as_verbs=words("as_verbs"),
        # (the objects of self-description: relation_modality.yaml's one list)
        reflexives=_lower_words(load_data("relation_modality.yaml"), "reflexives"),
        support_verbs=words("support_verbs"),
        accuse_verbs=words("accuse_verbs"),
        support_types=words("support_types"),
        control_verbs=words("control_verbs"),
        # (the relative pronouns: relation_heads.yaml's one list, the structure reader's)
        relative_pronouns=_lower_words(load_data("relation_heads.yaml"), "relative_pronouns"),
        former_words=words("former_words"),
        succession_verbs=words("succession_verbs"),
        succession_types=words("succession_types"),
        succession_time_preps=words("succession_time_preps"),
        succession_date_preps=words("succession_date_preps"),
        absorb_verbs=words("absorb_verbs"),
        absorb_preps=words("absorb_preps"),
        asset_nouns=words("asset_nouns"),
        split_event_nouns=words("split_event_nouns"),
        leaver_nouns=words("leaver_nouns"),
        member_nouns=words("member_nouns"),
        split_object_types=words("split_object_types"),
        ended_preps=words("ended_preps"),
        ended_adverbs=words("ended_adverbs"),
        hold_verbs=words("hold_verbs"),
        responsible_words=words("responsible_words"),
        allege_verbs=words("allege_verbs"),
        copulas=words("copulas"),
        tie_nouns=words("tie_nouns"),
        tie_verbs=words("tie_verbs"),
        tie_exclusions=words("tie_exclusions"),
        tie_alliance_nouns=words("tie_alliance_nouns"),
        tie_modifiers=words("tie_modifiers"),
        tie_types=words("tie_types"),
    )


class _Mentions:
    """The actor and place slots of one sentence, by token."""

    def __init__(self, view: SentenceView) -> None:
        self.actors = [s for s in view.slots if s.kind == "actor" and s.key]
        self.places = [s for s in view.slots if s.kind == "place" and s.place is not None]

    @staticmethod
    def _find(slots: Sequence[Slot], tok: Token) -> Slot | None:
        for s in slots:
            if s.start <= tok.idx < s.end:
                return s
        return None

    def own(self, tok: Token) -> Slot | None:
        """The actor slot ``tok`` itself lies in."""
        return self._find(self.actors, tok)

    def actor(self, tok: Token) -> Slot | None:
        """The actor a noun phrase headed by ``tok`` names: its own slot, else that of a
        compound name on it ("the Zaire militia", "Pyu Saw Htee groups")."""
        own = self._find(self.actors, tok)
        if own is not None:
            return own
        for child in tok.children:
            if child.dep_ == "compound" and child.i < tok.i:
                found = self._find(self.actors, child)
                if found is not None and found.end >= child.idx + len(child.text):
                    return found
        return None

    def place(self, tok: Token) -> Slot | None:
        return self._find(self.places, tok)

    def distinct(self, toks: Iterable[Token]) -> list[Slot]:
        """The actors the noun phrases ``toks`` name (:meth:`actor`), each key once, in
        order."""
        out: list[Slot] = []
        for t in toks:
            s = self.actor(t)
            if s is not None and all(s.key != x.key for x in out):
                out.append(s)
        return out


def _relative(tok: Token, cw: _ClauseWords) -> bool:
    """Whether ``tok`` is a relative pronoun, or "all/some/each of which"."""
    if tok.lower_ in cw.relative_pronouns and tok.tag_ in ("WDT", "WP", "IN", "DT"):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(_relative(o, cw) for o in p.children)
        for p in tok.children
    )


def _described(noun: Token, m: _Mentions, cw: _ClauseWords) -> Slot | None:
    """The actor a common noun describes: "X, a faction ...", "X is a movement ...", "X
    presents itself as a faction ...", "Y describes X as an offshoot ..."."""
    head = noun.head
    if noun.dep_ == "appos":
        named = m.actor(head)
        # an apposition the parser hung on a far name names nothing of it ("X belongs to
        # Y (Z), the faction that split from W": Y's, not X's)
        if named is None or any(
            s.key != named.key and named.end <= s.start < noun.left_edge.idx for s in m.actors
        ):
            return None
        return named
    if noun.dep_ in ("attr", "acomp") and head.lemma_.lower() in cw.copulas:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return m.actor(subj) if subj is not None else None
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in cw.as_verbs:
        verb = head.head
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and obj.lower_ not in cw.reflexives:
            return m.actor(obj)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return m.actor(subj) if subj is not None else None
    return None


def _regarded(noun: Token, cw: _ClauseWords) -> str:
    """The certainty of what an "as" phrase says of another ("Ankara treats X as a
    breakaway faction of Y": reported, Ankara's view), or of itself ("X presents itself as
    ..."), or what an apposition or a copula states (asserted)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "as" or head.head.lemma_.lower() not in cw.as_verbs:
        return "asserted"
    objs = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return "asserted" if any(o.lower_ in cw.reflexives for o in objs) else "reported"


def _named_or_described(tok: Token, m: _Mentions, cw: _ClauseWords) -> Slot | None:
    own = m.actor(tok)
    if own is not None:
        return own
    if tok.lemma_.lower() in cw.group_nouns or tok.lower_ in cw.group_nouns:
        return _described(tok, m, cw)
    return None


def _clause_subject(v: Token, m: _Mentions, cw: _ClauseWords) -> Slot | None:
    """The actor that does what ``v`` says: its named subject, or the group its relative
    clause hangs on ("X, a faction that broke away from Y"), or a conjoined verb's."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None and v.dep_ == "conj":
        return _clause_subject(v.head, m, cw)
    if subj is None:
        return None
    if _relative(subj, cw) and v.dep_ == "relcl":
        return _named_or_described(v.head, m, cw)
    return _named_or_described(subj, m, cw)


def _from_party(v: Token, m: _Mentions, cw: _ClauseWords) -> Slot | None:
    """The body a split verb leaves: the object of its "from" ("with") preposition, on the
    verb or on its particle ("broke away from Y")."""
    lemma = v.lemma_.lower()
    holders = [v, *(c for c in v.children if c.dep_ in ("prt", "advmod"))]
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and lemma in cw.split_preps.get(p.lower_, frozenset()):
                obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return m.actor(obj)
    return None


def _split_noun(n: Token, cw: _ClauseWords) -> bool:
    """ "an offshoot", "a splinter", "a breakaway faction", "a splinter group"."""
    if n.lemma_.lower() in cw.split_nouns:
        return True
    return n.lemma_.lower() in cw.group_nouns and any(
        c.dep_ in ("amod", "compound") and c.lower_ in cw.split_modifiers for c in n.children
    )


def _of_party(n: Token, m: _Mentions) -> Slot | None:
    for p in n.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "from"):
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return m.actor(obj)
    return None


def _possessed_split(n: Token, m: _Mentions, cw: _ClauseWords) -> tuple[Slot, Slot] | None:
    """ "X's split from Y", "X's breakaway from Y": (X, Y)."""
    if n.lemma_.lower() not in cw.split_event_nouns:
        return None
    poss = next((c for c in n.children if c.dep_ == "poss"), None)
    subj = m.own(poss) if poss is not None else None
    for p in n.children:
        if p.dep_ == "prep" and p.lower_ in ("from", "with"):
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            left = m.own(obj) if obj is not None else None
            if subj is not None and left is not None:
                return subj, left
    return None


def _founded_by_leavers(v: Token, m: _Mentions, cw: _ClauseWords) -> tuple[Slot, Slot] | None:
    """ "X was formed by dissidents of Y", "X was founded by former commanders of Y": (X,
    Y), the body its founders left."""
    body = next((m.actor(c) for c in v.children if c.dep_ == "nsubjpass"), None)
    if body is None:
        return None
    for agent in (c for c in v.children if c.dep_ == "agent"):
        for who in (o for o in agent.children if o.dep_ == "pobj"):
            lemma = who.lemma_.lower()
            former = any(
                c.dep_ in ("amod", "compound") and c.lower_.rstrip("-") in cw.former_words
                for c in who.children
            )
            if lemma not in cw.leaver_nouns and not (former and lemma in cw.member_nouns):
                continue
            # "dissidents of Y", "Y dissidents", "Y's former commanders"
            named = [
                o
                for p in who.children
                if p.dep_ == "prep" and p.lower_ in ("of", "from")
                for o in p.children
                if o.dep_ == "pobj"
            ] + [c for c in who.children if c.dep_ in ("compound", "poss")]
            for t in named:
                left = m.actor(t)
                if left is not None and left.key != body.key:
                    return body, left
    return None


def _blamers(v: Token, m: _Mentions) -> list[Slot]:
    """The named subjects of an active verb of blame, each of a list ("A and B alleged")."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return [] if subj is None else m.distinct(_conjuncts(subj))


def _blamed(v: Token, m: _Mentions, cw: _ClauseWords) -> list[Slot]:
    """Whom a verb of blame other than "accuse" names: "held Y responsible", "alleged that
    Y had bombed a school"."""
    lemma = v.lemma_.lower()
    out: list[Slot] = []
    if lemma in cw.hold_verbs:
        for obj in (c for c in v.children if c.dep_ == "dobj"):
            said = [*v.children, *obj.children]
            if any(c.lower_ in cw.responsible_words for c in said):
                out.extend(s for t in _conjuncts(obj) if (s := m.own(t)) is not None)
    elif lemma in cw.allege_verbs:
        for clause in (c for c in v.children if c.dep_ == "ccomp"):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                out.extend(s for t in _conjuncts(subj) if (s := m.own(t)) is not None)
    return out


def _joint_tie(n: Token, m: _Mentions, cw: _ClauseWords) -> list[Slot]:
    """The sides that together made the tie ``n`` names: "X and Y announced an alliance",
    "A, B and C signed a military pact" (not "a non-aggression pact", "a peace pact")."""
    if n.lemma_.lower() not in cw.tie_nouns or n.dep_ != "dobj":
        return []
    verb = n.head
    if verb.lemma_.lower() not in cw.tie_verbs:
        return []
    mods = [c for c in n.subtree if c.i < n.i and c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in cw.tie_exclusions for c in mods):
        return []
    # (relB, s24b) "a pact to end hostilities", "a partnership on nutrition": a pact or a
    # partnership is an alliance only when a modifier says it is one of arms or politics
    if n.lemma_.lower() not in cw.tie_alliance_nouns and not any(
        c.lower_ in cw.tie_modifiers for c in mods
    ):
        return []
    # no alliance of aid agencies, companies or outlets ("MSF and the ICRC formed a
    # partnership")
    return [s for s in _blamers(verb, m) if (s.actor_type or "organization") in cw.tie_types]


def _agents(v: Token, m: _Mentions) -> list[Slot]:
    """The actors named after "by" of a passive verb ("by the UN and by P", "by A and B")."""
    preps = [c for c in v.children if c.dep_ == "agent"]
    for p in list(preps):
        preps.extend(c for c in p.children if c.dep_ == "conj" and c.lower_ == "by")
    return m.distinct(
        t for p in preps for o in p.children if o.dep_ == "pobj" for t in _conjuncts(o)
    )


def _patients(v: Token, m: _Mentions, cw: _ClauseWords) -> list[Slot]:
    """What a passive verb is said of: its passive subject (a list, or the list a relative
    "all of which" stands for), else the noun its participle modifies ("X, armed by Y")."""
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    heads: list[Token] = []
    if subj is not None:
        heads = [subj]
        if _relative(subj, cw) and v.dep_ == "relcl":
            heads = [v.head]
            # "A, B and C, all of which are ...": the whole list, not its last names
            if subj.lower_ not in cw.relative_pronouns:
                while heads[0].dep_ == "conj":
                    heads = [heads[0].head]
    elif v.dep_ == "acl":
        heads = [v.head]
    elif v.dep_ == "conj":
        return _patients(v.head, m, cw)
    return m.distinct(
        t for h in heads for t in [*_conjuncts(h), *(c for c in h.children if c.dep_ == "appos")]
    )


def _held_place(v: Token, m: _Mentions, cw: _ClauseWords) -> Slot | None:
    """The place a relative clause of holding hangs on: "P, which X has held", "a town
    that X controls" in apposition to P."""
    if v.dep_ != "relcl":
        return None
    # "P, which X held until 2019", "a town that X formerly controlled": a hold that ended
    if any(
        c.dep_ == "prep" and c.lower_ in cw.ended_preps or c.lower_ in cw.ended_adverbs
        for c in v.children
    ):
        return None
    rel = next(
        (c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and _relative(c, cw)), None
    )
    if rel is None:
        return None
    head = v.head
    own = m.place(head)
    if own is not None:
        return own
    if head.dep_ == "appos":
        return m.place(head.head)
    return None


def _former_name(n: Token, m: _Mentions, cw: _ClauseWords) -> tuple[Slot, Slot] | None:
    """ "X, the former Y": (Y, X) where the apposition is Y's name and "former" alone
    before it (not "the former Y commander", whose head is no name)."""
    if n.dep_ != "appos":
        return None
    # the apposition's own name, not a name modifying it ("the former ISWAP commander")
    old, new = m.own(n), m.actor(n.head)
    if old is None or new is None or old.start <= n.head.idx < old.end:
        return None
    before = [c for c in n.children if c.i < n.i and not (old.start <= c.idx < old.end)]
    if not any(c.lower_ in cw.former_words for c in before):
        return None
    if any(c.dep_ not in ("det", "amod", "punct") for c in before):
        return None
    return old, new


def _timed_only(v: Token, cw: _ClauseWords) -> bool:
    """(relB, s24b) Whether each prepositional phrase on a verb of succession only times it
    ("replaced Y in April 2022", "after the split"): a place or anything else ("replaced Y
    in the islands of the lake", "at the checkpoints", "as the dominant force") makes it a
    displacement, no lineage."""
    for prep in (c for c in v.children if c.dep_ == "prep"):
        word = prep.lower_
        if word in cw.succession_time_preps:
            continue
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if (
            word in cw.succession_date_preps
            and objs
            and all(o.ent_type_ in ("DATE", "TIME") or o.like_num for o in objs)
        ):
            continue
        return False
    return True


def _succession(v: Token, m: _Mentions, cw: _ClauseWords) -> tuple[Slot, Slot] | None:
    """ "X, which replaced Y", "Y was succeeded by X": (Y, X), two bodies of one kind."""
    if not _timed_only(v, cw):
        return None
    if v.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in v.children):
        olds, news = _patients(v, m, cw), _agents(v, m)
    else:
        new_one = _clause_subject(v, m, cw)
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        olds = [s for s in [m.actor(obj) if obj is not None else None] if s is not None]
        news = [new_one] if new_one is not None else []
    if len(olds) != 1 or len(news) != 1:
        return None
    old, new = olds[0], news[0]
    if old.actor_type != new.actor_type or old.actor_type not in cw.succession_types:
        return None
    return old, new


def _owner(tok: Token, m: _Mentions, cw: _ClauseWords) -> Slot | None:
    """The body a noun of its people or means stands for ("Wagner's fighters", "its
    personnel": "its" the subject named before it in the sentence)."""
    # (not "former M23 fighters were integrated into Y": men, not the body)
    own = m.own(tok)
    if own is not None or tok.lemma_.lower() not in cw.asset_nouns:
        return own
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ not in ("its", "their"):
        return m.actor(poss)
    subjects = [
        t for t in tok.sent if t.i < poss.i and t.dep_ in ("nsubj", "nsubjpass") and m.actor(t)
    ]
    return m.actor(subjects[0]) if subjects else None


def _absorbed(v: Token, m: _Mentions, cw: _ClauseWords) -> tuple[Slot, Slot] | None:
    """ "Y's fighters were absorbed into X", "Y was folded into X", "Y merged into X", "Z
    integrated Y into X": (Y, X)."""
    # (relB, s24b) an active verb's subject is the one who absorbs, not the absorbed ("Z
    # absorbed fighters into X"): its object is what goes into X
    subj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if subj is None:
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None:
        return None
    old = _owner(subj, m, cw)
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ in cw.absorb_preps:
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            new = m.actor(obj) if obj is not None else None
            if old is not None and new is not None and (new.actor_type or "") != "person":
                return old, new
    return None


def _relation(
    view: SentenceView,
    subject: Slot,
    predicate: str,
    obj: Slot,
    inside: bool,
    certainty: str = "asserted",
) -> Relation:
    return Relation(
        subject=str(subject.key),
        predicate=predicate,
        anchor=anchor_of(view),
        object_actor=obj.key if obj.kind == "actor" else None,
        object_place=obj.place if obj.kind == "place" else None,
        certainty="reported" if inside and certainty == "asserted" else certainty,
    )


def _clause_reads(
    v: Token, m: _Mentions, cw: _ClauseWords
) -> Iterable[tuple[Slot, str, Slot, str]]:
    """(subject, predicate, object, certainty) of each relation the verb or noun ``v``
    states."""
    lemma = v.lemma_.lower()
    if v.pos_ in ("VERB", "AUX") and any(lemma in vs for vs in cw.split_preps.values()):
        left, subj = _from_party(v, m, cw), _clause_subject(v, m, cw)
        if left is not None and subj is not None:
            yield subj, "split_from", left, "asserted"
    if v.pos_ in ("NOUN", "PROPN") and _split_noun(v, cw):
        left = _of_party(v, m)
        subj = _described(v, m, cw)
        if left is not None and subj is not None:
            yield subj, "split_from", left, _regarded(v, cw)
    if v.tag_ == "VBN" and lemma in cw.support_verbs | cw.accuse_verbs:
        agents, patients = _agents(v, m), _patients(v, m, cw)
        for a in agents:
            for p in patients:
                if lemma in cw.accuse_verbs:
                    yield a, "accuses", p, "asserted"
                elif {a.actor_type, p.actor_type} <= cw.support_types:
                    yield a, "supports", p, "asserted"
        if lemma in cw.accuse_verbs:
            # "X is accused by Y of arming Z": X backs Z, as Y says (the "of" may hang on
            # the last "by": "accused by A and by B of arming Z")
            for prep in v.subtree:
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                    continue
                if prep.head != v and prep.head.dep_ not in ("agent", "conj", "pobj"):
                    continue
                for act in prep.children:
                    if act.dep_ != "pcomp" or act.lemma_.lower() not in cw.support_verbs:
                        continue
                    for o in act.children:
                        backed = m.actor(o) if o.dep_ == "dobj" else None
                        for p in patients:
                            if backed is not None and backed.key != p.key:
                                yield p, "supports", backed, "reported"
    if v.pos_ in ("VERB", "AUX") and lemma in cw.hold_verbs | cw.allege_verbs:
        for blamer in _blamers(v, m):
            for blamed in _blamed(v, m, cw):
                yield blamer, "accuses", blamed, "asserted"
    if v.pos_ in ("NOUN", "PROPN"):
        sides = _joint_tie(v, m, cw)
        for i, a in enumerate(sides):
            for b in sides[i + 1 :]:
                yield a, "allied_with", b, "asserted"
    split = None
    if v.pos_ in ("NOUN", "PROPN"):
        split = _possessed_split(v, m, cw)
    elif v.tag_ == "VBN" and lemma in _words().founding_verbs:
        split = _founded_by_leavers(v, m, cw)
    if split is not None:
        yield split[0], "split_from", split[1], "asserted"
    lineage: tuple[Slot, Slot] | None = None
    if v.pos_ in ("NOUN", "PROPN"):
        lineage = _former_name(v, m, cw)
    elif lemma in cw.succession_verbs:
        lineage = _succession(v, m, cw)
    elif lemma in cw.absorb_verbs:
        lineage = _absorbed(v, m, cw)
    # (relB, s24b) a body lives on in a body, never in a person ("N, the former Y, now
    # commands Z")
    if lineage is not None and "person" not in (lineage[0].actor_type, lineage[1].actor_type):
        yield lineage[0], "merged_into", lineage[1], "asserted"
    if lemma in cw.control_verbs and v.pos_ in ("VERB", "AUX"):
        place = _held_place(v, m, cw)
        holders = _agents(v, m) if v.tag_ == "VBN" and place is not None else []
        subj = _clause_subject(v, m, cw) if place is not None else None
        for h in [*holders, *([subj] if subj is not None else [])]:
            if place is not None:
                yield h, "controls", place, "asserted"


def _governing(v: Token) -> list[Token]:
    """The verbs whose negation, modal or condition bears on what ``v`` says: ``v`` (or the
    verb a noun hangs on), a verb it is coordinated with, and the copula of the noun a
    relative clause describes ("X is not a faction that broke away from Y")."""
    verb = v
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    out = [verb]
    if verb.dep_ == "conj":
        out.append(verb.head)
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ in ("attr", "acomp"):
        out.append(verb.head.head)
    return out


def _split_parties(predicate: str, subj: Slot, obj: Slot, w: _Words, cw: _ClauseWords) -> bool:
    """A split is of a body from a body or a government ("broke away from the NUG"), not
    from a mission or a person ("the ADF's break with MONUSCO")."""
    if predicate != "split_from":
        return True
    return (subj.actor_type or "") in w.body_types and (obj.actor_type or "") in (
        w.body_types | cw.split_object_types
    )


def clause_relations(
    doc: Doc, views: Sequence[SentenceView], claim_spans: Sequence[tuple[int, int]] = ()
) -> list[Relation]:
    """(relB, s24) The relations the parse of a clause states where no pattern's wording
    matched:

    * a split: a verb of leaving ("split", "broke away", "splintered") with the body left
      after "from", said of a named group or of the group noun an apposition, a copula or
      "as" ties to one ("X, an Y-aligned faction that broke away from Z"; "X presents itself
      as a breakaway faction of Z": asserted; "Ankara treats X as a splinter group of Z":
      reported); a noun of the split ("X's split from Z"); a body founded by those who left
      another ("X was formed by dissidents of Z", "... by former Z commanders");
    * lineage (``merged_into``): "X, the former Y", "X, which replaced Y" and "Y was
      succeeded by X" (two bodies of one kind, not "as" anything), "Y's fighters were
      absorbed into X";
    * an alliance the sides make together: "X and Y announced an alliance", "A, B and C
      signed a military pact" (not a peace or non-aggression pact);
    * blame by other verbs than "accuse": "X held Y responsible for ...", "X alleged that Y
      had ...";
    * support and blame told in the passive, the doer after "by": "all of which are
      supported by Y", "X, armed and paid by Y", "X is accused by A and by B of arming Z"
      (A and B accuse X; X backs Z, as reported);
    * a place held, named by a relative clause on it: "P, which X has controlled since
      2014", "P, a town that X holds".

    Nothing is read from a negated, modal, conditional or only intended verb (the
    relations module drops what a pattern or the structure reader already stated).

    :param doc: the parsed document.
    :param views: its sentence views (their actor and place slots).
    :param claim_spans: spans of attributed claims (a relation told inside one is
        ``reported``).
    :returns: relations in text order.
    """
    w, cw = _words(), _clause_words()
    out: list[Relation] = []
    for view in views:
        if not any(s.kind == "actor" for s in view.slots):
            continue
        span = doc.char_span(view.start, view.end, alignment_mode="expand")
        if span is None:
            continue
        m = _Mentions(view)
        for v in span:
            reads = list(_clause_reads(v, m, cw))
            if not reads:
                continue
            if _unreal(_governing(v), w):
                continue
            inside = any(lo <= v.idx < hi for lo, hi in claim_spans)
            for subj, pred, obj, certainty in reads:
                if subj.key == obj.key or not _split_parties(pred, subj, obj, w, cw):
                    continue
                out.append(_relation(view, subj, pred, obj, inside, certainty))
    return out
