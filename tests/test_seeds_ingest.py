"""The two seed reports, ingested as a new user would: metadata, repaired words, actors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier import Settings, ingest, open_store
from dossier.export.json_v1 import build


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict:
    work = tmp_path_factory.mktemp("seeds")
    for p in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(p, work / p.name)
    db = work / "kb.db"
    store = open_store(db)
    report = ingest([str(work)], store, Settings(db=str(db), workers=1))
    assert report.ok and len(report.ingested) == 2
    data = build(store)
    store.close()
    return {"work": work, "db": db, "data": data}


def _doc(data: dict, stem: str) -> dict:
    return next(d for d in data["documents"] if Path(d["path"]).name.startswith(stem))


def _actor(data: dict, name: str) -> dict:
    hits = [a for a in data["actors"] if a["name"] == name or name in a["aliases"]]
    assert len(hits) == 1, f"{name}: {[a['name'] for a in hits]}"
    return hits[0]


def test_metadata_of_both_seeds(seeded: dict) -> None:
    first, second = _doc(seeded["data"], "000"), _doc(seeded["data"], "004")
    assert first["section"] == "Various Mechanisms"
    assert first["title"].startswith("Is ISIS-Khorasan Province Seeking")
    assert (first["published"], first["published_precision"]) == ("2018-03-18", "day")
    assert second["section"] == "Situation, Facts and Events"
    assert second["title"] == "The Taliban can contribute to countering ISIS"
    assert second["published"] is None
    assert second["source"] == "Institute of the Middle East"
    assert second["source_original"] == "Институт Ближнего Востока"
    assert first["language"] == second["language"] == "en"


def test_split_words_are_repaired(seeded: dict) -> None:
    text = _doc(seeded["data"], "004")["text"]
    assert "fr om" not in text and "wh ere" not in text
    assert "ranged from 1,500" in text and "Balochistan (Pakistan), where" in text


def test_one_iskp_across_both_documents(seeded: dict) -> None:
    data = seeded["data"]
    iskp = _actor(data, "ISKP")
    assert iskp["type"] == "armed_group"
    assert len(iskp["documents"]) == 2
    surface = {m["text"] for m in iskp["mentions"]}
    assert {"ISKP", "ISIS-Khorasan Province", "Islamic State-Khorasan Province"} <= surface
    assert surface <= set(iskp["aliases"]) | {iskp["name"]}
    isis = _actor(data, "ISIS")
    assert isis["id"] != iskp["id"] and iskp["parent"] == isis["id"]


def test_other_actors_are_separate_and_typed(seeded: dict) -> None:
    data = seeded["data"]
    expected = {
        "Taliban": "armed_group",
        "Hezb-e Islami": "political_party",
        "Gulbuddin Hekmatyar": "person",
        "Sami Sadat": "person",
        "Seymour Hersh": "person",
    }
    ids = set()
    for name, kind in expected.items():
        actor = _actor(data, name)
        allowed = {"person"} if kind == "person" else {kind, "armed_group"}
        assert actor["type"] in allowed, (name, actor["type"])
        ids.add(actor["id"])
    assert len(ids) == len(expected)
    sadat = _actor(data, "Sami Sadat")
    assert "Sadat" in {m["text"] for m in sadat["mentions"]}


def test_no_junk_actors(seeded: dict) -> None:
    names = {a["name"].lower() for a in seeded["data"]["actors"]}
    forms = names | {x.lower() for a in seeded["data"]["actors"] for x in a["aliases"]}
    for junk in (
        "consolidate",
        "sending direct messages: through",
        "the republic period",
        "republic period",
        "quetta",
        "balochistan",
        "khorasan",
        "islamic state-",
    ):
        assert junk not in forms
    for a in seeded["data"]["actors"]:
        assert "\n" not in a["name"] and ":" not in a["name"]


def test_reingest_is_a_noop(seeded: dict) -> None:
    store = open_store(seeded["db"])
    before = store.counts()
    report = ingest([str(seeded["work"])], store, Settings(db=str(seeded["db"]), workers=1))
    assert report.unchanged and not report.ingested and not report.replaced
    assert store.counts() == before
    store.close()
