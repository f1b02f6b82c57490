"""What an event did and with what: fatalities, injured, the weapon of a trigger, its claim.

``effects_of`` reads "killing 22 cadets and wounding 60", "N people were killed in the
attack" and "a policeman was killed" (one) off the parse, with ACLED's conventions for vague
numbers (:func:`dossier.extract.common.find_counts`); ``weapon_of`` finds a weapon-lexicon
phrase the trigger or its objects govern ("with a car bomb", "detonated explosives").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.common import find_counts
from dossier.nlp.text import doc_text
from dossier.records import NumberRange

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder, Span2

__all__ = ["claim_of", "count_of", "effects_of", "weapon_of"]


def weapon_of(
    finder: ArgumentFinder, tok: Token, objects: list[Token]
) -> tuple[str | None, list[Span2], str | None]:
    cands: list[Token] = []
    for host in [tok, *objects]:
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ in {"with", "using"}:
                cands += [p for p in c.children if p.dep_ == "pobj"]
            elif host is tok and tok.tag_ == "VBN" and c.dep_ == "agent":
                # "struck by an explosive-laden drone boat and two anti-ship missiles"
                for p in c.children:
                    if p.dep_ == "pobj":
                        cands += [p, *p.conjuncts]
            if c.dep_ in {"compound", "nmod"}:
                cands.append(c)
    for c in tok.children:
        if c.dep_ == "dobj" and tok.lemma_.lower() in {
            "plant",
            "detonate",
            "hurl",
            "throw",
            "explode",
            "use",
        }:
            cands.append(c)
    if tok.dep_ in {"nsubj"} and tok.head.lemma_.lower() in {"explode", "go", "detonate"}:
        cands.append(tok)
    for c in cands:
        mods = [m.lower_ for m in c.lefts if m.dep_ in {"compound", "amod"}]
        texts = [doc_text(finder.doc)[slice(*_np_span(c))].lower()]
        texts += [" ".join([*mods[i:], c.lower_]) for i in range(len(mods))]
        for text in (*texts, c.lower_, c.lemma_.lower()):
            mode = finder.rules.weapon_mode(text)
            if mode:
                return text, [_np_span(c)], mode
    return None, [], None


def count_of(finder: ArgumentFinder, np: Token) -> NumberRange | None:
    lo, hi = np.left_edge.idx, np.right_edge.idx + len(np.right_edge)
    # the phrase itself, not the ones joined to it ("Khalil Haqqani, ..., and five others")
    joined = [
        c
        for c in np.subtree
        if c.dep_ in {"conj", "cc"}
        and c.i > np.i
        and c.head.dep_ != "compound"
        and (c.head.i == np.i or c.head.dep_ == "appos")
    ]
    if joined:
        first = min(joined, key=lambda c: c.i)
        hi = max(np.idx + len(np), first.left_edge.idx)
    text = doc_text(finder.doc)[lo:hi]
    counts = find_counts(text, lo)
    if counts:
        c = counts[0]
        return NumberRange(c.low, c.best, c.high, c.text)
    dets = [c.lower_ for c in np.children if c.dep_ in {"det", "nummod", "poss"}]
    if (np.ent_type_ == "PERSON" and np.tag_ == "NNP") or (
        np.lemma_.lower() in finder.person_nouns
        and np.tag_ in {"NN", "NNP"}
        and np.lower_ not in finder.rules.words("collective_person_nouns")
        and set(dets) & {"a", "an", "one", "another", "the", "his", "her", "its", "their"}
    ):
        # "a policeman", "killing the driver", "Khalil Haqqani": one person
        return NumberRange(1, 1, 1, text)
    return None


def effects_of(finder: ArgumentFinder, tok: Token) -> tuple[NumberRange | None, NumberRange | None]:
    fatal_verbs = finder.rules.words("fatality_verbs")
    injury_verbs = finder.rules.words("injury_verbs")
    fatalities: NumberRange | None = None
    injured: NumberRange | None = None
    verbs: list[Token] = []
    if tok.pos_ in {"VERB", "AUX"}:
        verbs.append(tok)
        verbs += [c for c in tok.children if c.dep_ in {"advcl", "conj"}]
    verbs += [c for c in tok.children if c.dep_ == "relcl"]
    # "N people were killed in the attack"
    for t in tok.sent:
        if t.lemma_.lower() in fatal_verbs | injury_verbs:
            for prep in t.children:
                on_trigger = any(p.i == tok.i for p in prep.children)
                if prep.dep_ == "prep" and prep.lower_ in {"in", "during", "by"} and on_trigger:
                    verbs.append(t)
    for v in verbs:
        lem = v.lemma_.lower()
        if lem not in fatal_verbs | injury_verbs:
            continue
        patients = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
        for p in patients:
            # "killed the minister and five others": six
            appositions = [c for c in p.children if c.dep_ == "appos"]
            joined = [*p.conjuncts, *(j for a in appositions for j in a.conjuncts)]
            n = _sum_counts(finder, [p, *joined])
            if n is None:
                continue
            if lem in fatal_verbs and fatalities is None:
                fatalities = n
            elif lem in injury_verbs and injured is None:
                injured = n
            for conj in v.conjuncts:  # "killed two and wounded five"
                if conj.lemma_.lower() in injury_verbs and injured is None:
                    objs = [c for c in conj.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
                    if objs:
                        injured = count_of(finder, objs[0])
    left_dead, left_hurt = _left_dead(finder, tok)
    return fatalities or left_dead, injured or left_hurt


def _left_dead(finder: ArgumentFinder, tok: Token) -> tuple[NumberRange | None, NumberRange | None]:
    """ "The attack left at least three soldiers dead", "a siege that left 20 people wounded"."""
    dead_words = finder.rules.words("left_dead_words")
    hurt_words = finder.rules.words("left_hurt_words")
    for leave in (t for t in tok.sent if t.lemma_.lower() == "leave"):
        subjects = [c for c in leave.children if c.dep_ == "nsubj"]
        if not (any(c.i == tok.i for c in subjects) or tok in leave.ancestors):
            continue
        for obj in (c for c in leave.children if c.dep_ == "dobj"):
            state = {
                c.lower_
                for c in [*leave.children, *obj.children]
                if c.dep_ in {"oprd", "xcomp", "ccomp", "amod", "acomp"}
            }
            total = _sum_counts(finder, [obj, *obj.conjuncts])
            if total is None:
                continue
            if state & dead_words:
                return total, None
            if state & hurt_words:
                return None, total
    return None, None


def _sum_counts(finder: ArgumentFinder, nps: list[Token]) -> NumberRange | None:
    """ "three soldiers and three attackers": six."""
    counts = [c for c in (count_of(finder, np) for np in nps) if c is not None]
    if not counts:
        return None
    if len(counts) == 1:
        return counts[0]
    low = sum(c.low or 0 for c in counts)
    best = sum((c.best if c.best is not None else c.low) or 0 for c in counts)
    highs = [c.high for c in counts]
    high = sum(h for h in highs if h is not None) if all(h is not None for h in highs) else None
    text = doc_text(finder.doc)[
        nps[0].left_edge.idx : nps[-1].right_edge.idx + len(nps[-1].right_edge)
    ]
    return NumberRange(low, best, high, text)


def _np_span(tok: Token) -> Span2:
    from dossier.extract.event_args import np_span

    return np_span(tok)


def claim_of(finder: ArgumentFinder, tok: Token) -> tuple[str | None, str | None]:
    """Who claimed an event noun, and how: "a bombing, which the movement later claimed";
    "X claimed responsibility for the murder of ..."."""
    verbs = finder.rules.raw["responsibility_verbs"]
    for c in tok.children:
        if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in verbs:
            for agent in c.children:
                if agent.dep_ == "agent":
                    lo, hi = agent.idx, agent.right_edge.idx + len(agent.right_edge)
                    actor = finder.actor_in(lo, hi)
                    if actor:
                        return verbs[c.lemma_.lower()], actor.key
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.lemma_.lower() in {"responsibility", "credit"}:
            verb = cur.head
            if verb.lemma_.lower() in verbs:
                for s in finder.subjects(verb):
                    actor = finder.actor_in(*_np_span(s), s)
                    if actor:
                        return verbs[verb.lemma_.lower()], actor.key
            break
    return None, None
