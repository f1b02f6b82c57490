"""``dossier_place_names``: place names that the model mistook for people or organisations.

The small English model tags many towns of the Middle East and Africa as people ("in Raqqah",
"near Karabilah") or organisations ("in Dabiq"), and sometimes takes a capitalised
preposition at the start of a line into a name ("Near Ar Raqqah"). This component repairs
``doc.ents`` before the actor components read them:

- a leading "Near", "Outside", ... is dropped from an entity;
- a PERSON or ORG entity that the geographic gazetteer knows as a place becomes GPE when the
  text treats it as one: after a dropped "Near", as the object of a locative preposition
  ("in", "near", "outside", ...) or of a verb of movement or control ("fled", "retook"), or
  joined by "and"/"or" to a place name ("Mosul and Raqqah");
- a PERSON or ORG entity that the gazetteer does not know becomes GPE when the text can only
  mean a place: a place noun follows it ("Barmal and Sepera districts"), a region that is no
  country follows it in brackets ("Mir Ali (North Waziristan)"), or it is the object of "in",
  "near", ... and written as a place name is (proper nouns, no everyday word, no word that
  names a kind of organisation, no acronym, no news outlet: "attacked a police compound in
  Daraban").

Entities from the actor gazetteer (with an ``ent_id_``) are never touched. The word lists
live in ``data/place_nouns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from wordfreq import zipf_frequency

from dossier.datafiles import load_yaml


@dataclass(frozen=True)
class PlaceCues:
    """Words around a name that make it a place (``data/place_nouns.yaml``)."""

    locative_prepositions: frozenset[str]
    leading_prepositions: frozenset[str]
    place_verbs: frozenset[str]
    name_place_nouns: frozenset[str] = frozenset()
    unknown_place_prepositions: frozenset[str] = frozenset()


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
        name_place_nouns=words("name_place_nouns"),
        unknown_place_prepositions=words("unknown_place_prepositions"),
    )


_MAX_PLACE_ZIPF = 3.5  # a name as frequent as "Pentagon" or "Telegram" is no unknown town


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    """Words that name a kind of organisation (the type cues of ``data/actor_rules.yaml`` and
    the group nouns of ``data/nominals.yaml``) and the names of news outlets
    (``data/sources.yaml``), lower-cased."""
    cues = load_yaml("actor_rules.yaml")["type_cues"]
    words = {str(w).lower() for ws in cues.values() for cue in ws for w in str(cue).split()}
    words |= {str(w).lower() for w in load_yaml("nominals.yaml")["groups"]}
    for row in (load_yaml("sources.yaml") or {}).get("sources", []):
        for form in (row["name"], *(row.get("aliases") or ())):
            words.add(str(form).lower())
    return frozenset(words)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer

    return any(c.feature == "country" for c in open_geo_gazetteer().candidates(name, fuzzy=False))


def _written_as_place(span: Span) -> bool:
    """Proper nouns only, none an everyday word or a kind of organisation, not in capitals,
    and no news outlet's name."""
    words = _organisation_words()
    return (
        all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span)
        and not any(t.lower_ in words for t in span)
        and span.text.lower() not in words
        and zipf_frequency(span.text.lower(), "en") < _MAX_PLACE_ZIPF
    )


def _region_in_brackets(span: Span, cues: PlaceCues) -> bool:
    """ "Mir Ali (North Waziristan)": a place that is no country in brackets right after."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return False
    inner = next((e for e in doc.ents if e.start == span.end + 1), None)
    if inner is None or inner.label_ not in ("GPE", "LOC") or _is_country(inner.text):
        return False
    after = inner.end
    if after < len(doc) and doc[after].lower_ in cues.name_place_nouns:
        after += 1
    return after < len(doc) and doc[after].text.startswith(")")


def _unknown_place(span: Span, cues: PlaceCues) -> bool:
    """A name that only a place can be (see the module docstring)."""
    doc = span.doc
    if any(t.lower_ in _organisation_words() for t in span):
        return False
    if span.end < len(doc) and doc[span.end].lower_ in cues.name_place_nouns:
        return True
    if _region_in_brackets(span, cues):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.lower_ in cues.unknown_place_prepositions
        and span.root.dep_ == "pobj"
        and span.root.head.i == before.i
        and _written_as_place(span)
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
        if label in ("PERSON", "ORG") and (
            (
                (after_preposition or _in_place_context(span, cues, places))
                and is_gazetteer_place(span.text)
            )
            or _unknown_place(span, cues)
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
