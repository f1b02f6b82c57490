"""Areas of operations read off strength estimates (relB, s25).

A report often says where a group is only where it says how strong it is: "We estimate
between 4,000 and 6,000 fighters, operating in P1, P2 and P3", "the group fields 300 to 500
fighters, concentrated in P", "about 3,000 members, roughly half of them in P", "1,200
cadres are thought to remain in P", "3,000 soldiers of X were operating in P", "X keeps
4,000 fighters in P". The quantities stage has already tied the figure to its group; here
the parse ties a place to the figure: the place (or the first of a list of places) is the
object of a locative preposition ("in", "across", "throughout") that hangs on the figure's
noun, on a participle or adjective of it ("operating", "concentrated", "deployed"), on a
share of it ("half of them"), or on the verb the noun is the subject or object of (not a
verb of saying or estimating: "officials in P estimate the group at 3,000 fighters" says
where the officials are). A state's forces at home, a country (too broad for an area of
operations), and a figure told under a negation, a modal or a plan ("1,200 more troops
could be sent to P") give nothing.

The word lists are ``strengths`` in ``data/extract/relation_verbs.yaml``.

Example::

    rels = strength_relations(doc, views, actors, places, quantities)
    [(r.subject, r.predicate, r.object_place.text) for r in rels]
    # [('adf', 'operates_in', 'Beni'), ('adf', 'operates_in', 'Irumu')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import SentenceView, anchor_of, load_data
from dossier.extract.relation_certainty import relation_certainty
from dossier.records import Actor, PlaceMention, Quantity, Relation

__all__ = ["strength_relations"]


@dataclass(frozen=True)
class _Words:
    measures: frozenset[str]
    group_types: frozenset[str]
    state_types: frozenset[str]
    place_features: frozenset[str]
    preps: frozenset[str]
    report_verbs: frozenset[str]
    shares: frozenset[str]
    unreal_aux: frozenset[str]
    negations: frozenset[str]
    noun_climb: frozenset[str]
    max_climb: int
    hold_verbs: frozenset[str]
    people_nouns: frozenset[str]
    number_words: frozenset[str]
    group_nouns: frozenset[str]
    figure_preps: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    verbs = load_data("relation_verbs.yaml")
    data = verbs["strengths"]

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return _Words(
        measures=words("measures"),
        group_types=words("group_types"),
        state_types=words("state_types"),
        place_features=words("place_features"),
        preps=words("preps"),
        report_verbs=words("report_verbs"),
        shares=words("shares"),
        # the modals of a mere possibility the merger readers use (the file's top level)
        unreal_aux=frozenset(str(w).lower() for w in verbs["unreal_aux"]),
        negations=words("negations"),
        noun_climb=words("noun_climb"),
        max_climb=int(data["max_climb"]),
        hold_verbs=words("hold_verbs"),
        people_nouns=words("people_nouns"),
        number_words=words("number_words"),
        group_nouns=words("group_nouns"),
        figure_preps=words("figure_preps"),
    )


def _place_head(tok: Token, w: _Words) -> Token:
    """The word that ties a place (or a list of places) into the sentence: up from a
    conjunct to the first one and from a name to the noun it names ("P1 and P2
    districts", "the P1 zones, P2, P3 and P4")."""
    for _ in range(w.max_climb):
        if tok.dep_ not in w.noun_climb or tok.head is tok:
            break
        tok = tok.head
    return tok


def _verb_of(noun: Token, w: _Words) -> list[Token]:
    """The verbs a figure's noun is the subject or object of, with the verbs they are the
    open complement of ("cadres are thought to remain in P": "thought" and "remain")."""
    verbs: list[Token] = []
    if noun.dep_ in {"nsubj", "nsubjpass", "attr"} or (
        # "X keeps 4,000 fighters in P"; not "X rounded up 40 men in P", whose men are
        # victims, nor "police arrested 11 supporters in P"
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in w.hold_verbs
    ):
        verbs.append(noun.head)
    # the open complements down from those verbs; (s25 review) not a clause with a subject
    # of its own ("X has 7,000 fighters, and Y keeps 3,000 troops in P": Y's men)
    for v in list(verbs):
        for c in v.children:
            if (
                c.dep_ in {"xcomp", "ccomp", "conj"}
                and c.pos_ in {"VERB", "AUX"}
                and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
            ):
                verbs.append(c)
    return verbs


def _ties(prep: Token, noun: Token, w: _Words) -> bool:
    """Whether the preposition ``prep`` places the figure's noun."""
    head = prep.head
    if head == noun:
        return True
    if any(
        c.dep_ in {"appos", "npadvmod"} and c.lower_ in w.shares and c.right_edge.i + 1 == prep.i
        for c in noun.children
    ):
        # "4,000 members, half of them in P": the parser often hangs "in P" on the verb
        return True
    if head.head == noun and head.dep_ in {"acl", "amod", "relcl", "appos", "npadvmod"}:
        # "fighters, operating in P", "fighters concentrated in P", "half of them in P"
        return head.pos_ in {"VERB", "ADJ"} or head.lower_ in w.shares
    if head.lower_ in w.shares and head.head in _verb_of(noun, w):
        return True
    if (
        head.dep_ == "advcl"
        and head.tag_ in {"VBG", "VBN"}
        and 0 < head.i - noun.i <= 2
        and all(t.is_punct for t in noun.doc[noun.i + 1 : head.i])
    ):
        # "We estimate 4,000 fighters, operating in P": the participle right after the
        # figure is the figure's, though the parser hangs it on "estimate"
        return True
    if head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in w.report_verbs:
        return False
    return head in _verb_of(noun, w)


def _other_holder(noun: Token, actor: Actor, actors: Sequence[Actor], w: _Words) -> bool:
    """Whether the verb that gives the figure has another subject than the figure's group
    ("Vigilante groups allied with X number several hundred men in P": the vigilantes'
    men, whatever group the figure was filed under); a pronoun or a bare group noun
    ("it", "the group") stands for the group, as do the group's name words on the subject
    ("X groups number several hundred men in P")."""
    if noun.dep_ not in {"dobj", "attr"}:
        return False
    subjects = [c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    subj = subjects[0]
    # the subject itself or its name words ("X groups", "X's fighters") name the group
    words = [subj] + [c for c in subj.children if c.dep_ in {"compound", "amod", "poss"}]
    if any(m.start <= t.idx < m.end for t in words for m in actor.mentions):
        return False
    if any(m.start <= subj.idx < m.end for a in actors if a.key != actor.key for m in a.mentions):
        # (s25 review) "the ADF has 1,500 fighters, while the army keeps 10,000 soldiers in
        # P": a subject that names another actor holds the men, whoever the figure is filed
        # under
        return True
    bare = not any(c.dep_ in {"compound", "amod", "poss", "prep", "acl"} for c in subj.children)
    lemma = subj.lemma_.lower()
    # a bare noun stands for the group when it is a generic word for one ("the group") or
    # a word of the group's own names ("the army" for an "X Army"; never a state's army
    # standing in for a rebel group)
    own = any(lemma in n.lower().split() for n in (actor.name, *actor.aliases))
    return not (subj.pos_ == "PRON" or (bare and (lemma in w.group_nouns or own)))


def _unreal(noun: Token, w: _Words) -> bool:
    """A figure told under a negation, a modal or a plan: the verbs above its noun have
    a modal auxiliary or a negation."""
    tok = noun
    for _ in range(w.max_climb):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} and any(
            c.lower_ in w.unreal_aux or c.lower_ in w.negations
            for c in tok.children
            if c.dep_ in {"aux", "auxpass", "neg"}
        ):
            return True
    return False


def strength_relations(
    doc: Doc,
    views: Sequence[SentenceView],
    actors: Sequence[Actor],
    places: Sequence[PlaceMention],
    quantities: Sequence[Quantity],
    claim_spans: Sequence[tuple[int, int]] = (),
) -> list[Relation]:
    """``operates_in`` relations from the places of a group's strength estimates.

    :param doc: the parsed document.
    :param views: its sentence views (for the anchors).
    :param actors: the document's resolved actors.
    :param places: the document's place mentions.
    :param quantities: the document's quantities
        (:func:`dossier.extract.quantities.extract_quantities`).
    :param claim_spans: spans of attributed claims (a relation told inside one is
        ``reported``).
    :returns: relations in text order, one per subject and place.
    """
    w = _words()
    by_key = {a.key: a for a in actors}
    out: list[Relation] = []
    seen: set[tuple[str, object]] = set()
    for q in quantities:
        actor = by_key.get(q.subject or "")
        if actor is None or q.measure not in w.measures or not q.text:
            continue
        if actor.type not in w.group_types and actor.type not in w.state_types:
            continue
        at = q.anchor.quote.find(q.text)
        if at < 0:
            continue
        figure = doc.char_span(
            q.anchor.start + at, q.anchor.start + at + len(q.text), alignment_mode="expand"
        )
        if figure is None:
            continue
        # the figure's noun ("fighters" of "between 4,000 and 6,000 armed fighters", whose
        # parse may hang on "between")
        nouns = [t for t in figure if t.pos_ == "NOUN"]
        noun = nouns[-1] if nouns else figure.root
        # a count of people: a number and a noun of fighters or members ("2,000 fighters",
        # "several hundred men"), not a clash or a toll
        if noun.lemma_.lower() not in w.people_nouns or not any(
            t.like_num or t.pos_ == "NUM" or t.lower_ in w.number_words for t in figure
        ):
            continue
        if _unreal(noun, w):
            continue
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() not in w.hold_verbs:
            # "militiamen rounded up some 40 young men in P": the object of another verb
            # than one of keeping or fielding may be its victims, wherever they were
            continue
        if _other_holder(noun, actor, actors, w) or (
            # "estimated at 3,000 fighters", "a force of 3,000 men", "between 4,000 and
            # 6,000 fighters"; not the men of another clause ("allied with X number ...",
            # a misparse hanging the figure on "with")
            noun.dep_ == "pobj" and noun.head.lower_ not in w.figure_preps
        ):
            continue
        view = next((v for v in views if v.start <= figure.start_char < v.end), None)
        if view is None:
            continue
        for p in places:
            if not (view.start <= p.start and p.end <= view.end) or p.place is None:
                continue
            if p.place.feature not in w.place_features:
                continue
            if actor.type in w.state_types and actor.country in (None, p.place.country_code):
                # a state's forces at home are everywhere and say nothing by it
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                continue
            top = _place_head(span.root, w)
            if top.dep_ != "pobj" or top.head.lower_ not in w.preps:
                continue
            if not _ties(top.head, noun, w):
                continue
            key = (actor.key, p.place.geonames_id or p.place.name)
            if key in seen:
                continue
            seen.add(key)
            certainty = relation_certainty(
                doc.text, view, figure.start_char, p.end, list(claim_spans)
            )
            if certainty == "negated":
                continue
            out.append(
                Relation(
                    subject=actor.key,
                    predicate="operates_in",
                    anchor=anchor_of(view),
                    object_place=p,
                    certainty=certainty,
                )
            )
    return out
