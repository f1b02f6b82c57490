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
(``place=None``) when the best candidate is weak, and keeps the score.

>>> [m.place.country_code for m in geocode_spans("Fighting in Kabul.", [(12, 17)])]
['AF']
"""

from __future__ import annotations

import csv
import io
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from dossier.records import Place, PlaceMention
from dossier.resolve.geo_gazetteer import (
    DATA_DIR,
    GeoCandidate,
    GeoGazetteer,
    normalise_place_name,
    open_geo_gazetteer,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MAX_CANDIDATES = 200
COMMON_WORD_ZIPF = 4.3  # wordfreq Zipf frequency above which a word is too common to be a town
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class GeoContext:
    """What is known about a document before its places are resolved.

    ``countries``: ISO 3166-1 alpha-2 codes (the actors' home countries, a source's country);
    ``admin1``: ISO 3166-2 codes.
    """

    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()


@dataclass(frozen=True)
class Weights:
    """The weights of the candidate score.

    Tuned by coordinate ascent on the mean strict acc@161km of LGL, TR-News and GeoWebNews
    (oracle spans); GeoVirus was kept out of tuning.
    """

    population: float = 0.55
    feature: dict[str, float] = field(
        default_factory=lambda: {
            "country": 3.0,
            "admin1": 2.0,
            "continent": 3.0,
            "region": 0.0,
            "sea": 0.0,
            "admin2": 0.3,
            "city": 0.0,
        }
    )
    capital: float = 0.0  # a country's capital ("Moscow", "Paris", "Washington")
    curated_region: float = 5.5  # a hand-written conflict region
    alternate_city: float = 2.1  # penalty: a town matched only through an alternate name
    alternate_big_city: float = 0.15
    alternate_admin2: float = 2.0
    alternate_division: float = 0.0
    city_shadow: float = 3.3  # penalty: a division that shares its name with a big town
    country_alias_shadow: float = 4.0  # penalty: "Tunis" as an old name of Tunisia
    shadow_ratio: float = 15.0  # ... when the town has at least 1/shadow_ratio of its people
    division_word: float = 3.0  # penalty: a town named "X province"
    country_vote: float = 2.5
    admin1_vote: float = 3.0
    vote_smoothing: float = 1.0
    co_presence: float = 2.0
    co_smoothing: float = 1.0
    plausible_margin: float = 2.5  # a name votes for the divisions of its plausible candidates
    container_country: float = 4.0
    container_admin1: float = 3.0
    context_country: float = 1.5
    nearby: float = 1.5
    nearby_km: float = 200.0
    abstain_below: float = 0.1  # abstain when the best probability is below this


WEIGHTS = Weights()


# ---------------------------------------------------------------------------------------------
# data files


@lru_cache(maxsize=1)
def _precision_table() -> dict[str, tuple[int | None, int | None]]:
    text = (DATA_DIR / "precision.csv").read_text(encoding="utf-8")
    table: dict[str, tuple[int | None, int | None]] = {}
    rows = csv.reader(io.StringIO(text))
    for row in rows:
        if not row or row[0].startswith("#"):
            continue
        acled = int(row[1]) if row[1] else None
        ucdp = int(row[2]) if row[2] else None
        table[row[0]] = (acled, ucdp)
    return table


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    words: dict[str, str] = {}
    text = (DATA_DIR / "demonyms.csv").read_text(encoding="utf-8")
    for row in csv.reader(io.StringIO(text)):
        if row and not row[0].startswith("#") and row[0] != "demonym":
            words[normalise_place_name(row[0])] = row[1]
    extra = yaml.safe_load((DATA_DIR / "demonyms_extra.yaml").read_text(encoding="utf-8"))
    for word, cc in (extra.get("demonyms") or {}).items():
        words[normalise_place_name(str(word))] = str(cc or "")
    for word, cc in list(words.items()):
        words.setdefault(word + "s", cc)
        words.setdefault(word + "es", cc)
    return words


@lru_cache(maxsize=1)
def _regional_adjectives() -> dict[str, str]:
    """ "European" -> "Europe": adjectives of continents and regions."""
    extra = yaml.safe_load((DATA_DIR / "demonyms_extra.yaml").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for word, region in (extra.get("regions") or {}).items():
        key = normalise_place_name(str(word))
        out[key] = str(region)
        out.setdefault(key + "s", str(region))
    return out


@lru_cache(maxsize=1)
def _metonymy() -> dict:
    data = yaml.safe_load((DATA_DIR / "metonymy.yaml").read_text(encoding="utf-8"))
    return {
        "min_population": int(data.get("min_population", 100000)),
        "verbs": frozenset(data.get("verbs") or ()),
        "possessed_nouns": frozenset(data.get("possessed_nouns") or ()),
        "be_predicates": frozenset(data.get("be_predicates") or ()),
        "object_verbs": frozenset(data.get("object_verbs") or ()),
    }


@lru_cache(maxsize=1)
def _admin_terms() -> dict:
    return yaml.safe_load((DATA_DIR / "admin_terms.yaml").read_text(encoding="utf-8"))


def _division_words() -> frozenset[str]:
    return frozenset(_admin_terms().get("division_words") or ())


def _never_alone() -> frozenset[str]:
    return frozenset(normalise_place_name(w) for w in _admin_terms().get("never_alone") or ())


def is_demonym(text: str) -> bool:
    """True for a nationality, group or regional adjective ("Afghan", "Pakistanis", "African")."""
    key = normalise_place_name(text)
    return key in _demonyms() or key in _regional_adjectives()


# ---------------------------------------------------------------------------------------------
# mentions and what the text around them says

_CAP_WORDS = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+|de\s+|al-)?[A-Z][\w'’.-]*){0,3}"
_AFTER_COMMA = re.compile(r"\s*,\s*(" + _CAP_WORDS + ")")
_APPOSITION = re.compile(
    r"\s*,\s*(?:the|a|an)\s+[a-z][\w\s-]{0,40}?\b(?:of|in|near)\s+((?:[A-Z][\w'’.-]*\s*){1,6})"
)
_IN_CONTAINER = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(" + _CAP_WORDS + ")")
_POSSESSOR_BEFORE = re.compile(r"(" + _CAP_WORDS + r")['’]s\s+(?:[a-z]+\s+)?$")


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    sentence: int
    key: str
    division: bool  # the surface carries a division word ("Helmand province")
    candidates: list[GeoCandidate]
    containers: list[GeoCandidate] = field(default_factory=list)
    weak_containers: list[GeoCandidate] = field(default_factory=list)
    scores: dict[int, float] = field(default_factory=dict)
    probs: dict[int, float] = field(default_factory=dict)


def _strip_surface(surface: str) -> tuple[str, bool]:
    """The name inside a surface form and whether it said "province"/"state"/..."""
    text = re.sub(r"['’]s$", "", surface.strip())
    text = re.sub(r"^(?:the|The)\s+", "", text)
    words = text.split()
    division = False
    if len(words) > 1 and words[-1].lower() in _division_words():
        division = True
        words = words[:-1]
    if len(words) > 2 and words[0].lower() in _division_words() and words[1] == "of":
        division = True
        words = words[2:]
    return " ".join(words), division


def _candidates(gaz: GeoGazetteer, surface: str) -> tuple[str, bool, list[GeoCandidate]]:
    name, division = _strip_surface(surface)
    found = gaz.candidates(surface)
    if name != surface.strip():
        extra = gaz.candidates(name)
        if division:
            extra = [c for c in extra if c.feature not in ("city", "country")]
        seen = {c.id for c in found}
        found = found + [c for c in extra if c.id not in seen]
    upper = surface.replace(".", "").replace(" ", "")
    if upper.isupper() and len(upper) <= 4:
        # "US", "UK": an abbreviation match beats a town spelled the same
        strong = [
            c for c in found if c.feature in ("country", "admin1") or c.population >= 1_000_000
        ]
        found = strong or found
    if not found:
        code = gaz.abbreviation(surface.strip())
        admin = gaz.admin1(code) if code else None
        if admin is not None:
            found = [admin]
    region = _regional_adjectives().get(normalise_place_name(name))
    if region and not found:
        found = [
            c for c in gaz.candidates(region) if c.feature in ("region", "continent", "admin1")
        ]
    country_code = _demonyms().get(normalise_place_name(name))
    if country_code:
        # a demonym given as a place ("American" in LGL, "Spanish"): its country first
        country = gaz.country(country_code)
        if country is not None and all(c.id != country.id for c in found):
            found = [replace(country, alternate=True), *found]
    if len(found) > MAX_CANDIDATES:
        found = sorted(found, key=lambda c: -c.population)[:MAX_CANDIDATES]
    return normalise_place_name(name), division, found


def _containers_from(gaz: GeoGazetteer, phrase: str) -> list[GeoCandidate]:
    """Countries and divisions named by the start of ``phrase`` ("Ill.", "Pakistan's ...")."""
    out: list[GeoCandidate] = []
    phrase = phrase.strip()
    code = gaz.abbreviation(phrase.split(" ")[0]) if phrase else None
    if code:
        admin = gaz.admin1(code)
        if admin:
            return [admin]
    parts = re.split(r"['’]s\s+", phrase)
    for part in parts:
        words = part.split()
        for n in range(min(len(words), 4), 0, -1):
            chunk = " ".join(words[:n]).rstrip(".,")
            name, _ = _strip_surface(chunk)
            found = [
                c
                for c in gaz.candidates(name, fuzzy=False)
                if c.feature in ("country", "admin1", "admin2", "region")
                and not (c.alternate and c.feature == "admin2")
            ]
            if found:
                out.extend(found)
                break
    return out


def _context_hints(gaz: GeoGazetteer, text: str, m: _Mention) -> None:
    tail = text[m.end : m.end + 120]
    head = text[max(0, m.start - 60) : m.start]
    match = _APPOSITION.match(tail)
    if match:
        m.containers.extend(_containers_from(gaz, match.group(1)))
    if not m.containers:
        match = _AFTER_COMMA.match(tail)
        if match:
            m.containers.extend(_containers_from(gaz, match.group(1)))
    match = _POSSESSOR_BEFORE.search(head)
    if match:
        m.containers.extend(_containers_from(gaz, match.group(1)))
    match = _IN_CONTAINER.match(tail)
    if match:
        m.weak_containers.extend(_containers_from(gaz, match.group(1)))


# ---------------------------------------------------------------------------------------------
# scoring


def _distance_km(a: GeoCandidate, b: GeoCandidate) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _container_match(c: GeoCandidate, container: GeoCandidate) -> str | None:
    """How ``c`` sits inside ``container``: "admin1", "country" or None."""
    if c.id == container.id:
        return None
    if container.feature == "country":
        return "country" if c.country_code == container.country_code else None
    if container.feature == "admin1":
        if c.admin1_code and c.admin1_code == container.admin1_code:
            return "admin1"
        return None
    if container.feature == "region":
        codes = container.countries or ((container.country_code,) if container.country_code else ())
        return "country" if c.country_code in codes else None
    if container.feature == "admin2" and c.country_code == container.country_code:
        return "admin1" if c.admin1_code == container.admin1_code else None
    return None


def _prior(m: _Mention, c: GeoCandidate, w: Weights) -> float:
    score = w.population * math.log10(c.population + 10)
    score += w.feature.get(c.feature, 0.0)
    if c.capital:
        score += w.capital
    if c.id < 0:  # hand-written regions have negative ids
        score += w.curated_region
    if c.alternate:
        if c.feature == "city":
            score -= w.alternate_city if c.population < 100000 else w.alternate_big_city
        elif c.feature == "admin2":
            score -= w.alternate_admin2
        else:
            score -= w.alternate_division
    if m.division and c.feature == "city":
        score -= w.division_word
    # "Albany", "Columbia": a town's own name beats a country's old or foreign name
    if (
        c.feature == "country"
        and c.alternate
        and any(
            o.feature == "city" and not o.alternate and o.population >= 10000 for o in m.candidates
        )
    ):
        score -= w.country_alias_shadow
    if c.feature in ("admin1", "admin2") and not m.division:
        # "Kabul", "Quetta", "Gaza": the town, not a division of the same name
        for other in m.candidates:
            if (
                other.feature == "city"
                and other.population >= 100000
                and not other.alternate
                and (
                    other.country_code != c.country_code
                    or other.population * w.shadow_ratio >= c.population
                )
                and (c.alternate or other.country_code == c.country_code)
            ):
                score -= w.city_shadow
                break
    return score


def _softmax(scores: dict[int, float]) -> dict[int, float]:
    if not scores:
        return {}
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


_Votes = dict[str, dict[str, float]]


def _votes(mentions: list[_Mention]) -> tuple[_Votes, _Votes, dict[str, int]]:
    """Per mention key, the soft votes for countries and admin1 codes its mentions cast."""
    country: _Votes = defaultdict(lambda: defaultdict(float))
    admin1: _Votes = defaultdict(lambda: defaultdict(float))
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.key] += 1
        by_id = {c.id: c for c in m.candidates}
        for cid, p in m.probs.items():
            c = by_id[cid]
            if c.country_code:
                country[m.key][c.country_code] += p
            if c.admin1_code and c.feature in ("admin1", "admin2", "city"):
                admin1[m.key][c.admin1_code] += p
    return country, admin1, counts


def _shares(
    votes: _Votes, counts: dict[str, int], exclude: str, smoothing: float
) -> dict[str, float]:
    """Share of the other mentions' votes per code; a few mentions say less than many."""
    total: dict[str, float] = defaultdict(float)
    n = sum(c for key, c in counts.items() if key != exclude)
    if not n:
        return {}
    for key, dist in votes.items():
        if key == exclude:
            continue
        for code, v in dist.items():
            total[code] += v
    return {code: v / (n + smoothing) for code, v in total.items()}


def _co_presence(presence: dict[str, set[str]], exclude: str, smoothing: float) -> dict[str, float]:
    """Per admin1 code, the share of the other names that have a candidate there."""
    counts: dict[str, float] = defaultdict(float)
    others = [codes for key, codes in presence.items() if key != exclude]
    for codes in others:
        for code in codes:
            counts[code] += 1
    return {code: v / (len(others) + smoothing) for code, v in counts.items()}


def _score_document(mentions: list[_Mention], context: GeoContext, w: Weights) -> None:
    """Score every candidate of every mention in place (``m.scores``, ``m.probs``).

    Local evidence first (prior, containers, outside context); then two rounds in which each
    mention sees the soft country/admin1 votes of the other names, the divisions their
    plausible candidates share, and the towns already resolved near it.
    """
    priors: dict[int, dict[int, float]] = {}
    for i, m in enumerate(mentions):
        priors[i] = {c.id: _prior(m, c, w) for c in m.candidates}
        local = dict(priors[i])
        for c in m.candidates:
            for container in m.containers:
                kind = _container_match(c, container)
                if kind == "admin1":
                    local[c.id] += w.container_admin1
                elif kind == "country":
                    local[c.id] += w.container_country
            for container in m.weak_containers:
                kind = _container_match(c, container)
                if kind:
                    local[c.id] += 0.5 * w.container_country
            if c.country_code in context.countries:
                local[c.id] += w.context_country
            if c.admin1_code and c.admin1_code in context.admin1:
                local[c.id] += w.context_country
        priors[i] = local
        m.scores = dict(local)
        m.probs = _softmax(local)
    # which first-level divisions each name could be in ("Paris" and "Henry County": TN)
    presence: dict[str, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        top = max(priors[i].values())
        presence[m.key].update(
            c.admin1_code
            for c in m.candidates
            if c.admin1_code and priors[i][c.id] >= top - w.plausible_margin
        )
    for _ in range(2):
        country_votes, admin1_votes, counts = _votes(mentions)
        anchors = [
            (m.key, c)
            for m in mentions
            for c in m.candidates
            if m.probs.get(c.id, 0) >= 0.8 and c.feature in ("city", "admin2")
        ]
        for i, m in enumerate(mentions):
            co = _co_presence(presence, m.key, w.co_smoothing)
            cs = _shares(country_votes, counts, m.key, w.vote_smoothing)
            a1 = _shares(admin1_votes, counts, m.key, w.vote_smoothing)
            scores = {}
            for c in m.candidates:
                s = priors[i][c.id]
                s += w.country_vote * cs.get(c.country_code or "", 0.0)
                if c.feature in ("city", "admin2"):
                    s += w.admin1_vote * a1.get(c.admin1_code or "", 0.0)
                    s += w.co_presence * co.get(c.admin1_code or "", 0.0)
                if c.feature in ("city", "admin2") and anchors:
                    near = min(
                        (_distance_km(c, a) for key, a in anchors if key != m.key and a.id != c.id),
                        default=None,
                    )
                    if near is not None:
                        s += w.nearby * max(0.0, 1.0 - near / w.nearby_km)
                scores[c.id] = s
            m.scores = scores
            m.probs = _softmax(scores)
    # the same name is the same place throughout a document
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    for group in groups.values():
        if len(group) < 2:
            continue
        total: dict[int, float] = defaultdict(float)
        for m in group:
            for cid, p in m.probs.items():
                total[cid] += p
        for m in group:
            mine = {c.id: total.get(c.id, 0.0) for c in m.candidates}
            norm = sum(mine.values()) or 1.0
            m.probs = {cid: v / norm for cid, v in mine.items()}


# ---------------------------------------------------------------------------------------------
# records


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
        key, division, cands = _candidates(gaz, surface)
        m = _Mention(start, end, surface, sent, key, division, cands)
        if cands:
            _context_hints(gaz, text, m)
        mentions.append(m)
    _score_document([m for m in mentions if m.candidates], context, weights)
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
    return out


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


# ---------------------------------------------------------------------------------------------
# end to end from a spaCy Doc

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# prepositions that put a name tagged ORG/NORP in the place slot ("killed in Quetta");
# a name tagged PERSON needs a stricter one ("spoke to Jordan" is a person)
_LOCATIVE = frozenset(
    {"in", "at", "near", "from", "outside", "across", "to", "into", "around", "throughout"}
)
_PERSON_LOCATIVE = frozenset({"in", "near", "outside"})
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
    if not any(
        not c.alternate
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
    if root.dep_ == "poss" or (root.dep_ == "compound" and head.pos_ == "NOUN"):
        return head.lemma_.lower() in cues["possessed_nouns"]
    return False


def _trim(span: Span) -> Span:
    """Drop a leading article and a trailing possessive: "the United States's" -> "United States"."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start + 1 and span.doc[end - 1].text in ("'s", "’s", "'", "’", "-", "–"):
        end -= 1
    return span.doc[start:end] if (start, end) != (span.start, span.end) else span


def _strong(found: list[GeoCandidate], min_population: int) -> list[GeoCandidate]:
    return [
        c
        for c in found
        if not c.alternate
        and (c.feature in ("country", "admin1") or c.population >= min_population or c.id < 0)
    ]


def _embedded_place(span: Span, gaz: GeoGazetteer) -> Span | None:
    """The place that starts an organisation's name: "Kabul" in "Kabul University"."""
    for n in range(len(span) - 1, 0, -1):
        head = span[:n]
        text = head.text
        if len(text) < 4 or not all(t.is_title or t.is_upper for t in head if t.is_alpha):
            continue
        if is_demonym(text) or head[-1].is_punct or normalise_place_name(text) in _never_alone():
            continue
        strong = _strong(gaz.candidates(text, fuzzy=False), 5000)
        if strong and (n > 1 or _not_a_common_word(text, strong)):
            return head
    return None


def _not_a_common_word(text: str, strong: list[GeoCandidate]) -> bool:
    """A one-word place name that is not also a common word ("Green", "University")."""
    if any(c.feature in ("country", "admin1") or c.population >= 1_000_000 for c in strong):
        return True
    from wordfreq import zipf_frequency

    return zipf_frequency(text.lower(), "en") < COMMON_WORD_ZIPF


def place_spans(doc: Doc, gazetteer: GeoGazetteer | None = None) -> list[Span]:
    """The spans of ``doc`` that name places (before metonymy is checked).

    GPE, LOC and FAC entities; ORG, NORP and PERSON entities that are really towns
    ("Quetta" tagged ORG, "Aleppo" tagged NORP); the place at the start of an organisation's
    name ("Kabul" in "Kabul University"). Demonyms ("Afghan") are left out.
    """
    gaz = gazetteer or open_geo_gazetteer()
    spans: list[Span] = []
    # a name tagged as a place once is a place wherever the model tagged it otherwise
    place_names = {
        normalise_place_name(_trim(e).text) for e in doc.ents if e.label_ in ("GPE", "LOC")
    }
    for ent in doc.ents:
        span = _trim(ent)
        text = span.text.strip()
        if not text or is_demonym(text) or normalise_place_name(text) in _never_alone():
            continue
        # the same suffix stripping as the geocoder ("Jowzjan Province" → Jowzjan)
        found = _candidates(gaz, text)[2]
        if ent.label_ in PLACE_LABELS:
            if found or ent.label_ != "GPE":
                spans.append(span)
                continue
        elif ent.label_ in ("ORG", "NORP", "PERSON") and not _ORG_WORDS.search(text):
            # a town tagged ORG ("killed in Quetta"), but not "Toyota" or "Lincoln said"
            strong = _strong(found, 50000)
            after_comma = _AFTER_COMMA.match(doc.text[span.end_char :])
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            locative = before in (_LOCATIVE if ent.label_ != "PERSON" else _PERSON_LOCATIVE)
            seen_as_place = (
                found and ent.label_ != "PERSON" and normalise_place_name(text) in place_names
            )
            if seen_as_place or (strong and (after_comma or locative)):
                spans.append(span)
                continue
        if ent.label_ in ("ORG", "FAC", "GPE") and len(span) > 1 and not ent.ent_id_:
            # not inside a gazetteer actor's name: "Wagner Group" holds no town Wagner
            head = _embedded_place(span, gaz)
            if head is not None:
                spans.append(head)
    return spans


def resolve_places(
    doc: Doc,
    actor_countries: Sequence[str] = (),
    gazetteer: GeoGazetteer | None = None,
) -> list[PlaceMention]:
    """Find and resolve the places a spaCy ``doc`` names (end-to-end).

    :param doc: a parsed document (entities, dependency parse and sentences).
    :param actor_countries: ISO 3166-1 alpha-2 home countries of the document's actors.
    :returns: one :class:`PlaceMention` per place mention, in text order; demonyms and
        metonymic uses are left out; ``place`` is None where the geocoder abstains.
    """
    gaz = gazetteer or open_geo_gazetteer()
    spans = place_spans(doc, gaz)
    sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    offsets = [(s.start_char, s.end_char) for s in spans]
    sentences = [max(0, bisect_right(sent_starts, s.start_char) - 1) for s in spans]
    context = GeoContext(countries=tuple(c.upper() for c in actor_countries if c))
    resolved = _resolve(doc.text, offsets, sentences, context, gaz, WEIGHTS)
    out: list[PlaceMention] = []
    for span, pm in zip(spans, resolved, strict=True):
        if span.label_ in ("GPE", "ORG") and _is_metonymic(span, gaz):
            continue
        out.append(pm)
    return out


_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|of|from|to)\s+(?:the\s+)?$", re.IGNORECASE)


def is_known_place(name: str, before: str = "") -> bool:
    """A name the geographic gazetteer knows as a country, division, region or town.

    Used to send places that the model tagged as organisations or people ("Quetta") to the
    geocoder instead of the actor list. ``before`` is the text just before the name: after a
    locative preposition ("in Faladié") a small town is enough; otherwise a town must be
    sizeable, so that organisations named like a village stay organisations.
    """
    min_population = 1_000 if _LOCATIVE.search(before[-20:]) else 50_000
    for c in open_geo_gazetteer().candidates(name, fuzzy=False):
        if c.feature in {"country", "admin1", "admin2", "region", "continent"}:
            return True
        if not c.alternate and c.population >= min_population:
            return True
    return False
