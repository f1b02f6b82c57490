"""Session 22: the document's date in other scripts and calendars (Devanagari digits and Hindi
names, Persian digits and the Solar Hijri calendar, the Ethiopian calendar, Turkish and
Kurdish month names, Markdown metadata tables, bylines), a publication field left blank, and
the year of year-less dates inferred from the text when the report states no date. All texts
are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.calendars import (
    calendar_date,
    ethiopian_to_gregorian,
    jalali_to_gregorian,
)
from dossier.clean import clean_text
from dossier.dates import blank_date_field, parse_date_line
from dossier.metadata import extract_metadata
from dossier.pipeline import process_raw
from dossier.records import DateValue, HtmlMetadata, Metadata, RawDocument
from dossier.resolve.timex import extract_timexes


def _meta(original: str, file_metadata: HtmlMetadata | None = None) -> Metadata:
    cleaned = clean_text(original, markdown=original.startswith(("---", "#")))
    return extract_metadata(cleaned.text, file_metadata or HtmlMetadata(), original=original)


def _published(original: str, file_metadata: HtmlMetadata | None = None) -> str | None:
    meta = _meta(original, file_metadata)
    return meta.published.value if meta.published else None


def _timexes(text: str) -> dict[str, str]:
    doc = process_raw(RawDocument(path="<t>", format="text", text=text, content_hash="s22"))
    return {t.text: t.value for t in doc.timexes}


# --------------------------------------------------------------------------------------------
# calendar arithmetic, on known pairs


@pytest.mark.parametrize(
    ("jalali", "gregorian"),
    [
        ((1404, 1, 1), dt.date(2025, 3, 21)),  # Nowruz 1404
        ((1403, 1, 1), dt.date(2024, 3, 20)),  # Nowruz 1403, after a Gregorian leap day
        ((1399, 1, 1), dt.date(2020, 3, 20)),
        ((1375, 1, 1), dt.date(1996, 3, 20)),
        ((1357, 11, 22), dt.date(1979, 2, 11)),  # the revolution's victory day
        ((1403, 12, 30), dt.date(2025, 3, 20)),  # 1403 is a leap year: Esfand has 30 days
        ((1404, 7, 1), dt.date(2025, 9, 23)),  # Mehr has 30 days, the first six months 31
    ],
)
def test_solar_hijri_to_gregorian(jalali: tuple[int, int, int], gregorian: dt.date) -> None:
    assert jalali_to_gregorian(*jalali) == gregorian


def test_solar_hijri_rejects_a_day_the_month_lacks() -> None:
    with pytest.raises(ValueError):
        jalali_to_gregorian(1404, 12, 30)  # 1404 is no leap year
    with pytest.raises(ValueError):
        jalali_to_gregorian(1404, 7, 31)


@pytest.mark.parametrize(
    ("ethiopian", "gregorian"),
    [
        ((2018, 1, 1), dt.date(2025, 9, 11)),  # Enkutatash 2018
        ((2016, 1, 1), dt.date(2023, 9, 12)),  # the year before a Gregorian leap year
        ((2017, 4, 29), dt.date(2025, 1, 7)),  # Genna, Ethiopian Christmas
        ((2015, 13, 6), dt.date(2023, 9, 11)),  # Pagume has 6 days in 2015
    ],
)
def test_ethiopian_to_gregorian(ethiopian: tuple[int, int, int], gregorian: dt.date) -> None:
    assert ethiopian_to_gregorian(*ethiopian) == gregorian


# --------------------------------------------------------------------------------------------
# reading dates in other calendars, scripts and languages


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("۱۲ آبان ۱۴۰۴", "2025-11-03"),
        ("12 Aban 1404", "2025-11-03"),
        ("Aban 12, 1404", "2025-11-03"),
        ("۱۴۰۴/۰۷/۲۲", "2025-10-14"),  # Persian digits: the Solar Hijri calendar
        ("1404/07/22 SH", "2025-10-14"),
        ("۱۲ عقرب ۱۴۰۴", "2025-11-03"),  # the Afghan name of Aban
        ("ጥር 20 ቀን 2017 ዓ.ም.", "2025-01-28"),
        ("20 Tir 2017 E.C.", "2025-01-28"),
        ("١٥ ربيع الأول ١٤٤٧ هـ", "2025-09-08"),  # the Hijri calendar still read
    ],
)
def test_calendar_dates(text: str, value: str) -> None:
    found = calendar_date(text)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "1404/07/22",  # ASCII digits, no era mark: no Solar Hijri date
        "Sene 5, 2017",  # an Ethiopian month in Latin letters needs the era mark
        "the 12 Aban 2025 rally",  # 2025 is no Solar Hijri year
    ],
)
def test_no_calendar_date(text: str) -> None:
    assert calendar_date(text) is None


def test_solar_hijri_era_mark_is_not_the_lunar_one() -> None:
    found = calendar_date("۱۴۰۴/۰۷/۲۲ هـ.ش")
    assert found is not None and found.value == "2025-10-14"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("दिनांक: मंगलवार, १४ अक्टूबर २०२५", "2025-10-14"),
        ("9 Ekim 2025", "2025-10-09"),
        ("Yayın tarihi: 9 Ekim 2025 Perşembe", "2025-10-09"),
        ("3ê Mijdarê 2025", "2025-11-03"),
        ("Fri, 23rd Oct. 2026 | 6 min read", "2026-10-23"),
        ("| Date | 14 October 2025 |", "2025-10-14"),
        ("| **Published** | 2 February 2026 |", "2026-02-02"),
        ("بەروار: ٣ی تشرینی دووەم ٢٠٢٥", "2025-11-03"),
        ("Date: 14 October 2025", "2025-10-14"),
    ],
)
def test_date_lines_in_other_languages_and_forms(line: str, value: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "| 14 Oct 2025 | Goma | Raid on the market |",  # an incident table's row
        "| Attack | 3 May 2024 |",  # a table row keyed by no date cue
        "On 9 Ekim 2025 the militia shelled the village and killed two farmers.",
    ],
)
def test_no_date_line(line: str) -> None:
    assert parse_date_line(line) is None


def test_publication_date_in_other_scripts_and_calendars() -> None:
    body = "\n\nGunmen attacked a checkpoint on the highway and killed two guards, police said."
    assert _published("District digest\n\nदिनांक: मंगलवार, १४ अक्टूबर २०२५" + body) == "2025-10-14"
    assert _published("Border note\n\nتاریخ انتشار: ۲۲ مهر ۱۴۰۴" + body) == "2025-10-14"
    assert _published("Field note\n\nDate: ማክሰኞ፣ ጥር 20 ቀን 2017 ዓ.ም." + body) == "2025-01-28"
    assert _published("Weekly report\n\n3ê Mijdarê 2025" + body) == "2025-11-03"


def test_a_date_in_another_calendar_beats_the_period_covered() -> None:
    original = (
        "Field security update\n\nDate: ማክሰኞ፣ ጥር 20 ቀን 2017 ዓ.ም.\n"
        "Reporting period: 20-26 January 2025\n\n"
        "Gunmen attacked a checkpoint on the highway and killed two guards, police said."
    )
    assert _published(original) == "2025-01-28"


def test_a_decree_dated_in_another_calendar_dates_no_report() -> None:
    original = (
        "Border note\n\nDecree of 12 Aban 1404 on the border crossings\n\n"
        "Gunmen attacked a checkpoint on the highway and killed two guards, police said."
    )
    assert _published(original) is None


def test_file_date_in_another_calendar() -> None:
    meta = HtmlMetadata(date="۱۴۰۴/۰۷/۲۲")
    assert _published("Border note\n\nGunmen attacked a checkpoint.", meta) == "2025-10-14"


def test_markdown_metadata_table() -> None:
    original = (
        "# Lake region update\n\n| Date | Author | Classification |\n|---|---|---|\n"
        "| 14 October 2025 | Field desk | Public |\n\n"
        "Gunmen attacked a checkpoint on the highway and killed two guards, police said."
    )
    assert _published(original) == "2025-10-14"


def test_incident_table_dates_no_report() -> None:
    original = (
        "# Lake region update\n\nGunmen attacked a checkpoint on the highway and killed two "
        "guards, police said.\n\n| Date | Location | Incident |\n|---|---|---|\n"
        "| 14 October 2025 | Goma | Raid |\n"
    )
    assert _published(original) is None


# --------------------------------------------------------------------------------------------
# a report that states no publication date


@pytest.mark.parametrize(
    ("line", "blank"),
    [
        ("**Published:** n/d", True),
        ("*Published: —*", True),
        ("Date: unknown", True),
        ("Fecha: s.f.", True),
        ("Published: 3 May 2025", False),
        ("Published:", False),  # the date may follow on the next line
        ("Dated 3 May", False),
        ("Updated: n/a", False),  # says nothing of the publication
    ],
)
def test_blank_date_field(line: str, blank: bool) -> None:
    assert blank_date_field(line) is blank


def test_blank_publication_field_keeps_the_period_as_reference_only() -> None:
    original = (
        "Weekly bulletin\n\nReporting period: 12–18 August 2024\nPublished: n/d\n\n"
        "Gunmen attacked a checkpoint on 14 August and killed two guards, police said."
    )
    meta = _meta(original)
    assert meta.published is None
    assert meta.reference is not None and meta.reference.value == "2024-08-18"
    assert meta.reference_basis == "period"
    # without the blank field, the period's end dates the bulletin as before
    meta = _meta(original.replace("Published: n/d\n", ""))
    assert meta.published is not None and meta.published.value == "2024-08-18"


def test_empty_front_matter_date_states_no_date() -> None:
    original = (
        "---\ntitle: Coastal bulletin\ndate:\n---\n\n# Coastal bulletin\n\n"
        "**Coverage:** 15 August – 20 September 2025\n\n"
        "Gunmen attacked a checkpoint on 2 September and killed two guards, police said."
    )
    meta = _meta(original)
    assert meta.published is None
    assert meta.reference is not None and meta.reference.value == "2025-09-20"


def _reference(text: str) -> tuple[str | None, str | None]:
    meta = _meta(text)
    assert meta.published is None
    return (meta.reference.value if meta.reference else None), meta.reference_basis


def test_weekdays_fix_the_year() -> None:
    # 11 October 2025 was a Saturday, 13 October 2025 a Monday
    text = (
        "Kivu roundup\n\nThe truce signed in 2024 collapsed this year.\n\n"
        "Rebels attacked a border town on Saturday (October 11), and the army shelled their "
        "positions on Monday, 13 October."
    )
    assert _reference(text) == ("2025-10-13", "weekday")


def test_weekdays_give_the_year_after_the_latest_named() -> None:
    # 5 January 2026 was a Monday; the text names 2025 only
    text = (
        "Sahel note\n\nThe junta extended the curfew through 2025.\n\n"
        "Gunmen ambushed a convoy on Monday, 5 January, killing three drivers."
    )
    assert _reference(text) == ("2026-01-05", "weekday")


@pytest.mark.parametrize(
    "text",
    [
        # weekdays that fit no year near the latest named one (a Friday 11 October fell in
        # 2024, outside 2020-2022)
        "Roundup\n\nThe group was founded in 2021.\n\nRebels attacked on Saturday, 11 October "
        "and again on Friday, 11 October.",
        # only a background year, and no date written with its year: no year at all
        "Roundup\n\nThe group has fought the army since 2014.\n\nRebels attacked the town on "
        "17 October, killing five.",
        # the latest date written in full is older than a year the text names
        "Roundup\n\nOn 3 March 2024 the group attacked the port. Elections are due in 2026. "
        "On 17 October it struck again.",
        # no year anywhere
        "Roundup\n\nRebels attacked the town on Saturday, 11 October, killing five.",
    ],
)
def test_no_year_rather_than_a_wrong_one(text: str) -> None:
    assert _reference(text) == (None, None)


def test_latest_full_date_gives_the_year() -> None:
    text = (
        "Roundup\n\nOn 3 March 2025 the group attacked the port. On 17 October it struck the "
        "market, killing four."
    )
    assert _reference(text) == ("2025", "latest_date")


def test_copyright_year() -> None:
    text = (
        "Roundup\n\nRebels attacked the town on 17 October, killing five. The group formed in "
        "2012.\n\n© 2023 Lake Monitor"
    )
    assert _reference(text) == ("2023", "copyright")


def test_a_stated_date_is_never_replaced() -> None:
    meta = _meta(
        "Roundup\n\n4 March 2026\n\nRebels attacked the town on Saturday (October 11), "
        "killing five."
    )
    assert meta.published is not None and meta.published.value == "2026-03-04"
    assert meta.reference is None


def test_event_dates_get_the_inferred_year() -> None:
    found = _timexes(
        "Kivu roundup\n\nThe truce signed in 2024 collapsed this year.\n\n"
        "Rebels attacked a border town on Saturday (October 11), killing four soldiers. The "
        "army shelled rebel positions near the lake on Monday, 13 October."
    )
    assert found.get("Saturday") == "2025-10-11" or found.get("October 11") == "2025-10-11"
    assert any(v == "2025-10-13" for k, v in found.items() if "13 October" in k)


# --------------------------------------------------------------------------------------------
# the time stage


def _values(text: str, document_date: str) -> dict[str, str]:
    dct = DateValue(document_date, "day")
    return {t.text: t.value for t in extract_timexes(text, dct)}


def test_turkish_and_kurdish_months_after_a_day() -> None:
    found = _values(
        "Timeline:\n9 Ekim — fighters attacked a border post.\n3ê Mijdarê 2025 — a drone hit "
        "the market.\n12 KASIM: talks resumed.",
        "2025-11-20",
    )
    assert found.get("9 Ekim") == "2025-10-09"
    assert found.get("3ê Mijdarê 2025") == "2025-11-03"
    assert found.get("12 KASIM") == "2025-11-12"


@pytest.mark.parametrize(
    "text",
    [
        "Ekim Demir, a reporter in the town, said the army had withdrawn.",
        "Commander Gulan told the crowd that the siege would end.",
        "The Tebax brigade took the hill.",
    ],
)
def test_a_foreign_month_name_alone_dates_nothing(text: str) -> None:
    assert _values(text, "2025-11-20") == {}


def test_a_story_stepping_back_in_the_same_month_returns_to_the_report_year() -> None:
    found = _values(
        "On 3 February the militia declared a truce. Its text copied an order it had issued on "
        "30 January 2024, and a rocket attack followed on 7 February 2024. A rival leader "
        "rejected the truce on 4 February.",
        "2026-03-04",
    )
    assert found.get("4 February") == "2026-02-04"
    # a story told forward keeps the year of the day before
    found = _values(
        "Fighters took the town on 9 February 2024. Troops retook it on 18 February.",
        "2025-06-01",
    )
    assert found.get("18 February") == "2024-02-18"


def test_a_wire_dateline_without_a_year_takes_it_from_the_weekdays() -> None:
    # 3 March 2025 was a Monday
    text = (
        "Chad: raid on a border post\n\nABECHE, Chad, March 5 (Sahel Wire) - Two customs "
        "officers died on Monday, March 3, when gunmen raided their post near the Sudanese "
        "border. Officials said in 2024 that the border was calm."
    )
    assert _published(text) == "2025-03-05"
    # a weekday that fits no year near 2024 gives the dateline none
    assert _published(text.replace("Monday, March 3", "Tuesday, March 3")) is None
