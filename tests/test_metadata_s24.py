"""(s24) Dates a report gives in other calendars and layouts: Ge'ez numerals of the Ethiopian
calendar, the Thai solar calendar (Buddhist Era years), header items set side by side, a front
matter below a forwarded e-mail's lines, a weekday in brackets after a date, and the year of
a dated log line.

Every text here is written for the test (no report's wording)."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_docs import plain_metadata as _meta

from dossier.calendars import calendar_date, geez_number
from dossier.clean import clean_text
from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.metadata import extract_metadata
from dossier.read import read_file
from dossier.records import DateValue, HtmlMetadata, Metadata
from dossier.resolve.timex import extract_timexes

NONE = HtmlMetadata()
BODY = (
    "Gunmen on motorbikes raided a cattle market on Tuesday and drove off two hundred head, "
    "traders told a local radio station."
)


def _markdown_meta(tmp_path: Path, text: str) -> Metadata:
    path = tmp_path / "digest.md"
    path.write_text(text, encoding="utf-8")
    raw = read_file(path, 1 << 20)
    cleaned = clean_text(raw.text, markdown=True)
    return extract_metadata(cleaned.text, raw.file_metadata, original=cleaned.original)


# --------------------------------------------------------------------------------------------
# Ge'ez numerals and the Thai solar calendar


@pytest.mark.parametrize(
    ("numerals", "value"),
    [("፭", 5), ("፲፬", 14), ("፳፱", 29), ("፻", 100), ("፻፳፭", 125), ("፳፻፲፰", 2018), ("፲፼", 100000)],
)
def test_geez_numerals_add_up_and_multiply(numerals: str, value: int) -> None:
    assert geez_number(numerals) == value


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("፭ መስከረም ፳፻፲፰ ዓ.ም.", "2025-09-15", "day"),  # 5 Meskerem 2018 E.C.
        ("ጥር ፳ ቀን ፳፻፲፯ ዓ.ም.", "2025-01-28", "day"),  # 20 Tir 2017, month first
        ("7 ก.พ. 2568", "2025-02-07", "day"),  # abbreviated Thai month, Buddhist Era year
        ("๑๕ มีนาคม ๒๕๖๘", "2025-03-15", "day"),  # Thai digits
        ("1 สิงหาคม พ.ศ. 2567", "2024-08-01", "day"),  # the era mark before the year
        ("ตุลาคม 2568", "2025-10", "month"),
    ],
)
def test_dates_of_other_calendars_are_read(text: str, value: str, precision: str) -> None:
    assert calendar_date(text) == DateValue(value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "ตุลาคม 2025",  # a Gregorian year after a Thai month: no Buddhist Era date
        "12 ธ.ค.",  # no year at all
        "Battalion 2568 moved north",  # a number, no month
        "፲፬ ኅዳር",  # an Ethiopian day and month without the year
    ],
)
def test_no_date_without_its_calendar_year(text: str) -> None:
    assert calendar_date(text) is None


def test_a_thai_header_item_dates_the_report_and_is_no_title() -> None:
    text = (
        "Southern Monitor Network\n"
        "Quarterly Review\n"
        "ฉบับที่ 3/2568 · เผยแพร่ 7 ก.พ. 2568\n\n"
        "Arson and ambushes: the border districts in the last quarter\n\n"
        f"{BODY}\n"
    )
    meta = _meta(text)
    assert meta.published == DateValue("2025-02-07", "day")
    assert meta.title == "Arson and ambushes: the border districts in the last quarter"


def test_a_buddhist_era_date_inside_a_sentence_dates_no_report() -> None:
    text = (
        "Arson and ambushes in the border districts\n\n"
        "Villagers recalled that the school first burned on 7 ก.พ. 2568 and was rebuilt "
        "by the district office.\n\n"
        f"{BODY}\n"
    )
    assert _meta(text).published is None


def test_a_geez_date_line_dates_the_report() -> None:
    text = (
        "Highlands Safety Bulletin\n\n"
        "Road incidents on the western corridor\n\n"
        "ቀን: ፭ መስከረም ፳፻፲፰ ዓ.ም.\n\n"
        f"{BODY}\n"
    )
    assert _meta(text).published == DateValue("2025-09-15", "day")


# --------------------------------------------------------------------------------------------
# a front matter below a forwarded e-mail's lines


def test_a_front_matter_below_forwarded_lines_gives_title_and_date(tmp_path: Path) -> None:
    text = (
        "From: Lena Okafor <l.okafor@example.org>\n"
        "Sent: Friday 07:40\n"
        "Subject: FW: corridor notes 37\n\n"
        "> Passing this on; figures are provisional.\n\n"
        "**RESTRICTED**\n\n"
        "---\n"
        "title: Western Corridor Road Notes, no. 37\n"
        "prepared_by: Field Team\n"
        "date: ፭ መስከረም ፳፻፲፰ ዓ.ም.\n"
        "---\n\n"
        "## Summary\n\n"
        f"{BODY}\n"
    )
    meta = _markdown_meta(tmp_path, text)
    assert meta.title == "Western Corridor Road Notes, no. 37"
    assert meta.published == DateValue("2025-09-15", "day")


def test_rules_around_a_paragraph_are_no_front_matter(tmp_path: Path) -> None:
    text = (
        "# Convoy ambushed on the northern road\n\n"
        "---\n\n"
        "Note: the figures below come from two hospitals and may change.\n\n"
        "---\n\n"
        f"{BODY}\n"
    )
    assert _markdown_meta(tmp_path, text).title == "Convoy ambushed on the northern road"


def test_a_front_matter_far_down_the_text_is_none(tmp_path: Path) -> None:
    filler = "".join(f"Line {i} of the forwarded thread.\n" for i in range(20))
    text = (
        "# Convoy ambushed on the northern road\n\n"
        f"{filler}\n"
        "---\n"
        "title: An older digest quoted below\n"
        "---\n\n"
        f"{BODY}\n"
    )
    assert _markdown_meta(tmp_path, text).title == "Convoy ambushed on the northern road"


# --------------------------------------------------------------------------------------------
# a weekday in brackets, the year of a dated log line


def _timexes(text: str, ref: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(text, DateValue(ref, "day"))]


def test_a_weekday_in_brackets_belongs_to_its_date() -> None:
    found = _timexes("4 Mar (Wed) – Gunmen torched a ration shop in the old town.", "2026-04-20")
    assert found == [("4 Mar (Wed)", "2026-03-04")]


def test_a_weekday_in_brackets_picks_the_year() -> None:
    # 2 January fell on a Thursday in 2025, not in 2026
    found = _timexes("2 Jan (Thu) – A grenade hit the checkpoint.", "2025-12-28")
    assert found == [("2 Jan (Thu)", "2025-01-02")]


def test_a_log_line_weeks_after_the_report_is_of_the_year_before() -> None:
    text = (
        "Main incidents so far:\n"
        "- Feb 11 — Kasai: gunmen killed three traders on the river road.\n"
        "- Apr 2 — Kolo: a mine destroyed a lorry.\n"
    )
    found = dict(_timexes(text, "2026-12-05"))
    assert found["Feb 11"] == "2026-02-11"


def test_a_log_line_that_looks_ahead_keeps_the_nearest_year() -> None:
    text = "Coming up:\n- Jan 9 — Kasai: the governor will open the new bridge.\n"
    assert dict(_timexes(text, "2026-12-05"))["Jan 9"] == "2027-01-09"


def test_a_sentence_dated_weeks_ahead_is_not_forced_into_the_past() -> None:
    text = "Talks between the two movements are due to resume on Jan 9 in the capital."
    assert dict(_timexes(text, "2026-12-05"))["Jan 9"] == "2027-01-09"


def _events(text: str, ref: str) -> list[tuple[str | None, str]]:
    date = DateValue(ref, "day")
    ann = annotate_text(text, date)
    events = extract_events(ann.doc, ann.actors, ann.places, ann.timexes, date)
    return [(e.date.value if e.date else None, e.modality) for e in events]


def test_a_log_of_this_years_incidents_is_no_background() -> None:
    text = (
        "Major incidents this year:\n"
        "- Feb 11 — Kasai: gunmen killed three traders on the river road.\n"
    )
    assert ("2026-02-11", "asserted") in _events(text, "2026-12-05")


def test_a_logged_incident_years_back_is_background() -> None:
    text = (
        "Incidents since the insurgency began:\n"
        "- 11 Feb 2021 — Kasai: gunmen killed three traders on the river road.\n"
    )
    assert ("2021-02-11", "background") in _events(text, "2026-12-05")


def test_a_sentence_months_back_outside_a_log_is_still_background() -> None:
    text = "Gunmen killed three traders on the river road near Kasai on 11 June."
    assert ("2026-06-11", "background") in _events(text, "2026-12-05")
