"""(s18) Dates of documents and events in the formats analysts get: an e-mail's subject as the
title, a dated title line, a month named in a title, a wire dateline without a year dated by
its copyright line, a military date-time group, two months running joined by "and", a day
and month in digits at the head of a bulletin's entry, and a weekday in a report dated by its
month only. Every text here is written for the test."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.records import DateValue, HtmlMetadata, Metadata, RawDocument
from dossier.resolve.timex import extract_timexes


def _meta(text: str) -> Metadata:
    cleaned = clean_text(text)
    return extract_metadata(cleaned.text, HtmlMetadata(), original=cleaned.original)


def _values(text: str, dct: DateValue | None) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, dct)}


# --- document titles and dates


def test_email_subject_is_the_title_not_the_from_line() -> None:
    meta = _meta(
        "From: Regional Desk <desk@example.org>\n"
        "To: Field Team\n"
        "Sent: Tuesday, 8 July 2025 09:15\n"
        "Subject: RE: FW: Flash update - Tillaberi road ambush\n\n"
        "Gunmen ambushed a convoy on the road to Ayorou on Monday, killing three soldiers.\n"
    )
    assert meta.title == "Flash update - Tillaberi road ambush"
    assert meta.published == DateValue("2025-07-08", "day")


def test_a_single_field_line_is_no_email_header() -> None:
    # one "Subject:" label alone opens no e-mail: the headline above stays the title
    meta = _meta(
        "Ceasefire talks stall in Juba\n\n"
        "Subject: the future of the peace deal.\n\n"
        "Delegates left the talks on Friday without an agreement on the security arrangements.\n"
    )
    assert meta.title == "Ceasefire talks stall in Juba"


def test_a_dated_title_line_above_the_body_is_the_title() -> None:
    meta = _meta(
        "FLASH REPORT 07/2024 — North Kivu — 21 May 2024\n\n"
        "1. Rebels shelled positions near Kitshanga on 19 May. The army returned fire.\n"
        "2. On Monday, militiamen killed six farmers in Lubero territory.\n"
    )
    assert meta.title == "FLASH REPORT 07/2024 — North Kivu — 21 May 2024"
    assert meta.published == DateValue("2024-05-21", "day")


def test_a_bare_date_line_above_a_headline_is_not_the_title() -> None:
    meta = _meta(
        "21 May 2024\n\nRebels shell army positions near Kitshanga\n\n"
        "Rebels shelled positions near Kitshanga on Sunday, the army said.\n"
    )
    assert meta.title == "Rebels shell army positions near Kitshanga"


def test_a_bureau_or_place_date_line_is_no_title() -> None:
    # a desk byline and a place dateline name no report: neither becomes the title
    for header in ("Harare Bureau | 3 May 2021", "Goma, Congo — 3 May 2021"):
        meta = _meta(
            f"{header}\n\nGunmen attacked a checkpoint on Sunday, killing four police "
            "officers, officials said.\n"
        )
        assert meta.title != header
        assert meta.published == DateValue("2021-05-03", "day")


def test_a_month_named_after_a_titles_colon_dates_the_report() -> None:
    meta = _meta(
        "Lake Chad Monthly Review: October 2023\n\n"
        "Insurgents raided a fishing camp near Baga on 12 October, killing nine fishermen.\n"
    )
    assert meta.published == DateValue("2023-10", "month")


def test_a_month_inside_a_title_phrase_does_not_date_the_report() -> None:
    meta = _meta(
        "The October 2023 raids: what we know\n\n"
        "Insurgents raided fishing camps near Baga, killing nine fishermen, residents said.\n"
    )
    assert meta.published is None


def test_wire_dateline_without_year_takes_the_copyright_year() -> None:
    meta = _meta(
        "GAROWE, Nov 4 (Newswire) - Militants attacked a police station in the Bari region "
        "on Saturday, killing two officers, officials said.\n\n"
        "Copyright 2021 Newswire. All rights reserved.\n"
    )
    assert meta.published == DateValue("2021-11-04", "day")


def test_wire_dateline_without_year_or_copyright_stays_undated() -> None:
    meta = _meta(
        "GAROWE, Nov 4 (Newswire) - Militants attacked a police station in the Bari region "
        "on Saturday, killing two officers, officials said.\n"
    )
    assert meta.published is None


def test_military_date_time_group_dates_the_sitrep() -> None:
    meta = _meta(
        "DAILY SITREP\nDTG: 220500Z MAR 25\n\n"
        "1. Overnight, fighters attacked a checkpoint east of the town, killing two guards.\n"
    )
    assert meta.published == DateValue("2025-03-22", "day")
    assert meta.title == "DAILY SITREP"
    assert _values("DTG: 220500Z MAR 25", None) == {"220500Z MAR 25": "2025-03-22"}


# --- expressions in the text


def test_two_months_running_joined_by_and_are_one_period() -> None:
    [first, second] = extract_timexes(
        "In late November and early December 2022 the militia overran three villages.",
        DateValue("2025-01-10", "day"),
    )
    assert (first.value, first.end_value, second.value) == ("2022-11", "2022-12", "2022-12")


def test_two_months_apart_joined_by_and_stay_a_list() -> None:
    first = extract_timexes(
        "The militia attacked in January and April 2022.", DateValue("2025-01-10", "day")
    )[0]
    assert (first.value, first.end_value) == ("2022-01", None)


def test_day_and_month_in_digits_at_the_head_of_an_entry() -> None:
    found = _values(
        "Weekly notes\n4/11: a roadside bomb killed two soldiers near Tal Afar.\n"
        "- 6/11 - police arrested three suspects.\nOn 8/11 an airstrike hit a farm.",
        DateValue("2023-11-10", "day"),
    )
    assert (found["4/11"], found["6/11"], found["8/11"]) == (
        "2023-11-04",
        "2023-11-06",
        "2023-11-08",
    )


def test_fractions_and_far_readings_are_no_dates() -> None:
    found = _values(
        "Turnout reached 3/4 of voters. On 4/11 the council met.", DateValue("2023-08-20", "day")
    )
    # neither 4 November nor 11 April lies within two months of 20 August
    assert "3/4" not in found and "4/11" not in found
    assert _values("4/11: a bomb exploded.", None) == {}


def test_weekday_in_a_month_dated_report_follows_the_day_last_told() -> None:
    found = _values(
        "On 9 Oct, fighters raided a camp near Baga. On Saturday, they burned boats at the "
        "shore.\n\nOn Tuesday, a patrol was ambushed.",
        DateValue("2023-10", "month"),
    )
    # 9 October 2023 was a Monday: the Saturday after it; the next paragraph's weekday has
    # only the month
    assert found["Saturday"] == "2023-10-14"
    assert found["Tuesday"] == "2023-10"


def test_weekday_without_any_reference_stays_unresolved() -> None:
    assert _values("On Saturday, fighters burned boats.", None) == {"Saturday": "XXXX-WXX-6"}


def test_whole_bulletin_dates_its_entries_from_the_title_month() -> None:
    from dossier.pipeline import process_raw

    text = (
        "Great Lakes Security Digest — February 2024\n\n"
        "On 27 Jan, militiamen attacked a displacement camp near Djugu, killing seven people. "
        "On 6 Feb, rebels shelled the town of Sake, wounding twelve civilians.\n"
    )
    doc = process_raw(RawDocument(path="<t>", format="text", text=text, content_hash="s18d"))
    assert doc.metadata.published == DateValue("2024-02", "month")
    dates = sorted(e.date.value for e in doc.events if e.date is not None)
    assert dates == ["2024-01-27", "2024-02-06"]


def test_on_the_same_date_is_the_day_last_told() -> None:
    found = _values(
        "Militants raided a police post in Kidal on 14 June. On the same date, the group "
        "released a video of the raid.",
        DateValue("2024-06-20", "day"),
    )
    assert found["the same date"] == "2024-06-14"


def test_a_day_opening_a_past_sentence_is_not_months_ahead() -> None:
    dct = DateValue("2024-09-18", "day")
    # told in the past, 28 December is the last one, not the coming one
    assert _values("On 28 Dec, fighters attacked a border post.", dct) == {"28 Dec": "2023-12-28"}
    # told in the future or the present it stays the coming one
    assert _values("On 28 Dec, the group will mark its anniversary.", dct) == {
        "28 Dec": "2024-12-28"
    }
    assert _values("On 28 Dec the talks resume, officials said.", dct) == {"28 Dec": "2024-12-28"}
