"""Claims and attributions of responsibility stated apart from the event they concern.

"The ELN accepted responsibility four days later" names no event: it concerns the attack the
report told just before. :func:`attach_responsibility` finds such statements (a subject that
claims, accepts or takes responsibility or credit; "blamed X", "accused X", "blamed on X",
"attributed to X") and gives the nearest ASSAULT before them (else the next one after) its
perpetrator and ``responsibility`` (claimed or attributed, and by whom), unless the event
already names another perpetrator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dossier.extract.event_args import ArgumentFinder, Span2, np_span
from dossier.extract.event_generic import generic
from dossier.extract.event_merge import RESPONSIBILITY_RANK
from dossier.records import EventActor

if TYPE_CHECKING:
    from dossier.extract.events import EventFrame

__all__ = ["Statement", "attach_responsibility", "find_statements"]

_FACTS = {"asserted", "background", "negated"}
_PERP_ROLES = {"perpetrator", "initiator"}


@dataclass(frozen=True)
class Statement:
    """Who is said to be responsible for an event, where the report says it."""

    position: int  # character offset of the verb
    sentence: int
    kind: str  # claimed | attributed
    actor: str | None  # key of the responsible actor
    span: Span2  # the words that name the responsible party
    by: str | None  # who claims or attributes it
    about: int | None = None  # character offset of the event noun the statement names
    # the act named is a new one ("accused soldiers of abusing civilians"), not "the attack"
    # told before
    fresh: bool = False


def _sentence_index(doc: Doc, tok: Token) -> int:
    return next(i for i, s in enumerate(doc.sents) if s.start <= tok.i < s.end)


def find_statements(doc: Doc, finder: ArgumentFinder) -> list[Statement]:
    """Every claim or attribution of responsibility in the document, in text order."""
    rules = finder.rules
    claim_verbs = rules.words("claim_verbs")
    claim_objects = rules.words("claim_objects")
    blame_verbs = rules.words("blame_verbs")
    out: list[Statement] = []
    for tok in doc:
        lem = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"}:
            if tok.pos_ == "NOUN" and lem in rules.words("suspect_verbs"):
                arrested, charge = _suspects(tok, lem, finder)
                out += _statements(doc, tok, arrested, charge, False, finder)
            continue
        parties: list[tuple[Token, str, str | None]] = []
        fresh = False
        if _denied(tok, finder):
            continue  # "No group claimed responsibility", "has not claimed"
        about = None
        if lem in claim_verbs and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in claim_objects
            for c in tok.children
        ):
            subjects = finder.subjects(tok)
            parties += [(s, "claimed", None) for s in subjects]
        elif (
            lem in rules.words("claim_attack_verbs")
            and (attack := _attack_object(tok, finder)) is not None
        ):
            # "A TTP commander claimed the bombing"
            parties += [(s, "claimed", None) for s in finder.subjects(tok)]
            about = attack.idx
        elif lem in rules.words("say_verbs") and (attack := _said_done(tok, finder)) is not None:
            # "Jamaat-ul-Ahrar said it carried out the attack"
            parties += [(s, "claimed", None) for s in finder.subjects(tok)]
            about = attack.idx
        elif lem in blame_verbs and not _blamed_for_other(tok, finder):
            accusers = finder.subjects(tok)
            by_tok = accusers[0] if accusers else None
            by_actor = finder.actor_in(*np_span(by_tok), by_tok) if by_tok is not None else None
            by = by_actor.key if by_actor else None
            accused = [c for c in tok.children if c.dep_ == "dobj" and lem in {"accuse", "blame"}]
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in {"on", "to"}:
                    accused += [c for c in prep.children if c.dep_ == "pobj"]
            accused += [c for c in tok.children if c.dep_ == "nsubjpass" and lem != "attribute"]
            parties += [(a, "attributed", by) for a in accused]
            # "accused X of the bombing": the statement names the attack it concerns
            named = [
                e for c in _blame_preps(tok) for e in [_event_noun(c, finder)] if e is not None
            ]
            named += [c for c in tok.children if c.dep_ == "dobj" and _is_attack(c, finder)]
            about = named[0].idx if named else None
            fresh = bool(named) and not _definite(named[0])
        if not parties:
            parties, about = _suspects(tok, lem, finder)
        out += _statements(doc, tok, parties, about, fresh, finder)
    return out


def _statements(
    doc: Doc,
    tok: Token,
    parties: list[tuple[Token, str, str | None]],
    about: int | None,
    fresh: bool,
    finder: ArgumentFinder,
) -> list[Statement]:
    # "Pablo Escobar and Gonzalo Rodriguez Gacha are behind the bombing": both are
    parties = parties + [
        (c, kind, by)
        for p, kind, by in parties
        for c in p.conjuncts
        if c.i > p.i and c.pos_ in {"NOUN", "PROPN"} and all(c is not q for q, _k, _b in parties)
    ]
    out: list[Statement] = []
    for party, kind, by in parties:
        actor = (
            finder.actor_in(*np_span(party), party)
            or finder.actor_in(party.left_edge.idx, party.right_edge.idx + len(party.right_edge))
            or finder.refer(party)
        )
        span = finder.mention_before(actor, party) or np_span(party)
        out.append(
            Statement(
                tok.idx,
                _sentence_index(doc, tok),
                kind,
                actor.key if actor else None,
                span,
                by if kind != "claimed" else (actor.key if actor else None),
                about,
                fresh,
            )
        )
    return out


def _is_attack(tok: Token, finder: ArgumentFinder) -> bool:
    rules = finder.rules
    table = rules.noun_triggers if tok.pos_ != "VERB" else rules.verb_triggers
    found = table.get(tok.lemma_.lower())
    return found is not None and found[0] == "ASSAULT"


def _attack_object(verb: Token, finder: ArgumentFinder) -> Token | None:
    """The attack a verb takes as its object: "claimed the bombing" (not a class of attacks:
    "has claimed drone attacks on US bases since October 2023")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and _is_attack(c, finder) and not generic(c, finder.rules)
        ),
        None,
    )


def _said_done(verb: Token, finder: ArgumentFinder) -> Token | None:
    """The attack a speaker says it did: "said it carried out the attack" → "attack"."""
    perform = finder.rules.words("perform_verbs")
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = [c for c in comp.children if c.dep_ == "nsubj"]
        if comp.lemma_.lower() in perform and subj and subj[0].lower_ in _SELF:
            attack = _attack_object(comp, finder)
            if attack is not None:
                return attack
    return None


_SELF = {"it", "they", "we"}


def _denied(verb: Token, finder: ArgumentFinder) -> bool:
    """The statement is negated: "has not claimed", "No group claimed", "nobody blamed"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(
        s.lower_ in {"nobody", "none", "no-one"}
        or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
        for s in finder.subjects(verb)
    )


def _definite(tok: Token) -> bool:
    """ "the attack", "this bombing", "the attacks": an event told before."""
    return tok.pos_ != "VERB" and any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these", "those"}
        for c in tok.children
    )


def _blamed_for_other(verb: Token, finder: ArgumentFinder) -> bool:
    """ "accused X of financing the insurgency", "blamed X for the crisis": the blame is for
    something other than an attack."""
    preps = _blame_preps(verb)
    return bool(preps) and all(_event_noun(p, finder) is None for p in preps)


def _blame_preps(verb: Token) -> list[Token]:
    """The "of"/"for" phrases saying what a party is blamed for, on the verb or on the
    party ("accused [soldiers of abusing civilians]")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}]


def _event_noun(tok: Token, finder: ArgumentFinder) -> Token | None:
    """The attack a "for"/"behind"/"of" phrase names: "for the murder", "for killing"."""
    for c in tok.children:
        if c.dep_ in {"pobj", "pcomp"}:
            lem = c.lemma_.lower()
            rules = finder.rules
            if (
                lem in rules.noun_triggers
                and rules.noun_triggers[lem][0] == "ASSAULT"
                or c.pos_ == "VERB"
                and lem in rules.verb_triggers
                and rules.verb_triggers[lem][0] == "ASSAULT"
            ):
                return c
    return None


def _suspects(
    tok: Token, lem: str, finder: ArgumentFinder
) -> tuple[list[tuple[Token, str, str | None]], int | None]:
    """Who a sentence holds responsible without a blame verb, and the attack it names:
    "X were responsible for the assassination", "X are behind this attack", "police
    arrested X for the murder", "X were charged with the killing"."""
    rules = finder.rules
    subjects = finder.subjects(tok)
    for c in tok.children:
        preps: list[Token] = []
        if lem == "be" and c.dep_ == "acomp" and c.lower_ == "responsible":
            preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
            kind, parties = "suspected", subjects
        elif lem == "be" and c.dep_ == "prep" and c.lower_ == "behind":
            preps, kind, parties = [c], "suspected", subjects
        elif (
            lem in rules.words("suspect_verbs") and c.dep_ == "prep" and c.lower_ in {"for", "with"}
        ):
            preps, kind = [c], "suspected"
            parties = [o for o in tok.children if o.dep_ in {"dobj", "nsubjpass"}]
            if tok.pos_ == "NOUN":  # "the arrest of 45 soldiers for killing six clergymen"
                parties = [
                    g
                    for o in tok.children
                    if o.dep_ == "prep" and o.lower_ == "of"
                    for g in o.children
                    if g.dep_ == "pobj"
                ]
        elif lem == "hold" and c.dep_ == "dobj":
            # "we hold the government and the high command responsible for this attack"
            responsible = next((t for t in tok.subtree if t.lower_ == "responsible"), None)
            if responsible is None:
                continue
            preps = [p for p in responsible.children if p.dep_ == "prep" and p.lower_ == "for"]
            kind, parties = "attributed", [c]
        elif lem == "implicate" and c.dep_ == "prep" and c.lower_ == "in":
            # "rightist sectors could be implicated in the crime"
            preps, kind = [c], "suspected"
            parties = [o for o in tok.children if o.dep_ == "nsubjpass"]
        elif lem == "suspect" and tok.dep_ == "acl" and c.dep_ == "prep" and c.lower_ == "of":
            # "three persons suspected of participating in the attack"
            kind, parties = "suspected", [tok.head]
            preps = [c, *(g for p in c.children for g in p.children if g.dep_ == "prep")]
        else:
            continue
        for prep in preps:
            event = _event_noun(prep, finder)
            if event is not None and parties:
                return [(p, kind, None) for p in parties], event.idx
    return [], None


def _target_frame(frames: Sequence[EventFrame], st: Statement) -> int | None:
    """The frame a statement concerns: the attack it names, else the nearest ASSAULT before
    it, else the next after."""
    cands = [
        i for i, f in enumerate(frames) if f.event.type == "ASSAULT" and f.event.modality in _FACTS
    ]
    if st.about is not None:
        named = [i for i in cands if frames[i].trigger[0] == st.about]
        if named:
            return named[0]
        if st.fresh:
            # "accused soldiers of abusing civilians" names an act of its own, which is no
            # event reported here: it says nothing of the attack told before
            return None
    before = [i for i in cands if frames[i].trigger[0] < st.position]
    before = [i for i in before if st.sentence - frames[i].event.anchor.sentence <= 4]
    if before:
        return before[-1]
    after = [i for i in cands if frames[i].trigger[0] > st.position]
    after = [i for i in after if frames[i].event.anchor.sentence - st.sentence <= 1]
    return after[0] if after else None


def attach_responsibility(
    frames: list[EventFrame], doc: Doc, finder: ArgumentFinder
) -> list[EventFrame]:
    """Give events the perpetrators that separate statements claim or attribute."""
    out = list(frames)
    for st in find_statements(doc, finder):
        i = _target_frame(out, st)
        if i is None:
            continue
        frame = out[i]
        ev = frame.event
        perps = {a.actor for a in ev.actors if a.role in _PERP_ROLES}
        if st.actor is not None and perps and not any(finder.kin(st.actor, p) for p in perps):
            continue  # the event already names someone else (not a branch or parent of it)
        actors = ev.actors
        if st.actor is not None and st.actor not in perps:
            actors = (*actors, EventActor(st.actor, "perpetrator"))
        # a claim outranks an attribution, which outranks a suspicion ("Suspected ADF rebels
        # killed ...; ISCAP claimed responsibility")
        stronger = RESPONSIBILITY_RANK.get(st.kind, 0) > RESPONSIBILITY_RANK.get(
            ev.responsibility or "", 0
        )
        event = replace(
            ev,
            actors=actors,
            responsibility=st.kind if stronger else ev.responsibility,
            responsibility_by=st.by if stronger else ev.responsibility_by,
        )
        spans = frame.perpetrators
        if st.span not in spans:
            spans = (*spans, st.span)
        out[i] = replace(frame, event=event, perpetrators=spans)
    return out
