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
does not know at all (a street, a building, a hamlet) is placed only where the text puts it:
the division named beside it ("Barsalogho, in Burkina Faso's Centre-Nord region"), the
divisions of its sentence or incident heading, a town named near it in the same paragraph or
in the country the report is about, with ``precision="near"`` (ACLED's rule for a location
that cannot be found), else the country; never in a country the text rules out ("near the
Malian border"). See :func:`_fallbacks`.

>>> [m.place.country_code for m in geocode_spans("Fighting in Kabul.", [(12, 17)])]
['AF']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dossier.nlp.text import doc_ents, doc_sentences, doc_text
from dossier.records import Place, PlaceMention
from dossier.resolve.geo_candidates import (
    _candidates,
    _context_hints,
    _Mention,
    is_facility_name,
)
from dossier.resolve.geo_gazetteer import (
    GeoCandidate,
    GeoGazetteer,
    normalise_place_name,
    open_geo_gazetteer,
)
from dossier.resolve.geo_rules import (
    _admin_terms,
    _extended_words,
    _not_places,
    _precision_table,
    _sublocal_words,
    _water_words,
    demonym_country,
    is_demonym,
)
from dossier.resolve.geo_scoring import (
    WEIGHTS,
    GeoContext,
    Weights,
    _famous,
    _score_document,
)
from dossier.resolve.place_spans import (
    PLACE_LABELS,
    _is_metonymic,
    border_modifier,
    is_known_place,
    place_spans,
)

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
    ignore: frozenset[int] = frozenset(),
) -> list[PlaceMention]:
    mentions: list[_Mention] = []
    for (start, end), sent in zip(spans, sentences, strict=True):
        surface = text[start:end]
        key, division, cands = _candidates(gaz, surface, fallback=True)
        if not division and _DIVISION_AFTER.match(text, end):
            # "Mali's central Segou region": the word after the name says it is a division
            division = True
        if not division and _town_cue(text, start):
            towns = [c for c in cands if c.feature == "city"]
            cands = towns or cands
        if division and _FIRST_LEVEL_AFTER.match(text, end):
            cands = _capital_named_division(gaz, cands)
        if division and cands and all(c.feature == "city" and c.alternate for c in cands):
            # "Bui division": a division is not a town that merely has that other name
            # (Bowie, Maryland); the fallbacks place it near the report's towns
            cands = []
        m = _Mention(start, end, surface, sent, key, division, cands)
        _context_hints(gaz, text, m)
        if _all_abroad(m, text):
            # (s24) "the raid on Tilwa, in Sokoto State": the text places the name in a
            # country none of its namesakes lies in; a village the gazetteer lacks, placed
            # by the fallbacks in what the text names
            m.candidates = []
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
                if best.feature == "city" and _district_word(text, m):
                    place = _district_of(place)
                elif best.feature == "city" and best.alternate and is_facility_name(m.text):
                    place = _Placer._near(place)  # "Baghdad International Airport"
        out.append(PlaceMention(m.start, m.end, m.text, m.sentence, place, round(score, 4)))
    out = _short_division_names(mentions, out)
    out, unknown = _out_of_focus(mentions, out, weights)
    out, parts = _parts_elsewhere(text, mentions, out)
    unknown |= parts
    unknown |= {i for i, m in enumerate(mentions) if not m.candidates}
    return _fallbacks(text, mentions, out, unknown, weights, gaz, ignore)


# ", in": the words after a name that put it in a division ("Tilwa, in Sokoto State's ...");
# a bare comma may be a list ("Sharon, Cornwall and Salisbury")
_COMMA_IN_AFTER = re.compile(r"\s*,\s*(?:just\s+)?in\s")


def _all_abroad(m: _Mention, text: str) -> bool:
    """The text puts the mention in a division ("Tilwa, in Sokoto State"), and every candidate
    is a small namesake in another country: a village the gazetteer lacks. A sizeable town
    abroad keeps its reading (the container may be misread)."""
    if not _COMMA_IN_AFTER.match(text, m.end):
        return False
    countries = {c.country_code for c in m.containers if c.country_code and c.feature in _DIVISIONS}
    return (
        bool(countries)
        and bool(m.candidates)
        and not any(c.country_code in countries for c in m.candidates)
        and max(c.population for c in m.candidates) < _SMALL_TOWN
    )


_DIVISIONS = frozenset({"admin1", "admin2"})


_SMALL_TOWN = 20_000  # people: a town this small is no match for a division's short name


_FIRST_LEVEL_AFTER = re.compile(r"\s+(?:region|province|state|governorate|oblast)\b")


def _capital_named_division(gaz: GeoGazetteer, cands: list[GeoCandidate]) -> list[GeoCandidate]:
    """ "the Timbuktu region" where the gazetteer names the region in another language
    ("Tombouctou"): a region word after a town's name, no division among the candidates, and
    a first-level division of the town whose own name is one of the town's alternate names
    (GeoNames' alternate names) makes that division the candidate."""
    if not cands or any(c.feature in ("admin1", "region") for c in cands):
        return cands
    out: list[GeoCandidate] = []
    for c in cands:
        if c.feature != "city" or c.alternate or not c.admin1_code:
            continue
        admin = gaz.admin1(c.admin1_code)
        if admin is None or any(a.id == admin.id for a in out):
            continue
        if any(o.id == c.id and o.alternate for o in gaz.candidates(admin.name, fuzzy=False)):
            out.append(admin)
    return out or cands


def _short_division_names(
    mentions: list[_Mention], resolved: list[PlaceMention]
) -> list[PlaceMention]:
    """A name that shortens a division the document names ("the Lanao area" beside "Lanao del
    Sur", "Gojjam" beside "West Gojjam zone") is that division's area, not a small namesake
    town in another province of the same country (Lanao, Cebu)."""
    divisions = [
        (m.key, pm.place)
        for m, pm in zip(mentions, resolved, strict=True)
        if pm.place is not None
        and pm.place.precision in ("admin1", "admin2", "region")
        and pm.place.admin1_code
        and " " in m.key
    ]
    if not divisions:
        return resolved
    out = list(resolved)
    for i, (m, pm) in enumerate(zip(mentions, resolved, strict=True)):
        place, top = pm.place, _top(m)
        if place is None or top is None or place.precision != "city" or " " in m.key:
            continue
        if top.population >= _SMALL_TOWN:
            continue
        for key, division in divisions:
            words = key.split()
            if m.key not in (words[0], words[-1]) or division.country_code != place.country_code:
                continue
            if division.admin1_code != place.admin1_code:
                out[i] = replace(pm, place=replace(_Placer._site(division), name=m.text.strip()))
            break
    return out


def _town_cue(text: str, start: int) -> bool:
    """ "the port city of Hodeidah", "the capital Sanaa": a word before the name that makes
    it a town (``town_cues`` in ``data/geo/admin_terms.yaml``)."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return match is not None and match.group(1).lower() in _admin_terms().get("town_cues", ())


_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:of\s+)?(?:the\s+)?$")
_WORD_AFTER = re.compile(r"\s+([a-z-]+)\b")


def _district_word(text: str, m: _Mention) -> bool:
    """ "Macomia district", "Beni territory": the surface or the word after it is a
    second-level division word (``district_words`` in ``data/geo/admin_terms.yaml``)."""
    words = _admin_terms().get("district_words", ())
    last = m.text.split()[-1].lower().rstrip(".") if m.text.split() else ""  # "Torodi dept."
    after = _WORD_AFTER.match(text, m.end)
    return last in words or (after is not None and after.group(1) in words)


def _placed_at(town: Place, precision: str, feature: str, score: float | None = None) -> Place:
    """A place the gazetteer lacks, put at ``town``'s point with ``precision`` (and its ACLED
    and UCDP codes); ``score`` replaces the town's when given."""
    acled, ucdp = _precision_table()[precision]
    placed = replace(
        town,
        geonames_id=None,
        feature=feature,
        precision=precision,
        geo_precision=acled,
        where_prec=ucdp,
    )
    return placed if score is None else replace(placed, score=score)


def _district_of(town: Place) -> Place:
    """The district named after ``town``, at the town (the gazetteer lacks the district)."""
    return _placed_at(town, "admin2", "admin2")


# "Segou region", "Taiz provinces", "Hodeidah and Taiz provinces": the name is a division
_DIVISION_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
    r"[A-Z][\w'’-]*(?:\s+(?:da\s+|de\s+)?[A-Z][\w'’-]*){0,3})*"
    r"\s+(?:region|province|state|governorate|district|county|prefecture|department|oblast"
    r"|division)s?\b"
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
    document's country, and no world-famous city: "talks in Geneva") is withdrawn. Returns the mentions and the indices withdrawn, which
    the fallbacks treat as names the gazetteer does not know.
    """
    names_by_country: dict[str, set[str]] = {}
    local: dict[str, set[str]] = {}  # the names below the country ("Kenya" is named once)
    for m, pm in zip(mentions, resolved, strict=True):
        if pm.place is not None and pm.place.country_code:
            names_by_country.setdefault(pm.place.country_code, set()).add(m.key)
            if pm.place.feature != "country":
                local.setdefault(pm.place.country_code, set()).add(m.key)
    total = sum(len(v) for v in names_by_country.values())
    if total < 3:
        return resolved, set()
    counts = sorted((len(v) for v in names_by_country.values()), reverse=True)
    focus, keys = max(names_by_country.items(), key=lambda kv: len(kv[1]))
    second = counts[1] if len(counts) > 1 else 0
    # about one country: most of its place names, or three times as many as any other
    # (the states that act in a report, "Rwanda deployed", are named once each); a report
    # on a few countries (Mali, Burkina Faso and Niger) is about those it names thrice or more
    # when they hold most of its towns and divisions (the states that act are named as
    # countries only)
    foci = {focus}
    if len(keys) / total < weights.focus_share and len(keys) < 3 * max(second, 1):
        foci = {c for c, v in names_by_country.items() if len(v) >= 3}
        held = sum(len(local.get(c, ())) for c in foci)
        if held < 3 or held / sum(len(v) for v in local.values()) < weights.focus_share:
            return resolved, set()
    out: list[PlaceMention] = []
    withdrawn: set[int] = set()
    # a name the text places somewhere once ("Saipan, Guam and Hawaii") keeps its reading
    placed = {m.key for m in mentions if m.containers}
    for i, (m, pm) in enumerate(zip(mentions, resolved, strict=True)):
        p = pm.place
        top = _top(m)
        # a division abroad reached only by another of its names ("Salah al-Din", a district of
        # Tripoli, is also an alternate name of Iraq's Saladin governorate), whatever its size
        alias_division = (
            top is not None
            and top.alternate
            and top.feature in ("admin1", "admin2")
            and not m.division
            and m.key not in placed
        )
        if (
            p is not None
            and (p.feature == "city" or alias_division)
            and p.country_code not in foci
            and len(names_by_country.get(p.country_code or "", ())) == 1
            and not any(c.country_code in foci for c in m.candidates)
            and (
                alias_division
                or max(c.population for c in m.candidates) < weights.focus_max_population
            )
            and not any(_famous(c, weights) for c in m.candidates if c.geonameid == p.geonames_id)
        ):
            pm = replace(pm, place=None)
            withdrawn.add(i)
        out.append(pm)
    return out, withdrawn


# "the Lido Beach area of Mogadishu", "the Karmah district of Fallujah": a part of the town
# named next
_PART_OF = re.compile(
    r"\s+(?:area|district|neighbou?rhood|quarter|suburb|section|sector|locality|zone|part)"
    r"\s+of\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?"
)


def _parts_elsewhere(
    text: str, mentions: list[_Mention], resolved: list[PlaceMention]
) -> tuple[list[PlaceMention], set[int]]:
    """Withdraw a name the text makes a part of a town ("the Lido Beach area of Mogadishu")
    where the gazetteer's choice for it lies in another country or is a province or a
    country: the fallbacks then put it near that town. Returns the mentions and the indices
    withdrawn."""
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    out = list(resolved)
    withdrawn: set[int] = set()
    for i, j in zip(order, order[1:], strict=False):
        town = resolved[j].place
        if town is None or town.feature != "city":
            continue
        if not _PART_OF.fullmatch(text, mentions[i].end, mentions[j].start):
            continue
        own = resolved[i].place
        if (
            own is None
            or own.country_code != town.country_code
            or own.feature in ("admin1", "country", "region", "continent")
        ):
            out[i] = replace(resolved[i], place=None)
            withdrawn.add(i)
    return out, withdrawn


def _fallbacks(
    text: str,
    mentions: list[_Mention],
    resolved: list[PlaceMention],
    unknown: set[int],
    weights: Weights,
    gaz: GeoGazetteer,
    ignore: frozenset[int] = frozenset(),
) -> list[PlaceMention]:
    """Streets, buildings and hamlets the gazetteer lacks (the ``unknown`` mentions).

    Such a name is placed only where the text puts it, the most specific evidence first:

    0. a division or town named right beside it ("Barsalogho, in Burkina Faso's Centre-Nord
       region", "Mir Ali (North Waziristan)", "Mbau, near Macomia");
    1. the divisions of a list it stands in ("Macomia, Muidumbe and Ancuabe districts": the
       province of Macomia), else those its sentence or its incident heading names
       ("5) 27/05/2024 – Chiúre district: ... near Mazeze");
    2. the town named within ``near_chars`` of it (any distance for "... Street"), in the same
       paragraph or in the country the report is about, nor outside the division the text
       gives; never where its sentence puts it by a border ("near the Malian border"): that
       says where it is better than the towns named beside it;
    3. the country the text gives ("in Hodeidah and Taiz provinces, ... near Ras Isa":
       two provinces leave only their country), else the one the report is about;

    with ``precision="near"`` next to a town (ACLED geo_precision 2, UCDP where_prec 2) and
    the division's or country's precision otherwise. Names whose candidates were merely weak
    stay abstained, and so do seas and gulfs the gazetteer lacks. One name is one place
    throughout a document: the best-supported placement of any of its mentions. The
    mentions in ``ignore`` (a country standing for its government: "U.S. forces") are no
    evidence of where anything is.
    """
    layout = _Layout.of(text)
    finder = _Placer(text, layout, mentions, resolved, unknown, ignore, weights, gaz)
    placed: dict[int, _Placement] = {}
    for _ in range(2):  # a second round lets a placed heading place the names under it
        found = {i: p for i in sorted(unknown) if (p := finder.place(i, placed)) is not None}
        placed = _one_place_per_name(mentions, found)
    out: list[PlaceMention] = []
    for i, pm in enumerate(resolved):
        if i in placed:
            place = placed[i][2]
            if _district_word(text, mentions[i]):
                place = _division_unlocated(place)
            pm = replace(pm, place=replace(place, name=pm.text.strip()), score=0.0)
        out.append(pm)
    return out


# (s17) an acronym: two capitals or more, lower-case letters between them allowed ("MoD")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")


def _division_unlocated(place: Place) -> Place:
    """(s17) A district the gazetteer lacks ("Donga-Mantung division", "Torodi dept."): a
    district where the text puts it, with a district's precision (a district is no "site"
    at a town's point), at the point of the town or province it is placed by, which says
    only roughly where it lies; a larger division it is placed in keeps its own precision."""
    if place.precision in ("admin1", "region", "country"):
        return place
    acled, ucdp = _precision_table()["admin2"]
    return replace(
        place,
        geonames_id=None,
        feature="admin2",
        precision="admin2",
        geo_precision=acled,
        where_prec=ucdp,
    )


# a placement: its rank (see :func:`_fallbacks`), the characters between the name and the
# town it is put near (0 for a division or a country), the place
_Placement = tuple[int, int, Place]


def _one_place_per_name(
    mentions: list[_Mention], found: dict[int, _Placement]
) -> dict[int, _Placement]:
    """Every mention of a name takes the best-supported placement of any of them: in the
    country most of them are put in, the lowest rank, then the town named closest, then the
    first."""
    groups: dict[str, list[int]] = {}
    for i in sorted(found):
        groups.setdefault(mentions[i].key, []).append(i)
    best: dict[str, _Placement] = {}
    for key, group in groups.items():
        # the country most mentions agree on first ("in Cairo's suburb of Madinaty" twice
        # outweighs "Beyond Madinaty, Liverpool have ...")
        votes = Counter(found[i][2].country_code for i in group)
        top = max(votes.values())
        ranked = sorted(group, key=lambda i: (found[i][:2], i))
        best[key] = next(found[i] for i in ranked if votes[found[i][2].country_code] == top)
    return {i: best[mentions[i].key] for i in found}


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Brig|Col|Lt|Maj|Capt|Sgt|Cpl|Adm|Gov|Sen|Rep|St|Ft|"
    r"Mt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc))\.$"
)
# "1) 03/05/2024 – Ancuabe district:", "2. 18 March 2024, Paktika province (Afghanistan):":
# the label of a numbered or bulleted incident, or one that starts with a date
_HEADING = re.compile(
    r"[ \t]*(?:#+[ \t]*)?(?:(?:\d{1,3}[.)]|[-*•])[ \t]+|(?=\*\*|\d))(?:\*\*)?"
    r"(?P<label>[^:\n]{2,160}?)(?:\*\*)?:(?:\*\*)?(?=\s)"
)
# "Kilo (Tora)": a name in brackets right after another
_BRACKETED_NAME = re.compile(r"[ \t]*\(([A-Z][^()\n,;:]{1,40})\)")
_NEAR_BETWEEN = re.compile(
    r"\s*,?\s*(?:(?:just\s+|a\s+\w+\s+)?(?:near|outside|close\s+to|next\s+to|in)\s+|\()"
    r"(?:the\s+)?(?:(?:town|city|village|district|port)\s+of\s+)?"
)
_CONTAINER_BEFORE = re.compile(
    r"\b(?:in|within|across|throughout|inside|of)\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE
)
_DIVISION_WORD_AFTER = re.compile(
    r"\s+(?:region|province|state|governorate|district|county|prefecture|department|oblast"
    r"|division)s?\b"
)
_BORDER = re.compile(
    r"\b(?:near|along|on|at|by|close\s+to|across)\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s+border\b"
    r"|\bborder\s+with\s+(?:the\s+)?(?P<b>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)"
)


@dataclass(frozen=True)
class _Layout:
    """Where the sentences, lines and incident headings of a text lie."""

    sentences: list[int]
    lines: list[int]
    headings: dict[int, tuple[int, int]]  # line number -> the heading label's span

    @classmethod
    def of(cls, text: str) -> _Layout:
        sentences = [0]
        for match in _SENTENCE_BREAK.finditer(text):
            end = match.end()
            if match.group()[0] == ".":
                if _ABBREVIATION_END.search(text[max(0, match.start() - 6) : match.start() + 1]):
                    continue
                if end < len(text) and not (text[end].isupper() or text[end] in '"“(0123456789'):
                    continue
            sentences.append(end)
        lines = [0] + [match.end() for match in re.finditer(r"\n", text)]
        headings: dict[int, tuple[int, int]] = {}
        for n, start in enumerate(lines):
            head = _HEADING.match(text, start)
            if head and "\n" not in text[start : head.end()]:
                headings[n] = (head.start("label"), head.end("label"))
        return cls(sentences, lines, headings)

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sentences, pos) - 1

    def line(self, pos: int) -> int:
        return bisect_right(self.lines, pos) - 1

    def heading(self, pos: int) -> tuple[int, int] | None:
        """The heading of the incident ``pos`` is under (on its own line, before it)."""
        span = self.headings.get(self.line(pos))
        return span if span is not None and span[0] <= pos else None


@dataclass
class _Placer:
    """Places one unknown name at a time (see :func:`_fallbacks`)."""

    text: str
    layout: _Layout
    mentions: list[_Mention]
    resolved: list[PlaceMention]
    unknown: set[int]
    ignore: frozenset[int]
    weights: Weights
    gaz: GeoGazetteer
    order: list[int] = field(default_factory=list)  # the mentions in text order
    rank_of: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.order = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].start)
        self.rank_of = {k: n for n, k in enumerate(self.order)}

    def _next(self, i: int) -> int | None:
        n = self.rank_of[i] + 1
        return self.order[n] if n < len(self.order) else None

    def _previous(self, i: int) -> int | None:
        n = self.rank_of[i] - 1
        return self.order[n] if n >= 0 else None

    def _glued(self, a: int, b: int) -> bool:
        """Mentions ``a`` and ``b`` (in this order) are items of one list."""
        return bool(_LIST_GLUE.fullmatch(self.text, self.mentions[a].end, self.mentions[b].start))

    def place(self, i: int, placed: dict[int, _Placement]) -> _Placement | None:
        m = self.mentions[i]
        words = m.text.split()
        last = words[-1].lower().rstrip(".") if words else ""
        if last in _not_places() or _is_water(words):
            return None  # "Middle East Desk": a byline; "the Sea of X": no town's
        if len(words) == 1 and _ACRONYM.fullmatch(m.text):
            return None  # (s17) "18 (MoD)": an acronym the gazetteer lacks names a body
        container = _best_container(m)
        if container is not None:
            return 0, 0, self._site(_to_place(container, 0.0))
        longer = self._longer_name(i, placed)
        if longer is not None:
            return 0, 0, longer
        beside = self._beside(i, placed) or self._bracketed_name(i, placed)
        if beside is not None:
            return 0, 0, beside
        excluded = self._border_countries(m.start)
        peers = self._peers(i)
        shared = self._shared(peers, excluded)
        if shared is not None:
            return 3 if shared.precision == "country" else 1, 0, shared
        peers = []  # a list whose names disagree says nothing
        allowed: set[str] = set()
        admin1: str | None = None
        for scope in self._scopes(i, set(peers)):
            found = self._from_divisions(i, scope, placed, excluded, set(peers))
            if found is None:
                continue
            result, allowed, admin1 = found
            if result is not None:
                # a country (from several provinces) says less than a town another mention
                # of the name is put near
                return 3 if result.precision == "country" else 1, 0, result
            break
        # a river or a range runs far from the closest town named; a name the sentence puts
        # "near the Algerian border" lies by that border, not by the town named next to it
        # (the capital the report also names): its country says where it is
        extended = last in _extended_words()
        town = (
            None if extended or excluded else self._town(i, excluded, allowed, admin1, set(peers))
        )
        if town is not None:
            return 2, town[0], town[1]
        # a country the text gives, else the one the report is about (one name of a country
        # says where a report looks, not what it is about)
        cc = next(iter(allowed)) if len(allowed) == 1 else self._focus(excluded, least=2)
        country = self.gaz.country(cc) if cc else None
        if country is None:
            return None
        return 3, 0, self._site(_to_place(country, 0.0))

    # -- the evidence ---------------------------------------------------------------------

    def _place_of(self, j: int, placed: dict[int, _Placement]) -> Place | None:
        if j in self.ignore:
            return None
        if j in self.unknown:
            return placed[j][2] if j in placed else None
        return self.resolved[j].place

    def _longer_name(self, i: int, placed: dict[int, _Placement]) -> Place | None:
        """ "Ponce Enríquez" after "Camilo Ponce Enríquez", "Ismail Khan" after "Dera Ismail
        Khan": a name of two words or more that ends the longer name of one place the
        document resolves or places is that place, written short."""
        words = self.mentions[i].text.lower().split()
        if len(words) < 2:
            return None
        found: dict[tuple[int | None, str, str | None], Place] = {}
        for j in range(len(self.resolved)):
            place = self._place_of(j, placed)
            other = self.mentions[j].text.lower().split()
            if place is None or len(other) <= len(words) or other[-len(words) :] != words:
                continue
            found[(place.geonames_id, place.name, place.admin1_code)] = place
        return next(iter(found.values())) if len(found) == 1 else None

    def _beside(self, i: int, placed: dict[int, _Placement]) -> Place | None:
        """ "Mbau, near Macomia", "Mir Ali (Miranshah)": the place named right after. (s24)
        A name the gazetteer lacks either ("Kilo (Tora)", both unknown) places it once the
        first round has placed that name: where that name is."""
        m = self.mentions[i]
        j = self._next(i)
        if j is None or j in self.ignore:
            return None
        other = self.mentions[j]
        if j in self.unknown:
            if j not in placed or other.start < m.end:
                return None
            if _NEAR_BETWEEN.fullmatch(self.text, m.end, other.start) is None:
                return None
            known = placed[j][2]
            # a name placed only in its country says no more than the other fallbacks
            return None if known.precision in ("country", "region") else self._site(known)
        place = self.resolved[j].place
        if place is None or other.start < m.end:
            return None
        between = _NEAR_BETWEEN.fullmatch(self.text, m.end, other.start) or _PART_OF.fullmatch(
            self.text, m.end, other.start
        )
        if between is None:
            # "Bolan Pass, Kachhi", "Kirawa, Gwoza LGA": a district or province after a
            # comma is the one the name lies in
            if place.precision in ("admin2", "admin1") and re.fullmatch(
                r"[ \t]*,[ \t]*", self.text[m.end : other.start]
            ):
                return self._site(place)
            return None
        if place.precision == "city":
            return self._near(place)
        if place.precision in ("admin2", "admin1", "country") and not re.search(
            r"\bin\b", between.group()
        ):
            return self._site(place)  # "Mir Ali (North Waziristan)", "X (Afghanistan)"
        return None

    def _bracketed_name(self, i: int, placed: dict[int, _Placement]) -> Place | None:
        """(s24) "Kilo (Tora)" where "Tora" is no mention here but the report places a
        mention of that name elsewhere ("in Tora LGA"): the name lies where Tora is."""
        found = _BRACKETED_NAME.match(self.text, self.mentions[i].end)
        if found is None:
            return None
        key = normalise_place_name(found.group(1))
        for j, other in enumerate(self.mentions):
            if j == i or j in self.ignore or other.key != key:
                continue
            place = self._place_of(j, placed)
            if place is not None and place.precision not in ("country", "region"):
                return self._site(place)
        return None

    def _peers(self, i: int) -> list[int]:
        """The other names of a list of divisions ("Macomia, Muidumbe and Ancuabe
        districts", "Hodeidah and Taiz provinces")."""
        group = [i]
        while (j := self._previous(group[0])) is not None and self._glued(j, group[0]):
            group.insert(0, j)
        while (j := self._next(group[-1])) is not None and self._glued(group[-1], j):
            group.append(j)
        if len(group) < 2 or not _DIVISION_WORD_AFTER.match(
            self.text, self.mentions[group[-1]].end
        ):
            return []
        return [k for k in group if k != i]

    def _shared(self, peers: list[int], excluded: set[str]) -> Place | None:
        """What the known names of a list of divisions share: the province of districts,
        the country of provinces."""
        places = [
            p
            for k in peers
            if k not in self.unknown
            and k not in self.ignore
            and (p := self.resolved[k].place) is not None
        ]
        if not places or any(p.country_code in excluded for p in places):
            return None
        if all(p.precision in ("city", "admin2", "near", "site") for p in places):
            # districts: the province most of them lie in
            codes = Counter(p.admin1_code for p in places if p.admin1_code)
            code, n = codes.most_common(1)[0] if codes else ("", 0)
            admin = self.gaz.admin1(code) if 2 * n > len(places) else None
            return self._site(_to_place(admin, 0.0)) if admin is not None else None
        countries = {p.country_code for p in places}
        if len(countries) != 1 or None in countries:
            return None
        country = self.gaz.country(next(iter(countries)) or "")
        return self._site(_to_place(country, 0.0)) if country is not None else None

    def _containing(self, j: int) -> bool:
        """The name stands where a container stands: after "in", "across", "of" (also as a
        later item of a list), or before a division word."""
        if _DIVISION_AFTER.match(self.text, self.mentions[j].end):
            return True
        k = j
        while (before := self._previous(k)) is not None and self._glued(before, k):
            k = before
        start = self.mentions[k].start
        return bool(_CONTAINER_BEFORE.search(self.text, max(0, start - 40), start))

    def _scopes(self, i: int, peers: set[int]) -> list[list[int]]:
        """The other names of the sentence, then those of the incident heading."""
        m = self.mentions[i]
        sentence = self.layout.sentence(m.start)
        line = self.layout.line(m.start)
        # in a sentence, the divisions that contain things ("in Hodeidah and Taiz
        # provinces"), not any it names ("a Texas-based company")
        same = [
            j
            for j, o in enumerate(self.mentions)
            if j != i
            and j not in peers
            and self.layout.sentence(o.start) == sentence
            and self.layout.line(o.start) == line
            and self._containing(j)
        ]
        heading = self.layout.heading(m.start)
        scopes = [same]
        if heading is not None and not heading[0] <= m.start < heading[1]:
            scopes.append(
                [j for j, o in enumerate(self.mentions) if heading[0] <= o.start < heading[1]]
            )
        return scopes

    def _from_divisions(
        self,
        i: int,
        scope: list[int],
        placed: dict[int, _Placement],
        excluded: set[str],
        peers: set[int],
    ) -> tuple[Place | None, set[str], str | None] | None:
        """A placement from the divisions in ``scope``, or the countries and the province the
        town must lie in; None when ``scope`` names no division."""
        districts: list[Place] = []
        provinces: list[Place] = []
        countries: set[str] = set()
        for j in scope:
            place = self._place_of(j, placed)
            if place is None or not place.country_code or place.country_code in excluded:
                continue
            if place.precision == "admin2" or (
                place.precision in ("city", "near", "site")
                and _DIVISION_WORD_AFTER.match(self.text, self.mentions[j].end)
            ):
                districts.append(place)
            elif place.precision == "admin1":
                provinces.append(place)
            elif place.precision != "country":
                continue
            countries.add(place.country_code)
        if not countries:
            return None
        if len(countries) > 1:
            return None, countries, None
        votes = Counter(p.admin1_code for p in districts + provinces if p.admin1_code)
        if len(districts) == 1 and len(votes) <= 1:
            district = districts[0]
            if district.precision == "admin2" and district.geonames_id is not None:
                return self._site(district), countries, None
            return self._near(district), countries, None
        code, n = votes.most_common(1)[0] if votes else ("", 0)
        if code and 2 * n > sum(votes.values()):
            # one province, or the one most of the districts named lie in
            town = self._town(i, excluded, countries, code, peers, same_line=True)
            if town is not None:
                return town[1], countries, code
            province = next((p for p in provinces if p.admin1_code == code), None)
            if province is None:
                admin = self.gaz.admin1(code)
                province = _to_place(admin, 0.0) if admin is not None else None
            if province is not None:
                return self._site(province), countries, code
        if votes:
            # several provinces: the country they share
            country = self.gaz.country(next(iter(countries)))
            if country is not None:
                return self._site(_to_place(country, 0.0)), countries, None
        return None, countries, None

    def _town(
        self,
        i: int,
        excluded: set[str],
        allowed: set[str],
        admin1: str | None,
        peers: set[int],
        same_line: bool = False,
    ) -> tuple[int, Place] | None:
        """The nearest town the text names, where the evidence allows it to be."""
        m = self.mentions[i]
        words = m.text.split()
        sublocal = bool(words) and words[-1].lower().rstrip(".") in _sublocal_words()
        line = self.layout.line(m.start)
        focus: str | None = None
        best: tuple[int, Place] | None = None
        # a town of another paragraph: the one the report names most (its main town, where
        # a timeline's or a table's unknown names lie), then the closest; a town named once
        # in the next paragraph ("In Benghazi, ...") says nothing of a list above it
        elsewhere: tuple[int, int, Place] | None = None
        named = Counter(
            (pm.place.geonames_id, pm.place.name)
            for k, pm in enumerate(self.resolved)
            if pm.place is not None and k not in self.unknown
        )
        for j, pm in enumerate(self.resolved):
            place = pm.place
            if j == i or j in self.unknown or j in self.ignore or j in peers or place is None:
                continue
            if place.feature not in ("city", "admin2"):
                continue
            cc = place.country_code or ""
            if cc in excluded or (allowed and cc not in allowed):
                continue
            if admin1 is not None and place.admin1_code != admin1:
                continue
            dist = abs(pm.start - m.start)
            if dist > self.weights.near_chars and not sublocal:
                continue
            if self.layout.line(pm.start) != line:
                if same_line:
                    continue
                # another paragraph: only in the country the report is about
                focus = focus or self._focus(excluded) or "-"
                if cc != focus:
                    continue
                count = named[(place.geonames_id, place.name)]
                if elsewhere is None or (-count, dist) < (-elsewhere[0], elsewhere[1]):
                    elsewhere = (count, dist, place)
                continue
            if best is None or dist < best[0]:
                best = (dist, place)
        if best is None and elsewhere is not None:
            best = (elsewhere[1], elsewhere[2])
        return (best[0], self._near(best[1])) if best is not None else None

    def _focus(self, excluded: set[str], least: int = 1) -> str | None:
        """The country the report is about, if it is about one (most of its place names, or
        three times as many as any other country, and at least ``least`` of them), leaving
        out the ``excluded``."""
        names: dict[str, set[str]] = {}
        for j, pm in enumerate(self.resolved):
            cc = pm.place.country_code if pm.place is not None else None
            if j in self.unknown or j in self.ignore or not cc or cc in excluded:
                continue
            names.setdefault(cc, set()).add(self.mentions[j].key)
        if not names:
            return None
        counts = sorted((len(v) for v in names.values()), reverse=True)
        total = sum(counts)
        focus, keys = max(names.items(), key=lambda kv: len(kv[1]))
        second = counts[1] if len(counts) > 1 else 0
        if len(keys) < least:
            return None
        if len(keys) / total >= self.weights.focus_share or len(keys) >= 3 * max(second, 1):
            return focus
        return None

    def _border_countries(self, pos: int) -> set[str]:
        """Countries the sentence rules out: "near the Malian border", "the border with Mali"
        (a place near a country's border lies outside it)."""
        n = self.layout.sentence(pos)
        start = self.layout.sentences[n]
        end = self.layout.sentences[n + 1] if n + 1 < len(self.layout.sentences) else len(self.text)
        out: set[str] = set()
        for match in _BORDER.finditer(self.text, start, end):
            name = match.group("a") or match.group("b")
            cc = demonym_country(name)
            if not cc:
                cc = next(
                    (
                        c.country_code
                        for c in self.gaz.candidates(name, fuzzy=False)
                        if c.feature == "country" and not c.alternate
                    ),
                    None,
                )
            if cc:
                out.add(cc)
        return out

    # -- the places given ------------------------------------------------------------------

    @staticmethod
    def _site(place: Place) -> Place:
        return replace(place, geonames_id=None, feature="site", score=0.0)

    @staticmethod
    def _near(town: Place) -> Place:
        return _placed_at(town, "near", "site", score=0.0)


def _is_water(words: list[str]) -> bool:
    """ "Arabian Sea", "Gulf of Sidra", "Strait of Tiran": a body of water, not a place on land."""
    water = _water_words()
    lowered = [w.lower() for w in words if w.lower() != "the"]
    if not lowered:
        return False
    return lowered[-1] in water or (len(lowered) > 2 and lowered[0] in water and lowered[1] == "of")


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
    sent_starts = (
        [s.start_char for s in doc_sentences(doc)] if doc.has_annotation("SENT_START") else [0]
    )
    offsets = [(s.start_char, s.end_char) for s in spans]
    sentences = [max(0, bisect_right(sent_starts, s.start_char) - 1) for s in spans]
    # the countries the document names by demonym ("Russian state media", "an Israeli
    # airstrike") are evidence of where it is, as the actors' home countries are
    demonyms = {demonym_country(e.text) for e in doc_ents(doc) if e.label_ == "NORP"}
    countries = {c.upper() for c in actor_countries if c} | {c for c in demonyms if c}
    context = GeoContext(countries=tuple(sorted(countries)))
    metonymic = frozenset(
        i
        for i, span in enumerate(spans)
        if span.label_ in ("GPE", "ORG") and _is_metonymic(span, gaz)
    )
    # "near the Cameroon border": evidence of the region, but no place of its own
    border = frozenset(i for i, span in enumerate(spans) if border_modifier(span, gaz))
    resolved = _resolve(doc_text(doc), offsets, sentences, context, gaz, WEIGHTS, metonymic)
    return [pm for i, pm in enumerate(resolved) if i not in metonymic and i not in border]
