"""A whole report through the pipeline: the author's own judgements are its publisher's."""

from __future__ import annotations

from dossier.pipeline import process_raw
from dossier.records import RawDocument

BRIEF = """Sahel Security Brief
Prepared by the Sahel Analysis Desk
12 March 2025

JNIM fighters attacked an army post near Djibo on Monday, killing six soldiers. We assess \
that JNIM will almost certainly expand its operations towards the coastal states this year.
"""


def test_author_judgement_names_the_publisher_of_the_report() -> None:
    doc = process_raw(RawDocument(path="brief.txt", format="text", text=BRIEF, content_hash="b"))
    assert doc.metadata.source == "Sahel Analysis Desk"
    [claim] = [c for c in doc.claims if c.speaker_kind == "author"]
    assert claim.speaker_text == "Sahel Analysis Desk"
    assert claim.text.startswith("JNIM will almost certainly expand")
    assert claim.likelihood == "almost certain"
