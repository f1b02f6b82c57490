"""Dates in conflict reports: counts written after a date ("On 3 March, 12 people were
killed"), pairs and ranges of days, months and years ("3-4 March", "April 12-18, 2025",
"January-March 2024", "2014-2015"), numbers that label something (document symbols,
resolutions, roads, phases), military clock times, "since" and short quarter forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.dates import RANK_PERIOD, rank_date_line
from dossier.pipeline import process_file
from dossier.records import DateValue, Timex
from dossier.resolve.timex import extract_timexes
from dossier.settings import Settings

DCT = DateValue("2025-06-20", "day")  # a Friday
LATER = DateValue("2027-02-01", "day")  # a report written long after the events


def _pairs(text: str, dct: DateValue | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(text, dct)]


def _timexes(text: str, dct: DateValue | None = DCT) -> list[Timex]:
    return extract_timexes(text, dct)


# --------------------------------------------------------------------------------------------
# a number after a date and a comma counts what follows it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March, 12 people were killed in clashes near Bama.", [("3 March", "2025-03-03")]),
        ("On 14 May, 22 fighters surrendered to troops in Dikwa.", [("14 May", "2025-05-14")]),
        (
            "By 30 September, 60 schools had closed in the district.",
            [("30 September", "2025-09-30")],
        ),
        ("ON 9 APRIL, 17 PEASANTS WERE SHOT IN THE VILLAGE.", [("9 APRIL", "2025-04-09")]),
        # no comma, a two-digit number and a noun: a count all the same
        ("On 3 March 24 villagers were abducted near Kukawa.", [("3 March", "2025-03-03")]),
        # four digits far from the report's year, after a comma and before a noun
        ("In March, 2000 families fled the shelling of the camp.", [("March", "2025-03")]),
        ("On 8 July, 1500 displaced people reached Maban.", [("8 July", "2025-07-08")]),
    ],
)
def test_a_number_after_a_date_and_a_comma_is_a_count(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == expected


def test_a_year_after_a_date_stays_a_year() -> None:
    # a count after the comma, then years that remain years: a dateline, a year closed by a
    # comma, a year before a verb, a likely year before a noun
    assert _pairs("On 5 May, 31 herders were killed near Dogon Daji.") == [("5 May", "2025-05-05")]
    assert _pairs("HUANCAYO, 10 JAN 90 (EFE) -- [TEXT] POLICE REPORTED") == [
        ("10 JAN 90", "1990-01-10")
    ]
    assert _pairs("On 6 April, 1994, the president's plane was shot down.") == [
        ("6 April, 1994", "1994-04-06")
    ]
    assert _pairs("On April 6, 1994 the president's plane was shot down.") == [
        ("April 6, 1994", "1994-04-06")
    ]
    assert _pairs("On 2 May, 2024 militants stormed the barracks at Kassa.") == [
        ("2 May, 2024", "2024-05-02")
    ]


def test_a_report_dates_its_event_by_the_day_not_by_a_count(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Clashes in northern Borno\n\n20 June 2025\n\n"
        "On 3 March, 12 people were killed when gunmen attacked a market in Gwoza, "
        "residents said.\n",
        encoding="utf-8",
    )
    doc = process_file(path, Settings())
    values = {t.text: t.value for t in doc.timexes}
    assert values.get("3 March") == "2025-03-03"
    assert not any(t.value.startswith("19") for t in doc.timexes)
    assert all(e.date is None or not e.date.value.startswith("19") for e in doc.events)


# --------------------------------------------------------------------------------------------
# pairs and ranges of days: each day is an expression, with the month and year of the last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attacks on 3-4 March killed 20 civilians in Gao.",
            [("3", "2025-03-03"), ("4 March", "2025-03-04")],
        ),
        (
            "Fighting between 7 and 9 August 2024 displaced 4,000 people.",
            [("7", "2024-08-07"), ("9 August 2024", "2024-08-09")],
        ),
        (
            "On the night of 10/11 June, drones struck a fuel depot.",
            [("10", "2025-06-10"), ("11 June", "2025-06-11")],
        ),
        (
            "The schoolgirls were taken on the night of 14-15 April 2014.",
            [("14", "2014-04-14"), ("15 April 2014", "2014-04-15")],
        ),
        (
            "Heavy shelling was reported on 2, 3 and 4 May 2024.",
            [("2", "2024-05-02"), ("3", "2024-05-03"), ("4 May 2024", "2024-05-04")],
        ),
        (
            "The siege lasted from 2 March-4 April 2024.",
            [("2 March", "2024-03-02"), ("4 April 2024", "2024-04-04")],
        ),
    ],
)
def test_a_pair_of_days_is_two_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_a_range_written_month_first_takes_its_year() -> None:
    text = "Clashes on April 12-18, 2025 left 40 dead near Menaka."
    assert _pairs(text, LATER) == [("April 12", "2025-04-12"), ("18, 2025", "2025-04-18")]
    pair = "Raids on March 3 and 4 forced residents to flee."
    assert _pairs(pair) == [("March 3", "2025-03-03"), ("4", "2025-03-04")]
    count = "On March 3 and 4 soldiers were killed in an ambush."
    assert _pairs(count) == [("March 3", "2025-03-03")]


def test_a_range_over_two_months_or_years_takes_the_year_of_its_end() -> None:
    assert _pairs("The truce held from 28 December to 3 January 2025.", LATER) == [
        ("28 December", "2024-12-28"),
        ("3 January 2025", "2025-01-03"),
    ]
    assert _pairs("The offensive lasted from March 28 to April 3, 2025.", LATER) == [
        ("March 28", "2025-03-28"),
        ("April 3, 2025", "2025-04-03"),
    ]
    # a list is no range: both days are in the year stated
    assert _pairs("Raids on 3 April and 28 March 2025 killed nine.", LATER) == [
        ("3 April", "2025-04-03"),
        ("28 March 2025", "2025-03-28"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From January to March 2024, 45 incidents were recorded.",
            [("January", "2024-01"), ("March 2024", "2024-03")],
        ),
        (
            "In January-March 2024, 45 incidents were recorded.",
            [("January", "2024-01"), ("March 2024", "2024-03")],
        ),
        (
            "Between November and February 2024 no convoy reached the town.",
            [("November", "2023-11"), ("February 2024", "2024-02")],
        ),
    ],
)
def test_a_range_of_months_takes_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text, LATER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group held the district in 2014-2015.", [("2014", "2014"), ("2015", "2015")]),
        ("The 2016-2017 offensive failed.", [("2016", "2016"), ("2017", "2017")]),
        ("In 2022-23, abductions doubled.", [("2022", "2022"), ("23", "2023")]),
    ],
)
def test_a_range_of_years_is_two_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected
    assert _pairs("Some 1500-2000 fighters crossed the river.") == []


def test_a_date_line_of_a_period_written_month_first_is_a_period() -> None:
    assert rank_date_line("April 12-18, 2025", "en") == (
        DateValue("2025-04-18", "day"),
        RANK_PERIOD,
    )


# --------------------------------------------------------------------------------------------
# numbers that label something are no dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Panel's report S/2024/742 was published.", []),
        ("Resolution 2046 (2012) demanded a ceasefire.", [("2012", "2012")]),
        ("Case file 2024-0153 was opened by the prosecutor.", []),
        ("Districts in IPC Phase 3 to 4 May face famine.", []),
    ],
)
def test_a_labelled_number_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected
    # nor are these, though a day may follow a dash: "T-72 May" is no "72 May"
    assert _pairs("The convoy was ambushed on Route 2001 near the border.") == []
    assert _pairs("T-72 May tanks were seen; AK-47 rifles were seized.") == []


# --------------------------------------------------------------------------------------------
# clock times, "since", weekday ranges, quarters


def test_a_military_clock_time_is_a_time() -> None:
    (t,) = _timexes("The first strike hit the depot at 0300 GMT.")
    assert (t.text, t.value, t.type) == ("0300 GMT", "2025-06-20T03:00", "TIME")
    (h,) = _timexes("Shelling resumed at 1430 hours, witnesses said.")
    assert (h.text, h.value) == ("1430 hours", "2025-06-20T14:30")
    assert _timexes("Residents endured 1500 hours of shelling.") == []
    # the day named after it dates it, and stays a date of its own
    assert _pairs("State radio reported at 0445 GMT on 11 June that troops withdrew.") == [
        ("0445 GMT", "2025-06-11T04:45"),
        ("11 June", "2025-06-11"),
    ]


def test_a_day_since_which_something_lasts_is_past() -> None:
    assert _pairs("Since 7 October, 40,000 people have been killed.") == [
        ("7 October", "2024-10-07")
    ]


def test_the_end_of_a_weekday_range_follows_its_start() -> None:
    assert _pairs("Between Monday and Wednesday, fighters shelled the town.") == [
        ("Monday", "2025-06-16"),
        ("Wednesday", "2025-06-18"),
    ]
    sunday = _timexes("From Friday to Sunday the town was under curfew.")[1]
    assert (sunday.text, sunday.value) == ("Sunday", "2025-06-22")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In Q3 2024, attacks on aid workers fell.", "2024-Q3"),
        ("Abductions rose in H1 2024.", "2024-H1"),
        ("The 2024 Q2 figures were revised.", "2024-Q2"),
    ],
)
def test_a_short_quarter_is_a_quarter(text: str, value: str) -> None:
    assert [t.value for t in _timexes(text)] == [value]


def test_a_long_s_in_a_season_word_is_no_crash() -> None:
    # "ſ" (long s) lower-cases to itself but matches "s" case-insensitively: the season table
    # has no "ſpring" key, its case-folded form is "spring"
    found = extract_timexes("Raids resumed in the ſpring of 2024.", DateValue("2024-06-01", "day"))
    assert [t.value for t in found] == ["2024-SP"]


def test_a_weekday_told_with_an_irregular_past_verb_is_the_last_one() -> None:
    # Friday's report: "burst", "came" tell the past as "attacked" does
    friday = DateValue("2025-03-14", "day")
    told = extract_timexes("Gunmen burst into a wedding on Saturday, killing six guests.", friday)
    planned = extract_timexes("The talks will resume on Saturday.", friday)
    assert [t.value for t in told] == ["2025-03-08"]
    assert [t.value for t in planned] == ["2025-03-15"]
