"""Agreements between parties: a ceasefire, truce or peace deal agreed, signed or brokered.

An agreement noun ("ceasefire", "truce", "peace deal") is an AGREE event only as the thing
parties agree to, sign, reach or broker ("agreed to a temporary ceasefire with the junta",
"signed a truce", "a ceasefire brokered by Qatar"), or as the subject of taking effect ("the
truce came into force on Monday"). :func:`agreement_host` finds that verb;
:func:`agreement_words` reads the parties, the other party ("with the junta"), the mediator
("brokered by Qatar", "China-brokered talks") and the words that may say where. The word lists
are in ``data/extract/event_rules.yaml`` (``agreement_verbs``, ``mediation_verbs``, ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.event_parties import subjects
from dossier.extract.event_phrases import prep_objects

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder
    from dossier.extract.event_rules import EventRules

__all__ = ["agreement_host", "agreement_hosts", "agreement_words"]


def _lem(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def agreement_hosts(tok: Token, rules: EventRules) -> list[Token]:
    """The verbs that make agreement noun ``tok`` an agreement: "agreed to", "signed",
    "brokered", "took effect"; none for "broke a ceasefire", "called for a truce"."""
    verbs = rules.words("agreement_verbs")
    head = tok.head
    found: list[Token] = []
    if tok.dep_ in {"dobj", "nsubjpass"} and _lem(head) in verbs:
        found.append(head)  # "signed a truce", "a truce was signed"
    if (
        tok.dep_ == "pobj"
        and head.lower_ in {"to", "on", "upon"}
        and head.head.pos_ in {"VERB", "AUX"}
        and _lem(head.head) in verbs
    ):
        found.append(head.head)  # "agreed to a ceasefire", "agreed on a truce"
    if tok.dep_ == "nsubj":
        needs = dict(rules.raw.get("agreement_effect_verbs") or {})
        want = needs.get(_lem(head))
        if want and any(
            _lem(c) == want or any(_lem(g) == want for g in c.children) for c in head.children
        ):
            found.append(head)  # "took effect", "came into force"
    for c in tok.children:
        if c.dep_ in {"acl", "relcl", "amod"} and c.tag_ in {"VBN", "VBD"} and _lem(c) in verbs:
            found.append(c)  # "a ceasefire brokered by Qatar", "a truce agreed last week"
    return found


def agreement_host(tok: Token, rules: EventRules) -> Token | None:
    """The first of :func:`agreement_hosts` (None when the noun names no agreement)."""
    hosts = agreement_hosts(tok, rules)
    return hosts[0] if hosts else None


def agreement_words(
    finder: ArgumentFinder, tok: Token
) -> tuple[list[Token], list[Token], list[Token], list[Token]]:
    """The parties, the other parties, the mediators and the place hosts of agreement ``tok``."""
    rules = finder.rules
    mediation = rules.words("mediation_verbs")
    party_preps = rules.words("agreement_party_preps")
    parties: list[Token] = []
    others: list[Token] = []
    mediators: list[Token] = []
    hosts: list[Token] = [tok]
    # "a ceasefire between the army and the rebels", "a truce with the junta"
    between = prep_objects(tok, frozenset({"between"}))
    parties += between
    others += prep_objects(tok, party_preps - {"between"})
    talks: list[Token] = []
    for host in agreement_hosts(tok, rules):
        hosts.append(host)
        agents = [
            g
            for c in host.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        described = host in tok.children or tok.dep_ == "nsubj"
        if _lem(host) in mediation:
            mediators += agents
            if tok.dep_ == "dobj" and host.i == tok.head.i:
                mediators += subjects(finder, host)  # "Qatar brokered a truce"
        elif described:
            parties += agents  # "a truce signed by the two sides"
        else:
            parties += agents + subjects(finder, host)  # "the Alliance agreed to a ceasefire"
        if not described:
            parties += prep_objects(host, frozenset({"between"}))
            others += prep_objects(host, party_preps - {"between"})
        # "in China-brokered talks in Kunming": where, and who mediated
        talks += [
            g
            for g in host.subtree
            if g.dep_ == "pobj"
            and g.head.lower_ in {"in", "at", "during", "after", "following"}
            and (_lem(g) in rules.words("talks_nouns") or g.lower_ in rules.words("talks_nouns"))
        ]
    # "agreed to a ceasefire with the FARDC in Luanda": the place hung on the other party
    hosts += talks + others
    for noun in [tok, *talks]:
        # "a truce between A and B brokered by Egypt", the participle hung on B by the parse
        for c in noun.subtree:
            if (
                c.i != noun.i
                and c.dep_ in {"acl", "amod", "relcl"}
                and _lem(c) in mediation
                and c.tag_ in {"VBN", "VBD", "JJ"}
            ):
                # "China-brokered talks", "talks mediated by Turkey"
                mediators += [
                    g
                    for g in c.subtree
                    if g.i != c.i and g.pos_ in {"PROPN", "NOUN"} and g.dep_ != "pobj"
                ] + prep_objects(c, frozenset({"by"}))
                mediators += [g for a in c.children if a.dep_ == "agent" for g in a.children]
    parties = [p for p in parties if p not in mediators]
    return parties, [o for o in others if o not in parties], mediators, hosts
