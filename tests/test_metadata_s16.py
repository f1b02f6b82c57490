"""Session 16: metadata. A front matter dated under another key ("issued:"); the publisher and
authors the metadata stage found are the names actor resolution leaves out."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.records import HtmlMetadata
from dossier.sources import credited_names


def test_front_matter_issued_date() -> None:
    original = (
        '---\ntitle: "Monthly Access Update"\nperiod: "March 2025"\nissued: 2025-04-03\n---\n\n'
        "# Monthly Access Update\n\nFighting continued in the district."
    )
    cleaned = clean_text(original, markdown=True)
    meta = extract_metadata(cleaned.text, HtmlMetadata(), original=original)
    assert meta.published is not None and meta.published.value == "2025-04-03"


def test_front_matter_created_date() -> None:
    original = (
        "---\ntitle: Situation report\ncreated: 12 May 2024\n---\n\nSituation report\n\n"
        "Clashes were reported near the border."
    )
    cleaned = clean_text(original, markdown=True)
    meta = extract_metadata(cleaned.text, HtmlMetadata(), original=original)
    assert meta.published is not None and meta.published.value == "2024-05-12"


def test_the_publisher_and_every_author_are_credited_names() -> None:
    meta = extract_metadata(
        "Gunmen attacked a checkpoint on Friday, officials said.",
        HtmlMetadata(sitename="Zagros Monitor", author="A. Rahimi; B. Karimi"),
    )
    names = credited_names(meta.source_original, meta.source, meta.author)
    assert "Zagros Monitor" in names and "A. Rahimi" in names and "B. Karimi" in names


def test_a_team_author_publishes_the_report() -> None:
    meta = extract_metadata(
        "Fighting continued in the district on Friday, residents said.",
        HtmlMetadata(author="Field Security Unit, Gao Hub"),
    )
    assert meta.source is not None and meta.source.startswith("Field Security Unit")
    # a person who writes a report does not publish it
    meta = extract_metadata(
        "Fighting continued in the district on Friday, residents said.",
        HtmlMetadata(author="Amadou Diallo"),
    )
    assert meta.source is None


def test_french_letterhead_is_the_source() -> None:
    meta = extract_metadata(
        "OBSERVATOIRE DU LAC TCHAD\nNote mensuelle des incidents\nNovembre 2025\n\nDes hommes"
        " armés ont attaqué un village vendredi, selon des habitants.",
        HtmlMetadata(),
    )
    assert meta.source is not None and meta.source.lower().startswith("observatoire")
    assert meta.published is not None and meta.published.value == "2025-11"
