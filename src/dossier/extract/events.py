"""Events from the dependency parse and the trigger lexicons, precision first.

Stages of :func:`extract_event_frames`, in order:

1. find triggers: verbs and nouns of the ontology's lexicons as narrowed by
   ``data/extract/event_rules.yaml``, verb + object cues ("released a film"), light verbs
   ("carried out an attack" is one trigger, "attack");
2. read each trigger's modality from its clause: modal auxiliaries, capability, plan and
   attempt predicates ("may enable it to continue launching attacks") → hypothetical;
   "will" → future; "not", "deny" → negated; an own date well before the document → background;
3. read its arguments: initiator/perpetrator (subject, "by" agent, possessor, the subject of a
   light verb), target or victim (object, passive subject, "on/against"), weapon ("with"),
   place ("in/at/near" on the trigger or its object), date (the timex of its own clause),
   fatalities and injured ("killed over 140 civilians"), responsibility ("later claimed by");
4. split a list of targets that carry their own dates ("ones that targeted A in February 2017,
   B in Kabul on March 8, 2017, and C in July") into one event each;
5. merge mentions of one event (same type, compatible date and place, shared actors).

:func:`extract_events` keeps what an analyst would code: asserted or background events with a
date or with a named participant in a past-tense clause; hypotheticals, plans, capabilities,
negated and generic events ("several hundred attacks") produce nothing.

Example::

    events = extract_events(doc, actors, places, timexes, DateValue("2018-03-18", "day"))
    events[0].type, events[0].date.value, events[0].modality   # 'ASSAULT', '2017-02', 'background'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from dossier.extract.event_agree import agreement_host
from dossier.extract.event_args import (
    ArgumentFinder,
    Arguments,
    clause_head,
    np_span,
    participle_hosts,
)
from dossier.extract.event_clauses import dateline_end, name_before
from dossier.extract.event_effects import reconcile_tolls
from dossier.extract.event_generic import anaphoric as _anaphoric
from dossier.extract.event_generic import generic as _generic
from dossier.extract.event_headings import Heading, TableRow, find_headings, find_table_rows
from dossier.extract.event_lists import ListPart, split_list
from dossier.extract.event_merge import drop_released, merge_frames
from dossier.extract.event_parties import (
    ARMED_KNOWN,
    broken_passive,
    founded_group,
    participle_agents,
)
from dossier.extract.event_phrases import (
    RELATIVE,
    abandoned,
    by_agents,
    extent,
    held_munitions,
    split_object,
)
from dossier.extract.event_responsibility import attach_responsibility
from dossier.extract.event_rules import EventRules, TypeMode, load_event_rules, pick
from dossier.extract.numbers import parse_count
from dossier.extract.tables import in_header_line, unreal_title
from dossier.nlp.blocks import dated_line
from dossier.nlp.text import doc_sentences, doc_text
from dossier.nlp.titles import load_titles
from dossier.nlp.token_table import token_table
from dossier.records import (
    Actor,
    Anchor,
    DateValue,
    Event,
    EventActor,
    PlaceMention,
    Timex,
)
from dossier.resolve.geo_rules import is_demonym
from dossier.resolve.timex.values import calendar_period
from dossier.resolve.unidentified import is_unidentified_key

__all__ = ["EventFrame", "extract_event_frames", "extract_events"]

_BOUND = re.compile(r"\b(?:since|until|till|before)\s+(?:the\s+)?$", re.IGNORECASE)
_VAGUE = re.compile(r"^(PAST_REF|PRESENT_REF|FUTURE_REF|P.*|X+.*X+)$")


@dataclass(frozen=True)
class EventFrame:
    """An event with the text spans of its arguments (for benchmarks and debugging).

    Spans are ``(start, end)`` character offsets of the document: the noun phrases that
    fill each role, whether or not they resolved to an actor.
    """

    event: Event
    trigger: tuple[int, int]
    perpetrators: tuple[tuple[int, int], ...] = ()
    targets: tuple[tuple[int, int], ...] = ()
    victims: tuple[tuple[int, int], ...] = ()
    weapons: tuple[tuple[int, int], ...] = ()
    merged: int = 1  # how many mentions were merged into this frame
    # the sentences of the mentions merged into this frame (empty: the anchor's alone)
    sentences: frozenset[int] = frozenset()
    # the triggers of the mentions merged into this frame (empty: ``trigger`` alone)
    triggers: tuple[tuple[int, int], ...] = ()
    # "condemned the strike", "The attack comes two months after ...": a definite event noun
    # with nothing of its own (no party, place or toll) names an event told before
    reference: bool = False
    # told in the simple past ("abducted", "were abducted"): one act, not a habit
    past: bool = False
    # the list item ("- 9 Mar — ...", "b) ...") it is told in: the offset of the item's line;
    # -1 outside any item
    item: int = -1
    # "Radaa denied carrying out a drone strike on the checkpoint": a deed whose doing a
    # party denies; told elsewhere too, it is that event (the denier no party to it)
    denied: bool = False
    # "civilians it accused of collaborating", "blamed the ELN for the blast": an accusation
    # or rejection told as a description, or as the responsibility for an attack; it tells
    # who is blamed, and is no event of its own (h4, s14)
    described: bool = False
    # (ev, s15) told in the report's notes ("NOTES", "References", a rule of underscores):
    # a footnote elaborates an event the body tells, wherever that is told
    note: bool = False
    # (s18) the words of the incident heading its sentence stands under ("Lakki Marwat, 8
    # September."): a table row of that place and day tells the same incident
    heading: str = ""
    # (s18) a rejection told in a relative clause on the charge it answers ("..., an
    # accusation it rejects"): the sentence's dates are the charge's, not the rejection's
    answers_charge: bool = False
    # (s20) an accusation that names whom it accuses and of what ("accused the headmen of
    # informing"), though the accused is no actor the report names
    charges: bool = False


# --------------------------------------------------------------------------- 1. triggers


@dataclass(frozen=True)
class _Trigger:
    token: Token
    type_mode: TypeMode
    light: Token | None = None  # "launched" in "launched an attack"


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_
    return lemma.lower() if lemma else tok.lower_


def _light_verb(tok: Token, rules: EventRules) -> Token | None:
    """The light verb an event noun is the object of: "X ordered the killing", "the killing
    had been ordered by X", "carried out a fresh wave of air strikes"."""
    gov = tok.head if tok.dep_ in {"dobj", "nsubjpass"} else None
    measure = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if (
        measure is not None
        and measure.dep_ in {"dobj", "nsubjpass"}
        and _lemma(measure) in rules.words("batch_nouns")
    ):
        gov = measure.head
    return gov if gov is not None and _lemma(gov) in rules.words("light_verbs") else None


def _gapped_phrase(
    verb: Token, words: tuple[str, ...], lemmas: list[str], rules: EventRules, mode: str | None
) -> bool:
    """Whether a verb phrase that may be split by its object ("set [the hall] on fire", "took
    [two guards] hostage") has its other words right after the verb's object, articles left
    out as in the phrase table. Only the phrases the rules list as splittable ("set the alarms
    off" is no split deed), and (s23) "pulled its fighters out of the town" only with a force
    as the object (``gapped_force_modes``)."""
    if verb.pos_ != "VERB" or " ".join(words) not in rules.words("gapped_phrases"):
        return False
    obj = split_object(verb, words[-1])
    if obj is None or any(
        t.lower_ not in {"a", "an", "the"} for t in verb.doc[verb.i + 1 : obj.left_edge.i]
    ):
        return False  # "set, they said, the hall on fire": no phrase split by its object alone
    if mode in rules.words("gapped_person_modes") and not _names_people(obj, rules):
        return False  # "held the budget hostage": only people are taken hostage
    if mode in rules.words("gapped_force_modes") and not _own_force(verb, obj, rules):
        return False  # (s23) "pulled the bodies out of the rubble": no force withdrawn
    doc = verb.doc
    # the phrase's words after the object's noun ("set the depot on fire", "on fire" parsed
    # on the noun) or after its whole phrase ("set the depot of the mill on fire")
    for start in dict.fromkeys((obj.i + 1, obj.right_edge.i + 1)):
        rest: list[str] = []
        j = start
        while j < len(doc) and len(rest) < len(words) - 1:
            if doc[j].lower_ not in {"a", "an", "the"}:
                rest.append(lemmas[j])
            j += 1
        if tuple(rest) == words[1:]:
            return True
    return False


def _own_force(verb: Token, obj: Token, rules: EventRules) -> bool:
    """(s23) The object of a split withdrawal phrase is a force the doer moves as its own:
    a force noun (``withdrawing_nouns``) the doer owns by a possessive pronoun ("pulled its
    fighters out", "pulled their battalions back"), moved by a party named by its name ("Mali
    pulled two battalions back"), or a formation, never one rescued (``formation_nouns``: "the
    army pulled two brigades back"). "Villagers pulled three soldiers out of the rubble" or
    "troops pulled two soldiers out of a burning truck" rescue people."""
    forces = rules.words("withdrawing_nouns")
    if _lemma(obj) not in forces and obj.lower_ not in forces:
        return False
    if _lemma(obj) in rules.words("formation_nouns"):
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return True
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)


def _reappears(verb: Token, rules: EventRules) -> bool:
    """(s23) A founding verb told with a returning adverb ("appeared again", "surfaced anew",
    ``reappearance_adverbs``): a group back in view, not its founding."""
    again = rules.words("reappearance_adverbs")
    # any dependent: the parser reads "anew" as an object or a particle as often
    return any(c.lower_ in again for c in verb.children)


def _names_people(obj: Token, rules: EventRules) -> bool:
    """Whether an object names people: a person's name, a pronoun or a noun of people."""
    return (
        obj.ent_type_ in {"PERSON", "NORP"}
        or obj.pos_ == "PRON"
        or _lemma(obj) in rules.words("person_nouns")
        or _lemma(obj) in rules.words("role_nouns")
    )


def _find_triggers(doc: Doc, rules: EventRules) -> list[_Trigger]:
    found: dict[int, _Trigger] = {}
    threats: dict[str, str | None] = dict(rules.raw.get("threat_verbs") or {})
    table = token_table(doc)
    toks = table.tokens
    lemmas = [_lemma(t) for t in toks]
    # multi-word phrases on lemmas ("open fire", "pledge allegiance"), indexed by first word
    by_first = rules.phrases_by_first_word
    # phrases are stored without articles ("suspend the peace talks" is "suspend peace
    # talk"): they match the text's words with its articles left out
    kept = [i for i, low in enumerate(table.lowers) if low not in {"a", "an", "the"}]
    bare = [lemmas[i] for i in kept]
    for k, lemma in enumerate(bare):
        i = kept[k]
        for words, type_mode in by_first.get(lemma, ()):
            if tuple(bare[k : k + len(words)]) == words:
                # the phrase's syntactic head: "bombings" in "suicide bombings", "open" in
                # "open fire"
                phrase = doc[i : kept[k + len(words) - 1] + 1]
                head = phrase.root if phrase.root.pos_ in {"NOUN", "PROPN"} else doc[i]
                light_verb = _light_verb(head, rules) if head.pos_ in {"NOUN", "PROPN"} else None
                found.setdefault(head.i, _Trigger(head, type_mode, light_verb))
            elif len(words) > 1 and _gapped_phrase(doc[i], words, lemmas, rules, type_mode[1]):
                # (trig, s19) "set the town hall on fire", "set two buses ablaze", "blew
                # the bridge up": a verb phrase split by its object
                found.setdefault(i, _Trigger(doc[i], type_mode))
    misparsed: dict[str, str] = dict(rules.raw.get("aux_misparses") or {})
    for tok in toks:
        if tok.i in found:
            continue
        lem = lemmas[tok.i]
        if _fighting_with_losses(tok, rules) or _fighting_left_toll(tok, rules):
            found[tok.i] = _Trigger(tok, ("ASSAULT", rules.raw["outbreak_mode"]))
            continue
        if tok.dep_ == "aux" and tok.lower_ in misparsed and tok.head.tag_ in {"VBN", "VBD"}:
            # "jets struck suspected TTP hideouts": parsed as an auxiliary of "suspected",
            # whose subject and object are the strike's
            verb = misparsed[tok.lower_]
            if verb in rules.verb_triggers and tok.head.i not in found:
                found[tok.head.i] = _Trigger(tok.head, rules.verb_triggers[verb])
            continue
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ == "amod" and _hyphen_joined(tok):
            # (s19) "the RSF-appointed police", "a Saudi-led coalition", "army-backed
            # militias": a participle joined to its agent describes the noun, no event
            continue
        if tok.pos_ in {"VERB", "AUX"}:
            cues = rules.verb_objects.get(lem, {})
            hit = None
            if cues:
                objects = {_lemma(c) for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}}
                # (trig, s19) "planted ten sticks of dynamite under the bridge": the munition
                # a unit noun holds; "left the grenades behind" puts no bomb anywhere
                units = rules.words("munition_unit_nouns")
                for c in tok.children:
                    if c.dep_ in {"dobj", "nsubjpass"}:
                        objects |= held_munitions(tok, c, units)
                if abandoned(tok):
                    objects = set()
                if (
                    tok.dep_ == "acl"
                    and tok.tag_ == "VBN"
                    and cues.get(_lemma(tok.head), ("",))[0] == "PROPAGANDA"
                    and (
                        _lemma(tok.head) in rules.words("media_artefact_nouns")
                        or any(c.dep_ == "agent" for c in tok.children)
                    )
                ):
                    # (s17) "a video circulated on Telegram on 14 September", "a statement
                    # released by the group": the participle's noun is what it acts on (a
                    # statement only with who released it: "said in a statement released on
                    # Monday" tells no release of its own); only a media release so (not
                    # "the offensive launched by the FMLN", an attack told as background)
                    objects.add(_lemma(tok.head))
                if not objects and tok.dep_ == "conj":
                    # (ev, s15) "a second bomb was found and defused": the first verb's subject
                    objects = {_lemma(c) for c in tok.head.children if c.dep_ == "nsubjpass"}
                hit = next((cues[o] for o in sorted(objects) if o in cues), None)
                if hit is not None and not _has_particle(tok, rules, lem):
                    hit = None  # (s25) "picked out two suspects in a parade": no arrest
            preps = rules.verb_preps.get(lem, {})
            if hit is None and preps:
                # "fired on the convoy", not "fired its chief executive on Monday"
                hit = next(
                    (
                        preps[c.lower_]
                        for c in _verb_children(tok)
                        if c.lower_ in preps
                        and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
                    ),
                    None,
                )
            if hit is None and lem in rules.words("impact_verbs"):
                hit = _munition_impact(tok, rules)
            if (
                hit is None
                and lem in threats
                and _threatens_violence(tok, rules)
                and not _release_content(tok, rules)
            ):
                hit = ("THREATEN", threats[lem])
            if hit is None and _terror_listing(tok, rules):
                hit = ("SANCTION", "designate")  # (trig, s16) "listed X as terrorist groups"
            if (
                hit is None
                and lem in rules.words("say_verbs")
                and _says_not_involved(tok, rules) is not None
            ):
                hit = ("REJECT", None)  # (s18) "said the group was not involved"
            if _takes_leader_role(tok, lem, rules):
                hit = ("LEADERSHIP", None)
            if hit is None and _lasting_hostilities(tok, rules):
                hit = ("ASSAULT", None)  # (s21) "the two groups have fought since 2020"
            if hit is None and lem not in rules.verb_triggers and _spoken_release(tok, rules):
                hit = ("PROPAGANDA", None)  # (s21) "the spokesman said in a televised statement"
            if hit is None and _claimed_in_medium(tok, rules):
                hit = ("PROPAGANDA", None)  # (s23) "claimed the ambush in its monthly magazine"
            if (
                hit is None
                and lem in rules.words("crowd_protest_verbs")
                and "PROTEST" in rules.types
            ):
                # "several thousand protesters in the square demanded his resignation"
                crowd = rules.words("protester_nouns")
                if any(
                    c.dep_ == "nsubj"
                    and (
                        _lemma(c) in crowd
                        or any(
                            _lemma(g) in crowd
                            for p in c.children
                            if p.lower_ == "of"
                            for g in p.children
                        )
                    )
                    for c in tok.children
                ):
                    hit = ("PROTEST", "demo")
            outbreak = _outbreak_noun(tok, lem, rules)
            if outbreak is not None and outbreak.i not in found:
                # "heavy fighting broke out between A and B": the fighting is the event
                found[outbreak.i] = _Trigger(outbreak, ("ASSAULT", rules.raw["outbreak_mode"]))
                continue
            if hit is not None:
                found[tok.i] = _Trigger(tok, hit)
            elif lem in rules.verb_triggers:
                found[tok.i] = _Trigger(tok, rules.verb_triggers[lem])
            elif _suicide_attacker_deed(tok, rules):
                found[tok.i] = _Trigger(tok, ("ASSAULT", "suicide-attack"))
        elif (launched := _launched_operation(tok, rules)) is not None:
            # (s18) "police launched an operation in Solino", "launched Operation 1027"
            found[tok.i] = _Trigger(tok, ("ASSAULT", None), launched)
        elif (under := _under_attack(tok, rules)) is not None:
            if under[0]:  # (ev, s15) "came under fire from X"; (ev2) "" for criticism
                found[tok.i] = _Trigger(tok, under)
        elif (
            tok.pos_ in {"NOUN", "PROPN"}
            and tok.ent_type_ not in {"ORG", "PERSON", "GPE"}
            and (lem in rules.noun_triggers or tok.lower_ in rules.noun_triggers)
            # "a bomb maker": a person named by a weapon, no bombing
            and not (
                tok.dep_ == "compound" and _lemma(tok.head) in rules.words("weapon_trade_nouns")
            )
        ):
            type_mode = rules.noun_triggers.get(lem) or rules.noun_triggers[tok.lower_]
            found[tok.i] = _Trigger(tok, type_mode, _light_verb(tok, rules))
        elif _dated_episode(tok, rules):
            # (s21) "the government's 2022-23 offensive", "the October 2022 incursion"
            found[tok.i] = _Trigger(tok, ("ASSAULT", None), _light_verb(tok, rules))
    # (ev, s15) "the bomb was defused", "a second bomb was found and defused": a bomb made
    # safe is no bombing
    for trig in list(found.values()):
        if trig.type_mode[1] != "defuse":
            continue
        made_safe = trig.token
        sides = [c for c in made_safe.children if c.dep_ in {"dobj", "nsubjpass"}]
        if made_safe.dep_ == "conj":
            sides += [c for c in made_safe.head.children if c.dep_ == "nsubjpass"]
        for side in sides:
            if side.i in found and found[side.i].type_mode[0] == "ASSAULT":
                found.pop(side.i)
    # a light verb whose object is a trigger noun is not an event of its own
    for trig in list(found.values()):
        if trig.light is not None and not _own_prep_event(trig.light, rules):
            found.pop(trig.light.i, None)
    # "Hours after the TUSAS attack, jets hit 30 targets": the attack only dates the strikes
    # (an event told before); it is no mention to merge with them
    anchors = rules.words("anchor_preps")
    for i, trig in list(found.items()):
        tok = trig.token
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "pobj" and tok.head.lower_ in anchors:
            governor = tok.head.head
            while governor.dep_ in {"npadvmod", "advmod", "dep"} and governor.head.i != governor.i:
                governor = governor.head  # "[Hours] after the attack, jets hit"
            if governor.i in found and governor.i != i and governor.pos_ in {"VERB", "AUX"}:
                found.pop(i)
    # (trig, s19) "held the budget hostage": a phrase's noun ("hostage") whose split object
    # names no people takes no one
    for i, trig in list(found.items()):
        if trig.type_mode[1] in rules.words("gapped_person_modes") and _held_thing(
            trig.token, rules
        ):
            found.pop(i)
    return sorted(found.values(), key=lambda t: t.token.i)


def _spoken_release(verb: Token, rules: EventRules) -> bool:
    """(s21) A speech verb told "in" or "during" a medium of the speaker's ("X said in a
    televised statement", "warned in a speech on Thursday"): the medium's release. Whether
    the speaker is a group's is for the frame to check (:func:`_group_speaker`)."""
    if _lemma(verb) not in rules.words("spoken_release_verbs"):
        return False
    return bool(_spoken_media(verb, rules))


def _spoken_media(verb: Token, rules: EventRules) -> list[Token]:
    """The media nouns a speech verb is told in ("said in a statement"); none that a release
    participle of its own names ("in a video released on Monday": that participle is the
    release, :func:`_medium_speaker`)."""
    media = rules.words("spoken_media_nouns")
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in rules.words("media_content_preps")
        for g in c.children
        if g.dep_ == "pobj"
        and _lemma(g) in media
        and not any(_reduced_relative(a) for a in g.children)
    ]


def _claimed_in_medium(verb: Token, rules: EventRules) -> bool:
    """(s23) A claim told "in" or "on" a medium ("claimed the ambush in its monthly magazine",
    "In issue 12 of its newsletter, the front claimed the raid", "claimed on its radio
    station that ..."):
    the medium is the phrase's noun or a word of it (its compound, modifier or apposition),
    a statement or a publication, not a place or a time ("claimed the attack in Kabul", "on
    Monday"). Whether the claimant is a group is for the frame to check."""
    if verb.pos_ not in {"VERB", "AUX"} or _lemma(verb) not in rules.words("medium_claim_verbs"):
        return False
    media = rules.words("spoken_media_nouns") | rules.words("publication_nouns")
    preps = rules.words("medium_claim_preps")
    # the medium hangs on the verb or, as the parser often has it, on what is claimed
    # ("claimed [the ambush [in its monthly magazine]]"); "on" there names what was attacked
    # ("claimed the attack on the radio station")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in heads for c in (_verb_children(h) if h is verb else h.children)):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        if prep.head is not verb and prep.lower_ not in rules.words("medium_object_preps"):
            continue
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            words = [noun, *(c for c in noun.children if c.dep_ in _MEDIUM_WORD_DEPS)]
            if any(_lemma(w) in media or w.lower_ in media for w in words):
                return True
            if _owned_outlet(noun, rules):
                return True
    return False


# the words of a medium's phrase that may name what it is ("its weekly Dabiq", "Dabiq issue
# 12" parsed with the issue as a modifier); not a compound, which names a building as often
# ("the newspaper office", "the radio station")
_MEDIUM_WORD_DEPS = frozenset({"amod", "appos", "nmod"})


def _owned_outlet(noun: Token, rules: EventRules) -> bool:
    """(s23) A noun that names an outlet or a building alike ("station", "channel", "site",
    "agency": ``outlet_site_nouns``) is a medium a claim is told in only as the phrase's own
    noun with an owner ("on its radio station", "on the group's Telegram channel"): "claimed
    the bombing in the main bus station", "the attack in the aid agency compound" name where
    it struck."""
    sites = rules.words("outlet_site_nouns")
    if _lemma(noun) not in sites and noun.lower_ not in sites:
        return False
    return any(c.dep_ == "poss" for c in noun.children)


def _claims_told_deed(verb: Token, triggers: Sequence[_Trigger], rules: EventRules) -> bool:
    """(s21) What a speech verb says is an attack told as done ("said its fighters had
    killed 14"): a claim of responsibility, not a release of its own; or (s21b) an attack
    told as not done ("said its fighters had not attacked the convoy"): a denial of it."""
    said = {t.i for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for t in c.subtree}
    return any(
        t.type_mode[0] == "ASSAULT"
        and t.token.i in said
        and _modality(t.token, rules) in {"asserted", "negated"}
        for t in triggers
    )


def _medium_date(
    verb: Token, sent: Span, timexes: Sequence[Timex], rules: EventRules
) -> Timex | None:
    """(s21) The day a spoken release is dated by on its medium ("warned in a speech on
    Thursday"): the report's own date, which is the release's."""
    media = {m.i for m in _spoken_media(verb, rules)}
    for t in timexes:
        if not (_specific(t) and sent.start_char <= t.start < sent.end_char):
            continue
        tok = _token_at(sent, t.start)
        if tok is None:
            continue
        while tok.dep_ in {"compound", "nummod", "amod", "det"} and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in {"npadvmod", "tmod"} and tok.head.i in media:
            return t
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i in media:
            return t
    return None


def _lasting_hostilities(verb: Token, rules: EventRules) -> bool:
    """(s21) Two sides told as fighting each other in the perfect since a date ("the two
    militias have fought each other since 2019", "the Kuki and Meitei groups have fought for
    the valley since May"): one lasting round of hostilities, dated by its start."""
    if _lemma(verb) not in rules.words("lasting_fight_verbs"):
        return False
    if not any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children):
        return False
    since = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"]
    if not any(g.ent_type_ == "DATE" or g.like_num for s in since for g in s.subtree):
        return False
    joint = rules.words("lasting_fight_joint_words")
    if any(c.dep_ in {"advmod", "prep"} and c.lower_ in joint for c in verb.children):
        return False  # "have fought together", "fought alongside each other": allies
    # the other side: "fought each other", "clashed with one another"; a reciprocal anywhere
    # else ("fought alongside each other", "a feud with each other's allies") is no opponent
    sides = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in rules.words("lasting_fight_opponent_preps")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    reciprocal = rules.words("reciprocal_words")
    mutual = any(" ".join(t.lower_ for t in g.subtree) in reciprocal for g in sides)
    # two sides named together with no other opponent ("A and B have fought since 2020");
    # not "the army and the police have fought the cartels", "... fought against the junta"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    paired = not sides and any(any(g.dep_ == "conj" for g in s.children) for s in subjects)
    return paired or mutual


def _in_conjoined_deed(date: Timex, verb: Token) -> bool:
    """(s21) ``date`` lies in a verb conjoined after ``verb`` ("appeared in the hills
    ... and carried out its first raid on 12 June 2016"): that verb's date, not ``verb``'s."""
    return any(
        c.dep_ == "conj"
        and c.pos_ in {"VERB", "AUX"}
        and c.left_edge.idx <= date.start < c.right_edge.idx + len(c.right_edge)
        for c in verb.children
    )


def _dated_episode(tok: Token, rules: EventRules) -> bool:
    """(s21) A noun of a military episode named by the date before it, with a definite
    determiner or an owner ("the October 2022 incursion", "the government's 2022-23
    offensive"): one episode recalled, not a kind of deed nor one planned ("a 2026
    offensive")."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in rules.words("dated_episode_triggers"):
        return False
    dated = any(
        c.i < tok.i and c.dep_ in {"nummod", "nmod", "compound", "amod"} and c.ent_type_ == "DATE"
        for c in tok.children
    )
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in rules.words("episode_determiners"))
        for c in tok.children
    )
    # (s21b) "officials denied that the October 2024 incursion had taken place": an episode
    # under a denial is not recalled as done (precision first: no event at all)
    denied = any(_lemma(a) in rules.words("negation_governors") for a in tok.ancestors)
    return dated and definite and not denied


def _held_thing(noun: Token, rules: EventRules) -> bool:
    """Whether a noun that ends a splittable phrase ("hold hostage") has a split object that
    names no people: "held the budget hostage" (parsed with "budget" a compound of
    "hostage", or as the verb's own object), not "took two nurses hostage"."""
    verb = noun.head
    if noun.pos_ != "NOUN" or f"{_lemma(verb)} {_lemma(noun)}" not in rules.words("gapped_phrases"):
        return False
    split = [c for c in noun.children if c.dep_ == "compound"] + [
        c for c in verb.children if c.dep_ == "dobj" and c.i != noun.i and c.i < noun.i
    ]
    return bool(split) and not any(_names_people(c, rules) for c in split)


def _freed_by_attack(tok: Token, rules: EventRules) -> bool:
    """(s18) "attacked two prisons, freeing some 4,000 inmates": a release told as what an
    attack did (a participle on the attack's verb) is that attack, no release of its own."""
    if tok.dep_ not in {"advcl", "xcomp", "conj"} or tok.tag_ != "VBG":
        return False
    head = tok.head
    return head.pos_ in {"VERB", "AUX"} and rules.verb_triggers.get(_lemma(head), ("",))[0] == (
        "ASSAULT"
    )


def _says_not_involved(verb: Token, rules: EventRules) -> Token | None:
    """(s18) A denial told as what a party said: "a spokesman said the group was not involved
    in the attack", "the army said its troops were not responsible". The said clause is
    negated, its predicate one of ``denial_predicates`` and what that names, if anything, a
    deed ("not involved in the negotiations", "not linked to al-Qaeda" answer no charge); its
    subject may be the speaker's side (a pronoun, "its fighters", "the group"). Returns that
    subject: whether it is the speaker's own side needs the actors (``_clears_own_side``)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(c.dep_ == "neg" for c in clause.children):
            continue
        preds = [clause, *(c for c in clause.children if c.dep_ in {"acomp", "attr"})]
        preds = [p for p in preds if _lemma(p) in rules.words("denial_predicates")]
        if not preds or not all(_denies_a_deed(p, rules) for p in preds):
            continue
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            pronoun = subj.lower_ in rules.words("denier_pronouns")
            poss = any(
                c.dep_ == "poss" and c.lower_ in rules.words("denier_pronouns")
                for c in subj.children
            )
            group = _lemma(subj) in rules.words("group_nouns") and any(
                d.lower_ in rules.words("own_side_determiners") for d in subj.children
            )
            if pronoun or poss or group:
                return subj
    return None


def _denies_a_deed(pred: Token, rules: EventRules) -> bool:
    """What a denial predicate names by its preposition ("involved in the attack") is a deed:
    an attack's noun or a charge's; with nothing named the charge is the one told before."""
    named = [
        g
        for c in pred.children
        if c.dep_ == "prep" and c.lower_ in rules.words("denial_object_preps")
        for g in c.children
        if g.dep_ in {"pobj", "pcomp"}
    ]
    return all(_tells_a_deed(g, rules, frozenset({"ASSAULT"})) for g in named)


def _gerund_stems(tok: Token) -> list[str]:
    """The verbs a gerund read as a noun may come from ("the burning": burn, "the shelling":
    shell, "the shooting": shoot, "the raiding": raid, "the bombing": bomb)."""
    low = tok.lower_
    if not low.endswith("ing") or len(low) < 6:
        return []
    stem = low[:-3]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # "shelling" has "shell", "shopping" "shop"
    return out


def _clears_own_side(
    verb: Token, cleared: Token, finder: ArgumentFinder, rules: EventRules
) -> bool:
    """(s18) A party the report names clears its own side: a pronoun or "its fighters" for
    the speaker itself, and "the group" only in what a group's own spokesperson says (the
    Malian army saying "the group was not involved" clears someone else, and residents
    saying "they were not involved" are no party)."""
    if not _named_denier(verb, finder):
        return False
    if _lemma(cleared) not in rules.words("group_nouns"):
        return True  # "it", "we", "its fighters"
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    groups = rules.words("group_types")
    for tok in (t for s in speakers for t in s.subtree):
        actor = finder.actor_in(tok.idx, tok.idx + len(tok), tok)
        if actor is None:
            continue
        if actor.type in groups or _group_member(actor.key, finder, groups):
            return True
    return False


def _name_number(t: Timex, doc: Doc, rules: EventRules) -> bool:
    """(s18) A bare number read as a year that is the number in a name ("Operation 1027",
    "Task Force 2030", "Brigade 1115"): the capitalised word before it, inside its sentence,
    is the head of such a name (``name_number_heads``). A date word before a year keeps it a
    year ("around Easter 2024", "Christmas 2023", "summer 2022"): no such word is a head."""
    if not t.text.isdigit():
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return (
        before.is_title
        and not before.is_sent_start
        and before.lower_ in rules.words("name_number_heads")
    )


def _launched_operation(tok: Token, rules: EventRules) -> Token | None:
    """(s18) The verb that launches an armed operation: "launched an operation in Solino",
    "mounted a counter-offensive", "launched Operation 1027" (the operation's name). The
    noun alone is no cue ("rescue operations continue", "the operation's cost"), nor an
    operation of another kind ("a humanitarian operation")."""
    if tok.pos_ not in {"NOUN", "PROPN"} or _lemma(tok) not in rules.words("operation_nouns"):
        return None
    noun = tok
    if tok.pos_ == "PROPN" and tok.dep_ == "compound":
        noun = tok.head  # "Operation 1027": the name's head is what is launched
    if any(_lemma(c) in rules.words("unarmed_operation_words") for c in noun.children):
        return None
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    if verb is None or _lemma(verb) not in rules.words("operation_launch_verbs"):
        return None
    # "an operation to arrest those responsible", "to find the attackers": a search
    purposes = [c for c in (*noun.children, *verb.children) if c.dep_ in {"acl", "advcl", "relcl"}]
    if any(_lemma(p) in rules.words("search_purpose_verbs") for p in purposes):
        return None
    if verb.dep_ in {"relcl", "acl"} and not _dated_act(verb):
        # "policemen, who had earlier carried out an operation": what describes a party
        return None
    if any(
        c.dep_ == "conj" and _lemma(c) in rules.words("campaign_end_verbs") for c in verb.children
    ):
        # "Operation Barkhane was launched in August 2014 and ended in 2022": a campaign of
        # years told as a period, the background of the events it holds, no armed action
        return None
    if _modality(verb, rules) != "asserted" or _purpose_infinitive(verb, rules):
        # "would never conduct an operation", "went to get weapons to conduct operations"
        return None
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "went to get weapons to conduct their operations", "decided to launch an
        # operation": meant, not told as done
        return None
    return verb


def _munition_impact(verb: Token, rules: EventRules) -> TypeMode | None:
    """(s17) "On Sunday, artillery rounds fell on the camp", "two rockets landed near the
    market": a munition that falls, lands or slams into somewhere is an attack (the mode its
    noun gives, ``munition_subjects``); a round needs a gun word ("artillery rounds"), and a
    subject with an "of" phrase ("a round of talks") is none. The landing is an attack only
    in an armed context (:func:`_armed_impact`), never when denied ("no rockets landed")."""
    munitions: dict[str, str] = rules.raw.get("munition_subjects") or {}
    if any(c.dep_ in {"acomp", "oprd", "neg"} for c in verb.children):
        return None  # "the guns and rockets fell silent", "the missile fell short"
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        lem = _lemma(subj)
        if lem not in munitions or any(c.lower_ == "of" for c in subj.children):
            continue
        if rules.names_no_one(subj):
            return None  # "No rockets landed in Kidal on Friday": an impact denied
        mods = {_lemma(c) for c in subj.children if c.dep_ in {"compound", "amod"}}
        gun = bool(mods & rules.words("artillery_round_modifiers"))
        if lem == "round" and not gun:
            continue
        if not (gun or _armed_impact(verb, subj, rules)):
            continue
        return ("ASSAULT", munitions[lem])
    return None


def _armed_impact(verb: Token, subj: Token, rules: EventRules) -> bool:
    """(s17) What makes a munition's landing an attack and not a launch vehicle's or a
    test's ("A satellite rocket landed safely on its barge"): it lands on what attacks hit
    (``impact_target_nouns``: "on the camp", "near a market"), it harms (a verb of killing,
    wounding or damage in its clause: "landed on homes, killing two"), or an armed party
    fired it ("rockets fired by the militia", ``impact_launch_verbs``)."""
    targets = rules.words("impact_target_nouns")
    harm = rules.words("fatality_verbs") | rules.words("injury_verbs") | rules.words("damage_verbs")
    # the landing's own clause: another clause may tell another deed ("... landed safely in
    # Texas, while in Mali fighters attacked a convoy"); only its harm counts ("killing two")
    stack = [c for c in verb.children if c.i != subj.i]
    while stack:
        tok = stack.pop()
        if tok.pos_ == "VERB" and _lemma(tok) in harm:
            return True
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ in {"advcl", "conj", "ccomp", "parataxis"}:
            continue
        if tok.pos_ == "NOUN" and _lemma(tok) in targets:
            return True
        stack += list(tok.children)
    return any(
        c.dep_ == "acl" and _lemma(c) in rules.words("impact_launch_verbs") for c in subj.children
    )


_URL = re.compile(r"https?://|\bwww\.\w", re.IGNORECASE)
# (ev2, s15) a footnote's mark: "[3]", a superscript, or a bare number directly followed by
# its source's capitalised name and a comma ("3 AFP, ...", "12 Human Rights Watch, ..."); a
# line such as '40 residents fled what they called "a massacre"' is the body's
_FOOTNOTE_START = re.compile(
    r"^\s*(?:(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+\S"
    r"|\^?\d{1,3}(?![.):])\s+(?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*,)"
)
_QUOTED = re.compile(r"[\"“”]([^\"“”\n]{3,})[\"“”]")


def _cited_headline(text: str, pos: int, rules: EventRules) -> bool:
    """(ev, s15) A trigger inside a quoted headline on a source line: a footnote ("3 AFP,
    "Three soldiers killed in ambush", 3 Aug. 2025,") or a line with a web address or a
    ``citation_openers`` word ("Source: Reuters, "Gunmen kill 12 in ..."")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if not any(m.start(1) <= pos - start < m.end(1) for m in _QUOTED.finditer(line)):
        return False
    after = text.find("\n", end + 1)
    following = text[end : len(text) if after < 0 else after]
    if _URL.search(line) or _URL.match(following.strip()):
        return True
    if _FOOTNOTE_START.match(line):
        return True
    opener = line.strip().lower()
    return any(
        opener.startswith(w) and opener[len(w) : len(w) + 1] in {":", ","}
        for w in rules.words("citation_openers")
    )


def _prison_break(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(ev, s15) "fighters freed inmates from the town's prison", "the rebels released
    hundreds of detainees from the central jail": armed men breaking a prison open (part of
    their raid), no release by captors. Told in the active voice with an armed subject and a
    ``jailbreak_nouns`` place; "was released from prison", "the government freed 50
    prisoners" stay releases."""
    if tok.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "nsubjpass" for c in tok.children):
        return False
    jails = rules.words("jailbreak_nouns")
    sites = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in {"from", "out"}
        for g in c.children
        if g.dep_ in {"pobj", "pcomp"}
    ]
    sites += [
        g
        for o in tok.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in {"from", "of", "at", "in"}
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if not any(_lemma(g) in jails for g in sites):
        return False
    return _armed_subject(tok, finder, rules)


def _shared_subjects(verb: Token, finder: ArgumentFinder) -> list[Token]:
    """(ev, s15) The subjects of a verb, or of the first verb of the chain of verbs it is
    conjoined to ("They freed inmates, took weapons and held a rally": "They" held it)."""
    while True:
        found = finder.subjects(verb)
        if found or verb.dep_ != "conj" or verb.head.i == verb.i:
            return list(found)
        verb = verb.head


def _gerund_withdrawer(tok: Token, args: Arguments, finder: ArgumentFinder) -> Arguments:
    """(ev, s15) "They looted the market before withdrawing on Monday": who withdrew is the
    subject of the clause the gerund hangs on, when the withdrawal names no one."""
    if not _gerund_after_preposition(tok):
        return args
    if any(r == "initiator" for _k, r in args.actor_roles):
        return args
    keys = [
        a.key
        for s in _shared_subjects(tok.head.head, finder)
        for a in [finder.actor_in(*np_span(s), s) or finder.refer(s)]
        if a is not None
    ]
    if not keys:
        return args
    roles = [(k, r) for k, r in args.actor_roles if k not in keys]
    return replace(args, actor_roles=(*((k, "initiator") for k in dict.fromkeys(keys)), *roles))


def _gerund_after_preposition(tok: Token) -> bool:
    """ "before withdrawing", "after entering": a gerund that is the object of a preposition."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep"


def _armed_rally(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(ev, s15) "the fighters held a rally in the main square", "the militia paraded through
    the town": armed men showing their strength in a town they entered, no protest (the
    subject is an armed actor or one of ``armed_rally_subjects``)."""
    nouns = rules.words("armed_rally_subjects")
    return _armed_among(_shared_subjects(tok, finder), nouns, finder, rules)


def _under_attack(tok: Token, rules: EventRules) -> TypeMode | None:
    """(ev, s15) An attack told from the side attacked: "the patrol came under fire", "the
    town came under heavy shelling", "the base was under attack" (``under_attack_nouns`` after
    "under" governed by one of ``under_attack_verbs``); (ev2) an empty type when the idiom
    tells criticism (no event, and no trigger for the noun either)."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return None
    if _lemma(tok.head.head) not in rules.words("under_attack_verbs"):
        return None
    nouns: dict[str, str | None] = rules.raw.get("under_attack_nouns") or {}
    for key in (_lemma(tok), tok.lower_):
        if key in nouns:
            return ("ASSAULT", nouns[key]) if _attacked_side(tok, rules) else ("", None)
    return None


def _suicide_attacker_deed(verb: Token, rules: EventRules) -> bool:
    """(ev2, s15) "a suicide bomber rammed an explosives-laden car into the convoy", "a suicide
    attacker drove a truck packed with explosives at the gate": whatever verb tells it, a
    suicide attacker (``attacker_modifier_modes`` of that mode) acting with a vehicle or
    explosives (``suicide_means_nouns``) is a suicide bombing."""
    doers = [
        f"{m.lower_} {_lemma(c)}"
        for c in verb.children
        if c.dep_ == "nsubj"
        for m in c.children
        if m.dep_ in {"compound", "amod"}
    ]
    if not doers:  # most verbs: no modified subject, no need to read the modes
        return False
    modes: dict[str, str] = rules.raw.get("attacker_modifier_modes") or {}
    suicide = {k for k, v in modes.items() if v == "suicide-attack"}
    if not any(d in suicide for d in doers):
        return False
    means = rules.words("suicide_means_nouns")
    args = [c for c in verb.children if c.dep_ == "dobj"]
    args += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"with", "in", "into"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(_lemma(a) in means or a.lower_ in means for a in args)


def _attacked_side(tok: Token, rules: EventRules) -> bool:
    """(ev2, s15) "came under fire" tells an attack when the one under fire is a force, unit,
    convoy, post, site or place, or the "from" party is armed men; "the governor came under
    fire from lawmakers" and "press freedom is under attack" are criticism."""
    armed = (
        rules.words("state_force_nouns")
        | rules.words("combatant_nouns")
        | rules.words("member_nouns")
        | rules.words("attacker_nouns")
    )
    hit = armed | rules.words("site_nouns") | rules.words("under_attack_subjects")
    verb = tok.head.head
    places = [(s.start, s.end) for s in tok.doc.spans.get("places", [])]
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if _lemma(subj) in hit or subj.lower_ in hit:
            return True
        if subj.ent_type_ in {"GPE", "LOC", "FAC"} or any(a <= subj.i < b for a, b in places):
            return True
    froms = [
        g
        for c in (*verb.children, *tok.children)
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(_lemma(g) in armed or g.lower_ in armed for g in froms)


def _outbreak_noun(verb: Token, lem: str, rules: EventRules) -> Token | None:
    """ "heavy fighting broke out between A and B", "the war erupted on 9 September": a noun
    of fighting whose outbreak a verb tells; the fighting is an event (h5, s13)."""
    if lem not in rules.words("outbreak_verbs"):
        return None
    if lem == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    nouns = rules.words("outbreak_nouns")
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubjpass"} and (_lemma(c) in nouns or c.lower_ in nouns)
        ),
        None,
    )


def _fighting_with_losses(tok: Token, rules: EventRules) -> bool:
    """ "lost 14 soldiers in fighting around Sake", "three peacekeepers died in fighting near
    the base", "the deaths of 14 peacekeepers in combat with the rebels": fighting told as
    where lives were lost is a battle (h4, s14). The verb or noun of loss is no trigger of
    its own ("killed in fighting" is the killing's)."""
    if tok.dep_ not in {"pobj", "pcomp"} or tok.pos_ not in {"NOUN", "VERB"}:
        return False
    if tok.lower_ not in rules.words("loss_fighting_nouns"):
        return False  # "in fighting" may be parsed as a gerund
    prep = tok.head
    if prep.lower_ not in rules.words("loss_fighting_preps"):
        return False
    host = prep.head
    losses = rules.words("loss_words")
    # "lost 14 soldiers serving with the mission in fighting around X": up through the
    # phrases of the loss's object
    for _ in range(6):
        if _lemma(host) in losses or host.lower_ in losses:
            return True
        if host.dep_ not in {"pobj", "prep", "acl", "dobj"} or host.head.i == host.i:
            return False
        host = host.head
    return False


def _fighting_left_toll(tok: Token, rules: EventRules) -> bool:
    """(s21) Fighting told as the subject of the toll it cost ("Fighting between two
    rival militias on Tuesday left at least eight people dead", "the fighting claimed 30 lives"):
    a battle, whatever verb tells its toll (``toll_result_verbs``, ``toll_result_words``)."""
    if tok.dep_ not in {"nsubj", "csubj"} or tok.lower_ not in rules.words("loss_fighting_nouns"):
        return False
    verb = tok.head
    if _lemma(verb) not in rules.words("toll_result_verbs"):
        return False
    tolls = rules.words("toll_result_words")
    return any(
        t.lower_ in tolls or _lemma(t) in tolls
        for c in verb.children
        if c.dep_ not in {"nsubj", "punct", "aux", "prep", "advmod"}
        for t in c.subtree
    )


def _own_prep_event(verb: Token, rules: EventRules) -> bool:
    """A light verb whose preposition makes an event of its own: "claimed the ambush through
    its media foundation" is a media release besides the ambush."""
    preps = rules.verb_preps.get(_lemma(verb), {})
    return any(
        c.dep_ == "prep" and c.lower_ in preps for c in _verb_children(verb)
    ) or _claimed_in_medium(verb, rules)  # (s23) "claimed the raid in its newsletter"


def _verb_children(verb: Token) -> list[Token]:
    """A verb's children, with the phrases the parser hangs on a date told after its object
    ("claimed the raid [the following day] through its Amaq agency")."""
    out = list(verb.children)
    out += [
        g
        for c in verb.children
        if c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"}
        for g in c.children
        if g.dep_ == "prep" and g.i > c.i
    ]
    return out


def _threatens_violence(verb: Token, rules: EventRules) -> bool:
    """ "threatened to attack", "vowed to pursue the attackers", "vowed revenge"; not "vowed
    to rebuild the school" (a pledge of no violence is no threat)."""
    for c in verb.children:
        if c.dep_ == "xcomp" and _lemma(c) in rules.words("threat_complements"):
            return True
        if c.dep_ == "dobj" and (
            c.lower_ in rules.words("threat_objects") or _lemma(c) in rules.words("threat_objects")
        ):
            return True
    return False


def _release_content(verb: Token, rules: EventRules) -> bool:
    """(s19) "In it he threatens to bring the war to the capital", "The video also threatened
    attacks on the city": a threat told as what a video or statement says is the release's
    content (a claim), no event of its own: the verb is said "in" a pronoun or a media
    artefact (``media_artefact_nouns``), or has one as its subject."""
    media = rules.words("media_artefact_nouns")
    for c in verb.children:
        if c.dep_ == "nsubj" and _lemma(c) in media:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in rules.words("media_content_preps")
            and any(
                g.dep_ == "pobj" and (g.pos_ == "PRON" or _lemma(g) in media) for g in c.children
            )
        ):
            return True
    return False


# --------------------------------------------------------------------------- 2. modality


def _governors(tok: Token) -> list[Token]:
    """The tokens whose scope a trigger lies in, up to its clause boundary.

    Climbs through objects, complements, prepositions and conjunctions; stops at a relative
    clause (it has its own tense and truth) and at the root.
    """
    chain: list[Token] = []
    cur = tok
    while cur.head.i != cur.i and cur.dep_ not in {"relcl", "ccomp", "advcl", "parataxis"}:
        cur = cur.head
        chain.append(cur)
    return chain


def _still_pending(scope: Sequence[Token], rules: EventRules) -> bool:
    """(s23b) A deed told as still to come ("has yet to claim the attack", "is yet to be
    claimed", ``pending_adverbs``): the infinitive under a verb with "yet" has not happened."""
    pending = rules.words("pending_adverbs")
    return any(
        below.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        and any(c.dep_ == "advmod" and c.lower_ in pending for c in tok.children)
        for below, tok in zip(scope, scope[1:], strict=False)
    )


def _modality(trig: Token, rules: EventRules) -> str:
    hypo = rules.words("modal_hypothetical")
    future = rules.words("modal_future")
    governors = rules.words("hypothetical_governors")
    factual_past = rules.words("past_factual_governors")
    negators = rules.words("negation_governors")
    future_words = rules.words("future_words")
    scope = [trig, *_governors(trig)]
    if _judged_outlook(trig, rules):
        return "hypothetical"
    nouns = rules.words("low_confidence_nouns")
    low_mods = rules.words("low_confidence_modifiers")
    for up in trig.ancestors:
        if _lemma(up) in nouns and any(
            c.dep_ in {"amod", "det"} and c.lower_ in low_mods for c in up.children
        ):
            return "hypothetical"  # "We have low confidence in reporting that ISKP is ..."
    for tok in scope:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "neg" or low in {"never", "no"} and child.dep_ == "det":
                return "negated"
            if child.dep_ == "aux" and (child.tag_ == "MD" or low in hypo | future):
                if _lemma(child) in future or low in {"will", "'ll", "shall"}:
                    return "future"
                return "hypothetical"
            if child.dep_ == "mark" and low in {"if", "unless", "whether"}:
                return "hypothetical"
            if child.dep_ in {"amod", "prep", "pobj"} and low in future_words:
                return "future"
    if _negative_subject(trig, rules) or _refused(trig, rules):
        return "negated"
    if _reported_untrue(scope, rules):
        return "negated"
    if any(
        _lemma(up) in rules.words("say_verbs")
        and any(
            c.dep_ == "nsubj"
            and _lemma(c) in rules.words("retracted_report_nouns")
            # (trig2, s16) "an earlier version", not "the official version": a version
            # superseded
            and any(
                m.dep_ == "amod"
                and {m.lower_, _lemma(m)} & rules.words("retracted_report_modifiers")
                for m in c.children
            )
            for c in up.children
        )
        for up in trig.ancestors
    ):
        # (trig, s16) "An earlier version of this article said the US had designated X":
        # what a corrected version said is withdrawn
        return "negated"
    if _still_pending(scope, rules):
        return "negated"
    reduced = False
    for below, tok in zip(scope, scope[1:], strict=False):
        if below.dep_ == "conj":
            continue  # "ordered a mobilisation and sent reinforcements": a sibling, no governor
        # (s21) a past participle on a noun is a reduced relative clause with its own truth:
        # "in a recording posted on 2 April, the commander urged ...", "demanded the
        # return of the girls abducted in 2014": released, abducted; a plan above it is no plan
        # of the deed
        reduced = reduced or _reduced_relative(below)
        lem = _lemma(tok)
        if lem in governors and reduced:
            continue
        if lem in governors:
            if lem in factual_past and _past_tense(tok):
                continue
            if (
                lem in rules.words("order_verbs")
                and below.dep_ == "dobj"
                and below.pos_ == "NOUN"
                and any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in below.children)
                and _past_tense(tok)
            ):
                continue  # "ordered the assassination of X": the assassination took place
            return "hypothetical"
        if lem in negators and tok.pos_ == "VERB":
            if reduced and below.dep_ == "prep":
                continue  # "In a video posted on Monday, X denied ...": the video was posted
            return "negated"
    if any(_purpose_infinitive(tok, rules) for tok in scope):
        return "hypothetical"
    top = scope[-1]
    if (
        # (trig2, s16) an advcl too: "called for the BYC to be banned", "demanded for the
        # group to be outlawed": what was called for (demand: infinitive_plan_governors)
        top.dep_ in {"ccomp", "advcl"}
        and any(
            (c.dep_ == "aux" and c.lower_ == "to")
            # "demanded that the BYC be banned": a bare "be", the mandative subjunctive
            or (c.dep_ in {"aux", "auxpass"} and c.lower_ == "be" and top.dep_ == "ccomp")
            for c in top.children
        )
        and _lemma(top.head) in governors | rules.words("infinitive_plan_governors")
    ):
        # (h4, s14) "did not order the troops to withdraw", "ordered the men to attack",
        # parsed with the infinitive as a clause of its own: what was ordered or wanted
        if any(c.dep_ == "neg" for c in top.head.children):
            return "negated"
        if not (_lemma(top.head) in factual_past and _past_tense(top.head)):
            return "hypothetical"
    if trig.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "amod" and c.lower_ in rules.words("hypothetical_modifiers")
        for c in trig.children
    ):
        return "hypothetical"
    # "the coming period" inside the clause
    for tok in trig.subtree:
        if tok.lower_ in {"coming", "upcoming"} and tok.head.lower_ in {
            "period",
            "months",
            "weeks",
            "years",
            "days",
        }:
            return "future"
    return "asserted"


def _reduced_relative(tok: Token) -> bool:
    """A past participle that modifies a noun ("the video released on Monday"): a relative
    clause without its pronoun, told as done."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"}


def _deed_verb(trig: Token, rules: EventRules) -> Token | None:
    """(s19) The verb that tells a trigger's deed: the trigger itself when it is a verb (a
    verb of a phrase included: "resumed" in "resumed fighting", "took" in "took up arms"),
    or the verb of a phase or a light verb whose object it is ("launched an offensive",
    "began the assault"). None for a claim ("claimed responsibility", "claimed the attack":
    no claim made is no deed denied)."""
    claims = rules.words("claim_verbs") | rules.words("claim_attack_verbs")
    if trig.pos_ in {"VERB", "AUX"}:
        objects = {_lemma(c) for c in trig.children if c.dep_ == "dobj"}
        if _lemma(trig) in claims and objects & rules.words("claim_objects"):
            return None
        return trig
    head = trig.head
    if (
        trig.dep_ in {"dobj", "xcomp"}
        and head.pos_ in {"VERB", "AUX"}
        and _lemma(head) in rules.words("phase_verbs") | rules.words("light_verbs")
        and _lemma(head) not in claims
    ):
        return head
    return None


def _negative_subject(trig: Token, rules: EventRules) -> bool:
    """(s19) "neither side resumed fighting", "nobody fired on the convoy", "none of the
    militias attacked", "no armed group took up arms": the deed's own subject denies it
    (``negative_subject_words``; "neither"/"no" as its determiner or correlative,
    ``negative_subject_determiners``). Only the deed verb's own subject: "no group claimed
    the bombing" denies the claim, not the bombing."""
    verb = _deed_verb(trig, rules)
    if verb is None:
        return False
    # an active subject only: "no one was killed in the blast" tells a toll of none, the
    # blast still happened
    return any(rules.names_no_one(c) for c in verb.children if c.dep_ == "nsubj")


def _refused(trig: Token, rules: EventRules) -> bool:
    """(s19) "The rebels refused to resume fighting", "declined to launch an offensive",
    "abstained from attacking the town", "rejected calls to attack the camp": the deed is
    what a party refused (``refusal_verbs``, ``negation_governors``), directly: as the
    refusal's infinitive, its "from" clause, or what a call it rejected asked for ("refused
    to negotiate and attacked the town" still attacked; "failed to repel the attack" still
    tells an attack)."""
    verb = _deed_verb(trig, rules)
    if verb is None:
        return False
    refusing = rules.words("refusal_verbs") | rules.words("negation_governors")
    up = verb.head
    if verb.dep_ == "pcomp" and up.dep_ == "prep":
        up = up.head  # "abstained from attacking"
    elif verb.dep_ in {"acl", "xcomp", "relcl"} and _lemma(up) in rules.words(
        "hypothetical_governors"
    ):
        if up.dep_ != "dobj":
            return False
        up = up.head  # "rejected calls to attack"
    elif verb.dep_ != "xcomp":
        return False
    return up.i != verb.i and up.pos_ in {"VERB", "AUX"} and _lemma(up) in refusing


def _deed_denied(trig: Token, rules: EventRules) -> bool:
    """ "Radaa denies carrying out a drone strike on the checkpoint", "denied attacking the
    convoy": the deed is the object of a denial of fact (a verb of ``fact_denial_verbs``) with
    no negation of its own; the deed may still have happened (h5, s13)."""
    chain = [trig, *_governors(trig)]
    denials = rules.words("fact_denial_verbs")
    for below, up in zip(chain, chain[1:], strict=False):
        if any(c.dep_ == "neg" for c in below.children):
            return False
        if _lemma(up) in denials:
            return below.dep_ in {"xcomp", "dobj"} and (below.i == trig.i or below.pos_ == "VERB")
    return False


def _judged_outlook(trig: Token, rules: EventRules) -> bool:
    """ "The UN-brokered truce is likely to hold through May", "the ceasefire is expected to
    collapse": an estimate of how a standing state will fare, told of a trigger noun as its
    subject, is a judgement, no mention of the event (h5, s13)."""
    if trig.pos_ not in {"NOUN", "PROPN"} or trig.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = trig.head
    estimates = rules.words("estimative_words")
    judged = [head] if _lemma(head) in estimates else []
    judged += [c for c in head.children if c.dep_ == "acomp" and c.lower_ in estimates]
    if not judged:
        return False
    outlook = rules.words("outlook_verbs")
    return any(
        c.dep_ == "xcomp" and _lemma(c) in outlook for j in {head, *judged} for c in j.children
    )


def _result_infinitive(tok: Token, rules: EventRules) -> bool:
    """(s20) "broke away to form the Liberation Front", "merged to create a coalition": a
    founding verb in the to-infinitive of a split or merger verb tells what the split made,
    in its clause."""
    return (
        tok.dep_ in {"advcl", "xcomp"}
        and tok.head.i != tok.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and _lemma(tok.head) in rules.words("split_heads")
        and _lemma(tok) in rules.words("founding_result_verbs")
    )


def _purpose_infinitive(tok: Token, rules: EventRules) -> bool:
    """ "the commandos came to assassinate the mayor", "uncovered a plot to kill X": a
    to-infinitive purpose clause tells what was meant to happen, not what did (h15, s12);
    "used dynamite to blow up the tower" tells a deed done (``realized_purpose_heads``)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VB" or tok.head.i == tok.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if _result_infinitive(tok, rules):
        return False  # (s20) "broke away to form a new front": done
    return _lemma(tok.head) not in rules.words("realized_purpose_heads")


def _reported_untrue(scope: list[Token], rules: EventRules) -> bool:
    """ "reports of a raid on the clinic were untrue", "rumours of an ambush proved false": an
    event told only as what a report said, and that report called false (h15, s12)."""
    reports = rules.words("report_nouns")
    false = rules.words("untrue_words")
    for tok in scope:
        if _lemma(tok) not in reports or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = tok.head
        preds = [c for c in verb.children if c.dep_ in {"acomp", "attr", "oprd", "xcomp"}]
        preds += [g for c in preds if c.dep_ == "xcomp" for g in c.children]
        if any(c.lower_ in false or _lemma(c) in false for c in preds):
            return True
    return False


def _past_tense(tok: Token) -> bool:
    if tok.tag_ in {"VBD", "VBN"}:
        return True
    aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass", "cop"}]
    if tok.pos_ == "ADJ" and tok.head.tag_ == "VBD":  # "was able to"
        return True
    return any(a.tag_ == "VBD" for a in aux)


# --------------------------------------------------------------------------- 3. dates


def _specific(t: Timex) -> bool:
    return (
        t.type in {"DATE", "TIME"}
        and t.precision not in {"vague", "decade", "century"}
        and not _VAGUE.match(t.value)
    )


def _date_of(
    trig: Token,
    head: Token,
    sent: Span,
    timexes: Sequence[Timex],
    span: tuple[int, int] | None = None,
    report_verbs: frozenset[str] = frozenset(),
    rules: EventRules | None = None,
) -> Timex | None:
    """The specific timex governing the trigger's clause (None when there is none).

    ``report_verbs`` (lemmas): an event reported by one of these verbs, with no date of its
    own, takes the date of its report."""
    text = doc_text(sent.doc)
    cands = [
        t
        for t in timexes
        if _specific(t)
        and sent.start_char <= t.start < sent.end_char
        and (
            # (s20) "since the 2022 attack on the prison": a date before an event noun is
            # that noun's own, wherever the noun stands
            _premodifies(t, trig, sent)
            or (
                # "the first attack in Bamako since 2016": a bound of a period, not a date
                not _BOUND.search(text[max(0, t.start - 12) : t.start])
                and not _bound_event_date(t, sent)
                and not _bound_clause_date(t, sent, trig)
                and not _report_noun_date(t, sent)
            )
        )
    ]
    if span is not None:
        inside = [t for t in cands if span[0] <= t.start < span[1]]
        return inside[0] if inside else None
    rules = rules or load_event_rules()
    if head is trig and _result_infinitive(trig, rules):
        # (s20) "in 2019, when three units broke away to form a front": the split's date
        head = trig.head
    if _lemma(head) in rules.words("occurrence_bound_verbs"):
        # (trig2, s16) "The attack took place two days after the 12 May vote", "the massacre
        # came a week after the 3 March elections": the date of what it followed
        bounds = rules.words("occurrence_bound_preps")
        cands = [t for t in cands if not _under_prep(t, head, sent, bounds)]
    # "Since November 2023, when Houthi gunmen hijacked ...": the bound a when-clause hangs
    # on is the date of what the clause tells
    head_when = head.dep_ in {"relcl", "advcl"} and any(c.lower_ == "when" for c in head.children)
    if head_when:
        hung = [
            t
            for t in timexes
            if _specific(t)
            and sent.start_char <= t.start < sent.end_char
            and t.start <= head.head.idx < t.end
        ]
        if hung:
            return hung[0]
    if not cands:
        return _within_hours(head, sent, timexes)
    if (
        trig.dep_ == "pobj"
        and trig.head.lower_ in {"from", "of", "in"}
        and trig.head.head.lemma_.lower() in _TOLL_NOUNS
    ):
        return None  # "The toll from the strike rose to 41 on Thursday": the update's date
    if (
        trig.dep_ == "dobj"
        and trig.head.lemma_.lower() in report_verbs | {"claim"}
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trig.children)
    ):
        return None  # "claimed the raid on 11/05/2024": the date of the claim, not of the raid
    # "The army said on Monday it had killed ...": a date between the reporting verb and the
    # subject of what it reports is the report's, wherever the parser hangs it
    said_dates = _report_dates(head, cands, report_verbs)
    cands = [t for t in cands if t not in said_dates]
    dash = dateline_end(trig)
    if dash is not None and any(t.start > sent.doc[dash].idx for t in cands):
        # (s21) "EL TARRA, March 11 - Fighting ... on Sunday left 11 dead": the dateline's
        # day is the report's, a day the sentence gives after it the event's
        cands = [t for t in cands if t.start > sent.doc[dash].idx]
    scopes = [trig, head]
    if trig.dep_ == "acl" and trig.tag_ == "VBN" and trig.head.dep_ == "ROOT":
        # "On 12 October, an IED detonated against a vehicle": the verb misparsed as a
        # participle of the sentence's noun, which holds the date
        scopes.append(trig.head)
    for scope in scopes:
        lo = scope.left_edge.idx
        hi = scope.right_edge.idx + len(scope.right_edge)
        inside = [t for t in cands if lo <= t.start < hi]
        # dates inside a nested relative clause or another trigger's clause belong to it
        inside = [t for t in inside if not _in_other_clause(t, scope, sent)]
        if inside:
            return min(inside, key=lambda t: abs(t.start - trig.idx))
    closing = _closing_attitude_date(head, sent, cands)
    if closing is not None:
        return closing
    # "after capturing Ann — home of the Western Command — in December 2024": a date the
    # parser hung past an apposition set off by dashes or brackets is the clause's own
    after = _after_aside(text, head if head.i > trig.i else trig, cands)
    if after is not None:
        return after
    # "launched attacks in January 2025, killing 80": the date of the verb a participle
    # hangs on
    hosts = participle_hosts(head)
    if hosts:
        hung = [t for t in cands if _attached_to(t, hosts[0], sent)]
        if hung:
            return min(hung, key=lambda t: abs(t.start - trig.idx))
    # "brokered a deal in January under which the MNDAA agreed to a ceasefire": a clause that
    # tells the terms of its noun ("under which", "in which") is dated with the noun
    if head.dep_ == "relcl" and _prepositional_relative(head):
        host = head.head
        hung = [
            t
            for t in cands
            if t.start < head.left_edge.idx
            and (_attached_to(t, host, sent) or _attached_to(t, host.head, sent))
        ]
        if hung:
            return hung[-1]
    # "began in October 2017, when militants attacked ...": the date a when-clause hangs on
    if head.dep_ in {"relcl", "advcl"} and any(c.lower_ == "when" for c in head.children):
        anchor = head.head
        hung = [t for t in cands if t.start <= anchor.idx < t.end]
        # (s17) any verb's on/in/during date dates its when-clause ("a planned attack was
        # foiled on 3 May when police arrested four suspects"); the verbs of occurrence
        # (``occurrence_date_verbs``) do so however the tagger reads them ("took place" as
        # a noun or an auxiliary in a headline)
        if not hung and (
            _lemma(anchor) in rules.words("occurrence_date_verbs") or anchor.pos_ == "VERB"
        ):
            # (trig, s16) "took place on the night of 21-22 October, when gunmen opened
            # fire": the day the occurrence is told on; (trig2, s16) only a date in an
            # on/in phrase of the verb itself, never "took place two days after the 12 May
            # vote"
            hung = [
                t
                for t in cands
                if t.start < head.left_edge.idx
                and anchor.idx < t.start
                and _occurrence_date(t, anchor, sent, rules)
            ]
        if hung:
            return hung[0]
    # a single date fronted in the sentence ("In January 2015, the group appeared ...")
    root = sent.root
    if head.i == root.i or (head.dep_ in {"conj", "xcomp", "oprd"} and head.head.i == root.i):
        fronted = [t for t in cands if t.start < trig.idx and _attached_to(t, root, sent)]
        if fronted:
            return fronted[-1]
    opening = _opening_date(trig, sent, cands)
    if opening is not None:
        return opening
    # "drove a car bomb into the post on Saturday, and gunmen then stormed it": one
    # sequence, dated where it began
    if head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
        first = head.head
        hung = [t for t in cands if t.start < trig.idx and _attached_to(t, first, sent)]
        if hung:
            return hung[-1]
    # "the Houthis said on Sunday they had fired missiles": reported with no date of its
    # own, an event is dated by its report (no later than that day); one the report gives a
    # time of its own, however vague ("said on Monday it had killed 40 fighters in recent
    # days", "over the past week"), happened before the day of the report
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in report_verbs:
        say = head.head
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        if any(
            lo <= t.start < hi
            and t.type != "SET"
            and not t.value.startswith("PT")  # "fought for three hours": within the day
            and t not in said_dates
            for t in timexes
        ):
            return None
        said = said_dates + [
            t
            for t in cands
            if _attached_to(t, say, sent)
            and not (head.left_edge.idx <= t.start < head.right_edge.idx + 1)
        ]
        if said:
            return said[0]
    aside = _before_source_aside(trig, sent, cands, report_verbs)
    if aside is not None:
        return aside
    return _within_hours(head, sent, timexes)


def _premodifies(t: Timex, trig: Token, sent: Span) -> bool:
    """(s20) A date told before an event noun as its modifier ("the 2022 attack on the
    prison", "the March 2021 assault"): the date of that noun's own event."""
    if trig.pos_ not in {"NOUN", "PROPN"}:
        return False
    toks = [tok for tok in sent if t.start <= tok.idx < t.end]
    return (
        bool(toks)
        and toks[-1].i == trig.i - 1
        and any(tok.head.i == trig.i for tok in toks)
        and all(tok.head.i == trig.i or tok.head in toks for tok in toks)
    )


def _opening_date(trig: Token, sent: Span, cands: Sequence[Timex]) -> Timex | None:
    """(s19) "Earlier, on March 12, gunmen believed to be rebels kidnapped three engineers, local
    officials said": the one date that opens a sentence dates the deed it tells before the
    source's verb, wherever the parser hangs the deed (here under "believed"). Not a deed
    told after the verb ("On Monday the army said it had killed ...": the report's day), nor
    one in a relative clause or a description of a party."""
    if len(cands) != 1 or trig.i >= sent.root.i:
        return None
    date = cands[0]
    first = _token_at(sent, date.start)
    if first is None or date.start > trig.idx:
        return None
    # only adverbs, punctuation and the date's preposition before it: "Earlier, on"
    if any(
        t.pos_ not in {"ADV", "PUNCT", "ADP", "SPACE", "CCONJ"}
        for t in sent.doc[sent.start : first.i]
    ):
        return None
    cur = trig
    while cur.i != sent.root.i and cur.head.i != cur.i:
        if cur.dep_ in {"relcl", "acl", "appos", "pcomp"}:
            return None
        cur = cur.head
    return date


def _before_source_aside(
    trig: Token, sent: Span, cands: Sequence[Timex], report_verbs: frozenset[str]
) -> Timex | None:
    """(s17) "Gunmen abducted a priest in Kumbo on Saturday, the diocese said, and ...": a
    date that closes the deed's words right before an inserted source clause (", the diocese
    said,") is the deed's, however the parser hangs it on the reporting verb (it opens no
    clause of the report's own: the report's subject comes after it)."""
    for t in cands:
        if t.start < trig.idx:
            continue
        tok = _token_at(sent, t.start)
        if tok is None:
            continue
        cur = tok
        while cur.dep_ in {"pobj", "prep", "compound", "nummod", "npadvmod", "det", "amod"}:
            if cur.head.i == cur.i:
                break
            cur = cur.head
        say = cur
        if _lemma(say) not in report_verbs or say.i <= tok.i:
            continue
        subjects = [c for c in say.children if c.dep_ == "nsubj" and c.i > tok.i]
        if not subjects:
            continue
        between = sent.doc[tok.i + 1 : subjects[0].left_edge.i]
        if all(w.is_punct or w.i < tok.i + len(t.text.split()) for w in between) and any(
            w.text == "," for w in between
        ):
            return t
    return None


# a count of hours or minutes ("PT3H", "PTXH": "hours", "PT30M")
_HOURS = re.compile(r"^PT(?:\d+|X)[HM]$")
# how far back (characters) the day told before "within hours" may be
_WITHIN_REACH = 1500


def _bound_event_date(t: Timex, sent: Span) -> bool:
    """ "the first strike on a ship since the ceasefire of 19 January": the date of an event
    that bounds a period ("since", "until", "before" + a noun the date hangs on), not of the
    event the clause tells (h5, s14)."""
    tok = _token_at(sent, t.start)
    if tok is None:
        return False
    cur = tok
    rules = load_event_rules()
    for _ in range(5):
        if cur.head.i == cur.i or cur.pos_ in {"VERB", "AUX"}:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in rules.words("bound_preps"):
            # (s19) "stormed the base before dawn on Saturday": a part of the day is when
            # the deed began, no event bounding a period
            return (
                cur.i != tok.i
                and cur.pos_ in {"NOUN", "PROPN"}
                and cur.lower_ not in rules.words("day_part_nouns")
            )
        cur = cur.head
    return False


# how many words a clause opened by "since" may run before the date that ends it
_BOUND_CLAUSE_WORDS = 20


def _bound_clause_date(t: Timex, sent: Span, trig: Token) -> bool:
    """ "one of the deadliest attacks since fighting resumed in earnest this autumn": a date
    that ends a phrase opened by ``bound_openers`` (event_rules.yaml), with words of its
    own and no comma between, dates the bound of a period, not the event told before it
    (s14)."""
    tok = _token_at(sent, t.start)
    if tok is None:
        return False
    openers = load_event_rules().words("bound_openers")
    for words, prev in enumerate(reversed(sent.doc[sent.start : tok.i])):
        if prev.is_punct and prev.text not in {"(", ")", "'", '"', "’", "“", "”"}:
            return False
        if prev.lower_ in openers:
            # "in hiding since he escaped from prison in May 2023": the deed the phrase
            # itself tells keeps its date
            return prev.i + 1 < tok.i and trig.i < prev.i
        if words >= _BOUND_CLAUSE_WORDS:
            return False
    return False


def _report_noun_date(t: Timex, sent: Span) -> bool:
    """ "put the toll at 11 dead in a brief statement on Sunday", "told a news conference on
    Monday": a date hung on a noun of a report (``dated_report_nouns``, event_rules.yaml) is
    the day of the report, not of the deed (s14)."""
    tok = _token_at(sent, t.start)
    if tok is None:
        return False
    while tok.dep_ in {"compound", "nummod", "amod", "det"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    noun = tok.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in load_event_rules().words(
        "dated_report_nouns"
    )


def _closing_attitude_date(head: Token, sent: Span, cands: Sequence[Timex]) -> Timex | None:
    """ "launched an offensive against villagers it accused of helping the rebels on 4 May,
    killing 30": a date that closes a relative clause of accusation or suspicion
    (``attitude_relatives``, event_rules.yaml) inside the clause of ``head``, right where that
    clause goes on (a comma, the sentence's end), dates the clause: one accuses or suspects
    people, the deed it tells has the date (h5, s14)."""
    words = load_event_rules().words("attitude_relatives")
    lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    for t in cands:
        tok = _token_at(sent, t.start)
        if tok is None or not lo <= t.start < hi:
            continue
        cur = tok
        while cur.head.i != cur.i and cur.i != head.i and cur.dep_ != "relcl":
            cur = cur.head
        if cur.dep_ != "relcl" or _lemma(cur) not in words:
            continue
        edge = cur.right_edge
        if t.end < edge.idx + len(edge):
            continue  # the clause goes on after the date: its own
        nxt = sent.doc[edge.i + 1] if edge.i + 1 < sent.end else None
        if nxt is None or nxt.is_punct:
            return t
    return None


def _within_hours(head: Token, sent: Span, timexes: Sequence[Timex]) -> Timex | None:
    """ "Within hours, the brigade overran the camps": an event told in the past as hours
    after what was told before is on the day last told (a day, at most a paragraph back)."""
    text = doc_text(sent.doc)
    soon = [
        t
        for t in timexes
        if sent.start_char <= t.start < sent.end_char
        and t.type == "DURATION"
        and _HOURS.match(t.value)
        and re.search(r"\bwithin\s+$", text[max(0, t.start - 10) : t.start], re.IGNORECASE)
    ]
    if not soon or not _past_tense(head):
        return None
    days = [
        t
        for t in timexes
        if t.end <= sent.start_char
        and sent.start_char - t.end <= _WITHIN_REACH
        and t.precision == "day"
        and _specific(t)
        and re.match(r"^\d{4}-\d\d-\d\d", t.value)
        and len(re.findall(r"\n[ \t]*\n", text[t.end : sent.start_char])) <= 1
    ]
    return days[-1] if days else None


def _report_dates(head: Token, cands: Sequence[Timex], report_verbs: frozenset[str]) -> list[Timex]:
    """The dates told between a reporting verb and the subject of the clause it reports
    ("said on Monday it had killed", "told reporters on Friday that gunmen had ..."): the
    day of the report, which the parser may hang on the reported verb."""
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in report_verbs:
        return []
    say = head.head
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > say.i]
    if not subjects:
        return []
    lo, hi = say.idx + len(say), subjects[0].left_edge.idx
    return [t for t in cands if lo <= t.start < hi]


# an aside set off by dashes or brackets, then the date's preposition
_ASIDE_DATE = re.compile(
    r"\s*(?:[—–]|\s-\s)[^—–\n]{1,120}?(?:[—–]|\s-\s)\s*(?:in|on|during|since|by)?\s*"
    r"|\s*\([^()\n]{1,120}\)\s*(?:in|on|during|since|by)?\s*",
    re.IGNORECASE,
)


def _prepositional_relative(verb: Token) -> bool:
    """A relative clause opened by a preposition and "which" ("under which", "by which")."""
    return any(
        c.dep_ == "prep" and c.i < verb.i and any(g.lower_ in {"which", "whom"} for g in c.children)
        for c in verb.children
    )


_DATE_PREP = re.compile(r"\s*(?:in|on|during|since|by)?\s*", re.IGNORECASE)


def _after_aside(text: str, scope: Token, cands: Sequence[Timex]) -> Timex | None:
    """The date right after an aside that ends the clause of ``scope``."""
    edge = scope.right_edge
    end = edge.idx + len(edge)
    found = _ASIDE_DATE.match(text, end)
    if found is None and edge.text in {"—", "–", "-", ")"} and edge.i > scope.i + 2:
        # the aside hangs in the clause already ("seizing Bhamo — the last stronghold —")
        found = _DATE_PREP.match(text, end)
    if found is None:
        return None
    return next((t for t in cands if t.start == found.end()), None)


def _range_start(date: Timex | None, timexes: Sequence[Timex]) -> Timex | None:
    """The whole period when ``date`` is the last end of one ("the night of 14 to 15
    October", "from 3 to 7 May"): an event over a period is dated by its first day (as ACLED
    codes a night by the day it began), with the period's end as ``end_value``."""
    if date is None:
        return None
    for t in timexes:
        if t.end_value == date.value and t.end <= date.start and date.start - t.end <= 12:
            return _day_of(t)
    return _day_of(date)


# how many days after its start a "by" date may end an event told in two verbs
_BY_REACH = 7


def _completed_by(
    date: Timex | None, head: Token, sent: Span, timexes: Sequence[Timex]
) -> Timex | None:
    """ "entered the town on the night of 12 March and had taken it, port included, by 13
    March": a verb joined to the event's, with a day it was done "by" a few days after the
    event's own day, ends the event, which spans both days (``end_value``) (h5, s14)."""
    if date is None or date.end_value is not None or date.precision != "day":
        return date
    start = _date_value(date.value)
    if start is None or start[0] != start[1]:
        return date
    text = doc_text(sent.doc)
    joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    for verb in joined:
        for t in timexes:
            if not (sent.start_char <= t.start < sent.end_char and t.precision == "day"):
                continue
            if not re.search(r"\bby\s+$", text[max(0, t.start - 4) : t.start], re.IGNORECASE):
                continue
            if not _attached_to(t, verb, sent):
                continue
            end = _date_value(_day_of(t).value)
            if end is not None and 0 < (end[0] - start[0]).days <= _BY_REACH:
                return replace(date, end_value=_day_of(t).value)
    return date


# a day with a part of the day ("2025-05-14TNI": "the same night", "Thursday morning")
_PART_OF_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)T[A-Z]{2}$")


def _day_of(date: Timex) -> Timex:
    """An event is dated by its day: a part of the day ("the same night", "on Thursday
    evening") is left out of the value, which stays a calendar day at day precision (the
    expression's text keeps it). A clock time ("around 2 p.m.") keeps its time: with no day
    of its own, it is put on the day a heading or another mention gives."""
    m = _PART_OF_DAY.match(date.value)
    if m is None:
        return date
    return replace(date, value=m.group(1), type="DATE", precision="day")


# a weekend of an ISO week ("2024-W23-WE": "at the weekend", "over the weekend")
_WEEKEND = re.compile(r"^([\dX]{4})-W([\dX]{2})-WE$")
# a calendar day with a time of day ("2025-03-03T14:00", "2024-06-08TNI")
_DAY_TIME = re.compile(r"^(\d{4}-\d\d-\d\d)T")


def _event_day(
    frame: EventFrame, doc: Doc, timexes: Sequence[Timex], report_verbs: frozenset[str]
) -> EventFrame:
    """An event's date once its mentions are merged, as an analyst codes it: a calendar day
    with no time of day ("shortly after 2 p.m." put on a bulletin's day is that day), and a
    weekend made the day its mentions' sentences, or the sentence after one, give in it ("a
    raid at the weekend ... The attackers entered the village late on Saturday": that
    Saturday). A weekend day told after a verb of report or claim that governs it ("police
    said on Sunday") dates no deed; of several days left, the first (a raid over two nights
    is coded by the day it began) (h5, s14)."""
    date = frame.event.date
    if date is None:
        return frame
    timed = _DAY_TIME.match(date.value)
    if timed is not None:
        day = replace(date, value=timed.group(1), type="DATE", precision="day")
        return replace(frame, event=replace(frame.event, date=day))
    weekend = _WEEKEND.match(date.value)
    if weekend is None:
        return frame
    friday = None
    if "X" not in date.value:
        try:
            friday = dt.date.fromisocalendar(int(weekend.group(1)), int(weekend.group(2)), 5)
        except ValueError:
            return frame
    sents = doc_sentences(doc)
    days: list[tuple[int, Timex]] = []
    # its mentions' sentences and the one after each ("... at the weekend, police said. The
    # attackers entered the village late on Saturday")
    told = _frame_sentences(frame)
    for i in sorted(told | {j + 1 for j in told}):
        if not 0 <= i < len(sents):
            continue
        sent = sents[i]
        for t in timexes:
            if not (sent.start_char <= t.start < sent.end_char and t.precision == "day"):
                continue
            day_t = _day_of(t)
            when = _weekend_day(day_t.value, friday)
            if when is None:
                continue
            tok = _token_at(sent, t.start)
            verb = tok
            while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            if (
                verb is not None
                and tok is not None
                and verb.i < tok.i
                and _lemma(verb) in report_verbs | {"claim", "tell"}
            ):
                continue  # "police said on Sunday": a report's day
            days.append((when, day_t))
    if not days:
        return frame
    return replace(frame, event=replace(frame.event, date=min(days, key=lambda d: d[0])[1]))


# a weekday of an unknown week ("XXXX-WXX-6": "on Saturday" in an undated story)
_ANY_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")


def _weekend_day(value: str, friday: dt.date | None) -> int | None:
    """How far into a weekend (0 Friday, 1 Saturday, 2 Sunday) the day ``value`` falls: the
    weekend of the week whose Friday is ``friday``, or, with no known week (None), any
    weekend, for a weekday of an unknown week; None for a day outside it."""
    if friday is None:
        m = _ANY_WEEKDAY.match(value)
        return int(m.group(1)) - 5 if m and int(m.group(1)) >= 5 else None
    span = _date_value(value)
    if span is None or span[0] != span[1] or not 0 <= (span[0] - friday).days <= 2:
        return None
    return (span[0] - friday).days


def _since_date(head: Token, sent: Span, timexes: Sequence[Timex]) -> Timex | None:
    """The specific date a "since" phrase of the clause of ``head`` starts from (not one that
    bounds another noun: "El Fasher's worst week since May" dates no siege, s17)."""
    text = doc_text(sent.doc)
    for t in timexes:
        if not (_specific(t) and sent.start_char <= t.start < sent.end_char):
            continue
        if not re.search(r"\bsince\s+(?:the\s+)?$", text[max(0, t.start - 12) : t.start], re.I):
            continue
        tok = _token_at(sent, t.start)
        prep = tok.head if tok is not None and tok.dep_ == "pobj" else None
        if (
            prep is not None
            and prep.head.pos_ in {"NOUN", "PROPN"}
            and prep.head.i != head.i
            and not any(c.i == head.i for c in prep.head.children)
        ):
            continue
        if _attached_to(t, head, sent) or _attached_to(t, sent.root, sent):
            return t
    return None


def _token_at(sent: Span, char: int) -> Token | None:
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok):
            return tok
    return None


_TOLL_NOUNS = frozenset({"toll", "count", "tally", "number", "figure"})


def _in_other_clause(t: Timex, scope: Token, sent: Span) -> bool:
    tok = _token_at(sent, t.start)
    if tok is None:
        return False
    cur = tok
    via_prep = False
    while cur.i != scope.i and cur.head.i != cur.i:
        if cur.dep_ in {"relcl", "ccomp", "advcl"} and cur.i != scope.i:
            return True
        # "The FLA, a coalition formed in November 2024, condemned ...": the date of a
        # participle or apposition describing a party, not of the event (a naming participle,
        # "an offensive, dubbed X, in Shan state on 27 October", only names the event and
        # the words hung on it are the event's)
        if cur.dep_ == "appos" or (
            cur.dep_ == "acl" and cur.head.i != scope.i and not _naming(cur)
        ):
            return True
        if cur.dep_ == "prep":
            via_prep = True
        if cur.pos_ == "NOUN" and any(c.tag_ == "JJS" for c in cur.children):
            # "killing 17 in one of the deadliest attacks this year": the period of a ranking
            return True
        if (
            _naming(cur.head)
            and not via_prep
            and cur.dep_ not in {"prep", "punct", "advmod", "npadvmod"}
        ):
            return True  # the name itself: "dubbed "Operation 1027""
        cur = cur.head
    return False


def _naming(tok: Token) -> bool:
    """ "dubbed", "code-named", "called": a participle that names what it hangs on."""
    return tok.dep_ == "acl" and _lemma(tok) in load_event_rules().words("naming_verbs")


def _attached_to(t: Timex, root: Token, sent: Span) -> bool:
    tok = _token_at(sent, t.start)
    if tok is None:
        return False
    cur = tok
    while cur.head.i != cur.i and cur.i != root.i:
        if cur.dep_ in {"relcl", "ccomp", "advcl", "acl"} and not _naming(cur):
            return False
        cur = cur.head
    return cur.i == root.i


def _under_prep(t: Timex, verb: Token, sent: Span, preps: frozenset[str]) -> bool:
    """(trig2, s16) Whether the date ``t`` hangs on ``verb`` through a preposition of
    ``preps`` ("took place two days after the 12 May vote")."""
    cur = _token_at(sent, t.start)
    if cur is None:
        return False
    while cur.head.i != cur.i and cur.i != verb.i:
        if cur.dep_ == "prep" and cur.lower_ in preps:
            return True
        cur = cur.head
    return False


def _occurrence_date(t: Timex, verb: Token, sent: Span, rules: EventRules) -> bool:
    """(trig2, s16) A date told in a phrase of ``verb`` ("took place on the night of 11-12
    June", "occurred in March") through prepositions of ``occurrence_date_preps`` only (not
    "took place two days after the 12 May vote")."""
    tok = _token_at(sent, t.start)
    if tok is None:
        return False
    preps = rules.words("occurrence_date_preps")
    cur = tok
    while cur.head.i != cur.i and cur.i != verb.i:
        if cur.dep_ == "prep" and cur.lower_ not in preps:
            return False
        if cur.dep_ in {"relcl", "ccomp", "advcl", "acl", "advmod", "npadvmod"}:
            return False
        if cur.head.i == verb.i:
            return cur.dep_ == "prep" or (cur.dep_ == "dobj" and cur.i != tok.i)
        cur = cur.head
    return False


def _date_value(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a timex value covers ("2017-02" → Feb 1..28)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        d = dt.date(year, int(m.group(2)), int(m.group(3)))
        return d, d
    if m.group(2):
        month = int(m.group(2))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, 1), last
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _news_window(
    doc: Doc,
    timexes: Sequence[Timex],
    document_date: DateValue | None,
    days: int,
    rules: EventRules,
) -> int:
    """How many days before the document date its news reaches: ``days``, or back to the
    start of the reporting period the document states ("It covers developments since my
    previous report of 3 July 2024"), so that a quarterly report's events are no background."""
    ref = _date_value(document_date.value) if document_date is not None else None
    if ref is None:
        return days
    text = doc_text(doc)
    words = "|".join(re.escape(c) for c in rules.words("reporting_period_cues"))
    cues = re.compile(rf"(?:{words})\W*$", re.IGNORECASE)
    for t in timexes:
        if t.precision != "day" or not cues.search(text[max(0, t.start - 60) : t.start]):
            continue
        start = _date_value(t.value)
        if start is not None and start[0] < ref[0]:
            return max(days, (ref[0] - start[0]).days + 1)
    return days


def _is_background(date: Timex | None, document_date: DateValue | None, days: int) -> bool:
    if date is None or document_date is None:
        return False
    span = _date_value(date.value)
    ref = _date_value(document_date.value)
    if span is None or ref is None:
        return False
    return span[1] < ref[0] - dt.timedelta(days=days)


# --------------------------------------------------------------------------- assembly


def _acled(rules: EventRules, type_id: str, mode: str | None) -> tuple[str | None, str | None]:
    try:
        pairs = rules.ontology.acled(type_id, mode)
    except KeyError:
        pairs = rules.ontology.acled(type_id)
    return (pairs[0].event_type, pairs[0].sub_event_type) if pairs else (None, None)


def _context(type_id: str, trig: Token, args: Arguments, rules: EventRules) -> str | None:
    words = rules.words("terrorism_words")
    sent_words = {t.lower_ for t in trig.sent}
    if args.initiator_types & {"armed_group"} or sent_words & words:
        return "terrorism"
    if args.initiator_types & {"state_forces", "state"}:
        return "military"
    contexts = rules.ontology.event_type(type_id).contexts
    return contexts[0] if contexts else None


def _token_sentences(doc: Doc) -> list[int]:
    """The sentence index of every token (the first sentence that holds it; -1 for none), in one pass."""
    index = [-1] * len(doc)
    for i, s in enumerate(doc_sentences(doc)):
        for t in range(s.start, s.end):
            if index[t] == -1:
                index[t] = i
    return index


def _anchor(doc: Doc, sent: Span, index: int) -> Anchor:
    text = doc_text(doc)
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Anchor(start=start, end=end, quote=text[start:end], sentence=index)


def extract_event_frames(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[PlaceMention],
    timexes: Sequence[Timex],
    document_date: DateValue | None,
    rules: EventRules | None = None,
) -> list[EventFrame]:
    """Every event mention the rules find, merged per event, with any modality and date.

    This is the candidate set; :func:`extract_events` filters it down to what an analyst
    codes. Frames keep their argument spans for benchmarks that score text spans.
    """
    rules = rules or load_event_rules()
    timexes = [t for t in timexes if not _name_number(t, doc, rules)]
    finder = ArgumentFinder(doc, actors, places, rules)
    background_days = _news_window(
        doc, timexes, document_date, int(rules.raw.get("background_days", 60)), rules
    )
    frames: list[EventFrame] = []
    toll_types = rules.words("toll_types")
    background_sents = _background_sentences(doc, rules)
    log_sents = _log_line_sentences(doc)
    # an undated report: its latest specific day stands for its date, so that what it tells
    # from years before is background
    document_date = document_date or _latest_day(timexes)
    headings = find_headings(doc, timexes, places, _specific, rules.words("heading_place_labels"))
    table_rows = find_table_rows(
        doc,
        timexes,
        places,
        rules.raw.get("table_columns") or {},
        sorted(rules.words("table_no_perpetrator")),
    )
    token_sentence = _token_sentences(doc)
    triggers = _find_triggers(doc, rules)
    trigger_ids = {t.token.i for t in triggers}
    for trig in triggers:
        tok = trig.token
        type_id, mode = trig.type_mode
        if type_id not in rules.types:
            continue
        aside = None
        if type_id == "FOUND" and _founding_aside(tok, trigger_ids):
            # (s17) "The OLA, founded in 2018, attacked ...": a past event recalled as
            # background, an event of its own on its own date; with no date of its own it
            # is the attacker's description (trig2, s16)
            aside = _aside_date(tok, timexes)
            if aside is None or not _strongest_founding(tok, trigger_ids, rules):
                continue
        if _counted_plural(tok):
            continue  # "claimed 600 attacks in 2024": a count of events (a quantity), no event
        if _cited_headline(doc_text(doc), tok.idx, rules):
            continue  # (ev, s15) "3 AFP, "Three soldiers killed in ambush", https://...": a source
        row = table_rows.get(token_sentence[tok.i])
        if row is not None and not _in_incident_cell(row, tok.idx):
            continue  # "| Unclaimed (TTP denied) |": a perpetrator cell tells no event
        if in_header_line(doc_text(doc), tok.idx):
            continue  # (s21) "| Date | Location | Killed |": a column's name, no incident
        sent = tok.sent
        head = clause_head(tok)
        modality = _modality(tok, rules)
        denied = modality == "negated" and _deed_denied(tok, rules)
        if denied:
            modality = "asserted"
        order = (
            _ordered_withdrawal(tok, rules)
            if (type_id, mode) == ("RETREAT", "withdraw") and modality == "hypothetical"
            else None
        )
        if order is not None:
            modality = "asserted"  # (h4, s14) the order to withdraw was given, on its day
            head = clause_head(order)
        if mode == "abduct" and _takes_territory(tok, finder, rules):
            mode = "territory"  # "seized the town of Mahas": a town taken, not people
        if (type_id, mode) == ("PROTEST", "riot") and _prison_riot(tok, rules):
            type_id, mode = "ASSAULT", None  # (trig, s16) a prison riot: inmates killed
        if (type_id, mode) == ("PROTEST", "obstruct") and _armed_blockade(tok, finder, rules):
            # (trig, s16) "claimed the highway blockade": armed men holding a road, part of
            # what they did there (no mode of its own to override the deed told with it)
            type_id, mode = "ASSAULT", None
        # (s18) read once per trigger: a rejection told in a relative clause on a charge
        answers_charge = type_id == "REJECT" and _answers_charge(tok, rules)
        if not _plausible(tok, type_id, mode, finder, rules, answers_charge):
            continue
        if (type_id, mode) == ("RETREAT", "release") and (
            _prison_break(tok, finder, rules) or _freed_by_attack(tok, rules)
        ):
            continue  # (ev, s15) "freed inmates from the town's prison": a raid's deed
        if type_id == "PROTEST" and _armed_rally(
            trig.light or (tok.head if tok.dep_ == "dobj" else tok), finder, rules
        ):
            continue  # (ev, s15) "the fighters held a rally in the main square": no protest
        if type_id == "ASSAULT" and "ARREST" in rules.types and _search_raid(tok, finder, rules):
            type_id, mode = "ARREST", None  # "soldiers raided a ranch and seized 40 rifles"
        if type_id == "ASSAULT" and "PROTEST" in rules.types and _protesters_fight(tok, rules):
            type_id, mode = "PROTEST", "riot"  # "students clashed with police": a riot
        args = finder.arguments(tok, trig.light, type_id)
        if (type_id, mode) == ("RETREAT", "withdraw"):
            args = _gerund_withdrawer(tok, args, finder)
        if (type_id, mode) == ("SANCTION", "designate") and (
            tok.dep_ == "amod" or _terror_listing(tok, rules)
        ):
            # (trig, s16) "The BLA has been a proscribed organisation", "declared the ADF a
            # terrorist organisation": the group banned
            banned_nps = (
                [s for s in tok.head.head.children if s.dep_ == "nsubj"]
                if tok.dep_ == "amod"
                else [c for c in tok.children if c.dep_ in {"dobj", "ccomp"}]
            )
            banned_nps += [cj for s in banned_nps for cj in s.conjuncts]
            banned = [
                a.key
                for s in banned_nps
                if (a := finder.actor_in(*np_span(s), s) or finder.refer(s)) is not None
            ]
            args = replace(
                args,
                actor_roles=tuple(
                    [r for r in args.actor_roles if r[0] not in banned]
                    + [(k, "target") for k in banned]
                ),
            )
        if type_id == "ASSAULT" and _misparsed_passive(tok):
            # (trig, s16) 'all three attackers had been \n"liquidated" by FSB units': the
            # subject of a passive with a "by" agent was hit, whatever the parser called it
            hit = {
                a.key
                for s in tok.children
                if s.dep_ == "nsubj"
                and (a := finder.actor_in(*np_span(s), s) or finder.refer(s)) is not None
            }
            args = replace(
                args,
                actor_roles=tuple(
                    (k, "target" if k in hit and r == "perpetrator" else r)
                    for k, r in args.actor_roles
                ),
            )
        if type_id == "ASSAULT":
            args = _backer_not_doer(trig.light or tok, args, finder)
            if trig.light is not None and "nsubjpass" in {tok.dep_, tok.head.dep_}:
                args = _launched_by(trig.light, args, finder)
        if type_id == "FOUND" and not args.actor_roles:
            # (trig, s16) "The OLA, referred to as X, split from Y": the group the parser
            # left out of the clause
            group = founded_group(tok, finder) or _apposed_founder(tok, finder, rules)
            if group is not None:
                args = replace(args, actor_roles=((group, "initiator"),))
        if type_id == "PROPAGANDA" and not any(r == "initiator" for _k, r in args.actor_roles):
            speaker = _medium_speaker(tok, finder)
            if speaker is not None:
                args = replace(args, actor_roles=(*args.actor_roles, (speaker, "initiator")))
        if (
            type_id == "PROPAGANDA"
            and _claimed_in_medium(tok, rules)
            and not _group_speaker(args, finder, rules)
        ):
            continue  # (s23) "the army claimed in a statement ...": a state's words, no release
        if (
            type_id == "PROPAGANDA"
            and tok.pos_ in {"VERB", "AUX"}
            and _spoken_release(tok, rules)
            and (not _group_speaker(args, finder, rules) or _claims_told_deed(tok, triggers, rules))
        ):
            # (s21) "the army said in a statement": a state's words, no release; "the BLA
            # spokesman said in a statement its fighters had killed 14": a claim of the
            # attack, which the attack's responsibility carries
            continue
        if aside is not None and not args.actor_roles:
            # (s17) "The RSF, which grew out of X and was formally established in 2013": the
            # group the aside is told on
            clause = tok
            while clause.dep_ == "conj":
                clause = clause.head
            teller = finder.actor_in(*np_span(clause.head), clause.head) or finder.refer(
                clause.head
            )
            if teller is not None:
                args = replace(args, actor_roles=((teller.key, "initiator"),))
        if type_id == "ACCUSE" and _unnamed_accuser(tok, args):
            continue  # (s17) "Residents accused soldiers of looting": a claim, no event
        if type_id == "CONSULT" and not args.actor_roles:
            # (trig, s16) "peace talks between the government and the OLA": the two sides
            keys = _talk_party_actors(tok, finder, rules)
            roles = [(k, "initiator" if n == 0 else "recipient") for n, k in enumerate(keys)]
            args = replace(args, actor_roles=tuple(roles))
        if type_id == "ASSAULT":
            args = _noun_agent(tok, args, finder, rules)
        if mode == "territory":
            args = _territory_args(tok, args, finder)
        # only attacks have lists of dated targets ("ones that targeted A in 2017, B in ...")
        listed = split_list(finder, tok, args, timexes) if type_id == "ASSAULT" else []
        parts: list[ListPart | None] = [*listed] or [None]
        for part in parts:
            part_args = args if part is None else part.arguments
            date = _date_of(
                tok,
                head,
                sent,
                timexes,
                part.span if part else None,
                rules.words("say_verbs"),
                rules,
            )
            if date is None and part is None and _durative(tok, mode, rules):
                # "Since 10 May the RSF has besieged the city": a siege is dated by its start
                date = _since_date(head, sent, timexes)
            date = _completed_by(_range_start(date, timexes), head, sent, timexes)
            if date is None and type_id == "PROPAGANDA" and tok.pos_ in {"VERB", "AUX"}:
                date = _medium_date(tok, sent, timexes, rules)
            if type_id == "FOUND" and date is not None and _in_conjoined_deed(date, tok):
                # (s21) "the movement grew out of a preaching circle and staged its first raid
                # on 12 June 2016": the raid's day, not the group's emergence
                date = None
            heading = headings.get(token_sentence[tok.i])
            if heading is not None:
                # "2) 10/05/2024 – Macomia town: insurgents entered ...": the item's date and
                # place; the heading's words are no party to it
                date = _on_heading_day(date, heading) or heading.date
                part_args = _under_heading(part_args, heading, finder)
            if type_id == "ASSAULT" and _setting_siege(tok, head, mode, rules):
                continue  # the setting of the main clause's event, never to take its toll
            if (
                type_id == "ASSAULT"
                and _running_total(tok)
                and not (_durative(tok, mode, rules) and date is not None and not _counted(tok))
            ):
                # "has carried out 400 attacks since 2019, killing 3,000 people": a tally of
                # years, to be merged with no event (a quantity); (s20) "have besieged the
                # city since 2015": one siege that lasts, dated by its start
                continue
            if (
                type_id == "ASSAULT"
                and _aggregate_toll(tok, rules)
                and (
                    date is None
                    or date.precision not in {"day", "week"}
                    or _reported_over_span(tok, rules)
                )
            ):
                # "In February alone, 150 people were killed in gang violence": the toll of
                # many events over a period (a quantity), not one event
                continue
            if denied:
                # who denies doing it is no party to it (a negated perpetration, a claim's)
                part_args = replace(
                    part_args,
                    actor_roles=tuple(
                        (k, r)
                        for k, r in part_args.actor_roles
                        if r not in {"perpetrator", "initiator"}
                    ),
                    perpetrator_spans=(),
                    responsibility=None,
                    responsibility_by=None,
                )
            if _attackers_killed(tok, rules):
                # "Two assailants were also killed": the attackers died, they were no target,
                # and the toll of the attack is its victims'
                part_args = replace(
                    part_args,
                    actor_roles=tuple(
                        (k, "perpetrator" if r in {"target", "victim"} else r)
                        for k, r in part_args.actor_roles
                    ),
                    target_spans=(),
                    victim_spans=(),
                    fatalities=None,
                )
            if row is not None:
                date = row.date or date
                part_args = _in_table_row(part_args, row, finder)
            mod = modality
            # a table of incidents lists its reporting period (a quarter, a year): only a row
            # dated before that is background; (s24) so does a log of dated lines ("- Jan 16 —
            # Bijapur: 12 killed" under "Major incidents this year")
            logged = row is not None or token_sentence[tok.i] in log_sents
            window = max(background_days, 366) if logged else background_days
            if mod == "asserted" and (
                _is_background(date, document_date, window)
                or token_sentence[tok.i] in background_sents
            ):
                mod = "background"
            if part is not None and date is not None and mod in {"hypothetical", "future"}:
                # a dated past instance named inside a hypothetical ("such as the ones that
                # targeted X in February 2017") is a fact of its own
                mod = (
                    "background"
                    if _is_background(date, document_date, background_days)
                    else "asserted"
                )
            if aside is not None:
                # the aside's own date and words only, never the main clause's place nor a
                # place told in another conjunct of it
                date, mod = aside, "background"
                lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
                if part_args.place is not None and (
                    not lo <= part_args.place.start < hi
                    or _within(part_args.place.start, _conjunct_spans(tok))
                ):
                    part_args = replace(part_args, place=None)
            if type_id in {"ACCUSE", "REJECT"}:
                # (s17) an accusation or denial is dated and placed by its own clause, never
                # by the deed charged ("accused X of shelling a hospital in Y on Monday")
                charge = _charge_spans(tok)
                if date is not None and _within(date.start, charge):
                    date = None
                if part_args.place is not None and _within(
                    part_args.place.start, charge + _trailing_places(tok, charge)
                ):
                    part_args = replace(part_args, place=None)
            held = _subject_weapon(tok, rules) if type_id == "ASSAULT" else None
            if held is not None and part_args.weapon is None:
                # "Kaya road (Sanmatenga): an IED struck a convoy": the parser may hang the
                # weapon that struck on the heading before it
                part_args = replace(part_args, weapon=held[1], mode=part_args.mode or held[0])
            ev_mode = (
                # "gunmen hijacked the car carrier": what was done, not what they carried
                (mode if mode in {"abduct", "territory"} else None)
                or finder.mode_of_attacker(tok, type_id)
                or (held[0] if held is not None else None)
                or part_args.mode
                or mode
                or finder.mode_from_words(tok, type_id)
            )
            if ev_mode is None and type_id == "ASSAULT":
                ev_mode = _remote_strike_mode(tok, rules)
            if ev_mode == "explosives" and _demolition(tok, part_args, finder, rules):
                ev_mode = "destroy"  # "troops detonated explosives in 15 homes": demolition
            acled_type, acled_sub = _acled(rules, type_id, ev_mode)
            if ev_mode == "territory" and (
                any(
                    role in {"initiator", "perpetrator"}
                    and finder.actor_type(key) in rules.words("state_types")
                    for key, role in part_args.actor_roles
                )
                or _state_forces_subject(tok, rules)
            ):
                acled_sub = "Government regains territory"
            if answers_charge:
                # (s18) "..., an accusation it rejects": the sentence's date is the charge's;
                # the rejection has only the date its own clause gives ("which the junta
                # denied on 2 April"), and what it hangs on is the charge
                date = next((t for t in timexes if _specific(t) and _in_subtree(t, tok)), None)
                part_args = replace(
                    part_args,
                    actor_roles=tuple((k, r) for k, r in part_args.actor_roles if r == "initiator"),
                )
            event = Event(
                type=type_id,
                anchor=_anchor(doc, sent, token_sentence[tok.i]),
                mode=ev_mode,
                context=_context(type_id, tok, part_args, rules),
                acled_event_type=acled_type,
                acled_sub_event_type=acled_sub,
                date=date,
                place=part_args.place,
                actors=tuple(EventActor(k, r) for k, r in part_args.actor_roles),
                # "X, who succeeded Y after Y was killed": a leadership change has no toll
                fatalities=part_args.fatalities if type_id in toll_types else None,
                injured=part_args.injured if type_id in toll_types else None,
                weapon=part_args.weapon,
                modality=mod,
                responsibility=part_args.responsibility,
                responsibility_by=part_args.responsibility_by,
            )
            frames.append(
                EventFrame(
                    event=event,
                    trigger=(tok.idx, tok.idx + len(tok)),
                    perpetrators=part_args.perpetrator_spans,
                    targets=part_args.target_spans,
                    victims=part_args.victim_spans,
                    weapons=part_args.weapon_spans,
                    reference=_bare_reference(tok, event),
                    past=_told_in_past(tok),
                    denied=denied,
                    answers_charge=answers_charge,
                    charges=type_id == "ACCUSE" and _names_charge(tok, rules),
                    described=type_id in {"ACCUSE", "REJECT"}
                    and tok.pos_ in {"VERB", "AUX"}
                    and _described_charge(tok, rules, answers_charge),
                )
            )
    frames += _untriggered_rows(doc, frames, table_rows, finder, rules, document_date)
    frames = [f for f in frames if _released_by_party(f, doc, finder, rules)]
    # before mentions merge, while their words are at hand: captives told as freed are no
    # abduction; who claims an attack is known once responsibility is attached, so the tolls
    # its mentions give are weighed by who gives them after that
    frames = attach_responsibility(drop_released(frames, doc), doc, finder)
    frames = _in_list_items(frames, doc)
    frames = [_with_heading(f, headings.get(f.event.anchor.sentence), doc) for f in frames]
    # (s22c) the incident a heading's own line tells ("- 4 May, Kilo — Police detain 12") is
    # at the heading's place before it meets the prose: a deed of that day elsewhere is another
    sents = doc_sentences(doc)
    frames = [_placed_by_own_heading(f, headings, sents) for f in frames]
    merged = merge_frames(reconcile_tolls(frames, doc, finder), finder.ancestors)
    # (s17) a deed only attempted before ("tried to storm the base") is told by no fact
    told = {
        i
        for f in frames
        if f.event.modality in {"asserted", "background"}
        for i in _frame_sentences(f)
    }
    merged = [_bridged(f, told, doc, timexes, finder, rules) for f in merged]
    merged = [_denial_answers(f, merged, doc, finder, rules) for f in merged]
    # an item's heading places what its sentences leave unplaced, once its mentions are
    # merged (a follow-up "12 insurgents were killed" is the clash near Mbau, not another)
    merged = [_placed_by_heading(f, headings.get(f.event.anchor.sentence)) for f in merged]
    merged = [_as_table_row(f, table_rows.get(f.event.anchor.sentence), finder) for f in merged]
    text = doc_text(doc)
    merged = [_with_other_places(f, finder.places, text) for f in merged]
    merged = [_event_day(f, doc, timexes, rules.words("say_verbs")) for f in merged]
    return [_on_civilians(f, doc, finder, rules) for f in merged]


def _denial_answers(
    frame: EventFrame,
    frames: Sequence[EventFrame],
    doc: Doc,
    finder: ArgumentFinder,
    rules: EventRules,
) -> EventFrame:
    """(s17) A denial of an accusation answers its accuser, the denial's target: named with
    the charge ("rejected the accusation by HRW", "HRW's allegations") or the party that
    accused the denier in that sentence or the two before ("The SAF accused the RSF of
    shelling a hospital. The RSF denied the accusation")."""
    ev = frame.event
    denier = next((a.actor for a in ev.actors if a.role == "initiator"), None)
    if ev.type != "REJECT" or denier is None or any(a.role == "target" for a in ev.actors):
        return frame
    if frame.answers_charge:
        # (s18) "X alleged that the army ..., which the junta denies": the charge is the one
        # its sentence tells, its accuser whoever made it there
        here = ev.anchor.sentence
        accusers = {
            a.actor: EventActor(a.actor, "target")
            for f in frames
            if f.event.type == "ACCUSE" and f.event.anchor.sentence == here
            for a in f.event.actors
            if a.role == "initiator" and a.actor != denier
        }
        return replace(frame, event=replace(ev, actors=(*ev.actors, *accusers.values())))
    span = doc.char_span(frame.trigger[0], frame.trigger[1], alignment_mode="expand")
    if span is None:
        return frame
    charges = rules.words("accusation_nouns")
    objs = [c for c in span.root.children if c.dep_ == "dobj" and _lemma(c) in charges]
    if not objs:
        return frame
    accuser = None
    for obj in objs:
        named = [c for c in obj.children if c.dep_ == "poss"]
        named += [g for c in obj.children if c.lower_ in {"by", "from"} for g in c.children]
        if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in span.root.children):
            # (s17) "denied the accusation by the UN that ...": the accuser's "by" phrase hung
            # on the active denial verb, where it can be no agent
            named += [g for c in span.root.children if c.lower_ == "by" for g in c.children]
        for n in named:
            actor = finder.actor_in(*np_span(n), n) or finder.refer(n)
            if actor is not None and actor.key != denier:
                accuser = actor.key
    if accuser is None:
        here = ev.anchor.sentence
        told = [
            f.event
            for f in frames
            if f.event.type == "ACCUSE"
            and here - 2 <= f.event.anchor.sentence <= here
            and any(a.role == "target" and a.actor == denier for a in f.event.actors)
        ]
        accuser = next(
            (
                a.actor
                for e in sorted(told, key=lambda e: -e.anchor.sentence)
                for a in e.actors
                if a.role == "initiator" and a.actor != denier
            ),
            None,
        )
    if accuser is None:
        return frame
    actors = (*ev.actors, EventActor(accuser, "target"))
    return replace(frame, event=replace(ev, actors=actors))


def _medium_speaker(tok: Token, finder: ArgumentFinder) -> str | None:
    """(s21) Who speaks in a released medium that names no releaser: "In footage posted on
    Monday, the emir warned ...", "X warned in an audio message posted online":
    the subject of the clause the medium is an adjunct of (a speech told in it is the
    speaker's release). A participle on a noun that is no adjunct ("a video showing X") has
    none."""
    if not _reduced_relative(tok) or tok.head.dep_ != "pobj":
        return None
    prep = tok.head.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for subj in verb.children:
        if subj.dep_ in {"nsubj", "nsubjpass"}:
            actor = finder.actor_in(*np_span(subj), subj) or finder.refer(subj)
            if actor is not None:
                return actor.key
    if verb.i < prep.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    # an opening medium whose clause the parser left without a subject ("In a video posted
    # Friday, Karimov (...) warned", the name read as a conjunct of the day): the
    # first actor named between the medium and the verb
    lo, hi = tok.idx + len(tok), verb.idx
    named = sorted((s, a.key) for s, e, a in finder.mentions if lo <= s and e <= hi)
    return named[0][1] if named else None


def _group_speaker(args: Arguments, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(s21) Who speaks is an armed group or one of its members (a spokesman, a leader)."""
    groups = rules.words("group_types") | rules.words("armed_types")
    groups = (groups | rules.words("founding_group_types")) - rules.words("state_types")
    return any(
        role == "initiator"
        and (finder.actor_type(key) in groups or _group_member(key, finder, groups))
        for key, role in args.actor_roles
    )


def _group_member(key: str, finder: ArgumentFinder, groups: frozenset[str]) -> bool:
    """(s18) A person the report makes a member or leader of a group ("Viv Ansanm leader
    Jimmy Cherizier"): in a video he speaks in, his group speaks."""
    person = next((a for _s, _e, a in finder.mentions if a.key == key), None)
    if person is None or person.type != "person" or person.member_of is None:
        return False
    return finder.actor_type(person.member_of) in groups


def _released_by_party(
    frame: EventFrame, doc: Doc, finder: ArgumentFinder, rules: EventRules
) -> bool:
    """(s17) A release named by a participle ("a video circulated by al-Shabaab", "a statement
    released by the group") is a party's release only when its "by" agent is a group the
    report names, or with no agent when a group is its initiator: footage "shared by
    residents" or "circulated on social media" showing soldiers is evidence of what it
    shows, not a release (a frame of any other kind passes)."""
    if frame.event.type != "PROPAGANDA":
        return True
    span = doc.char_span(frame.trigger[0], frame.trigger[1], alignment_mode="expand")
    tok = span.root if span is not None else None
    if tok is None or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return True
    groups = rules.words("group_types") | rules.words("armed_types")
    groups |= rules.words("founding_group_types")
    agents = by_agents(tok)
    if not agents:
        # "An RSF commander was quoted in a video circulated on Telegram": no one named as
        # releasing it, a group taking part in it releases it ("a video circulated online
        # appears to show soldiers executing detainees" names none: evidence, no release)
        return any(
            a.role == "initiator"
            and (finder.actor_type(a.actor) in groups or _group_member(a.actor, finder, groups))
            for a in frame.event.actors
        )
    outlet = False
    for by in agents:
        actor = finder.actor_in(*np_span(by), by) or finder.refer(by)
        if actor is not None and finder.actor_type(actor.key) in groups:
            return True
        # (s21b) only an outlet that belongs to an organisation (a media arm: "al-Kataib",
        # "Amaq"); footage "released by Reuters" or "aired by Al Jazeera" is the news
        # outlet's reporting, no group's release
        outlet = outlet or (
            actor is not None
            and actor.type in rules.words("media_outlet_types")
            and bool(finder.ancestors(actor.key))
        )
    # (s21) "In a recording issued by the movement's media office, its deputy leader said ...": a
    # media arm releases for the group that speaks in it, or whose member speaks
    return any(
        a.role == "initiator"
        and (
            _group_member(a.actor, finder, groups)
            or (outlet and finder.actor_type(a.actor) in groups)
        )
        for a in frame.event.actors
    )


def _bridged(
    frame: EventFrame,
    told: set[int],
    doc: Doc,
    timexes: Sequence[Timex],
    finder: ArgumentFinder,
    rules: EventRules,
) -> EventFrame:
    """(s17) "In the early hours of Monday 16 September, RSF units tried to push into the
    south-eastern neighbourhoods of El Fasher. The attack was repelled after several hours":
    an undated "the attack" (``incident_anaphors`` with a definite article) that opens its
    telling names the deed the sentence just before told in words no trigger matched; that
    sentence's one day, its place and its subject (an actor) are the event's. Nothing is
    lent when that sentence told an event of its own or gives no single day."""
    ev = frame.event
    if ev.date is not None or ev.modality != "asserted" or ev.type != "ASSAULT":
        return frame
    sents = doc_sentences(doc)
    idx = min(_frame_sentences(frame))
    tok = (
        next((t for t in sents[idx] if t.idx == frame.trigger[0]), None)
        if idx < len(sents)
        else None
    )
    anaphors = rules.words("incident_anaphors")
    if (
        tok is None
        or tok.pos_ != "NOUN"
        or _lemma(tok) not in anaphors
        or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)
        or idx == 0
    ):
        return frame
    prev = idx - 1
    while prev > 0 and not sents[prev].text.strip():
        prev -= 1
    before = sents[prev]
    text = doc_text(doc)
    if prev in told or "\n\n" in text[before.end_char : sents[idx].start_char]:
        return frame
    days = [
        t
        for t in timexes
        if before.start_char <= t.start < before.end_char and _specific(t) and t.precision == "day"
    ]
    if len(days) != 1:
        return frame
    # the deed told before is an armed party's doing ("RSF units tried to push into ..."),
    # not "the president visited the city"
    armed = rules.words("armed_types")
    subjects = [
        actor
        for subj in before.root.children
        if subj.dep_ == "nsubj"
        and (actor := finder.actor_in(*np_span(subj), subj) or finder.refer(subj)) is not None
        and finder.actor_type(actor.key) in armed
    ]
    if not subjects:
        return frame
    roles = list(ev.actors)
    if not any(r.role in {"perpetrator", "initiator"} for r in roles):
        roles = [r for r in roles if r.actor != subjects[0].key]
        roles.insert(0, EventActor(subjects[0].key, "perpetrator"))
    place = ev.place or finder.place_in(before.start_char, before.end_char)
    event = replace(ev, date=days[0], place=place, actors=tuple(roles))
    return replace(frame, event=event, sentences=_frame_sentences(frame) | {prev})


# a paragraph break: a blank line, or a line that opens a list item ("- ", "• ", "3) ")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[-–—•*▪]|\d+[.)])\s")
# the types a continuing sentence may take a date for: what happened, not what was said of it
# (a denial is dated by its report, see _date_rejection)
# (s21) an accusation, like a denial, is dated by its report, not by the deed told before it
_NO_CONTINUATION = frozenset({"REJECT", "ACCUSE"})


def _continue_narrative(
    frames: list[EventFrame],
    told: list[EventFrame],
    doc: Doc,
    timexes: Sequence[Timex],
    rules: EventRules,
) -> list[EventFrame]:
    """An undated news sentence that goes on with the dated news told just before takes its
    date ("Turkish drones struck PKK positions on Sunday, the ministry said. || Kurdish
    officials said two civilians were killed when a drone hit a vehicle near Kani Masi.").

    The rule, every condition needed:

    * the event is told as a fact in the simple past (``past``: "were killed", "hit"; not
      "have killed", "kills", "would"), with no date, and no time word of any kind in its
      sentence ("recently", "for years", "since 2014": its own time, however vague);
    * the sentence before it, or the one before that with an undated sentence between,
      tells an asserted event (news, not background) with a specific date: that date is
      the one taken;
    * at most one paragraph break lies between them, and only when the event's sentence opens
      its paragraph (a lede's follow-up paragraph); a list item, a heading or a paragraph
      further down starts a story of its own;
    * no word of ``narrative_breaks`` (event_rules.yaml) opens another story or time
      ("Separately,", "In another attack", "Earlier,", "a similar raid");
    * the two events are placed in the same country when both are placed;
    * denials (REJECT) are dated by their report instead.
    """
    sents = doc_sentences(doc)
    text = doc_text(doc)
    breaks = rules.words("narrative_breaks")
    dated: dict[int, EventFrame] = {}
    for f in told:
        ev = f.event
        if ev.date is not None and ev.modality == "asserted" and _specific(ev.date):
            for i in _frame_sentences(f):
                dated.setdefault(i, f)
    timed = {
        i for t in timexes for i, s in enumerate(sents) if s.start_char <= t.start < s.end_char
    }
    out = []
    for f in frames:
        ev = f.event
        idx = ev.anchor.sentence
        if (
            ev.date is not None
            or ev.modality != "asserted"
            or ev.type in _NO_CONTINUATION
            or not f.past
            or not 0 < idx < len(sents)
            or any(i in timed for i in _frame_sentences(f))
            or any(t.lower_ in breaks for i in _frame_sentences(f) for t in sents[i])
        ):
            out.append(f)
            continue
        source = None
        between = 0  # sentences with words between the one tried and the event's
        for j in range(idx - 1, -1, -1):
            if not sents[j].text.strip():
                continue  # a blank line parsed as a sentence
            gap = text[sents[j].start_char + len(sents[j].text.rstrip()) : sents[idx].start_char]
            n_breaks = len(_PARAGRAPH_BREAK.findall(gap))
            if not n_breaks and "\n" in gap and "\n\n" not in text:
                n_breaks = 1  # a text with one line a paragraph
            if n_breaks > 1 or (n_breaks and between):
                break  # only a paragraph's first sentence goes on from the one before
            if f.item >= 0 and text.rfind("\n", 0, sents[j].start_char) + 1 != f.item:
                break  # (s17) a list item tells an incident of its own, not its sibling's
            if j in dated:
                source = dated[j]
                break
            if j in timed or between >= 1:
                break  # a sentence between with a time of its own, or two between
            between += 1
        if source is None or source.event.date is None or not _same_country(source, f):
            out.append(f)
            continue
        out.append(replace(f, event=replace(ev, date=source.event.date)))
    return out


# a line that opens a list item: "- ", "• ", "3) ", "b) ", "2. "
_ITEM_LINE = re.compile(r"[ \t]*(?:[-–—•*▪]|\(?(?:\d{1,2}|[a-z])[.)])\s")


def _in_list_items(frames: list[EventFrame], doc: Doc) -> list[EventFrame]:
    """Mark each mention with the list item it is told in (its line's offset)."""
    text = doc_text(doc)
    starts = [s.start_char for s in doc_sentences(doc)]
    notes = _notes_start(text, load_event_rules())
    out = []
    for f in frames:
        at = starts[f.event.anchor.sentence] if f.event.anchor.sentence < len(starts) else 0
        line = text.rfind("\n", 0, at) + 1
        item = line if _ITEM_LINE.match(text, line) else -1
        note = notes is not None and f.trigger[0] >= notes
        out.append(replace(f, item=item, note=note) if (item, note) != (f.item, f.note) else f)
    return out


def _notes_start(text: str, rules: EventRules) -> int | None:
    """(ev, s15) Where the report's notes begin: a line that is only a notes heading ("NOTES",
    "## References", ``notes_headings``) or a rule of underscores, in the report's
    second half."""
    headings = rules.words("notes_headings")
    for m in _NOTES_LINE.finditer(text):
        if m.start() < len(text) // 2:
            continue
        word = m.group("word")
        if word is not None and word.lower() in headings:
            return m.end()
        if word is None and _footnote_follows(text, m.end()):
            return m.end()
    return None


def _footnote_follows(text: str, pos: int) -> bool:
    """(ev2, s15) A rule of underscores opens the notes only when the next line that has words
    is a footnote (its mark, or a web address): a rule between two parts of the body does not."""
    for line in text[pos:].splitlines():
        if line.strip():
            return bool(_FOOTNOTE_START.match(line) or _URL.search(line))
    return False


_NOTES_LINE = re.compile(r"^[ \t#*]*(?:(?P<word>[A-Za-z]+)[ \t:*]*|_{5,}[ \t]*)$", re.MULTILINE)


def _frame_sentences(frame: EventFrame) -> frozenset[int]:
    return frame.sentences or frozenset({frame.event.anchor.sentence})


def _same_country(a: EventFrame, b: EventFrame) -> bool:
    pa, pb = a.event.place, b.event.place
    if pa is None or pb is None or pa.place is None or pb.place is None:
        return True
    return pa.place.country_code == pb.place.country_code


# what joins the names of a list of places ("in Iraq and Syria", "in the Metina and Gara
# regions", "in Kumbo, Ndop and Bamenda"); a comma alone is an apposition ("Mamfe, Manyu
# division": the town and its division), so a list needs its "and"
_PLACE_COMMA = re.compile(r"\s*,\s*$")
_PLACE_AND = re.compile(r"\s*(?:,\s*)?(?:and|&|or)\s+(?:the\s+|in\s+)?$", re.I)


def _with_other_places(frame: EventFrame, places: Sequence[PlaceMention], text: str) -> EventFrame:
    """An event told in a list of places keeps them all ("struck targets in Iraq and
    Syria"): ``place`` becomes the first the list names, the others ``other_places`` (in
    text order). Only a list that holds the place the clause chose counts, and a place that
    holds that one ("in Maiduguri and Borno State") adds nothing."""
    main = frame.event.place
    if main is None or frame.event.other_places:
        return frame
    ordered = sorted(places, key=lambda p: p.start)
    at = next(
        (i for i, p in enumerate(ordered) if (p.start, p.end) == (main.start, main.end)), None
    )
    if at is None:
        return frame

    def joined(a: PlaceMention, b: PlaceMention) -> bool:
        gap = text[a.end : b.start]
        return bool(_PLACE_AND.fullmatch(gap) or _PLACE_COMMA.fullmatch(gap))

    lo = hi = at
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    # a list ends with its "and" ("A, B and C"); commas after the last "and" are
    # appositions ("in Kumbo and Ndop, Bui division") and end it
    while hi > lo and not _PLACE_AND.fullmatch(text[ordered[hi - 1].end : ordered[hi].start]):
        hi -= 1
    if hi == lo or at > hi:
        return frame
    chain = ordered[lo : hi + 1]
    others = tuple(
        p
        for p in chain
        if (p.start, p.end) != (main.start, main.end)
        and p.text != main.text
        and not _holds(p, main)
    )
    if not others:
        return frame
    # the list's places in the order it names them, the first as the main one
    listed = sorted((main, *others), key=lambda p: p.start)
    return replace(
        frame, event=replace(frame.event, place=listed[0], other_places=tuple(listed[1:]))
    )


def _holds(wide: PlaceMention, narrow: PlaceMention) -> bool:
    """``wide`` is the country or province ``narrow`` lies in."""
    w, n = wide.place, narrow.place
    if w is None or n is None or w.country_code != n.country_code:
        return False
    if w.feature == "country":
        return n.feature != "country"
    return (
        w.feature == "admin1"
        and n.feature not in {"country", "admin1"}
        and (w.admin1_code is not None and w.admin1_code == n.admin1_code)
    )


def _with_heading(frame: EventFrame, heading: Heading | None, doc: Doc) -> EventFrame:
    """(s18) The frame with the words of the incident heading its sentence stands under
    ("Lakki Marwat, 8 September."), so that a table row of that place and day is merged with
    the prose that retells it (``event_merge._row_retold``)."""
    if heading is None:
        return frame
    return replace(frame, heading=doc_text(doc)[heading.start : heading.end])


def _placed_by_own_heading(
    frame: EventFrame, headings: dict[int, Heading], sents: Sequence[Span]
) -> EventFrame:
    """The frame placed by the heading that opens its own sentence (a list line's place
    field), when it names no place of its own."""
    idx = frame.event.anchor.sentence
    heading = headings.get(idx)
    if heading is None or not 0 <= idx < len(sents):
        return frame
    if not sents[idx].start_char <= heading.start < sents[idx].end_char:
        return frame  # a heading over the item's later sentences: placed after merging
    return _placed_by_heading(frame, heading)


def _placed_by_heading(frame: EventFrame, heading: Heading | None) -> EventFrame:
    if heading is None or heading.place is None or frame.event.place is not None:
        return frame
    if frame.event.modality == "background" and frame.event.date is not heading.date:
        # (s19) "The clashes recall the fighting of early 2020": an older event recalled
        # under an incident's heading happened on its own date, not at the incident's place
        return frame
    return replace(frame, event=replace(frame.event, place=heading.place))


def _noun_agent(
    tok: Token, args: Arguments, finder: ArgumentFinder, rules: EventRules
) -> Arguments:
    """ "drone strikes by the Malian air force hit a wedding": the by-phrase of an attack
    noun (the trigger, or the attack or weapon that is its subject) names who attacked,
    when the clause names no one else."""
    if any(r in {"perpetrator", "initiator"} for _k, r in args.actor_roles):
        return args
    nouns = [tok] if tok.pos_ in {"NOUN", "PROPN"} else []
    if tok.pos_ in {"VERB", "AUX"}:
        nouns += [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    hit = {k for k, r in args.actor_roles if r in {"target", "victim"}}
    for noun in nouns:
        if noun is not tok and not (
            _lemma(noun) in rules.noun_triggers
            or noun.lower_ in rules.words("attack_subject_nouns")
            or noun.lower_ in (rules.raw.get("weapons") or {})
            or noun.lower_ in (rules.raw.get("attacker_modes") or {})
        ):
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "by":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                span = np_span(obj)
                actor = finder.actor_in(*span, obj)
                if actor is None or actor.key in hit or actor.type == "person" and obj is tok:
                    continue
                return replace(
                    args,
                    actor_roles=(*args.actor_roles, (actor.key, "perpetrator")),
                    perpetrator_spans=(*args.perpetrator_spans, span),
                )
        # (s18) "a drone strike carried out by a government task force": the agent of a
        # participle of doing on the attack noun did it (though a misparse made it an object)
        for obj in participle_agents(finder, [noun], "deed_participle_verbs", passive_only=True):
            span = np_span(obj)
            actor = finder.actor_in(*span, obj)
            if actor is None or actor.type == "person" and obj is tok:
                continue
            kept = tuple((k, r) for k, r in args.actor_roles if k != actor.key)
            return replace(
                args,
                actor_roles=(*kept, (actor.key, "perpetrator")),
                perpetrator_spans=(*args.perpetrator_spans, span),
            )
    return args


def _durative(tok: Token, mode: str | None, rules: EventRules) -> bool:
    """A siege, or an offensive or campaign (the trigger or what it wages): a state that
    lasts, dated by the start a "since" phrase gives."""
    if mode in rules.words("durative_modes"):
        return True
    nouns = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(_lemma(t) in rules.words("durative_triggers") for t in nouns)


def _latest_day(timexes: Sequence[Timex]) -> DateValue | None:
    days = [
        t.value for t in timexes if t.precision == "day" and re.match(r"^\d{4}-\d\d-\d\d$", t.value)
    ]
    return DateValue(max(days), "day") if days else None


def _log_line_sentences(doc: Doc) -> frozenset[int]:
    """(s24) The sentences that open a dated log line at the start of their line ("- Jan 16 —
    Bijapur: ...", "3 Nov (Tue), Rueso district – ..."): the pattern's multi-line "^" matches
    at a sentence's start only where a line begins there."""
    text = doc_text(doc)
    line = dated_line()
    return frozenset(
        i for i, sent in enumerate(doc_sentences(doc)) if line.match(text, sent.start_char)
    )


def _background_sentences(doc: Doc, rules: EventRules) -> frozenset[int]:
    """Sentences a "Background:" label opens, with the rest of their paragraph, and those
    of a section under a "Background" heading line (to the next heading or label line)."""
    labels = rules.words("background_labels")
    if not labels:
        return frozenset()
    text = doc_text(doc)
    alt = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    inline = re.compile(rf"^[#*\s]*(?:{alt})[*\s]*:", re.IGNORECASE)
    heading = re.compile(rf"^[#*\s]*(?:{alt})[*\s]*:?[*\s]*$", re.IGNORECASE)
    out: set[int] = set()
    in_section = in_paragraph = False
    sents = doc_sentences(doc)
    for i, sent in enumerate(sents):
        gap = text[sents[i - 1].end_char : sent.start_char] if i else ""
        line_start = i == 0 or "\n" in gap or text[sent.start_char - 1 : sent.start_char] == "\n"
        # a sentence's text sliced from the doc's (``Span.text`` joins its tokens anew)
        new_paragraph = (
            i == 0
            or "\n\n" in gap
            or "\n\n" in text[sents[i - 1].start_char : sents[i - 1].end_char][-3:]
        )
        words = text[sent.start_char : sent.end_char].strip()
        if new_paragraph:
            in_paragraph = False
        if line_start and heading.match(words):
            in_section = True
            continue
        if in_section and line_start and _short_heading(words):
            in_section = False  # the next section's heading ("Outlook")
        if line_start and inline.match(words):
            in_paragraph = True
        if in_section or in_paragraph:
            out.add(i)
    return frozenset(out)


def _short_heading(line: str) -> bool:
    """A heading line: a few words and no final punctuation."""
    return 0 < len(line.split()) <= 6 and line[-1] not in ".!?:;,"


_COUNTED_MIN = 10


def _counted_plural(tok: Token) -> bool:
    """A plural event noun counted by a number of at least ten ("600 attacks", "dozens of
    raids", "more than 40 bombings"): a tally of many events, not one of them ("staged three
    bomb attacks" still tells the attacks)."""
    if tok.tag_ != "NNS":
        return False
    for child in tok.children:
        if child.dep_ == "nummod":
            count = parse_count(doc_span_text(child))
            if count is not None and (count.best or count.low or 0) >= _COUNTED_MIN:
                return True
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ == "NNS":
        count = parse_count(prep.head.text)
        return count is not None and (count.best or count.low or 0) >= _COUNTED_MIN
    return False


def doc_span_text(tok: Token) -> str:
    """The words of ``tok``'s subtree ("more than 40")."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text


def _in_incident_cell(row: TableRow, pos: int) -> bool:
    """A trigger of a table row must lie in its incident column (any unnamed column when the
    table names none)."""
    role = row.role_at(pos)
    if row.cell("incident") is not None:
        return role == "incident"
    return role == ""


def _in_table_row(args: Arguments, row: TableRow, finder: ArgumentFinder) -> Arguments:
    """A row's parties: the perpetrator column's actor, and targets and victims named in the
    incident cell; its place, toll and injured from their columns."""
    incident = row.cell("incident") or (row.start, row.end)
    perp_cell = row.cell("perpetrator")
    in_incident = {a.key for s, e, a in finder.mentions if incident[0] <= s and e <= incident[1]}
    roles = [
        (k, r)
        for k, r in args.actor_roles
        if k in in_incident and (perp_cell is None or r not in {"perpetrator", "initiator"})
    ]
    perp_spans = args.perpetrator_spans
    if perp_cell is not None:
        perp_spans = ()
        if not row.no_perpetrator:
            # (tables, s21) every actor the cell names acted: "A / B", "A (suspected B)"
            named = _cell_mentions(finder, perp_cell)
            keys = {a.key for _s, _e, a in named}
            roles = [(k, r) for k, r in roles if k not in keys]
            roles[:0] = [(a.key, "perpetrator") for _s, _e, a in named]
            perp_spans = tuple((s, e) for s, e, _a in named)
    # "| Bui Warriors v. BIR |": who comes after "v." was hit (r1, s14)
    hit_spans: list[tuple[int, int]] = []
    if (hit_cell := row.cell("perpetrator_target")) is not None:
        for s, e, a in finder.mentions:
            if hit_cell[0] <= s and e <= hit_cell[1] and a.key not in {k for k, _r in roles}:
                roles.append((a.key, "target"))
                hit_spans.append((s, e))
    return replace(
        args,
        actor_roles=tuple(roles),
        perpetrator_spans=perp_spans,
        target_spans=tuple(s for s in args.target_spans if incident[0] <= s[0] < incident[1])
        + tuple(hit_spans),
        victim_spans=tuple(s for s in args.victim_spans if incident[0] <= s[0] < incident[1]),
        place=row.place if row.cell("place") is not None else args.place,
        fatalities=row.fatalities if row.cell("fatalities") is not None else args.fatalities,
        injured=row.injured if row.cell("injured") is not None else args.injured,
    )


def _cell_mentions(finder: ArgumentFinder, cell: tuple[int, int]) -> list[tuple[int, int, Actor]]:
    """The actors a table cell names, each once, in order."""
    out: list[tuple[int, int, Actor]] = []
    for s, e, a in finder.mentions:
        if cell[0] <= s and e <= cell[1] and a.key not in {b.key for _s, _e, b in out}:
            out.append((s, e, a))
    return out


def _untriggered_rows(
    doc: Doc,
    frames: list[EventFrame],
    rows: dict[int, TableRow],
    finder: ArgumentFinder,
    rules: EventRules,
    document_date: DateValue | None,
) -> list[EventFrame]:
    """A dated row of a table of incidents with a toll column ("| 16 Mar 2025 | Noshki | BLA
    | Suicide VBIED on FC convoy | 5 |") is an attack even when its incident cell has no
    trigger word: one event from its columns."""
    told = {f.event.anchor.sentence for f in frames}
    sents = doc_sentences(doc)
    out: list[EventFrame] = []
    seen: set[int] = set()
    for idx, row in sorted(rows.items()):
        incident = row.cell("incident")
        if row.start in seen or idx in told or row.date is None:
            continue
        if incident is None or incident[1] <= incident[0]:
            # (s23c) "Airstrikes recorded this month" over "| Date | Township | Village |
            # Deaths |": no column names the incident, the table's title names its kind
            titled = _titled_row(doc, row, rules)
            if titled is None:
                continue
            incident, (type_id, mode) = titled
        elif row.cell("fatalities") is None:
            continue
        else:
            type_id, mode = _cell_type(doc, incident, rules)
        seen.add(row.start)
        args = _in_table_row(Arguments(), row, finder)
        acled_type, acled_sub = _acled(rules, type_id, mode)
        window = max(int(rules.raw.get("background_days", 60)), 366)
        tolled = type_id in rules.words("toll_types")
        event = Event(
            type=type_id,
            anchor=_anchor(doc, sents[idx], idx),
            mode=mode,
            acled_event_type=acled_type,
            acled_sub_event_type=acled_sub,
            date=row.date,
            place=row.place,
            actors=tuple(
                EventActor(k, "initiator" if r == "perpetrator" and type_id != "ASSAULT" else r)
                for k, r in args.actor_roles
            ),
            fatalities=row.fatalities if tolled else None,
            injured=row.injured if tolled else None,
            modality="background"
            if _is_background(row.date, document_date, window)
            else "asserted",
        )
        out.append(EventFrame(event=event, trigger=incident, perpetrators=args.perpetrator_spans))
    return out


def _titled_row(
    doc: Doc, row: TableRow, rules: EventRules
) -> tuple[tuple[int, int], TypeMode] | None:
    """(s23c) A row of a table no column of which names the incident, under a title that
    names a kind of incident ("Airstrikes recorded this month", "Abductions, March 2025"):
    the title's kind, when the row is dated to the day and placed by a place column, and
    the title tells no incidents that did not happen ("Attacks foiled in May"). The span
    returned is the row's own (its trigger), the title being shared by every row."""
    title = row.title
    if (
        title is None
        or row.date is None
        or row.date.precision != "day"
        or row.cell("place") is None
        or unreal_title(doc_text(doc), title)
    ):
        return None
    found = _label_hits(doc, title, rules)
    if not found:
        return None
    return (row.start, row.end), _attack_first(found)


def _label_hits(doc: Doc, span: tuple[int, int], rules: EventRules) -> list[TypeMode]:
    """The types a label's words name, in order (a cell "| Drone strike |", a table's title):
    two-word cues before one-word ones at each word."""
    cues = _label_cues(rules)
    # (s18) "Intelligence-based operation": a word joined by a hyphen to the one before
    # qualifies the label's noun and names no event ("based" is no base set up)
    words = [
        "" if _hyphen_joined(t) else _label_lemma(t)
        for t in doc.char_span(*span, alignment_mode="expand") or ()
    ]
    return [
        hit
        for i, lem in enumerate(words)
        if (hit := cues.get(" ".join(words[i : i + 2])) or cues.get(lem)) is not None
    ]


def _cell_type(doc: Doc, cell: tuple[int, int], rules: EventRules) -> TypeMode:
    """(s17) The type an incident cell's words name ("| Arrests |", "| Propaganda release |",
    "| Drone strike |"): a word of attack wins over any other cue ("| Base overrun |" is an
    attack on a base, not one set up), else its first trigger noun or verb of any type the
    rules emit, else an attack (a row of a table of incidents with a toll column)."""
    found = _label_hits(doc, cell, rules)
    return _attack_first(found) if found else ("ASSAULT", None)


def _attack_first(found: Sequence[TypeMode]) -> TypeMode:
    """Of the types a label names, an attack's, else the first."""
    return next((f for f in found if f[0] == "ASSAULT"), found[0])


def _hyphen_joined(tok: Token) -> bool:
    """The second word of a hyphenated compound ("Intelligence-based", "cross-border")."""
    if tok.i < 2:
        return False
    hyphen = tok.doc[tok.i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and not tok.doc[tok.i - 2].whitespace_


def _label_lemma(tok: Token) -> str:
    """A label word's lemma: a capitalised word the tagger reads as a name keeps its plural
    ("Arrests"), so a name is lemmatised again as the noun it is in a label."""
    if tok.pos_ != "PROPN":
        return _lemma(tok)
    return _noun_lemma(tok.lower_)


@lru_cache(maxsize=512)
def _noun_lemma(word: str) -> str:
    """The model's own lemma of ``word`` read as a common noun."""
    from dossier.nlp import build_nlp

    nlp = build_nlp()
    lemmatizer: Any = nlp.get_pipe("lemmatizer")  # spaCy's Lemmatizer (typed as a callable)
    lemmas = lemmatizer.rule_lemmatize(Doc(nlp.vocab, [word], pos=["NOUN"])[0])
    return str(lemmas[0]) if lemmas else word


def _label_cues(rules: EventRules) -> dict[str, TypeMode]:
    """(s17) Every trigger cue of the ontology (one or two words), with its preferred type:
    a table's label names its kind of event with no sentence around it to mislead, so even
    the cues prose ignores (``ignore_triggers``: "propaganda", "raid") count."""
    priority = list(rules.raw["type_priority"])
    out: dict[str, TypeMode] = {}
    for cue, keys in rules.ontology.trigger_index().items():
        if len(cue.split()) > 2:
            continue
        picked = pick(keys, priority, rules.types, dict(rules.raw.get("type_modes") or {}))
        if picked is not None:
            out[cue] = picked
    for type_id, extra in rules.raw["extra_triggers"].items():
        for lemma, mode in {**(extra.get("verbs") or {}), **(extra.get("nouns") or {})}.items():
            out.setdefault(lemma, (type_id, mode))
    return out


def _as_table_row(frame: EventFrame, row: TableRow | None, finder: ArgumentFinder) -> EventFrame:
    """What a row's columns state overrides what merging lent it from other sentences."""
    if row is None:
        return frame
    ev = frame.event
    actors = ev.actors
    if (perp_cell := row.cell("perpetrator")) is not None:
        perp = [a for a in ev.actors if a.role in {"perpetrator", "initiator"}]
        if len(perp) > 1 or row.no_perpetrator:
            # (tables, s21) the actors the perpetrator cell names, else the first
            named = {a.key for _s, _e, a in _cell_mentions(finder, perp_cell)}
            keep = [a for a in perp if a.actor in named] or perp[:1]
            keep = keep if not row.no_perpetrator else []
            actors = tuple(
                a for a in ev.actors if a.role not in {"perpetrator", "initiator"} or a in keep
            )
    has_toll = row.cell("fatalities") is not None and ev.fatalities is not None
    if row.fatalities is None and frame.heading:
        # (s18) a toll cell the row's reader cannot read ("3 police killed, 2 injured"):
        # the paragraph under the incident's heading tells it
        has_toll = False
    event = replace(
        ev,
        date=row.date or ev.date,
        place=row.place if row.cell("place") is not None else ev.place,
        fatalities=row.fatalities if has_toll else ev.fatalities,
        actors=actors,
    )
    return replace(frame, event=event)


def _on_heading_day(date: Timex | None, heading: Heading) -> Timex | None:
    """ "- Mar 3 — ... bombed the village around 2 p.m.": a clock time that names no day of its
    own is on the item's day, not on the day the report was written (the event is dated by
    that day, the time of day left out, see :func:`_day_of`)."""
    day = heading.date.value
    if (
        date is None
        or date.type != "TIME"
        # an undated report's clock time names no day at all ("XXXX-XX-XXT15:00")
        or not (
            date.anchor in {"document_date", "previous_date"}
            or date.value.startswith("XXXX-XX-XXT")
        )
        or heading.date.precision != "day"
        or len(day) != 10
        or "T" not in date.value
    ):
        return date
    return replace(date, value=day, type="DATE", precision="day", anchor="absolute")


def _under_heading(args: Arguments, heading: Heading, finder: ArgumentFinder) -> Arguments:
    spans = (*args.perpetrator_spans, *args.target_spans, *args.victim_spans)
    dropped = [s for s in spans if heading.covers(s)]
    if not dropped:
        return args
    kept = [s for s in spans if not heading.covers(s)]

    def keys(within: list[tuple[int, int]], covered: bool) -> set[str]:
        return {
            a.key
            for start, end, a in finder.mentions
            if any(start < e and s < end for s, e in within)
            and heading.covers((start, end)) == covered
        }

    # "Location: Wajiroko, Damboa LGA": a name in the heading's words is no party; one the
    # span goes on to after them ("... Borno State   JAS gunmen abducted") stays
    gone = keys(dropped, True) - keys(kept, False) - keys(dropped, False)
    return replace(
        args,
        actor_roles=tuple((k, r) for k, r in args.actor_roles if k not in gone),
        perpetrator_spans=tuple(s for s in args.perpetrator_spans if not heading.covers(s)),
        target_spans=tuple(s for s in args.target_spans if not heading.covers(s)),
        victim_spans=tuple(s for s in args.victim_spans if not heading.covers(s)),
    )


def _on_civilians(
    frame: EventFrame, doc: Doc, finder: ArgumentFinder, rules: EventRules
) -> EventFrame:
    """An armed attack that killed or took people who bear no arms, or hit only what no armed
    party holds ("the ones that targeted the Supreme Court"), is violence against civilians
    (ACLED), not an armed clash."""
    ev = frame.event
    if ev.type != "ASSAULT" or ev.acled_sub_event_type != "Armed clash":
        return frame
    if not frame.victims and not frame.targets:
        return frame
    combatants = rules.words("combatant_nouns")
    armed = rules.words("armed_types")
    for role in ev.actors:
        if role.role in {"target", "victim"} and finder.actor_type(role.actor) in armed:
            return frame
    sides = {r.actor for r in ev.actors if r.role in {"perpetrator", "initiator"}}
    fights = rules.words("mutual_fight_lemmas") | rules.words("outbreak_nouns")
    told = [
        doc.char_span(a, b, alignment_mode="expand") for a, b in frame.triggers or (frame.trigger,)
    ]
    if len({k for k in sides if finder.actor_type(k) in armed}) >= 2 and any(
        span is not None and _lemma(span.root) in fights for span in told
    ):
        return frame  # "fighting broke out between A and B around the port": two armed sides
    protected = rules.words("protected_facility_nouns")
    text = doc_text(doc)
    for start, end in (*frame.victims, *frame.targets):
        words = [w.strip(".,;:'\"").lower() for w in text[start:end].split()]
        if words and words[-1] in protected:
            continue
        if set(words) & combatants:
            return frame
    if ev.mode not in {None, "firearms"}:
        return frame
    acled = rules.ontology.acled("ASSAULT", ev.mode) if ev.mode else rules.ontology.acled("ASSAULT")
    pairs = [p for p in acled if p.event_type == "Violence against civilians"]
    if not pairs:
        return frame
    event = replace(
        ev, acled_event_type=pairs[0].event_type, acled_sub_event_type=pairs[0].sub_event_type
    )
    return replace(frame, event=event)


def _takes_leader_role(tok: Token, lem: str, rules: EventRules) -> bool:
    """ "Godane became emir", "named X as its new leader", "was elected chief of ...",
    "X was succeeded by Y": a verb of taking or giving a role whose role is a leader's."""
    if lem == "succeed":
        return tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
    leaders = rules.words("leader_nouns")
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and tok.dep_ == "conj":
        # "its chief commander had stepped down and been replaced by X"
        subjects = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if lem in rules.words("leader_leaving_verbs") and (
        lem != "step" or any(c.lower_ == "down" for c in tok.children)
    ):
        # "its chief commander, X, stepped down": a leader leaves his post (h5, s13)
        return any(_lemma(c) in leaders for c in subjects)
    if lem not in rules.words("leader_role_verbs"):
        return False
    if lem == "replace" and any(_lemma(c) in leaders for c in subjects):
        return True  # "the commander was replaced by X" (h5, s13)
    roles = [c for c in tok.children if c.dep_ in {"attr", "oprd", "acomp", "dobj", "xcomp"}]
    roles += [
        g
        for c in tok.children
        if c.dep_ == "prep" and (c.lower_ == "as" or (c.lower_ == "at" and lem == "replace"))
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if tok.dep_ == "acl":
        # "the Islamic State named X as its new caliph", parsed with "as" on the subject
        roles += [
            g
            for c in tok.head.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    roles += [g for r in roles for g in r.children if g.dep_ == "oprd"]
    return any(_lemma(r) in leaders for r in roles)


def _aggregate_toll(tok: Token, rules: EventRules) -> bool:
    """ "were killed and 90 injured in gang violence", "died in attacks across the region":
    a toll verb whose "in" phrase is a class of violence (a mass noun or a plural), not one
    attack."""
    if _lemma(tok) not in rules.words("toll_verbs") or tok.pos_ not in {"VERB", "AUX"}:
        return False
    if _since_perfect(tok, rules) or _over_a_period(tok, rules) or _plural_perfect(tok, rules):
        return True
    if tok.dep_ in {"advcl", "conj", "xcomp"} and any(
        c.dep_ in {"dobj", "nsubjpass"}
        and (_lemma(c) in rules.noun_triggers or c.lower_ in rules.noun_triggers)
        and _counted_plural(c)
        for c in tok.head.children
    ):
        # (s19) "a think tank recorded 200 militant attacks in the province in August,
        # killing around 190 people": the toll of a count of events, no attack of its own
        return True
    mass = rules.words("aggregate_violence_nouns")
    for verb in (tok, *tok.conjuncts):
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "across", "amid"}:
                continue
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                lem = _lemma(noun)
                if lem not in mass:
                    continue
                if noun.tag_ != "NNS" and lem not in rules.words("mass_violence_nouns"):
                    continue
                # "in an attack", "in the fighting", "in their raid": one event
                if not any(
                    c.dep_ in {"det", "poss"} and c.lower_ not in {"no", "all", "some"}
                    for c in noun.children
                ):
                    return True
    return False


def _subject_weapon(tok: Token, rules: EventRules) -> tuple[str, str] | None:
    """The weapon that did it, named as the subject ("an IED struck a convoy", "a roadside
    bomb hit the truck"), or an apposition of the subject the parser made of it: its mode
    and its words."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    todo = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    seen = 0
    while todo and seen < 6:
        subj = todo.pop(0)
        seen += 1
        words = [c for c in subj.children if c.dep_ in {"compound", "amod"} and c.i < subj.i]
        for phrase in (" ".join([*(w.lower_ for w in words[-1:]), subj.lower_]), subj.lemma_):
            mode = rules.weapon_mode(phrase)
            if mode:
                return mode, phrase.lower()
        todo += [c for c in subj.children if c.dep_ == "appos"]
    return None


def _plural_perfect(tok: Token, rules: EventRules) -> bool:
    """ "Clashes around the dam have killed between 300 and 400 fighters": a present perfect
    toll of plural attacks or fighting (no "the" fixing which) is a running total of many
    events, not the toll of one."""
    if not any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBP", "VBZ"} for c in tok.children
    ):
        return False
    mass = rules.words("aggregate_violence_nouns")
    for subj in (c for c in tok.children if c.dep_ == "nsubj"):
        if subj.tag_ != "NNS":
            continue
        lem = _lemma(subj)
        if lem not in mass and rules.noun_triggers.get(lem, ("", None))[0] != "ASSAULT":
            continue
        if not any(c.dep_ in {"det", "poss", "nummod"} for c in subj.children):
            return True
    return False


def _stative_posture(tok: Token) -> bool:
    """ "units are deployed", "troops remain stationed": a present passive (no "being", no
    time named) states where forces are, it tells no deployment."""
    if tok.tag_ != "VBN":
        return False
    kids = list(tok.children)
    if any(c.lower_ == "being" for c in kids):
        return False  # "are being deployed": under way
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in kids)
    remain = tok.dep_ in {"acomp", "xcomp", "oprd"} and tok.head.lemma_ in {"remain", "stay"}
    # "estimated that between 3,000 and 4,000 troops were deployed alongside the rebels": a
    # count of forces present (a quantity), not a deployment on a day
    estimated = (
        tok.dep_ == "ccomp"
        and tok.head.lemma_.lower() in _ESTIMATE_VERBS
        and not any(c.dep_ == "prep" and c.ent_type_ in {"DATE", "TIME"} for c in kids)
    )
    return present or remain or estimated


_ESTIMATE_VERBS = frozenset({"estimate", "assess", "believe", "think", "calculate", "reckon"})


def _demolition(tok: Token, args: Arguments, finder: ArgumentFinder, rules: EventRules) -> bool:
    """ "Israeli troops detonated explosives in at least 15 homes", "soldiers blew up the
    houses of ...": a state's forces blowing up buildings (``demolished_nouns``), with no one
    killed or hurt, demolish property; it is no bombing."""
    if args.fatalities is not None or args.injured is not None:
        return False
    states = rules.words("state_types")
    if not any(
        role == "perpetrator" and finder.actor_type(key) in states for key, role in args.actor_roles
    ):
        return False
    buildings = rules.words("demolished_nouns")
    near = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    near += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    near += [g for n in list(near) for c in n.children if c.dep_ == "prep" for g in c.children]
    return any(_lemma(n) in buildings for n in near)


def _attackers_killed(tok: Token, rules: EventRules) -> bool:
    """ "Two assailants were also killed", "both attackers died": the dead are the attackers
    (``attacker_nouns``), told in a clause of their own with no one who killed them."""
    if _lemma(tok) not in rules.words("toll_verbs") or tok.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"agent", "dobj"} for c in tok.children):
        return False  # "were killed by soldiers", "gunmen killed five villagers"
    subjects = [c for c in tok.children if c.dep_ in {"nsubjpass", "nsubj"}]
    if not subjects:
        return False
    attackers = rules.words("attacker_nouns")
    return all(
        _lemma(s) in attackers
        or (_lemma(s) in {"both", "all"} and any(_lemma(c) in attackers for c in s.subtree))
        for s in subjects
    )


def _over_a_period(tok: Token, rules: EventRules) -> bool:
    """ "were killed between October 2023 and November 2024", "during that period", "in
    total": a toll counted over a span of time sums many events."""
    periods = rules.words("period_nouns")
    for verb in (tok, *tok.conjuncts):
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ in {"between", "from"} and any(o.ent_type_ == "DATE" for o in objs):
                return True
            if prep.lower_ in {"during", "throughout"} and any(_lemma(o) in periods for o in objs):
                return True
            if prep.lower_ == "over" and any(_lemma(o) == "period" for o in objs):
                return True  # "over the same period"
            if prep.lower_ == "in" and any(_lemma(o) == "total" for o in objs):
                return True
    return False


def _search_raid(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """ "soldiers raided a ranch in San Lucas and seized 40 rifles", "police raided the house
    and arrested two men": a raid by security forces told with what they seized or whom they
    arrested, and no one killed in its sentence, is a search and seizure (ACLED Strategic
    developments: Arrests), not an attack (h5, s13)."""
    if _lemma(tok) not in rules.words("search_raid_verbs") or tok.pos_ not in {"VERB", "AUX"}:
        return False
    forces = rules.words("state_force_nouns")
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not any(
        _lemma(c) in forces
        or (
            (a := finder.actor_in(c.left_edge.idx, c.idx + len(c), c)) is not None
            and a.type in rules.words("state_types")
        )
        for c in subjects
    ):
        return False
    if any(_lemma(t) in rules.words("toll_verbs") for t in tok.sent):
        return False  # "raided the camp, killing three": an attack
    seized = rules.words("seized_nouns")
    for verb in tok.conjuncts:
        lem = _lemma(verb)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [g for o in objs for g in o.conjuncts]
        if lem in rules.words("seizure_verbs") and any(_lemma(o) in seized for o in objs):
            return True
        if lem in {"arrest", "detain"}:
            return True
    return False


def _protesters_fight(tok: Token, rules: EventRules) -> bool:
    """ "students clashed with police during the protests", "protesters stormed the governor's
    office", "police clashed with demonstrators": violence by a crowd of protesters is a
    violent demonstration (ACLED Riots), not a battle or an attack (h5, s13)."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    crowd = rules.words("protester_nouns")
    protests = rules.words("protest_nouns")
    for verb in (tok, *([tok.head] if tok.dep_ == "conj" else [])):
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            # "hundreds of students clashed"
            of = [g for p in c.children if p.lower_ == "of" for g in p.children]
            if any(_lemma(n) in crowd for n in (c, *of)):
                return True
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        objs += [h for g in objs for h in g.conjuncts]
        if (
            c.lower_ == "with"
            and _lemma(tok) in rules.words("clash_verbs")
            and any(_lemma(o) in crowd for o in objs)
        ):
            return True
        if c.lower_ in {"during", "at", "amid"} and any(_lemma(o) in protests for o in objs):
            return True
    return False


def _reported_over_span(tok: Token, rules: EventRules) -> bool:
    """ "had received reports of at least eight civilians killed across the city between 12 and
    15 May": a toll between two dates, counted across an area or as reports received, sums
    the events of those days (an aggregate), though its span starts on a day (h5, s13)."""
    spans = [
        prep
        for verb in (tok, *tok.conjuncts)
        for prep in verb.children
        if prep.dep_ == "prep"
        and prep.lower_ in {"between", "from"}
        and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in prep.children)
    ]
    if not spans:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"across", "throughout"} for c in tok.children):
        return True
    reports = rules.words("report_nouns") | rules.words("count_report_nouns")
    return any(_lemma(up) in reports for up in tok.ancestors)


def _since_perfect(tok: Token, rules: EventRules) -> bool:
    """ "more than 40,000 people have been killed since 1984", "an insurgency since 1984 in
    which 40,000 people have died": a perfect toll counted from a year or over a campaign
    (``campaign_nouns``) is the running toll of a conflict, not one event's."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    if not perfect:
        return False
    sent = tok.sent
    for since in (t for t in sent if t.lower_ == "since"):
        objs = [c for c in since.children if c.dep_ == "pobj"]
        if any(o.like_num or o.ent_type_ == "DATE" for o in objs):
            return True
    campaigns = rules.words("campaign_nouns")
    return any(t.lower_ == "which" and t.head.lower_ == "in" for t in sent) and any(
        _lemma(t) in campaigns for t in sent if t.i < tok.i
    )


def _held_people(obj: Token, finder: ArgumentFinder) -> bool:
    """(s20) Whether the "of" object of a taking noun names people: a person, or a list a
    "who" clause describes ("the seizure of Marta Lopez and Pedro Ortiz, who were ...",
    whatever the tagger made of the names)."""
    if finder.is_person(obj, finder.actor_in(obj.idx, obj.idx + len(obj), obj)):
        return True
    return any(
        c.dep_ == "relcl" and any(g.lower_ in {"who", "whom"} for g in c.children)
        for x in (obj, *obj.conjuncts)
        for c in x.children
    )


def _counted(tok: Token) -> bool:
    """(s20) Whether the trigger or its object is counted ("400 attacks", "has besieged
    three towns"): many events, not one state that lasts."""
    nouns = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"})]
    return any(c.dep_ == "nummod" or c.like_num for n in nouns for c in n.children)


def _running_total(tok: Token) -> bool:
    """ "ISWAP has carried out 400 attacks since 2019, killing 3,000 people", "N have been
    killed since 2009": the trigger's clause is in the perfect (its own verb or the verb it
    hangs on) and counts "since" a year, a running total of a conflict."""
    verbs = [tok]
    cur = tok
    for _ in range(2):  # "[has carried out] attacks", "[has carried out] ..., killing"
        if cur.dep_ not in {"dobj", "advcl", "xcomp", "conj", "nsubjpass", "nsubj"}:
            break
        cur = cur.head
        verbs.append(cur)
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for v in verbs for c in v.children):
        return False
    return any(
        t.lower_ == "since"
        and any(g.dep_ == "pobj" and g.shape_ == "dddd" for g in t.children)
        and (t.head in verbs or t.head.head in verbs)
        for t in tok.sent
    )


def _takes_territory(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """ "seized/captured/took the town of X", "captured Boulkessi": what was taken is a place
    or a territory noun, so the act is a town taken, not an abduction."""
    if _lemma(tok) not in rules.words("abduct_needs_person") or tok.pos_ not in {"VERB", "AUX"}:
        return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(
        not finder.is_person(o, finder.actor_in(o.idx, o.idx + len(o), o))
        and (
            finder.place_in(o.left_edge.idx, o.idx + len(o)) is not None
            or o.lemma_.lower() in rules.words("territory_objects")
        )
        for o in objs
    ):
        return True
    # "seized Ras al-Ain and Tal Abyad from the SDF": a name taken from an armed group or a
    # state is a town, though the geocoder knows it not (a person is taken from a place)
    return bool(_taken_from(tok, finder, rules)) and any(
        o.pos_ == "PROPN" and o.ent_type_ not in {"ORG", "NORP"} and _unknown_name(o, finder)
        for o in objs
    )


def _entered_place(verb: Token, finder: ArgumentFinder) -> bool:
    """The verb moved into or onto a place ("marched into Macomia town")."""
    return any(
        finder.place_in(g.left_edge.idx, g.right_edge.idx + len(g.right_edge)) is not None
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"into", "onto"}
        for g in c.children
        if g.dep_ == "pobj"
    )


def _taken_from(tok: Token, finder: ArgumentFinder, rules: EventRules) -> list[str]:
    """The armed groups or states a verb's "from" phrase names ("took X from the SDF")."""
    out: list[str] = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for o in (obj, *obj.conjuncts):
                actor = finder.actor_in(*np_span(o), o) or finder.refer(o)
                if actor is not None and (
                    actor.type in finder.group_types
                    or actor.type in rules.words("state_types")
                    or actor.type in ARMED_KNOWN
                ):
                    out.append(actor.key)
    return out


def _unknown_name(o: Token, finder: ArgumentFinder) -> bool:
    """A name no known actor or person stands for (an ungeocoded town, say)."""
    actor = finder.actor_in(*np_span(o), o)
    return actor is None or (actor.key.startswith("new:") and actor.type == "person")


def _territory_args(tok: Token, args: Arguments, finder: ArgumentFinder) -> Arguments:
    """A town taken is no victim: the names the verb took are places (dropped as parties),
    and the party it was taken from ("from the SDF") is the opponent (a target)."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return args
    rules = finder.rules
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    objs += [c for o in objs for c in o.conjuncts]
    taken = {
        a.key
        for o in objs
        if o.pos_ == "PROPN" and _unknown_name(o, finder)
        for a in [finder.actor_in(*np_span(o), o)]
        if a is not None
    }
    roles = [(k, r) for k, r in args.actor_roles if k not in taken]
    roles += [
        (k, "target") for k in _taken_from(tok, finder, rules) if all(k != r[0] for r in roles)
    ]
    fight = _contested_entry(tok, rules)
    if fight is not None:
        # (ev, s15) "entered X after fighting with federal troops": the troops lost the town
        for prep in (c for c in fight.children if c.dep_ == "prep" and c.lower_ == "with"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for o in (obj, *obj.conjuncts):
                    actor = finder.actor_in(*np_span(o), o) or finder.refer(o)
                    if actor is not None and all(actor.key != r[0] for r in roles):
                        roles.append((actor.key, "target"))
    return replace(
        args,
        actor_roles=tuple(roles),
        victim_spans=() if taken else args.victim_spans,
    )


def _state_forces_subject(tok: Token, rules: EventRules) -> bool:
    """The subject is a country's forces: "Rwandan and Mozambican forces retook ..."."""
    for subj in (c for c in tok.children if c.dep_ == "nsubj"):
        if subj.lemma_.lower() in rules.words("state_force_nouns") and any(
            is_demonym(m.text) or m.lower_ in {"government", "security", "national"}
            for m in subj.children
            if m.dep_ in {"amod", "compound", "nmod"}
        ):
            return True
    return False


def _terror_listing(verb: Token, rules: EventRules) -> bool:
    """(trig, s16) A group listed as terrorist by a verb of ``designation_verbs`` with an "as"
    phrase or a complement naming a terrorist organisation: "listed 22 gangs as terrorist
    organisations", "declared the movement a terrorist entity" (not "declared the area a
    military zone", nor "considers it a terrorist group", a standing view)."""
    if _lemma(verb) not in rules.words("designation_verbs"):
        return False
    if not _listing_act(verb, rules):
        return False
    nouns = rules.words("designation_nouns")
    mods = rules.words("designation_modifiers")
    named = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    named += [c for c in verb.children if c.dep_ in {"oprd", "xcomp"}]
    # "declared the group a terrorist organisation", "listed X and two militias as terrorist
    # groups": the model may hang the second noun or the "as" phrase on the object
    objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp"}]
    objects += [cj for o in objects for cj in o.conjuncts]
    named += [g for o in objects for g in o.children if g.dep_ == "appos"]
    named += [
        g
        for o in objects
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
    ]
    return any(
        _lemma(n) in nouns
        and any(m.dep_ in {"amod", "compound"} and _lemma(m) in mods for m in n.children)
        for n in named
    )


def _apposed_founder(tok: Token, finder: ArgumentFinder, rules: EventRules) -> str | None:
    """(s22) The group a founding participle or relative describes across an apposition the
    parser missed (:func:`name_before`), if the name is a group's."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    named = name_before(finder, tok)
    if named is None:
        return None
    actor = finder.actor_in(named.left_edge.idx, named.idx + len(named), named)
    founders = rules.words("group_types") | rules.words("founding_group_types")
    return actor.key if actor is not None and actor.type in founders else None


def _founding_aside(tok: Token, trigger_ids: set[int]) -> bool:
    """(trig2, s16) A founding told in a participle or relative clause on the subject of
    another event ("The OLA, founded in 2018, attacked a police station", "carried out an
    attack"): background to that event, not one of its own ("The SLF, which was founded in
    2011, has since lost most of its fighters" stands)."""
    while tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        tok = tok.head  # (s17) "which grew out of X and was formally established in 2013"
    if tok.dep_ not in {"acl", "relcl"} or tok.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head.head
    return verb.i in trigger_ids or any(
        c.dep_ == "dobj" and c.i in trigger_ids for c in verb.children
    )


def _aside_date(tok: Token, timexes: Sequence[Timex]) -> Timex | None:
    """(s17) The specific date told inside a founding aside ("founded in 2018", "which was
    formally established in 2013"), if any: its own conjunct's, not another's."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    others = _conjunct_spans(tok)
    return next(
        (
            t
            for t in timexes
            if lo <= t.start < hi and not _within(t.start, others) and _specific(t)
        ),
        None,
    )


def _span_of(tok: Token) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _within(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in spans)


def _conjunct_spans(tok: Token) -> list[tuple[int, int]]:
    """The text of the clauses coordinated under ``tok`` ("emerged in 2006 and was
    established in Mogadishu in 2007"): another conjunct's words, not this one's."""
    return [_span_of(c) for c in tok.children if c.dep_ == "conj"]


def _charge_spans(tok: Token) -> list[tuple[int, int]]:
    """(s17) The text of what an accusation or denial is about: the accused party and its
    "of"-gerund, the that-clause, the denied object with its modifiers; the date and place
    of an accusation or denial come from the rest of its clause only."""
    return [
        _span_of(c)
        for c in tok.children
        if c.dep_ in {"dobj", "ccomp", "xcomp", "pcomp", "conj"}
        or (
            c.dep_ == "prep"
            and (c.lower_ in {"of", "over", "for"} or any(g.dep_ == "pcomp" for g in c.children))
        )
    ]


def _trailing_places(tok: Token, charge: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(s17) A place phrase the parser hung on an accusation or denial verb after what it
    charges ("denied any role in the explosion at a market in X") continues the charge: the
    denial's own place comes before it ("In X, the army denied ...")."""
    if not charge:
        return []
    start = min(lo for lo, _hi in charge)
    return [_span_of(c) for c in tok.children if c.dep_ == "prep" and c.idx > start]


def _strongest_founding(tok: Token, trigger_ids: set[int], rules: EventRules) -> bool:
    """(s17) One founding per aside: of coordinated founding verbs ("which emerged in 2006
    and was formally established in 2007") the one of the strongest kind
    (``found_verb_strength``, first the strongest) tells it; ties go to the first."""
    root = tok
    while root.dep_ == "conj" and root.head.pos_ in {"VERB", "AUX"}:
        root = root.head
    verbs, todo = [], [root]
    while todo:
        verb = todo.pop()
        verbs.append(verb)
        todo += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    verbs = [v for v in verbs if v.i in trigger_ids]
    order = list(rules.raw.get("found_verb_strength") or ())

    def rank(v: Token) -> int:
        return order.index(v.lemma_.lower()) if v.lemma_.lower() in order else len(order)

    best = min(verbs, key=lambda v: (rank(v), v.i), default=tok)
    return best.i == tok.i


def _listing_act(verb: Token, rules: EventRules) -> bool:
    """(trig2, s16) A listing done, in the past ("declared", "has designated", "was listed"),
    not a standing one ("Russia still lists the Taliban as ...", "has long labelled", "is
    listed", "continues to list": ``standing_adverbs``, ``standing_verbs``)."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return False
    if verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} and _lemma(c) == "be"
        for c in verb.children
    ):
        return False  # "is listed as a terrorist group": a standing state
    if any(
        c.dep_ == "advmod" and c.lower_ in rules.words("standing_adverbs") for c in verb.children
    ):
        return False
    return not (verb.dep_ == "xcomp" and _lemma(verb.head) in rules.words("standing_verbs"))


def _proscribed_group(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(trig, s16) "The BLA has been a proscribed organisation since 2006": a participle of a
    ban on a noun of ``designation_nouns`` said of a group (its subject) tells the ban."""
    noun = tok.head
    if _lemma(noun) not in rules.words("designation_nouns") or noun.dep_ != "attr":
        return False
    return any(
        (a := finder.actor_in(*np_span(s), s) or finder.refer(s)) is not None
        and a.type in rules.words("group_types")
        for s in noun.head.children
        if s.dep_ == "nsubj"
    )


def _found_preps(lemma: str, rules: EventRules) -> frozenset[str] | None:
    """(trig2, s16) The prepositions a FOUND verb of ``found_prep_verbs`` founds a group with
    ("split from", "merged with"), or None for a verb that needs none."""
    preps = (rules.raw.get("found_prep_verbs") or {}).get(lemma)
    return None if preps is None else frozenset(preps)


def _dated_here(tok: Token, rules: EventRules) -> bool:
    """(trig, s16) A split or merger told with a date of its own ("split from the OLF in
    2019", "announced in August that it had merged with ..."), not one only placed after
    another event ("split from the FARC after the 2016 peace agreement")."""
    hosts = [tok]
    if tok.dep_ in {"ccomp", "xcomp", "conj"} and tok.head.pos_ in {"VERB", "AUX"}:
        hosts.append(tok.head)
    for host in hosts:
        for c in host.children:
            if c.dep_ in {"npadvmod", "tmod"} and c.ent_type_ == "DATE":
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ in rules.words("dated_here_preps")
                and any(g.ent_type_ == "DATE" for g in c.children)
            ):
                return True
    return False


def _misparsed_passive(tok: Token) -> bool:
    """(trig, s16) A passive verb ("had been liquidated by FSB units") whose subject the
    parser called a plain subject: a passive auxiliary and a "by" agent beside it."""
    return (
        tok.pos_ in {"VERB", "AUX"}
        and tok.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children)
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _talk_parties(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(trig, s16) Talks between the parties to a conflict: two actors named on the sides of
    "met", "negotiated with", "talks between A and B", one of them armed ("the Peace Dialogue
    Panel met a BRN delegation"; not "the minister met journalists", nor "held talks", told by
    its verb)."""
    verbal = tok.pos_ in {"VERB", "AUX"}
    if not verbal and tok.dep_ == "dobj" and _lemma(tok.head) in rules.words("talk_hold_verbs"):
        return False  # "held talks with X": told by the verb
    if tok.dep_ == "xcomp" and _lemma(tok.head) in rules.words("refusal_verbs"):
        return False  # "refused to meet the rebels"
    if (
        not verbal
        and tok.dep_ in {"dobj", "nsubjpass"}
        and _lemma(tok.head) not in rules.words("talk_begin_verbs")
    ):
        return False  # "suspended the peace talks", "rejected talks": none held
    if not verbal and tok.dep_ == "pobj" and tok.head.lower_ not in rules.words("talk_preps"):
        return False  # "called for talks", "withdrew from the talks"
    parties = _talk_party_actors(tok, finder, rules, with_state=True)
    armed = rules.words("armed_types")
    return len(parties) >= 2 and any(finder.actor_type(k) in armed for k in parties if k)


def _talk_party_actors(
    tok: Token, finder: ArgumentFinder, rules: EventRules, with_state: bool = False
) -> list[str]:
    """(trig, s16) The actors on the sides of talks, in text order (see _talk_parties);
    ``with_state``: a side named only as "the government" counts, as the key ""."""
    verbal = tok.pos_ in {"VERB", "AUX"}
    sides: list[Token] = []
    if verbal:
        sides += finder.subjects(tok)
        sides += [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        sides += [c for c in tok.children if c.dep_ == "poss"]
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
            sides += finder.subjects(tok.head)
    preps = rules.words("talk_party_preps")
    sides += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    sides += [cj for s in list(sides) for cj in s.conjuncts]
    delegates = rules.words("delegate_nouns")
    sides += [
        g
        for s in list(sides)
        if _lemma(s) in delegates
        for c in s.children
        if c.dep_ == "prep" and c.lower_ in rules.words("delegate_preps")
        for g in c.children
    ]
    parties: dict[str, int] = {}
    states = rules.words("talk_state_nouns")
    for side in sides:
        actor = finder.actor_in(*np_span(side), side) or finder.refer(side)
        if actor is not None:
            parties.setdefault(actor.key, side.i)
        elif _lemma(side) in states or any(
            c.dep_ in {"compound", "amod"} and _lemma(c) in states for c in side.children
        ):
            # (trig, s16) "the government", "government negotiators": the state's side,
            # named by no actor of its own
            parties.setdefault("", side.i)
    return sorted((k for k in parties if k or with_state), key=lambda k: parties[k])


def _surrendering(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(trig, s16) Combatants giving themselves up or disarmed: "14 BIFF members surrendered
    to the army", "the army disarmed 40 militiamen" (who gives up is a combatant noun or an
    armed actor; not "the town surrendered", nor "surrendered his passport")."""
    nouns = rules.words("surrender_nouns")
    if tok.dep_ == "xcomp" and _lemma(tok.head) in rules.words("refusal_verbs"):
        return False  # "refused to surrender": no surrender
    who = list(finder.subjects(tok))
    if _lemma(tok) != "surrender":
        # (trig2, s16) "the army disarmed 40 militiamen": who is disarmed is the object or
        # the passive subject, never the subject of a transitive verb ("al-Shabaab fighters
        # disarmed villagers"); "500 fighters demobilised" (no object) disarmed themselves
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        who = objs if objs else who
    elif any(
        c.dep_ == "dobj" and _lemma(c) not in rules.words("seized_nouns") for c in tok.children
    ):
        return False  # "surrendered his passport"; "surrendered their rifles" stands
    who += [g for w in list(who) for c in w.children if c.lower_ == "of" for g in c.children]
    return _armed_among(who, nouns, finder, rules)


def _unmade_arrest(tok: Token, rules: EventRules) -> bool:
    """(trig, s16) "resisted arrest", "evaded capture": an arrest that was not made."""
    return (
        tok.pos_ in {"NOUN", "PROPN"}
        and tok.dep_ == "dobj"
        and _lemma(tok.head) in rules.words("unmade_arrest_verbs")
    )


def _prison_riot(tok: Token, rules: EventRules) -> bool:
    """(trig, s16) A riot inside a prison ("a riot and massacre at the CPL prison", "the prison
    riot left 17 inmates dead"): inmates killing inmates, no street protest."""
    jails = rules.words("jailbreak_nouns")
    scope = [tok, *tok.conjuncts]
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
        scope.append(tok.head)
    # (trig2, s16) the prison is where the riot was ("at the jail", "inside the prison", "a
    # prison riot") or inmates rioted, never "relatives rioted outside Makala prison"
    preps = rules.words("prison_riot_preps")
    inmates = rules.words("release_objects")
    for s in scope:
        for c in s.children:
            if c.dep_ == "compound" and _lemma(c) in jails:
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ in preps
                and any(_lemma(t) in jails for t in c.subtree)
            ):
                return True
            if c.dep_ == "nsubj" and _lemma(c) in inmates:
                return True
    return False


def _armed_blockade(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(trig, s16) A blockade laid or claimed by armed men ("the group claimed the Surab
    blockade", "gunmen blocked the highway", "the BLA's blockade"): a siege, no protest."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if tok is not verb and _lemma(verb) in rules.words("blockade_claim_verbs"):
        return True
    nouns = rules.words("armed_rally_subjects") | rules.words("attacker_nouns")
    sides = list(finder.subjects(verb)) if verb.pos_ in {"VERB", "AUX"} else []
    sides += [c for c in tok.children if c.dep_ == "poss"]
    sides += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
    if any(
        c.dep_ == "amod" and c.lower_ in rules.words("armed_blockade_modifiers")
        for c in tok.children
    ):
        return True
    return _armed_among(sides, nouns, finder, rules)


def _pledges_allegiance(verb: Token, rules: EventRules) -> bool:
    """(s19) What a pledge verb pledges: allegiance or loyalty ("pledged allegiance to IS",
    ``allegiance_nouns``), or the party itself ("pledged itself to the Islamic State", "its
    fighters pledged themselves to al-Baghdadi"); a verb with no object stands too. Anything
    else pledged is a promise, no pledge of allegiance ("Kenya has pledged 2,000 troops",
    "donors pledged $40 million", "pledged support")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(
        _lemma(o) in rules.words("allegiance_nouns") or "Yes" in o.morph.get("Reflex", [])
        for o in objects
    )


def _plausible(
    tok: Token,
    type_id: str,
    mode: str | None,
    finder: ArgumentFinder,
    rules: EventRules,
    answers_charge: bool = False,
) -> bool:
    """Cheap checks that a cue really reports one event of its type (``answers_charge``: a
    rejection told in a relative clause on a charge, see ``_answers_charge``)."""
    lem = _lemma(tok)
    verbal = tok.pos_ in {"VERB", "AUX"}
    if type_id == "PLEDGE" and verbal and not _pledges_allegiance(tok, rules):
        return False
    if (
        type_id == "ASSAULT"
        and verbal
        and lem in rules.words("armed_subject_verbs")
        and not _armed_subject(tok, finder, rules)
    ):
        # (s19) "militiamen rose up against the rebels", not "residents rose up against the
        # junta in peaceful protests": a rising is an attack only when armed men rise
        return False
    if not verbal and _generic(tok, rules):
        return False
    if not verbal and _anaphoric(tok):
        return False
    if not verbal and _living_condition(tok, rules):
        return False
    if (
        not verbal
        and tok.dep_ in {"attr", "oprd"}
        and _lemma(tok.head) in rules.words("becoming_verbs")
    ):
        return False  # "unemployment has become a social time bomb": a likeness, no event
    # "shot repeatedly at the car" (simple past) is one act; "has been targeted repeatedly"
    # is a pattern
    if (
        verbal
        and not (tok.tag_ == "VBD" and not any(c.dep_.startswith("aux") for c in tok.children))
        and any(
            c.dep_ == "advmod" and c.lower_ in rules.words("habitual_adverbs") for c in tok.children
        )
    ):
        return False  # "has been targeted repeatedly": a pattern, not one event
    if (
        type_id == "ASSAULT"
        and verbal
        and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
        and any(
            c.dep_ in {"dobj", "nsubjpass"} and rules.words("intercepted_nouns") & {_lemma(c)}
            for c in tok.children
        )
    ):
        return False  # "shot down two drones": an interception, no attack on anyone
    if (
        type_id == "ASSAULT"
        and verbal
        and tok.dep_ == "xcomp"
        and _lemma(tok.head) in rules.words("phase_verbs")
        and not any(
            c.dep_ in {"dobj", "prep"}
            and (c.pos_ == "PROPN" or any(d.dep_ in {"det", "poss"} for d in c.children))
            for c in tok.children
        )
    ):
        return False  # "began attacking shipping in November": a campaign, not one attack
    if type_id == "ASSAULT" and mode == "abduct" and verbal and tok.dep_ == "amod":
        return False  # "freed six kidnapped villagers": taken before, not taken here
    if type_id == "ASSAULT" and mode == "territory":
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        taken_from = _taken_from(tok, finder, rules) if verbal else []
        if tok.pos_ == "NOUN":
            objs = [g for c in tok.children if c.lower_ == "of" for g in c.children]
        control = any(_lemma(o) == "control" for o in objs)
        # "took full control of Paletwa" (not "took control of the situation"): what of
        objs = [
            g
            for o in objs
            for g in (
                [g for c in o.children if c.lower_ == "of" for g in c.children]
                if _lemma(o) == "control"
                else [o]
            )
        ]
        if tok.pos_ != "NOUN" or lem in rules.words("territory_subject_nouns"):
            # (h4, s14) "took the town of Sake", "the fall of the city of Minova": the place the
            # territory noun names; "Minova fell to the rebels": the place that fell
            objs += [
                g
                for o in objs
                if _lemma(o) in rules.words("territory_objects")
                for c in o.children
                if c.lower_ == "of"
                for g in c.children
            ]
        if verbal and lem in rules.words("entry_verbs"):
            return _entry_capture(tok, objs, finder, rules)
        if verbal and lem in rules.words("territory_subject_verbs"):
            objs += [c for c in tok.children if c.dep_ == "nsubj"]
            if tok.dep_ == "relcl" and any(o.tag_ in {"WDT", "WP"} for o in objs):
                objs.append(tok.head)  # "Rutshuru, which fell to them on 24 February"
        if (
            not verbal
            and lem in rules.words("territory_subject_nouns")
            and any(_held_people(o, finder) for o in objs)
        ):
            return False  # (s20) "the seizure of Marta Lopez, Juan Ortiz and ...": people held
        if any(_place_named(o, finder) for o in objs):
            return True
        if not verbal and lem in rules.words("territory_subject_nouns"):
            # "the seizure of Marta Lopez": only a place named is a place taken
            return any(
                finder.place_in(o.left_edge.idx, o.idx + len(o)) is not None
                and not finder.is_person(o, finder.actor_in(o.idx, o.idx + len(o), o))
                for o in objs
            )
        if lem in rules.words("territory_needs_place") and not control:
            if any(
                _lemma(o) in rules.words("taken_settlement_nouns")
                and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in o.children)
                for o in objs
            ):
                # (h4, s14) "had taken the city by 27 January"; but "entered Goma and took the
                # city" tells one taking, by the verb that names the place
                siblings = [tok.head] if tok.dep_ == "conj" else []
                siblings += [c for c in tok.children if c.dep_ == "conj"]
                return not any(
                    rules.verb_triggers.get(_lemma(v), ("", None))[1] == "territory"
                    for v in siblings
                )
            # "took Aleppo", "has taken Tal Rifaat from the SDF", not "took positions" or
            # "took the wounded to hospital"
            return any(
                (
                    finder.place_in(o.left_edge.idx, o.idx + len(o)) is not None
                    and not finder.is_person(o, finder.actor_in(o.idx, o.idx + len(o), o))
                )
                or (o.pos_ == "PROPN" and _unknown_name(o, finder) and bool(taken_from))
                or (o.lemma_.lower() in rules.words("territory_objects") and bool(taken_from))
                for o in objs
            )
        return any(
            finder.place_in(o.left_edge.idx, o.idx + len(o)) is not None
            or o.lemma_.lower() in rules.words("territory_objects")
            # a name the gazetteer lacks, and no actor: "retook Boni"
            or (o.pos_ == "PROPN" and finder.actor_in(o.idx, o.idx + len(o), o) is None)
            # "seized Ras al-Ain from the SDF": a name taken from a group is a town
            or (o.pos_ == "PROPN" and _unknown_name(o, finder) and bool(taken_from))
            # "marched into Macomia town and occupied it": the place the first verb entered
            or (o.lower_ == "it" and tok.dep_ == "conj" and _entered_place(tok.head, finder))
            for o in objs
        )
    if type_id == "RETREAT" and mode == "withdraw":
        return verbal and _troops_withdraw(tok, finder, rules)
    if type_id == "ASSAULT" and lem in rules.words("defeat_verbs"):
        return verbal and _armed_party(tok, finder, rules)
    if type_id == "RETREAT" and mode == "release":
        # "freed 20 hostages", "released two soldiers it had held", "the prisoners were
        # released": people set free, not "released the names" or "released the vehicle"
        # (a video or statement released is PROPAGANDA's)
        if not verbal or tok.dep_ == "amod":
            return False  # "the freed hostages said ...": told as freed before
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        return any(
            _lemma(o) in rules.words("captive_nouns") | rules.words("release_objects")
            or finder.is_person(o, finder.actor_in(o.idx, o.idx + len(o), o))
            # "Two were released the next day": a bare count of the captives told before
            or (o.dep_ == "nsubjpass" and o.pos_ == "NUM" and not list(o.children))
            # "She was released on Sunday", "freed them": a person told before ("it" may be a
            # video or a statement)
            or o.lower_ in {"he", "she", "they", "him", "her", "them"}
            for o in objs
        )
    if type_id == "MOBILIZE" and verbal and _stative_posture(tok):
        return False  # "army units are deployed in both regions": a posture, no movement
    if type_id == "ASSAULT" and lem in rules.words("euphemism_toll_verbs"):
        # "neutralised 37 rebels", not "neutralised two IEDs" or "the threat was neutralised"
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(c.dep_ == "auxpass" for c in tok.children):
            # (trig, s16) 'had been \n"liquidated"': a passive the model gave a plain subject
            objs += [c for c in tok.children if c.dep_ == "nsubj"]
        if lem in rules.words("armed_only_euphemisms"):
            # (trig2, s16) "troops eliminated four militants", "two ADF commanders were
            # liquidated", not "three candidates were eliminated in the first round": only
            # armed people
            fighters = rules.words("neutralised_nouns") | rules.words("surrender_nouns")
            return any(
                _lemma(o) in fighters
                or (
                    (actor := finder.actor_in(*np_span(o), o)) is not None
                    and actor.type in rules.words("armed_types")
                )
                for o in objs
            )
        return any(
            finder.is_person(o, None)
            or (
                (actor := finder.actor_in(o.idx, o.idx + len(o), o)) is not None
                and (actor.type in rules.words("group_types") or actor.type == "person")
            )
            or _lemma(o) in rules.words("neutralised_nouns")
            for o in objs
        )
    if type_id == "ASSAULT" and lem in rules.words("abduct_needs_person"):
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        return any(
            finder.is_person(o, finder.actor_in(o.idx, o.idx + len(o), o))
            or _people_pronoun(o, finder)
            for o in objs
        )
    if type_id == "PROTEST" and verbal:
        # a crowd in the street, not a government that "protested" a decision
        crowd = rules.words("crowd_nouns")
        return any(_lemma(s) in crowd or s.lower_ in crowd for s in finder.subjects(tok))
    if type_id == "LEADERSHIP" and lem == "succeed":
        # a person succeeds a person ("who succeeded Abubakar Shekau"), not a plan succeeding
        if not verbal:
            return False
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "He was succeeded by Ahmed Umar": the successor named in the "by" phrase
        objs += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
        return any(
            (a := finder.actor_in(o.left_edge.idx, o.idx + len(o), o)) is not None
            and a.type == "person"
            for o in objs
        )
    if type_id == "SANCTION" and mode == "designate":
        if verbal and _terror_listing(tok, rules):
            # (trig, s16) "listed 22 gangs as terrorist organisations"; (trig2, s16) only a
            # group listed (its object), not "a UN report named the ADF as ..."'s report
            listed = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "ccomp"}]
            listed += [cj for o in listed for cj in o.conjuncts]
            return any(
                (a := finder.actor_in(*np_span(o), o) or finder.refer(o)) is not None
                and a.type in rules.words("group_types")
                for o in listed
            )
        if verbal and tok.dep_ == "amod":
            return _proscribed_group(tok, finder, rules)
        # a group or a person is designated, not "the area a military zone"
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not verbal:
            objs = [g for c in tok.children if c.lower_ == "of" for g in c.children]
            objs += [c for c in tok.children if c.dep_ in {"poss", "compound"}]
        return any(
            (a := finder.actor_in(o.left_edge.idx, o.idx + len(o), o) or finder.refer(o))
            is not None
            and (a.type in rules.words("group_types") or a.type == "person")
            for o in objs
        )
    if (type_id, mode) == ("CONSULT", "talks") and not (
        verbal and lem in rules.words("talk_hold_verbs")
    ):
        return _talk_parties(tok, finder, rules)
    if (type_id, mode) == ("RETREAT", "disarm"):
        return verbal and _surrendering(tok, finder, rules)
    if type_id == "ARREST" and _unmade_arrest(tok, rules):
        return False
    if type_id == "REJECT" and verbal and lem in rules.words("say_verbs"):
        cleared = _says_not_involved(tok, rules)
        return cleared is not None and _clears_own_side(tok, cleared, finder, rules)
    if type_id == "REJECT":
        # "The RSF denied responsibility", "denied any involvement", "a claim the group has
        # rejected": a stance on who did an incident (a claim's), not a rejection event
        about = rules.words("denial_objects")
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if verbal and tok.dep_ in {"relcl", "acl"}:
            objs.append(tok.head)
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if verbal and not objs and subj:
            # "..., a claim the RSF has rejected", parsed with no object: the noun right
            # before the subject, or the claim parsed as the subject, is what is rejected
            objs += subj
            if subj[0].left_edge.i > tok.sent.start:
                objs.append(tok.doc[subj[0].left_edge.i - 1])
        refusal = any(_lemma(o) in rules.words("refusal_objects") for o in objs)
        if verbal and answers_charge:
            return _named_denier(tok, finder)
        if (
            any(_lemma(o) in about for o in objs)
            or (lem in rules.words("fact_denial_verbs") and not refusal)
        ) and not (_named_denier(tok, finder) and _denies_a_charge(tok, objs, finder, rules)):
            # "denied carrying out the strike", "denied them", "denied any troop movements":
            # a denial of a fact is a claim (and the denied deed a negated one), and no event
            # unless a named party denies (s17: "The army denied burning homes", "Al-Shabaab
            # denied any role": a rejection, PLOVER REJECT, beside the claim); "denied the
            # aid convoy access" refuses something asked, a rejection (h5, s13)
            return False
    if type_id == "AGREE":
        # "agreed to a ceasefire", "signed a truce", "a truce brokered by Qatar took effect";
        # not "broke the ceasefire", "called for a truce"
        return not verbal and agreement_host(tok, rules) is not None
    if type_id == "FOUND" and not verbal and tok.dep_ in {"appos", "attr"}:
        return False  # "Ansaru, a splinter of Boko Haram": a description, not a founding
    found_preps = _found_preps(lem, rules)
    if type_id == "FOUND" and not verbal and found_preps is not None:
        # (trig, s16) "The OLA split from the OLF in 2019" (the verb read as a noun), "the
        # group's merger with X": a group's own split or merger, with its preposition
        if not any(c.dep_ == "prep" and c.lower_ in found_preps for c in tok.children):
            return False
        if not _dated_here(tok, rules):
            return False
        owners = [c for c in tok.children if c.dep_ in {"compound", "poss", "nsubj"}]
        owners += [g for c in tok.children if c.lower_ == "of" for g in c.children]
        return any(
            (a := finder.actor_in(*np_span(o), o) or finder.refer(o)) is not None
            and a.type in rules.words("group_types")
            for o in owners
        )
    if type_id == "FOUND" and verbal and _reappears(tok, rules):
        return False  # (s23) "the front surfaced again in 2022": a return, no founding
    if type_id == "FOUND" and verbal:
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        cands = passive or objs or subj
        acl = tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBD"}
        if not cands and (broken := broken_passive(tok)) is not None:
            # (s18) "Viv Ansanm - "Living Together" in Creole - was formed in 2023": an aside
            # between the name and its passive verb broke the parse
            cands = passive = [broken]
        # (s22) the name a participle or relative describes across an apposition the
        # parser missed ("the Sahel Pact (SP) formed in 2021", "X, a faction that split
        # from Y in 2016"): the participle's own name, as if the parse had it
        named = name_before(finder, tok)
        acl = acl or (named is not None and tok.tag_ == "VBN")
        if not cands and acl:
            cands = [tok.head]  # "The Segunda Marquetalia, founded in 2019 by ..."
            # "The FLA, a coalition of separatist groups formed in November 2024": the name
            # the described noun stands in apposition to
            cur = tok.head
            while cur.dep_ in {"pobj", "prep", "appos"} and cur.head.i != cur.i:
                cur = cur.head
                cands.append(cur)
        if lem in {"announce", "declare"} and any(o.pos_ == "PRON" for o in objs):
            return False  # "announced it as part of its Central Africa Province": no founding
        if found_preps is not None and not any(
            c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in found_preps for c in tok.children
        ):
            return False  # (trig, s16) "split from the OLF", not "split its forces"
        if found_preps is not None and not _dated_here(tok, rules):
            return False  # (trig, s16) "split from the FARC after the 2016 peace deal": when?
        if tok.dep_ == "relcl":
            # (trig, s16) "PULO, which was founded in 1968": the pronoun's antecedent
            cands = [tok.head if c.lower_ in RELATIVE else c for c in cands]
        if not cands and tok.dep_ == "conj" and tok.head.dep_ in {"acl", "relcl"}:
            cands = [tok.head.head]  # (trig, s16) "The OLA, referred to as X, split from Y"
            if any(c.dep_ == "auxpass" for c in tok.children):
                # (s17) "The RSF, which grew out of X and was formally established in 2013":
                # the relative's antecedent is what was established
                passive = cands
        if lem in rules.words("found_needs_object") and not (passive or objs) and not acl:
            # "KH announced that it was suspending operations", "the group launched": what
            # was announced or launched must be named for it to be a founding
            return False
        founders = rules.words("group_types") | rules.words("founding_group_types")
        if named is not None:
            cands = [*cands, named]
        for c in cands:
            # "The group emerged in 2017": the group the reference stands for
            actor = finder.actor_in(c.left_edge.idx, c.idx + len(c), c) or finder.refer(c)
            if actor is not None and actor.type in founders:
                return True
        return False
    return True


def _place_named(o: Token, finder: ArgumentFinder) -> bool:
    """A proper name the report uses elsewhere as a place ("first took Goma in 2012", where
    the model read "Goma" as a person's name): a place here too (h4, s14)."""
    return _named_place(o, finder) is not None


def _named_place(o: Token, finder: ArgumentFinder) -> PlaceMention | None:
    """The place mention a proper name is, or names as the report does elsewhere."""
    if o.pos_ != "PROPN":
        return None
    here = finder.place_in(o.left_edge.idx, o.idx + len(o))
    if here is not None:
        return here
    start, end = np_span(o)
    name = doc_text(o.doc)[start:end].casefold()
    actor = finder.actor_in(start, end, o)
    if actor is not None and not actor.key.startswith("new:"):
        return None  # a known group or state's name
    return next((p for p in finder.places if p.text.casefold() == name), None)


def _armed_subject(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """The verb's subject is an armed force: fighters, rebels, troops, or an armed actor."""
    nouns = (
        rules.words("member_nouns")
        | rules.words("state_force_nouns")
        | rules.words("combatant_nouns")
        | rules.words("attacker_nouns")
    )
    return _armed_among(finder.subjects(tok), nouns, finder, rules)


def _armed_among(
    subjects: Sequence[Token], nouns: frozenset[str], finder: ArgumentFinder, rules: EventRules
) -> bool:
    """One of ``subjects`` is an armed noun of ``nouns`` or names an armed actor."""
    for subj in subjects:
        if _lemma(subj) in nouns or subj.lower_ in nouns:
            return True
        actor = finder.actor_in(*np_span(subj), subj) or finder.refer(subj)
        if actor is not None and actor.type in rules.words("armed_types"):
            return True
    return False


def _armed_party(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """An armed actor on a side of the verb: its subject, object or "by" agent ("was defeated
    by the FARDC", "routed the militia") (h4, s14)."""
    if _armed_subject(tok, finder, rules):
        return True
    sides = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    sides += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
    sides += [g for s in list(sides) for g in s.conjuncts]
    armed = rules.words("armed_types")
    return any(
        (a := finder.actor_in(*np_span(s), s) or finder.refer(s)) is not None and a.type in armed
        for s in sides
    )


def _unopposed_entry(tok: Token, rules: EventRules) -> bool:
    """ "entered the centre of X unopposed", "entered X without a fight", "entered Goma ... and
    had taken the city": an entry told as unopposed, or with the taking it completed."""
    words = rules.words("entry_unopposed_words")
    without = rules.words("entry_without_nouns")
    for c in tok.children:
        if c.lower_ in words or _lemma(c) in words:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "without"
            and any(_lemma(g) in without for g in c.children)
        ):
            return True
        if c.dep_ == "conj" and rules.verb_triggers.get(_lemma(c), ("", None))[1] == "territory":
            return True
    return False


def _contested_entry(tok: Token, rules: EventRules) -> Token | None:
    """(ev, s15) "entered Merawi after several hours of fighting with federal troops", "moved
    into the town following heavy clashes": an entry won by fighting, the fighting's noun
    (``entry_fight_nouns`` after ``entry_after_preps``, or after "N hours/days of")."""
    fights = rules.words("entry_fight_nouns")
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in rules.words("entry_after_preps"):
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if _lemma(g) in fights or g.lower_ in fights:
                return g
            for o in g.children:
                if o.dep_ == "prep" and o.lower_ == "of":
                    for n in o.children:
                        if n.dep_ == "pobj" and (_lemma(n) in fights or n.lower_ in fights):
                            return n
    return None


def _entry_capture(
    tok: Token, objs: list[Token], finder: ArgumentFinder, rules: EventRules
) -> bool:
    """ "the rebels entered the centre of Bukavu unopposed", "fighters entered Goma on the
    night of 26 January": armed men entering a town (below a country) is the town taken, when
    the sentence tells no other attack (gunmen who "entered the village and killed ten" made
    a raid) (h4, s14)."""
    if not _armed_subject(tok, finder, rules) or _modality(tok, rules) != "asserted":
        return False  # "were attempting to enter the neighbourhood": no town taken, no cue
    fight = _contested_entry(tok, rules)
    if fight is None and not _unopposed_entry(tok, rules):
        return False
    raiders = rules.words("attacker_nouns")
    if any(_lemma(s) in raiders or s.lower_ in raiders for s in finder.subjects(tok)):
        return False  # "the attackers entered Muatide": the raid told around it
    villages = rules.words("raided_settlement_nouns")
    if any(
        _lemma(g) in villages
        for o in objs
        if o.dep_ == "dobj"
        for g in (o, *(c for c in o.children if c.dep_ == "appos"))
    ):
        return False  # "entered the village of X", "entered X, a village in ...": a raid
    places = [
        _named_place(o, finder) or finder.place_in(*extent(o))
        for o in objs
        if o.pos_ in {"PROPN", "NOUN"} and o.dep_ == "dobj"
    ]
    if not any(
        p is not None and (p.place is None or p.place.precision not in {"country", "region"})
        for p in places
    ):
        return False
    for other in tok.sent:
        if other.i == tok.i or (fight is not None and other.i == fight.i):
            continue
        lem = _lemma(other)
        cue = (
            rules.verb_triggers.get(lem)
            if other.pos_ in {"VERB", "AUX"}
            else rules.noun_triggers.get(lem)
            if other.pos_ == "NOUN"
            else None
        )
        if cue is not None and cue[0] == "ASSAULT" and cue[1] not in {"territory", "abduct"}:
            return False
    return True


def _troops_withdraw(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """ "several Burundian units pulled back from positions around X", "the regional force
    withdrew in July 2024": an armed force or a mission leaving an area (h4, s14). Not a
    withdrawal that is part of an attack told around it ("seized the airport after the troops
    withdrew": the capture's), nor a person leaving a post or a party leaving talks."""
    if _lemma(tok) not in rules.words("retreat_verbs"):
        return False
    if _gerund_after_preposition(tok):
        # (ev, s15) "looted the market before withdrawing on Monday": the raiders themselves
        # left, after their raid (its own event); the subject of the clause withdrew
        verb = tok.head.head
        return _armed_subject(verb, finder, rules) or _armed_rally(verb, finder, rules)
    up = tok
    while up.head.i != up.i:
        up = up.head
        if rules.verb_triggers.get(_lemma(up), ("", None))[0] == "ASSAULT" and up.pos_ in {
            "VERB",
            "AUX",
        }:
            return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    nouns = rules.words("withdrawing_nouns")
    if any(_lemma(o) in nouns or o.lower_ in nouns for o in objs):
        return True  # "withdrew its troops from the town"
    if _armed_subject(tok, finder, rules):
        return True
    for subj in finder.subjects(tok):
        if _lemma(subj) in nouns or subj.lower_ in nouns:
            return True
        actor = finder.actor_in(*np_span(subj), subj) or finder.refer(subj)
        if actor is None:
            continue
        if actor.type in rules.words("withdrawing_types"):
            return True
        if actor.type in rules.words("withdrawing_bodies") and any(
            w in nouns for w in actor.name.lower().split()
        ):
            return True  # "SAMIM (the SADC Mission in Mozambique) withdrew in July 2024"
    return False


def _ordered_withdrawal(trig: Token, rules: EventRules) -> Token | None:
    """ "On 1 February the president ordered the contingent to prepare to withdraw": the order,
    given in the past with no modal, is the event (a decision to withdraw); its verb, which
    dates it (h4, s14)."""
    chain = [trig, *_governors(trig)]
    if chain[-1].dep_ == "ccomp":
        chain.append(chain[-1].head)  # "ordered the troops to withdraw" parsed as a clause
    steps = rules.words("withdrawal_steps")
    for below, up in zip(chain, chain[1:], strict=False):
        if below.dep_ not in {"xcomp", "ccomp", "dobj"}:
            return None
        lem = _lemma(up)
        if lem in rules.words("order_verbs"):
            given = _past_tense(up) and not any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in up.children
            )
            return up if given else None
        if lem not in steps:
            return None
    return None


def _people_pronoun(o: Token, finder: ArgumentFinder) -> bool:
    """ "he was captured", "seven soldiers, who were held since 30 May, when they were
    seized": a personal pronoun for people; "they"/"them" when the plural noun told last
    before it in its sentence is people (h4, s14)."""
    low = o.lower_
    if low in {"he", "she", "him", "her"}:
        return True
    if low not in {"they", "them"}:
        return False
    before = [t for t in o.sent if t.i < o.i and t.tag_ in {"NNS", "NNPS"}]
    return bool(before) and finder.is_person(before[-1], None)


def _named_denier(tok: Token, finder: ArgumentFinder) -> bool:
    """(s17) The subject of a denial (or of the verb it is the complement of: "was quick to
    deny") is a party the report names ("the army", "Al-Shabaab", "the ministry"), not an
    unnamed source ("officials", "residents") nor an unidentified one."""
    verb = tok
    while verb.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        actor = finder.actor_in(*np_span(subj), subj) or finder.refer(subj)
        if actor is not None and _named_key(actor.key):
            return True
    return False


def _unnamed_accuser(tok: Token, args: Arguments) -> bool:
    """(s17) An accusation is a party's: one the report names (an initiator), or one person
    told by a singular title ("the interior minister accused ..."); a bare plural of people
    ("residents", "rights groups", "villagers") names no accuser, and what they say is a
    claim only."""
    if not args.actor_roles:
        return True  # "a militia spokesman accused the army of ...": no party named on either side
    if any(r == "initiator" for _k, r in args.actor_roles):
        return False
    # "X and Y were indicted": a formal charge told in the passive is the courts' or the
    # prosecutors', named or not; its defendants make the event
    if tok.lemma_.lower() in load_event_rules().words("judicial_charge_verbs") and any(
        c.dep_ == "nsubjpass" for c in tok.children
    ):
        return False
    # (s17) with no accuser resolved, only a person told by a singular title accuses ("the
    # army", unresolved, is no party the event can name)
    titles = load_titles().heads
    # (s23) or one body told by its singular head noun ("the provincial government", "the
    # governor's office", "the defence ministry"): an institution that speaks as one, as a
    # title does; a plural ("residents", "officials") still names no one
    bodies = load_event_rules().words("accuser_body_nouns")
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return not subjects or any(
        s.tag_ in {"NNS", "NNPS"} or (s.lower_ not in titles and _lemma(s) not in bodies)
        for s in subjects
    )


def _tells_deed(clause: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(s17) A denied clause is a charge when it tells a deed (its verb an event trigger:
    "denied that its jets bombed the village") or implicates the denier, told by a pronoun
    in it ("denied that it had recruited children", "that the insurgents operate from its
    territory"); "denied that the president was ill", "that foreign forces were present": a
    fact disputed, a claim only."""
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = clause.lemma_.lower()
    if _outcome_clause(clause, rules):
        return True  # (s20) "denied that the base had fallen"
    if lemma not in rules.words("copula_verbs"):
        if lemma in rules.verb_triggers:
            return True
        # "denied that Tehran supplies the rebels with drones": a named party's act (a
        # state, a group), not a person's state of health or a presence
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            actor = finder.actor_in(*np_span(subj), subj) or finder.refer(subj)
            if actor is not None and actor.type != "person" and _named_key(actor.key):
                return True
    return any(t.lower_ in rules.words("denier_pronouns") for t in clause.subtree)


def _denies_an_outcome(tok: Token, objs: Sequence[Token], rules: EventRules) -> bool:
    """(s20) A denial of what fighting cost the denier's side ("denied any fatalities",
    "denied heavy losses in the fighting"): the party answers a report of the fighting, a
    rejection (PLOVER REJECT) beside the claim. Only after fighting told just before
    (:func:`_after_fighting`), and not a cost of something else ("denied any deaths from the
    outbreak", "losses from the devaluation")."""
    costs = [o for o in objs if _lemma(o) in rules.words("denied_outcome_nouns")]
    if not costs or not _after_fighting(tok, rules):
        return False
    fighting = frozenset(rules.words("denied_outcome_context_types"))
    return any(
        all(
            _tells_a_deed(g, rules, fighting) or _a_place_or_force(g, rules)
            for c in o.children
            if c.dep_ == "prep" and c.lower_ in rules.words("outcome_cause_preps")
            for g in c.children
            if g.dep_ in {"pobj", "pcomp"}
        )
        for o in costs
    )


def _outcome_clause(clause: Token, rules: EventRules) -> bool:
    """(s20) A denied clause that tells a position lost or a force's loss ("denied that the
    base had fallen", "that its soldiers were killed"), after fighting told just before
    (:func:`_after_fighting`): its subject a place or a force, its verb not future or hypothetical
    ("denied that the naira would fall", "that any patients had died": claims only)."""
    if _lemma(clause) not in rules.words("denied_outcome_verbs"):
        return False
    modals = rules.words("modal_future") | rules.words("modal_hypothetical")
    if any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (
        bool(subjects)
        and all(_a_place_or_force(s, rules) for s in subjects)
        and _after_fighting(clause, rules)
    )


def _a_place_or_force(tok: Token, rules: EventRules) -> bool:
    """(s20) A place ("the town", "Marib") or a party ("the army", "its soldiers")."""
    if tok.ent_type_ in rules.words("place_entity_labels"):
        return True
    return _lemma(tok) in rules.words("territory_objects") or _a_party(tok, rules)


def _after_fighting(tok: Token, rules: EventRules) -> bool:
    """(s20) Fighting (an event trigger of ``denied_outcome_context_types``) told in the
    token's sentence or the few before it in its paragraph (``denied_outcome_context_sents``;
    more than one, as a title such as "Col." may end a sentence for the parser)."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(int(rules.raw.get("denied_outcome_context_sents", 1))):
        if start == 0:
            break
        before = doc[start - 1]
        if before.is_space or "\n" in before.whitespace_:
            break  # a paragraph's start
        start = before.sent.start
    kinds = rules.words("denied_outcome_context_types")
    for t in doc[start : tok.sent.end]:
        if t.i == tok.i:
            continue
        trig = (
            rules.verb_triggers.get(_lemma(t))
            if t.pos_ in {"VERB", "AUX"}
            else rules.noun_triggers.get(_lemma(t))
        )
        if trig is not None and trig[0] in kinds:
            return True
    return False


def _denies_a_charge(
    tok: Token, objs: Sequence[Token], finder: ArgumentFinder, rules: EventRules
) -> bool:
    """(s17) What a denial rejects is a charge: responsibility, a role, an accusation
    (``denial_objects``) or a deed told as a clause ("denied burning homes", "denied that
    its jets bombed the village"), not a thing ("denied them", "denied any troop
    movements": a fact disputed, the speaker's claim alone)."""
    if any(_lemma(o) in rules.words("denial_objects") for o in objs):
        return True
    if any(o.pos_ == "PRON" and o.lower_ in rules.words("denied_anaphors") for o in objs):
        # (s23) "The front denies this.", "X denied it the next day": what is denied is what
        # was said just before of the denier (a charge, a link, a claim of its losses), a
        # rejection by a named party as "denied the accusation" is; "The UN says the valley
        # faces famine. The front denies this." disputes a fact, the speaker's claim alone
        return _said_of_denier(tok, finder, rules)
    if _denies_an_outcome(tok, objs, rules):
        return True
    if any(c.tag_ == "VBG" and c.dep_ == "amod" and c.i < o.i for o in objs for c in o.children):
        return True  # "denied burning homes", the gerund read as the object's modifier
    return any(
        (c.dep_ == "xcomp" and c.i > tok.i)
        or (c.dep_ == "ccomp" and c.i > tok.i and _tells_deed(c, finder, rules))
        or (c.dep_ == "dobj" and c.pos_ == "VERB")
        for c in tok.children
    ) or any(c.dep_ == "pcomp" for p in tok.children if p.dep_ == "prep" for c in p.children)


def _said_of_denier(tok: Token, finder: ArgumentFinder, rules: EventRules) -> bool:
    """(s23) What a denial points back at ("denies this") was said of the denier: the text
    just before it (the sentence before, in its paragraph, and its own sentence up to the
    denier) names the denier, or a party by a pronoun (``charged_party_pronouns``: "officials
    say they fund the militia"), other than as the speaker (the subject of that sentence's
    main verb: "the army says it killed 40 of the front's men" names the front), or tells an
    accusation (a verb of the ACCUSE type)."""
    verb = tok
    while verb.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "was quick to deny it", as _named_denier reads it
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    denier = subjects[0]
    actor = finder.actor_in(*np_span(denier), denier) or finder.refer(denier)
    if actor is None:
        return False
    doc, start = tok.doc, tok.sent.start
    if start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start = doc[start - 1].sent.start  # the sentence before, in the same paragraph
    end = denier.left_edge.i
    speakers = {
        t.i
        for sent in (doc[start].sent, tok.sent)
        for c in sent.root.children
        if c.dep_ in {"nsubj", "nsubjpass"} and c.i < end
        for t in c.subtree
    }
    lo, hi = doc[start].idx, doc[end].idx if end < len(doc) else len(doc.text)
    for s, e, a in finder.mentions:
        if a.key != actor.key or s < lo or e > hi:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.i not in speakers:
            return True
    pronouns = rules.words("charged_party_pronouns")
    if any(
        t.pos_ == "PRON" and t.lower_ in pronouns and t.i not in speakers for t in doc[start:end]
    ):
        return True
    # a charge told just before, whoever it names ("the rebels accuse the capital of arming
    # the militias; the government denies this"): an accusing verb
    return any(
        t.pos_ == "VERB"
        and (trig := rules.verb_triggers.get(_lemma(t))) is not None
        and trig[0] == "ACCUSE"
        for t in doc[start:end]
    )


def _names_charge(tok: Token, rules: EventRules) -> bool:
    """(s20) An accusing verb with its object (whom it accuses) and the charge after one of
    ``accusation_charge_preps`` told as a deed ("accused the headmen of informing", "blamed
    the militia for the blast"); not a bare "accused the army", nor a phrase that names no
    deed ("accused the elders over the radio", "for the second time", "the chiefs of Kano"),
    nor a noun ("the accusation")."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    if not objs:
        return False
    if _lemma(tok) in rules.words("charging_verbs"):
        return _blames_a_party(tok, objs, rules)
    preps = rules.words("accusation_charge_preps")
    # the charge hangs on the verb or, as the parser often has it, on the accused noun
    return any(
        c.dep_ == "prep" and c.lower_ in preps and _tells_a_deed(g, rules)
        for h in (tok, *objs)
        for c in h.children
        for g in c.children
        if g.dep_ in {"pcomp", "pobj"}
    )


def _blames_a_party(tok: Token, objs: Sequence[Token], rules: EventRules) -> bool:
    """(s20) "blamed the militia", "blamed the blast on the rebels": what is blamed is a
    party (a named group, state or person, or a noun of armed men), not a thing or a cause
    ("blamed the heavy rains for the delay", "blamed the fire on a fault"), nor the blamer
    itself ("blamed itself", an admission); not "denied responsibility and blamed bandit
    gangs", blame shifted in answering a charge."""
    if tok.dep_ == "conj" and _lemma(tok.head) in rules.words("charge_answer_verbs"):
        return False
    blamed = [
        g
        for h in (tok, *objs)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in rules.words("blame_target_preps")
        for g in c.children
        if g.dep_ == "pobj"
    ] or list(objs)
    return any(_a_party(g, rules) for g in blamed)


def _a_party(tok: Token, rules: EventRules) -> bool:
    """(s20) A token that names a party: a named group, state or person, or a noun of a
    force or of armed men ("the militia", "the soldiers"); not a reflexive ("itself")."""
    if "Reflex=Yes" in str(tok.morph) or tok.lower_ in rules.words("reflexive_pronouns"):
        return False
    if tok.ent_type_ in rules.words("party_entity_labels"):
        return True
    parties = (
        rules.words("group_nouns")
        | rules.words("member_nouns")
        | rules.words("state_force_nouns")
        | rules.words("deed_doer_nouns")
    )
    return _lemma(tok) in parties or tok.lower_ in parties


def _tells_a_deed(tok: Token, rules: EventRules, types: frozenset[str] | None = None) -> bool:
    """(s20) A word that names a deed: a verb or gerund ("of spying", "for killing them"), an
    event noun ("for the blast", "over the killings"; of ``types`` when given), an incident's
    or an accusation's noun ("for the attack") or, of any type, a crime's
    (``charge_deed_nouns``: "of treason"); not "the radio", "the second time", a place."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    lemma = _lemma(tok)
    deeds = rules.words("incident_anaphors") | rules.words("accusation_nouns")
    if types is None:
        deeds = deeds | rules.words("charge_deed_nouns")
    if lemma in deeds:
        return True

    def of_type(trig: TypeMode | None) -> bool:
        return trig is not None and (types is None or trig[0] in types)

    return of_type(rules.noun_triggers.get(lemma)) or any(
        of_type(rules.verb_triggers.get(v)) for v in _gerund_stems(tok)
    )


def _named_key(key: str) -> bool:
    """A party the report names (an actor, of the gazetteer or new), not an unidentified
    group ("gunmen"); unnamed sources ("officials", "residents") are no actor at all."""
    return not is_unidentified_key(key)


def _dated_act(tok: Token) -> bool:
    """The verb's own clause names the day it was done ("who on Monday accused the army")."""
    return any(
        (c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"})
        or (
            c.dep_ == "prep"
            and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        )
        for c in tok.children
    )


def _launched_by(verb: Token | None, args: Arguments, finder: ArgumentFinder) -> Arguments:
    """(s18) "Operation Serval was launched by France on 11 January 2013": the "by" agent of
    a passive launch carried the operation out."""
    if verb is None or any(r == "perpetrator" for _k, r in args.actor_roles):
        return args
    keys = [
        a.key for g in by_agents(verb, conjuncts=True) if (a := finder.actor_in(*np_span(g), g))
    ]
    roles = [(k, "perpetrator") for k in dict.fromkeys(keys)]
    return replace(args, actor_roles=(*roles, *args.actor_roles)) if roles else args


def _backer_not_doer(verb: Token, args: Arguments, finder: ArgumentFinder) -> Arguments:
    """(s18) "police backed by the UN mission launched an operation", "troops supported by
    militias raided the village": who backs the subject (a "by" agent of a participle on it,
    ``co_agent_verbs``) took part beside the subject, never in its place. The subject is
    read up to the participle (or as a reference to a party told before); when it names no
    party, the backer is no perpetrator either, since the deed is not its own."""
    while verb.dep_ in {"advcl", "xcomp", "conj"} and not any(
        c.dep_ == "nsubj" for c in verb.children
    ):
        verb = verb.head  # "..., killing six": the subject of the verb it tells the deed of
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    backers = participle_agents(finder, subjects, "co_agent_verbs", passive_only=True)
    if not backers:
        return args
    backer_keys = {a.key for b in backers if (a := finder.actor_in(*np_span(b), b)) is not None}
    own: list[str] = []
    for subj in subjects:
        cut = min(
            (c.left_edge.idx for c in subj.children if c.dep_ == "acl" and c.i > subj.i),
            default=np_span(subj)[1],
        )
        actor = finder.actor_in(np_span(subj)[0], cut, subj) or finder.refer(subj)
        if actor is not None and actor.key not in backer_keys:
            own.append(actor.key)
    roles = [
        (k, r) for k, r in args.actor_roles if own or r != "perpetrator" or k not in backer_keys
    ]
    roles = [(k, "perpetrator") for k in own if (k, "perpetrator") not in roles] + roles
    return replace(args, actor_roles=tuple(roles))


def _in_subtree(date: Timex, tok: Token) -> bool:
    """The date is told inside the clause ``tok`` heads (its own words, not its sentence's)."""
    words = list(tok.subtree)
    return words[0].idx <= date.start and date.end <= words[-1].idx + len(words[-1])


def _answers_charge(tok: Token, rules: EventRules) -> bool:
    """(s18) A rejection told in a relative clause that answers a charge: "..., an accusation
    it rejects", "a charge the government denies", "killed civilians, which the junta
    denies". The clause's own subject rejects the charge the sentence told: an act of its
    own (PLOVER REJECT), not a description of the noun it hangs on."""
    if tok.dep_ != "relcl" or _lemma(tok) not in rules.words("charge_answer_verbs"):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ not in {"WP", "WDT"} for c in tok.children):
        return False
    if _lemma(tok.head) in rules.words("accusation_nouns"):
        return True
    # "..., which the junta denies": a "which" after a comma that closes a clause of the
    # charge; a party is never what is denied
    which = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
    return which is not None and which.i > 0 and tok.doc[which.i - 1].text == ","


def _described_charge(tok: Token, rules: EventRules, answers_charge: bool = False) -> bool:
    """An accusation or a rejection told as a description, not as an act of its own (h4, s14):
    in a relative clause ("civilians it accused of collaborating", "Mordisco, who rejected the
    2016 deal"), unless the clause dates the act; as a participle beside the act it explains
    ("suspended the talks, accusing the group of war crimes"); or charging a party with an
    attack ("blamed the ELN for the blast"), whose responsibility it tells. A rejection that
    answers a charge (``answers_charge``) is an act of its own."""
    if answers_charge:
        return False
    if tok.dep_ in {"relcl", "acl"}:
        # "a rebel group it accuses Khartoum of backing": a charge between two parties the
        # clause names itself, no description of the noun it hangs on
        own = any(c.dep_ == "nsubj" and c.tag_ not in {"WP", "WDT"} for c in tok.children)
        own = own and any(c.dep_ == "dobj" and c.tag_ not in {"WP", "WDT"} for c in tok.children)
        return not own and not _dated_act(tok)
    # (s17) "accused the army of shelling the camp" is an accusation (ACCUSE) beside the claim
    # on the attack's responsibility: a named party on each side keeps it (_keep)
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in {"VERB", "AUX"}


def _remote_strike_mode(tok: Token, rules: EventRules) -> str | None:
    """The mode of an attack noun that names none (h15, s12): "a US strike at the airport",
    "Israeli strikes on Gaza" (a state's strike: from the air, ACLED Air/drone strike);
    "two attack drones were shot down" (the weapon the noun classifies)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    if tok.dep_ == "compound" and tok.head.pos_ in {"NOUN", "PROPN"}:
        weapon = rules.noun_triggers.get(_lemma(tok.head))
        if weapon is not None and weapon[0] == "ASSAULT" and weapon[1]:
            return weapon[1]
        held = rules.mode_words.get(tok.head.lower_) or rules.mode_words.get(_lemma(tok.head))
        if held:
            return held
    if _lemma(tok) in rules.words("state_strike_nouns") and any(
        c.dep_ in {"amod", "compound", "nmod"}
        and (is_demonym(c.text) or c.ent_type_ in {"NORP", "GPE"})
        for c in tok.children
    ):
        return "aerial"
    return None


def _setting_siege(tok: Token, head: Token, mode: str | None, rules: EventRules) -> bool:
    """ "A drone strike killed 23 people, as the RSF tightened a year-long siege of the city":
    a lasting siege told in an "as"/"while" clause is the setting of the main clause's event,
    no event of its own to take that event's figures (h15, s12)."""
    if mode not in rules.words("durative_modes") and _lemma(tok) not in rules.words(
        "durative_triggers"
    ):
        return False
    return head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"as", "while", "amid"} for c in head.children
    )


def _living_condition(tok: Token, rules: EventRules) -> bool:
    """ "civilians are trapped between shelling, drones and starvation", "caught between
    fighting and hunger": the hazards people live among, no one event (h15, s12)."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "pobj" or cur.head.lower_ not in {"between", "amid", "amidst"}:
        return False
    return _lemma(cur.head.head) in rules.words("condition_verbs")


def _told_in_past(tok: Token) -> bool:
    """ "Armed bandits abducted 30 students", "30 students were abducted" (not "attack",
    "have attacked", "would attack")."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and [a.lower_ for a in auxes] in (["was"], ["were"])


def _bare_reference(tok: Token, event: Event) -> bool:
    if tok.pos_ in {"VERB", "AUX"} or event.actors or event.place is not None:
        return False
    if event.fatalities is not None or event.injured is not None or event.weapon is not None:
        return False
    outbreak = _outbreak_noun(tok.head, _lemma(tok.head), load_event_rules())
    if outbreak is not None and outbreak.i == tok.i:
        return False  # "the war erupted on 9 September": its outbreak is told, no reference
    # "the strikes", or a day's ("Sunday's strikes", "yesterday's attack")
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or (c.dep_ == "poss" and c.ent_type_ == "DATE")
        for c in tok.children
    )


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _tally(ev: Event, frame: EventFrame, rules: EventRules) -> bool:
    """ "the ADF killed at least 240 civilians in January and February 2024": a large toll
    over a month or more, told nowhere in particular, sums many events (a quantity)."""
    if ev.type != "ASSAULT" or ev.place is not None or frame.merged > 1:
        return False
    if ev.date is None or ev.date.precision in {"day", "week"} or ev.fatalities is None:
        return False
    if _episode_named_by_date(ev, rules) or _episode_subject(ev, frame, rules):
        return False
    toll = ev.fatalities.best or ev.fatalities.low or 0
    return toll >= int(rules.raw.get("tally_min_toll", 50))


# "the 2019 offensive": the noun just after the date
_DATE_NOUN = re.compile(r"^(?:\s*-)?\s+([a-z][a-z-]*)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _noun_of_date() -> re.Pattern[str]:
    """ "the fighting of late 2022": a determiner, one noun and a preposition just before the
    date (``episode_determiners``, ``episode_date_preps``, data/extract/event_rules.yaml)."""
    rules = load_event_rules()
    dets = "|".join(re.escape(w) for w in sorted(rules.words("episode_determiners")))
    preps = "|".join(re.escape(w) for w in sorted(rules.words("episode_date_preps")))
    return re.compile(rf"\b(?:{dets})\s+([a-z][a-z-]*)\s+(?:{preps})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _episode_before_verb() -> re.Pattern[str]:
    """(s20) "an ELN offensive killed more than 80": a determiner, up to two words and one
    episode noun (``named_episode_nouns``) just before the trigger verb."""
    rules = load_event_rules()
    nouns = "|".join(re.escape(w) for w in sorted(rules.words("named_episode_nouns")))
    return re.compile(rf"\b(?:an?|the|that|this)\s+(?:[\w'-]+\s+){{0,2}}(?:{nouns})\s+$", re.I)


def _episode_subject(ev: Event, frame: EventFrame, rules: EventRules) -> bool:
    """(s20) "since January 2025, when an ELN offensive killed more than 80 people": a toll
    whose doer is one episode (a singular episode noun) is that episode's, no sum over the
    period ("attacks killed 500 in 2024" stays a tally)."""
    base = ev.anchor.start
    cut = frame.trigger[0] - base
    if not 0 < cut <= len(ev.anchor.quote):
        return False
    return _episode_before_verb().search(ev.anchor.quote[:cut]) is not None


def _episode_named_by_date(ev: Event, rules: EventRules) -> bool:
    """(s19) "The clashes recall the fighting of late 2022, in which hundreds died": an attack
    noun its date names ("the fighting of late 2022", "the 2022 offensive", one word, not
    plural) is one episode recalled, not a toll summed over a period."""
    date, quote, base = ev.date, ev.anchor.quote, ev.anchor.start
    if date is None or not 0 <= date.start - base < date.end - base <= len(quote):
        return False
    before = _noun_of_date().search(quote[: date.start - base])
    after = _DATE_NOUN.match(quote[date.end - base :])
    for found in (before, after):
        word = found.group(1).lower() if found else ""
        if word.endswith("s") and not word.endswith("ss"):
            continue  # "the attacks of 2024 killed 500": many events
        if word in rules.words("named_episode_nouns"):
            return True
    return False


def _has_particle(verb: Token, rules: EventRules, lemma: str) -> bool:
    """(s25) Whether an object trigger that counts only with a particle has it
    (``object_trigger_particles`` of ``event_rules.yaml``: "picked up" four suspects, not
    "picked out" or "picked off")."""
    needed = (rules.raw.get("object_trigger_particles") or {}).get(lemma)
    if not needed:
        return True
    return any(c.dep_ == "prt" and c.lower_ in needed for c in verb.children)


def _keep(frame: EventFrame, rules: EventRules) -> bool:
    ev = frame.event
    if frame.denied and frame.merged == 1:
        return False  # a denied deed told nowhere else: the denial is a claim, no event
    if frame.described and frame.merged == 1:
        return False  # (h4, s14) a description or a blame for an attack, no act of its own
    if frame.reference and frame.merged == 1 and not ev.actors:
        return False  # an event told before, which no merge found: nothing new to code
    if _tally(ev, frame, rules):
        return False
    if ev.modality not in {"asserted", "background"}:
        return False
    if ev.type == "REJECT" and not any(a.role == "initiator" for a in ev.actors):
        return False  # (s18) a rejection is a party's: with no one rejecting, a claim only
    if ev.date is not None:
        return True
    # undated: a named participant and some substance, in a past-tense clause
    named = [a for a in ev.actors if not a.actor.startswith("new:") or a.role != "victim"]
    if ev.type == "PROTEST" and ev.modality == "asserted":
        return ev.place is not None  # a protest is coded where it took place
    if ev.type in {"REJECT", "THREATEN", "MOBILIZE", "PROPAGANDA"} and ev.modality == "asserted":
        # "Tanzania denied that ...": who denies is the substance
        return any(a.role == "initiator" for a in named)
    if ev.type == "RETREAT" and ev.mode == "release" and ev.modality == "asserted":
        # "The ELF released two soldiers it had held": who freed people, in the simple past
        return frame.past and any(a.role == "initiator" for a in named)
    if (ev.type, ev.mode) == ("SANCTION", "designate") and ev.modality == "asserted":
        # (trig, s16) "Port-au-Prince has designated Viv Ansanm a terrorist organisation":
        # the group listed is the substance
        return any(a.role == "target" for a in named)
    if ev.type == "AGREE" and ev.modality == "asserted":
        # "the army and the rebels signed a truce": two parties are the substance
        return len({a.actor for a in named if a.role != "mediator"}) >= 2
    if (
        ev.type == "ARREST"
        and ev.modality == "asserted"
        and ev.place is not None
        and frame.past
        and any(a.role in {"initiator", "perpetrator"} for a in ev.actors)
    ):
        # (s25) "Three suspects were detained by gendarmes in Kaya": who held people and
        # where, in the simple past, with no date given (a news report's own day)
        return True
    if ev.type != "ASSAULT" and (
        ev.modality == "asserted" or (ev.type == "ACCUSE" and ev.modality == "background")
    ):
        # "Cameroon has accused Nigeria of ...": a named party on each side is the substance
        # (s18: told in a report's background section too, "X stands accused by Y of ...")
        roles = {a.role for a in named}
        if ev.type == "ACCUSE" and "initiator" in roles and frame.charges:
            # (s20) "the ELF accused the headmen of informing for the army": a named
            # accuser and the party it accuses, told as a noun phrase the report names no
            # actor by, is an accusation all the same
            return True
        return "initiator" in roles and bool(roles & {"target", "recipient"})
    if ev.type == "ASSAULT" and ev.modality == "asserted" and ev.place and ev.fatalities:
        # "gunmen on motorcycles killed 15 villagers in Zamfara state overnight": told with
        # its place and toll, an attack by unnamed men is still one
        return True
    if (
        ev.type == "ASSAULT"
        and ev.modality == "asserted"
        and ev.place is not None
        and frame.past
        and any(a.role == "perpetrator" for a in ev.actors)
        and (frame.victims or frame.targets)
    ):
        # "Armed bandits abducted 30 students in Kebbi State.": who, whom and where, in the
        # simple past, with no date given (a news report's own day)
        return True
    return bool(named) and (ev.place is not None or ev.fatalities is not None) and frame.merged > 1


def extract_events(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[PlaceMention],
    timexes: Sequence[Timex],
    document_date: DateValue | None,
) -> list[Event]:
    """The events a document reports, as an analyst would code them.

    :param doc: the parsed document (its text is the one all offsets index).
    :param actors: the document's resolved actors (roles refer to their keys).
    :param places: the document's place mentions (an event's place is one of them).
    :param timexes: the document's temporal expressions (an event's date is one of them).
    :param document_date: the publication date, used to tell background events from news;
        only a denial (REJECT) the report does not date takes it, as its reported date.
    :returns: asserted and background events, one per real-world event, in text order.
    """
    rules = load_event_rules()
    frames = extract_event_frames(doc, actors, places, timexes, document_date, rules)
    # what is kept is decided on each event's own words; the dates its neighbours lend it
    # come after
    kept = [f for f in frames if _keep(f, rules) or _announced_change(f, doc, timexes)]
    dated = _continue_narrative(kept, kept, doc, timexes, rules)
    anaphors = rules.words("incident_anaphors")
    return [
        _calendar_date(
            f.event
            if f.answers_charge
            else _date_rejection(
                f.event, timexes, doc, document_date, _denied_event(f, dated, doc, anaphors)
            )
        )
        for f in dated
    ]


_SEASON_CODE = re.compile(r"(?:\d{4}|XXXX)-(?:SP|SU|FA|WI|Q[1-4]|H[12])")


def _calendar_date(ev: Event) -> Event:
    """An event dated by a season, quarter or half-year ("last autumn": "2025-FA") takes the
    months it covers (2025-09 to 2025-11), since an event's date is exported as calendar
    dates; one whose season has no year keeps no date rather than a code no tool reads."""
    date = ev.date
    if date is None or not _SEASON_CODE.fullmatch(date.value):
        return ev
    period = calendar_period(date.value)
    if period is None:
        return replace(ev, date=None)
    first, last, precision = period
    end = date.end_value
    if end is not None:
        later = calendar_period(end)
        end = (later[1] or later[0]) if later is not None else last
    else:
        end = last
    return replace(ev, date=replace(date, value=first, end_value=end, precision=precision))


# a denial refers back to the event told just before it within this many sentences
_DENIAL_REACH = 3


def _denied_event(
    frame: EventFrame, frames: Sequence[EventFrame], doc: Doc, anaphors: frozenset[str]
) -> Event | None:
    """The dated attack told just before a denial that names it with a definite noun ("KH
    denied carrying out the attack")."""
    ev = frame.event
    if ev.type != "REJECT" or ev.date is not None:
        return None
    sents = doc_sentences(doc)
    idx = ev.anchor.sentence
    if not 0 <= idx < len(sents):
        return None
    sent = sents[idx]
    if not any(
        t.lemma_.lower() in anaphors
        and any(c.lower_ in {"the", "this", "that"} for c in t.children)
        for t in sent
    ):
        return None
    before = [
        f.event
        for f in frames
        if f.event.type == "ASSAULT"
        and f.event.date is not None
        and f.event.date.precision == "day"
        and idx - _DENIAL_REACH <= f.event.anchor.sentence < idx
    ]
    return before[-1] if before else None


def _announced_change(frame: EventFrame, doc: Doc, timexes: Sequence[Timex]) -> bool:
    """ "In a video released on 28 August, the group announced that its commander, X, had been
    replaced by Y": an undated leadership change with a named party, in a sentence that gives
    one specific date (its announcement's, which dates it, see _date_rejection) (h5, s13)."""
    ev = frame.event
    if ev.type != "LEADERSHIP" or ev.modality != "asserted" or ev.date is not None:
        return False
    return bool(ev.actors) and len(_said_days(ev, timexes, doc)) == 1


def _said_days(ev: Event, timexes: Sequence[Timex], doc: Doc) -> list[Timex]:
    """The days (dates of day precision) the sentence of an event's anchor gives."""
    return [t for t in _said_dates(ev, timexes, doc) if t.precision == "day"]


def _said_dates(ev: Event, timexes: Sequence[Timex], doc: Doc) -> list[Timex]:
    """The specific dates the sentence of an event's anchor gives."""
    sents = doc_sentences(doc)
    idx = ev.anchor.sentence
    if not 0 <= idx < len(sents):
        return []
    s = sents[idx]
    return [t for t in timexes if _specific(t) and s.start_char <= t.start < s.end_char]


# types an undated mention takes the date of its report for: a denial or refusal, and a
# leadership change told as announced ("in a video released on 28 August, the group announced
# that its commander had been replaced")
_REPORT_DATED = frozenset({"REJECT", "ACCUSE", "LEADERSHIP"})
# (s21) a party's stance on a charge, told with no day: dated by its report
_STANCE_TYPES = frozenset({"REJECT", "ACCUSE"})


def _date_rejection(
    ev: Event,
    timexes: Sequence[Timex],
    doc: Doc,
    document_date: DateValue | None,
    denied: Event | None = None,
) -> Event:
    """A denial or refusal (REJECT), or an accusation (ACCUSE, s21), with no date of its own
    is dated by its report: the specific date its sentence gives ("the group said in a
    statement on Monday that it rejected ..."), else the day of the attack it denies
    ("denied carrying out the attack") when the document is dated no more closely than a
    month, else the document's month, as the time it was reported by (a ``Timex`` with no
    text, ``start == end == -1``, anchored to the document date): a denial told in a report
    of 5 March was made by then, not on that day; a refusal of something asked (a REJECT
    with a mode: "has so far rejected talks") keeps the report's day, as of which it holds."""
    if ev.type not in _REPORT_DATED or ev.date is not None or ev.modality != "asserted":
        return ev
    if ev.type not in _STANCE_TYPES:
        # a leadership change is dated by the one day its sentence gives (its announcement)
        days = _said_days(ev, timexes, doc)
        return replace(ev, date=days[0]) if len(days) == 1 else ev
    if ev.type == "ACCUSE" and any(
        _specific(t) and ev.anchor.start <= t.start < ev.anchor.end for t in timexes
    ):
        # (s17) "accused the RSF of shelling a clinic on Thursday": a day its sentence gives
        # is the charged deed's (taken out of its clause by the frame), and the accusation's
        # own time is unknown
        return ev
    said = _said_dates(ev, timexes, doc)
    if len(said) == 1:
        return replace(ev, date=said[0])
    if denied is not None and (document_date is None or document_date.precision != "day"):
        return replace(ev, date=denied.date)
    if document_date is None:
        return ev
    # (s21) a denial or an accusation was made by the time of the report, not on its day:
    # the report's month at most; a refusal of something asked ("has so far rejected
    # talks", a REJECT with a mode) is a stance held as of the report's day
    value, precision = document_date.value, document_date.precision
    stance = ev.type == "ACCUSE" or ev.mode is None
    if stance and precision == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        value, precision = value[:7], "month"
    return replace(
        ev,
        date=Timex(
            text="",
            start=-1,
            end=-1,
            value=value,
            precision=precision,
            anchor="document_date",
        ),
    )
