"""Whose fighters a bare count of insurgents is, from its paragraph (s18b).

"Around two dozen militants attacked a checkpost near Bannu. The TTP claimed the attack." The
militants are the men of the one armed group the paragraph shows *acting*: the subject (or
"by" agent) of a verb of attack or of claiming (``group_deed_verbs``, the claim verbs of
``event_reference.yaml``), not negated. A group the paragraph names otherwise owns no one:
one that denied it, that residents blamed, that owned or was the target of what was hit,
or that is merely "active in the area". A paragraph that says no one claimed the attack
(:func:`event_reference.unattributed`) gives no owner. The paragraph is the events side's
(:func:`event_parties.paragraph_start`), and a list item is a paragraph of its own
("- 12 Mar: ... militants attacked ...\\n- 13 Mar: X claimed an ambush": two incidents).

Example::

    group = acting_group(finder, militants_token)  # "ttp", or None
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import GROUP_TYPES
from dossier.extract.event_args import ArgumentFinder
from dossier.extract.event_parties import paragraph_start
from dossier.extract.event_reference import (
    agent_of,
    load_reference_lexicon,
    state_aligned,
    unattributed,
)
from dossier.extract.event_rules import load_event_rules
from dossier.extract.quantity_measures import cue_set, unrealised_verb
from dossier.nlp.text import doc_text
from dossier.records import Actor

__all__ = ["acting_group", "group_finder", "insurgent_noun"]


def group_finder(doc: Doc, actors: Sequence[Actor]) -> ArgumentFinder:
    """The events side's reader of ``doc``'s actor mentions (no places needed here)."""
    return ArgumentFinder(doc, actors, (), load_event_rules())


def insurgent_noun(tok: Token) -> bool:
    """Whether a counted noun is one of insurgents ("two dozen militants", "30 gunmen"),
    by its lemma (``toll_member_nouns``, less the nouns that need their group named:
    ``toll_named_member_nouns``), not of soldiers or of people."""
    words = {tok.lemma_.lower(), tok.lower_}
    return bool(words & cue_set("toll_member_nouns")) and not (
        words & cue_set("toll_named_member_nouns")
    )


def acting_group(finder: ArgumentFinder, tok: Token) -> str | None:
    """The one armed group that acts in the paragraph of ``tok`` (the module docstring), or
    None where the paragraph names none, several, or none that acted."""
    if unattributed(finder, tok):
        return None  # "No group has claimed the attack, although X is active in the area"
    start, end = _bounds(finder, tok)
    named: dict[str, Actor] = {}
    acted: set[str] = set()
    for s, e, actor in finder.mentions:
        if s < start or s >= end or actor.type not in GROUP_TYPES:
            continue
        if state_aligned(finder, actor):
            continue  # a militia beside the state: not who the insurgents are
        named.setdefault(actor.key, actor)
        if _did_deed(finder, s, e):
            acted.add(actor.key)
    # a branch and the organisation it belongs to are one group
    keys = {k for k in named if not any(o != k and k in finder.ancestors(o) for o in named)}
    if len(keys) != 1:
        return None
    key = keys.pop()
    family = {key, *finder.ancestors(key)}
    return key if acted & family else None


def _bounds(finder: ArgumentFinder, tok: Token) -> tuple[int, int]:
    """The paragraph of ``tok``: the events side's, cut at list items."""
    text = doc_text(finder.doc)
    start = paragraph_start(finder, tok)
    end_mark = "\n\n" if "\n\n" in text else "\n"
    end = text.find(end_mark, tok.idx)
    end = len(text) if end < 0 else end
    for m in _list_item().finditer(text, start, end):
        if m.start() < tok.idx:
            start = max(start, m.start() + 1)
        else:
            end = min(end, m.start())
            break
    return start, end


@lru_cache(maxsize=1)
def _list_item() -> re.Pattern[str]:
    """A line that opens a list item (``list_item_marks``, or "1." / "2)")."""
    marks = "".join(re.escape(str(m)) for m in cue_set("list_item_marks"))
    return re.compile(rf"\n[ \t]*(?:[{marks}]|\d+[.)])\s")


def _did_deed(finder: ArgumentFinder, start: int, end: int) -> bool:
    """The actor named at ``[start, end)`` is an agent (:func:`event_reference.agent_of`) of
    a verb of attack or of claiming that is told as done: "X fighters stormed", "the attack
    was carried out by X", "X claimed the attack"; never "X denied", "X is active"."""
    if not agent_of(finder, start, end):
        return False
    span = finder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    lex = load_reference_lexicon()
    tok = span.root
    for _ in range(8):
        if tok.dep_ in {"compound", "amod", "nmod", "poss", "appos", "conj"}:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in lex.owner_words:
            tok = tok.head.head  # "fighters of X"
        else:
            break
    if tok.dep_ in {"nsubj", "csubj"}:
        verb = tok.head
    elif tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "by"):
        verb = tok.head.head  # "was attacked by X"
    else:
        return False
    if verb.pos_ not in {"VERB", "AUX"} or unrealised_verb(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in cue_set("group_deed_verbs"):
        return True
    if lemma not in lex.claim_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return lemma == "claim" or any(o.lemma_.lower() in lex.claim_objects for o in objects)
