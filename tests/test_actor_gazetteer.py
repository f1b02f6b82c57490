"""Validation of the shipped actor gazetteer, ``src/dossier/data/actors.yaml``.

The entity ruler matches aliases case-insensitively, except acronyms (aliases written only in
capitals, digits and hyphens), which match case-sensitively. These tests keep the data safe
for that matcher: no alias names two actors, none is an everyday English word or a country,
and every cross-reference resolves.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml
from wordfreq import zipf_frequency

# The package may not be importable yet, so the file is found from this test's location.
GAZETTEER = Path(__file__).resolve().parents[1] / "src" / "dossier" / "data" / "actors.yaml"

ALLOWED_TYPES = {
    "armed_group",
    "state",
    "state_forces",
    "government",
    "political_party",
    "igo",
    "ngo",
    "media",
    "person",
    "criminal_group",
    "militia",
}
ALLOWED_KEYS = {"id", "name", "type", "aliases", "parent", "wikidata", "country", "member_of"}

# A single-word, non-acronym alias at or above this Zipf frequency is an everyday English word
# ("let", "inspire", "amnesty"). Real names in the file sit below 4 (Taliban 3.7, Wagner 3.7).
MAX_ZIPF = 4.0
# Single words that are names despite a high frequency; keep this list short and justified.
COMMON_WORD_ALLOWLIST: set[str] = set()

# Everyday short forms that pycountry's names do not spell out on their own.
EXTRA_COUNTRY_NAMES = {
    "burma",
    "congo",
    "dr congo",
    "ivory coast",
    "laos",
    "north korea",
    "palestine",
    "russia",
    "south korea",
    "syria",
    "taiwan",
    "turkey",
    "türkiye",
    "vietnam",
}

# Well-known actors per region: the gazetteer must cover most of the world.
REGIONS = {
    "afghanistan_pakistan": ["taliban", "iskp", "ttp", "haqqani_network", "hezb_e_islami"],
    "india_kashmir": ["lashkar_e_taiba", "jaish_e_mohammed", "hizbul_mujahideen"],
    "bangladesh_myanmar": ["jmb", "tatmadaw", "arakan_army", "arsa"],
    "central_asia": ["imu", "jamaat_ansarullah"],
    "middle_east": ["isis", "hezbollah", "hamas", "houthis", "pmf", "irgc", "hts", "sdf"],
    "north_africa": ["aqim", "is_sinai", "is_libya", "polisario"],
    "sahel": ["jnim", "is_sahel", "ansar_dine", "mnla", "katiba_macina"],
    "lake_chad": ["boko_haram", "iswap", "ansaru"],
    "horn_of_africa": ["al_shabaab", "is_somalia", "tplf", "fano", "rsf", "saf", "janjaweed"],
    "central_east_africa": ["adf", "iscap", "m23", "codeco", "lra"],
    "mozambique": ["is_mozambique"],
    "caucasus": ["caucasus_emirate", "is_caucasus"],
    "southeast_asia": [
        "abu_sayyaf",
        "maute_group",
        "jemaah_islamiyah",
        "jad",
        "brn",
        "npa",
        "milf",
    ],
    "latin_america": ["farc", "emc", "eln", "clan_del_golfo", "shining_path", "sinaloa_cartel"],
    "europe": ["pkk", "ypg", "eta", "provisional_ira", "wagner_group", "azov"],
}

IS_PROVINCES = [
    "iskp",
    "iswap",
    "is_sahel",
    "is_somalia",
    "iscap",
    "is_mozambique",
    "is_pakistan",
    "is_hind",
    "is_east_asia",
    "is_sinai",
    "is_libya",
]
AQ_AFFILIATES = ["aqap", "aqim", "aqis", "al_shabaab", "jnim", "hurras_al_din"]


@cache
def _load() -> tuple[dict[str, Any], ...]:
    data = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    return tuple(data["actors"])


@pytest.fixture
def actors() -> tuple[dict[str, Any], ...]:
    return _load()


@pytest.fixture
def by_id(actors: tuple[dict[str, Any], ...]) -> dict[str, dict[str, Any]]:
    return {actor["id"]: actor for actor in actors}


def normalise(text: str) -> str:
    """Fold case, diacritics, apostrophes, dashes, punctuation, whitespace and a leading "the".

    Deliberately at least as coarse as the resolver's own normalisation, so that any two
    aliases it would confuse collide here too.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’‘ʼʻʿʾ`´]", "", text)
    text = re.sub(r"[\-‐‑‒–—―−_/.,;:()\[\]\"«»]", " ", text)
    text = " ".join(text.split())
    return text.removeprefix("the ")


def is_acronym(alias: str) -> bool:
    """An alias written only in capitals, digits and hyphens: matched case-sensitively."""
    return any(c.isalpha() for c in alias) and all(
        c.isupper() or c.isdigit() or c == "-" for c in alias
    )


def surface_forms(actor: dict[str, Any]) -> list[str]:
    return [actor["name"], *actor.get("aliases", [])]


def country_names() -> set[str]:
    names = set(EXTRA_COUNTRY_NAMES)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(normalise(value))
                # "Iran, Islamic Republic of" -> "iran"
                names.add(normalise(value.split(",")[0]))
    return names


def test_file_has_enough_entries(actors: tuple[dict[str, Any], ...]) -> None:
    assert len(actors) >= 200


def test_entries_have_the_record_shape(actors: tuple[dict[str, Any], ...]) -> None:
    for actor in actors:
        assert set(actor) <= ALLOWED_KEYS, actor
        assert re.fullmatch(r"[a-z][a-z0-9_]*", actor["id"]), actor["id"]
        assert isinstance(actor["name"], str) and actor["name"].strip(), actor["id"]
        aliases = actor.get("aliases", [])
        assert isinstance(aliases, list), actor["id"]
        assert all(isinstance(a, str) and a.strip() == a and a for a in aliases), actor["id"]
        assert len(aliases) == len(set(aliases)), f"{actor['id']}: repeated alias"
        assert actor["name"] not in aliases, f"{actor['id']}: alias repeats the name"
        for key in ("parent", "member_of", "wikidata", "country"):
            # YAML 1.1 turns NO/ON/YES into booleans: every value here must stay a string
            assert key not in actor or isinstance(actor[key], str), (actor["id"], key)


def test_aliases_carry_no_dead_weight(actors: tuple[dict[str, Any], ...]) -> None:
    # non-acronyms match case-insensitively, so a case-only variant adds nothing, and a
    # leading "the" belongs to the sentence, not to the name
    for actor in actors:
        folded = [f.casefold() for f in surface_forms(actor) if not is_acronym(f)]
        assert len(folded) == len(set(folded)), f"{actor['id']}: case-only duplicate"
        for alias in actor.get("aliases", []):
            assert not alias.startswith("the "), (actor["id"], alias)


def test_ids_are_unique(actors: tuple[dict[str, Any], ...]) -> None:
    ids = [actor["id"] for actor in actors]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates


def test_types_are_allowed(actors: tuple[dict[str, Any], ...]) -> None:
    assert {actor["type"] for actor in actors} <= ALLOWED_TYPES


def test_bare_states_are_left_out(actors: tuple[dict[str, Any], ...]) -> None:
    # reports describe governments and armed forces acting; those entries carry the names
    assert not [actor["id"] for actor in actors if actor["type"] == "state"]


def test_references_resolve(
    actors: tuple[dict[str, Any], ...], by_id: dict[str, dict[str, Any]]
) -> None:
    for actor in actors:
        for key in ("parent", "member_of"):
            if key in actor:
                assert actor[key] in by_id, f"{actor['id']}.{key} -> {actor[key]}"
                assert actor[key] != actor["id"], actor["id"]


def test_parent_chains_have_no_cycles(by_id: dict[str, dict[str, Any]]) -> None:
    for start in by_id:
        seen = {start}
        current = by_id[start].get("parent")
        while current is not None:
            assert current not in seen, f"parent cycle through {start}"
            seen.add(current)
            current = by_id[current].get("parent")


def test_people_belong_to_an_organisation(actors: tuple[dict[str, Any], ...]) -> None:
    for actor in actors:
        if actor["type"] == "person":
            assert "member_of" in actor, actor["id"]
            assert "parent" not in actor, actor["id"]
        else:
            assert "member_of" not in actor, actor["id"]


def test_no_alias_names_two_actors(actors: tuple[dict[str, Any], ...]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for form in surface_forms(actor):
            owners[normalise(form)].add(actor["id"])
    shared = {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_is_is_not_an_alias(actors: tuple[dict[str, Any], ...]) -> None:
    for actor in actors:
        assert "IS" not in surface_forms(actor), actor["id"]


def test_short_aliases_are_acronyms(actors: tuple[dict[str, Any], ...]) -> None:
    # a two-letter alias matched case-insensitively would hit ordinary words
    for actor in actors:
        for form in surface_forms(actor):
            assert len(form) >= 2, (actor["id"], form)
            if len(form) == 2:
                assert is_acronym(form), (actor["id"], form)


def test_no_alias_is_a_common_english_word(actors: tuple[dict[str, Any], ...]) -> None:
    common = []
    for actor in actors:
        for form in surface_forms(actor):
            # only a plain word can be a dictionary word; "ISIS-Pakistan" or "R&AW" cannot
            if not form.isalpha() or is_acronym(form):
                continue
            word = form.lower()
            if word not in COMMON_WORD_ALLOWLIST and zipf_frequency(word, "en") >= MAX_ZIPF:
                common.append((actor["id"], form))
    assert not common


def test_no_alias_is_a_country_name(actors: tuple[dict[str, Any], ...]) -> None:
    countries = country_names()
    clashes = [
        (actor["id"], form)
        for actor in actors
        for form in surface_forms(actor)
        if normalise(form) in countries
    ]
    assert not clashes


def test_wikidata_ids_are_well_formed(actors: tuple[dict[str, Any], ...]) -> None:
    qids = [actor["wikidata"] for actor in actors if "wikidata" in actor]
    assert all(re.fullmatch(r"Q[1-9]\d*", qid) for qid in qids)
    assert len(qids) == len(set(qids))


def test_countries_are_iso_alpha2(actors: tuple[dict[str, Any], ...]) -> None:
    for actor in actors:
        if "country" in actor:
            code = actor["country"]
            assert re.fullmatch(r"[A-Z]{2}", code), actor["id"]
            assert pycountry.countries.get(alpha_2=code) is not None, actor["id"]


def test_iskp_is_an_islamic_state_province(by_id: dict[str, dict[str, Any]]) -> None:
    iskp, isis = by_id["iskp"], by_id["isis"]
    assert iskp["parent"] == "isis"
    assert not {normalise(f) for f in surface_forms(iskp)} & {
        normalise(f) for f in surface_forms(isis)
    }
    for alias in ("ISKP", "IS-K", "ISIS-K", "ISIS-KP", "Wilayat Khorasan", "Daesh Khorasan"):
        assert alias in iskp["aliases"]


def test_islamic_state_provinces_and_al_qaeda_affiliates(
    by_id: dict[str, dict[str, Any]],
) -> None:
    for province in IS_PROVINCES:
        assert by_id[province]["parent"] == "isis", province
    for affiliate in AQ_AFFILIATES:
        assert by_id[affiliate]["parent"] == "al_qaeda", affiliate


@pytest.mark.parametrize(
    ("actor_id", "aliases"),
    [
        ("isis", ["ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant"]),
        ("taliban", ["Afghan Taliban", "Islamic Emirate of Afghanistan", "IEA"]),
        ("ttp", ["TTP", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban"]),
        ("hezb_e_islami", ["Hizb-i Islami", "Hezb-e Islami Gulbuddin", "HIG"]),
        ("al_shabaab", ["al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]),
        ("hezbollah", ["Hizbullah", "Hizballah"]),
        ("boko_haram", ["JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"]),
        ("isi", ["ISI"]),
        ("gulbuddin_hekmatyar", ["Hekmatyar"]),
    ],
)
def test_key_transliterations_are_present(
    by_id: dict[str, dict[str, Any]], actor_id: str, aliases: list[str]
) -> None:
    for alias in aliases:
        assert alias in by_id[actor_id]["aliases"], (actor_id, alias)


def test_regions_are_covered(by_id: dict[str, dict[str, Any]]) -> None:
    covered = [region for region, ids in REGIONS.items() if all(i in by_id for i in ids)]
    assert len(covered) >= 8, sorted(set(REGIONS) - set(covered))
    # Afghanistan and Pakistan are the core of the corpus: they must be covered fully.
    assert "afghanistan_pakistan" in covered
