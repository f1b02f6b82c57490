"""Subjects of quantities: the actor a figure belongs to (the module docstring of
:mod:`dossier.extract.quantities`, step 3).

An actor inside the counted noun phrase ("ISKP fighters"), else the subject of the verb the
figure depends on ("it has about 2,500 fighters", with "it" and "the group" resolved), else
the nearest preceding actor that is a sentence subject; and for recruits and departures the
group joined or left ("Up to 400 fighters joined ISWAP").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import (
    DEFINITE_ORG,
    SentenceView,
    Slot,
    load_data,
    resolve_reference,
)
from dossier.extract.quantity_measures import governing_verb, token_at, verb_measures

__all__ = ["figure_subject", "joined_group"]


def _slot_key(slots: Sequence[Slot], tok: Token) -> str | None:
    """The key of the slot ``tok`` lies in, if any."""
    return next((s.key for s in slots if s.start <= tok.idx < s.end), None)


# subject nouns whose "of" phrase names whose figure it is: "estimates of JNIM's strength"
_SIZE_NOUNS = frozenset(
    {"estimate", "strength", "size", "number", "count", "figure", "manpower", "ranks"}
)


@lru_cache(maxsize=1)
def _group_anaphor() -> re.Pattern[str]:
    nouns = load_data("quantity_cues.yaml").get("group_anaphors") or ["faction"]
    return re.compile(rf"^(?:the|this|that)\s+(?:{'|'.join(map(re.escape, nouns))})$", re.I)


def joined_group(views: Sequence[SentenceView], view: SentenceView, noun: Token) -> str | None:
    """ "Up to 400 fighters joined ISWAP", "200 fighters quit the group": the group they
    joined or left (the object of the verb whose subject they are)."""
    verb = noun.head
    departures = set(load_data("quantity_cues.yaml").get("departure_verbs") or ())
    lemma = verb.lemma_.lower()
    if noun.dep_ not in ("nsubj", "nsubjpass") or (
        lemma not in verb_measures() and lemma not in departures
    ):
        return None
    actors = [s for s in view.slots if s.kind == "actor" and s.actor_type != "person"]
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "into", "with")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for obj in objs:
        key = next((k for t in obj.subtree if (k := _slot_key(actors, t))), None)
        if key:
            return key
        words = " ".join(t.text for t in obj.subtree)
        own = next(
            (t for t in obj.subtree if t.dep_ == "poss" and t.lower_ in ("its", "their")), None
        )
        if own is not None or DEFINITE_ORG.match(words):
            # "its ranks": the ranks of an armed group, read like "the group"
            ref = resolve_reference(
                views, view.index, obj.idx, "the group" if own is not None else words
            )
            if ref is not None and ref.key:
                return ref.key
    return None


def _by_agent(
    views: Sequence[SentenceView], view: SentenceView, actors: Sequence[Slot], noun: Token
) -> str | None:
    """The actor of "attacks *by the group*", "operations by ISWAP": whose activity it is."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            key = next((k for t in obj.subtree if (k := _slot_key(actors, t))), None)
            if key:
                return key
            words = " ".join(t.text for t in obj.subtree)
            if DEFINITE_ORG.match(words):
                ref = resolve_reference(views, view.index, obj.idx, words)
                return ref.key if ref is not None else None
    return None


def _verb_subject(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    actors: Sequence[Slot],
    verb: Token,
    depth: int = 0,
) -> str | None:
    """The actor that is the subject of ``verb`` (climbing "X did A, but B decreased")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        s_tok = subj[0]
        # "ISKP", "TTP attacks", or the group inside "Estimates of JNIM's strength"
        whole = s_tok.lemma_.lower() in _SIZE_NOUNS
        key = _slot_key(actors, s_tok) or next(
            (k for t in s_tok.subtree if (t.i < s_tok.i or whole) and (k := _slot_key(actors, t))),
            None,
        )
        if key:
            return key  # "ISKP", or "TTP attacks have killed"
        by = _by_agent(views, view, actors, s_tok)
        if by:
            return by  # "Attacks by the group killed ..."
        words = " ".join(t.text for t in s_tok.subtree)
        if _group_anaphor().match(words):
            words = "the group"  # "the faction", "the outfit": an armed group named before
        if s_tok.lower_ in ("it", "they") or DEFINITE_ORG.match(words):
            exclude = None
            if verb.dep_ == "ccomp":  # "The UN estimates that it has": not the UN
                speaker = [c for c in verb.head.children if c.dep_ == "nsubj"]
                exclude = _slot_key(actors, speaker[0]) if speaker else None
            ref = resolve_reference(views, view.index, s_tok.idx, words, exclude=exclude)
            return ref.key if ref is not None else None
    else:
        # a subject the parser missed: an actor right before the verb and its auxiliaries
        first = min(
            [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))],
            key=lambda t: t.i,
        )
        for s in actors:
            if 0 <= first.idx - s.end <= 3:
                return s.key
    if verb.dep_ in ("conj", "xcomp") and depth < 2:
        # "X did A and had B"; "it is estimated to have 6,000 fighters"
        return _verb_subject(doc, views, view, actors, verb.head, depth + 1)
    return None


def figure_subject(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    head: Token | None,
    position: int,
) -> str | None:
    """The actor a figure belongs to (see the module docstring, step 3)."""
    actors = [s for s in view.slots if s.kind == "actor" and s.actor_type != "person"]
    if head is not None:
        # an actor inside the noun phrase: "ISKP fighters", "JNIM's 2,000 fighters"
        np_start = min(t.idx for t in head.subtree)
        for s in actors:
            if np_start <= s.start < head.idx:
                return s.key
        v = head
        for _ in range(4):
            if (
                v.dep_
                in (
                    "dobj",
                    "attr",
                    "obj",
                    "pobj",
                    "prep",
                    "nummod",
                    "npadvmod",
                    "nsubj",
                    "nsubjpass",
                )
                and v.head is not v
            ):
                v = v.head
                if v.pos_ in ("VERB", "AUX"):
                    break
            else:
                break
        if v.pos_ not in ("VERB", "AUX"):
            # "recruited between 1,000 and 1,500 new fighters": through the range
            v = governing_verb(head) or v
        if v.pos_ in ("VERB", "AUX"):
            key = _verb_subject(doc, views, view, actors, v)
            if key:
                return key
    # the nearest preceding actor that is a grammatical subject in the sentence
    best = None
    for s in actors:
        if s.start >= position:
            break
        tok = token_at(doc, s.end - 1)
        if tok is not None and tok.dep_ in ("nsubj", "nsubjpass"):
            best = s.key
    if best is None:
        # "Estimates of JNIM's strength range from ...": the one group whose figure it is
        owners = {
            s.key
            for s in actors
            if s.start < position
            and (tok := token_at(doc, s.end - 1)) is not None
            and (tok.dep_ == "poss" or tok.head.lemma_.lower() in _SIZE_NOUNS)
        }
        if len(owners) == 1:
            best = owners.pop()
    return best
