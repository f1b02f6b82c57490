"""A document that states no publication date keeps, in the store and the export, the date
its year-less dates were read against and how that date was found."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from report_docs import old_database

from dossier.cli import main
from dossier.export import json_v1
from dossier.store import open_store

_BULLETIN = (
    "Coastal security bulletin\n\nReporting period: 3–9 March 2025\nPublished: n/d\n\n"
    "Gunmen burned a ferry office in the port on 5 March, the harbour police said.\n"
)


def test_reference_date_of_an_undated_bulletin_reaches_the_export(tmp_path: Path) -> None:
    report = tmp_path / "bulletin.txt"
    report.write_text(_BULLETIN, encoding="utf-8")
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "ingest", str(report)]).exit_code == 0
    [doc] = json.loads(runner.invoke(main, ["--db", str(db), "export"]).output)["documents"]
    assert doc["published"] is None
    assert (doc["date_reference"], doc["date_reference_basis"]) == ("2025-03-09", "period")
    assert doc["date_reference_precision"] == "day"


def test_a_dated_report_has_no_reference_date(tmp_path: Path) -> None:
    report = tmp_path / "dated.txt"
    report.write_text(_BULLETIN.replace("Published: n/d", "Published: 10 March 2025"))
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "ingest", str(report)]).exit_code == 0
    [doc] = json.loads(runner.invoke(main, ["--db", str(db), "export"]).output)["documents"]
    assert doc["published"] == "2025-03-10"
    assert doc["date_reference"] is None and doc["date_reference_basis"] is None


def test_a_store_from_before_the_reference_columns_opens_and_exports(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    conn = old_database(old, 5)
    conn.commit()
    conn.close()
    store = open_store(old)
    [doc] = json_v1.build(store)["documents"]
    assert doc["path"] == "a.txt" and doc["date_reference"] is None
    store.close()
