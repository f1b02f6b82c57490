"""Event dates (s13, h4): weekdays told in the past never after the report, "the same day"
counted from the day of the event told before (not of a state), a part of the day kept out
of an event's date, two days running as one period, and a report's day no date of what it
reports happened over a time of its own. Each text was written for this test."""

from __future__ import annotations

from pathlib import Path

from dossier.nlp import build_nlp
from dossier.pipeline import process_file
from dossier.records import DateValue, Document, Event
from dossier.resolve.timex import extract_timexes
from dossier.settings import Settings

# a Friday
_HEAD = "Weekly security note, Friday 7 November 2025\n\n"


def _doc(tmp_path: Path, body: str) -> Document:
    path = tmp_path / "report.txt"
    path.write_text(_HEAD + body, encoding="utf-8")
    return process_file(path, Settings())


def _at(doc: Document, place: str) -> Event:
    found = [e for e in doc.events if e.place is not None and e.place.text == place]
    assert found, [(e.type, e.place and e.place.text) for e in doc.events]
    return found[0]


def test_tenseless_headline_weekday_is_the_last_one(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "- Gunmen kill five guests at a wedding in Kachia on Sunday.\n")
    ev = _at(doc, "Kachia")
    assert ev.date is not None and ev.date.value == "2025-11-02"


def test_weekday_of_a_past_clause_beside_a_future_one(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Rebels overran the town of Garkida on Wednesday, and the army says it will retake it "
        "soon.\n",
    )
    ev = _at(doc, "Garkida")
    assert ev.date is not None and ev.date.value == "2025-11-05"


def test_weekday_right_after_a_past_verb() -> None:
    text = "The ruling was announced Wednesday, and the opposition says it will appeal."
    values = [t.value for t in extract_timexes(text, DateValue("2025-11-07", "day"))]
    assert values == ["2025-11-05"]
    # a weekday of a clause told in the future still lies ahead
    text = "Gunmen attacked the market on 2 November, and the envoy will visit Jos on Tuesday."
    values = [t.value for t in extract_timexes(text, DateValue("2025-11-07", "day"))]
    assert values == ["2025-11-02", "2025-11-11"]


def test_same_day_counts_from_the_event_not_a_state(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "On Tuesday, armed men kidnapped a priest in Kafanchan, parishioners said. He "
        "remained missing on Thursday. The same day, police arrested three suspects in "
        "Zonkwa.\n",
    )
    arrest = _at(doc, "Zonkwa")
    assert arrest.date is not None and arrest.date.value == "2025-11-04"


def test_same_day_after_a_state_in_timexes() -> None:
    text = (
        "Militiamen looted the clinic in Ngala on Monday. The road stayed closed on Wednesday. "
        "That same day, aid convoys were turned back."
    )
    doc = build_nlp()(text)
    values = {t.text: t.value for t in extract_timexes(text, DateValue("2025-11-07", "day"), doc)}
    assert values["That same day"] == "2025-11-03"


def test_part_of_day_left_out_of_the_event_date(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "The governor imposed a curfew in Kaura on 5 November. Herders burned two villages "
        "near Kaura the following night.\n",
    )
    burned = [e for e in doc.events if e.mode == "destroy"]
    assert burned and burned[0].date is not None
    assert burned[0].date.value == "2025-11-06"
    assert burned[0].date.precision == "day"


def test_two_days_running_are_one_period(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Fighters of the Ansaru group clashed with vigilantes in Birnin Gwari on 3 and 4 "
        "November.\n",
    )
    ev = _at(doc, "Birnin Gwari")
    assert ev.date is not None
    assert (ev.date.value, ev.date.end_value) == ("2025-11-03", "2025-11-04")
    # two days apart are a list of days
    text = "Drones struck the depot on 3 and 6 November."
    ts = extract_timexes(text, DateValue("2025-11-07", "day"))
    assert [(t.value, t.end_value) for t in ts] == [("2025-11-03", None), ("2025-11-06", None)]


def test_report_day_is_no_date_of_what_happened_over_a_week(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "The air force said on Monday it had killed 25 bandits in bombing raids in recent "
        "days in Zamfara State.\n",
    )
    ev = _at(doc, "Zamfara State")
    assert ev.date is None or ev.date.value != "2025-11-03"
    # with no time of its own, what a report tells is dated by the report
    doc = _doc(
        tmp_path,
        "The police said on Tuesday that gunmen had abducted nine traders near Gusau.\n",
    )
    ev = _at(doc, "Gusau")
    assert ev.date is not None and ev.date.value == "2025-11-04"


def test_within_hours_is_the_day_told_before(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Unknown gunmen shot dead a militia commander in Bama on 4 November.\n\n"
        "Within hours, his fighters stormed a police station in Konduga.\n",
    )
    ev = _at(doc, "Konduga")
    assert ev.date is not None and ev.date.value == "2025-11-04"


def test_clock_time_under_a_dated_item_gives_its_day(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "- **Nov 4** — Two army helicopters dropped barrel bombs on Kiri village in Shelleng "
        "district around 6 a.m., hitting a clinic. Residents said five people were killed.\n",
    )
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert strikes and strikes[0].date is not None
    assert (strikes[0].date.value, strikes[0].date.precision) == ("2025-11-04", "day")
