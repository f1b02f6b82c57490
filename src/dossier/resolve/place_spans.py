"""Which spans of a spaCy ``Doc`` name places, and which of them stand for a government.

:func:`place_spans` keeps GPE, LOC and FAC entities, towns the model tagged ORG, NORP or
PERSON ("killed in Quetta"), and the place that starts an organisation's name ("Kabul
University"); :func:`_is_metonymic` spots a place standing for its government ("Moscow
said"); :func:`is_known_place` tells the pipeline that a name is a place, not an actor.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span
from wordfreq import zipf_frequency

from dossier.datafiles import load_yaml
from dossier.nlp.metonymy import noun_of_from
from dossier.nlp.place_names import (
    _after_place_noun,
    _counted,
    _wrapped_actor_name,
    in_dated_heading,
    load_place_cues,
    movement_head,
    names_a_person_in_log_line,
)
from dossier.nlp.text import doc_ents, doc_text
from dossier.nlp.titles import load_titles
from dossier.nlp.token_table import doc_tokens, word_indices
from dossier.resolve.geo_candidates import (
    _AFTER_COMMA,
    _candidates,
    _context_hints,
    _Mention,
    _strip_surface,
)
from dossier.resolve.geo_gazetteer import (
    GeoCandidate,
    GeoGazetteer,
    normalise_place_name,
    open_geo_gazetteer,
)
from dossier.resolve.geo_rules import (
    _division_words,
    _metonymy,
    _never_alone,
    _settlement_nouns,
    demonym_country,
    is_demonym,
)
from dossier.resolve.timex.dateline import wire_dateline
from dossier.sources import source_names

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMMON_WORD_ZIPF = 4.3
_NAME_ZIPF = 3.2  # words rarer than this after a place are more of a name, not an organisation  # wordfreq Zipf frequency above which a word is too common to be a town

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# prepositions that put a name tagged ORG/NORP in the place slot ("killed in Quetta");
# a name tagged PERSON needs a stricter one ("spoke to Jordan" is a person)
_LOCATIVE = frozenset(
    {"in", "at", "near", "from", "outside", "across", "to", "into", "around", "throughout"}
)
_PERSON_LOCATIVE = frozenset({"in", "near", "outside"})
# words that may join the capitalised words of one place name ("Mocímboa da Praia")
_NAME_LINKS = frozenset({"da", "de", "do", "dos", "das", "del", "al", "el", "es", "ad"})
# verbs whose object is a place when the gazetteer knows it ("retook Mucojo")
_PLACE_OBJECT_VERBS = frozenset(
    {
        "retake",
        "recapture",
        "capture",
        "seize",
        "storm",
        "raid",
        "overrun",
        "besiege",
        "shell",
        "enter",
        "encircle",
        "liberate",
        "occupy",
    }
)
# last words of a site named after the place that starts its name ("Kabul University")
_FACILITY_NOUNS = frozenset(
    {
        "university",
        "college",
        "airport",
        "airbase",
        "hospital",
        "stadium",
        "station",
        "prison",
        "port",
        "harbour",
        "harbor",
        "embassy",
        "consulate",
        "hotel",
        "mosque",
        "church",
        "cathedral",
        "bridge",
        "dam",
        "camp",
        "base",
        "market",
        "square",
    }
)
_ORG_WORDS = re.compile(
    r"\b(?:university|college|school|party|council|army|force|forces|bank|police|ministry|"
    r"department|company|corp|inc|ltd|group|front|movement|brigade|union|association|"
    r"committee|agency|times|post|news|press|club|fc|united|city council|court|hospital|"
    r"church|institute|foundation|center|centre|office|government|state department)\b",
    re.IGNORECASE,
)


def _is_metonymic(span: Span, gaz: GeoGazetteer) -> bool:
    """A country, division or big town standing for its government: "Moscow said"."""
    cues = _metonymy()
    abbreviation = span.text.replace(".", "").isupper()  # "US", "UK", "U.S.": GeoNames alternates
    if not any(
        (not c.alternate or (abbreviation and c.feature == "country"))
        and (
            c.feature in ("country", "admin1")
            or c.capital
            or (c.feature == "city" and c.population >= cues["min_population"])
        )
        for c in gaz.candidates(span.text, fuzzy=False)
    ):
        return False
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ == "be" or head.pos_ == "AUX":
            return any(
                child.dep_ in ("acomp", "attr") and child.lemma_.lower() in cues["be_predicates"]
                for child in head.children
            )
        return head.lemma_.lower() in cues["verbs"]
    if root.dep_ == "dobj":
        return head.lemma_.lower() in cues["object_verbs"]
    if root.dep_ == "poss" or (root.dep_ in ("compound", "nmod") and head.pos_ == "NOUN"):
        # "Moscow's decision", "US troops", "US and NATO troops"
        return bool({head.lemma_.lower(), head.lower_} & cues["possessed_nouns"])
    if root.dep_ == "pobj" and head.lower_ == "from":
        # "blows, especially those from the United States"
        noun = noun_of_from(head)
        return noun.pos_ == "NOUN" and noun.lower_ in cues["from_nouns"]
    return False


def _trim(span: Span) -> Span:
    """Drop a leading article and a trailing possessive: "the United States's" -> "United States"."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    titles = load_titles()
    title_words = titles.heads | titles.modifiers | titles.abbreviations
    for i in range(start + 1, end - 1):
        # "Lininding, Lieutenant Colonel ...": the title of the speaker after the place
        if span.doc[i].text == "," and span.doc[i + 1].lower_.rstrip(".") in title_words:
            end = i
            break
    while (
        end > start + 1
        and (
            span.doc[end - 1].text in ("'s", "’s", "'", "’", "-", "–")
            or span.doc[end - 1].is_space
            # "protesters in Freedom Square demand Smith's resignation": the verb after the name,
            # with its object next, is no part of it
            or (
                end == span.end
                and span.doc[end - 1].is_lower
                and span.doc[end - 1].pos_ in ("VERB", "AUX", "NOUN")
                and end < len(span.doc)
                and span.doc[end].pos_ in ("PROPN", "DET")
                and span.doc[end].text[:1].isupper()
            )
        )
    ):
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    # keep the label: metonymy is only checked on GPE/ORG spans
    return Span(span.doc, start, end, label=span.label_)


def _settlement_cue(span: Span) -> bool:
    """A capitalised name after "town of", "city of", ... ("the coastal town of Palma")."""
    if span.start < 2 or not span[0].is_title:
        return False
    of, noun = span.doc[span.start - 1], span.doc[span.start - 2]
    return of.lower_ == "of" and noun.lemma_.lower() in _settlement_nouns()


def _apposition_cue(span: Span) -> bool:
    """A name set beside a settlement noun: "the capital, Niamey," (the name must be known)."""
    if span.start < 2 or not span[0].is_title:
        return False
    comma, noun = span.doc[span.start - 1], span.doc[span.start - 2]
    return comma.text == "," and noun.lower_ in _settlement_nouns()


def _described_as_place(span: Span) -> bool:
    """A name that an apposition after it calls a settlement: "Debre Markos, the capital of
    East Gojjam zone", "Lininding, a village in Piagapo" (a place even if unknown)."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if doc[i].lower_ in ("the", "a", "an"):
        i += 1
    for _ in range(2):  # "a small mountain town of", "the regional capital of"
        if (
            i < len(doc)
            and doc[i].pos_ in ("ADJ", "NOUN")
            and doc[i].lower_ not in _settlement_nouns()
        ):
            i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in _settlement_nouns():
        return False
    if doc[i + 1].lower_ in ("of", "in", "near", "on", "outside"):
        return True
    # "Umm Sumeima, a village about 35 km west of El Obeid": a distance from a place
    return _DISTANCE_AFTER.match(doc_text(doc), doc[i].idx + len(doc[i].text)) is not None


@lru_cache(maxsize=1)
def _organisation_apposition_nouns() -> frozenset[str]:
    return frozenset(
        str(w).lower() for w in load_yaml("place_nouns.yaml")["organisation_apposition_nouns"]
    )


def _described_as_organisation(span: Span) -> bool:
    """A name that an apposition after it calls an organisation: "Haalvsh, a Baloch rights
    group", "Kavkaz Monitor, an independent news outlet" (never a place)."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if doc[i].lower_ not in ("the", "a", "an"):
        return False
    i += 1
    for _ in range(4):  # the modifiers lean on a head noun after them
        if i >= len(doc) or doc[i].head.i <= doc[i].i or doc[i].text == ",":
            break
        i += 1
    if i >= len(doc) or doc[i].lemma_.lower() not in _organisation_apposition_nouns():
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return False  # (s16) "Tsafe, a group of hamlets near Gusau": a place described
    after = max(t.i for t in doc[i].subtree) + 1
    if after < len(doc) and doc[after].pos_ in ("VERB", "AUX"):
        return False  # "near Quneitra, the Syrian Observatory ... said": the speaker's clause
    if doc[i].dep_ == "appos" and span.start <= doc[i].head.i < span.end:
        return True
    # "according to Zarand, a Baloch news outlet, and ..." (parsed otherwise): the phrase
    # ends where an apposition ends; "In Hodeidah, the group said" is a subject, no apposition
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    fronted = span.root.dep_ == "pobj" and span.root.head.i == span.root.sent.start
    return not fronted and (nxt is None or nxt.lower_ in _APPOSITION_ENDS)


_APPOSITION_ENDS = frozenset({",", ".", ";", ")", "that", "which", "who", "whose"})


_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})


def organisation_names(doc: Doc, ents: list[Span]) -> set[str]:
    """The names that an apposition somewhere in ``doc`` calls an organisation
    (at any of their mentions, tagged or not)."""
    text = doc_text(doc)
    out: set[str] = set()
    for name in {e.text.strip() for e in ents if e.label_ in _NAME_LABELS}:
        if not name or f"{name}," not in text:
            continue
        for found in re.finditer(re.escape(name) + r"(?=\s*,)", text):
            span = doc.char_span(found.start(), found.end())
            if span is not None and _described_as_organisation(span):
                out.add(normalise_place_name(name))
                break
    return out


def _line_head_places(
    doc: Doc, gaz: GeoGazetteer, spans: list[Span], countries: AbstractSet[str]
) -> list[Span]:
    """(s16) "- Ginchi, 30 Oct: Gunmen abducted three traders": the name that heads a dated
    incident line is where the incident happened, when the gazetteer knows it (by any of its
    names: Ambo is GeoNames' Hagere Hiywet) in a country the report names (the model rarely
    tags a bare name before a date and a colon)."""
    from dossier.resolve.actors import dated_line_heads

    text = doc_text(doc)
    taken = [(s.start_char, s.end_char) for s in spans]
    out: list[Span] = []
    for name in sorted(dated_line_heads(text)):
        if not any(c.country_code in countries for c in _candidates(gaz, name)[2]):
            continue
        head = re.compile(rf"(?m)^[ \t]*(?:\d{{1,2}}\s*[.)]|[•*\-–])?[ \t]*({re.escape(name)})\b")
        for found in head.finditer(text):
            start, end = found.span(1)
            if any(s < end and start < e for s, e in taken):
                continue
            span = doc.char_span(start, end, label="GPE")
            if span is not None:
                out.append(span)
                taken.append((start, end))
    return out


def _people_compound(text: str) -> bool:
    """(s16) "the largely Malay-Muslim provinces", "Sunni-Arab districts": a compound of
    peoples or faiths describes people, not a place."""
    parts = [p for p in re.split(r"[-‐–]", text.strip()) if p]
    return len(parts) > 1 and all(is_demonym(p) for p in parts)


def country_or_division(gaz: GeoGazetteer, text: str) -> bool:
    """A country or a first-level division keeps its place whatever an apposition says."""
    return any(
        c.feature in ("country", "admin1") and not c.alternate for c in _candidates(gaz, text)[2]
    )


_DISTANCE_AFTER = re.compile(
    r"\s+(?:(?:some|about|around|roughly|approximately|nearly|almost|just|only|over|"
    r"less\s+than|more\s+than)\s+)?\d[\d,.]*\s*-?\s*(?:km|kms|kilometres|kilometers|miles|mi)\b",
    re.IGNORECASE,
)


def _in_division_list(span: Span) -> bool:
    """One of the names that a division word ends: "Taiz provinces", "Macomia, Muidumbe and
    Ancuabe districts", "Mali's Ménaka region"."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end <= 12:
        tok = doc[i]
        if tok.is_lower and (tok.lower_ in _division_words() or tok.lemma_ in _division_words()):
            return i > span.end or not tok.is_sent_start
        if tok.text == "," or tok.lower_ in ("and", "or") or tok.lower_ in _NAME_LINKS:
            i += 1
            continue
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start:
            i += 1
            continue
        if tok.text == "-" and i + 1 < len(doc) and not tok.whitespace_:
            i += 1  # "Tahoua-Kouara"
            continue
        return False
    return False


def _heading_cue(span: Span) -> bool:
    """The place of an incident heading or dateline: "16 March 2024, Mir Ali (North
    Waziristan):", "20 March 2024, Dera Ismail Khan:"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    comma, date = doc[span.start - 1], doc[span.start - 2]
    if (
        comma.text == ","
        and date.ent_type_ == "DATE"
        and doc[span.end].text in (":", "(")
        # (s24b) "13 Jul, Hagos Tesfay (Adigrat) – his shop was burned": a person
        and not names_a_person_in_log_line(span)
    ):
        return True
    return in_dated_heading(span)  # "1. 12 April 2025 - Wajiroko, Damboa LGA:"


_IN_DIVISION_AFTER = re.compile(
    r",?\s+in\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:territory|"
    r"district|province|region|county|state|department|municipality|commune|prefecture|LGA)\b"
)


def _division_after(doc: Doc, span: Span, gaz: GeoGazetteer) -> bool:
    """Whether ``span`` is followed by ", in Masisi territory", a division the gazetteer has."""
    match = _IN_DIVISION_AFTER.match(doc_text(doc), span.end_char)
    return match is not None and bool(gaz.candidates(match.group("name"), fuzzy=False))


def _has_container(doc: Doc, span: Span, gaz: GeoGazetteer) -> bool:
    """An unknown name the text places: "Barsalogho, in Burkina Faso's Centre-Nord region"
    (the geocoder's own reading of the words around a mention)."""
    m = _Mention(span.start_char, span.end_char, span.text, 0, "", False, [])
    _context_hints(gaz, doc_text(doc), m)
    return bool(m.containers)


def _strong(found: list[GeoCandidate], min_population: int) -> list[GeoCandidate]:
    return [
        c
        for c in found
        if not c.alternate
        and (c.feature in ("country", "admin1") or c.population >= min_population or c.id < 0)
    ]


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """The publishers and agencies of ``data/sources.yaml``, as place names are normalised."""
    return frozenset(normalise_place_name(name) for name in source_names())


def _without_surnames(doc: Doc, spans: list[Span], gaz: GeoGazetteer) -> list[Span]:
    """Drop a one-word name that is the surname of a person the document names in full
    ("According to Sadat" after "General Sami Sadat"), unless it is a country or a
    first-level division."""
    surnames = {
        normalise_place_name(e[-1].text)
        for e in doc_ents(doc)
        if e.label_ == "PERSON"
        and len(e) >= 2
        and e[-1].is_title
        # "Souq al-Jumaa / Mitiga" in a table cell: two places, no person's name
        and not any(t.text in ("/", "|", ";") for t in e)
    }
    if not surnames:
        return spans
    out = []
    for sp in spans:
        if (
            len(sp) == 1
            and normalise_place_name(sp.text) in surnames
            and not any(
                c.feature in ("country", "admin1") for c in gaz.candidates(sp.text, fuzzy=False)
            )
            and not any(
                e.start <= sp.start and sp.end <= e.end and len(e) >= 2
                for e in doc_ents(doc)
                if e.label_ == "PERSON"
            )
        ):
            continue
        out.append(sp)
    return out


def _starts_outlet_name(doc: Doc, span: Span) -> bool:
    """A place name that starts a publisher's name the text writes out ("Kabul" of "Kabul
    Now", "L'Orient" of "L'Orient-Le Jour")."""
    outlets = _outlet_names()
    return any(
        normalise_place_name(doc[span.start : end].text) in outlets
        for end in range(span.end + 1, min(len(doc), span.start + 6) + 1)
    )


@lru_cache(maxsize=1)
def _brand_phrases_after() -> frozenset[str]:
    data = load_yaml("place_nouns.yaml").get("brand_phrases_after") or ()
    return frozenset(str(w) for w in data)


@lru_cache(maxsize=1)
def _brand_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("place_nouns.yaml")["brand_nouns"])


def _embedded_place(
    span: Span,
    gaz: GeoGazetteer,
    countries: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> Span | None:
    """The place that starts an organisation's name: "Kabul" in "Kabul University".

    A media outlet's or institute's brand ("Shahada News Agency", "Meridian Institute for
    Security Studies") holds a place only if the report names that place as a place elsewhere
    (``named``); in a report that names no country at all (local news) it always may.
    """
    brand = bool(countries) and any(t.lower_ in _brand_nouns() for t in span)
    if normalise_place_name(span.text) in _outlet_names():
        return None  # "L'Orient-Le Jour", "Kabul Times": a publisher's name holds no place
    for n in range(len(span) - 1, 0, -1):
        head = span[:n]
        text = head.text
        if not head[-1].whitespace_ and span[n].text in ("-", "–"):
            continue  # "L'Orient-Le Jour": one hyphenated name
        if len(text) < 4 or not all(t.is_title or t.is_upper for t in head if t.is_alpha):
            continue
        if is_demonym(text) or head[-1].is_punct or normalise_place_name(text) in _never_alone():
            continue
        rest = [t for t in span[n:] if t.is_alpha]
        if rest and all(zipf_frequency(t.lower_, "en") < _NAME_ZIPF for t in rest):
            continue  # "Aung San Suu Kyi": a person's name goes on in rare names, no body's
        strong = _strong(gaz.candidates(text, fuzzy=False), 5000)
        if any(c.feature == "country" for c in strong) and not _facility_after(span, n):
            # "the United Kingdom Maritime Trade Operations", "U.S. Navy": a national body
            # named after its country, not a place it stands in
            return None
        if any(c.feature == "admin1" for c in strong) and _force_after(span, n):
            return None  # "the Assam Rifles": a state's force, not a place it stands in
        if brand and normalise_place_name(text) not in named:
            strong = []
        if strong and (n > 1 or _not_a_common_word(text, strong)):
            return head
    return None


def _force_after(span: Span, n: int) -> bool:
    """A capitalised force word after the first ``n`` words ("Assam Rifles", "Sindh
    Rangers"), from ``force_nouns_after`` in ``data/place_nouns.yaml``."""
    words = frozenset(
        str(w).lower() for w in load_yaml("place_nouns.yaml").get("force_nouns_after") or ()
    )
    return any(t.is_title and t.lower_ in words for t in span[n:])


def _facility_after(span: Span, n: int) -> bool:
    """A building or site named after the place that leads its name ("Kabul University",
    "Kandahar Airport"), as opposed to an institution named after a country."""
    return any(t.lower_ in _FACILITY_NOUNS for t in span[n:])


def _not_a_common_word(text: str, strong: list[GeoCandidate]) -> bool:
    """A one-word place name that is not also a common word ("Green", "University")."""
    if any(c.feature in ("country", "admin1") or c.population >= 1_000_000 for c in strong):
        return True
    return zipf_frequency(text.lower(), "en") < COMMON_WORD_ZIPF


@lru_cache(maxsize=1)
def _border_nouns() -> frozenset[str]:
    """The nouns of ``border_nouns`` in ``data/place_nouns.yaml``, lower-cased."""
    return frozenset(
        str(w).lower() for w in load_yaml("place_nouns.yaml").get("border_nouns") or ()
    )


@lru_cache(maxsize=1)
def _incident_nouns() -> frozenset[str]:
    """The nouns of ``incident_nouns`` in ``data/place_nouns.yaml``, lower-cased."""
    return frozenset(
        str(w).lower() for w in load_yaml("place_nouns.yaml").get("incident_nouns") or ()
    )


def _after_place_comma(doc: Doc, run: Span, spans: list[Span]) -> Span | None:
    """The place span that ``run`` follows after a comma ("Bolan Pass, Kachhi")."""
    if run.start < 2 or doc[run.start - 1].text != ",":
        return None
    return next((sp for sp in spans if sp.end == run.start - 1), None)


def _named_by_context(
    doc: Doc, run: Span, spans: list[Span], gaz: GeoGazetteer, countries: frozenset[str]
) -> bool:
    """A name the gazetteer knows that its context makes a place, however the model tagged
    it: the town an incident is named after ("the 2014 Chibok abduction": a town of a
    country the report names), or the division (or a town of the same country) after a
    place and a comma ("Bolan Pass, Kachhi", "Akora Khattak, Nowshera")."""
    after = doc[run.end] if run.end < len(doc) else None
    if (
        after is not None
        and run.root.dep_ == "compound"
        and run.root.head.i == run.end
        and after.lemma_.lower() in _incident_nouns()
        and not run[0].is_sent_start
    ):
        return any(
            c.country_code in countries and not c.alternate and c.feature != "country"
            for c in gaz.candidates(run.text, fuzzy=False)
        )
    previous = _after_place_comma(doc, run, spans)
    if previous is None or (after is not None and after.text[:1].isupper()):
        return False
    near = {c.country_code for c in gaz.candidates(previous.text, fuzzy=False)} | countries
    return any(
        c.country_code in near
        and (c.feature in ("admin1", "admin2") or not c.alternate)
        and c.feature != "country"
        for c in gaz.candidates(run.text, fuzzy=False)
    )


def border_modifier(span: Span, gaz: GeoGazetteer) -> bool:
    """A country that only modifies a border noun ("near the Cameroon border", "along the
    Niger frontier"): the text is about the border area, which is no more in the country than
    beside it, so the country is no place of the sentence (nor of a town it stands after);
    it stays evidence of the region the text is about.
    "the Ménaka border zone" (the border noun itself a modifier) is left alone."""
    root = span.root
    head = root.head
    if head.i < span.end or head.lemma_.lower() not in _border_nouns():
        return False
    if root.dep_ not in ("compound", "amod", "nmod") or head.dep_ == "compound":
        return False
    return any(c.feature == "country" for c in gaz.candidates(span.text.strip(), fuzzy=False))


def _between_places(span: Span) -> bool:
    """ "between Mweso and Kitchanga": the parties of a "between" phrase, all tagged as
    places, are places (two ends of a road or a front), known to the gazetteer or not."""
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "between":
        return False
    group = [first, *first.conjuncts]
    return len(group) >= 2 and all(t.ent_type_ in ("GPE", "LOC") for t in group)


def place_spans(doc: Doc, gazetteer: GeoGazetteer | None = None) -> list[Span]:
    """The spans of ``doc`` that name places (before metonymy is checked).

    GPE, LOC and FAC entities; ORG, NORP and PERSON entities that are really towns
    ("Quetta" tagged ORG, "Aleppo" tagged NORP); the place at the start of an organisation's
    name ("Kabul" in "Kabul University"). Demonyms ("Afghan") are left out.
    """
    gaz = gazetteer or open_geo_gazetteer()
    spans: list[Span] = []
    countries = _document_countries(doc, gaz)
    # the countries of the provinces and districts it names too ("Borno State")
    named = countries | _division_countries(doc, gaz)
    # a name tagged as a place once is a place wherever the model tagged it otherwise
    trimmed = [_trim(e) for e in doc_ents(doc)]
    place_names = {normalise_place_name(t.text) for t in trimmed if t.label_ in ("GPE", "LOC")}
    # "Imphal West district" once makes "Imphal West" a place throughout, known or not
    divided = {
        normalise_place_name(name)
        for t in trimmed
        if t.label_ in ("GPE", "LOC")
        for name, division in [_strip_surface(t.text)]
        if division
    }
    place_names |= divided
    # "the town of Mocímboa da Praia" once makes "Mocímboa da Praia" a place throughout
    settled = {normalise_place_name(t.text) for t in trimmed if _settlement_cue(t)}
    place_names |= settled
    # (s16) "Haalvsh, a Baloch rights group that ...": a name an apposition calls an
    # organisation is no place anywhere in the report, whatever the model tagged it
    organisations = organisation_names(doc, trimmed)
    for ent, span in zip(doc_ents(doc), trimmed, strict=True):
        text = span.text.strip()
        if not text or is_demonym(text) or normalise_place_name(text) in _never_alone():
            continue
        if ent.label_ == "ORG" and "\n" in text and _wrapped_actor_name(text):
            continue  # "The Gulf\nClan": a known group's name across a wrapped line
        # the same suffix stripping as the geocoder ("Jowzjan Province" → Jowzjan)
        found = _candidates(gaz, text)[2]
        settlement = _settlement_cue(span)
        if ent.label_ in PLACE_LABELS:
            # "in Hodeidah province": a division word after the name says it is a place
            division = (
                span.end < len(doc)
                and (
                    doc[span.end].lower_ in _division_words()
                    # "Ngoketunjia division": a lower-case place noun after the name
                    or (
                        doc[span.end].is_lower
                        and doc[span.end].lower_ in load_place_cues().name_place_nouns
                    )
                    # "seized Kalima airport": a name before a facility noun is where it is
                    or (
                        doc[span.end].is_lower
                        and doc[span.end].lower_ in load_place_cues().facility_nouns
                    )
                )
            ) or _in_division_list(span)
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            if before == "the" and span.start > 1 and len(span) > 1:
                # "in the Timbuktu Triangle": a named area after a locative and "the"
                before = doc[span.start - 2].lower_
            if (
                found
                or ent.label_ != "GPE"
                or settlement
                or division
                or _heading_cue(span)
                or _after_place_noun(span, load_place_cues())
                or _has_container(doc, span, gaz)
                or _prefixed_toponym(span, gaz)
                # "raided Kipoyo, a village about 10 km from ...": an apposition says so
                or _described_as_place(span)
                # "an ambush near Markoye": a town the gazetteer lacks is still a place
                # "pulled back from positions around Kamanyola" too
                or before in _PERSON_LOCATIVE
                or before == "around"
                # "on the road between Mweso and Kitchanga": both ends named as places
                or _between_places(span)
                # "ambushed a column at Tinzaouatene", "an offensive toward Boulkessi"
                or (
                    before in load_place_cues().verb_place_prepositions
                    and movement_head(doc[span.start - 1], load_place_cues())
                )
            ):
                spans.append(span)
                continue
        elif settlement and not _ORG_WORDS.search(text):
            # "the town of Mocímboa da Praia" tagged PERSON
            spans.append(span)
            continue
        elif (
            ent.label_ in ("ORG", "NORP", "PERSON", "PRODUCT")
            and not _ORG_WORDS.search(text)
            # (s24) "outside Iskushuban" tagged PRODUCT: only right after a locative
            and (
                ent.label_ != "PRODUCT"
                or (span.start > 0 and doc[span.start - 1].lower_ in _LOCATIVE)
            )
        ):
            # a town tagged ORG ("killed in Quetta"), but not "Toyota" or "Lincoln said"
            strong = _strong(found, 50000)
            after_comma = _AFTER_COMMA.match(doc_text(doc)[span.end_char :])
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            locative = before in (_LOCATIVE if ent.label_ != "PERSON" else _PERSON_LOCATIVE)
            key = normalise_place_name(text)
            # a name tagged PERSON counts once it stands where a place stands ("its hold on
            # Ménaka", "the Ménaka border zone")
            seen_as_place = (found or key in divided) and (
                (
                    key in place_names
                    and (ent.label_ != "PERSON" or span.root.dep_ in ("pobj", "compound", "conj"))
                )
                or key in settled
            )
            # "in Hodeidah and Taiz provinces", "Chiúre district", "the capital, Niamey,",
            # "20 March 2024, Dera Ismail Khan:"
            cued = (
                (found and (_apposition_cue(span) or _heading_cue(span)))
                or _described_as_place(span)
                or (_in_division_list(span) and (bool(found) or ent.label_ != "PERSON"))
            )
            # "Tal Abyad", "Ras al-Ain": a name led by a place word is a place, known or not
            cued = cued or _prefixed_toponym(span, gaz)
            # "16 March 2024, Mir Ali (North Waziristan):": a heading's place the text places
            cued = cued or (not found and _heading_cue(span) and _has_container(doc, span, gaz))
            # "the 2014 Chibok abduction", "at Bolan Pass, Kachhi" (tagged PERSON)
            cued = cued or (bool(found) and _named_by_context(doc, span, spans, gaz, named))
            # "seized Nyabiondo, in Masisi territory": an unknown name the next words put in a
            # named division is a village of that division (a one-word name if tagged PERSON)
            cued = cued or (
                not found
                and (ent.label_ != "PERSON" or len(span) == 1)
                and _division_after(doc, span, gaz)
            )
            # after "in" a town of a country the report names is a place, however small
            # ("attacked police stations in Mocímboa da Praia", tagged PERSON)
            local = locative and any(c.country_code in named and not c.alternate for c in found)
            # (s24) "the raid on Tilwa, in Sokoto State's Isa LGA": a town the text places,
            # after a locative or an incident's "on"/"of" (towns of its name lie elsewhere)
            cued = cued or (
                bool(found)
                and (locative or _incident_slot(span))
                and not any(c.country_code in named for c in found)
                and _has_container(doc, span, gaz)
            )
            # (s24) "outside Iskushuban" in a report that names no country: a town, small
            # but of a name no English word has
            local = local or (
                locative
                and not named
                and len(span) <= 2
                and _small_town([c for c in found if not c.alternate], text)
            )
            # "around Barsalogho, in Burkina Faso's Centre-Nord region" (tagged ORG)
            local = local or (locative and not found and _has_container(doc, span, gaz))
            # a sizeable town or a division tagged ORG/NORP is a place wherever it stands
            # ("the police lines of Peshawar", "the Karachi police headquarters", "Kunar and
            # Nuristan provinces"), as actor resolution also decides (is_known_place)
            # a country is never a person or an organisation ("rural Burkina Faso")
            # (but a lone "Jordan" tagged PERSON may well be a person)
            # "across Burkina Faso, Mali and Niger": a conjunct of places is one
            listed = span.root.dep_ == "conj" and any(
                s.start <= span.root.head.i < s.end for s in spans
            )
            # "raids on Gargaresh and Janzour": a name joined to a town of the report's
            # country, the two the object of a preposition, is a place as that town is
            local = local or _conjoined_with_local(doc, span, gaz, countries)
            country = any(c.feature == "country" and not c.alternate for c in found) and (
                ent.label_ != "PERSON" or len(span) > 1 or locative or listed
            )
            if (
                seen_as_place
                or cued
                or local
                or country
                or (strong and (after_comma or locative))
                or (strong and ent.label_ != "PERSON")
            ):
                spans.append(span)
                continue
        if ent.label_ in ("ORG", "FAC", "GPE") and len(span) > 1 and not ent.ent_id_:
            # not inside a gazetteer actor's name: "Wagner Group" holds no town Wagner
            head = _embedded_place(span, gaz, countries, frozenset(place_names))
            if head is not None:
                spans.append(head)
    spans.extend(_untagged_places(doc, gaz, countries, place_names, spans, named))
    # "killed 25 Takfiris in Diyala province": an unknown name counted as people are is a
    # nickname of fighters, whatever place noun follows
    spans = [
        sp
        for sp in spans
        if not (_counted(sp.root, load_place_cues()) and not _candidates(gaz, sp.text)[2])
        or in_dated_heading(sp)  # (s24) "12 Nov – Kilo (Tora): gunmen killed four"
    ]
    spans = _noun_named_places(doc, spans)
    spans = _join_particles(doc, spans)
    actor_ents = _actor_entities(doc)
    spans = [sp for sp in spans if not _actor_or_brand(doc, sp, gaz, actor_ents)]
    spans = [sp for sp in spans if not _starts_outlet_name(doc, sp)]
    spans = _without_surnames(doc, spans, gaz)
    spans = [sp for sp in spans if not _actor_acronym(doc, sp, gaz, countries)]
    spans = [
        sp for sp in spans if not _capitalised_phrase(sp, gaz) and not _attributive_name(sp, gaz)
    ]
    fields = report_fields(doc_text(doc))
    spans = [sp for sp in spans if not fields.is_label(sp.start_char, sp.end_char)]
    spans = [
        sp
        for sp in spans
        if (normalise_place_name(sp.text) not in organisations or country_or_division(gaz, sp.text))
        and not _people_compound(sp.text)
    ]
    spans.extend(_field_places(doc, fields, spans))
    spans.extend(_line_head_places(doc, gaz, spans, named))
    dateline = _dateline_place(doc, gaz, spans)
    if dateline is not None:
        spans.append(dateline)
    return sorted(spans, key=lambda sp: sp.start)


@lru_cache(maxsize=1)
def _toponym_prefixes() -> frozenset[str]:
    return frozenset(str(w) for w in load_yaml("place_nouns.yaml").get("toponym_prefixes") or ())


@lru_cache(maxsize=1)
def _toponym_group_nouns() -> frozenset[str]:
    data = load_yaml("place_nouns.yaml").get("toponym_group_nouns_after") or ()
    return frozenset(str(w).lower() for w in data)


@lru_cache(maxsize=1)
def _toponym_personal_names() -> frozenset[str]:
    data = load_yaml("place_nouns.yaml").get("toponym_prefix_personal_names") or ()
    return frozenset(str(w) for w in data)


def _prefixed_toponym(span: Span, gaz: GeoGazetteer | None = None) -> bool:
    """An unknown name of two words or more led by an Arabic, Persian or Turkic place word
    ("Ras al-Ain", "Bab al-Mandab"): a place, not a person or a group. A place word that is
    also a personal name ("Tal", "Khan") counts only where the gazetteer knows the whole
    name as a place ("Tal Abyad", not "Tal Becker")."""
    words = span.text.split()
    if span.ent_id_ or len(words) < 2:
        return False
    first = words[0].split("-")[0]
    if first not in _toponym_prefixes() or not words[1][:1].isalpha():
        return False
    if first in _toponym_personal_names() and (
        gaz is None or not gaz.candidates(span.text, fuzzy=False)
    ):
        return False
    # a group's name before its members ("Ras Kamboni fighters")
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lemma_.lower() in _toponym_group_nouns():
        return False
    # a person all the same where one speaks or bears a title ("spokesman Tal Heinrich said")
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SPEECH_LEMMAS:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is None or before.lower_ not in load_titles().heads


_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "state", "write", "announce", "note", "warn"})


@lru_cache(maxsize=1)
def _naming_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("place_nouns.yaml")["named_by_nouns"])


def _noun_named_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """Whole names that a lower-case place noun after them makes places, whatever the model
    tagged their words: "Datu Saudi Ampatuan town" (model: NORP "Saudi Ampatuan"), "the
    Qandil mountains" (PRODUCT), "Imrali island" (NORP). The spans inside such a name are
    replaced by it; an actor the gazetteer matched, a word of an organisation's name or a
    demonym stops the name ("Hezbollah area", "Kurdish villages")."""
    nouns = _naming_nouns()
    actor_tokens = {i for e in doc_ents(doc) if e.ent_id_ for i in range(e.start, e.end)}
    out = list(spans)
    for k in word_indices(doc, LOWER, nouns):
        tok = doc[k]
        if not tok.is_lower or tok.i == 0:
            continue
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
            continue  # "the Kabul city council"
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            name_word = (
                prev.is_alpha and prev.text[:1].isupper() and not prev.is_upper and not prev.is_stop
            )
            link = (
                prev.lower_ in _NAME_LINKS
                and start - 2 >= 0
                and doc[start - 2].text[:1].isupper()
                and start < tok.i
            )
            if not (name_word or link) or prev.i in actor_tokens:
                break
            start -= 1
        if start == tok.i:
            continue
        run = doc[start : tok.i]
        text = run.text
        if (
            _ORG_WORDS.search(text)
            or is_demonym(text)
            or all(is_demonym(t.text) for t in run)
            or any(t.ent_type_ in ("DATE", "TIME") for t in run)
            or (len(run) == 1 and zipf_frequency(text.lower(), "en") >= COMMON_WORD_ZIPF)
            or (
                run[0].is_sent_start and len(run) == 1 and zipf_frequency(text.lower(), "en") >= 3.0
            )
        ):
            continue
        if any(
            sp.start < run.end
            and run.start < sp.end
            and not (run.start <= sp.start and sp.end <= run.end)
            for sp in out
        ):
            continue  # a longer name already found across it
        if any((sp.start, sp.end) == (run.start, run.end) for sp in out):
            continue
        out = [sp for sp in out if not (run.start <= sp.start and sp.end <= run.end)]
        out.append(Span(doc, run.start, run.end, label="LOC"))
    return out


def _join_particles(doc: Doc, spans: list[Span]) -> list[Span]:
    """One place name across a lowercase particle: "Lanao" + "del" + "Sur" is "Lanao del Sur",
    "Mocímboa" + "da" + "Praia" one town; the spans the name swallows are dropped."""
    out: list[Span] = []
    covered: set[int] = set()
    for sp in sorted(spans, key=lambda s: (s.start, -len(s))):
        if sp.start in covered or any((o.start, o.end) == (sp.start, sp.end) for o in out):
            continue
        end = sp.end
        while (
            end + 1 < len(doc)
            and doc[end].lower_ in _NAME_LINKS
            and doc[end].text.islower()
            and doc[end + 1].is_alpha
            and doc[end + 1].text[:1].isupper()
            and not doc[end + 1].is_upper
            and not doc[end + 1].is_sent_start
        ):
            end += 2
            while (
                end < len(doc)
                and doc[end].is_alpha
                and doc[end].text[:1].isupper()
                and not doc[end].is_upper
                and not doc[end].is_sent_start
                and doc[end].lower_ not in _division_words()
            ):
                end += 1
        if end != sp.end:
            sp = Span(doc, sp.start, end, label=sp.label_)
            covered.update(range(sp.start, end))
        out.append(sp)
    return [sp for sp in out if not any(o is not sp and o.start < sp.start < o.end for o in out)]


@lru_cache(maxsize=1)
def _defined_acronym_re() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z][\w'’.-]*\s*\((?P<acr>[A-Z][A-Za-z]{1,9})\)")


def _actor_acronym(doc: Doc, span: Span, gaz: GeoGazetteer, countries: frozenset[str]) -> bool:
    """An acronym that is no place: one the text defines after a long name ("the Syrian
    National Army (SNA)") or the actor gazetteer matched, unless it names a country or a
    first-level division; an acronym the gazetteer knows only as another name of a town
    outside the report's countries ("SNA" for an airport code of Santa Ana)."""
    text = span.text.strip()
    if len(span) != 1 or not text.isupper() or not text.isalpha() or len(text) < 2:
        return False
    found = gaz.candidates(text, fuzzy=False)
    if any(c.feature in ("country", "admin1") for c in found):
        return False
    defined = {m["acr"] for m in _defined_acronym_re().finditer(doc_text(doc))}
    if text in defined or any(e.ent_id_ and e.text == text for e in doc_ents(doc)):
        return True
    return bool(found) and all(c.alternate and c.country_code not in countries for c in found)


def _actor_entities(doc: Doc) -> list[tuple[Span, str]]:
    """The entities the actor gazetteer matched, each with its normalised name."""
    return [(e, normalise_place_name(e.text)) for e in doc_ents(doc) if e.ent_id_]


def _actor_or_brand(
    doc: Doc,
    span: Span,
    gaz: GeoGazetteer,
    actor_ents: list[tuple[Span, str]] | None = None,
) -> bool:
    """A span that names an actor, a person or a media outlet, not a place.

    A name the actor gazetteer matched ("BLA", not Bla in Mali) or the tail of one ("the
    Central Africa Province" of "Islamic State Central Africa Province") unless it is a
    country or a first-level division; a name ending in a media or institute word ("Asia
    Wire", "Middle East Programme"); a name followed by "who" ("Aden Hashi Ayrow, who had
    trained in Afghanistan").
    """
    key = normalise_place_name(span.text)
    if actor_ents is None:
        actor_ents = _actor_entities(doc)
    # a building that names its occupant ("the White House") is still a site
    actors = actor_ents if span.label_ != "FAC" else []
    inside = any(e.start <= span.start and span.end <= e.end for e, _ in actors)
    tail = any(norm.endswith(" " + key) for e, norm in actors if len(e) > len(span))
    if inside or tail:
        found = [c for c in gaz.candidates(span.text, fuzzy=False) if not c.alternate]
        if not any(c.feature in ("country", "admin1") for c in found):
            return True
    if len(span) > 1 and span[-1].lower_ in _brand_nouns():
        return True
    if _names_group(doc, span):
        return True  # "the Jalisco group": a group named after its home, no place
    next_words = " ".join(t.text for t in doc[span.end : span.end + 2])
    if next_words in _brand_phrases_after():
        return True  # "the Saba news agency": an outlet's name, not a place
    # an unknown name followed by "who" is a person ("residents of Florence, who" are not)
    after = doc[span.end : span.end + 2]
    if _after_place_noun(span, load_place_cues()):
        return False  # "the mayor of Rmeish, who said": the mayor speaks
    return (
        any(t.lower_ == "who" for t in after)
        and all(t.lower_ in ("who", ",") for t in after)
        and not gaz.candidates(span.text, fuzzy=False)
    )


def _local_name(text: str, gaz: GeoGazetteer, countries: frozenset[str]) -> bool:
    """A town or division the gazetteer knows by this name in one of ``countries``."""
    return any(
        c.country_code in countries and not c.alternate
        for c in gaz.candidates(text, fuzzy=False)
        if c.feature in ("city", "admin1", "admin2")
    )


def _conjoined_with_local(
    doc: Doc, span: Span, gaz: GeoGazetteer, countries: frozenset[str]
) -> bool:
    """ "raids on Gargaresh and Janzour", "in Tepic or Compostela": two names joined by
    "and"/"or" as the object of a preposition, one of them (this one or another) a town the
    gazetteer knows in the report's country; each must be written as a place's name is (one
    to three capitalised words, no everyday word, no organisation word)."""
    if not countries or _ORG_WORDS.search(span.text):
        return False
    root = span.root
    first = root.head if root.dep_ == "conj" else root
    if first.dep_ != "pobj":
        return False
    group = [first, *first.conjuncts]
    if len(group) < 2 or root not in group:
        return False
    words = [t for t in span if t.is_alpha]
    if not (
        1 <= len(words) <= 3
        and all(t.text[:1].isupper() for t in words)
        and all(zipf_frequency(t.lower_, "en") < _EVERYDAY_ZIPF for t in words)
    ):
        return False
    if _local_name(span.text, gaz, countries):
        return True
    for tok in group:
        if tok.i == root.i:
            continue
        ent = next((e for e in doc_ents(doc) if e.start <= tok.i < e.end), None)
        if ent is not None and _local_name(_trim(ent).text, gaz, countries):
            return True
    return False


_EVERYDAY_ZIPF = 3.5  # "buffer", "zone", "line": words too common to make a name in capitals


def _capitalised_phrase(span: Span, gaz: GeoGazetteer) -> bool:
    """ "THE GREEN LINE" in a title or a running header: words in capitals, each an everyday
    word, that the gazetteer does not know, are a phrase set in capitals, not a place's name."""
    words = [t for t in span if t.is_alpha]
    return (
        len(words) >= 2
        and all(t.is_upper for t in words)
        and all(zipf_frequency(t.lower_, "en") >= _EVERYDAY_ZIPF for t in words)
        and not gaz.candidates(span.text, fuzzy=False)
    )


@lru_cache(maxsize=1)
def _people_nouns_after() -> frozenset[str]:
    """``people_nouns_after`` in ``data/place_nouns.yaml``."""
    return frozenset(
        str(w).lower() for w in load_yaml("place_nouns.yaml").get("people_nouns_after") or ()
    )


def _attributive_name(span: Span, gaz: GeoGazetteer) -> bool:
    """ "the Naga-Kuki communities", "on the Zomi side", "two Hmar villages": a name the
    gazetteer does not know, said of people or of a kind of village, not a place's name."""
    doc = span.doc
    if span.end >= len(doc) or _candidates(gaz, span.text)[2]:
        return False
    after = doc[span.end]
    if not after.is_lower or after.pos_ != "NOUN":
        return False
    # "the Naga-Zomi village volunteers": the noun the words after the name lead to
    noun = after.head if after.dep_ == "compound" and after.head.i > after.i else after
    if {after.lemma_.lower(), noun.lemma_.lower()} & _people_nouns_after():
        return True
    k = span.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    before = doc[k] if k >= 0 else None
    return (
        after.tag_ == "NNS"
        and after.lemma_.lower() in _settlement_nouns()
        and before is not None
        and before.like_num
    )


@lru_cache(maxsize=1)
def _group_name_nouns() -> frozenset[str]:
    """``group_name_nouns_after`` in ``data/place_nouns.yaml``."""
    return frozenset(
        str(w).lower() for w in load_yaml("place_nouns.yaml").get("group_name_nouns_after") or ()
    )


def _names_group(doc: Doc, span: Span) -> bool:
    """ "the Jalisco group", "Michoacán cartel gunmen": a place name right before a group
    noun, within an actor mention the actor components found, names the group."""
    if span.end >= len(doc) or doc[span.end].lemma_.lower() not in _group_name_nouns():
        return False
    actors = list(doc.spans["actors"]) if "actors" in doc.spans else []
    return any(a.start <= span.start and span.end < a.end for a in actors)


def _document_countries(doc: Doc, gaz: GeoGazetteer) -> frozenset[str]:
    """The countries a document names (as a place or by demonym), ISO alpha-2."""
    found: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ == "NORP":
            code = demonym_country(ent.text)
            if code:
                found.add(code)
        elif ent.label_ in ("GPE", "LOC"):
            for c in gaz.candidates(_trim(ent).text, fuzzy=False):
                if c.feature == "country" and c.country_code:
                    found.add(c.country_code)
    return frozenset(found)


def _division_countries(doc: Doc, gaz: GeoGazetteer) -> frozenset[str]:
    """The countries of the first- and second-level divisions a document names as places
    ("Borno State", "Balochistan"), ISO alpha-2; only divisions of one country count."""
    found: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "LOC"):
            continue
        codes = {
            c.country_code
            for c in gaz.candidates(_trim(ent).text, fuzzy=False)
            if c.feature in ("admin1", "admin2") and not c.alternate and c.country_code
        }
        if len(codes) == 1:
            found |= codes
    return frozenset(found)


# entities that are names; a place name the model buried in a title or a date ("relocated
# staff from Macomia to Pemba on 11/05/2024" tagged WORK_OF_ART) is still looked at
_NAME_ENTITIES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
)


def _name_runs(doc: Doc) -> list[Span]:
    """Runs of capitalised words outside any entity the model tagged ("Mucojo", "Mocímboa
    da Praia"), each within one sentence."""
    inside = {
        i
        for ent in doc_ents(doc)
        if ent.label_ in _NAME_ENTITIES
        for i in range(ent.start, ent.end)
    }
    runs: list[Span] = []
    toks = doc_tokens(doc)  # one Token object each, not one per look
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if i in inside or not (tok.is_alpha and tok.text[:1].isupper()) or tok.is_upper:
            i += 1
            continue
        end = i + 1
        while end < n and end not in inside and not toks[end].is_sent_start:
            nxt = toks[end]
            if nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper:
                end += 1
            elif (
                nxt.lower_ in _NAME_LINKS
                and end + 1 < n
                and toks[end + 1].text[:1].isupper()
                and end + 1 not in inside
            ):
                end += 2
            else:
                break
        runs.append(doc[i:end])
        i = end
    return runs


def _untagged_places(
    doc: Doc,
    gaz: GeoGazetteer,
    countries: frozenset[str],
    place_names: set[str],
    spans: list[Span] | None = None,
    named: frozenset[str] = frozenset(),
) -> list[Span]:
    """Place names the model did not tag at all, where the words around them say they are
    places: "the town of Mucojo", "Macomia district", "near Chiure" (a town the gazetteer
    knows in a country the report names), "retook Mucojo", "the 2014 Chibok abduction" (an
    incident named after its town), "Bolan Pass, Kachhi" (a division after a place and a
    comma)."""
    found: list[Span] = []
    runs = _name_runs(doc)
    for run in runs:
        text = run.text
        if is_demonym(text) or normalise_place_name(text) in _never_alone():
            continue
        before = doc[run.start - 1] if run.start > 0 else None
        after = doc[run.end] if run.end < len(doc) else None
        if (
            _settlement_cue(run)
            or (_heading_cue(run) and len(run) <= 3)
            or (
                after is not None
                and after.is_lower
                and after.lemma_ in _settlement_nouns()
                and not run[0].is_sent_start
                and not _ORG_WORDS.search(text)
            )
        ):
            found.append(run)  # a place even if the gazetteer lacks it
            continue
        if normalise_place_name(text) in place_names:
            found.append(run)  # tagged as a place elsewhere in the document
            continue
        if (
            len(run) == 1
            and zipf_frequency(text.lower(), "en") >= 3.0
            and not _big_local_town(gaz, run, countries | named)
        ):
            continue  # a common word too ("Reform", "Liberty")
        if before is not None and before.lower_ == "the" and run.start > 1:
            before = doc[run.start - 2]  # "in the Fezzan"
        slot = (before is not None and before.lower_ in _LOCATIVE and run.root.dep_ == "pobj") or (
            run.root.dep_ == "dobj" and run.root.head.lemma_.lower() in _PLACE_OBJECT_VERBS
        )
        # "on the outskirts of Zitácuaro", "the fall of Kidal"
        slot = slot or (
            before is not None
            and before.lower_ == "of"
            and run.start > 1
            and (
                doc[run.start - 2].lemma_.lower() in load_place_cues().of_place_nouns
                or doc[run.start - 2].lower_ in load_place_cues().of_place_nouns
            )
        )
        if _named_by_context(doc, run, spans or [], gaz, countries | named):
            found.append(run)  # "the 2014 Chibok abduction", "Bolan Pass, Kachhi"
            continue
        if not slot:
            continue
        cands = [c for c in gaz.candidates(text, fuzzy=False) if not c.alternate]
        local = countries | named
        if (
            any(c.country_code in local or c.population >= 50_000 for c in cands)
            or (not any(c.country_code in local for c in cands) and _has_container(doc, run, gaz))
            or (not local and _small_town(cands, text))
        ):
            # a town the gazetteer knows where the report is (a country or a division it
            # names: "raided Takai, in Kano State"), one the text places ("around Barsalogho,
            # in Burkina Faso's Centre-Nord region", "the raid on Tilwa, in Sokoto State",
            # though towns of that name lie elsewhere), or (s24) in a report that names no
            # country, a town of a rare name in a place's slot ("outside Iskushuban")
            found.append(run)
    # a name found as a place once is a place throughout ("the town of Mucojo" ... "retook
    # Mucojo")
    seen = {normalise_place_name(r.text) for r in found}
    taken = {r.start for r in found}
    found += [r for r in runs if r.start not in taken and normalise_place_name(r.text) in seen]
    return found


# (s24) a town in a place's slot, in a report that names no country: this many people at
# least, and a name this rare as an English word (no "Reading", no "Kelly")
_LEAST_TOWN = 1_000
_RARE_NAME_ZIPF = 2.5


# (s24) people in a town whose name is also a common word ("Van", "Mobile") that a
# locative preposition names in a report on its country
_BIG_TOWN = 100_000


def _big_local_town(gaz: GeoGazetteer, run: Span, countries: frozenset[str]) -> bool:
    """A capitalised common word right after a locative preposition, inside its sentence,
    that names a big town (or a division) of a country the report names ("arrested a dozen
    students in Van" in a report on Turkey)."""
    doc = run.doc
    if run[0].is_sent_start or run.start == 0 or doc[run.start - 1].lower_ not in _LOCATIVE:
        return False
    return any(
        not c.alternate
        and c.country_code in countries
        and (c.feature in ("admin1", "admin2") or c.population >= _BIG_TOWN)
        for c in gaz.candidates(run.text, fuzzy=False)
    )


def _incident_slot(span: Span) -> bool:
    """The name follows an incident noun and "on", "of" or "in" ("the raid on Tilwa", "the
    massacre of Yelwata"): ``incident_nouns`` in ``data/place_nouns.yaml``."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ in ("on", "of", "in")
        and doc[span.start - 2].lemma_.lower() in _incident_nouns()
    )


def _small_town(cands: list[GeoCandidate], text: str) -> bool:
    """A town of the gazetteer, small but not tiny, whose name is no English word or
    common first name."""
    return any(c.feature == "city" and c.population >= _LEAST_TOWN for c in cands) and all(
        zipf_frequency(w.lower(), "en") < _RARE_NAME_ZIPF for w in text.split()
    )


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|of|from|to)\s+(?:the\s+)?$", re.IGNORECASE)


def is_known_place(name: str, before: str = "") -> bool:
    """A name the geographic gazetteer knows as a country, division, region or town.

    Used to send places that the model tagged as organisations or people ("Quetta") to the
    geocoder instead of the actor list. ``before`` is the text just before the name: after a
    locative preposition ("in Faladié") a small town is enough; otherwise a town must be
    sizeable, so that organisations named like a village stay organisations.
    """
    words = before.split()
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in _settlement_nouns():
        return True  # "the island of Barkaram", "the town of X": a place even if unknown
    min_population = 1_000 if _LOCATIVE_BEFORE.search(before[-20:]) else 50_000
    for c in open_geo_gazetteer().candidates(name, fuzzy=False):
        if c.feature in {"country", "admin1", "admin2", "region", "continent"}:
            return True
        if not c.alternate and c.population >= min_population:
            return True
    return False


# -- the layout of a report: datelines, forms and tables -------------------------------------


_BARE_DATELINE = re.compile(
    r"[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2}),[ \t]*"
    r"(?P<country>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*(?:-{1,2}|–|—)[ \t]"
)


_CITY_DASH_DATELINE = re.compile(
    r"[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})[ \t]+(?:--|–|—)[ \t]"
)
_DATELINE_TOWN = 50_000  # a town known enough to open a report ("GOMA —")
# "Bogotá, 14 de marzo de 2025", "Geneva, 3 May 2024": a line holding only a town and a date
_TOWN_DATE_LINE = re.compile(
    r"[ \t]*([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}),[ \t]*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[^\W\d_]|[^\W\d_]+\.?[ \t]+\d{1,2}\b)[^\n]{0,30}?"
    r"\b\d{4}[ \t]*$"
)


def _dateline_town(gaz: GeoGazetteer, name: str) -> bool:
    """A town known enough to open a report: a city or division of ``_DATELINE_TOWN``
    people or more by its own name."""
    return any(
        not c.alternate
        and c.feature in ("city", "admin1", "admin2")
        and c.population >= _DATELINE_TOWN
        for c in gaz.candidates(name, fuzzy=False)
    )


def _dateline_place(doc: Doc, gaz: GeoGazetteer, spans: list[Span]) -> Span | None:
    """The city of a wire dateline ("BAMAKO, Feb 12 (AFP) -"), where the model missed it."""
    text = doc_text(doc)
    wire = wire_dateline(text)
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[:3000])]
    if wire is None:
        # "ERBIL, Iraq - Turkish warplanes ...": a city in capitals and a country before the
        # dash, with neither date nor agency (the timex reader wants one of them)
        for line in lines[:8]:
            head = _BARE_DATELINE.match(line.group())
            if head is not None and any(
                c.feature == "country" and not c.alternate
                for c in gaz.candidates(head["country"], fuzzy=False)
            ):
                break
            # "GOMA — Fighters ...": a sizeable city in capitals and a dash, nothing else
            head = _CITY_DASH_DATELINE.match(line.group())
            if head is not None and _dateline_town(gaz, head.group(1)):
                break
            # "Bogotá, 14 de marzo de 2025": a sizeable town and a date, alone on a line
            head = _TOWN_DATE_LINE.fullmatch(line.group())
            if head is not None and _dateline_town(gaz, head.group(1)):
                break
        else:
            return None
    else:
        if wire.line >= len(lines):
            return None
        line = lines[wire.line]
        head = re.match(r"\s*([A-Z][^,(\n]*?)\s*[,(]", line.group())
        if head is None:
            return None
    start, end = line.start() + head.start(1), line.start() + head.end(1)
    if any(sp.start_char < end and start < sp.end_char for sp in spans):
        return None
    span = doc.char_span(start, end, label="GPE")
    if span is None or not gaz.candidates(span.text, fuzzy=False):
        return None
    return span


@dataclass(frozen=True)
class FieldWords:
    """The field names of forms and tables (``data/place_nouns.yaml``)."""

    labels: frozenset[str]
    places: frozenset[str]


@lru_cache(maxsize=1)
def _field_words() -> FieldWords:
    data = load_yaml("place_nouns.yaml")
    return FieldWords(
        labels=frozenset(str(w).lower() for w in data["field_labels"]),
        places=frozenset(str(w).lower() for w in data["place_fields"]),
    )


@dataclass(frozen=True)
class ReportFields:
    """Where a text has field and column names (``labels``) and the values of place fields
    and columns (``values``), as character ranges."""

    labels: tuple[tuple[int, int], ...] = ()
    values: tuple[tuple[int, int], ...] = ()

    def is_label(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.labels)


_FORM_FIELD = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<label>[A-Za-z][A-Za-z/ ]{0,40}?)(?:\*\*)?[ \t]*:"
    r"(?:\*\*)?[ \t]*(?P<value>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
_TABLE_RULE = re.compile(r"[ \t]*:?-{2,}:?[ \t]*")


def _cells(line: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The cells of a table row (offsets in ``line``, stripped) and the separator: "|" (two
    at least, as in Markdown) or a tab; None for a line of prose."""
    if line.count("|") >= 2:
        sep = "|"
    elif "\t" in line.strip():
        sep = "\t"
    else:
        return None
    cells: list[tuple[int, int]] = []
    pos = 0
    for part in line.split(sep):
        a = pos + len(part) - len(part.lstrip())
        b = pos + len(part.rstrip())
        cells.append((a, max(a, b)))
        pos += len(part) + 1
    if sep == "|":  # "| a | b |": the empty cells outside the outer bars
        if cells and cells[0][0] == cells[0][1]:
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
    return (sep, cells) if len(cells) >= 2 else None


def report_fields(text: str) -> ReportFields:
    """The field names and place values of the forms and tables of ``text``.

    A table is two or more lines cut into the same number of cells by bars or tabs; its first
    line is its header when it holds no digit and a rule line follows it or a later row holds
    a digit (a date, a toll). A form field is a line "Name: value" whose name is a field name
    of ``data/place_nouns.yaml`` ("Date:", "Location:"); a name that is a place ("Borno:
    ISWAP attacked ...") is no field.
    """
    words = _field_words()
    labels: list[tuple[int, int]] = []
    values: list[tuple[int, int]] = []
    rows: list[tuple[int, str, str, list[tuple[int, int]]]] = []  # offset, line, sep, cells

    def close_table() -> None:
        data = [r for r in rows if not all(_TABLE_RULE.fullmatch(r[1][a:b]) for a, b in r[3])]
        ruled = len(data) < len(rows)
        if len(data) >= 2:
            first = data[0]
            header_text = first[1]
            later_digits = any(re.search(r"\d", r[1]) for r in data[1:])
            if not re.search(r"\d", header_text) and (ruled or later_digits):
                columns = [header_text[a:b].strip().lower() for a, b in first[3]]
                labels.extend((first[0] + a, first[0] + b) for a, b in first[3])
                for offset, line, _, cells in data[1:]:
                    for name, (a, b) in zip(columns, cells, strict=False):
                        if name in words.places and re.search(r"[^\W\d_]", line[a:b]):
                            values.append((offset + a, offset + b))
        rows.clear()

    offset = 0
    for line in text.split("\n"):
        found = _cells(line)
        if found is None or (
            rows and (found[0] != rows[-1][2] or len(found[1]) != len(rows[-1][3]))
        ):
            close_table()
        if found is not None:
            rows.append((offset, line, found[0], found[1]))
        offset += len(line) + 1
    close_table()
    for m in _FORM_FIELD.finditer(text):
        name = " ".join(m["label"].lower().split())
        if name not in words.labels and name not in words.places:
            continue
        labels.append((m.start("label"), m.end("label")))
        if name in words.places and m["value"]:
            start = m.start("value")
            for part in re.finditer(r"[^,;]+", m["value"]):
                a = start + part.start() + len(part.group()) - len(part.group().lstrip())
                b = start + part.start() + len(part.group().rstrip())
                if b > a:
                    values.append((a, b))
    return ReportFields(tuple(labels), tuple(values))


def _field_places(doc: Doc, fields: ReportFields, spans: list[Span]) -> list[Span]:
    """The values of place fields and columns that no span covers yet ("Location: Monguno",
    a "State" column's "Yobe"), as GPE spans: a field says they are places."""
    out: list[Span] = []
    text = doc_text(doc)
    pieces: list[tuple[int, int]] = []
    for start, end in fields.values:
        # "Bolan Pass, Kachhi": a place and the division it lies in, two names
        cut = start
        for comma in re.finditer(r",", text[start:end]):
            pieces.append((cut, start + comma.start()))
            cut = start + comma.end()
        pieces.append((cut, end))
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        if any(sp.start_char < end and start < sp.end_char for sp in (*spans, *out)):
            continue
        span = doc.char_span(start, end, label="GPE", alignment_mode="contract")
        if span is None or not len(span) or len(span) > 6:
            continue
        if not span[0].text[:1].isupper() or any(t.like_num for t in span):
            continue
        out.append(span)
    return out
