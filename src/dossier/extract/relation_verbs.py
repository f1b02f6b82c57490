"""Mergers read from the parse (relB, s23): the body a merging formed, each group merged
into it.

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

from spacy.tokens import Doc, Token

from dossier.extract.common import SentenceView, Slot, anchor_of, load_data
from dossier.records import Relation

__all__ = ["merger_relations"]


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


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_data("relation_verbs.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

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
