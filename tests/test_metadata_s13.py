"""The author of a document (a byline in the text, the HTML page's author, a Markdown front
matter's authors, a PDF's /Author; stored, migrated into an old database and exported. The
byline stays out of the text (its names are not actors of the story). All texts were written
for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from report_docs import old_database

from dossier.cli import main
from dossier.export import json_v1
from dossier.pipeline import process_raw
from dossier.read import read_file
from dossier.records import HtmlMetadata, RawDocument
from dossier.store import open_store

_BRIEF = (
    "Field Brief\n\n"
    "By Tomasz Wrona and Leila Benkirane\n\n"
    "4 June 2024\n\n"
    "Gunmen burned a school in the village of Tillia on Sunday, local officials said.\n"
)


def _process(text: str, fmt: str = "text", meta: HtmlMetadata | None = None):  # type: ignore[no-untyped-def]
    raw = RawDocument(
        path=f"brief.{fmt}",
        format=fmt,
        text=text,
        content_hash="h",
        file_metadata=meta or HtmlMetadata(),
    )
    return process_raw(raw)


def test_a_byline_names_the_author_and_its_names_are_no_actors() -> None:
    doc = _process(_BRIEF)
    assert doc.metadata.author == "Tomasz Wrona and Leila Benkirane"
    names = {doc.text[m.start : m.end] for a in doc.actors for m in a.mentions}
    assert not any("Wrona" in n or "Benkirane" in n for n in names)


def test_a_role_after_the_names_is_left_out_and_sentences_are_no_bylines() -> None:
    doc = _process(
        _BRIEF.replace(
            "By Tomasz Wrona and Leila Benkirane", "Author: Dr. Ines Falk, Senior Fellow"
        )
    )
    assert doc.metadata.author == "Dr. Ines Falk"
    # a sentence that starts with "By" names no author
    doc = _process(
        "Field Brief\n\n4 June 2024\n\nBy Sunday, the militants had withdrawn from Tillia\n"
        "towards the border.\n"
    )
    assert doc.metadata.author is None
    # an office that prepared the report is its publisher, not an author
    doc = _process(
        _BRIEF.replace(
            "By Tomasz Wrona and Leila Benkirane", "Prepared by the Sahel Monitoring Desk"
        )
    )
    assert doc.metadata.author is None


def test_the_author_a_file_names_wins(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Gunmen burn school in Tillia</title>"
        '<meta name="author" content="Awa Traoré"></head><body><article>'
        "<h1>Gunmen burn school in Tillia</h1>"
        "<p>Gunmen burned a school in the village of Tillia on Sunday, local officials said. "
        "The regional governor condemned the attack and promised to rebuild the school before "
        "the start of the next school year.</p></article></body></html>",
        encoding="utf-8",
    )
    raw = read_file(page, 10**7)
    assert raw.file_metadata.author == "Awa Traoré"
    assert process_raw(raw).metadata.author == "Awa Traoré"
    note = tmp_path / "note.md"
    note.write_text(
        '---\ntitle: "Tillia school attack"\ndate: 2024-06-04\nauthors:\n  - Awa Traoré\n'
        "  - Jonas Berg\n---\n\nGunmen burned a school in Tillia on Sunday.\n",
        encoding="utf-8",
    )
    assert process_raw(read_file(note, 10**7)).metadata.author == "Awa Traoré; Jonas Berg"


def test_the_author_is_stored_exported_and_an_old_database_gains_the_column(
    tmp_path: Path,
) -> None:
    report = tmp_path / "brief.txt"
    report.write_text(_BRIEF, encoding="utf-8")
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "ingest", str(report)]).exit_code == 0
    data = json.loads(runner.invoke(main, ["--db", str(db), "export"]).output)
    assert data["documents"][0]["author"] == "Tomasz Wrona and Leila Benkirane"

    old = tmp_path / "old.db"
    conn = old_database(old, 3)
    conn.commit()
    conn.close()
    store = open_store(old)
    [doc] = json_v1.build(store)["documents"]
    assert doc["author"] is None and doc["path"] == "a.txt"
    store.close()


def test_a_claim_carries_its_stance_into_the_export(tmp_path: Path) -> None:
    report = tmp_path / "denial.txt"
    report.write_text(
        "Field Brief\n\n4 June 2024\n\n"
        "JNIM denied burning the school in Tillia. "
        "The governor accused the group of recruiting children. "
        "Teachers said the school had 300 pupils.\n",
        encoding="utf-8",
    )
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "ingest", str(report)]).exit_code == 0
    claims = json.loads(runner.invoke(main, ["--db", str(db), "export"]).output)["claims"]
    stance = {c["text"]: c["stance"] for c in claims}
    assert stance["burning the school in Tillia"] == "denial"
    assert stance["recruiting children"] == "accusation"
    assert stance["the school had 300 pupils"] == "neutral"
