"""HTML note markers (``<sup>``) are dropped, so they neither join two sentences nor become
numbers of the text; superscripts of units and powers stay."""

from __future__ import annotations

from pathlib import Path

from dossier.read.html import read_html

_PAGE = (
    "<html><head><title>Weekly brief</title></head><body><article>"
    "<p>The coalition claimed nine raids on army posts over the week.<sup>1</sup> Its "
    "largest member remains the Northern Front, which holds the hills near Tessit.</p>"
    "<p>The reserve covers 40 km<sup>2</sup> of forest and 10<sup>6</sup> cubic metres of "
    "water. The front<sup>[2]</sup> also raids cattle markets in <em>Ansongo</em>"
    '<sup><a href="#n3">3</a></sup>, herders said.</p>'
    "</article></body></html>"
)


def _text(tmp_path: Path, page: str) -> str:
    path = tmp_path / "brief.html"
    path.write_text(page, encoding="utf-8")
    return read_html(path, page.encode("utf-8")).text


def test_note_markers_go_and_sentences_stay_apart(tmp_path: Path) -> None:
    text = _text(tmp_path, _PAGE)
    assert "over the week. Its largest member" in text
    assert "The front also raids" in text
    assert "in Ansongo, herders said" in text


def test_superscripts_of_units_and_powers_stay(tmp_path: Path) -> None:
    text = _text(tmp_path, _PAGE)
    assert "40 km2 of forest" in text
    assert "106 cubic metres" in text
