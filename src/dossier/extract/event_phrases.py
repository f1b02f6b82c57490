"""Phrase extents in the dependency parse, for reading an event trigger's arguments.

Pure functions of spaCy tokens: the clause a noun trigger belongs to (:func:`clause_head`),
the noun phrase a head token names without its clauses and appositions (:func:`np_span`),
a phrase with its modifiers (:func:`extent`), the verbs a subjectless participle hangs on
(:func:`participle_hosts`), and the word classes the argument readers share.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dossier.nlp.token_table import token_table

__all__ = [
    "PRONOUN_ORG",
    "PRONOUN_PERSON",
    "RELATIVE",
    "Span2",
    "after_heading",
    "clause_head",
    "during_which",
    "extent",
    "np_span",
    "participle_hosts",
    "prep_objects",
    "same_party",
]

Span2 = tuple[int, int]
RELATIVE = {"that", "which", "who", "whom", "whose"}
PRONOUN_ORG = {"it", "its", "they", "them", "their"}
PRONOUN_PERSON = {"he", "him", "his", "she", "her"}


def prep_objects(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions in ``preps``: "clashes between X and Y" →
    X (its conjuncts are the caller's)."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


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
    dropped = _dropped_under(tok)
    keep = [t for t in tok.subtree if not dropped(t.i)]
    keep = [t for t in keep if t.dep_ not in {"det", "punct", "predet"} or t.i > tok.i]
    if not keep:
        return tok.idx, tok.idx + len(tok)
    start = min(t.idx for t in keep)
    limit = _right_limit(tok, dropped)  # once, not once per kept token
    end = max(t.idx + len(t) for t in keep if t.i <= limit)
    return start, max(end, tok.idx + len(tok))


def extent(tok: Token) -> Span2:
    """A phrase with its prepositional and appositive modifiers, up to any clause in it."""
    keep = [t for t in tok.subtree if not _in_clause(t, tok)]
    return min(t.idx for t in keep), max(t.idx + len(t) for t in keep)


def _in_clause(t: Token, head: Token) -> bool:
    table = token_table(t.doc)
    deps, heads = table.deps, table.heads
    cur = t.i
    while cur != head.i:
        if deps[cur] in {"relcl", "acl", "advcl", "ccomp", "xcomp"}:
            return True
        cur = heads[cur]
    return False


# what a noun phrase leaves out below its head (and a preposition other than "of")
_DROPPED_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})


def _in_dropped(t: Token, head: Token) -> bool:
    # the walk up the heads on the doc's token table (no token object per step)
    table = token_table(t.doc)
    deps, lowers, heads = table.deps, table.lowers, table.heads
    cur = t.i
    while cur != head.i:
        dep = deps[cur]
        if dep in _DROPPED_DEPS or (dep == "prep" and lowers[cur] not in {"of"}):
            return True
        cur = heads[cur]
    return False


def _dropped_under(head: Token) -> Callable[[int], bool]:
    """``_in_dropped(doc[i], head)`` for the tokens ``i`` under ``head``, each step up the
    heads taken once for all of them (the answers of the tokens passed are remembered)."""
    table = token_table(head.doc)
    deps, lowers, heads = table.deps, table.lowers, table.heads
    memo = {head.i: False}

    def dropped(i: int) -> bool:
        path: list[int] = []
        while i not in memo:
            dep = deps[i]
            if dep in _DROPPED_DEPS or (dep == "prep" and lowers[i] not in {"of"}):
                memo[i] = True
                break
            path.append(i)
            i = heads[i]
        answer = memo[i]
        for k in path:
            memo[k] = answer
        return answer

    return dropped


def _right_limit(tok: Token, dropped: Callable[[int], bool]) -> int:
    last = tok.i
    for t in tok.subtree:
        if not dropped(t.i) and t.i > last:
            last = t.i
    return last


def after_heading(subj: Token) -> Token:
    """The subject after an incident heading the parser took for it: in "18 March 2024,
    Paktika (Afghanistan): Pakistani jets struck ...", "jets", not "Paktika"."""
    # "Mar 5 — Fighters from the PDF said ...": a dated (or placed) heading before a dash
    dashed = (
        subj.ent_type_ in {"DATE", "TIME", "GPE", "LOC"}
        or subj.like_num
        or any(c.dep_ == "nummod" and c.like_num for c in subj.children)
    )
    colon = next(
        (
            c
            for c in subj.children
            if c.is_punct and (c.text.endswith(":") or (dashed and c.text in {"\u2014", "\u2013"}))
        ),
        None,
    )
    if colon is None:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > colon.i), subj)


def dated_subject(verb: Token) -> Token | None:
    """The subject the parser took for the object of a date's preposition: in "On 2 March
    ADF fighters captured the town" (no comma after the date), "fighters", the verb having
    no subject of its own."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "in"} or prep.i > verb.i:
            continue
        for obj in prep.children:
            if (
                obj.dep_ == "pobj"
                and obj.pos_ in {"NOUN", "PROPN"}
                and obj.ent_type_ not in {"DATE", "TIME"}
                and any(t.ent_type_ in {"DATE", "TIME"} for t in obj.lefts)
                and obj.i < verb.i
                and all(t.pos_ in {"ADV", "AUX", "PART"} for t in obj.doc[obj.i + 1 : verb.i])
            ):
                return obj
    return None


def same_party(appos: Token) -> bool:
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
    if during_which(tok):
        # "conducted an operation in Solino on 16 August, during which 12 were killed"
        gov = tok.head
        while gov.pos_ not in {"VERB", "AUX"} and gov.head.i != gov.i:
            gov = gov.head
        if gov.pos_ not in {"VERB", "AUX"}:
            return []
        return [gov, *(c for c in gov.children if c.dep_ == "dobj")]
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


def during_which(tok: Token) -> bool:
    """A clause opened by "during/in/amid which": it happened in what its host tells."""
    return tok.dep_ in {"advcl", "relcl"} and any(
        c.dep_ == "prep"
        and c.lower_ in {"during", "in", "amid"}
        and any(g.lower_ == "which" for g in c.children)
        for c in tok.children
    )


def by_agents(verb: Token, conjuncts: bool = False) -> list[Token]:
    """The nouns of the "by" agents of a passive verb or participle ("accused by Human Rights
    Watch", "backed by the UN mission"); ``conjuncts``: with the nouns joined to them ("by
    HRW and Amnesty")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents + [cj for a in agents for cj in a.conjuncts] if conjuncts else agents


def held_munitions(verb: Token, obj: Token, units: frozenset[str]) -> set[str]:
    """The munitions a verb's object counts or holds ("placed dynamite sticks", "planted ten
    sticks of dynamite"): the unit noun's compound or the object of its "of". Only when the
    verb puts them somewhere ("... under the bridge"): "left a case of grenades behind" or
    with no place at all leaves munitions, it places no bomb."""
    if obj.lemma_.lower() not in units or abandoned(verb):
        return set()
    if not any(
        c.dep_ == "prep" and c.lower_ != "of" and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    ):
        return set()
    found = {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"}
    found.update(
        g.lemma_.lower()
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    )
    return found


def abandoned(verb: Token) -> bool:
    """Whether a verb leaves its object behind ("left the grenades behind"): "behind" as a
    particle or adverb with no object of its own, no place where a bomb was put."""
    return any(
        c.lower_ == "behind"
        and c.dep_ in {"prt", "advmod", "prep"}
        and not any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def split_object(verb: Token, last_word: str) -> Token | None:
    """The object that splits a verb phrase: the verb's direct object, or the noun the parser
    hangs on the phrase's last word when it reads that word as the object or a clause ("set
    the bus ablaze" parsed with "bus" a compound of "ablaze")."""
    for c in verb.children:
        if c.i < verb.i or c.dep_ not in {"dobj", "ccomp", "xcomp", "oprd"}:
            continue
        if c.lemma_.lower() == last_word:
            return next(
                (g for g in c.children if g.dep_ in {"compound", "nsubj"} and g.i < c.i), None
            )
        if c.dep_ == "dobj":
            return c
    return None
