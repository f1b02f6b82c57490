"""(rel2, s22c) Checks every relation reader shares: the clause a relation is read from.

A relation is read between two mentions of a sentence. Whichever reader found it (the
surface patterns, the parse, the memberships), the sentence may not state it:

- **modality**: the verb chain that governs the object's mention carries a modal of
  possibility or prediction, or passes through a verb of intention, attempt, threat or
  warning ("analysts warn that X could try to recruit in P", "X plans to open an office in
  P"): nothing that is, only what could be (a relation a reader marked ``hedged`` or
  ``negated`` keeps its reading);
- **questions**: a sentence or heading that asks ("Who runs X?") states nothing;
- **speakers**: the subject is only the speaker of a reporting verb and the object lies in
  what it said about others ("the ministry said the gunmen are linked to Y"); one side is
  only the subject of a verb of regarding and the other lies in its "as" phrase ("Ankara
  treats them as a front of Y");
- **possessive chains**: the object is the possessor in "X's affiliate Y" or "X's
  commander Y": a tie "to X's affiliate Y" is one to Y.

The word lists are ``data/extract/relation_modality.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import SentenceView, Slot, load_data
from dossier.records import Relation

__all__ = ["clause_checked", "unreal_clause"]


@dataclass(frozen=True)
class _Words:
    modals: frozenset[str]
    intent_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    self_pronouns: frozenset[str]
    regard_verbs: frozenset[str]
    reflexives: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_data("relation_modality.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return _Words(
        modals=words("modals"),
        intent_verbs=words("intent_verbs"),
        reporting_verbs=words("reporting_verbs"),
        self_pronouns=words("self_pronouns"),
        regard_verbs=words("regard_verbs"),
        reflexives=words("reflexives"),
    )


def _root(doc: Doc, slot: Slot) -> Token | None:
    span = doc.char_span(slot.start, slot.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _indices(doc: Doc, slot: Slot) -> range:
    span = doc.char_span(slot.start, slot.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _chain(token: Token) -> list[Token]:
    """The token's heads up to the sentence's root (the token excluded)."""
    return list(token.ancestors)


def unreal_clause(token: Token, words: _Words | None = None) -> bool:
    """Whether a verb on the chain above ``token`` carries a modal ("could", "would", ...)
    or is a verb of intention, attempt, threat or warning whose complement the chain
    enters ("plans to open", "warned that X could ...")."""
    return _unreal_head(token, words or _words()) is not None


# (s22d) edges by which a clause hangs on a noun: the modality of the verb above the noun is
# not that clause's ("X, which controls P, could ...", "X, backed by Y, will ...")
_NOUN_CLAUSES = ("relcl", "acl", "appos")
# edges by which a clause of its own hangs on a word: a side named there is no argument of
# the verb chain that reaches the other side ("X tried to storm P while Y held the city")
_OWN_CLAUSES = (*_NOUN_CLAUSES, "advcl", "conj", "parataxis")


def _unreal_head(token: Token, w: _Words) -> Token | None:
    """The verb that makes the clause of ``token`` unreal (a modal's verb, or an intent verb
    whose complement the chain enters), or None. The walk stops at a clause hung on a noun;
    an adverbial clause ("fear reprisals because X took P") is no intent verb's complement."""
    below = token
    for head in _chain(token):
        if below is not token and below.dep_ in _NOUN_CLAUSES and not _infinitive(below):
            return None
        if head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in w.modals for c in head.children):
                return head
            if head.lemma_.lower() in w.intent_verbs and below.dep_ in ("xcomp", "ccomp"):
                return head
        below = head
    return None


def _infinitive(verb: Token) -> bool:
    """A clause "to V" ("the rise to recruit in P", "a plan to seize P"): not yet a fact, and
    hung on its noun it stays in the modality of the clause above."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _own_clause(side: Token, other: Token) -> bool:
    """Whether ``side`` is named in a clause of its own hung on the chain of ``other`` (a
    participle or relative clause, an adverbial or joined clause): the relation is read
    from that clause, whatever the modality of the chain above ``other``."""
    chain = {other.i, *(h.i for h in _chain(other))}
    t = side
    while t.i not in chain and t.head.i != t.i:
        if t.dep_ in _OWN_CLAUSES and not _infinitive(t):
            return True
        t = t.head
    return False


def _slots(view: SentenceView, r: Relation, subject: bool) -> list[Slot]:
    if subject:
        return [s for s in view.slots if s.kind == "actor" and s.key == r.subject]
    if r.object_place is not None:
        return [s for s in view.slots if s.place == r.object_place]
    return [s for s in view.slots if s.kind == "actor" and s.key == r.object_actor]


# a quotation mark that opens what someone else asks ("X, which holds P, asked: \"Why ...?\""):
# followed by a word, not the close of a quoted name ('Who backs the "Popular Front"?')
_OPENING_QUOTE = re.compile(r"[\"“«„]\s*\w")


def _question(view: SentenceView, r: Relation) -> bool:
    """A sentence or heading that asks: it ends with a question mark; (s22d) not one that
    only ends with a question it quotes after both sides are named (the relation is told
    outside the quotation)."""
    text = view.text.rstrip(" \t\n\"'”’)*_")
    if not text.endswith("?"):
        return False
    named = [s.end for side in (True, False) for s in _slots(view, r, side)]
    last = max(named, default=view.start) - view.start
    return _OPENING_QUOTE.search(text, max(last, 0)) is None


def _speaker_only(doc: Doc, view: SentenceView, r: Relation, w: _Words) -> bool:
    """The subject is named only as the subject of a reporting verb whose complement holds
    every mention of the object, and that complement has a subject of its own that is no
    word by which a speaker names itself ("X said they were linked to Y")."""
    if r.object_actor is None:
        return False
    # a person's title names the body he speaks for ("its spokesman, X, said ..."): his
    # tie to it is read from the title, not from what he said
    if any(s.actor_type == "person" for s in _slots(view, r, True)):
        return False
    subj = [t for s in _slots(view, r, True) if (t := _root(doc, s)) is not None]
    objs = [t for s in _slots(view, r, False) if (t := _root(doc, s)) is not None]
    if not subj or not objs:
        return False
    for t in subj:
        verb = t.head
        if t.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in w.reporting_verbs:
            return False
        said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        if not said:
            return False
        inside = [c for c in said if all(c.left_edge.i <= o.i <= c.right_edge.i for o in objs)]
        if not inside:
            return False
        for c in inside:
            own = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
            if not own or any(x.lower_ in w.self_pronouns for x in own):
                return False
            # "X said X's fighters ...": the speaker named again in what it said
            if any(c.left_edge.i <= s.i <= c.right_edge.i for s in subj if s.i != t.i):
                return False
    return True


def _regarder(doc: Doc, view: SentenceView, r: Relation, w: _Words) -> bool:
    """One side of the relation is only the subject of a verb of regarding and the other
    lies in its "as" phrase ("Ankara treats them as a front of Y": no relation of Ankara's;
    "Khartoum describes the rebels as a proxy of Y": none with Khartoum)."""
    if r.object_actor is None:
        return False
    for speaker, other in ((True, False), (False, True)):
        spk = [t for s in _slots(view, r, speaker) if (t := _root(doc, s)) is not None]
        oth = [t for s in _slots(view, r, other) if (t := _root(doc, s)) is not None]
        if not spk or not oth:
            continue
        # (the regarder may be named elsewhere too: "Turkey pressed on ..., whose backbone
        # Ankara regards as a branch of Y"; and so may the other side: "X present
        # themselves as a faction of Y; Ankara treats them as a Y front")
        for verb in {t.head.i: t.head for t in spk if t.dep_ == "nsubj"}.values():
            if verb.lemma_.lower() not in w.regard_verbs:
                continue
            # (relB, s24) "X presents itself as a breakaway faction of Y": what it says of
            # itself is its own relation, X no mere onlooker
            if any(c.dep_ == "dobj" and c.lower_ in w.reflexives for c in verb.children):
                continue
            phrases = [c for c in verb.children if c.dep_ == "oprd" or c.lower_ == "as"]
            if any(p.left_edge.i <= o.i <= p.right_edge.i for p in phrases for o in oth):
                return True
    return False


def _possessed_head(doc: Doc, view: SentenceView, r: Relation, obj: Token) -> str | None:
    """The actor the object's possessive names ("ties to X's Sahel affiliate Y": Y), when
    the object is only a possessor and the noun phrase it opens holds another actor than
    the relation's subject."""
    if obj.dep_ != "poss":
        return None
    head = obj.head
    phrase: Token = head
    if head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("PROPN", "NOUN"):
        phrase = head.head
    lo = phrase.left_edge.i
    hi = phrase.right_edge.i
    # "X's Ministry of Defence" names a body of X's: a tie to it is one to X too; only a
    # common noun between ("X's Sahel affiliate Y", "X's ally Y") makes Y another actor
    named = {i for s in view.slots for i in _indices(doc, s)}
    found: list[str] = []
    for s in view.slots:
        if s.kind != "actor" or s.key in (None, r.object_actor):
            continue
        t = _root(doc, s)
        if t is None or not (lo <= t.i <= hi) or obj.left_edge.i <= t.i <= obj.right_edge.i:
            continue
        if s.key == r.subject:
            return None
        first = min(_indices(doc, s), default=t.i)
        between = doc[obj.right_edge.i + 1 : first] if first > obj.i else doc[first:first]
        if not any(x.pos_ == "NOUN" and x.i not in named for x in between):
            continue
        found.append(str(s.key))
    return found[0] if len(set(found)) == 1 else None


def _through_possessive(doc: Doc, view: SentenceView, r: Relation) -> Relation:
    if r.object_actor is None:
        return r
    objs = [t for s in _slots(view, r, False) if (t := _root(doc, s)) is not None]
    if not objs or any(t.dep_ != "poss" for t in objs):
        return r
    heads = {_possessed_head(doc, view, r, t) for t in objs}
    if len(heads) != 1:
        return r
    new = heads.pop()
    if new is None or new == r.subject:
        return r
    return replace(r, object_actor=new)


def _unreal(doc: Doc, view: SentenceView, r: Relation, w: _Words) -> bool:
    if r.certainty in ("hedged", "negated"):
        return False
    objs = [t for s in _slots(view, r, False) if (t := _root(doc, s)) is not None]
    subj = [t for s in _slots(view, r, True) if (t := _root(doc, s)) is not None]
    return bool(objs) and all(
        _unreal_head(t, w) is not None
        and not _real_relative(t, w)
        and not any(_own_clause(x, t) for x in subj)
        for t in objs
    )


def _real_relative(token: Token, w: _Words) -> bool:
    """The mention opens a relative clause that asserts ("it could expand into P, where it
    already recruits"): the relation may be read from that clause."""
    return any(
        c.dep_ == "relcl" and not any(a.dep_ == "aux" and a.lower_ in w.modals for a in c.children)
        for c in token.children
    )


def clause_checked(
    doc: Doc, views: Sequence[SentenceView], relations: Iterable[Relation]
) -> list[Relation]:
    """The relations less those their sentence does not state (a question, a modal or
    intended clause, a speaker's words about others), each object that is a mere possessor
    ("X's affiliate Y") replaced by the actor it possesses."""
    w = _words()
    out: list[Relation] = []
    for r in relations:
        view = views[r.anchor.sentence] if 0 <= r.anchor.sentence < len(views) else None
        if view is None or not (view.start <= r.anchor.start < view.end):
            out.append(r)
            continue
        if (
            _question(view, r)
            or _unreal(doc, view, r, w)
            or _speaker_only(doc, view, r, w)
            or _regarder(doc, view, r, w)
        ):
            continue
        out.append(_through_possessive(doc, view, r))
    return out
