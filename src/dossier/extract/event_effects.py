"""What an event did and with what: fatalities, injured, the weapon of a trigger, its claim.

``effects_of`` reads "killing 22 cadets and wounding 60", "N people were killed in the
attack" and "a policeman was killed" (one) off the parse, with ACLED's conventions for vague
numbers (:func:`dossier.extract.common.find_counts`); ``weapon_of`` finds a weapon-lexicon
phrase the trigger or its objects govern ("with a car bomb", "detonated explosives").

``reconcile_tolls`` weighs the figures several sources give for one event (the convention is
written out in ``data/extract/event_rules.yaml``, "Casualty tolls"): the attacking side's own
claim only raises ``high``; a later revision ("the death toll was later raised to 27")
replaces ``best``; :func:`combine_tolls` joins the credible figures of merged mentions (lowest
as ``low``, largest as ``best``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dossier.extract.common import find_counts
from dossier.extract.numbers import is_vague
from dossier.nlp.text import TokensByChar, doc_sentences, doc_text
from dossier.nlp.token_table import doc_tokens, token_table
from dossier.records import NumberRange

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder, Span2
    from dossier.extract.events import EventFrame

__all__ = [
    "as_claimed",
    "claim_of",
    "combine_tolls",
    "count_of",
    "effects_of",
    "reconcile_tolls",
    "weapon_of",
]


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
            if c.dep_ in {"compound", "nmod"} and not (
                # "a bomb maker", "an explosives expert": a person, not the weapon used
                host is not tok and host.lemma_.lower() in finder.rules.words("weapon_trade_nouns")
            ):
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
    # "an IED struck a vehicle": the weapon is the trigger's subject
    cands += [c for c in tok.children if c.dep_ == "nsubj"]
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
    if finder.rules.names_no_one(np):
        return None  # "No one was killed in the blast": no toll, not one dead
    lo, hi = np.left_edge.idx, np.right_edge.idx + len(np.right_edge)
    # "Mon 3 Nov: city councillor X": what a colon ends is a label (a date, a place), never
    # part of the count
    # (the parser may also make the label the head: "Tue 4 Mar: the mayor ...")
    colons = [
        t
        for t in np.subtree
        if t.text == ":"
        and t.i + 1 < len(np.doc)
        # not "killed three people: two soldiers and a child", a count the colon spells out
        and not any(w.lemma_.lower() in finder.person_nouns for w in np.doc[np.left_edge.i : t.i])
    ]
    if colons:
        lo = max(lo, np.doc[colons[-1].i + 1].idx)
        hi = max(hi, lo)
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
    age = _age_after(finder, np)
    if age is not None:
        hi = min(hi, max(np.idx + len(np), age.idx - 1))  # "headman X, 52,": one man
    text = doc_text(finder.doc)[lo:hi]
    counts = find_counts(text, lo)
    if counts and _dated_number(np, counts[0].start):
        # (s16) "a driver on the road on 15 November": a day's number is no count
        counts = []
    if counts:
        c = counts[0]
        # "dozens" is ACLED's 12: a toll takes no made-up upper bound from a vague word
        return NumberRange(c.low, c.best, None if is_vague(c.text) else c.high, c.text)
    dets = [c.lower_ for c in np.children if c.dep_ in {"det", "nummod", "poss"}]
    named = any(  # "city councillor (concejal) Ramón Zambrano": a person by name
        c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.tag_ == "NNP" for c in np.children
    )
    if (
        (np.ent_type_ == "PERSON" and np.tag_ == "NNP")
        or named
        or (
            (np.lemma_.lower() in finder.person_nouns or np.lemma_.lower() in finder.role_nouns)
            # "killed a senior IS official": the parser may tag a person noun as an adjective
            and (np.tag_ in {"NN", "NNP"} or np.tag_ == "JJ" and np.dep_ in {"dobj", "nsubjpass"})
            and np.lower_ not in finder.rules.words("collective_person_nouns")
            and (
                set(dets) & {"a", "an", "one", "another", "the", "his", "her", "its", "their"}
                # "killed Abu Salman's deputy": one person
                or any(c.dep_ == "poss" for c in np.children)
            )
        )
    ):
        # "a policeman", "killing the driver", "Khalil Haqqani": one person
        return NumberRange(1, 1, 1, text)
    return None


def _dated_number(np: Token, start: int) -> bool:
    """The number at character ``start`` in the phrase of ``np`` is part of a date the
    phrase holds ("a driver on the road on 15 November"), not a count of ``np``."""
    tok = next((t for t in np.subtree if t.idx <= start < t.idx + len(t)), None)
    return (
        tok is not None
        and tok.head.i != np.i
        and tok.ent_type_ in {"DATE", "TIME"}
        and tok.head.ent_type_ in {"DATE", "TIME"}
    )


def _age_after(finder: ArgumentFinder, np: Token) -> Token | None:
    """ "village headman X, 52,", "a teacher, 41,": a bare number set off by commas right
    after a person's name or a person noun is the person's age, never a count of dead."""
    doc = np.doc
    # one person, by name or by a singular noun ("a rubber tapper, 44,"): no count of 44
    person = np.tag_ in {"NN", "NNP"} and np.pos_ in {"NOUN", "PROPN"}
    if not person or np.i + 3 >= len(doc) or doc[np.i + 1].text != ",":
        return None
    num = doc[np.i + 2]
    after = doc[np.i + 3]
    if (
        num.like_num
        and num.text.isdigit()
        and 0 < int(num.text) < 120
        and after.text in {",", ")", ".", ";"}
        and num.head.i in {np.i, *(t.i for t in np.subtree)}
    ):
        return num
    return None


def _found_dead(finder: ArgumentFinder, tok: Token) -> NumberRange | None:
    """ "found the bodies of nine people", "located a grave containing at least 11 bodies":
    the dead counted among the remains a discovery verb finds (h5, s13)."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    if tok.lemma_.lower() not in finder.rules.words("discovery_verbs"):
        return None
    remains = finder.rules.words("remains_nouns")
    for obj in (c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}):
        for noun in obj.subtree:
            if noun.lemma_.lower() in remains or noun.lower_ in remains:
                count = count_of(finder, noun)
                if count is not None:
                    return count
    return None


_COUNT_NOUNS = frozenset(
    {"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands"}
)


def effects_of(finder: ArgumentFinder, tok: Token) -> tuple[NumberRange | None, NumberRange | None]:
    fatal_verbs = finder.rules.words("fatality_verbs")
    injury_verbs = finder.rules.words("injury_verbs")
    death_verbs = finder.rules.words("death_verbs")
    fatalities: NumberRange | None = None
    injured: NumberRange | None = None
    verbs: list[Token] = []
    if tok.pos_ in {"VERB", "AUX"}:
        verbs.append(tok)
        # (s17) "militants ambushed a patrol ..., and a roadside bomb wounded three officers in
        # Mokolo": a conjoined verb with an agent of its own tells another deed's toll
        verbs += [
            c
            for c in tok.children
            if c.dep_ == "advcl"
            or (c.dep_ == "conj" and not any(g.dep_ == "nsubj" for g in c.children))
        ]
    verbs += [c for c in tok.children if c.dep_ == "relcl"]
    if (
        tok.dep_ == "advcl"
        and any(c.dep_ in {"advmod", "mark"} and c.lower_ == "when" for c in tok.children)
        and tok.head.lemma_.lower() in fatal_verbs | injury_verbs | death_verbs
    ):
        # "three people died when a drone dropped mortar rounds on the town" (h15, s12)
        verbs.append(tok.head)
    if tok.pos_ in {"NOUN", "PROPN"}:
        # "its attack on the school in Peshawar, which killed 149 people": the parser may
        # hang the relative clause on the last noun of the attack's phrase
        verbs += _inner_relatives(tok)
    # "killing 35 people, with more than 50 people injured": the "with" clause may hang on
    # the participle
    verbs += [g for v in list(verbs) for g in v.children if g.dep_ == "advcl" and _with(g)]
    verbs += [
        g
        for v in list(verbs)
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pcomp" and _with(g)
    ]
    # "N people were killed in the attack"
    killing = fatal_verbs | injury_verbs | death_verbs  # once, not once per token
    sent = tok.sent
    table = token_table(tok.doc)
    toks, lemmas = table.tokens, table.lemma_lowers
    for k in range(sent.start, sent.end):
        if lemmas[k] in killing:
            t = toks[k]
            for prep in t.children:
                on_trigger = any(p.i == tok.i for p in prep.children)
                if prep.dep_ == "prep" and prep.lower_ in {"in", "during", "by"} and on_trigger:
                    verbs.append(t)
    found_dead = _found_dead(finder, tok)
    if found_dead is not None:
        return found_dead, None
    if tok.lemma_.lower() in finder.rules.words("mutual_fight_lemmas"):
        # "X and Y clashed; sources said more than 40 fighters died on both sides"
        verbs += [
            t
            for t in tok.sent
            if t.i != tok.i
            and t.pos_ == "VERB"
            and (
                t.lemma_.lower() in death_verbs
                or t.lemma_.lower() in fatal_verbs
                and any(c.dep_ == "nsubjpass" for c in t.children)
            )
        ]
    for v in verbs:
        lem = v.lemma_.lower()
        # "three men were shot dead", "was hacked to death": a verb of the act whose result
        # is death kills (any verb: the manner word says it, the result word says the toll)
        fatal = lem in fatal_verbs | death_verbs or _killed_by_result(finder, v)
        if not (fatal or lem in injury_verbs) or _running_total(v):
            continue
        patients = [
            c
            for c in v.children
            if c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "nsubj" and lem in death_verbs
        ]
        if not patients and fatal and lem not in fatal_verbs | death_verbs:
            # "three men shot dead in Tulcán": a result of death with no object is said of
            # the subject (a headline's passive without "were")
            patients = [
                c
                for c in v.children
                if c.dep_ == "nsubj"
                and (c.lemma_.lower() in finder.person_nouns or c.ent_type_ == "PERSON")
            ]
        if not patients:
            # "between 5 and 8 civilians were killed": the parser hangs the count on the verb
            patients = [
                c
                for c in v.children
                if c.dep_ == "prep"
                and c.lower_ == "between"
                and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in finder.person_nouns for g in c.children
                )
            ]
        if (
            not patients
            and v.dep_ == "acl"
            and v.tag_ == "VBN"
            and v.head.pos_ == "NOUN"
            # "...; at least 4 soldiers killed, per the ministry": a fragment's appositive
            and v.head.dep_ in {"dobj", "pobj", "appos"}
        ):
            patients = [v.head]  # "reported three soldiers killed"
            # "report dozens of civilians killed": the count the people hang on
            of = v.head.head
            if (
                v.head.dep_ == "pobj"
                and of.lower_ == "of"
                and (of.head.pos_ == "NUM" or of.head.lemma_.lower() in _COUNT_NOUNS)
            ):
                patients = [of.head]
        if (
            not patients
            and v.dep_ in {"ccomp", "relcl", "ROOT"}
            and v.tag_ == "VBN"
            and not any(c.dep_ in {"aux", "auxpass"} for c in v.children)
        ):
            # "Sources report at least 50 soldiers killed": a small clause, its subject the
            # dead (the parser may read "report" as a noun and the clause as its relative);
            # (s17) a list line's "militants attacked a checkpoint, 5 killed": the verbless
            # toll the parser makes the root
            patients = [c for c in v.children if c.dep_ == "nsubj"]
        if not patients and lem in fatal_verbs and not any(c.dep_ == "dobj" for c in v.children):
            # "Sources at the hospital report at least 50 soldiers and VDP killed": a counted
            # phrase just before a verb with no object is its dead, however it is parsed
            patients = _counted_before(finder, v)
        # "killed X's deputy, ..., and three of his followers": the parser may join the
        # count to the verb
        counted_too = trailing_counts(v, patients[0]) if patients else []
        if _with(v):  # "with 12 people wounded"
            patients += [c for c in v.children if c.dep_ == "nsubj"]
        for p in patients:
            # "killed the minister and five others": six
            appositions = [c for c in p.children if c.dep_ == "appos"]
            joined = [*p.conjuncts, *(j for a in appositions for j in a.conjuncts)]
            joined += [c for c in counted_too if p is patients[0]]
            n = _sum_counts(finder, [p, *joined])
            if n is None:
                continue
            if fatal and fatalities is None:
                fatalities = n
            elif lem in injury_verbs and injured is None:
                injured = n
            for conj in v.conjuncts:  # "killed two and wounded five"
                if (
                    injured is None
                    and conj.pos_ in {"NOUN", "NUM"}
                    and any(
                        g.dep_ in {"acl", "amod"} and g.lemma_.lower() in injury_verbs
                        for g in conj.children
                    )
                ):
                    # "six soldiers were killed and more than a dozen wounded"
                    injured = count_of(finder, conj)
                if conj.lemma_.lower() in injury_verbs and injured is None:
                    objs = [c for c in conj.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
                    if objs:
                        injured = count_of(finder, objs[0])
    left_dead, left_hurt = _left_dead(finder, tok)
    return fatalities or left_dead, injured or left_hurt


def _killed_by_result(finder: ArgumentFinder, verb: Token) -> bool:
    """ "shot nine passengers dead", "were beaten to death": the verb's result complement is
    a word of death (``result_death_words``), or "to" with a noun of death
    (``result_death_nouns``)."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() == "leave":
        return False  # "left 12 dead" is _left_dead's, with its subject rules
    words = finder.rules.words("result_death_words")
    nouns = finder.rules.words("result_death_nouns")
    for c in verb.children:
        if c.dep_ in {"oprd", "acomp", "advcl", "xcomp", "advmod"} and c.lower_ in words:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children)
        ):
            return True
    return False


def _counted_before(finder: ArgumentFinder, verb: Token) -> list[Token]:
    """The counted people that end just before ``verb`` ("at least 50 soldiers and VDP
    killed"): the first of a coordination, with a number of its own."""
    if verb.i == 0 or verb.tag_ not in {"VBD", "VBN"}:
        return []
    head = verb.doc[verb.i - 1]
    while not _counted_people(finder, head):
        if head.dep_ != "conj" or head.head.i >= head.i:
            return []
        head = head.head
    return [head]


def _counted_people(finder: ArgumentFinder, tok: Token) -> bool:
    return (
        tok.pos_ in {"NOUN", "PROPN"}
        and tok.lemma_.lower() in finder.person_nouns
        and any(c.dep_ == "nummod" for c in tok.children)
    )


def _inner_relatives(noun: Token) -> list[Token]:
    out: list[Token] = []
    frontier = [noun]
    for _ in range(3):
        nxt = [
            g
            for h in frontier
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in {"on", "in", "at", "against", "near", "of"}
            for g in p.children
            if g.dep_ == "pobj"
        ]
        out += [
            r
            for g in nxt
            for r in g.children
            if r.dep_ == "relcl"
            and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in r.children)
        ]
        frontier = nxt
    return out


def _running_total(verb: Token) -> bool:
    """ "more than 35,000 people have been killed since the insurgency began in 2009": a
    running total over years (a perfect tense with "since"), not the toll of one act."""
    if not any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "have" for c in verb.children):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "since")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        for c in verb.children
    )


def trailing_counts(verb: Token, after: Token) -> list[Token]:
    """ "killed X's deputy, ..., and three of his followers": counts the parser joined to the
    verb, or to a verb above it ("three of his followers" only), rather than to its object."""
    out = [c for c in verb.children if c.dep_ == "conj" and c.like_num and c.i > after.i]
    for host in verb.ancestors:
        out += [
            c
            for c in host.children
            if c.dep_ == "conj"
            and c.like_num
            and c.i > after.i
            and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        ]
    return out


def _with(verb: Token) -> bool:
    """A "with" clause: "with 12 people wounded" (a mark, or the complement of "with")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)


def _left_dead(finder: ArgumentFinder, tok: Token) -> tuple[NumberRange | None, NumberRange | None]:
    """ "The attack left at least three soldiers dead", "a siege that left 20 people wounded"."""
    dead_words = finder.rules.words("left_dead_words")
    hurt_words = finder.rules.words("left_hurt_words")
    sent = tok.sent
    table = token_table(tok.doc)
    toks, lemmas = table.tokens, table.lemma_lowers
    for leave in (toks[k] for k in range(sent.start, sent.end) if lemmas[k] == "leave"):
        subjects = [c for c in leave.children if c.dep_ == "nsubj"]
        if not (any(c.i == tok.i for c in subjects) or tok in leave.ancestors):
            continue
        for obj in (c for c in leave.children if c.dep_ == "dobj"):
            if obj.lower_ in dead_words | hurt_words:
                # (s16) "leaving 9 dead and 20 injured": the state word read as the object
                text = doc_text(tok.doc)
                figure = _count_before(text, obj.left_edge.idx, obj.idx)
                other = next(
                    (
                        _count_before(text, c.left_edge.idx, c.idx)
                        # "and 11 injured", joined to the count or to "leaving"
                        for c in (*obj.conjuncts, *leave.children)
                        if c.dep_ == "conj" and c.lower_ in dead_words | hurt_words
                    ),
                    None,
                )
                if obj.lower_ in dead_words:
                    return figure, other
                return None, figure
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


# --------------------------------------------------------------------------- tolls

_FACTS = {"asserted", "background"}
_PERP_ROLES = {"perpetrator", "initiator"}


def combine_tolls(a: NumberRange | None, b: NumberRange | None) -> NumberRange | None:
    """Two figures of one event as one range: the lowest credible figure as ``low``, the
    largest as ``best``, the largest figure given by anyone as ``high`` (none when every
    figure is open-ended). A claim (:func:`as_claimed`) has only a ``high``."""
    if a is None or b is None or a == b:
        return a if b is None else b
    lows = [x.low for x in (a, b) if x.low is not None]
    bests = [x.best for x in (a, b) if x.best is not None]
    highs = [x.high for x in (a, b) if x.high is not None]
    low = min(lows) if lows else None
    best = max(bests) if bests else None
    high = max([*highs, *([best] if best is not None else [])]) if highs else None
    text = next((x.text for x in (a, b) if best is not None and x.best == best), a.text)
    return NumberRange(low, best, high, text)


def as_claimed(figure: NumberRange) -> NumberRange:
    """A figure the attacking side claims: no fact, only an upper figure ("IS claimed that
    17 'apostates' had been killed" → high 17)."""
    values = [v for v in (figure.low, figure.best, figure.high) if v is not None]
    return NumberRange(None, None, max(values) if values else None, figure.text)


def _revised(old: NumberRange | None, new: NumberRange) -> NumberRange:
    """A later toll ("was later raised to 27") replaces the best figure; the first count
    stays the low one."""
    if old is None:
        return new
    best = new.best if new.best is not None else new.low
    lows = [x for x in (old.low, new.low) if x is not None]
    highs = [x for x in (old.high, new.high) if x is not None]
    high = max([*highs, *([best] if best is not None else [])]) if highs else None
    return NumberRange(min(lows) if lows else None, best, high, new.text)


@dataclass(frozen=True)
class _Toll:
    """A figure of the dead told apart from any trigger: "The death toll was later raised
    to 27", "the army reported 4 FAMa deaths"."""

    position: int
    sentence: int
    figure: NumberRange
    kind: str  # revised | reported | claimed | alternative
    injured: NumberRange | None = None  # "6 dead, 14 injured": the hurt told beside it


def _speech_verb(finder: ArgumentFinder, tok: Token) -> Token | None:
    """The verb of saying whose complement tells trigger ``tok`` and its toll: "SOHR said
    [the blast killed nine]", "claimed [to have killed 13 soldiers]"; None when the report
    tells it in its own voice. A trigger inside a noun phrase ("claimed responsibility for
    an attack that killed nine") is no complement of the verb."""
    speech = finder.rules.words("toll_speech_verbs")
    fatal = finder.rules.words("fatality_verbs")
    climb = {"nsubj", "nsubjpass", "dobj", "conj", "advcl", "ccomp", "xcomp"}
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() in speech:
            return head if _tells(head, cur, finder) else None
        if cur.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in fatal:
            cur = head.head  # "N people were killed in [the attack]"
            continue
        if cur.dep_ not in climb:
            return None
        cur = head
    return None


def _tells(verb: Token, clause: Token, finder: ArgumentFinder) -> bool:
    """``clause`` is what ``verb`` says: not "twin car bombs killed 121 people; al-Shabaab
    claimed responsibility", which the parser may read as a claim of the killing (a claim of
    responsibility, or another clause after a semicolon)."""
    if any(
        c.dep_ == "dobj" and c.lemma_.lower() in finder.rules.words("claim_objects")
        for c in verb.children
    ):
        return False
    lo, hi = sorted((verb.i, clause.i))
    return not any(t.text == ";" for t in verb.doc[lo:hi])


def _speakers(finder: ArgumentFinder, verb: Token) -> list[str]:
    out: list[str] = []
    for s in finder.subjects(verb):
        actor = finder.actor_in(*_np_span(s), s) or finder.refer(s)
        if actor is not None:
            out.append(actor.key)
    return out


def _attackers(frames: Sequence[EventFrame], i: int) -> set[str]:
    """Who did event ``i`` or claimed it; for a mention that names no one ("17 'apostates'
    had been killed"), who did the attack told just before."""
    for j in range(i, -1, -1):
        ev = frames[j].event
        if ev.type != "ASSAULT" or frames[i].event.anchor.sentence - ev.anchor.sentence > 2:
            continue
        side = {a.actor for a in ev.actors if a.role in _PERP_ROLES}
        if ev.responsibility == "claimed" and ev.responsibility_by:
            side.add(ev.responsibility_by)
        if side:
            return side
    return set()


def _claimed(finder: ArgumentFinder, verb: Token | None, attackers: set[str]) -> bool:
    """A figure is the attacking side's claim when a claim verb tells it ("the group claimed
    that 17 ... had been killed") or a non-state attacker gives it ("IS Sahel claimed the
    ambush, asserting that 20 soldiers were killed"); a state's account of its own operation
    is an official figure ("CENTCOM said its forces had killed ...")."""
    if verb is None:
        return False
    claims = finder.rules.words("toll_claim_verbs")
    if verb.lemma_.lower() in claims:
        return True
    if any(s.lemma_.lower() in claims for s in finder.subjects(verb)):
        return True  # "a claim published by its Amaq agency said its fighters had killed 7"
    states = finder.rules.words("state_types")
    return any(
        finder.kin(s, a) and finder.actor_type(s) not in states
        for s in _speakers(finder, verb)
        for a in attackers
    )


def _follow_up_of(
    frames: Sequence[EventFrame], i: int, by_char: TokensByChar, finder: ArgumentFinder
) -> int | None:
    """ "M23 seized the town after two days of clashes. At least 14 civilians were killed by
    shelling.": dead told in the next sentence, killed by an unnamed hand with an act no one
    is named for, are the toll of the event just before (when it has none)."""
    ev = frames[i].event
    tok = by_char.get(frames[i].trigger[0])
    if ev.type != "ASSAULT" or ev.fatalities is None or ev.actors or tok is None:
        return None
    fatal = finder.rules.words("fatality_verbs")
    by_act = tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_ in fatal
    # "were killed by shelling": the passive verb, its agent an act rather than anyone
    by_act = by_act or (
        tok.lemma_.lower() in fatal
        and any(
            c.dep_ == "agent"
            and any(
                g.dep_ in {"pobj", "pcomp"}
                and g.pos_ in {"NOUN", "VERB"}
                and finder.actor_in(*_np_span(g), g) is None
                and not finder.is_person(g, None)
                for g in c.children
            )
            for c in tok.children
        )
    )
    if not by_act:
        return None
    before = [
        k
        for k, f in enumerate(frames[:i])
        if f.event.type == "ASSAULT"
        and f.event.modality in _FACTS
        and f.event.anchor.sentence == ev.anchor.sentence - 1
    ]
    if not before or frames[before[-1]].event.fatalities is not None:
        return None
    return before[-1]


def _enemy_count(finder: ArgumentFinder, tok: Token, frames: Sequence[EventFrame], i: int) -> bool:
    """A state's count of the enemies it killed ("FAMa said its units had 'neutralised' 27
    terrorists during the counter-attack"), told after an attack on its forces: its own
    claim about the attackers' dead, not the toll of the attack's victims. (A state's
    account of an operation of its own stays an official figure.)"""
    rules = finder.rules
    sentence = frames[i].event.anchor.sentence
    attacked = {
        a.actor
        for f in frames[:i]
        if f.event.type == "ASSAULT" and 0 < sentence - f.event.anchor.sentence <= 3
        for a in f.event.actors
        if a.role == "target"
    }
    fatal = rules.words("fatality_verbs")
    verbs = [tok] if tok.lemma_.lower() in fatal else []
    verbs += [
        t
        for t in tok.sent
        if t.lemma_.lower() in fatal
        and any(
            p.dep_ == "prep"
            and p.lower_ in {"in", "during"}
            and any(g.i == tok.i for g in p.children)
            for p in t.children
        )
    ]
    states = rules.words("state_types")
    enemies = rules.words("neutralised_nouns")
    for v in verbs:
        if v.lemma_.lower() in rules.words("euphemism_toll_verbs") and v is not tok:
            return True
        if not any(
            c.dep_ in {"dobj", "nsubjpass"} and _counted_noun(c).lemma_.lower() in enemies
            for c in v.children
        ):
            continue
        speech = _speech_verb(finder, v)
        if speech is None:
            continue
        # who counts them: the speaker ("FAMa said its units had ..."), or the forces the
        # speaker says killed them ("the minister said the army repelled the attack, killing
        # dozens of militants")
        counters = [*_speakers(finder, speech), *_speakers(finder, v)]
        if any(
            finder.actor_type(k) in states and any(finder.kin(k, t) for t in attacked)
            for k in counters
        ):
            return True
    return False


def _counted_noun(np: Token) -> Token:
    """What a count counts: "militants" in "dozens of militants", "30 of the attackers"."""
    if np.pos_ == "NUM" or np.lemma_.lower() in _COUNT_NOUNS:
        for c in np.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), np)
    return np


def _tolls(doc: Doc, finder: ArgumentFinder) -> list[_Toll]:
    """Figures of the dead no trigger governs: a toll and what became of it ("The death toll
    was later raised to 27", "the toll stood at 30"), deaths a source reports ("the army
    reported 4 FAMa deaths")."""
    rules = finder.rules
    sentences = {i: n for n, s in enumerate(doc_sentences(doc)) for i in range(s.start, s.end)}
    out: list[_Toll] = []
    tolled = rules.words("toll_nouns") | rules.words("toll_death_nouns")
    for tok in doc_tokens(doc):
        lem = tok.lemma_.lower()
        if lem not in tolled:
            continue  # neither branch below takes it
        verb = tok.head
        figure: NumberRange | None = None
        kind = "reported"
        if lem in rules.words("toll_nouns") and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in {"to", "at"}:
                    figure = next(
                        (n for p in c.children if p.dep_ == "pobj" and (n := count_of(finder, p))),
                        None,
                    )
                elif c.dep_ == "prep" and c.lower_ in rules.words("toll_bound_preps"):
                    # "put the toll above 100": the preposition is the figure's bound
                    figure = _bound_figure(c)
                elif c.dep_ == "dobj" and tok.dep_ == "nsubj" and figure is None:
                    figure = count_of(finder, c)  # "the toll reached 30"
            if any(
                c.dep_ == "amod" and c.lower_ in rules.words("toll_other_source_words")
                for s in finder.subjects(verb)
                for c in s.children
            ):
                kind = "alternative"  # "other sources put the toll above 100"
            if verb.lemma_.lower() in rules.words("toll_revision_verbs"):
                kind = "revised"
        elif (
            lem in rules.words("toll_death_nouns")
            and tok.dep_ == "dobj"
            and verb.lemma_.lower() in rules.words("toll_speech_verbs")
            # a source reports them, not "142 reported fatalities across 18 events"
            and any(not s.like_num for s in finder.subjects(verb))
        ):
            # the count of the deaths themselves ("4 FAMa deaths"), not one after them
            lo = tok.left_edge.idx
            counts = find_counts(doc_text(doc)[lo : tok.idx], lo)
            figure = (
                NumberRange(counts[0].low, counts[0].best, counts[0].high, counts[0].text)
                if counts
                else None
            )
        if figure is None or figure.best is None and figure.low is None:
            continue
        out.append(_Toll(verb.idx, sentences[tok.i], figure, kind))
    out += _verbless_tolls(doc, finder, sentences)
    return sorted(out, key=lambda t: t.position)


def _verbless_tolls(doc: Doc, finder: ArgumentFinder, sentences: dict[int, int]) -> list[_Toll]:
    """ "2 dead and 5 injured, per the police.", "Balance: 4 muertos": a count of the dead
    that heads a sentence of its own, with no verb telling it, is the toll of the attack told
    just before (``toll_state_words``, English and the report languages' words for the
    dead). Never a table row: a row's cells are its own event's (``tables``)."""
    words = finder.rules.words("toll_state_words")
    text = doc_text(doc)
    out: list[_Toll] = []
    for tok in doc_tokens(doc):
        if tok.lower_ not in words or tok.i == 0:
            continue
        if tok.dep_ not in {"ROOT", "appos"} and not _bare_toll_word(tok):
            continue
        sent = tok.sent
        if "|" in sent.text or any(
            t.pos_ in {"VERB", "AUX"} and t.i < tok.i and t.dep_ != "amod" for t in sent
        ):
            continue  # a table row, or a clause whose verb tells the figure
        figure = _count_before(text, sent.start_char, tok.idx)
        if figure is None:
            continue  # the count must be the word's own: "2 dead", "**1 dead**"
        out.append(_Toll(tok.idx, sentences[tok.i], figure, "reported", _hurt_beside(finder, tok)))
    return out


def _count_before(text: str, floor: int, at: int) -> NumberRange | None:
    """The count that ends right before character ``at`` ("2 dead", "**1 dead**")."""
    counts = find_counts(text[floor:at], floor)
    if not counts or text[counts[-1].end : at].strip(" *_"):
        return None
    c = counts[-1]
    return NumberRange(c.low, c.best, None if is_vague(c.text) else c.high, c.text)


def _bare_toll_word(tok: Token) -> bool:
    """(s16) "9 dead, 20 injured, police said": a word for the dead after its count in a
    line with no verb of its own, which the parser hangs anywhere (never "9 dead soldiers":
    a word before its noun)."""
    return tok.dep_ in {"amod", "ccomp", "conj", "npadvmod", "nsubj", "dobj"} and not (
        tok.head.i > tok.i and tok.head.pos_ in {"NOUN", "PROPN"}
    )


def _hurt_beside(finder: ArgumentFinder, tok: Token) -> NumberRange | None:
    """ "6 dead, 14 injured", "4 muertos y 2 heridos": the count of the hurt told right after
    a count of the dead, in the same verbless line (``toll_hurt_words``)."""
    hurt = finder.rules.words("toll_hurt_words")
    text = doc_text(tok.doc)
    sent = tok.sent
    for t in tok.doc[tok.i + 1 : min(sent.end, tok.i + 8)]:
        if t.lower_ in hurt:
            return _count_before(text, tok.idx + len(tok), t.idx)
    return None


def _bound_figure(prep: Token) -> NumberRange | None:
    """The figure a bounding preposition gives ("above 100", "over 60")."""
    lo = prep.idx
    hi = prep.right_edge.idx + len(prep.right_edge)
    counts = find_counts(doc_text(prep.doc)[lo:hi], lo)
    if not counts:
        return None
    c = counts[0]
    return NumberRange(c.low, c.best, c.high, c.text)


def _toll_target(
    frames: Sequence[EventFrame], toll: _Toll, durative: frozenset[str] = frozenset()
) -> int | None:
    """The event a toll told apart is about: the nearest attack told before it (for a
    revision, the nearest one with a toll to revise); never a siege told as the setting of
    an attack ("..., as the RSF tightened its siege of the city": h15, s12)."""
    cands = [
        i
        for i, f in enumerate(frames)
        if f.event.type == "ASSAULT"
        and f.event.mode not in durative
        and f.event.modality in _FACTS
        and f.trigger[0] < toll.position
        and 0 <= toll.sentence - f.event.anchor.sentence <= 3
    ]
    cands.sort(key=lambda i: frames[i].trigger[0])
    if toll.kind == "revised":
        counted = [i for i in cands if frames[i].event.fatalities is not None]
        if counted:
            return counted[-1]
    return cands[-1] if cands else None


def reconcile_tolls(
    frames: Sequence[EventFrame], doc: Doc, finder: ArgumentFinder
) -> list[EventFrame]:
    """Weigh the figures of the dead that each mention of an event gives by who gives them
    (before mentions merge, while their words are at hand): the attacking side's own count
    becomes a claim (:func:`as_claimed`), and tolls told apart from any trigger revise or
    join the toll of the attack told before them."""
    out = list(frames)
    by_char = TokensByChar(doc)
    for i, frame in enumerate(out):
        ev = frame.event
        tok = by_char.get(frame.trigger[0])
        if ev.type != "ASSAULT" or ev.fatalities is None or tok is None:
            continue
        euphemism = tok.lemma_.lower() in finder.rules.words("euphemism_toll_verbs")
        if (
            euphemism
            or _enemy_count(finder, tok, out, i)
            or _claimed(finder, _speech_verb(finder, tok), _attackers(out, i))
        ):
            out[i] = replace(frame, event=replace(ev, fatalities=as_claimed(ev.fatalities)))
    for i, frame in enumerate(out):
        k = _follow_up_of(out, i, by_char, finder)
        if k is not None:
            host = out[k].event
            out[k] = replace(out[k], event=replace(host, fatalities=frame.event.fatalities))
    for toll in _tolls(doc, finder):
        j = _toll_target(out, toll, finder.rules.words("durative_modes"))
        if j is None:
            continue
        ev = out[j].event
        verb = by_char[toll.position]
        speech = verb if verb.lemma_.lower() in finder.rules.words("toll_speech_verbs") else None
        speech = speech or _speech_verb(finder, verb)
        fatalities: NumberRange | None
        if toll.kind == "revised":
            fatalities = _revised(ev.fatalities, toll.figure)
        elif toll.kind == "alternative" and ev.fatalities is not None:
            # another source's figure beside the one told: an alternative upper figure
            fatalities = combine_tolls(ev.fatalities, as_claimed(toll.figure))
        elif _claimed(finder, speech, _attackers(out, j)):
            fatalities = combine_tolls(ev.fatalities, as_claimed(toll.figure))
        else:
            fatalities = combine_tolls(ev.fatalities, toll.figure)
        injured = ev.injured if ev.injured is not None else toll.injured
        out[j] = replace(out[j], event=replace(ev, fatalities=fatalities, injured=injured))
    return out
