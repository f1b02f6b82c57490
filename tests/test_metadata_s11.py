"""Metadata of the eighth part: a key-value header block's "Title:" label is no part of the
title. The text was written for this test."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.records import HtmlMetadata

_HEADER = (
    "Title: Militias of the Upper Nile after the Truce\n"
    "Publisher: Horn Security Monitor\n"
    "Date: 4 February 2025\n"
    "Author: J. Okello\n\n"
    "Summary\n\n"
    "Fighting between the White Army and government troops resumed near Nasir in January, "
    "local officials said, after a month of calm that followed the truce agreed in December.\n"
)


def test_a_title_field_label_is_dropped_from_the_title() -> None:
    meta = extract_metadata(clean_text(_HEADER).text, HtmlMetadata())
    assert meta.title == "Militias of the Upper Nile after the Truce"
    assert meta.published is not None and meta.published.value == "2025-02-04"
