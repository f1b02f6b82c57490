"""``dossier_named_actors``: the named people and organisations, at their full extent.

Every PERSON and ORG entity that no earlier actor component covered goes into the ``actors``
span group (:mod:`dossier.nlp.mention_group`); an organisation takes in a "the" before it
("the SDF", "the Government of Iraq"), which ``doc.ents`` leaves out as often as not. A
plural nationality noun ("Syrians", "the Iraqis") names a people and becomes an ORG mention.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.nlp.mention_group import ORG, PERSON, add_actor_spans, mention_span

_PLURAL_TAGS = {"NNS", "NNPS"}


def named_actor_mentions(doc: Doc) -> list[Span]:
    """PERSON, ORG and plural NORP entities of ``doc`` as actor mentions, in text order."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == PERSON:
            found.append(mention_span(doc, ent.start, ent.end, PERSON))
            continue
        people = ent.label_ == "NORP" and ent[-1].tag_ in _PLURAL_TAGS
        if ent.label_ == ORG or people:
            found.append(mention_span(doc, ent.start, ent.end, ORG, determiner=True))
    return found


@Language.component("dossier_named_actors")
def add_named_actor_mentions(doc: Doc) -> Doc:
    """Add the named actors to the ``actors`` span group."""
    add_actor_spans(doc, named_actor_mentions(doc))
    return doc
