"""The command line as a user drives it: ingest, list, show, export, bad input, demo."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli import main as _main


class _Wide(CliRunner):
    """A runner with a wide terminal, so tables do not wrap names."""

    def __init__(self) -> None:
        super().__init__(env={"COLUMNS": "200"})


main = _main


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    work = tmp_path_factory.mktemp("cli")
    shutil.copytree(examples_dir, work / "examples")
    db = work / "kb.db"
    result = _Wide().invoke(main, ["--db", str(db), "ingest", str(work / "examples")])
    assert result.exit_code == 0, result.output
    assert "4 ingested" in result.output
    return db


def test_actors_lists_gazetteer_and_new_actors(kb: Path) -> None:
    result = _Wide().invoke(main, ["--db", str(kb), "actors"])
    assert result.exit_code == 0
    for name in ("al-Shabaab", "National Liberation Army", "Jama"):
        assert name in result.output
    typed = _Wide().invoke(main, ["--db", str(kb), "actors", "--type", "person"])
    assert "Iyad Ag Ghaly" in typed.output and "al-Shabaab" not in typed.output


def test_show_actor_by_alias(kb: Path) -> None:
    result = _Wide().invoke(main, ["--db", str(kb), "show", "actor", "ELN"])
    assert result.exit_code == 0, result.output
    assert "National Liberation Army" in result.output
    assert "aliases:" in result.output and "explosives expert" in result.output
    missing = _Wide().invoke(main, ["--db", str(kb), "show", "actor", "Nobody Atall"])
    assert missing.exit_code == 1


def test_export_json_v1(kb: Path, tmp_path: Path) -> None:
    out = tmp_path / "kb.json"
    result = _Wide().invoke(main, ["--db", str(kb), "export", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["dossier_export_version"] == 1
    for key in ("documents", "actors", "places", "events", "relations", "claims", "quantities"):
        assert isinstance(data[key], list)
    docs = {d["id"]: d for d in data["documents"]}
    assert len(docs) == 4
    for d in docs.values():
        assert set(d) >= {
            "id",
            "path",
            "title",
            "section",
            "published",
            "published_precision",
            "source",
            "source_original",
            "language",
            "text",
        }
    for actor in data["actors"]:
        for m in actor["mentions"]:
            # offsets index the exported cleaned text
            assert docs[m["document"]]["text"][m["start"] : m["end"]] == m["text"]
    html = next(d for d in docs.values() if d["path"].endswith(".html"))
    assert html["published"] == "2021-08-20" and "Cabo Delgado" in html["title"]


def test_bad_inputs_get_one_clear_line_each(kb: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (bad / "latin1.txt").write_bytes("Caf\xe9 attack in Bogot\xe1".encode("latin-1"))
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    (bad / "notes.docx").write_bytes(b"PK\x03\x04 not supported")
    (bad / "big.txt").write_text("word " * 300_000, encoding="utf-8")
    good = bad / "good.txt"
    good.write_text("Militants of Boko Haram attacked Maiduguri on 5 May 2023.\n", encoding="utf-8")
    before = json.loads(_Wide().invoke(main, ["--db", str(kb), "export"]).output)
    result = _Wide().invoke(
        main,
        ["--db", str(kb), "ingest", "--max-file-mb", "1", str(bad / "*"), str(bad / "missing.txt")],
    )
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.startswith("failed")]
    assert len(lines) == 7, result.output
    for name in (
        "empty.txt",
        "binary.txt",
        "latin1.txt",
        "broken.pdf",
        "notes.docx",
        "big.txt",
        "missing.txt",
    ):
        assert any(name in ln for ln in lines), name
    assert "Traceback" not in result.output
    assert "1 ingested" in result.output
    after = json.loads(_Wide().invoke(main, ["--db", str(kb), "export"]).output)
    old_ids = {d["id"] for d in before["documents"]}
    assert old_ids < {d["id"] for d in after["documents"]}


def test_search_finds_text(kb: Path) -> None:
    result = _Wide().invoke(main, ["--db", str(kb), "search", "Palma"])
    assert result.exit_code == 0 and "Cabo Delgado" in result.output


def test_help_explains_every_command() -> None:
    for args in (
        ["--help"],
        ["ingest", "--help"],
        ["actors", "--help"],
        ["show", "actor", "--help"],
        ["export", "--help"],
        ["demo", "--help"],
        ["doctor", "--help"],
        ["eval", "--help"],
    ):
        result = _Wide().invoke(main, args)
        assert result.exit_code == 0 and "Usage:" in result.output
        assert len(result.output.splitlines()) > 4


def test_events_lists_periods_and_every_place(tmp_path: Path) -> None:
    report = tmp_path / "note.txt"
    report.write_text(
        "Field Note\n\n12 February 2025\n\n"
        "Turkish jets struck PKK hideouts in the Sinjar and Makhmour areas of Iraq on Monday. "
        "In the night of 3 to 4 February, gunmen raided the village of Ekona in Cameroon and "
        "killed two men.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "kb.db")
    assert _Wide().invoke(main, ["--db", db, "ingest", str(report)]).exit_code == 0
    result = _Wide().invoke(main, ["--db", db, "events"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    raid = next(line for line in lines if "2025-02-03" in line)
    assert "2025-02-03..2025-02-04 (day)" in raid
    strike = next(line for line in lines if "Sinjar" in line)
    assert "Sinjar and Makhmour" in strike
