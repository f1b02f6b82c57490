"""``dossier_place_mentions``: every mention of a place, at its full extent.

``doc.ents`` holds place names as the model found them; this component writes the
``places`` span group, labelled ``GPE`` for names and ``LOC`` for noun phrases:

- noun phrases headed by a place noun ("the town", "a petrol station", "the front line"),
  taking in an "of" + name complement ("the city of Mosul", "the town of Tel Tamer");
- place names with a direction adjective ("northern Iraq", "eastern Aleppo"), with "the"
  before a LOC/FAC name ("the Gulf", "the Tigris River"), and with the larger place that a
  comma adds ("Anbar, Iraq", "Vermillion, South Dakota").

Spans in the ``actors`` group (a country acting as an actor, say) are left alone. The word
lists live in ``data/place_nouns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.datafiles import load_yaml
from dossier.nlp.mention_group import covered
from dossier.nlp.text import doc_noun_chunks

PLACES = "places"
_NAME_LABELS = ("GPE", "LOC", "FAC")


@dataclass(frozen=True)
class PlaceWords:
    """The word lists of ``data/place_nouns.yaml``."""

    nouns: frozenset[str]
    compass: frozenset[str]


@lru_cache(maxsize=1)
def load_place_words() -> PlaceWords:
    """Load ``data/place_nouns.yaml`` (cached)."""
    data = load_yaml("place_nouns.yaml")
    return PlaceWords(
        nouns=frozenset(str(w).lower() for w in data["nouns"]),
        compass=frozenset(str(w).lower() for w in data["compass"]),
    )


def place_mentions(doc: Doc, words: PlaceWords | None = None) -> list[Span]:
    """The place mentions of ``doc`` at their full extent, in text order."""
    words = words or load_place_words()
    taken = covered(doc)
    names = {e.start: e for e in doc.ents if e.label_ in _NAME_LABELS}
    found: list[Span] = []

    def claim(*extents: tuple[int, int], label: str) -> None:
        """Take the first of ``extents`` that is free (the widest comes first)."""
        for start, end in extents:
            if start < end and not any(taken[start:end]):
                found.append(Span(doc, start, end, label=label))
                for i in range(start, end):
                    taken[i] = True
                return

    if doc.has_annotation("DEP"):
        for chunk in doc_noun_chunks(doc):
            head = chunk.root
            if head.pos_ != "NOUN" or head.lemma_.lower() not in words.nouns:
                continue
            if "\n" in chunk.text:
                continue
            end = chunk.end
            if end + 1 < len(doc) and doc[end].lower_ == "of" and end + 1 in names:
                end = names[end + 1].end
            claim((chunk.start, end), (chunk.start, chunk.end), label="LOC")
    for ent in names.values():
        start, end = ent.start, ent.end
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in words.compass or (before == "the" and ent.label_ != "GPE"):
            start -= 1
        if end + 1 < len(doc) and doc[end].text == "," and end + 1 in names:
            larger = names[end + 1]
            # not a list of places ("Tibú, Ocaña and Hacarí")
            listed = larger.end < len(doc) and doc[larger.end].lower_ in (",", "and", "or")
            if larger.label_ == "GPE" and not doc[end].whitespace_.count("\n") and not listed:
                end = larger.end
        claim((start, end), (start, ent.end), (ent.start, ent.end), label="GPE")
    return sorted(found, key=lambda s: s.start)


@Language.component("dossier_place_mentions")
def add_place_mentions(doc: Doc) -> Doc:
    """Fill the ``places`` span group."""
    doc.spans[PLACES] = place_mentions(doc)
    return doc
