"""``dossier_pronouns``: personal pronouns as person and group mentions.

"he", "she", "I" are PERSON mentions and "we", "they", "us" are ORG (group) mentions in the
``actors`` span group (:mod:`dossier.nlp.mention_group`). They are what a coreference step
links back to named actors; on their own they make who-did-what sentences ("they attacked")
visible as actor mentions. The word lists live in ``data/pronouns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.datafiles import load_yaml
from dossier.nlp.mention_group import ORG, PERSON, add_actor_spans
from dossier.nlp.token_table import word_indices


@dataclass(frozen=True)
class PronounWords:
    """The pronoun lists of ``data/pronouns.yaml``."""

    person: frozenset[str]
    group: frozenset[str]
    person_object_only: frozenset[str]


@lru_cache(maxsize=1)
def load_pronouns() -> PronounWords:
    """Load ``data/pronouns.yaml`` (cached)."""
    data = load_yaml("pronouns.yaml")
    return PronounWords(
        person=frozenset(data["person"]),
        group=frozenset(data["group"]),
        person_object_only=frozenset(data.get("person_object_only") or ()),
    )


def pronoun_mentions(doc: Doc, words: PronounWords | None = None) -> list[Span]:
    """One-token PERSON/ORG spans over the personal pronouns of ``doc``."""
    words = words or load_pronouns()
    found: list[Span] = []
    for i in word_indices(doc, LOWER, words.person | words.person_object_only | words.group):
        token = doc[i]
        if token.pos_ != "PRON":
            continue
        low = token.lower_
        if low in words.person or (low in words.person_object_only and token.tag_ == "PRP"):
            found.append(Span(doc, token.i, token.i + 1, label=PERSON))
        elif low in words.group:
            found.append(Span(doc, token.i, token.i + 1, label=ORG))
    return found


@Language.component("dossier_pronouns")
def add_pronoun_mentions(doc: Doc) -> Doc:
    """Add pronoun mentions to the ``actors`` span group."""
    add_actor_spans(doc, pronoun_mentions(doc))
    return doc
