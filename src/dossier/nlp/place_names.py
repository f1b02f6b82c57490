"""``dossier_place_names``: place names that the model mistook for people or organisations.

The small English model tags many towns of the Middle East and Africa as people ("in Raqqah",
"near Karabilah") or organisations ("in Dabiq"), and sometimes takes a capitalised
preposition at the start of a line into a name ("Near Ar Raqqah"). This component repairs
``doc.ents`` before the actor components read them:

- a leading "Near", "Outside", ... is dropped from an entity;
- a PERSON or ORG entity that the geographic gazetteer knows as a place becomes GPE when the
  text treats it as one: after a dropped "Near", as the object of a locative preposition
  ("in", "near", "outside", ...) or of a verb of movement or control ("fled", "retook"), in
  apposition to a place noun or after one and "of" ("the capital Sanaa", "the city of X"), or
  joined by "and"/"or" to a place name ("Mosul and Raqqah");
- a PERSON or ORG entity that the gazetteer does not know becomes GPE when the text can only
  mean a place: a place noun follows it ("Barmal and Sepera districts"), a region that is no
  country follows it in brackets ("Mir Ali (North Waziristan)"), or it is the object of "in",
  "near", ... and written as a place name is (proper nouns, no everyday word, no word that
  names a kind of organisation, no acronym, no news outlet: "attacked a police compound in
  Daraban").

Before that, entity boundaries are mended around place names:

- a hyphenated name is one name: an entity that holds part of it ("Croix" of
  "Croix-des-Bouquets", "Bandar" and "Abbas" of "Bandar-e Abbas") takes in the whole word, and
  a hyphenated word that the gazetteer knows as a place and the model left untagged
  ("PORT-AU-PRINCE" in a dateline) becomes a GPE;
- a trailing "and", "or" or comma is dropped ("Port-au-Prince and");
- two places joined by "and" in one entity are two ("Cox's Bazar and Dar es Salaam"),
  unless the whole is one place ("Trinidad and Tobago").

Entities from the actor gazetteer (with an ``ent_id_``) are never touched. The word lists
live in ``data/place_nouns.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import DEP, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from dossier.datafiles import load_yaml
from dossier.nlp.actor_ruler import hyphenated_word
from dossier.nlp.token_table import word_indices
from dossier.resolve.geo_rules import event_place_words, is_demonym


@dataclass(frozen=True)
class PlaceCues:
    """Words around a name that make it a place (``data/place_nouns.yaml``)."""

    locative_prepositions: frozenset[str]
    leading_prepositions: frozenset[str]
    place_verbs: frozenset[str]
    name_place_nouns: frozenset[str] = frozenset()
    unknown_place_prepositions: frozenset[str] = frozenset()
    movement_verbs: frozenset[str] = frozenset()
    naming_place_nouns: frozenset[str] = frozenset()
    of_place_nouns: frozenset[str] = frozenset()
    verb_place_prepositions: frozenset[str] = frozenset()
    verb_place_nouns: frozenset[str] = frozenset()
    not_place_verbs: frozenset[str] = frozenset()
    untagged_place_verbs: frozenset[str] = frozenset()
    facility_nouns: frozenset[str] = frozenset()
    facility_modifiers: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    hyphen_not_place_words: frozenset[str] = frozenset()
    hyphen_seat_words: frozenset[str] = frozenset()  # "based" of "a Sudan-based militia"
    hyphen_seat_group_nouns: frozenset[str] = frozenset()  # "militia" of that
    place_head_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_place_cues() -> PlaceCues:
    """Load the cue lists of ``data/place_nouns.yaml`` (cached)."""
    data = load_yaml("place_nouns.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return PlaceCues(
        locative_prepositions=words("locative_prepositions"),
        leading_prepositions=words("leading_prepositions"),
        place_verbs=words("place_verbs"),
        name_place_nouns=words("name_place_nouns"),
        unknown_place_prepositions=words("unknown_place_prepositions"),
        movement_verbs=words("movement_verbs"),
        naming_place_nouns=words("naming_place_nouns"),
        of_place_nouns=words("of_place_nouns"),
        verb_place_prepositions=words("verb_place_prepositions"),
        verb_place_nouns=words("verb_place_nouns"),
        not_place_verbs=words("not_place_verbs"),
        untagged_place_verbs=words("untagged_place_verbs"),
        facility_nouns=words("facility_nouns"),
        facility_modifiers=words("facility_modifiers"),
        count_nouns=words("count_nouns"),
        naming_verbs=words("naming_verbs"),
        hyphen_not_place_words=words("hyphen_not_place_words"),
        hyphen_seat_words=words("hyphen_seat_words"),
        hyphen_seat_group_nouns=words("hyphen_seat_group_nouns"),
        place_head_nouns=words("nouns"),
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
        all(_name_token(t, i) for i, t in enumerate(span))
        and not any(t.lower_ in words for t in span)
        and span.text.lower() not in words
        and zipf_frequency(span.text.lower(), "en") < _MAX_PLACE_ZIPF
    )


def _name_token(tok: Token, i: int) -> bool:
    """A capitalised word of a name, or inside it a joining hyphen or an Arabic article
    ("Al-Taqaddum", "Ain al-Asad")."""
    if tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper:
        return True
    if i == 0:
        return False
    if tok.text in ("-", "\u2010", "\u2011") and not tok.whitespace_:
        return True
    return tok.lower_ in _NAME_LINKS and tok.is_alpha and tok.is_lower


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


def _after_place_noun(span: Span, cues: PlaceCues) -> bool:
    """ "the mayor of Khiam", "south of the Litani": a noun that only a place has, "of"."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].is_lower
        and doc[i - 1].lower_ in cues.of_place_nouns
    )


def _incident_heading(span: Span) -> bool:
    """ "17 January, Khiam: ...": the place of a dated incident heading."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.end].text != ":":
        return False
    comma, date = doc[span.start - 1], doc[span.start - 2]
    return comma.text == "," and date.ent_type_ == "DATE"


def _unknown_place(span: Span, cues: PlaceCues) -> bool:
    """A name that only a place can be (see the module docstring)."""
    doc = span.doc
    if len(span) > 1 and _ends_in_place_noun(span, cues):
        return True  # "Gwoza LGA", "the Sambisa Forest" tagged whole
    if any(t.lower_ in _organisation_words() for t in span):
        return False
    if span.end < len(doc) and doc[span.end].lower_ in cues.name_place_nouns:
        return True
    if (
        span.end < len(doc)
        and doc[span.end].lower_ in event_place_words("landform_nouns")
        and _written_as_place(span)
    ):
        return True  # "the Afungi peninsula", "the Bandiagara escarpment"
    if _surname_of_person(span):
        return False  # "at Makolo" after "Yolande Makolo": a person's surname
    if _written_as_place(span) and _apposed_settlement(span):
        return True  # "burned Ncole, a village on the Mecufi peninsula" (tagged ORG)
    if _region_in_brackets(span, cues):
        return True
    if (_after_place_noun(span, cues) or _incident_heading(span)) and _written_as_place(span):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is None
        or span.root.dep_ != "pobj"
        or span.root.head.i != before.i
        or not _written_as_place(span)
    ):
        return False
    if before.lower_ in cues.unknown_place_prepositions:
        return True
    if before.lower_ == "between":
        # "on the road between Garoua and Pitoa": the other end a place tagged as one
        return _joined_to_place(span.root, set())
    return before.lower_ in cues.verb_place_prepositions and movement_head(before, cues)


def _joined_to_place(root: Token, places: set[int]) -> bool:
    """Joined by "and" to a name tagged or repaired as a place ("between Mweso and
    Kitchanga")."""
    return any(c.i in places or c.ent_type_ in ("GPE", "LOC") for c in root.conjuncts)


def movement_head(prep: Token, cues: PlaceCues) -> bool:
    """ "at" or "toward" on a verb ("ambushed a column at X", not "worked at X") or on a noun
    of movement or attack ("an offensive toward X")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() not in cues.not_place_verbs
    # "the clinic at Kossomabo", "the army post at X": a place noun's place
    return head.pos_ == "NOUN" and (
        head.lemma_.lower() in cues.verb_place_nouns
        or (prep.lower_ == "at" and head.lemma_.lower() in cues.place_head_nouns)
    )


_NOT_AREA_NOUNS = frozenset({"division", "divisions"})  # "the Kandahar Division" is a unit


def _ends_in_place_noun(span: Span, cues: PlaceCues) -> bool:
    """ "Gwoza LGA", "Masisi Territory", "the Sambisa Forest": a name written as a place's and a
    capitalised noun of an area (``name_place_nouns``) as its last word."""
    words = [t for t in span if t.lower_ != "the"]
    last = words[-1] if words else None
    if (
        last is None
        or len(words) < 2
        or not last.text[:1].isupper()
        or last.lower_ not in cues.name_place_nouns
        or last.lower_ in _NOT_AREA_NOUNS
    ):
        return False
    name = span.doc[words[0].i : last.i]
    return _written_as_place(name)


def _surname_of_person(span: Span) -> bool:
    """The name is the last word of a longer person's name in the text ("Makolo" of "Yolande
    Makolo")."""
    text = span.text
    return any(
        e.label_ == "PERSON" and len(e) > len(span) and e[-len(span) :].text == text
        for e in span.doc.ents
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
    by "and"/"or" to a place name ("around Gao, Timbuktu and Ménaka"); a country or a
    province after "to" or "from" a verb of movement ("sending fighters to Mali")."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.lemma_.lower() in cues.naming_place_nouns:
        return True  # "the capital Sanaa"
    if root.dep_ == "pobj":
        if head.lower_ == "of" and head.head.lemma_.lower() in cues.naming_place_nouns:
            return True  # "the port city of Hodeidah"
        if head.lower_ == "of" and head.head.lemma_.lower() in cues.of_place_nouns:
            return True  # "took control of Goma", "the outskirts of Kidal"
        if head.lower_ in cues.verb_place_prepositions and movement_head(head, cues):
            return True  # "an offensive toward Kidal"
        if head.lower_ in ("to", "from") and head.head.lemma_.lower() in cues.movement_verbs:
            return _is_division(span.text)
        if head.lower_ == "between":
            # "between Kidal and Tessalit" (Kidal tagged NORP, or Tessalit a place), not
            # "between him and Bell"
            return root.ent_type_ == "NORP" or _joined_to_place(root, places)
        return head.lower_ in cues.locative_prepositions
    if root.dep_ == "dobj":
        return head.lemma_.lower() in cues.place_verbs
    if root.dep_ == "conj":
        return _conjunct_of_place(root, places)
    return False


def _conjunct_of_place(token: Token, places: set[int]) -> bool:
    """Joined by "and", "or" or a comma to a place name, directly or through other names
    ("Gao, Timbuktu and Ménaka")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i in places:
            return True
    return False


@lru_cache(maxsize=4096)
def _is_division(name: str) -> bool:
    """A country or a first-level division by its own name ("Mali", "Borno")."""
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer

    return any(
        c.feature in ("country", "admin1") and not c.alternate
        for c in open_geo_gazetteer().candidates(name, fuzzy=False)
    )


# the short lower-case words inside a hyphenated place name ("Port-au-Prince",
# "Mazar-i-Sharif") and the Persian ezafe that joins a name to the next word ("Bandar-e Abbas",
# "Pul-e Khumri", "Qala-i-Naw")
_EZAFE = frozenset({"e", "i", "ye", "yi", "ul", "ol"})
_TRAILING = frozenset({"and", "or", ",", "&"})
_ARTICLES = frozenset(
    {"al", "el", "ez", "es", "ad", "ed", "ar", "er", "as", "ash", "az", "an", "at"}
)


def _name_word(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The extent of the hyphenated name around tokens ``start:end``, with the word an ezafe
    joins to it ("Bandar-e Abbas")."""
    start, end = hyphenated_word(doc, start, end)
    while (
        end - start >= 3
        and doc[end - 1].lower_ in _EZAFE
        and doc[end - 1].whitespace_
        and end < len(doc)
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
    ):
        end = hyphenated_word(doc, end, end + 1)[1]
    if (
        end < len(doc)
        and doc[end - 1].whitespace_
        and doc[end].lower_ in _ARTICLES
        and doc[end].is_lower
        and not doc[end].whitespace_
    ):
        # "Deir ez-Zor", "Ras al-Ain": an article glued to the next word completes the name
        longer = hyphenated_word(doc, end, end + 1)[1]
        if (
            longer > end + 2
            and doc[longer - 1].text[:1].isupper()
            and is_gazetteer_place(doc[start:longer].text)
        ):
            end = longer
    return start, end


def _is_name_compound(span: Span) -> bool:
    """A hyphenated proper name: its first and last words capitalised ("Croix-des-Bouquets",
    "PORT-AU-PRINCE"), not "AU-led" or "ex-FARC"."""
    words = [t for t in span if t.is_alpha]
    return len(words) >= 2 and words[0].text[:1].isupper() and words[-1].text[:1].isupper()


def _broken_word(span: Span) -> bool:
    """ "Churachand-pur": a place's name hyphenated at a line end, the rest in lower case,
    that the gazetteer knows written whole."""
    words = [t for t in span if t.is_alpha]
    return (
        len(words) == 2
        and words[0].text[:1].isupper()
        and words[1].is_lower
        and is_gazetteer_place("".join(w.text for w in words))
    )


def _one_name(span: Span) -> bool:
    """A hyphenated word that is one place's name, not two names joined ("DFL-Minneapolis",
    "Paris-Henry County"): the gazetteer knows it whole, or a short lower-case word links its
    parts ("Croix-des-Bouquets", "Mazar-i-Sharif", "Bandar-e Abbas")."""
    words = [t for t in span if t.is_alpha]
    linked = any(t.is_lower and len(t) <= 3 for t in words[1:-1])
    return linked or is_gazetteer_place(span.text)


def _mended(doc: Doc) -> list[Span]:
    """``doc.ents`` with the boundaries mended (see the module docstring)."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        i += 1
        if ent.ent_id_:
            out.append(ent)
            continue
        near = _near_tail(ent)
        if near is not None:
            # "the Assam Rifles near Serou" tagged as one name: the name, then the place
            out.extend([Span(doc, ent.start, near.start - 1, label=ent.label_), near])
            continue
        start, end = ent.start, ent.end
        while end - start > 1 and doc[end - 1].lower_ in _TRAILING:
            end -= 1
        label = ent.label_
        if label in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"):
            wstart = _name_word(doc, start, start + 1)[0]
            wend = _name_word(doc, end - 1, end)[1]
            span = doc[wstart:wend]
            # the entities the whole word takes in must be free ones ("Bandar" + "Abbas")
            taken_in = [e for e in ents[i:] if e.start < wend]
            if (
                (wstart, wend) != (start, end)
                and (_is_name_compound(span) or _broken_word(span))
                and _one_name(span)
                and (not out or out[-1].end <= wstart)
                and not any(e.ent_id_ for e in taken_in)
                and all(e.end <= wend for e in taken_in)
            ):
                i += len(taken_in)
                start, end = wstart, wend
                if label != "GPE" and is_gazetteer_place(span.text):
                    label = "GPE"
        parts = _place_conjuncts(doc[start:end])
        if parts:
            out.extend(parts)
            continue
        if (start, end, label) == (ent.start, ent.end, ent.label_):
            out.append(ent)
        else:
            out.append(Span(doc, start, end, label=label))
    return _untagged_compounds(doc, out)


_NEAR_WORDS = frozenset({"near", "outside"})


def _near_tail(ent: Span) -> Span | None:
    """ "the Assam Rifles near Serou" tagged as one name: the capitalised name after an inner
    "near" or "outside" the preposition governs, as a GPE; None when the entity holds no
    such phrase. A name that holds one ("Newcastle near Lyme") is known to the gazetteer."""
    doc = ent.doc
    for tok in ent[1:-1]:
        if tok.lower_ not in _NEAR_WORDS or not doc[tok.i - 1].text[:1].isalnum():
            continue
        tail = doc[tok.i + 1 : ent.end]
        if (
            tail.root.dep_ == "pobj"
            and tail.root.head.i == tok.i
            and _written_as_place(tail)
            and not is_gazetteer_place(ent.text)
        ):
            return Span(doc, tail.start, tail.end, label="GPE")
        return None
    return None


def _place_conjuncts(span: Span) -> list[Span]:
    """ "Cox's Bazar and Dar es Salaam", "Tibú, Ocaña" or "in Tepic or Compostela" tagged as
    one name: the places, as GPEs; also two towns a hyphen joins ("the Kohima-Dimapur road")."""
    cuts = [t.i for t in span if t.lower_ in ("and", "or") or t.text == ","]
    if not cuts:
        return _hyphened_places(span)
    if len(cuts) > 3 or is_gazetteer_place(span.text):
        return []
    bounds = [span.start, *cuts, span.end]
    parts = [
        span.doc[a + (1 if a in cuts else 0) : b] for a, b in zip(bounds, bounds[1:], strict=False)
    ]
    if any(not len(p) for p in parts):
        return []
    if not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for p in parts for t in p):
        return []
    if any(t.text == "," for t in span):
        # a list: every part a place the gazetteer knows, one at least a sizeable one, none
        # an everyday word
        if not (
            all(is_gazetteer_place(p.text) for p in parts)
            and any(_sizeable_place(p.text) for p in parts)
            and all(zipf_frequency(p.text.lower(), "en") < _MAX_PLACE_ZIPF for p in parts)
        ):
            return []
    elif not all(_sizeable_place(p.text) for p in parts) and not (
        # "attacks in Tepic or Compostela": after a locative preposition one sizeable town
        # vouches for a smaller one the gazetteer also knows
        span.start > 0
        and span.doc[span.start - 1].lower_ in _CONJUNCT_LOCATIVES
        and any(_sizeable_place(p.text) for p in parts)
        and all(is_gazetteer_place(p.text) for p in parts)
    ):
        return []
    return [Span(span.doc, p.start, p.end, "GPE") for p in parts]


_CONJUNCT_LOCATIVES = frozenset({"in", "near", "outside", "around", "between"})


def _hyphened_places(span: Span) -> list[Span]:
    """ "Kohima-Dimapur" tagged as one name: two towns or districts the gazetteer knows by
    their own names, joined by a hyphen (a road, a boundary, a front between them); not a
    place known whole ("Guinea-Bissau") nor an everyday word ("Rolls-Royce")."""
    doc = span.doc
    if len(span) > 1 and span[0].lower_ == "the":
        span = doc[span.start + 1 : span.end]  # "the Quetta-Karachi" (tagged ORG)
    hyphens = [t.i for t in span if t.text in ("-", "–") and t.i > span.start]
    if len(hyphens) != 1 or is_gazetteer_place(span.text):
        return []
    cut = hyphens[0]
    if doc[cut - 1].whitespace_ or doc[cut].whitespace_ or cut + 1 >= span.end:
        return []
    parts = [doc[span.start : cut], doc[cut + 1 : span.end]]
    # before a road or a boundary noun one end may be a common word ("the Quetta-Karachi
    # highway"), not both
    routed = span.end < len(doc) and doc[span.end].lemma_.lower() in event_place_words(
        "on_place_nouns"
    )
    zipfs = [zipf_frequency(p.text.lower(), "en") for p in parts]
    known = [_known_place(p.text) for p in parts]
    if not all(len(p) == 1 and p[0].is_alpha and p[0].is_title for p in parts) or not (
        all(known) or (routed and any(known))
    ):
        return []
    if not (
        max(zipfs) < _MAX_PLACE_ZIPF
        or (routed and min(zipfs) < _MAX_PLACE_ZIPF and max(zipfs) < _ROUTE_END_ZIPF)
    ):
        return []
    return [Span(doc, p.start, p.end, "GPE") for p in parts]


_ROUTE_END_ZIPF = 4.3  # "Karachi", "Kabul" as an end of a road, not "Main-Street"

_NAME_LINKS = frozenset({"da", "de", "do", "dos", "das", "del", "al", "el", "es", "ad", "'s", "’s"})


@lru_cache(maxsize=4096)
def _sizeable_place(name: str) -> bool:
    """A country, a division or a town of 50,000 people or more by its own name ("Cox's
    Bazar"), not a surname that some hamlet bears ("Dillon and Connor")."""
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer

    return any(
        not c.alternate
        and (c.feature in ("country", "admin1", "admin2") or c.population >= _SIZEABLE_TOWN)
        for c in open_geo_gazetteer().candidates(name, fuzzy=False)
    )


_SIZEABLE_TOWN = 50_000


def _known_place(name: str) -> bool:
    """A name the gazetteer gives as a place's own name (not only as an alternate)."""
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer

    return any(not c.alternate for c in open_geo_gazetteer().candidates(name, fuzzy=False))


def _untagged_compounds(doc: Doc, ents: list[Span]) -> list[Span]:
    """Hyphenated place names the model left untagged ("PORT-AU-PRINCE, Haiti")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or not tok.is_alpha or not tok.text[:1].isupper():
            i += 1
            continue
        start, end = _name_word(doc, i, i + 1)
        if start != i or end - start < 3 or any(k in taken for k in range(start, end)):
            i += 1
            continue
        span = doc[start:end]
        # a name, not a person's double name before a surname ("Jean-Pierre Bemba")
        after = doc[end] if end < len(doc) else None
        person = after is not None and after.is_alpha and after.text[:1].isupper()
        # one name ("Port-au-Prince", "PORT-AU-PRINCE"), not a word like "Tri-City"
        words = [t for t in span if t.is_alpha]
        named = len(words) >= 3 or all(t.is_upper for t in words)
        if named and _is_name_compound(span) and not person and is_gazetteer_place(span.text):
            found.append(Span(doc, start, end, label="GPE"))
        elif (
            len(words) == 2
            and after is not None
            and after.lemma_.lower() in event_place_words("on_place_nouns")
        ):
            # "on the Kaya-Kongoussi road": the two towns a road or a boundary joins
            found.extend(_hyphened_places(span))
        i = end
    if not found:
        return ents
    return sorted([*ents, *found], key=lambda e: e.start)


def repaired_entities(doc: Doc, cues: PlaceCues | None = None) -> list[Span]:
    """``doc.ents`` with the repairs described in the module docstring."""
    cues = cues or load_place_cues()
    mended = _heading_places(doc, _bracketed_long_names(doc, _mended(doc)))
    places = {e.root.i for e in mended if e.label_ in ("GPE", "LOC", "FAC")}
    out: list[Span] = []
    for ent in mended:
        start, label = ent.start, ent.label_
        if ent.ent_id_:
            out.append(ent)
            continue
        if label != "ORG" and "\n" in ent.text and _wrapped_actor_name(ent.text):
            # "The Gulf\nClan": a known group's name broken by a wrapped line, no place
            out.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        if _operation_name(ent):
            # "Operation Zarb-e-Azb", "Operation Shujaa": a military operation, no place
            out.append(Span(doc, ent.start, ent.end, label="EVENT"))
            continue
        facility = _named_facility(ent, cues)
        if facility is not None:
            # "the Hmeimim air base": a name before a facility noun names the facility
            out.append(facility)
            continue
        first = doc[start]
        after_preposition = (
            len(ent) > 1 and first.lower_ in cues.leading_prepositions and first.is_title
        )
        if after_preposition:
            start += 1
        span = doc[start : ent.end]
        if label in ("PERSON", "ORG") or (label == "NORP" and not is_demonym(span.text)):
            label = _relabelled(span, label, cues, places, after_preposition)
        if label == "GPE" and ent.label_ != "GPE":
            places.add(span.root.i)  # "in Ganthier and Thomazeau": a conjunct after it
        if (start, label) == (ent.start, ent.label_):
            out.append(ent)
        else:
            out.append(Span(doc, start, ent.end, label=label))
    out = [e for e in out if not _compound_adjective_lead(e, cues)]
    out = [
        Span(doc, e.start, e.end, label="GPE")
        if e.label_ in ("PERSON", "ORG")
        and not e.ent_id_
        and _named_place_before_noun(e, out, cues)
        else e
        for e in out
    ]
    out = _untagged_conjuncts(doc, _split_open_brackets(doc, out), places)
    out = _people_names(_compound_leads(doc, _untagged_in_place_context(doc, out, cues)), cues)
    return _described_organisations(doc, out)


def _described_organisations(doc: Doc, ents: list[Span]) -> list[Span]:
    """(s16) "Haalvsh, a Baloch rights group that ...": a name that an apposition somewhere
    calls an organisation is one at every mention the model tagged as a place (a country or
    a province keeps its label)."""
    from dossier.resolve.geo_gazetteer import normalise_place_name, open_geo_gazetteer
    from dossier.resolve.place_spans import country_or_division, organisation_names

    names = organisation_names(doc, ents)
    if not names:
        return ents
    gaz = open_geo_gazetteer()
    return [
        Span(doc, e.start, e.end, label="ORG")
        if e.label_ in ("GPE", "LOC")
        and not e.ent_id_
        and normalise_place_name(e.text) in names
        and not country_or_division(gaz, e.text)
        else e
        for e in ents
    ]


@lru_cache(maxsize=8)
def load_place_nouns_list(key: str) -> frozenset[str]:
    """One word list of ``data/place_nouns.yaml``, lower-cased."""
    return frozenset(str(w).lower() for w in load_yaml("place_nouns.yaml").get(key) or ())


def _named_facility(ent: Span, cues: PlaceCues) -> Span | None:
    """ "the Hmeimim air base", "the Kvashino airbase": a name the model took for a person, a
    group or a people, written as a place name is and followed by a facility noun
    (``facility_nouns``, perhaps after ``facility_modifiers`` such as "air"), is the facility's
    name: a FAC span over the name and its nouns; else None."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE") or is_demonym(ent.text):
        return None
    end = ent.end
    while end < len(doc) and doc[end].is_lower and doc[end].lower_ in cues.facility_modifiers:
        end += 1
    # "the Kanyaruchinya displacement site": a noun that names a facility only after a
    # modifier (``modified_facility_nouns``)
    modified = ent.end < end < len(doc) and doc[end].lower_ in load_place_nouns_list(
        "modified_facility_nouns"
    )
    if (
        end >= len(doc)
        or not doc[end].is_lower
        or not (doc[end].lower_ in cues.facility_nouns or modified)
    ):
        return None
    placed_inside = end + 1 < len(doc) and doc[end + 1].lower_ in ("in", "near", "outside")
    town_site = doc[end].lower_ in load_place_nouns_list("town_site_nouns")
    if (ent.label_ == "GPE" or (town_site and is_gazetteer_place(ent.text))) and not (
        placed_inside
    ):
        # "the Naivasha market in the south of the city": a town's name the text puts
        # inside another place names the site there, not the town
        return None
    if not _written_as_place(ent) or "\n" in doc[ent.start : end + 1].text:
        return None
    return Span(doc, ent.start, end + 1, label="FAC")


def _compound_adjective_lead(ent: Span, cues: PlaceCues) -> bool:
    """ "a Liberia-flagged tanker", "the UK-based monitor", "US-made rifles": a place name
    glued by a hyphen to one of ``hyphen_not_place_words`` says where a ship is registered,
    a body sits or a thing was made, not where anything happens: no entity."""
    doc = ent.doc
    end = ent.end
    lead = (
        ent.label_ in ("GPE", "LOC")
        and not ent.ent_id_
        and end + 1 < len(doc)
        and doc[end].text in ("-", "\u2010", "\u2011")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in cues.hyphen_not_place_words
    )
    return lead and not _armed_seat(doc, end + 1, cues)


def _armed_seat(doc: Doc, word: int, cues: PlaceCues) -> bool:
    """(s17) "the Pakistan-based Lashkar-e-Taiba", "a Sudan-based militia": the word at
    ``word`` says where a body sits (``hyphen_seat_words``) and a name or an armed group's
    noun follows it: the place is that group's seat."""
    if doc[word].lower_ not in cues.hyphen_seat_words or word + 1 >= len(doc):
        return False
    nxt = doc[word + 1]
    return (nxt.text[:1].isupper() and nxt.is_alpha) or nxt.lower_ in cues.hyphen_seat_group_nouns


def _counted(root: Token, cues: PlaceCues) -> bool:
    """ "killed 30 Khawarij", "dozens of Khawarij": a name counted as people are."""
    if any(c.dep_ == "nummod" and c.like_num for c in root.children):
        return True
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.like_num or head.head.lower_ in cues.count_nouns)
    )


def _called(root: Token, cues: PlaceCues) -> bool:
    """ "calls al-Shabaab fighters Khawarij", "refers to the militants as Khawarij": the name a
    naming verb gives to a group of people (a plural noun or an organisation)."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif root.dep_ not in ("dobj", "oprd"):
        return False
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in cues.naming_verbs:
        return False
    named = [
        c
        for c in verb.children
        if c.i < root.i and c.dep_ in ("dobj", "prep") and c.i != root.head.i
    ]
    named = [next(c.rights) if c.dep_ == "prep" and c.n_rights else c for c in named]
    # "calls al-Shabaab fighters Khawarij": the group's noun parsed as a compound of the name
    named += [c for c in root.children if c.dep_ == "compound" and c.tag_ == "NNS"]
    return any(n.tag_ in ("NNS", "NNPS") or n.ent_type_ == "ORG" for n in named)


def _people_names(ents: list[Span], cues: PlaceCues) -> list[Span]:
    """A name the text counts as people ("killed 30 Khawarij", "dozens of Khawarij") or that a
    naming verb gives to a group ("calls the fighters Khawarij") names people, a group's
    nickname, not a place: it becomes NORP wherever the document writes it, unless the
    gazetteer knows it as a place."""
    people = {
        e.text
        for e in ents
        if not e.ent_id_
        and e.label_ in ("GPE", "LOC", "NORP", "PERSON", "ORG")
        and (_counted(e.root, cues) or _called(e.root, cues))
        and not is_demonym(e.text)
        and not is_gazetteer_place(e.text)
        and not in_dated_heading(e)  # (s24) "12 Nov – Kilo (Tora): gunmen killed four"
    }
    if not people:
        return ents
    return [
        Span(e.doc, e.start, e.end, label="NORP")
        if e.text in people and not e.ent_id_ and e.label_ in ("GPE", "LOC", "PERSON", "ORG")
        else e
        for e in ents
    ]


def _wrapped_actor_name(text: str) -> bool:
    """A name that the actor gazetteer knows once its line break is read as a space."""
    from dossier.resolve.actor_gazetteer import load_actor_gazetteer

    return load_actor_gazetteer().lookup(" ".join(text.split())) is not None


@lru_cache(maxsize=1)
def _operation_words() -> frozenset[str]:
    """The words that open a military operation's name (``data/actor_rules.yaml``)."""
    return frozenset(str(w) for w in load_yaml("actor_rules.yaml").get("operation_words") or ())


def _operation_name(ent: Span) -> bool:
    """A name that opens with "Operation" and another capitalised word, or comes right after
    "Operation"."""
    if ent.start > 0 and ent.doc[ent.start - 1].text in _operation_words():
        return True
    return (
        len(ent) > 1
        and ent[0].text in _operation_words()
        and (ent[1].text[:1].isupper() or ent[1].text[:1].isdigit())
    )


def _compound_leads(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "the Timbuktu Triangle" with only "Triangle" tagged: an untagged capitalised word
    that compounds with a place name is part of it (a named area, not the town it names)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        start = e.start
        while (
            e.label_ in ("GPE", "LOC")
            and not e.ent_id_
            and start > 0
            and start - 1 not in taken
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].dep_ == "compound"
            and e.start <= doc[start - 1].head.i < e.end
            and doc[start - 1].is_alpha
            and doc[start - 1].text[:1].isupper()
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        out.append(e if start == e.start else Span(doc, start, e.end, label=e.label_))
    return out


_DASHES = frozenset({"-", "–", "—", "--"})
_HEADING_REACH = 24  # tokens from a sentence's start to the colon of its heading


def _heading_parts(sent: Span) -> list[tuple[int, int]]:
    """The token ranges of the places of a dated incident heading in ``sent`` (see
    :func:`_heading_places`), else none."""
    doc = sent.doc
    toks = list(sent[:_HEADING_REACH])
    colon = next((t.i for t in toks if t.text == ":"), None)
    if colon is None:
        return []
    dash = next((t.i for t in toks if t.text in _DASHES and t.i < colon), None)
    if dash is None or dash == sent.start:
        return []
    prev = doc[dash - 1]
    if not (prev.ent_type_ == "DATE" or prev.like_num):
        return []
    parts: list[tuple[int, int]] = []
    start = dash + 1
    for i in range(dash + 1, colon + 1):
        if i == colon or doc[i].text == ",":
            parts.append((start, i))
            start = i + 1
    if not parts or not all(
        end > begin
        and all(t.is_alpha and t.text[:1].isupper() for t in doc[begin:end])
        and not any(t.ent_id_ for t in doc[begin:end])
        for begin, end in parts
    ):
        return []
    return parts


def in_dated_heading(span: Span) -> bool:
    """The span is one of the places of a dated incident heading ("1. 12 April 2025 -
    Wajiroko, Damboa LGA:") or of a dated log line ("3 Nov, Kilo (Tora) – ...")."""
    return any(
        a <= span.start and span.end <= b
        for a, b in (*_heading_parts(span.sent), *_log_line_parts(span.sent))
    )


# the end of a log line's place slot: "12/11 – Kilo village: ...", "3 Nov, Kilo – ..."
@lru_cache(maxsize=1)
def _slot_end() -> re.Pattern[str]:
    """The place slot up to (not into) its separator: the sentence splitter's log field."""
    from dossier.nlp.blocks import LOG_FIELD, LOG_FIELD_SEPARATOR

    return re.compile(f"{LOG_FIELD}(?={LOG_FIELD_SEPARATOR})")


# what splits a place slot into places: "Kilo, Tora road (East Mara)", "Kilo / Tora"
_SLOT_SPLIT = frozenset({",", "/", "(", ")", ";", "and", "&"})
# a one-word slot part that is this common an English word names no place ("Police: ...")
_COMMON_PART_ZIPF = 3.0


def _log_slot(sent: Span) -> Span | None:
    """The words of a dated log line's place slot, between the date's separator and the next
    one ("12/11 – Kamba village: ..."); None where the sentence opens no dated log line. The
    dated-line head is the sentence splitter's (:func:`dossier.nlp.blocks.dated_line`)."""
    from dossier.nlp.blocks import dated_line
    from dossier.nlp.text import doc_text

    doc = sent.doc
    text = doc_text(doc)
    head = dated_line().match(text, sent.start_char)
    if head is None or head.end() >= sent.end_char:
        return None
    slot = _slot_end().match(text, head.end())
    if slot is None:
        return None
    span = doc.char_span(head.end(), slot.end(), alignment_mode="contract")
    return span if span is not None and len(span) else None


def names_a_person_in_log_line(span: Span) -> bool:
    """(s24b) The span lies in a dated log line's place slot and names a person there, not a
    place: a name the gazetteer lacks, with a title before it ("7 May, President Ruto – ...")
    or followed by an entry about one person ("13 Jul, Hagos Tesfay (Adigrat) – his shop was
    burned")."""
    slot = _log_slot(span.sent)
    if slot is None or not (slot.start <= span.start and span.end <= slot.end):
        return False
    return (_titled(span[0]) or _entry_names_a_person(span.doc, slot.end)) and not (
        _known_place(span.text)
    )


def _log_line_parts(sent: Span) -> list[tuple[int, int]]:
    """(s24) The token ranges of the places in a dated log line's place slot: the words
    between the date's separator and the next one ("12/11 – Kamba village: gunmen ...",
    "- 3 Nov (Mon), Ruvu district – ...", "- 22 Oct, Kilo (Tora) — ..."), split at commas,
    slashes and brackets. Each part is capitalised names, with the place nouns of
    ``data/place_nouns.yaml`` (``slot_nouns``) between them; a part with any other
    lower-case word ("Gunmen attacked Kilo: ...") means the slot is a clause, and the line
    has no place slot."""
    span = _log_slot(sent)
    if span is None:
        return []
    doc = sent.doc
    nouns = _slot_nouns()
    parts: list[tuple[int, int, bool]] = []
    start, bracketed = span.start, False
    for i in range(span.start, span.end + 1):
        if i < span.end and doc[i].text not in _SLOT_SPLIT:
            continue
        if i > start:
            parts.append((start, i, bracketed))
        start = i + 1
        if i < span.end:
            bracketed = doc[i].text == "(" or (bracketed and doc[i].text != ")")
    out: list[tuple[int, int]] = []
    about_a_person = _entry_names_a_person(doc, span.end)
    for begin, end, inside in parts:
        words = [t for t in doc[begin:end] if not (t.is_punct and t.text in "-–'’")]
        if not any(t.text[:1].isupper() for t in words) or any(
            not (t.text[:1].isupper() or t.lower_ in nouns) or t.ent_id_ or t.like_num
            for t in words
        ):
            return []  # a clause, a number or an actor's name: no place slot
        while begin < end and not doc[begin].text[:1].isupper():
            begin += 1  # "near Tora": the name, without the word that places it
        while end > begin and not doc[end - 1].text[:1].isupper():
            end -= 1  # "Kilo district": the name; the noun after it is read as it always is
        words = [t for t in doc[begin:end] if not (t.is_punct and t.text in "-–'’")]
        if (
            len(words) == 1
            and zipf_frequency(words[0].lower_, "en") >= _COMMON_PART_ZIPF
            and not _sizeable_place(words[0].text)
        ):
            continue  # "Police", "Army": a common word, unless a sizeable place ("Van")
        if any(t.ent_type_ in ("PERSON", "ORG") for t in doc[begin:end]) and not _known_place(
            doc[begin:end].text
        ):
            # "12 May, Halima Garba (Kano): ...", "2 Sep, Katiba Hanifa (Douentza): ...": a
            # person or a group the line is about, unless the gazetteer knows the name
            continue
        if (about_a_person or _titled(doc[begin])) and not _known_place(doc[begin:end].text):
            # "5 Apr, President Ruto – ...", "7 Jul, Tesfaye Bekele (Gondar) – the activist
            # was detained": a name the gazetteer lacks, with a title before it or a person
            # the entry goes on about, is that person
            continue
        if inside and not _known_place(doc[begin:end].text):
            # "Kilo (East Tora)": the container in brackets, a place here only if known;
            # unknown, it would read as the finest place of the line
            continue
        out.append((begin, end))
    return out


def _titled(token: Token) -> bool:
    """The word is a title or rank written before a name ("President", "Gen.", "Sheikh"):
    ``heads`` and ``abbreviations`` of ``data/titles.yaml``."""
    from dossier.nlp.titles import load_titles

    words = load_titles()
    key = token.lower_.removesuffix(".")
    return token.text[:1].isupper() and (key in words.heads or key in words.abbreviations)


def _entry_names_a_person(doc: Doc, after: int) -> bool:
    """(s24b) The entry after a log line's place slot (on the same line: the parser may cut
    the line at the separator) opens on one person: a third-person pronoun of a man or a
    woman ("he", "his", "she") or "the" and a noun for one person ("the activist", "the
    commander"; ``people`` in ``data/nominals.yaml``): the slot names that person, not where
    it happened."""
    from dossier.nlp.nominals import load_nominals

    words: list[Token] = []
    for token in doc[after : after + 8]:
        if "\n" in token.text:
            break
        if not (token.is_space or token.is_punct):
            words.append(token)
        if len(words) == 2 or "\n" in token.whitespace_:
            break
    if not words:
        return False
    first = words[0]
    if first.pos_ == "PRON" and first.morph.get("Person", []) == ["3"]:
        return first.morph.get("Gender", []) in (["Masc"], ["Fem"])
    return (
        first.lower_ == "the"
        and len(words) == 2
        and words[1].tag_ == "NN"
        and words[1].lemma_.lower() in load_nominals().people
    )


@lru_cache(maxsize=1)
def _slot_nouns() -> frozenset[str]:
    """Lower-case words a log line's place slot may hold besides names ("district", "road",
    "village", "near"): ``slot_nouns`` in ``data/place_nouns.yaml``."""
    return frozenset(str(w).lower() for w in load_yaml("place_nouns.yaml")["slot_nouns"])


def _heading_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "1. 12 April 2025 - Wajiroko, Damboa LGA: ...": the places of a dated incident
    heading, between the dash after the date and the colon, each part between commas a
    place, whatever the model made of them (it often takes the first into the date)."""
    found: list[Span] = []
    for sent in doc.sents:
        heading = _heading_parts(sent)
        found.extend(Span(doc, a, b, label="GPE") for a, b in heading)
        found.extend(
            Span(doc, a, b, label="GPE")
            for a, b in _log_line_parts(sent)
            if not any(a < end and start < b for start, end in heading)
        )
    if not found:
        return ents
    out: list[Span] = []
    for e in ents:
        hit = [f for f in found if e.start < f.end and f.start < e.end]
        if not hit:
            out.append(e)
        elif e.label_ == "DATE" and e.start < hit[0].start - 1:
            # "12 April 2025 - Wajiroko" taken as one date: the date alone
            end = hit[0].start - 1
            out.append(Span(doc, e.start, end, label="DATE"))
    return sorted([*out, *found], key=lambda e: e.start)


_NAME_CONNECTORS = frozenset(
    {"of", "for", "the", "and", "de", "du", "des", "la", "le", "del", "pour", "et", "y"}
)
_MIN_LONG_NAME_WORDS = 3


_OPEN_BRACKET = frozenset({"("})


def _bracketed_long_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "the Strategic Framework for the Defence of the People of Azawad (CSP-DPA)": a long
    capitalised name (three capitalised words at least, joined by "of", "for", "the", ...)
    right before an acronym in brackets is the name of what the acronym names, an
    organisation, whatever parts of it the model tagged as places or facilities."""
    acronym_at = {e.start: e for e in ents if e.label_ == "ORG"}
    found: list[Span] = []
    for k in word_indices(doc, ORTH, _OPEN_BRACKET):
        tok = doc[k]
        if tok.i == 0 or tok.i + 1 not in acronym_at:
            continue
        acr = acronym_at[tok.i + 1]
        if not (acr.end < len(doc) and doc[acr.end].text == ")"):
            continue
        if not any(t.is_upper and len(t) >= 2 for t in acr):
            continue
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if (prev.is_alpha and prev.text[:1].isupper()) or (
                prev.is_lower and prev.lower_ in _NAME_CONNECTORS
            ):
                if "\n" in prev.whitespace_:
                    break
                start -= 1
                continue
            break
        while start < tok.i and doc[start].lower_ in _NAME_CONNECTORS:
            start += 1
        words = [t for t in doc[start : tok.i] if t.text[:1].isupper()]
        if (
            len(words) < _MIN_LONG_NAME_WORDS
            or not any(t.lower_ in _NAME_CONNECTORS for t in doc[start : tok.i])
            or any(t.ent_id_ for t in doc[start : tok.i])
            or any(t.is_sent_start for t in doc[start + 1 : tok.i])
        ):
            continue
        found.append(Span(doc, start, tok.i, label="ORG"))
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted([*kept, *found], key=lambda e: e.start)


def _split_open_brackets(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name that runs into an unclosed bracket is two: "the Ministry of Defence (MINDEF"
    is "the Ministry of Defence" and its acronym "MINDEF"."""
    out: list[Span] = []
    for ent in ents:
        opens = [t.i for t in ent if t.text == "("]
        if ent.ent_id_ or len(opens) != 1 or any(t.text == ")" for t in ent):
            out.append(ent)
            continue
        i = opens[0]
        if i > ent.start:
            out.append(Span(doc, ent.start, i, label=ent.label_))
        if i + 1 < ent.end:
            out.append(Span(doc, i + 1, ent.end, label=ent.label_))
    return out


def _relabelled(
    span: Span, label: str, cues: PlaceCues, places: set[int], after_preposition: bool
) -> str:
    """GPE for a name the model mistook for a person, a group or a people, where the text
    treats it as a place (see the module docstring); else ``label``."""
    if (
        (after_preposition or _in_place_context(span, cues, places))
        and is_gazetteer_place(span.text)
    ) or (label != "NORP" and (_unknown_place(span, cues) or _led_by_place_word(span))):
        return "GPE"
    if (
        label == "NORP"
        and _after_place_noun(span, cues)
        and _written_as_place(span)
        and not is_demonym(span.text)
    ):
        return "GPE"
    if (
        label == "NORP"
        and span.text.lower() not in _faith_words()
        and not _counted(span.root, cues)
        and _unknown_place(span, cues)
    ):
        return "GPE"  # "looted shops in Sogomakuy" (tagged NORP)
    return label


@lru_cache(maxsize=1)
def _faith_words() -> frozenset[str]:
    """The faith words of ``data/actor_rules.yaml`` ("Sunni", "Christians"): no place."""
    return frozenset(
        str(w).lower() for w in load_yaml("actor_rules.yaml").get("faith_adjectives") or ()
    )


def _apposed_settlement(span: Span) -> bool:
    """ "Ncole, a village on the Mecufi peninsula": an apposition calls the name a settlement
    (the rule of ``resolve/place_spans.py``)."""
    from dossier.resolve.place_spans import _described_as_place

    return _described_as_place(span)


def _led_by_place_word(span: Span) -> bool:
    """ "Villa Somalia", "Ras al-Ain", "Bab al-Mandab": a name led by a place word
    (``toponym_prefixes``) is a place, not a person or a group (the rule of
    ``resolve/place_spans.py``, applied before the actor components read the entities)."""
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer
    from dossier.resolve.place_spans import _prefixed_toponym

    return _prefixed_toponym(span, open_geo_gazetteer())


def _lone_name(tok: Token) -> bool:
    """A capitalised word that is a whole name: no capitalised word joins it on either side
    ("Timbuktu" in "Gao, Timbuktu and Ménaka", not "Zone" in "Parent Free Zone")."""
    doc = tok.doc

    def capitalised(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()

    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.is_upper
        and not capitalised(tok.i - 1)
        and not capitalised(tok.i + 1)
    )


_CONJ = frozenset({"conj"})


def _untagged_conjuncts(doc: Doc, ents: list[Span], places: set[int]) -> list[Span]:
    """A proper noun the model left untagged in a list of places ("around Gao, Timbuktu and
    Ménaka") that the gazetteer knows as a place becomes a GPE."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    # places named as such, not facilities ("Ginger and Garlic Restaurant and Grill")
    heads = places & {e.root.i for e in ents if e.label_ in ("GPE", "LOC")}
    found: list[Span] = []
    for k in word_indices(doc, DEP, _CONJ):
        tok = doc[k]
        if (
            tok.i in taken
            or tok.pos_ != "PROPN"
            or not _lone_name(tok)
            or zipf_frequency(tok.lower_, "en") >= _MAX_PLACE_ZIPF  # "Grill", "Zone"
            or not _conjunct_of_place(tok, heads)
            or not _known_place(tok.text)
        ):
            continue
        found.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
        heads.add(tok.i)
    if not found:
        return ents
    return sorted([*ents, *found], key=lambda e: e.start)


# Untagged names are rarer than the model's wrong tags: a sizeable town as frequent as "Aleppo"
# or "Kabul" in English text still counts, an everyday word ("Reading", "Mobile") does not.
_MAX_UNTAGGED_PLACE_ZIPF = 4.0
_LOOSE_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
_NAME_POS = frozenset({"PROPN", "X", "NOUN"})


def _capitalised_name(tok: Token) -> bool:
    """A capitalised word of letters, perhaps with an inner apostrophe ("Sana'a"), not in
    capitals (headlines, acronyms)."""
    text = tok.text
    return (
        text[:1].isupper()
        and not tok.is_upper
        and len(text) > 2
        and text.replace("'", "").replace("\u2019", "").isalpha()
        and text[-1].isalpha()
    )


def _untagged_in_place_context(doc: Doc, ents: list[Span], cues: PlaceCues) -> list[Span]:
    """A proper name the model left untagged where the text puts a place ("Fighters captured
    Aleppo", "arrested eight people in Sana'a", "insurgents took Manbij") that the gazetteer
    knows as a country, a division or a town of 50,000 people or more becomes a GPE.

    Only untagged names: a person or an organisation would have been tagged by the model or
    the actor gazetteer; rare words only ("Reading", "Mobile" stay words)."""
    # the model's PRODUCT and WORK_OF_ART guesses for a lone town's name ("took Manbij") are
    # no better than no tag
    loose = {
        e.start: e for e in ents if e.label_ in _LOOSE_LABELS and not e.ent_id_ and len(e) == 1
    }
    taken = {i for e in ents if e.start not in loose for i in range(e.start, e.end)}
    found: list[Span] = []
    for k in word_indices(doc, POS, _NAME_POS):
        tok = doc[k]
        if tok.i in taken or not _capitalised_name(tok):
            continue
        if tok.i > 0 and doc[tok.i - 1].is_alpha and doc[tok.i - 1].text[:1].isupper():
            continue  # part of a longer capitalised name
        start, end = _name_word(doc, tok.i, tok.i + 1)
        if start != tok.i or any(k in taken for k in range(start, end)):
            continue
        if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            continue
        span = doc[start:end]
        if zipf_frequency(span.text.lower(), "en") >= _MAX_UNTAGGED_PLACE_ZIPF:
            continue
        if any(k in loose for k in range(start + 1, end)) or (
            start in loose and loose[start].end != end
        ):
            continue
        root = span.root
        head = root.head
        placed = (
            root.dep_ == "pobj"
            and head.lower_ in cues.locative_prepositions
            and doc[start - 1].i == head.i
        ) or (
            root.dep_ == "dobj"
            and head.lemma_.lower() in cues.place_verbs | cues.untagged_place_verbs
        )
        known = placed and _sizeable_place(span.text) and not is_demonym(span.text)
        if known or _unknown_untagged_place(span, cues) or _route_end(span):
            found.append(Span(doc, start, end, label="GPE"))
    if not found:
        return ents
    replaced = {e.start for e in found}
    kept = [e for e in ents if e.start not in replaced]
    return sorted([*kept, *found], key=lambda e: e.start)


def _route_end(span: Span) -> bool:
    """ "on the road between Mokolo and Koza", "the border between Kaya and Kongoussi": the
    untagged names "between" joins after a road or a boundary noun (``on_place_nouns``,
    ``data/geo/event_place_words.yaml``) are its two ends, places."""
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "between" or not first.conjuncts:
        return False
    if prep.head.lemma_.lower() not in event_place_words("on_place_nouns"):
        return False
    return all(
        t.pos_ == "PROPN" and _capitalised_name(t) and not is_demonym(t.text)
        for t in (first, *first.conjuncts)
    )


def _named_place_before_noun(span: Span, ents: list[Span], cues: PlaceCues) -> bool:
    """ "the Afungi site" (tagged PERSON) where "the Afungi peninsula" is a place elsewhere in
    the text: a name the text names as a place, here before a lower-case place noun, is the
    same place."""
    root = span.root
    head = root.head
    if root.dep_ != "compound" or not head.is_lower or head.i != span.end:
        return False
    if head.lemma_.lower() not in cues.place_head_nouns:
        return False
    return any(e.text == span.text and e.label_ in ("GPE", "LOC") for e in ents) or any(
        e.label_ in ("GPE", "LOC", "FAC") and e.text.startswith(span.text + " ") for e in ents
    )


def _unknown_untagged_place(span: Span, cues: PlaceCues) -> bool:
    """ "attacked the police station at Kilobaro", "a raid in Tambarka": a rare proper name
    the model left untagged and the gazetteer does not know, written as a place name is, as the
    object of "in", "near", ... (``unknown_place_prepositions``) or of "at"/"toward" on a verb
    or noun of movement or attack, is a place the gazetteer lacks (a person or an
    organisation would have been tagged)."""
    doc = span.doc
    root = span.root
    if (
        span.start == 0
        or root.pos_ != "PROPN"
        or root.dep_ != "pobj"
        or root.head.i != span.start - 1
        or span[0].is_sent_start
        or not _written_as_place(span)
        or is_demonym(span.text)
        or is_gazetteer_place(span.text)
    ):
        return False
    prep = doc[span.start - 1]
    if prep.lower_ in cues.unknown_place_prepositions:
        return True
    return prep.lower_ in cues.verb_place_prepositions and movement_head(prep, cues)


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """``language_names`` and ``province_name_words`` of ``data/actor_rules.yaml``."""
    data = load_yaml("actor_rules.yaml")
    return (
        frozenset(str(w).lower() for w in data.get("language_names") or ()),
        frozenset(str(w).lower() for w in data.get("province_name_words") or ()),
    )


_RELABELLED = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})


def languages_and_provinces(ents: Sequence[Span]) -> list[Span]:
    """``ents`` with a language's name ("told the paper in Urdu") labelled LANGUAGE, never a
    place or an actor, and a name opened by an Islamic State province's word ("Vilayat
    Kavkaz", "Wilayat Sinai") labelled an organisation (an armed group), not a place or a
    person."""
    languages, provinces = _name_words()
    out: list[Span] = []
    for e in ents:
        low = e.text.lower()
        if e.label_ in _RELABELLED and not e.ent_id_ and low in languages:
            e = Span(e.doc, e.start, e.end, label="LANGUAGE")
        elif e.label_ != "ORG" and len(e) > 1 and e[0].lower_ in provinces:
            e = Span(e.doc, e.start, e.end, label="ORG", kb_id=e.kb_id_, span_id=e.id_)
        out.append(e)
    return out


@Language.component("dossier_place_names")
def repair_place_names(doc: Doc) -> Doc:
    """Repair place names in ``doc.ents`` (see the module docstring); name languages and
    the Islamic State's provinces (:func:`languages_and_provinces`)."""
    doc.ents = languages_and_provinces(repaired_entities(doc))
    return doc
