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


_PAGES = "\n".join(
    [
        "Lake Chad Humanitarian Platform                          CONFIDENTIAL",
        "WEEKLY SECURITY NOTE No. 12                                      Page 1 of 2",
        "",
        "Maiduguri, 9 May 2025",
        "",
        "Armed men abducted three traders on the Damboa road on Tuesday, according to "
        "community leaders, who said the kidnappers demanded a ransom.",
        "",
        "Lake Chad Humanitarian Platform                          CONFIDENTIAL",
        "WEEKLY SECURITY NOTE No. 12                                      Page 2 of 2",
        "",
        "Movements on the Monguno axis remain restricted to escorted convoys.",
        "",
        "Lake Chad Humanitarian Platform                          CONFIDENTIAL",
        "",
    ]
)


def test_a_running_letterhead_with_a_handling_marking_is_the_publisher() -> None:
    cleaned = clean_text(_PAGES).text
    assert "CONFIDENTIAL" not in cleaned  # a handling marking is page furniture
    meta = extract_metadata(cleaned, HtmlMetadata())
    assert meta.source == "Lake Chad Humanitarian Platform"
    assert meta.title == "WEEKLY SECURITY NOTE No. 12"
