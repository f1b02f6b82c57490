"""``dossier_nominals``: noun phrases that mention a person or a group of people.

"the Asad regime", "Iraqi security forces", "our coalition partners", "civilians" and "a
spokesman" name actors without a proper name. A noun phrase (spaCy's ``noun_chunks``) whose
head noun is in ``data/nominals.yaml`` becomes an ``actors`` span
(:mod:`dossier.nlp.mention_group`): ORG for collective nouns and for plural person nouns,
PERSON for a singular person noun. Phrases that an earlier component covered (a titled person,
a country acting as an actor) are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.nlp.mention_group import ORG, PERSON, add_actor_spans


@dataclass(frozen=True)
class NominalWords:
    """The head nouns of ``data/nominals.yaml``."""

    groups: frozenset[str]
    people: frozenset[str]


@lru_cache(maxsize=1)
def load_nominals() -> NominalWords:
    """Load ``data/nominals.yaml`` (cached)."""
    path = resources.files("dossier").joinpath("data/nominals.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return NominalWords(
        groups=frozenset(str(w).lower() for w in data["groups"]),
        people=frozenset(str(w).lower() for w in data["people"]),
    )


def nominal_mentions(doc: Doc, words: NominalWords | None = None) -> list[Span]:
    """The person and group noun phrases of ``doc`` (needs the parser), in text order."""
    if not doc.has_annotation("DEP"):
        return []
    words = words or load_nominals()
    found: list[Span] = []
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.pos_ != "NOUN":
            continue
        lemma = head.lemma_.lower()
        if lemma in words.groups:
            label = ORG
        elif lemma in words.people:
            label = ORG if head.tag_ in ("NNS", "NNPS") else PERSON
        else:
            continue
        if "\n" in chunk.text:
            continue
        found.append(Span(doc, chunk.start, chunk.end, label=label))
    return found


@Language.component("dossier_nominals")
def add_nominal_mentions(doc: Doc) -> Doc:
    """Add person and group noun phrases to the ``actors`` span group."""
    add_actor_spans(doc, nominal_mentions(doc))
    return doc
