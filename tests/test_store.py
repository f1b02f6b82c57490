"""Storage guarantees: one transaction per document, replacement of changed files, recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier import Settings, ingest, open_store
from dossier.pipeline import process_file
from dossier.store.migrations import MIGRATIONS

REPORT = (
    "Field Report\n\nClashes near Kidal\n\n3 February 2024\n\n"
    "Fighters of the Islamic State Sahel Province attacked a convoy of the Malian army near "
    "Kidal on 1 February 2024. JNIM later accused the group of killing civilians.\n"
)


def test_migrations_are_recorded(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kb.db")
    names = [r[0] for r in store.conn.execute("SELECT name FROM schema_migrations")]
    assert names == [name for name, _ in MIGRATIONS]
    store.close()
    # opening again applies nothing twice
    store = open_store(tmp_path / "kb.db")
    assert store.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(
        MIGRATIONS
    )
    store.close()


def test_changed_file_replaces_everything_derived(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    store = open_store(tmp_path / "kb.db")
    settings = Settings(db=str(tmp_path / "kb.db"), workers=1)
    assert ingest([str(path)], store, settings).ingested == [str(path)]
    keys = {a["key"] for a in store.actors() if a["n_mentions"]}
    assert "jnim" in keys
    path.write_text(REPORT.replace("JNIM later accused", "Officials later accused"), "utf-8")
    report = ingest([str(path)], store, settings)
    assert report.replaced == [str(path)]
    assert store.counts()["documents"] == 1
    keys = {a["key"] for a in store.actors() if a["n_mentions"]}
    assert "jnim" not in keys  # nothing derived from the old version survives
    assert store.find_actors("JNIM") == []
    store.close()


def test_failed_write_leaves_no_partial_document(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = process_file(path, Settings())
    store = open_store(tmp_path / "kb.db")
    broken = doc.__class__(**{**doc.__dict__, "timexes": (None,)})  # fails mid-transaction
    with pytest.raises(AttributeError):
        store.write_document(broken)
    assert set(store.counts().values()) == {0}
    store.write_document(doc)
    assert store.counts()["documents"] == 1
    store.close()


def test_kill_9_mid_ingest_then_resume(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(20):
        (corpus / f"r{i:02d}.txt").write_text(REPORT.replace("Kidal", f"Kidal {i}") * 30, "utf-8")
    db = tmp_path / "kb.db"
    env = {**os.environ, "DOSSIER_DB": str(db), "DOSSIER_WORKERS": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dossier", "ingest", str(corpus)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.2)
        if db.exists():
            try:
                with open_store(db) as store:
                    if store.counts()["documents"] >= 2:
                        break
            except Exception:
                continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n = store.counts()["documents"]
        assert 0 < n < 20
        # every stored document is whole: it has its mentions
        partial = store.conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM mentions m WHERE m.document_id = d.id)"
        ).fetchone()[0]
        assert partial == 0
        report = ingest([str(corpus)], store, Settings(db=str(db), workers=1))
        assert len(report.unchanged) == n and len(report.ingested) == 20 - n
        assert store.counts()["documents"] == 20
