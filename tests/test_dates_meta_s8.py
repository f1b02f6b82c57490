"""Dates and metadata of report layouts seen on unseen reports: a wire dateline without a
year, a "Posted:" date beside the period a report covers, season words that are nouns ("the
fall of Mosul") and the validity of every timex value, the site name of an HTML page from its
title or copyright footer, a publisher's letterhead and an official document's header."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.dates import RANK_PERIOD, RANK_PUBLISHED, full_dates, rank_date_line
from dossier.metadata import extract_metadata
from dossier.pipeline import process_file
from dossier.read import read_file
from dossier.records import DateValue, Document, HtmlMetadata
from dossier.resolve.timex import extract_timexes
from dossier.resolve.timex.dateline import wire_dateline
from dossier.resolve.timex.values import is_valid_value
from dossier.settings import Settings
from dossier.sources import known_source, source_line

NONE = HtmlMetadata()
BODY = (
    "Fighters from the group entered the district after a week of clashes with the army, "
    "residents said, and the fighting was still going on in the evening."
)


def _process(tmp_path: Path, text: str, name: str = "report.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_file(path, Settings())


def _values(doc: Document) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for t in doc.timexes:
        found.setdefault(t.text, []).append(t.value)
    return found


# --------------------------------------------------------------------------------------------
# a wire dateline with a day and month but no year


WIRE = """Gunmen kill 14 at Maiduguri market; ISWAP claims attack

MAIDUGURI, Nigeria, Mar 14 (Reuters) - Gunmen on motorbikes opened fire at a cattle market on
the outskirts of Maiduguri on Friday, killing at least 14 traders, police said.

A day earlier, on Thursday, the same group ambushed a convoy near Konduga, residents said.
In January, fighters overran a military base at Malam-Fatori.
In December, the army said it had killed dozens of militants in the Sambisa forest.

Picture caption: Traders gather at the market in Maiduguri, Nigeria, March 14, 2025.

(Reporting by Ahmed Kingimi; Editing by Sandra Maler)
"""


def test_a_dateline_without_a_year_takes_it_from_a_full_date_of_the_story(
    tmp_path: Path,
) -> None:
    doc = _process(tmp_path, WIRE)
    assert doc.metadata.published == DateValue("2025-03-14", "day")
    assert doc.metadata.source == "Reuters"
    values = _values(doc)
    assert values["Friday"] == ["2025-03-14"]
    assert values["Thursday"] == ["2025-03-13"]
    assert values["January"] == ["2025-01"]
    assert values["December"] == ["2024-12"]


def test_the_dateline_keeps_its_day_and_month() -> None:
    wire = wire_dateline("KANDAHAR, Afghanistan, Sept 3 (AFP) - A blast hit a mosque.")
    assert wire is not None and wire.date is None
    assert wire.month_day == (9, 3)


def test_the_dateline_year_comes_only_from_a_near_recent_date() -> None:
    cases = [
        # a date of the story a few days before the dateline
        (
            f"HERAT, Afghanistan, Jan 4 (AFP) - {BODY} Talks began on December 30, 2023.",
            "2024-01-04",
        ),
        # a date the story announces, a few days after it
        (
            f"HERAT, Afghanistan, Dec 29 (AFP) - {BODY} A curfew starts on 2 January 2026.",
            "2025-12-29",
        ),
        # no full date: no year is guessed
        (f"HERAT, Afghanistan, Jan 4 (AFP) - {BODY} The group was founded in 2011.", None),
        # a founding day near the dateline's, older than another date of the story: no year
        (
            f"HERAT, Afghanistan, Jan 4 (AFP) - {BODY} It was founded on 2 January 2011 and "
            "struck Kabul in March 2023.",
            None,
        ),
    ]
    for text, published in cases:
        meta = extract_metadata(text, NONE)
        assert meta.published == (DateValue(published, "day") if published else None), text


def test_full_dates_lists_days_and_months_with_their_year() -> None:
    assert full_dates("On 2 May 2024 and in June 2023, not on 5 July.") == [
        DateValue("2024-05-02", "day"),
        DateValue("2023-06", "month"),
    ]


# --------------------------------------------------------------------------------------------
# a publication cue beats the period a report covers


def test_a_posted_cell_beats_the_period_covered() -> None:
    line = "**3-9 March 2025** | Posted: 12 March 2025 | Sahel Monitor"
    assert rank_date_line(line) == (DateValue("2025-03-12", "day"), RANK_PUBLISHED)
    assert rank_date_line("3-9 March 2025") == (DateValue("2025-03-09", "day"), RANK_PERIOD)
    assert rank_date_line("28 February - 6 March 2025")[1] == RANK_PERIOD  # type: ignore[index]


def test_a_weekly_header_is_dated_by_its_posting_day(tmp_path: Path) -> None:
    text = (
        "# Weekly Brief: Lake Chad Basin\n\n"
        "**3-9 March 2025** | Posted: 12 March 2025 | Sahel Monitor\n\n"
        "## Nigeria\n\n"
        "On 5 March, fighters attacked a base in Borno state. Last week, the army said it had "
        "regained control of two villages.\n"
    )
    meta = extract_metadata(text, NONE)
    assert meta.published == DateValue("2025-03-12", "day")


def test_which_header_date_dates_the_report() -> None:
    for header, published in [
        ("3-9 May 2024\nUpdated: 10 May 2024", "2024-05-10"),  # a period, then a revision
        ("3 May 2024\nUpdated: 10 May 2024", "2024-05-03"),  # a day, then a revision
        ("Updated: 10 May 2024\nPublished: 8 May 2024", "2024-05-08"),  # the publication
    ]:
        meta = extract_metadata(f"Weekly Update\n\n{header}\n\n{BODY}", NONE)
        assert meta.published == DateValue(published, "day"), header


# --------------------------------------------------------------------------------------------
# seasons and the validity of every value


FEB = DateValue("2025-02-20", "day")


def test_a_season_word_that_is_a_noun_is_no_date() -> None:
    for text in [
        "The offensive began three weeks after the fall of Mosul on 10 June 2014.",
        "Since the fall of the regime, militias have multiplied.",
        "The attack comes a year after the fall of Kabul.",
        "Analysts noted a sharp fall in attacks in the north.",
        "It was the spring of the uprising.",
    ]:
        values = [t.value for t in extract_timexes(text, FEB)]
        assert not [v for v in values if v[-2:] in ("FA", "SP", "SU", "WI")], text


def test_a_season_without_a_year_is_the_nearest_one_by_tense() -> None:
    def value(text: str) -> list[str]:
        return [t.value for t in extract_timexes(text, FEB) if t.value.endswith(("FA", "SU"))]

    assert value("The militants withdrew in the fall.") == ["2024-FA"]
    assert value("The army will resume operations in the summer.") == ["2025-SU"]
    assert value("The group split in the fall of 2019.") == ["2019-FA"]
    assert value("Last fall in Kunduz the group split.") == ["2024-FA"]


@pytest.mark.parametrize(
    ("value", "type_", "valid"),
    [
        ("2024-FA", "DATE", True),
        ("2025-W07-3", "DATE", True),
        ("XXXX-WXX-6", "DATE", True),
        ("2024-11-09TMO", "TIME", True),
        ("P2M", "DURATION", True),
        ("PT3H", "DURATION", True),
        ("PAST_REF", "DATE", True),
        ("2025-FALL", "DATE", False),
        ("2024-02-30", "DATE", False),
        ("2024-13", "DATE", False),
        ("2021-W53", "DATE", False),  # 2021 has 52 ISO weeks
        ("P2M", "DATE", False),
        ("2024-05-01", "DURATION", False),
        ("", "DATE", False),
    ],
)
def test_timex_value_validity(value: str, type_: str, valid: bool) -> None:
    assert is_valid_value(value, type_) is valid


def test_no_invalid_value_is_emitted() -> None:
    text = (
        "The shura met on 31 June and on 31 September. Two months after the fall of Raqqa on "
        "17 October 2017, the group regrouped. Last autumn it struck again, and this winter "
        "it will strike once more. On 31 February the council met; the week 54 report came "
        "on Friday. In the spring, three days later, the following year, late 2019 and the "
        "1990s."
    )
    for dct in (FEB, None):
        found = extract_timexes(text, dct)
        assert all(is_valid_value(t.value, t.type) for t in found), found
        assert "31 June" not in [t.text for t in found]  # no 31st of June, with or without a year


# --------------------------------------------------------------------------------------------
# HTML: the site's name from the page title or its copyright footer


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Militants storm army post near Gao{suffix}</title>
<meta name="date" content="2024-06-21">
</head><body>
<nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
<article>
<h1>Militants storm army post near Gao</h1>
<p>Militants stormed an army post near Gao on Friday, killing at least six soldiers, a
military source said. The attackers fled towards the border with Niger after the raid, and
the army sent reinforcements from the town later that evening.</p>
<p>The group has stepped up attacks in the region since the start of the year, according to
residents and local officials who spoke on condition of anonymity.</p>
</article>
<footer><p>{footer}</p><p><a href="/about">About</a> | <a href="/contact">Contact</a></p></footer>
</body></html>
"""


def _html_meta(tmp_path: Path, suffix: str, footer: str) -> HtmlMetadata:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(suffix=suffix, footer=footer), encoding="utf-8")
    return read_file(path, 10**7).file_metadata


def test_the_site_name_comes_from_the_page_title(tmp_path: Path) -> None:
    meta = _html_meta(tmp_path, " | Sahel Courier", "Contact our newsroom")
    assert meta.sitename == "Sahel Courier"
    # a page word after the headline is no site
    assert _html_meta(tmp_path, " - Update 2", "Contact our newsroom").sitename is None


def test_the_site_name_comes_from_the_copyright_footer(tmp_path: Path) -> None:
    meta = _html_meta(tmp_path, "", "&copy; 2024 Sahel Courier Media Group. All rights reserved.")
    assert meta.sitename == "Sahel Courier"


def test_an_html_report_is_sourced_by_its_site(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(suffix=" | Sahel Courier", footer=""), encoding="utf-8")
    doc = process_file(path, Settings())
    assert doc.metadata.source == "Sahel Courier"
    assert doc.metadata.title == "Militants storm army post near Gao"


def test_copyright_holders_lose_the_notice_and_the_company_form() -> None:
    assert source_line("© 2023 The Lake Chad Herald Ltd. All rights reserved.") == (
        "The Lake Chad Herald"
    )
    assert source_line("Copyright 2024 Kivu Post | Terms | Privacy") == "Kivu Post"
    assert source_line("Source: Kivu Media Group") == "Kivu Media Group"


# --------------------------------------------------------------------------------------------
# a publisher's letterhead and an official document's header


def test_a_letterhead_is_the_source_not_the_section() -> None:
    text = (
        "EASTERN CONGO RESEARCH PROGRAMME\n"
        "Working Paper No. 3 | June 2024\n\n"
        "The ADF After Operation Shujaa: Dispersal and Adaptation\n\n"
        "By Marie Kabila and Tom Reed\n\n"
        f"{BODY}\n"
    )
    meta = extract_metadata(text, NONE)
    assert meta.source == "Eastern Congo Research Programme"
    assert meta.section is None
    assert meta.title == "The ADF After Operation Shujaa: Dispersal and Adaptation"
    assert meta.published == DateValue("2024-06", "month")
    # a headline naming an office is still the title
    text = f"Gunmen Storm Office in Kabul\n\nThe attack was the third this month\n\n{BODY}"
    meta = extract_metadata(text, NONE)
    assert meta.source is None
    assert "Gunmen Storm Office in Kabul" in (meta.title, meta.section)


def test_a_known_publisher_on_the_first_line_is_the_source() -> None:
    meta = extract_metadata(
        f"INTERNATIONAL CRISIS GROUP\n\nNiger After the Coup: A Reckoning\n\n{BODY}", NONE
    )
    assert known_source("International Crisis Group") == "International Crisis Group"
    assert meta.source == "International Crisis Group"
    assert meta.title == "Niger After the Coup: A Reckoning"


UN_REPORT = """United Nations                                                    S/2025/118
Security Council                                          Distr.: General
                                                          21 February 2025
                                                          Original: English

United Nations Assistance Mission in Somalia

Report of the Secretary-General

I. Introduction

1. The present report is submitted pursuant to Security Council resolution 2753 (2024) and
covers developments in Somalia from 1 October 2024 to 31 January 2025.
"""


def test_an_official_document_header(tmp_path: Path) -> None:
    doc = _process(tmp_path, UN_REPORT)
    meta = doc.metadata
    assert meta.title == "Report of the Secretary-General"
    assert meta.source == "United Nations"
    assert meta.source_original == "United Nations Security Council"
    assert meta.section == "United Nations Assistance Mission in Somalia"
    assert meta.published == DateValue("2025-02-21", "day")
