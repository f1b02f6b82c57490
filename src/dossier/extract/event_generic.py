"""Event nouns that name no new event: classes of events ("several hundred attacks") and
events predicated of "it" ("It was the first major attack in Bamako")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dossier.extract.event_args import clause_head
from dossier.extract.event_rules import EventRules

__all__ = ["anaphoric", "generic"]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def generic(tok: Token, rules: EventRules) -> bool:
    """A plural event noun naming a class of events ("several hundred attacks", "attacks")."""
    if tok.tag_ != "NNS":
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}}
    head = clause_head(tok)
    habitual = any(
        c.dep_ == "prep" and c.lower_ == "since" or c.lower_ in rules.words("habitual_words")
        for c in (*head.children, *tok.children)
    )
    if habitual:  # "has claimed their attacks since 2019"
        return True
    if any(
        c.dep_ == "amod" and c.lower_ in rules.words("habitual_modifiers") for c in tok.children
    ):
        return True  # "the constant raids by subversive groups": a pattern (h15, s12)
    if any(
        c.dep_ == "prep" and c.lower_ in {"in", "during", "throughout", "over"} and _whole_year(c)
        for c in tok.children
    ):
        return True  # "its attacks in 2024": a year's attacks, not one event
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lower_ in {"one", "some", "many", "most", "few"}
        and any(c.tag_ == "JJS" for c in tok.children)
    ):
        return True  # "one of the deadliest attacks this year": the class it ranks in
    if dets & {"the", "these", "those", "its", "their", "his", "her", "both"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
        return False  # "clashes between the ELN and the 33rd Front": those two, one episode
    if tok.dep_ == "nsubj" and _lemma(tok.head) in rules.words("occurrence_verbs"):
        return False  # "Protests erupted in Dhaka on Monday": these protests
    # "a series of suicide bombings in Kampala", "a wave of attacks": a run of events told as
    # one episode
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in rules.words("episode_nouns")
        and any(c.lower_ in {"a", "an", "the"} for c in tok.head.head.children)
    ):
        return False
    quantifiers = rules.words("generic_quantifiers")
    mods = {c.lower_ for c in tok.subtree if c.i < tok.i}
    if mods & quantifiers:
        return True
    # "guerrillas carried out terrorist attacks in Cauca to protest ...", "terrorists staged
    # three bomb attacks": a simple past light verb with its own subject reports attacks made
    gov = tok.head
    if (
        tok.dep_ == "dobj"
        and _lemma(gov) in rules.words("light_verbs")
        and _simple_past(gov)
        and (
            any(c.dep_ == "nsubj" for c in gov.children)
            # "the gangs announced a truce and launched attacks on ...": the subject of the
            # verb it is joined to
            or (gov.dep_ == "conj" and any(c.dep_ == "nsubj" for c in gov.head.children))
        )
    ):
        return False
    return not dets


def _whole_year(prep: Token) -> bool:
    """A preposition governing a bare year or decade ("in 2024", "during the 1990s")."""
    return any(
        g.dep_ == "pobj" and re.fullmatch(r"(?:1[89]|20)\d\ds?", g.text) is not None
        for g in prep.children
    )


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past ("staged"), not a perfect ("has carried out attacks since"),
    habitual or progressive form."""
    return verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def anaphoric(tok: Token) -> bool:
    """An event noun predicated of "it/this" ("It was the first major attack in Bamako"): it
    describes an event already reported, not a new one."""
    if tok.dep_ != "attr" or _lemma(tok.head) != "be":
        return False
    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].lower_ in {"it", "this", "that"}
