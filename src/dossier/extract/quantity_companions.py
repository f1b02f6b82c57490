"""The one person a toll's "others" are counted beside (s24).

"Troops killed Musa Traore and two others", "police arrested a teacher and seven other people",
"a strike killed the commander and three of his guards": the figure counts the people joined
to one named or singled-out person by "and", and the words "other(s)" or "of his" say they are
of the same kind as that person; so the toll is the figure plus one for each such person
(three, eight, four). Read from the parse only: the figure's phrase is a conjunct (``conj``) of
a person, a proper name the model tags PERSON or a singular noun with "a"/"an"/"his"/"her".
Never a figure without "other"/"of his" ("killed Musa Traore and two soldiers": whose soldiers
is not said), nor a conjunct with its own figure or a plural one ("two officers and three
others": the officers are counted by their own figure).

The person's group owns the toll where the person's own phrase names it ("SLF commander Musa
Traore", "Musa Traore, a commander of the SLF"), not where it is a former tie ("a former
commander of the SLF").

Example::

    people = companions(doc, figure_token)  # [Traore] for "killing Traore and two others"
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.extract.common import SentenceView
from dossier.extract.quantity_measures import cue_set
from dossier.extract.quantity_sides import named_actors

__all__ = ["companions", "companion_owner"]


def _phrase_top(fig: Token) -> Token:
    """The token that stands for the figure's whole phrase in the tree: the counted noun of
    "two *others*", or the figure itself in "*three* of his guards"."""
    if fig.dep_ in ("nummod", "quantmod") and fig.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return fig.head if fig.head.dep_ != "nummod" else fig.head.head
    return fig


def _same_kind(top: Token) -> bool:
    """Whether the figure's phrase says its people are more of the same: "others", "other
    people", "another two", or a partitive on a possessive ("three of his guards")."""
    others = cue_set("companion_other_words")
    if top.lower_ in others or any(c.lower_ in others for c in top.children):
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and any(c.lower_ in cue_set("companion_possessives") for c in o.children)
            for o in p.children
        )
        for p in top.children
    )


def _single_person(tok: Token) -> bool:
    """One person: a proper name tagged PERSON, or a singular noun with "a"/"an" or a
    possessive ("a teacher", "his driver"), without a figure of its own."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.pos_ == "PROPN":
        return tok.ent_type_ == "PERSON"
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    singles = cue_set("single_articles") | cue_set("companion_possessives")
    return any(c.dep_ in ("det", "poss") and c.lower_ in singles for c in tok.children)


def companions(doc: Doc, start: int, end: int) -> list[Token]:
    """The single people the figure at ``start``..``end`` (character offsets of the figure's
    words) is joined to by "and" as "others" of the same kind; [] when its phrase is no
    conjunct or says nothing of kind."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    fig = span[-1]
    top = _phrase_top(fig)
    if top.dep_ != "conj" or not _same_kind(top):
        return []
    first = top.head
    people = [first] + [c for c in first.children if c.dep_ == "conj" and c.i != top.i]
    if not all(_single_person(p) for p in people):
        return []
    return people


def companion_owner(view: SentenceView, person: Token) -> str | None:
    """The group named in the person's own phrase: a compound before the name ("SLF
    commander Musa Traore") or an apposition's "of" phrase ("Musa Traore, a commander of the
    SLF"), unless a word of a former tie (``companion_former_words``) marks it."""
    former = cue_set("companion_former_words")
    spans = [(person.left_edge.idx, person.idx + len(person.text))]
    for appos in (c for c in person.children if c.dep_ == "appos"):
        if any(t.lower_ in former for t in appos.subtree):
            continue
        spans.append((appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge.text)))
    if any(t.lower_ in former for t in person.subtree if t.i < person.i):
        return None
    for slot in named_actors(view):
        if any(a <= slot.start < b for a, b in spans):
            return slot.key
    return None
