"""The geocoder's cue data: demonyms, metonymy cues, division words, the precision crosswalk.

Each loader reads one packaged file under ``data/geo/`` once (``demonyms.csv``,
``demonyms_extra.yaml``, ``metonymy.yaml``, ``admin_terms.yaml``, ``precision.csv``).

>>> is_demonym("Afghan"), is_demonym("Kabul")
(True, False)
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache

from dossier.datafiles import load_yaml
from dossier.resolve.geo_gazetteer import DATA_DIR, normalise_place_name


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
    extra = load_yaml("geo/demonyms_extra.yaml")
    for word, cc in (extra.get("demonyms") or {}).items():
        words[normalise_place_name(str(word))] = str(cc or "")
    for word, cc in list(words.items()):
        words.setdefault(word + "s", cc)
        words.setdefault(word + "es", cc)
    return words


@lru_cache(maxsize=1)
def _regional_adjectives() -> dict[str, str]:
    """ "European" -> "Europe": adjectives of continents and regions."""
    extra = load_yaml("geo/demonyms_extra.yaml")
    out: dict[str, str] = {}
    for word, region in (extra.get("regions") or {}).items():
        key = normalise_place_name(str(word))
        out[key] = str(region)
        out.setdefault(key + "s", str(region))
    return out


@lru_cache(maxsize=1)
def _metonymy() -> dict:
    data = load_yaml("geo/metonymy.yaml")
    return {
        "min_population": int(data.get("min_population", 100000)),
        "verbs": frozenset(data.get("verbs") or ()),
        "possessed_nouns": frozenset(data.get("possessed_nouns") or ()),
        "be_predicates": frozenset(data.get("be_predicates") or ()),
        "object_verbs": frozenset(data.get("object_verbs") or ()),
        "from_nouns": frozenset(data.get("from_nouns") or ()),
    }


@lru_cache(maxsize=1)
def _admin_terms() -> dict:
    data: dict = load_yaml("geo/admin_terms.yaml")
    return data


@lru_cache(maxsize=1)
def _division_words() -> frozenset[str]:
    return frozenset(_admin_terms().get("division_words") or ())


@lru_cache(maxsize=1)
def _never_alone() -> frozenset[str]:
    return frozenset(normalise_place_name(w) for w in _admin_terms().get("never_alone") or ())


@lru_cache(maxsize=1)
def _sublocal_words() -> frozenset[str]:
    return frozenset(_admin_terms().get("sublocal_words") or ())


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(_admin_terms().get("not_places") or ())


@lru_cache(maxsize=1)
def _water_words() -> frozenset[str]:
    return frozenset(_admin_terms().get("water_words") or ())


@lru_cache(maxsize=1)
def _extended_words() -> frozenset[str]:
    return frozenset(_admin_terms().get("extended_words") or ())


@lru_cache(maxsize=1)
def _settlement_nouns() -> frozenset[str]:
    return frozenset(_admin_terms().get("settlement_nouns") or ())


def demonym_country(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country demonym ("Rwandan" → "RW"), else None."""
    return _demonyms().get(normalise_place_name(text)) or None


def is_demonym(text: str) -> bool:
    """True for a nationality, group or regional adjective ("Afghan", "Pakistanis", "African")."""
    key = normalise_place_name(text)
    return key in _demonyms() or key in _regional_adjectives()


@lru_cache(maxsize=4)
def event_place_words(key: str) -> frozenset[str]:
    """A lower-case word list of ``data/geo/event_place_words.yaml`` (``on_place_nouns``,
    ``landform_nouns``, ``area_nouns``)."""
    data = load_yaml("geo/event_place_words.yaml") or {}
    return frozenset(str(w).lower() for w in data.get(key) or ())
