"""The geocoder's candidates for a mention, and what the text around the mention says.

:func:`_candidates` strips a surface form ("Helmand province", "the United States's") to the
name the gazetteer knows and looks it up; :func:`_context_hints` reads the containers the
text names next to it ("Quetta, the capital of Pakistan's Balochistan province",
"Springfield, Ill.", "Pakistan's Balochistan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from wordfreq import zipf_frequency

from dossier.resolve.geo_gazetteer import GeoCandidate, GeoGazetteer, normalise_place_name
from dossier.resolve.geo_rules import (
    _demonyms,
    _division_words,
    _never_alone,
    _regional_adjectives,
)

MAX_CANDIDATES = 200

_CAP_WORDS = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+|de\s+|al-)?[A-Z][\w'’.-]*){0,3}"
_AFTER_COMMA = re.compile(r"\s*,\s*(" + _CAP_WORDS + ")")
_APPOSITION = re.compile(
    r"\s*,\s*(?:the|a|an)\s+[a-z][\w\s-]{0,40}?\b(?:of|in|near)\s+((?:[A-Z][\w'’.-]*\s*){1,6})"
)
_PARENTHESIS = re.compile(r"\s*\(\s*(" + _CAP_WORDS + r")\s*\)")
_COMMA_IN = re.compile(r"\s*,\s*in\s+(?:the\s+)?(" + _CAP_WORDS + ")")
_IN_CONTAINER = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(" + _CAP_WORDS + ")")
# "Pakistan's Balochistan", "Cairo's gated suburb of Madinaty"
_POSSESSOR_BEFORE = re.compile(
    r"(" + _CAP_WORDS + r")['’]s\s+(?:[a-z]+\s+)?(?:(?:[a-z]+\s+){1,2}of\s+)?$"
)


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
    elif len(words) > 1 and words[-1].lower() in _town_district_words():
        # "Damboa LGA": a district named after its town (the geocoder puts it at the town)
        words = words[:-1]
    if len(words) > 2 and words[0].lower() in _division_words() and words[1] == "of":
        division = True
        words = words[2:]
    return " ".join(words), division


@lru_cache(maxsize=1)
def _town_district_words() -> frozenset[str]:
    """Second-level division words that reports write after the town a district is named
    after ("Damboa LGA"), from ``district_words`` in ``data/geo/admin_terms.yaml``."""
    from dossier.resolve.geo_rules import _admin_terms

    return frozenset(str(w).lower() for w in _admin_terms().get("district_words") or ())


# last words of a facility or area named after the place it is in ("Colchester General
# Hospital", "Cavan Town Hall", "Readington Township", "Plymouth Co."); streets and parks
# are left out: they are named after places elsewhere ("Royal Street", "Griffith Park")
_FACILITY_WORDS = frozenset(
    [
        "hospital",
        "university",
        "college",
        "airport",
        "court",
        "courthouse",
        "cathedral",
        "church",
        "basilica",
        "chapel",
        "castle",
        "stadium",
        "arena",
        "centre",
        "center",
        "hall",
        "academy",
        "institute",
        "school",
        "museum",
        "gallery",
        "library",
        "prison",
        "station",
        "harbor",
        "harbour",
        "port",
        "racecourse",
        "district",
        "township",
        "twp",
        "co",
        "estate",
        "area",
    ]
)


def _facility_fallback(gaz: GeoGazetteer, name: str) -> list[GeoCandidate]:
    """The place that leads a facility's name, for a name the gazetteer lacks."""
    words = name.replace("-", " ").split()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in _FACILITY_WORDS:
        return []
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        key = normalise_place_name(head)
        if (
            len(key) < 4  # "St. Michael's Hospital"
            or not head[:1].isupper()
            or key in _never_alone()
            or key in _demonyms()
        ):
            continue
        found = [
            replace(c, alternate=True)
            for c in gaz.candidates(head, fuzzy=False)
            if c.feature in ("city", "admin1", "admin2", "country")
        ]
        if found:
            # a facility is in a town: "Baghdad International Airport" is at Baghdad city,
            # not in Baghdad province
            if not is_facility_name(name):
                return found
            return [c for c in found if c.feature == "city"] or found
    return []


# the compass halves a division is split into ("Maguindanao del Sur", "Kasai Oriental")
_COMPASS_TAILS = frozenset(
    ["sur", "norte", "este", "oeste", "oriental", "occidental", "nord", "north", "south"]
)


def _split_division_fallback(gaz: GeoGazetteer, name: str) -> list[GeoCandidate]:
    """A division the gazetteer lacks that halves one it knows: "Maguindanao del Sur" (split
    from Maguindanao) lies in Maguindanao's first-level division."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _COMPASS_TAILS:
        return []
    head = words[:-1]
    if head and head[-1].islower():
        head = head[:-1]
    if not head:
        return []
    return [
        replace(c, alternate=True)
        for c in gaz.candidates(" ".join(head), fuzzy=False)
        if c.feature in ("admin1", "admin2", "region")
    ]


# last words of _FACILITY_WORDS that name an area, not a building
_AREA_WORDS = frozenset(["district", "township", "twp", "co", "estate", "area"])


def is_facility_name(surface: str) -> bool:
    """ "Baghdad International Airport", "Cavan Town Hall": a name that ends with a facility
    word."""
    words = surface.replace("-", " ").split()
    last = words[-1].lower().rstrip(".") if words else ""
    return len(words) >= 2 and last in _FACILITY_WORDS and last not in _AREA_WORDS


def _candidates(
    gaz: GeoGazetteer, surface: str, fallback: bool = False
) -> tuple[str, bool, list[GeoCandidate]]:
    """The key, whether a division word was said, and the candidates of a surface form.

    With ``fallback`` (resolving spans already chosen), a name that matches nothing may
    borrow the place its first words name ("Cavan Town Hall" → Cavan).
    """
    name, division = _strip_surface(surface)
    found = gaz.candidates(surface)
    abbreviation = gaz.abbreviation(surface.strip()) if surface.strip().endswith(".") else None
    if abbreviation:
        # "Mo.", "Que.", "Mont.": an AP abbreviation of a state or province, not a town
        admin = gaz.admin1(abbreviation)
        if admin is not None:
            found = [admin]
    if name != surface.strip():
        extra = gaz.candidates(name)
        if division:
            extra = [c for c in extra if c.feature not in ("city", "country")]
        # the bare name may hold a place as its own name that the surface reached only as
        # an alternate ("Bay region" → Somalia's Bay): keep the better match
        own = {c.id: c for c in extra if not c.alternate}
        found = [own.get(c.id, c) if c.alternate else c for c in found]
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
    if not found and fallback:
        found = _facility_fallback(gaz, surface.strip()) or _split_division_fallback(
            gaz, name.strip()
        )
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
            if normalise_place_name(name) in _never_alone():
                continue  # "North" of "North Waziristan" is no division of its own
            found = [
                c
                for c in gaz.candidates(name, fuzzy=False)
                if c.feature in ("country", "admin1", "admin2", "region")
            ]
            # a district by another of its names only when nothing else has that name
            # ("North Waziristan", not the New York County of "New York")
            others = [c for c in found if not (c.alternate and c.feature == "admin2")]
            if others or n == 1:
                found = others
            if (
                found
                and n < len(words)
                and _continues_name(words[n])
                and not any(c.feature in ("country", "admin1") for c in found)
            ):
                # "Souq al-Jumaa, Ain Zara": the name goes on; no French department Ain (a
                # state or a country that starts a longer name still contains: "California
                # Polytechnic State University")
                continue
            if found:
                out.extend(found)
                break
    return out


_NAME_WORD_ZIPF = 4.0  # a capitalised word rarer than this goes on a name ("Zara", not "Police")


def _continues_name(word: str) -> bool:
    """A capitalised, uncommon word after a container's first words: the name goes on ("Ain
    Zara" is not the container "Ain"); division words ("Province") and common words ("Police")
    do not continue it."""
    return (
        word[:1].isupper()
        and word.lower().rstrip(".,") not in _division_words()
        and zipf_frequency(word.lower().rstrip(".,"), "en") < _NAME_WORD_ZIPF
    )


def _context_hints(gaz: GeoGazetteer, text: str, m: _Mention) -> None:
    tail = text[m.end : m.end + 120]
    head = text[max(0, m.start - 60) : m.start]
    match = _APPOSITION.match(tail)
    if match:
        m.containers.extend(_containers_from(gaz, match.group(1)))
    if not m.containers:
        match = _AFTER_COMMA.match(tail) or _COMMA_IN.match(tail)
        if match is None and not m.candidates:
            # "Mir Ali (North Waziristan)": only for a name the gazetteer lacks ("WASHINGTON
            # (AP)" is no town in a division AP)
            match = _PARENTHESIS.match(tail)
        if match:
            m.containers.extend(_containers_from(gaz, match.group(1)))
    match = _POSSESSOR_BEFORE.search(head)
    if match:
        m.containers.extend(_containers_from(gaz, match.group(1)))
    match = _IN_CONTAINER.match(tail)
    if match:
        m.weak_containers.extend(_containers_from(gaz, match.group(1)))
    if m.division:
        m.containers.extend(_countries_of_smaller_division(gaz, head))


# "(Tapoa province, East region)": a division listed after a smaller one, each with its
# division word, lies in the same country
_DIVISION_BEFORE = re.compile(r"(" + _CAP_WORDS + r")\s+([a-z]+)\s*,\s*(?:the\s+)?$")


def _countries_of_smaller_division(gaz: GeoGazetteer, head: str) -> list[GeoCandidate]:
    """The countries of the division named right before a division ("Tapoa province, East
    region": Burkina Faso's East, not Cameroon's), where that one is in a single country."""
    match = _DIVISION_BEFORE.search(head)
    if match is None or match.group(2) not in _division_words():
        return []
    codes = {
        c.country_code
        for c in gaz.candidates(match.group(1), fuzzy=False)
        if c.feature in ("admin1", "admin2") and c.country_code
    }
    if len(codes) != 1:
        return []
    country = gaz.country(next(iter(codes)))
    return [country] if country is not None else []
