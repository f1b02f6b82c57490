"""(s23) Whose people a toll counts, read from how the report names the sides of its
paragraph rather than from the toll's own sentence alone.

- :func:`called_owner` — the people noun of a toll is the noun the report calls one side
  by: "the Kuru vigilantes fought raiders ... Nine vigilantes were killed" (the vigilantes
  are the Kuru group's), "rebels overran a gendarmerie post, killing two gendarmes" (the
  gendarmerie's), "village militias known as the Tamba ... five militiamen died" (the
  Tamba's). An actor is called by a noun when one of its mentions sits inside a noun
  phrase headed by that noun ("the X vigilantes", "fighters of X", "militias known as X",
  "militants loyal to X") or its own name holds the noun ("the Gendarmerie" for gendarmes);
  the owner is the one such actor named in the toll's sentence before it or in the
  sentences before it in its paragraph.
- :func:`paragraph_attacker` — "attackers", "assailants" and the like counted in a toll
  are the men of the side the paragraph tells attacking: the armed actor that is the
  subject of the nearest attack verb ("stormed", "launched an assault") before the toll,
  in its sentence or up to three sentences before it in its paragraph, its possessive
  pronoun resolved ("when its fighters raided the town"); none where that subject names
  no actor ("troops raided a camp of X ... 15 attackers were killed": never X's).
- :func:`belonging_after` — a sentence after the toll, in its paragraph, says whose the
  dead were: "Five rebels died in the raid. Officials said the dead men were members of
  X" (the subject names the dead: ``dead_reference_words`` or the toll's own noun; the
  predicate, outside any relative clause, names one armed group and no negation).

All give None where two sides fit equally (no guess).

Example::

    # "The X vigilantes fought raiders. Nine vigilantes were killed": X's key
    called_owner(doc, views, view, noun, barred, state)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dossier.extract.common import ARMED_TYPES, SentenceView, Slot, resolve_reference
from dossier.extract.quantity_measures import cue_set
from dossier.extract.quantity_owners import separate_incident
from dossier.nlp.text import doc_text
from dossier.resolve.geo_rules import demonym_country

__all__ = [
    "FORCE_KINDS",
    "PARAGRAPH_BREAK",
    "belonging_after",
    "calls_by",
    "called_owner",
    "named_actors",
    "paragraph_attacker",
]

# a blank line: the end of a paragraph (one pattern for every reader of paragraphs here)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
# the kinds of actor that own fighters (no mere organisation) and the state's forces
FORCE_KINDS = frozenset(ARMED_TYPES - {"organization"})
_STATE = "state_forces"
# how far up the parse a mention may sit below the noun that calls it
_CALL_DEPTH = 4
# how many sentences before the toll's own, within its paragraph, are read
_LOOKBACK = 3


def _same_stem(one: str, other: str) -> bool:
    """Whether two words are one noun of people: one is the other, at least five letters
    long, plus an ending of the same people (``people_noun_endings``: "gendarme"/
    "gendarmerie", "militia"/"militiaman", "police"/"policeman"); never another word that
    merely starts so ("guard"/"Guardians", "worker"/"Workers'" are the same, "guard"/
    "guardianship" is not)."""
    short, long = sorted((one.lower().rstrip("'’"), other.lower().rstrip("'’")), key=len)
    if len(short) < 5 or not long.startswith(short):
        return False
    return long[len(short) :] in cue_set("people_noun_endings") | {""}


def _noun_words(noun: Token) -> tuple[str, ...]:
    return (noun.lemma_.lower(), noun.lower_)


def _paragraph_views(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView
) -> list[SentenceView]:
    """``view`` and up to ``_LOOKBACK`` sentences before it with no blank line between."""
    text = doc_text(doc)
    out = [view]
    for i in range(view.index - 1, max(-1, view.index - 1 - _LOOKBACK), -1):
        if separate_incident(out[-1].text):
            break  # "In a separate raid, ...": the sides before are another story's
        if PARAGRAPH_BREAK.search(text[views[i].start : out[-1].start]):
            break
        out.append(views[i])
    return out


def named_actors(view: SentenceView) -> list[Slot]:
    """The actors a sentence names, people aside (quantity_tolls reads them too)."""
    return [s for s in view.slots if s.kind == "actor" and s.key and s.actor_type != "person"]


def calls_by(doc: Doc, slot: Slot, words: tuple[str, ...]) -> bool:
    """Whether this mention calls its actor by the noun ``words`` (lemma, form): its name
    holds the noun, or the noun heads the phrase the mention sits in."""
    if any(_same_stem(w, x) for w in _WORD.findall(slot.text) for x in words):
        return True
    before = doc_text(doc)[max(0, slot.start - 12) : slot.start].lower()
    if any(before.endswith(f"{p}-") for p in cue_set("opposed_prefixes")):
        return False  # "an anti-X militia" is X's enemy, not X's men
    span = doc.char_span(slot.start, slot.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _named_as(span[0], words):
        return True
    tok = span.root
    for _ in range(_CALL_DEPTH):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and any(_same_stem(tok.lemma_, x) for x in words):
            return True
        # "militias known locally as X", "fighters allied with X": a participle of naming or
        # allegiance on the noun; any other verb ends the phrase ("X attacked the militias",
        # "vigilantes fighting X", "bandits attacked by X" do not call X so)
        if tok.pos_ in ("VERB", "AUX") and not (
            tok.dep_ == "acl"
            and tok.lemma_.lower() in cue_set("naming_participles") | cue_set("allegiance_words")
        ):
            return False
    return False


def _named_as(first: Token, words: tuple[str, ...]) -> bool:
    """ "militias known locally as X", "the vigilantes, called X": the noun a few words
    before the mention, with only a participle of naming (``naming_participles``),
    adverbs, "as", articles or commas between (the parse often hangs the name elsewhere)."""
    naming = cue_set("naming_participles")
    doc = first.doc
    for i in range(first.i - 1, max(-1, first.i - 1 - _CALL_DEPTH - 2), -1):
        tok = doc[i]
        if tok.pos_ == "NOUN" and any(_same_stem(tok.lemma_, x) for x in words):
            return any(t.lemma_.lower() in naming for t in doc[i + 1 : first.i])
        if not (
            tok.pos_ in ("ADV", "DET", "ADP", "SCONJ", "PUNCT") or tok.lemma_.lower() in naming
        ):
            return False
    return False


def called_owner(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    noun: Token,
    barred: set[str] | frozenset[str],
    state: bool,
) -> str | None:
    """The one actor of the toll's paragraph the report calls by the toll's people noun (the
    module docstring): a state force for a noun of state personnel (``state``), an armed
    actor otherwise; never one of ``barred`` (the toll's doer). None where none or several fit."""
    words = _noun_words(noun)
    if set(words) & cue_set("side_generic_nouns"):
        return None  # "fighters", "soldiers": every side's men are called so
    if any(c.dep_ in ("amod", "compound") and demonym_country(c.text) for c in noun.children):
        return None  # "two Iraqi border guards": their country says whose, not the noun
    # an organisation the report calls "vigilantes" is an armed side by that very name
    kinds = frozenset({_STATE}) if state else frozenset(ARMED_TYPES)
    cands: dict[str, Slot] = {}
    for v in _paragraph_views(doc, views, view):
        for s in named_actors(v):
            if v is view and s.start >= noun.idx:
                continue
            if s.key and s.key not in barred and (s.actor_type or "") in kinds:
                cands.setdefault(s.key, s)
    if not cands:
        return None
    called: set[str] = set()
    for key in cands:
        mentions = (s for v in views for s in v.slots if s.key == key)
        if any(calls_by(doc, s, words) for s in mentions):
            called.add(key)
    return called.pop() if len(called) == 1 else None


def _attack_verb(tok: Token) -> bool:
    """A verb of attacking: ``attack_target_verbs`` and ``side_attack_verbs``, or a verb of
    doing one whose object is an attack ("launched an assault", "carried out a raid":
    ``incident_doing_verbs``, ``incident_nouns``)."""
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() in cue_set("attack_target_verbs") | cue_set("side_attack_verbs"):
        return True
    # "launched an assault", "carried out a raid"; never "repelled the assault", "condemned
    # the attack": the object is an attack only with a verb of doing one
    if tok.lemma_.lower() not in cue_set("incident_doing_verbs"):
        return False
    nouns = cue_set("incident_nouns")
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns for c in tok.children)


def _subject_actor(views: Sequence[SentenceView], view: SentenceView, verb: Token) -> str | None:
    """The armed actor the subject of ``verb`` names, or its possessive or subject pronoun
    stands for ("its fighters raided", "they stormed")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        named = {
            s.key
            for s in named_actors(view)
            if lo <= s.start < hi and (s.actor_type or "") in FORCE_KINDS | {_STATE}
        }
        if named & {s.key for s in named_actors(view) if s.actor_type == _STATE}:
            # (s23b) "troops stormed a base, and 15 assailants were killed": reports call a
            # state's men who attack "troops", seldom "attackers"; which side is meant is
            # open, so none
            return None
        if len(named) == 1:
            return named.pop()
        if named:
            return None
        pron = next(
            (t for t in subj.subtree if t.lower_ in cue_set("own_pronouns") and t.pos_ == "PRON"),
            None,
        )
        if pron is not None:
            ref = resolve_reference(views, view.index, pron.idx, pron.lower_)
            if ref is not None and ref.key and (ref.actor_type or "") in FORCE_KINDS:
                return ref.key
    return None


def paragraph_attacker(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    noun: Token,
    exclude: set[str] | frozenset[str],
) -> tuple[bool, str | None]:
    """The side that attacked in the toll's paragraph, owner of the "attackers" it counts
    (the module docstring), after whether an attack is told at all: (True, None) where the
    nearest sentence with an attack verb names two attacking sides or none ("troops raided a
    camp of X ... 15 attackers were killed": never X's), (False, None) where none is told."""
    for v in _paragraph_views(doc, views, view):
        span = doc.char_span(v.start, v.end, alignment_mode="expand")
        if span is None:
            continue
        found: set[str] = set()
        told = False
        for tok in span:
            if v is view and tok.idx >= noun.idx:
                break
            if _attack_verb(tok) and tok.i != noun.head.i and not _harm_of(tok, noun):
                told = True
                if _denied_or_unreal(tok):
                    continue  # "X did not attack", "X threatened to storm": no attacker told
                key = _subject_actor(views, v, tok)
                if key is not None and key not in exclude:
                    found.add(key)
        if told:
            return True, (found.pop() if len(found) == 1 else None)
    return False, None


def _harm_of(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` is the harm the toll counts ("killed 30 attackers", "30 attackers
    were killed"): the first verb above the noun, not an attack told before it whose clause
    merely holds the toll ("gunmen attacked a mine, and police said five assailants were
    killed", "troops ambushed bandits near X, where nine attackers died")."""
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.i == verb.i


def _denied_or_unreal(verb: Token) -> bool:
    """Whether a verb is negated ("did not attack") or only wanted, planned or feared
    ("threatened to storm", "could attack": an open complement or a modal)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(c.tag_ == "MD" for c in verb.children):
        return True
    wanting = cue_set("intent_verbs") | cue_set("threat_verbs")
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in wanting


def _following_views(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView
) -> list[SentenceView]:
    """Up to two sentences after ``view`` with no blank line between."""
    text = doc_text(doc)
    out: list[SentenceView] = []
    last = view
    for v in views[view.index + 1 : view.index + 3]:
        if PARAGRAPH_BREAK.search(text[last.start : v.start]):
            break
        out.append(v)
        last = v
    return out


def _names_the_dead(subj: Token, noun: Token) -> bool:
    """A definite subject that stands for the people a toll counted: "the slain men", "the
    dead", "those killed", "the bodies", "the militants" (the toll's own noun)."""
    words = list(subj.subtree)
    if not any(t.lower_ in cue_set("dead_reference_determiners") for t in words):
        return False
    dead = cue_set("dead_reference_words")
    return any(t.lemma_.lower() in dead or t.lower_ in dead for t in words) or (
        subj.lemma_.lower() == noun.lemma_.lower()
    )


def belonging_after(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, noun: Token
) -> str | None:
    """The one armed group a following sentence of the paragraph says the counted dead
    belonged to (the module docstring); None where none says so, or two are named."""
    for v in _following_views(doc, views, view):
        span = doc.char_span(v.start, v.end, alignment_mode="expand")
        if span is None:
            continue
        for subj in (t for t in span if t.dep_ in ("nsubj", "nsubjpass")):
            if not _names_the_dead(subj, noun):
                continue
            verb = subj.head
            if verb.lemma_.lower() not in cue_set("belonging_predicates") or _doubted(verb):
                continue
            # a relative clause in the predicate tells of something else ("X, a group that
            # ambushed an army truck"), and the subject is the dead themselves
            skip = {t.i for c in verb.subtree if c.dep_ == "relcl" for t in c.subtree}
            skip |= {t.i for t in subj.subtree}
            pred = [t for t in verb.subtree if t.i not in skip]
            if verb.lemma_.lower() == "be" and not any(
                t.lemma_.lower() in cue_set("allegiance_words") | cue_set("belonging_nouns")
                for t in pred
            ):
                continue  # "the dead were civilians": no group
            spans = [(t.idx, t.idx + len(t.text)) for t in pred]
            keys = {
                str(s.key)
                for s in named_actors(v)
                if (s.actor_type or "") in FORCE_KINDS and any(a <= s.start < b for a, b in spans)
            }
            if len(keys) == 1:
                return keys.pop()
        if any(t.like_num or t.lemma_.lower() in cue_set("more_of_same_words") for t in span):
            return None  # "Two civilians also died. ... the dead were ...": which dead?
    return None


def _in_relative(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` sits in a relative clause below ``verb`` ("members of X, a group that
    did not ...": not the belonging's own negation)."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _doubted(verb: Token) -> bool:
    """Whether a belonging is denied or left open: a negation in its clause ("were not
    members of X", "belonged to a rival group, not to X"), a "whether"/"if" or a modal on it
    ("it was unclear whether the dead were ...", "may have been"), or a verb of denial or a
    negation above it ("officials denied that the dead were ...": ``belonging_denial_verbs``)."""
    if any(t.dep_ == "neg" and not _in_relative(t, verb) for t in verb.subtree):
        return True
    if any(c.dep_ == "mark" and c.lower_ in cue_set("doubt_marks") for c in verb.children):
        return True
    if any(c.tag_ == "MD" for c in verb.children):
        return True  # "the dead may have been members of X": a guess, not a belonging told
    denials = cue_set("belonging_denial_verbs")
    return any(
        a.lemma_.lower() in denials or any(c.dep_ == "neg" for c in a.children)
        for a in verb.ancestors
    )
