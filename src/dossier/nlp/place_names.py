"""``dossier_place_names``: place names that the model mistook for people or organisations.

The small English model tags many towns of the Middle East and Africa as people ("in Raqqah",
"near Karabilah") or organisations ("in Dabiq"), and sometimes takes a capitalised
preposition at the start of a line into a name ("Near Ar Raqqah"). This component repairs
``doc.ents`` before the actor components read them:

- a leading "Near", "Outside", ... is dropped from an entity;
- a PERSON or ORG entity that the geographic gazetteer knows as a place becomes GPE when the
  text treats it as one: after a dropped "Near", as the object of a locative preposition
  ("in", "near", "outside", ...) or of a verb of movement or control ("fled", "retook"), or
  joined by "and"/"or" to a place name ("Mosul and Raqqah").

Entities from the actor gazetteer (with an ``ent_id_``) are never touched. The word lists
live in ``data/place_nouns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.datafiles import load_yaml


@dataclass(frozen=True)
class PlaceCues:
    """Words around a name that make it a place (``data/place_nouns.yaml``)."""

    locative_prepositions: frozenset[str]
    leading_prepositions: frozenset[str]
    place_verbs: frozenset[str]


@lru_cache(maxsize=1)
def load_place_cues() -> PlaceCues:
    """Load the cue lists of ``data/place_nouns.yaml`` (cached)."""
    data = load_yaml("place_nouns.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return PlaceCues(
        locative_prepositions=words("locative_prepositions"),
        leading_prepositions=words("leading_prepositions"),
        place_verbs=words("place_verbs"),
    )


@lru_cache(maxsize=4096)
def is_gazetteer_place(name: str) -> bool:
    """Whether the geographic gazetteer has a place called ``name`` (any spelling it knows).

    Many surnames are also towns ("Hammond", "Kerry"), so this only confirms a name that the
    context already treats as a place.
    """
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer

    return bool(open_geo_gazetteer().candidates(name, fuzzy=False))


def _in_place_context(span: Span, cues: PlaceCues, places: set[int]) -> bool:
    """The object of a locative preposition or of a verb of movement or control, or joined
    by "and"/"or" to a place name."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in cues.locative_prepositions
    if root.dep_ == "dobj":
        return head.lemma_.lower() in cues.place_verbs
    if root.dep_ == "conj":
        return head.i in places
    return False


def repaired_entities(doc: Doc, cues: PlaceCues | None = None) -> list[Span]:
    """``doc.ents`` with the repairs described in the module docstring."""
    cues = cues or load_place_cues()
    places = {e.root.i for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")}
    out: list[Span] = []
    for ent in doc.ents:
        start, label = ent.start, ent.label_
        if ent.ent_id_:
            out.append(ent)
            continue
        first = doc[start]
        after_preposition = (
            len(ent) > 1 and first.lower_ in cues.leading_prepositions and first.is_title
        )
        if after_preposition:
            start += 1
        span = doc[start : ent.end]
        if (
            label in ("PERSON", "ORG")
            and (after_preposition or _in_place_context(span, cues, places))
            and is_gazetteer_place(span.text)
        ):
            label = "GPE"
        if (start, label) == (ent.start, ent.label_):
            out.append(ent)
        else:
            out.append(Span(doc, start, ent.end, label=label))
    return out


@Language.component("dossier_place_names")
def repair_place_names(doc: Doc) -> Doc:
    """Repair place names in ``doc.ents`` (see the module docstring)."""
    doc.ents = repaired_entities(doc)
    return doc
