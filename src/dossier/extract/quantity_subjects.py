"""Subjects of quantities: the actor a figure belongs to (the module docstring of
:mod:`dossier.extract.quantities`, step 3).

An actor inside the counted noun phrase ("ISKP fighters"), else the subject of the verb the
figure depends on ("it has about 2,500 fighters", with "it" and "the group" resolved), else
the nearest preceding actor that is a sentence subject; and for recruits and departures the
group joined or left ("Up to 400 fighters joined ISWAP"). The speaker of a reported clause
("UNICEF reported that 120 children had been abducted") is no subject; people harmed in a
passive clause take its "by" phrase; fighters met in a clash ("clashed with 30 insurgents")
belong to the other side; a war or clashes between two sides name no one actor.

"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import (
    ARMED_TYPES,
    DEFINITE_ORG,
    SentenceView,
    Slot,
    focal_group,
    load_data,
    resolve_reference,
)
from dossier.extract.quantity_measures import (
    HARM_MEASURES,
    governing_verb,
    token_at,
    verb_measures,
)
from dossier.nlp.text import doc_text

__all__ = [
    "NOBODY",
    "anaphor_group",
    "figure_subject",
    "joined_group",
    "passive_agent",
    "payee",
    "striker",
]


# what :func:`_verb_subject` answers when the clause names a subject that is no one actor
# ("Its war with JNIM has killed ..."): no figure subject, and no fallback to another actor
NOBODY = ""


def _cues(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("quantity_cues.yaml").get(name) or ())


def _two_sided(noun: Token) -> bool:
    """A subject naming fighting between sides: "the war", "Its war with JNIM", "clashes
    between the two groups" (``two_sided_nouns``, or any noun with "with"/"between")."""
    if noun.lemma_.lower() in _cues("two_sided_nouns"):
        return True
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ in ("between", "with", "against") for c in noun.children
    )


def _slot_key(slots: Sequence[Slot], tok: Token) -> str | None:
    """The key of the slot ``tok`` lies in, if any."""
    return next((s.key for s in slots if s.start <= tok.idx < s.end), None)


# people taken or freed: the count is the taker's or freer's, not the group of those taken
_CAPTIVE_MEASURES = frozenset({"arrested", "kidnapped", "released"})

# subject nouns whose "of" phrase names whose figure it is: "estimates of JNIM's strength"
_SIZE_NOUNS = frozenset(
    {"estimate", "strength", "size", "number", "count", "figure", "manpower", "ranks"}
)


@lru_cache(maxsize=2)
def _group_anaphor(split: bool = False) -> re.Pattern[str]:
    """ "the faction" (``group_anaphors``), or with ``split`` "the breakaway"
    (``split_group_anaphors``, which :func:`_split_group` resolves)."""
    cues = load_data("quantity_cues.yaml")
    key = "split_group_anaphors" if split else "group_anaphors"
    nouns = [str(n) for n in cues.get(key) or ["faction"]]
    return re.compile(rf"^(?:the|this|that)\s+(?:{'|'.join(map(re.escape, nouns))})$", re.I)


# the group a split group split from: "a splinter group *of* the ADF", "broke away *from* the X"
_SPLIT_FROM = re.compile(r"\b(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _split_group(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, at: int
) -> str | None:
    """(s24b) The group "the breakaway" or "the splinter group" (``split_group_anaphors``)
    at offset ``at`` stands for: the one armed group named in this sentence before it or in
    the two before (:func:`resolve_reference`), unless the report names that group as the
    one a group split from ("a splinter group *of* the ADF", "broke away *from* the ADF"),
    which the breakaway is not. The callers have matched the phrase with
    ``_group_anaphor(split=True)``."""
    ref = resolve_reference(views, view.index, at, "the group", lookback=2)
    if ref is None or not ref.key:
        return None
    text = doc_text(doc)
    named = [s for v in views[max(0, view.index - 2) : view.index + 1] for s in v.slots]
    if any(
        s.key == ref.key and _SPLIT_FROM.search(text[max(0, s.start - 20) : s.start]) for s in named
    ):
        return None
    return ref.key


def _the_group(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, at: int, words: str
) -> Slot | None:
    """The armed group "the group" (or "the movement") at offset ``at`` stands for: opening
    a paragraph ("The group, which has an estimated 7,000 fighters, ..." after a paragraph on
    a militia that fought it), the group the report is about; else the group named just
    before (:func:`resolve_reference`)."""
    text = doc_text(doc)
    opening = view.index == 0 or bool(
        re.search(r"\n\s*$", text[views[view.index - 1].start : view.start])
    )
    if opening and not text[view.start : at].strip(" \t\"“'(-*"):
        focal = focal_group(views) or _most_named_before(views, view)
        if focal is not None and (focal.actor_type or "organization") in ARMED_TYPES:
            return focal
    return resolve_reference(views, view.index, at, words)


def anaphor_group(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, noun: Token
) -> str | None:
    """(s20c) The armed group a definite noun phrase headed by ``noun`` stands for, where
    the phrase names no actor itself: "Analysts put *the organisation*, led by X, at 9,000
    members", "estimates *the faction* at 3,000" (``group_anaphors`` read as "the group",
    or "the group", "the movement", "the rebels": ``DEFINITE_ORG``): opening a paragraph,
    the report's own group (:func:`_the_group`); else the one armed group of the nearest
    sentence that names any (this one before the phrase, then up to two before), read by
    the shared :func:`~dossier.extract.common.resolve_reference`, which gives none where
    that sentence names two groups (s21: the rule moved there). None for any other phrase
    ("the army", "his faction", "the displaced")."""
    words = " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "punct")
    if _group_anaphor(split=True).match(words):
        return _split_group(doc, views, view, noun.left_edge.idx)
    if _group_anaphor().match(words):
        words = "the group"
    if not DEFINITE_ORG.match(words):
        return None
    text = doc_text(doc)
    at = noun.left_edge.idx
    opening = view.index == 0 or bool(
        re.search(r"\n\s*$", text[views[view.index - 1].start : view.start])
    )
    if opening and not text[view.start : at].strip(" \t\"“'(-*"):
        ref = _the_group(doc, views, view, at, words)  # the report's own group
        return ref.key if ref is not None and ref.key else None
    ref = resolve_reference(views, view.index, at, words, lookback=2)
    return ref.key if ref is not None and ref.key else None


_NEXT_WORD = re.compile(r"[ \t]*\)?[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?([A-Za-z][\w-]*)")
_THE_NOUN = re.compile(r"^(?:the|this|that)\s+([a-z][\w-]+)$", re.IGNORECASE)


def _named_by_head(views: Sequence[SentenceView], view: SentenceView, noun: Token) -> str | None:
    """The actor "the mission" (a bare "the" and a common noun) stands for: the one named
    last, in this sentence before it or in the three before, whose name has that noun ("the
    Multinational Security Support (MSS) mission", "the Three Brotherhood Alliance")."""
    words = " ".join(t.text for t in noun.subtree if t.i <= noun.i)
    m = _THE_NOUN.match(words)
    if m is None or noun.pos_ != "NOUN":
        return None
    word = re.compile(rf"\b{re.escape(noun.lemma_)}(?:s|es)?\b", re.IGNORECASE)
    text = doc_text(noun.doc)
    at = noun.left_edge.idx
    for earlier in reversed(views[max(0, view.index - 3) : view.index + 1]):
        for sl in reversed(earlier.slots):
            if sl.kind != "actor" or sl.start >= at or not sl.key:
                continue
            after = _NEXT_WORD.match(text, sl.end)
            if (sl.actor_type or "") != "person" and (
                word.search(sl.text) or (after and word.fullmatch(after.group(1)))
            ):
                return sl.key  # the name, or the noun right after it ("the MSS mission")
    return None


def _most_named_before(views: Sequence[SentenceView], view: SentenceView) -> Slot | None:
    """The armed group named most often before ``view`` (of two named as often, an armed
    group before a militia, one the gazetteer knows, then the one named last): the one a
    paragraph opening on "The group" goes on about."""
    counts: dict[str, list[Slot]] = {}
    for earlier in views[: view.index]:
        for sl in earlier.slots:
            if sl.kind == "actor" and sl.key and (sl.actor_type or "") in ARMED_TYPES:
                counts.setdefault(sl.key, []).append(sl)
    ranked = sorted(
        counts.values(),
        key=lambda sls: (
            len(sls),
            sls[0].actor_type == "armed_group",  # an insurgent group before a militia
            not (sls[0].key or "").startswith("new:"),
            sls[-1].start,
        ),
        reverse=True,
    )
    return ranked[0][0] if ranked else None


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


def payee(views: Sequence[SentenceView], view: SentenceView, tok: Token) -> str | None:
    """ "Families paid $2 million in ransoms to bandits": the actor money is paid to (the
    "to" phrase of a ``payment_verbs`` verb the figure is the object of); :data:`NOBODY`
    when the money is paid to no actor named ("the government paid a ransom"), None when no
    verb of paying governs it."""
    verb = tok
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _cues("payment_verbs"):
        return None
    actors = [s for s in view.slots if s.kind == "actor" and s.actor_type != "person"]
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            key = _phrase_actor(views, view, actors, obj)
            if key:
                return key
    return NOBODY


def _by_agent(
    views: Sequence[SentenceView], view: SentenceView, actors: Sequence[Slot], noun: Token
) -> str | None:
    """The actor of "attacks *by the group*", "operations by ISWAP": whose activity it is."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            key = _phrase_actor(views, view, actors, obj)
            if key or _definite_org(obj):
                return key
    return None


def _definite_org(obj: Token) -> bool:
    return DEFINITE_ORG.match(" ".join(t.text for t in obj.subtree)) is not None


def _phrase_actor(
    views: Sequence[SentenceView], view: SentenceView, actors: Sequence[Slot], obj: Token
) -> str | None:
    """The actor a "by" phrase's object names, directly or as "the group"/"the insurgents"."""
    key = next((k for t in obj.subtree if (k := _slot_key(actors, t))), None)
    if key:
        return key
    if _definite_org(obj):
        words = " ".join(t.text for t in obj.subtree)
        ref = resolve_reference(views, view.index, obj.idx, words)
        return ref.key if ref is not None and ref.key else None
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
        if _two_sided(s_tok):
            return NOBODY  # "Its war with JNIM has killed hundreds": both sides' dead
        # "ISKP", "TTP attacks", or the group inside "Estimates of JNIM's strength"
        whole = s_tok.lemma_.lower() in _SIZE_NOUNS
        key = _slot_key(actors, s_tok) or next(
            (k for t in s_tok.subtree if (t.i < s_tok.i or whole) and (k := _slot_key(actors, t))),
            None,
        )
        if key:
            return key  # "ISKP", or "TTP attacks have killed"
        described = s_tok
        if (
            s_tok.lower_ in ("which", "who", "that")
            and verb.dep_ == "ccomp"
            and verb.head.dep_ == "relcl"
        ):
            # "a coalition that the army says has been reduced to": the relative clause's
            # antecedent, through the verb of saying
            described = verb.head.head
            key = _slot_key(actors, described)
            if key:
                return key
        lo = min(t.idx for t in described.subtree)
        for a in actors:
            a_tok = token_at(doc, a.end - 1)
            if a_tok is not None and (
                a_tok.dep_ == "pobj" or any(t.lemma_.lower() == "accord" for t in a_tok.ancestors)
            ):
                continue  # "According to the army, the dissidents have ...": the source
            if a.end <= lo and re.fullmatch(r"\s*,\s*", doc_text(doc)[a.end : lo]):
                # "Dawlah Islamiyah (DI), a coalition of cells that the military says has been
                # reduced to": a description of the actor before it, which the parser made
                # the subject
                return a.key
        if s_tok.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            # "the handover from ATMIS to AUSSOM, which began with roughly 11,000 troops":
            # the relative pronoun stands for its antecedent, or the last actor it names
            ante = verb.head
            if _two_sided(ante):
                return NOBODY
            inside = [k for t in ante.subtree if t.i < s_tok.i and (k := _slot_key(actors, t))]
            if _slot_key(actors, ante) or inside:
                return _slot_key(actors, ante) or inside[-1]
            named = " ".join(t.text for t in ante.subtree if t.i <= ante.i)
            if _group_anaphor().match(named):
                named = "the group"
            if DEFINITE_ORG.match(named):
                # "The group, which has an estimated 7,000 fighters": the group named before
                ref = _the_group(doc, views, view, ante.left_edge.idx, named)
                return ref.key if ref is not None else None
            key = _named_by_head(views, view, ante)
            if key:
                return key  # "The mission, which numbers roughly 1,000 personnel"
        by = _by_agent(views, view, actors, s_tok)
        if by:
            return by  # "Attacks by the group killed ..."
        # the subject up to its head: "The group, known locally as X, has ..." is "The group"
        words = " ".join(t.text for t in s_tok.subtree if t.i <= s_tok.i)
        if _group_anaphor(split=True).match(words):
            # (s24b) "the breakaway has 300 men": never the group it left (nobody then)
            return _split_group(doc, views, view, s_tok.left_edge.idx) or NOBODY
        if _group_anaphor().match(words):
            words = "the group"  # "the faction", "the outfit": an armed group named before
        if not DEFINITE_ORG.match(words) and (key := _named_by_head(views, view, s_tok)):
            return key  # "The mission now has roughly 900 personnel": the mission named before
        if s_tok.lower_ in ("it", "they") or DEFINITE_ORG.match(words):
            exclude = None
            if verb.dep_ == "ccomp":  # "The UN estimates that it has": not the UN
                speaker = [c for c in verb.head.children if c.dep_ == "nsubj"]
                exclude = _slot_key(actors, speaker[0]) if speaker else None
            ref = (
                _the_group(doc, views, view, s_tok.left_edge.idx, words)
                if exclude is None and DEFINITE_ORG.match(words)
                else resolve_reference(views, view.index, s_tok.idx, words, exclude=exclude)
            )
            return ref.key if ref is not None else None
    else:
        # a subject the parser missed: an actor right before the verb and its auxiliaries
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
        for s in actors:
            if any(s.start <= a.idx < s.end for a in auxes):
                return s.key  # "that IS has 3,000 fighters" with "IS" read as a verb
        first = min([verb, *auxes], key=lambda t: t.i)
        for s in actors:
            if 0 <= first.idx - s.end <= 3:
                return s.key
    if verb.dep_ in ("conj", "xcomp") and depth < 2:
        # "X did A and had B"; "it is estimated to have 6,000 fighters"
        return _verb_subject(doc, views, view, actors, verb.head, depth + 1)
    return None


def striker(views: Sequence[SentenceView], view: SentenceView, noun: Token) -> str | None:
    """The actor that struck or destroyed the counted targets: the subject of the verb ("the
    army destroyed 12 Hezbollah positions": the army, not Hezbollah), or the "by" phrase of a
    passive one ("30 targets were hit by Turkish jets"); None when the clause names neither."""
    verb = governing_verb(noun)
    if verb is None:
        return None
    actors = [s for s in view.slots if s.kind == "actor" and s.actor_type != "person"]
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if passive or (verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children)):
        return _agent(views, view, actors, verb) or None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj and subj[0].lower_ in ("it", "they", "we") and verb.dep_ == "ccomp":
        # "the army said it destroyed 12 positions": the speaker speaks of itself
        speaker = [c for c in verb.head.children if c.dep_ == "nsubj"]
        key = _slot_key(actors, speaker[0]) if speaker else None
        if key:
            return key
    return _verb_subject(noun.doc, views, view, actors, verb) or None


def passive_agent(views: Sequence[SentenceView], view: SentenceView, verb: Token) -> str:
    """The actor of a passive verb's "by" phrase ("80% of the capital is controlled *by
    gangs*"), or :data:`NOBODY`."""
    actors = [s for s in view.slots if s.kind == "actor" and s.actor_type != "person"]
    return _agent(views, view, actors, verb)


def _agent(
    views: Sequence[SentenceView], view: SentenceView, actors: Sequence[Slot], verb: Token
) -> str:
    """The actor of a passive verb's "by" phrase ("abducted *by ISWAP*", "by the
    insurgents"), or :data:`NOBODY` when it names none or there is none."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for obj in (c for c in agent.children if c.dep_ == "pobj"):
            key = _phrase_actor(views, view, actors, obj)
            if key:
                return key
    return NOBODY


def _other_side(
    views: Sequence[SentenceView], view: SentenceView, head: Token, exclude: str | None
) -> str:
    """ "clashed with a group of around 30 *insurgents*": the group the fighters counted
    belong to, which is not the subject of the clause ("the insurgents" read as a reference
    to an armed group named before, never ``exclude``), else :data:`NOBODY`."""
    words = f"the {head.lower_}"
    if DEFINITE_ORG.match(words):
        ref = resolve_reference(views, view.index, head.idx, words, exclude=exclude)
        if ref is not None and ref.key:
            return ref.key
    return NOBODY


def _in_subject(tok: Token) -> bool:
    """An actor token in the subject of its sentence: the subject itself, or a name inside
    a subject the parser left without a verb ("Tehrik-e-Taliban Pakistan (TTP) and
    affiliated factions carried out ..." parsed as a noun phrase with a clause on it)."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ == "ROOT":
            return t is not tok and t.pos_ in ("NOUN", "PROPN")
        if t.dep_ not in ("compound", "appos", "nmod", "punct", "amod", "flat"):
            return False
        t = t.head
    return False


def _speaks_of(tok: Token, figure: Token | None) -> bool:
    """ "UNICEF reported that at least 120 children had been abducted": the actor is the
    subject of a verb whose reported clause holds the figure, its source, not its owner."""
    for _ in range(4):
        # "A United Nations monitoring team report ... estimated that": the subject's head
        if tok.dep_ in ("compound", "poss", "nmod", "amod", "appos") and tok.head is not tok:
            tok = tok.head
    if figure is None or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return any(
        c.dep_ in ("ccomp", "parataxis") and figure in c.subtree
        for c in verb.children
        if c.i != tok.i
    )


def _described_noun(head: Token) -> Token | None:
    """The noun a participle phrase holding the counted noun describes: "the rebels,
    estimated at 1,500 fighters" gives "rebels"; None elsewhere."""
    t = head
    for _ in range(3):
        if t.dep_ not in ("pobj", "prep", "dobj", "oprd", "attr") or t.head is t:
            return None
        t = t.head
        if t.pos_ == "VERB":
            break
    if t.pos_ != "VERB" or t.tag_ != "VBN" or t.dep_ != "acl":
        return None
    return t.head if t.head.pos_ in ("NOUN", "PROPN") else None


def figure_subject(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    head: Token | None,
    position: int,
    measure: str | None = None,
) -> str | None:
    """The actor a figure belongs to (see the module docstring, step 3).

    ``measure`` is what the figure counts: for people harmed, a passive clause with the
    counted people as subject names its actor only by a "by" phrase ("120 children had been
    abducted by insurgents"), never by the speaker who reported it.
    """
    actors = [s for s in view.slots if s.kind == "actor" and s.actor_type != "person"]
    if head is not None:
        # an actor inside the noun phrase: "ISKP fighters", "JNIM's 2,000 fighters"
        np_start = min(t.idx for t in head.subtree)
        for s in actors:
            if np_start <= s.start < head.idx and measure not in _CAPTIVE_MEASURES:
                # (but "arrested 14 suspected ISWAP members": ISWAP's men, the police's count)
                return s.key
        if measure in ("fighters", "deployed", "members"):
            # "4,000 soldiers and police of the Rwanda Security Forces": the force named in
            # the "of" phrase of the counted people
            heads = [head, *(c for c in head.children if c.dep_ == "conj")]
            for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
                if prep.lower_ != "of":
                    continue
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    key = _slot_key(actors, obj)
                    if key:
                        return key
        described = _described_noun(head) if measure in ("fighters", "members") else None
        if described is not None:
            # "The rebels, estimated at 1,000 to 1,500 fighters, ...": the noun the participle
            # describes, an actor or "the rebels" standing for the group named before
            key = _slot_key(actors, described)
            words = " ".join(t.text for t in described.subtree if t.i <= described.i)
            if key is None and _group_anaphor().match(words):
                words = "the group"
            if key is None and DEFINITE_ORG.match(words):
                ref = _the_group(doc, views, view, described.left_edge.idx, words)
                key = ref.key if ref is not None else None
            if key:
                return key
        if measure not in HARM_MEASURES:
            # "Hezbollah's strength before the war was estimated at ...": the one group whose
            # strength or size is the sentence's subject owns the figure, however parsed
            owners = {
                s.key
                for s in actors
                if s.start < position
                and (tok := token_at(doc, s.end - 1)) is not None
                and tok.dep_ == "poss"
                and tok.head.lemma_.lower() in _SIZE_NOUNS
                and tok.head.dep_ in ("nsubj", "nsubjpass", "ROOT")
                and not _speaks_of(tok, head)
            }
            if len(owners) == 1:
                return owners.pop()
        v = head
        preps: list[str] = []
        last_dep = head.dep_
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
                if v.dep_ == "prep":
                    preps.append(v.lower_)
                last_dep = v.dep_
                v = v.head
                if v.pos_ in ("VERB", "AUX"):
                    break
            else:
                break
        if v.pos_ == "NOUN" and v.dep_ in ("ccomp", "ROOT", "conj") and v.tag_ == "NNS":
            # "that Fano fields between 20,000 and 50,000 fighters", parsed [Fano fields] as a
            # noun heading a clause: a verb misread, whose subject is the name before it
            for c in v.children:
                key = _slot_key(actors, c) if c.dep_ == "compound" and c.i < v.i else None
                if key:
                    return key
        if v.pos_ not in ("VERB", "AUX"):
            # "recruited between 1,000 and 1,500 new fighters": through the range
            v = governing_verb(head) or v
        if (
            last_dep == "nsubj"
            and v.dep_ == "ccomp"
            and v.head.lemma_.lower() in _cues("holding_verbs")
            and not any(c.dep_ == "mark" for c in v.children)
            and measure not in HARM_MEASURES
            and v.lemma_.lower() not in verb_measures()
        ):
            # (s22) "the front has some 900 fighters divided among four sectors", parsed as
            # a clause [fighters divided ...] under "has": the holder is the subject of "has";
            # (s22b) not where the clause tells what befell them ("the mission counts 2,000
            # fighters demobilised", "300 rebels killed"): those are no holder's own men
            v = v.head
        if v.pos_ in ("VERB", "AUX"):
            opposing = v.lemma_.lower() in _cues("opposing_verbs") and (
                last_dep in ("dobj", "obj") or any(p in _cues("opposing_preps") for p in preps)
            )
            if opposing and measure not in HARM_MEASURES:
                # "RSF troops clashed with a group of around 30 insurgents": the other side
                subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
                mine = _verb_subject(doc, views, view, actors, v) if subj else None
                return _other_side(views, view, head, mine) or None
            if measure in HARM_MEASURES and last_dep == "nsubjpass":
                # "120 children had been abducted by insurgents": the people harmed
                return _agent(views, view, actors, v) or None
            key = _verb_subject(doc, views, view, actors, v)
            if key == NOBODY:
                return None
            if key:
                return key
    figure = head or token_at(doc, position)
    # the nearest preceding actor that is a grammatical subject in the sentence
    best = None
    for s in actors:
        if s.start >= position:
            break
        tok = token_at(doc, s.end - 1)
        if tok is not None and _in_subject(tok) and not _speaks_of(tok, figure):
            best = s.key
    if best is None:
        # "Estimates of JNIM's strength range from ...": the one group whose figure it is
        owners = {
            s.key
            for s in actors
            if s.start < position
            and (tok := token_at(doc, s.end - 1)) is not None
            and (tok.dep_ == "poss" or tok.head.lemma_.lower() in _SIZE_NOUNS)
            and measure not in HARM_MEASURES  # "According to IOM's DTM, 12,000 displaced"
            and not any(a.lemma_.lower() == "accord" for a in tok.ancestors)
            and not _speaks_of(tok, figure)  # "the UN estimates that IS has": its source
        }
        if len(owners) == 1:
            best = owners.pop()
    if best is None and measure not in HARM_MEASURES:
        # "Its fighting strength is usually put at ...": the group "Its" stands for
        sent = figure.sent if figure is not None else None
        for tok in sent or ():
            if tok.idx >= position:
                break
            if (
                tok.lower_ in ("its", "their")
                and tok.dep_ == "poss"
                and any(
                    t.lemma_.lower() in _SIZE_NOUNS for t in tok.doc[tok.i + 1 : tok.head.i + 1]
                )
            ):
                # (also "its armed strength range", with "strength" parsed as a compound)
                ref = resolve_reference(views, view.index, tok.idx, tok.lower_)
                if ref is not None and ref.key:
                    return ref.key
            named = " ".join(t.text for t in tok.subtree if t.i <= tok.i)
            if _group_anaphor().match(named):
                named = "the group"
            if (
                tok.dep_ == "poss"
                and tok.head.lemma_.lower() in _SIZE_NOUNS
                and DEFINITE_ORG.match(named)
            ):
                # "Estimates of the group's fighting strength vary": the group named before
                ref = _the_group(doc, views, view, tok.left_edge.idx, named)
                if ref is not None and ref.key:
                    return ref.key
    return best
