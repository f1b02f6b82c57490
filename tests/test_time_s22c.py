"""Session 22c: never a wrong year, and the publication date of an HTML page read from its
byline, date line, ``<time>`` elements and ``<meta>`` tags. The year a report that states no
date is read in comes from the weekdays its days are written with, over any year it names,
and is left open where they disagree. All texts and pages are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.pipeline import process_raw
from dossier.read.html import read_html
from dossier.read.text import content_hash
from dossier.records import HtmlMetadata, Metadata, RawDocument

# --------------------------------------------------------------------------------------------
# the year of a report that states no date


def _meta(original: str) -> Metadata:
    cleaned = clean_text(original, markdown=False)
    return extract_metadata(cleaned.text, HtmlMetadata(), original=original)


def _reference(text: str) -> tuple[str | None, str | None]:
    meta = _meta(text)
    assert meta.published is None
    return (meta.reference.value if meta.reference else None), meta.reference_basis


def test_all_weekdays_fit_one_year() -> None:
    # 9 May 2022 was a Monday, 11 May 2022 a Wednesday
    text = (
        "Valley bulletin\n\nThe mediation of 2021 gave the district a pause.\n\n"
        "Raiders torched a grain store on Monday, 9 May. Two days later, on Wednesday 11 May, "
        "the militia shelled the ridge."
    )
    assert _reference(text) == ("2022-05-11", "weekday")


def test_weekdays_outweigh_a_later_full_date() -> None:
    # an election set for 14 February 2027 is the latest full date, yet 9 May fell on a
    # Saturday in 2026 (not in 2027 or 2028): the report's own days are in 2026
    text = (
        "Delta monitor\n\nThe vote is set for 14 February 2027.\n\n"
        "On Saturday, 9 May, pirates boarded a supply barge near the estuary."
    )
    assert _reference(text) == ("2026-05-09", "weekday")


def test_a_background_date_years_before_the_incidents() -> None:
    # the text names 2022 only (a recalled ambush); 14 and 16 February fell on a Friday and
    # a Sunday in 2025, three years later, and in no year from 2021 to 2024
    text = (
        "Highlands digest\n\nThe feud goes back to the ambush of 2 September 2022 at a "
        "river ford.\n\nClan fighters burned a school on Friday, 14 February, and a clinic on "
        "Sunday 16 February."
    )
    assert _reference(text) == ("2025-02-16", "weekday")


def test_a_far_year_needs_more_than_one_weekday() -> None:
    text = (
        "Highlands digest\n\nThe feud goes back to the ambush of 2 September 2022 at a "
        "river ford.\n\nClan fighters burned a school on Friday, 14 February."
    )
    # no year at all: neither 2025 from one weekday, nor 2022 from the recalled ambush
    assert _reference(text) == (None, None)


def test_a_far_year_needs_a_recalled_day_not_a_founding_year() -> None:
    # only a founding year is named: 14 and 16 February fell on a Friday and a Sunday in
    # 2025, but a report naming no later year than 2022 may be from any year after it
    text = (
        "Highlands digest\n\nThe clan militia was formed in 2022.\n\nClan fighters burned a "
        "school on Friday, 14 February, and a clinic on Sunday 16 February."
    )
    assert _reference(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # 4 March fell on a Tuesday in 2025, 6 March on a Wednesday in 2024: the two days
        # disagree, and the latest full date (2024) must not settle it
        "Coast review\n\nOn 3 January 2024 the navy seized a dhow.\n\nSmugglers fired on a "
        "patrol on Tuesday, 4 March and on a customs post on Wednesday, 6 March.",
        # two days agree (2025), one fits no reading of theirs: too few to outvote it
        "Coast review\n\nThe port reopened in 2024.\n\nSmugglers fired on a patrol on Tuesday, "
        "4 March, on a customs post on Thursday, 6 March and on a ferry on Sunday, 4 March.",
        # a weekday and a copyright year that contradict each other
        "Coast review\n\nSmugglers fired on a patrol on Tuesday, 4 March.\n\n© 2023 Coast Review",
    ],
)
def test_disagreeing_evidence_gives_no_year(text: str) -> None:
    assert _reference(text) == (None, None)


def test_three_agreeing_days_outvote_one_slip() -> None:
    # 3, 4 and 6 March 2025 were a Monday, a Tuesday and a Thursday; "Sunday, 5 March" fits
    # no reading near them
    text = (
        "Coast review\n\nThe port reopened in 2024.\n\nSmugglers fired on a patrol on Monday, "
        "3 March, on a customs post on Tuesday, 4 March, on a ferry on Thursday, 6 March and "
        "on a tug on Sunday, 5 March."
    )
    assert _reference(text) == ("2025-03-06", "weekday")


def test_no_weekdays_keeps_the_latest_full_date() -> None:
    text = (
        "Coast review\n\nOn 12 June 2023 the navy seized a dhow. On 17 August smugglers "
        "fired on a patrol."
    )
    assert _reference(text) == ("2023", "latest_date")


def test_a_weekday_written_with_its_year_is_no_yearless_evidence() -> None:
    # "Sunday, 17 October 2021" is a full date, not a weekday without a year; 17 October
    # 2021 was a Sunday, so the text is not dated by it as a weekday
    text = (
        "Coast review\n\nOn Sunday, 17 October 2021 the navy seized a dhow. Smugglers fired on "
        "a patrol on 2 November."
    )
    assert _reference(text) == ("2021", "latest_date")


def test_the_inferred_year_dates_the_events() -> None:
    doc = process_raw(
        _raw(
            "Delta monitor\n\nThe vote is set for 14 February 2027.\n\nOn Saturday, 9 May, "
            "pirates boarded a supply barge near the estuary and killed two crewmen.",
            "text",
        )
    )
    values = {t.text: t.value for t in doc.timexes}
    assert any(v == "2026-05-09" for k, v in values.items() if "9 May" in k)


# --------------------------------------------------------------------------------------------
# HTML pages


def _raw(text: str, fmt: str = "html") -> RawDocument:
    return RawDocument(path="<t>", format=fmt, text=text, content_hash=content_hash(b"s22c"))


_BODY = (
    "<p>Militia fighters loyal to a local strongman attacked a river checkpoint before dawn, "
    "witnesses said, and held the crossing for several hours before the army arrived. Traders "
    "said the fighters had demanded fees from every lorry and every canoe that passed.</p>"
)


def _dates(
    head: str = "", top: str = "", body: str = _BODY, tail: str = ""
) -> tuple[str | None, str | None]:
    html = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Checkpoint seized "
        f"| Lowland Courier</title>{head}</head><body><h1>Checkpoint seized</h1>{top}"
        f"<article>{body}<p>More follows.</p></article>{tail}</body></html>"
    )
    raw = read_html(Path("page.html"), html.encode("utf-8"))
    return raw.file_metadata.date, raw.file_metadata.date_fallback


@pytest.mark.parametrize(
    ("top", "date"),
    [
        # a byline whose second line is the date, the reading time beside it
        (
            "<div class='byline'>By Ruth Adeyemi, Lokoja<br>Tue, 3rd Mar. 2026 | 4 min read</div>",
            "2026-03-03",
        ),
        ("<div class='post-meta'><span>Posted 11 August 2024</span></div>", "2024-08-11"),
        ("<p class='dateline'>June 2, 2025 &middot; Lokoja</p>", "2025-06-02"),
        (
            "<div class='meta'><time datetime='2025-12-01T06:30:00Z'>1 Dec</time></div>",
            "2025-12-01",
        ),
        ("<header><time>9 January 2026</time></header>", "2026-01-09"),
        # a byline laid out as a list, and a date that links to the day's archive
        ("<ul class='post-meta'><li>By R. Adeyemi</li><li>3 May 2025</li></ul>", "2025-05-03"),
        (
            "<div class='byline'>By <a href='/a'>R. Adeyemi</a> &middot; <a href='/d'>7 May "
            "2025</a></div>",
            "2025-05-07",
        ),
    ],
)
def test_byline_date_line_and_time(top: str, date: str) -> None:
    assert _dates(top=top)[0] == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        (
            "<meta property='article:published_time' content='2025-04-07T09:00:00+01:00'>",
            "2025-04-07",
        ),
        ("<meta name='DC.date' content='2024-11-30'>", "2024-11-30"),
        # a modification date only, and a publication date before it
        ("<meta property='og:updated_time' content='2025-02-02'>", "2025-02-02"),
        (
            "<meta property='og:updated_time' content='2025-02-02'>"
            "<meta name='date' content='2025-01-20'>",
            "2025-01-20",
        ),
    ],
)
def test_meta_date_tags(head: str, date: str) -> None:
    assert _dates(head=head)[0] == date


def test_another_calendar_in_a_meta_tag_is_a_fallback_only() -> None:
    hijri = '<meta name="dc.date.hijri" content="15 Rabi\' al-Awwal 1447 AH">'
    byline = "<div class='byline'>By R. Adeyemi | 10 September 2025</div>"
    assert _dates(head=hijri, top=byline) == ("2025-09-10", "2025-09-08")
    assert _dates(head=hijri) == (None, "2025-09-08")


def test_the_byline_date_dates_the_document() -> None:
    html = (
        "<html><head><title>Checkpoint seized | Lowland Courier</title>"
        "<meta name='dc.date.hijri' content='٢٠ رجب ١٤٤٨ هـ'></head><body>"
        "<h1>Checkpoint seized</h1><div class='byline'>By Ruth Adeyemi<br>Tue, 3rd Mar. 2026 "
        "| 4 min read</div><article><p>Militia fighters attacked a river checkpoint on "
        "Sunday, 1 March, witnesses said, after a raid of 12 November 2024 had closed the "
        "crossing for a month. Traders said the fighters demanded fees from every lorry.</p>"
        "</article></body></html>"
    )
    raw = read_html(Path("page.html"), html.encode("utf-8"))
    doc = process_raw(raw)
    assert doc.metadata.published is not None
    assert doc.metadata.published.value == "2026-03-03"


@pytest.mark.parametrize(
    ("head", "top", "body", "tail"),
    [
        # a date inside the article's text dates what it tells, not the page
        ("", "", _BODY.replace("before dawn", "before dawn on 4 May 2025"), ""),
        # related links with their dates, in an aside and in a list
        (
            "",
            "",
            _BODY,
            "<aside><h3>Related</h3><time datetime='2024-07-01'>1 Jul 2024</time></aside>",
        ),
        (
            "",
            "<ul><li><a href='/x'>Older story</a> <time datetime='2023-05-05'>5 May</time>"
            "</li></ul>",
            _BODY,
            "",
        ),
        # a footer's date and a quotation's
        ("", "", _BODY, "<footer><div class='date'>Updated 2 March 2022</div></footer>"),
        ("", "<blockquote><p class='date'>Communiqué of 8 April 2021</p></blockquote>", _BODY, ""),
        # a byline that names no date, and a long block that merely has a date class
        ("", "<div class='byline'>By Ruth Adeyemi, Lokoja correspondent</div>", _BODY, ""),
        (
            "",
            "<div class='date'>"
            + "The council met again and again to discuss the crossing. " * 5
            + "It last met on 3 March 2024.</div>",
            _BODY,
            "",
        ),
        # a <meta> tag that is no date tag
        ("<meta name='keywords' content='2024-01-01, river'>", "", _BODY, ""),
        # a date class with a date inside a sentence
        ("", "<div class='date'>Talks planned for 3 March 2027 were postponed</div>", _BODY, ""),
    ],
)
def test_no_page_date(head: str, top: str, body: str, tail: str) -> None:
    assert _dates(head=head, top=top, body=body, tail=tail)[0] is None
