"""Markdown footnote references ("missing.[^1]") are page furniture (session 16): glued to a
word, they hid the end of a sentence, so the next bullet's incident joined the one before."""

from __future__ import annotations

from pathlib import Path

from dossier.clean import clean_text
from dossier.pipeline import process_file
from dossier.settings import Settings

_SITREP = """---
title: "Field access note"
date: 2025-11-06
---

# Dendi district

- **Ejere, 5 Oct:** Gunmen stopped a minibus near Addis Alem, Ethiopia, and abducted 11
  passengers. Four remain missing.[^1]
- **Ginchi, 30 Oct:** Gunmen abducted three traders and killed their driver.[^2]

[^1]: Transport association, 6 Oct.
[^2]: Police statement.
"""


def test_footnote_references_are_dropped_from_markdown() -> None:
    cleaned = clean_text("Two aid workers remain missing.[^a1] Talks resumed.[^2]", markdown=True)
    assert "[^" not in cleaned.text
    assert "missing." in cleaned.text and "resumed." in cleaned.text


def test_a_bullet_after_a_footnote_reference_tells_its_own_incident(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(_SITREP, encoding="utf-8")
    doc = process_file(path, Settings())
    abductions = sorted(e.date.value for e in doc.events if e.mode == "abduct" and e.date)
    assert abductions == ["2025-10-05", "2025-10-30"]
    assert not any("[^" in m.text for a in doc.actors for m in a.mentions)
