"""Report-wide reference of generic event parties: "the militants", "insurgents", "troops",
"security forces" as the actor the report means by them.

A report names a group or a state's force once and then calls its men by a generic word.
:func:`resolve_generic` maps such a word, in any role of any event, to one actor of the
document: for a non-state armed group's men, the one armed group named before it in its
paragraph, else its section, else the report's one dominant armed group; for a state's
soldiers, police or government, the one such body named before it in its paragraph, else the
body of the country the event is placed in. Two different candidates in a scope (a change of
topic, two competing groups) resolve nothing; nor does a word another modifier makes someone
else's ("rival militants", "Fulani militiamen"). The word lists are
``data/extract/event_reference.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.datafiles import load_yaml
from dossier.extract import event_parties
from dossier.extract.event_phrases import np_span
from dossier.extract.event_places import event_place
from dossier.records import Actor
from dossier.resolve.states import armed_forces_key, state_key

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder

__all__ = [
    "ReferenceLexicon",
    "event_country",
    "generic_kind",
    "featured_party",
    "load_reference_lexicon",
    "origin_party",
    "reporting_force",
    "resolve_generic",
]


@dataclass(frozen=True)
class ReferenceLexicon:
    """The generic party words by kind, and the modifiers that keep or break them."""

    kinds: dict[str, frozenset[str]]
    neutral: frozenset[str]
    foreign: frozenset[str]
    kind_types: dict[str, frozenset[str]]
    opposed_types: frozenset[str]
    origin_nouns: frozenset[str]
    release_types: frozenset[str]


@lru_cache(maxsize=1)
def load_reference_lexicon() -> ReferenceLexicon:
    """Read ``data/extract/event_reference.yaml`` (cached)."""
    raw = load_yaml("extract/event_reference.yaml")

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(name) or ())

    return ReferenceLexicon(
        kinds={
            "armed": words("armed_group_nouns"),
            "state": words("state_force_nouns") | words("state_instrument_nouns"),
            "police": words("state_police_nouns"),
            "government": words("state_government_nouns"),
        },
        neutral=words("neutral_modifiers"),
        foreign=words("foreign_modifiers"),
        kind_types={k: frozenset(v) for k, v in (raw.get("kind_types") or {}).items()},
        opposed_types=frozenset(str(t) for t in raw.get("opposed_event_types") or ()),
        origin_nouns=words("origin_nouns"),
        release_types=frozenset(str(t) for t in raw.get("release_event_types") or ()),
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
        pairs = [f"{m.lower_} {tok.lower_}" for m in last] + [
            f"{m.lower_} {tok.lemma_}" for m in last
        ]
        if any(p in nouns for p in pairs):
            kind, mods = name, [m for m in mods if m not in last]
            break
    if kind is None:
        kind = next(
            (
                n
                for n, nouns in lex.kinds.items()
                if tok.lower_ in nouns or tok.lemma_.lower() in nouns
            ),
            None,
        )
    if kind is None:
        return None
    for m in (*mods, *(c for c in tok.children if c.dep_ in {"quantmod", "nummod"})):
        low = m.lower_
        if low in lex.foreign:
            return None
        if m.dep_ == "det" or low in lex.neutral or m.like_num:
            continue
        if m.pos_ in {"PROPN"} or m.ent_type_ or m.dep_ in {"compound", "nmod", "amod"}:
            return None  # "Fulani militiamen", "rival fighters": someone else's men
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "its fighters": whose (event_parties.member_group)
    if any(
        c.dep_ in {"prep", "acl", "relcl"} and c.lower_ in {"of", "from", "linked", "loyal"}
        for c in tok.children
    ):
        return None  # "rebels of the X", "fighters from X": named there
    return kind


def resolve_generic(finder: ArgumentFinder, tok: Token, trigger: Token) -> Actor | None:
    """The actor a generic party word (:func:`generic_kind`) of ``trigger``'s event stands
    for, or None when the report gives no one such actor for it."""
    kind = generic_kind(tok)
    if kind is None or _quoted(tok):
        return None
    types = load_reference_lexicon().kind_types.get(kind, frozenset())
    scopes = [_sentence_start(finder, tok), *_scopes(finder, tok)]
    country = None
    if kind != "armed":
        # a state's men are the force of the country the event is in: the section may have
        # moved to another country ("killed by a U.S. drone" in a history of the group)
        scopes = scopes[:2]
        country = event_country(finder, trigger)
    for start in scopes:
        found = _named_between(finder, start, tok.idx, types, kind)
        if country is not None:
            found = [a for a in found if a.country in {None, country}]
        if len(found) > 1:
            return None  # two candidates: a change of topic, or groups that compete
        if found:
            return found[0]
    if kind == "armed":
        group = event_parties.focal(finder)
        if group is None or group.type not in types:
            return None
        if not any(a.key == group.key and s < tok.idx for s, _e, a in finder.mentions):
            return None
        return group
    return _state_body(finder, kind, trigger)


def _sentence_start(finder: ArgumentFinder, tok: Token) -> int:
    return tok.sent.start_char


def _scopes(finder: ArgumentFinder, tok: Token) -> tuple[int, int]:
    """The starts of the paragraph and of the section of ``tok``."""
    return (
        event_parties._paragraph_start(finder, tok),
        event_parties._section_start(finder, tok),
    )


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
        actors = [a for a in actors if "police" in a.name.lower()] or actors
    elif kind == "state":
        actors = [a for a in actors if "police" not in a.name.lower()]
    # a branch and its parent are one candidate: the branch, which is the more precise
    return [
        a
        for a in actors
        if not any(b.key != a.key and a.key in finder.ancestors(b.key) for b in actors)
    ]


def _state_body(finder: ArgumentFinder, kind: str, trigger: Token) -> Actor | None:
    """The state's forces, police or government of the country ``trigger``'s event is placed
    in, where the document names that body."""
    country = event_country(finder, trigger)
    if kind == "government":
        if country is None:
            return None
        key = state_key(country)
        return next((a for _s, _e, a in finder.mentions if a.key == key), None)
    forces = [
        a
        for a in event_parties._state_forces(finder, None, all_countries=True)
        if country is None or a.country == country
    ]
    if country is None and len({a.country for a in forces}) > 1:
        return None
    if kind == "police":
        forces = [a for a in forces if "police" in a.name.lower()]
    else:
        armies = [a for a in forces if "police" not in a.name.lower()]
        national = [a for a in armies if a.country and a.key == armed_forces_key(a.country)]
        forces = national or armies
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
    marks = sum(t.text in {'"', "\u201c", "\u201d"} for t in tok.sent if t.i < tok.i)
    return marks % 2 == 1


def reporting_force(
    finder: ArgumentFinder, tok: Token, type_id: str, roles: Sequence[tuple[str, str]]
) -> Actor | None:
    """ "X was arrested in Oslo, police said", "the group's founder was killed in July, the
    army said": a passive arrest or killing that names no one who did it, reported by a
    state's force, was that force's own deed; a killing only where everyone killed is a
    member of a non-state armed group (the army reporting its own soldiers' deaths did not
    kill them)."""
    if type_id not in {"ARREST", "ASSAULT"} or tok.pos_ not in {"VERB", "AUX"}:
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
        actors = {a.key: a for _s, _e, a in finder.mentions}
        armed = {
            k
            for k, a in actors.items()
            if a.type in load_reference_lexicon().kind_types.get("armed", ())
        }
        hit = [k for k, r in roles if r in {"victim", "target"}]
        if not hit or not all(
            k in actors and actors[k].type == "person" and actors[k].member_of in armed for k in hit
        ):
            return None
    return speaker


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
    if prep.dep_ != "prep" or prep.lower_ not in {"in", "on", "through", "via"}:
        return []
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
