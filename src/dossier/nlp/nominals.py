"""``dossier_nominals``: noun phrases that mention a person or a group of people.

"the Asad regime", "Iraqi security forces", "our coalition partners", "civilians" and "a
spokesman" name actors without a proper name. A noun phrase (spaCy's ``noun_chunks``) whose
head noun is in ``data/nominals.yaml`` becomes an ``actors`` span
(:mod:`dossier.nlp.mention_group`): ORG for collective nouns and for plural person nouns,
PERSON for a singular person noun with a determiner or modifier ("a spokesman", not the
"bomber" of "bomber aircraft"). An "of" + name complement belongs to the phrase ("the people of
Iraq", "the government of Iraq"). Phrases that an earlier component covered (a titled person,
a country acting as an actor) are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.datafiles import load_yaml
from dossier.nlp.mention_group import ORG, PERSON, add_actor_spans
from dossier.nlp.text import doc_noun_chunks

_SPECIFIERS = {"det", "poss", "nummod", "amod", "compound", "predet"}
_NAME_LABELS = {"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"}


@dataclass(frozen=True)
class NominalWords:
    """The head nouns of ``data/nominals.yaml``."""

    groups: frozenset[str]
    people: frozenset[str]


@lru_cache(maxsize=1)
def load_nominals() -> NominalWords:
    """Load ``data/nominals.yaml`` (cached)."""
    data = load_yaml("nominals.yaml")
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
    for chunk in doc_noun_chunks(doc):
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
        if label == PERSON and not any(t.dep_ in _SPECIFIERS for t in head.children):
            continue  # a bare singular is a modifier or a role, not a person ("bomber aircraft")
        if "\n" in chunk.text:
            continue
        found.append(Span(doc, chunk.start, _with_named_complement(doc, chunk.end), label=label))
    return found


def _with_named_complement(doc: Doc, end: int) -> int:
    """Extend a phrase over "of" + a name: "the people of Iraq", "members of the Al bu Nimr"."""
    i = end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        if i < len(doc) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ in _NAME_LABELS:
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            return j
    return end


@Language.component("dossier_nominals")
def add_nominal_mentions(doc: Doc) -> Doc:
    """Add person and group noun phrases to the ``actors`` span group."""
    add_actor_spans(doc, nominal_mentions(doc))
    return doc
