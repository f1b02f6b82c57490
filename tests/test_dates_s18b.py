"""(s18, round 2) Regression tests for the dates review of ae6901e: a weekday told before the
day last told, days and months in digits that are counts, fractions or thread numbers, a
participle or a present tense after "On <date>,", a place dateline, a compact date-time
group, a site's copyright footer, "the same date last year", and operation names with
numbers. The documents are the reviewer's test documents (written for the review) and
variants written for these tests."""

from __future__ import annotations

from functools import cache

from dossier.clean import clean_text
from dossier.dates import parse_date_line
from dossier.metadata import extract_metadata
from dossier.records import DateValue, Document, HtmlMetadata, Metadata, RawDocument
from dossier.resolve.timex import extract_timexes


def _meta(text: str) -> Metadata:
    cleaned = clean_text(text)
    return extract_metadata(cleaned.text, HtmlMetadata(), original=cleaned.original)


def _values(text: str, dct: DateValue | None) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, dct)}


@cache
def _process(text: str) -> Document:
    from dossier.pipeline import process_raw

    raw = RawDocument(path="<t>", format="text", text=text, content_hash=f"s18b{hash(text)}")
    return process_raw(raw)


def _timexes(text: str) -> dict[str, str]:
    return {t.text: t.value for t in _process(text).timexes}


# --- 1. a weekday in a month-dated report, told before the day last told


def test_pluperfect_weekday_lies_before_the_day_last_told() -> None:
    found = _values(
        "Central Sahel Digest: October 2023\n\nOn 21 Oct, soldiers found the bodies of twelve "
        "herders near Djibo. Villagers said gunmen had abducted them on Friday.",
        DateValue("2023-10", "month"),
    )
    assert found["Friday"] == "2023-10-20"  # 21 October 2023 was a Saturday


def test_weekday_before_the_assault_lies_before_it() -> None:
    found = _values(
        "Sahel Security Digest | November 2023\n\nOn 4 Nov, militants attacked a gendarmerie "
        "post in Tillaberi, killing six gendarmes. Residents said the attackers had burned "
        "granaries on Thursday, before the assault.",
        DateValue("2023-11", "month"),
    )
    assert found["Thursday"] == "2023-11-02"


def test_the_day_before_on_its_weekday_is_that_day() -> None:
    found = _values(
        "Great Lakes Monthly — March 2024\n\nOn 20 Mar, M23 rebels shelled Sake, killing three "
        "civilians. The day before, on Tuesday, a drone struck an army position near Kitshanga.",
        DateValue("2024-03", "month"),
    )
    assert found["The day before"] == "2024-03-19"
    assert found["Tuesday"] == "2024-03-19"  # a Tuesday: the day itself, not a week on


def test_weekday_told_after_the_day_still_follows_it() -> None:
    # another wording, another conflict: the simple past still counts forward
    found = _values(
        "Mozambique Monthly — June 2024\n\nOn 3 Jun, insurgents raided Macomia. On Saturday, "
        "they burned a church in Mucojo.",
        DateValue("2024-06", "month"),
    )
    assert found["Saturday"] == "2024-06-08"  # 3 June 2024 was a Monday


# --- 2. a day and month in digits


def test_thread_numbers_are_no_dates() -> None:
    doc = _process(
        "Field update, 10 March 2024\n\n"
        "1/4 Heavy clashes erupted between M23 and the army near Sake this morning.\n"
        "2/4 Two shells hit a displacement site, killing five civilians.\n"
    )
    assert not any("/" in t.text for t in doc.timexes)
    assert all(e.date is None or e.date.value <= "2024-03-10" for e in doc.events)


def test_fractions_and_round_the_clock_are_no_dates() -> None:
    dct = DateValue("2024-03-20", "day")
    assert "2/3" not in _values("Attacks were recorded on 2/3 of the days this month.", dct)
    assert "1/3" not in _values("- 1/3 of the displaced are children, officials said.", dct)
    june = DateValue("2024-06-10", "day")
    assert "24/7" not in _values("Police in Mandera are on 24/7 alert after the attacks.", june)


def test_counts_under_a_non_date_column_are_no_dates() -> None:
    found = _values(
        "Incident log, Ituri, week 10\n"
        "| Date | Location | Killed/injured |\n"
        "|---|---|---|\n"
        "| 4/3 | Djugu | 4/11 |\n"
        "| 6/3 | Mahagi | 2/5 |\n",
        DateValue("2024-03-10", "day"),
    )
    assert found.get("4/3") == "2024-03-04" and found.get("6/3") == "2024-03-06"
    assert "4/11" not in found and "2/5" not in found


def test_day_month_in_digits_is_never_weeks_after_the_document() -> None:
    dct = DateValue("2024-03-10", "day")
    assert _values("On 8/3 an IED struck a minibus.", dct).get("8/3") == "2024-03-08"
    # day first, 2 April is after the report: no date (nor the swapped reading, 4 February)
    assert "2/4" not in _values("On 2/4 an IED struck a minibus.", dct)
    assert _values("On 4/2 an IED struck a minibus.", dct).get("4/2") == "2024-02-04"
    assert "12/4" not in _values("On 12/4 a drone hit the depot.", dct)


# --- 3. "On <date>," with no finite past verb


def test_on_date_with_present_or_expected_stays_ahead() -> None:
    found = _timexes(
        "Horn of Africa Weekly Update, 1 September 2024\n\nOn 30 November, a conference "
        "organised by the African Union opens in Addis Ababa to discuss the transition in "
        "Somalia. On 25 November, al-Shabaab fighters are expected to step up attacks, analysts "
        "warned.\n\nOn 15 November, elections postponed from last year take place in Jubaland.\n"
    )
    assert found["30 November"] == "2024-11-30"
    assert found["25 November"] == "2024-11-25"
    assert found["15 November"] == "2024-11-15"


def test_on_date_with_a_finite_past_verb_lies_back() -> None:
    found = _timexes(
        "Andes Security Brief, 2 September 2024\n\nOn 28 November, the army announced that the "
        "offensive would be delayed. Troops are now regrouping near the border.\n"
    )
    assert found["28 November"] == "2023-11-28"


# --- 4. a place dateline


def test_place_dateline_is_not_the_title() -> None:
    for line in (
        "Maiduguri, Borno State — 12 April 2024",
        "Port-au-Prince, Haiti - 3 May 2024",
        "Ouagadougou, Burkina Faso — 12 April 2024",
    ):
        meta = _meta(
            f"{line}\n\nGunmen attacked a military post in the north on Wednesday, killing "
            "nine soldiers, the army said.\n"
        )
        assert meta.title is None  # neither the dateline nor the first sentence
        assert meta.published is not None and meta.published.precision == "day"


def test_report_named_in_a_dated_line_stays_the_title() -> None:
    line = "Kivu Conflict Update, 20 March 2024"
    meta = _meta(f"{line}\n\nOn 18 March, rebels ambushed a patrol near Rutshuru.\n")
    assert meta.title == line


# --- 5. a military date-time group


def test_compact_dtg_dates_the_report() -> None:
    assert parse_date_line("DTG: 051830ZJAN25") == DateValue("2025-01-05", "day")
    meta = _meta(
        "SITREP 042\nDTG: 051830ZJAN25\n\n1. Hostile forces fired mortars at the patrol base, "
        "wounding two soldiers.\n"
    )
    assert meta.published == DateValue("2025-01-05", "day")
    assert _values("Contact reported at 051830ZJAN25 near the ridge.", None) == {
        "051830ZJAN25": "2025-01-05"
    }


def test_dtg_in_a_title_line_dates_the_report() -> None:
    meta = _meta(
        "SITREP 042 // DTG 051830Z JAN 25 // EASTERN SECTOR\n\n1. Hostile forces fired mortars "
        "at the patrol base, wounding two soldiers.\n"
    )
    assert meta.published == DateValue("2025-01-05", "day")


# --- 6. the copyright notice of the wire, not the site's footer


def test_site_footer_range_does_not_date_the_wire_story() -> None:
    doc = _process(
        "GAROWE, Nov 4 (Newswire) - Militants attacked a police station in the Bari region on "
        "Saturday, killing two officers, officials said.\n\n"
        "Copyright 2024 Newswire. All rights reserved.\n"
        "© 2019-2025 Horn Observer. Contact us | Privacy\n"
    )
    assert doc.metadata.published == DateValue("2024-11-04", "day")


# --- 7. "the same date last year", "that date"


def test_same_date_last_year_is_a_year_back() -> None:
    found = _values(
        "Houthi forces shelled Taiz on 10 June, killing two children. On the same date last "
        "year, a similar attack killed five people in the city.",
        DateValue("2024-06-20", "day"),
    )
    assert found["the same date"] == "2023-06-10"


def test_on_that_date_is_the_day_last_told() -> None:
    found = _values(
        "Separatists burned a school near Bamenda on 2 May. On that date, the group also "
        "released a video.",
        DateValue("2024-05-20", "day"),
    )
    assert found["that date"] == "2024-05-02"


# --- a number in an operation's or unit's name is no year


def test_operation_and_unit_numbers_are_no_years() -> None:
    for text in (
        "Nigerien forces launched Operation 1115 in response on 9 March.",
        "Task Force 2030 moved into the valley on 9 March.",
        "Brigade 1027 retook the town on 9 March.",
    ):
        found = _values(text, None)
        assert found.get("9 March") == "XXXX-03-09", text
        assert not any(v[:4] in ("1115", "2030", "1027") for v in found.values()), text
