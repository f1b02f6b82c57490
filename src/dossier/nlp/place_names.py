"""``dossier_place_names``: place names that the model mistook for people or organisations.

The small English model tags many towns of the Middle East and Africa as people ("in Raqqah",
"near Karabilah") or organisations ("in Dabiq"), and sometimes takes a capitalised
preposition at the start of a line into a name ("Near Ar Raqqah"). This component repairs
``doc.ents`` before the actor components read them:

- a leading "Near", "Outside", ... is dropped from an entity;
- a PERSON or ORG entity that is the object of a locative preposition ("in", "near",
  "outside", ...) and that the geographic gazetteer knows as a place becomes GPE.

Entities from the actor gazetteer (with an ``ent_id_``) are never touched. The word lists
live in ``data/place_nouns.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span


@lru_cache(maxsize=1)
def _prepositions() -> tuple[frozenset[str], frozenset[str]]:
    """Locative and leading prepositions of ``data/place_nouns.yaml``."""
    path = resources.files("dossier").joinpath("data/place_nouns.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return (
        frozenset(str(w).lower() for w in data["locative_prepositions"]),
        frozenset(str(w).lower() for w in data["leading_prepositions"]),
    )


@lru_cache(maxsize=4096)
def is_gazetteer_place(name: str) -> bool:
    """Whether the geographic gazetteer has ``name`` as the main name of a place, or as
    another name of a place of 1,000 people or more."""
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer

    return any(
        not c.alternate or c.population >= 1000
        for c in open_geo_gazetteer().candidates(name, fuzzy=False)
    )


def repaired_entities(doc: Doc) -> list[Span]:
    """``doc.ents`` with the repairs described in the module docstring."""
    preps, leading = _prepositions()
    out: list[Span] = []
    for ent in doc.ents:
        start, label = ent.start, ent.label_
        if ent.ent_id_:
            out.append(ent)
            continue
        first = doc[start]
        if len(ent) > 1 and first.lower_ in leading and first.text[:1].isupper():
            start += 1
        span = doc[start : ent.end]
        root = span.root
        if (
            label in ("PERSON", "ORG")
            and root.dep_ == "pobj"
            and root.head.lower_ in preps
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
