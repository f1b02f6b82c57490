"""Report-wide reference of generic event parties: "the militants", "insurgents", "troops",
"security forces" as the actor the report means by them.

A report names a group or a state's force once and then calls its men by a generic word.
:func:`resolve_generic` maps such a word, in any role of any event, to one actor of the
document: for a non-state armed group's men, the one armed group named before it in its
paragraph, else its section, else the report's one dominant armed group; for a state's
soldiers, police or government, the one such body named before it in its paragraph, else the
body of the country the event is placed in. Two different candidates in a scope (a change of
topic, two competing groups) resolve nothing; nor does a word another modifier makes someone
else's ("rival militants", "Fulani militiamen"). Who did a deed takes only a group that was
an agent where it was named (:func:`agent_of`: "the army raided an X hideout" names X as
what was hit), never a militia (mostly pro-government), and nothing where the paragraph says
the attackers are unknown (:func:`unattributed`). Also here: who was believed to have done
a deed (:func:`believed_identity`), who set off a mine (:func:`set_off_devices`). The word
lists are ``data/extract/event_reference.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.datafiles import load_yaml
from dossier.extract import event_parties
from dossier.extract.common import is_heading
from dossier.extract.event_phrases import np_span
from dossier.extract.event_places import event_place
from dossier.nlp.text import doc_sentences, doc_text, sentence_index
from dossier.records import Actor
from dossier.resolve.actor_gazetteer import load_actor_gazetteer
from dossier.resolve.states import state_key

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder

__all__ = [
    "ReferenceLexicon",
    "agent_of",
    "believed_identity",
    "event_country",
    "generic_kind",
    "featured_party",
    "featured_speakers",
    "releasing_voices",
    "office_parties",
    "release_partners",
    "load_reference_lexicon",
    "origin_party",
    "reporting_force",
    "resolve_generic",
    "set_off_devices",
    "unattributed",
]


@dataclass(frozen=True)
class ReferenceLexicon:
    """The generic party words by kind, and the modifiers that keep or break them."""

    kinds: dict[str, frozenset[str]]
    neutral: frozenset[str]
    state_modifiers: frozenset[str]
    foreign: frozenset[str]
    kind_types: dict[str, frozenset[str]]
    opposed_types: frozenset[str]
    origin_nouns: frozenset[str]
    release_types: frozenset[str]
    owner_words: frozenset[str]
    state_weapons: frozenset[str]
    medium_preps: frozenset[str]
    channel_preps: frozenset[str]
    channel_types: frozenset[str]
    media_unit_nouns: frozenset[str]
    media_types: frozenset[str]
    speech_types: frozenset[str]
    office_nouns: frozenset[str]
    speaking_offices: frozenset[str]
    office_preps: frozenset[str]
    bygone_office_words: frozenset[str]
    office_limit_preps: frozenset[str]
    office_body_types: frozenset[str]
    reporting_types: frozenset[str]
    quote_marks: frozenset[str]
    operation_nouns: frozenset[str]
    unknown_modifiers: frozenset[str]
    unclaimed_words: frozenset[str]
    claim_verbs: frozenset[str]
    claim_objects: frozenset[str]
    no_one_words: frozenset[str]
    belief_verbs: frozenset[str]
    identity_verbs: frozenset[str]
    identity_doer_nouns: frozenset[str]
    activation_verbs: frozenset[str]
    particle_activation_verbs: frozenset[str]
    activation_particles: frozenset[str]
    activated_devices: frozenset[str]
    member_heads: frozenset[str]
    state_aligned_militias: frozenset[str]
    state_parent_types: frozenset[str]
    claimable_nouns: frozenset[str]
    unclaimed_copulas: frozenset[str]
    remote_activation_verbs: frozenset[str]
    activating_parties: frozenset[str]
    accident_subjects: frozenset[str]
    accident_marks: frozenset[str]
    suicide_doer_nouns: frozenset[str]
    self_blast_verbs: frozenset[str]
    reflexive_words: frozenset[str]


@lru_cache(maxsize=1)
def load_reference_lexicon() -> ReferenceLexicon:
    """Read ``data/extract/event_reference.yaml`` (cached)."""
    raw = load_yaml("extract/event_reference.yaml")

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(name) or ())

    return ReferenceLexicon(
        kinds={
            "armed": words("armed_group_nouns"),
            "state": words("state_force_nouns")
            | words("state_instrument_nouns")
            # (s25) "regime artillery shelled", "army drones struck": a weapon a word of the
            # state's own marks is the state's force's, as its jets are
            | frozenset(
                f"{m} {w}"
                for m in words("state_weapon_modifiers")
                for w in words("state_weapon_nouns")
            ),
            "police": words("state_police_nouns"),
            "government": words("state_government_nouns"),
        },
        neutral=words("neutral_modifiers"),
        state_modifiers=words("state_modifiers"),
        foreign=words("foreign_modifiers"),
        kind_types={k: frozenset(v) for k, v in (raw.get("kind_types") or {}).items()},
        opposed_types=frozenset(str(t) for t in raw.get("opposed_event_types") or ()),
        origin_nouns=words("origin_nouns"),
        release_types=frozenset(str(t) for t in raw.get("release_event_types") or ()),
        owner_words=words("owner_words"),
        state_weapons=words("state_weapon_nouns"),
        medium_preps=words("medium_preps"),
        channel_preps=words("channel_preps"),
        channel_types=words("channel_actor_types"),
        media_unit_nouns=words("media_unit_nouns"),
        media_types=words("media_actor_types"),
        speech_types=frozenset(str(t) for t in raw.get("speech_event_types") or ()),
        office_nouns=words("office_nouns"),
        speaking_offices=words("speaking_office_nouns"),
        office_preps=words("office_preps"),
        bygone_office_words=words("bygone_office_words"),
        office_limit_preps=words("office_limit_preps"),
        office_body_types=words("office_body_types"),
        reporting_types=frozenset(str(t) for t in raw.get("reporting_event_types") or ()),
        quote_marks=frozenset(str(q) for q in raw.get("quote_marks") or ()),
        operation_nouns=words("operation_nouns"),
        unknown_modifiers=words("unknown_modifiers"),
        unclaimed_words=words("unclaimed_words"),
        claim_verbs=words("claim_verbs"),
        claim_objects=words("claim_objects"),
        no_one_words=words("no_one_words"),
        belief_verbs=words("belief_verbs"),
        identity_verbs=words("identity_verbs"),
        identity_doer_nouns=words("identity_doer_nouns"),
        activation_verbs=words("activation_verbs"),
        particle_activation_verbs=words("particle_activation_verbs"),
        activation_particles=words("activation_particles"),
        activated_devices=words("activated_devices"),
        member_heads=words("member_heads"),
        state_aligned_militias=words("state_aligned_militias"),
        state_parent_types=words("state_parent_types"),
        claimable_nouns=words("claimable_nouns"),
        unclaimed_copulas=words("unclaimed_copulas"),
        remote_activation_verbs=words("remote_activation_verbs"),
        activating_parties=words("activating_parties"),
        accident_subjects=words("accident_subjects"),
        accident_marks=words("accident_marks"),
        suicide_doer_nouns=words("suicide_doer_nouns"),
        self_blast_verbs=words("self_blast_verbs"),
        reflexive_words=words("reflexive_words"),
    )


def generic_kind(tok: Token) -> str | None:
    """The kind of actor a generic party word stands for ("armed", "state", "police",
    "government"), or None: the noun with its last modifier ("security forces") or alone,
    and with no modifier that makes it someone else's."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in {"PERSON", "GPE", "ORG", "NORP"}:
        return None
    lex = load_reference_lexicon()
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "det"}]
    last = [c for c in mods if c.dep_ != "det" and c.i == tok.i - 1]
    kind = None
    for name, nouns in lex.kinds.items():
        pairs = {f"{m.lower_} {w}" for m in last for w in (tok.lower_, tok.lemma_.lower())}
        if pairs & nouns:
            kind, mods = name, [m for m in mods if m not in last]
            break
        if kind is None and (tok.lower_ in nouns or tok.lemma_.lower() in nouns):
            kind = name  # the bare noun, unless a later kind takes the pair
    if kind is None:
        return None
    for m in (*mods, *(c for c in tok.children if c.dep_ in {"quantmod", "nummod"})):
        low = m.lower_
        if low in lex.foreign:
            return None
        if m.dep_ == "det" or low in lex.neutral or m.like_num:
            continue
        if m.ent_type_ in {"DATE", "TIME"} and _dated_phrase(m):
            # (s20) "On 3 June insurgents attacked": the date of a prepositional phrase,
            # misparsed as a modifier (a name that reads as a date, "March 23 rebels", is
            # no date phrase and keeps the doers someone else's)
            continue
        if kind == "state" and low in lex.state_modifiers:
            continue  # (s18) "a military jet", "a government task force": the state's own
        if m.pos_ in {"PROPN"} or m.ent_type_ or m.dep_ in {"compound", "nmod", "amod"}:
            return None  # "Fulani militiamen", "rival fighters": someone else's men
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "its fighters": whose (event_parties.member_group)
    if any(
        c.dep_ in {"prep", "acl", "relcl"} and c.lower_ in lex.owner_words for c in tok.children
    ):
        return None  # "rebels of the X", "fighters from X": named there
    return kind


def _dated_phrase(tok: Token) -> bool:
    """Whether ``tok`` is in a date that opens right after a preposition ("on 3 June", "in
    early May"): back through the date's words to the preposition, never across a comma
    ("On 3 June, March 23 rebels": the parser runs the name on into the date)."""
    first = tok
    while first.ent_iob_ == "I" and first.i > first.sent.start:
        before = first.doc[first.i - 1]
        if before.is_punct:
            return False
        first = before
    return first.i > first.sent.start and first.doc[first.i - 1].pos_ == "ADP"


def resolve_generic(
    finder: ArgumentFinder, tok: Token, trigger: Token, acting: bool = False
) -> Actor | None:
    """The actor a generic party word (:func:`generic_kind`) of ``trigger``'s event stands
    for, or None when the report gives no one such actor for it. With ``acting`` (the word
    is who did the deed) an armed group must have acted where it was named (:func:`agent_of`):
    "the army raided an X hideout. The next day, assailants killed ..." names X only as what
    was hit, and the assailants stay unknown."""
    kind = generic_kind(tok) or ("armed" if suicide_doer(finder, tok, trigger) else None)
    if kind is None or _quoted(tok):
        return None
    lex = load_reference_lexicon()
    types = lex.kind_types.get(kind, frozenset())
    scopes = [
        tok.sent.start_char,
        event_parties.paragraph_start(finder, tok),
        event_parties.section_start(finder, tok),
    ]
    if kind == "armed":
        if unattributed(finder, tok):
            return None  # "No group claimed the attack", "unknown gunmen": the text says so
        country = None
    else:
        # a state's men are the force of the country the event is in: the section may have
        # moved to another country ("killed by a U.S. drone" in a history of the group)
        scopes = scopes[:2]
        country = event_country(finder, trigger)
        if kind == "state" and {tok.lower_, tok.lemma_.lower()} & lex.state_weapons:
            # (s25) "army drones struck a car near X": drones and shells strike across a
            # border, so the place tells not whose they are; the one named before, or the
            # report's state forces where all are of one country
            country = None
    for start in scopes:
        found = _named_between(finder, start, tok.idx, types, kind)
        if country is not None:
            found = [a for a in found if a.country in {None, country}]
        if kind == "armed":
            found = [a for a in found if not state_aligned(finder, a)]
        if len(found) > 1:
            return None  # two candidates: a change of topic, or groups that compete
        if found:
            if acting and kind == "armed" and not _acted(finder, found[0], start, tok.idx):
                # the one group there was only hit, held or named: still the one meant
                # where the report names no other armed group and named its men ("X
                # militants were killed ... militants attacked"), never only its camp
                lone = _only_armed_group(finder, found[0], types)
                return found[0] if lone and _men_named(finder, found[0], tok.idx) else None
            return found[0]
    if kind == "armed":
        group = event_parties.focal(finder)
        if group is None or group.type not in types or state_aligned(finder, group):
            return None
        if acting and not _acted(finder, group, 0, tok.idx):
            # "X militants were killed in an airstrike ... militants attacked a police
            # station": named only as hit, X is still the one the word can mean where the
            # report names no other armed group
            if not _only_armed_group(finder, group, types) or not _named(finder, group, tok):
                return None
        elif not acting and not _named(finder, group, tok):
            return None
        return group
    return _state_body(finder, kind, country)


def state_aligned(finder: ArgumentFinder, actor: Actor) -> bool:
    """A militia that fights for or beside the state (``state_aligned_militias``, or a
    gazetteer parent that is a government or a state force): never the insurgents a generic
    attacker word stands for."""
    if actor.type != "militia":
        return False
    lex = load_reference_lexicon()
    if actor.key in lex.state_aligned_militias:
        return True
    gaz = load_actor_gazetteer()
    return any(
        (finder.actor_type(k) or (gaz.entries[k].type if k in gaz.entries else None))
        in lex.state_parent_types
        for k in finder.ancestors(actor.key)
    )


def _men_named(finder: ArgumentFinder, group: Actor, end: int) -> bool:
    """Some mention of ``group`` before ``end`` names its men: "X militants", "fighters of
    X", "an X commander" (``armed_group_nouns``, ``member_heads``), never "an X camp"."""
    lex = load_reference_lexicon()
    men = lex.kinds["armed"] | lex.member_heads
    for s, e, a in finder.mentions:
        if s >= end:
            break
        if a.key != group.key:
            continue
        span = finder.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        while tok.dep_ in {"compound", "amod", "nmod", "poss"} and tok.head is not tok:
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in lex.owner_words:
            tok = tok.head.head  # "fighters of X"
        if tok.lemma_.lower() in men or tok.lower_ in men:
            return True
    return False


def _only_armed_group(finder: ArgumentFinder, group: Actor, types: frozenset[str]) -> bool:
    """The report names no armed group but ``group`` (its branches and parents aside)."""
    family = {group.key, *finder.ancestors(group.key)}
    return all(
        a.key in family or group.key in finder.ancestors(a.key) or state_aligned(finder, a)
        for _s, _e, a in finder.mentions
        if a.type in types
    )


def suicide_doer(finder: ArgumentFinder, tok: Token, trigger: Token) -> bool:
    """A bare "bomber(s)" (``suicide_doer_nouns``) that are a group's men: they blew
    themselves up ("two bombers blew themselves up at a police station"), or the event is a
    suicide attack. Elsewhere "bombers" may be aircraft."""
    lex = load_reference_lexicon()
    if (
        tok.lemma_.lower() not in lex.suicide_doer_nouns
        and tok.lower_ not in lex.suicide_doer_nouns
    ):
        return False
    if any(c.dep_ in {"amod", "compound", "poss"} and c.pos_ == "PROPN" for c in tok.children):
        return False  # "B-52 bombers", "Russian bombers"
    verb = tok.head
    if (
        tok.dep_ == "nsubj"
        and verb.lemma_.lower() in lex.self_blast_verbs
        and any(c.lower_ in lex.reflexive_words for c in verb.children)
    ):
        return True  # "blew themselves up", "detonated himself"
    return finder.mode_from_words(trigger, "ASSAULT") == "suicide-attack"


def _named(finder: ArgumentFinder, group: Actor, tok: Token) -> bool:
    return any(a.key == group.key and s < tok.idx for s, _e, a in finder.mentions)


def _acted(finder: ArgumentFinder, group: Actor, start: int, end: int) -> bool:
    """Some mention of ``group`` (or of a branch or parent of it) in ``[start, end)`` is an
    agent there (:func:`agent_of`)."""
    family = {group.key, *finder.ancestors(group.key)}
    for s, e, a in finder.mentions:
        if s >= end:
            break
        kin = a.key in family or group.key in finder.ancestors(a.key)
        if s >= start and kin and agent_of(finder, s, e):
            return True
    return False


def agent_of(finder: ArgumentFinder, start: int, end: int) -> bool:
    """The actor named at ``[start, end)`` is an agent of its clause: the subject of an
    active verb or copula ("X has carried out dozens of attacks", "X controls the valley",
    "X is the strongest group"), the "by" agent of a passive or of a deed noun ("attacks
    by X"), or a heading naming it; also
    through the phrase it heads or modifies ("X fighters attacked", "fighters of X
    stormed", "X and Y clashed"). Never an object, the subject of a passive ("X fighters
    were killed") or a modifier of what was hit ("an X hideout")."""
    lex = load_reference_lexicon()
    span = finder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(8):
        if tok.dep_ in {"compound", "amod", "nmod", "poss", "appos", "conj"}:
            tok = tok.head
        elif (
            tok.dep_ == "pobj"
            and tok.head.lower_ in lex.owner_words
            and tok.head.head.lemma_.lower() in lex.member_heads | lex.kinds["armed"]
        ):
            tok = tok.head.head  # "fighters of X", "members of X", "gunmen loyal to X"
        else:
            break
    if tok.dep_ in {"nsubj", "csubj"}:
        return True
    if tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "by"):
        return True  # "was attacked by X", "a wave of attacks by X"
    return tok.dep_ == "ROOT" and tok.pos_ in {"NOUN", "PROPN"}


def unattributed(finder: ArgumentFinder, tok: Token) -> bool:
    """The paragraph of ``tok`` says its attackers are unknown: "No group claimed
    responsibility", "nobody has claimed the attack", "the unclaimed bombing", "the attack
    remained unclaimed", "unknown gunmen" (``unclaimed_words`` on a ``claimable_nouns``
    word, ``unknown_modifiers``, ``claim_verbs`` with a claimable object and a "no one"
    subject or a negation). In a text with no blank lines, the paragraph is the sentence of
    ``tok`` and its neighbours: "three unclaimed bodies" or a claim a page away says nothing
    of this event."""
    lex = load_reference_lexicon()
    start, end = _claim_scope(finder, tok)
    doc = finder.doc
    # the tokens of the scope, found by their offsets (a walk of the whole doc per event
    # was the cost of this test)
    first = bisect_left(range(len(doc)), start, key=lambda i: doc[i].idx)
    last = bisect_left(range(len(doc)), end, key=lambda i: doc[i].idx)
    for t in (doc[i] for i in range(first, last)):
        if t.idx < start or t.idx >= end:
            continue
        low = t.lower_
        if low in lex.unclaimed_words and _unclaimed_act(t, lex):
            return True
        if low in lex.unknown_modifiers and generic_kind(t.head) == "armed":
            return True
        if t.lemma_.lower() in lex.claim_verbs and t.pos_ in {"VERB", "AUX"}:
            objs = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
            if not any(_claimable(o, lex) for o in objs):
                continue  # "did not claim that the town had fallen", "took part"
            if t.lemma_.lower() != "claim" and not any(
                o.lemma_.lower() in lex.claim_objects for o in objs
            ):
                continue  # "took the town": only "take responsibility"
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if any(c.dep_ == "neg" for c in t.children) or any(
                s.lower_ in lex.no_one_words
                or any(d.lower_ in lex.no_one_words for d in s.children if d.dep_ == "det")
                for s in subj
            ):
                return True
    return False


def _claim_scope(finder: ArgumentFinder, tok: Token) -> tuple[int, int]:
    """The paragraph of ``tok`` (between blank lines); in a text with none, its sentence and
    the ones just before and after."""
    text = doc_text(finder.doc)
    if "\n\n" in text:
        start = event_parties.paragraph_start(finder, tok)
        end = text.find("\n\n", tok.idx)
        return start, len(text) if end < 0 else end
    # the sentence after too: "... killing four. No group has claimed the attack." is the
    # commonest way a report says so
    sent = tok.sent
    before = finder.doc[sent.start - 1].sent if sent.start > 0 else sent
    after = finder.doc[sent.end].sent if sent.end < len(finder.doc) else sent
    return before.start_char, after.end_char


def _claimable(tok: Token, lex: ReferenceLexicon) -> bool:
    """``tok`` is an attack, an act or responsibility ("the attack", "responsibility")."""
    return tok.lemma_.lower() in lex.claimable_nouns or tok.lower_ in lex.claimable_nouns


def _unclaimed_act(word: Token, lex: ReferenceLexicon) -> bool:
    """ "unclaimed" modifies an attack ("the unclaimed bombing") or is said of one ("the
    attack remained unclaimed", "it went unclaimed"); never "three unclaimed bodies"."""
    head = word.head
    if word.dep_ in {"amod", "compound"}:
        return _claimable(head, lex)
    if word.dep_ in {"acomp", "oprd", "xcomp", "advcl", "ccomp"} and (
        head.lemma_.lower() in lex.unclaimed_copulas
    ):
        return any(c.dep_ in {"nsubj", "nsubjpass"} and _claimable(c, lex) for c in head.children)
    if word.dep_ == "ROOT" or word.pos_ in {"VERB", "ADJ"}:
        # "the attack, unclaimed so far," / a participle parsed as the clause's verb
        return any(
            c.dep_ in {"nsubj", "nsubjpass"} and _claimable(c, lex) for c in word.children
        ) or (word.dep_ == "acl" and _claimable(head, lex))
    return False


def _named_between(
    finder: ArgumentFinder, start: int, end: int, types: frozenset[str], kind: str
) -> list[Actor]:
    """The actors of ``types`` named in ``[start, end)`` (one per family: a branch and the
    organisation it belongs to count once, as the branch), with a police or army wording
    kept to the matching body."""
    found: dict[str, Actor] = {}
    for s, _e, a in finder.mentions:
        if s >= end:
            break
        if s >= start and a.type in types:
            found.setdefault(a.key, a)
    actors = list(found.values())
    if kind == "police":
        actors = [a for a in actors if event_parties.is_police(a)] or actors
    elif kind == "state":
        actors = [a for a in actors if not event_parties.is_police(a)]
    # a branch and its parent are one candidate: the branch, which is the more precise
    return [
        a
        for a in actors
        if not any(b.key != a.key and a.key in finder.ancestors(b.key) for b in actors)
    ]


def _state_body(finder: ArgumentFinder, kind: str, country: str | None) -> Actor | None:
    """The state's forces, police or government of ``country`` (the country the event is
    placed in), where the document names that body."""
    if kind == "government":
        if country is None:
            return None
        key = state_key(country)
        return next((a for _s, _e, a in finder.mentions if a.key == key), None)
    forces = [
        a
        for a in event_parties.state_forces(finder, None, all_countries=True)
        if country is None or a.country == country
    ]
    if country is None and len({a.country for a in forces}) > 1:
        return None
    forces = event_parties.choose_state_force(forces, kind == "police", fallback=False)
    return forces[0] if len(forces) == 1 else None


def event_country(finder: ArgumentFinder, trigger: Token) -> str | None:
    """The country an event is in: its trigger's place's, else the one country of every
    place its sentence names ("a bomb struck a vehicle on the Kumba-Mamfe road, killing
    two soldiers": the road's)."""
    place = event_place(finder, [trigger])
    if place is not None and place.place is not None and place.place.country_code:
        return place.place.country_code
    sent = trigger.sent
    countries = {
        p.place.country_code
        for p in finder.places
        if sent.start_char <= p.start < sent.end_char and p.place is not None
    }
    return next(iter(countries)) if len(countries) == 1 else None


def _quoted(tok: Token) -> bool:
    """The word stands in quoted speech in its sentence (an odd number of quotation marks
    before it): a speaker's words about attackers, never resolved."""
    marks = load_reference_lexicon().quote_marks
    before = sum(t.text in marks for t in tok.sent if t.i < tok.i)
    return before % 2 == 1


def reporting_force(
    finder: ArgumentFinder, tok: Token, type_id: str, roles: Sequence[tuple[str, str]]
) -> Actor | None:
    """ "X was arrested in Oslo, police said", "the group's founder was killed in July, the
    army said": a passive arrest or killing that names no one who did it, reported by a
    state's force, was that force's own deed; a killing only where everyone killed is a
    member of a non-state armed group (the army reporting its own soldiers' deaths did not
    kill them)."""
    lex = load_reference_lexicon()
    if type_id not in lex.reporting_types or tok.pos_ not in {"VERB", "AUX"}:
        return None
    if any(r in {"initiator", "perpetrator"} for _k, r in roles):
        return None
    kids = list(tok.children)
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids) or any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in kids
    ):
        return None
    says = finder.rules.words("say_verbs")
    say = tok.head if tok.dep_ in {"ccomp", "parataxis"} and tok.head.i > tok.i else None
    if say is None:
        say = next(
            (
                c
                for c in kids
                if c.dep_ in {"parataxis", "ccomp", "advcl", "conj"}
                and c.i > tok.i
                and c.lemma_.lower() in says
            ),
            None,
        )
    if say is None or say.lemma_.lower() not in says:
        return None
    speaker = next(
        (
            a
            for s in say.children
            if s.dep_ == "nsubj"
            for a in [finder.actor_in(*np_span(s), s)]
            if a is not None
        ),
        None,
    )
    if speaker is None or speaker.type != "state_forces":
        return None
    if type_id == "ASSAULT":
        if not _in_operation(tok):
            return None  # "killed in a feud", "when his own bomb exploded": not the force's
        actors = {a.key: a for _s, _e, a in finder.mentions}
        armed = {k for k, a in actors.items() if a.type in lex.kind_types.get("armed", ())}
        hit = [k for k, r in roles if r in {"victim", "target"}]
        if not hit or not all(
            k in actors and actors[k].type == "person" and actors[k].member_of in armed for k in hit
        ):
            return None
    return speaker


def _in_operation(tok: Token) -> bool:
    """ "was killed in an airstrike", "killed during a military operation": the killing is
    told as one of the operations a state force runs (``operation_nouns``), and no other
    cause or circumstance is given ("in a feud among its fighters", "when his bomb
    exploded")."""
    lex = load_reference_lexicon()
    ops = [
        g
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in {"in", "during"}
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if not any(g.lemma_.lower() in lex.operation_nouns for g in ops):
        return False
    return not any(c.dep_ == "advcl" and c.i < _say_index(tok) for c in tok.children)


def _say_index(tok: Token) -> int:
    """Where the reporting verb after ``tok`` is (the sentence end where none)."""
    return next(
        (c.i for c in tok.children if c.dep_ in {"parataxis", "ccomp"} and c.i > tok.i),
        tok.sent.end,
    )


def origin_party(finder: ArgumentFinder, tok: Token) -> tuple[Actor, Token] | None:
    """ "the shells were fired from RSF positions", "rockets launched from Houthi-held
    territory": the party whose positions (``origin_nouns``) a shot came from fired it; the
    actor and the noun of the place."""
    lex = load_reference_lexicon()
    # "rockets launched from X-held territory struck ...": the participle on what struck
    hosts = [tok] + [
        c
        for s in (finder.subjects(tok) if tok.pos_ in {"VERB", "AUX"} else [])
        for c in s.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
    ]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i < tok.i:
        hosts.append(tok.head)  # "rounds fired from X positions hit the airport"
    # only where a weapon was fired or launched: "abducted five from their camp" is a removal
    shooting = finder.rules.words("weapon_use_verbs")
    hosts = [h for h in hosts if h.lemma_.lower() in shooting]
    for prep in (p for h in hosts for p in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.lemma_.lower() not in lex.origin_nouns and pobj.lower_ not in lex.origin_nouns:
                continue
            start, end = np_span(pobj)
            owner = finder.actor_in(start, pobj.idx, None) if start < pobj.idx else None
            if owner is None:
                owner = next(
                    (
                        finder.refer(c) or finder.actor_in(*np_span(c), c)
                        for c in pobj.children
                        if c.dep_ == "poss"
                    ),
                    None,
                )
            if owner is not None and owner.type != "person":
                return owner, pobj
    return None


def featured_party(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """ "An RSF commander was quoted in a video circulated on Telegram", "the group's
    leader appeared in an audio message released on Friday": a release told by a participle
    on the medium names no one; who is quoted in it or appears in it released it (the
    subjects of the clause the medium's "in" phrase hangs on)."""
    if tok.dep_ != "acl" or tok.head.dep_ != "pobj":
        return []
    prep = tok.head.head
    if prep.dep_ != "prep" or prep.lower_ not in load_reference_lexicon().medium_preps:
        return []
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def release_partners(
    finder: ArgumentFinder, tok: Token, perps: Sequence[Token], roles: Sequence[tuple[str, str]]
) -> list[Actor]:
    """(s20) Who else put out a release (``release_event_types``) beside its doers
    ``roles``: the channel it went through ("released a video via its news agency",
    "claimed through its media arm", ``channel_preps``), the owner of the media unit that
    released it ("the group's media wing X released", ``media_unit_nouns``), and the parent
    group of a media unit that released it (the gazetteer's parent, where the report names
    it). Never one of the doers' own family (a branch's release through its parent's agency
    adds the agency, not the parent)."""
    lex = load_reference_lexicon()
    found: list[Actor] = []
    hosts = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    for prep in (c for h in hosts for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in lex.channel_preps:
            continue
        for g in (c for c in prep.children if c.dep_ == "pobj"):
            actor = finder.actor_in(*np_span(g), g)
            if actor is None or actor.type not in lex.channel_types:
                continue
            # a wire or a site that only carried it ("through Reuters") is no party: a
            # media unit counts where the gazetteer knows it (groups' own units) or the text
            # makes it the doer's own ("via its X media outlet")
            own = any(c.dep_ == "poss" for c in g.children)
            known = actor.key in load_actor_gazetteer().entries
            if actor.type not in lex.media_types or own or known:
                found.append(actor)
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for p in dict.fromkeys([*perps, *subjects]):
        if not _is_word(p, lex.media_unit_nouns):
            continue
        for poss in (c for c in p.children if c.dep_ == "poss"):
            owner = finder.actor_in(*np_span(poss), poss) or event_parties.refer(finder, poss)
            if owner is not None and owner.type != "person":
                found.append(owner)
    named = {a.key: a for _s, _e, a in finder.mentions}
    parents = [
        named[k]
        for key, _role in roles
        if finder.actor_type(key) in lex.media_types
        for k in finder.ancestors(key)[:1]
        if k in named
    ]
    keys = [k for k, _r in roles]
    out: list[Actor] = []
    for actor in found:
        if actor.key not in keys and all(a.key != actor.key for a in out):
            out.append(actor)
    keys += [a.key for a in out]
    for actor in parents:
        # a branch's release through its parent's agency: the branch, not the parent (the
        # media units themselves are the parent's kin by definition and block nothing)
        doers = [k for k in keys if finder.actor_type(k) not in lex.media_types]
        if actor.key not in keys and not any(finder.kin(actor.key, k) for k in doers):
            out.append(actor)
            keys.append(actor.key)
    return out


def office_parties(
    finder: ArgumentFinder, tok: Token, perps: Sequence[Token], type_id: str = ""
) -> list[Actor]:
    """(s20) The other party of a statement told with its speaker's office
    (``speech_event_types``): the body a named speaker speaks for by office ("Omar Diallo,
    the front's spokesman, denied", "Omar Diallo, spokesman for the gendarmerie, rejected",
    "front spokesman Omar Diallo denied"; ``speaking_office_nouns``), and the named holder
    of an office that speaks ("the party's chairwoman, Ana Ruiz, accused"; ``office_nouns``).
    The office is an apposition or a title before the name; its body is its possessor, a
    name before it, or the object of its "for"/"of" phrase (or that object's possessor). An
    office held no more or only by the speaker's own word ("a former spokesman", "its
    spokesman until 2019", "a self-styled spokesman") speaks for no body."""
    lex = load_reference_lexicon()
    # (s21) a leader's or a commander's video, speech or threat is his group's voice too
    # ("group leader X warned in a speech"): for those events every office speaks for its body
    offices = lex.office_nouns if type_id.lower() in _group_voice_types() else lex.speaking_offices
    found: list[Actor] = []
    for p in perps:
        actor = finder.actor_in(*np_span(p), p)
        if actor is not None and actor.type == "person":
            # (s21) "the group's spokesman, X": the office heads the phrase, X its apposition
            held = [p] if _is_word(p, offices) and p.pos_ == "NOUN" else []
            found += [
                b
                for o in (*_speaking_offices(p, offices), *held)
                if not _bygone_office(o) and (b := _office_body(finder, o, tok)) is not None
            ]
        elif _is_word(p, lex.office_nouns):
            # "the party's chairwoman, Ana Ruiz": the holder named in apposition to the office
            holders = [
                holder
                for ap in (c for c in p.children if c.dep_ == "appos")
                if (holder := finder.actor_in(*np_span(ap), ap)) is not None
                and holder.type == "person"
            ]
            found += holders
            if holders and _is_word(p, offices) and not _bygone_office(p):
                # (s21) "the group's spokesman, X, urged": the office speaks for its body too
                body = _office_body(finder, p, tok)
                found += [body] if body is not None else []
    return list({a.key: a for a in found}.values())


def _is_word(tok: Token, words: frozenset[str]) -> bool:
    """Whether a token, as written or by its lemma, is one of ``words``."""
    return tok.lower_ in words or tok.lemma_.lower() in words


def _speaking_offices(person: Token, lex: frozenset[str]) -> list[Token]:
    """The offices (of ``lex``) told of a named person: in apposition ("X, the group's
    spokesman") with their conjuncts, or as a title before the name ("group spokesman X")."""
    appositions = [o for ap in person.children if ap.dep_ == "appos" for o in (ap, *ap.conjuncts)]
    titles = [c for c in person.lefts if c.dep_ == "compound"]
    return [o for o in (*appositions, *titles) if _is_word(o, lex)]


def _bygone_office(office: Token) -> bool:
    """An office held no more, or claimed by its holder alone: a word before it ("former",
    "ex-", "self-proclaimed"; ``bygone_office_words``) or a time limit after it ("until his
    defection"; ``office_limit_preps``)."""
    lex = load_reference_lexicon()
    before = office.doc[office.left_edge.i : office.i]
    if office.dep_ == "compound":
        # a title before the name: the words before it up to the name's own start
        before = office.doc[office.head.left_edge.i : office.i]
    start = before.start
    while start - 2 >= office.sent.start and office.doc[start - 1].text in {"-", "‐", "‑"}:
        start -= 2  # "ex-Hezbollah spokesman": the parser may split the prefix off the name
    text = office.doc[start : before.end].text.lower()
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text))
    words |= {part for w in words for part in w.split("-")}
    if words & lex.bygone_office_words:
        return True
    # the time limit hangs on the office or on the name it stands beside
    hosts = [office, office.head] if office.dep_ in {"appos", "compound"} else [office]
    return any(
        c.dep_ == "prep" and c.lower_ in lex.office_limit_preps for h in hosts for c in h.children
    )


def _office_body(finder: ArgumentFinder, office: Token, trigger: Token) -> Actor | None:
    """The body an office noun is held in: "the front's negotiator", "the police spokesman",
    "spokesman for the council", "spokesman for the gendarmerie's northern command"; a
    generic word ("the army") for the report's one such body. A title before a name
    ("front spokesman X") is held in the words before it."""
    lex = load_reference_lexicon()
    words = [c for c in office.children if c.dep_ in {"poss", "compound"}]
    if office.dep_ == "compound":
        words += [c for c in office.head.lefts if c.i < office.i and c.dep_ in {"compound", "poss"}]
    for prep in office.children:
        if prep.dep_ == "prep" and prep.lower_ in lex.office_preps:
            for g in (c for c in prep.children if c.dep_ == "pobj"):
                words += [g, *(c for c in g.children if c.dep_ == "poss")]
    for w in words:
        # the object of "for"/"of" up to its head: "the police's units in X" names no
        # body after "units"
        span = (w.left_edge.idx, w.idx + len(w)) if w.dep_ == "pobj" else np_span(w)
        if office.dep_ == "compound" and w.head is office.head:
            span = (w.left_edge.idx, w.idx + len(w))  # not the whole name it stands in
        body = finder.actor_in(*span, w) or resolve_generic(finder, w, trigger)
        if body is not None and body.type in lex.office_body_types:
            return body
    return None


def believed_identity(
    finder: ArgumentFinder, tok: Token
) -> tuple[Token, Actor | None, tuple[int, int] | None] | None:
    """ "gunmen believed to be members of X killed four", "militants thought to belong to X
    attacked a school", "men suspected to be X fighters abducted ...": who did the deed of
    ``tok`` is said to be someone only by belief; the doer's noun and the group the belief
    names and where (None where it names none: "believed to be Anglophone separatists"). The parser
    often hangs the deed on the belief verb ("believed" as the root, "killed" its clause),
    which leaves the deed with no subject; both readings are taken."""
    lex = load_reference_lexicon()
    doers = lex.identity_doer_nouns | lex.kinds["armed"]
    # the belief verb: on a subject of the deed ("gunmen, believed to be X, killed"), or
    # above the deed ("gunmen believed to be X killed", "X separatists abducted")
    beliefs = [
        c
        for s in (c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"})
        for c in s.children
        if c.dep_ == "acl" and c.lemma_.lower() in lex.belief_verbs
    ]
    if not beliefs:
        cur = tok
        for _ in range(4):
            if cur.dep_ not in {"ccomp", "conj", "advcl", "acl", "relcl", "attr", "xcomp"}:
                break
            cur = cur.head
            if cur.lemma_.lower() in lex.belief_verbs and cur.pos_ in {"VERB", "AUX"}:
                beliefs = [cur]
                break
    for belief in beliefs:
        doer: Token | None
        if belief.dep_ == "acl":
            doer = belief.head
        else:
            doer = next((c for c in belief.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if doer is None or (doer.lemma_.lower() not in doers and doer.lower_ not in doers):
            continue
        said = [c for c in belief.children if c.dep_ == "xcomp" and c.i > belief.i]
        if not said or said[0].lemma_.lower() not in lex.identity_verbs:
            continue  # "gunmen believed the ..." : a belief of theirs, not about them
        lo = said[0].left_edge.idx
        deed = set(tok.subtree) if tok in said[0].subtree else set()
        for t in said[0].subtree:
            if t in deed or t.pos_ not in {"NOUN", "PROPN"}:
                continue
            actor = finder.actor_in(*np_span(t), t)
            if actor is not None and actor.type != "person" and np_span(t)[0] >= lo:
                return doer, actor, np_span(t)
        return doer, None, None
    return None


def set_off_devices(party: Token) -> list[Token]:
    """ "an army patrol triggered a landmine", "their truck ran over a mine", "two farmers
    stepped on a mine": who sets off a mine or a roadside bomb (``activated_devices``) by
    walking or driving onto it (``activation_verbs``) is hit by it, never its perpetrator.
    The devices ``party`` set off as the subject of such a verb (none: it set off nothing).
    "Detonated" is left out: a bomber detonates his own device."""
    lex = load_reference_lexicon()
    if party.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = party.head
    if verb.lemma_.lower() not in lex.activation_verbs or verb.pos_ not in {"VERB", "AUX"}:
        return []
    if verb.lemma_.lower() in lex.remote_activation_verbs and not _activating_party(party, lex):
        return []  # "militants set off a roadside bomb as the convoy passed": their own
    # "set off" only with its particle; "stepped on", "ran over" through their preposition
    if verb.lemma_.lower() in lex.particle_activation_verbs and not any(
        c.dep_ == "prt" and c.lower_ in lex.activation_particles for c in verb.children
    ):
        return []
    things = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for p in verb.children
        if p.dep_ in {"prep", "prt"} and p.lower_ in lex.activation_particles
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return [t for t in things if _device(t, lex)]


def _activating_party(party: Token, lex: ReferenceLexicon) -> bool:
    """Who may set off a device by accident ("an army patrol triggered a mine", "two
    farmers set off a mine"): a state force word, a vehicle or civilians
    (``activating_parties``); never a named group or an armed group's men."""
    # a named person or "they" told setting a device off in a "when" clause of the incident
    # ("two peasants were killed when they set off a mine", "the incident took place when
    # Ernesto and Rosa Fernandez set off an explosive device"): an accident, not an attack
    if party.ent_type_ == "PERSON" or party.lower_ in lex.accident_subjects:
        return _told_as_accident(party.head, lex)
    if party.ent_type_ in {"ORG", "NORP", "GPE"} and party.pos_ == "PROPN":
        return False
    if generic_kind(party) in {"state", "police"}:
        return True
    if generic_kind(party) == "armed" or party.lemma_.lower() in lex.kinds["armed"]:
        return False
    return party.lemma_.lower() in lex.activating_parties or party.lower_ in lex.activating_parties


def _told_as_accident(verb: Token, lex: ReferenceLexicon) -> bool:
    """Whether ``verb`` heads a clause the incident is told by ("when they set off a mine")."""
    # the parser hangs "when" as a mark or an adverb, and the clause on the verb or, after a
    # place ("in the vicinity of Perquin, when ..."), on the place as a relative clause
    return verb.dep_ in {"advcl", "relcl"} and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in lex.accident_marks for c in verb.children
    )


def _device(tok: Token, lex: ReferenceLexicon) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lex.activated_devices or tok.lower_ in lex.activated_devices:
        return True
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i]
    return any(
        f"{m.lower_} {w}" in lex.activated_devices for m in mods for w in (lemma, tok.lower_)
    )


def _group_voice_types() -> frozenset[str]:
    return event_parties.reference_words("group_voice_event_types")


def _media_nouns() -> frozenset[str]:
    return event_parties.reference_words("media_nouns")


def releasing_voices(
    finder: ArgumentFinder, tok: Token, speakers: Sequence[Token], releasers: set[str], type_id: str
) -> list[Actor]:
    """(s21) The speakers of a released medium who speak for its releaser (keys
    ``releasers``), so put it out with it: one whose office is in a releasing body ("the
    group's leader X"), or one told with no office and no description at all ("In the footage,
    X vows"). Never a captive ("the kidnapped officer X pleads", "hostage X urged"), nor one
    described as another body's man ("X, a reporter for Le Point", "the Malian soldier X"):
    in a group's video they speak under its duress. With no releaser named, none."""
    if not releasers:
        return []
    captive = event_parties.reference_words("captive_marks")
    out: list[Actor] = []
    for speaker in speakers:
        told = [
            t
            for c in speaker.children
            if c.dep_ in {"appos", "compound", "amod", "nmod", "poss", "acl", "relcl"}
            for t in c.subtree
        ]
        if any(t.lower_ in captive or t.lemma_.lower() in captive for t in told):
            continue
        parties = office_parties(finder, tok, [speaker], type_id)
        bodies = [b for b in parties if b.type != "person"]
        actor = finder.actor_in(*np_span(speaker), speaker) or finder.refer(speaker)
        who = [a for a in (actor, *parties) if a is not None and a.type == "person"]
        if not who:
            continue
        own = [(s, e) for s, e, _a in finder.mentions if s <= speaker.idx < e]
        described = [
            c
            for c in speaker.children
            if c.dep_ in {"appos", "amod", "compound", "nmod", "poss"}
            and not any(s <= c.idx < e for s, e in own)
        ]
        lex = load_reference_lexicon()
        if any(w.member_of is not None and w.member_of in releasers for w in who):
            out += who  # a known member of the releasing body
        elif bodies:
            # his office is in the releasing body, or he is a body's spokesman, who speaks
            # for it by trade ("the Islamic State's spokesman X" in an al-Furqan message)
            speaking = any(_is_word(o, lex.speaking_offices) for o in (speaker, *described))
            if {b.key for b in bodies} <= releasers or speaking:
                out += [*who, *bodies]
        elif all(
            _is_word(o, lex.office_nouns) and _owned(o)
            for o in ([speaker] if _is_word(speaker, lex.office_nouns) else described)
        ):
            # no description ("In the footage, X vows"), or an office of a body told by a
            # possessive ("the group's leader X") that no actor resolves
            out += who
    return list({a.key: a for a in out}.values())


def _owned(office: Token) -> bool:
    """The office noun tells whose it is ("the group's leader", "leader of the group")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in office.children)


def featured_speakers(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """(s21) Who speaks or appears in a released medium, besides who released it: the
    subject of the clause its "in" phrase hangs on ("In a sermon broadcast by Y, the group's
    preacher X called for"), of a relative clause on it ("a video in which X called on"),
    and of a clause of the next sentence of the paragraph set "in the footage/clip" or "in
    it" ("X said in the clip", "In the footage, X vows")."""
    media = _media_nouns()
    out = featured_party(finder, tok)
    mediums = [tok] if tok.pos_ in {"NOUN", "PROPN"} else []
    mediums += [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    mediums = [m for m in mediums if m.lemma_.lower() in media or m.lower_ in media]
    lex = load_reference_lexicon()
    for m in mediums:
        out += [
            g
            for r in m.children
            if r.dep_ == "relcl"
            and any(
                c.dep_ == "prep"
                and c.lower_ in lex.medium_preps
                and any(w.lower_ == "which" for w in c.children)
                for c in r.children
            )
            for g in r.children
            if g.dep_ == "nsubj"
        ]
    if mediums:
        out += _next_sentence_speakers(finder, tok, media, lex.medium_preps)
    return [t for t in dict.fromkeys(out) if t.lower_ not in {"which", "that", "who"}]


def _next_sentence_speakers(
    finder: ArgumentFinder, tok: Token, media: frozenset[str], preps: frozenset[str]
) -> list[Token]:
    """The subjects of the next sentence's clauses set in the medium just told ("in the
    clip", "in the footage", "in it"), within the paragraph."""
    sents = doc_sentences(finder.doc)
    i = sentence_index(finder.doc, tok.i)
    if i + 1 >= len(sents):
        return []
    nxt = sents[i + 1]
    gap = doc_text(finder.doc)[sents[i].end_char : nxt.start_char]
    if "\n\n" in gap or is_heading(nxt.text):
        return []
    out: list[Token] = []
    for verb in (t for t in nxt if t.pos_ in {"VERB", "AUX"}):
        told = any(
            c.dep_ == "prep"
            and c.lower_ in preps
            and any(
                g.dep_ == "pobj"
                and (
                    g.lower_ == "it"
                    or (
                        (g.lemma_.lower() in media or g.lower_ in media)
                        and any(d.lower_ in {"the", "this", "that"} for d in g.children)
                    )
                )
                for g in c.children
            )
            for c in verb.children
        )
        if told:
            out += [c for c in verb.children if c.dep_ == "nsubj"]
    return out
