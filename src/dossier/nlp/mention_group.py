"""The ``actors`` span group: every mention of a person or a group, at its full extent.

``doc.ents`` stays as the model and the gazetteer ruler made it (so places and dates keep their
labels for the geocoder and the time normaliser); the actor-mention components write here
instead, labelling each span ``PERSON`` or ``ORG``:

- named people with their titles ("Foreign Secretary Philip Hammond", "Lt Gen Talib Shaghati")
  and titles that stand for a person ("the Foreign Secretary");
- countries and cities acting as actors ("Syria accuses Israel", "the UK will...");
- group and person noun phrases ("Iraqi security forces", "the Asad regime", "a spokesman");
- personal pronouns ("he", "we", "they");
- every other PERSON and ORG entity, with a determiner that belongs to the name ("the SDF").

Spans never overlap: a component only adds a span that no earlier one covers.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

ACTORS = "actors"
PERSON = "PERSON"
ORG = "ORG"


def actor_spans(doc: Doc) -> list[Span]:
    """The spans of the ``actors`` group (empty when no component ran)."""
    return list(doc.spans[ACTORS]) if ACTORS in doc.spans else []


def covered(doc: Doc) -> list[bool]:
    """Per token, whether an ``actors`` span already covers it."""
    taken = [False] * len(doc)
    for span in actor_spans(doc):
        for i in range(span.start, span.end):
            taken[i] = True
    return taken


def add_actor_spans(doc: Doc, spans: Iterable[Span]) -> int:
    """Add ``spans`` to the group, skipping any that overlaps a span already there.

    Earlier spans of ``spans`` win over later ones. Returns how many were added.
    """
    taken = covered(doc)
    group = actor_spans(doc)
    added = 0
    for span in spans:
        if span.start >= span.end or any(taken[span.start : span.end]):
            continue
        group.append(span)
        for i in range(span.start, span.end):
            taken[i] = True
        added += 1
    doc.spans[ACTORS] = sorted(group, key=lambda s: (s.start, s.end))
    return added


def mention_span(doc: Doc, start: int, end: int, label: str, determiner: bool = False) -> Span:
    """A mention over ``[start, end)`` without a trailing possessive ("Assad's" → "Assad").

    With ``determiner``, a directly preceding "the" is taken in when it belongs to the name
    ("the SDF said"), not when it belongs to a noun the name modifies ("the ISIL attack").
    """
    while end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    if determiner and start > 0 and doc[start - 1].lower_ == "the":
        the = doc[start - 1]
        parsed = doc.has_annotation("DEP")
        if not the.is_sent_end and (not parsed or start <= the.head.i < end):
            start -= 1
    return Span(doc, start, end, label=label)


def with_determiner(doc: Doc, start: int, end: int, label: str) -> Span:
    """A mention over ``[start, end)`` that takes in a directly preceding "the" ("the SDF")."""
    return mention_span(doc, start, end, label, determiner=True)
