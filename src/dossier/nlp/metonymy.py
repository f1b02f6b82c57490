"""``dossier_metonymy``: countries and cities that act, as ORG mentions.

In "Syria has accused Israel", "the UK will continue to support..." or "talks with Russia" the
place name stands for a government: re3d, ACE and analysts count it as an actor. ``doc.ents``
keeps the GPE label (the geocoder decides separately whether to place it on a map); the
``actors`` span group (:mod:`dossier.nlp.mention_group`) gets an ORG span, with a "the" that
belongs to the name ("the United States").

A GPE is taken as an actor when it is

- the subject of a verb other than a stative one ("lies", "borders"), or of "be" with an
  attitude predicate ("is determined", "is ready");
- the possessor of a noun of government or policy ("Russia's decision");
- the object of a speech or agency verb ("accused Israel") or of "with", "against",
  "between", "by";
- joined by "and"/"or" to a GPE taken as an actor ("Russia and Iran have...").

The cue words are in ``data/geo/metonymy.yaml`` (shared with the geocoder) and
``data/actor_metonymy.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.datafiles import load_yaml
from dossier.nlp.mention_group import ORG, add_actor_spans, with_determiner


@dataclass(frozen=True)
class MetonymyCues:
    """Cue words for a place standing for its government or people."""

    verbs: frozenset[str]
    possessed_nouns: frozenset[str]
    be_predicates: frozenset[str]
    stative_verbs: frozenset[str]
    agent_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    from_nouns: frozenset[str]


def _read(name: str) -> dict:
    return load_yaml(name) or {}


@lru_cache(maxsize=1)
def load_metonymy_cues() -> MetonymyCues:
    """Load ``data/geo/metonymy.yaml`` and ``data/actor_metonymy.yaml`` (cached)."""
    shared, own = _read("geo/metonymy.yaml"), _read("actor_metonymy.yaml")

    def words(data: dict, key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return MetonymyCues(
        verbs=words(shared, "verbs"),
        possessed_nouns=words(shared, "possessed_nouns"),
        be_predicates=words(shared, "be_predicates"),
        stative_verbs=words(own, "stative_verbs"),
        agent_prepositions=words(own, "agent_prepositions"),
        place_nouns=words(own, "place_nouns"),
        from_nouns=words(shared, "from_nouns"),
    )


def noun_of_from(prep: Token) -> Token:
    """The noun a "from" phrase hangs on; a pronoun stands for the noun just before it
    ("blows, especially those from the United States" → blows)."""
    noun = prep.head
    if noun.pos_ == "PRON":
        before = prep.doc[max(0, noun.i - 6) : noun.i]
        noun = next((t for t in reversed(before) if t.pos_ == "NOUN"), noun)
    elif noun.pos_ in ("VERB", "AUX") and prep.i > 0 and prep.doc[prep.i - 1].pos_ == "NOUN":
        # (s19) "made up of troops from Nigeria and Chad": the parser hangs "from" on the
        # verb; the noun right before it is the one it tells the origin of
        noun = prep.doc[prep.i - 1]
    return noun


def acts(span: Span, cues: MetonymyCues) -> bool:
    """Whether the place ``span`` stands for an actor where it occurs (see module docstring)."""
    root = span.root
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        if lemma == "be":
            return any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.be_predicates
                for c in head.children
            )
        return lemma not in cues.stative_verbs
    if root.dep_ == "poss":
        return lemma in cues.possessed_nouns
    if root.dep_ == "pobj" and head.lower_ == "from":
        # "blows from the United States", "pressure from Moscow"
        noun = noun_of_from(head)
        return noun.pos_ == "NOUN" and noun.lower_ in cues.from_nouns
    if root.dep_ == "pobj":
        return head.lower_ in cues.agent_prepositions and head.head.lower_ not in cues.place_nouns
    if root.dep_ == "dobj":
        return lemma in cues.verbs
    return False


def acting_places(doc: Doc, cues: MetonymyCues | None = None) -> list[Span]:
    """The GPE entities of ``doc`` that act as actors (needs the parser)."""
    if not doc.has_annotation("DEP"):
        return []
    cues = cues or load_metonymy_cues()
    places = [e for e in doc.ents if e.label_ == "GPE"]
    acting = {e.root.i for e in places if acts(e, cues)}
    for e in places:  # "Russia and Iran have ...": conjuncts of an acting place act too
        if e.root.dep_ == "conj" and e.root.head.i in acting:
            acting.add(e.root.i)
    return [e for e in places if e.root.i in acting]


def metonymic_places(doc: Doc, cues: MetonymyCues | None = None) -> list[Span]:
    """ORG spans (with a "the" that belongs to the name) over the acting GPE entities."""
    return [with_determiner(doc, e.start, e.end, ORG) for e in acting_places(doc, cues)]


@Language.component("dossier_metonymy")
def add_metonymic_places(doc: Doc) -> Doc:
    """Add the places that act as actors to the ``actors`` span group."""
    add_actor_spans(doc, metonymic_places(doc))
    return doc
