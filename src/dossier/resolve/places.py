"""The geocoder: place mentions to coordinates, with a precision and a score.

Two entry points:

* :func:`geocode_spans` resolves spans someone else chose (the gold spans of an evaluation,
  or spans from another tagger);
* :func:`resolve_places` chooses the spans from a spaCy ``Doc`` (GPE, LOC, FAC and ORG
  entities that name places), drops demonyms and metonymic uses ("Moscow said"), and
  resolves the rest.

For each mention the gazetteer gives candidates; the choice adds up

1. a prior: population and feature type (countries and divisions beat small towns of the
   same name; a town found only through an alternate name is discounted);
2. what the text says around the mention: "Quetta, the capital of Pakistan's Balochistan
   province", "Springfield, Ill.", "Pakistan's Balochistan", "Helmand province";
3. the document: countries and first-level divisions that the other mentions point at
   (soft votes, two rounds), the divisions that several names could all lie in ("Paris" and
   "Henry County": Tennessee), the actors' home countries, and nearness to the places
   already resolved;

and the same name is resolved the same way throughout a document. The geocoder abstains
(``place=None``) when the best candidate is weak, and keeps the score. A name the gazetteer
does not know at all (a street, a building, a hamlet) takes the division the text puts it in
("Barsalogho, in Burkina Faso's Centre-Nord region") or, failing that, the town named near
it, with ``precision="near"`` (ACLED's rule for a location that cannot be found).

>>> [m.place.country_code for m in geocode_spans("Fighting in Kabul.", [(12, 17)])]
['AF']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.nlp.text import doc_text
from dossier.records import Place, PlaceMention
from dossier.resolve.geo_candidates import _candidates, _context_hints, _Mention
from dossier.resolve.geo_gazetteer import GeoCandidate, GeoGazetteer, open_geo_gazetteer
from dossier.resolve.geo_rules import (
    _not_places,
    _precision_table,
    _sublocal_words,
    demonym_country,
    is_demonym,
)
from dossier.resolve.geo_scoring import WEIGHTS, GeoContext, Weights, _score_document
from dossier.resolve.place_spans import PLACE_LABELS, _is_metonymic, is_known_place, place_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "PLACE_LABELS",
    "WEIGHTS",
    "GeoContext",
    "Weights",
    "geocode_spans",
    "is_demonym",
    "is_known_place",
    "place_spans",
    "resolve_places",
]


def _to_place(c: GeoCandidate, score: float) -> Place:
    precision = {"continent": "region", "sea": "region"}.get(c.feature, c.feature)
    table = _precision_table()
    acled, ucdp = table.get(c.feature, table.get(precision, (None, None)))
    return Place(
        name=c.name,
        geonames_id=c.geonameid,
        country_code=c.country_code,
        admin1_code=c.admin1_code if precision not in ("country", "region") else None,
        latitude=round(c.latitude, 5),
        longitude=round(c.longitude, 5),
        feature=precision,
        precision=precision,
        geo_precision=acled,
        where_prec=ucdp,
        score=round(score, 4),
    )


def _resolve(
    text: str,
    spans: Sequence[tuple[int, int]],
    sentences: Sequence[int],
    context: GeoContext,
    gaz: GeoGazetteer,
    weights: Weights,
) -> list[PlaceMention]:
    mentions: list[_Mention] = []
    for (start, end), sent in zip(spans, sentences, strict=True):
        surface = text[start:end]
        key, division, cands = _candidates(gaz, surface, fallback=True)
        if not division and _DIVISION_AFTER.match(text, end):
            # "Mali's central Segou region": the word after the name says it is a division
            division = True
        m = _Mention(start, end, surface, sent, key, division, cands)
        _context_hints(gaz, text, m)
        mentions.append(m)
    _score_document([m for m in mentions if m.candidates], context, weights)
    _same_kind_in_lists(text, mentions)
    out: list[PlaceMention] = []
    for m in mentions:
        place = None
        score = 0.0
        if m.probs:
            cid, score = max(m.probs.items(), key=lambda kv: kv[1])
            if score >= weights.abstain_below:
                best = next(c for c in m.candidates if c.id == cid)
                place = _to_place(best, score)
        out.append(PlaceMention(m.start, m.end, m.text, m.sentence, place, round(score, 4)))
    out, unknown = _out_of_focus(mentions, out, weights)
    unknown |= {i for i, m in enumerate(mentions) if not m.candidates}
    return _fallbacks(mentions, out, unknown, weights)


_DIVISION_AFTER = re.compile(
    r"\s+(?:region|province|state|governorate|district|county|prefecture|department|oblast)\b"
)
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def _same_kind_in_lists(text: str, mentions: list[_Mention]) -> None:
    """A name listed among countries is a country: "in Nigeria, Niger, Chad and Cameroon"
    names the state of Niger, not Nigeria's Niger State."""
    groups: list[list[_Mention]] = []
    for m in mentions:
        prev = groups[-1][-1] if groups else None
        if prev is not None and _LIST_GLUE.fullmatch(text[prev.end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        if len(group) < 3:
            continue
        tops = [_top(m) for m in group]
        for m, top in zip(group, tops, strict=True):
            others = sum(
                1
                for o, t in zip(group, tops, strict=True)
                if o is not m and t and t.feature == "country"
            )
            country = next(
                (c for c in m.candidates if c.feature == "country" and not c.alternate), None
            )
            if others >= 2 and country is not None and (top is None or top.feature != "country"):
                m.probs = {cid: (1.0 if cid == country.id else 0.0) for cid in m.probs}


def _top(m: _Mention) -> GeoCandidate | None:
    if not m.probs:
        return None
    cid = max(m.probs.items(), key=lambda kv: kv[1])[0]
    return next(c for c in m.candidates if c.id == cid)


def _out_of_focus(
    mentions: list[_Mention], resolved: list[PlaceMention], weights: Weights
) -> tuple[list[PlaceMention], set[int]]:
    """Drop a foreign town of the same name from a document about one country.

    In a report whose other places all lie in Mozambique, "Palma" is not Palma de Mallorca
    even when the gazetteer knows no Mozambican Palma: such a choice (a town of under
    ``focus_max_population`` in a country no other name points at, with no candidate in the
    document's country) is withdrawn. Returns the mentions and the indices withdrawn, which
    the fallbacks treat as names the gazetteer does not know.
    """
    names_by_country: dict[str, set[str]] = {}
    for m, pm in zip(mentions, resolved, strict=True):
        if pm.place is not None and pm.place.country_code:
            names_by_country.setdefault(pm.place.country_code, set()).add(m.key)
    total = sum(len(v) for v in names_by_country.values())
    if total < 3:
        return resolved, set()
    counts = sorted((len(v) for v in names_by_country.values()), reverse=True)
    focus, keys = max(names_by_country.items(), key=lambda kv: len(kv[1]))
    second = counts[1] if len(counts) > 1 else 0
    # about one country: most of its place names, or three times as many as any other
    # (the states that act in a report, "Rwanda deployed", are named once each)
    if len(keys) / total < weights.focus_share and len(keys) < 3 * max(second, 1):
        return resolved, set()
    out: list[PlaceMention] = []
    withdrawn: set[int] = set()
    for i, (m, pm) in enumerate(zip(mentions, resolved, strict=True)):
        p = pm.place
        if (
            p is not None
            and p.feature == "city"
            and p.country_code != focus
            and len(names_by_country.get(p.country_code or "", ())) == 1
            and not any(c.country_code == focus for c in m.candidates)
            and max(c.population for c in m.candidates) < weights.focus_max_population
        ):
            pm = replace(pm, place=None)
            withdrawn.add(i)
        out.append(pm)
    return out, withdrawn


def _fallbacks(
    mentions: list[_Mention],
    resolved: list[PlaceMention],
    unknown: set[int],
    weights: Weights,
) -> list[PlaceMention]:
    """Streets, buildings and hamlets the gazetteer lacks (the ``unknown`` mentions).

    Such a name takes the division the text puts it in ("Barsalogho, in Burkina Faso's
    Centre-Nord region"), else the town named within ``near_chars`` of it (any distance for
    "... Street", "... Hospital"), marked ``precision="near"`` (ACLED geo_precision 2, UCDP
    where_prec 2); names whose candidates were merely weak stay abstained.
    """
    towns = [
        (pm.start, pm.place)
        for pm in resolved
        if pm.place is not None and pm.place.feature in ("city", "admin2")
    ]
    acled, ucdp = _precision_table()["near"]
    out: list[PlaceMention] = []
    for i, (m, pm) in enumerate(zip(mentions, resolved, strict=True)):
        place: Place | None = None
        words = m.text.split()
        last = words[-1].lower().rstrip(".") if words else ""
        if last in _not_places():
            unknown.discard(i)  # "Middle East Desk": a byline, not a place to guess
        container = _best_container(m) if i in unknown else None
        if container is not None:
            place = _to_place(container, 0.0)
            place = replace(place, name=m.text.strip(), geonames_id=None, feature="site")
        elif i in unknown and towns:
            dist, town = min(((abs(s - m.start), t) for s, t in towns), key=lambda x: x[0])
            sublocal = last in _sublocal_words()
            if dist <= weights.near_chars or sublocal:
                place = replace(
                    town,
                    name=m.text.strip(),
                    geonames_id=None,
                    feature="site",
                    precision="near",
                    geo_precision=acled,
                    where_prec=ucdp,
                    score=0.0,
                )
        out.append(pm if place is None else replace(pm, place=place, score=0.0))
    # the same name is the same place throughout ("retook Mucojo" where no town is named)
    settled = {
        pm.text.strip(): pm.place
        for i, pm in enumerate(out)
        if i in unknown and pm.place is not None
    }
    return [
        replace(pm, place=settled[pm.text.strip()], score=0.0)
        if i in unknown and pm.place is None and pm.text.strip() in settled
        else pm
        for i, pm in enumerate(out)
    ]


_CONTAINER_ORDER = {"admin2": 0, "admin1": 1, "country": 2, "region": 3}


def _best_container(m: _Mention) -> GeoCandidate | None:
    """The smallest division the text puts a mention in ("X, in Mali's Mopti region")."""
    found = [c for c in m.containers if c.feature in _CONTAINER_ORDER and not c.alternate]
    if not found:
        return None
    return min(found, key=lambda c: (_CONTAINER_ORDER[c.feature], -c.population))


def geocode_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    context: GeoContext | None = None,
    sentences: Sequence[int] | None = None,
    gazetteer: GeoGazetteer | None = None,
) -> list[PlaceMention]:
    """Resolve the given ``[start, end)`` spans of ``text`` to places (oracle mode).

    :param text: the document text the spans index.
    :param spans: character spans of place names, in any order.
    :param context: countries/divisions known from outside the text (actors' home countries).
    :param sentences: the sentence index of each span (0 for all when not given).
    :returns: one :class:`PlaceMention` per span, in the order given; ``place`` is None when
        the name is unknown or the evidence too weak.

    >>> geocode_spans("Quetta, the capital of Pakistan's Balochistan province", [(0, 6)])[
    ...     0
    ... ].place.admin1_code
    'PK-BA'
    """
    gaz = gazetteer or open_geo_gazetteer()
    sents = list(sentences) if sentences is not None else [0] * len(spans)
    return _resolve(text, spans, sents, context or GeoContext(), gaz, WEIGHTS)


def resolve_places(
    doc: Doc,
    actor_countries: Sequence[str] = (),
    gazetteer: GeoGazetteer | None = None,
    spans: Sequence[Span] | None = None,
) -> list[PlaceMention]:
    """Find and resolve the places a spaCy ``doc`` names (end-to-end).

    :param doc: a parsed document (entities, dependency parse and sentences).
    :param actor_countries: ISO 3166-1 alpha-2 home countries of the document's actors.
    :param spans: the place spans, when :func:`place_spans` was already run on ``doc``.
    :returns: one :class:`PlaceMention` per place mention, in text order; demonyms and
        metonymic uses are left out; ``place`` is None where the geocoder abstains.
    """
    gaz = gazetteer or open_geo_gazetteer()
    spans = list(spans) if spans is not None else place_spans(doc, gaz)
    sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    offsets = [(s.start_char, s.end_char) for s in spans]
    sentences = [max(0, bisect_right(sent_starts, s.start_char) - 1) for s in spans]
    # the countries the document names by demonym ("Russian state media", "an Israeli
    # airstrike") are evidence of where it is, as the actors' home countries are
    demonyms = {demonym_country(e.text) for e in doc.ents if e.label_ == "NORP"}
    countries = {c.upper() for c in actor_countries if c} | {c for c in demonyms if c}
    context = GeoContext(countries=tuple(sorted(countries)))
    resolved = _resolve(doc_text(doc), offsets, sentences, context, gaz, WEIGHTS)
    out: list[PlaceMention] = []
    for span, pm in zip(spans, resolved, strict=True):
        if span.label_ in ("GPE", "ORG") and _is_metonymic(span, gaz):
            continue
        out.append(pm)
    return out
