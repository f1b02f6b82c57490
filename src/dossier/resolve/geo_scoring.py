"""The geocoder's score: priors, containers, document votes, and the weights that add them up.

For each mention the choice adds up

1. a prior: population and feature type (countries and divisions beat small towns of the
   same name; a town found only through an alternate name is discounted, and so is a small
   town named like a world-famous city unless the text places it);
2. what the text says around the mention (the containers :mod:`geo_candidates` found);
3. the document: countries and first-level divisions that the other mentions point at
   (soft votes, two rounds), the divisions that several names could all lie in ("Paris" and
   "Henry County": Tennessee), the actors' home countries, and nearness to the places
   already resolved;

and the same name is resolved the same way throughout a document.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from dossier.resolve.geo_candidates import _Mention
from dossier.resolve.geo_gazetteer import GeoCandidate

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
    alternate_division_shadow: float = 2.0  # ... when a division holds that name as its own
    city_shadow: float = 3.3  # penalty: a division that shares its name with a big town
    country_alias_shadow: float = 4.0  # penalty: "Tunis" as an old name of Tunisia
    shadow_ratio: float = 15.0  # ... when the town has at least 1/shadow_ratio of its people
    # penalty: a small town named like a world-famous city far away (Geneva, Illinois; Moscow,
    # Idaho), unless the text places it (a container, or other towns of its division)
    famous_shadow: float = 1.0
    famous_population: int = 1_000_000  # a world-famous city: a capital, this many people,
    famous_names: int = 25  # ... or known by this many names
    famous_small: int = 100_000  # the namesake: a town of fewer people,
    famous_people_ratio: float = 5.0  # with a fifth of the famous city's people at most
    famous_names_ratio: float = 3.0  # and a third of its names
    famous_km: float = 161.0  # farther than this from it
    local_division_max: int = 20_000_000  # a province this big ("England") is no local context
    local_margin: float = 1.0  # a name is local context where its best readings lie
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
    focus_share: float = 0.6  # a document "about one country": its share of the place names
    focus_max_population: int = 1_000_000
    near_chars: int = 1000  # an unknown name this close to a resolved town is put near it
    abstain_below: float = 0.1  # abstain when the best probability is below this


WEIGHTS = Weights()


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
            if c.feature != "country" and any(
                o.feature == c.feature and not o.alternate and o.id != c.id for o in m.candidates
            ):
                # "Bay region": Somalia's Bay, not Massachusetts (the "Bay State")
                score -= w.alternate_division_shadow
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


def _famous(c: GeoCandidate, w: Weights, own_name: bool = True) -> bool:
    """A world-famous city: a country's capital, a city of millions, or one known by many
    names (Geneva: 33 spellings); with ``own_name``, only when the mention gives its own
    name ("New York" also names New York City)."""
    return (
        c.feature == "city"
        and not (own_name and c.alternate)
        and (c.capital or c.population >= w.famous_population or c.name_count >= w.famous_names)
    )


def _shadowing(c: GeoCandidate, candidates: list[GeoCandidate], w: Weights) -> GeoCandidate | None:
    """The world-famous city far away that a small town is named like: Geneva (201,741
    people, 33 names) for Geneva, Illinois (21,806 people, 6 names); None for most towns."""
    if c.feature != "city" or c.population >= w.famous_small:
        return None
    return next(
        (
            f
            for f in candidates
            if f.id != c.id
            and _famous(f, w)
            and f.population >= w.famous_people_ratio * c.population
            and f.name_count >= w.famous_names_ratio * c.name_count
            and _distance_km(f, c) > w.famous_km
        ),
        None,
    )


def _local_divisions(
    mentions: list[_Mention], priors: dict[int, dict[int, float]], w: Weights
) -> dict[str, set[str]]:
    """Per first-level division, the names that may be it or towns or districts in it
    ("Idaho", "Latah County", "Pullman"): the local context that lets a small town named like
    a famous city be that town. A famous city's own name ("New York", "Washington") is no
    such context: it is named in news from anywhere; nor is a division as big as a country
    ("England")."""
    out: dict[str, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if not m.candidates or any(_famous(c, w, own_name=False) for c in m.candidates):
            continue
        top = max(priors[i].values())
        for c in m.candidates:
            if (
                priors[i][c.id] >= top - w.local_margin
                and (
                    c.feature in ("city", "admin2")
                    or (c.feature == "admin1" and c.population < w.local_division_max)
                )
                and c.admin1_code
            ):
                out[c.admin1_code].add(m.key)
    return out


def _famous_shadows(
    mentions: list[_Mention], priors: dict[int, dict[int, float]], w: Weights
) -> set[tuple[int, int]]:
    """Discount (in ``priors``) the small towns named like a world-famous city that the text
    does not place, and return them (mention index, candidate id): "Talks in Geneva failed"
    in a report about Haiti is Switzerland's Geneva even when it also names New York and the
    United States; "Geneva, Ill." or a report naming the towns around Geneva, Illinois, keeps
    the town. The countries a report names are no evidence for such a town abroad (the
    ids returned are those towns)."""
    local = _local_divisions(mentions, priors, w)
    out: set[tuple[int, int]] = set()
    for i, m in enumerate(mentions):
        for c in m.candidates:
            famous = _shadowing(c, m.candidates, w)
            if famous is None:
                continue
            if local.get(c.admin1_code or "", set()) - {m.key}:
                continue
            if any(_container_match(c, k) for k in (*m.containers, *m.weak_containers)):
                continue  # "Moscow, Idaho"
            priors[i][c.id] -= w.famous_shadow
            if famous.country_code != c.country_code:
                out.add((i, c.id))
    return out


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
        local = {c.id: _prior(m, c, w) for c in m.candidates}
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
        priors[i] = local
    # small towns named like a world-famous city, where the text does not place them
    shadowed = _famous_shadows(mentions, priors, w)
    for i, m in enumerate(mentions):
        local = priors[i]
        for c in m.candidates:
            if c.country_code in context.countries and (i, c.id) not in shadowed:
                local[c.id] += w.context_country
            if c.admin1_code and c.admin1_code in context.admin1:
                local[c.id] += w.context_country
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
                if (i, c.id) not in shadowed:
                    s += w.country_vote * cs.get(c.country_code or "", 0.0)
                if c.feature in ("city", "admin2", "admin1"):
                    # the other names in a province speak for it as for its towns ("the
                    # Quebec government" in a report about Montreal: the province)
                    s += w.admin1_vote * a1.get(c.admin1_code or "", 0.0)
                if c.feature in ("city", "admin2"):
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
