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


_PAGE = """<!doctype html><html lang="en"><head>
<title>Gunmen kill four at a market near Mopti | Sahel Ledger</title>
<link rel="canonical" href="https://news.sahel-ledger.example/2025/03/mopti-market">
</head><body><nav><a href="/">Home</a> <a href="/mali">Mali</a></nav>
<article><h1>Gunmen kill four at a market near Mopti</h1>
<p>Gunmen on motorcycles opened fire at a weekly market near Mopti on Sunday, killing four
traders and wounding seven others, local officials said on Monday.</p>
<p>No group has claimed the attack, but the area has seen repeated raids by fighters linked
to Jama'at Nusrat al-Islam wal-Muslimin (JNIM) since 2023.</p></article>
<footer>Sahel Ledger, all rights reserved.</footer></body></html>"""


def test_a_site_named_in_the_page_title_wins_over_the_host_name(tmp_path) -> None:
    from dossier.read import read_file

    page = tmp_path / "mopti.html"
    page.write_text(_PAGE, encoding="utf-8")
    raw = read_file(page, 10_000_000)
    assert raw.file_metadata.sitename == "Sahel Ledger"
    meta = extract_metadata(clean_text(raw.text).text, raw.file_metadata)
    assert meta.source == "Sahel Ledger"
    assert meta.title == "Gunmen kill four at a market near Mopti"
